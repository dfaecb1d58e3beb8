"""An HTTP client's lower-case name before a four-part version: the client's version, not an IP.

A lower-case word before ``/<quad>`` is most often an interface or direction name in a
firewall's record (``inside/10.0.0.1``), so the quad after it stays an address. The names of
HTTP client libraries and tools (``curl``, ``python-requests``, ``okhttp``) are products
however they stand, quoted or not. Values are written for the test.
"""

import pytest
from tests.unit.detect._patterns import found


class TestClientProductVersion:
    @pytest.mark.parametrize(
        "text",
        [
            "client=curl/7.68.0.1 status=200",
            "agent curl/7.68.0.1 GET /",
            "fetched by Wget/1.21.4.1 at noon",
            "ua=python-requests/2.31.0.1",
            "with okhttp/4.12.0.3 over TLS",
        ],
    )
    def test_client_version_is_no_address(self, text):
        assert found(text, "IP_ADDRESS") == []

    @pytest.mark.parametrize(
        ("text", "address"),
        [
            ("Built inbound TCP connection for inside/10.20.30.40", "10.20.30.40"),
            ("deny outside/198.51.100.7 to dmz/192.0.2.1", "198.51.100.7"),
            ("mirror at /usr/bin/curl/203.0.113.9 done", "203.0.113.9"),
            ("host mycurl/203.0.113.10 up", "203.0.113.10"),
        ],
    )
    def test_interface_and_path_names_keep_the_address(self, text, address):
        assert ("IP_ADDRESS", address) in found(text, "IP_ADDRESS")

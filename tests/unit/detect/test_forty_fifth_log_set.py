"""BIG-IP object paths: a virtual server, pool member or node named by its address.

BIG-IP names configuration objects by a path that opens with the partition (``/Common/``), and
its event logs carry objects named by their address (``context_name="/Common/10.10.10.140"``, a
pool member ``/Common/10.1.1.5:80``, a route domain ``%2``). The forty-fifth log set's
development part (F5 Telemetry Streaming's test lines) holds such a path, where the capitalised
folder before the slash read as a product token and the address as its version
(``Chrome/120.0.0.0``). Values are written for the test; no corpus line is copied here.
"""

import pytest
from tests.unit.detect._patterns import found


class TestObjectPathAddress:
    """The address that ends a slash-opened path is an address; a product's version is not."""

    @pytest.mark.parametrize(
        ("text", "address"),
        [
            ('vs="/Common/198.51.100.40",action="Drop"', "198.51.100.40"),
            (
                "Pool /Common/web_pool member /Common/203.0.113.8:443 monitor status up",
                "203.0.113.8",
            ),
            ("virtual /Tenant_A/192.0.2.77%3:8080 enabled", "192.0.2.77"),
            ("node /Common/10.20.30.40", "10.20.30.40"),
        ],
    )
    def test_address_ending_an_object_path(self, text, address):
        assert found(text, "IP_ADDRESS") == [("IP_ADDRESS", address)]

    @pytest.mark.parametrize(
        "text",
        [
            "Mozilla/5.0 (Windows NT 10.0) Chrome/120.0.6099.130 Safari/537.36",
            "C:/Program Files/Google/Chrome/Application/120.0.6099.130/chrome.dll",
            "GET /dl/Firefox/99.0.1.2/setup.exe",
            "agent Edg/120.0.0.0 on the desk",
        ],
    )
    def test_versions_stay_versions(self, text):
        assert found(text, "IP_ADDRESS") == []

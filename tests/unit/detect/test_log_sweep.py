"""Errors left on every log set's development part (issue 10, helper H75's sweep).

An address glued by ``_`` or ``-`` into an identifier right after a word naming an endpoint,
a direction or a transport (``connection_<ip>_8089``, ``src-<ip>.cap``, ``tcp_<ip>``) is the
endpoint's address; the same glue after other words keeps the version or file-name reading
(``lib_1.2.3.4``, ``pkg-1.2.3.4.tar``), and an address glued to letters after it stays refused.
"""

from __future__ import annotations

import time

import pytest
from tests.unit.detect._patterns import found


class TestAddressesInsideIdentifiers:
    @pytest.mark.parametrize(
        ("text", "value"),
        [
            (
                "uri=/services/broker/phonehome/connection_11.3.99.62_8089_host12.whc.dc02",
                "11.3.99.62",
            ),
            ('packet_capture_name="src-10.160.59.141.cap" method="GET"', "10.160.59.141"),
            ("RTLOG_CONN_ERROR: Connection error tcp_10.181.123.45 Error code", "10.181.123.45"),
            ("dump dst_198.51.100.7.pcap written", "198.51.100.7"),
            ("session udp-203.0.113.9_53 closed", "203.0.113.9"),
            ("peer-192.0.2.7 up", "192.0.2.7"),  # (the main pattern's; found once)
        ],
    )
    def test_an_endpoint_word_then_glue_then_a_quad_is_an_address(self, text, value):
        assert found(text, "IP_ADDRESS") == [("IP_ADDRESS", value)]

    @pytest.mark.parametrize(
        "text",
        [
            "installed lib_1.2.3.4 from cache",
            "fetched pkg-1.2.3.4.tar",
            "kernel_10.0.0.1 loaded",
            "mysrc_10.0.0.1 is a word's tail",  # the word must stand alone
            "tcp_10.0.0.1x glued to letters after",
            "tcp_1.2.3.4.5 a longer dotted number",
            "host_999.1.1.1 out of range",
        ],
    )
    def test_other_glue_stays_a_version_or_a_word(self, text):
        assert found(text, "IP_ADDRESS") == []

    def test_glue_runs_stay_linear(self):
        text = ("tcp_1.2.3_" + "-9" * 20) * 20_000
        started = time.perf_counter()
        found(text, "IP_ADDRESS")
        assert time.perf_counter() - started < 5.0

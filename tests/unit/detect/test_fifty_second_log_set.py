"""MySQL traffic as tcpdump prints it: ports named for their service, a row's lone last byte.

The fifty-second log set (Percona Toolkit's MySQL samples) and the rules written for its classes:
a flow's end whose port tcpdump names for its service (``IP 192.0.2.7.mysql > ...:``, printed
without ``-n``) is an address like one with a numeric port; the last word of a hex dump's row
that holds a lone byte (a packet of an odd length: ``0x0030:  0034 fb91 0100 0000 01``) is a
byte of the packet, not a phone number's last digits. Values here are written for the tests in
tcpdump's layouts; no corpus line is copied.
"""

from __future__ import annotations

import pytest
from tests.unit.detect._patterns import found


class TestNamedPortFlow:
    """A flow's ends with a port written as a service name."""

    @pytest.mark.parametrize(
        ("text", "addresses"),
        [
            ("2011-03-02 10:00:01.000001 IP 192.0.2.7.mysql > 198.51.100.3.40123: tcp 0",
             ["192.0.2.7", "198.51.100.3"]),
            ("12:00:00.5 IP 198.51.100.3.40123 > 192.0.2.7.mysql: tcp 73",
             ["198.51.100.3", "192.0.2.7"]),
            ("IP 203.0.113.9.51000 > 192.0.2.53.domain: 1234+ A? example.org. (29)",
             ["203.0.113.9", "192.0.2.53"]),
            ("IP 192.0.2.10.netbios-ns > 192.0.2.255.netbios-ns: UDP, length 50",
             ["192.0.2.10", "192.0.2.255"]),
            ("IP 192.0.2.1.http > 192.0.2.9.https: Flags [S], seq 1",
             ["192.0.2.1", "192.0.2.9"]),
        ],
    )  # fmt: skip
    def test_named_port_ends_found(self, text, addresses):
        assert [v for _, v in found(text, "IP_ADDRESS")] == addresses

    @pytest.mark.parametrize(
        "text",
        [
            "upgrade 1.2.3.4.beta > 1.2.3.4.alpha now",  # releases compared, no "IP "
            "see 2.0.1.7.Final > 2.0.1.6.Final",  # capitalised tags: versions
            "pkg 2.0.1.7.tar > 2.0.1.8.zip",  # file names
            "version 1.2.3.4.5 > 1.2.3.4.rc",  # a version word before the left end
        ],
    )
    def test_versions_compared_not_found(self, text):
        assert found(text, "IP_ADDRESS") == []


class TestDumpRowLastByte:
    """A hex dump row's lone last byte ends its words; no phone number."""

    @pytest.mark.parametrize(
        "text",
        [
            "\t0x0030:  0034 fb91 0100 0000 01\n2011-03-02 10:00:01.2 IP 192.0.2.7.mysql > x",
            "   0x0030:  e506 a3da 0500 0000 1932 0000 00",
            "\t0x0030:  7164 5a55 0300 0000 07",
            "0x0020:  a1b2 0800 0000 0200 35  ....4.....",  # -X's text after the gap
        ],
    )
    def test_no_phone_in_row(self, text):
        assert found(text, "PHONE_NUMBER") == []

    @pytest.mark.parametrize(
        "text",
        [
            "call 0800 0000 01 now",  # no dump row before it
            "x 0x0030:  0034 fb91 0800 0000 01",  # a word before the offset: no row
        ],
    )
    def test_phone_outside_rows_kept(self, text):
        assert found(text, "PHONE_NUMBER") != []

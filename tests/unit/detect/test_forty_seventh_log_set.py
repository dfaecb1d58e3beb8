"""A packet analyser's output: a bridge id's MAC, a hex dump's words, an IS-IS id.

The forty-seventh log set (tcpdump's expected test outputs of real captures) and the rules
written for its classes: the MAC address inside a spanning-tree bridge identifier
(``<priority>.<mac>[.<port id>]``) is found; the words of four hex digits of a packet's hex
dump row (``0x0010:  4500 0054 ...``) are neither a phone number nor a payment card; an IS-IS
neighbour's id (``0192.0168.0002.02``: system id and pseudonode) is no phone number. Values
here are written for the tests in tcpdump's layouts; no corpus line is copied.
"""

from __future__ import annotations

import pytest
from tests.unit.detect._patterns import found


class TestBridgeId:
    """A spanning-tree bridge id's MAC address, the priority before it and the port after."""

    @pytest.mark.parametrize(
        ("text", "mac"),
        [
            ("STP 802.1d, Config, Flags [none], bridge-id 8001.02:1a:2b:3c:4d:5e.8005, length 35",
             "02:1a:2b:3c:4d:5e"),
            ("\troot-id 8000.00:25:96:ab:cd:ef, root-pathcost 4", "00:25:96:ab:cd:ef"),
            ("CIST regional-root-id 800a.52:54:00:12:34:56, CIST port-id 8001",
             "52:54:00:12:34:56"),
            ("MSTI 5 bridge-id F000.00:1B:21:0A:0B:0C.8002", "00:1B:21:0A:0B:0C"),
        ],
    )  # fmt: skip
    def test_mac_in_bridge_id_found(self, text, mac):
        assert ("MAC_ADDRESS", mac) in found(text, "MAC_ADDRESS")

    @pytest.mark.parametrize(
        "text",
        [
            "root-id 8000.00:00:00:00:00:00, root-pathcost 0",  # all-zero: no device
            "ver 1234.00:19:06:ea:b8:80:11 build",  # seven octets: no MAC
            "name a.8000.00:19:06:ea:b8:80 x",  # part of a longer dotted name
            "host ab12.00:19:06:ea:b8:80.example.com",  # a name goes on after it
            "node-8000.00:19:06:ea:b8:80 up",  # glued to a word by a hyphen
        ],
    )
    def test_not_a_bridge_id(self, text):
        assert found(text, "MAC_ADDRESS") == []


class TestWordDump:
    """Four-digit words of a packet's hex dump row are bytes, not phone or card digits."""

    @pytest.mark.parametrize(
        "text",
        [
            (
                "IP 192.0.2.1 > 192.0.2.2: ICMP echo request\n\t0x0050:  ad37 1005 ffff 05cc 0934 "
                "9300 0000 0080\n\t0x0060:  0200 0280 6d00 0200"
            ),
            "\t0x0020:  2004 0100 0100 084c 6162 0000 0200 0504  .......Lab......",
            "\t\t0x0040:  88cc 0910 0410 0594 0000 0101 080a 269c",
            "0x0000:  4500 0200 0200 0200 0200 0200 0200 0200",
        ],
    )
    def test_dump_words_not_reported(self, text):
        assert found(text, "PHONE_NUMBER") == []
        assert found(text, "CREDIT_CARD") == []

    @pytest.mark.parametrize(
        ("text", "entity", "value"),
        [
            # no dump row: the offset does not open the line
            ("Box 0x0040:  4111 1111 1111 1111", "CREDIT_CARD", "4111 1111 1111 1111"),
            ("card 4111 1111 1111 1111 on file", "CREDIT_CARD", "4111 1111 1111 1111"),
            # a reference before a phone number, no dump words
            ("ref 0x0040: call 0207 946 0958", "PHONE_NUMBER", "0207 946 0958"),
        ],
    )
    def test_numbers_outside_a_dump_found(self, text, entity, value):
        assert (entity, value) in found(text, entity)


class TestIsisId:
    """An IS-IS neighbour's or LAN's id (system id and pseudonode) is no phone number."""

    @pytest.mark.parametrize(
        "text",
        [
            "\t      IS Neighbor: 0192.0168.0002.02, Default Metric: 10, Internal",
            "\t  lan-id:    1921.6800.1001.03, Priority: 64, PDU length: 1497",
            "Extended IS Reachability TLV #22, length: 33\n\tIS Neighbor: 1000.0000.0001.00",
        ],
    )
    def test_isis_id_not_a_phone(self, text):
        assert found(text, "PHONE_NUMBER") == []

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("Tel: 0192.0168.0002", "0192.0168.0002"),  # three groups: a phone's key says so
            ("Call 0470.12.34.56 today", "0470.12.34.56"),  # a Belgian mobile, dotted
            ("Tel: 0192.0168.0002.023", "0192.0168.0002.023"),  # not the 4-4-4-2 layout
        ],
    )
    def test_dotted_phone_numbers_found(self, text, value):
        assert ("PHONE_NUMBER", value) in found(text, "PHONE_NUMBER")


class TestPortlessFlow6:
    """IPv6 flows with no ports (ICMPv6, routing and hop-by-hop headers) and a routing header's
    segment list: each end, short forms included, where tcpdump opens the IPv6 header; an
    address followed by a count in parentheses (``::1(0)``) is no function call."""

    @pytest.mark.parametrize(
        ("text", "ips"),
        [
            ("IP6 b::7 > d::9: ICMP6, echo reply, id 7, seq 2", ["b::7", "d::9"]),
            ("(hlim 64, next-header ICMPv6 (58), payload length 40) f::3 > a::5: [icmp6 sum ok]",
             ["f::3", "a::5"]),
            ("IP6 2001:db8:1:2:3:4:5:6 > 3ff:e01:7:8:9a00::: HBH [bad option]",
             ["2001:db8:1:2:3:4:5:6", "3ff:e01:7:8:9a00::"]),
            ("IP6 fe80::9%em1 > ff02::16: HBH ICMP6, multicast listener report",
             ["fe80::9%em1", "ff02::16"]),
            (("IP6 1a::4 > 7c::2: RT6 (len=4, type=4, segleft=1, flags=0x0, tag=0, [0]9e::1, "
              "[1]5d::b7) 4000 > 80: UDP"), ["1a::4", "7c::2", "9e::1", "5d::b7"]),
            # an address and its count in parentheses (a node information reply)
            ("ICMP6, node information reply (success, node addresses [A] ::1(0) fe80::2(64))",
             ["::1", "fe80::2"]),
        ],
    )  # fmt: skip
    def test_ends_and_segments_found(self, text, ips):
        assert sorted(set(found(text, "IP_ADDRESS"))) == sorted(("IP_ADDRESS", ip) for ip in ips)

    @pytest.mark.parametrize(
        "text",
        [
            "if a::b > c::d: return",  # code, no IPv6 header before it
            "IP6 std::vec > foo::bar: types",  # not hex: no address
            "payload length 9) ab:cd > ef:01: short",  # no "::", not eight groups
            "IP6 de:ad:be:ef:00:01 > 02:42:ac:11:00:02: frame",  # MAC addresses
            "list = [0]ab::cd, [1]ef::12)",  # an index, but no routing header
            "RT6 (len=2, [0]zz::1, [1]12:34)",  # no address in the list
            "x = f32::add2(y) + be::ef1(z)",  # function paths: a name starts with a letter
        ],
    )
    def test_not_addresses(self, text):
        assert found(text, "IP_ADDRESS") == []


class TestDottedPort6:
    """A compressed IPv6 address and its port joined by a full stop (F5 BIG-IP's pool members,
    nodes and virtual servers): the address alone is found."""

    @pytest.mark.parametrize(
        ("text", "ip"),
        [
            ("Pool /Common/p6 member /Common/2001:db8:5::21.8080 monitor status up.",
             "2001:db8:5::21"),
            ("Virtual /Common/vs6 2001:db8::a0.443, state enabled", "2001:db8::a0"),
            ("node fd12:3456::7.22 down", "fd12:3456::7"),
        ],
    )  # fmt: skip
    def test_address_before_dotted_port_found(self, text, ip):
        assert found(text, "IP_ADDRESS") == [("IP_ADDRESS", ip)]

    @pytest.mark.parametrize(
        "text",
        [
            "ratio 3::4.5 ok",  # a short form: a number
            "value 2001:db8::10.80.1 x",  # a dotted number goes on
            "id x2001:db8::10.80 y",  # glued to a word
            "port 2001:db8::20.99999 y",  # no port above 65535
            "call std::vector.size() now",  # code
        ],
    )
    def test_not_a_dotted_port(self, text):
        assert found(text, "IP_ADDRESS") == []


class TestHeaderRun:
    """A run of fourteen octets is split into two MACs and an EtherType only near a MAC word
    (netfilter's ``MAC=``); elsewhere (an ARP hardware address of a bad length) it is none."""

    def test_netfilter_header_split(self):
        text = "IN=eth0 OUT= MAC=02:1a:2b:3c:4d:5e:00:25:96:ab:cd:ef:08:00 SRC=192.0.2.4"
        assert found(text, "MAC_ADDRESS") == [
            ("MAC_ADDRESS", "02:1a:2b:3c:4d:5e"),
            ("MAC_ADDRESS", "00:25:96:ab:cd:ef"),
        ]

    def test_long_hardware_address_not_split(self):
        text = "ARP, Request who-has 192.0.2.9 (41:41:41:41:41:41:41:41:41:41:41:41:41:41) tell x"
        assert found(text, "MAC_ADDRESS") == []

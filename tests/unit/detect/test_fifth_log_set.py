"""Mechanisms found on the fifth real log set (benchmarks/corpus/_logs5.py, development part).

Each class has positives and near-miss negatives written here, in shapes beyond the ones that
revealed the gap; the corpus records are not copied into tests.
"""

from types import SimpleNamespace

import pytest
from tests.unit.detect._patterns import found

from privkit.detect import _ner


class TestFirewallKey:
    """A bare ``fw`` key names a firewall (by its address), not a firmware version."""

    @pytest.mark.parametrize(
        ("text", "ip"),
        [
            ('id=edge1 sn=00AA11 time="2024-01-02 03:04:05" fw=203.0.113.9 pri=5', "203.0.113.9"),
            ("fw: 198.51.100.77 dropped packet", "198.51.100.77"),
            ('{"fw":"10.20.30.40","action":"deny"}', "10.20.30.40"),
        ],
    )
    def test_the_address_is_found(self, text, ip):
        assert found(text, "IP_ADDRESS") == [("IP_ADDRESS", ip)]

    @pytest.mark.parametrize(
        "text",
        [
            "fw_ver=1.2.3.4 model=cam",
            "fwVersion: 2.0.1.7",
            "firmware 3.2.1.0 installed",
            "fw_rev=4.1.0.2",
            "FwRelease=1.0.0.12",
        ],
    )
    def test_firmware_keys_still_name_versions(self, text):
        assert found(text, "IP_ADDRESS") == []


class TestUuidWord:
    """The word ``uuid`` names a value's format; a UUID is a device id only near a device word."""

    @pytest.mark.parametrize(
        "text",
        [
            'layer_name:"Edge Policy"; layer_uuid:"3c1f0b52-9d7e-4a61-8b2f-6e0d9a4c7b15"; rule:"7"',
            '{"uuid" : "0b8f7a6e-51c4-4d2a-9e3b-7f6a5c4d3e21", "version": 2}',
            "parent_uuid=9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d status=ok",
        ],
    )
    def test_a_record_uuid_is_no_device_id(self, text):
        assert found(text, "DEVICE_ID") == []

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            (
                "device_uuid=5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a",
                "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a",
            ),
            (
                '{"device": {"uuid": "7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918"}}',
                "7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918",
            ),
        ],
    )
    def test_near_a_device_word_it_is(self, text, value):
        assert found(text, "DEVICE_ID") == [("DEVICE_ID", value)]


def _doc(text, items):
    ents = []
    for word, label in items:
        start = text.index(word)
        ents.append(SimpleNamespace(label_=label, start_char=start, end_char=start + len(word)))
    return SimpleNamespace(ents=ents, text=text)


def _ner_values(text, items):
    return [
        (f.entity_type.value, text[f.start : f.end])
        for f in _ner.ner_findings(_doc(text, items), 0, score=0.85, text=text)
    ]


class TestOrganisationsInLogRecords:
    """A log record's capitalised words name components and events, not organisations."""

    @pytest.mark.parametrize(
        ("text", "word"),
        [
            ("Jul 19 07:28:02 gw1 mountd: lost handle : Stale file handle", "Stale"),
            (
                "Sep 11 23:23:32 fw appliance: Blocked host by Flood Guard using TCP/23",
                "Flood Guard",
            ),
            ("2024-05-01 10:00:00 INFO Cache Manager evicted 3 entries", "Cache Manager"),
        ],
    )
    def test_dropped(self, text, word):
        assert _ner_values(text, [(word, "ORG")]) == []

    def test_in_prose_an_organisation_stays(self):
        text = "Anna joined Northwind Traders in May, after leaving her old job."
        assert _ner_values(text, [("Northwind Traders", "ORG")]) == [
            ("ORGANIZATION", "Northwind Traders")
        ]

    def test_a_person_in_a_log_record_stays(self):
        text = "Mar  3 10:00:01 host app: password reset requested for Jane Doe by helpdesk"
        assert _ner_values(text, [("Jane Doe", "PERSON")]) == [("PERSON", "Jane Doe")]


class TestQuotedKeyFields:
    """Fields written ``key: "value", key: "value"`` make a line machine text."""

    @pytest.mark.parametrize(
        "line",
        [
            'scanner: msg: "rule-result", scan-id: "0042", title: "Ensure /tmp is separate"',
            'event: "login", user.name: "x", outcome: "failure"',
        ],
    )
    def test_machine(self, line):
        assert _ner.machine_line(line)

    @pytest.mark.parametrize(
        "line",
        [
            'She said: "no" and walked out of the meeting before the end.',
            'The title: "A Tale of Two Cities" is on the shelf by the window.',
        ],
    )
    def test_prose(self, line):
        assert not _ner.machine_line(line)


class TestUrlInStackTraceMessage:
    """A URL on a stack trace's message line is a documentation link of machine text."""

    def test_only_personal_parts_of_it(self):
        text = (
            "2024-02-01 10:00:00,001 ERROR main\n"
            "java.net.ConnectException: Call to db:5432 failed; see:  "
            "http://wiki.example.org/Connection/Refused\n"
            "at java.net.Socket.connect(Socket.java:589)"
        )
        assert found(text, "URL") == []

    def test_in_prose_the_url_is_reported(self):
        text = "Our docs moved, see http://wiki.example.org/Connection/Refused for more."
        assert found(text, "URL") == [("URL", "http://wiki.example.org/Connection/Refused")]


class TestDoubleColonSeparator:
    """``::`` glued to a symbol such as ``~`` separates fields; it ends no IPv6 address."""

    def test_values_before_it_are_no_addresses_and_a_mac_is_a_mac(self):
        text = "net: WIFI::~~mc: a4:5e:60:c2:11:0b::~~sdk: 28::~~year: 2019::~~os: 9::~~"
        assert found(text) == [("MAC_ADDRESS", "a4:5e:60:c2:11:0b")]

    @pytest.mark.parametrize(
        ("text", "ip"),
        [
            ("route 2001:db8:: via eth0", "2001:db8::"),
            ("net=2001:db8::/32, gw=x", "2001:db8::"),
            ("src=2001:db8::|dst=other", "2001:db8::"),
            ("prefix 2001:db8::.", "2001:db8::"),
        ],
    )
    def test_an_address_ending_in_double_colon_stays(self, text, ip):
        assert found(text, "IP_ADDRESS") == [("IP_ADDRESS", ip)]


class TestSpacedJson:
    """JSON pretty-printed with a space before each colon is machine text like compact JSON."""

    @pytest.mark.parametrize(
        "line",
        ['    "isp" : "Example Broadband, Inc.",', '  "service" : "Media Player",'],
    )
    def test_machine(self, line):
        assert _ner.machine_line(line)

    def test_an_organisation_value_is_dropped(self):
        text = '{\n  "isp" : "Example Broadband, Inc.",\n  "n" : 1\n}'
        assert _ner_values(text, [("Example Broadband, Inc.", "ORG")]) == []

    def test_prose_with_a_quoted_word_is_not(self):
        assert not _ner.machine_line('He wrote "hello" : then nothing more for a long while.')


class TestDataUnits:
    """A unit of data size or rate is no name ("transfer: 1.23 GiB received")."""

    @pytest.mark.parametrize("unit", ["GiB", "MiB", "KiB", "TiB", "Mbps", "kB", "Gbit"])
    def test_not_a_name(self, unit):
        text = f"transfer: 12.34 {unit} received, 5.67 {unit} sent"
        assert _ner_values(text, [(unit, "PERSON")]) == []

    def test_a_name_after_a_number_stays(self):
        text = "Flat 12 was let to Gibson Miller last spring, says the agent."
        assert _ner_values(text, [("Gibson Miller", "PERSON")]) == [("PERSON", "Gibson Miller")]


class TestIpv6Flows:
    """tcpdump writes an IPv6 flow's ends as ``<address>.<port>``; the address is found."""

    @pytest.mark.parametrize(
        ("text", "ips"),
        [
            (
                "IP6 2001:db8::9.51234 > 2001:db8::5.22: Flags [S], seq 1",
                ["2001:db8::9", "2001:db8::5"],
            ),
            (
                "10:00:01.5 IP6 fe80::1%eth0.546 > ff02::1:2.547: dhcp6 solicit",
                ["fe80::1%eth0", "ff02::1:2"],
            ),
            (
                "IP6 2001:db8:0:0:0:0:0:9.443 > 2001:db8::5.51234, length 0",
                ["2001:db8:0:0:0:0:0:9", "2001:db8::5"],
            ),
        ],
    )
    def test_both_ends(self, text, ips):
        assert found(text, "IP_ADDRESS") == [("IP_ADDRESS", ip) for ip in ips]

    @pytest.mark.parametrize("text", ["ab:cd.12 > ef:01.3 done", "score 1:2.5 > 3:4.1 now"])
    def test_not_a_flow(self, text):
        assert found(text, "IP_ADDRESS") == []


class TestUnpaddedMac:
    """BSD tools drop each octet's leading zero; after a MAC word the run is a MAC."""

    @pytest.mark.parametrize(
        ("text", "mac"),
        [
            ("? (192.0.2.1) at 0:1a:2b:3:4d:5e on en0 ifscope [ethernet]", "0:1a:2b:3:4d:5e"),
            ("\tether 0:1a:2b:3:4d:5e", "0:1a:2b:3:4d:5e"),
            ("lladdr 2:0:c:29:a:b1 REACHABLE", "2:0:c:29:a:b1"),
        ],
    )
    def test_found(self, text, mac):
        assert found(text, "MAC_ADDRESS") == [("MAC_ADDRESS", mac)]

    @pytest.mark.parametrize(
        "text", ["time 1:2:3:4:5:6 x", "ratio 1:02:03:04:05:06", "ether 0:0:0:0:0:0"]
    )
    def test_not_without_a_mac_word_or_when_constant(self, text):
        assert found(text, "MAC_ADDRESS") == []


class TestAddressLinesKeepOrganisations:
    """A line that opens with a number but carries no clock or level word is no log record."""

    def test_kept(self):
        text = "Acme Ltd\n\n1497 32 Chemin Des Bateliers\n Suite 036\n France"
        assert _ner_values(text, [("Chemin Des Bateliers", "ORG")]) == [
            ("ORGANIZATION", "Chemin Des Bateliers")
        ]


class TestAddressAfterDotsAndIpv6Tag:
    """A quad after ``..`` (strongSwan's ``a[id]...b[id]``, ranges) and SMTP's ``[IPv6:...]``."""

    @pytest.mark.parametrize(
        ("text", "ips"),
        [
            (
                "IKE_SA vpn[3] established between 198.51.100.1[CN=gw]...203.0.113.9[CN=anna]",
                ["198.51.100.1", "203.0.113.9"],
            ),
            ("allow 10.0.0.1..10.0.0.9", ["10.0.0.1", "10.0.0.9"]),
            ("H=mx.example [IPv6:2001:db8::25]:25 rejected RCPT", ["2001:db8::25"]),
            ("client=unknown[IPv6:fe80::1%eth0]", ["fe80::1%eth0"]),
        ],
    )
    def test_found(self, text, ips):
        assert found(text, "IP_ADDRESS") == [("IP_ADDRESS", ip) for ip in ips]

    @pytest.mark.parametrize("text", ["see 1.2..3.4.5.6 x", "compare 1.2.3...1.2.4.0 now"])
    def test_version_ranges_are_not(self, text):
        assert found(text, "IP_ADDRESS") == []


class TestHostileShapes:
    """Long runs of the shapes these passes look for give the findings they should, whole."""

    def test_a_long_run_of_dots_before_an_address(self):
        text = "." * 50_000 + "10.0.0.1 end"
        assert found(text, "IP_ADDRESS") == [("IP_ADDRESS", "10.0.0.1")]

    def test_many_dotted_ranges(self):
        text = "..10.0.0.1" * 2_000
        assert found(text, "IP_ADDRESS") == [("IP_ADDRESS", "10.0.0.1")] * 2_000

    def test_repeated_ipv6_tags_and_separators(self):
        assert found("IPv6:" * 10_000) == []
        assert found("19::~~" * 10_000, "IP_ADDRESS") == []

    def test_a_long_quoted_key_record_is_machine_text(self):
        assert _ner.machine_line('k: "v", ' * 20_000)
        assert _ner.machine_line('"k" : "v", ' * 20_000)

"""Network gear's command output: switch vendors' MAC groupings, image versions, tags, labels.

Switches and routers print their ARP, MAC and neighbour tables, versions and status as aligned
text (the twenty-ninth log set's development part: ntc-templates' test outputs of Alcatel-Lucent,
Avaya, Extreme, HPE ProCurve and other gear). Five classes of text read wrongly there: MACs in
HPE's groupings (``0015b2-a45078``, ``0015-b2a4-5078``) and written as one repeated digit, or
followed by a label's colon; a unit's firmware after ``FW:`` and a release in a system
description read as IPv4 addresses; a VLAN's name and tag (``v101(0101) 0041``) read as a phone
number; an aligned listing's label read as an organisation. Records are written for the test in
the same shapes; no corpus line is copied here.
"""

import pytest
from tests.unit.detect._patterns import found, kept_entities

from privkit.detect import _ner


class TestGroupedMac:
    """HPE ProCurve's two groups of six hex digits and Comware's three of four are MACs."""

    @pytest.mark.parametrize(
        ("text", "mac"),
        [
            ("  192.0.2.11     0015b2-a45078     dynamic 2", "0015b2-a45078"),
            ("  7   | bcf310-1f8b40      mgt0    AP-7", "bcf310-1f8b40"),
            ("192.0.2.7   00e0-fc12-3456  20   GE1/0/1  1", "00e0-fc12-3456"),
            ("mac-address 0A1B-2C3D-4E5F vlan 12", "0A1B-2C3D-4E5F"),
        ],
    )
    def test_found(self, text, mac):
        assert found(text, "MAC_ADDRESS") == [("MAC_ADDRESS", mac)]

    @pytest.mark.parametrize(
        "text",
        [
            # a UUID's inner groups are glued to more groups
            "request 123e4567-e89b-12d3-a456-426614174000 done",
            "id abcd-ef01-2345-6789 x",
            # glued to a word or another group
            "build-0015b2-a45078",
            "0015b2-a45078-1",
            "x0015b2-a45078 y",
            # twelve decimal digits in the grouping, no MAC word near: a number pair
            "batch 201912-311200 closed",
            # all-zero and broadcast name no device
            "0000-0000-0000",
            "ffffff-ffffff",
        ],
    )
    def test_not_found(self, text):
        assert found(text, "MAC_ADDRESS") == []


class TestWrittenMacEdges:
    """A MAC of one repeated digit is a stand-in where a device's MAC was; a label's colon ends."""

    @pytest.mark.parametrize(
        ("text", "macs"),
        [
            ("  MAC address : aa:aa:aa:aa:aa:aa,", ["aa:aa:aa:aa:aa:aa"]),
            ("   * 1    bb:bb:bb:bb:bb:bb   permanent", ["bb:bb:bb:bb:bb:bb"]),
            ("host 11-11-11-11-11-11 up", ["11-11-11-11-11-11"]),
            ("port cccc.cccc.cccc learned", ["cccc.cccc.cccc"]),
            # an LLDP neighbour: the chassis, then the port's MAC and the label's colon
            (
                "    Chassis 00:1a:2b:3c:4d:5e, Port 00:1a:2b:3c:4d:5f:",
                ["00:1a:2b:3c:4d:5e", "00:1a:2b:3c:4d:5f"],
            ),
            ("Port 00:1a:2b:3c:4d:5f: link up", ["00:1a:2b:3c:4d:5f"]),
        ],
    )
    def test_found(self, text, macs):
        assert [v for _, v in found(text, "MAC_ADDRESS")] == macs

    @pytest.mark.parametrize(
        "text",
        [
            "ether 00:00:00:00:00:00",
            "dst ff:ff:ff:ff:ff:ff",
            "FF-FF-FF-FF-FF-FF",
            # a bare or spaced constant run is no address
            "mac aaaaaaaaaaaa",
            "hwaddr aa aa aa aa aa aa",
            # seven groups and a colon: no MAC
            "ratio aa:bb:cc:dd:ee:ff:11:",
        ],
    )
    def test_not_found(self, text):
        assert found(text, "MAC_ADDRESS") == []


class TestImageVersions:
    """A quad after an upper-case image key or in a system description is a release."""

    @pytest.mark.parametrize(
        "text",
        [
            "PoE Module FW:         4.1.0.4",
            "                       HW:13       FW:5.8.0.3   SW:v5.10.1.039",
            "Operational Software:  FW:5.3.0.6   SW:v5.3.0.005",
            "unit 2 SW:7.1.0.12",
            "       System Description          = Acme Enterprise OAW-AP1201H 1.0.0.10,",
            "  sysDescr: Acme Router RX-200 12.4.0.1 (build 7)",
            "System Descr ...... Acme Switch 8.2.0.3",
        ],
    )
    def test_no_address(self, text):
        assert found(text, "IP_ADDRESS") == []

    @pytest.mark.parametrize(
        ("text", "address"),
        [
            # a firewall's address after a lower-case key (WebTrends-style records)
            ("id=firewall fw=10.0.0.9 pri=6", "10.0.0.9"),
            ("GW: 10.0.0.1", "10.0.0.1"),
            # a letter glued before the key: another word
            ("NEWFW:192.0.2.4", "192.0.2.4"),
            # the description holds only the address: no product before it
            ("sysDescr: 192.0.2.8", "192.0.2.8"),
            # another key after the description on the line
            ("System Description: Acme AP-1 , Management: 192.0.2.9", "192.0.2.9"),
        ],
    )
    def test_address_kept(self, text, address):
        assert found(text, "IP_ADDRESS") == [("IP_ADDRESS", address)]


class TestTaggedName:
    """A name ending in digits glued to a parenthesised number is an object's id, no area code."""

    @pytest.mark.parametrize(
        "text",
        [
            "00:0c:29:4b:34:cf                             v101(0101) 0041  d m D          1:2",
            "eth0(0100) 0045 x",
            "Vlan_20(0020) 1234 5678 learned",
        ],
    )
    def test_no_phone(self, text):
        assert found(text, "PHONE_NUMBER") == []

    @pytest.mark.parametrize(
        ("text", "phone"),
        [
            ("call (0101) 0041 now", "(0101) 0041"),
            ("Tel(030) 1234567", "(030) 1234567"),
            ("call +49(0)30 12345678 now", "+49(0)30 12345678"),
        ],
    )
    def test_phone_kept(self, text, phone):
        assert found(text, "PHONE_NUMBER") == [("PHONE_NUMBER", phone)]


class TestAlignedLabel:
    """An entity in the label of an aligned ``label : value`` line is part of a key."""

    @pytest.mark.parametrize(
        ("text", "name", "label"),
        [
            ("      Management IP Address       = 192.0.2.1", "Management IP Address", "ORG"),
            ("Chassis Capabilities Enabled   : Bridge", "Chassis Capabilities", "ORG"),
            ("ARP Sender-Mac Learning   :   Disabled", "Sender-Mac Learning", "ORG"),
            ("  Acme Uplink ........ : enabled", "Acme Uplink", "ORG"),
        ],
    )
    def test_label_dropped(self, text, name, label):
        assert _ner._aligned_label(
            text, text.index(name), text.index(name) + len(name), machine=False
        )
        assert kept_entities(text, [(name, label)]) == []

    @pytest.mark.parametrize(
        ("text", "name", "label"),
        [
            # the value's side of the line
            ("Contact          : Acme Networks (noc)", "Acme Networks", "ORG"),
            # one blank before the colon in prose (French typography)
            ("Nous avons visité Paris : la ville est belle", "Paris", "GPE"),
            # more than three words before it: a sentence, not a label
            ("we then drove out to see Anna Berg   : she said", "Anna Berg", "PERSON"),
            # a chat speaker padded to a column keeps its reading
            ("John Smith   : see you at noon then", "John Smith", "PERSON"),
        ],
    )
    def test_kept(self, text, name, label):
        assert kept_entities(text, [(name, label)]) == [name]

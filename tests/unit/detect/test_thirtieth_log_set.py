"""Network appliances' show output: dot-leader versions, interface types, protocol terms, zones.

Switches, wireless controllers and routers print their versions, interfaces and settings as
``label..... value`` lines and as sentences of a fixed template (the thirtieth log set's
development part: the Ansible community.network collection's test fixtures of Cisco AireOS,
Lenovo, Ubiquiti, Ruckus ICX, Brocade IronWare and other gear). Five classes of text read
wrongly there: a release after a dot-leader ``... Version......`` label read as an IPv4
address; an interface's type (``Hardware is GigabitEthernet, address is ...``) and the line's
subject read as organisations; words of switching protocols (``LACP BPDU Forwarding``,
``General Mode PVID``, ``ICMP Echo``) and a setting ending in ``Version`` read as names or
places; the places of a time zone's display name (``(GMT) London, Lisbon``) read as where
someone is. Records are written for the test in the same shapes; no corpus line is copied here.
"""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.unit.detect._patterns import found, kept_entities

from privkit.detect import _ner
from privkit.types import EntityType

_QUAD = st.tuples(*[st.integers(1, 254)] * 4).map(lambda t: ".".join(map(str, t)))


class TestDotLeaderVersion:
    """A quad after a dot-leader label whose last word names a version is a release."""

    @pytest.mark.parametrize(
        "text",
        [
            "Product Version.................................. 8.2.110.0",
            "Bootloader Version............................... 8.0.100.0",
            "Emergency Image Version.......................... 8.0.100.0",
            "Software Version............................... 1.9.3.4",
            "Firmware Revision.......... 2.1.0.7",
        ],
    )
    def test_release_not_found(self, text):
        assert found(text, "IP_ADDRESS") == []

    @pytest.mark.parametrize(
        ("text", "ip"),
        [
            ("IP Address....................................... 10.10.10.10", "10.10.10.10"),
            ("Default Gateway............... 192.0.2.1", "192.0.2.1"),
            ("Service Port IP Address.......... 198.51.100.7", "198.51.100.7"),
            # a version word earlier on the line, the leader's key another word
            ("Version 2 Server................ 203.0.113.5", "203.0.113.5"),
        ],
    )
    def test_address_found(self, text, ip):
        assert found(text, "IP_ADDRESS") == [("IP_ADDRESS", ip)]

    @given(
        quad=_QUAD, dots=st.integers(3, 50), key=st.sampled_from(["Address", "Gateway", "Server"])
    )
    def test_a_leader_alone_keeps_an_address(self, quad, dots, key):
        text = f"Mgmt {key}{'.' * dots} {quad}"
        assert found(text, "IP_ADDRESS") == [("IP_ADDRESS", quad)]

    @given(
        quad=_QUAD, dots=st.integers(3, 50), key=st.sampled_from(["Version", "Release", "Build"])
    )
    def test_a_version_key_with_a_leader_is_a_release(self, quad, dots, key):
        assert found(f"Boot {key}{'.' * dots} {quad}", "IP_ADDRESS") == []


class TestDeviceVocabulary:
    """Interface types, switching protocols' terms and settings' names are no names."""

    @pytest.mark.parametrize(
        "value",
        [
            "GigabitEthernet",
            "TenGigabitEthernet",
            "FastEthernet",
            "FortyGigE",
            "Port-channel",
            "LACP BPDU",
            "Mode PVID",
            "ICMP Echo",
            "OSPF Area",
            "Bootloader Version",
            "Board Revision",
            "Hardware",
        ],
    )
    def test_bad_shape(self, value):
        for entity in (EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.PERSON):
            assert _ner._bad_shape(entity, value, lower_case=False)

    @pytest.mark.parametrize(
        "value", ["Ethan Hunt", "Gigi Hadid", "Stan Lee", "Iris Vance", "Toulouse", "Vanessa Reed"]
    )
    def test_names_stay(self, value):
        assert not _ner._bad_shape(EntityType.PERSON, value, lower_case=False)

    @pytest.mark.parametrize(
        ("text", "items"),
        [
            (
                "  Hardware is GigabitEthernet, address is 0024.38ae.ff31 (bia 0024.38ae.ff31)",
                [("Hardware", "ORG"), ("GigabitEthernet", "ORG")],
            ),
            ("  LACP BPDU Forwarding:Disabled", [("LACP BPDU", "ORG")]),
            ("General Mode PVID: 1 (default)", [("Mode PVID", "PERSON")]),
            (
                "Sending 2, 16-byte ICMP Echo to 192.0.2.8, timeout 5000 msec",
                [("ICMP Echo", "GPE")],
            ),
        ],
    )
    def test_device_lines_give_no_names(self, text, items):
        assert kept_entities(text, items) == []


class TestTimeZoneName:
    """The places of a time zone's display name name the zone, not where anyone is."""

    @pytest.mark.parametrize(
        ("text", "items"),
        [
            (
                "System Timezone Location......... (GMT) London, Lisbon, Dublin, Edinburgh",
                [("London", "GPE"), ("Lisbon", "GPE"), ("Dublin", "GPE"), ("Edinburgh", "GPE")],
            ),
            ("timezone (UTC+01:00) Amsterdam, Berlin, Bern, Rome", [("Berlin", "GPE")]),
            ("Time zone: (UTC-05:00) Eastern Time (US & Canada)", [("Eastern Time", "GPE")]),
        ],
    )
    def test_zone_places_dropped(self, text, items):
        assert kept_entities(text, items) == []

    @pytest.mark.parametrize(
        ("text", "place"),
        [
            ("We moved from London to Lisbon last year.", "Lisbon"),
            ("(GMT) meeting with the team in Dublin", "Dublin"),
            ("Anna lives in Berlin (UTC+01:00 there).", "Berlin"),
        ],
    )
    def test_other_places_stay(self, text, place):
        assert kept_entities(text, [(place, "GPE")]) == [place]

    def test_only_places_are_dropped(self):
        text = "(GMT) London, Lisbon"
        start = text.index("Lisbon")
        assert _ner._zone_place(EntityType.LOCATION, text, start)
        assert not _ner._zone_place(EntityType.PERSON, text, start)

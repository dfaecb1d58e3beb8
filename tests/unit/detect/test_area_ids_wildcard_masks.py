"""Network OSes' configuration: an OSPF area's id and a wildcard mask are no host's address.

Routers write an OSPF area's identifier as a dotted quad after its keyword (IOS XR's
``area 0.0.0.3``, Junos' ``area 0.0.0.2 {``), and an access list's wildcard mask as a quad in
0.0.0.0/8 right after the address it masks (``deny ipv4 10.233.0.0 0.0.255.255``). Neither
names a host (the thirty-first log set's development part: Ansible's network platform
collections' fixtures). Records are written for the test in the same shapes; no corpus line is
copied here.
"""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.unit.detect._patterns import found

_QUAD = st.tuples(*[st.integers(1, 254)] * 4).map(lambda t: ".".join(map(str, t)))
_ZERO_BLOCK = (
    st.tuples(*[st.integers(0, 255)] * 3).filter(any).map(lambda t: "0." + ".".join(map(str, t)))
)


class TestAreaId:
    """A quad right after ``area`` (``area-id``, ``area_id``; blanks, ``:``, ``=``) is an id."""

    @pytest.mark.parametrize(
        "text",
        [
            " area 0.0.0.3",
            "area 0.0.0.2 {",
            "router ospf 1 area 10.0.0.0 range 10.1.0.0 255.255.0.0",
            "ospf area-id: 0.0.0.1",
            "AREA_ID=0.0.0.7",
            "set protocols ospf area 0.0.0.12 interface ge-0/0/1",
        ],
    )
    def test_area_id_not_found(self, text):
        assert [v for _, v in found(text, "IP_ADDRESS") if v.startswith("0.0.0.")] == []
        assert "10.0.0.0" not in [v for _, v in found(text, "IP_ADDRESS")]

    @pytest.mark.parametrize(
        ("text", "ip"),
        [
            # the address after the area's id is still an address
            ("router ospf 1 area 0 range 10.1.0.0", "10.1.0.0"),
            # "area" in prose, a word between it and the quad
            ("the area near 10.1.2.3 was flooded", "10.1.2.3"),
            ("area of host 192.0.2.7", "192.0.2.7"),
            # a longer word ending in "area"
            ("subarea 10.0.0.1", "10.0.0.1"),
            ("data-area 10.0.0.1", "10.0.0.1"),
        ],
    )
    def test_address_kept(self, text, ip):
        assert ("IP_ADDRESS", ip) in found(text)

    @given(_QUAD)
    def test_any_quad_after_area_is_an_id(self, quad):
        assert found(f"area {quad} stub", "IP_ADDRESS") == []

    @given(_QUAD)
    def test_any_quad_after_another_word_is_found(self, quad):
        assert found(f"neighbor {quad} stub", "IP_ADDRESS") == [("IP_ADDRESS", quad)]


class TestWildcardMask:
    """A quad in 0.0.0.0/8 right after an address and one blank is the address's mask."""

    @pytest.mark.parametrize(
        ("text", "ip"),
        [
            (" 10 deny ipv4 10.233.0.0 0.0.255.255 net-group g", "10.233.0.0"),
            ("access-list 10 permit 192.0.2.0 0.0.0.255", "192.0.2.0"),
            ("network 198.51.100.0 0.0.0.3 area 0", "198.51.100.0"),
        ],
    )
    def test_mask_not_found(self, text, ip):
        assert found(text, "IP_ADDRESS") == [("IP_ADDRESS", ip)]

    @pytest.mark.parametrize(
        ("text", "ips"),
        [
            # the unspecified address after an address keeps its reading (left to the
            # maintainers: a label conflict between the sets)
            ("ip route 10.0.0.0 0.0.0.0 192.0.2.1", ["10.0.0.0", "0.0.0.0", "192.0.2.1"]),  # noqa: S104
            # a quad in 0.0.0.0/8 written alone, as a value or in prose is still found
            ("0.0.0.3", ["0.0.0.3"]),
            ("value=0.0.1.1", ["0.0.1.1"]),
            ("The form field held 0.1.0.0 when it was saved.", ["0.1.0.0"]),
            # a netmask after an address is found, as the sets label it
            ("ip address 10.0.0.1 255.255.255.0", ["10.0.0.1", "255.255.255.0"]),
            # two blanks, a slash, a comma: not the mask form
            ("10.0.0.1  0.0.0.255", ["10.0.0.1", "0.0.0.255"]),
            ("10.0.0.1, 0.0.0.255", ["10.0.0.1", "0.0.0.255"]),
        ],
    )
    def test_other_quads_kept(self, text, ips):
        assert [v for _, v in found(text, "IP_ADDRESS")] == ips

    @given(_QUAD, _ZERO_BLOCK)
    def test_zero_block_after_an_address_is_a_mask(self, quad, mask):
        assert found(f"permit ip {quad} {mask} any", "IP_ADDRESS") == [("IP_ADDRESS", quad)]

    @given(_QUAD)
    def test_an_address_after_an_address_is_found(self, quad):
        text = f"permit ip 192.0.2.1 {quad} any"
        assert found(text, "IP_ADDRESS") == [("IP_ADDRESS", "192.0.2.1"), ("IP_ADDRESS", quad)]

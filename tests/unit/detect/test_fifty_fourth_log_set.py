"""A DHCP server's documentation (issue 10, fifty-fourth log set's development work).

A DHCPv6 DUID of a link-layer type with hardware type 1 (DUID-LLT ``00:01:00:01`` + time,
DUID-LL ``00:03:00:01``) ends in the device's MAC address: those six octets are found, the run
as a whole is none. Other DUIDs, a link-layer DUID of another hardware type, a constant MAC
and a run glued to more octets or a word stay unfound.
"""

from __future__ import annotations

import pytest
from tests.unit.detect._patterns import found


class TestLinkLayerDuids:
    @pytest.mark.parametrize(
        ("text", "mac"),
        [
            ('{ "type": "DUID", "id": "00:01:00:01:2a:0b:4c:5d:02:1b:2c:3d:4e:5f" }',
             "02:1b:2c:3d:4e:5f"),
            ("DHCP6_LEASE_ALLOC duid=[00:03:00:01:0a:1b:2c:3d:4e:6f], tid=0x51", "0a:1b:2c:3d:4e:6f"),
            ('"duid": "00:01:00:01:1E:2D:3C:4B:00:16:3E:AA:BB:0C"', "00:16:3E:AA:BB:0C"),
        ],
    )  # fmt: skip
    def test_the_mac_inside_a_link_layer_duid_is_found(self, text, mac):
        assert found(text, "MAC_ADDRESS") == [("MAC_ADDRESS", mac)]

    @pytest.mark.parametrize(
        "text",
        [
            '"duid": "00:02:00:00:09:bf:02:1b:2c:3d:4e:5f"',  # DUID-EN: an enterprise's id
            '"duid": "00:03:00:06:02:1b:2c:3d:4e:5f"',  # hardware type 6 (IEEE 802)
            "duid 00:01:00:01:00:00:00:00:00:00:00:00:00:00",  # all-zero: no device
            "x00:03:00:01:02:1b:2c:3d:4e:5f",  # glued to a word
            "00:03:00:01:02:1b:2c:3d:4e:5f:60",  # one octet more: another run
        ],
    )
    def test_no_mac_in_other_runs(self, text):
        assert found(text, "MAC_ADDRESS") == []

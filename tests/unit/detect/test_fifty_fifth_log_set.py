"""Link-layer tools' output: a Bluetooth device's address in a BlueZ D-Bus object path.

The fifty-fifth log set (BlueZ's, arp-scan's and lldpd's documented output) and the rules
written for its classes: BlueZ names a device's D-Bus object by its address, the colons
written as underscores after ``dev_`` (``/org/bluez/hci0/dev_00_1A_7D_DA_71_13``): the six
octets are a MAC address. Values here are written for the tests in BlueZ's layouts; no corpus
line is copied.
"""

from __future__ import annotations

import pytest
from tests.unit.detect._patterns import found


class TestDbusDevicePath:
    """The address in a D-Bus path's ``dev_`` element; other ``dev_`` names are none."""

    @pytest.mark.parametrize(
        ("text", "mac"),
        [
            ("bluetoothd[912]: /org/bluez/hci0/dev_5C_F3_70_1A_2B_3C: profile connected",
             "5C_F3_70_1A_2B_3C"),
            ("[CHG] Transport /org/bluez/hci1/dev_0A_1B_2C_3D_4E_5F/sep2/fd4 State: active",
             "0A_1B_2C_3D_4E_5F"),
            ("| **> transfer /org/bluez/hci0/dev_a4_c1_38_0d_ee_12**", "a4_c1_38_0d_ee_12"),
            ("object path dev_00_1B_DC_F2_33_44", "00_1B_DC_F2_33_44"),
        ],
    )  # fmt: skip
    def test_device_path_found(self, text, mac):
        assert ("MAC_ADDRESS", mac) in found(text, "MAC_ADDRESS")

    @pytest.mark.parametrize(
        "text",
        [
            "/org/bluez/hci0/dev_XX_XX_XX_XX_XX_XX",  # a placeholder
            "/org/bluez/hci0/dev_00_00_00_00_00_00",  # all-zero: no device
            "/org/bluez/hci0/dev_0A_1B_2C_3D_4E_5F_60",  # seven octets: some other name
            "/org/bluez/hci0/dev_0A_1B_2C_3D_4E",  # five octets
            "hci_dev_0A_1B_2C_3D_4E_5F",  # glued to a word before dev_
            "node.dev_0A_1B_2C_3D_4E_5F",  # part of a dotted name
            "/sys/dev_0A_1B_2C_3D_4E_5Fx",  # glued to a letter after it
        ],
    )
    def test_not_a_device_path(self, text):
        assert found(text, "MAC_ADDRESS") == []

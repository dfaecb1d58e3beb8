"""Network-configuration files: a MAC address written as a keyfile's list of decimal bytes.

The fifty-sixth log set (hostap's and NetworkManager's documented text) and the rule written
for its class: NetworkManager's keyfiles of its first format store a MAC address as its six
bytes in decimal, each followed by a semicolon (``mac-address=0;26;43;60;77;94;``): the six
numbers are the address. Values here are written for the tests in that layout; no corpus line
is copied.
"""

from __future__ import annotations

import pytest
from tests.unit.detect._patterns import found


class TestKeyfileDecimalMac:
    """Six decimal bytes after a keyfile's MAC key are a MAC; other number lists are none."""

    @pytest.mark.parametrize(
        ("text", "mac"),
        [
            ("[802-3-ethernet]\nmac-address=0;26;43;60;77;94;\n", "0;26;43;60;77;94"),
            ("[802-11-wireless]\nssid=Lab\ncloned-mac-address=2;16;32;48;64;80;\nmode=infrastructure",
             "2;16;32;48;64;80"),
            ("mac-address=172;31;200;7;9;255", "172;31;200;7;9;255"),
        ],
    )  # fmt: skip
    def test_decimal_bytes_found(self, text, mac):
        assert ("MAC_ADDRESS", mac) in found(text, "MAC_ADDRESS")

    @pytest.mark.parametrize(
        "text",
        [
            "mac-address=0;26;43;60;77;\n",  # five bytes
            "mac-address=0;26;43;60;77;94;11;\n",  # seven bytes
            "mac-address=0;26;43;300;77;94;\n",  # a number over 255
            "mac-address=0;0;0;0;0;0;\n",  # all-zero: no device
            "mac-address=255;255;255;255;255;255;\n",  # broadcast
            "xmac-address=0;26;43;60;77;94;\n",  # glued to a word before the key
            "dns=10;26;43;60;77;94;\n",  # another key's numbers
            "mac-address=0;26;43;60;77;94.5\n",  # not a list of integers
        ],
    )
    def test_not_a_decimal_mac(self, text):
        assert found(text, "MAC_ADDRESS") == []

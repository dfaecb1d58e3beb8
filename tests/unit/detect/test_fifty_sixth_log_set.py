"""Network-configuration text: a keyfile's MAC in decimal bytes, a name inside an absolute path.

The fifty-sixth log set (hostap's and NetworkManager's documented text) and the rules written
for its classes: NetworkManager's keyfiles of its first format store a MAC address as its six
bytes in decimal, each followed by a semicolon (``mac-address=0;26;43;60;77;94;``): the six
numbers are the address. A folder inside an absolute path (a D-Bus object path in a tool's
field line, ``DBUS-PATH:/org/freedesktop/NetworkManager/Devices/1``) is no entity, in any text.
Values here are written for the tests in those layouts; no corpus line is copied.
"""

from __future__ import annotations

import pytest
from tests.unit.detect._patterns import found, kept_entities


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


class TestAbsolutePathFolder:
    """A name inside an absolute path is a folder in any text; elsewhere it stays."""

    @pytest.mark.parametrize(
        ("text", "items"),
        [
            ("GENERAL.DBUS-PATH:/org/example/Globex/Devices/3", [("Globex", "ORG")]),
            ("Device path /org/example/Globex/Devices/3 is up", [("Globex", "ORG")]),
        ],
    )  # fmt: skip
    def test_dropped(self, text, items):
        assert kept_entities(text, items) == []

    @pytest.mark.parametrize(
        ("text", "items", "kept"),
        [
            # a user's home folder stays the model's
            ("Files are in /home/Maria Gonzalez/docs now", [("Maria Gonzalez", "PERSON")],
             ["Maria Gonzalez"]),
            # a relative path, a short path, and names joined by slashes in prose
            ("Saved in docs/team/Maria Gonzalez/notes today", [("Maria Gonzalez", "PERSON")],
             ["Maria Gonzalez"]),
            ("Notes of /team/Maria Gonzalez/ today", [("Maria Gonzalez", "PERSON")],
             ["Maria Gonzalez"]),  # two segments before the name: no path of three
            ("We flew Lisbon/Madrid/Paris with Maria Gonzalez", [("Maria Gonzalez", "PERSON")],
             ["Maria Gonzalez"]),
            # a person's folder in an absolute path stays hers, in prose or a field
            ("object=/srv/share/Maria Gonzalez/reports/2024.txt", [("Maria Gonzalez", "PERSON")],
             ["Maria Gonzalez"]),
            ("The scans are in /srv/share/Maria Gonzalez/reports now",
             [("Maria Gonzalez", "PERSON")], ["Maria Gonzalez"]),
        ],
    )  # fmt: skip
    def test_kept(self, text, items, kept):
        assert kept_entities(text, items) == kept

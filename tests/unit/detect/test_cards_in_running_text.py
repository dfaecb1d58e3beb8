"""Card numbers as redaction and DLP tools' test sentences write them (twenty-eighth vector set).

Three classes, each with its negatives: groups joined by a hyphen with a space on each side
("4111 - 1111 - 1111 - 1111"); a number glued to a payment card's name ("cc4111...",
"visa4012..."); and a number (or an SSN's groups) glued to a character of a script written
without spaces ("卡号4111...", "社会保障号078-05-1120"). Every number here is written for the
test.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.unit.detect._patterns import found

from privkit.detect._checksums import luhn_valid


def cards(text: str) -> list[str]:
    return [value for _, value in found(text, "CREDIT_CARD")]


def _luhn_complete(body: str) -> str:
    """``body`` with the check digit that makes it pass the Luhn check."""
    return next(body + d for d in "0123456789" if luhn_valid(body + d))


class TestSpacedDash:
    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("My card is 4111 - 1111 - 1111 - 1111 thanks", "4111 - 1111 - 1111 - 1111"),
            ("Amex 3782 - 822463 - 10005 on file", "3782 - 822463 - 10005"),
            ("paid: 5555 - 5555 - 5555 - 4444.", "5555 - 5555 - 5555 - 4444"),
        ],
    )
    def test_found_whole(self, text, value):
        assert cards(text) == [value]

    @pytest.mark.parametrize(
        "text",
        [
            "4111 - 1111 - 1111 - 1112",  # fails the Luhn check
            "pages 1000 - 2000 - 3000",  # a range, too few digits
            "2024 - 1111 - 1111 - 1111",  # no card brand's prefix... and no checksum
            "x4111 - 1111 - 1111 - 1111",  # inside a longer token
            "4111 - 1111 - 1111 - 1111-2",
            "200 - 200 - 200 - 200 - 200",
        ],
    )
    def test_not_a_card(self, text):
        assert cards(text) == []

    @settings(max_examples=60, deadline=None)
    @given(st.text(alphabet="0123456789", min_size=15, max_size=15))
    def test_this_layout_is_found_as_the_spaced_one_is(self, body):
        number = _luhn_complete("4" + body)
        groups = [number[i : i + 4] for i in range(0, 16, 4)]
        spaced, dashed = " ".join(groups), " - ".join(groups)
        assert bool(cards(f"card {dashed} ok")) == bool(cards(f"card {spaced} ok"))
        assert cards(f"card {dashed} ok") in ([], [dashed])


class TestGluedToACardsName:
    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("cc4111111111111111", "4111111111111111"),
            ("visa4012888888881881 declined", "4012888888881881"),
            ("my card number is4111111111111111", "4111111111111111"),
            ("CCN#4111111111111111", "4111111111111111"),
            ("CC4539 1488 0343 6467", "4539 1488 0343 6467"),  # in groups of four
            ("visa4539-1488-0343-6467 ok", "4539-1488-0343-6467"),
            ("card no.4539 1488 0343 6467", "4539 1488 0343 6467"),
        ],
    )
    def test_found(self, text, value):
        assert cards(text) == [value]

    @pytest.mark.parametrize(
        "text",
        [
            "id4111111111111111",  # no card's name
            "abcc4111111111111111",  # a card's name inside a longer word
            "sha=9fcc4111111111111111e0",  # a hex id
            "v4111111111111111",
            "cc4111111111111112",  # fails the Luhn check
            "gift card number4111111111111111",  # a card of another kind
            "id4539 1488 0343 6467",
            "cc4539 1488-0343 6467",  # groups parted two ways
            "cc4539 1488 0343 6468",
        ],
    )
    def test_not_a_card(self, text):
        assert cards(text) == []

    @given(st.text("0123456789", min_size=14, max_size=14), st.sampled_from([" ", "-"]))
    def test_groups_glued_to_the_name_are_read_as_spaced_from_it(self, body, sep):
        number = _luhn_complete("4" + body)  # sixteen digits
        grouped = sep.join(number[i : i + 4] for i in range(0, 16, 4))
        glued = cards(f"cc{grouped} ok")
        assert glued == cards(f"cc {grouped} ok")
        assert glued in ([], [grouped])  # (none where the spaced form has none)


class TestGluedToUnspacedScripts:
    @pytest.mark.parametrize(
        ("text", "etype", "value"),
        [
            ("卡号4111111111111111", "CREDIT_CARD", "4111111111111111"),
            ("信用卡4111 1111 1111 1111已停用", "CREDIT_CARD", "4111 1111 1111 1111"),
            ("カード番号4111111111111111です", "CREDIT_CARD", "4111111111111111"),
            ("社会保障号078-05-1120", "US_SSN", "078-05-1120"),
        ],
    )
    def test_found(self, text, etype, value):
        assert [v for _, v in found(text, etype)] == [value]

    @pytest.mark.parametrize(
        "text",
        [
            "订单x4111111111111111",  # a Latin letter glued: a longer token
            "卡号4111111111111111x",
            "版本1.4111111111111111",  # a decimal
        ],
    )
    def test_latin_glue_still_refused(self, text):
        assert cards(text) == []


class TestAfterAnEscapedLineBreak:
    """A log message serialised in JSON keeps its line breaks and tabs as ``\\n``, ``\\t``."""

    @pytest.mark.parametrize(
        ("text", "etype", "value"),
        [
            ('{"msg":"card:\\n4111111111111111"}', "CREDIT_CARD", "4111111111111111"),
            ('{"msg":"a\\t4111 1111 1111 1111\\tb"}', "CREDIT_CARD", "4111 1111 1111 1111"),
            ('{"msg":"SSN\\r\\n078-05-1120"}', "US_SSN", "078-05-1120"),
        ],
    )
    def test_found(self, text, etype, value):
        assert [v for _, v in found(text, etype)] == [value]

    @pytest.mark.parametrize(
        "text",
        [
            '{"msg":"id\\n4111111111111112"}',  # fails the Luhn check
            "C:\\data\\x4111111111111111",  # another escape: still a longer token
            '{"msg":"v\\n1.4111111111111111"}',
        ],
    )
    def test_not_a_card(self, text):
        assert cards(text) == []

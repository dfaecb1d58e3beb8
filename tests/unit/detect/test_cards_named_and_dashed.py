"""Card numbers and SSNs as people write them in sentences and word processors.

Three classes, each with its negatives: a card-shaped number that fails the Luhn check right
after a payment card's name; digit groups joined by a typographic dash (en dash, non-breaking
hyphen, minus sign); and two card networks whose ranges were not read (Troy, China T-Union).
Every number here is written for the test.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.unit.detect._patterns import found

from privkit import scan
from privkit.detect import _builtin
from privkit.detect._checksums import card_brand, luhn_valid


def cards(text: str) -> list[str]:
    return [value for _, value in found(text, "CREDIT_CARD")]


class TestNumberAfterACardsName:
    """A number the writer calls a payment card is redacted as one, checksum or not."""

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("My credit card number is 1234 5678 9012 3456.", "1234 5678 9012 3456"),
            ("And credit card number is 4567-8901-2345-6789. He works", "4567-8901-2345-6789"),
            ("Credit card: 4567-8901-2345-6789", "4567-8901-2345-6789"),
            ("Card no. 1234-5678-9012-3456 expires 12/27", "1234-5678-9012-3456"),
            ("debit card 9876543210987654", "9876543210987654"),
            ("card_number=1234567812345678", "1234567812345678"),
            ("Visa: 4000 1234 5678 9011", "4000 1234 5678 9011"),
            ("amex 3712 345678 12345", "3712 345678 12345"),
        ],
    )
    def test_found_and_marked_unchecked(self, text, value):
        assert not luhn_valid(value.replace(" ", "").replace("-", ""))
        findings = [f for f in scan(text) if f.entity_type.value == "CREDIT_CARD"]
        assert [(text[f.start : f.end], f.evidence.tags) for f in findings] == [
            (value, ("unchecked",))
        ]
        # below a card that passes the checks (0.85 alone)
        assert findings[0].score < 0.85

    @pytest.mark.parametrize(
        "text",
        [
            "1234 5678 9012 3456",  # no card's name
            "value=1234567812345678",
            "The card 1234 5678 9012 3456 arrived",  # "card" alone names no payment card
            "sim card number 1234 5678 9012 3456",  # a card of another kind
            "gift card number: 1234 5678 9012 3456",
            "library card number 1234567812345678",
            "card id 1234567812345678",
            "order 1234 5678 9012 3456 paid by card",
            "credit card number is 1234 5678 9012 345",  # 15 digits, not Amex's layout
            "credit card number: 0000 0000 0000 0001",  # a placeholder (fewer than 3 digits)
            "Credit card order number: 1234 5678 9012 3456",  # an order's number
            "credit card. Tracking 1234567812345678",  # no card's name right before
        ],
    )
    def test_not_found(self, text):
        assert cards(text) == []

    def test_a_number_passing_the_checks_is_the_usual_finding(self):
        text = "credit card number is 4111 1111 1111 1111"
        findings = [f for f in scan(text) if f.entity_type.value == "CREDIT_CARD"]
        assert [f.evidence.tags for f in findings] == [("visa",)]

    def test_log_ids_keep_their_verdict(self):
        line = "2026-12-05 10:00:01 INFO card cache hit id=1234567812345678 order=42"
        assert cards(line) == []


class TestTypographicDashes:
    """En dash, figure dash, non-breaking hyphen and minus sign join groups as a hyphen does."""

    @pytest.mark.parametrize("dash", ["\u2010", "\u2011", "\u2012", "\u2013", "\u2212"])
    def test_card_and_ssn(self, dash):
        card = dash.join(["4111", "1111", "1111", "1111"])
        assert cards(f"Paid with {card} today") == [card]
        ssn = dash.join(["536", "90", "1234"])
        assert found(f"SSN: {ssn}", "US_SSN") == [("US_SSN", ssn)]
        assert found(ssn, "US_SSN") == [("US_SSN", ssn)]

    @pytest.mark.parametrize(
        "text",
        [
            "4111\u20131111\u20131111\u20131112",  # fails the Luhn check
            "4111\u20131111-1111\u20131111",  # two separators
            "2019\u20132020\u20132021\u20132022",  # years
            "pages 1234\u20135678",
            "ISBN 978\u20133\u201316\u2013148410\u20130",
        ],
    )
    def test_no_card(self, text):
        assert cards(text) == []

    @pytest.mark.parametrize(
        "text", ["666\u201390\u20131234", "SSN 536\u201300\u20131234", "536\u201390\u20131234-7"]
    )
    def test_no_ssn(self, text):
        assert found(text, "US_SSN") == []


class TestBrands:
    """Troy (9792, 16 digits) and China T-Union (31, 19 digits), Luhn-valid."""

    @pytest.mark.parametrize(
        ("digits", "brand"), [("9792000000000003", "troy"), ("3100000000000000005", "tunion")]
    )
    def test_found(self, digits, brand):
        assert card_brand(digits) == brand
        assert cards(f"card {digits}") == [digits]
        assert cards(digits) == [digits]

    @pytest.mark.parametrize(
        "digits", ["9792000000000004", "979200000000003", "310000000000000009"]
    )
    def test_wrong_check_or_length(self, digits):
        assert cards(digits) == []


@pytest.mark.parametrize("dash", list(_builtin._common.TYPO_DASHES))
def test_one_dash_vocabulary_joins_phone_card_and_ssn_groups(dash):
    # TYPO_DASHES is the one list: each of its dashes joins the groups of all three types
    from privkit.detect import Scanner

    scanner = Scanner(entities=["PHONE_NUMBER", "CREDIT_CARD", "US_SSN"])
    for text, entity in (
        (f"call 415{dash}555{dash}0132 today", "PHONE_NUMBER"),
        (f"card 4111{dash}1111{dash}1111{dash}1111 on file", "CREDIT_CARD"),
        (f"SSN 536{dash}90{dash}4399 on file", "US_SSN"),
    ):
        found = [(f.entity_type.value, f.end - f.start) for f in scanner.scan(text)]
        assert (entity, len(text.split(" ")[1])) in found, (entity, hex(ord(dash)))


# The typographic-dash expressions lead with their first digit (re then skips to digits)
# instead of a look-behind tried at every position; each must match as its written form.
_WRITTEN = {
    "card_typo_dash": r"(?<![\w\-.+\u2010-\u2013\u2212])[0-9]{4,6}([\u2010-\u2013\u2212])[0-9]{3,7}"
    r"(?:\1[0-9]{1,7}){1,3}(?![\w\-\u2010-\u2013\u2212]|\.[0-9])",
    "ssn_typo_dash": r"(?<![\w\-.+\u2010-\u2013\u2212])[0-9]{3}([\u2010-\u2013\u2212])[0-9]{2}"
    r"\1[0-9]{4}(?![\w\-\u2010-\u2013\u2212]|\.[0-9])",
}


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0123456789 -.+a_\u2010\u2013\u2212\n", max_size=60))
def test_typo_dash_expressions_match_their_written_forms(text):
    import re

    from privkit.detect._builtin import CreditCardDetector, UsSsnDetector

    for det in (CreditCardDetector, UsSsnDetector):
        for p in det.patterns:
            if p.name in _WRITTEN:
                written = re.compile(_WRITTEN[p.name])
                assert [m.span() for m in re.finditer(p.regex, text)] == [
                    m.span() for m in written.finditer(text)
                ], p.name


def _grouped(number: str, sep: str = " ") -> str:
    return sep.join(number[i : i + 4] for i in range(0, len(number), 4))


def _luhn_completed(body: str) -> str:
    return next(body + d for d in "0123456789" if luhn_valid(body + d))


class TestGroupedCardsASpaceApart:
    """Two grouped cards one space apart run on as one match: the second is read too."""

    @pytest.mark.parametrize(
        "text",
        [
            "4111 1111 1111 1111 4012 8888 8888 1881",
            "cards: 4111 1111 1111 1111 5555 5555 5555 4444, thanks",
            "4111-1111-1111-1111 4012-8888-8888-1881",
        ],
    )
    def test_both_found(self, text):
        assert len(cards(text)) == 2
        assert all(luhn_valid(v.replace(" ", "").replace("-", "")) for v in cards(text))

    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("4111 1111 1111 1111 2026", ["4111 1111 1111 1111"]),  # a year after it
            ("4111 1111 1111 1111 4012 8888", ["4111 1111 1111 1111"]),  # no second card
            # a run of groups whose first card fails the check: no run of cards to read on
            ("1234 5678 9012 3456 7890 " * 40, []),
        ],
    )
    def test_a_trailing_group_alone_is_no_card(self, text, want):
        assert cards(text) == want

    @settings(max_examples=50, deadline=None)
    @given(
        a=st.from_regex(r"4[0-9]{14}", fullmatch=True),
        b=st.from_regex(r"5[1-5][0-9]{13}", fullmatch=True),
    )
    def test_any_two_valid_cards_a_space_apart_are_both_found(self, a, b):
        first, second = _grouped(_luhn_completed(a)), _grouped(_luhn_completed(b))
        assert cards(f"paid with {first} {second} today") == [first, second]

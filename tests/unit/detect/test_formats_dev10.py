"""Social security numbers and card numbers as tests and forms write them: the tenth set.

The measure is ``python -m benchmarks.bench_detect_vectors --dev10``; these tests pin each
mechanism with numbers written here.
"""

import pytest
from tests.unit.detect._patterns import found

from privkit import scan
from privkit.detect._checksums import ssn_valid


class TestSsaRules:
    """Validity follows the SSA's published rules, not a list of numbers that look made up."""

    @pytest.mark.parametrize(
        "text",
        ["SSN: 123-45-6789", "Social Security Number (SSN): 123-45-6789.",
         "my ssn is 111-11-1111", "SSN 333-33-3333 on file"],
    )  # fmt: skip
    def test_an_assignable_number_that_looks_made_up_is_an_ssn(self, text):
        assert [t for t, _ in found(text, "US_SSN")] == ["US_SSN"]

    @pytest.mark.parametrize("digits", ["987654321", "987654329", "000123456", "666123456"])
    def test_numbers_the_ssa_never_assigns_are_not(self, digits):
        assert not ssn_valid(digits)
        assert found(f"SSN: {digits[:3]}-{digits[3:5]}-{digits[5:]}", "US_SSN") == []

    @pytest.mark.parametrize("text", ["SSN: 078-05-1120", "ssn 219-09-9999", "078-05-1120"])
    def test_numbers_public_use_voided_are_still_redacted_and_tagged(self, text):
        # Issued, then voided: fail closed (the wallet card's number was many people's own).
        value = text.split()[-1]
        assert not ssn_valid(value.replace("-", ""))
        findings = [f for f in scan(text) if f.entity_type.value == "US_SSN"]
        assert [(text[f.start : f.end], f.evidence.tags) for f in findings] == [
            (value, ("voided",))
        ]

    def test_a_bare_run_of_nine_digits_still_needs_an_ssn_word(self):
        assert found("id 123456789 ok", "US_SSN") == []
        assert found("SSN 123456789", "US_SSN") == [("US_SSN", "123456789")]


class TestSsnHashLabel:
    @pytest.mark.parametrize(
        ("text", "ssn"),
        [("ssn#536901234", "536901234"), ("SSN# 536901234", "536901234"),
         ("Employee SSN#: 536901234", "536901234")],
    )  # fmt: skip
    def test_ssn_hash_is_a_label(self, text, ssn):
        assert found(text, "US_SSN") == [("US_SSN", ssn)]

    def test_a_hash_after_another_word_is_not(self):
        assert found("order#536901234", "US_SSN") == []


class TestCardAfterAbbreviationStop:
    @pytest.mark.parametrize(
        ("text", "card"),
        [("Card no.4111-1111-1111-1111", "4111-1111-1111-1111"),
         ("card no.4111111111111111 exp 12/26", "4111111111111111"),
         ("Credit card nr.5555 5555 5555 4444.", "5555 5555 5555 4444"),
         ("Visa No.4012888888881881", "4012888888881881")],
    )  # fmt: skip
    def test_a_card_glued_to_a_label_stop_is_found(self, text, card):
        assert found(text, "CREDIT_CARD") == [("CREDIT_CARD", card)]

    @pytest.mark.parametrize(
        "text",
        ["no.4111111111111111",  # no card word
         "card 1.4111111111111111",  # a digit before the stop: a decimal
         "card no.4111111111111112",  # not Luhn-valid
         "card v2.4111111111111111"],  # a version's digit before the stop
    )  # fmt: skip
    def test_without_a_card_word_a_letter_or_a_checksum_it_is_not(self, text):
        assert found(text, "CREDIT_CARD") == []


class TestUnionPayWithoutLuhn:
    """UnionPay does not require the Luhn check; such a number is a card beside a card word."""

    @pytest.mark.parametrize(
        ("text", "card"),
        [("I paid with the card 6221558812340000 yesterday.", "6221558812340000"),
         ("UnionPay card: 6212 3450 0000 0001", "6212 3450 0000 0001"),
         ("debit card 6212-3450-0000-0001-234", "6212-3450-0000-0001-234")],
    )  # fmt: skip
    def test_a_unionpay_number_failing_luhn_beside_a_card_word(self, text, card):
        assert found(text, "CREDIT_CARD") == [("CREDIT_CARD", card)]

    @pytest.mark.parametrize(
        "text",
        ["6221558812340000",  # no card word
         "ref 6221558812340000 ok",  # a negative word only
         "card 6266666666666666x",  # glued to a letter
         "card 62123450000000012345",  # 20 digits: no card
         "card 6111558812340000"],  # another prefix still needs the checksum
    )  # fmt: skip
    def test_without_a_card_word_or_outside_unionpay_it_is_not(self, text):
        assert found(text, "CREDIT_CARD") == []

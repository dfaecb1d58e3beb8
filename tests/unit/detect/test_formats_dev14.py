"""Device identifiers and card numbers as data-quality and PII tools' tests write them.

The measure is ``python -m benchmarks.bench_detect_vectors --dev14``; these tests pin each
mechanism with numbers written here.
"""

import pytest
from tests.unit.detect._patterns import found

from privkit.detect._checksums import meid_valid


class TestMeidInItsDisplayGroups:
    """An MEID written in the groups of its display, with its check digit, needs no word."""

    @pytest.mark.parametrize(
        "meid", ["A1 00 00 49 1F 2C 3D 4", "a1 00 00 49 1f 2c 3d 4", "27011 31849 0204 2941 4"]
    )
    def test_a_grouped_meid_with_its_check_digit_is_found(self, meid):
        assert found(meid, "MEID") == [("MEID", meid)]
        assert found(f"The unit {meid} was activated.", "MEID") == [("MEID", meid)]

    @pytest.mark.parametrize(
        "text",
        ["A1 00 00 49 1F 2C 3D 5",  # wrong check digit
         "91 00 00 49 1F 2C 3D 4",  # below A0: an ESN range, not an MEID
         "27011 31849 0204 2941 5",  # wrong check digit
         "12345 67890 1234 5678 9",  # a manufacturer code below A0000000
         "27011 31849 9999 9999 0",  # a serial number over 24 bits
         "4a 6f 68 6e 20 44 6f 65 0a"],  # a hex dump: eight pairs, no check digit
    )  # fmt: skip
    def test_other_groups_are_not(self, text):
        assert found(text, "MEID") == []

    def test_decimal_groups_without_the_check_digit_need_the_word(self):
        assert found("27011 31849 0204 2941", "MEID") == []
        assert found("MEID: 27011 31849 0204 2941", "MEID") == [("MEID", "27011 31849 0204 2941")]

    def test_the_check_digit_in_base_16_and_base_10(self):
        assert meid_valid("A10000491F2C3D4")
        assert meid_valid("2701131849020429414")
        assert not meid_valid("A10000491F2C3D")  # no check digit
        assert not meid_valid("A10000491F2C3G4")


class TestImeiInItsThreeGroups:
    """Type allocation code, serial number, then the check digit or the software version."""

    @pytest.mark.parametrize(
        "imei", ["35209900-176148-1", "35209900-176148-07", "35209900 176148 07"]
    )
    def test_the_three_groups_are_an_imei(self, imei):
        assert found(f"unit {imei} shipped", "IMEI") == [("IMEI", imei)]

    @pytest.mark.parametrize(
        "text",
        ["35209900-176148-2",  # wrong check digit
         "20231205-093000-01",  # a date, a time and a sequence: no reporting body's prefix
         "35209900-176148-071"],  # three digits after the serial
    )  # fmt: skip
    def test_other_groups_are_not(self, text):
        assert found(text, "IMEI") == []


class TestCardInTwoHalves:
    """A 16-digit card number in two groups of eight, as some test lists print them."""

    @pytest.mark.parametrize(
        "text", ["55555555 55554444", "I paid with 41111111 11111111.", "card=55555555-55554444"]
    )
    def test_two_halves_of_a_valid_number_are_a_card(self, text):
        assert [t for t, _ in found(text, "CREDIT_CARD")] == ["CREDIT_CARD"]

    def test_a_wrong_check_digit_or_no_brand_is_not(self):
        assert found("55555555 55554443", "CREDIT_CARD") == []
        assert found("12345678 12345678", "CREDIT_CARD") == []

    def test_in_a_log_record_the_halves_need_a_card_word(self):
        line = "2026-12-05T09:00:00Z worker pid=55555555 55554444 exited"
        assert found(line, "CREDIT_CARD") == []
        assert found(line.replace("pid", "card"), "CREDIT_CARD") != []

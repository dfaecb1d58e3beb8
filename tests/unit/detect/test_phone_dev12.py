"""Phone numbers as phone and PII tools test them: the twelfth vector set's classes (H56).

The measures are ``python -m benchmarks.bench_detect_vectors --dev12``, ``--dev8`` and
``--dev6``; these tests pin each mechanism with numbers written here.
"""

import pytest
from tests.unit.detect._patterns import found

PHONE = "PHONE_NUMBER"


class TestAHyphenAndAWordGlueTheDigitsIntoACode:
    @pytest.mark.parametrize(
        "text",
        ["Part number: 555-123-4567-A", "Artikelnummer 0512 123456-AB",
         "item 020 7946 0018-XL in stock", "phone=415-555-0132-B2"],
    )  # fmt: skip
    def test_nothing_of_a_glued_code_is_a_phone_number(self, text):
        assert found(text, PHONE) == []

    @pytest.mark.parametrize(
        ("text", "number"),
        [("call 415-555-0132-John", "415-555-0132"), ("415-555-0132-ext. 12", "415-555-0132"),
         ("sku +44 20 7946 0018-rev", "+44 20 7946 0018"), ("415-555-0132-ABCDE", "415-555-0132")],
    )  # fmt: skip
    def test_a_word_after_the_hyphen_leaves_the_number_reported(self, text, number):
        # (not a code's suffix: the number may be anyone's, so it stays on the safe side)
        assert found(text, PHONE) == [(PHONE, number)]

    @pytest.mark.parametrize(
        ("text", "number"),
        [("09721 88 29 47-Office", "09721 88 29 47"), ("781-618-4959-Fax", "781-618-4959"),
         ("Call 555-123-4567 - ask for Ann", "555-123-4567"),
         ("call (415) 555-0132.", "(415) 555-0132"), ("+44 20 7946 0018-Mobile", "+44 20 7946 0018")],
    )  # fmt: skip
    def test_a_word_naming_the_line_or_a_hyphen_set_apart_is_no_glue(self, text, number):
        assert found(text, PHONE) == [(PHONE, number)]


class TestSpanishRecordIdentifierLabels:
    @pytest.mark.parametrize(
        "text",
        ["Médico: Ana Ruiz NºCol: 08 08 57910.", "NASS: 08 57628946 45.", "NHC: 0325640.",
         "número de colegiado 28 28 12345", "número de afiliación 28 12345678 40"],
    )  # fmt: skip
    def test_a_registration_affiliation_or_record_number_is_no_phone_number(self, text):
        assert found(text, PHONE) == []

    def test_a_phone_number_on_the_same_line_is_still_found(self):
        text = "Tel: 912 345 678. NHC: 0325640."
        assert found(text, PHONE) == [(PHONE, "912 345 678")]


class TestAnAreaCodeAndAnUnsplitSubscriberNumber:
    @pytest.mark.parametrize("text", ["415-6667777", "321 1234567", "370 3175423"])
    def test_alone_the_two_groups_are_a_number_valid_in_a_plan(self, text):
        assert found(text, PHONE) == [(PHONE, text)]

    @pytest.mark.parametrize("text", ["12345 1234567", "2024-1234567", "0.1234567", "12.1234567"])
    def test_alone_groups_valid_in_no_plan_read_stay_out(self, text):
        assert found(text, PHONE) == []


class TestAFullStopAfterTheAreaCode:
    @pytest.mark.parametrize("text", ["022.29411128", "02.12345678", "Tel. 06.1234567"])
    def test_a_national_number_with_its_area_code_set_apart_by_a_full_stop(self, text):
        assert [v for _, v in found(text, PHONE)] == [text.removeprefix("Tel. ")]

    @pytest.mark.parametrize(
        "text", ["01.12.2019", "version 01.2345678", "0.1234567", "1.0.12345678"]
    )
    def test_dates_versions_and_decimals_stay_out(self, text):
        assert found(text, PHONE) == []


class TestRussianTrunkEightInSpacedGroups:
    @pytest.mark.parametrize("text", ["8 912 345 67 89", "Звоните: 8 812 123 45 67"])
    def test_a_valid_number_is_found(self, text):
        assert [v for _, v in found(text, PHONE)] == ["8" + text.split("8", 1)[1]]

    @pytest.mark.parametrize("text", ["8 123 456 78 90", "8 012 345 67 89", "200 8 912 345 67 89"])
    def test_groups_merely_of_the_right_length_or_in_a_column_stay_out(self, text):
        assert found(text, PHONE) == []

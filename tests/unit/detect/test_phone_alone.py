"""A phone number that is a whole text on its own: a form field, a cell, a card's line.

The measure is ``python -m benchmarks.bench_detect_vectors --dev8`` (and ``--dev6``): their
numbers alone (``{v}``) carried no phone word, so privkit read them as digit groups that
need one. These tests pin the rule with numbers written here.
"""

import pytest
from tests.unit.detect._patterns import SCANNER, found

ALONE = [
    "912 345 678",  # three-three-three: Spain's layout
    "98765 43210",  # India's five-five
    "11 91234 5678",  # an area code without its trunk 0
    "353 87 123 4567",  # a calling code written without "+"
    "81 90 1234 5678",
    "31.99876.5432",
]


def _tags(text: str) -> list[tuple[str, ...]]:
    return [f.evidence.tags for f in SCANNER.scan(text) if f.entity_type.value == "PHONE_NUMBER"]


class TestPhoneNumberAlone:
    @pytest.mark.parametrize("number", ALONE)
    def test_digit_groups_valid_in_a_plan_are_a_number(self, number):
        for text in (number, f"  {number}\n"):
            assert found(text, "PHONE_NUMBER") == [("PHONE_NUMBER", number)]
        # (tagged with the first plan the number is valid in: one region, never "")
        [(region,)] = _tags(number)
        assert len(region) == 2

    @pytest.mark.parametrize("number", ALONE)
    def test_the_same_groups_in_a_text_still_need_a_phone_word(self, number):
        for text in (f"Moved {number} rows", f"total\n{number}", f"{number} items"):
            assert found(text, "PHONE_NUMBER") == []
        assert found(f"tel {number}", "PHONE_NUMBER") == [("PHONE_NUMBER", number)]

    def test_scanned_together_each_text_is_read_alone(self):
        texts = ["912 345 678", "rows 912 345 678", "hello", "  98765 43210  "]
        together = [
            [(f.start, f.end) for f in fs if f.entity_type.value == "PHONE_NUMBER"]
            for fs in SCANNER.scan_many(texts)
        ]
        one_by_one = [
            [(f.start, f.end) for f in SCANNER.scan(t) if f.entity_type.value == "PHONE_NUMBER"]
            for t in texts
        ]
        assert together == one_by_one == [[(0, 11)], [], [], [(2, 13)]]

    @pytest.mark.parametrize(
        "text",
        [
            "1 234 567",  # an amount, a space between thousands
            "12 345 678",
            "2024 01 02",  # dates
            "31.12.2019",
            "12-31-2019",
            "9123 456",  # seven digits
            "21 23 45 6",  # the last group cut short
            "987654321",  # one unseparated run: any id
            "123 45 67 89 01 23 45",  # too many digits for any plan
            "081109 203615 148",  # a log header's date, time and thread
        ],
    )
    def test_other_values_alone_are_not(self, text):
        assert found(text, "PHONE_NUMBER") == []

"""Spaced phone numbers in a list parted by commas ("020 7946 0958, 020 7946 0959").

A space-separated candidate right after a number and a space continues a column of numbers
("200 200 981 2481" in an access log). After a comma, the number before is such a column's
cell only when it stands alone: the last group of a number of spaced groups makes the comma
a list's, and the next number was lost. So was a number after an ordered list's marker
("1. 020 7946 0958", "Step 1. 020 7946 0958"): a number of one to three digits and a stop
opening a line, or after a word of two letters or more, is no cell.
"""

from __future__ import annotations

import pytest
from tests.adversarial._linear import grows_linearly
from tests.unit.detect._patterns import SCANNER


def _phones(text: str) -> list[str]:
    return [text[f.start : f.end] for f in SCANNER.scan(text) if f.entity_type == "PHONE_NUMBER"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Tel: 020 7946 0958, 020 7946 0959", ["020 7946 0958", "020 7946 0959"]),
        ("020 7946 0958, 0161 496 0000", ["020 7946 0958", "0161 496 0000"]),
        (
            "call 020 7946 0958, 020 7946 0959, 020 7946 0960",
            ["020 7946 0958", "020 7946 0959", "020 7946 0960"],
        ),
        # an ordered list's markers
        ("1. 020 7946 0958", ["020 7946 0958"]),
        ("Numbers:\n  1. 020 7946 0958\n  12. 0161 496 0000", ["020 7946 0958", "0161 496 0000"]),
        ("Step 1. 020 7946 0958 then hang up", ["020 7946 0958"]),
        ("Call list: Item 12. 0161 496 0000", ["0161 496 0000"]),
        ("Schritt 3. 020 7946 0958", ["020 7946 0958"]),
    ],
)
def test_each_number_of_a_list_is_found(text, want):
    assert _phones(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "200 200 981 2481",  # an access log's columns
        "0958, 020 7946 0959",  # one number alone before the comma: a column's cells
        "12, 345 678 901",
        "1234. 020 7946 0958",  # four digits and a stop: no list's marker
        "x 1. 020 7946 0958",  # a stop after a letter alone
        "5 1. 020 7946 0958",  # after a number: a column
        "a_b 1. 020 7946 0958",  # after a name glued by an underscore
    ],
)
def test_columns_of_numbers_stay_out(text):
    assert _phones(text) == []


def test_a_long_list_stays_linear():
    grows_linearly(lambda n: "call " + "020 7946 0958, " * (n // 8 + 1), SCANNER.scan)

"""The phone word "number" is read whole (H233): "number", "Number:", "my number is" name
one's phone, so a bare run after them is read as a phone number; "numbers", "numbered" and
"numbering" name a list or a count of numbers of anything ("Numbers 111222333444 are
identifiers", a PII tool's own negative test), so a bare run after them needs a phone word
of its own. A number in a phone layout needs no word and is still found after them.

The measure is ``python -m benchmarks.bench_detect_vectors --dev12`` (its invalid values);
these tests pin the mechanism with values written here.
"""

from __future__ import annotations

import pytest
from tests.unit.detect._patterns import found

PHONE = "PHONE_NUMBER"


@pytest.mark.parametrize(
    "text",
    [
        "Numbers 111222333444 are identifiers",
        "numbers 4155550132 and 4155550199 were drawn",
        "Lines numbered 4155550132 onwards",
        "Numbering 4155550132 starts here",
        "numbers: 212345678901",
    ],
)
def test_plural_or_verb_of_number_reads_no_bare_run(text: str) -> None:
    assert found(text, PHONE) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my number is 4155550132", "4155550132"),
        ("Number: 4155550132", "4155550132"),
        ("number 4155550132", "4155550132"),
        ("number. 4155550132", "4155550132"),
        ("NUMBER 4155550132", "4155550132"),
        ("phone numbers: 4155550132", "4155550132"),  # the phone word still reads it
        ("Mobile numbers 4155550132", "4155550132"),
    ],
)
def test_number_whole_still_reads_a_bare_run(text: str, value: str) -> None:
    assert found(text, PHONE) == [(PHONE, value)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Numbers 415-555-0132 and 415-555-0199", ["415-555-0132", "415-555-0199"]),
        ("numbered (415) 555-0132", ["(415) 555-0132"]),
        ("numbers +44 20 7946 0958", ["+44 20 7946 0958"]),
    ],
)
def test_phone_layout_after_numbers_still_found(text: str, values: list[str]) -> None:
    assert found(text, PHONE) == [(PHONE, v) for v in values]

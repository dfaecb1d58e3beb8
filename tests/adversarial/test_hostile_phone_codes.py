"""Hostile inputs for the glued-code rule of H56: digits a hyphen and a word glue into a code.

The word after the hyphen is read one character (and a bounded line word) deep, so runs of
glued codes cost time in proportion to their length, and no finding shows a value.
"""

from __future__ import annotations

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "555-123-4567-A " * (20 * n),  # many glued codes
        lambda n: "555-123-4567-" * (20 * n),  # hyphens that never end in a word
        lambda n: "020 7946 0018-Officeoffice" * (10 * n),  # line words glued on
    ],
    ids=["codes", "hyphen-run", "line-words"],
)
def test_glued_codes_stay_linear(scanner, make) -> None:
    grows_linearly(make, scanner.scan)


def test_no_glued_code_is_reported_and_no_value_is_shown(scanner) -> None:
    text = "Part 555-123-4567-A, article 0512 123456-AB, Tel. 555-123-4567-Fax"
    found = scanner.scan(text)
    assert [text[f.start : f.end] for f in found if f.entity_type == "PHONE_NUMBER"] == [
        "555-123-4567"
    ]
    assert all("555" not in repr(f) for f in found)

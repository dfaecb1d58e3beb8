"""Hostile inputs for H167's readings (2026-12-07): a number dialled abroad after 011, 0011 or
010 (``011 44 20 7946 0958``), and a number that is a contact line's field between commas
(``Jane Roe, 912 345 678, Madrid``). Runs of such numbers and of near-misses must cost time in
proportion to their length, and no finding's repr shows a value."""

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
        lambda n: "call 011 44 20 7946 0958 or " * (10 * n),  # a dense run of numbers
        lambda n: "0011 1 650 253 " * (10 * n),  # groups that never end
        lambda n: "Jane Roe, 912 345 678, " * (10 * n),  # a long contact line of fields
        lambda n: "Roe, 912 345 678 9" * (10 * n),  # near-misses: no field's end
        lambda n: "a, " * (10 * n) + "912 345 678",  # commas and words, one number
    ],
)
def test_runs_cost_linear_time(scanner, make):
    grows_linearly(make, scanner.scan)


def test_no_repr_shows_a_value(scanner):
    text = "Jane Roe, 912 345 678, Madrid.\nFrom abroad dial 011 44 20 7946 0958."
    findings = scanner.scan(text)
    assert [f.entity_type.value for f in findings] == ["PHONE_NUMBER", "PHONE_NUMBER"]
    for f in findings:
        assert text[f.start : f.end] not in repr(f)

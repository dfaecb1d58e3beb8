"""Hostile inputs for H171's readings (2026-12-07): a "+" before another plan's international
prefix (``+011 44 20 7946 0958``), a number dialled abroad as a key's value, and an extension's
mark in full-width letters (``+442079460958`` then U+FF45 U+FF58 U+FF54 ``12``). Runs of such
numbers and of near-misses must cost time in proportion to their length, and no finding's
repr shows a value."""

from __future__ import annotations

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner

WIDE_EXT = "\uff45\uff58\uff54"


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "+011 44 20 7946 0958 or " * (10 * n),  # a dense run of numbers
        lambda n: "+0011 61 2 " * (10 * n),  # groups that never end
        lambda n: "v=0011 61 2 9374 4000&" * (10 * n),  # keys' values
        lambda n: ("+442079460958" + WIDE_EXT + "12 ") * (10 * n),  # wide extensions
        lambda n: ("1" + "\uff45" * 20 + " ") * (10 * n),  # near-misses: marks, no number
        lambda n: "\uff58" * (100 * n) + " 020 7946 0958",  # a long run of marks, one number
    ],
)
def test_runs_cost_linear_time(scanner, make):
    grows_linearly(make, scanner.scan)


def test_no_repr_shows_a_value(scanner):
    text = f"From abroad dial +011 44 20 7946 0958.\nvalue=0011 61 2 9374 4000\n+442079460958{WIDE_EXT}12"
    findings = scanner.scan(text)
    assert [f.entity_type.value for f in findings] == ["PHONE_NUMBER"] * 3
    for f in findings:
        assert text[f.start : f.end] not in repr(f)

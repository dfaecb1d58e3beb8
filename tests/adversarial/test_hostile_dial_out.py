"""Hostile inputs for the dial-out prefix read since H154 (2026-12-07): a North American number
after an outside line's access code (``88-613-555-0123``, ``9 1 (613) 555-0123``). Runs of such
numbers and of near-misses must cost time in proportion to their length, and no finding's repr
shows a value."""

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
        lambda n: "88-613-555-0123 " * (10 * n),  # a dense run of prefixed numbers
        lambda n: "9 1 (613) 555-0123 " * (10 * n),
        lambda n: "999.613.555.012 " * (10 * n),  # near-misses: the last group short
        lambda n: "88-613-555-" * (10 * n),  # groups that never end
    ],
)
def test_runs_cost_linear_time(scanner, make):
    grows_linearly(make, scanner.scan)


def test_no_repr_shows_a_value(scanner):
    text = "Dial 88-613-555-0123 or 9 1 (212) 555-0199 from the office."
    findings = scanner.scan(text)
    assert [f.entity_type.value for f in findings] == ["PHONE_NUMBER", "PHONE_NUMBER"]
    for f in findings:
        assert text[f.start : f.end] not in repr(f)

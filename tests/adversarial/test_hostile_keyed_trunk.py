"""Hostile inputs for the two-group national layout read after a key since H159 (2026-12-07):
``value=030-1234567``. Runs of such values and of near-misses must cost time in proportion to
their length, and no finding's repr shows a value."""

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
        lambda n: "a=030-1234567 " * (10 * n),  # a dense run of keyed numbers
        lambda n: "a=030-1234567" * (10 * n),  # glued: no separator between them
        lambda n: "a=0301-234 " * (10 * n),  # near-misses: the subscriber group short
        lambda n: "=0" * (10 * n) + "30 1234567",  # keys that never end
    ],
)
def test_runs_cost_linear_time(scanner, make):
    grows_linearly(make, scanner.scan)


def test_no_repr_shows_a_value(scanner):
    text = "value=030-1234567 other=0161 4960123"
    findings = scanner.scan(text)
    assert [f.entity_type.value for f in findings] == ["PHONE_NUMBER", "PHONE_NUMBER"]
    for f in findings:
        assert text[f.start : f.end] not in repr(f)

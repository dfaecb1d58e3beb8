"""Hostile inputs for the layouts read since H150 (2026-12-06): a North American number
slashed after its exchange (``415/666/7777``), its calling code 1 in parentheses, a year-first
date refused as a phone number, and a month's name, day and year joined by hyphens or slashes
(``Sep-25-2003``). Runs of near-misses must cost time in proportion to their length, and no
finding's repr shows a value."""

from __future__ import annotations

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner
from privkit.types import EntityType


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner(entities=(DEFAULT_ENTITIES - NER_ENTITIES) | {EntityType.DATE_TIME})


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "415/666/" * (20 * n),  # slashed groups that never end in four digits
        lambda n: "(1) (1) 415-555" * (10 * n),  # codes in parentheses, no whole number
        lambda n: "Tel: 1996.07." * (10 * n),  # year-first dates cut short
        lambda n: "Sep-25-Sep-25-" * (10 * n),  # a month and a day, no year
        lambda n: "Jan/" * (40 * n),
    ],
)
def test_runs_cost_linear_time(scanner, make):
    grows_linearly(make, scanner.scan)


def test_no_repr_shows_a_value(scanner):
    text = "Call 415/666/7777 or (1) 212-555-0199; due Sep-25-2003; Contact: 1996.07.10."
    findings = scanner.scan(text)
    assert {f.entity_type.value for f in findings} == {"PHONE_NUMBER", "DATE_TIME"}
    for f in findings:
        assert text[f.start : f.end] not in repr(f)

"""Hostile inputs for the form-value and vCard-line readings of phone numbers since H162
(2026-12-07): ``value=4156667777`` as a whole text, ``TEL;TYPE=work,voice:...``. Runs of such
values, of near-misses and of parameters that never end must cost time in proportion to their
length, and no finding's repr shows a value."""

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
        lambda n: "value=4156667777\x00" * (10 * n),  # many texts, each a form value
        lambda n: "value=" * (10 * n) + "4156667777",  # keys that never end
        lambda n: "value='4156667777 " * (10 * n),  # quotes opened and never closed
        lambda n: "TEL;TYPE=HOME,VOICE:4156667777\n" * (10 * n),  # a run of contact lines
        lambda n: "TEL" + ";TYPE=HOME" * (10 * n) + ":4156667777",  # parameters that never end
        lambda n: "TEL;" * (10 * n) + "4156667777",  # near-misses: no colon
    ],
)
def test_runs_cost_linear_time(scanner, make):
    grows_linearly(make, scanner.scan)


def test_many_texts_are_each_read_as_alone(scanner):
    texts = ["value=4156667777", "id=4156667777", "TEL;TYPE=CELL:4156667777"]
    found = scanner.scan_many(texts)
    assert [[f.entity_type.value for f in fs] for fs in found] == [
        ["PHONE_NUMBER"],
        [],
        ["PHONE_NUMBER"],
    ]


def test_no_repr_shows_a_value(scanner):
    for text in ("value=4156667777", "TEL;TYPE=HOME:020 7946 0018"):
        findings = scanner.scan(text)
        assert [f.entity_type.value for f in findings] == ["PHONE_NUMBER"]
        for f in findings:
            assert text[f.start : f.end] not in repr(f)

"""Hostile inputs for H204's lone key-value reading (``value=02079460018``: a text that is one
key and its value, the value read as one on its own). Many such texts in one batch, and long
runs of keys and values in one text, must cost time in proportion to their length, and no
finding's repr shows a value."""

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
        lambda n: "value=02079460018 " * (10 * n),  # pairs in one text: none is alone
        lambda n: "v" * (10 * n) + "=02079460018",  # a key that never ends
        lambda n: "value:" * (10 * n) + " 02079460018",  # keys that never end
    ],
)
def test_runs_cost_linear_time(scanner, make):
    grows_linearly(make, scanner.scan)


def test_a_batch_of_pairs_costs_linear_time(scanner):
    grows_linearly(
        lambda n: ["value=02079460018"] * n,
        lambda texts: list(scanner.scan_many(texts)),
    )


def test_no_repr_shows_a_value(scanner):
    text = "value=02079460018"
    findings = scanner.scan(text)
    assert [f.entity_type.value for f in findings] == ["PHONE_NUMBER"]
    assert "02079460018" not in repr(findings[0])

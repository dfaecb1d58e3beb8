"""Hostile inputs for the tenth log set's rules (2026-12-04): time in proportion to length.

A city key's value is read as capitalised words up to a terminator; an ``agent`` key looks
ahead for a product and version; dates and version keys are read on bounded windows.
"""

from __future__ import annotations

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner, _ner


@pytest.fixture(scope="module")
def patterns() -> Scanner:
    return Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "city=" + "A" * (20 * n) + "1",  # one endless word, no terminator
        lambda n: "city=" + "Ab-" * (10 * n),  # hyphenated pieces, no terminator
        lambda n: "city=Ab " * n,  # many keys, each value running into the next key
        lambda n: "xcity" * (4 * n) + "=Paris",  # a long key
        lambda n: '{"homeCity": "Rio de ' + "de " * n + 'Janeiro"}',  # particles
    ],
    ids=["endless-word", "hyphens", "many-keys", "long-key", "particles"],
)
def test_city_fields_stay_linear(make) -> None:
    grows_linearly(make, lambda text: _ner.place_field_findings(text, 0, score=0.85))


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "agent=" * n + "x",  # agent keys with no product after them
        lambda n: "agent=" + "a" * (20 * n) + "/1",  # a product name far too long
        lambda n: "03-04-2017 23:46:11 INFO x\n" * n,  # month-first dates opening lines
        lambda n: "DnsServer 10.1.2.3 " * n,  # quads after endpoint keys
    ],
    ids=["agent-keys", "long-product", "dates", "server-quads"],
)
def test_pattern_rules_stay_linear(patterns, make) -> None:
    grows_linearly(make, patterns.scan)

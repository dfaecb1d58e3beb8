"""Hostile inputs for the emphasis pairs the pattern detectors read through (`_x_`, `**x**`, `~~x~~`).

Many openings with no closing, many closings of another kind, pairs back to back, and runs
of delimiters must stay linear; a value inside each of many pairs is found every time.
"""

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner
from privkit.detect._base import unwrapped

PATTERNS = Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)


@pytest.mark.parametrize(
    "build",
    [
        lambda n: "_a " * n,  # openings, no closing
        lambda n: "(_" * n,  # openings before openings
        lambda n: "_a~ " * n,  # closings of another kind after each opening
        lambda n: " _1_ " * n,  # pairs back to back
        lambda n: "_" * n,  # one run of delimiters
        lambda n: "~~x " * n,
        lambda n: "*a **b " * n,  # star openings of two kinds, no closing
        lambda n: " **1** " * n,
        lambda n: " _" + "a" * n + "_",  # one pair far past its reach
    ],
)
def test_delimiters_stay_linear(build):
    grows_linearly(lambda n: build(n // 2 + 1), unwrapped)
    grows_linearly(lambda n: build(n // 4 + 1), PATTERNS.scan)


def test_every_value_in_many_pairs_is_found():
    text = " ".join(f"_10.0.{i // 250}.{i % 250 + 1}_" for i in range(2000))
    found = [f for f in PATTERNS.scan(text) if f.entity_type.value == "IP_ADDRESS"]
    assert len(found) == 2000
    assert all(text[f.start - 1] == "_" and text[f.end] == "_" for f in found)

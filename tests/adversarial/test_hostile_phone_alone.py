"""Hostile inputs for the phone number alone (a whole text of digit groups, 2026-12-04).

The rule reads at most four white-space characters each side of a candidate; texts scanned
together are joined by NUL lines. Neither may cost more than time in proportion to length.
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
        lambda n: "912 345 678\n\x00\n" * n,  # many values alone, NUL-joined as scan_many does
        lambda n: " " * n + "912 345 678" + " " * n,  # long white space each side
        lambda n: "\x00".join(["1 2 3 4 5 6 7 8 9"] * n),  # groups too short, many of them
        lambda n: "9" * n + " 345 678",  # one huge first group
    ],
    ids=["nul-joined", "blank-sides", "short-groups", "huge-group"],
)
def test_the_alone_rule_stays_linear(scanner, make) -> None:
    grows_linearly(make, scanner.scan)


def test_many_values_alone_scanned_together_stay_linear(scanner) -> None:
    grows_linearly(
        lambda n: "\n".join(["912 345 678", "rows 912 345 678"] * n),
        lambda joined: list(scanner.scan_many(joined.split("\n"))),
    )

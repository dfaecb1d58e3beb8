"""Hostile input for H228's rules: folded ``Set-Cookie`` values (many commas, long names,
commas with no name after them), placeholder words under a known name and long runs after
``Authorization:`` cost linear time; an id beside them is still reported."""

from __future__ import annotations

import pytest
from tests.adversarial._linear import grows_linearly
from tests.unit.detect._patterns import cookie_values

from privkit.detect import Scanner

SID = "f3K9xQ2mZ7pL4vR8tW1yB6nC"


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


@pytest.mark.parametrize("tail", [", " * 300, ", a" * 300, ",=" * 300, "x" * 250 + "="])
def test_an_id_after_a_hostile_fold_is_still_reported(scanner, tail) -> None:
    assert SID in cookie_values(scanner, f"Set-Cookie: a=1; Path=/{tail}, uid={SID}; Secure")


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "Set-Cookie: a=1" + ", " * n,
        lambda n: "Set-Cookie: a=1; Path=/" + "".join(f", c{i}=1; Path=/" for i in range(n)),
        lambda n: "Set-Cookie: a=1, " + "x" * (40 * n) + " GMT",
        lambda n: "Set-Cookie: a=1" + ", a" * n + "=",
        lambda n: "\n".join(f"Set-Cookie: a=1; Secure, __cf_bm=deleted; b{i}=2" for i in range(n)),
        lambda n: "Authorization: " + "aB3_" * (10 * n),
        lambda n: "Authorization: " + "aB3_" * (10 * n) + " ",
        lambda n: "\n".join("Authorization: " + "9f8e7d6c5b4a3928" * 2 for _ in range(n)),
        lambda n: "authorization:" * n,
    ],
    ids=["commas", "many-folds", "long-date", "comma-names", "placeholders", "long-token",
         "long-token-space", "many-headers", "many-names"],
)  # fmt: skip
def test_the_rules_stay_linear(scanner, make) -> None:
    grows_linearly(make, scanner.scan)

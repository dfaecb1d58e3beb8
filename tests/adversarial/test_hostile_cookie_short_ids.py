"""Hostile input for H223's cookie rules: short grouped session values, quoted and path
echoes, a field's "~" tail and short sync ids, many and long, cost linear time; a random id
beside them is still reported."""

from __future__ import annotations

import pytest
from tests.adversarial._linear import grows_linearly
from tests.unit.detect._patterns import cookie_values

from privkit.detect import Scanner

SID = "f3K9xQ2mZ7pL4vR8tW1yB6nC"


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


@pytest.mark.parametrize(
    "value", ["AV78X-IQ", "a" * 60 + "-1", "Ab1-" * 30 + "x", "Ab1x-" * 3 + "x"]
)
def test_an_id_beside_a_short_grouped_value_is_still_reported(scanner, value) -> None:
    assert SID in cookie_values(scanner, f"Cookie: GUCS={value}; uid={SID}")


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "Cookie: " + "; ".join(f"GUCS=A{i:05d}X-IQ" for i in range(n)),
        lambda n: f"Set-Cookie: GUCS={'Ab1-' * n}x; path=/",
        lambda n: f"Set-Cookie: GUCS={'A1' * n}-{'b2' * n}; path=/",
        lambda n: f"Set-Cookie: uid={SID}\n" + "".join(f'ETag: "{SID}"\n/x/{SID}/' for _ in range(n)),
        lambda n: f"Set-Cookie: uid={SID}\nGET /" + "/".join(SID for _ in range(n)),
        lambda n: "Set-Cookie: " + "; ".join(f"e{i}=g_id~{i:012d}Ab" for i in range(n)),
        lambda n: f"Set-Cookie: e=g_{'a' * n}~{'b' * n}; path=/",
        lambda n: "GET /bh/rtset?do=add" + "".join(f"&ev{i}=sNRB{i:05d}Qm" for i in range(n)),
        lambda n: f"GET /bh/rtset?ev={'aB3' * n} HTTP/1.1",
    ],
    ids=["many-gucs", "long-groups", "long-two-groups", "quoted-echoes", "path-echoes",
         "many-tails", "long-tail", "many-sync", "long-sync"],
)  # fmt: skip
def test_the_rules_stay_linear(scanner, make) -> None:
    grows_linearly(make, scanner.scan)

"""Hostile input for the address-built id and history rules (helper H217): many and long
values of each shape cost linear time, and an id beside them is still reported."""

from __future__ import annotations

import pytest
from tests.adversarial._linear import grows_linearly
from tests.unit.detect._patterns import cookie_values

from privkit.detect import Scanner

SID = "f3K9xQ2mZ7pL4vR8tW1yB6nC"


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


def test_an_id_beside_many_addresses_is_still_reported(scanner) -> None:
    text = "Cookie: " + "; ".join(f"u{i}=1.2.3.{i}" for i in range(50)) + f"; sid={SID}"
    assert SID in cookie_values(scanner, text)


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "Cookie: " + "; ".join(f"u{i}=2121{i}-198.51.100.{i % 250}-17" for i in range(n)),
        lambda n: f"Cookie: UID={'1.2.3.4-' * n}x",
        lambda n: f"Cookie: UID={'1.' * n}2.3.4",
        lambda n: "Cookie: v=" + "%2C".join("1389625757" for _ in range(n)),
        lambda n: f"Cookie: v=146300:{'1389625757,' * n}",
        lambda n: f"Cookie: v={'9' * n}:1389625757,1390000070",
    ],
    ids=["many-ids", "long-addresses", "dot-run", "long-history", "trailing-commas", "long-item"],
)
def test_the_rules_stay_linear(scanner, make) -> None:
    grows_linearly(make, scanner.scan)

"""Hostile input for the server-number, base64-item and one-letter ``u`` rules (helper H141):
many and long values of each cost linear time, and an id beside them is still reported."""

from __future__ import annotations

import pytest
from tests.adversarial._linear import grows_linearly
from tests.unit.detect._patterns import cookie_values

from privkit.detect import Scanner

SID = "f3K9xQ2mZ7pL4vR8tW1yB6nC"
TOKEN = "pTNXcTi%2FIYkpl2G7lVmXVImKUhZYDSX2%2BmGzzyQS0VDFIBM2E8OnRTmY%3D"


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


def test_an_id_beside_a_server_number_is_still_reported(scanner) -> None:
    assert cookie_values(scanner, f"Cookie: start=R118851658; sid={SID}") == [SID]


def test_a_server_number_does_not_hide_a_list_token(scanner) -> None:
    text = f"Cookie: start=R118851658; acx=t={TOKEN}%7C3%7C1"
    assert cookie_values(scanner, text) == [TOKEN]


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "Cookie: " + "; ".join(f"s{i}=R{3415748110 + i}" for i in range(n)),
        lambda n: f"Set-Cookie: start=R{'1' * n}; path=/",
        lambda n: "Cookie: acx=t=" + "%7C".join(TOKEN for _ in range(n)),
        lambda n: f"Cookie: acx=t={'Ab1+' * n}%7C1",
        lambda n: "GET /p?" + "&".join(f"u=Q{i:08d}x7Zk2mP" for i in range(n)),
        lambda n: f"GET /p?u={'a1B2' * n}&x=1",
        lambda n: f"GET /p?u={'u=' * n}",
    ],
    ids=["many-numbers", "long-number", "many-items", "long-item", "many-u", "long-u", "u-run"],
)
def test_the_rules_stay_linear(scanner, make) -> None:
    grows_linearly(make, scanner.scan)

"""Hostile inputs for the ninth HTTP set's cookie and agent rules: each runs in linear time.

Every case doubles or octuples the input and checks the time grows well under quadratically
(the pattern of ``tests/unit/detect/test_http_cookie_parties.py``).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import Scanner
from privkit.detect._builtin._cookie_names import _not_id_name

if TYPE_CHECKING:
    from collections.abc import Callable


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner(entities=["COOKIE_ID", "USER_AGENT", "EMAIL_ADDRESS", "IP_ADDRESS"])


@pytest.mark.parametrize(
    "make",
    [
        # base64url-looking tokens, many of them, each split by "-" and "_"
        lambda n: "Cookie: " + "; ".join(f"c{i}=aB_cD-eF_gH-{i:06d}" for i in range(n)),
        # letters that almost follow the word grammar (long capital runs before lower case)
        lambda n: "Cookie: " + "; ".join(f"c{i}=ABCDEFGHIJKLMNa" for i in range(n)),
        # Marketo records without their token, and names that almost say "test"
        lambda n: "Cookie: " + "; ".join(f"_mkto_trk=id:{i:03d}-SLE-656&tok" for i in range(n)),
        lambda n: "Cookie: " + "; ".join(f"{'x' * 50}tes{i}=v{i:08d}abc" for i in range(n)),
        # list fields full of separators and long items
        lambda n: "Cookie: um=c3de=" + "%3B".join(f"{i:019d}" for i in range(n)),
        # JSON with encoded quotes, unclosed
        lambda n: "Cookie: k={" + "%22a%22:%22" * n,
        # sealed-envelope markers in base64 that is not one
        lambda n: "Cookie: s=" + "eyJpdiI6" * n,
        # numeric partner keys in one long query, values almost shaped like ids
        lambda n: "GET /m?" + "&".join(f"{i}=Zkvnr8AoIp{i:06d}-" for i in range(n)) + " HTTP/1.1",
        # put= keys in one long query
        lambda n: "GET /tap.php?" + "&".join(f"put={i:012d}" for i in range(n)) + " HTTP/1.1",
    ],
)
def test_cookie_rules_stay_linear(scanner: Scanner, make: Callable[[int], str]) -> None:
    grows_linearly(make, scanner.scan)


@pytest.mark.parametrize(
    "make",
    [
        # one header agent full of dotted quads after slashes and addresses
        lambda n: (
            "User-Agent: " + " ".join(f"p{i}/1.2.3.{i % 250} a{i}@x.example" for i in range(n))
        ),
        # many agent lines, each with a version quad and an address
        lambda n: "\n".join(
            f"User-Agent: newspaper/0.1.0.{i % 9} +ops{i}@x.example" for i in range(n)
        ),
    ],
)
def test_agent_rules_stay_linear(scanner: Scanner, make: Callable[[int], str]) -> None:
    grows_linearly(make, scanner.scan)


def test_hostile_test_cookie_names_stay_linear() -> None:
    names = ["a" * 250 + "Test", "_-." * 80 + "test", "cookie" * 40 + "x"]
    t0 = time.process_time()
    for _ in range(2000):
        for name in names:
            _not_id_name(name)
    assert time.process_time() - t0 < 2.0

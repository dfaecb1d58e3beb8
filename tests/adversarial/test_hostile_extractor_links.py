"""Hostile hosts without a scheme: a colon before, punycode, an address and path, underscores.

Each case octuples the input and checks the time grows well under quadratically
(``tests/adversarial/_linear.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import Scanner

if TYPE_CHECKING:
    from collections.abc import Callable


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner(entities=["URL", "EMAIL_ADDRESS"])


@pytest.mark.parametrize(
    "make",
    [
        lambda n: " ".join(f"w{i}:example.com/a{i}" for i in range(n)),
        lambda n: ":" * n + "example.com/a",
        lambda n: "ab:" * n + "example.com/a",
        lambda n: "see " + "a" * n + ":example.com/a",
        lambda n: " ".join(f"h{i}.xn--p1ai/a" for i in range(n)),
        lambda n: "example.xn--" + "a-" * n + "/x",
        lambda n: "x.xn--p1ai" * n + "/a",
        lambda n: " ".join(f"10.0.{i % 250}.1/a{i}" for i in range(n)),
        lambda n: "1." * n + "1/a",
        lambda n: "see 10.0.0.1/" + "a" * n,
        lambda n: "10.0.0.1/a" * n,
        lambda n: "see " + "_a." * n + "example.com/x",
        lambda n: "see " + "a_" * n + ".example.com/x",
        lambda n: " ".join(f"_h{i}.example.com/a_" for i in range(n)),
    ],
)
def test_hosts_without_a_scheme_stay_linear(scanner: Scanner, make: Callable[[int], str]) -> None:
    grows_linearly(make, scanner.scan)

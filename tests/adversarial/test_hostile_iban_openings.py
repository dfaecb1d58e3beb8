"""Hostile inputs for the IBAN openings read inside a match: the work stays linear.

Each octuples its input and checks the time grows well under quadratically.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import Scanner

if TYPE_CHECKING:
    from collections.abc import Callable

SCANNER = Scanner(entities=["IBAN_CODE"])


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "AB12 " * n,  # every word an opening
        lambda n: "AB12" + " CD34" * n,
        lambda n: "DE89370400440532013000 " * n,  # every match ends an IBAN, another after it
        lambda n: "DE89 3704 0044 0532 0130 00 AB12 " * n,
    ],
)
def test_openings_inside_matches_stay_linear(make: Callable[[int], str]) -> None:
    grows_linearly(make, SCANNER.scan)

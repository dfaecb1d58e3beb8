"""Hostile inputs for the year-0000 rule of dates (2026-12-06).

A four-digit year 0000 names no day. The rule looks only at a candidate's digit runs, so
placeholder dates side by side, glued to real ones or in long runs must give no finding for
the placeholders, keep the real dates whole, and cost time in proportion to length.
"""

from __future__ import annotations

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import Scanner


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner(entities=["DATE_TIME"])


def test_placeholders_beside_real_dates_leave_the_real_ones_whole(scanner) -> None:
    text = "from 0000-01-01 to 2021-03-04, then 0000-12-31T00:00:00Z and born 04/05/1990."
    found = [text[f.start : f.end] for f in scanner.scan(text)]
    assert found == ["2021-03-04", "04/05/1990"]


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "born 0000-01-01 here. " * n,
        lambda n: "0000-01-01T00:00:00.000Z " * n,
        lambda n: "0000-" * n + "01-01",
    ],
    ids=["sentences", "timestamps", "dash-run"],
)
def test_placeholder_runs_give_nothing_and_stay_linear(scanner, make) -> None:
    assert scanner.scan(make(50)) == []
    grows_linearly(make, scanner.scan)

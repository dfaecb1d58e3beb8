"""Hostile inputs for H60's rule: an unseparated run of digits that is a whole text on its own.

A run alone is read against a few plans once (its readings are cached per run), so long
runs, batches of many runs and ids of every length cost time in proportion to their size;
machine values alone (Unix times, long ids) stay no phone number, and no finding shows a value.
"""

from __future__ import annotations

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)


def _phones(scanner: Scanner, texts: list[str]) -> list[list[str]]:
    return [
        [t[f.start : f.end] for f in fs if f.entity_type == "PHONE_NUMBER"]
        for t, fs in zip(texts, scanner.scan_many(texts), strict=True)
    ]


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "9" * (10 * n),  # one very long run alone
        lambda n: "4156667777\n" * n,  # runs one per line: one text, not alone
    ],
    ids=["long-run", "lines-of-runs"],
)
def test_runs_stay_linear(scanner, make) -> None:
    grows_linearly(make, scanner.scan)


def test_a_batch_of_distinct_runs_stays_linear(scanner) -> None:
    grows_linearly(
        lambda n: [str(4156660000 + i) for i in range(n)],
        lambda texts: list(scanner.scan_many(texts)),
    )


def test_machine_values_alone_are_no_phone_numbers(scanner) -> None:
    unix_times = [str(1_000_000_000 + 7_919_113 * i) for i in range(120)]  # 2001-2031
    ids = [str(10**k + 7) for k in range(13, 20)] + ["1733385600123", "9" * 14]
    assert _phones(scanner, unix_times + ids) == [[]] * (len(unix_times) + len(ids))


def test_no_finding_shows_the_value(scanner) -> None:
    found = scanner.scan("4156667777")
    assert [f.entity_type for f in found] == ["PHONE_NUMBER"]
    assert all("4156667777" not in repr(f) and "415666" not in repr(f.evidence) for f in found)


def test_code_and_number_alone_stays_linear(scanner) -> None:
    grows_linearly(lambda n: "91 " + "9" * (10 * n), scanner.scan)
    grows_linearly(lambda n: "91 9876543210 " * n, scanner.scan)

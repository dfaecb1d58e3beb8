"""Hostile inputs for the twenty-second vector set's card rules: Maestro's whole range, Dankort's
length, UATP's printed groups.

A log full of 16-digit ids from 61, 66, 68 or 69 that fail the Luhn check, of 17-digit ids
from 5019, and of bare 15-digit thread ids from 1 gives no card; runs of 4-5-6 groups stay
linear.
"""

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner
from privkit.detect._checksums import luhn_valid

PATTERNS = Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)


def _cards(text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in PATTERNS.scan(text) if f.entity_type.value == "CREDIT_CARD"
    ]


def _failing(body: str) -> str:
    """``body`` and a last digit that fails the Luhn check."""
    return next(body + d for d in "0123456789" if not luhn_valid(body + d))


def _passing(body: str) -> str:
    return next(body + d for d in "0123456789" if luhn_valid(body + d))


@pytest.mark.parametrize("prefix", ["61", "66", "68", "69"])
def test_maestro_range_ids_failing_the_check_give_no_card(prefix):
    ids = [_failing(prefix + f"{i:013d}") for i in range(1, 40)]
    line = " ".join(f"req={v} status=ok" for v in ids)
    assert _cards(line) == []


def test_longer_numbers_from_dankorts_prefix_give_no_card():
    ids = [_passing("5019" + f"{i:012d}") for i in range(1, 40)]
    assert _cards(" ".join(f"id={v}" for v in ids)) == []


def test_bare_uatp_shaped_thread_ids_stay_ids():
    ids = [_passing("1" + f"{i:013d}") for i in range(10**12, 10**12 + 40)]
    assert _cards("\n".join(f"2024-01-01 12:00:01 thread {v} started" for v in ids)) == []


@pytest.mark.parametrize(
    "build",
    [
        lambda n: "value=" + "1815 29834 959453 " * n,  # many printed UATP numbers
        lambda n: "1815 " + "29834 " * n,  # groups that never close
        lambda n: "tid=" + "1" * n,  # one long run from 1
    ],
)
def test_uatp_groups_stay_linear(build):
    grows_linearly(lambda n: build(n // 4 + 1), PATTERNS.scan)


def test_runs_of_four_digit_groups_stay_linear():
    # Each match of five groups is read again from its last group (two cards a space apart):
    # one match more per match, never a walk back over the run.
    grows_linearly(lambda n: "4111 1111 1111 1111 " * n, PATTERNS.scan)
    grows_linearly(lambda n: "1234 5678 9012 3456 7890 " * n, PATTERNS.scan)


def test_a_run_of_valid_cards_a_space_apart_gives_each_card():
    card = "4111 1111 1111 1111"
    assert _cards(" ".join([card] * 6)) == [card] * 6

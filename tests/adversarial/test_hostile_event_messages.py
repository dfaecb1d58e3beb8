"""Hostile inputs for the event-message mechanisms: the work stays linear in the input's size.

Checked against a budget of CPU time per megabyte, as ``test_hostile_event_text.py`` does.
"""

import time

import pytest

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner, _ner
from privkit.types import EntityType

PATTERNS = Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)


def _within_budget(t0: float, size: int) -> bool:
    return time.process_time() - t0 < 20 * size / 1e6 + 0.5


@pytest.mark.parametrize(
    "line",
    [
        "a " * 500_000,
        "A" * 1_000_000,
        "state " * 30 + "x" * 1_000_000,
        "Name=" * 200_000,
        "re-" * 300_000,
        "'" * 1_000_000,
    ],
)
def test_event_message_stays_linear(line):
    t0 = time.process_time()
    _ner.event_message(line)
    assert _within_budget(t0, len(line))


def test_line_kind_stays_linear_for_many_lines():
    text = "Runspace state changed to Closing\n" * 30_000
    memo: dict[int, tuple[bool, bool, bool]] = {}
    t0 = time.process_time()
    kinds = [_ner._line_kind(memo, text, i) for i in range(0, len(text), 34)]
    assert _within_budget(t0, len(text))
    assert all(k[2] for k in kinds)


@pytest.mark.parametrize(
    "text", ["(1," * 300_000, "A (600,D,50)" * 80_000, "(0,A,0,A,0,A,0,A" * 60_000]
)
def test_process_tags_stay_linear(text):
    t0 = time.process_time()
    hits = sum(
        _ner._process_tag(EntityType.LOCATION, text, max(0, i - 1), i)
        for i in range(1, len(text), 7)
    )
    assert _within_budget(t0, len(text))
    assert hits >= 0


@pytest.mark.parametrize(
    "text",
    [
        "Problem signature:\r\n" + "P1: 10.0.0.1\r\n" * 60_000,
        "\nP2: 0.0.0.0" * 80_000,
        "Problem signature:" * 20_000 + "\nP2: 1.1.1.1 x" * 50_000,
        "P9: \t \t" * 100_000 + "1.2.3.4",
    ],
)
def test_problem_signatures_stay_linear(text):
    t0 = time.process_time()
    found = PATTERNS.scan(text)
    assert _within_budget(t0, len(text))
    assert all(text[f.start : f.end] for f in found)

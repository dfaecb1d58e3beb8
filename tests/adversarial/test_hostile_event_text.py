"""Hostile inputs for the event-text mechanisms: the work stays linear in the input's size.

Checked against a budget of CPU time per megabyte (as ``tests/unit/detect/
test_hostile_adversarial.py`` does), generous enough for a loaded machine, far below what a
quadratic pass over these inputs costs.
"""

import time

import pytest

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner, _ner

PATTERNS = Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)


def _within_budget(t0: float, size: int) -> bool:
    return time.process_time() - t0 < 20 * size / 1e6 + 0.5


@pytest.mark.parametrize(
    "text",
    [
        "\tA:\t" * 300_000,
        "\n\tLabel Name:\tvalue" * 60_000,
        "Key: v\n" * 150_000,
        "Host Name = x\r\n" * 80_000,
        ": " * 500_000,
        "A" * 1_000_000 + ":",
        "Aa " * 300_000 + ":\n",
    ],
)
def test_field_lines_stay_linear(text):
    t0 = time.process_time()
    starts = _ner.field_lines(text)
    assert _within_budget(t0, len(text))
    assert all(0 <= s <= len(text) for s in starts)


@pytest.mark.parametrize(
    "line", ["Aa " * 200_000 + ":", "A" + " a" * 300_000, "\tAa" + ".(" * 200_000 + ":"]
)
def test_labels_stay_linear_for_many_entities(line):
    t0 = time.process_time()
    hits = sum(_ner._in_label(line, i, i + 2) for i in range(0, len(line), 100))
    assert _within_budget(t0, len(line))
    assert hits >= 0


@pytest.mark.parametrize(
    "text",
    [
        "CEF:0|" + "|" * 400_000 + "1.2.3.4",
        ("CEF:0|a|b|1.2.3.4|" * 40_000),
        ("LEEF:1.0|" + "x" * 59 + "|") * 10_000 + "10.0.0.1",
        "00000000  " + "00 " * 300_000,
        ("0000  5c 00 64 00 65 00 76 00-69 00\n" * 20_000),
        "http://schemas." + "a" * 500_000 + "/x",
        "Syntax (OID):\t" * 50_000 + "2.5.5.15",
    ],
)
def test_pattern_checks_stay_linear(text):
    t0 = time.process_time()
    found = PATTERNS.scan(text)
    assert _within_budget(t0, len(text))
    assert all(text[f.start : f.end] for f in found)

"""Hostile inputs for the eleventh log set's rules (2026-12-05): linear time, no hiding place.

A printed time value's fields are read on a bounded window before a number; a klog header is
matched at a line's start only; a request-id key lowers a card's or an IMEI's score only when
it is the nearest key. Text written to hide a card or an IMEI behind them does not.
"""

from __future__ import annotations

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner
from privkit.detect._ner import log_record


@pytest.fixture(scope="module")
def patterns() -> Scanner:
    return Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)


def cards(scanner: Scanner, text: str) -> list[str]:
    return [
        text[f.start : f.end]
        for f in scanner.scan(text)
        if f.entity_type.value in ("CREDIT_CARD", "IMEI")
    ]


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "time.Time{" * n + "ext:538685859833872",  # openings without an end
        lambda n: "time.Time{wall:0x1, ext:538685859833872, " * n,  # many clock fields
        lambda n: "traceID=2223839516656616 " * n,  # many request ids
        lambda n: "Timestamp{" + "a" * (50 * n) + " nanos:4111111111111111",  # a long gap
    ],
    ids=["open-braces", "clock-fields", "trace-ids", "long-gap"],
)
def test_new_rules_stay_linear(patterns, make) -> None:
    grows_linearly(make, patterns.scan)


def test_klog_header_check_stays_linear() -> None:
    grows_linearly(lambda n: "I0507 12:04:17.597069 " + "1 " * (20 * n), log_record)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a card after a time value's end, or under another key inside one
        ("time.Time{wall:0x1, ext:5} card=4111111111111111", "4111111111111111"),
        ("time.Time{wall:0x1, card:4111111111111111}", "4111111111111111"),
        # a clock word far from the number: the window is bounded
        ("time.Time{" + "x" * 120 + " ext:4111111111111111", "4111111111111111"),
        # a request id key before another key: the nearest key decides
        ("traceID=abc card 4111111111111111", "4111111111111111"),
        ("trace_id=1 imei 490154203237518", "490154203237518"),
        # a card in a klog record
        ("I0507 12:04:17.597069 1 pay.go:1] card=4111111111111111", "4111111111111111"),
    ],
)
def test_cards_and_imeis_are_not_hidden_by_the_rules(patterns, text, value) -> None:
    assert value in cards(patterns, text)

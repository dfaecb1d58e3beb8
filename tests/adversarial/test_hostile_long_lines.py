"""Hostile inputs: many candidates on one long line, each asking what its line is.

Phone numbers, UATP card numbers, timestamps and ``::`` ask whether their line is machine
text (``_machine_line_at``) or all of it (``_whole_line``); URLs read a line's list mark or
brackets. Each line is read once per scan, not once per candidate: 120 KB on one line took
90 s before the verdicts were memoised per scan.
"""

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner

PATTERNS = Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)


@pytest.mark.parametrize(
    "unit",
    [
        "x=1 0201234567 ",  # national digit runs in a record
        "id 135412345678911 ",  # UATP-shaped numbers without a card word
        "2024-01-01 10:00:00 ok ",  # timestamps
        "ip: :: address ::x IPv6 address is :: ",  # "::" after address words
        "1. see https://a.example/p [2] https://b.example/q ",  # marks inside a line
    ],
)
def test_one_long_line_stays_linear(unit):
    grows_linearly(lambda n: unit * (n // 4 + 1), PATTERNS.scan)


@pytest.mark.parametrize(
    "build",
    [
        lambda n: "[" + "see http://a.example/x ] } " * n + "]",  # one bracket, closers inside
        lambda n: "(" + "] " * n + "http://a.example/x)",
        lambda n: "1. see https://a.example/p\n[2] https://b.example/q\n" * n,
    ],
)
def test_url_line_readings_stay_linear(build):
    grows_linearly(lambda n: build(n // 10 + 1), PATTERNS.scan)


def test_the_verdicts_match_the_unmemoised_reading():
    from privkit.detect import _builtin

    text = "x=1 0201234567 tid 135412345678911 at 2024-01-01 10:00:00\nCall 0201234567 today"
    memo: dict[object, object] = {}
    for start in (4, 19, 38, 60, 65):
        assert _builtin._common._machine_line_at(
            text, start, -1, memo
        ) == _builtin._common._machine_line_at(text, start)

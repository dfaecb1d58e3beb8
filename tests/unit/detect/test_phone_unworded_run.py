"""An unseparated run of digits opening with "0", no phone word near, in a machine line:
``PhoneDetector._unworded_run`` answers what the whole chain of checks would (H133).

The shortcut only rejects; these tests ask the long way (``_evaluate_at`` with the
shortcut turned off) about every candidate it rejects in generated text, and check that
the runs it is meant for are still found where a word, a value on its own, Han text or a
"+ " says they are numbers.
"""

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from tests.unit.detect._patterns import SCANNER, found

from privkit.detect._base import ScanState
from privkit.detect._builtin import PhoneDetector

PHONE = "PHONE_NUMBER"
DETECTOR = PhoneDetector()
PATTERNS = {p.name: p for p in PhoneDetector.patterns}

_PARTS = ["0612345678", "00441234567890", "0201234567", "01234567", "013800138000",
          "0301234567890", " ", "  ", "\n", "\x00", "\n\x00\n", "+ ", "(", ")", "-", ":",
          "=", "phone ", "Tel: ", "call ", "order ", "id=", "张三 ", "李四", "level=info ",
          "2024-01-05 10:15:30 INFO ", "rx ", "x", "ext. 12", "a", ", ", "[main] "]  # fmt: skip


class _LongWay(PhoneDetector):
    """The detector without the shortcut: every candidate through the whole chain."""

    def _unworded_run(self, text, start, end, state):
        return False


LONG_WAY = _LongWay()


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PARTS), max_size=24))
@example(["0612345678", " ", "0612345678", "\n\x00\n", "0612345678", " ", "0612345678"])
@example(["level=info ", "0612345678", " ", "rx ", "0201234567"])
@example(["phone ", "0612345678", " ", "rx ", "0201234567"])
@example(["2024-01-05 10:15:30 INFO ", "+ ", "0201234567", " ", "rx ", "01234567"])
def test_every_run_it_rejects_the_long_way_rejects_too(parts):
    text = "".join(parts)
    state = ScanState(text)
    long_state = ScanState(text)
    for m in re.finditer(r"(?<![0-9])0[0-9]{6,}", text):
        start, end = m.span()
        if not DETECTOR._unworded_run(text, start, end, state):
            continue
        for name in ("phone", "phone_keyed"):
            assert LONG_WAY._evaluate_at(text, start, end, PATTERNS[name], long_state) is None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PARTS), max_size=24))
def test_scan_findings_equal_the_long_ways(parts):
    text = "".join(parts)
    fast = sorted((f.start, f.end, f.score) for f in DETECTOR.find(ScanState(text)))
    slow = sorted((f.start, f.end, f.score) for f in LONG_WAY.find(ScanState(text)))
    assert fast == slow


class TestTheRunsItIsMeantFor:
    def test_a_log_record_of_digit_runs_is_rejected_cheaply(self):
        text = "2024-01-05 10:15:30 INFO rx 0612345678 0201234567 done"
        state = ScanState(text)
        start = text.index("0612")
        assert DETECTOR._unworded_run(text, start, start + 10, state)
        assert found(text, PHONE) == []

    @pytest.mark.parametrize(
        ("text", "run"),
        [("2024-01-05 10:15:30 INFO phone 0612345678 saved", "0612345678"),
         ("0612345678", "0612345678"),
         ("level=info user 张三 01380013800 ok", None),
         ("2024-01-05 10:15:30 INFO contact: + 0201234567 x", None)],
    )  # fmt: skip
    def test_not_taken_where_something_may_make_it_a_number(self, text, run):
        state = ScanState(text)
        for m in re.finditer(r"(?<![0-9])0[0-9]{6,}", text):
            if run is None or m[0] == run:
                assert not DETECTOR._unworded_run(text, m.start(), m.end(), state)

    def test_a_labelled_run_in_a_log_line_is_still_found(self):
        text = "2024-01-05 10:15:30 INFO phone 0612345678 saved"
        assert (PHONE, "0612345678") in found(text, PHONE)

    def test_the_hostile_kind_stays_without_findings(self):
        text = ("0612345678 " * 5 + "\n\x00\n") * 20
        assert [f for f in SCANNER.scan(text) if f.entity_type == PHONE] == []

"""The phone detector's answers carried from ``_sift``, its guarded refusals: each against its long way (H143).

``_sift`` marks a candidate it keeps for a context word in reach (``_NEAR``) or for Han text
beside it (``_HAN``) in the scan's memo ``phone_worded``; ``_check`` then does not ask
``context_possible`` or ``_beside_han`` again for that span. The refusals that read a few
characters around a candidate (a log line's header, a hex dump, an IBAN's head, a column, a
catalogue's cell) are asked only where those characters allow them, and ``context_possible``
looks for a NUL only where a context word stands. The long ways are written out here and
asked about generated text: the findings are the same.
"""

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from privkit.detect._base import PatternDetector, ScanState, own_window
from privkit.detect._builtin import PhoneDetector
from privkit.detect._builtin.phone import _DIGITS_DOT, _SPACED


class _LongWay(PhoneDetector):
    """The detector asking every test afresh: no mark carried, no guard before a refusal."""

    def _sift(self, pattern, spans, state):
        kept = super()._sift(pattern, spans, state)
        worded = state.memo("phone_worded")
        for span in worded:
            worded[span] = True  # (kept, but no reason carried to _check)
        return kept

    def _check(self, *args, **kwargs):
        kwargs.pop("near", None)
        kwargs.pop("han", None)
        return super()._check(*args, **kwargs)

    def _log_header(self, text, start, end):
        return _log_header_long_way(self, text, start, end)

    def context_possible(self, text, start, end, /, state=None):
        return _context_possible_long_way(self, text, start, end, state)


def _log_header_long_way(det, text, start, end):
    """``_log_header`` as written before its guard on the character before the candidate."""
    if det._STAMP.match(text, start) is not None:
        return det._LABEL_BEFORE.search(text, max(0, start - 32), start) is None
    if text[max(0, start - 9) : start].rstrip(" \t").endswith("[") and (
        det._UPTIME.match(text, start) is not None
    ):
        return True
    if (
        text[start - 2 : start].strip(" \t") == "]"
        and not (set(text[start:end]) - _DIGITS_DOT)
        and det._UPTIME_BEFORE.search(text, max(0, start - 24), start) is not None
    ):
        return True
    line_start = text.rfind("\n", max(0, start - 8), start) + 1
    if (
        (line_start or start <= 8)
        and text[line_start:start].strip(" \t[") == ""
        and not (set(text[start:end]) - _SPACED)
    ):
        return (
            det._AFTER_HEADER.match(text, end) is not None
            and det._CONTACT_LABEL_AFTER.match(text, end) is None
        )
    return False


def _context_possible_long_way(det, text, start, end, state):
    """``context_possible`` reading its own window first, as written before."""
    lo, hi = own_window(text, start, end, det.context_width)
    marks = None if state is None else state.marks(det._ctx_variants)
    if marks is None:
        near = text[lo:hi].lower()
        return any(v in near for v in det._ctx_variants)
    import bisect

    i = bisect.bisect_left(marks, lo)
    return i < len(marks) and marks[i] < hi


LONG_WAY = _LongWay()

# Pieces of the hostile inputs' kinds and of what each guarded refusal reads.
_PARTS = ["415-666-7777", "(0)6 12345678", "0612345678", "0201234567", "138 0013 8000",
          "张三 ", "李四", "phone ", "Tel: ", "numer ", "zadzwoń ", "gọi ", "+41 22 730 5989",
          " ", "  ", "\t", "\n", "\n\x00\n", "=", "[", "] ", "[  484.511718] ", '"GET / HTTP/1.0" ',
          "081109 203615 148 ", "INFO ", "f0 b9 01 00 ", "01 02 03 04 05", "CH93 ", "0076 2011 ",
          "200 ", "10.14.6  ", "18G103  ", "(", ")", "+ ", "22 123 45 67", "011 0 123 456 789",
          "0221/2024 12", "v101(0101) 0041", "order ", "x12", "-", "912 345 678", "6123 4567",
          "4156667777"]  # fmt: skip


def _read(detector, text):
    return [(f.start, f.end, f.score, f.evidence) for f in detector.find(ScanState(text))]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PARTS), max_size=24))
@example(["numer ", "501 234 567", " ", "zadzwoń ", "22 123 45 67"])
@example(["张三 ", "138 0013 8000", " ", "李四", " ", "139 1234 5678"])
@example(["(0)6 12345678", "\n\x00\n", "0612345678 0201234567", "\n\x00\n"])
@example(["Tel: ", "=", "415-666-7777", "  ", "10.14.6  ", "18G103  "])
@example(["912 345 678", "\n\x00\n", "6123 4567", "\n\x00\n", "4156667777"])
def test_scan_findings_equal_the_long_ways(parts):
    text = "".join(parts)
    detector = PhoneDetector()
    assert _read(detector, text) == _read(LONG_WAY, text)
    assert _read(detector, text) == _read(LONG_WAY, text)  # (again, memos filled)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PARTS), max_size=16))
@example(["[", "  ", "484.511718] ", "01102.01116> panic"])
@example(["\n", "0612345678 0201234567 INFO x"])
def test_log_header_answers_as_its_long_way(parts):
    text = "".join(parts)
    detector = PhoneDetector()
    for m in re.finditer(r"[0-9(+]", text):
        for end in (m.end(), min(len(text), m.start() + 13), len(text)):
            assert detector._log_header(text, m.start(), end) == _log_header_long_way(
                detector, text, m.start(), end
            )


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PARTS), max_size=16))
def test_context_possible_answers_as_its_long_way(parts):
    text = "".join(parts)
    detector = PhoneDetector()
    state = ScanState(text)
    for m in re.finditer(r"[0-9]+", text):
        for s in (state, None):
            got = PatternDetector.context_possible(detector, text, m.start(), m.end(), s)
            assert got == _context_possible_long_way(detector, text, m.start(), m.end(), s)


def test_a_mark_is_the_scans_own():
    # The marks live in one scan's memo: a span marked near a word in one text is read
    # afresh in the next, where no word stands near it.
    detector = PhoneDetector()
    worded = "numer 501 234 567"
    bare = "xxxxx 501 234 567"
    assert [f.start for f in detector.find(ScanState(worded))] == [6]
    assert list(detector.find(ScanState(bare))) == []
    assert _read(detector, "张三 138 0013 8000") == _read(LONG_WAY, "张三 138 0013 8000")
    assert list(detector.find(ScanState("xx 138 0013 8000"))) == []


def test_marks_hold_across_regions_set_anew():
    # A mark says what stands around a candidate, not where it is read: setting the
    # detector's regions anew between scans gives a fresh detector's findings.
    detector = PhoneDetector()
    text = "numer 501 234 567 张三 138 0013 8000 Tel: 020 7946 0018"
    _read(detector, text)
    detector.regions = ("GB", "PL")
    assert _read(detector, text) == _read(PhoneDetector(regions=("GB", "PL")), text)
    detector.regions = ("US",)
    assert _read(detector, text) == _read(PhoneDetector(regions=("US",)), text)


def _in_dump_long_way(det, text, start, end):
    """``_in_dump`` with its readings in the order written before."""
    if (
        text[start - 2 : start] == '" '
        and det._AFTER_REQUEST.search(text, max(0, start - 12), start) is not None
    ):
        return True
    if (
        det._OFFSET_PAIRS.fullmatch(text, start, end) is not None
        and det._BYTES_AFTER.match(text, end) is not None
    ):
        return True  # a dump's row from its offset on (the thirty-ninth log set's rule)
    if det._PAIRS.fullmatch(text, start, end) is not None and (
        det._BYTES_BEFORE.search(text, max(0, start - 8), start) is not None
        or det._BYTES_AFTER.match(text, end) is not None
    ):
        return True
    if det._DUMP_BYTES.fullmatch(text, start, end) is None:
        return False
    line_start = text.rfind("\n", max(0, start - 72), start) + 1
    return (line_start > 0 or start <= 72) and det._DUMP_LINE.fullmatch(
        text, line_start, start
    ) is not None


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PARTS), max_size=16))
@example(["0000: ", "f0 b9 01 00 ", "01 02 03 04 05"])
@example(["415-666-7777", "01 02 03 04 05"])
@example(['"GET / HTTP/1.0" ', "200 17210 367"])
@example(["Konto ", "CH93 ", "0076 2011 ", "6238"])
@example(["200 ", "200 981 2481"])
@example(["2  ", "061-26589", "  ", "10.14.6  ", "18G103  "])
@example(["v101(0101) 0041"])
@example(["Tel: ", "+ ", "(36) 1 441-4000"])
def test_each_refusal_is_asked_wherever_it_could_refuse(parts):
    """Where ``_evaluate_at``'s guard says no, the refusal it guards says no as well."""
    from privkit.detect._builtin.phone import _ASCII_DIGITS, _COLUMN_TAIL

    text = "".join(parts)
    det = PhoneDetector()
    for m in re.finditer(r"[0-9(+]", text):
        start = m.start()
        for end in range(start + 1, min(len(text), start + 24) + 1):
            cand = text[start:end]
            before = text[start - 1] if start else ""
            assert det._in_dump(text, start, end) == _in_dump_long_way(det, text, start, end)
            if not (
                text[start - 2 : start] == '" '
                or text[start + 2 : start + 3] in (" ", "-")
                or text[start + 4 : start + 5] == " "
            ):
                assert not det._in_dump(text, start, end)
            if start >= 4 and not (
                before in _ASCII_DIGITS or (before in " .-" and text[start - 2] in _ASCII_DIGITS)
            ):
                assert not det._in_iban(text, start)
            if not (before == " " and text[start - 2 : start - 1] in _COLUMN_TAIL):
                assert not det._in_column(text, start, cand)
            if not (before == "(" or cand[0] == "("):
                assert det._parentheses(text, start, cand) == (start, cand)
            if text[start - 2 : start] != "+ ":
                assert not det._plus_apart(text, start)
            if not (text[end : end + 1] == "\t" or text[end : end + 2] in ("  ", " \t")):
                assert not det._catalogue_cell(text, start, end)
            if "(" not in text[start - 1 : start + 1]:
                assert not det._tagged(text, start)

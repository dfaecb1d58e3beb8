"""The phone detector's chain of checks made leaner, each shortcut against its long way (H136).

Each shortcut answers what the step it shortens answered: a digit count read from bytes, an
IBAN's head refused from the two characters before the candidate. The long ways are written
out here and asked about generated text.
"""

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from privkit.detect._builtin import PhoneDetector
from privkit.detect._builtin.phone import _IBAN_HEAD_BEFORE, _digit_count

DETECTOR = PhoneDetector()

_PARTS = ["CH93", "DE89", " ", "0076", "2011", "-", ".", "12", "3", "ab", "X", "\n", "é",
          "٣", "+41", "(0)", "00", "Tel: ", "phone ", "ZZ", "9"]  # fmt: skip


@given(st.text(alphabet=st.sampled_from("0123456789 -.()+x٣é\nabAZ"), max_size=30))
@example("٣٣ 123")
def test_digit_count_counts_what_isdigit_counts(text):
    assert _digit_count(text) == sum(c.isdigit() for c in text)


def _in_iban_long_way(text: str, start: int) -> bool:
    from privkit.detect._builtin._common import iban_walk

    head = _IBAN_HEAD_BEFORE.search(text, max(0, start - 6), start)
    if head is None:
        return False
    stop = iban_walk(text, head.start(), min(len(text), start + 60))
    return stop is not None and stop > start


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PARTS), max_size=16))
@example(["CH93", " ", "0076", " ", "2011", " ", "3"])
@example(["CH", "9", "3", ".", "0076"])
def test_in_iban_answers_as_the_head_search(parts):
    text = "".join(parts)
    for m in re.finditer(r"[0-9(+]", text):
        start = m.start()
        if start >= 4:
            assert DETECTOR._in_iban(text, start) == _in_iban_long_way(text, start)


def test_in_iban_still_reads_a_head_before_the_candidate():
    text = "Konto CH93 0076 2011 6238 5295 7"
    assert DETECTOR._in_iban(text, text.index("0076"))
    assert not DETECTOR._in_iban("Konto AB 0076 2011 6238", 9)


class _LongWay(PhoneDetector):
    """The detector reading every candidate's body and layout afresh (no memo)."""

    def _read_layout(self, cand):
        if cand.count("(") != cand.count(")"):
            return None
        body = self._body(cand)
        if not body.strip("+0 -.()"):
            return None
        return body, self._shape(body)


LONG_WAY = _LongWay()

_CANDIDATE = st.text(alphabet=st.sampled_from("0123456789 -.()+x"), min_size=1, max_size=20)


@settings(max_examples=400, deadline=None)
@given(st.lists(_CANDIDATE, min_size=1, max_size=6))
@example(["(00) 00000000", "415-666-7777", "415-666-7777", "+41 22 730 5989"])
@example(["(0)6 12345678", "011 0 123 456 789", "(0)6 12345678"])
@example(["+ "])  # a "+" set apart with nothing after it
def test_a_values_layout_read_once_is_the_layout_read_again(cands):
    detector = PhoneDetector()
    for cand in cands * 2:  # (the second time from the memo)
        assert detector._read_layout(cand) == LONG_WAY._read_layout(cand)


_TEXT_PARTS = ["415-666-7777", "(0)6 12345678", "0612345678", "138 0013 8000", "张三 ",
               "phone ", "Tel: ", "numer ", "+41 22 730 5989", " ", "\n", "\n\x00\n", "=",
               "2024-01-05 10:15:30 INFO ", "(", ")", "00", "22 123 45 67", "x12"]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_TEXT_PARTS), max_size=20))
def test_scan_findings_equal_the_long_ways(parts):
    from privkit.detect._base import ScanState

    text = "".join(parts)

    def read(detector):
        return [(f.start, f.end, f.score, f.evidence) for f in detector.find(ScanState(text))]

    detector = PhoneDetector()
    assert read(detector) == read(LONG_WAY)
    assert read(detector) == read(LONG_WAY)  # (again, with the memo filled)


def test_closed_plans_are_the_regions_outside_the_open_plans_picked_again_when_they_change():
    detector = PhoneDetector(regions=("DE", "FR", "AT", "GB"))
    assert detector._closed_plans() == ("FR", "GB")
    assert detector._closed_plans() is detector._closed_plans()
    detector.regions = ("AT", "IT")
    assert detector._closed_plans() == ("IT",)


_WORDS = st.lists(
    st.sampled_from(["telefono", "telefon", "numer", "hubungi", "gọi", "phone", "tel", "celular"]),
    max_size=4,
).map(tuple)


@settings(max_examples=300, deadline=None)
@given(_WORDS, st.sampled_from(["", "张三 ", "Тел ", "電話 ", "ok "]))
def test_word_hints_read_once_are_the_hints_read_again(words, before):
    from privkit.detect._base import ScanState
    from privkit.detect._builtin.phone import _WORD_REGIONS, _scripts_in

    text = before + "0612345678"
    start, end = len(before), len(text)
    state = ScanState(text)
    ordered = sorted(words, key=len, reverse=True)
    want = [r for w in ordered for r in _WORD_REGIONS.get(w, ())]
    near = text[max(0, start - 48) : end + 48]
    want += [r for script, regions in _scripts_in(state) if script.search(near) for r in regions]
    detector = PhoneDetector()
    for _ in range(2):  # (the second time from the memo)
        assert detector._hinted(text, start, end, words, state) == tuple(dict.fromkeys(want))


def test_a_values_layout_follows_the_detectors_regions_set_anew():
    detector = PhoneDetector(regions=("GB", "FR"))
    assert detector._read_layout("020 7946 0018") == ("020 7946 0018", ("national", ("GB", "FR")))
    detector.regions = ("DE",)
    assert detector._read_layout("020 7946 0018") == ("020 7946 0018", ("national", ("DE",)))

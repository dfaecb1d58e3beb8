"""One test of a value standing alone in its text, for the phone and the URL detectors.

:func:`stands_alone` replaced two near-copies (``PhoneDetector._alone``: four white-space
characters each way; ``UrlDetector._alone``: eight characters, the NUL one of them, and full
stops after the name). The copies are kept here, as written before, and the shared function
must answer as each did, at the edges of their reach above all.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from privkit.detect._base import stands_alone
from privkit.detect._builtin import PhoneDetector, UrlDetector


def _phone_before(text: str, start: int, end: int) -> bool:
    """``PhoneDetector._alone`` as written before the shared function."""
    i, j, n = start, end, len(text)
    while i > 0 and start - i < 4 and text[i - 1].isspace():
        i -= 1
    while j < n and j - end < 4 and text[j].isspace():
        j += 1
    return (i == 0 or text[i - 1] == "\x00") and (j == n or text[j] == "\x00")


def _url_before(text: str, start: int, end: int) -> bool:
    """``UrlDetector._alone`` as written before the shared function."""
    lo, hi = max(0, start - 8), end + 8
    before, after = text[lo:start], text[end:hi]
    cut = before.rfind("\x00")
    if cut >= 0:
        before = before[cut + 1 :]
    elif lo > 0:
        return False
    cut = after.find("\x00")
    if cut >= 0:
        after = after[:cut]
    elif hi < len(text):
        return False
    return not before.strip() and not after.strip().rstrip(".")


# White space of several kinds (the Unicode ones str.isspace and str.strip both know), the
# NUL of scan_many's join, full stops, and letters.
_SPACE = st.sampled_from([" ", "\n", "\t", "\r", "\x0b", "\x1c", "\u00a0", "\u2028", "\u3000"])
_CHAR = st.one_of(_SPACE, st.sampled_from(["\x00", ".", "a", "Z", "5", "\u200b"]))
_PAD = st.lists(st.one_of(_SPACE, st.just(".")), max_size=11).map("".join)
_EDGE = st.sampled_from(["", "\x00", "x\x00", "\n\x00\n", "x", ". \x00", "\x00\x00"])


@st.composite
def _placed(draw: st.DrawFn) -> tuple[str, int, int]:
    """A value with padding each side (up to past both reaches), then a text's end or not."""
    left = draw(_EDGE) + draw(_PAD)
    value = draw(st.sampled_from(["555 0100", "docs.example.org", "a", "\x00"]))
    text = left + value + draw(_PAD) + draw(_EDGE)
    return text, len(left), len(left) + len(value)


@st.composite
def _anywhere(draw: st.DrawFn) -> tuple[str, int, int]:
    """Any text of the characters above, any span of it."""
    text = "".join(draw(st.lists(_CHAR, max_size=30)))
    start = draw(st.integers(0, len(text)))
    return text, start, draw(st.integers(start, len(text)))


class TestTheDetectorsAnswerAsBefore:
    @given(st.one_of(_placed(), _anywhere()))
    @example(("    555 0100    ", 4, 12))  # four spaces each way: the phone's reach
    @example(("     555 0100", 5, 13))  # five: past it
    @example(("\x00    555 0100    \x00", 5, 13))
    @example(("\x00     555 0100", 6, 14))
    @example(("        a.org        ", 8, 13))  # eight to the text's ends: the URL's reach
    @example(("         a.org", 9, 14))
    @example(("\x00       a.org       \x00", 8, 13))  # seven to a NUL: the NUL is the eighth
    @example(("\x00        a.org", 9, 14))
    @example(("a.org        \x00", 0, 5))
    @example(("a. org . .", 0, 1))
    @example(("a.org ..  ", 0, 5))
    def test_each_detector_answers_as_its_own_copy_did(self, case: tuple[str, int, int]) -> None:
        text, start, end = case
        assert PhoneDetector._alone(text, start, end) == _phone_before(text, start, end)
        assert UrlDetector._alone(text, start, end) == _url_before(text, start, end)


class TestStandsAlone:
    def test_a_value_in_a_text_of_its_own_stands_alone(self) -> None:
        assert stands_alone("\n 555 0100 \n", 2, 10, reach=4)

    def test_a_word_beside_it_does_not(self) -> None:
        assert not stands_alone("tel 555 0100", 4, 12, reach=4)

    def test_a_nul_ends_a_text_of_a_batch(self) -> None:
        text = "first text\n\x00\n555 0100\n\x00\nthird text"
        assert stands_alone(text, 13, 21, reach=4)

    def test_the_reach_bounds_the_white_space(self) -> None:
        assert stands_alone(" " * 4 + "x", 4, 5, reach=4)
        assert not stands_alone(" " * 5 + "x", 5, 6, reach=4)

    def test_a_nul_in_reach_is_one_of_the_characters_read(self) -> None:
        assert stands_alone("\x00" + " " * 3 + "x", 4, 5, reach=4, nul_in_reach=True)
        assert not stands_alone("\x00" + " " * 4 + "x", 5, 6, reach=4, nul_in_reach=True)
        assert stands_alone(" " * 4 + "x", 4, 5, reach=4, nul_in_reach=True)

    def test_trailing_characters_only_where_asked(self) -> None:
        assert stands_alone("a.org .", 0, 5, reach=8, trail=".")
        assert not stands_alone("a.org .", 0, 5, reach=8)
        assert not stands_alone(". a.org", 2, 7, reach=8, trail=".")  # after the value only

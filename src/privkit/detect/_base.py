"""The typed extension API: declarative pattern detectors, deny-lists and context scoring."""

from __future__ import annotations

import abc
import bisect
import itertools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from privkit._memo import BoundedMemo
from privkit.detect._required import required
from privkit.errors import ConfigError
from privkit.types import EntityType, Evidence, Finding, new_finding

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

    from privkit.detect._prefilter import Hits, Prefilter

__all__ = [
    "TWINS",
    "DenyList",
    "Pattern",
    "PatternDetector",
    "ScanState",
    "context_sides",
    "context_window",
    "non_ascii",
    "normalize_words",
    "overlap_test",
    "own_window",
    "stands_alone",
    "to_entity",
]

#: The words that label a phone number in English and the languages nearest it ("Tel.",
#: "Fax:", "Telefoon"). The phone detector reads them as context; NER drops a PERSON that is
#: one of them (the model reads "Tel." before a number as a name).
PHONE_LABELS = ("phone", "tel", "telephone", "mobile", "cell", "fax", "telefon", "telefoon",
                "tlf", "tfn", "tfno", "tlfno", "telf", "telef")  # fmt: skip

_FIRST_SEPARATOR = re.compile(r"[,;|&\n\t]")
_LAST_SEPARATOR = re.compile(r"[,;|&\n\t](?=[^,;|&\n\t]*\Z)")
# The end of a preceding ``key=value`` pair: context before it belongs to another value.
_PREVIOUS_VALUE = re.compile(r"""=\s{0,3}["']?[^\s"'=]{1,200}["']?\s+(?=\S)""")
_NORMALIZE = str.maketrans(dict.fromkeys("_-.\"'=:/[](){},", " "))
# The same table for UTF-8 bytes: every character it maps is ASCII, and no byte of a
# character outside ASCII is, so translating the bytes translates the text.
_NORMALIZE_BYTES = bytes.maketrans(b"_-.\"'=:/[](){},", b" " * 15)


# Emphasis delimiters of Markdown and chat markup (`_x_`, `__x__`, `*x*`, `**x**`, `~x~`,
# `~~x~~`) around a short run of text on one line. An opening run follows the text's start, a
# space or an opening quote or bracket, and a letter, digit, bracket or `+` follows it; a
# closing run follows a letter, digit or closing bracket, and the end, a space, a closing
# quote or bracket or a sentence's punctuation follows it. `_` is a word character to every
# detector's boundary test, so a value wrapped in it (`_4111 1111 1111 1111_`) had no
# boundary: the pattern detectors read the text with such pairs' delimiters as spaces (the
# offsets unchanged), and so does the model (`~~John Smith~~`, `**Berlin**`, whose
# delimiters it read as part of the sentence). Separators in machine text
# (`::~~Content-Length: 85::~~`, `x._id_.y`) are not such pairs.
# (Each expression opens with its delimiter, so the search skips to the next `_`, `~` or `*`;
# the character before it is tested by a lookbehind over the delimiter and that character.)
_OPENING = re.compile(r"([_~*])(?<![^\s(\[{\"'][_~*])(\1?)(?=[^\W_]|[+(\[])")
_CLOSING = re.compile(r"([_~*])(?<=[^\W_)\]][_~*])(\1?)(?=[\s.,;:!?)\]}\"']|\Z)")
_EMPHASIS_REACH = 80  # the longest run between a pair's delimiters


def unwrapped(text: str) -> str:
    """``text`` with the delimiters of each emphasis pair (``_x_``, ``**x**``) as spaces.

    Each opening run is paired with the first closing run of the same delimiters after it,
    when that is on its line and at most ``_EMPHASIS_REACH`` characters on; pairs do not
    overlap. Each kind's closing runs are walked once, so the time is linear in the text.

    >>> unwrapped("card _4111 1111 1111 1111_, ~~10.0.0.1~~ and snake_case_name")
    'card  4111 1111 1111 1111 ,   10.0.0.1   and snake_case_name'
    >>> unwrapped("* a list item, **bold**")
    '* a list item,   bold  '
    """
    if "_" not in text and "~" not in text and "*" not in text:
        return text
    openings = [m.span() for m in _OPENING.finditer(text)]
    if not openings:
        return text
    closings: dict[str, list[int]] = {}
    for m in _CLOSING.finditer(text):
        closings.setdefault(m.group(), []).append(m.start())
    at = dict.fromkeys(closings, 0)
    parts: list[str] = []
    done = 0  # the end of the last pair: an opening before it is inside that pair
    for start, end in openings:
        mark = text[start:end]
        ends = closings.get(mark)
        if start < done or ends is None:
            continue
        i = at[mark]
        while i < len(ends) and ends[i] <= end:
            i += 1
        at[mark] = i
        if i == len(ends):
            continue
        close = ends[i]
        if close - end <= _EMPHASIS_REACH and "\n" not in text[end:close]:
            gap = " " * len(mark)
            parts.extend((text[done:start], gap, text[end:close], gap))
            done = close + len(mark)
    if not parts:
        return text
    parts.append(text[done:])
    return "".join(parts)


def _normalized(text: str) -> str:
    """``text.lower().translate(_NORMALIZE)``, translated as UTF-8 bytes.

    ``str.translate`` looks each character up in a dict (tens of nanoseconds a character
    when the text is not ASCII); ``bytes.translate`` reads a table in C.

    >>> _normalized(" Teléfono:(0)6-12 ")
    ' teléfono  0 6 12 '
    """
    return (
        text.lower()
        .encode("utf-8", "surrogatepass")
        .translate(_NORMALIZE_BYTES)
        .decode("utf-8", "surrogatepass")
    )


#: Scripts written without spaces between words (Thai, Lao, Myanmar, Khmer, kana, CJK
#: ideographs) and Hangul (whose particles are written glued to the word before them), as a
#: regex class body: a context word there is glued to the words around it ("我的电话是..."),
#: so windows and context words are read with a space around each of these characters, and
#: a word of them matches wherever its characters stand together; a value (a phone number,
#: an address, a URL) glued to one still starts or ends there.
UNSPACED_SCRIPTS = (
    "\u0e00-\u0eff\u1000-\u109f\u1100-\u11ff\u1780-\u17ff\u3040-\u30ff\u3130-\u318f"
    "\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f"
    "\U00020000-\U0003134f"
)
#: A URL's scheme and its "://" as a link token opens with it ("https://", "svn+ssh://"): a
#: letter, then at most 15 letters, digits, "+", "." or "-" (one place for the links that
#: ``_ner`` and ``_builtin._common`` leave out of a line's words and look ahead for).
URL_SCHEME = r"[A-Za-z][\w+.\-]{0,15}://"
# Where a space is missing on either side of such a character.
_UNSPACED = re.compile(f"(?<! )(?=[{UNSPACED_SCRIPTS}])|(?<=[{UNSPACED_SCRIPTS}])(?! )")
_UNSPACED_CHAR = re.compile(f"[{UNSPACED_SCRIPTS}]")


def _spaced(text: str) -> str:
    """``text`` with a space on each side of every character of :data:`UNSPACED_SCRIPTS`.

    >>> _spaced("我的电话是 555")
    ' 我 的 电 话 是 555'
    """
    if text.isascii() or _UNSPACED_CHAR.search(non_ascii(text)) is None:
        return text  # (no character of those scripts: the substitution would change nothing)
    return _UNSPACED.sub(" ", text)


def to_entity(value: EntityType | str) -> EntityType:
    """Return ``value`` as an :class:`EntityType`; strings match names case-insensitively.

    Raises:
        ConfigError: the name is not a known entity type.
    """
    if isinstance(value, EntityType):
        return value
    if not isinstance(value, str):
        raise ConfigError(f"entity must be an EntityType or str, not {type(value).__name__}")
    try:
        return EntityType(value.strip().upper())
    except ValueError:
        raise ConfigError(f"unknown entity type {value!r}") from None


def with_tag(evidence: Evidence, tag: str) -> Evidence:
    """``evidence`` with one more tag (a finding's part, remainder or reading)."""
    return Evidence(evidence.pattern, evidence.checksum, evidence.context, (*evidence.tags, tag))


def context_window(text: str, start: int, end: int, width: int = 48) -> str:
    """Return the normalised lowercase context of ``text[start:end]`` (the value excluded).

    The window before the span stops at list separators and at the end of a previous
    ``key=value`` pair, so that in ``imei=1.. imsi=2..`` the second value sees only ``imsi``.
    ``_``, ``-`` and ``.`` become spaces, so ``device_id`` and ``device-id`` read ``device id``.

    >>> context_window("ts=5 imei=490154203237518 ok", 10, 25)
    ' imei   ok '
    """
    before, after = context_sides(text, start, end, width)
    return _normalized(_spaced(" " + before + " " + after + " "))


# The names of HTML's text-level and table elements (``<span>``, ``</td>``) are markup, not a
# label: a context window reads them as spaces, so ``<span>`` is not the tracing word "span".
# Attributes stay (``<td class="phone">`` labels its value), and so do other element names
# (``<phone>`` in XML is a label).
_MARKUP_NAME = re.compile(
    r"(?<=<)/?(?:a|b|i|u|em|strong|small|big|tt|kbd|samp|var|mark|sub|sup|code|pre|span|div|p|"
    r"br|font|li|ul|ol|dl|dt|dd|table|thead|tbody|tr|td|th)(?=[\s/>])",
    re.IGNORECASE,
)


def _unmarked(side: str) -> str:
    """``side`` with HTML's text-level and table element names as spaces."""
    if "<" not in side:
        return side
    return _MARKUP_NAME.sub(lambda m: " " * len(m.group()), side)


def context_sides(text: str, start: int, end: int, width: int = 48) -> tuple[str, str]:
    """Return the raw text before and after ``text[start:end]`` read by :func:`context_window`.

    >>> context_sides("<td><span>00:1a</span></td>", 10, 15)
    ('<  ><    >', '<     ><   >')
    """
    before = text[max(0, start - width) : start]
    m = _LAST_SEPARATOR.search(before)
    if m is not None:
        cut = m.start()
        if before[cut] == "\n" and before[:cut].rstrip().endswith(":"):
            m = _LAST_SEPARATOR.search(before, 0, cut)  # "Phone:\n555 0100"
            cut = -1 if m is None else m.start()
        before = before[cut + 1 :]
    if "=" in before:
        last = None
        for last in _PREVIOUS_VALUE.finditer(before):  # noqa: B007 - we want the last match
            pass
        if last is not None:
            before = before[last.end() :]
    after = text[end : end + width // 2]
    m = _FIRST_SEPARATOR.search(after)
    if m is not None:
        after = after[: m.start()]
    eq = after.find("=", 1)
    if eq > 0:  # the next "key=value" pair belongs to another value
        after = after[: max(0, after.rfind(" ", 0, eq))]
    return _unmarked(before), _unmarked(after)


_ASCII_BYTES = bytes(range(128))


def non_ascii(text: str) -> str:
    """The characters of ``text`` outside ASCII, in order (``""`` for an ASCII text).

    Read in C: the UTF-8 bytes of ``text`` less the ASCII ones are the UTF-8 bytes of
    those characters (a byte of a multi-byte character is never ASCII). A few nanoseconds
    a character, where a regular expression's class test costs tens.

    >>> non_ascii("Tél. 06 12 34 56 78, ok")
    'é'
    """
    if text.isascii():
        return ""
    return (
        text.encode("utf-8", "surrogatepass")
        .translate(None, _ASCII_BYTES)
        .decode("utf-8", "surrogatepass")
    )


def overlap_test(spans: Iterable[tuple[int, int]]) -> Callable[[int, int], bool]:
    """A test of whether a range ``(start, end)`` overlaps one of ``spans`` (sorted by start).

    By bisection on the spans' starts and the furthest end among those before: a log time
    per range, however many spans.

    >>> over = overlap_test([(0, 4), (10, 20)])
    >>> over(3, 5), over(4, 10), over(12, 13)
    (True, False, True)
    """
    spans = list(spans)
    starts = [s for s, _ in spans]
    reach = list(itertools.accumulate((e for _, e in spans), max))

    def overlaps(start: int, end: int) -> bool:
        i = bisect.bisect_left(starts, end)
        return i > 0 and reach[i - 1] > start

    return overlaps


def own_window(text: str, start: int, end: int, reach: int) -> tuple[int, int]:
    r"""Up to ``reach`` characters each way around ``text[start:end]``, within its own text.

    :meth:`Scanner.scan_many` joins texts with a NUL between them: the window stops there,
    so what is read around a value never comes from another text of the batch.

    >>> text = "call me\n\x00\n555 0100"
    >>> text[slice(*own_window(text, 10, 18, 48))]
    '\n555 0100'
    """
    lo = max(0, start - reach)
    lo = text.rfind("\x00", lo, start) + 1 or lo
    hi = min(len(text), end + reach)
    nul = text.find("\x00", start, hi)
    return lo, (nul if nul >= 0 else hi)


def stands_alone(
    text: str, start: int, end: int, *, reach: int, nul_in_reach: bool = False, trail: str = ""
) -> bool:
    r"""Whether ``text[start:end]`` is the whole of its text, but for white space around it.

    A text ends at either end of ``text`` and at a NUL (:meth:`Scanner.scan_many` joins texts
    with one between them). At most ``reach`` characters are read each way: a value further
    than that from its text's end is not alone. With ``nul_in_reach`` the NUL is one of those
    characters (the value then stands at most ``reach - 1`` characters from a NUL, ``reach``
    from either end of ``text``). After the value, white space may hold a run of ``trail``
    characters (a full stop ending a text of one name).

    >>> stands_alone("call me\n\x00\n 555 0100\n", 11, 19, reach=4)
    True
    >>> stands_alone("see docs.example.org.", 4, 20, reach=8, trail=".")
    False
    >>> stands_alone("docs.example.org.", 0, 16, reach=8, trail=".")
    True
    """
    near = reach - 1 if nul_in_reach else reach  # characters between the value and a NUL
    cut = text.rfind("\x00", max(0, start - near - 1), start)
    if cut < 0 and start > reach:
        return False
    if text[cut + 1 : start].strip():
        return False
    cut = text.find("\x00", end, end + near + 1)
    if cut < 0:
        if len(text) - end > reach:
            return False
        cut = len(text)
    after = text[end:cut].strip()
    return not (after.rstrip(trail) if trail else after)


def normalize_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """Context words as they are looked for in a normalised window (:func:`context_window`).

    Words of up to three letters must match whole ("tel" is not "telephonyregistry");
    longer ones match as a word prefix ("cookie" finds "cookies"), unless written with a
    trailing space ("work " is not "worker").

    >>> normalize_words(("tel", "cookie", "work "))
    (' tel ', ' cookie', ' work ')
    """
    out = []
    for w in words:
        norm = " ".join(_spaced(w).lower().translate(_NORMALIZE).split())
        whole = len(norm) <= 3 or w.endswith(" ")  # noqa: PLR2004
        out.append(f" {norm} " if whole else f" {norm}")
    return tuple(out)


def _required(pattern: Pattern, rx: re.Pattern[str]) -> tuple[tuple[frozenset[str], ...], bool]:
    """Sets of characters every match of ``pattern`` needs one of; whether they answer prefilter.

    A ``lowercase`` pattern runs on the lowered text, or case-insensitively on the text: its
    letters require nothing (:func:`privkit.detect._required.required`). A prefilter of
    single ASCII characters other than letters is one more such set: lowering keeps those
    characters, and makes no other one of them, so one of them is in the lowered text
    exactly when one is in the text.
    """
    sets = required(rx, caseless=pattern.lowercase)
    lits = pattern.prefilter
    if lits and all(len(c) == 1 and c.isascii() and not c.isalpha() for c in lits):
        return (frozenset(lits), *sets), True
    return sets, False


def _variants(words: tuple[str, ...]) -> tuple[str, ...]:
    """The longest part of each normalised word, less those holding another part.

    One of them occurs in the lowercased text wherever a word of :func:`normalize_words`'s
    occurs, however it is spelt ("device id", "device_id", "deviceid" all hold "device").
    """
    longest = {max(w.split(), key=len) for w in words}
    return tuple(sorted(w for w in longest if not any(o != w and o in w for o in longest)))


class ScanState:
    """Per-text memo shared by the detectors of one scan.

    It holds the lowercase text and the candidate spans of each regex, so that detectors
    sharing a regex run it once. ``text`` is the scanned text with the delimiters of its
    emphasis pairs read as spaces (:func:`unwrapped`; the same length and offsets).
    """

    __slots__ = (
        "_chars",
        "_hits",
        "_lower",
        "_marks",
        "_marks_of",
        "_memos",
        "_moved",
        "_needs",
        "_prefilter",
        "_present",
        "_rare",
        "_spans",
        "prune",
        "relied",
        "text",
    )

    def __init__(
        self, text: str, *, prefilter: Prefilter | None = None, prune: bool = False
    ) -> None:
        self.text = unwrapped(text)
        # With ``prune``, a detector may skip a candidate that one of its own findings
        # covers and outranks (see ``PatternDetector._covering``); ``relied`` then holds
        # those findings, by id. The skipped candidate could only matter if such a
        # finding is not kept, so the caller scans again without pruning when one is not.
        self.prune = prune
        self.relied: dict[int, Finding] = {}
        self._lower: str | None = None
        self._spans: dict[tuple[object, ...], list[tuple[int, int]]] = {}
        self._present: dict[tuple[str, ...], bool] = {}
        self._prefilter = prefilter if len(text) >= _MIN_PREFILTER else None
        self._hits: Hits | None = None
        self._moved: bool | None = None  # whether lowercasing moved offsets
        self._marks: dict[tuple[str, ...], list[int] | None] = {}
        self._marks_of: dict[int, tuple[tuple[str, ...], list[int] | None]] = {}
        self._memos: dict[str, dict[Any, Any]] = {}
        self._rare: frozenset[str] | None = None
        self._needs: dict[re.Pattern[str], bool] = {}
        self._chars: frozenset[str] | bool | None = False  # (False: not read yet)

    def memo(self, name: str) -> dict[Any, Any]:
        """A dict for a detector's own per-scan memo (``name`` keeps detectors apart)."""
        out = self._memos.get(name)
        if out is None:
            out = self._memos[name] = {}
        return out

    @property
    def lower(self) -> str:
        """``text.lower()``, computed once."""
        if self._lower is None:
            self._lower = self.text.lower()
        return self._lower

    def _prefiltered(self) -> Hits | None:
        """The prefilter's one pass over the text, when there is a prefilter."""
        if self._hits is None and self._prefilter is not None:
            self._hits = self._prefilter.scan(self.text)
        return self._hits

    def _folded(self) -> Hits | None:
        """The prefilter's pass, when its caseless matches are those of the lowered text.

        Not when lowercasing moved offsets, as ``İ`` does.
        """
        if self._prefilter is None:
            return None
        if self._moved is None:
            self._moved = len(self.lower) != len(self.text)
        return None if self._moved else self._prefiltered()

    def holds(self, needs: re.Pattern[str]) -> bool:
        """Whether ``needs`` finds something in the text (memoised: detectors share them).

        See :attr:`PatternDetector.needs`.
        """
        hit = self._needs.get(needs)
        if hit is None:
            hit = self._needs[needs] = needs.search(self.text) is not None
        return hit

    @property
    def chars(self) -> frozenset[str] | None:
        """The characters of a text up to :data:`CHARS_MAX` long (``None`` for a longer one).

        A pattern that needs a character the text does not hold is not run on it
        (:func:`privkit.detect._required.required`).
        """
        chars = self._chars
        if chars is False:
            chars = self._chars = frozenset(self.text) if len(self.text) <= CHARS_MAX else None
        return chars  # type: ignore[return-value]

    def could_hold(self, word: str) -> bool:
        """Whether the lowercased text has every non-ASCII character of ``word``.

        A word it answers ``False`` for does not occur in the lowercased text.
        """
        if word.isascii():
            return True
        if self._rare is None:
            self._rare = frozenset(non_ascii(self.lower))
        return all(c in self._rare for c in word if not c.isascii())

    def present(self, literals: tuple[str, ...]) -> bool:
        """Whether one of the lowercase ``literals`` occurs in the lowercased text (memoised)."""
        hit = self._present.get(literals)
        if hit is None:
            pf = self._prefilter
            # (The prefilter's pass answers for ASCII literals, the only ones it reports; one
            # of other letters is searched in the lowered text, when it can occur there.)
            hits = self._folded() if pf is not None and pf.covers_ascii(literals) else None
            hit = False
            if hits is not None:
                hit = not hits.present.isdisjoint(literals)
            if hits is None and len(self.text) < _MIN_PREFILTER:
                # A short text (no prefilter): searching it costs less than asking
                # first whether it can hold the literal (``could_hold``, a method call).
                low = self.lower
                for p in literals:
                    if p in low:
                        hit = True
                        break
            elif not hit and (hits is None or not self.text.isascii()):
                low = self.lower
                for p in literals:  # (a loop: no generator to set up on short texts)
                    if (hits is None or not p.isascii()) and self.could_hold(p) and p in low:
                        hit = True
                        break
            self._present[literals] = hit
        return hit

    def marks(self, words: tuple[str, ...]) -> list[int] | None:
        """Sorted start offsets of every occurrence of the lowercase ``words`` (memoised).

        ``None`` when lowercasing moved offsets (a character such as ``İ`` expands).
        """
        # (Looked up by the tuple's identity first: a detector asks with its own tuple, once
        # per candidate in a text dense with them, and hashing a tuple of a hundred words
        # costs a microsecond each time; the entry holds the tuple, so its id stays its own.)
        known = self._marks_of.get(id(words))
        if known is not None and known[0] is words:
            return known[1]
        if words in self._marks:
            hit = self._marks[words]
            self._marks_of[id(words)] = (words, hit)
            return hit
        out: list[int] | None = None
        low = self.lower
        if len(low) == len(self.text):
            out = []
            hits = self._folded()
            located = self._prefilter.mark_words if hits and self._prefilter else frozenset()
            plain = low.isascii()
            for w in words:
                if hits is not None and w in located:
                    out.extend(hits.marks[w])
                    continue
                if not w.isascii() and (plain or not self.could_hold(w)):
                    continue  # a word of other letters: not in this text
                i = low.find(w)
                while i >= 0:
                    out.append(i)
                    i = low.find(w, i + 1)
            out.sort()
        self._marks[words] = out
        self._marks_of[id(words)] = (words, out)
        return out

    def spans(
        self,
        rx: re.Pattern[str],
        not_after: re.Pattern[str] | None,
        *,
        lowercase: bool = False,
        back: tuple[frozenset[str], int] | None = None,
        shortest: int = 1,
    ) -> list[tuple[int, int]]:
        """Return the (start, end) of each match of ``rx`` (its ``value`` group if any).

        With ``lowercase``, ``rx`` runs on the lowercased text when lowercasing kept every
        offset (it does unless a character expands, like ``İ``), else case-insensitively.
        Matches shorter than ``shortest`` may be left out (a caller that drops them anyway
        lets the prefilter skip them).
        """
        # Compiled patterns compare and hash by expression and flags: detectors sharing an
        # expression share its matches.
        key = (rx, lowercase, not_after, back, shortest >= self._min_length(rx))
        out = self._spans.get(key)
        if out is None:
            text = self.text
            target = text
            if lowercase:
                if len(self.lower) == len(text):
                    target = self.lower
                else:
                    rx = re.compile(rx.pattern, rx.flags | re.IGNORECASE)
            matches = self._matches(rx, target, complete=not key[-1])
            if "value" in rx.groupindex:
                out = [m.span("value") for m in matches]
            else:
                out = [m.span() for m in matches]
            if back is not None:
                chars, most = back
                strip = "".join(chars)
                moved = []
                for s0, e in out:
                    seg = text[s0 - most if s0 > most else 0 : s0]
                    moved.append((s0 - len(seg) + len(seg.rstrip(strip)), e))
                out = moved
            if not_after is not None:
                out = [(s, e) for s, e in out if s == 0 or not_after.match(text, s - 1) is None]
            self._spans[key] = out
        return out

    def _min_length(self, rx: re.Pattern[str]) -> int:
        """The length below which the prefilter may leave out matches of ``rx``."""
        return 1 if self._prefilter is None else self._prefilter.min_length(rx.pattern)

    def _matches(
        self, rx: re.Pattern[str], target: str, *, complete: bool = False
    ) -> Iterable[re.Match[str]]:
        """``rx.finditer(target)``, run only where the prefilter allows a match to start.

        When the prefilter reports every position where a match may start (a superset),
        ``rx`` is matched at those positions in order, each one at or after the end of the
        last match: the matches of a full pass, since a full pass tries every position.
        Otherwise it gives windows: a match of ``rx`` starting at ``p`` reads at most
        ``width`` characters plus a short look-ahead, so searching up to
        ``last + width + _LOOK`` finds exactly the matches a full pass finds starting at or
        before ``last``; resuming after each match keeps the leftmost, non-overlapping order
        of a full pass. Positions between windows cannot start a match, so skipping them
        changes nothing.
        """
        if (
            self._prefilter is None
            or complete
            or rx.flags & _IGNORECASE
            or (target is not self.text and target is not self._lower)
        ):
            return _full_pass(rx, target)
        # Computed on the text; the lowered text has the same offsets (``spans`` uses it
        # only then) and caseless cores match it as they match the text.
        hits = self._prefiltered()
        assert hits is not None  # noqa: S101 - there is a prefilter
        starts = hits.starts(rx.pattern)
        if starts is not None:
            if len(starts) * _DENSE > len(target):
                # A candidate every few characters ("200 200 200 ..."): one pass costs
                # less than a call per candidate.
                return _full_pass(rx, target)
            return _match_at(rx, target, starts)
        windows = hits.windows(rx.pattern)
        if windows is None:
            return _full_pass(rx, target)
        width = self._prefilter.width(rx.pattern) + _LOOK
        narrow = self._prefilter.reach(rx.pattern) * _NARROW < width
        return _in_windows(rx, target, windows, width, narrow=narrow)


def _in_windows(
    rx: re.Pattern[str],
    target: str,
    windows: list[tuple[int, int]],
    width: int,
    *,
    narrow: bool,
) -> list[re.Match[str]]:
    """The matches of ``rx`` starting in ``windows``, in a full pass's order (see ``_matches``).

    ``width``: the longest match and the look-ahead margin. With ``narrow`` (windows far
    narrower than the expression's matches: a key leading a long value,
    :data:`~privkit.detect._prefilter.REACH`), a window that short has ``rx`` tried at each
    of its positions, as a full pass tries them, instead of a search that runs up to a
    width past the window's end (where no match is kept) when none starts in it.
    """
    n = len(target)
    out: list[re.Match[str]] = []
    last = 0
    search, match = rx.search, rx.match
    for lo, hi in windows:
        pos = max(lo, last)
        if narrow and (hi - pos) * _NARROW < width:
            while pos <= hi:
                m = match(target, pos)
                if m is None:
                    pos += 1
                    continue
                out.append(m)
                last = m.end()
                pos = last if last > pos else pos + 1
            continue
        end = min(n, hi + width)
        while pos <= hi:  # finditer's steps, without building an iterator per window
            m = search(target, pos, end)
            if m is None or m.start() > hi:
                break
            out.append(m)
            last = m.end()
            pos = last if last > pos else pos + 1  # (no core's expression matches empty)
    return out


#: Faster twins of costly expressions, by expression: ``(twin, guard)``. A twin matches
#: wherever its expression matches, and matches the same text there unless ``guard`` stands
#: inside its match or runs past its end (the built-in detectors fill it). A twin stands in
#: only for the expression compiled with the twin's flags (not a caseless recompilation).
TWINS: dict[str, tuple[re.Pattern[str], str]] = {}


def _twin(rx: re.Pattern[str]) -> tuple[re.Pattern[str], str] | None:
    """``rx``'s twin and guard (:data:`TWINS`), if it has one compiled with its flags."""
    twin = TWINS.get(rx.pattern)
    return twin if twin is not None and twin[0].flags == rx.flags else None


def _full_pass(rx: re.Pattern[str], target: str) -> Iterable[re.Match[str]]:
    """``rx.finditer(target)``; with a twin (:data:`TWINS`), the twin's pass.

    Each twin match is kept unless the guard stands in it or right after it; then ``rx``
    is searched from the twin match's start. ``rx`` cannot match before that start (where
    it matches its twin does), so these are the leftmost, non-overlapping matches of
    ``rx.finditer``.
    """
    twin = _twin(rx)
    if twin is None:
        return rx.finditer(target)
    fast, guard = twin
    out: list[re.Match[str]] = []
    pos, n, reach = 0, len(target), len(guard)
    search, find = fast.search, target.find
    while pos <= n:
        m = search(target, pos)
        if m is None:
            break
        if find(guard, m.start(), m.end() + reach) >= 0:
            m = rx.search(target, m.start())
            if m is None:
                break
        out.append(m)
        pos = m.end() if m.end() > pos else pos + 1
    return out


def _uncovered(  # noqa: PLR0917 - one filter's inputs
    spans: list[tuple[int, int]],
    cover: list[Finding],
    score: float,
    relied: dict[int, Finding],
    text: str = "",
    run: str = "",
    most: int = 0,
) -> list[tuple[int, int]]:
    """The spans no finding of ``cover`` contains with a score of at least ``score``.

    ``cover`` holds one pattern's findings: in order and disjoint, so only the last one
    starting at or before a span can contain it. Each finding relied on goes to ``relied``.
    With ``run``, a span's finding may start earlier, over a run of ``run`` characters
    ending at the span (read at most ``most`` back, or further only when an ASCII character
    other than those ends the run): it is covered when the covering finding holds all of
    that run.
    """
    out = []
    i, n = 0, len(cover)
    for span in spans:
        start, end = span
        while i + 1 < n and cover[i + 1].start <= start:
            i += 1
        f = cover[i]
        if (
            f.start <= start
            and end <= f.end
            and f.score >= score
            and (
                not run
                or (
                    not text[f.start : start].strip(run)
                    and (
                        f.start == 0
                        or f.start <= start - most  # past the run's look-back
                        or (text[f.start - 1] not in run and text[f.start - 1].isascii())
                    )
                )
            )
        ):
            relied[id(f)] = f
        else:
            out.append(span)
    return out


def _match_at(rx: re.Pattern[str], target: str, starts: list[int]) -> list[re.Match[str]]:
    """The matches of a full pass of ``rx``, given every position where one may start.

    ``rx`` is tried at those positions in order, each at or after the end of the last
    match: a full pass's steps without the positions where no match can start. With a
    twin (:data:`TWINS`), the twin is tried, and ``rx`` again only where the guard stands
    in the twin's match or right after it (elsewhere both match the same text, or neither).
    """
    out: list[re.Match[str]] = []
    last = 0
    twin = _twin(rx)
    match = rx.match if twin is None else twin[0].match
    guard = "" if twin is None else twin[1]
    for pos in starts:
        if pos >= last:
            m = match(target, pos)
            if m is not None and guard and target.find(guard, pos, m.end() + len(guard)) >= 0:
                m = rx.match(target, pos)
            if m is not None:
                out.append(m)
                last = m.end()
    return out


_IGNORECASE = int(re.IGNORECASE)  # an int: RegexFlag's own "&" is a slow Python call
# Texts shorter than this skip the prefilter: a few regex passes over them cost less.
# (callgrind, each of the first 1,000 real log lines scanned alone, 242 characters on
# average: 1,040 K instructions a line at 2048, 906 K at 200, 908 K at 150, 922 K at 250,
# 987 K at 0; the short texts of the generated corpus: 855 M -> 843 M at 200.)
_MIN_PREFILTER = 200
#: Texts up to this long have their characters read once (:attr:`ScanState.chars`), so that
#: patterns needing others are skipped; on longer texts reading them costs more than it saves.
CHARS_MAX = 4096
# Candidate starts closer than this on average: a full pass instead (see ``_matches``).
_DENSE = 16
# A window is tried position by position when its expression's matches run this many times
# further than the window is long (see ``_matches``).
_NARROW = 8
# Look-ahead margin past the longest match (the patterns' look-aheads read 1-2 characters).
_LOOK = 64


@dataclass(frozen=True, slots=True)
class Pattern:
    r"""One named regular expression of a :class:`PatternDetector`.

    Args:
        name: short name recorded in the finding's evidence (``"ipv4"``).
        regex: Python regular expression. If it has a group named ``value``, the finding
            covers only that group (``r"Bearer (?P<value>\\S+)"``). Keep quantifiers bounded
            (``{1,64}``, not ``+`` inside repetitions) so that matching stays linear.
        score: confidence before validation and context, between 0 and 1.
        ignore_case: match case-insensitively.
        requires_context: report a match only when a context word of the detector is
            near it (such patterns are skipped entirely when no context word occurs in
            the text).
        prefilter: lowercase literals of which one must occur in the text for this
            pattern to run (a cheap skip).
        not_after: characters (a regex class body such as ``\\w.``) that must not
            precede a match: a look-behind checked outside the regex, so that a pattern
            starting with a literal keeps the regex engine's fast literal search.
        lowercase: match against the lowercased text (write the regex in lowercase). This
            is case-insensitive matching that keeps the fast literal search, which
            ``ignore_case`` loses.
        extend_back: characters (listed literally, e.g. ``"0123456789"``) over which the
            start of a match is moved back, at most ``extend_max`` of them. This lets a
            pattern start at a literal (``"\\.[0-9]{1,3}\\.…"`` for IPv4) and still cover the
            part before it; ``not_after`` is checked at the moved start.
        extend_max: see ``extend_back``.
        min_length: shortest span worth validating (a cheap filter before ``validate``).
        max_length: longest span worth validating; 0 means no limit.
    """

    name: str
    regex: str
    score: float = 0.5
    ignore_case: bool = False
    requires_context: bool = False
    prefilter: tuple[str, ...] = ()
    not_after: str = ""
    lowercase: bool = False
    extend_back: str = ""
    extend_max: int = 0
    min_length: int = 1
    max_length: int = 0

    def __post_init__(self) -> None:
        if not self.name:
            raise ConfigError("Pattern.name must not be empty")
        if not 0.0 <= self.score <= 1.0:
            raise ConfigError(f"Pattern {self.name!r}: score must be in [0, 1]")
        try:
            re.compile(self.regex)
            if self.not_after:
                re.compile(f"[{self.not_after}]")
        except re.error as exc:
            raise ConfigError(f"Pattern {self.name!r}: invalid regex ({exc})") from None
        prefilter: object = self.prefilter
        if isinstance(prefilter, str) or any(p != p.lower() for p in self.prefilter):
            raise ConfigError(f"Pattern {self.name!r}: prefilter must be lowercase literals")
        if self.min_length < 1 or self.max_length < 0 or 0 < self.max_length < self.min_length:
            raise ConfigError(f"Pattern {self.name!r}: bad min_length/max_length")
        if self.extend_max < 0 or bool(self.extend_back) != bool(self.extend_max):
            raise ConfigError(f"Pattern {self.name!r}: extend_back and extend_max go together")

    def compile(self) -> re.Pattern[str]:
        """Return the compiled expression."""
        return re.compile(self.regex, re.IGNORECASE if self.ignore_case else 0)


class PatternDetector(abc.ABC):
    r"""Base class of declarative regex detectors (Presidio's good idea, typed).

    Subclasses set class attributes and may override :meth:`validate` and :meth:`tags`::

        class EmployeeId(PatternDetector):
            entity = EntityType.DEVICE_ID
            patterns = (Pattern("emp", r"\\bEMP-\\d{6}\\b", score=0.4),)
            context = ("employee",)

    Scoring: a match starts at its pattern's score; ``validate`` returning ``False`` drops
    it; a context word near the value adds ``context_boost``; a ``negative_context`` word
    (``sha``, ``checksum``, ...) subtracts ``negative_penalty``. Findings below the
    scanner's ``min_score`` are not reported.

    Attributes:
        entity: the entity type reported.
        patterns: the patterns tried, in order.
        context: words that make the value more likely (matched in a lowercase window,
            with ``_``/``-``/``.`` read as spaces).
        negative_context: words that make it less likely.
        nearest_label: when both kinds of word occur, only the one nearest the value
            counts (its label), so "call 555 0100 about your order" keeps the phone number.
        prefilter: lowercase literals of which at least one must occur in the text for the
            patterns to run at all (a cheap skip; empty means always run).
        checksum: name of the check :meth:`validate` performs, recorded in evidence.
        name: detector name recorded in findings (defaults to the class name).
    """

    entity: ClassVar[EntityType]
    patterns: ClassVar[tuple[Pattern, ...]]
    context: ClassVar[tuple[str, ...]] = ()
    negative_context: ClassVar[tuple[str, ...]] = ()
    context_boost: ClassVar[float] = 0.35
    negative_penalty: ClassVar[float] = 0.4
    context_width: ClassVar[int] = 48
    prefilter: ClassVar[tuple[str, ...]] = ()
    #: Lowercase literals the detector's own code asks :meth:`ScanState.present` about (the
    #: Hyperscan prefilter then reports them in its one pass instead of a search each).
    scan_literals: ClassVar[tuple[str, ...]] = ()
    #: A quick reject: an expression that finds something in every text the detector can
    #: find anything in (a character every one of its matches needs: an ASCII digit for a card
    #: number). The scanner does not run the detector on a text it finds nothing in
    #: (:meth:`ScanState.holds`). ``None``: run on every text. Not inherited: a subclass
    #: (other patterns, other code) declares its own or has none.
    needs: ClassVar[re.Pattern[str] | None] = None
    checksum: ClassVar[str] = ""
    name: ClassVar[str] = ""
    nearest_label: ClassVar[bool] = False

    _compiled: ClassVar[
        tuple[
            tuple[
                Pattern,
                re.Pattern[str],
                re.Pattern[str] | None,
                tuple[frozenset[str], int] | None,
            ],
            ...,
        ]
    ]
    # Per compiled pattern: sets of characters each match needs one of (:func:`_required`),
    # and whether they answer for its ``prefilter`` too.
    _required_each: ClassVar[tuple[tuple[tuple[frozenset[str], ...], bool], ...]]
    _ctx: ClassVar[tuple[str, ...]]
    _ctx_variants: ClassVar[tuple[str, ...]]
    _neg_variants: ClassVar[tuple[str, ...]]
    _neg_rx: ClassVar[re.Pattern[str] | None]
    _marks_exact: ClassVar[bool]
    _neg: ClassVar[tuple[str, ...]]
    _norms: ClassVar[dict[str, str]]
    _base_score_only: ClassVar[bool] = False
    # Pruning (``ScanState.prune``): candidates of the ``_within`` patterns (whose findings
    # lie within their match) that a finding of the ``_covering`` pattern, found earlier
    # in the same scan, contains and outranks (score at least theirs) are not evaluated:
    # overlap resolution would drop them. Only for base-score-only detectors, whose scores
    # are their patterns'.
    _covering: ClassVar[str] = ""
    _within: ClassVar[frozenset[str]] = frozenset()
    # Patterns whose finding may start before their match, back over a run of these
    # characters, reading at most this many of them (and no further than that run's
    # start): pruned when the covering finding holds the whole run.
    _back_over: ClassVar[dict[str, tuple[str, int]]] = {}
    # Whether ``_sift`` drops candidates before evaluation (a detector's own cheap test), or
    # adds those a match hides (a match that runs over the opening of another).
    _sifts: ClassVar[bool] = False
    # The context words of each window read (made on first use: see :meth:`score`).
    _window_words: BoundedMemo[str, tuple[tuple[str, ...], tuple[str, ...]]]

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if not hasattr(cls, "patterns"):
            return  # an intermediate base class without patterns yet
        if not isinstance(getattr(cls, "entity", None), EntityType):
            raise ConfigError(f"{cls.__name__}.entity must be an EntityType")
        if not cls.patterns or not all(isinstance(p, Pattern) for p in cls.patterns):
            raise ConfigError(f"{cls.__name__}.patterns must be a non-empty tuple of Pattern")
        compiled = []
        for p in cls.patterns:
            if p.requires_context and not cls.context:
                raise ConfigError(f"{cls.__name__}: pattern {p.name!r} requires context words")
            not_after = re.compile(f"[{p.not_after}]") if p.not_after else None
            back = (frozenset(p.extend_back), p.extend_max) if p.extend_back else None
            compiled.append((p, p.compile(), not_after, back))
        cls._compiled = tuple(compiled)
        cls._required_each = tuple(_required(p, rx) for p, rx, _n, _b in cls._compiled)
        cls._ctx = normalize_words(cls.context)
        # Spellings of each context phrase in raw text: "device id", "device_id", "deviceid"...
        # A cheap necessary condition for "some context word occurs": the longest word of
        # each phrase occurs in the lowercased text, whatever separates the phrase's words.
        cls._ctx_variants = _variants(cls._ctx)
        cls._neg = normalize_words(cls.negative_context)
        cls._neg_variants = _variants(cls._neg)
        # (One search for any of them: a loop of ``in`` tests costs a call per word.)
        cls._neg_rx = (
            re.compile("|".join(map(re.escape, cls._neg_variants))) if cls._neg_variants else None
        )
        cls._marks_exact = not any(
            c in "\u03c3\u03c2\u03a3" for w in (*cls._ctx, *cls._neg) for c in w
        )
        # Each word as reported (stripped) -> its normalised form, for ``_nearest``.
        cls._norms = {w.strip(): w for w in (*cls._neg, *cls._ctx)}
        # Scores need no context window: no context words and the base class's scoring.
        cls._base_score_only = not cls._ctx and not cls._neg and cls.score is PatternDetector.score
        # Pruning rests on how the declaring class evaluates: a subclass that changes its
        # patterns, evaluation or scoring (context words, say) does not inherit it.
        changed = ("patterns", "evaluate", "_evaluate_in", "score", "validate", "context")
        if cls._covering and (
            not cls._base_score_only
            or ("_covering" not in cls.__dict__ and any(n in cls.__dict__ for n in changed))
        ):
            cls._covering = ""
        # A quick reject holds for the declaring class's patterns and code only.
        if "needs" not in cls.__dict__:
            cls.needs = None
        # Likewise a sift (``_sift``) that mirrors the declaring class's first rejections.
        if (
            cls._sifts
            and "_sifts" not in cls.__dict__
            and "_sift" not in cls.__dict__
            and any(
                n in cls.__dict__
                for n in ("patterns", "evaluate", "_evaluate_in", "_evaluate", "_needs_word")
            )
        ):
            cls._sifts = False
        if not cls.__dict__.get("name"):
            cls.name = _snake(cls.__name__)

    def validate(self, value: str, /) -> bool | None:
        """Check a matched value: ``False`` drops it, ``True`` records :attr:`checksum`."""
        del value
        return None

    def tags(self, value: str, /) -> tuple[str, ...]:
        """Return extra facts about a valid value (for example IP scope)."""
        del value
        return ()

    def __call__(self, text: str, /) -> list[Finding]:
        """Return the findings in ``text`` (no score threshold, overlaps not resolved)."""
        if not isinstance(text, str):
            raise TypeError(f"detector expects str, not {type(text).__name__}")
        return list(self.find(ScanState(text)))

    def forget(self) -> None:
        """Drop the values this detector memoised from the texts it read (its memos).

        A memo is a cache: a scan running meanwhile in another thread only reads again.
        """
        for value in tuple(vars(self).values()):
            if isinstance(value, BoundedMemo) and value:
                value.clear()

    def find(self, state: ScanState, /) -> Iterator[Finding]:  # noqa: C901, PLR0912
        """Yield the findings of one scan (``state`` memoises work shared by detectors)."""
        if self.prefilter and not state.present(self.prefilter):
            return
        # Without a scan-aware override, call ``evaluate`` directly (one call per candidate).
        plain = type(self)._evaluate_in is PatternDetector._evaluate_in  # noqa: SLF001
        call: Callable[..., Finding | None] = self.evaluate if plain else self._evaluate_in
        first: object = state.text if plain else state
        cover: list[Finding] | None = [] if state.prune and self._covering else None
        chars = state.chars
        for (pattern, rx, not_after, back), (needs, answered) in zip(
            self._compiled, self._required_each, strict=True
        ):
            if chars is not None:
                for one in needs:
                    if chars.isdisjoint(one):
                        break  # a character every match needs is not in the text
                else:
                    one = None
                if one is not None:
                    continue
                if pattern.prefilter and not answered and not state.present(pattern.prefilter):
                    continue  # (``present`` is memoised per scan)
            elif pattern.prefilter and not state.present(pattern.prefilter):
                continue
            if pattern.requires_context and not state.present(self._ctx_variants):
                continue
            spans = state.spans(
                rx, not_after, lowercase=pattern.lowercase, back=back, shortest=pattern.min_length
            )
            lo, hi = pattern.min_length, pattern.max_length or 1 << 62
            needs_context = pattern.requires_context
            keep = None
            if cover is not None:
                spans, keep = self._prune(pattern, spans, cover, state)
            if self._sifts:
                spans = self._sift(pattern, spans, state)
            for start, end in spans:
                if not lo <= end - start <= hi:
                    continue
                found = call(first, start, end, pattern)
                if found is not None and (not needs_context or found.evidence.context):
                    if keep is not None:
                        keep.append(found)
                    yield found

    def _sift(
        self, pattern: Pattern, spans: list[tuple[int, int]], state: ScanState
    ) -> list[tuple[int, int]]:
        """The spans worth evaluating (all of them, unless a detector sets ``_sifts``).

        A detector may drop, in one loop, candidates that :meth:`evaluate` would reject, or
        add the candidates a match runs over (a pattern that reads loosely and whose
        :meth:`evaluate` ends the value before the match's end).
        """
        del pattern, state
        return spans

    def _prune(
        self, pattern: Pattern, spans: list[tuple[int, int]], cover: list[Finding], state: ScanState
    ) -> tuple[list[tuple[int, int]], list[Finding] | None]:
        """``pattern``'s spans left to evaluate, and the list its findings go to, if any.

        The covering pattern's findings go to ``cover``; the spans of the patterns within
        it lose those a finding of ``cover`` covers and outranks.
        """
        name = pattern.name
        if name == self._covering:
            return spans, cover
        if cover and name in self._within:
            return _uncovered(spans, cover, pattern.score, state.relied), None
        if cover and name in self._back_over:
            run, most = self._back_over[name]
            found = _uncovered(spans, cover, pattern.score, state.relied, state.text, run, most)
            return found, None
        return spans, None

    def evaluate(self, text: str, start: int, end: int, pattern: Pattern, /) -> Finding | None:
        """Turn one match into a finding (validation, context, tags), or ``None``."""
        value = text[start:end]
        ok = self.validate(value)
        if ok is False:
            return None
        score, words = self.score(text, start, end, pattern.score)
        evidence = shared_evidence(
            pattern.name, self.checksum if ok else "", words, self.tags(value)
        )
        return new_finding(self.entity, start, end, score, self.name, evidence)

    def _evaluate_in(
        self, state: ScanState, start: int, end: int, pattern: Pattern, /
    ) -> Finding | None:
        """:meth:`evaluate` within one scan; a detector may use ``state``'s memos."""
        return self.evaluate(state.text, start, end, pattern)

    def context_possible(
        self, text: str, start: int, end: int, /, state: ScanState | None = None
    ) -> bool:
        """A cheap necessary condition for :meth:`score` to find a context word.

        ``False`` means no context word is near ``text[start:end]``; ``True`` means one
        may be. A detector that needs context can reject a candidate with it before the
        full context window is built.
        """
        # (Within the value's own text: a batch's neighbour is no context, see own_window.)
        marks = None if state is None else state.marks(self._ctx_variants)
        if marks is None:
            lo, hi = own_window(text, start, end, self.context_width)
            near = text[lo:hi].lower()
            return any(v in near for v in self._ctx_variants)
        # Some context word starts in [lo, hi): a superset of the test above (a word may run
        # past the window's end), so ``False`` stays exact. (No mark in the window before
        # it is cut at a NUL: no mark in the cut one, and no NUL looked for.)
        width = self.context_width
        i = bisect.bisect_left(marks, start - width)
        if i == len(marks) or marks[i] >= end + width:
            return False
        lo, hi = own_window(text, start, end, width)
        i = bisect.bisect_left(marks, lo)
        return i < len(marks) and marks[i] < hi

    def no_words_near(self, start: int, end: int, state: ScanState, /) -> bool:
        """Whether :meth:`score` can find no context or negative word around ``start:end``.

        A context word's longest part (as :meth:`context_possible` reads it) has no mark of the
        scan in the window's widest reach, and no negative word's is in the lowered text there:
        :meth:`score` then returns the base score, rounded, and no words. ``False`` when a word
        may be there, or when the lowered text cannot say (lowercasing moved offsets, or a
        word holds a sigma, whose lower case depends on the letters around it).
        """
        if not self._marks_exact:
            return False
        lo, hi = max(0, start - self.context_width), end + self.context_width // 2
        if self._ctx_variants:
            # (the marks looked up by the detector's class: a text dense with findings asks)
            seen = state.memo("words_near")
            marks = seen.get(type(self), False)
            if marks is False:
                marks = seen[type(self)] = state.marks(self._ctx_variants)
            if marks is None:
                return False
            i = bisect.bisect_left(marks, lo)
            if i < len(marks) and marks[i] < hi:
                return False
        neg = self._neg_rx
        if neg is not None:
            # (negative words are common ones, "id", "number": read in the reach itself, not
            # marked over the whole text)
            low = state.lower
            if len(low) != len(state.text):
                return False
            return neg.search(low, lo, hi) is None
        return True

    def score(
        self, text: str, start: int, end: int, base: float, /
    ) -> tuple[float, tuple[str, ...]]:
        """Return the context-adjusted score and the context words that changed it."""
        if not self._ctx and not self._neg:
            return base, ()
        return self._adjusted(base, self._context_words(text, start, end))

    def _context_words(
        self, text: str, start: int, end: int, /
    ) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The context and negative words that count for ``text[start:end]`` (see :meth:`score`).

        They do not depend on the base score: a caller scoring one value twice reads them once.
        """
        window = context_window(text, start, end, self.context_width)
        # The words in a window depend on the window only: memoised by the detector (log
        # lines repeat their keys: "MAC=...", "client ip"). The memo is the detector's own,
        # so no window of scanned text outlives it.
        try:
            memo = self._window_words
        except AttributeError:
            memo = self._window_words = BoundedMemo(4096)
        found = memo.get(window)
        if found is None:
            found = memo.put(
                window,
                (
                    tuple(w.strip() for w in self._ctx if w in window),
                    tuple(w.strip() for w in self._neg if w in window),
                ),
            )
        words, neg = found
        if words and neg and self.nearest_label:
            words, neg = self._nearest(text, start, end, words, neg)
        return words, neg

    def _adjusted(
        self, base: float, found: tuple[tuple[str, ...], tuple[str, ...]], /
    ) -> tuple[float, tuple[str, ...]]:
        """:meth:`score` from the base score and the words :meth:`_context_words` found."""
        words, neg = found
        score = base
        if words:
            score = min(1.0, score + self.context_boost)
        if neg:
            score = max(0.0, score - self.negative_penalty)
        return round(score, 4), words + neg

    def _nearest(
        self, text: str, start: int, end: int, words: tuple[str, ...], neg: tuple[str, ...]
    ) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Keep only the side (positive or negative) of the context word nearest the value.

        A value's label comes right before it ("order 1234", "call 555 0100"); words
        further away describe something else in the sentence. Before the value, the word
        ending nearest wins and a longer phrase wins a tie ("order number" over "number");
        with no word before, the first word after the value decides.
        """
        before, after = context_sides(text, start, end, self.context_width)
        before = _normalized(_spaced(" " + before + " "))
        after = _normalized(_spaced(" " + after + " "))
        best: tuple[int, int, bool] | None = None
        for side, sign in ((words, True), (neg, False)):
            for w in side:
                norm = self._norms.get(w) or f" {w}"  # as normalize_words wrote it
                i = before.rfind(norm)
                if i >= 0:
                    key = (i + len(norm.rstrip()), len(norm), sign)
                    if best is None or key[:2] > best[:2]:
                        best = key
        if best is None:  # every word is after the value: the first one decides
            first: tuple[int, bool] | None = None
            for side, sign in ((words, True), (neg, False)):
                for w in side:
                    norm = self._norms.get(w) or f" {w}"
                    i = after.find(norm)
                    if i >= 0 and (first is None or i < first[0]):
                        first = (i, sign)
            positive = first is None or first[1]
        else:
            positive = best[2]
        return (words, ()) if positive else ((), neg)

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other)

    def __hash__(self) -> int:
        return hash(type(self))


# Evidence objects are immutable and repeat a lot: one per (pattern, checksum, words, tags).
_EVIDENCE: BoundedMemo[tuple[str, str, tuple[str, ...], tuple[str, ...]], Evidence] = BoundedMemo(
    4096
)


def shared_evidence(
    name: str, checksum: str, words: tuple[str, ...], tags: tuple[str, ...]
) -> Evidence:
    """The one :class:`Evidence` of a pattern, check, context words and tags (shared)."""
    key = (name, checksum, words, tags)
    evidence = _EVIDENCE.get(key)
    return _EVIDENCE.put(key, Evidence(*key)) if evidence is None else evidence


def _snake(name: str) -> str:
    name = name.removesuffix("Detector")
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


@dataclass(frozen=True)
class DenyList:
    """Report every occurrence of the given words or values as ``entity``.

    Matches whole words only. The values are never shown in ``repr``.

    Args:
        entity: the entity type reported.
        values: the words or values to find.
        ignore_case: match case-insensitively (default).
        score: score of every finding.
        name: detector name recorded in findings.

    >>> from privkit.types import EntityType
    >>> deny = DenyList(EntityType.PERSON, ("Ada Lovelace",))
    >>> [(f.start, f.end) for f in deny("Ask ada lovelace.")]
    [(4, 16)]
    """

    entity: EntityType
    values: tuple[str, ...] = field(repr=False)
    ignore_case: bool = True
    score: float = 1.0
    name: str = "deny_list"
    _rx: re.Pattern[str] | None = field(init=False, repr=False, compare=False, default=None)

    def __post_init__(self) -> None:
        object.__setattr__(self, "entity", to_entity(self.entity))
        given: object = self.values
        if isinstance(given, str):
            raise ConfigError("DenyList.values must be a sequence of strings, not one string")
        values = tuple(self.values)
        if not values or not all(isinstance(v, str) and v.strip() for v in values):
            raise ConfigError("DenyList.values must be non-empty strings")
        if not 0.0 <= self.score <= 1.0:
            raise ConfigError("DenyList.score must be in [0, 1]")
        object.__setattr__(self, "values", values)
        alternatives = "|".join(re.escape(v) for v in sorted(set(values), key=len, reverse=True))
        flags = re.IGNORECASE if self.ignore_case else 0
        rx = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", flags)
        object.__setattr__(self, "_rx", rx)

    def __repr__(self) -> str:
        return f"DenyList({self.entity.value}, <{len(self.values)} values>)"

    def __call__(self, text: str, /) -> list[Finding]:
        """Return a finding for each occurrence in ``text``."""
        assert self._rx is not None  # noqa: S101 - set in __post_init__
        ev = Evidence(pattern="deny_list")
        return [
            Finding(self.entity, m.start(), m.end(), self.score, self.name, ev)
            for m in self._rx.finditer(text)
        ]

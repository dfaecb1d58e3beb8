r"""A text as it shows to a reader, and the way back to the text's own offsets.

The scanner's detectors read the shown text; :meth:`ShownMap.back` moves their findings
back. Three edits make it:

- **Invisible characters** are left out: a zero-width space, a soft hyphen or a direction
  mark shows nothing, and text pasted from web pages and chat carries them inside values
  (``4111\u200b1111\u200b1111\u200b1111`` shows as a card number).
- **A space between a value and a label glued to it**: text taken out of a PDF or a
  table's cells runs a value into the next cell's label (``4111 1111 1111 1111Fax: ...``,
  ``www.example.orgPhone: ...``), and every detector's boundary test refused the value.
- **Full-width forms and other spaces read as ASCII** (``\uff11\uff10\uff0e\uff10...``,
  typed for ``10.0...``; a figure space between a card's groups), one character for one.

A text with none of these is read as it is (no map; with full-width forms only, the text
changes and its offsets do not).
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from privkit.detect._builtin._common import _tld_delegated
from privkit.types import new_finding

if TYPE_CHECKING:
    from privkit.types import Finding

__all__ = ["ShownMap", "shown"]

#: Format characters that show nothing and that text carries by accident or on purpose
#: inside a value (pasted from a web page, or put there to break a link or a mention):
#: the soft hyphen, the Mongolian vowel separator, zero-width space, non-joiner and joiner,
#: the direction marks, embeddings, overrides and isolates, the word joiner and the
#: invisible operators, and the zero-width no-break space (byte order mark).
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]+")

#: Full-width forms of ASCII's printable characters, as East Asian input methods type them
#: (U+FF11 for "1", U+FF0E for "."), and the spaces of other widths (no-break, figure, en,
#: thin, narrow no-break, ideographic: digit groups in tables and French text): read as
#: ASCII, one character for one (offsets unchanged).
_WIDE = re.compile("[\uff01-\uff5e\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_NARROW = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | dict.fromkeys(
    (0xA0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000), 0x20
)

#: A digit, then a label glued to it: a capitalised word of two to twelve letters or two
#: to six capitals, a colon and a space or the end ("0958Fax: ", "1111Email:"). The
#: space goes after the digit. (A digit and a capital first: most digits fail there, in
#: two steps; a look-ahead at every digit cost three times as much on log lines.)
_GLUED_LABEL = re.compile(r"[0-9][A-Z](?=[a-z]{1,11}:(?:\s|\Z)|[A-Z]{1,5}:(?:\s|\Z))")
#: A value's last letters, then a capitalised label glued to them ("example.orgFax: ",
#: "4d:5eHost: "): a top-level domain or a four-digit hexadecimal group after a dot, one to
#: four hexadecimal digits after a colon or a hyphen (:func:`_value_end` decides). The space
#: goes before the label's capital. (Three expressions that each start with a literal: the
#: engine's fast search for it; one that starts with a set of the three cost twice as much.)
_LABEL_AHEAD = r"[A-Z](?=[a-z]{1,11}:(?:\s|\Z))"
_GLUED_LETTER_LABELS = (
    re.compile(r"\.(?:[a-z]{2,24}|[0-9A-Fa-f]{4})" + _LABEL_AHEAD),
    re.compile(r":[0-9A-Fa-f]{1,4}" + _LABEL_AHEAD),
    re.compile(r"-[0-9A-Fa-f]{1,4}" + _LABEL_AHEAD),
)
#: What every label above ends in: a letter, a colon, a blank or the end. Searched first
#: (led by the colon), it spares the four searches on a text with no such colon.
_LABEL_COLON = re.compile(r":(?<=[A-Za-z]:)(?:\s|\Z)")
#: Digits at most this many, glued to a letter before them, make a name with a number
#: ("@Ashton5SOS: ", "HandleMdv2Update: "), not a value before a label: no space.
_NAME_DIGITS = 3


class ShownMap:
    """Where each character of a shown text came from (:func:`shown`).

    ``at`` holds the shown offsets where the distance to the text's offsets changes, and
    ``delta`` that distance from there on; ``inserted`` the offsets of the spaces put in.
    """

    __slots__ = ("_at", "_delta", "_inserted")

    def __init__(self, at: list[int], delta: list[int], inserted: frozenset[int]) -> None:
        self._at = at
        self._delta = delta
        self._inserted = inserted

    def _source(self, i: int) -> int:
        k = bisect.bisect_right(self._at, i)
        return i + (self._delta[k - 1] if k else 0)

    def back(self, found: list[Finding]) -> list[Finding]:
        """``found`` (on the shown text) at the offsets of the text it was shown from.

        A finding starts at its first character and ends after its last: invisible
        characters inside a value are covered, those around it are not (nor a space put
        in). The map keeps order, so sorted and disjoint findings stay so.
        """
        out = []
        for f in found:
            first, last = f.start, f.end - 1
            if first in self._inserted and first < last:
                first += 1
            if last in self._inserted and last > first:
                last -= 1
            start, end = self._source(first), self._source(last) + 1
            out.append(
                new_finding(f.entity_type, start, end, f.score, f.detector, f.evidence, f.field)
            )
        return out


def _glued(text: str) -> list[int]:
    """Offsets where a label is glued to the number before it (:data:`_GLUED_LABEL`)."""
    out = []
    for m in _GLUED_LABEL.finditer(text):
        at = m.start() + 1
        run = at - 1
        while run > 0 and text[run - 1].isdigit() and at - run <= _NAME_DIGITS:
            run -= 1
        if at - run <= _NAME_DIGITS and run > 0 and text[run - 1].isalpha():
            continue
        out.append(at)
    return out


_TLD_MOST = 24  # letters of the longest ASCII top-level domain the root zone delegates
_HEX_GROUP_MOST = 4  # hexadecimal digits of an IPv6 address's group (a MAC's: two)
_HEX = frozenset("0123456789abcdefABCDEF")
_HOST_MOST = 255  # characters of a host name, and of the address or link it ends


def _value_end(text: str, end: int) -> bool:
    """Whether the letters ending at ``end`` end a value a label can be glued to.

    A top-level domain after a dot, in an address or a link (``jane@example.com``,
    ``www.example.org``, ``https://example.org``: not a dotted key's ``cfg.comPort: ``), or
    a MAC or IPv6 address's last group: one to four hexadecimal digits after a colon or a
    hyphen (``00:1a:2b:3c:4d:5e``, ``2001:db8::147a``), four after a dot (``001a.2b3c.4d5e``).
    A camel-case word (``firstName: ``), a dotted key's last part (``app.userName: ``) or any
    other word is not.
    """
    start, lo = end, max(0, end - _TLD_MOST - 1)
    while start > lo and text[start - 1].isascii() and text[start - 1].isalnum():
        start -= 1
    if start == 0 or end - start > _TLD_MOST:
        return False
    run, sep = text[start:end], text[start - 1]
    if sep == "." and run.isalpha() and run.islower() and start > 1 and text[start - 2].isalnum():
        word = text[max(0, start - _HOST_MOST) : start].rsplit(maxsplit=1)[-1]
        return _tld_delegated(run) and ("@" in word or "www." in word or "://" in word)
    return (
        (sep in ":-" or (sep == "." and len(run) == _HEX_GROUP_MOST))
        and len(run) <= _HEX_GROUP_MOST
        and all(c in _HEX for c in run)
        and start > 1
        and (text[start - 2] in _HEX or text[start - 2 : start] == "::")
    )


def _glued_letters(text: str) -> list[int]:
    """Offsets where a capitalised label is glued to a value ending in a letter."""
    out = []
    for rx in _GLUED_LETTER_LABELS:
        for m in rx.finditer(text):
            at = m.end() - 1
            if _value_end(text, at):
                out.append(at)
    return out


def _glued_places(text: str, removed: list[tuple[int, int]]) -> list[int]:
    """Offsets in ``text`` where a space goes before a glued label, read as ``text`` shows.

    The labels are looked for in the text without its invisible characters (``removed``,
    in order: offset and length), so that ``1FF\u00ad:`` is read as ``1FF:`` is, and a
    shown text shows as it is; each place found is moved back to ``text``'s offsets.
    """
    if not removed:
        return sorted({*_glued(text), *_glued_letters(text)})
    clean = _INVISIBLE.sub("", text)
    out, k, shift = [], 0, 0
    for at in sorted({*_glued(clean), *_glued_letters(clean)}):
        while k < len(removed) and removed[k][0] - shift <= at:
            shift += removed[k][1]
            k += 1
        out.append(at + shift)
    return out


def shown(text: str) -> tuple[str, ShownMap | None]:
    r"""``text`` as it shows, and the map back to its offsets (``None``: the same offsets).

    >>> shown("card 4111\u200b1111")[0], shown("tel 020 7946 0958Fax: x")[0]
    ('card 41111111', 'tel 020 7946 0958 Fax: x')
    >>> shown("plain text 10.0.0.1")[1] is None
    True
    """
    invisible = False
    if not text.isascii():
        if _WIDE.search(text) is not None:
            text = text.translate(_NARROW)
        invisible = _INVISIBLE.search(text) is not None
    if not invisible and (
        ":" not in text
        or _LABEL_COLON.search(text) is None
        or (
            _GLUED_LABEL.search(text) is None
            and all(rx.search(text) is None for rx in _GLUED_LETTER_LABELS)
        )
    ):
        return text, None  # (the common case: a few searches in C)
    edits: list[tuple[int, int]] = []  # (offset, characters removed; 0 puts a space there)
    if invisible:
        edits.extend((m.start(), m.end() - m.start()) for m in _INVISIBLE.finditer(text))
    if ":" in text:
        places = _glued_places(text, edits)  # (read with the removals only)
        edits.extend((at, 0) for at in places)
    if not edits:
        return text, None
    edits.sort()
    parts: list[str] = []
    at: list[int] = []
    delta: list[int] = []
    inserted: set[int] = set()
    pos = size = moved = 0
    for offset, removed in edits:
        if offset < pos:
            continue  # (a label's place inside a removed run: none can be, kept safe)
        parts.append(text[pos:offset])
        size += offset - pos
        if removed:
            moved += removed
            pos = offset + removed
        else:
            parts.append(" ")
            inserted.add(size)
            size += 1
            moved -= 1
            pos = offset
        at.append(size)
        delta.append(moved)
    parts.append(text[pos:])
    return "".join(parts), ShownMap(at, delta, frozenset(inserted))

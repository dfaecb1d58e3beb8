# ruff: noqa: E501 - regex tables, word lists and numeric address ranges
"""Street addresses."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from privkit.detect._base import (
    Pattern,
    PatternDetector,
    ScanState,
)
from privkit.detect._ner import (
    noisy_case,
)
from privkit.types import EntityType, Finding

if TYPE_CHECKING:
    from collections.abc import Iterator


_L = r"[^\W\d_]"  # a letter, any script


_WORD = rf"[A-Z\u00c0-\u024f\u0370-\u03ff]{_L}*(?:['\u2019.\-]{_L}+)*\.?"


_SUFFIX = (
    r"(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Lane|Ln|Boulevard|Blvd|Way|Court|Ct|Place|Pl"
    r"|Square|Sq|Terrace|Crescent|Heights|Row|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Trail|Alley"
    r"|Close|Gardens|Park|Plaza|Stream|Mews|Walk|Radial|Ridge|Loop|Pike|Grove|View|Hill)\b\.?"
)


_STREET_FIRST = (
    r"(?:Via|Viale|Piazza|Corso|Rua|Rue|Calle|Avenida|Avenue|Chemin|Boulevard|Plaza|Praça)"
)


class AddressDetector(PatternDetector):
    """Street addresses, reported as ``LOCATION``.

    ``221 Baker Street``, ``Via Roma 12``, ``Apt. 5``, ``Suite 300``, ``P.O. Box 63``: small
    NER models miss them. Runs when ``LOCATION`` is asked for.
    """

    entity = EntityType.LOCATION
    #: Quick reject (see ``PatternDetector.needs``): a house, unit or box number in ASCII
    #: digits, in every pattern, cased and caseless (:attr:`_CASELESS`).
    needs = re.compile(r"[0-9]")
    name = "address"
    patterns = (
        Pattern("street_number_first",
                rf"(?<![\w.\-])[0-9]{{1,6}}[A-Za-z]?(?: [0-9]{{1,5}})? (?:{_WORD} ){{1,4}}{_SUFFIX}(?! ?[0-9])", 0.7),
        Pattern("street_name_first",
                rf"(?<![\w.\-]){_STREET_FIRST} (?:{_WORD} ){{0,4}}{_WORD} [0-9]{{1,5}}[A-Za-z]?(?![\w\-])", 0.7),
        Pattern("unit", r"(?<![\w.\-])(?:Apt|Apartment|Suite|Ste|Unit|Flat)\.? ?#?[0-9]{1,5}[A-Z]?(?![\w\-])", 0.6),
        Pattern("po_box", r"(?<![\w.\-])(?:P\.? ?O\.? Box|PSC [0-9]{3,5}, Box|Box) [0-9]{1,6}(?![\w\-])", 0.6,
                prefilter=("box",)),
    )  # fmt: skip

    def find(self, state: ScanState, /) -> Iterator[Finding]:
        """Yield addresses; in text written without capitals, case is not required."""
        yield from super().find(state)
        text = state.text
        cased = [rx for _p, rx, _n, _b in self._compiled]
        for pattern, rx in self._CASELESS:
            for m in rx.finditer(text):
                if any(c.match(text, m.start()) for c in cased):
                    continue  # the cased pass reported it already
                if not noisy_case(_segment(text, m.start(), m.end())):
                    continue  # in text that uses capitals, an address has them too
                found = self.evaluate(text, m.start(), m.end(), pattern)
                if found is not None:
                    yield found

    # Lower-case forms: only street words that are not everyday words ("5 minutes walk",
    # "via email 24" and "box 12 of 20" are not addresses).
    _LOWER_WORD = rf"{_L}+(?:['\u2019.\-]{_L}+)*\.?"
    # Function words do not occur inside a street name ("3 kids love the long road").
    _NOT_GLUE = r"(?!(?:the|a|an|to|of|and|or|in|on|at|for|my|your|our|is|was|by|with|from) )"
    _CASELESS = tuple(
        (Pattern(name, regex, 0.6), re.compile(regex, re.IGNORECASE))
        for name, regex in (
            ("street_number_first",
             (rf"(?<![\w.\-])[0-9]{{1,6}}[a-z]?(?: [0-9]{{1,5}})? (?:{_NOT_GLUE}{_LOWER_WORD} ){{1,3}}"
             r"(?:street|avenue|ave|road|rd|boulevard|blvd|lane|crescent|terrace|parkway|pkwy"
             r"|highway|hwy|alley|heights|mews|plaza)\b\.?(?! ?[0-9])")),
            ("street_name_first",
             (rf"(?<![\w.\-])(?:viale|piazza|corso|rua|rue|calle|avenida|chemin|praça) "
             rf"(?:{_LOWER_WORD} ){{0,4}}{_LOWER_WORD} [0-9]{{1,5}}[a-z]?(?![\w\-])")),
            ("unit", r"(?<![\w.\-])(?:apt|apartment|suite|ste)\.? ?#?[0-9]{1,5}[a-z]?(?![\w\-])"),
            ("po_box", r"(?<![\w.\-])p\.? ?o\.? box [0-9]{1,6}(?![\w\-])"),
        )
    )  # fmt: skip


def _segment(text: str, start: int, end: int, width: int = 2000) -> str:
    """Return the text around ``[start, end)``, ``width`` characters each side at most.

    It stays within one document of a batch (batched documents are joined with separators
    that hold a NUL character).
    """
    lo = text.rfind("\x00", max(0, start - width), start) + 1 or max(0, start - width)
    hi = text.find("\x00", end, end + width)
    return text[lo : hi if hi >= 0 else min(len(text), end + width)]

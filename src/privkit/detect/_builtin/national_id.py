# ruff: noqa: PLR2004 - regex tables, word lists and numeric address ranges
"""US Social Security numbers."""

from __future__ import annotations

import re

from privkit.detect._base import (
    Pattern,
    PatternDetector,
    ScanState,
)
from privkit.detect._builtin._common import (
    _ANY_DIGIT,
    _DIGITS,
    _GROUPED,
    _NO_SPACES,
    _TYPO_DASHES,
    _finding,
)
from privkit.detect._checksums import (
    SSN_VOIDED,
    ssn_valid,
)
from privkit.types import EntityType, Finding

_SSN_LENGTH = 11  # characters of "078-05-1120"


class UsSsnDetector(PatternDetector):
    """US social security numbers; invalid area, group and serial numbers are rejected."""

    entity = EntityType.US_SSN
    #: Quick reject (see ``PatternDetector.needs``): every pattern reads ASCII digits.
    needs = re.compile(r"[0-9]")
    name = "us_ssn"
    checksum = "ssa_rules"
    # "SSN#" is a label of its own: "#" is no separator of context words ("ss#" is a word).
    context = ("ssn", "ssn#", "social security", "social sec", "ss#", "ss #", "taxpayer", "tin")
    negative_context = ("order", "invoice", "phone", "tel", "zip", "routing")
    context_boost = 0.4
    patterns = (
        # (Also nine digits with one hyphen out of place, read from the same matches: see
        # ``_REGROUPED``.)
        Pattern("ssn", _GROUPED, score=0.6, min_length=10, max_length=11, prefilter=_ANY_DIGIT),
        Pattern("ssn_bare", _DIGITS, score=0.2, requires_context=True, min_length=9, max_length=9),
        # Groups joined by a typographic dash (en dash, non-breaking hyphen, minus sign), as word
        # processors and PDFs write them: read as the hyphen.
        Pattern("ssn_typo_dash",
                r"[0-9](?<![\w\-.+\u2010-\u2013\u2212][0-9])[0-9]{2}([\u2010-\u2013\u2212])[0-9]{2}"
                r"\1[0-9]{4}"
                r"(?![\w\-\u2010-\u2013\u2212]|\.[0-9])",
                score=0.6, min_length=11, max_length=11, prefilter=_TYPO_DASHES),
        # "SSN: 078.05.1123": dotted groups are versions and addresses elsewhere, so only
        # right after an SSN word (the word leads the pattern: no search at every digit).
        Pattern("ssn_dotted", r"(?:ssn|social security(?: number)?|ss ?#)[^0-9\n]{0,20}"
                r"(?<![\w\-.+])(?P<value>[0-9]{3}\.[0-9]{2}\.[0-9]{4})(?![\w\-]|\.[0-9])",
                score=0.2, requires_context=True, lowercase=True,
                prefilter=("ssn", "social security", "ss#", "ss #")),
    )  # fmt: skip
    _SHAPE = re.compile(r"[0-9]{3}([\- ])[0-9]{2}\1[0-9]{4}")
    # Nine digits with one hyphen out of place ("21909-9999", "219-099999"): a number typed
    # into a form or a note with its groups run together; a ZIP+4 code or an account
    # elsewhere, so only near an SSN word. The ``ssn`` pattern's matches hold them (the
    # digit-group expression other detectors read too: one search for all; an expression of
    # their own cost a tenth of the pattern-only scan of real logs).
    _REGROUPED = re.compile(r"[0-9]{5}-[0-9]{4}|[0-9]{3}-[0-9]{6}")

    _sifts = True

    def _sift(
        self, pattern: Pattern, spans: list[tuple[int, int]], state: ScanState
    ) -> list[tuple[int, int]]:
        """The ``ssn`` pattern's spans of eleven characters, and of ten with a hyphen out of place.

        (Dates and other ten-character digit groups, thousands in a log, are dropped in one
        loop rather than a call of :meth:`evaluate` each.)
        """
        if pattern.name != "ssn":
            return spans
        text = state.text
        return [
            (s, e)
            for s, e in spans
            if e - s == _SSN_LENGTH
            or (e - s == _SSN_LENGTH - 1 and (text[s + 5] == "-" or text[s + 3] == "-"))
        ]

    def evaluate(self, text: str, start: int, end: int, pattern: Pattern, /) -> Finding | None:
        value = text[start:end]
        regrouped = False
        if pattern.name == "ssn":
            m = self._SHAPE.fullmatch(value)
            if m is not None:
                base = 0.6 if m.group(1) == "-" else 0.45
            elif self._REGROUPED.fullmatch(value) is not None:
                regrouped, base = True, 0.2
            else:
                return None
        elif len(value) == 9 or pattern.name in ("ssn_dotted", "ssn_typo_dash"):
            base = pattern.score
        else:
            return None
        digits = value.translate(_NO_SPACES)
        if digits in SSN_VOIDED:
            # Issued, then voided by public use: still a number people wrote as their own,
            # and what a careless test record holds. Redacted, and said to be void.
            found = _finding(self, text, start, end, pattern, base=base, tags=("voided",))
        elif ssn_valid(digits):
            found = _finding(self, text, start, end, pattern, base=base, checksum=self.checksum)
        else:
            return None
        return None if regrouped and not found.evidence.context else found

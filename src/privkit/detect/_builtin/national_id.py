# ruff: noqa: PLR2004 - regex tables, word lists and numeric address ranges
"""US Social Security numbers."""

from __future__ import annotations

import re

from privkit.detect._base import (
    Pattern,
    PatternDetector,
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
        Pattern("ssn", _GROUPED, score=0.6, min_length=11, max_length=11, prefilter=_ANY_DIGIT),
        Pattern("ssn_bare", _DIGITS, score=0.2, requires_context=True, min_length=9, max_length=9),
        # Nine digits with one hyphen out of place ("21909-9999", "219-099999"): a number
        # typed into a form or a note with its groups run together. A ZIP+4 code or an account
        # elsewhere, so only near an SSN word.
        Pattern("ssn_regrouped",
                r"(?<![\w\-.+])(?:[0-9]{5}-[0-9]{4}|[0-9]{3}-[0-9]{6})(?![\w\-]|\.[0-9])",
                score=0.2, requires_context=True, min_length=10, max_length=10),
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

    def evaluate(self, text: str, start: int, end: int, pattern: Pattern, /) -> Finding | None:
        value = text[start:end]
        if pattern.name == "ssn":
            m = self._SHAPE.fullmatch(value)
            if m is None:
                return None
            base = 0.6 if m.group(1) == "-" else 0.45
        elif len(value) == 9 or pattern.name in ("ssn_dotted", "ssn_typo_dash", "ssn_regrouped"):
            base = pattern.score
        else:
            return None
        digits = value.translate(_NO_SPACES)
        if digits in SSN_VOIDED:
            # Issued, then voided by public use: still a number people wrote as their own,
            # and what a careless test record holds. Redacted, and said to be void.
            return _finding(self, text, start, end, pattern, base=base, tags=("voided",))
        if not ssn_valid(digits):
            return None
        return _finding(self, text, start, end, pattern, base=base, checksum=self.checksum)

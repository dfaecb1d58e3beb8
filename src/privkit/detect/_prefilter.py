"""One combined candidate pass (Hyperscan) that tells each costly regex where it can match.

The class-led candidate expressions (digit runs, digit groups, hex runs, IBANs) cost the
``re`` engine an attempt at almost every position of log text. Each has a
*core*: a plain expression that every one of its matches contains. One Hyperscan pass over
the text finds the ends of every core match at once; a match of the full expression can
only start within its maximum width before such an end, so ``re`` then runs only in those
windows, with the same leftmost, non-overlapping semantics as a full pass (see
:meth:`privkit.detect._base.ScanState.spans`). Findings are identical by construction, and
a test compares both paths on the regression corpora and on generated text.

Hyperscan (the ``hyperscan`` wheel, Vectorscan inside) is optional: without it every
expression runs over the whole text, as before.
"""

from __future__ import annotations

import re
import threading
from typing import TYPE_CHECKING, Any

from privkit.detect import _builtin

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["CORES", "Prefilter", "available", "default_prefilter"]

#: Expression -> core. Every match of the expression contains a match of its core, and the
#: core uses ASCII characters only (the text is scanned with other characters replaced by
#: ``?``, which keeps offsets). An expression whose text changes simply loses its entry
#: (it then runs over the whole text); a core that stops being necessary is caught by the
#: equivalence test.
CORES: dict[str, str] = {
    # Each core starts with the character class the expression's look-behind refuses (or
    # the start of the text), so it matches once per run instead of once per position.
    _builtin._DIGITS: r"(?:\A|[^0-9A-Za-z_.+\-])[0-9]{9}",  # noqa: SLF001 - shared expressions
    _builtin._GROUPED: r"(?:\A|[^0-9A-Za-z_.+\-])[0-9]{2,6}[ \-][0-9]",  # noqa: SLF001
    _builtin._HEX_RUN: r"(?:\A|[^0-9A-Za-z_.:\-])[0-9A-Fa-f]{12}",  # noqa: SLF001
    # The phone candidate pass is left out: phone-shaped runs are so frequent in logs that
    # its windows cost more than one full pass (measured on the real logs).
    _builtin.IbanDetector.patterns[0].regex: r"[A-Z]{2}[0-9]{2}",
}


def available() -> bool:
    """Whether the ``hyperscan`` module can be imported."""
    try:
        import hyperscan  # noqa: F401 - optional accelerator
    except ImportError:
        return False
    return True


def _max_width(regex: str) -> int | None:
    """Longest possible match of ``regex``; ``None`` if unbounded or possibly empty."""
    lo, hi = re._parser.parse(regex).getwidth()  # type: ignore[attr-defined]  # noqa: SLF001
    if lo == 0 or hi >= 1 << 16:
        return None
    return int(hi)


class Prefilter:
    """Candidate windows for the expressions of :data:`CORES` in one Hyperscan pass.

    The constructor only stores; the database compiles on first use.
    """

    def __init__(self, cores: Mapping[str, str] | None = None) -> None:
        self.cores = dict(CORES if cores is None else cores)
        self._db: Any = None
        self._ids: dict[str, int] = {}
        self._widths: list[int] = []
        self._local = threading.local()
        self._lock = threading.Lock()

    def _database(self) -> Any:
        if self._db is None:
            with self._lock:
                if self._db is None:
                    import hyperscan

                    exprs: list[bytes] = []
                    ids: dict[str, int] = {}
                    widths: list[int] = []
                    for regex, core in self.cores.items():
                        width = _max_width(regex)
                        if width is None:
                            continue
                        ids[regex] = len(exprs)
                        exprs.append(core.encode("ascii"))
                        widths.append(width)
                    db = hyperscan.Database()
                    db.compile(
                        expressions=exprs,
                        ids=list(range(len(exprs))),
                        elements=len(exprs),
                        flags=[0] * len(exprs),
                    )
                    self._ids, self._widths = ids, widths
                    self._db = db
        return self._db

    def width(self, regex: str) -> int:
        """Longest match of ``regex`` (one of the expressions :meth:`windows` returns)."""
        return self._widths[self._ids[regex]]

    def windows(self, text: str) -> dict[str, list[tuple[int, int]]]:
        """Return, per expression, the ranges ``(first, last)`` where a match may start."""
        import hyperscan

        db = self._database()
        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            scratch = self._local.scratch = hyperscan.Scratch(db)
        ends: list[list[int]] = [[] for _ in self._widths]

        def on_match(i: int, _from: int, to: int, _flags: int, _ctx: object) -> None:
            ends[i].append(to)

        data = text.encode("ascii", "replace")
        db.scan(data, match_event_handler=on_match, scratch=scratch)
        out: dict[str, list[tuple[int, int]]] = {}
        for regex, i in self._ids.items():
            width = self._widths[i]
            merged: list[tuple[int, int]] = []
            found = ends[i]
            found.sort()
            for to in found:
                lo, hi = max(0, to - width), to - 1
                if merged and lo <= merged[-1][1] + 1:
                    if hi > merged[-1][1]:
                        merged[-1] = (merged[-1][0], hi)
                else:
                    merged.append((lo, hi))
            out[regex] = merged
        return out


_DEFAULT: Prefilter | None = None


def default_prefilter() -> Prefilter | None:
    """The shared prefilter, or ``None`` when Hyperscan is not installed."""
    global _DEFAULT  # noqa: PLW0603 - one compiled database per process
    if _DEFAULT is None and available():
        _DEFAULT = Prefilter()
    return _DEFAULT

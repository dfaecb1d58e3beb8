"""Field paths and field globs: ``customer.*.email``, ``events[].device.idfa``, ``**.ip``.

A path is a sequence of segments: dictionary keys, and ``[]`` for "an element of a
list". A glob segment is a literal key, a key with wildcards (``*_email``), ``*`` (any
one key, not a list element), ``**`` (any number of segments), or ``[]``.
"""

from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass, field
from functools import lru_cache

__all__ = ["Glob", "join_path", "overlap", "split_path"]

LIST = "[]"
# Segment kinds, most specific first in rank comparisons.
LITERAL, PARTIAL, STAR, GLOBSTAR = 3, 2, 1, 0

_SEG = re.compile(r"\[\]|[^.\[\]]+")


def split_path(path: str) -> tuple[str, ...]:
    """Split ``"events[].device.idfa"`` into ``("events", "[]", "device", "idfa")``.

    Not memoised: a path holds mapping keys, which are values when a record is keyed by
    e-mail addresses or names, and its callers read each path once (plans are per path).
    """
    if not path:
        return ()
    return tuple(_SEG.findall(path))


def join_path(segments: tuple[str, ...]) -> str:
    """Inverse of :func:`split_path`."""
    out = ""
    for s in segments:
        out = out + s if s == LIST or not out else f"{out}.{s}"
    return out


def _valid_glob(pattern: str) -> bool:
    if not pattern or pattern.strip() != pattern:
        return False
    rebuilt = join_path(tuple(_SEG.findall(pattern)))
    return rebuilt == pattern


def _kind(seg: str) -> int:
    if seg == "**":
        return GLOBSTAR
    if seg == "*":
        return STAR
    if any(c in seg for c in "*?["):
        return PARTIAL if seg != LIST else LITERAL
    return LITERAL


@dataclass(frozen=True)
class Glob:
    """A compiled field glob. ``Glob.parse("customer.*.email")``."""

    pattern: str
    segments: tuple[str, ...]
    kinds: tuple[int, ...]
    has_globstar: bool = field(default=False)

    @classmethod
    def parse(cls, pattern: str) -> Glob:
        """Compile ``pattern``; raise ``ValueError`` when it is malformed."""
        if not isinstance(pattern, str) or not _valid_glob(pattern):
            raise ValueError("invalid field path (use dotted keys, '[]', '*', '**')")
        segs = split_path(pattern)
        kinds = tuple(_kind(s) for s in segs)
        return cls(pattern, segs, kinds, GLOBSTAR in kinds)

    def _seg_ok(self, i: int, seg: str) -> bool:
        kind = self.kinds[i]
        if kind == LITERAL:
            return self.segments[i] == seg
        if seg == LIST:
            return False
        if kind == STAR:
            return True
        return fnmatch.fnmatchcase(seg, self.segments[i])

    def _full(self, path: tuple[str, ...]) -> bool:
        if not self.has_globstar:
            n = len(self.segments)
            return len(path) == n and all(self._seg_ok(i, path[i]) for i in range(n))
        # dynamic programming over (glob index, path index); '**' eats zero or more segments
        m = len(path)
        reach = {0}
        for i, kind in enumerate(self.kinds):
            nxt: set[int] = set()
            if kind == GLOBSTAR:
                lo = min(reach) if reach else m + 1
                nxt = set(range(lo, m + 1))
            else:
                nxt = {j + 1 for j in reach if j < m and self._seg_ok(i, path[j])}
            reach = nxt
            if not reach:
                return False
        return m in reach

    def match(self, path: tuple[str, ...]) -> tuple[int, tuple[int, ...]] | None:
        """Return the rank of this glob at ``path`` or ``None`` when it does not match.

        A glob matches a path exactly (rank ``(1, kinds)``) or one of its ancestors, so a
        rule on ``customer.address`` covers ``customer.address.street`` (rank
        ``(0, kinds)``). List markers are optional on both sides: ``customer.email``
        also matches ``customer.email[]`` (a list where a scalar was expected),
        ``events.device.idfa`` matches ``events[].device.idfa`` and the other way round.
        """
        rank = self._match(path)
        if rank is None and LIST in self.segments:
            loose = _loose(self.pattern)
            rank = loose._match(tuple(s for s in path if s != LIST))  # noqa: SLF001
            if rank is not None:
                rank = (rank[0], self.kinds)
        return rank

    def _match(self, path: tuple[str, ...]) -> tuple[int, tuple[int, ...]] | None:
        for candidate in _variants(path):
            if self._full(candidate):
                return (1, self.kinds)
        for candidate in _variants(path):
            if self.has_globstar:
                for k in range(len(candidate) - 1, 0, -1):
                    if self._full(candidate[:k]):
                        return (0, self.kinds)
            else:
                n = len(self.segments)
                if n < len(candidate) and self._full(candidate[:n]):
                    return (0, self.kinds)
        return None


@lru_cache(maxsize=1024)
def _loose(pattern: str) -> Glob:
    return Glob.parse(join_path(tuple(s for s in split_path(pattern) if s != LIST)))


def _variants(path: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    if LIST not in path:
        return (path,)
    return (path, tuple(s for s in path if s != LIST))


def overlap(a: Glob, b: Glob) -> bool:
    """Return whether two globs of the same shape (kinds) can match one path (conservative)."""
    if a.kinds != b.kinds:
        return False
    for kind, x, y in zip(a.kinds, a.segments, b.segments, strict=True):
        if kind == LITERAL and x != y:
            return False
    return True

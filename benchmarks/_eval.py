"""Scoring helpers for detection accuracy: span matching, precision/recall/F1, leaked characters.

Pure Python and dependency-free, so the unit tests run without any detector. Definitions:

* **exact**: a prediction counts when a gold span has the same entity type, start and end.
* **overlap**: a prediction is correct when it overlaps (shares at least one character with) a
  gold span of the same type; a gold span is found when a same-type prediction overlaps it.
  Precision and recall are therefore counted on their own sides (a name found in two pieces is
  one found gold span and two correct predictions).
* **ignored regions** (corpus labels privkit has no type for, such as AGE or NRP): a prediction
  that matches no gold span but overlaps an ignored region is not scored at all.
* **leaked characters**: gold PII characters not covered by *any* prediction, whatever its type
  (what survives redaction with this detector).
* **over-redaction**: characters outside every gold span (and outside ignored regions) that some
  prediction covers, as a share of all such characters.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, Self

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence
    from pathlib import Path

__all__ = [
    "PERSISTENT_IDS",
    "CharStats",
    "Doc",
    "PRCounts",
    "Span",
    "char_stats",
    "load_corpus",
    "score",
]

Mode = Literal["exact", "overlap"]

#: The persistent-identifier group reported together (issue 2's target: P and R >= 0.98).
PERSISTENT_IDS: frozenset[str] = frozenset(
    {
        "IP_ADDRESS",
        "MAC_ADDRESS",
        "IMEI",
        "MEID",
        "ICCID",
        "IMSI",
        "ADVERTISING_ID",
        "ANDROID_ID",
        "DEVICE_ID",
        "COOKIE_ID",
        "USER_AGENT",
        "AUTH_TOKEN",
    }
)


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A labelled or predicted character range ``[start, end)``."""

    start: int
    end: int
    entity: str

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def overlaps(self, other: Span) -> bool:
        """Return whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Doc:
    """One corpus record."""

    id: str
    kind: str
    source: str
    text: str
    spans: tuple[Span, ...]
    ignored: tuple[Span, ...] = ()


def load_corpus(path: Path) -> list[Doc]:
    """Read the JSON-lines corpus."""
    docs = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            docs.append(
                Doc(
                    id=rec["id"],
                    kind=rec["kind"],
                    source=rec["source"],
                    text=rec["text"],
                    spans=tuple(Span(s["start"], s["end"], s["entity"]) for s in rec["spans"]),
                    ignored=tuple(
                        Span(s["start"], s["end"], s["label"]) for s in rec.get("ignored", ())
                    ),
                )
            )
    return docs


@dataclass
class PRCounts:
    """Counts behind precision and recall (kept per side, see the module docstring)."""

    pred: int = 0
    pred_ok: int = 0
    gold: int = 0
    gold_found: int = 0

    def __iadd__(self, other: PRCounts) -> Self:
        self.pred += other.pred
        self.pred_ok += other.pred_ok
        self.gold += other.gold
        self.gold_found += other.gold_found
        return self

    @property
    def precision(self) -> float:
        """Share of scored predictions that are correct (1.0 when nothing was predicted)."""
        return self.pred_ok / self.pred if self.pred else 1.0

    @property
    def recall(self) -> float:
        """Share of gold spans found (1.0 when there is no gold span)."""
        return self.gold_found / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall (0.0 when both are 0)."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _matches(pred: Span, gold: Span, mode: Mode) -> bool:
    if pred.entity != gold.entity:
        return False
    if mode == "exact":
        return pred.start == gold.start and pred.end == gold.end
    return pred.overlaps(gold)


def score_doc(
    gold: Sequence[Span], preds: Iterable[Span], *, mode: Mode, ignored: Sequence[Span] = ()
) -> dict[str, PRCounts]:
    """Score one document; return counts per entity type."""
    out: dict[str, PRCounts] = defaultdict(PRCounts)
    unique_preds = sorted(set(preds))
    for g in gold:
        out[g.entity].gold += 1
        if any(_matches(p, g, mode) for p in unique_preds):
            out[g.entity].gold_found += 1
    for p in unique_preds:
        ok = any(_matches(p, g, mode) for g in gold)
        if not ok and any(p.overlaps(i) for i in ignored):
            continue
        out[p.entity].pred += 1
        out[p.entity].pred_ok += ok
    return dict(out)


def score(
    docs: Sequence[Doc], preds: Sequence[Sequence[Span]], *, mode: Mode
) -> dict[str, PRCounts]:
    """Score a corpus; return counts per entity type (add them up for micro averages)."""
    total: dict[str, PRCounts] = defaultdict(PRCounts)
    for doc, ps in zip(docs, preds, strict=True):
        for entity, c in score_doc(doc.spans, ps, mode=mode, ignored=doc.ignored).items():
            total[entity] += c
    return dict(total)


def micro(counts: Mapping[str, PRCounts], entities: Iterable[str] | None = None) -> PRCounts:
    """Add up the counts of ``entities`` (all when ``None``)."""
    keep = set(counts) if entities is None else set(entities)
    out = PRCounts()
    for entity, c in counts.items():
        if entity in keep:
            out += c
    return out


@dataclass
class CharStats:
    """Character coverage: leaked PII characters and over-redacted non-PII characters."""

    pii_chars: int = 0
    leaked_chars: int = 0
    clean_chars: int = 0
    over_chars: int = 0
    leaked_by_entity: Counter[str] = field(default_factory=Counter)
    pii_by_entity: Counter[str] = field(default_factory=Counter)
    over_by_pred_entity: Counter[str] = field(default_factory=Counter)

    @property
    def leaked_share(self) -> float:
        """Share of gold PII characters no prediction covers."""
        return self.leaked_chars / self.pii_chars if self.pii_chars else 0.0

    @property
    def over_share(self) -> float:
        """Share of non-PII characters some prediction covers."""
        return self.over_chars / self.clean_chars if self.clean_chars else 0.0

    def over_share_of(self, entity: str) -> float:
        """Share of non-PII characters covered by predictions of ``entity``."""
        return self.over_by_pred_entity[entity] / self.clean_chars if self.clean_chars else 0.0


def char_stats(docs: Sequence[Doc], preds: Sequence[Sequence[Span]]) -> CharStats:
    """Count leaked and over-redacted characters over ``docs`` (any prediction type counts)."""
    st = CharStats()
    for doc, ps in zip(docs, preds, strict=True):
        n = len(doc.text)
        label: list[str | None] = [None] * n
        for g in doc.spans:
            for i in range(g.start, min(g.end, n)):
                label[i] = g.entity
        skip = bytearray(n)
        for ig in doc.ignored:
            for i in range(ig.start, min(ig.end, n)):
                skip[i] = 1
        covered = bytearray(n)
        by_type: dict[str, bytearray] = {}
        for p in ps:
            row = by_type.setdefault(p.entity, bytearray(n))
            for i in range(max(p.start, 0), min(p.end, n)):
                covered[i] = 1
                row[i] = 1
        for i in range(n):
            ent = label[i]
            if ent is not None:
                st.pii_chars += 1
                st.pii_by_entity[ent] += 1
                if not covered[i]:
                    st.leaked_chars += 1
                    st.leaked_by_entity[ent] += 1
            elif not skip[i]:
                st.clean_chars += 1
                if covered[i]:
                    st.over_chars += 1
        for entity, row in by_type.items():
            st.over_by_pred_entity[entity] += sum(
                1 for i in range(n) if row[i] and label[i] is None and not skip[i]
            )
    return st

"""The records backend: lists of nested JSON-like records, protected per field path."""

from __future__ import annotations

import operator
from typing import TYPE_CHECKING, Any

from privkit._records import Slot, flatten
from privkit.integrations.tables._plan import _guess, _outcome, _plan_jobs, _protect_unique_sets
from privkit.integrations.tables._types import (
    ColumnClassification,
    ColumnOutcome,
    TableClassification,
)

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from privkit.policy import Decision, Session

__all__: list[str] = []


def _protect_records(
    records: Sequence[Mapping[str, Any]], run: Session, cls: TableClassification
) -> tuple[list[Any], list[ColumnOutcome]]:
    groups: dict[str, list[Slot]] = {}
    paths: dict[tuple[str, Any], str] = {}
    copies = [flatten(rec, i, groups, paths=paths) for i, rec in enumerate(records)]
    by_path = {path: [(s[1], s[2]) for s in slots] for path, slots in groups.items()}
    known = {c.name for c in cls}
    extra = [p for p in by_path if p not in known]  # paths first seen after the sample
    if extra:
        cls = TableClassification(
            cls.columns + tuple(ColumnClassification(p, "", None, None, 0.0) for p in extra),
            rows=cls.rows, sample_size=cls.sample_size, seed=cls.seed,
        )  # fmt: skip
    strings = {
        p
        for p, slots in by_path.items()
        if any(isinstance(c[k], str | bytes | bytearray) for c, k in slots)
    }  # fmt: skip
    jobs, decisions = _plan_jobs(run, cls, strings)
    if any(j.rowwise for j in jobs) or run.has_personal_keys(list(records)):
        # Consent, retention or per-subject keys read other fields of the record, and
        # personal data in mapping keys ({email: score}) renames keys: the engine walks
        # whole records, with the same classified categories.
        out = run.records(list(records), guesses={c.name: _guess(c) for c in cls})
        return out, _walked_outcomes(groups, out, cls, decisions)
    uniques: dict[str, list[Any]] = {}
    for job in jobs:
        seen: dict[tuple[type, Any], None] = {}
        for c, k in by_path[job.name]:
            v = c[k]
            if v is not None:
                seen[(type(v), v)] = None
        uniques[job.name] = [v for _, v in seen]
    protected = _protect_unique_sets(run, uniques, jobs)
    outcomes = []
    for path, leaves in by_path.items():
        col = cls[path]
        nulls = sum(1 for c, k in leaves if c[k] is None)
        if path not in protected:
            outcomes.append(_outcome(col, decisions[path], rows=len(leaves), nulls=nulls))
            continue
        mapping = {
            (type(u), u): o for u, o in zip(uniques[path], protected[path], strict=True)
        }  # fmt: skip
        changed = 0
        for c, k in leaves:
            v = c[k]
            if v is not None:
                replacement = mapping[(type(v), v)]
                changed += int(replacement != v)
                c[k] = replacement
        outcomes.append(
            _outcome(col, decisions[path], rows=len(leaves), nulls=nulls, changed=changed,
                     unique=len(uniques[path]))
        )  # fmt: skip
    return copies, outcomes


def _walked_outcomes(
    before: Mapping[str, list[Slot]],
    records: list[Any],
    cls: TableClassification,
    decisions: Mapping[str, Decision],
) -> list[ColumnOutcome]:
    """Per-path outcomes of records the engine walked whole (leaves compared in order)."""
    after: dict[str, list[Slot]] = {}
    paths: dict[tuple[str, Any], str] = {}
    for i, rec in enumerate(records):
        flatten(rec, i, after, paths=paths)
    outcomes = []
    for path, slots in before.items():
        old = [s[3] for s in slots]
        new = [s[3] for s in after.get(path, ())]
        nulls = sum(1 for v in old if v is None)
        # A path whose keys were rewritten (personal data in keys) has no counterpart.
        changed = sum(map(operator.ne, old, new)) if len(new) == len(old) else len(old) - nulls
        outcomes.append(
            _outcome(cls[path], decisions[path], rows=len(old), nulls=nulls, changed=changed)
        )
    return outcomes

"""The records backend: lists of nested JSON-like records, protected per field path."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from privkit._records import Slot, flatten
from privkit.integrations.tables._plan import _outcome, _plan_jobs, _protect_unique_sets
from privkit.integrations.tables._types import (
    ColumnClassification,
    ColumnOutcome,
    TableClassification,
)

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

__all__: list[str] = []


def _protect_records(  # noqa: C901 - walk, plan, protect, write back
    records: Sequence[Mapping[str, Any]],
    protector: Any,
    cls: TableClassification,
    purpose: str,
    actor: str | None,
) -> tuple[list[Any], list[ColumnOutcome]]:
    personal_keys = getattr(protector, "_personal_keys", None)
    if personal_keys is not None and personal_keys(records):
        # Personal data in mapping keys ({email: score}): the policy engine rewrites the keys.
        return list(protector.protect(list(records), purpose=purpose, actor=actor)), []
    groups: dict[str, list[Slot]] = {}
    copies = [flatten(rec, i, groups) for i, rec in enumerate(records)]
    by_path = {path: [(s[1], s[2]) for s in slots] for path, slots in groups.items()}
    known = {c.name for c in cls}
    extra = [p for p in by_path if p not in known]  # paths first seen after the sample
    if extra:
        cls = TableClassification(
            cls.columns + tuple(ColumnClassification(p, "", None, None, 0.0) for p in extra),
            rows=cls.rows, sample_size=cls.sample_size, seed=cls.seed,
        )  # fmt: skip
    strings = {
        p for p, slots in by_path.items() if any(isinstance(c[k], str) for c, k in slots)
    }  # fmt: skip
    jobs, decisions = _plan_jobs(protector, cls, purpose, strings)
    if any(j.rowwise for j in jobs):
        # Consent, retention or per-subject keys read other fields of the record: let the
        # policy engine walk whole records.
        return list(protector.protect(list(records), purpose=purpose, actor=actor)), []
    uniques: dict[str, list[Any]] = {}
    for job in jobs:
        seen: dict[tuple[type, Any], None] = {}
        for c, k in by_path[job.name]:
            v = c[k]
            if v is not None:
                seen[(type(v), v)] = None
        uniques[job.name] = [v for _, v in seen]
    protected = _protect_unique_sets(protector, uniques, jobs, purpose=purpose, actor=actor)
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

"""Planning a table: which columns the policy changes, and how (column-wise or row-wise).

A column goes one of two ways. The fast way, used when the policy's decision for the column
does not depend on other fields of the same row (no consent, retention or per-subject keys):
factorize the column into (codes, unique values), protect the unique values of all such
columns in ONE Protector.protect_columns call (one audit event per table), and map the
results back with the library's vectorised take. The row-wise way, for decisions that read
other fields of the row: Protector.protect_column on the full column with those fields as
context.
"""

from __future__ import annotations

import itertools
import operator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from privkit.errors import DataError
from privkit.integrations.tables._types import (
    ColumnClassification,
    ColumnOutcome,
    TableClassification,
)

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

__all__: list[str] = []


@dataclass(frozen=True, slots=True)
class _Job:
    name: str
    category: str | None
    decision: Any
    rowwise: bool
    nested: bool = False


def _declared(col: ColumnClassification) -> str | None:
    if col.category is not None:
        return str(col.category)
    return "text" if col.free_text else None


def _context_fields(policy: Any) -> set[str]:
    fields = {r.consent for r in getattr(policy, "rules", ()) if getattr(r, "consent", None)}
    fields |= {r.timestamp_field for r in getattr(policy, "retention", ())}
    subject = getattr(policy, "subject_field", None)
    if subject:
        fields.add(subject)
    return fields


def _is_rowwise(policy: Any, decision: Any) -> bool:
    if getattr(policy, "subject_field", None):
        return True
    why = str(getattr(decision, "why", ""))
    if "consent" in why or "retention" in why:
        return True
    if getattr(decision, "transform", None) == "scan":  # spans may carry consent/retention
        return bool(getattr(policy, "retention", ())) or any(
            getattr(r, "consent", None) for r in getattr(policy, "rules", ())
        )
    return False


def _plan_jobs(
    protector: Any,
    cls: TableClassification,
    purpose: str,
    string_columns: set[str],
    nested_columns: set[str] = frozenset(),  # type: ignore[assignment]
) -> tuple[list[_Job], dict[str, Any]]:
    declared = {c.name: _declared(c) for c in cls}
    # The policy has the last word: a column its schema declares not personal (or that a rule
    # keeps) stays untouched whatever a sampled value looked like to the classifier.
    by_policy = protector.plan(dict.fromkeys(declared), purpose=purpose)
    for name, d in by_policy.items():
        if getattr(d, "transform", None) in (None, "keep"):
            declared[name] = None
    decisions = dict(protector.plan(declared, purpose=purpose))
    policy = getattr(protector, "policy", None)
    jobs = []
    for col in cls:
        d = decisions[col.name]
        transform = getattr(d, "transform", None)
        if transform is None or transform == "keep":
            continue  # declared not personal, or kept explicitly by the policy
        if col.name in nested_columns:
            # Records, lists or structs in the cells: each cell goes through the record path
            # (field paths ``column.key``, rules, detection and the default per leaf).
            jobs.append(_Job(col.name, None, d, rowwise=True, nested=True))
            continue
        if transform == "scan" and col.name not in string_columns and not col.is_pii:
            continue  # a numeric/temporal column whose sample held no personal data
        jobs.append(_Job(col.name, declared[col.name], d, _is_rowwise(policy, d)))
    return jobs, decisions


def _outcome(
    col: ColumnClassification, decision: Any, *, rows: int, nulls: int, changed: int = 0,
    unique: int = 0,
) -> ColumnOutcome:  # fmt: skip
    transform = getattr(decision, "transform", None)
    rule = getattr(decision, "rule", None)
    return ColumnOutcome(
        col.name,
        col.category,
        "pass" if transform is None else str(transform),
        "" if rule is None else str(rule),
        rows,
        nulls,
        changed,
        unique,
    )


def _protect_unique_sets(
    protector: Any,
    uniques: Mapping[str, list[Any]],
    jobs: Sequence[_Job],
    *,
    purpose: str,
    actor: str | None,
) -> dict[str, list[Any]]:
    """Protect the unique values of several columns in one call (one audit event)."""
    if not uniques:
        return {}
    width = max(len(u) for u in uniques.values())
    # protect_columns wants equal lengths: pad with missing values, which pass untouched.
    padded = {name: [*u, *([None] * (width - len(u)))] for name, u in uniques.items()}
    cats = {j.name: j.category for j in jobs if j.name in uniques}
    out = protector.protect_columns(padded, purpose=purpose, categories=cats, actor=actor)
    result = {}
    for name, u in uniques.items():
        values = list(out[name])
        if len(values) != width:
            raise DataError("the policy returned a column of a different length", column=name)
        result[name] = values[: len(u)]
    return result


def _protect_rowwise(
    protector: Any,
    job: _Job,
    values: list[Any],
    context: Mapping[str, list[Any]],
    *,
    purpose: str,
    actor: str | None,
) -> list[Any]:
    name = job.name
    if job.nested:
        # Cells holding records or lists: each is protected as ``{column: cell, **context}``.
        extra = {f: v for f, v in context.items() if f != name}
        records = [{**{f: v[i] for f, v in extra.items()}, name: c} for i, c in enumerate(values)]
        out = [r[name] for r in protector.protect(records, purpose=purpose, actor=actor)]
    else:
        out = list(
            protector.protect_column(
                name, values, purpose=purpose, category=job.category, actor=actor,
                context=context,
            )
        )  # fmt: skip
    if len(out) != len(values):
        raise DataError("the policy returned a column of a different length", column=name)
    return out


def _changed(before: Sequence[Any], after: Sequence[Any], weights: Sequence[int] | None) -> int:
    """Rows whose value changed; ``weights`` are the rows of each (unique) value."""
    if len(before) != len(after) or (weights is not None and len(weights) != len(before)):
        raise ValueError("_changed: sequences differ in length")
    diff = map(operator.ne, before, after)  # compress() takes each result's truth, as `if` does
    return sum(itertools.compress(itertools.repeat(1) if weights is None else weights, diff))

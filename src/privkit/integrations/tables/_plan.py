"""Planning a table: which columns the policy changes, and how (column-wise or row-wise).

The plan comes from the engine (:meth:`privkit.policy.Session.plan`): the classifier's
category fills in only what the policy's schema does not declare, and each
:class:`~privkit.policy.Decision` says whether the column is row-wise. A column then goes
one of two ways. The fast way, when the decision does not depend on other fields of the
row: factorize the column into (codes, unique values), protect the unique values once and
map the results back with the library's vectorised take. The row-wise way (consent,
retention, per-subject keys, nested cells): the full column with the row's other fields as
context. Everything runs in one session, so a table gets exactly one audit event.
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
from privkit.policy._planner import STRUCTURED

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from privkit.policy import Decision, Protector, Session

__all__ = ["explain_table"]


@dataclass(frozen=True, slots=True)
class _Job:
    name: str
    category: str | None  # the classifier's guess (the schema wins over it)
    decision: Decision
    rowwise: bool
    nested: bool = False


def _guess(col: ColumnClassification) -> str | None:
    """The classifier's answer for the planner (the schema wins over it).

    A category; ``"text"`` for free text; ``STRUCTURED`` for a sampled column of short
    values that is not personal (one decision for the column: identifiers found by pattern
    detectors are still protected per value, NER guesses on single values are not); ``None``
    when nothing was sampled (every value is scanned in full).
    """
    if col.category is not None:
        return str(col.category)
    if col.free_text:
        return "text"
    return STRUCTURED if col.sampled else None


def _context_fields(policy: Any) -> set[str]:
    fields = {r.consent for r in policy.rules if r.consent}
    fields |= {r.timestamp_field for r in policy.retention}
    if policy.subject_field:
        fields.add(policy.subject_field)
    return fields


def explain_table(
    classification: TableClassification, *, protector: Protector, purpose: str
) -> dict[str, Decision]:
    """What protecting a table with this classification would do, per column.

    The same plan :func:`protect_table` executes (the policy's schema wins over the
    classifier); it needs no keys and transforms nothing.
    """
    return protector.plan({c.name: _guess(c) for c in classification}, purpose=purpose)


def _plan_jobs(
    run: Session,
    cls: TableClassification,
    string_columns: set[str],
    nested_columns: set[str] = frozenset(),  # type: ignore[assignment]
) -> tuple[list[_Job], dict[str, Decision]]:
    guesses = {c.name: _guess(c) for c in cls}
    decisions = run.plan(guesses)
    jobs = []
    for col in cls:
        d = decisions[col.name]
        if d.transform in ("pass", "keep"):
            continue  # declared not personal, or kept explicitly by the policy
        if col.name in nested_columns:
            # Records, lists or structs in the cells: each cell goes through the record path
            # (field paths ``column.key``, rules, detection and the default per leaf).
            jobs.append(_Job(col.name, None, d, rowwise=True, nested=True))
            continue
        if d.transform == "scan" and col.name not in string_columns and not col.is_pii:
            continue  # a numeric/temporal column whose sample held no personal data
        jobs.append(_Job(col.name, guesses[col.name], d, d.rowwise))
    return jobs, decisions


def _outcome(
    col: ColumnClassification, decision: Decision, *, rows: int, nulls: int, changed: int = 0,
    unique: int = 0,
) -> ColumnOutcome:  # fmt: skip
    return ColumnOutcome(
        col.name,
        decision.category,
        decision.transform,
        decision.rule or "",
        rows,
        nulls,
        changed,
        unique,
        source=decision.source,
    )


def _protect_unique_sets(
    run: Session, uniques: Mapping[str, list[Any]], jobs: Sequence[_Job]
) -> dict[str, list[Any]]:
    """Protect the unique values of the column-wise columns."""
    guesses = {j.name: j.category for j in jobs}
    result = {}
    for name, u in uniques.items():
        values = run.values(name, u, guess=guesses.get(name))
        if len(values) != len(u):
            raise DataError("the policy returned a column of a different length", column=name)
        result[name] = values
    return result


def _protect_rowwise(
    run: Session, job: _Job, values: list[Any], context: Mapping[str, list[Any]]
) -> list[Any]:
    name = job.name
    if job.nested:
        # Cells holding records or lists: each is protected as ``{column: cell, **context}``.
        extra = {f: v for f, v in context.items() if f != name}
        records = [{**{f: v[i] for f, v in extra.items()}, name: c} for i, c in enumerate(values)]
        out = [r[name] for r in run.records(records)]
    else:
        out = run.values(name, values, guess=job.category, context=context)
    if len(out) != len(values):
        raise DataError("the policy returned a column of a different length", column=name)
    return out


def _changed(before: Sequence[Any], after: Sequence[Any], weights: Sequence[int] | None) -> int:
    """Rows whose value changed; ``weights`` are the rows of each (unique) value."""
    if len(before) != len(after) or (weights is not None and len(weights) != len(before)):
        raise ValueError("_changed: sequences differ in length")
    diff = map(operator.ne, before, after)  # compress() takes each result's truth, as `if` does
    return sum(itertools.compress(itertools.repeat(1) if weights is None else weights, diff))

"""The one table dispatcher: every backend gets the whole Protector and one session.

``protect_table`` (and the file and Spark jobs through it) classifies the table with the
Protector's own scanner when no classification is given, opens one
:class:`~privkit.policy.Session` (so exactly one audit event is written per call, whatever
the backend), plans every column through the engine and hands the table to its backend:
pandas, Arrow, polars or records, or Spark.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from privkit.errors import ConfigError
from privkit.integrations.tables._arrow import _protect_arrow, _protect_polars
from privkit.integrations.tables._classify import classify_table
from privkit.integrations.tables._kinds import _column_names, _num_rows, table_kind
from privkit.integrations.tables._pandas import _protect_pandas
from privkit.integrations.tables._records import _protect_records
from privkit.integrations.tables._types import (
    DEFAULT_SAMPLE_SIZE,
    TableClassification,
    TableResult,
)

if TYPE_CHECKING:
    from privkit.policy import Actor, Protector, Session

__all__ = ["protect_table", "protect_table_report"]

_BACKENDS = {
    "records": _protect_records,
    "pandas": _protect_pandas,
    "arrow": _protect_arrow,
    "polars": _protect_polars,
}


def _as_protector(protector: object) -> Protector:
    from privkit.policy import Protector

    if not isinstance(protector, Protector):
        raise ConfigError("protector must be a privkit.Protector")
    return protector


def _protect(
    table: Any,
    *,
    protector: Protector,
    purpose: str,
    actor: Actor | str | None = None,
    classification: TableClassification | None = None,
    baseline: TableClassification | None = None,
    sample_size: int = DEFAULT_SAMPLE_SIZE,
    seed: int = 0,
    session: Session | None = None,
) -> TableResult:
    """Protect ``table`` in ``session`` (a new one, closed here, when ``None``)."""
    protector = _as_protector(protector)
    kind = table_kind(table)
    if kind == "spark":
        from privkit.integrations.spark import _protect_spark

        return _protect_spark(
            table, protector=protector, purpose=purpose, actor=actor,
            classification=classification, baseline=baseline, sample_size=sample_size,
            seed=seed, session=session,
        )  # fmt: skip
    run = session if session is not None else protector.session(purpose=purpose, actor=actor)
    try:
        if classification is None:
            classification = classify_table(
                table,
                sample_size=sample_size,
                seed=seed,
                scanner=protector._scanner,  # noqa: SLF001
            )
        elif kind != "records":
            _check_covered(classification, _column_names(table, kind))
        if baseline is not None and protector.strict:
            classification.drift(baseline).raise_for_new_pii()
        out, outcomes = _BACKENDS[kind](table, run, classification)
        run.add_rows(_num_rows(table, kind))
    except BaseException:
        if session is None:
            run.close(outcome="error")
        raise
    if session is None:
        run.close()
    return TableResult(out, tuple(outcomes), classification)


def _check_covered(classification: TableClassification, names: list[str]) -> None:
    missing = [n for n in names if n not in classification]
    if missing:
        raise ConfigError(f"classification has no entry for column {missing[0]!r}")


def protect_table(
    table: Any,
    *,
    protector: Protector,
    purpose: str,
    actor: Actor | str | None = None,
    classification: TableClassification | None = None,
    baseline: TableClassification | None = None,
    sample_size: int = DEFAULT_SAMPLE_SIZE,
    seed: int = 0,
) -> Any:
    """Protect a table column by column and return the same type, rows and order.

    Each column's category comes from ``classification`` (computed with
    :func:`classify_table` when omitted) and the policy decides per column: a column it
    declares not personal or keeps explicitly is returned untouched (type included); every
    other string column goes through the policy, free text span by span, so personal data
    outside the classification sample is still found. Protected columns become strings.

    Args:
        table: pandas or polars DataFrame, pyarrow Table/RecordBatch, a Spark DataFrame, or
            a list of records (nested; paths ``a.b`` and ``a[].b``; copies are returned).
        protector: a :class:`privkit.Protector`: its policy, keys, scanner (also used to
            classify), audit sink and strictness all apply.
        purpose: the purpose of processing.
        actor: who runs the job, for the audit log (one event per call).
        classification: a precomputed classification (for example from a saved file).
        baseline: a saved classification; with a strict protector, a column that now holds
            personal data and did not in the baseline raises ``UnhandledPIIError``.
        sample_size: rows sampled when classifying.
        seed: sampling seed.

    Returns:
        A table of the same type with the same row count and order.

    Raises:
        TypeError: unsupported table type.
        DataError: duplicated column names.
        UnhandledPIIError: strict mode and personal data no rule covers, or a new
            personal-data column against ``baseline``.
    """
    return _protect(
        table,
        protector=protector,
        purpose=purpose,
        actor=actor,
        classification=classification,
        baseline=baseline,
        sample_size=sample_size,
        seed=seed,
    ).table


def protect_table_report(
    table: Any,
    *,
    protector: Protector,
    purpose: str,
    actor: Actor | str | None = None,
    classification: TableClassification | None = None,
    baseline: TableClassification | None = None,
    sample_size: int = DEFAULT_SAMPLE_SIZE,
    seed: int = 0,
) -> TableResult:
    """Protect a table like :func:`protect_table`; return the table with per-column outcomes.

    Returns:
        A :class:`TableResult`: the protected table, one :class:`ColumnOutcome` per column
        (category, rule and transform of the column's decision, rows, nulls and changed
        counts) and the classification used.
    """
    return _protect(
        table,
        protector=protector,
        purpose=purpose,
        actor=actor,
        classification=classification,
        baseline=baseline,
        sample_size=sample_size,
        seed=seed,
    )

"""The table dispatcher: classify if needed, then hand the table to its backend."""

from __future__ import annotations

from typing import Any

from privkit.errors import ConfigError
from privkit.integrations.tables._arrow import _protect_arrow, _protect_polars
from privkit.integrations.tables._classify import classify_table
from privkit.integrations.tables._kinds import _column_names, table_kind
from privkit.integrations.tables._pandas import _protect_pandas
from privkit.integrations.tables._records import _protect_records
from privkit.integrations.tables._types import (
    DEFAULT_SAMPLE_SIZE,
    ColumnOutcome,
    TableClassification,
)

__all__ = ["protect_table"]


def _protect(
    table: Any,
    *,
    protector: Any,
    purpose: str,
    actor: str | None = None,
    classification: TableClassification | None = None,
    baseline: TableClassification | None = None,
    sample_size: int = DEFAULT_SAMPLE_SIZE,
    seed: int = 0,
) -> tuple[Any, list[ColumnOutcome], TableClassification | None]:
    kind = table_kind(table)
    if kind == "spark":
        from privkit.integrations.spark import protect as spark_protect

        out = spark_protect(
            table, policy=protector, purpose=purpose, actor=actor,
            classification=classification, baseline=baseline,
        )  # fmt: skip
        return out, [], classification
    if classification is None:
        classification = classify_table(table, sample_size=sample_size, seed=seed)
    elif kind != "records":
        missing = [n for n in _column_names(table, kind) if n not in classification]
        if missing:
            raise ConfigError(f"classification has no entry for column {missing[0]!r}")
    if baseline is not None:
        _check_drift(protector, classification, baseline)
    if kind == "records":
        out, outcomes = _protect_records(table, protector, classification, purpose, actor)
    elif kind == "pandas":
        out, outcomes = _protect_pandas(table, protector, classification, purpose, actor)
    elif kind == "arrow":
        out, outcomes = _protect_arrow(table, protector, classification, purpose, actor)
    else:
        out, outcomes = _protect_polars(table, protector, classification, purpose, actor)
    return out, outcomes, classification


def _check_drift(
    protector: Any, current: TableClassification, baseline: TableClassification
) -> None:
    if getattr(protector, "strict", False):
        current.drift(baseline).raise_for_new_pii()


def protect_table(
    table: Any,
    *,
    protector: Any,
    purpose: str,
    actor: str | None = None,
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
        protector: a :class:`privkit.Protector` (compiled policy, keys, scanner, audit).
        purpose: the purpose of processing.
        actor: who runs the job, for the audit log.
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
    out, _, _ = _protect(
        table,
        protector=protector,
        purpose=purpose,
        actor=actor,
        classification=classification,
        baseline=baseline,
        sample_size=sample_size,
        seed=seed,
    )
    return out

"""The one table dispatcher: every backend gets the whole Protector and one session.

``protect_table`` (and the file and Spark jobs through it) classifies the table with the
Protector's own scanner when no classification is given, opens one
:class:`~privkit.policy.Session` (so exactly one audit event is written per call, whatever
the backend), plans every column through the engine and hands the table to its backend:
pandas, Arrow, polars or records, or Spark.
"""

from __future__ import annotations

import contextlib
import importlib.util
import warnings
from typing import TYPE_CHECKING, Any

from privkit.errors import ConfigError, DataError, PrivkitWarning, SchemaDriftError
from privkit.integrations.tables._arrow import _protect_arrow, _protect_polars
from privkit.integrations.tables._classify import classify_table
from privkit.integrations.tables._kinds import (
    _column_names,
    _num_rows,
    check_unique,
    frame_series,
    series_frame,
    table_kind,
)
from privkit.integrations.tables._pandas import _protect_pandas
from privkit.integrations.tables._records import _protect_records
from privkit.integrations.tables._report import Protected, TableReport
from privkit.integrations.tables._types import (
    DEFAULT_SAMPLE_SIZE,
    ColumnClassification,
    Drift,
    TableClassification,
    TableResult,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

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
        table, restore, added = _safe_names(table, kind, protector, purpose)
        if classification is None:
            classification = classify_table(
                table,
                sample_size=sample_size,
                seed=seed,
                scanner=protector._scanner,  # noqa: SLF001
            )
        elif kind != "records":
            classification = _check_covered(classification, _column_names(table, kind), added)
        if kind != "records":
            _warn_unmatched_schema(protector, _column_names(table, kind))
        if baseline is not None:  # strict: raises before anything is written; else warns
            _check_drift(protector, classification, baseline)
        out, outcomes = _BACKENDS[kind](table, run, classification)
        run.add_rows(_num_rows(table, kind))
    except BaseException:
        if session is None:
            run.close(outcome="error")
        raise
    if session is None:
        run.close()
    return TableResult(restore(out), tuple(outcomes), classification)


def _declared(protector: Any, column: str) -> bool:
    """Whether the policy's schema names ``column`` (its declaration, not a sample, decides)."""
    from privkit.policy._paths import Glob, split_path

    schema = getattr(getattr(protector, "policy", None), "schema_", {}) or {}
    path = split_path(column)
    return any(Glob.parse(glob).match(path) is not None for glob in schema)


def _warn_unmatched_schema(protector: Any, columns: list[str]) -> None:
    """Warn about a schema field that matches no column but is close to one (``emial``).

    One policy often serves several tables, so a field absent from this table is no
    problem by itself; a field that is absent *and* one edit away from a column that the
    schema does not name is most likely a typo, and the column is then not declared.
    """
    from privkit._suggest import closest
    from privkit.policy._paths import Glob, split_path

    schema = getattr(getattr(protector, "policy", None), "schema_", {}) or {}
    paths = [split_path(c) for c in columns]
    globs = [Glob.parse(g) for g in schema]
    unnamed = [c for c, p in zip(columns, paths, strict=True)
               if not any(g.match(p) is not None for g in globs)]  # fmt: skip
    for glob, g in zip(schema, globs, strict=True):
        if any(g.match(p) is not None for p in paths):
            continue
        near = closest(glob, unnamed)
        if near is not None:
            warnings.warn(
                f"schema field {glob!r} matches no column of this table; did you mean {near!r}?",
                PrivkitWarning,
                stacklevel=4,
            )


def _drift(protector: Any, current: TableClassification, baseline: TableClassification) -> Drift:
    """The drift from ``baseline``, less the columns the policy's schema declares."""
    drift = current.drift(baseline)
    new_pii = tuple((c, k) for c, k in drift.new_pii if not _declared(protector, c))
    return Drift(drift.new_columns, drift.removed_columns, drift.changed, new_pii)


def _check_drift(
    protector: Any, current: TableClassification, baseline: TableClassification
) -> Drift:
    """Compare with ``baseline``: fail in strict mode, warn otherwise, on new personal data.

    A column the policy's schema declares is not drift whatever its sample looked like: the
    declaration decides how it is protected, so the result does not depend on the sample.
    """
    drift = _drift(protector, current, baseline)
    for column, category in drift.new_pii:
        what = str(category) if category is not None else "free text"
        if getattr(protector, "strict", False):
            raise SchemaDriftError(column, what)
        warnings.warn(SchemaDriftError.describe(column, what), PrivkitWarning, stacklevel=4)
    return drift


@contextlib.contextmanager
def _progress_bar(*, enabled: bool | None) -> Iterator[None]:
    """A tqdm bar of values scanned while the block runs (after 1 s; ``None``: automatic)."""
    from privkit import _progress

    if enabled is None:
        enabled = _progress.auto_enabled()
    bar: Any = None
    if enabled:
        try:
            if _progress.in_notebook() and importlib.util.find_spec("ipywidgets") is not None:
                from tqdm.notebook import tqdm
            else:
                from tqdm import tqdm
        except ImportError:  # tqdm is optional: no bar without it
            enabled = False
        else:
            bar = tqdm(desc="privkit: values scanned", unit=" values", delay=1.0, leave=False)
    if not enabled:
        yield
        return
    try:
        with _progress.listening(bar.update):
            yield
    finally:
        bar.close()


def _check_covered(
    classification: TableClassification, names: list[str], added: set[str]
) -> TableClassification:
    """Refuse a classification missing a column (named by position: names may be personal).

    Index levels moved into columns for the run are added as unknown content.
    """
    missing = [i for i, n in enumerate(names) if n not in classification]
    for i in missing:
        if names[i] not in added:
            raise ConfigError(f"classification has no entry for column {i + 1}")
    if not missing:
        return classification
    return TableClassification(
        classification.columns
        + tuple(ColumnClassification(names[i], "", None, None, 0.0) for i in missing),
        rows=classification.rows, sample_size=classification.sample_size,
        seed=classification.seed,
    )  # fmt: skip


def _safe_names(
    table: Any, kind: str, protector: Any, purpose: str
) -> tuple[Any, Callable[[Any], Any], set[str]]:
    """Make every column name safe to work with and to hand back.

    Names holding personal data (a pivoted table's e-mail addresses, user ids as column
    names) are renamed by their category's rule, as mapping keys are; pandas index levels
    that are not a plain row number become columns for the run (their labels are values);
    non-``str`` pandas labels are worked on as text and given back as they were.

    Returns:
        The table to protect, a function that gives the protected table its final names
        (and index), and the names of the columns that stand for index levels.
    """
    renames_for = protector._name_renames  # noqa: SLF001 - the engine's key renaming
    if kind in {"arrow", "polars"}:
        names = list(table.schema.names) if kind == "arrow" else list(table.columns)
        renames = renames_for(names, purpose)
        if not renames:
            return table, _same, set()
        new = [renames.get(n, n) for n in names]
        check_unique(new)
        if kind == "arrow":
            return table.rename_columns(new), _same, set()
        return table.rename(dict(zip(names, new, strict=True))), _same, set()
    if kind != "pandas":
        return table, _same, set()
    return _safe_pandas(table, renames_for, purpose)


def _safe_pandas(
    df: Any, renames_for: Any, purpose: str
) -> tuple[Any, Callable[[Any], Any], set[str]]:
    import pandas as pd

    if isinstance(df.columns, pd.MultiIndex):
        raise DataError("columns with several levels (MultiIndex) are not supported; join them")
    labels = list(df.columns)
    index_names = list(df.index.names)
    moved = not (isinstance(df.index, pd.RangeIndex) and df.index.name is None)
    df, axis = _renamed_axis(df, renames_for, purpose)
    work = df
    if moved:
        temp = [f"__privkit_index_{i}__" for i in range(len(index_names))]
        work = df.set_axis(df.index.set_names(temp), axis=0).reset_index()
        labels = [*index_names, *labels]
    renames = renames_for([n for n in labels if n is not None], purpose)
    work_names = [
        renames.get(n, n if isinstance(n, str) else str(n)) if n is not None else f"index_{i}"
        for i, n in enumerate(labels)
    ]
    if moved:
        taken = set(work_names[len(index_names) :])
        for i in range(len(index_names)):
            while work_names[i] in taken:
                work_names[i] = f"_{work_names[i]}"
            taken.add(work_names[i])
    check_unique(work_names)
    if not moved and work_names == labels:
        return df, _same, set()
    work = work.set_axis(work_names, axis=1)
    given = [renames.get(n, n) if n is not None else None for n in labels]  # the final labels
    k = len(index_names) if moved else 0

    def restore(out: Any) -> Any:
        if moved:
            out = out.set_index(work_names[:k])
            out.index = out.index.set_names(given[:k])
        return out.set_axis(given[k:], axis=1).rename_axis(columns=axis)

    return work, restore, set(work_names[:k])


def _renamed_axis(df: Any, renames_for: Any, purpose: str) -> tuple[Any, Any]:
    """``df`` and its columns' own name, renamed as a column name is if it holds personal data.

    The name over a table's columns ("email" over a pivot's) is a label as they are.
    """
    name = df.columns.name
    if name is None:
        return df, None
    new = renames_for([name], purpose).get(name, name)
    return (df if new == name else df.rename_axis(columns=new)), new


def _same(out: Any) -> Any:
    return out


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
    report: bool = False,
    progress: bool | None = None,
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
        report: also return a :class:`TableReport` (what each column got, counts, drift):
            the result is then ``Protected(data, report)``, which unpacks as a pair.
        progress: a progress bar of the values scanned (tqdm; shown after a second of
            work). ``None`` (default): on in notebooks and terminals, off in CI (``CI`` set)
            and when tqdm is not installed.

    Returns:
        A table of the same type with the same row count and order (a pandas or polars
        Series comes back as a Series), or ``Protected(data, report)`` with ``report=True``.

    Raises:
        TypeError: unsupported table type.
        DataError: duplicated column names.
        UnhandledPIIError: strict mode and personal data no rule covers, or a new
            personal-data column against ``baseline``.
    """
    as_frame = series_frame(table)
    frame = table if as_frame is None else as_frame[0]
    with _progress_bar(enabled=progress), warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", PrivkitWarning)
        result = _protect(
            frame,
            protector=protector,
            purpose=purpose,
            actor=actor,
            classification=classification,
            baseline=baseline,
            sample_size=sample_size,
            seed=seed,
        )
    for w in caught:  # re-raise outside the recorder, so the caller's filters apply
        warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    out = result.table if as_frame is None else frame_series(table, result.table, as_frame[1])
    if not report:
        return out
    cls = result.classification
    kind = table_kind(frame)
    said = tuple(str(w.message) for w in caught if issubclass(w.category, PrivkitWarning))
    return Protected(
        out,
        TableReport(
            purpose=purpose,
            rows=_num_rows(frame, kind) if kind != "spark" else 0,
            columns=result.columns,
            classification=cls,
            drift=None if baseline is None or cls is None else _drift(protector, cls, baseline),
            warnings=said,
        ),
    )


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

"""The pandas backend: protect a DataFrame column by column, unique values once."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from privkit._records import is_container
from privkit.integrations.tables._arrow import _arrow_encode
from privkit.integrations.tables._numbers import candidates, unchecked
from privkit.integrations.tables._plan import (
    _changed,
    _context_fields,
    _Job,
    _outcome,
    _plan_jobs,
    _protect_rowwise,
    _protect_unique_sets,
)

if TYPE_CHECKING:
    from privkit.integrations.tables._types import ColumnOutcome, TableClassification
    from privkit.policy import Session

__all__: list[str] = []


def _pandas_nested(series: Any) -> bool:
    """Whether an object column holds records or lists (cells a column path cannot reach)."""
    import pandas as pd

    if series.dtype != object:
        return False
    # infer_dtype walks the column in C; only a "mixed" column needs the Python look.
    kind = pd.api.types.infer_dtype(series, skipna=True)
    return kind.startswith("mixed") and any(map(is_container, series.array))


def _pandas_take(out: list[Any], codes: Any, series: Any) -> Any:
    """Map protected unique values back to rows, in C: Arrow take, then pandas' str dtype."""
    import numpy as np
    import pandas as pd
    import pyarrow as pa
    import pyarrow.compute as pc

    try:
        values = pa.array(out, type=pa.string())
        dtype = pd.StringDtype("pyarrow", na_value=np.nan)  # pandas >= 2.3: the "str" dtype
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError):
        lookup = np.empty(len(out) + 1, dtype=object)
        lookup[: len(out)] = out
        lookup[len(out)] = None
        return pd.Series(list(lookup[np.where(codes >= 0, codes, len(out))]),
                         index=series.index, name=series.name)  # fmt: skip
    indices = pa.array(codes, type=pa.int64(), mask=codes < 0)
    return pd.Series(
        dtype.__from_arrow__(pc.take(values, indices)), index=series.index, name=series.name
    )


def _factorize(series: Any) -> tuple[Any, list[Any]]:
    """Return (codes, unique values in order of first appearance) of a pandas column.

    Missing values get code -1. Arrow-backed strings (pandas' ``str`` dtype with pyarrow) are
    encoded by Arrow's ``dictionary_encode``: same codes and order, 2-3x faster than
    ``pd.factorize`` on them.
    """
    import pandas as pd

    if isinstance(series.array, pd.arrays.ArrowStringArray):
        import pyarrow as pa
        import pyarrow.compute as pc

        indices, uniq = _arrow_encode(pa.array(series.array))
        return pc.fill_null(indices, -1).to_numpy(), uniq
    c, u = pd.factorize(series, use_na_sentinel=True)
    return c, u.tolist() if hasattr(u, "tolist") else list(u)


def _numeric_values(series: Any) -> Any:
    """The non-null values of a numeric column as a NumPy array (nullable dtypes included)."""
    values = series.dropna()
    dtype = values.dtype
    if getattr(dtype, "numpy_dtype", None) is not None:  # Int64, Float64, UInt64
        return values.to_numpy(dtype=dtype.numpy_dtype)
    return values.to_numpy()


def _replace_numbers(series: Any, before: list[Any], after: list[Any]) -> tuple[Any, int]:
    """The column with each protected number replaced (an object column), and the count."""
    repl = {b: a for b, a in zip(before, after, strict=True) if a != b}
    if not repl:
        return series, 0
    mask = series.isin(list(repl)).to_numpy(dtype=bool, na_value=False)
    new = series.astype(object)
    new[mask] = series[mask].map(repl).astype(object)
    return new, int(mask.sum())


def _protect_pandas(
    df: Any,
    run: Session,
    cls: TableClassification,
) -> tuple[Any, list[ColumnOutcome]]:
    import numpy as np
    import pandas as pd

    names = [str(c) for c in df.columns]
    strings = {
        n for n in names
        if pd.api.types.is_string_dtype(df[n].dtype) or df[n].dtype == object
        or isinstance(df[n].dtype, pd.CategoricalDtype)  # categories are values too
    }  # fmt: skip
    nested = {n for n in strings if _pandas_nested(df[n])}
    jobs, decisions = _plan_jobs(run, cls, strings - nested, nested)
    fast = {j.name: j for j in jobs if not j.rowwise}
    codes: dict[str, Any] = {}
    uniques: dict[str, list[Any]] = {}
    for name in fast:
        codes[name], uniques[name] = _factorize(df[name])
    # Numeric columns the sample found clean are checked whole (see _numbers).
    numeric = {
        name: found
        for name in names
        if name not in strings
        and unchecked(name, jobs, decisions)
        and pd.api.types.is_numeric_dtype(df[name].dtype)
        and not pd.api.types.is_bool_dtype(df[name].dtype)
        and (found := candidates(name, _numeric_values(df[name])))
    }
    uniques.update(numeric)
    extra = [_Job(n, None, decisions[n], rowwise=False) for n in numeric]
    protected = _protect_unique_sets(run, uniques, [*jobs, *extra])
    context_fields = _context_fields(run.protector.policy)
    context = {f: df[f].tolist() for f in context_fields if f in df.columns}

    result = df.copy(deep=False)
    outcomes = []
    for pos, name in enumerate(names):
        col, series = cls[name], df[name]
        rows, nulls = len(series), int(series.isna().sum())
        new: Any
        if name in fast:
            out, c = protected[name], codes[name]
            new = _pandas_take(out, c, series)
            weights = np.bincount(c[c >= 0], minlength=len(out)).tolist()
            changed = _changed(uniques[name], out, weights)
            unique = len(out)
        elif name in numeric:
            new, changed = _replace_numbers(series, numeric[name], protected[name])
            unique = len(numeric[name])
        elif any(j.name == name for j in jobs):
            job = next(j for j in jobs if j.name == name)
            before = series.tolist()
            after = _protect_rowwise(run, job, before, context)
            changed, unique, new = _changed(before, after, None), 0, after
        else:
            outcomes.append(_outcome(col, decisions[name], rows=rows, nulls=nulls))
            continue
        if not isinstance(new, pd.Series):
            dtype = object if name in nested else None
            new = pd.Series(list(new), index=series.index, name=series.name, dtype=dtype)
        result.isetitem(pos, new)
        outcomes.append(
            _outcome(col, decisions[name], rows=rows, nulls=nulls, changed=changed, unique=unique)
        )
    if df.attrs:
        # A table's own metadata ("owner", "source"): protected as one record, as an Arrow
        # schema's metadata is (pandas hands it on through copies and most operations).
        result.attrs = run.records([dict(df.attrs)])[0]
    return result, outcomes

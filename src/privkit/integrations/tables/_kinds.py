"""Table kinds: recognise a table from its type's module (no import) and read it generically."""

from __future__ import annotations

import random
from collections.abc import Mapping
from typing import Any

from privkit.errors import DataError

__all__ = ["is_table", "table_kind"]


def table_kind(table: object) -> str:
    """Return ``"pandas"``, ``"arrow"``, ``"polars"``, ``"spark"`` or ``"records"``.

    Raises:
        TypeError: ``table`` is not a supported table type.

    >>> table_kind([{"email": "a@example.com"}])
    'records'
    """
    kind = _kind_or_none(table)
    if kind is None:
        raise TypeError(f"unsupported table type: {type(table).__name__}")
    return kind


def is_table(obj: object) -> bool:
    """Return True for a DataFrame, Arrow table/batch or a list of records.

    >>> is_table([{"a": 1}]), is_table("text"), is_table([])
    (True, False, False)
    """
    return _kind_or_none(obj) is not None


def _kind_or_none(table: object) -> str | None:
    typ = type(table)
    root = typ.__module__.split(".", 1)[0]
    if root == "pandas" and typ.__name__ == "DataFrame":
        return "pandas"
    if root == "pyarrow" and typ.__name__ in {"Table", "RecordBatch"}:
        return "arrow"
    if root == "polars" and typ.__name__ == "DataFrame":
        return "polars"
    if root == "pyspark" and typ.__name__ == "DataFrame":
        return "spark"
    if isinstance(table, list | tuple) and table and all(isinstance(r, Mapping) for r in table):
        return "records"
    return None


#: The column name a Series without a name gets while it is protected as a one-column table.
SERIES_COLUMN = "value"


def series_frame(obj: object) -> tuple[Any, str] | None:
    """Return a pandas/polars Series as ``(one-column frame, column name)``, else ``None``."""
    typ = type(obj)
    root = typ.__module__.split(".", 1)[0]
    if root not in {"pandas", "polars"} or typ.__name__ != "Series":
        return None
    series: Any = obj
    name = series.name
    column = SERIES_COLUMN if name is None or name == "" else str(name)
    return series.to_frame(name=column), column


def frame_series(original: Any, frame: Any, column: str) -> Any:
    """Return ``frame``'s one column as a Series named and indexed like ``original``."""
    if type(original).__module__.split(".", 1)[0] == "pandas":
        return frame[column].rename(original.name)
    return frame.to_series().alias(original.name)


def _column_names(table: Any, kind: str) -> list[str]:
    if kind == "pandas":
        names = [str(c) for c in table.columns]
    elif kind == "arrow":
        names = list(table.schema.names)
    elif kind == "polars":
        names = list(table.columns)
    else:
        raise AssertionError(kind)  # records are flattened elsewhere
    check_unique(names)
    return names


def check_unique(names: list[Any], *, source: str | None = None) -> None:
    """Refuse repeated column names, naming their positions (a name may be personal data).

    Raises:
        DataError: ``"duplicated column name (columns 1 and 3)"``, positions from 1.
    """
    first: dict[Any, int] = {}
    for i, name in enumerate(names):
        if name in first:
            raise DataError(
                f"duplicated column name (columns {first[name] + 1} and {i + 1})", source=source
            )
        first[name] = i


def _num_rows(table: Any, kind: str) -> int:
    if kind == "pandas":
        return len(table.index)
    if kind in {"arrow", "polars"}:
        return int(table.num_rows if kind == "arrow" else table.height)
    return len(table)


def _dtype(table: Any, kind: str, name: str) -> str:
    if kind == "pandas":
        return str(table[name].dtype)
    if kind == "arrow":
        return str(table.schema.field(name).type)
    return str(table.schema[name])


def _sample_index(n: int, size: int, seed: int) -> list[int]:
    if n <= size:
        return list(range(n))
    return sorted(random.Random(seed).sample(range(n), size))  # noqa: S311 - sampling, not crypto


def _take(table: Any, kind: str, name: str, idx: list[int]) -> list[Any]:
    if kind == "pandas":
        return list(table[name].iloc[idx].tolist())
    if kind == "arrow":
        import pyarrow as pa

        column = table.column(name)
        if pa.types.is_string_view(column.type):  # no take kernel for views
            column = column.cast(pa.large_string())
        return list(column.take(idx).to_pylist())
    return list(table[name].gather(idx).to_list())

"""The Arrow backend (pyarrow Tables and RecordBatches; polars goes through Arrow)."""

from __future__ import annotations

import operator
from typing import TYPE_CHECKING, Any

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
    from collections.abc import Mapping

    from privkit.integrations.tables._types import ColumnOutcome, TableClassification
    from privkit.policy import Session

__all__: list[str] = []


def _arrow_nested(arr: Any) -> bool:
    import pyarrow as pa

    t = arr.type
    return bool(
        pa.types.is_struct(t)
        or pa.types.is_map(t)
        or pa.types.is_list(t)
        or pa.types.is_large_list(t)
        or pa.types.is_fixed_size_list(t)
        or pa.types.is_list_view(t)
        or pa.types.is_large_list_view(t)
    )


def _arrow_encode(arr: Any) -> tuple[Any, list[Any]]:
    """Return (indices, unique values) of an Arrow array; nulls get null indices."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks() if arr.num_chunks != 1 else arr.chunk(0)
    if pa.types.is_dictionary(arr.type):
        arr = arr.cast(arr.type.value_type)
    if pa.types.is_string_view(arr.type):
        arr = arr.cast(pa.large_string())
    if _is_binary(arr.type) and not pa.types.is_large_binary(arr.type):
        arr = arr.cast(pa.large_binary())  # views and fixed sizes: one encodable type
    try:
        encoded = pc.dictionary_encode(arr)
    except (pa.ArrowNotImplementedError, pa.ArrowInvalid, pa.ArrowTypeError):
        values = arr.to_pylist()
        uniq = list(dict.fromkeys(v for v in values if v is not None))
        pos = {v: i for i, v in enumerate(uniq)}
        return pa.array([None if v is None else pos[v] for v in values], type=pa.int32()), uniq
    return encoded.indices, encoded.dictionary.to_pylist()


def _is_binary(t: Any) -> bool:
    """Whether an Arrow type holds bytes (binary, large, view or fixed-size binary)."""
    import pyarrow as pa

    if pa.types.is_dictionary(t):
        t = t.value_type
    return bool(
        pa.types.is_binary(t)
        or pa.types.is_large_binary(t)
        or pa.types.is_fixed_size_binary(t)
        or (hasattr(pa.types, "is_binary_view") and pa.types.is_binary_view(t))
    )


def _arrow_values(out: list[Any], *, binary: Any = None) -> Any:
    """An Arrow array of protected cells: text, or bytes of the type ``binary`` if given."""
    import pyarrow as pa

    if binary is not None:
        # A bytes column stays bytes: protected values (text) are stored as their UTF-8.
        # Binary and large binary keep their type; views and fixed sizes become large binary.
        keep = pa.types.is_binary(binary) or pa.types.is_large_binary(binary)
        return pa.array(
            [v.encode("utf-8") if isinstance(v, str) else v for v in out],
            type=binary if keep else pa.large_binary(),
        )
    try:
        return pa.array(out, type=pa.string())
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return pa.array([None if v is None else str(v) for v in out], type=pa.string())


def _arrow_changed(before: list[Any], after: list[Any], indices: Any) -> int:
    """Rows whose value changed, from the unique values and the rows' Arrow indices."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if len(before) != len(after):
        raise ValueError("_arrow_changed: sequences differ in length")
    diff = pa.array(list(map(bool, map(operator.ne, before, after))), type=pa.bool_())
    return int(pc.sum(pc.take(diff, indices)).as_py() or 0)  # null indices are skipped


def _protect_arrow_columns(
    columns: Mapping[str, Any],
    run: Session,
    cls: TableClassification,
) -> tuple[dict[str, Any], list[ColumnOutcome]]:
    """Protect Arrow columns by name; return the replaced columns and the outcomes."""
    import pyarrow as pa
    import pyarrow.compute as pc

    def is_string(arr: Any) -> bool:
        t = arr.type
        if pa.types.is_dictionary(t):
            t = t.value_type
        return bool(
            pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_string_view(t)
        )

    # Bytes columns are scanned like text columns (their UTF-8 cells are text to a person);
    # without this, a binary column whose sample looked clean passed through unscanned.
    binaries = {
        n: (a.type.value_type if pa.types.is_dictionary(a.type) else a.type)
        for n, a in columns.items()
        if _is_binary(a.type)
    }
    strings = {n for n, a in columns.items() if is_string(a)} | set(binaries)
    nested = {n for n, a in columns.items() if _arrow_nested(a)}
    jobs, decisions = _plan_jobs(run, cls, strings, nested)
    fast = {j.name: j for j in jobs if not j.rowwise}
    encoded = {name: _arrow_encode(columns[name]) for name in fast}
    uniques = {name: u for name, (_, u) in encoded.items()}
    # Numeric columns the sample found clean are checked whole (see _numbers).
    numeric = {
        name: found
        for name, arr in columns.items()
        if unchecked(name, jobs, decisions)
        and _arrow_numeric(arr)
        and (found := candidates(name, _arrow_numbers(arr)))
    }
    uniques.update(numeric)
    extra = [_Job(n, None, decisions[n], rowwise=False) for n in numeric]
    protected = _protect_unique_sets(run, uniques, [*jobs, *extra])
    context_fields = _context_fields(run.protector.policy)
    context = {f: columns[f].to_pylist() for f in context_fields if f in columns}

    replaced: dict[str, Any] = {}
    outcomes = []
    for name, arr in columns.items():
        col = cls[name]
        rows, nulls = len(arr), arr.null_count
        if name in fast:
            indices, uniq = encoded[name]
            out = protected[name]
            replaced[name] = pc.take(_arrow_values(out, binary=binaries.get(name)), indices)
            changed = _arrow_changed(uniq, out, indices)
            unique = len(uniq)
        elif name in numeric:
            repl = {
                b: a for b, a in zip(numeric[name], protected[name], strict=True) if a != b
            }  # fmt: skip
            if not repl:
                outcomes.append(_outcome(col, decisions[name], rows=rows, nulls=nulls))
                continue
            cells = arr.to_pylist()
            replaced[name] = _arrow_values([repl.get(v, v) for v in cells])
            changed, unique = sum(1 for v in cells if v in repl), len(numeric[name])
        elif any(j.name == name for j in jobs):
            job = next(j for j in jobs if j.name == name)
            before = _arrow_cells(arr)
            out = _protect_rowwise(run, job, before, context)
            replaced[name] = (
                _arrow_nested_values(out, arr.type)
                if job.nested
                else _arrow_values(out, binary=binaries.get(name))
            )
            changed, unique = _changed(before, out, None), 0
        else:
            outcomes.append(_outcome(col, decisions[name], rows=rows, nulls=nulls))
            continue
        outcomes.append(
            _outcome(col, decisions[name], rows=rows, nulls=nulls, changed=changed, unique=unique)
        )
    return replaced, outcomes


def _arrow_numeric(arr: Any) -> bool:
    import pyarrow as pa

    t = arr.type
    if pa.types.is_dictionary(t):
        t = t.value_type
    return bool(pa.types.is_integer(t) or pa.types.is_floating(t) or pa.types.is_decimal(t))


def _arrow_numbers(arr: Any) -> Any:
    """The non-null values of a numeric column: a NumPy array, or Python ``Decimal`` values."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks()
    if pa.types.is_dictionary(arr.type):
        arr = arr.dictionary  # every value of the column is one of these
    arr = pc.drop_null(arr)
    if pa.types.is_decimal(arr.type) or pa.types.is_float16(arr.type):
        return pc.unique(arr).to_pylist()
    return arr.to_numpy(zero_copy_only=False)


def _arrow_cells(arr: Any) -> list[Any]:
    """Python cells of a column; a ``map`` cell as a dict (its keys are field names then)."""
    import pyarrow as pa

    cells: list[Any] = arr.to_pylist()
    if not pa.types.is_map(arr.type):
        return cells
    out: list[Any] = []
    for c in cells:
        d = None if c is None else dict(c)
        out.append(c if d is not None and len(d) != len(c) else d)  # repeated keys: as pairs
    return out


def _arrow_nested_values(values: list[Any], type_: Any) -> Any:
    """Nested cells back to Arrow: the column's type if they still fit it, else inferred."""
    import pyarrow as pa

    if pa.types.is_map(type_):
        values = [
            list(v.items()) if isinstance(v, dict) else [tuple(kv) for kv in v] if v else v
            for v in values
        ]
    if all(_keys_fit(v, type_) for v in values):
        try:
            return pa.array(values, type=type_)
        except (pa.ArrowInvalid, pa.ArrowTypeError):  # a transform changed a leaf's type
            pass
    try:
        return pa.array(values)
    except (pa.ArrowInvalid, pa.ArrowTypeError):  # protected text beside untouched numbers
        return pa.array(_leaves_as_text(values))


def _keys_fit(value: Any, type_: Any) -> bool:
    """Whether every mapping in ``value`` has no key but the fields of its Arrow struct type.

    A struct's field names are a cell's keys: a key holding personal data (a JSON object
    keyed by e-mail addresses, read into a struct) is renamed by the record path. Built
    with the column's old type, Arrow would set the old field to null and drop the renamed
    key: the name kept, its value lost. Such cells take a type inferred from them instead.
    """
    import pyarrow as pa

    if value is None:
        return True
    if pa.types.is_struct(type_):
        if not isinstance(value, dict):
            return True  # (Arrow judges what is no mapping)
        fields = {type_.field(i).name: type_.field(i).type for i in range(type_.num_fields)}
        return all(k in fields and _keys_fit(v, fields[k]) for k, v in value.items())
    if pa.types.is_map(type_):
        pairs = value.items() if isinstance(value, dict) else value
        return all(_keys_fit(kv[1], type_.item_type) for kv in pairs)
    value_type = getattr(type_, "value_type", None)
    if value_type is not None and isinstance(value, list | tuple):
        return all(_keys_fit(v, value_type) for v in value)
    return True


def _leaves_as_text(value: Any) -> Any:
    """``value`` with every leaf but ``None`` as its text (one Arrow type for all leaves)."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, dict):
        return {k: _leaves_as_text(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(_leaves_as_text(v) for v in value)
    return str(value)


def _protect_arrow(
    table: Any, run: Session, cls: TableClassification
) -> tuple[Any, list[ColumnOutcome]]:
    import pyarrow as pa

    batch = isinstance(table, pa.RecordBatch)
    names = list(table.schema.names)
    columns = {n: table.column(i) for i, n in enumerate(names)}
    replaced, outcomes = _protect_arrow_columns(columns, run, cls)
    arrays = [replaced.get(n, columns[n]) for n in names]
    if batch:
        arrays = [a.combine_chunks() if isinstance(a, pa.ChunkedArray) else a for a in arrays]
        return pa.RecordBatch.from_arrays(arrays, names=names), outcomes
    fields = [
        table.schema.field(i).with_type(replaced[n].type).with_nullable(True) if n in replaced
        else table.schema.field(i)
        for i, n in enumerate(names)
    ]  # fmt: skip
    fields = [  # (a field's own notes, "description": "...", as the schema's)
        f.with_metadata(_safe_metadata(f.metadata, run)) if f.metadata else f for f in fields
    ]
    metadata = _safe_metadata(table.schema.metadata, run)
    return pa.Table.from_arrays(arrays, schema=pa.schema(fields, metadata=metadata)), outcomes


def _safe_metadata(metadata: Mapping[bytes, bytes] | None, run: Session) -> Any:
    """A schema's key-value metadata with the personal data in it protected.

    Metadata is names and notes ("owner", "created_by", pandas' JSON of the column and
    index names): it went out verbatim, an author's e-mail address with it. It is read as
    one record (UTF-8 keys and values; a pair that is not UTF-8 stays as the record path
    reads bytes) and protected as records are; an unchanged pair keeps its bytes.
    """
    if not metadata:
        return metadata
    record: dict[Any, Any] = {}
    for k, v in metadata.items():
        try:
            record[k.decode("utf-8")] = v.decode("utf-8")
        except UnicodeDecodeError:
            record[k] = v
    protected = run.records([record])[0]
    if protected == record:
        return metadata
    return {
        (k if isinstance(k, bytes) else str(k).encode("utf-8")): (
            v if isinstance(v, bytes) else b"" if v is None else str(v).encode("utf-8")
        )
        for k, v in protected.items()
    }


def _protect_polars(
    df: Any, run: Session, cls: TableClassification
) -> tuple[Any, list[ColumnOutcome]]:
    import polars as pl

    columns = {name: df.get_column(name).to_arrow() for name in df.columns}
    replaced, outcomes = _protect_arrow_columns(columns, run, cls)
    if not replaced:
        return df.clone(), outcomes
    series = [
        pl.Series(name, arr)
        if _arrow_nested(arr)
        else pl.Series(name, arr, dtype=pl.Binary if _is_binary(arr.type) else pl.String)
        for name, arr in replaced.items()
    ]
    return df.with_columns(series), outcomes

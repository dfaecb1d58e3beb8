"""Run an inventory: open each source read-only, sample its tables in parallel, classify, map."""

from __future__ import annotations

import datetime as dt
import os
import threading
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, replace
from typing import TYPE_CHECKING, Any

from privkit.errors import ConfigError, MissingDependencyError
from privkit.inventory._base import Limits, SkipError
from privkit.inventory._classify import (
    NameReader,
    classify_columns,
    free_text_entities,
    parse_nested,
    redact_location,
    redact_qualified,
    safe_names,
)
from privkit.inventory._model import ColumnEntry, InventoryMap, Skipped, SourceEntry, TableEntry

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from privkit.inventory._base import Sample, SourceBackend

__all__ = ["DEFAULT_SAMPLE_SIZE", "inventory", "open_source"]

#: Rows sampled per table by default: enough to estimate a column's shares within a few
#: percent, small enough that 50 tables take seconds.
DEFAULT_SAMPLE_SIZE = 200
#: Tables sampled at once (each holds one database connection).
DEFAULT_WORKERS = 4
_LIMITS = Limits()
_PG_SCHEMES = {"postgresql", "postgres"}


def _strip_url(url: str) -> str:
    """The URL without user name, password, query or fragment (the map shows this)."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = host + (f":{parts.port}" if parts.port else "")
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def open_source(source: str | os.PathLike[str], *, timeout_s: float = 60.0) -> SourceBackend:
    """Return the backend for a database URL or a file/folder path.

    Raises:
        ConfigError: an unsupported URL scheme or an in-memory database.
    """
    text = os.fspath(source)
    scheme = text.split("://", 1)[0].lower() if "://" in text else ""
    base = scheme.split("+", 1)[0]
    if base == "sqlite":
        path = text.split("://", 1)[1]
        path = path.removeprefix("/")  # sqlite:///rel.db -> rel.db; sqlite:////abs -> /abs
        path = path.split("?", 1)[0]
        if not path or path == ":memory:":
            raise ConfigError("an in-memory SQLite database has nothing to inventory")
        from privkit.inventory._sqlite import SqliteSource

        return SqliteSource(urllib.parse.unquote(path), location=f"sqlite:///{path}")
    if base in _PG_SCHEMES:
        from privkit.inventory._postgres import PostgresSource

        parts = urllib.parse.urlsplit(text)
        url = urllib.parse.urlunsplit(("postgresql", *parts[1:]))
        return PostgresSource(url, location=_strip_url(url), timeout_s=timeout_s)
    if scheme:
        raise ConfigError(
            f"unsupported source scheme {scheme!r} (use sqlite:///PATH, postgresql://..., "
            "or a file or folder path)"
        )
    from privkit.inventory._files import FileSource

    return FileSource(text, location=text)


def _texts(values: list[Any]) -> list[str]:
    return [v for v in values if isinstance(v, str)]


def _map_columns(
    sample: Sample, *, scanner: Any, lock: threading.Lock, read: NameReader
) -> tuple[tuple[ColumnEntry, ...], list[Skipped]]:
    flat: dict[str, list[Any]] = {}
    nested: dict[str, list[Any]] = {}
    for spec in sample.columns:
        values = sample.values.get(spec.name, [])
        parsed = None if spec.binary else parse_nested(values, declared=spec.nested, read=read)
        if parsed is None:
            flat[spec.name] = values
        else:
            nested[spec.name] = parsed
    with lock:  # classification is CPU-bound and shares one scanner: one table at a time
        found = classify_columns(flat, scanner=scanner) if flat else {}
        found_nested = {
            name: classify_columns({name: vals}, scanner=scanner) for name, vals in nested.items()
        }
        text_ents = {
            name: free_text_entities(_texts(flat[name]), scanner=scanner)
            for name, entry in found.items()
            if entry.free_text
        }
    shown = safe_names([s.name for s in sample.columns] + [n for n, _ in sample.skipped], read)
    columns: list[ColumnEntry] = []
    for spec in sample.columns:
        label = shown[spec.name]
        note = "name is personal data (redacted)" if label != spec.name else ""
        if spec.name in nested:
            paths = found_nested[spec.name]
            root = paths.pop(spec.name, None)
            fields = tuple(
                replace(e, name=label + path[len(spec.name) :]) for path, e in sorted(paths.items())
            )
            non_null = sum(1 for v in nested[spec.name] if v is not None)
            base = root or ColumnEntry(name=spec.name, dtype=spec.dtype, sampled=non_null)
            extra = f"nested: {len(fields)} paths"
            entry = replace(
                base,
                name=label,
                dtype=spec.dtype,
                fields=fields,
                note="; ".join(p for p in (note, extra) if p),
                reason=base.reason or "structured values; see its fields",
            )
        else:
            entry = found.get(spec.name) or ColumnEntry(name=spec.name, dtype=spec.dtype)
            if spec.binary:
                note = "; ".join(p for p in (note, "binary: values not read, name only") if p)
            entry = replace(
                entry,
                name=label,
                dtype=spec.dtype,
                note=note,
                text_entities=text_ents.get(spec.name, ()),
            )
        columns.append(entry)
    skipped = [Skipped("column", shown[n], why) for n, why in sample.skipped]
    return tuple(columns), skipped


def _map_table(
    backend: SourceBackend,
    schema: str | None,
    table: str,
    *,
    limits: Limits,
    seed: int,
    scanner: Any,
    lock: threading.Lock,
    read: NameReader,
) -> tuple[TableEntry | None, list[Skipped], str | None]:
    """Map one table; return (entry or None, column skips, reason the table was skipped)."""
    try:
        sample = backend.sample(schema, table, limits=limits, seed=seed)
        columns, skipped = _map_columns(sample, scanner=scanner, lock=lock, read=read)
    except SkipError as exc:
        return None, [], exc.reason
    except MissingDependencyError:
        raise
    except Exception as exc:  # noqa: BLE001 - a partial map says what it skipped, never crashes
        return None, [], f"unexpected error ({type(exc).__name__})"
    return (
        TableEntry(
            schema=schema,
            name=table,
            rows=sample.rows,
            rows_exact=sample.rows_exact,
            sample_size=max((len(v) for v in sample.values.values()), default=0),
            sampling=sample.sampling,
            columns=columns,
        ),
        skipped,
        None,
    )


def _sources(sources: Any) -> list[tuple[str | None, str | os.PathLike[str]]]:
    if isinstance(sources, str | os.PathLike):
        return [(None, sources)]
    if hasattr(sources, "items"):
        return [(str(k), v) for k, v in sources.items()]
    try:
        return [(None, s) for s in sources]
    except TypeError:
        raise ConfigError("sources must be a URL or path, a list of them, or a mapping") from None


def _labels(
    backends: list[tuple[str | None, SourceBackend]], read: NameReader
) -> tuple[list[str], list[str]]:
    """Each source's label and shown location.

    A location is shown with its personal path parts redacted (a file named after a
    customer), and so is a label that defaulted to it; a label the caller gave is kept.
    """
    labels = [label or b.location for label, b in backends]
    if len(set(labels)) != len(labels):
        raise ConfigError("two sources have the same name: give them labels ({label: source})")
    shown_at = [redact_location(b.location, read) for _, b in backends]
    labels = [label or at for (label, _), at in zip(backends, shown_at, strict=True)]
    if len(set(labels)) != len(labels):
        raise ConfigError("two sources have the same name once redacted: give them labels")
    return labels, shown_at


def inventory(
    sources: str | os.PathLike[str] | Iterable[str | os.PathLike[str]] | Mapping[str, Any],
    *,
    sample_size: int = DEFAULT_SAMPLE_SIZE,
    seed: int = 0,
    workers: int = DEFAULT_WORKERS,
    scanner: Any = None,
    max_columns: int = _LIMITS.max_columns,
    max_cells: int = _LIMITS.max_cells,
    timeout_s: float = _LIMITS.timeout_s,
) -> InventoryMap:
    """Map where personal data lives across databases and files, without reading it all.

    Args:
        sources: a database URL (``sqlite:///path.db``, ``postgresql://user@host/db``), a
            CSV/JSON lines/Parquet file or folder, a list of them, or a mapping
            ``{label: source}`` (labels name the sources in the map and in diffs).
        sample_size: most rows sampled per table (wide tables get fewer: see ``max_cells``).
        seed: sampling seed; the same data and seed give the same map.
        workers: tables sampled at once (one read-only connection each).
        scanner: the :class:`privkit.Scanner` used on values (default: the run's own, so
            nothing it read outlives the run).
        max_columns: most columns classified per table; the rest are listed as skipped.
        max_cells: most sampled cells per table.
        timeout_s: statement timeout for database queries.

    Returns:
        An :class:`InventoryMap`. Sources, tables and columns that could not be read are in
        its ``skipped`` list with a value-free reason; the call itself does not fail on them.

    Raises:
        ConfigError: invalid options or an unsupported source URL.
        MissingDependencyError: a source needs an optional dependency that is missing.
    """
    for name, value in (("sample_size", sample_size), ("workers", workers)):
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise ConfigError(f"{name} must be a positive integer")
    if not isinstance(max_columns, int) or max_columns < 1 or max_cells < 1:
        raise ConfigError("max_columns and max_cells must be positive integers")
    limits = Limits(
        sample_size=sample_size, max_cells=max_cells, max_columns=max_columns, timeout_s=timeout_s
    )
    named = _sources(sources)
    backends = [(label, open_source(src, timeout_s=timeout_s)) for label, src in named]
    read = NameReader()  # the names of this run, read once each, forgotten with it
    labels, shown_at = _labels(backends, read)
    if scanner is None:
        from privkit.detect import Scanner

        scanner = Scanner()  # (its model is loaded once per process, by the detect layer)
    lock = threading.Lock()
    created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    out: list[SourceEntry] = []
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="privkit-inventory") as pool:
        for label, backend, at in zip(labels, backends, shown_at, strict=True):
            be = backend[1]
            try:
                be.open()
                listed = be.tables()
                listing_skips = be.listing_skips()
            except SkipError as exc:
                out.append(
                    SourceEntry(label, be.kind, at, (), (Skipped("source", label, exc.reason),))
                )
                be.close()
                continue
            try:
                futures = [
                    pool.submit(
                        _map_table, be, schema, table,
                        limits=limits, seed=seed, scanner=scanner, lock=lock, read=read,
                    )
                    for schema, table in listed
                ]  # fmt: skip
                results = [f.result() for f in futures]
            finally:
                be.close()
            table_names = safe_names([t for _, t in listed], read)
            schema_names = safe_names(sorted({s for s, _ in listed if s}), read)
            tables: list[TableEntry] = []
            skipped = [replace(s, name=redact_qualified(s.name, read)) for s in listing_skips]
            for (schema, table), (entry, col_skips, why) in zip(listed, results, strict=True):
                shown_schema = schema_names.get(schema, schema) if schema else None
                shown = table_names[table]
                qualified = f"{shown_schema}.{shown}" if shown_schema else shown
                if entry is None:
                    skipped.append(Skipped("table", qualified, why or "not read"))
                    continue
                tables.append(replace(entry, schema=shown_schema, name=shown))
                skipped.extend(replace(s, name=f"{qualified}.{s.name}") for s in col_skips)
            out.append(SourceEntry(label, be.kind, at, tuple(tables), tuple(skipped)))
    settings = asdict(limits) | {"seed": seed, "workers": workers}
    return InventoryMap(tuple(out), settings=settings, created=created)

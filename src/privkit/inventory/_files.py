"""Files as sources: one CSV, JSON lines or Parquet file, or a folder of them (one table each).

Files are opened for reading only. Each is read through
:func:`privkit.integrations.files.read_chunks` up to a bounded first chunk (its size is
chosen from the column count so that wide files stay small), and rows are sampled from that
chunk. Parquet row counts come from the file footer; CSV and JSON lines counts are exact
when the whole file fits in the chunk and a lower bound otherwise.
"""

from __future__ import annotations

import contextlib
import csv
import os
import random
from pathlib import Path
from typing import Any

from privkit.errors import ConfigError, DataError, MissingDependencyError
from privkit.inventory._base import ColumnSpec, Limits, Sample, SkipError, table_seed
from privkit.inventory._model import Skipped

__all__ = ["FileSource"]

SUFFIXES = frozenset({".csv", ".jsonl", ".ndjson", ".parquet", ".pq"})
#: The first chunk read holds at most this many rows times the sample size.
READ_FACTOR = 5
#: Most files listed under one folder.
MAX_FILES = 10_000


def _csv_columns(path: Path) -> int:
    with path.open(encoding="utf-8", errors="replace", newline="") as fh:
        line = fh.readline(16 * 1024 * 1024)
    try:
        return max(1, len(next(csv.reader([line]))))
    except (StopIteration, csv.Error):
        return 1


class FileSource:
    """A table file or a folder of them."""

    kind = "files"

    def __init__(self, path: str, *, location: str) -> None:
        self.path = Path(path)
        self.location = location
        self._skips: list[Skipped] = []

    def open(self) -> None:
        if not self.path.exists():
            raise SkipError("no such file or folder")
        if not os.access(self.path, os.R_OK):
            raise SkipError("no permission to read")
        if self.path.is_file() and self.path.suffix.lower() not in SUFFIXES:
            raise SkipError("not a CSV, JSON lines or Parquet file")

    def close(self) -> None:
        return None

    def tables(self) -> list[tuple[str | None, str]]:
        if self.path.is_file():
            return [(None, self.path.name)]
        out: list[tuple[str | None, str]] = []
        for root, dirs, files in os.walk(self.path, followlinks=False):
            dirs.sort()
            rel = Path(root).relative_to(self.path)
            for name in sorted(files):
                if Path(name).suffix.lower() not in SUFFIXES:
                    continue
                if len(out) >= MAX_FILES:
                    self._skips.append(Skipped("table", str(rel / name), "too many files"))
                    continue
                out.append((None if str(rel) == "." else rel.as_posix(), name))
        return out

    def listing_skips(self) -> list[Skipped]:
        return list(self._skips)

    def _file(self, schema: str | None, table: str) -> Path:
        if self.path.is_file():
            return self.path
        return self.path / schema / table if schema else self.path / table

    def sample(self, schema: str | None, table: str, *, limits: Limits, seed: int) -> Sample:
        path = self._file(schema, table)
        try:
            return self._sample(path, schema, table, limits=limits, seed=seed)
        except DataError as exc:  # privkit's own messages locate the problem, never a value
            raise SkipError(f"bad input: {exc}") from None
        except MissingDependencyError:
            raise
        except ConfigError as exc:
            raise SkipError(str(exc)) from None
        except FileNotFoundError:
            raise SkipError("file disappeared during the scan") from None
        except PermissionError:
            raise SkipError("no permission to read") from None
        except OSError as exc:
            raise SkipError(f"read error ({type(exc).__name__})") from None

    def _sample(  # noqa: C901, PLR0912, PLR0915 - one branch per file kind
        self, path: Path, schema: str | None, table: str, *, limits: Limits, seed: int
    ) -> Sample:
        from privkit.integrations.files import file_format, read_chunks

        fmt = file_format(path)
        total: int | None = None
        if fmt == "parquet":
            try:
                import pyarrow.parquet as pq
            except ImportError as exc:
                raise MissingDependencyError("Parquet inventory", extra="arrow") from exc
            try:
                meta = pq.ParquetFile(path).metadata
            except Exception:  # noqa: BLE001 - pyarrow raises several types for bad files
                raise SkipError("not a readable Parquet file") from None
            ncols, total = meta.num_columns, meta.num_rows
        elif fmt == "csv":
            ncols = _csv_columns(path)
        else:
            ncols = 16
        read_cols = min(ncols, limits.max_columns)
        want = limits.rows_for(read_cols)
        chunk_rows = max(want, min(READ_FACTOR * want, limits.max_cells // max(1, ncols)))
        with contextlib.closing(read_chunks(path, chunk_rows=chunk_rows)) as chunks:
            first = next(chunks, None)
            more = first is not None and next(chunks, None) is not None
        if first is None:
            first = []
        specs: list[ColumnSpec] = []
        skipped: list[tuple[str, str]] = []
        values: dict[str, list[Any]] = {}
        if isinstance(first, list):  # JSON lines: records
            n = len(first)
            idx = _indices(n, want, table_seed(seed, schema, table))
            names: dict[str, None] = {}
            for i in idx:
                names.update(dict.fromkeys(str(k) for k in first[i]))
            for name in names:
                if len(specs) >= limits.max_columns:
                    skipped.append((name, f"past the first {limits.max_columns} columns"))
                    continue
                specs.append(ColumnSpec(name, "json"))
                values[name] = [first[i].get(name) for i in idx]
        else:  # Arrow table
            n = first.num_rows
            idx = _indices(n, want, table_seed(seed, schema, table))
            for field in first.schema:
                dtype = str(field.type)
                binary = "binary" in dtype
                spec = ColumnSpec(str(field.name), dtype, binary=binary)
                if len(specs) >= limits.max_columns:
                    skipped.append((spec.name, f"past the first {limits.max_columns} columns"))
                    continue
                specs.append(spec)
                if not binary:
                    values[spec.name] = first.column(field.name).take(idx).to_pylist()
        exact = total is not None or not more
        rows = total if total is not None else n
        how = "all rows" if n <= want and exact else f"random rows of the first {n}"
        return Sample(schema, table, specs, values, rows, exact, how, skipped)


def _indices(n: int, want: int, seed: int) -> list[int]:
    if n <= want:
        return list(range(n))
    return sorted(random.Random(seed).sample(range(n), want))  # noqa: S311 - sampling

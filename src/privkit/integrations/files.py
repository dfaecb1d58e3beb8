"""Files: classify and protect CSV, JSON lines and Parquet files in bounded memory.

Files are read in chunks of ``chunk_rows`` rows, so memory depends on the chunk size, not on
the file size. The output is written to a temporary file next to the destination and renamed
into place only when every input row has been accounted for; on any error the temporary file
is removed and the destination is left as it was. Problems in the input (malformed CSV rows,
invalid UTF-8, bad JSON, oversized cells, duplicated column names, empty files) raise
:class:`~privkit.errors.DataError` naming the file, row and column, never the value.

CSV cells are read and written as text (no type guessing), so a file round-trips unchanged
apart from the protected cells; JSON lines are protected record by record with the policy's
nested paths; Parquet keeps its schema except that protected columns become strings.
"""

from __future__ import annotations

import contextlib
import csv
import html
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from privkit._html import table
from privkit._progress import LineProgress
from privkit.errors import ConfigError, DataError, MissingDependencyError
from privkit.integrations.tables import (
    DEFAULT_SAMPLE_SIZE,
    ColumnOutcome,
    TableClassification,
    classify_table,
)
from privkit.integrations.tables._dispatch import _protect
from privkit.integrations.tables._kinds import check_unique

if TYPE_CHECKING:
    from collections.abc import Callable, Generator, Iterable, Iterator, Sequence

    from privkit.policy import Actor, Protector

__all__ = [
    "DEFAULT_CHUNK_ROWS",
    "ColumnReport",
    "FileReport",
    "classify_file",
    "file_format",
    "protect_file",
    "read_chunks",
]

Format = Literal["csv", "jsonl", "parquet"]
#: Rows per chunk unless told otherwise.
DEFAULT_CHUNK_ROWS = 50_000
#: Largest CSV cell accepted, in characters (a larger one is reported as bad input).
DEFAULT_MAX_CELL_CHARS = 16 * 1024 * 1024
_SUFFIXES: dict[str, Format] = {
    ".csv": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".parquet": "parquet",
    ".pq": "parquet",
}
_CSV_MESSAGES = (
    "field larger than field limit",
    "unexpected end of data",
    "new-line character seen in unquoted field",
    "expected after",
    "line contains nul",
)


def file_format(path: str | os.PathLike[str]) -> Format:
    """Return the format of a file from its suffix: ``csv``, ``jsonl`` or ``parquet``.

    Raises:
        ConfigError: the suffix is not one of ``.csv``, ``.jsonl``, ``.ndjson``, ``.parquet``,
            ``.pq``.

    >>> file_format("events.ndjson")
    'jsonl'
    """
    suffix = Path(path).suffix.lower()
    try:
        return _SUFFIXES[suffix]
    except KeyError:
        raise ConfigError(
            f"{Path(path).name}: unknown file type {suffix!r} (expected one of "
            f"{', '.join(sorted(_SUFFIXES))})"
        ) from None


# --------------------------------------------------------------------------------------------
# reports


@dataclass(frozen=True, slots=True)
class ColumnReport:
    """Per-column summary of a file job: category, transform and counts; never values."""

    name: str
    category: str | None
    transform: str
    rule: str = ""
    rows: int = 0
    nulls: int = 0
    changed: int = 0

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready mapping."""
        return {
            "name": self.name,
            "category": self.category,
            "transform": self.transform,
            "rule": self.rule,
            "rows": self.rows,
            "nulls": self.nulls,
            "changed": self.changed,
        }


@dataclass(frozen=True, slots=True)
class FileReport:
    """What a file job did: rows in and out, chunks, skipped rows and per-column counts.

    ``rows_in == rows_out + len(skipped_rows)`` always holds: every input row is accounted
    for. Render it with :meth:`to_json`, :meth:`to_markdown` or :meth:`to_html`.
    """

    source: str
    output: str
    format: str
    purpose: str
    rows_in: int
    rows_out: int
    chunks: int
    columns: tuple[ColumnReport, ...] = ()
    skipped_rows: tuple[int, ...] = ()
    blank_lines: int = 0
    warnings: tuple[str, ...] = ()
    """Messages also raised as :class:`privkit.PrivkitWarning` (schema drift, ...)."""

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready mapping."""
        return {
            "warnings": list(self.warnings),
            "source": self.source,
            "output": self.output,
            "format": self.format,
            "purpose": self.purpose,
            "rows_in": self.rows_in,
            "rows_out": self.rows_out,
            "chunks": self.chunks,
            "skipped_rows": list(self.skipped_rows),
            "blank_lines": self.blank_lines,
            "columns": [c.to_dict() for c in self.columns],
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        """Return the report as JSON text."""
        return json.dumps(self.to_dict(), indent=indent)

    def table(self) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
        """Return a header and one text row per column, for printing."""
        head: tuple[str, ...] = (
            "column",
            "category",
            "transform",
            "rule",
            "rows",
            "nulls",
            "changed",
        )
        rows: list[tuple[str, ...]] = [
            (c.name, c.category or "-", c.transform, c.rule or "-", str(c.rows), str(c.nulls),
             str(c.changed))
            for c in self.columns
        ]  # fmt: skip
        return head, rows

    @property
    def summary(self) -> str:
        """One line: rows in and out, skipped rows, chunks and purpose."""
        skipped = f", {len(self.skipped_rows)} bad rows skipped" if self.skipped_rows else ""
        return (
            f"{self.rows_in} rows in, {self.rows_out} rows out{skipped}, "
            f"{self.chunks} chunks, purpose {self.purpose!r}"
        )

    def to_markdown(self) -> str:
        """Return the report as a Markdown page."""
        head, rows = self.table()

        def esc(cell: str) -> str:
            return cell.replace("|", "\\|")

        lines = [
            f"# privkit protect report: {esc(Path(self.source).name)}",
            "",
            f"{self.summary}; output `{esc(Path(self.output).name)}` ({self.format}).",
            "",
            "| " + " | ".join(head) + " |",
            "|" + "---|" * len(head),
            *("| " + " | ".join(esc(c) for c in r) + " |" for r in rows),
        ]
        lines += [f"\n**Warning:** {esc(w)}" for w in self.warnings]
        if self.skipped_rows:
            shown = ", ".join(str(r) for r in self.skipped_rows[:50])
            lines += ["", f"Skipped rows: {shown}{' ...' if len(self.skipped_rows) > 50 else ''}"]  # noqa: PLR2004
        return "\n".join(lines) + "\n"

    def to_html(self) -> str:
        """Return the report as a standalone HTML page."""
        head, rows = self.table()
        e = html.escape
        body = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows)
        return (
            "<!doctype html><html><head><meta charset='utf-8'>"
            f"<title>privkit report: {e(Path(self.source).name)}</title></head><body>"
            f"<h1>privkit protect report: {e(Path(self.source).name)}</h1>"
            f"<p>{e(self.summary)}; output <code>{e(Path(self.output).name)}</code>.</p>"
            + "".join(f"<p><b>Warning:</b> {e(w)}</p>" for w in self.warnings)
            + "<table><thead><tr>"
            + "".join(f"<th>{e(h)}</th>" for h in head)
            + "</tr></thead>"
            f"<tbody>{body}</tbody></table></body></html>\n"
        )

    def _repr_html_(self) -> str:
        head, rows = self.table()
        caption = f"{Path(self.source).name} \u2192 {Path(self.output).name}: {self.summary}"
        return table(caption, head, rows, warnings=self.warnings)

    def write(self, path: str | os.PathLike[str]) -> None:
        """Write the report as JSON, Markdown or HTML, chosen by the suffix of ``path``.

        Raises:
            ConfigError: the suffix is not ``.json``, ``.md`` or ``.html``.
        """
        suffix = Path(path).suffix.lower()
        render = {".json": self.to_json, ".md": self.to_markdown, ".html": self.to_html}
        if suffix not in render:
            raise ConfigError("report path must end in .json, .md or .html")
        _atomic_write_text(Path(path), render[suffix]())


def _atomic_write_text(path: Path, text: str) -> None:
    with _atomic_output(path) as tmp:
        tmp.write_text(text, encoding="utf-8")


@contextlib.contextmanager
def _atomic_output(dst: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``dst``; rename it onto ``dst`` only on success."""
    dst = Path(dst)
    fd, name = tempfile.mkstemp(prefix=f".{dst.name}.", suffix=".tmp", dir=dst.parent or ".")
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        tmp.replace(dst)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


# --------------------------------------------------------------------------------------------
# readers


@dataclass
class _Counter:
    """Bytes read so far (for the progress bar) and lines that failed to decode."""

    bytes_read: int = 0
    bad_utf8: bool = False
    lines: int = 0
    on_progress: Callable[[int], None] | None = None

    def take_bad_utf8(self) -> bool:
        """Return whether a line failed to decode since the last call, and reset."""
        bad, self.bad_utf8 = self.bad_utf8, False
        return bad


def _decoded_lines(raw: Iterable[bytes], state: _Counter) -> Iterator[str]:
    for line in raw:
        state.bytes_read += len(line)
        state.lines += 1
        if state.on_progress is not None:
            state.on_progress(len(line))
        try:
            yield line.decode("utf-8")
        except UnicodeDecodeError:
            state.bad_utf8 = True
            yield line.decode("utf-8", errors="surrogateescape")


def _has_surrogate(cell: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in cell)


def _csv_error_text(exc: csv.Error) -> str:
    text = str(exc)
    for known in _CSV_MESSAGES:
        if known in text:
            return f"malformed CSV ({text})" if "limit" not in text else "a cell is too large"
    return "malformed CSV"


@dataclass
class _CsvState:
    skipped: list[int] = field(default_factory=list)
    blank: int = 0
    rows: int = 0


def _csv_chunks(  # noqa: C901, PLR0912 - one branch per kind of bad input
    path: Path,
    *,
    chunk_rows: int,
    bad_rows: str,
    max_cell_chars: int,
    state: _CsvState,
    counter: _Counter,
) -> Iterator[tuple[list[str], list[list[str]]]]:
    source = path.name
    old_limit = csv.field_size_limit(max_cell_chars)
    try:
        with path.open("rb") as fh:
            reader = csv.reader(_decoded_lines(fh, counter), strict=True)
            try:
                header = next(reader, None)
            except csv.Error as exc:
                raise DataError(_csv_error_text(exc), source=source, row=0) from None
            if header is None:
                raise DataError("empty file (no header row)", source=source)
            if counter.take_bad_utf8():
                raise DataError("invalid UTF-8 bytes in the header", source=source, row=0)
            check_unique(header, source=source)
            if any(not h.strip() for h in header):
                raise DataError("empty column name in the header", source=source, row=0)
            width = len(header)
            rows: list[list[str]] = []
            while True:
                row_no = state.rows + len(state.skipped) + 1
                try:
                    rec = next(reader, None)
                except csv.Error as exc:
                    raise DataError(_csv_error_text(exc), source=source, row=row_no) from None
                if rec is None:
                    break
                if not rec:
                    state.blank += 1
                    continue
                problem: DataError | None = None
                if len(rec) != width:
                    problem = DataError(
                        f"expected {width} fields, got {len(rec)}", source=source, row=row_no
                    )
                elif counter.take_bad_utf8():
                    bad_col = next(
                        (h for h, c in zip(header, rec, strict=True) if _has_surrogate(c)), None
                    )
                    problem = DataError(
                        "invalid UTF-8 bytes", source=source, row=row_no, column=bad_col
                    )
                if problem is not None:
                    if bad_rows == "fail":
                        raise problem
                    state.skipped.append(row_no)
                    continue
                rows.append(rec)
                state.rows += 1
                if len(rows) >= chunk_rows:
                    yield header, rows
                    rows = []
            if rows or state.rows == 0:
                yield header, rows
    finally:
        csv.field_size_limit(old_limit)


def _rows_to_arrow(header: list[str], rows: list[list[str]]) -> Any:
    import pyarrow as pa
    import pyarrow.compute as pc

    if rows:
        null = pa.scalar(None, type=pa.string())
        arrays = []
        for col in zip(*rows, strict=True):
            arr = pa.array(col, type=pa.string())
            arrays.append(pc.if_else(pc.equal(arr, ""), null, arr))  # empty cell = missing
        return pa.table(dict(zip(header, arrays, strict=True)))
    return pa.table({h: pa.array([], type=pa.string()) for h in header})


def _jsonl_chunks(  # noqa: C901, PLR0912 - one branch per kind of bad input
    path: Path, *, chunk_rows: int, bad_rows: str, state: _CsvState, counter: _Counter
) -> Iterator[list[dict[str, Any]]]:
    source = path.name
    records: list[dict[str, Any]] = []
    any_line = False
    with path.open("rb") as fh:
        for line in fh:
            any_line = True
            counter.bytes_read += len(line)
            if counter.on_progress is not None:
                counter.on_progress(len(line))
            if not line.strip():
                state.blank += 1
                continue
            row_no = state.rows + len(state.skipped) + 1
            problem: DataError | None = None
            try:
                rec = json.loads(line.decode("utf-8"))
            except UnicodeDecodeError:
                problem = DataError("invalid UTF-8 bytes", source=source, row=row_no)
            except json.JSONDecodeError as exc:
                problem = DataError(
                    f"invalid JSON at character {exc.pos}", source=source, row=row_no
                )
            except RecursionError:
                problem = DataError("JSON nested too deeply", source=source, row=row_no)
            else:
                if not isinstance(rec, dict):
                    problem = DataError(
                        f"expected a JSON object, got {type(rec).__name__}",
                        source=source,
                        row=row_no,
                    )
            if problem is not None:
                if bad_rows == "fail":
                    raise problem
                state.skipped.append(row_no)
                continue
            records.append(rec)
            state.rows += 1
            if len(records) >= chunk_rows:
                yield records
                records = []
    if not any_line:
        raise DataError("empty file", source=source)
    if records or state.rows == 0:
        yield records


def _parquet_chunks(
    path: Path, *, chunk_rows: int, state: _CsvState, counter: _Counter
) -> Iterator[Any]:
    pa, pq = _pyarrow()
    try:
        pf = pq.ParquetFile(path)
    except (pa.ArrowInvalid, OSError):
        raise DataError("not a readable Parquet file", source=path.name) from None
    names = pf.schema_arrow.names
    check_unique(names, source=path.name)
    any_batch = False
    for batch in pf.iter_batches(batch_size=chunk_rows):
        any_batch = True
        state.rows += batch.num_rows
        if counter.on_progress is not None:
            counter.on_progress(batch.num_rows)
        yield pa.Table.from_batches([batch])
    if not any_batch:
        yield pf.schema_arrow.empty_table()


def _pyarrow() -> tuple[Any, Any]:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        what = "reading table files (CSV, JSON lines, Parquet)"
        raise MissingDependencyError(what, extra="arrow") from exc
    return pa, pq


def read_chunks(
    path: str | os.PathLike[str],
    *,
    chunk_rows: int = DEFAULT_CHUNK_ROWS,
    bad_rows: Literal["fail", "skip"] = "fail",
    max_cell_chars: int = DEFAULT_MAX_CELL_CHARS,
) -> Generator[Any, None, None]:
    """Read a file chunk by chunk: Arrow tables for CSV/Parquet, lists of dicts for JSON lines.

    CSV cells are strings (no type guessing). Memory depends on ``chunk_rows``, not on the
    file size.

    Args:
        path: a ``.csv``, ``.jsonl``/``.ndjson`` or ``.parquet`` file.
        chunk_rows: rows per chunk.
        bad_rows: ``"fail"`` raises on the first bad row; ``"skip"`` leaves it out.
        max_cell_chars: largest CSV cell accepted.

    Raises:
        DataError: bad input, located by file, row and column.
        ConfigError: unknown file type or non-positive ``chunk_rows``.
    """
    if chunk_rows < 1:
        raise ConfigError("chunk_rows must be >= 1")
    if bad_rows not in {"fail", "skip"}:
        raise ConfigError("bad_rows must be 'fail' or 'skip'")
    p = Path(path)
    fmt = file_format(p)
    state, counter = _CsvState(), _Counter()
    if fmt == "csv":
        _pyarrow()
        for header, rows in _csv_chunks(
            p, chunk_rows=chunk_rows, bad_rows=bad_rows, max_cell_chars=max_cell_chars,
            state=state, counter=counter,
        ):  # fmt: skip
            yield _rows_to_arrow(header, rows)
    elif fmt == "jsonl":
        yield from _jsonl_chunks(
            p, chunk_rows=chunk_rows, bad_rows=bad_rows, state=state, counter=counter
        )
    else:
        yield from _parquet_chunks(p, chunk_rows=chunk_rows, state=state, counter=counter)


def classify_file(
    path: str | os.PathLike[str],
    *,
    sample_size: int = DEFAULT_SAMPLE_SIZE,
    seed: int = 0,
    scanner: Any = None,
) -> TableClassification:
    """Classify the columns of a file from a bounded sample of its first rows.

    Reads at most ``max(sample_size, 10_000)`` rows, then samples ``sample_size`` of them with
    ``seed`` as :func:`~privkit.integrations.tables.classify_table` does.

    Raises:
        DataError: bad input in the rows read.
    """
    with contextlib.closing(read_chunks(path, chunk_rows=max(sample_size, 10_000))) as chunks:
        first = next(chunks)  # closing the reader closes the file and restores csv limits
    if isinstance(first, list) and not first:
        return TableClassification((), rows=0, sample_size=sample_size, seed=seed)
    return classify_table(first, sample_size=sample_size, seed=seed, scanner=scanner)


# --------------------------------------------------------------------------------------------
# writers


class _CsvWriter:
    def __init__(self, path: Path) -> None:
        self._fh = path.open("w", encoding="utf-8", newline="")
        self._writer = csv.writer(self._fh)
        self._header_written = False

    def write(self, table: Any) -> None:
        if not self._header_written:
            self._writer.writerow(table.schema.names)
            self._header_written = True
        cols = [table.column(i).to_pylist() for i in range(table.num_columns)]
        self._writer.writerows(zip(*cols, strict=True))

    def close(self) -> None:
        self._fh.close()


class _ParquetWriter:
    def __init__(self, path: Path) -> None:
        self._path = path
        self._writer: Any = None
        self._schema: Any = None

    def write(self, table: Any) -> None:
        _, pq = _pyarrow()
        if self._writer is None:
            self._schema = table.schema
            self._writer = pq.ParquetWriter(self._path, self._schema)
        elif table.schema != self._schema:
            table = table.cast(self._schema)
        self._writer.write_table(table)

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()


class _JsonlWriter:
    def __init__(self, path: Path) -> None:
        self._fh = path.open("w", encoding="utf-8", newline="\n")

    def write(self, records: Any) -> None:
        if not isinstance(records, list):
            records = records.to_pylist()
        self._fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)

    def close(self) -> None:
        self._fh.close()


_WRITERS: dict[str, Callable[[Path], Any]] = {
    "csv": _CsvWriter,
    "parquet": _ParquetWriter,
    "jsonl": _JsonlWriter,
}


# --------------------------------------------------------------------------------------------
# protect


class _Totals:
    def __init__(self) -> None:
        self.columns: dict[str, ColumnReport] = {}

    def add(self, outcomes: Sequence[ColumnOutcome]) -> None:
        for o in outcomes:
            prev = self.columns.get(o.name)
            cat = None if o.category is None else str(o.category)
            if prev is None:
                self.columns[o.name] = ColumnReport(
                    o.name, cat, o.transform, o.rule, o.rows, o.nulls, o.changed
                )
            else:
                self.columns[o.name] = ColumnReport(
                    o.name, cat, o.transform, o.rule, prev.rows + o.rows, prev.nulls + o.nulls,
                    prev.changed + o.changed,
                )  # fmt: skip


def protect_file(  # noqa: C901, PLR0912, PLR0915 - one linear job script
    src: str | os.PathLike[str],
    dst: str | os.PathLike[str],
    *,
    protector: Protector,
    purpose: str,
    actor: Actor | str | None = None,
    chunk_rows: int = DEFAULT_CHUNK_ROWS,
    classification: TableClassification | None = None,
    baseline: TableClassification | None = None,
    sample_size: int = DEFAULT_SAMPLE_SIZE,
    seed: int = 0,
    bad_rows: Literal["fail", "skip"] = "fail",
    max_cell_chars: int = DEFAULT_MAX_CELL_CHARS,
    progress: bool = False,
) -> FileReport:
    """Protect a CSV, JSON lines or Parquet file chunk by chunk into ``dst``.

    The columns are classified once, from the first chunk (or taken from ``classification``),
    so every chunk is treated alike. ``dst`` appears only when the whole file succeeded.

    Args:
        src: input file (``.csv``, ``.jsonl``/``.ndjson``, ``.parquet``).
        dst: output file; its suffix picks the output format (CSV and Parquet convert into
            each other; JSON lines stay JSON lines).
        protector: a :class:`privkit.Protector`.
        purpose: the purpose of processing.
        actor: who runs the job, for the audit log (one event for the whole file).
        chunk_rows: rows per chunk; bounds memory.
        classification: a precomputed classification to use instead of classifying.
        baseline: a saved classification; with a strict protector a new personal-data column
            fails the job before anything is written.
        sample_size: rows sampled from the first chunk to classify.
        seed: sampling seed.
        bad_rows: ``"fail"`` (default) stops at the first bad row; ``"skip"`` leaves bad rows
            out and lists their row numbers in the report.
        max_cell_chars: largest CSV cell accepted.
        progress: report progress on stderr: a bar on a terminal, a plain line every few
            seconds elsewhere (CI logs).

    Returns:
        A :class:`FileReport`.

    Raises:
        DataError: bad input (file, row and column named; no value).
        ConfigError: unknown file types or an unsupported conversion.
        UnhandledPIIError: strict mode and a new personal-data column against ``baseline``.
    """
    src_p, dst_p = Path(src), Path(dst)
    in_fmt, out_fmt = file_format(src_p), file_format(dst_p)
    if (in_fmt == "jsonl") != (out_fmt == "jsonl"):
        raise ConfigError("JSON lines convert only to JSON lines (CSV and Parquet convert freely)")
    if src_p.resolve() == dst_p.resolve():
        raise ConfigError("output must differ from the input file")
    if not src_p.is_file():
        raise DataError("no such file", source=str(src_p))
    if chunk_rows < 1:
        raise ConfigError("chunk_rows must be >= 1")
    if in_fmt != "jsonl":
        _pyarrow()
    state, counter = _CsvState(), _Counter()
    totals = _Totals()
    chunks = 0
    rows_out = 0
    if in_fmt == "parquet":
        _, pq = _pyarrow()
        try:
            total, unit = pq.ParquetFile(src_p).metadata.num_rows, "rows"
        except Exception:  # noqa: BLE001 - reported properly by the reader below
            total, unit = 0, "rows"
    else:
        total, unit = src_p.stat().st_size, "bytes"
    with LineProgress(enabled=progress, total=total, unit=unit, label=src_p.name) as bar:
        counter.on_progress = bar.advance
        if in_fmt == "csv":
            source: Iterator[Any] = (
                _rows_to_arrow(h, r)
                for h, r in _csv_chunks(
                    src_p, chunk_rows=chunk_rows, bad_rows=bad_rows,
                    max_cell_chars=max_cell_chars, state=state, counter=counter,
                )
            )  # fmt: skip
        elif in_fmt == "jsonl":
            source = _jsonl_chunks(
                src_p, chunk_rows=chunk_rows, bad_rows=bad_rows, state=state, counter=counter
            )
        else:
            source = _parquet_chunks(src_p, chunk_rows=chunk_rows, state=state, counter=counter)
        with (
            _atomic_output(dst_p) as tmp,
            protector.session(purpose=purpose, actor=actor) as run,
        ):
            writer = _WRITERS[out_fmt](tmp)
            try:
                for chunk in source:
                    chunks += 1
                    outcomes: Sequence[ColumnOutcome]
                    if in_fmt == "jsonl" and not chunk:
                        out, outcomes = [], []
                    elif in_fmt != "jsonl" and not chunk.num_rows and classification is None:
                        out, outcomes = chunk, []
                    else:
                        result = _protect(
                            chunk, protector=protector, purpose=purpose, actor=actor,
                            classification=classification, baseline=baseline,
                            sample_size=sample_size, seed=seed, session=run,
                        )  # fmt: skip
                        out, outcomes = result.table, result.columns
                        classification = result.classification
                    baseline = None  # checked once, on the first chunk
                    if len(out) != len(chunk):
                        raise DataError("protect changed the number of rows", source=src_p.name)
                    totals.add(outcomes)
                    rows_out += len(out)
                    writer.write(out)
            finally:
                writer.close()
            if rows_out != state.rows:
                raise DataError(f"{state.rows} rows read but {rows_out} written", source=src_p.name)
    return FileReport(
        source=str(src_p),
        output=str(dst_p),
        format=out_fmt,
        purpose=purpose,
        rows_in=state.rows + len(state.skipped),
        rows_out=rows_out,
        chunks=chunks,
        columns=tuple(totals.columns.values()),
        skipped_rows=tuple(state.skipped),
        blank_lines=state.blank,
    )

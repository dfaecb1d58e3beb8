"""SQLite sources, opened read-only: ``file:PATH?mode=ro`` (``immutable=1`` for an idle WAL file).

Nothing is written: the URI mode refuses writes, a missing file is not created, and each
table is read inside one read transaction that is rolled back. Rows are sampled by random
``rowid`` look-ups (a bounded number of B-tree probes, whatever the table's size); tables
without a rowid fall back to ``ORDER BY random() LIMIT n``.
"""

from __future__ import annotations

import random
import sqlite3
import threading
import urllib.parse
from pathlib import Path
from typing import Any

from privkit.inventory._base import ColumnSpec, Limits, Sample, SkipError, table_seed, text_size
from privkit.inventory._model import Skipped

__all__ = ["SqliteSource"]

_ROWID_NAMES = ("rowid", "_rowid_", "oid")
_PROBE_BATCH = 500


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _reason(exc: sqlite3.Error) -> str:
    """A fixed, value-free reason for a SQLite error (its message may name things)."""
    text = str(exc).lower()
    if "unable to open" in text:
        return "cannot open the database file (missing, or no permission)"
    if "not a database" in text or "malformed" in text or "encrypted" in text:
        return "not a readable SQLite database"
    if "locked" in text or "busy" in text:
        return "database is locked"
    if "no such table" in text or "no such column" in text or "schema" in text:
        return "table changed during the scan"
    if "readonly" in text or "read-only" in text:
        return "database refused a read-only connection"
    return f"database error ({type(exc).__name__})"


class SqliteSource:
    """A SQLite database file, read-only."""

    kind = "sqlite"

    def __init__(self, path: str, *, location: str) -> None:
        self.path = path
        self.location = location
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._uri = ""

    # -- connection ---------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(
                self._uri, uri=True, isolation_level=None, check_same_thread=False, timeout=5.0
            )
            conn.execute("PRAGMA query_only = ON")
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    def open(self) -> None:
        p = Path(self.path)
        if not p.is_file():
            raise SkipError("cannot open the database file (missing, or no permission)")
        try:
            with p.open("rb") as fh:
                header = fh.read(100)
        except OSError:
            raise SkipError("cannot open the database file (missing, or no permission)") from None
        if not header.startswith(b"SQLite format 3\x00"):
            raise SkipError("not a readable SQLite database")
        quoted = urllib.parse.quote(str(p.resolve()))
        # An idle WAL database (no -wal file) would get -wal/-shm files created by a reader:
        # open it immutable instead, so the folder is left exactly as it was.
        wal = len(header) >= 20 and header[18] == 2  # noqa: PLR2004 - file format byte
        idle = not Path(f"{p}-wal").exists()
        self._uri = f"file:{quoted}?mode=ro" + ("&immutable=1" if wal and idle else "")
        try:
            self._connect().execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error as exc:
            raise SkipError(_reason(exc)) from None

    def close(self) -> None:
        with self._lock:
            conns, self._all = self._all, []
        for c in conns:
            c.close()

    # -- listing ------------------------------------------------------------------

    def tables(self) -> list[tuple[str | None, str]]:
        try:
            rows = (
                self._connect()
                .execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%' ORDER BY name"
                )
                .fetchall()
            )
        except sqlite3.Error as exc:
            raise SkipError(_reason(exc)) from None
        return [(None, str(r[0])) for r in rows]

    def listing_skips(self) -> list[Skipped]:
        try:
            views = self._connect().execute(
                "SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name"
            )
            return [Skipped("table", str(r[0]), "view (its tables are mapped)") for r in views]
        except sqlite3.Error:
            return []

    # -- sampling -----------------------------------------------------------------

    def sample(self, schema: str | None, table: str, *, limits: Limits, seed: int) -> Sample:
        del schema  # SQLite's main schema only
        conn = self._connect()
        try:
            conn.execute("BEGIN")  # one read snapshot for columns, count and sample
            try:
                return self._sample(conn, table, limits=limits, seed=seed)
            finally:
                conn.execute("ROLLBACK")
        except sqlite3.Error as exc:
            raise SkipError(_reason(exc)) from None

    def _sample(self, conn: sqlite3.Connection, table: str, *, limits: Limits, seed: int) -> Sample:
        info = conn.execute(f"PRAGMA table_xinfo({_ident(table)})").fetchall()
        if not info:
            raise SkipError("table changed during the scan")
        specs: list[ColumnSpec] = []
        skipped: list[tuple[str, str]] = []
        for _cid, name, decl, *_rest, hidden in info:
            if hidden == 1:  # hidden columns of virtual tables
                continue
            d = str(decl or "")
            up = d.upper()
            spec = ColumnSpec(str(name), d or "(none)", binary="BLOB" in up, nested="JSON" in up)
            if len(specs) >= limits.max_columns:
                skipped.append((spec.name, f"past the first {limits.max_columns} columns"))
                continue
            specs.append(spec)
        read = [s for s in specs if not s.binary]
        rows_wanted = limits.rows_for(len(read))
        count = int(conn.execute(f"SELECT count(*) FROM {_ident(table)}").fetchone()[0])  # noqa: S608
        exprs = ", ".join(self._expr(s, limits) for s in read) or "NULL"
        base = f"SELECT {exprs} FROM {_ident(table)}"  # noqa: S608 - identifiers are quoted
        cols = [s.name for s in read]
        if count <= rows_wanted:
            rows, how = self._fetch(conn, base, (), cols, limits), "all rows"
        else:
            rows, how = self._probe(conn, table, base, cols, rows_wanted, count, limits, seed)
        values: dict[str, list[Any]] = {c: [] for c in cols}
        for row in rows:
            for c, v in zip(cols, row, strict=True):
                values[c].append(v)
        return Sample(None, table, specs, values, count, True, how, skipped)

    @staticmethod
    def _expr(spec: ColumnSpec, limits: Limits) -> str:
        col = _ident(spec.name)
        cap = limits.max_json_bytes if spec.nested else limits.max_cell_chars
        if spec.nested:
            return f"CASE WHEN length({col}) > {int(cap)} THEN NULL ELSE {col} END"
        return (
            f"CASE WHEN typeof({col}) IN ('text', 'blob') AND length({col}) > {int(cap)} "
            f"THEN substr({col}, 1, {int(cap)}) ELSE {col} END"
        )

    @staticmethod
    def _fetch(
        conn: sqlite3.Connection, sql: str, params: tuple[Any, ...], cols: list[str], limits: Limits
    ) -> list[tuple[Any, ...]]:
        out: list[tuple[Any, ...]] = []
        budget = limits.max_sample_bytes
        for row in conn.execute(sql, params):
            out.append(row)
            budget -= sum(text_size(v) for v in row)
            if budget <= 0:
                break
        del cols
        return out

    def _probe(  # noqa: C901, PLR0917
        self,
        conn: sqlite3.Connection,
        table: str,
        base: str,
        cols: list[str],
        want: int,
        count: int,
        limits: Limits,
        seed: int,
    ) -> tuple[list[tuple[Any, ...]], str]:
        names = {c.lower() for c in cols}
        rowid = next((r for r in _ROWID_NAMES if r not in names), None)
        rng = random.Random(table_seed(seed, table))  # noqa: S311 - sampling, not crypto
        bounds = None
        if rowid is not None:
            try:
                bounds = conn.execute(
                    f"SELECT min({rowid}), max({rowid}) FROM {_ident(table)}"  # noqa: S608
                ).fetchone()
            except sqlite3.OperationalError:  # WITHOUT ROWID table
                bounds = None
        if bounds is None or bounds[0] is None:
            conn.execute("SELECT 1")  # keep the snapshot; random order over the whole table
            sql = f"{base} ORDER BY random() LIMIT {int(want)}"
            return self._fetch(conn, sql, (), cols, limits), "random order (no rowid)"
        lo, hi = int(bounds[0]), int(bounds[1])
        span = hi - lo + 1
        rows: list[tuple[Any, ...]] = []
        tried: set[int] = set()
        budget = limits.max_sample_bytes
        for _round in range(4):
            need = want - len(rows)
            if need <= 0 or len(tried) >= span:
                break
            density = max(count / span, 0.01)
            k = min(span - len(tried), int(need / density * 1.2) + 8)
            ids: set[int] = set()
            while len(ids) < k:
                cand = lo + rng.randrange(span)
                if cand not in tried:
                    ids.add(cand)
            tried |= ids
            ordered = sorted(ids)
            for i in range(0, len(ordered), _PROBE_BATCH):
                chunk = ordered[i : i + _PROBE_BATCH]
                marks = ",".join("?" * len(chunk))
                for row in conn.execute(f"{base} WHERE {rowid} IN ({marks})", chunk):
                    rows.append(row)
                    budget -= sum(text_size(v) for v in row)
                if budget <= 0 or len(rows) >= want:
                    break
            if budget <= 0:
                break
        rng.shuffle(rows)  # a cut after the last batch must not favour low rowids
        return rows[:want], f"random rowids ({len(rows[:want])} of {count})"

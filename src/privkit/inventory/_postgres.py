"""PostgreSQL sources through psycopg, in read-only transactions that are always rolled back.

Every connection sets ``default_transaction_read_only`` and psycopg's ``read_only``; each table
is read in one ``REPEATABLE READ, READ ONLY`` transaction (columns, size and sample from one
snapshot) with statement and lock timeouts. Large tables are sampled with
``TABLESAMPLE SYSTEM`` (a few percent of the pages, chosen by the server) and small ones with
``ORDER BY random()``; the row count is the planner's estimate when the table was analysed.
"""

from __future__ import annotations

import threading
from typing import Any

from privkit.errors import MissingDependencyError
from privkit.inventory._base import ColumnSpec, Limits, Sample, SkipError, table_seed, text_size
from privkit.inventory._model import Skipped

__all__ = ["PostgresSource"]

_SYSTEM_SCHEMAS = ("pg_catalog", "information_schema", "pg_toast")
_FETCH = 500


def _psycopg() -> Any:
    try:
        import psycopg
    except ImportError as exc:
        raise MissingDependencyError("PostgreSQL inventory", extra="postgres") from exc
    return psycopg


def _reason(exc: Exception) -> str:  # noqa: PLR0911 - one return per error class
    """A fixed, value-free reason: SQLSTATE classes, never the server's message."""
    psycopg = _psycopg()
    errors = psycopg.errors
    if isinstance(exc, errors.InsufficientPrivilege):
        return "no permission to read"
    if isinstance(exc, errors.UndefinedTable | errors.UndefinedColumn | errors.UndefinedObject):
        return "table changed during the scan"
    if isinstance(exc, errors.LockNotAvailable):
        return "table is locked by another transaction"
    if isinstance(exc, errors.QueryCanceled):
        return "query timed out"
    if isinstance(exc, errors.ReadOnlySqlTransaction):
        return "a write was refused (read-only)"
    sqlstate = getattr(exc, "sqlstate", None)
    if isinstance(exc, psycopg.OperationalError) and not sqlstate:
        return "cannot connect (server unreachable, refused, or authentication failed)"
    return f"database error (SQLSTATE {sqlstate})" if sqlstate else "database error"


class PostgresSource:
    """A PostgreSQL database, read-only."""

    kind = "postgresql"

    def __init__(
        self, url: str, *, location: str, timeout_s: float = 60.0, connect_timeout: int = 10
    ) -> None:
        self._url = url
        self.location = location
        self._timeout_s = timeout_s
        self._connect_timeout = connect_timeout
        self._local = threading.local()
        self._all: list[Any] = []
        self._lock = threading.Lock()
        self._skips: list[Skipped] = []

    def _connect(self) -> Any:
        conn = getattr(self._local, "conn", None)
        if conn is None or conn.closed:
            psycopg = _psycopg()
            timeout_ms = max(1, int(self._timeout_s * 1000))
            options = (
                "-c default_transaction_read_only=on "
                f"-c statement_timeout={timeout_ms} -c lock_timeout=5000 "
                "-c idle_in_transaction_session_timeout=600000"
            )
            try:
                conn = psycopg.connect(
                    self._url,
                    options=options,
                    connect_timeout=self._connect_timeout,
                    application_name="privkit-inventory",
                    autocommit=False,
                )
            except psycopg.Error as exc:
                raise SkipError(_reason(exc)) from None
            conn.read_only = True
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    def open(self) -> None:
        conn = self._connect()
        try:
            conn.execute("SELECT 1").fetchone()
        except _psycopg().Error as exc:
            raise SkipError(_reason(exc)) from None
        finally:
            conn.rollback()

    def close(self) -> None:
        with self._lock:
            conns, self._all = self._all, []
        for c in conns:
            try:
                c.rollback()
            finally:
                c.close()

    def tables(self) -> list[tuple[str | None, str]]:
        conn = self._connect()
        try:
            rows = conn.execute(
                "SELECT n.nspname, c.relname, c.relkind, "
                "has_table_privilege(c.oid, 'SELECT') "
                "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE c.relkind IN ('r', 'm', 'p', 'v', 'f') AND NOT c.relispartition "
                "AND n.nspname <> ALL(%s) AND n.nspname NOT LIKE 'pg_temp%%' "
                "AND n.nspname NOT LIKE 'pg_toast%%' ORDER BY 1, 2",
                (list(_SYSTEM_SCHEMAS),),
            ).fetchall()
        except _psycopg().Error as exc:
            raise SkipError(_reason(exc)) from None
        finally:
            conn.rollback()
        out: list[tuple[str | None, str]] = []
        skips: list[Skipped] = []
        for schema, name, kind, allowed in rows:
            if kind == "v":
                skips.append(Skipped("table", f"{schema}.{name}", "view (its tables are mapped)"))
            elif kind == "f":
                skips.append(Skipped("table", f"{schema}.{name}", "foreign table (not read)"))
            elif not allowed:
                skips.append(Skipped("table", f"{schema}.{name}", "no permission to read"))
            else:
                out.append((str(schema), str(name)))
        self._skips = skips
        return out

    def listing_skips(self) -> list[Skipped]:
        return list(self._skips)

    def sample(self, schema: str | None, table: str, *, limits: Limits, seed: int) -> Sample:
        psycopg = _psycopg()
        conn = self._connect()
        try:
            conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            return self._sample(conn, schema or "public", table, limits=limits, seed=seed)
        except psycopg.Error as exc:
            raise SkipError(_reason(exc)) from None
        finally:
            if not conn.closed:
                conn.rollback()

    def _sample(  # noqa: C901, PLR0912, PLR0915 - column kinds and sampling methods
        self, conn: Any, schema: str, table: str, *, limits: Limits, seed: int
    ) -> Sample:
        from psycopg import sql

        qualified = sql.Identifier(schema, table)
        reg = conn.execute(
            "SELECT c.oid, c.reltuples, c.relkind FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = %s AND c.relname = %s",
            (schema, table),
        ).fetchone()
        if reg is None:
            raise SkipError("table changed during the scan")
        oid, reltuples, relkind = reg
        conn.execute(sql.SQL("LOCK TABLE {} IN ACCESS SHARE MODE").format(qualified))
        attrs = conn.execute(
            "SELECT a.attname, format_type(a.atttypid, a.atttypmod), t.typname, t.typcategory "
            "FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid "
            "WHERE a.attrelid = %s AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum",
            (oid,),
        ).fetchall()
        specs: list[ColumnSpec] = []
        skipped: list[tuple[str, str]] = []
        exprs: list[Any] = []
        for name, dtype, typname, typcat in attrs:
            spec = ColumnSpec(
                str(name),
                str(dtype),
                binary=typname == "bytea",
                nested=typname in {"json", "jsonb"} or typcat in {"A", "C"},
            )
            if len(specs) >= limits.max_columns:
                skipped.append((spec.name, f"past the first {limits.max_columns} columns"))
                continue
            specs.append(spec)
            if spec.binary:
                continue
            col = sql.Identifier(spec.name)
            if spec.nested:
                doc = col if typname in {"json", "jsonb"} else sql.SQL("to_jsonb({})").format(col)
                exprs.append(
                    sql.SQL("CASE WHEN pg_column_size({c}) > {n} THEN NULL ELSE {d} END").format(
                        c=col, n=sql.Literal(limits.max_json_bytes), d=doc
                    )
                )
            else:
                exprs.append(
                    sql.SQL("left({}::text, {})").format(col, sql.Literal(limits.max_cell_chars))
                )
        read = [s for s in specs if not s.binary]
        want = limits.rows_for(len(read))
        select = sql.SQL(", ").join(exprs) if exprs else sql.SQL("NULL")
        exact = reltuples is None or reltuples < 0 or relkind == "p" or reltuples < 4 * want
        if exact:
            count = int(
                conn.execute(sql.SQL("SELECT count(*) FROM {}").format(qualified)).fetchone()[0]
            )
        else:
            count = int(reltuples)
        unit = (table_seed(seed, schema, table) % 2_000_000) / 1_000_000 - 1.0
        rows: list[tuple[Any, ...]] = []
        how = "all rows"
        if count <= want:
            query = sql.SQL("SELECT {} FROM {}").format(select, qualified)
            rows = self._fetch(conn, query, want, limits)
        elif exact:
            conn.execute("SELECT setseed(%s)", (unit,))
            query = sql.SQL("SELECT {} FROM {} ORDER BY random() LIMIT {}").format(
                select, qualified, sql.Literal(want)
            )
            rows, how = self._fetch(conn, query, want, limits), "random order"
        else:
            repeat = table_seed(seed, schema, table, "tablesample")
            pct = min(100.0, 100.0 * max(3 * want, want + 1000) / max(count, 1))
            conn.execute("SELECT setseed(%s)", (unit,))
            for method in ("SYSTEM", "BERNOULLI"):
                query = sql.SQL(
                    "SELECT {} FROM {} TABLESAMPLE {} ({}) REPEATABLE ({}) ORDER BY random() "
                    "LIMIT {}"
                ).format(
                    select,
                    qualified,
                    sql.SQL(method),
                    sql.Literal(round(pct, 6)),
                    sql.Literal(repeat),
                    sql.Literal(want),
                )
                rows = self._fetch(conn, query, want, limits)
                how = f"TABLESAMPLE {method} {pct:.3g}%"
                if len(rows) >= want:
                    break
                pct = min(100.0, pct * 3)
        values: dict[str, list[Any]] = {s.name: [] for s in read}
        names = [s.name for s in read]
        for row in rows:
            for c, v in zip(names, row, strict=True):
                values[c].append(v)
        return Sample(schema, table, specs, values, count, exact, how, skipped)

    @staticmethod
    def _fetch(conn: Any, query: Any, want: int, limits: Limits) -> list[tuple[Any, ...]]:
        out: list[tuple[Any, ...]] = []
        budget = limits.max_sample_bytes
        with conn.cursor(name=None) as cur:
            cur.execute(query)
            while len(out) < want and budget > 0:
                batch = cur.fetchmany(_FETCH)
                if not batch:
                    break
                for row in batch:
                    out.append(row)
                    budget -= sum(text_size(v) for v in row)
        return out[:want]

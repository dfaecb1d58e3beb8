"""Inventory: SQLite and PostgreSQL databases of 50 tables x 100k rows, and how cost scales.

Run: ``python -m benchmarks.run bench_inventory``. Sizes come from the environment:
``PRIVKIT_BENCH_INV_TABLES`` (default 50), ``PRIVKIT_BENCH_INV_ROWS`` (default 100,000),
``PRIVKIT_BENCH_INV_PG`` (1: also PostgreSQL, started from the local server binaries; 0 skips
it), ``PRIVKIT_BENCH_INV_PEER_TABLES`` (tables the peer is timed on, default 5).

The databases are generated inside the engines (recursive CTE / generate_series), in a
temporary folder that is deleted afterwards. Figures: CPU seconds of this process
(``time.process_time``, all threads) with wall seconds beside them, the default sample
(200 rows per table, the default scanner with NER), and the load average.

The peer is what a user without pushdown does with presidio-structured: read each table into
pandas (``read_sql``), then ``PandasAnalysisBuilder.generate_analysis(df, n=200)``; it is timed
on the first tables only and compared per table.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import sqlite3
import subprocess
import tempfile
import time
from pathlib import Path

TABLES = int(os.environ.get("PRIVKIT_BENCH_INV_TABLES", "50"))
ROWS = int(os.environ.get("PRIVKIT_BENCH_INV_ROWS", "100000"))
WITH_PG = os.environ.get("PRIVKIT_BENCH_INV_PG", "1") != "0"
PEER_TABLES = int(os.environ.get("PRIVKIT_BENCH_INV_PEER_TABLES", "5"))

_NAMES = ("Alice Martin", "Bob Chen", "Carla Diaz", "Dmitri Ivanov", "Emma Dubois", "Farid Khan",
          "Grace Okafor", "Hiro Tanaka")  # fmt: skip
# (column, SQL expression over the row number i): 8 columns, 5 of them personal.
_BASE = (
    ("email", "'user' || i || '@example.com'"),
    ("phone", "'+1 202-555-' || {pad}"),
    ("ip_addr", "'10.' || (i % 250) || '.' || ((i / 250) % 250) || '.' || (i % 199)"),
    ("full_name", "{name}"),
    ("note", "'Please call ' || {name} || ' back about order ' || i || ' before Friday'"),
    ("amount", "(i % 1000) * 1.25"),
    ("status", "CASE i % 3 WHEN 0 THEN 'paid' WHEN 1 THEN 'open' ELSE 'void' END"),
)


def _columns(n: int) -> list[tuple[str, str]]:
    cols = list(_BASE)
    k = 0
    while len(cols) < n - 1:
        cols.append((f"attr_{k}", f"'v' || ((i + {k}) % 97)"))
        k += 1
    return cols[: n - 1]


def _exprs(cols: list[tuple[str, str]], dialect: str) -> str:
    pad = (
        "substr('0000' || (i % 10000), -4, 4)"
        if dialect == "sqlite"
        else "lpad((i % 10000)::text, 4, '0')"
    )
    name = _name_expr(dialect)
    return ", ".join(e.format(name=name, pad=pad) for _, e in cols)


def _name_expr(dialect: str) -> str:
    cases = " ".join(f"WHEN {j} THEN '{n}'" for j, n in enumerate(_NAMES))
    mod = "i % 8" if dialect == "sqlite" else "(i % 8)::int"
    return f"(CASE {mod} {cases} END)"


def make_sqlite(path: Path, *, tables: int, rows: int, columns: int = 8) -> Path:
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    cols = _columns(columns)
    decl = ", ".join(f"{c} {'REAL' if c == 'amount' else 'TEXT'}" for c, _ in cols)
    exprs = _exprs(cols, "sqlite")
    for t in range(tables):
        con.execute(f"CREATE TABLE t{t:03d} (id INTEGER PRIMARY KEY, {decl})")
        con.execute(
            f"WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s LIMIT {rows}) "  # noqa: S608
            f"INSERT INTO t{t:03d} SELECT i, {exprs} FROM s"
        )
        con.commit()
    con.close()
    return path


def make_postgres(url: str, *, tables: int, rows: int, columns: int = 8) -> None:
    import psycopg

    cols = _columns(columns)
    decl = ", ".join(f"{c} {'DOUBLE PRECISION' if c == 'amount' else 'TEXT'}" for c, _ in cols)
    exprs = _exprs(cols, "pg")
    with psycopg.connect(url, autocommit=True) as con:
        for t in range(tables):
            con.execute(f"CREATE UNLOGGED TABLE t{t:03d} (id INTEGER PRIMARY KEY, {decl})")
            con.execute(
                f"INSERT INTO t{t:03d} SELECT i, {exprs} FROM generate_series(1, {rows}) i"  # noqa: S608
            )
        con.execute("ANALYZE")


@contextlib.contextmanager
def postgres_server():
    """A throw-away PostgreSQL server on 127.0.0.1 (as the test fixture starts one)."""
    found = shutil.which("initdb")
    bindir = Path(found).parent if found else max(Path("/usr/lib/postgresql").glob("*/bin"))
    base = Path(tempfile.mkdtemp(prefix="privkit-bench-pg-"))
    prefix: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(base, user="postgres", group="postgres")
        prefix = ["runuser", "-u", "postgres", "--"]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    data = base / "data"
    subprocess.run([*prefix, str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U",
                    "privkit", "-E", "UTF8", "--no-sync"], check=True, capture_output=True)  # fmt: skip
    opts = f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run([*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-o", opts, "-l",
                    str(base / "log"), "-w", "start"], check=True, capture_output=True)  # fmt: skip
    try:
        yield f"postgresql://privkit@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate",
                        "stop"], check=False, capture_output=True)  # fmt: skip
        shutil.rmtree(base, ignore_errors=True)


def _load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min)"


def _timed(fn):
    t0, w0 = time.process_time(), time.perf_counter()
    out = fn()
    return out, time.process_time() - t0, time.perf_counter() - w0


def _inventory(source, **kw):
    import privkit

    m, cpu, wall = _timed(lambda: privkit.inventory(source, **kw))
    assert m.complete, m.skipped
    return m, cpu, wall


def _peer(con_factory, tables: list[str]) -> tuple[float, float, int]:
    """presidio-structured on each table read whole into pandas; (CPU, wall, personal cols)."""
    import pandas as pd
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_structured import PandasAnalysisBuilder

    from benchmarks.bench_tables import _offline_tldextract
    from privkit.detect import Scanner

    _offline_tldextract()
    conf = {"nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": Scanner().model_name}]}  # fmt: skip
    analyzer = AnalyzerEngine(nlp_engine=NlpEngineProvider(nlp_configuration=conf).create_engine())
    analyzer.analyze("warm up", language="en")
    builder = PandasAnalysisBuilder(analyzer=analyzer)
    found = 0

    def run() -> None:
        nonlocal found
        for t in tables:
            with contextlib.closing(con_factory()) as con:
                df = pd.read_sql_query(f"SELECT * FROM {t}", con)  # noqa: S608
            found += len(builder.generate_analysis(df, n=200).entity_mapping)

    _, cpu, wall = _timed(run)
    return cpu, wall, found


def _personal(m) -> int:
    return len(m.personal_columns())


def main() -> None:
    from privkit.detect import Scanner

    Scanner().load()  # the NER model loads once per process, before any timing
    tmp = Path(tempfile.mkdtemp(prefix="privkit-bench-inv-"))
    try:
        print(
            f"{TABLES} tables x {ROWS:,} rows x 8 columns (5 personal), default sample; {_load()}"
        )
        _, _, gen_wall = _timed(lambda: make_sqlite(tmp / "big.db", tables=TABLES, rows=ROWS))
        size = (tmp / "big.db").stat().st_size / 1e6
        print(f"  generated SQLite {size:,.0f} MB in {gen_wall:.1f} s")
        m, cpu, wall = _inventory(f"sqlite:///{tmp}/big.db")
        print(f"  privkit inventory SQLite:     {cpu:6.2f} s CPU, {wall:6.2f} s wall "
              f"({_personal(m)} personal columns of {len(m.columns())}; target < 60 s)")  # fmt: skip
        per_privkit = cpu / TABLES
        names = [f"t{t:03d}" for t in range(min(PEER_TABLES, TABLES))]
        p_cpu, p_wall, p_found = _peer(lambda: sqlite3.connect(tmp / "big.db"), names)
        per_peer = p_cpu / len(names)
        print(f"  peer (read_sql whole table + presidio-structured n=200), {len(names)} tables: "
              f"{p_cpu:.2f} s CPU, {p_wall:.2f} s wall, {p_found} personal columns")  # fmt: skip
        print(f"  per table: privkit {per_privkit:.3f} s CPU, peer {per_peer:.3f} s CPU: "
              f"privkit {per_peer / per_privkit:.1f}x faster; {_load()}")  # fmt: skip

        if WITH_PG:
            with postgres_server() as dsn:
                _, _, gw = _timed(lambda: make_postgres(dsn, tables=TABLES, rows=ROWS))
                print(f"  generated PostgreSQL in {gw:.1f} s")
                m, cpu, wall = _inventory(dsn)
                print(f"  privkit inventory PostgreSQL: {cpu:6.2f} s CPU, {wall:6.2f} s wall "
                      f"({_personal(m)} personal columns; target < 60 s; {_load()})")  # fmt: skip

        small_tables = 10
        print(f"\nScaling ({small_tables} tables, SQLite, default sample): rows, then columns")
        for rows in (10_000, 100_000, 1_000_000):
            db = make_sqlite(tmp / f"r{rows}.db", tables=small_tables, rows=rows)
            _, cpu, wall = _inventory(f"sqlite:///{db}")
            print(f"  {rows:>9,} rows x  8 cols: {cpu:6.2f} s CPU, {wall:6.2f} s wall")
            db.unlink()
        for cols in (8, 16, 32):
            db = make_sqlite(tmp / f"c{cols}.db", tables=small_tables, rows=10_000, columns=cols)
            _, cpu, wall = _inventory(f"sqlite:///{db}")
            print(f"     10,000 rows x {cols:2d} cols: {cpu:6.2f} s CPU, {wall:6.2f} s wall")
            db.unlink()
        print(f"  {_load()}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()

"""Helpers of the inventory tests: one small data set written to SQLite, PostgreSQL and files."""

from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

ROWS = 60
SCALARS = [
    "customer_id", "full_name", "email", "phone", "country", "plan", "lifetime_value",
    "ip_addr", "client_ipv6", "mac", "idfa", "gaid", "device_imei", "ga_cookie",
    "user_agent", "notes",
]  # fmt: skip


def _profile(row: dict) -> dict:
    return {"contact": {"email": row["email"], "tz": "UTC"}, "tags": ["a", "b"], "score": 3}


def _text(v):
    return None if v is None else str(v)


def write_sqlite(path: Path, rows: list[dict]) -> Path:
    con = sqlite3.connect(path)
    cols = ", ".join(f'"{c}" TEXT' for c in SCALARS)
    con.execute(f"CREATE TABLE customers ({cols}, profile JSON, photo BLOB)")
    marks = ",".join("?" * (len(SCALARS) + 2))
    con.executemany(
        f"INSERT INTO customers VALUES ({marks})",
        [
            [_text(r[c]) for c in SCALARS] + [json.dumps(_profile(r)), bytes([0, 159, 146, 150])]
            for r in rows
        ],
    )
    con.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, amount REAL, status TEXT)")
    con.executemany(
        "INSERT INTO orders (amount, status) VALUES (?, ?)",
        [(i * 1.5, "paid" if i % 2 else "open") for i in range(500)],
    )
    con.execute("CREATE VIEW paid AS SELECT * FROM orders WHERE status = 'paid'")
    con.commit()
    con.close()
    return path


def snapshot(folder: Path) -> dict[str, tuple[int, float, bytes]]:
    """Every file of a folder with size, mtime and content (to prove nothing was written)."""
    out = {}
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            st = p.stat()
            out[str(p.relative_to(folder))] = (st.st_size, st.st_mtime_ns, p.read_bytes())
    return out


def admin(dsn: str):
    import psycopg

    return psycopg.connect(dsn, autocommit=True)


def write_postgres(dsn: str, dbname: str, rows: list[dict]) -> str:
    """Create database ``dbname`` holding the fixture tables; return its URL."""
    with admin(dsn) as con:
        con.execute(f'DROP DATABASE IF EXISTS "{dbname}"')
        con.execute(f'CREATE DATABASE "{dbname}"')
    url = dsn.rsplit("/", 1)[0] + "/" + dbname
    import psycopg
    from psycopg.types.json import Jsonb

    with psycopg.connect(url, autocommit=True) as con:
        cols = ", ".join(f'"{c}" TEXT' for c in SCALARS)
        con.execute(f"CREATE TABLE customers ({cols}, profile JSONB, photo BYTEA)")
        marks = ",".join(["%s"] * (len(SCALARS) + 2))
        with con.cursor() as cur:
            cur.executemany(
                f"INSERT INTO customers VALUES ({marks})",
                [
                    [_text(r[c]) for c in SCALARS] + [Jsonb(_profile(r)), bytes([0, 159, 146, 150])]
                    for r in rows
                ],
            )
        con.execute(
            "CREATE TABLE orders (id SERIAL PRIMARY KEY, amount DOUBLE PRECISION, status TEXT)"
        )
        con.execute(
            "INSERT INTO orders (amount, status) SELECT i * 1.5, "
            "CASE WHEN i % 2 = 1 THEN 'paid' ELSE 'open' END FROM generate_series(0, 499) i"
        )
        con.execute("CREATE VIEW paid AS SELECT * FROM orders WHERE status = 'paid'")
    return url


def categories(m, table: str = "customers") -> dict[str, str | None]:
    """Column path -> category (or 'text' for free text) of one table of a map."""
    out = {}
    for _src, t, path, c in m.columns():
        if t.name == table:
            out[path] = c.category or ("text" if c.free_text else None)
    return out

"""Fixtures of the inventory tests: one small data set written to SQLite, PostgreSQL and files.

The same rows (privkit.data.sample_customers plus a nested profile and a binary column) go
into every backend, so a test can compare the maps the backends give. Big databases are made
only by benchmarks/bench_inventory.py.
"""

from __future__ import annotations

import os

import pytest
from tests.unit.inventory.helpers import ROWS, admin, write_postgres, write_sqlite

from privkit.data import sample_customers


@pytest.fixture(scope="session")
def rows() -> list[dict]:
    return sample_customers(ROWS, seed=5)


@pytest.fixture(scope="session")
def pattern_scanner():
    """Patterns only (no NER): fast, and enough for every category but names and places."""
    from privkit.detect import PATTERN_ENTITIES, Scanner

    return Scanner(entities=sorted(e for e in PATTERN_ENTITIES if str(e) != "DATE_TIME"))


@pytest.fixture
def sqlite_db(tmp_path, rows):
    return write_sqlite(tmp_path / "app.db", rows)


# ------------------------------------------------------------------------------- PostgreSQL


@pytest.fixture(scope="module")
def pg_url(postgres_dsn, rows):
    name = "inv_" + os.urandom(4).hex()
    url = write_postgres(postgres_dsn, name, rows)
    yield url
    with admin(postgres_dsn) as con:
        con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

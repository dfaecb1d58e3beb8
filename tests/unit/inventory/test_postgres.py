"""PostgreSQL sources against a real server: categories, nested JSONB, permissions, read-only."""

from __future__ import annotations

import os
import socket

import pytest
from tests.unit.inventory.helpers import admin, categories

from privkit.inventory import inventory

pytestmark = pytest.mark.postgres


def _xmax(dsn: str) -> int:
    """The next transaction id: it advances only when some transaction writes."""
    with admin(dsn) as con:
        return int(
            con.execute("SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint").fetchone()[
                0
            ]
        )


class TestMap:
    def test_categories_jsonb_paths_and_bytea(self, pg_url, pattern_scanner):
        m = inventory(pg_url, scanner=pattern_scanner)
        src = m.sources[0]
        assert src.kind == "postgresql"
        assert {t.qualified for t in src.tables} == {"public.customers", "public.orders"}
        assert [(s.what, s.name) for s in src.skipped] == [("table", "public.paid")]
        cats = categories(m)
        assert cats["email"] == "user.contact.email"
        assert cats["ip_addr"] == "user.device.ip_address"
        assert cats["notes"] == "text"
        assert cats["profile.contact.email"] == "user.contact.email"
        assert "profile.tags[]" in cats
        customers = next(t for t in src.tables if t.name == "customers")
        photo = next(c for c in customers.columns if c.name == "photo")
        assert photo.dtype == "bytea"
        assert "binary" in photo.note
        assert customers.rows == 60

    def test_arrays_are_nested_paths(self, postgres_dsn, pg_url, pattern_scanner):
        with admin(pg_url) as con:
            con.execute("CREATE TABLE IF NOT EXISTS contacts (id INT, emails TEXT[])")
            con.execute(
                "INSERT INTO contacts SELECT i, ARRAY['u' || i || '@example.com', "
                "'v' || i || '@example.org'] FROM generate_series(1, 20) i"
            )
        try:
            m = inventory(pg_url, scanner=pattern_scanner)
            assert categories(m, "contacts")["emails[]"] == "user.contact.email"
        finally:
            with admin(pg_url) as con:
                con.execute("DROP TABLE contacts")

    def test_large_table_uses_tablesample(self, pg_url, pattern_scanner):
        with admin(pg_url) as con:
            con.execute(
                "CREATE TABLE big AS SELECT i AS id, 'u' || i || '@example.com' AS email "
                "FROM generate_series(1, 60000) i"
            )
            con.execute("ANALYZE big")
        try:
            m = inventory(pg_url, scanner=pattern_scanner, sample_size=100)
            big = next(t for t in m.sources[0].tables if t.name == "big")
            assert big.sampling.startswith("TABLESAMPLE SYSTEM")
            assert big.sample_size == 100
            assert not big.rows_exact
            assert 50_000 < big.rows < 70_000
            assert categories(m, "big")["email"] == "user.contact.email"
        finally:
            with admin(pg_url) as con:
                con.execute("DROP TABLE big")


class TestReadOnly:
    def test_no_transaction_writes(self, postgres_dsn, pg_url, pattern_scanner):
        before = _xmax(postgres_dsn)
        inventory(pg_url, scanner=pattern_scanner)
        after = _xmax(postgres_dsn)
        assert after == before

    def test_sessions_are_read_only(self, pg_url, monkeypatch):
        from privkit.inventory._postgres import PostgresSource

        src = PostgresSource(pg_url, location="x")
        src.open()
        try:
            import psycopg

            conn = src._connect()
            with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
                conn.execute("CREATE TABLE should_not_exist (a int)")
        finally:
            src.close()


class TestBadInput:
    def test_unreachable_server_is_a_skipped_source(self, pattern_scanner):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]  # closed again: nobody listens there
        m = inventory(f"postgresql://nobody:secret@127.0.0.1:{port}/db", scanner=pattern_scanner)
        (skip,) = m.skipped
        assert skip.what == "source"
        assert skip.reason.startswith("cannot connect")
        assert "secret" not in m.to_json()

    def test_table_without_permission_is_skipped(self, postgres_dsn, pg_url, pattern_scanner):
        role = "inv_reader_" + os.urandom(3).hex()
        with admin(pg_url) as con:
            con.execute(f"CREATE ROLE {role} LOGIN")
            con.execute(f"GRANT SELECT ON orders TO {role}")
        try:
            url = pg_url.replace("privkit@", f"{role}@")
            m = inventory(url, scanner=pattern_scanner)
            assert {t.name for t in m.sources[0].tables} == {"orders"}
            reasons = {s.name: s.reason for s in m.skipped}
            assert reasons["public.customers"] == "no permission to read"
        finally:
            with admin(pg_url) as con:
                con.execute(f"REVOKE ALL ON orders FROM {role}")
                con.execute(f"DROP ROLE {role}")

    def test_table_dropped_during_the_scan(self, pg_url, pattern_scanner, monkeypatch):
        from privkit.inventory._postgres import PostgresSource

        with admin(pg_url) as con:
            con.execute("CREATE TABLE doomed (email TEXT)")
        listed = PostgresSource.tables

        def tables_then_drop(self):
            out = listed(self)
            with admin(pg_url) as con:
                con.execute("DROP TABLE doomed")
            return out

        monkeypatch.setattr(PostgresSource, "tables", tables_then_drop)
        m = inventory(pg_url, scanner=pattern_scanner)
        reasons = {s.name: s.reason for s in m.skipped}
        assert reasons["public.doomed"] == "table changed during the scan"
        assert {"customers", "orders"} <= {t.name for t in m.sources[0].tables}

    def test_table_locked_by_a_writer_is_skipped_not_waited_for(self, pg_url, pattern_scanner):
        import psycopg

        with admin(pg_url) as con:
            con.execute("CREATE TABLE busy (email TEXT)")
        holder = psycopg.connect(pg_url)  # an ALTER in progress holds ACCESS EXCLUSIVE
        try:
            holder.execute("ALTER TABLE busy ADD COLUMN phone TEXT")
            m = inventory(pg_url, scanner=pattern_scanner)
            reasons = {s.name: s.reason for s in m.skipped}
            assert reasons["public.busy"] == "table is locked by another transaction"
            assert {"customers", "orders"} <= {t.name for t in m.sources[0].tables}
        finally:
            holder.rollback()
            holder.close()
            with admin(pg_url) as con:
                con.execute("DROP TABLE busy")

    def test_hostile_identifiers_are_quoted(self, pg_url, pattern_scanner):
        name = 'x"; DROP TABLE orders; --'
        with admin(pg_url) as con:
            con.execute(f'CREATE TABLE "{name.replace(chr(34), chr(34) * 2)}" (email TEXT)')
            con.execute(
                f'INSERT INTO "{name.replace(chr(34), chr(34) * 2)}" VALUES (%s)',
                ("a@example.com",),
            )
        try:
            m = inventory(pg_url, scanner=pattern_scanner)
            assert name in {t.name for t in m.sources[0].tables}
            assert "orders" in {t.name for t in m.sources[0].tables}
        finally:
            with admin(pg_url) as con:
                con.execute(f'DROP TABLE "{name.replace(chr(34), chr(34) * 2)}"')

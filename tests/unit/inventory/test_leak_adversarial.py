"""Attacks on the promise that no value, no personal name and no credential reaches the map,
the HTML report or a skip reason."""

from __future__ import annotations

import json
import sqlite3

import pytest
from tests.unit.inventory.helpers import admin

from privkit.inventory import inventory, render_html

PERSONAL_NAMES = ["alice.smith@example.com", "+1 415 555 0199", "203.0.113.77", "4111111111111111"]


def _values(rows):
    out = set()
    for r in rows:
        for v in r.values():
            if v is not None and len(str(v)) >= 6:
                out.add(str(v))
    return out


def _hostile_db(path):
    con = sqlite3.connect(path)
    cols = ", ".join(f'"{n}" TEXT' for n in PERSONAL_NAMES)
    con.execute(
        f'CREATE TABLE "bob.jones@example.org" ({cols}, "<script>alert(1)</script>" TEXT, prefs JSON)'
    )
    con.executemany(
        f'INSERT INTO "bob.jones@example.org" VALUES ({",".join("?" * (len(PERSONAL_NAMES) + 2))})',
        [
            [f"carol{i}@example.net"] * len(PERSONAL_NAMES)
            + [
                "<img src=x onerror=alert(1)>",
                json.dumps({f"dave{i}@example.com": {"opt_in": True}, "k": 1}),
            ]
            for i in range(30)
        ],
    )
    con.commit()
    con.close()
    return path


class TestNoValues:
    def test_no_sampled_value_in_json_or_html(self, sqlite_db, rows, pattern_scanner):
        m = inventory(f"sqlite:///{sqlite_db}", scanner=pattern_scanner)
        text = m.to_json() + render_html(m)
        leaked = [v for v in _values(rows) if v in text]
        assert leaked == []

    def test_no_value_from_a_hostile_table(self, tmp_path, pattern_scanner):
        db = _hostile_db(tmp_path / "h.db")
        m = inventory(f"sqlite:///{db}", scanner=pattern_scanner)
        blob = m.to_json() + render_html(m)
        for i in range(30):
            assert f"carol{i}@" not in blob
            assert f"dave{i}@" not in blob
        assert "onerror" not in blob


class TestNoPersonalNames:
    def test_column_table_and_key_names_are_redacted(self, tmp_path, pattern_scanner):
        db = _hostile_db(tmp_path / "h.db")
        m = inventory(f"sqlite:///{db}", scanner=pattern_scanner)
        blob = m.to_json() + render_html(m)
        for name in [*PERSONAL_NAMES, "bob.jones@example.org", "example.org", "alice.smith"]:
            assert name not in blob
        (t,) = m.sources[0].tables
        assert t.name == "<EMAIL_ADDRESS>#1"
        names = [c.name for c in t.columns]
        assert names[:4] == [
            "<EMAIL_ADDRESS>#1",
            "<PHONE_NUMBER>#1",
            "<IP_ADDRESS>#1",
            "<CREDIT_CARD>#1",
        ]
        # the values under a personal name are still classified
        assert t.columns[0].category == "user.contact.email"
        prefs = next(c for c in t.columns if c.name == "prefs")
        assert [f.name for f in prefs.fields] == ["prefs.<EMAIL_ADDRESS>.opt_in", "prefs.k"]

    def test_html_escapes_hostile_names(self, tmp_path, pattern_scanner):
        db = tmp_path / "x.db"
        con = sqlite3.connect(db)
        con.execute('CREATE TABLE "<b>t</b>" ("<script>alert(1)</script>" TEXT)')
        con.executemany(
            'INSERT INTO "<b>t</b>" VALUES (?)', [(f"x{i}@example.com",) for i in range(9)]
        )
        con.commit()
        con.close()
        html = render_html(inventory(f"sqlite:///{db}", scanner=pattern_scanner))
        assert "<script>alert" not in html
        assert "<b>t</b>" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # not personal: shown, escaped

    def test_a_column_literally_named_like_a_placeholder_does_not_collide(
        self, tmp_path, pattern_scanner
    ):
        db = tmp_path / "c.db"
        con = sqlite3.connect(db)
        con.execute('CREATE TABLE t ("<EMAIL_ADDRESS>#1" TEXT, "eve@example.com" TEXT)')
        con.execute("INSERT INTO t VALUES ('x', 'y')")
        con.commit()
        con.close()
        (t,) = inventory(f"sqlite:///{db}", scanner=pattern_scanner).sources[0].tables
        names = [c.name for c in t.columns]
        assert len(set(names)) == 2
        assert "eve@example.com" not in names


class TestNoCredentials:
    def test_url_credentials_never_reach_the_map(self, pattern_scanner):
        m = inventory(
            "postgresql://admin:hunter2@127.0.0.1:1/db?password=hunter3", scanner=pattern_scanner
        )
        blob = m.to_json() + render_html(m)
        assert "hunter2" not in blob
        assert "hunter3" not in blob
        assert "admin" not in blob

    @pytest.mark.postgres
    def test_server_messages_that_quote_data_are_not_repeated(
        self, pg_url, pattern_scanner, monkeypatch
    ):
        import psycopg

        from privkit.inventory._postgres import PostgresSource

        def boom(self, *a, **k):
            raise psycopg.errors.InvalidTextRepresentation(
                'invalid input syntax for type integer: "mallory@example.com"'
            )

        monkeypatch.setattr(PostgresSource, "_sample", boom)
        m = inventory(pg_url, scanner=pattern_scanner)
        assert "mallory" not in m.to_json()
        assert {s.reason for s in m.skipped if s.what == "table"} >= {
            "database error (SQLSTATE 22P02)"
        }


@pytest.mark.postgres
def test_personal_schema_names_are_redacted(pg_url, pattern_scanner):
    with admin(pg_url) as con:
        con.execute('CREATE SCHEMA "frank@example.com"')
        con.execute('CREATE TABLE "frank@example.com".t (x TEXT)')
    try:
        m = inventory(pg_url, scanner=pattern_scanner)
        assert "frank" not in m.to_json()
        assert "<EMAIL_ADDRESS>#1.t" in {t.qualified for t in m.sources[0].tables}
    finally:
        with admin(pg_url) as con:
            con.execute('DROP SCHEMA "frank@example.com" CASCADE')


def test_unsafe_names_of_skipped_columns_are_redacted(tmp_path, pattern_scanner):
    db = tmp_path / "w.db"
    con = sqlite3.connect(db)
    con.execute('CREATE TABLE t (a TEXT, "grace@example.com" TEXT)')
    con.commit()
    con.close()
    m = inventory(f"sqlite:///{db}", scanner=pattern_scanner, max_columns=1)
    assert "grace" not in m.to_json()
    assert [s.name for s in m.skipped] == ["t.<EMAIL_ADDRESS>#1"]


class TestPersonalFileNames:
    """A data file named after a person keeps its name out of the map, extension or not."""

    @pytest.mark.parametrize(
        ("name", "entity"),
        [
            ("erin.doe@example.net.csv", "EMAIL_ADDRESS"),
            ("frank@example.org.jsonl", "EMAIL_ADDRESS"),
            ("+1 415 555 0123.parquet", "PHONE_NUMBER"),
            ("198.51.100.23.csv", "IP_ADDRESS"),
        ],
    )
    def test_a_file_named_by_a_personal_value(self, tmp_path, pattern_scanner, name, entity):
        (tmp_path / name).write_text('{"plan": "free"}\n' if name.endswith("l") else "plan\nfree\n")
        if name.endswith(".parquet"):
            pa = pytest.importorskip("pyarrow")
            import pyarrow.parquet as pq

            pq.write_table(pa.table({"plan": ["free"]}), tmp_path / name)
        m = inventory(str(tmp_path), scanner=pattern_scanner)
        blob = m.to_json() + render_html(m)
        stem = name.rsplit(".", 1)[0]
        assert stem not in blob
        assert [t.name for t in m.sources[0].tables] == [f"<{entity}>#1"]

    def test_ordinary_file_names_are_kept(self, tmp_path, pattern_scanner):
        for name in ("orders.csv", "events.2024.jsonl", "v1.2.3.csv"):
            (tmp_path / name).write_text("plan\nfree\n" if name.endswith("csv") else '{"a": 1}\n')
        m = inventory(str(tmp_path), scanner=pattern_scanner)
        assert sorted(t.name for t in m.sources[0].tables) == [
            "events.2024.jsonl",
            "orders.csv",
            "v1.2.3.csv",
        ]

    def test_a_source_path_named_by_a_personal_value(self, tmp_path, pattern_scanner):
        folder = tmp_path / "gina.roe@example.com"
        folder.mkdir()
        (folder / "orders.csv").write_text("plan\nfree\n")
        alone = tmp_path / "198.51.100.24.csv"
        alone.write_text("plan\nfree\n")
        m = inventory([str(folder), str(alone)], scanner=pattern_scanner)
        blob = m.to_json() + render_html(m)
        assert "gina.roe" not in blob
        assert "198.51.100.24" not in blob
        assert [s.location for s in m.sources] == [
            f"{tmp_path}/<EMAIL_ADDRESS>",
            f"{tmp_path}/<IP_ADDRESS>",
        ]
        assert [s.name for s in m.sources] == [s.location for s in m.sources]

    def test_a_label_given_is_kept(self, tmp_path, pattern_scanner):
        (tmp_path / "hal@example.com.csv").write_text("plan\nfree\n")
        m = inventory({"exports": str(tmp_path / "hal@example.com.csv")}, scanner=pattern_scanner)
        assert m.sources[0].name == "exports"
        assert m.sources[0].location == f"{tmp_path}/<EMAIL_ADDRESS>"

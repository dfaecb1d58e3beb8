"""Folders of CSV, JSON lines and Parquet files; wide and bad files."""

from __future__ import annotations

import json

import pyarrow as pa
import pyarrow.parquet as pq
from tests.unit.inventory.helpers import SCALARS, categories, snapshot

from privkit.inventory import inventory


def _folder(tmp_path, rows):
    root = tmp_path / "exports"
    (root / "crm").mkdir(parents=True)
    flat = [{c: (None if r[c] is None else str(r[c])) for c in SCALARS} for r in rows]
    import csv

    with (root / "customers.csv").open("w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=SCALARS)
        w.writeheader()
        w.writerows(flat)
    with (root / "crm" / "events.jsonl").open("w") as fh:
        for r in rows:
            fh.write(json.dumps({"ip": r["ip_addr"], "device": {"mac": r["mac"]}, "n": 1}) + "\n")
    table = pa.table(
        {
            "email": [r["email"] for r in rows],
            "profile": [{"phone": r["phone"], "plan": r["plan"]} for r in rows],
            "blob": [b"\x00\x01" for _ in rows],
        }
    )
    pq.write_table(table, root / "crm" / "users.parquet")
    (root / "notes.txt").write_text("not a table")
    return root


class TestFolder:
    def test_every_kind_of_file_is_mapped(self, tmp_path, rows, pattern_scanner):
        root = _folder(tmp_path, rows)
        before = snapshot(root)
        m = inventory(root, scanner=pattern_scanner)
        assert snapshot(root) == before
        tables = {t.qualified: t for t in m.sources[0].tables}
        assert set(tables) == {"customers.csv", "crm.events.jsonl", "crm.users.parquet"}
        assert categories(m, "customers.csv")["email"] == "user.contact.email"
        ev = categories(m, "events.jsonl")
        assert ev["ip"] == "user.device.ip_address"
        assert ev["device.mac"] == "user.device.mac_address"
        us = categories(m, "users.parquet")
        assert us["email"] == "user.contact.email"
        assert us["profile.phone"] == "user.contact.phone_number"
        blob = next(c for c in tables["crm.users.parquet"].columns if c.name == "blob")
        assert "binary" in blob.note
        assert tables["crm.users.parquet"].rows_exact
        assert tables["customers.csv"].rows == len(rows)

    def test_single_file_source(self, tmp_path, rows, pattern_scanner):
        root = _folder(tmp_path, rows)
        m = inventory(root / "customers.csv", scanner=pattern_scanner)
        assert [t.name for t in m.sources[0].tables] == ["customers.csv"]


class TestBadFiles:
    def test_ten_thousand_columns_give_a_partial_map(self, tmp_path, pattern_scanner):
        path = tmp_path / "wide.csv"
        header = [f"c{i}" for i in range(10_000)]
        header[7] = "email"
        with path.open("w") as fh:
            fh.write(",".join(header) + "\n")
            for r in range(3):
                cells = ["x"] * 10_000
                cells[7] = f"user{r}@example.com"
                fh.write(",".join(cells) + "\n")
        m = inventory(path, scanner=pattern_scanner, max_columns=500)
        (t,) = m.sources[0].tables
        assert len(t.columns) == 500
        assert categories(m, "wide.csv")["email"] == "user.contact.email"
        skipped = [s for s in m.skipped if s.what == "column"]
        assert len(skipped) == 9_500
        assert skipped[0].reason == "past the first 500 columns"

    def test_malformed_file_is_a_skipped_table(self, tmp_path, pattern_scanner):
        (tmp_path / "ok.csv").write_text("email\na@example.com\n")
        (tmp_path / "bad.jsonl").write_text('{"a": 1}\n{not json\n')
        (tmp_path / "bad.parquet").write_bytes(b"PAR1 garbage")
        m = inventory(tmp_path, scanner=pattern_scanner)
        assert [t.name for t in m.sources[0].tables] == ["ok.csv"]
        reasons = {s.name: s.reason for s in m.skipped}
        assert set(reasons) == {"bad.jsonl", "bad.parquet"}
        assert reasons["bad.parquet"] == "not a readable Parquet file"
        assert "not json" not in reasons["bad.jsonl"]

    def test_missing_folder(self, tmp_path, pattern_scanner):
        m = inventory(tmp_path / "nope", scanner=pattern_scanner)
        assert m.skipped[0].what == "source"

"""Chunked, atomic file protection: CSV, JSON lines, Parquet; bad input located, never quoted."""

import csv
import json
import tracemalloc

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from privkit.errors import ConfigError, DataError
from privkit.integrations.files import classify_file, file_format, protect_file, read_chunks


def _write_csv(path, rows):
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)


def _csv_rows(path):
    return list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))


def _lines(path):
    return path.read_text(encoding="utf-8").splitlines()


def _write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


@pytest.fixture
def small(rows):
    return rows[:60]


class TestRoundTrip:
    @pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
    def test_every_row_in_order_and_no_raw_values(self, fmt, tmp_path, small, protector):
        src, dst = tmp_path / f"in.{fmt}", tmp_path / f"out.{fmt}"
        {"csv": _write_csv, "jsonl": _write_jsonl,
         "parquet": lambda p, r: pq.write_table(pa.Table.from_pylist(r), p)}[fmt](src, small)  # fmt: skip
        report = protect_file(src, dst, protector=protector, purpose="analytics", chunk_rows=16)
        assert report.rows_in == report.rows_out == len(small)
        assert report.chunks == 4
        out = dst.read_bytes() if fmt != "parquet" else pq.read_table(dst).to_pylist()
        text = out.decode() if isinstance(out, bytes) else json.dumps(out)
        for r in small:
            assert r["email"] not in text
            assert r["mac"] not in text
            assert r["gaid"] is None or r["gaid"] not in text
        ids = (
            [str(r["customer_id"]) for r in _csv_rows(dst)] if fmt == "csv"
            else [str(json.loads(line)["customer_id"]) for line in _lines(dst)] if fmt == "jsonl"
            else [str(r["customer_id"]) for r in out]
        )  # fmt: skip
        assert ids == [str(r["customer_id"]) for r in small]
        cols = {c.name: c for c in report.columns}
        assert cols["email"].transform == "tokenize"
        assert cols["email"].changed == len(small)
        assert cols["plan"].changed == 0

    def test_csv_empty_cells_stay_empty(self, tmp_path, small, protector):
        src, dst = tmp_path / "in.csv", tmp_path / "out.csv"
        _write_csv(src, small)
        protect_file(src, dst, protector=protector, purpose="analytics")
        got = _csv_rows(dst)
        assert [g["idfa"] == "" for g in got] == [r["idfa"] is None for r in small]

    def test_progress_bar_does_not_change_the_result(self, tmp_path, small, protector, capsys):
        src = tmp_path / "in.csv"
        _write_csv(src, small)
        a = protect_file(src, tmp_path / "a.csv", protector=protector, purpose="analytics",
                         progress=True, chunk_rows=10)  # fmt: skip
        b = protect_file(src, tmp_path / "b.csv", protector=protector, purpose="analytics")
        assert a.rows_out == b.rows_out == len(small)
        assert (tmp_path / "a.csv").read_text() == (tmp_path / "b.csv").read_text()
        assert small[0]["email"] not in capsys.readouterr().err

    def test_csv_to_parquet(self, tmp_path, small, protector):
        src, dst = tmp_path / "in.csv", tmp_path / "out.parquet"
        _write_csv(src, small)
        protect_file(src, dst, protector=protector, purpose="support")
        assert pq.read_table(dst).num_rows == len(small)

    def test_reports_render_without_values(self, tmp_path, small, protector):
        src, dst = tmp_path / "in.csv", tmp_path / "out.csv"
        _write_csv(src, small)
        report = protect_file(src, dst, protector=protector, purpose="analytics")
        for suffix in ("json", "md", "html"):
            path = tmp_path / f"report.{suffix}"
            report.write(path)
            text = path.read_text()
            assert "email" in text
            assert small[0]["email"] not in text
        assert json.loads((tmp_path / "report.json").read_text())["rows_out"] == len(small)
        with pytest.raises(ConfigError):
            report.write(tmp_path / "report.txt")

    def test_classify_file_reads_a_bounded_prefix(self, tmp_path, small):
        src = tmp_path / "in.jsonl"
        _write_jsonl(src, small)
        assert classify_file(src)["email"].category == "user.contact.email"


def _expect_failure(tmp_path, content, protector, *, match, suffix="csv", **kwargs):
    src, dst = tmp_path / f"in.{suffix}", tmp_path / f"out.{suffix}"
    src.write_bytes(content)
    dst.write_text("previous output\n")
    with pytest.raises(DataError, match=match) as info:
        protect_file(src, dst, protector=protector, purpose="analytics", **kwargs)
    assert dst.read_text() == "previous output\n"  # untouched: no partial output
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    return str(info.value)


class TestBadInput:
    def test_wrong_field_count(self, tmp_path, protector):
        msg = _expect_failure(
            tmp_path, b"email,plan\na@example.com,free\nb@example.com,pro,SECRET\n", protector,
            match="in.csv, row 2: expected 2 fields, got 3",
        )  # fmt: skip
        assert "SECRET" not in msg
        assert "b@example.com" not in msg

    def test_invalid_utf8_names_row_and_column(self, tmp_path, protector):
        msg = _expect_failure(
            tmp_path, b"email,plan\na@example.com,free\nb\xff@example.com,pro\n", protector,
            match="row 2, column 'email': invalid UTF-8",
        )  # fmt: skip
        assert "example.com" not in msg

    def test_malformed_quoting(self, tmp_path, protector):
        _expect_failure(
            tmp_path,
            b'email,plan\n"a@example.com"x,free\n',
            protector,
            match="row 1: malformed CSV",
        )

    def test_huge_cell(self, tmp_path, protector):
        _expect_failure(
            tmp_path, b"email,plan\n" + b"a" * 5000 + b",free\n", protector,
            match="row 1: a cell is too large", max_cell_chars=1000,
        )  # fmt: skip

    def test_empty_file(self, tmp_path, protector):
        _expect_failure(tmp_path, b"", protector, match="empty file")
        _expect_failure(tmp_path, b"", protector, match="empty file", suffix="jsonl")

    def test_duplicated_column_names(self, tmp_path, protector):
        msg = _expect_failure(
            tmp_path, b"a@example.com,a@example.com\na,b\n", protector,
            match=r"duplicated column name \(columns 1 and 2\)",
        )  # fmt: skip
        assert "a@example.com" not in msg

    def test_bad_json_line(self, tmp_path, protector):
        msg = _expect_failure(
            tmp_path, b'{"email": "a@example.com"}\n{"email": "b@example.com"\n', protector,
            match="row 2: invalid JSON", suffix="jsonl",
        )  # fmt: skip
        assert "b@example.com" not in msg

    def test_json_line_not_an_object(self, tmp_path, protector):
        _expect_failure(tmp_path, b"[1, 2]\n", protector, match="row 1: expected a JSON object",
                        suffix="jsonl")  # fmt: skip

    def test_not_parquet(self, tmp_path, protector):
        _expect_failure(tmp_path, b"PAR1 nope", protector, match="not a readable Parquet",
                        suffix="parquet")  # fmt: skip

    def test_header_only_gives_header_only_output(self, tmp_path, protector):
        src, dst = tmp_path / "in.csv", tmp_path / "out.csv"
        src.write_text("email,plan\n")
        report = protect_file(src, dst, protector=protector, purpose="analytics")
        assert report.rows_in == report.rows_out == 0
        assert dst.read_text().strip() == "email,plan"

    def test_skip_mode_accounts_for_every_row(self, tmp_path, protector):
        src, dst = tmp_path / "in.csv", tmp_path / "out.csv"
        src.write_bytes(b"email,plan\na@example.com,free\nbad,row,here\nc@example.com,pro\n")
        report = protect_file(src, dst, protector=protector, purpose="analytics", bad_rows="skip")
        assert report.rows_in == 3
        assert report.rows_out == 2
        assert report.skipped_rows == (2,)
        assert "Skipped rows: 2" in report.to_markdown()

    def test_mixed_types_and_nulls_in_jsonl(self, tmp_path, protector):
        src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
        lines = [{"email": "a@example.com", "n": 1}, {"email": None, "n": "two"},
                 {"email": 42, "n": None}, {"n": 3.5}]  # fmt: skip
        _write_jsonl(src, lines)
        report = protect_file(src, dst, protector=protector, purpose="analytics")
        out = [json.loads(line) for line in _lines(dst)]
        assert report.rows_out == 4
        assert out[1]["email"] is None
        assert out[0]["email"].startswith("tok_")
        assert [o.get("n") for o in out] == [1, "two", None, 3.5]

    def test_same_path_and_unknown_suffix(self, tmp_path, protector):
        src = tmp_path / "in.csv"
        src.write_text("a\n1\n")
        with pytest.raises(ConfigError):
            protect_file(src, src, protector=protector, purpose="analytics")
        with pytest.raises(ConfigError, match="unknown file type"):
            file_format(tmp_path / "x.xlsx")
        with pytest.raises(ConfigError, match="JSON lines"):
            protect_file(src, tmp_path / "o.jsonl", protector=protector, purpose="analytics")


def _peak(path, protector, out):
    tracemalloc.start()
    try:
        protect_file(path, out, protector=protector, purpose="analytics", chunk_rows=250)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_is_bounded_by_the_chunk_not_the_file(tmp_path, protector):
    def write(path, n):
        with path.open("w", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["email", "ip_addr", "plan"])
            w.writerows([f"user{i}@example.com", f"10.{i % 250}.{i // 250 % 250}.1", "free"]
                        for i in range(n))  # fmt: skip

    small, large = tmp_path / "small.csv", tmp_path / "large.csv"
    write(small, 500)
    write(large, 5_000)  # 10x the file: 20 chunks of 250 rows instead of 2
    list(read_chunks(small))  # warm imports outside the measurement
    peak_small = _peak(small, protector, tmp_path / "o1.csv")
    peak_large = _peak(large, protector, tmp_path / "o2.csv")
    assert peak_large < 2.0 * peak_small, (peak_small, peak_large)


_cells = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.tuples(_cells, _cells), min_size=0, max_size=12))
def test_csv_round_trip_keeps_every_row_and_cell(tmp_path, protector, data):
    """Columns the policy passes through come back cell for cell, rows in order, none lost."""
    src, dst = tmp_path / "in.csv", tmp_path / "out.csv"
    with src.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["customer_id", "plan"])  # both declared not personal by the test policy
        w.writerows(data)
    report = protect_file(src, dst, protector=protector, purpose="analytics", chunk_rows=5)
    with dst.open(newline="", encoding="utf-8") as fh:  # keep "\r" inside cells
        got = list(csv.reader(fh))
    assert report.rows_in == report.rows_out == len(data)
    assert got == [["customer_id", "plan"], *[list(r) for r in data]]

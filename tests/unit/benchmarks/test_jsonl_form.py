"""Every committed data file is in the one JSON-lines form the corpus builders write."""

import json
from pathlib import Path

import pytest
from benchmarks.corpus import _jsonl

DATA = Path(__file__).resolve().parents[3] / "benchmarks" / "data"
FILES = sorted(DATA.glob("*.jsonl"))


def test_there_are_data_files():
    assert len(FILES) >= 30


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_file_is_what_the_writer_makes_of_its_records(path):
    text = path.read_text(encoding="utf-8")
    records = [json.loads(line) for line in text.splitlines()]
    assert _jsonl.dumps(records) == text


def test_write_keeps_non_ascii_key_order_and_a_final_newline(tmp_path):
    out = tmp_path / "part.jsonl"
    _jsonl.write(out, [{"z": "Zoë 北京", "a": 1}, {"b": None}])
    assert out.read_bytes() == '{"z": "Zoë 北京", "a": 1}\n{"b": null}\n'.encode()
    _jsonl.write(out, [])
    assert out.read_bytes() == b""

"""Shape checks of the real-text corpora (``benchmarks/corpus/_real.py``, ``_real3.py``, ``_cookies_dev.py``, ``_logs4.py``, ``_logs7.py``, ``_http5.py``, ``_noisy_labels.py``, ``_noisy2_labels.py``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from privkit.types import EntityType

DATA = Path(__file__).resolve().parents[3] / "benchmarks" / "data"
FILES = (
    "real_logs.jsonl",
    "real_logs_holdout.jsonl",
    "real_logs_holdout3.jsonl",
    "cookies_dev.jsonl",
    "real_logs4_dev.jsonl",
    "real_logs4_holdout.jsonl",
    "real_logs7_dev.jsonl",
    "real_logs7_holdout.jsonl",
    "http5_dev.jsonl",
    "http5_holdout.jsonl",
    "noisy_comments.jsonl",
    "noisy_comments2.jsonl",
)


@pytest.fixture(params=FILES)
def records(request):
    with (DATA / request.param).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def test_ids_are_unique(records):
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))


def test_spans_are_in_range_typed_and_disjoint(records):
    names = {e.value for e in EntityType}
    for r in records:
        last = 0
        for s in r["spans"]:
            assert 0 <= s["start"] < s["end"] <= len(r["text"]), r["id"]
            assert s["entity"] in names, r["id"]
            assert s["start"] >= last, r["id"]  # sorted and not overlapping
            last = s["end"]
        for g in r.get("ignored", []):
            assert 0 <= g["start"] < g["end"] <= len(r["text"]), r["id"]


def test_no_span_is_a_bare_unspecified_address(records):
    for r in records:
        for s in r["spans"]:
            assert r["text"][s["start"] : s["end"]] != "::", r["id"]

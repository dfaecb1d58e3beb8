"""The notebook summary of an audit log: counted only when the chain verifies, no values."""

from __future__ import annotations

import pytest

from privkit._html import table
from privkit.audit import JsonlSink, make_event, summarize
from privkit.keys import KeyRing


@pytest.fixture
def keys() -> KeyRing:
    return KeyRing.generate("audit")


def _write(log, keys, *events):
    sink = JsonlSink(log, keys=keys)
    for kind, purpose, actor, outcome, records in events:
        sink.write(
            make_event(
                kind,
                purpose=purpose,
                policy_hash="p",
                actor={"name": actor},
                outcome=outcome,
                records=records,
            )
        )


def test_counts_per_kind_purpose_actor_outcome(tmp_path, keys):
    log = tmp_path / "a.jsonl"
    _write(
        log,
        keys,
        ("protect", "analytics", "etl", "ok", 10),
        ("protect", "analytics", "etl", "ok", 5),
        ("reveal", "support", "ana", "denied", 0),
    )
    s = summarize(log, keys=keys)
    assert s.verified.ok
    assert s.events == 3
    assert s.rows == (
        ("protect", "analytics", "etl", "ok", 2, 15),
        ("reveal", "support", "ana", "denied", 1, 0),
    )
    assert s.first is not None
    assert s.last is not None
    assert s.first <= s.last
    df = s.to_pandas()
    assert list(df["events"]) == [2, 1]


def test_a_forged_log_is_not_counted(tmp_path, keys):
    log = tmp_path / "a.jsonl"
    _write(log, keys, ("protect", "analytics", "etl", "ok", 1))
    other = tmp_path / "forged.jsonl"  # a line made under a key the operator does not hold
    _write(other, KeyRing.generate("audit"), ("reveal", "support", "mallory", "ok", 0))
    log.write_bytes(log.read_bytes() + other.read_bytes())
    s = summarize(log, keys=keys)
    assert not s.verified.ok
    assert s.events == 0
    assert s.rows == ()
    assert "NOT verified" in str(s)
    assert "does not verify" in s._repr_html_()


def test_an_empty_log_summarises_to_nothing(tmp_path, keys):
    s = summarize(tmp_path / "missing.jsonl", keys=keys)
    assert s.events == 0
    assert s.first is None


def test_html_escapes_hostile_names(tmp_path, keys):
    log = tmp_path / "a.jsonl"
    _write(log, keys, ("reveal", "support", "<script>alert(1)</script>", "ok", 0))
    html = summarize(log, keys=keys)._repr_html_()
    assert "<script>" not in html
    assert "&lt;script&gt;" in html


def test_table_escapes_caption_head_cells_and_warnings():
    out = table("<c>", ["<h>"], [["<v>", 3]], warnings=["<w>"])
    for raw in ("<c>", "<h>", "<v>", "<w>"):
        assert raw not in out
    assert "<td>3</td>" in out

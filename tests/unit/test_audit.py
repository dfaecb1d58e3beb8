"""Audit log: chained events, tamper detection, concurrent writers, sinks, events of runs."""

import json
import logging
import multiprocessing as mp

import pytest

from privkit.audit import (
    JsonlSink,
    LoggingSink,
    checkpoint,
    make_event,
    read_events,
    token_id,
    verify,
)
from privkit.errors import AuditError, ConfigError, PermissionDeniedError
from privkit.keys import KeyRing
from privkit.policy import Actor, Policy, Protector

EMAIL = "jane.doe@example.com"


KEYS = KeyRing.generate("audit")


def write_events(path, n, tag="x", keys=KEYS):
    sink = JsonlSink(path, keys=keys)
    for i in range(n):
        sink.write({"kind": "protect", "purpose": "support", "i": i, "tag": tag})


class TestChain:
    def test_empty_and_missing_fail_unless_expected(self, tmp_path):
        log = tmp_path / "a.jsonl"
        assert not verify(log, keys=KEYS).ok
        assert verify(log, keys=KEYS, allow_empty=True).ok
        log.write_bytes(b"")
        res = verify(log, keys=KEYS)
        assert not res.ok
        assert "empty" in res.reason
        assert verify(log, keys=KEYS, allow_empty=True).count == 0

    def test_valid_chain(self, tmp_path):
        log = tmp_path / "a.jsonl"
        write_events(log, 5)
        res = verify(log, keys=KEYS)
        assert res.ok
        assert res.count == 5
        assert res.first_bad_line is None
        assert res.head is not None
        assert res.head.startswith("pkaudit1:5:")
        assert [e["i"] for e in read_events(log, keys=KEYS)] == [0, 1, 2, 3, 4]

    def test_lines_record_the_key_id_and_no_key(self, tmp_path):
        log = tmp_path / "a.jsonl"
        write_events(log, 1)
        line = json.loads(log.read_text())
        assert line["kid"] == "audit.v1"
        assert KEYS.get("audit", 1).hex() not in log.read_text()

    def test_every_single_byte_edit_is_detected(self, tmp_path):
        log = tmp_path / "a.jsonl"
        write_events(log, 3)
        data = log.read_bytes()
        for pos in range(len(data)):
            for new in {data[pos] ^ 0x01, ord("0") if data[pos] != ord("0") else ord("1")}:
                log.write_bytes(data[:pos] + bytes([new]) + data[pos + 1 :])
                assert not verify(log, keys=KEYS).ok, pos
        log.write_bytes(data)
        assert verify(log, keys=KEYS).ok

    def test_deletion_reorder_insertion(self, tmp_path):
        log = tmp_path / "a.jsonl"
        write_events(log, 4)
        lines = log.read_bytes().splitlines(keepends=True)
        cases = {
            "delete middle": lines[:1] + lines[2:],
            "delete first": lines[1:],
            "swap": [lines[1], lines[0], *lines[2:]],
            "duplicate": [*lines, lines[-1]],
            "empty": [],
        }
        for name, variant in cases.items():
            log.write_bytes(b"".join(variant))
            res = verify(log, keys=KEYS)
            assert not res.ok, name
        log.write_bytes(b"".join(lines[:1] + lines[2:]))
        assert verify(log, keys=KEYS).first_bad_line == 2

    def test_truncation_needs_a_checkpoint_or_a_count(self, tmp_path):
        log = tmp_path / "a.jsonl"
        write_events(log, 4)
        cp = checkpoint(log, keys=KEYS)
        lines = log.read_bytes().splitlines(keepends=True)
        log.write_bytes(b"".join(lines[:-1]))
        assert verify(log, keys=KEYS).ok  # a shorter valid chain, on its own
        assert not verify(log, keys=KEYS, checkpoint=cp).ok
        assert not verify(log, keys=KEYS, min_count=4).ok
        assert verify(log, keys=KEYS, min_count=3).ok

    def test_tampered_log_is_not_extended(self, tmp_path):
        log = tmp_path / "a.jsonl"
        write_events(log, 1)
        log.write_bytes(log.read_bytes().replace(b'"i":0', b'"i":1'))
        with pytest.raises(AuditError, match="does not verify"):
            JsonlSink(log, keys=KEYS).write({"kind": "x"})
        with pytest.raises(AuditError, match="failed verification"):
            list(read_events(log, keys=KEYS))

    def test_unwritable(self, tmp_path):
        with pytest.raises(AuditError, match="cannot open"):
            JsonlSink(tmp_path / "no" / "such" / "dir.jsonl", keys=KEYS).write({"kind": "x"})

    def test_needs_the_audit_key(self, tmp_path):
        with pytest.raises(ConfigError, match="'audit'"):
            JsonlSink(tmp_path / "a.jsonl", keys=KeyRing.generate("tokens"))
        with pytest.raises(ConfigError):
            JsonlSink(tmp_path / "a.jsonl", keys=None)  # type: ignore[arg-type]

    def test_rotation(self, tmp_path):
        ring = KeyRing.generate("audit")
        log = tmp_path / "a.jsonl"
        write_events(log, 2, keys=ring)
        ring.rotate("audit")
        write_events(log, 2, keys=ring)
        kids = [json.loads(x)["kid"] for x in log.read_text().splitlines()]
        assert kids == ["audit.v1", "audit.v1", "audit.v2", "audit.v2"]
        assert verify(log, keys=ring).count == 4
        only_new = KeyRing()
        only_new.add("audit", ring.get("audit", 2), version=2)
        res = verify(log, keys=only_new)
        assert not res.ok
        assert res.first_bad_line == 1


def _writer(path, tag, n):
    write_events(path, n, tag)  # KEYS is inherited through fork


class TestConcurrency:
    def test_processes_neither_interleave_nor_lose(self, tmp_path):
        log = tmp_path / "a.jsonl"
        ctx = mp.get_context("fork")
        procs = [ctx.Process(target=_writer, args=(str(log), f"p{i}", 40)) for i in range(4)]
        for p in procs:
            p.start()
        for p in procs:
            p.join(60)
            assert p.exitcode == 0
        res = verify(log, keys=KEYS)
        assert res.ok, res
        assert res.count == 160
        events = list(read_events(log, keys=KEYS))
        for i in range(4):
            mine = [e["i"] for e in events if e["tag"] == f"p{i}"]
            assert mine == list(range(40))


class TestSinks:
    def test_logging_sink(self, caplog):
        with caplog.at_level(logging.INFO, logger="privkit.audit"):
            LoggingSink().write({"kind": "protect", "purpose": "s"})
        assert caplog.records[0].audit == {"kind": "protect", "purpose": "s"}
        assert json.loads(caplog.records[0].getMessage())["purpose"] == "s"

    def test_make_event_fields(self):
        ev = make_event(
            "protect", purpose="s", policy_hash="h", fields=["b", "a", "a"], counts={"mask": 2}
        )
        assert ev["fields"] == ["a", "b"]
        assert ev["counts"] == {"mask": 2}
        assert ev["time"].endswith("+00:00")

    def test_token_id(self):
        assert len(token_id("abc")) == 16
        assert token_id("abc") != token_id("abd")

    def test_keyed_token_id(self):
        import hashlib

        ring = KeyRing.generate("audit")
        keyed = token_id(EMAIL, keys=ring)
        assert len(keyed) == 16
        assert keyed == token_id(EMAIL, keys=ring)
        assert keyed != hashlib.sha256(EMAIL.encode()).hexdigest()[:16]
        assert keyed != token_id(EMAIL, keys=KeyRing.generate("audit"))
        ring.rotate("audit")
        assert token_id(EMAIL, keys=ring) == keyed  # stable across rotation (oldest version)


POLICY = {
    "version": 1,
    "purposes": ["support", "fraud"],
    "schema": {"email": "user.contact.email"},
    "text": {"entities": ["EMAIL_ADDRESS"]},
    "rules": [
        {
            "categories": ["user.contact.email"],
            "purposes": ["support"],
            "transform": {"action": "mask", "keep_last": 3},
        },
        {
            "categories": ["user.contact.email"],
            "purposes": ["fraud"],
            "transform": {"action": "encrypt", "key": "k"},
        },
    ],
    "reveal": [{"categories": ["user.contact"], "purposes": ["fraud"], "roles": ["analyst"]}],
}


class TestEventsOfRuns:
    @pytest.fixture
    def setup(self, tmp_path):
        log = tmp_path / "audit.jsonl"
        p = Protector(Policy.from_dict(POLICY), keys=KeyRing.generate("k", "audit"), audit=log)
        return p, log

    def test_protect_record_event(self, setup):
        p, log = setup
        p.protect(
            {"email": EMAIL, "note": f"from {EMAIL}"},
            purpose="support",
            actor=Actor("etl", ("job",)),
        )
        (ev,) = read_events(log, keys=p.keys)
        assert ev["kind"] == "protect"
        assert ev["purpose"] == "support"
        assert ev["actor"] == {"name": "etl", "roles": ["job"]}
        assert ev["policy"] == p.policy_hash
        assert ev["fields"] == ["email", "note"]
        assert ev["categories"] == ["user.contact.email"]
        assert ev["counts"] == {"mask": 2}  # the field and the span in free text
        assert ev["records"] == 1
        raw = log.read_text()
        assert EMAIL not in raw
        assert "jane" not in raw

    def test_stream_event_written_before_records_leave(self, setup):
        p, log = setup
        p.batch_size = 2
        gen = p.protect(({"email": EMAIL} for _ in range(3)), purpose="support")
        assert not log.exists()
        next(gen)  # the first batch's event is on disk before its first record is handed out
        (ev,) = read_events(log, keys=p.keys)
        assert ev["records"] == 2
        rest = list(gen)
        assert len(rest) == 2
        events = list(read_events(log, keys=p.keys))
        assert [e["records"] for e in events] == [2, 1]
        assert [e["counts"] for e in events] == [{"mask": 2}, {"mask": 1}]

    def test_empty_stream_audited(self, setup):
        p, log = setup
        assert list(p.protect(iter([]), purpose="support")) == []
        (ev,) = read_events(log, keys=p.keys)
        assert ev["records"] == 0

    def test_stream_withholds_records_when_the_audit_fails(self, tmp_path):
        class Broken:
            def write(self, event, /):
                raise AuditError("audit sink down")

        p = Protector(Policy.from_dict(POLICY), keys=KeyRing.generate("k"), audit=Broken())
        gen = p.protect(({"email": EMAIL} for _ in range(3)), purpose="support")
        with pytest.raises(AuditError):
            next(gen)

    def test_reveal_events_allowed_and_denied(self, setup):
        p, log = setup
        token = p.protect({"email": EMAIL}, purpose="fraud")["email"]
        assert (
            p.reveal(token, purpose="fraud", actor=Actor("ann", ("analyst",)), field="email")
            == EMAIL
        )
        with pytest.raises(PermissionDeniedError):
            p.reveal(token, purpose="fraud", actor="mallory", field="email")
        events = list(read_events(log, keys=p.keys))
        assert [e["kind"] for e in events] == ["protect", "reveal", "reveal"]
        assert events[1]["outcome"] == "ok"
        assert events[2]["outcome"] == "denied"
        assert events[1]["token_ids"] == [token_id(token, keys=p.keys)]
        assert token_id(token, keys=p.keys) != token_id(token)  # keyed by the audit key
        raw = log.read_text()
        assert token not in raw
        assert EMAIL not in raw
        assert verify(log, keys=p.keys).ok

    def test_custom_sink(self):
        class Memory:
            def __init__(self):
                self.events = []

            def write(self, event):
                self.events.append(event)

        sink = Memory()
        p = Protector(Policy.from_dict(POLICY), keys=KeyRing.generate("k"), audit=sink)
        p.protect_column("email", [EMAIL, None], purpose="support")
        assert sink.events[0]["counts"] == {"mask": 1}
        assert sink.events[0]["records"] == 2

"""The audit trail under attack by someone who can write the log but holds no audit key.

Every forgery below must fail verification; truncation and rollback must fail against a
checkpoint kept elsewhere (or an expected count); a crash mid-append must be detected,
reported, and recovered by the next write in a way the chain records.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import shutil

import pytest

from privkit.audit import GENESIS, JsonlSink, checkpoint, read_events, verify
from privkit.errors import AuditError
from privkit.keys import KeyRing

KEYS = KeyRing.generate("audit", "tokens")


def canonical(obj) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def write(log, n, start=0, keys=KEYS):
    sink = JsonlSink(log, keys=keys)
    for i in range(start, start + n):
        sink.write({"kind": "reveal", "purpose": "support", "i": i, "outcome": "denied"})


def lines(log):
    return log.read_bytes().splitlines(keepends=True)


def rechain(entries, mac_key: bytes | None):
    """What a keyless attacker can do: recompute every link with a key of their own (or a hash)."""
    prev = GENESIS
    out = []
    for seq, entry in enumerate(entries):
        body = {k: v for k, v in entry.items() if k != "mac"}
        body["seq"], body["prev"] = seq, prev
        raw = canonical(body)
        mac = (
            hmac.new(mac_key, raw, "sha256").hexdigest()
            if mac_key
            else hashlib.sha256(raw).hexdigest()
        )
        body["mac"] = mac
        out.append(canonical(body) + b"\n")
        prev = mac
    return b"".join(out)


@pytest.fixture
def log(tmp_path):
    path = tmp_path / "audit.jsonl"
    write(path, 4)
    return path


def parsed(log):
    return [json.loads(x) for x in lines(log)]


class TestKeylessForgeries:
    @pytest.mark.parametrize("mac_key", [None, b"\x01" * 32, b"guess"], ids=["sha256", "k", "g"])
    def test_edit_and_rechain(self, log, mac_key):
        entries = parsed(log)
        entries[1]["event"]["outcome"] = "ok"
        log.write_bytes(rechain(entries, mac_key))
        res = verify(log, keys=KEYS)
        assert not res.ok
        assert res.first_bad_line == 1
        assert "MAC" in res.reason

    def test_append_forged_event(self, log):
        entries = parsed(log)
        forged = dict(entries[-1])
        forged["event"] = {"kind": "reveal", "purpose": "support", "outcome": "ok"}
        forged["seq"], forged["prev"] = 4, entries[-1]["mac"]
        body = {k: v for k, v in forged.items() if k != "mac"}
        forged["mac"] = hashlib.sha256(canonical(body)).hexdigest()
        log.write_bytes(log.read_bytes() + canonical(forged) + b"\n")
        res = verify(log, keys=KEYS)
        assert not res.ok
        assert res.first_bad_line == 5
        with pytest.raises(AuditError):  # and the writer refuses to extend it
            write(log, 1)

    def test_replay_a_line(self, log):
        ls = lines(log)
        log.write_bytes(b"".join([*ls, ls[1]]))
        assert not verify(log, keys=KEYS).ok

    def test_whole_log_made_with_another_key(self, log, tmp_path):
        other = tmp_path / "other.jsonl"
        write(other, 6, keys=KeyRing.generate("audit"))
        shutil.copy(other, log)
        res = verify(log, keys=KEYS)
        assert not res.ok
        assert res.first_bad_line == 1

    @pytest.mark.parametrize("kid", ["audit.v9", "tokens.v1", "audit.v1\n", "audit.v01", ""])
    def test_key_id_spoofing(self, log, kid):
        entries = parsed(log)
        entries[0]["kid"] = kid
        log.write_bytes(b"".join(canonical(e) + b"\n" for e in entries))
        assert not verify(log, keys=KEYS).ok

    def test_old_unkeyed_format(self, log):
        entries = parsed(log)
        for e in entries:
            e.pop("kid")
            e["v"] = 1
            e["hash"] = e.pop("mac")
        log.write_bytes(b"".join(canonical(e) + b"\n" for e in entries))
        assert not verify(log, keys=KEYS).ok

    @pytest.mark.parametrize(
        "mangle",
        [
            lambda b: b.replace(b",", b", ", 1),
            lambda b: b.replace(b"\n", b"\r\n", 1),
            lambda b: b"\n" + b,
            lambda b: b.replace(b'"v":2', b'"v":2,"x":1', 1),
        ],
        ids=["space", "crlf", "blank-line", "extra-field"],
    )
    def test_non_canonical_bytes(self, log, mangle):
        log.write_bytes(mangle(log.read_bytes()))
        assert not verify(log, keys=KEYS).ok


class TestTruncationAndRollback:
    def test_truncate_tail_is_caught_by_checkpoint_and_count(self, log):
        head = checkpoint(log, keys=KEYS)
        log.write_bytes(b"".join(lines(log)[:2]))
        assert verify(log, keys=KEYS).ok  # the documented limit without a checkpoint
        res = verify(log, keys=KEYS, checkpoint=head)
        assert not res.ok
        assert "shorter than the checkpoint" in res.reason
        assert not verify(log, keys=KEYS, min_count=4).ok

    def test_replace_with_shorter_valid_chain(self, log, tmp_path):
        head = checkpoint(log, keys=KEYS)
        short = tmp_path / "short.jsonl"
        write(short, 2)  # a genuine chain with the real key, but another history
        shutil.copy(short, log)
        assert verify(log, keys=KEYS).ok
        assert not verify(log, keys=KEYS, checkpoint=head).ok

    def test_rollback_to_an_old_copy(self, log, tmp_path):
        old = tmp_path / "old.jsonl"
        shutil.copy(log, old)
        write(log, 3, start=4)
        head = checkpoint(log, keys=KEYS)
        shutil.copy(old, log)
        res = verify(log, keys=KEYS, checkpoint=head)
        assert not res.ok
        assert "shorter" in res.reason

    def test_rollback_then_regrow_diverges(self, log, tmp_path):
        old = tmp_path / "old.jsonl"
        shutil.copy(log, old)
        write(log, 3, start=4)
        head = checkpoint(log, keys=KEYS)
        shutil.copy(old, log)
        write(log, 5, start=100)  # writers keep going on the rolled-back copy
        res = verify(log, keys=KEYS, checkpoint=head)
        assert not res.ok
        assert "diverges" in res.reason

    def test_checkpoint_is_keyed(self, log, tmp_path):
        head = checkpoint(log, keys=KEYS)
        assert KEYS.get("audit", 1).hex() not in head
        other, ring = tmp_path / "other.jsonl", KeyRing.generate("audit")
        write(other, 4, keys=ring)
        assert checkpoint(other, keys=ring) != head  # same count, other key: other head

    @pytest.mark.parametrize("bad", ["", "pkaudit1:x:y", "pkaudit1:4:" + "g" * 64, "4:abc"])
    def test_malformed_checkpoint_is_an_error(self, log, bad):
        from privkit.errors import ConfigError

        with pytest.raises(ConfigError):
            verify(log, keys=KEYS, checkpoint=bad)

    def test_empty_log_and_missing_head(self, log):
        head_file = log.with_name(log.name + ".head")
        head_file.unlink(missing_ok=True)
        log.write_bytes(b"")
        res = verify(log, keys=KEYS)
        assert not res.ok
        assert verify(log, keys=KEYS, allow_empty=True).ok

    def test_deleted_log(self, log):
        log.unlink()
        assert not verify(log, keys=KEYS).ok
        assert verify(log, keys=KEYS, allow_empty=True).ok


class TestCrashMidAppend:
    @pytest.mark.parametrize("cut", [1, 17, -2], ids=["1-byte", "17-bytes", "all-but-newline"])
    def test_partial_last_line_is_reported_then_recovered(self, log, cut):
        ls = lines(log)
        partial = ls[-1][:cut] if cut > 0 else ls[-1][: cut + 1]
        log.write_bytes(b"".join(ls[:-1]) + partial)  # the writer died inside os.write
        res = verify(log, keys=KEYS)
        assert not res.ok
        assert "unterminated" in res.reason
        write(log, 2, start=10)  # protection does not stop: the next write recovers
        res = verify(log, keys=KEYS)
        assert res.ok, res
        if cut < 0:  # the whole event reached the disk, only its newline did not: kept as is
            assert res.recovered == ()
            assert [e["i"] for e in read_events(log, keys=KEYS)] == [0, 1, 2, 3, 10, 11]
            return
        assert res.recovered == (4,)
        assert res.count == 3 + 1 + 2  # the good events, the recovery event, the new ones
        events = list(read_events(log, keys=KEYS))
        recovery = events[3]
        assert recovery["kind"] == "audit.recovered"
        assert recovery["damaged_bytes"] == len(partial)
        assert recovery["damaged_sha256"] == hashlib.sha256(partial).hexdigest()
        assert [e.get("i") for e in events] == [0, 1, 2, None, 10, 11]

    def test_zero_filled_tail_after_power_loss(self, log):
        log.write_bytes(log.read_bytes() + b"\x00" * 300)
        assert not verify(log, keys=KEYS).ok
        write(log, 1, start=7)
        res = verify(log, keys=KEYS)
        assert res.ok
        assert res.recovered == (5,)

    def test_crash_on_the_very_first_write(self, tmp_path):
        log = tmp_path / "a.jsonl"
        log.write_bytes(b'{"event":{"ki')
        write(log, 1)
        res = verify(log, keys=KEYS)
        assert res.ok
        assert res.recovered == (1,)
        assert res.count == 2

    def test_a_recovered_line_cannot_be_swapped(self, log):
        ls = lines(log)
        log.write_bytes(b"".join(ls[:-1]) + ls[-1][:20])
        write(log, 1, start=9)
        ls = lines(log)
        ls[3] = ls[3][:10] + b"X" * (len(ls[3]) - 11) + b"\n"  # same length, other bytes
        log.write_bytes(b"".join(ls))
        res = verify(log, keys=KEYS)
        assert not res.ok
        assert res.first_bad_line == 4

    def test_damage_in_the_middle_is_not_a_crash(self, log):
        ls = lines(log)
        ls[1] = ls[1][:30] + b"\n"
        log.write_bytes(b"".join(ls))
        res = verify(log, keys=KEYS)
        assert not res.ok
        assert res.first_bad_line == 2
        with pytest.raises(AuditError):
            list(read_events(log, keys=KEYS))

    def test_a_crash_caused_by_a_real_killed_writer(self, tmp_path):
        """A child process killed while writing leaves what it wrote; the next write recovers."""
        import multiprocessing as mp
        import os
        import signal

        log = tmp_path / "a.jsonl"
        write(log, 2)
        ctx = mp.get_context("fork")

        def half_write(path):
            # What an interrupted append leaves: a prefix of the line, then the process dies.
            fd = os.open(path, os.O_WRONLY | os.O_APPEND)
            os.write(fd, b'{"event":{"kind":"protect","purpose":"sup')
            os.kill(os.getpid(), signal.SIGKILL)

        proc = ctx.Process(target=half_write, args=(str(log),))
        proc.start()
        proc.join(30)
        assert proc.exitcode == -signal.SIGKILL
        assert not verify(log, keys=KEYS).ok
        write(log, 1, start=5)
        res = verify(log, keys=KEYS)
        assert res.ok
        assert res.recovered == (3,)

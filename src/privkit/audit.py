"""Audit trail: one event per ``protect`` run (or stream batch) and per ``reveal``, keyed chain.

An event records who (actor), why (purpose), under which rules (policy hash), what was
touched (field paths, categories, counts per transform) and, for reveals, token ids
(a SHA-256 prefix of the token). It never holds a raw value or key material.

The default sink, :class:`JsonlSink`, appends one JSON object per line. Each line carries
``seq``, ``prev`` (the MAC of the previous line), ``kid`` (the audit key version, e.g.
``audit.v2``) and ``mac``: HMAC-SHA-256, under a key derived from the ``audit`` key of the
:class:`~privkit.keys.KeyRing`, over the line's canonical JSON without ``mac``. Without the
key nobody can edit, insert, reorder or append a line that :func:`verify` accepts, and
rotating the audit key only changes ``kid`` for new lines.

What a keyless writer *can* still do is cut events off the end or swap in an older copy of
the log: both leave a valid, shorter chain. :func:`checkpoint` returns the keyed head of a
log (``count`` and last MAC) to keep somewhere else; ``verify(checkpoint=...)`` or
``min_count=`` then detects the truncation or rollback. An empty or missing log fails
verification unless ``allow_empty=True``.

A writer that crashed in the middle of an append leaves an unterminated last line. The next
write does not refuse forever: it ends that line and appends an ``audit.recovered`` event
that records the damaged bytes' length and SHA-256, chained to the last good line. Verify
reports such lines in ``recovered`` (1-based line numbers) and accepts the chain::

    >>> import tempfile, pathlib
    >>> from privkit.audit import JsonlSink, checkpoint, verify
    >>> from privkit.keys import KeyRing
    >>> keys = KeyRing.generate("audit")
    >>> log = pathlib.Path(tempfile.mkdtemp()) / "audit.jsonl"
    >>> sink = JsonlSink(log, keys=keys)
    >>> sink.write({"kind": "protect", "purpose": "support"})
    >>> sink.write({"kind": "reveal", "purpose": "support"})
    >>> cp = checkpoint(log, keys=keys)  # keep it elsewhere
    >>> verify(log, keys=keys, checkpoint=cp).ok
    True
    >>> first = log.read_bytes().splitlines(keepends=True)[0]
    >>> _ = log.write_bytes(first)  # someone cuts the last event off: still a valid chain
    >>> verify(log, keys=keys).ok, verify(log, keys=keys, checkpoint=cp).reason
    (True, 'log is shorter than the checkpoint (truncated or rolled back)')

Writers in several processes append through an exclusive ``flock`` held around
read-tail + append, so events neither interleave nor get lost.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import logging
import os
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from privkit.errors import AuditError, ConfigError, KeyNotFoundError

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping

    from privkit.keys import KeyRing

__all__ = [
    "AUDIT_KEY",
    "GENESIS",
    "AuditSink",
    "AuditSummary",
    "JsonlSink",
    "LoggingSink",
    "VerifyResult",
    "checkpoint",
    "make_event",
    "read_events",
    "summarize",
    "token_id",
    "verify",
]

#: ``prev`` of the first line of a log.
GENESIS = "0" * 64
#: Default name of the audit key in the key ring (``PRIVKIT_KEY_AUDIT``, ``audit.key``).
AUDIT_KEY = "audit"
_FORMAT = 2
_FIELDS = frozenset({"v", "seq", "prev", "kid", "event", "mac"})
_RECOVERED = "audit.recovered"
_CHECKPOINT = re.compile(r"^pkaudit1:([0-9]{1,18}):([0-9a-f]{64})$")


@runtime_checkable
class AuditSink(Protocol):
    """Where audit events go: anything with ``write(event)``."""

    def write(self, event: Mapping[str, Any], /) -> None:
        """Record one event (a JSON-serialisable mapping)."""
        ...


def _canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def _check_ring(keys: object, key: str) -> None:
    from privkit.keys import KeyRing

    if not isinstance(keys, KeyRing):
        raise ConfigError("the audit log needs keys=KeyRing holding its audit key")
    if not isinstance(key, str) or key not in keys:
        raise ConfigError(
            f"the audit log needs key {key!r} in the key ring "
            f"(PRIVKIT_KEY_{str(key).upper()}, a '{key}.key' file, or policy keys.{key})"
        )


class _Macs:
    """Chain MACs under every version of the audit key (derived once per version)."""

    def __init__(self, keys: KeyRing, key: str) -> None:
        self.keys = keys
        self.key = key
        self._derived: dict[str, bytes] = {}

    def primary_kid(self) -> str:
        return self.keys.key_id(self.key)

    def mac(self, kid: str, body: Mapping[str, Any]) -> str | None:
        """HMAC of ``body`` under ``kid``; ``None`` when ``kid`` is not a version of the key."""
        sub = self._derived.get(kid)
        if sub is None:
            from privkit.keys import parse_key_id

            try:
                name, version = parse_key_id(kid)
                if name != self.key or kid != f"{name}.v{version}":
                    return None
                sub = self.keys.derive(name, purpose="audit-chain", version=version)
            except (ConfigError, KeyNotFoundError):
                return None
            self._derived[kid] = sub
        return hmac.new(sub, _canonical(dict(body)), "sha256").hexdigest()

    def check(self, entry: Mapping[str, Any]) -> bool:
        body = {k: v for k, v in entry.items() if k != "mac"}
        want = self.mac(str(entry.get("kid")), body)
        return want is not None and hmac.compare_digest(want, str(entry.get("mac")))


def token_id(token: str, *, keys: KeyRing | None = None, key: str = AUDIT_KEY) -> str:
    """Return the id recorded for a revealed token (16 hex digits).

    With a ring holding the audit key (what the policy engine passes when it has one), the id
    is a keyed HMAC of the token: whoever reads the log cannot test a guessed token, or a raw
    value a careless caller passed instead of a token, against it. Without one it is the
    first 16 hex digits of the token's SHA-256. An auditor computes the same id with the same
    ring to find the reveals of a token.
    """
    data = token.encode("utf-8", "surrogatepass")
    if keys is not None and key in keys:
        sub = keys.derive(key, purpose="audit-token-id", version=keys.versions(key)[0])
        return hmac.new(sub, data, "sha256").hexdigest()[:16]
    return hashlib.sha256(data).hexdigest()[:16]


def make_event(
    kind: str,
    *,
    purpose: str,
    policy_hash: str,
    actor: Mapping[str, Any] | None = None,
    fields: Iterable[str] = (),
    categories: Iterable[str] = (),
    counts: Mapping[str, int] | None = None,
    records: int = 0,
    token_ids: Iterable[str] = (),
    outcome: str = "ok",
    time: dt.datetime | None = None,
) -> dict[str, Any]:
    """Build an audit event (no values, no keys: names, counts and hashes only)."""
    when = time or dt.datetime.now(dt.UTC)
    return {
        "kind": kind,
        "time": when.astimezone(dt.UTC).isoformat(timespec="microseconds"),
        "actor": dict(actor) if actor is not None else None,
        "purpose": purpose,
        "policy": policy_hash,
        "fields": sorted(set(fields)),
        "categories": sorted(set(categories)),
        "counts": dict(sorted((counts or {}).items())),
        "records": records,
        "token_ids": sorted(set(token_ids)),
        "outcome": outcome,
    }


def _tail(fd: int) -> tuple[bytes | None, bytes, int]:
    """Return ``(last complete line, unterminated fragment after it, offset of that line)``.

    A complete line ends with a newline (kept off the returned bytes). The fragment is what
    a crash in the middle of an append leaves: bytes after the last newline.
    """
    size = os.lseek(fd, 0, os.SEEK_END)
    block = 65536
    pos = size
    buf = b""
    end_of_lines: int | None = None  # offset just past the last newline
    while pos > 0:
        step = min(block, pos)
        pos -= step
        buf = os.pread(fd, step, pos) + buf
        if end_of_lines is None:
            idx = buf.rfind(b"\n")
            if idx == -1:
                continue
            end_of_lines = pos + idx + 1
        rel_end = end_of_lines - pos - 1  # index of that newline in buf
        start = buf.rfind(b"\n", 0, rel_end)
        if start != -1 or pos == 0:
            line = buf[start + 1 : rel_end]
            fragment = buf[rel_end + 1 :]
            return line, fragment, pos + start + 1
    if end_of_lines is None:
        return None, buf, 0
    return buf[: end_of_lines - 1], buf[end_of_lines:], 0  # pragma: no cover - loop returns


class JsonlSink:
    """Append-only JSON-lines audit log, chained with a keyed MAC (the default sink).

    Args:
        path: the log file; created on first write.
        keys: the key ring holding the audit key (never key material in the log: only
            its id, e.g. ``audit.v2``).
        key: the audit key's name in the ring.
        fsync: flush every event to disk before returning (slower, crash-safe).

    Raises:
        ConfigError: ``keys`` is not a KeyRing or has no ``key``.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        keys: KeyRing,
        key: str = AUDIT_KEY,
        fsync: bool = False,
    ) -> None:
        _check_ring(keys, key)
        self.path = Path(path)
        self.keys = keys
        self.key = key
        self.fsync = fsync
        self._macs = _Macs(keys, key)

    def __repr__(self) -> str:
        return f"JsonlSink({str(self.path)!r}, key={self.key!r})"

    def write(self, event: Mapping[str, Any], /) -> None:
        """Append ``event`` to the chain under an exclusive file lock.

        An unterminated last line (a writer crashed mid-append) is ended and covered by an
        ``audit.recovered`` event first; see the module documentation.

        Raises:
            AuditError: the log cannot be written, or its last complete line does not verify
                under the audit key (a tampered log is never extended).
        """
        import fcntl

        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o640)
        except OSError as exc:
            raise AuditError(f"cannot open audit log {self.path} ({exc.strerror})") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            last, fragment, _ = _tail(fd)
            seq, prev = self._continue_from(last)
            out = b""
            if fragment and self._continues(fragment, seq, prev):
                out = b"\n"  # the crash hit between the event and its newline: keep it
                entry = json.loads(fragment)
                seq, prev = seq + 1, str(entry["mac"])
            elif fragment:
                out += b"\n"
                damaged = {
                    "kind": _RECOVERED,
                    "damaged_bytes": len(fragment),
                    "damaged_sha256": hashlib.sha256(fragment).hexdigest(),
                    "time": dt.datetime.now(dt.UTC).isoformat(timespec="microseconds"),
                }
                line, prev = self._line(seq, prev, damaged)
                out += line
                seq += 1
            line, _ = self._line(seq, prev, dict(event))
            os.write(fd, out + line)
            if self.fsync:
                os.fsync(fd)
        except OSError as exc:
            raise AuditError(f"cannot write audit log {self.path} ({exc.strerror})") from None
        finally:
            os.close(fd)  # closing releases the lock

    def _continue_from(self, last: bytes | None) -> tuple[int, str]:
        if last is None:
            return 0, GENESIS
        try:
            entry = json.loads(last)
            ok = isinstance(entry, dict) and set(entry) == _FIELDS and self._macs.check(entry)
        except ValueError:
            ok = False
        if not ok:
            raise AuditError(
                f"audit log {self.path}: the last event does not verify under the audit key; "
                "run 'privkit audit verify'"
            )
        return int(entry["seq"]) + 1, str(entry["mac"])

    def _continues(self, raw: bytes, seq: int, prev: str) -> bool:
        try:
            entry = json.loads(raw)
        except ValueError:
            return False
        return (
            isinstance(entry, dict)
            and _canonical(entry) == raw
            and set(entry) == _FIELDS
            and entry["seq"] == seq
            and entry["prev"] == prev
            and self._macs.check(entry)
        )

    def _line(self, seq: int, prev: str, event: dict[str, Any]) -> tuple[bytes, str]:
        kid = self._macs.primary_kid()
        record: dict[str, Any] = {"v": _FORMAT, "seq": seq, "prev": prev, "kid": kid}
        record["event"] = event
        mac = self._macs.mac(kid, record)
        assert mac is not None  # noqa: S101 - the primary version is in the ring
        record["mac"] = mac
        return _canonical(record) + b"\n", mac


class LoggingSink:
    """Send each event as one JSON log record to a stdlib logger (no chaining).

    Args:
        logger: logger name.
        level: log level of the records.
    """

    def __init__(self, logger: str = "privkit.audit", *, level: int = logging.INFO) -> None:
        self.logger = logger
        self.level = level

    def __repr__(self) -> str:
        return f"LoggingSink({self.logger!r})"

    def write(self, event: Mapping[str, Any], /) -> None:
        """Log ``event`` as canonical JSON; the event is also attached as ``record.audit``."""
        logging.getLogger(self.logger).log(
            self.level, "%s", _canonical(dict(event)).decode(), extra={"audit": dict(event)}
        )


@dataclass(frozen=True)
class VerifyResult:
    """Outcome of :func:`verify`.

    Attributes:
        ok: the chain verifies (and meets the checkpoint / minimum count).
        count: the number of valid events (recovery events included).
        first_bad_line: 1-based line of the first failure, if any.
        reason: why it failed ('' when ok).
        recovered: 1-based lines damaged by a crashed writer and covered by a recovery event.
        head: the checkpoint of the verified events (see :func:`checkpoint`), or ``None``.
    """

    ok: bool
    count: int
    first_bad_line: int | None = None
    reason: str = ""
    recovered: tuple[int, ...] = ()
    head: str | None = None

    def __bool__(self) -> bool:
        return self.ok


def _head(count: int, mac: str) -> str:
    return f"pkaudit1:{count}:{mac}"


def verify(  # noqa: C901, PLR0911, PLR0912, PLR0915 - one early return per failure kind
    path: str | os.PathLike[str],
    *,
    keys: KeyRing,
    key: str = AUDIT_KEY,
    checkpoint: str | None = None,
    min_count: int = 0,
    allow_empty: bool = False,
) -> VerifyResult:
    """Check the keyed chain of a :class:`JsonlSink` log.

    Any edited byte, deleted, inserted, reordered or forged line breaks the chain. Events cut
    off the end (or an older copy of the log) are detected against ``checkpoint`` or
    ``min_count``; without them a shorter valid chain verifies.

    Args:
        path: the log file.
        keys: the key ring holding the audit key (every version used in the log).
        key: the audit key's name.
        checkpoint: a head from :func:`checkpoint`: the log must contain that exact event.
        min_count: the log must hold at least this many events.
        allow_empty: accept an empty or missing log (by default it fails: an emptied log
            is indistinguishable from one that was never written).

    Returns:
        ``VerifyResult``; nothing is raised for a damaged log.

    Raises:
        ConfigError: bad ``keys``/``key``, or a malformed ``checkpoint``.
    """
    _check_ring(keys, key)
    want: tuple[int, str] | None = None
    if checkpoint is not None:
        m = _CHECKPOINT.match(checkpoint.strip()) if isinstance(checkpoint, str) else None
        if m is None:
            raise ConfigError("malformed audit checkpoint (expected 'pkaudit1:<count>:<mac>')")
        want = (int(m.group(1)), m.group(2))
    macs = _Macs(keys, key)
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        data = None
    except OSError as exc:
        return VerifyResult(False, 0, None, f"cannot read log ({exc.strerror})")
    if not data:
        if allow_empty and want is None and min_count <= 0:
            return VerifyResult(True, 0)
        return VerifyResult(False, 0, None, "log is empty or missing (pass allow_empty=True)")
    lines = data.split(b"\n")
    if lines[-1] != b"":
        return VerifyResult(
            False,
            0,
            len(lines),
            "log ends with an unterminated line (crash during a write, or truncation)",
        )
    lines.pop()
    prev = GENESIS
    count = 0
    recovered: list[int] = []
    heads: dict[int, str] = {}
    damaged: tuple[int, bytes, str] | None = None  # a bad line waiting for its recovery event
    for n, raw in enumerate(lines, start=1):
        entry: Any = None
        reason = ""
        try:
            entry = json.loads(raw)
        except ValueError:
            reason = "line is not valid JSON"
        if not reason:
            if not isinstance(entry, dict) or _canonical(entry) != raw:
                reason = "line is not in canonical form"
            elif set(entry) != _FIELDS or entry["v"] != _FORMAT:
                reason = "line has unexpected fields or format"
            elif not macs.check(entry):
                reason = "MAC mismatch (line edited or forged, or its key id is not in the ring)"
            elif entry["seq"] != count or entry["prev"] != prev:
                reason = "chain broken (line missing, added or moved)"
        if reason:
            if damaged is not None:
                return VerifyResult(False, count, damaged[0], damaged[2])
            damaged = (n, raw, reason)
            continue
        if damaged is not None:
            ev = entry["event"]
            if not (
                isinstance(ev, dict)
                and ev.get("kind") == _RECOVERED
                and ev.get("damaged_bytes") == len(damaged[1])
                and ev.get("damaged_sha256") == hashlib.sha256(damaged[1]).hexdigest()
            ):
                return VerifyResult(False, count, damaged[0], damaged[2])
            recovered.append(damaged[0])
            damaged = None
        prev = entry["mac"]
        count += 1
        heads[count] = prev
    if damaged is not None:
        return VerifyResult(False, count, damaged[0], damaged[2])
    head = _head(count, prev)
    done = tuple(recovered)
    if want is not None:
        if want[0] > count:
            return VerifyResult(
                False, count, None, "log is shorter than the checkpoint (truncated or rolled back)"
            )
        if heads.get(want[0]) != want[1]:
            return VerifyResult(
                False, count, None, "log diverges from the checkpoint (replaced or rolled back)"
            )
    if count < min_count:
        return VerifyResult(
            False, count, None, f"log holds {count} events, fewer than the {min_count} expected"
        )
    return VerifyResult(True, count, None, "", done, head)


def checkpoint(path: str | os.PathLike[str], *, keys: KeyRing, key: str = AUDIT_KEY) -> str:
    """Return the keyed head of a verified log, ``pkaudit1:<count>:<mac of the last event>``.

    Keep it outside the log's reach (another system, a ticket, a signed mail); pass it back
    to :func:`verify` to detect events cut off the end or an older copy of the log. It holds
    no key material, and without the key no other log can match it.

    Raises:
        AuditError: the log does not verify (or is empty).
    """
    result = verify(path, keys=keys, key=key)
    if not result.ok or result.head is None:
        raise AuditError(f"audit log {path} does not verify: {result.reason}")
    return result.head


def read_events(
    path: str | os.PathLike[str], *, keys: KeyRing, key: str = AUDIT_KEY
) -> Iterator[dict[str, Any]]:
    """Yield the events of a log after checking its chain (damaged lines are skipped).

    Raises:
        AuditError: the chain does not verify.
    """
    result = verify(path, keys=keys, key=key, allow_empty=True)
    if not result.ok:
        raise AuditError(
            f"audit log {path} failed verification at line {result.first_bad_line}: {result.reason}"
        )
    yield from _verified_events(path, result)


def _verified_events(
    path: str | os.PathLike[str], result: VerifyResult
) -> Iterator[dict[str, Any]]:
    """The events of a log that ``result`` says verifies, damaged lines skipped."""
    skip = set(result.recovered)
    with Path(path).open("rb") as fh:
        for n, raw in enumerate(fh, start=1):
            if n not in skip:
                yield json.loads(raw)["event"]


@dataclass(frozen=True)
class AuditSummary:
    """What a verified audit log holds, counted (see :func:`summarize`).

    Attributes:
        verified: the :class:`VerifyResult` of the log the counts come from.
        events: the number of events (recovery events excluded).
        first, last: ISO times of the first and last event (``None`` for an empty log).
        rows: one ``(kind, purpose, actor, outcome, events, records)`` tuple per distinct
            combination, most events first. Names and counts only, never a value.
    """

    verified: VerifyResult
    events: int
    first: str | None
    last: str | None
    rows: tuple[tuple[str, str, str, str, int, int], ...] = ()

    HEAD = ("kind", "purpose", "actor", "outcome", "events", "records")

    def __str__(self) -> str:
        lines = [self._caption()]
        lines += ["  ".join(str(c) for c in r) for r in self.rows]
        return "\n".join(lines)

    def _caption(self) -> str:
        span = f", {self.first} .. {self.last}" if self.first else ""
        state = "verified" if self.verified.ok else f"NOT verified: {self.verified.reason}"
        return f"privkit audit log: {self.events} events{span} ({state})"

    def _repr_html_(self) -> str:
        from privkit._html import table

        warnings = [] if self.verified.ok else [f"chain does not verify: {self.verified.reason}"]
        if self.verified.recovered:
            warnings.append(f"lines damaged by a crashed writer: {list(self.verified.recovered)}")
        return table(self._caption(), self.HEAD, self.rows, warnings=warnings)

    def to_pandas(self) -> Any:
        """Return one row per (kind, purpose, actor, outcome)."""
        import pandas as pd

        return pd.DataFrame(list(self.rows), columns=list(self.HEAD))


def summarize(path: str | os.PathLike[str], *, keys: KeyRing, key: str = AUDIT_KEY) -> AuditSummary:
    """Verify a log and count its events per kind, purpose, actor and outcome.

    Renders as a table in notebooks. A log that does not verify is not counted: the summary
    says so (``verified.ok`` is false) instead of counting events nobody can vouch for.

    >>> import tempfile, pathlib
    >>> from privkit.keys import KeyRing
    >>> keys = KeyRing.generate("audit")
    >>> log = pathlib.Path(tempfile.mkdtemp()) / "audit.jsonl"
    >>> sink = JsonlSink(log, keys=keys)
    >>> for outcome in ("ok", "ok", "denied"):
    ...     sink.write(make_event("reveal", purpose="support", policy_hash="p",
    ...                           actor={"name": "ana"}, outcome=outcome))
    >>> s = summarize(log, keys=keys)
    >>> s.events, s.rows
    (3, (('reveal', 'support', 'ana', 'ok', 2, 0), ('reveal', 'support', 'ana', 'denied', 1, 0)))
    """
    result = verify(path, keys=keys, key=key, allow_empty=True)
    if not result.ok or result.count == 0:  # nothing anyone can vouch for, or nothing at all
        return AuditSummary(verified=result, events=0, first=None, last=None)
    counts: Counter[tuple[str, str, str, str]] = Counter()
    records: Counter[tuple[str, str, str, str]] = Counter()
    times: list[str] = []
    for event in _verified_events(path, result):  # verified once, above
        if event.get("kind") == _RECOVERED:
            continue
        actor = event.get("actor") or {}
        name = actor.get("name", "") if isinstance(actor, dict) else ""
        k = (
            str(event.get("kind", "")),
            str(event.get("purpose", "")),
            str(name or ""),
            str(event.get("outcome", "")),
        )
        counts[k] += 1
        records[k] += int(event.get("records") or 0)
        if isinstance(event.get("time"), str):
            times.append(event["time"])
    rows = tuple((*k, n, records[k]) for k, n in counts.most_common())
    return AuditSummary(
        verified=result,
        events=sum(counts.values()),
        first=min(times) if times else None,
        last=max(times) if times else None,
        rows=rows,
    )

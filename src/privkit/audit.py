"""Audit trail: one event per ``protect`` run and per ``reveal``, hash-chained on disk.

An event records who (actor), why (purpose), under which rules (policy hash), what was
touched (field paths, categories, counts per transform) and, for reveals, token ids
(a SHA-256 prefix of the token). It never holds a raw value or key material.

The default sink, :class:`JsonlSink`, appends one JSON object per line. Each line
carries ``prev`` (the hash of the previous line) and ``hash`` (SHA-256 over its own
canonical JSON without ``hash``); a small ``<log>.head`` file holds the hash of the last
line, so truncation is detected too. :func:`verify` recomputes the chain::

    >>> import tempfile, pathlib
    >>> from privkit.audit import JsonlSink, verify
    >>> log = pathlib.Path(tempfile.mkdtemp()) / "audit.jsonl"
    >>> sink = JsonlSink(log)
    >>> sink.write({"kind": "protect", "purpose": "support"})
    >>> sink.write({"kind": "reveal", "purpose": "support"})
    >>> verify(log)
    VerifyResult(ok=True, count=2, first_bad_line=None, reason='')

Writers in several processes append through an exclusive ``flock`` held around
read-last-hash + append + head update, so events neither interleave nor get lost.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from privkit.errors import AuditError

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping

__all__ = [
    "GENESIS",
    "AuditSink",
    "JsonlSink",
    "LoggingSink",
    "VerifyResult",
    "make_event",
    "read_events",
    "token_id",
    "verify",
]

#: ``prev`` of the first line of a log.
GENESIS = "0" * 64
_FORMAT = 1


@runtime_checkable
class AuditSink(Protocol):
    """Where audit events go: anything with ``write(event)``."""

    def write(self, event: Mapping[str, Any], /) -> None:
        """Record one event (a JSON-serialisable mapping)."""
        ...


def _canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def _entry_hash(entry: Mapping[str, Any]) -> str:
    body = {k: v for k, v in entry.items() if k != "hash"}
    return hashlib.sha256(_canonical(body)).hexdigest()


def token_id(token: str) -> str:
    """Return the id recorded for a revealed token: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()[:16]


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


def _head_path(path: Path) -> Path:
    return path.with_name(path.name + ".head")


def _last_line(fd: int) -> bytes | None:
    size = os.lseek(fd, 0, os.SEEK_END)
    if size == 0:
        return None
    block = 4096
    pos = size
    buf = b""
    while pos > 0:
        step = min(block, pos)
        pos -= step
        buf = os.pread(fd, step, pos) + buf
        idx = buf.rfind(b"\n", 0, len(buf) - 1)
        if idx != -1:
            return buf[idx + 1 :]
    return buf


class JsonlSink:
    """Append-only, hash-chained JSON-lines audit log (the default sink).

    Args:
        path: the log file; created (with its ``.head`` file) on first write.
        fsync: flush every event to disk before returning (slower, crash-safe).
    """

    def __init__(self, path: str | os.PathLike[str], *, fsync: bool = False) -> None:
        self.path = Path(path)
        self.fsync = fsync

    def __repr__(self) -> str:
        return f"JsonlSink({str(self.path)!r})"

    def write(self, event: Mapping[str, Any], /) -> None:
        """Append ``event`` to the chain under an exclusive file lock.

        Raises:
            AuditError: the log cannot be written, or its last line is not a valid entry
                (a damaged log is never extended silently).
        """
        import fcntl

        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o640)
        except OSError as exc:
            raise AuditError(f"cannot open audit log {self.path} ({exc.strerror})") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            last = _last_line(fd)
            if last is None:
                seq, prev = 0, GENESIS
            else:
                try:
                    entry = json.loads(last)
                    seq, prev = int(entry["seq"]) + 1, str(entry["hash"])
                except (ValueError, KeyError, TypeError):
                    raise AuditError(
                        f"audit log {self.path}: last line is damaged; run verify"
                    ) from None
            record = {"v": _FORMAT, "seq": seq, "prev": prev, "event": dict(event)}
            record["hash"] = _entry_hash(record)
            line = _canonical(record) + b"\n"
            os.write(fd, line)
            if self.fsync:
                os.fsync(fd)
            head = _head_path(self.path)
            tmp = head.with_name(f"{head.name}.{os.getpid()}.tmp")
            tmp.write_bytes(_canonical({"seq": seq, "hash": record["hash"]}) + b"\n")
            tmp.replace(head)
        except OSError as exc:
            raise AuditError(f"cannot write audit log {self.path} ({exc.strerror})") from None
        finally:
            os.close(fd)  # closing releases the lock


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
    """Outcome of :func:`verify`: ``ok``, the number of valid events, the first bad line."""

    ok: bool
    count: int
    first_bad_line: int | None = None
    reason: str = ""

    def __bool__(self) -> bool:
        return self.ok


def verify(  # noqa: C901, PLR0911, PLR0912 - one early return per failure kind
    path: str | os.PathLike[str], *, require_head: bool = True
) -> VerifyResult:
    """Check the hash chain of a :class:`JsonlSink` log.

    Any edited byte, deleted, inserted or reordered line breaks the chain; a truncated
    tail no longer matches the ``.head`` file.

    Args:
        path: the log file.
        require_head: fail when the ``.head`` file is missing (truncation would be
            undetectable without it).

    Returns:
        ``VerifyResult(ok, count, first_bad_line, reason)``; ``first_bad_line`` is
        1-based. Nothing is raised for a damaged log.
    """
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        return VerifyResult(False, 0, None, f"cannot read log ({exc.strerror})")
    prev = GENESIS
    count = 0
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    elif data:
        return VerifyResult(False, 0, len(lines), "log does not end with a newline")
    for n, raw in enumerate(lines, start=1):
        try:
            entry = json.loads(raw)
        except ValueError:
            return VerifyResult(False, count, n, "line is not valid JSON")
        if not isinstance(entry, dict) or _canonical(entry) != raw:
            return VerifyResult(False, count, n, "line is not in canonical form")
        if set(entry) != {"v", "seq", "prev", "event", "hash"}:
            return VerifyResult(False, count, n, "line has unexpected fields")
        if entry["seq"] != count or entry["prev"] != prev:
            return VerifyResult(False, count, n, "chain broken (line missing, added or moved)")
        if _entry_hash(entry) != entry["hash"]:
            return VerifyResult(False, count, n, "hash mismatch (line edited)")
        prev = entry["hash"]
        count += 1
    head = _head_path(p)
    try:
        head_raw = head.read_bytes()
    except FileNotFoundError:
        if require_head and count:
            return VerifyResult(False, count, None, "head file missing")
        return VerifyResult(True, count)
    try:
        h = json.loads(head_raw)
        ok = h["seq"] == count - 1 and h["hash"] == prev
    except (ValueError, KeyError, TypeError):
        ok = False
    if not ok:
        return VerifyResult(False, count, count + 1 if count else 1, "log truncated or head edited")
    return VerifyResult(True, count)


def read_events(path: str | os.PathLike[str]) -> Iterator[dict[str, Any]]:
    """Yield the events of a log (after checking the chain).

    Raises:
        AuditError: the chain does not verify.
    """
    result = verify(path)
    if not result.ok:
        raise AuditError(
            f"audit log {path} failed verification at line {result.first_bad_line}: {result.reason}"
        )
    with Path(path).open("rb") as fh:
        for raw in fh:
            yield json.loads(raw)["event"]

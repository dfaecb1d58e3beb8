"""Durable stores for the token vault and per-subject keys: SQLite (default) and PostgreSQL.

A store holds opaque rows only: tokens, keyed fingerprints, AEAD ciphertexts and wrapped
keys. It never sees a plaintext value or an unwrapped key. Each write batch is one
transaction, so a crash never leaves a token without its mapping.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from privkit.errors import ConfigError, MissingDependencyError

# SQL here is built from fixed fragments and placeholder lists only; values are parameters.
# ruff: noqa: S608

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

__all__ = ["PostgresStore", "SQLiteStore", "Store", "VaultRow", "open_store"]

#: ``(token, fingerprint or None, key id, ciphertext, subject hash or None, expires_at or None)``
VaultRow = tuple[str, bytes | None, str, bytes, bytes | None, float | None]
#: ``(key id, ciphertext, subject hash or None, expires_at or None)``
VaultEntry = tuple[str, bytes, bytes | None, float | None]
#: ``(key id or None, wrapped key or None, forgotten)``
SubjectRow = tuple[str | None, bytes | None, bool]

_CHUNK = 500
_PROBE = 64  # fingerprints looked up before a batch is inserted without a full lookup
_PG_RETRIES = 5


def _fingerprint(row: VaultRow) -> bytes:
    return row[1] or b""


@runtime_checkable
class Store(Protocol):
    """What the vault and :class:`~privkit.keys.SubjectKeys` need from a durable store."""

    def vault_put(
        self, namespace: str, rows: Sequence[VaultRow], *, now: float, convergent: bool
    ) -> list[str]:
        """Insert rows in one transaction; return the token of each row.

        On a convergent fingerprint match the existing token is returned.
        """
        ...

    def vault_get(self, namespace: str, tokens: Sequence[str]) -> dict[str, VaultEntry]:
        """Return the entries of the tokens that exist."""
        ...

    def vault_find(
        self, namespace: str, fingerprints: Sequence[bytes], *, now: float
    ) -> dict[bytes, str]:
        """Return the unexpired tokens of the fingerprints that exist."""
        ...

    def vault_delete(self, namespace: str, tokens: Sequence[str]) -> int:
        """Delete tokens; return how many existed."""
        ...

    def vault_purge(self, namespace: str, *, now: float) -> int:
        """Delete expired rows; return how many."""
        ...

    def vault_scan(self, namespace: str, *, after: str, limit: int) -> list[tuple[str, str]]:
        """Return ``(token, key id)`` pairs after ``after`` in token order."""
        ...

    def vault_update(self, namespace: str, rows: Sequence[tuple[str, str, bytes]]) -> None:
        """Replace ``(token, key id, ciphertext)`` of existing rows in one transaction."""
        ...

    def subject_get(self, subject: bytes) -> SubjectRow | None:
        """Return the stored row of a subject hash, or ``None``."""
        ...

    def subject_put(self, subject: bytes, kid: str, wrapped: bytes) -> SubjectRow:
        """Insert a wrapped subject key unless one exists; return the stored row."""
        ...

    def subject_forget(self, subject: bytes, *, now: float) -> bool:
        """Destroy a subject's key, leaving a tombstone; return whether a key existed."""
        ...


_SCHEMA = [
    """CREATE TABLE IF NOT EXISTS privkit_vault (
        namespace TEXT NOT NULL,
        token TEXT NOT NULL,
        fingerprint {blob},
        kid TEXT NOT NULL,
        ciphertext {blob} NOT NULL,
        subject {blob},
        expires_at DOUBLE PRECISION,
        PRIMARY KEY (namespace, token))""",
    # fingerprint first: SQLite has no statistics and would otherwise scan a namespace
    """CREATE UNIQUE INDEX IF NOT EXISTS privkit_vault_fp
        ON privkit_vault (fingerprint, namespace)""",
    """CREATE INDEX IF NOT EXISTS privkit_vault_subject
        ON privkit_vault (subject) WHERE subject IS NOT NULL""",
    """CREATE TABLE IF NOT EXISTS privkit_subjects (
        subject {blob} PRIMARY KEY,
        kid TEXT,
        wrapped {blob},
        forgotten_at DOUBLE PRECISION)""",
]


class _SQLStore:
    """SQL shared by both stores; subclasses provide ``_tx()`` and the ``IN`` spelling."""

    _ph = "?"
    _serialised_writers = False
    _fp_hint = ""  # SQLite has no statistics: it is told to use the fingerprint index
    _local: threading.local
    _conns: list[Any]

    def _remember(self, conn: Any) -> None:
        self._local.conn, self._local.pid = conn, os.getpid()
        self._conns.append((os.getpid(), conn))

    def close(self) -> None:
        """Close every connection this store opened in this process (they reopen on use)."""
        conns, self._conns = self._conns, []
        for pid, conn in conns:
            if pid == os.getpid():  # never close a parent's connection from a forked child
                with contextlib.suppress(Exception):
                    conn.close()
        self._local = threading.local()

    def __del__(self) -> None:  # at interpreter shutdown, module globals may be gone
        try:  # noqa: SIM105
            self.close()
        except Exception:  # noqa: BLE001, S110
            pass

    @contextlib.contextmanager
    def _tx(self) -> Iterator[Any]:
        raise NotImplementedError

    def _in(self, n: int) -> str:
        return "(" + ",".join([self._ph] * n) + ")"

    def _q(self, sql: str) -> str:
        return sql.replace("?", self._ph)

    def _insert(self, cur: Any, namespace: str, rows: Sequence[VaultRow]) -> None:
        cur.executemany(
            self._q(
                "INSERT INTO privkit_vault (namespace, token, fingerprint, kid, ciphertext,"
                " subject, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (namespace, fingerprint) DO NOTHING"
            ),
            [(namespace, *r) for r in rows],
        )

    def _select_fps(
        self, cur: Any, namespace: str, fps: Sequence[bytes], now: float | None
    ) -> dict[bytes, tuple[str, float | None]]:
        """Return ``fingerprint -> (token, expires_at)``; unexpired at ``now`` unless None."""
        found: dict[bytes, tuple[str, float | None]] = {}
        live = self._q(" AND (expires_at IS NULL OR expires_at > ?)") if now is not None else ""
        for i in range(0, len(fps), _CHUNK):
            part = list(fps[i : i + _CHUNK])
            cur.execute(
                self._q(
                    "SELECT fingerprint, token, expires_at FROM privkit_vault"
                    + self._fp_hint
                    + " WHERE namespace = ? AND fingerprint IN "
                )
                + self._in(len(part))
                + live,
                [namespace, *part] + ([now] if now is not None else []),
            )
            found.update((bytes(fp), (tok, exp)) for fp, tok, exp in cur.fetchall())
        return found

    def _put_all_new(self, cur: Any, namespace: str, rows: Sequence[VaultRow]) -> bool:
        """Insert ``rows`` if none of their fingerprints is stored yet; return whether it did.

        Only for serialised writers (SQLite: nobody else writes during the transaction).
        A batch of new values then costs its inserts only, not a lookup of every fingerprint
        first. An evenly spaced probe of ``_PROBE`` fingerprints is looked up first, so a
        batch of mostly known values goes straight to the general path. Then the whole
        batch is inserted under a savepoint with ``ON CONFLICT DO NOTHING`` and kept only if
        every row went in; if any fingerprint was already stored (live or expired), the
        savepoint is rolled back and the caller takes the general path, which returns the
        stored tokens and replaces expired ones. Rolled back or not, the rows that stay are
        exactly those the general path would insert.
        """
        fps = [r[1] for r in rows]
        if None in fps or len(set(fps)) != len(fps):
            return False
        probe = fps[:: max(1, len(fps) // _PROBE)]
        if self._select_fps(cur, namespace, probe, None):  # type: ignore[arg-type]
            return False
        cur.execute("SAVEPOINT privkit_put")
        try:
            self._insert(cur, namespace, sorted(rows, key=_fingerprint))
            inserted = cur.rowcount
        except BaseException:
            cur.execute("ROLLBACK TO privkit_put")
            cur.execute("RELEASE privkit_put")
            raise
        if inserted != len(rows):
            cur.execute("ROLLBACK TO privkit_put")
        cur.execute("RELEASE privkit_put")
        return bool(inserted == len(rows))

    def vault_put(
        self, namespace: str, rows: Sequence[VaultRow], *, now: float, convergent: bool
    ) -> list[str]:
        if not rows:
            return []
        with self._tx() as cur:
            if not convergent:
                self._insert(cur, namespace, rows)
                return [r[0] for r in rows]
            if self._serialised_writers and self._put_all_new(cur, namespace, rows):
                return [r[0] for r in rows]
            fps = [r[1] for r in rows if r[1] is not None]
            found = self._select_fps(cur, namespace, fps, None)
            expired = [fp for fp, (_, exp) in found.items() if exp is not None and exp <= now]
            for i in range(0, len(expired), _CHUNK):  # expired entries give way to new tokens
                part = expired[i : i + _CHUNK]
                cur.execute(
                    self._q(
                        f"DELETE FROM privkit_vault{self._fp_hint}"
                        " WHERE namespace = ? AND fingerprint IN "
                    )
                    + self._in(len(part)),
                    [namespace, *part],
                )
            tokens = {fp: tok for fp, (tok, exp) in found.items() if exp is None or exp > now}
            # Insert in fingerprint order: concurrent writers then take the unique-index locks
            # in the same order and cannot deadlock on overlapping batches.
            new = sorted((r for r in rows if r[1] not in tokens), key=_fingerprint)
            if new:
                self._insert(cur, namespace, new)
                if self._serialised_writers:  # nobody else can have inserted meanwhile
                    tokens.update((r[1], r[0]) for r in new if r[1] is not None)
                else:  # concurrent writers: read back whichever token won
                    again = self._select_fps(cur, namespace, [r[1] for r in new if r[1]], None)
                    tokens.update((fp, tok) for fp, (tok, _) in again.items())
            return [tokens[r[1]] if r[1] is not None else r[0] for r in rows]

    def vault_get(self, namespace: str, tokens: Sequence[str]) -> dict[str, VaultEntry]:
        out: dict[str, VaultEntry] = {}
        with self._tx() as cur:
            for i in range(0, len(tokens), _CHUNK):
                part = list(tokens[i : i + _CHUNK])
                cur.execute(
                    self._q(
                        "SELECT token, kid, ciphertext, subject, expires_at FROM privkit_vault"
                        " WHERE namespace = ? AND token IN "
                    )
                    + self._in(len(part)),
                    [namespace, *part],
                )
                for tok, kid, ct, subj, exp in cur.fetchall():
                    out[tok] = (kid, bytes(ct), bytes(subj) if subj is not None else None, exp)
        return out

    def vault_find(
        self, namespace: str, fingerprints: Sequence[bytes], *, now: float
    ) -> dict[bytes, str]:
        with self._tx() as cur:
            found = self._select_fps(cur, namespace, fingerprints, now)
        return {fp: tok for fp, (tok, _) in found.items()}

    def vault_delete(self, namespace: str, tokens: Sequence[str]) -> int:
        n = 0
        with self._tx() as cur:
            for i in range(0, len(tokens), _CHUNK):
                part = list(tokens[i : i + _CHUNK])
                cur.execute(
                    self._q("DELETE FROM privkit_vault WHERE namespace = ? AND token IN ")
                    + self._in(len(part)),
                    [namespace, *part],
                )
                n += max(cur.rowcount, 0)
        return n

    def vault_purge(self, namespace: str, *, now: float) -> int:
        with self._tx() as cur:
            cur.execute(
                self._q("DELETE FROM privkit_vault WHERE namespace = ? AND expires_at <= ?"),
                [namespace, now],
            )
            return int(max(cur.rowcount, 0))

    def vault_scan(self, namespace: str, *, after: str, limit: int) -> list[tuple[str, str]]:
        with self._tx() as cur:
            cur.execute(
                self._q(
                    "SELECT token, kid FROM privkit_vault WHERE namespace = ? AND token > ?"
                    " ORDER BY token LIMIT ?"
                ),
                [namespace, after, limit],
            )
            return [(t, k) for t, k in cur.fetchall()]

    def vault_update(self, namespace: str, rows: Sequence[tuple[str, str, bytes]]) -> None:
        with self._tx() as cur:
            cur.executemany(
                self._q(
                    "UPDATE privkit_vault SET kid = ?, ciphertext = ?"
                    " WHERE namespace = ? AND token = ?"
                ),
                [(kid, ct, namespace, tok) for tok, kid, ct in rows],
            )

    def subject_get(self, subject: bytes) -> SubjectRow | None:
        with self._tx() as cur:
            cur.execute(
                self._q(
                    "SELECT kid, wrapped, forgotten_at FROM privkit_subjects WHERE subject = ?"
                ),
                [subject],
            )
            row = cur.fetchone()
        if row is None:
            return None
        return (row[0], bytes(row[1]) if row[1] is not None else None, row[2] is not None)

    def subject_put(self, subject: bytes, kid: str, wrapped: bytes) -> SubjectRow:
        with self._tx() as cur:
            cur.execute(
                self._q(
                    "INSERT INTO privkit_subjects (subject, kid, wrapped) VALUES (?, ?, ?)"
                    " ON CONFLICT (subject) DO NOTHING"
                ),
                [subject, kid, wrapped],
            )
            cur.execute(
                self._q(
                    "SELECT kid, wrapped, forgotten_at FROM privkit_subjects WHERE subject = ?"
                ),
                [subject],
            )
            row = cur.fetchone()
        return (row[0], bytes(row[1]) if row[1] is not None else None, row[2] is not None)

    def subject_forget(self, subject: bytes, *, now: float) -> bool:
        with self._tx() as cur:
            cur.execute(
                self._q(
                    "UPDATE privkit_subjects SET kid = NULL, wrapped = NULL, forgotten_at = ?"
                    " WHERE subject = ? AND forgotten_at IS NULL"
                ),
                [now, subject],
            )
            existed = bool(cur.rowcount > 0)
            cur.execute(
                self._q(
                    "INSERT INTO privkit_subjects (subject, forgotten_at) VALUES (?, ?)"
                    " ON CONFLICT (subject) DO NOTHING"
                ),
                [subject, now],
            )
        return existed


class SQLiteStore(_SQLStore):
    """A store in one SQLite file (WAL mode): the embedded default.

    Safe for several processes on one machine (writers serialise on ``BEGIN IMMEDIATE``).
    The connection opens on first use, per thread and per process; the store pickles as its
    path.

    Args:
        path: database file (created on first use).
        timeout: seconds a writer waits for the lock.
        synchronous: SQLite ``synchronous`` pragma (``"FULL"`` survives power loss).
    """

    _serialised_writers = True  # BEGIN IMMEDIATE: one writer at a time
    _fp_hint = " INDEXED BY privkit_vault_fp"

    def __init__(
        self, path: str | os.PathLike[str], *, timeout: float = 60.0, synchronous: str = "FULL"
    ) -> None:
        if synchronous.upper() not in ("OFF", "NORMAL", "FULL", "EXTRA"):
            raise ConfigError("sqlite store: synchronous must be OFF, NORMAL, FULL or EXTRA")
        self.path = Path(path)
        self.timeout = float(timeout)
        self.synchronous = synchronous.upper()
        self._local = threading.local()
        self._conns = []

    def __repr__(self) -> str:
        return f"SQLiteStore({str(self.path)!r})"

    def __getstate__(self) -> dict[str, Any]:
        return {"path": self.path, "timeout": self.timeout, "synchronous": self.synchronous}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._local = threading.local()
        self._conns = []

    def _conn(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None and self._local.pid == os.getpid():
            return conn
        conn = sqlite3.connect(
            self.path, timeout=self.timeout, isolation_level=None, check_same_thread=False
        )
        _wal(conn, self.timeout)
        conn.execute(f"PRAGMA synchronous={self.synchronous}")
        conn.execute("PRAGMA cache_size=-65536")  # 64 MiB: random-key B-trees need it
        conn.execute("BEGIN IMMEDIATE")
        try:
            for stmt in _SCHEMA:
                conn.execute(stmt.format(blob="BLOB"))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            conn.close()
            raise
        self._remember(conn)
        return conn

    @contextlib.contextmanager
    def _tx(self) -> Iterator[Any]:
        conn = self._conn()
        cur = conn.cursor()
        cur.execute("BEGIN IMMEDIATE")
        try:
            yield cur
        except BaseException:
            cur.execute("ROLLBACK")
            raise
        cur.execute("COMMIT")


class PostgresStore(_SQLStore):
    """A store in PostgreSQL (psycopg 3) for many concurrent writers.

    Convergent writers race safely: the unique constraint on ``(namespace, fingerprint)``
    with ``ON CONFLICT DO NOTHING`` makes every writer end up with the same token.

    Args:
        dsn: libpq connection string or URL (``postgresql://...``).
    """

    _ph = "%s"

    def __init__(self, dsn: str) -> None:
        if not isinstance(dsn, str) or not dsn:
            raise ConfigError("postgres store: dsn must be a non-empty string")
        self.dsn = dsn
        self._local = threading.local()
        self._conns = []

    def __repr__(self) -> str:
        return "PostgresStore(<dsn>)"  # a DSN may hold a password

    def __getstate__(self) -> dict[str, Any]:
        return {"dsn": self.dsn}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.dsn = state["dsn"]
        self._local = threading.local()
        self._conns = []

    def _conn(self) -> Any:
        conn = getattr(self._local, "conn", None)
        if conn is not None and self._local.pid == os.getpid() and not conn.closed:
            return conn
        try:
            import psycopg
        except ImportError as exc:
            raise MissingDependencyError("PostgresStore", extra="postgres") from exc
        conn = psycopg.connect(self.dsn, autocommit=True)
        with conn.transaction(), conn.cursor() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(7170726976)")  # serialise schema creation
            for stmt in _SCHEMA:
                cur.execute(stmt.format(blob="BYTEA"))
        self._remember(conn)
        return conn

    @contextlib.contextmanager
    def _tx(self) -> Iterator[Any]:
        conn = self._conn()
        with conn.transaction(), conn.cursor() as cur:
            yield cur

    def vault_put(
        self, namespace: str, rows: Sequence[VaultRow], *, now: float, convergent: bool
    ) -> list[str]:
        import psycopg

        for attempt in range(_PG_RETRIES):  # a deadlock or serialisation failure rolls back
            try:
                return super().vault_put(namespace, rows, now=now, convergent=convergent)
            except (psycopg.errors.DeadlockDetected, psycopg.errors.SerializationFailure):
                if attempt == _PG_RETRIES - 1:
                    raise
        raise AssertionError  # pragma: no cover - the loop returns or raises

    def _insert(self, cur: Any, namespace: str, rows: Sequence[VaultRow]) -> None:
        cols = list(zip(*rows, strict=True))
        cur.execute(
            "INSERT INTO privkit_vault (namespace, token, fingerprint, kid, ciphertext, subject,"
            " expires_at) SELECT %s, r.t, r.f, r.k, r.c, r.s, r.e FROM unnest(%s::text[],"
            " %s::bytea[], %s::text[], %s::bytea[], %s::bytea[], %s::float8[])"
            " WITH ORDINALITY AS r(t, f, k, c, s, e, n) ORDER BY r.n"  # keep the sorted order
            " ON CONFLICT (namespace, fingerprint) DO NOTHING",
            [namespace, *(list(c) for c in cols)],
        )

    def _select_fps(
        self, cur: Any, namespace: str, fps: Sequence[bytes], now: float | None
    ) -> dict[bytes, tuple[str, float | None]]:
        live = " AND (expires_at IS NULL OR expires_at > %s)" if now is not None else ""
        cur.execute(
            "SELECT fingerprint, token, expires_at FROM privkit_vault WHERE namespace = %s"
            " AND fingerprint = ANY(%s::bytea[])" + live,
            [namespace, list(fps)] + ([now] if now is not None else []),
        )
        return {bytes(fp): (tok, exp) for fp, tok, exp in cur.fetchall()}


def open_store(spec: Store | str | os.PathLike[str]) -> Store:
    """Return a store for ``spec``; nothing is opened until first use.

    A store is returned as is, a ``postgresql://`` URL gives :class:`PostgresStore`, and
    anything else is a SQLite file path.
    """
    if isinstance(spec, Store):
        return spec
    if isinstance(spec, str) and spec.startswith(("postgresql://", "postgres://")):
        return PostgresStore(spec)
    if isinstance(spec, str | os.PathLike):
        text = os.fspath(spec)
        return SQLiteStore(
            text.removeprefix("sqlite:///") if text.startswith("sqlite:///") else text
        )
    raise ConfigError("store must be a Store, a SQLite path or a postgresql:// URL")


def _wal(conn: sqlite3.Connection, timeout: float) -> None:
    """Switch ``conn``'s database to WAL, waiting out other processes doing the same.

    Changing the journal mode takes an exclusive lock and SQLite can answer "database is
    locked" at once, without its busy handler, when another connection holds one: retry
    until ``timeout``.
    """
    deadline = time.monotonic() + timeout
    pause = 0.005
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                conn.close()
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.2)
        else:
            return

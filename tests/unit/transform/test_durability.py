"""Vault durability with real processes: concurrent writers converge, SIGKILL loses nothing."""

from __future__ import annotations

import base64
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from privkit.keys import KeyRing
from privkit.transform import PostgresStore, SQLiteStore, VaultTokenize

WRITER = """
import json, os, random, sys, time
from privkit.keys import KeyRing
from privkit.transform import VaultTokenize
store, namespace, n, seed, go = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
v = VaultTokenize(keys=KeyRing.from_env(), key="vault", store=store, namespace=namespace)
values = [f"user{i}@example.com" for i in range(n)]
random.Random(seed).shuffle(values)
while not os.path.exists(go):
    time.sleep(0.005)
out = {}
for i in range(0, n, 150):
    batch = values[i : i + 150]
    out.update(zip(batch, v.tokenize_many(batch)))
print(json.dumps(out))
"""

LOOPER = """
import json, sys
from privkit.keys import KeyRing
from privkit.transform import VaultTokenize
v = VaultTokenize(keys=KeyRing.from_env(), key="vault", store=sys.argv[1], namespace=sys.argv[2])
for b in range(100000):
    values = [f"batch{b}-value{j}" for j in range(300)]
    tokens = v.tokenize_many(values)
    print(json.dumps(dict(zip(values, tokens))), flush=True)
"""


@pytest.fixture(params=["sqlite", "postgres"])
def target(request, tmp_path, pg_namespace):
    """(store spec for the child, store for the parent, row counter)."""
    if request.param == "sqlite":
        path = str(tmp_path / "vault.db")
        store = SQLiteStore(path)

        def count() -> int:
            with sqlite3.connect(path) as conn:
                return conn.execute(
                    "SELECT count(*) FROM privkit_vault WHERE namespace = ?", [pg_namespace]
                ).fetchone()[0]

        yield path, store, count
    else:
        import psycopg

        dsn = request.getfixturevalue("postgres_dsn")
        store = PostgresStore(dsn)

        def count() -> int:
            with psycopg.connect(dsn) as conn:
                return conn.execute(
                    "SELECT count(*) FROM privkit_vault WHERE namespace = %s", [pg_namespace]
                ).fetchone()[0]

        yield dsn, store, count
    store.close()


@pytest.fixture
def ring_env():
    ring = KeyRing.generate("vault")
    env = dict(os.environ)
    env["PRIVKIT_KEY_VAULT"] = base64.b64encode(ring.get("vault", 1)).decode()
    return ring, env


def test_two_writers_converge(target, ring_env, pg_namespace, tmp_path):
    spec, store, count = target
    ring, env = ring_env
    go = tmp_path / "go"
    n = 1500
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, spec, pg_namespace, str(n), str(seed), str(go)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            text=True,
        )
        for seed in (1, 2)
    ]
    time.sleep(0.3)
    go.touch()
    outputs = []
    try:
        outputs = [p.communicate(timeout=120) for p in procs]
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
                p.communicate()
    results = []
    for p, (out, err) in zip(procs, outputs, strict=True):
        assert p.returncode == 0, err[-2000:]
        results.append(json.loads(out))
    assert results[0] == results[1]  # one token per value, whichever writer won
    assert len(results[0]) == n
    assert len(set(results[0].values())) == n
    assert count() == n  # nothing lost, nothing duplicated
    v = VaultTokenize(keys=ring, key="vault", store=store, namespace=pg_namespace)
    values = sorted(results[0])
    assert v.reveal_many([results[0][x] for x in values]) == values


def test_sigkill_mid_batch_leaves_no_orphan(target, ring_env, pg_namespace):
    spec, store, count = target
    ring, env = ring_env
    p = subprocess.Popen(
        [sys.executable, "-c", LOOPER, spec, pg_namespace],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    committed: dict[str, str] = {}
    try:
        for _ in range(4):  # let a few batches commit, then kill during the next one
            line = p.stdout.readline()
            assert line, p.stderr.read()[-2000:]
            committed.update(json.loads(line))
    finally:
        time.sleep(random.uniform(0, 0.03))  # land anywhere in the next batch
        os.kill(p.pid, signal.SIGKILL)
        p.wait(timeout=30)
        p.stdout.close()
        p.stderr.close()
    assert p.returncode == -signal.SIGKILL
    rows = count()
    assert rows % 300 == 0  # a batch is all or nothing
    assert rows >= len(committed)
    v = VaultTokenize(keys=ring, key="vault", store=store, namespace=pg_namespace)
    # every token handed out has its mapping ...
    values = sorted(committed)
    assert v.reveal_many([committed[x] for x in values]) == values
    # ... and every stored row decrypts (no token without a valid mapping)
    tokens = [t for t, _ in store.vault_scan(pg_namespace, after="", limit=1_000_000)]
    assert len(tokens) == rows
    revealed = v.reveal_many(tokens)
    assert all(x.startswith("batch") for x in revealed)


def _open_fresh(path: str, start: float) -> str | None:
    while time.time() < start:
        pass
    try:
        SQLiteStore(path)._conn()  # the first open switches the file to WAL
    except sqlite3.OperationalError as exc:
        return str(exc)
    return None


def test_processes_opening_a_new_sqlite_vault_at_once_all_succeed(tmp_path):
    # Switching a new file to WAL takes an exclusive lock, and SQLite reports "database is
    # locked" to the losers without waiting: every opener must still get its connection.
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(6) as pool:
        for round_ in range(12):
            path = str(tmp_path / f"v{round_}.db")
            start = time.time() + 0.1
            errors = pool.starmap(_open_fresh, [(path, start)] * 6)
            assert errors == [None] * 6

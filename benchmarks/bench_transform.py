"""Transform throughput beside the raw primitive and Presidio's anonymizer operators.

Run: ``python -m benchmarks.run bench_transform`` (``PRIVKIT_BENCH_N`` sets the column size,
default 1,000,000; ``PRIVKIT_BENCH_REPEAT`` the best-of count, default 3). Every privkit figure
is printed next to its peer measured in the same run on the same values, with the ratio.

Rates are per core: CPU time of this process (``time.process_time``), best of the repeats, so
other jobs on the shared machine slow the figures less than wall time would. The vault lines
are wall-clock time (its commits wait for ``fsync``) and also show the CPU time.
"""

from __future__ import annotations

import _hashlib
import hmac
import os
import platform
import random
import tempfile
import time
from hashlib import sha256
from pathlib import Path

from privkit.hazmat import FF1
from privkit.keys import KeyRing
from privkit.transform import (
    FPE,
    Encrypt,
    EncryptDeterministic,
    Hash,
    Mask,
    Tokenize,
    VaultTokenize,
    apply_many,
)
from privkit.transform._fpe import luhn_check_digit

N = int(os.environ.get("PRIVKIT_BENCH_N", "1000000"))
UNIQUE_RATIO = 0.10  # the "typical column" data set: 10% distinct values
FF1_N = max(N // 10, 1000)  # FF1 is ~20x slower per value: a tenth of the column
VAULT_N = max(N // 5, 1000)
PRESIDIO_N = max(N // 20, 1000)


def _rate(n: int, seconds: float) -> float:
    return n / seconds if seconds > 0 else float("inf")


REPEAT = int(os.environ.get("PRIVKIT_BENCH_REPEAT", "3"))


def timed(fn, *args, repeat: int | None = None, clock=time.process_time):
    """Best time of ``repeat`` runs (CPU time by default; best-of filters the shared machine)."""
    best = float("inf")
    out = None
    for _ in range(REPEAT if repeat is None else repeat):
        t = clock()
        out = fn(*args)
        best = min(best, clock() - t)
    return out, best


def load() -> str:
    return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())


def row(label: str, n: int, seconds: float, *peers: float, note: str = "") -> float:
    rate = _rate(n, seconds)
    ratio = "".join(f"  {rate / p:5.2f}x" for p in peers)
    print(f"  {label:<62} {rate / 1e6:7.3f} M/s ({n:,}, {seconds:5.2f} s{note}){ratio}")
    return rate


def emails(n: int, unique: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    pool = [f"user{i:07d}@example.com" for i in range(unique)]
    if unique == n:
        rng.shuffle(pool)
        return pool
    return [pool[rng.randrange(unique)] for _ in range(n)]


def cards(n: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        payload = "4" + "".join(rng.choice("0123456789") for _ in range(14))
        out.append(payload + luhn_check_digit(payload))
    return out


def main() -> None:
    ring = KeyRing.generate("pii", "vault")
    all_unique = emails(N, N)
    repeated = emails(N, int(N * UNIQUE_RATIO))
    print(
        f"python {platform.python_version()}, {os.cpu_count()} cores (shared with other jobs), "
        f"N={N:,}; repeated data has {len(set(repeated)) / N:.1%} distinct values; {load()}"
    )
    print("rates per core (CPU time, best of runs); ratios are privkit / each [peer] above")

    print("HMAC-SHA-256 (hash) and deterministic tokens")
    key = ring.derive("pii", purpose="hash")
    _, t = timed(lambda: [hmac.new(key, v.encode(), sha256).hexdigest() for v in all_unique])
    bare = row("bare hmac.new(k, v, sha256).hexdigest() loop, all unique [peer]", N, t)
    _, t = timed(lambda: [hmac.digest(key, v.encode(), "sha256").hex() for v in all_unique])
    row("bare hmac.digest(k, v, 'sha256').hex() loop, all unique", N, t, bare)

    def keyed_copy_loop() -> list[str]:
        copy = _hashlib.hmac_new(key, digestmod="sha256").copy  # OpenSSL's HMAC object
        out = []
        for v in all_unique:
            c = copy()
            c.update(v.encode())
            out.append(c.hexdigest())
        return out

    _, t = timed(keyed_copy_loop)
    fast = row("bare _hashlib keyed-HMAC .copy() loop (fastest) [peer 2]", N, t, bare)
    h = Hash(keys=ring, key="pii")
    tk = Tokenize(keys=ring, key="pii")
    for label, data in (("all unique", all_unique), (f"{UNIQUE_RATIO:.0%} unique", repeated)):
        _, t = timed(apply_many, h, data)
        row(f"privkit Hash apply_many, {label}", N, t, bare, fast)
        _, t = timed(apply_many, tk, data)
        row(f"privkit Tokenize apply_many, {label}", N, t, bare, fast)
    sub = all_unique[: N // 10]
    _, t = timed(lambda: [tk(v) for v in sub])
    row("privkit Tokenize per-value calls, all unique", len(sub), t, bare, fast)

    print("AES-SIV deterministic encryption")
    from cryptography.hazmat.primitives.ciphers.aead import AESSIV

    siv = AESSIV(ring.derive("pii", purpose="siv", length=64))
    _, t = timed(lambda: [siv.encrypt(v.encode(), [b"ad"]) for v in all_unique])
    bare = row("bare AESSIV.encrypt loop, all unique [peer]", N, t)
    e = EncryptDeterministic(keys=ring, key="pii")
    for label, data in (("all unique", all_unique), (f"{UNIQUE_RATIO:.0%} unique", repeated)):
        _, t = timed(apply_many, e, data)
        row(f"privkit EncryptDeterministic apply_many, {label}", N, t, bare)

    print("AES-GCM randomised encryption")
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    gcm = AESGCM(ring.derive("pii", purpose="encrypt"))
    sub = all_unique[: N // 2]
    nonce = os.urandom(12)
    _, t = timed(lambda: [gcm.encrypt(nonce, v.encode(), b"ad") for v in sub])
    bare = row("bare AESGCM.encrypt loop (fixed nonce!) [peer]", len(sub), t)
    _, t = timed(apply_many, Encrypt(keys=ring, key="pii"), sub)
    row("privkit Encrypt apply_many (fresh nonce, token text)", len(sub), t, bare)

    print(f"FF1 format-preserving encryption ({FF1_N:,} distinct 16-digit card numbers)")
    card_values = cards(FF1_N)
    ff1 = FF1(ring.derive("pii", purpose="fpe"), 10)
    _, t = timed(lambda: [ff1.encrypt_str(c, "0123456789") for c in card_values])
    bare = row("privkit.hazmat.FF1.encrypt_str loop [peer: the primitive]", FF1_N, t)
    _, t = timed(apply_many, FPE(keys=ring, key="pii", shape="card"), card_values)
    row("privkit FPE(shape='card') apply_many, Luhn-valid output", FF1_N, t, bare)
    spaced = [f"{c[:4]} {c[4:8]} {c[8:12]} {c[12:]}" for c in card_values]
    _, t = timed(apply_many, FPE(keys=ring, key="pii", shape="card"), spaced)
    row("privkit FPE(shape='card') apply_many, '4111 1111 ...' form", FF1_N, t, bare)

    print(
        f"Vault tokenisation on SQLite (WAL, synchronous=FULL, batches of 20k), {VAULT_N:,} "
        "new values; wall-clock time"
    )
    with tempfile.TemporaryDirectory() as tmp:
        v = VaultTokenize(keys=ring, key="vault", store=Path(tmp) / "vault.db")
        data = all_unique[:VAULT_N]
        cpu = time.process_time()
        tokens, t = timed(v.tokenize_many, data, repeat=1, clock=time.perf_counter)
        cpu = time.process_time() - cpu
        row(
            "privkit VaultTokenize.tokenize_many, new values", VAULT_N, t, note=f", cpu {cpu:.2f} s"
        )
        _, t = timed(v.tokenize_many, data, clock=time.perf_counter)
        row("privkit VaultTokenize.tokenize_many, existing values", VAULT_N, t)
        _, t = timed(v.reveal_many, tokens, clock=time.perf_counter)
        row("privkit VaultTokenize.reveal_many", VAULT_N, t)
        v.store.close()

    print(f"Presidio anonymizer operators (same values, first {PRESIDIO_N:,})")
    from presidio_anonymizer.operators import Encrypt as PEncrypt
    from presidio_anonymizer.operators import Hash as PHash
    from presidio_anonymizer.operators import Mask as PMask

    pdata = all_unique[:PRESIDIO_N]
    salt = os.urandom(16)
    op = PHash()
    _, t = timed(lambda: [op.operate(v, {"hash_type": "sha256", "salt": salt}) for v in pdata])
    peer = row("presidio Hash(sha256, salt) [peer]", PRESIDIO_N, t)
    _, t = timed(apply_many, h, pdata)
    row("privkit Hash (keyed HMAC) apply_many, same values", PRESIDIO_N, t, peer)
    op = PEncrypt()
    pkey = "0123456789abcdef0123456789abcdef"
    _, t = timed(lambda: [op.operate(v, {"key": pkey}) for v in pdata])
    peer = row("presidio Encrypt (AES-CBC, no MAC) [peer]", PRESIDIO_N, t)
    _, t = timed(apply_many, Encrypt(keys=ring, key="pii"), pdata)
    row("privkit Encrypt (AES-GCM) apply_many, same values", PRESIDIO_N, t, peer)
    op = PMask()
    params = {"masking_char": "*", "chars_to_mask": 12, "from_end": False}
    theirs, t = timed(lambda: [op.operate(v, params) for v in pdata])
    peer = row("presidio Mask(first 12 chars) [peer]", PRESIDIO_N, t)
    keep = len(pdata[0]) - 12  # all values have the same length: same output as Presidio's
    ours, t = timed(apply_many, Mask(keep_last=keep, keep_separators=False), pdata)
    row(f"privkit Mask(keep_last={keep}) apply_many, same output", PRESIDIO_N, t, peer)
    assert ours == theirs, "the two masks must give the same output to be compared"
    print(f"done; {load()}")


if __name__ == "__main__":
    main()

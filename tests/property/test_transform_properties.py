"""Invariants of the transforms, checked with hypothesis on arbitrary input."""

from __future__ import annotations

import atexit
import ipaddress
import shutil
import tempfile
import threading
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from privkit.hazmat import ALPHABETS, FF1
from privkit.keys import KeyRing
from privkit.transform import (
    FPE,
    DateShift,
    Encrypt,
    EncryptDeterministic,
    Hash,
    Mask,
    SubjectKeys,
    Tokenize,
    VaultTokenize,
    apply_many,
)
from privkit.transform._fpe import luhn_check_digit
from privkit.types import Context

RING = KeyRing.generate("a", "b", "vault", "subjects")
OTHER = KeyRing.generate("a")
_TMP = Path(tempfile.mkdtemp(prefix="privkit-prop-"))
VAULT = VaultTokenize(keys=RING, key="vault", store=_TMP / "vault.db")
VAULT_RANDOM = VaultTokenize(
    keys=RING, key="vault", store=_TMP / "vault.db", namespace="r", convergent=False
)
SUBJECTS = SubjectKeys(_TMP / "subjects.db", keys=RING, key="subjects")


@atexit.register
def _cleanup() -> None:
    for store in (VAULT.store, VAULT_RANDOM.store, SUBJECTS.store):
        store.close()
    shutil.rmtree(_TMP, ignore_errors=True)


# Arbitrary Unicode text that is valid UTF-8 (no lone surrogates: those are refused).
text = st.text(st.characters(exclude_categories=["Cs"]), max_size=60)
fields = st.sampled_from([None, "email", "customer.name"])
subjects = st.sampled_from(["s1", "s2", "s3"])


def luhn_ok(digits: str) -> bool:
    return luhn_check_digit(digits[:-1]) == digits[-1]


@given(text, fields)
def test_encrypt_round_trip(value, field):
    e = Encrypt(keys=RING, key="a")
    ctx = Context(field=field)
    assert e.reveal(e(value, ctx), ctx) == value


@given(text, st.text(max_size=8))
def test_encrypt_deterministic_round_trip(value, domain):
    e = EncryptDeterministic(keys=RING, key="a", domain=domain)
    tok = e(value)
    assert e.reveal(tok) == value
    assert e(value) == tok


@settings(max_examples=30)
@given(st.lists(text, min_size=1, max_size=10))
def test_vault_round_trip(values):
    tokens = VAULT.tokenize_many(values)
    assert VAULT.reveal_many(tokens) == values
    assert VAULT.tokenize_many(values) == tokens  # convergent
    assert len(set(tokens)) == len(set(values))


@settings(max_examples=20)
@given(text, subjects)
def test_per_subject_round_trip(value, subject):
    e = Encrypt(keys=RING, key="a", per_subject=SUBJECTS)
    ctx = Context(subject=subject)
    assert e.reveal(e(value, ctx), ctx) == value


@given(st.from_regex(r"[0-9]{6,19}", fullmatch=True), st.text(max_size=6))
def test_fpe_digits_round_trip_and_shape(digits, tweak):
    f = FPE(keys=RING, key="a", shape="digits", tweak=tweak)
    tok = f(digits)
    assert len(tok) == len(digits)
    assert tok.isdigit()
    assert f.reveal(tok) == digits


@given(st.from_regex(r"[0-9]{12,18}", fullmatch=True))
def test_fpe_card_is_luhn_valid(payload):
    card = payload + luhn_check_digit(payload)
    f = FPE(keys=RING, key="a", shape="card")
    tok = f(card)
    assert len(tok) == len(card)
    assert luhn_ok(tok)
    assert f.reveal(tok) == card


@given(st.sampled_from(sorted(ALPHABETS)), st.data())
def test_fpe_alphabet_preserves_length_and_alphabet(name, data):
    alphabet = ALPHABETS[name]
    n = 1
    while len(alphabet) ** n < 1_000_000:
        n += 1
    value = data.draw(st.text(st.sampled_from(alphabet), min_size=n, max_size=n + 20))
    f = FPE(keys=RING, key="a", shape="alphabet", alphabet=name)
    tok = f(value)
    assert len(tok) == len(value)
    assert set(tok) <= set(alphabet)
    assert f.reveal(tok) == value


@given(st.ip_addresses(), st.booleans())
def test_fpe_ip_round_trip(addr, prefix_preserving):
    f = FPE(keys=RING, key="a", shape="ip", prefix_preserving=prefix_preserving)
    tok = f(str(addr))
    assert ipaddress.ip_address(tok).version == addr.version
    assert f.reveal(tok) == str(addr)


@given(st.ip_addresses(v=4), st.ip_addresses(v=4))
def test_prefix_preserving_keeps_common_prefix(a, b):
    f = FPE(keys=RING, key="a", shape="ip", prefix_preserving=True)
    ta, tb = int(ipaddress.ip_address(f(str(a)))), int(ipaddress.ip_address(f(str(b))))
    common = 32 - (int(a) ^ int(b)).bit_length()
    assert 32 - (ta ^ tb).bit_length() == common


@given(st.binary(min_size=16, max_size=16), st.integers(2, 40), st.data())
def test_ff1_is_a_permutation(key, radix, data):
    f = FF1(key, radix)
    n = 1
    while radix**n < 1_000_000:
        n += 1
    numerals = data.draw(st.lists(st.integers(0, radix - 1), min_size=n, max_size=n + 8))
    out = f.encrypt(numerals)
    assert len(out) == len(numerals)
    assert all(0 <= d < radix for d in out)
    assert f.decrypt(out) == numerals


@given(text, st.text(max_size=6), st.text(max_size=6))
def test_tokenize_deterministic_per_key_and_domain(value, d1, d2):
    t1 = Tokenize(keys=RING, key="a", domain=d1)
    assert t1(value) == t1(value)
    assert t1(value) != Tokenize(keys=RING, key="b", domain=d1)(value)
    assert t1(value) != Tokenize(keys=OTHER, key="a", domain=d1)(value)
    if d1 != d2:
        assert t1(value) != Tokenize(keys=RING, key="a", domain=d2)(value)


@given(text, text)
def test_hash_distinguishes_values_and_keys(x, y):
    h = Hash(keys=RING, key="a")
    assert (h(x) == h(y)) == (x == y)
    assert h(x) != Hash(keys=RING, key="b")(x)


@given(st.lists(st.one_of(st.none(), text, st.integers(-(10**6), 10**6)), max_size=30))
def test_apply_many_is_elementwise(values):
    t = Tokenize(keys=RING, key="a")
    out = apply_many(t, values)
    assert len(out) == len(values)
    for v, o in zip(values, out, strict=True):
        assert (o is None) == (v is None)
        if v is not None:
            assert o == t(str(v))


@given(text, st.integers(0, 6), st.integers(0, 6), st.sampled_from(["*", "#", "•"]))
def test_mask_preserves_length_and_separators(value, first, last, char):
    out = Mask(char=char, keep_first=first, keep_last=last)(value)
    assert len(out) == len(value)
    for a, b in zip(value, out, strict=True):
        if not a.isalnum():
            assert a == b
        else:
            assert b in (a, char)


@given(st.from_regex(r"[0-9]{13,19}", fullmatch=True), st.sampled_from(["-", " ", ""]))
def test_masked_card_leaks_no_digit_beyond_kept(digits, sep):
    card = sep.join(digits[i : i + 4] for i in range(0, len(digits), 4))
    out = Mask(keep_last=4)(card)
    assert len(out) == len(card)
    assert [c for c in out if c.isdigit()] == list(digits[-4:])
    assert [i for i, c in enumerate(out) if c == sep] == [i for i, c in enumerate(card) if c == sep]
    assert out.replace(sep, "") == "*" * (len(digits) - 4) + digits[-4:]


@given(st.dates(), subjects, st.integers(1, 400))
def test_date_shift_round_trip_and_bound(d, subject, max_days):
    s = DateShift(keys=RING, key="a", max_days=max_days)
    ctx = Context(subject=subject)
    try:
        shifted = s(d.isoformat(), ctx)
    except OverflowError:  # near year 1 or 9999 the shift leaves the calendar
        return
    assert s.reveal(shifted, ctx) == d.isoformat()
    delta = abs((type(d).fromisoformat(shifted) - d).days)
    assert 1 <= delta <= max_days


def test_vault_tokens_unique_under_thread_concurrency():
    values = [f"v{i}" for i in range(400)]
    minted: dict[int, list[str]] = {}
    mapped: dict[int, dict[str, str]] = {}

    def work(seed: int) -> None:
        order = values[seed:] + values[:seed]
        minted[seed] = VAULT_RANDOM.tokenize_many(order)
        mapped[seed] = dict(zip(order, VAULT.tokenize_many(order), strict=True))

    threads = [threading.Thread(target=work, args=(s,)) for s in (0, 133, 266)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    random_tokens = [tok for r in minted.values() for tok in r]
    assert len(set(random_tokens)) == 1200  # non-convergent: every call a new token
    assert mapped[0] == mapped[133] == mapped[266]  # convergent: one token per value
    assert len(set(mapped[0].values())) == 400
    assert VAULT.reveal_many([mapped[0][v] for v in values]) == values

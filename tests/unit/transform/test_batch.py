"""The column paths (``apply_many`` and each transform's ``_batch``) equal the per-value path."""

from __future__ import annotations

from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from privkit.keys import KeyRing
from privkit.transform import (
    FPE,
    EncryptDeterministic,
    Hash,
    Mask,
    Tokenize,
    _base,
    apply_many,
)
from privkit.types import Context, EntityType

RING = KeyRing.generate("a")

# Every stateless transform, in configurations that take different code paths in _batch
# (hex slices with and without a prefix, full-length hex, base32/base64url encodings).
STATELESS = [
    Hash(keys=RING, key="a"),
    Hash(keys=RING, key="a", length=16),
    Hash(keys=RING, key="a", encoding="base32"),
    Hash(keys=RING, key="a", encoding="base64url", length=20),
    Tokenize(keys=RING, key="a"),
    Tokenize(keys=RING, key="a", length=64),
    Tokenize(keys=RING, key="a", domain="crm", prefix="cust_", length=20),
    Tokenize(keys=RING, key="a", entity_prefix=True),
    EncryptDeterministic(keys=RING, key="a"),
    EncryptDeterministic(keys=RING, key="a", domain="d", bind_field=True),
    Mask(keep_last=4),
    Mask(mode="email"),
]
IDS = [repr(t).split("(")[0] + str(i) for i, t in enumerate(STATELESS)]

text = st.text(st.characters(exclude_categories=["Cs"]), max_size=40)
# Columns with repeats (drawn from a small pool) and without.
columns = st.one_of(
    st.lists(text, max_size=80),
    st.lists(st.sampled_from(["a", "b", "", "jane@example.com", "é€😀"]), max_size=80),
    st.lists(text, min_size=30, max_size=80, unique=True),
)
CTX = Context(field="email", entity=EntityType.EMAIL_ADDRESS)


@pytest.mark.parametrize("t", STATELESS, ids=IDS)
@settings(max_examples=40, deadline=None)
@given(values=columns)
def test_batch_equals_per_value(t, values):
    assert t._batch(list(values), CTX) == [t(v, CTX) for v in values]


@pytest.mark.parametrize("t", STATELESS, ids=IDS)
@settings(max_examples=40, deadline=None)
@given(values=columns)
def test_apply_many_equals_per_value_with_and_without_cache(t, values):
    expected = [t(v, CTX) for v in values]
    assert apply_many(t, values, CTX) == expected
    with mock.patch.object(_base, "_looks_distinct", return_value=True):  # skip the cache
        assert apply_many(t, values, CTX) == expected


@settings(max_examples=25, deadline=None)
@given(st.lists(st.text("0123456789 -", min_size=8, max_size=24), max_size=40))
def test_fpe_batch_equals_per_value(values):
    f = FPE(keys=RING, key="a", shape="digits")
    values = [v for v in values if sum(c.isdigit() for c in v) >= 6]
    assert f._batch(values, None) == [f(v) for v in values]


@pytest.mark.parametrize("n", [1, 3, 4, 5, 50])
def test_hmac_copy_path_matches_one_shot_at_every_size(n):
    # Below _COPY_MIN the one-shot C HMAC is used, above it keyed copies: same bytes.
    values = [f"v{i}" for i in range(n)]
    h = Hash(keys=RING, key="a", encoding="base64url")
    t = Tokenize(keys=RING, key="a", prefix="p_")
    assert h._batch(values, None) == [h(v) for v in values]
    assert t._batch(values, None) == [t(v) for v in values]


class _Counting(Hash):
    __slots__ = ()
    calls: list[int] = []  # noqa: RUF012

    def _batch(self, values, ctx):
        type(self).calls.append(len(values))
        return Hash._batch(self, values, ctx)


class TestDistinctProbe:
    def test_all_distinct_column_skips_the_cache(self):
        _Counting.calls = []
        t = _Counting(keys=RING, key="a")
        values = [f"user{i}@example.com" for i in range(30_000)]
        assert apply_many(t, values) == Hash(keys=RING, key="a")._batch(values, None)
        assert _Counting.calls == [30_000]

    def test_repetitive_column_is_deduplicated(self):
        _Counting.calls = []
        t = _Counting(keys=RING, key="a")
        values = [f"user{i % 3000}@example.com" for i in range(30_000)]
        out = apply_many(t, values)
        assert _Counting.calls == [3000]
        assert out[:3000] * 10 == out

    def test_short_column_is_always_deduplicated(self):
        _Counting.calls = []
        apply_many(_Counting(keys=RING, key="a"), ["x", "y", "x"])
        assert _Counting.calls == [2]

    def test_mixed_types_take_the_general_path(self):
        values: list[object] = [f"u{i}" for i in range(30_000)]
        values[123] = None
        values[456] = 7
        h = Hash(keys=RING, key="a")
        out = apply_many(h, values)
        assert out[123] is None
        assert out[456] == h("7")
        assert out[0] == h("u0")

    def test_vault_is_not_stateless(self):
        from privkit.transform import VaultTokenize

        assert not VaultTokenize.stateless

import base64
import hmac

import pytest

from privkit.errors import ConfigError, ErasedSubjectError, KeyNotFoundError, TransformError
from privkit.keys import KeyRing
from privkit.transform import Hash, SubjectKeys, Tokenize, apply_many
from privkit.types import Context, EntityType


class TestHash:
    def test_is_hmac_sha256_under_derived_key(self, ring):
        expected = hmac.new(ring.derive("pii", purpose="hash"), b"jane", "sha256").hexdigest()
        assert Hash(keys=ring, key="pii")("jane") == expected

    def test_deterministic_and_keyed(self, ring):
        h = Hash(keys=ring, key="pii")
        assert h("a") == h("a")
        assert h("a") != h("b")
        assert h("a") != Hash(keys=ring, key="other")("a")
        assert h("a") != Hash(keys=KeyRing.generate("pii"), key="pii")("a")

    @pytest.mark.parametrize(
        ("encoding", "length"), [("hex", 64), ("base32", 52), ("base64url", 43)]
    )
    def test_encodings(self, ring, encoding, length):
        out = Hash(keys=ring, key="pii", encoding=encoding)("x")
        assert len(out) == length
        if encoding == "base64url":
            base64.urlsafe_b64decode(out + "=")

    def test_truncate(self, ring):
        full = Hash(keys=ring, key="pii")("x")
        assert Hash(keys=ring, key="pii", length=20)("x") == full[:20]

    def test_version_pin_survives_rotation(self, ring):
        pinned = Hash(keys=ring, key="pii", version=1)
        before = pinned("x")
        ring.rotate("pii")
        assert pinned("x") == before
        assert Hash(keys=ring, key="pii")("x") != before

    def test_batch_equals_single(self, ring):
        for kw in ({}, {"encoding": "base32", "length": 20}, {"encoding": "base64url"}):
            h = Hash(keys=ring, key="pii", **kw)
            values = ["a", "b", "ü", ""]
            assert apply_many(h, values) == [h(v) for v in values]

    def test_lone_surrogate_rejected_without_value(self, ring):
        with pytest.raises(TransformError, match="offset 3") as exc:
            Hash(keys=ring, key="pii")("abc\udcffdef")
        assert "abc" not in str(exc.value)
        with pytest.raises(TransformError):
            apply_many(Hash(keys=ring, key="pii"), ["ok", "x\ud800"])

    @pytest.mark.parametrize(
        "kwargs", [{"encoding": "md5"}, {"length": 8}, {"length": True}, {"version": 9}]
    )
    def test_invalid(self, ring, kwargs):
        with pytest.raises((ConfigError, KeyNotFoundError)):
            Hash(keys=ring, key="pii", **kwargs)

    def test_unknown_key(self, ring):
        with pytest.raises(KeyNotFoundError, match="nope"):
            Hash(keys=ring, key="nope")

    def test_keys_must_be_ring(self):
        with pytest.raises(ConfigError):
            Hash(keys={"pii": b"x" * 32}, key="pii")  # type: ignore[arg-type]


class TestTokenize:
    def test_format(self, ring):
        tok = Tokenize(keys=ring, key="pii")("jane@example.com")
        assert len(tok) == 32
        assert set(tok) <= set("0123456789abcdef")

    def test_domain_separation(self, ring):
        a = Tokenize(keys=ring, key="pii", domain="crm")("x")
        b = Tokenize(keys=ring, key="pii", domain="billing")("x")
        c = Tokenize(keys=ring, key="pii")("x")
        assert len({a, b, c}) == 3
        assert a == Tokenize(keys=ring, key="pii", domain="crm")("x")

    def test_not_equal_to_hash_under_same_key(self, ring):
        t = Tokenize(keys=ring, key="pii", length=64)("x")
        assert t != Hash(keys=ring, key="pii")("x")

    def test_prefixes(self, ring):
        ctx = Context(entity=EntityType.EMAIL_ADDRESS)
        t = Tokenize(keys=ring, key="pii", entity_prefix=True)
        assert t("x", ctx).startswith("tok_email_")
        assert t("x").startswith("tok_")
        assert t("x", Context(entity=EntityType.IP_ADDRESS)).startswith("tok_ip_")
        assert Tokenize(keys=ring, key="pii", prefix="cust_")("x").startswith("cust_")
        # the prefix does not change the token body: joins across entity labels still work
        assert t("x", ctx).removeprefix("tok_email_") == t("x").removeprefix("tok_")

    @pytest.mark.parametrize("length", [16, 32, 64])
    def test_batch_equals_single(self, ring, length):
        t = Tokenize(keys=ring, key="pii", length=length, prefix="p_")
        values = [f"v{i}" for i in range(50)] + ["é"]
        assert apply_many(t, values) == [t(v) for v in values]
        assert all(len(x) == length + 2 for x in apply_many(t, values))

    @pytest.mark.parametrize("kwargs", [{"length": 15}, {"length": 65}, {"domain": 3}])
    def test_invalid(self, ring, kwargs):
        with pytest.raises(ConfigError):
            Tokenize(keys=ring, key="pii", **kwargs)


class TestPerSubject:
    def test_tokens_differ_per_subject_and_forget_blocks_new_ones(self, ring, tmp_path):
        store = SubjectKeys(tmp_path / "s.db", keys=ring, key="subjects")
        t = Tokenize(keys=ring, key="pii", per_subject=store)
        a1 = t("x", Context(subject="alice"))
        assert a1 == t("x", Context(subject="alice"))
        assert a1 != t("x", Context(subject="bob"))
        assert store.forget("alice") is True
        with pytest.raises(ErasedSubjectError):
            t("x", Context(subject="alice"))
        assert t("x", Context(subject="bob"))

    def test_needs_subject(self, ring, tmp_path):
        store = SubjectKeys(tmp_path / "s.db", keys=ring, key="subjects")
        with pytest.raises(TransformError, match=r"ctx\.subject"):
            Hash(keys=ring, key="pii", per_subject=store)("x")

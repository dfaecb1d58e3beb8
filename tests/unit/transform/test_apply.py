import decimal
import math

import pytest

from privkit.errors import TransformError
from privkit.transform import (
    FPE,
    Encrypt,
    Hash,
    Keep,
    Mask,
    Nullify,
    Redact,
    Replace,
    Tokenize,
    apply,
    apply_many,
    is_missing,
)
from privkit.types import Context, EntityType


class TestMissing:
    def test_none_and_nan_pass_through(self, ring):
        for t in (Hash(keys=ring, key="pii"), Mask(), Redact(), Replace(), Nullify(), Keep()):
            assert apply(t, None) is None
            out = apply(t, float("nan"))
            assert isinstance(out, float)
            assert math.isnan(out)

    def test_pandas_na(self, ring):
        import pandas as pd

        t = Tokenize(keys=ring, key="pii")
        assert apply(t, pd.NA) is pd.NA
        assert apply(t, pd.NaT) is pd.NaT
        assert apply_many(t, ["a", pd.NA, None])[1:] == [pd.NA, None]
        assert is_missing(pd.NA)

    def test_none_never_becomes_token_of_none(self, ring):
        t = Tokenize(keys=ring, key="pii")
        assert t("None") not in apply_many(t, [None, None])


class TestTypes:
    def test_int_goes_through_str(self, ring):
        h = Hash(keys=ring, key="pii")
        assert apply(h, 12345) == h("12345")
        f = FPE(keys=ring, key="pii", shape="digits")
        assert apply(f, 1234567) == f("1234567")

    @pytest.mark.parametrize("value", [1.5, True, decimal.Decimal(1), [1], {"a": 1}, object()])
    def test_other_types_rejected_with_type_name(self, ring, value):
        with pytest.raises(TypeError, match=type(value).__name__) as exc:
            apply(Hash(keys=ring, key="pii"), value)
        assert repr(value) not in str(exc.value) or type(value) is object

    @pytest.mark.parametrize("value", [b"jane@example.com", bytearray(b"x"), b"\xff\xfe"])
    def test_bytes_rejected_never_decoded(self, ring, value):
        for t in (Hash(keys=ring, key="pii"), Mask(), Keep(), Redact()):
            with pytest.raises(TypeError, match="bytes") as exc:
                apply(t, value)
            assert "jane" not in str(exc.value)

    def test_value_ignoring_transforms_accept_any_scalar(self):
        assert apply(Redact(), 3.5) == ""
        assert apply(Nullify(), 3.5) is None
        assert apply(Replace(), 3.5, Context(entity=EntityType.PERSON)) == "<PERSON>"
        assert apply(Keep(), 3.5) == 3.5

    def test_str_subclass(self, ring):
        class S(str):
            __slots__ = ()

        h = Hash(keys=ring, key="pii")
        assert apply(h, S("x")) == h("x")
        assert apply_many(h, [S("x"), "x"]) == [h("x"), h("x")]

    def test_plain_callable_transform(self):
        def upper(value: str, ctx: Context | None = None) -> str:
            return value.upper()

        assert apply(upper, "ab") == "AB"
        assert apply(upper, None) is None
        assert apply_many(upper, ["a", None, "b"]) == ["A", None, "B"]
        with pytest.raises(TypeError):
            apply(upper, 3)

    def test_huge_string(self, ring):
        big = "x" * 1_000_000
        assert len(apply(Hash(keys=ring, key="pii"), big)) == 64
        assert len(apply(Mask(keep_last=4), big)) == 1_000_000

    def test_empty_string_is_consistent(self, ring):
        assert apply(Mask(), "") == ""
        assert apply(Hash(keys=ring, key="pii"), "") == Hash(keys=ring, key="pii")("")
        e = Encrypt(keys=ring, key="pii")
        assert e.reveal(apply(e, "")) == ""
        with pytest.raises(TransformError):
            apply(FPE(keys=ring, key="pii", shape="digits"), "")


class TestApplyMany:
    def test_same_length_and_order(self, ring):
        t = Tokenize(keys=ring, key="pii")
        values = ["b", None, "a", 5, float("nan"), "b", ""]
        out = apply_many(t, values)
        assert len(out) == len(values)
        assert out[0] == out[5] == t("b")
        assert out[1] is None
        assert out[2] == t("a")
        assert out[3] == t("5")
        assert math.isnan(out[4])
        assert out[6] == t("")

    def test_deterministic_caching_calls_once_per_unique(self, ring):
        calls = []

        class Counting(Hash):
            __slots__ = ()

            def _batch(self, values, ctx):
                calls.append(len(values))
                return Hash._batch(self, values, ctx)

        t = Counting(keys=ring, key="pii")
        apply_many(t, ["a", "b", "a", "a", "b"] * 100)
        assert calls == [2]

    def test_non_deterministic_not_cached(self, ring):
        e = Encrypt(keys=ring, key="pii")
        out = apply_many(e, ["a", "a", None, "a"])
        assert len(set(out[:2] + out[3:])) == 3
        assert out[2] is None

    def test_rejects_bad_values_in_column(self, ring):
        with pytest.raises(TypeError, match="bytes"):
            apply_many(Hash(keys=ring, key="pii"), ["a", b"b"])

    def test_empty(self, ring):
        assert apply_many(Hash(keys=ring, key="pii"), []) == []
        assert apply_many(Encrypt(keys=ring, key="pii"), []) == []

    def test_ctx_is_used(self, ring):
        t = Tokenize(keys=ring, key="pii", entity_prefix=True)
        out = apply_many(t, ["a"], Context(entity=EntityType.EMAIL_ADDRESS))
        assert out[0].startswith("tok_email_")

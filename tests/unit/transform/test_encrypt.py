import base64

import pytest

from privkit.errors import ErasedSubjectError, InvalidToken, TransformError
from privkit.hazmat import siv_encrypt
from privkit.keys import KeyRing
from privkit.transform import Encrypt, EncryptDeterministic, SubjectKeys, apply_many
from privkit.types import Context


def _flip(token: str, index: int) -> str:
    scheme, kid, body = token.split(":")
    raw = bytearray(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    raw[index] ^= 1
    return f"{scheme}:{kid}:" + base64.urlsafe_b64encode(bytes(raw)).decode().rstrip("=")


class TestEncrypt:
    def test_round_trip_and_randomised(self, ring):
        e = Encrypt(keys=ring, key="pii")
        a, b = e("jane"), e("jane")
        assert a != b
        assert e.reveal(a) == e.reveal(b) == "jane"
        assert a.startswith("enc1:pii.v1:")

    def test_unicode_and_empty(self, ring):
        e = Encrypt(keys=ring, key="pii")
        for v in ("", "ünï ✓ 𝔘", "x" * 10_000):
            assert e.reveal(e(v)) == v

    def test_field_binding(self, ring):
        e = Encrypt(keys=ring, key="pii")
        tok = e("jane", Context(field="customer.email"))
        assert e.reveal(tok, Context(field="customer.email")) == "jane"
        with pytest.raises(InvalidToken):
            e.reveal(tok, Context(field="customer.name"))
        with pytest.raises(InvalidToken):
            e.reveal(tok)
        unbound = Encrypt(keys=ring, key="pii", bind_field=False)
        assert unbound.reveal(unbound("x", Context(field="a")), Context(field="b")) == "x"

    @pytest.mark.parametrize("index", [0, 11, 12, 20, -1])
    def test_tampering_is_bare_invalid_token(self, ring, index):
        e = Encrypt(keys=ring, key="pii")
        with pytest.raises(InvalidToken) as exc:
            e.reveal(_flip(e("jane"), index))
        assert str(exc.value) == InvalidToken.MESSAGE  # the same for every failure

    @pytest.mark.parametrize(
        "token",
        [
            "",
            "garbage",
            "enc1:pii.v1:",
            "enc1:pii.v1:!!!",
            "siv1:pii.v1:AAAA",
            "enc1:pii.v9:AAAA",
            "enc1:other.v1:" + "A" * 40,
            "enc1:pii:AAAA",
            "enc1:pii.v1:AAAA:extra",
        ],
    )
    def test_malformed_tokens(self, ring, token):
        with pytest.raises(InvalidToken):
            Encrypt(keys=ring, key="pii").reveal(token)

    def test_wrong_ring(self, ring):
        tok = Encrypt(keys=ring, key="pii")("jane")
        with pytest.raises(InvalidToken):
            Encrypt(keys=KeyRing.generate("pii"), key="pii").reveal(tok)

    def test_kid_is_authenticated(self, ring):
        ring.rotate("pii")
        e = Encrypt(keys=ring, key="pii")
        tok = e("jane")
        assert tok.startswith("enc1:pii.v2:")
        forged = tok.replace("pii.v2", "pii.v1")
        with pytest.raises(InvalidToken):
            e.reveal(forged)

    def test_rotation_and_rewrap(self, ring):
        e = Encrypt(keys=ring, key="pii")
        old = e("jane", Context(field="f"))
        ring.rotate("pii")
        assert e.reveal(old, Context(field="f")) == "jane"
        new = e.rewrap(old, Context(field="f"))
        assert new.startswith("enc1:pii.v2:")
        assert e.reveal(new, Context(field="f")) == "jane"

    def test_batch(self, ring):
        e = Encrypt(keys=ring, key="pii")
        values = ["a", "b", "a", None]
        out = apply_many(e, values)
        assert out[3] is None
        assert out[0] != out[2]
        assert [e.reveal(t) for t in out[:3]] == ["a", "b", "a"]

    def test_reveal_rejects_non_str(self, ring):
        with pytest.raises(TypeError):
            Encrypt(keys=ring, key="pii").reveal(b"enc1:x")  # type: ignore[arg-type]

    def test_per_subject_forget(self, ring, tmp_path):
        subjects = SubjectKeys(tmp_path / "s.db", keys=ring, key="subjects")
        e = Encrypt(keys=ring, key="pii", per_subject=subjects)
        alice, bob = Context(subject="alice"), Context(subject="bob")
        ta, tb = e("a-data", alice), e("b-data", bob)
        assert e.reveal(ta, alice) == "a-data"
        with pytest.raises(InvalidToken):
            e.reveal(ta, bob)  # another subject's key does not open it
        subjects.forget("alice")
        with pytest.raises(ErasedSubjectError):
            e.reveal(ta, alice)
        assert e.reveal(tb, bob) == "b-data"
        with pytest.raises(TransformError):
            e.reveal(tb)  # per-subject mode needs the subject


class TestEncryptDeterministic:
    def test_deterministic_round_trip(self, ring):
        e = EncryptDeterministic(keys=ring, key="pii")
        assert e("jane") == e("jane")
        assert e("jane") != e("john")
        assert e.reveal(e("jane")) == "jane"
        assert e("jane").startswith("siv1:pii.v1:")

    def test_is_aes_siv_under_derived_key(self, ring):
        e = EncryptDeterministic(keys=ring, key="pii", domain="crm")
        body = e("jane").split(":")[2]
        key = ring.derive("pii", purpose="siv", length=64)
        ad = b"privkit-siv/1" + b"\0\0\0\x06pii.v1" + b"\0\0\0\x03crm" + b"\0\0\0\0"
        expected = siv_encrypt(key, b"jane", [ad])
        assert base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)) == expected

    def test_domain_and_field(self, ring):
        a = EncryptDeterministic(keys=ring, key="pii", domain="a")
        b = EncryptDeterministic(keys=ring, key="pii", domain="b")
        assert a("x") != b("x")
        with pytest.raises(InvalidToken):
            b.reveal(a("x"))
        bound = EncryptDeterministic(keys=ring, key="pii", bind_field=True)
        assert bound("x", Context(field="f")) != bound("x", Context(field="g"))
        # without binding, the same value joins across columns
        plain = EncryptDeterministic(keys=ring, key="pii")
        assert plain("x", Context(field="f")) == plain("x", Context(field="g"))

    @pytest.mark.parametrize("index", [0, 15, 16, -1])
    def test_tampering(self, ring, index):
        e = EncryptDeterministic(keys=ring, key="pii")
        with pytest.raises(InvalidToken):
            e.reveal(_flip(e("jane doe"), index))

    def test_rotation(self, ring):
        e = EncryptDeterministic(keys=ring, key="pii")
        old = e("x")
        ring.rotate("pii")
        assert e("x") != old
        assert e.reveal(old) == "x"
        assert e.rewrap(old) == e("x")

    def test_batch_equals_single(self, ring):
        e = EncryptDeterministic(keys=ring, key="pii")
        values = ["a", "b", "a", "ü"]
        assert apply_many(e, values) == [e(v) for v in values]

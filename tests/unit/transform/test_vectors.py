"""Known-answer vectors from data files: NIST FF1, RFC 5297 AES-SIV, RFC 4231 HMAC, privkit's own."""

import dataclasses
import json
from pathlib import Path

import pytest

from privkit.errors import InvalidToken, TransformError
from privkit.hazmat import FF1, hmac_sha256, siv_decrypt, siv_encrypt
from privkit.keys import KeyRing
from privkit.transform import build
from privkit.types import Context, EntityType

VECTORS = Path(__file__).parents[2] / "vectors" / "transform"


def load(name):
    return json.loads((VECTORS / name).read_text(encoding="utf-8"))


FF1_DOC = load("ff1_nist_sp800_38g.json")
SIV_DOC = load("aes_siv_rfc5297.json")
HMAC_DOC = load("hmac_sha256_rfc4231.json")
OWN_DOC = load("privkit_regression.json")
FF1_BY_SAMPLE = {v["sample"]: v for v in FF1_DOC["positive"]}


class TestFF1:
    @pytest.mark.parametrize("v", FF1_DOC["positive"], ids=lambda v: f"sample{v['sample']}")
    def test_encrypt_decrypt(self, v):
        f = FF1(bytes.fromhex(v["key"]), v["radix"])
        tweak = bytes.fromhex(v["tweak"])
        assert f.encrypt_str(v["plaintext"], v["alphabet"], tweak) == v["ciphertext"]
        assert f.decrypt_str(v["ciphertext"], v["alphabet"], tweak) == v["plaintext"]
        numerals = [v["alphabet"].index(c) for c in v["plaintext"]]
        expected = [v["alphabet"].index(c) for c in v["ciphertext"]]
        assert f.encrypt(numerals, tweak) == expected
        assert f.decrypt(expected, tweak) == numerals

    def test_all_nine_samples_present(self):
        assert sorted(FF1_BY_SAMPLE) == list(range(1, 10))
        assert {len(bytes.fromhex(v["key"])) for v in FF1_DOC["positive"]} == {16, 24, 32}

    @pytest.mark.parametrize("neg", FF1_DOC["negative"], ids=lambda n: n["why"])
    def test_negative(self, neg):
        v = FF1_BY_SAMPLE[neg["sample"]]
        key = bytes.fromhex(neg.get("key", v["key"]))
        tweak = bytes.fromhex(neg.get("tweak", v["tweak"]))
        out = FF1(key, v["radix"]).encrypt_str(v["plaintext"], v["alphabet"], tweak)
        assert out != v["ciphertext"]
        assert len(out) == len(v["ciphertext"])

    @pytest.mark.parametrize("rej", FF1_DOC["rejected"], ids=lambda r: r["why"])
    def test_rejected(self, rej):
        f = FF1(bytes.fromhex(FF1_BY_SAMPLE[1]["key"]), rej["radix"])
        with pytest.raises(TransformError):
            f.encrypt_str(rej["plaintext"], "0123456789")


class TestAesSiv:
    @pytest.mark.parametrize("v", SIV_DOC["positive"], ids=lambda v: v["name"][:3])
    def test_positive(self, v):
        key = bytes.fromhex(v["key"])
        ad = [bytes.fromhex(a) for a in v["ad"]]
        out = siv_encrypt(key, bytes.fromhex(v["plaintext"]), ad)
        assert out.hex() == v["output"]
        assert siv_decrypt(key, out, ad).hex() == v["plaintext"]

    @pytest.mark.parametrize("neg", SIV_DOC["negative"], ids=lambda n: n["why"])
    def test_negative(self, neg):
        v = SIV_DOC["positive"][neg["vector"]]
        data = bytearray(bytes.fromhex(v["output"]))
        if "flip_byte" in neg:
            data[neg["flip_byte"]] ^= 0x01
        if "truncate" in neg:
            data = data[: neg["truncate"]]
        ad = [bytes.fromhex(a) for a in neg.get("ad", v["ad"])]
        with pytest.raises(InvalidToken) as exc:
            siv_decrypt(bytes.fromhex(v["key"]), bytes(data), ad)
        assert str(exc.value) == InvalidToken.MESSAGE  # the same for every failure


class TestHmac:
    @staticmethod
    def _key(v):
        if "key_repeat" in v:
            return bytes.fromhex(v["key_repeat"][0]) * v["key_repeat"][1]
        return bytes.fromhex(v["key"])

    @staticmethod
    def _data(v):
        return v["data_text"].encode() if "data_text" in v else bytes.fromhex(v["data"])

    @pytest.mark.parametrize("v", HMAC_DOC["positive"], ids=lambda v: f"case{v['case']}")
    def test_positive(self, v):
        mac = hmac_sha256(self._key(v), self._data(v))
        assert mac[: v.get("truncated_bytes", 32)].hex() == v["mac"]

    @pytest.mark.parametrize("neg", HMAC_DOC["negative"], ids=lambda n: n["why"])
    def test_negative(self, neg):
        v = next(p for p in HMAC_DOC["positive"] if p["case"] == neg["case"])
        merged = {**v, **{k: neg[k] for k in ("key", "data") if k in neg}}
        assert hmac_sha256(self._key(merged), self._data(merged)).hex() != v["mac"]


class TestPrivkitRegression:
    """Pins privkit's derivation and token formats: a change would orphan stored tokens."""

    ring = KeyRing.from_env(environ={"PRIVKIT_KEY_PII": "hex:" + OWN_DOC["key_hex"]})

    @pytest.mark.parametrize(
        "case",
        OWN_DOC["cases"],
        ids=lambda c: f"{c['transform']}-{c['value'][:12]}-{c.get('category') or ''}",
    )
    def test_case(self, case):
        t = build(case["transform"], keys=self.ring, key=OWN_DOC["key_name"], **case["params"])
        ctx = Context(
            entity=EntityType(case["entity"]) if case["entity"] else None,
            field=case.get("field"),
            category=case.get("category"),
        )
        if not case.get("reveal_only"):
            assert t(case["value"], ctx) == case["output"]
        if hasattr(t, "reveal"):
            assert t.reveal(case["output"], ctx) == case["value"]
        for wrong in case.get("wrong_categories", []):
            with pytest.raises(InvalidToken):
                t.reveal(case["output"], dataclasses.replace(ctx, category=wrong))
        if case.get("category") and case["transform"] != "fpe":
            with pytest.raises(InvalidToken):  # made for a category: no reveal without it
                t.reveal(case["output"], dataclasses.replace(ctx, category=None))

    def test_other_key_differs(self):
        other = KeyRing.from_env(environ={"PRIVKIT_KEY_PII": "hex:" + bytes(range(1, 33)).hex()})
        case = OWN_DOC["cases"][0]
        assert build(case["transform"], keys=other, key="pii")(case["value"]) != case["output"]

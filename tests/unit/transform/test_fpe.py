import ipaddress

import pytest

from privkit.errors import ConfigError, TransformError
from privkit.transform import FPE, apply_many
from privkit.transform._fpe import luhn_check_digit
from privkit.types import Context, EntityType


def luhn_ok(digits: str) -> bool:
    return luhn_check_digit(digits[:-1]) == digits[-1]


def ctx(entity):
    return Context(entity=EntityType(entity))


class TestDigits:
    def test_card_is_luhn_valid_and_keeps_separators(self, ring):
        f = FPE(keys=ring, key="pii", shape="card")
        tok = f("4111-1111-1111-1111")
        assert tok != "4111-1111-1111-1111"
        assert [i for i, c in enumerate(tok) if c == "-"] == [4, 9, 14]
        assert luhn_ok(tok.replace("-", ""))
        assert f.reveal(tok) == "4111-1111-1111-1111"

    def test_card_without_luhn(self, ring):
        f = FPE(keys=ring, key="pii", shape="card", luhn=False)
        assert f.reveal(f("4111111111111112")) == "4111111111111112"

    def test_card_failing_luhn_is_refused(self, ring):
        with pytest.raises(TransformError, match="Luhn") as exc:
            FPE(keys=ring, key="pii", shape="card")("4111111111111112")
        assert "4111" not in str(exc.value)

    def test_phone_keeps_plus_and_spacing(self, ring):
        f = FPE(keys=ring, key="pii", shape="phone")
        tok = f("+44 20 7946 0958")
        assert tok[0] == "+"
        assert [c for c in tok if not c.isdigit()] == ["+", " ", " ", " "]
        assert f.reveal(tok) == "+44 20 7946 0958"

    def test_imei_auto(self, ring):
        f = FPE(keys=ring, key="pii")
        tok = f("490154203237518", ctx("IMEI"))
        assert len(tok) == 15
        assert luhn_ok(tok)
        assert f.reveal(tok, ctx("IMEI")) == "490154203237518"

    def test_leading_zeros_kept(self, ring):
        f = FPE(keys=ring, key="pii", shape="digits")
        tok = f("0000001")
        assert len(tok) == 7
        assert f.reveal(tok) == "0000001"

    @pytest.mark.parametrize("value", ["12345", "12-34", "abc"])
    def test_too_short_or_no_digits(self, ring, value):
        with pytest.raises(TransformError):
            FPE(keys=ring, key="pii", shape="digits")(value)

    def test_too_long_is_a_clear_error(self, ring):
        f = FPE(keys=ring, key="pii", shape="digits")
        assert len(f("7" * 4096)) == 4096
        with pytest.raises(TransformError, match="too long"):
            f("7" * 5000)

    def test_tweak_and_key_change_output(self, ring):
        base = FPE(keys=ring, key="pii", shape="digits")("1234567890")
        assert FPE(keys=ring, key="pii", shape="digits", tweak="t")("1234567890") != base
        assert FPE(keys=ring, key="other", shape="digits")("1234567890") != base

    def test_batch(self, ring):
        f = FPE(keys=ring, key="pii", shape="digits")
        values = ["1234567", "7654321", "1234567", None]
        out = apply_many(f, values)
        assert out[0] == out[2] == f("1234567")
        assert out[3] is None


class TestEmail:
    def test_local_part_encrypted_domain_kept(self, ring):
        f = FPE(keys=ring, key="pii")
        c = ctx("EMAIL_ADDRESS")
        tok = f("john.smith@example.com", c)
        local, domain = tok.split("@")
        assert domain == "example.com"
        assert local[4] == "."
        assert len(local) == 10
        assert local != "john.smith"
        assert f.reveal(tok, c) == "john.smith@example.com"

    def test_domain_tokenised(self, ring):
        f = FPE(keys=ring, key="pii", shape="email", keep_domain=False)
        tok = f("john.smith@mail.example.co.uk")
        assert tok.endswith(".uk")
        assert tok.split("@")[1] != "mail.example.co.uk"
        assert tok.split("@")[1].count(".") == 3
        assert f.reveal(tok) == "john.smith@mail.example.co.uk"

    @pytest.mark.parametrize("value", ["not-an-email", "@x.com", "ab@x.com"])
    def test_rejects(self, ring, value):
        with pytest.raises(TransformError):
            FPE(keys=ring, key="pii", shape="email")(value)


class TestIp:
    @pytest.mark.parametrize(
        "value", ["203.0.113.7", "0.0.0.1", "255.255.255.255", "2001:db8::1", "::1", "fe80::1"]
    )
    def test_valid_same_family(self, ring, value):
        f = FPE(keys=ring, key="pii", shape="ip")
        tok = f(value)
        assert ipaddress.ip_address(tok).version == ipaddress.ip_address(value).version
        assert tok != value
        assert f.reveal(tok) == value

    def test_prefix_preserving(self, ring):
        f = FPE(keys=ring, key="pii", shape="ip", prefix_preserving=True)
        a = ipaddress.ip_address(f("203.0.113.7"))
        b = ipaddress.ip_address(f("203.0.113.200"))
        c = ipaddress.ip_address(f("198.51.100.7"))
        assert int(a) >> 8 == int(b) >> 8
        assert int(a) >> 24 != int(c) >> 24 or int(a) >> 16 != int(c) >> 16
        assert f.reveal(str(a)) == "203.0.113.7"
        v6 = f("2001:db8:1::5")
        assert ipaddress.ip_address(v6).version == 6
        assert f.reveal(v6) == "2001:db8:1::5"

    def test_rejects_non_ip(self, ring):
        with pytest.raises(TransformError):
            FPE(keys=ring, key="pii", shape="ip")("999.1.1.1")


class TestMac:
    def test_keep_oui_and_case(self, ring):
        f = FPE(keys=ring, key="pii", shape="mac", keep_oui=True)
        tok = f("00:1A:2B:3C:4D:5E")
        assert tok.startswith("00:1A:2B:")
        assert tok != "00:1A:2B:3C:4D:5E"
        assert tok == tok.upper()
        assert f.reveal(tok) == "00:1A:2B:3C:4D:5E"

    def test_full(self, ring):
        f = FPE(keys=ring, key="pii", shape="mac")
        tok = f("001a.2b3c.4d5e")
        assert [i for i, c in enumerate(tok) if c == "."] == [4, 9]
        assert f.reveal(tok) == "001a.2b3c.4d5e"

    def test_rejects(self, ring):
        with pytest.raises(TransformError):
            FPE(keys=ring, key="pii", shape="mac")("00:1A:2B:3C:4D")


class TestAlphabet:
    def test_named_and_literal(self, ring):
        f = FPE(keys=ring, key="pii", shape="alphabet", alphabet="lower")
        tok = f("helloworld")
        assert len(tok) == 10
        assert tok.islower()
        assert f.reveal(tok) == "helloworld"
        g = FPE(keys=ring, key="pii", shape="alphabet", alphabet="ACGT")
        assert set(g("ACGTACGTACGT")) <= set("ACGT")

    def test_character_outside_alphabet(self, ring):
        with pytest.raises(TransformError, match="outside the FPE alphabet"):
            FPE(keys=ring, key="pii", shape="alphabet", alphabet="digits")("12345a7890")

    @pytest.mark.parametrize(
        "kwargs",
        [
            {"shape": "ff3"},
            {"alphabet": "a"},
            {"alphabet": "aab"},
            {"luhn": "y"},
            {"keep_oui": 1},
            {"tweak": 5},
        ],
    )
    def test_invalid(self, ring, kwargs):
        with pytest.raises(ConfigError):
            FPE(keys=ring, key="pii", **kwargs)


class TestPerSubject:
    def test_forget_and_no_cached_subject_key(self, ring, tmp_path):
        from privkit.errors import ErasedSubjectError
        from privkit.transform import SubjectKeys
        from privkit.transform._fpe import _FF1_CACHE

        subjects = SubjectKeys(tmp_path / "s.db", keys=ring, key="subjects")
        f = FPE(keys=ring, key="pii", shape="card", per_subject=subjects)
        alice, bob = Context(subject="alice"), Context(subject="bob")
        cached = set(_FF1_CACHE)
        ta, tb = f("4111111111111111", alice), f("4111111111111111", bob)
        assert ta != tb  # each subject has its own key
        assert f.reveal(ta, alice) == "4111111111111111"
        assert set(_FF1_CACHE) == cached  # the process-wide cache holds no subject key
        subjects.forget("alice")
        with pytest.raises(ErasedSubjectError):
            f.reveal(ta, alice)
        assert f.reveal(tb, bob) == "4111111111111111"

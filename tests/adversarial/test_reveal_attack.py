"""Reveal under attack: every reversible token kind against every way to misuse it.

Each attempt must be refused (or, for FPE, never give the original and be audited as
unverifiable) and must leave exactly one audit event, with no value in it.
"""

from __future__ import annotations

import base64
import os
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from privkit.detect import Scanner
from privkit.errors import (
    ConfigError,
    InvalidToken,
    PermissionDeniedError,
    PolicyError,
    TransformError,
)
from privkit.keys import KeyRing
from privkit.policy import Actor, Policy, Protector

EMAIL = "jane.doe@example.com"
CARD = "4111 1111 1111 1111"
EMAIL_CAT = "user.contact.email"
CARD_CAT = "user.financial.credit_card"
LEAD = Actor("sam", roles=("support_lead",))
KINDS = ["siv", "gcm", "vault_sqlite", "vault_postgres", "fpe", "span"]
AUTHENTICATED = [k for k in KINDS if k != "fpe"]
SCANNER = Scanner(entities=["EMAIL_ADDRESS", "CREDIT_CARD"])


class ListSink:
    def __init__(self) -> None:
        self.events: list[dict] = []

    def write(self, event, /) -> None:
        self.events.append(dict(event))


def _transform(kind: str, tmp_path, request) -> dict:
    if kind in ("siv", "span"):
        return {"action": "encrypt_deterministic", "key": "tokens"}
    if kind == "gcm":
        return {"action": "encrypt", "key": "tokens", "bind_field": True}
    if kind == "vault_sqlite":
        return {"action": "vault", "key": "tokens", "store": str(tmp_path / "vault.db")}
    if kind == "vault_postgres":
        dsn = request.getfixturevalue("postgres_dsn")
        return {"action": "vault", "key": "tokens", "store": dsn, "namespace": os.urandom(6).hex()}
    assert kind == "fpe"
    return {"action": "fpe", "key": "tokens"}


class Setup:
    """A protector for one token kind, with a granted email token and a non-granted card token."""

    def __init__(self, kind: str, tmp_path, request) -> None:
        self.kind = kind
        self.sink = ListSink()
        policy = Policy.from_dict(
            {
                "version": 1,
                "purposes": ["support", "analytics"],
                "schema": {"email": EMAIL_CAT, "card": CARD_CAT, "notes": "text"},
                "rules": [
                    {
                        "categories": [EMAIL_CAT, CARD_CAT],
                        "purposes": ["*"],
                        "transform": _transform(kind, tmp_path, request),
                    }
                ],
                "reveal": [
                    {"categories": [EMAIL_CAT], "purposes": ["support"], "roles": ["support_lead"]}
                ],
            }
        )
        self.p = Protector(
            policy, keys=KeyRing.generate("tokens"), scanner=SCANNER, audit=self.sink
        )
        if kind == "span":
            self.field = "notes"
            text = self.p.protect({"notes": f"mail {EMAIL} card {CARD} end"}, purpose="support")
            tokens = re.findall(r"siv1:\S+", text["notes"])
            assert len(tokens) == 2, text
            self.email_token, self.card_token = tokens
            self.card_field = "notes"
        else:
            self.field = "email"
            self.card_field = "card"
            out = self.p.protect({"email": EMAIL, "card": CARD}, purpose="support")
            self.email_token, self.card_token = out["email"], out["card"]
        assert EMAIL not in self.email_token
        self.sink.events.clear()

    def reveal(self, token, **kw):
        args = {"purpose": "support", "actor": LEAD, "field": self.field, "category": EMAIL_CAT}
        args.update(kw)
        return self.p.reveal(token, **args)

    def one_event(self, outcome: str) -> dict:
        assert len(self.sink.events) == 1, self.sink.events
        (event,) = self.sink.events
        assert event["kind"] == "reveal"
        assert event["outcome"] == outcome
        flat = repr(event)
        for secret in (EMAIL, CARD, CARD.replace(" ", ""), "jane.doe"):
            assert secret not in flat
        self.sink.events.clear()
        return event


@pytest.fixture(params=KINDS)
def setup(request, tmp_path):
    return Setup(request.param, tmp_path, request)


def _tamper(token: str) -> str:
    i = len(token) - 3
    c = token[i]
    return (
        token[:i] + ("A" if c != "A" else "B") + token[i + 1 :]
        if not c.isdigit()
        else (token[:i] + str((int(c) + 1) % 10) + token[i + 1 :])
    )


def _forge(kind: str, token: str) -> str:
    if kind in ("siv", "gcm", "span"):
        head = token.rsplit(":", 1)[0]
        body = base64.urlsafe_b64encode(os.urandom(40)).decode().rstrip("=")
        return f"{head}:{body}"
    if kind.startswith("vault"):
        return os.urandom(16).hex()
    return "zelda.quux@example.com"  # FPE: any string of the shape


class TestGranted:
    def test_owner_reveals_and_is_audited(self, setup):
        assert setup.reveal(setup.email_token) == EMAIL
        ev = setup.one_event("unverifiable" if setup.kind == "fpe" else "ok")
        assert ev["categories"] == [EMAIL_CAT]
        assert ev["actor"] == {"name": "sam", "roles": ["support_lead"]}


class TestRefused:
    def test_wrong_category_is_a_bare_invalid_token(self, setup):
        # The repro: a token of a category nobody may reveal, presented under a
        # granted category, must not reveal (the grant follows what the token proves).
        with pytest.raises(InvalidToken) as info:
            setup.reveal(setup.card_token, field=setup.card_field)
        assert str(info.value) == str(InvalidToken())  # the one fixed, value-free message
        setup.one_event("invalid_token")
        with pytest.raises(InvalidToken):
            setup.reveal(setup.card_token, field=None)
        setup.one_event("invalid_token")

    def test_true_category_is_denied_to_the_same_actor(self, setup):
        with pytest.raises(PermissionDeniedError):
            setup.reveal(setup.card_token, field=setup.card_field, category=CARD_CAT)
        assert setup.one_event("denied")["categories"] == [CARD_CAT]

    def test_wrong_purpose(self, setup):
        with pytest.raises(PermissionDeniedError):
            setup.reveal(setup.email_token, purpose="analytics")
        setup.one_event("denied")

    @pytest.mark.parametrize("actor", ["eve", Actor("eve", roles=("support",)), Actor("x")])
    def test_wrong_actor(self, setup, actor):
        with pytest.raises(PermissionDeniedError):
            setup.reveal(setup.email_token, actor=actor)
        setup.one_event("denied")

    def test_forged(self, setup):
        forged = _forge(setup.kind, setup.email_token)
        if setup.kind == "fpe":  # no integrity: documented; never the original, flagged
            assert setup.reveal(forged) != EMAIL
            setup.one_event("unverifiable")
            return
        with pytest.raises(InvalidToken):
            setup.reveal(forged)
        setup.one_event("invalid_token")

    def test_tampered(self, setup):
        bad = _tamper(setup.email_token)
        assert bad != setup.email_token
        if setup.kind == "fpe":
            assert setup.reveal(bad) != EMAIL
            setup.one_event("unverifiable")
            return
        with pytest.raises(InvalidToken):
            setup.reveal(bad)
        setup.one_event("invalid_token")

    @pytest.mark.parametrize("value", [b"token", 42, None, ["t"], 3.5])
    def test_non_string(self, setup, value):
        with pytest.raises(ConfigError):
            setup.reveal(value)
        assert setup.one_event("malformed")["token_ids"] == []

    def test_undeclared_purpose(self, setup):
        with pytest.raises(PolicyError):
            setup.reveal(setup.email_token, purpose="jane.doe@example.com")
        assert setup.one_event("undeclared_purpose")["purpose"] == "<undeclared>"

    def test_unknown_category(self, setup):
        with pytest.raises(PolicyError) as info:
            setup.reveal(setup.email_token, category="jane.doe@example.com")
        assert EMAIL not in str(info.value)
        assert setup.one_event("unknown_category")["categories"] == []

    @pytest.mark.parametrize("actor", [None, 7, ""])
    def test_missing_actor(self, setup, actor):
        with pytest.raises(ConfigError):
            setup.reveal(setup.email_token, actor=actor)
        assert setup.one_event("missing_actor")["actor"] is None

    def test_no_category_at_all(self, setup):
        with pytest.raises(PermissionDeniedError):
            setup.reveal(setup.email_token, field=None, category=None)
        setup.one_event("denied")


@pytest.mark.parametrize("kind", ["siv", "gcm", "span"])
@pytest.mark.parametrize(
    "mangle",
    [
        pytest.param(lambda t: t + "!", id="bang"),
        pytest.param(lambda t: t + "\n", id="newline"),
        pytest.param(lambda t: t[:20] + "\n" + t[20:], id="inner-newline"),
        pytest.param(lambda t: t + "==", id="padding"),
        pytest.param(lambda t: " " + t, id="space"),
        pytest.param(lambda t: t.upper(), id="upper"),
        pytest.param(lambda t: t.replace(".v1:", ".v01:"), id="kid-leading-zero"),
        pytest.param(lambda t: t.replace(":", "::", 1), id="double-colon"),
    ],
)
def test_strict_token_text(kind, mangle, tmp_path, request):
    """One value has exactly one valid token string: every variant is refused (and audited)."""
    s = Setup(kind, tmp_path, request)
    token = s.email_token
    variant = mangle(token)
    assert variant != token
    with pytest.raises(InvalidToken):
        s.reveal(variant)
    s.one_event("invalid_token")


def test_standard_base64_alphabet_refused():
    """``+``/``/`` in place of ``-``/``_`` (same bytes, another text) are refused."""
    from privkit.transform import Encrypt, EncryptDeterministic

    ring = KeyRing.generate("k")
    for t in (EncryptDeterministic(keys=ring, key="k"), Encrypt(keys=ring, key="k")):
        seen = 0
        for i in range(200):
            token = t(f"value-{i}")
            if "-" in token.rsplit(":", 1)[1] or "_" in token.rsplit(":", 1)[1]:
                body = token.rsplit(":", 1)[1].replace("-", "+").replace("_", "/")
                with pytest.raises(InvalidToken):
                    t.reveal(token.rsplit(":", 1)[0] + ":" + body)
                assert t.reveal(token) == f"value-{i}"
                seen += 1
        assert seen > 50


def test_strict_trailing_bits():
    """A base64url text whose unused low bits are set decodes to the same bytes: refused."""
    from privkit.transform import EncryptDeterministic

    ring = KeyRing.generate("k")
    e = EncryptDeterministic(keys=ring, key="k")
    for value in ["a", "ab", "abc", "abcd", "jane@example.com"]:
        token = e(value)
        body = token.rsplit(":", 1)[1]
        if len(body) % 4 == 0:
            continue
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
        last = alphabet.index(body[-1])
        sibling = token[:-1] + alphabet[last ^ 1]
        with pytest.raises(InvalidToken):
            e.reveal(sibling)
        assert e.reveal(token) == value


@pytest.mark.parametrize("kind", ["vault_sqlite", "vault_postgres"])
@pytest.mark.parametrize(
    "mangle",
    [lambda t: t + "\n", lambda t: t.upper(), lambda t: " " + t, lambda t: t + "%"],
    ids=["newline", "upper", "space", "percent"],
)
def test_vault_token_text_is_exact(kind, mangle, tmp_path, request):
    s = Setup(kind, tmp_path, request)
    with pytest.raises(InvalidToken):
        s.reveal(mangle(s.email_token))
    s.one_event("invalid_token")


class TestFpe:
    """FPE has no integrity: the limits are explicit and audited, never silent."""

    def _protector(self, sink, ring=None):
        policy = Policy.from_dict(
            {
                "version": 1,
                "purposes": ["support"],
                "schema": {"phone": "user.contact.phone_number", "card": CARD_CAT},
                "rules": [
                    {
                        "categories": ["user.contact.phone_number", CARD_CAT],
                        "purposes": ["*"],
                        "transform": {"action": "fpe", "key": "tokens", "shape": "digits"},
                    }
                ],
                "reveal": [{"categories": ["user"], "purposes": ["support"], "actors": ["sam"]}],
            }
        )
        ring = ring or KeyRing.generate("tokens")
        return Protector(policy, keys=ring, scanner=SCANNER, audit=sink), ring

    def test_per_category_keys(self):
        sink = ListSink()
        p, _ = self._protector(sink)
        digits = "4155550100123"
        card_tok = p.protect({"card": digits}, purpose="support")["card"]
        phone_tok = p.protect({"phone": digits}, purpose="support")["phone"]
        assert card_tok != phone_tok  # one key per category
        sink.events.clear()
        got = p.reveal(card_tok, purpose="support", actor="sam", field="phone")
        assert got != digits
        assert p.reveal(card_tok, purpose="support", actor="sam", field="card") == digits
        assert [e["outcome"] for e in sink.events] == ["unverifiable", "unverifiable"]

    def test_pinned_across_rotation(self):
        sink = ListSink()
        p, ring = self._protector(sink)
        tok = p.protect({"phone": "4155550100"}, purpose="support")["phone"]
        ring.rotate("tokens")
        p2, _ = self._protector(sink, ring)  # a new process after rotation
        assert p2.protect({"phone": "4155550100"}, purpose="support")["phone"] == tok
        assert p2.reveal(tok, purpose="support", actor="sam", field="phone") == "4155550100"

    def test_authenticated_token_never_goes_to_fpe(self, tmp_path):
        sink = ListSink()
        policy = Policy.from_dict(
            {
                "version": 1,
                "purposes": ["support", "analytics"],
                "schema": {"phone": "user.contact.phone_number"},
                "rules": [
                    {
                        "categories": ["user.contact.phone_number"],
                        "purposes": ["support"],
                        "transform": {"action": "fpe", "key": "tokens", "shape": "digits"},
                    },
                    {
                        "categories": ["user.contact.phone_number"],
                        "purposes": ["analytics"],
                        "transform": {"action": "encrypt_deterministic", "key": "tokens"},
                    },
                ],
                "reveal": [{"categories": ["user"], "purposes": ["support"], "actors": ["sam"]}],
            }
        )
        p = Protector(policy, keys=KeyRing.generate("tokens"), scanner=SCANNER, audit=sink)
        tok = p.protect({"phone": "4155550100"}, purpose="analytics")["phone"]
        sink.events.clear()
        assert p.reveal(tok, purpose="support", actor="sam", field="phone") == "4155550100"
        with pytest.raises(InvalidToken):
            p.reveal(_tamper(tok), purpose="support", actor="sam", field="phone")
        assert [e["outcome"] for e in sink.events] == ["ok", "invalid_token"]

    def test_bad_shape_is_invalid_token_and_audited(self):
        sink = ListSink()
        p, _ = self._protector(sink)
        with pytest.raises(InvalidToken):
            p.reveal("no digits here", purpose="support", actor="sam", field="phone")
        assert [e["outcome"] for e in sink.events] == ["invalid_token"]


def test_audit_failure_withholds_the_value(tmp_path):
    """No unaudited reveal: when the event cannot be written, the value is not returned."""
    from privkit.errors import AuditError

    class Broken:
        def write(self, event, /):
            raise AuditError("audit sink down")

    policy = Policy.from_dict(
        {
            "version": 1,
            "purposes": ["support"],
            "schema": {"email": EMAIL_CAT},
            "rules": [
                {
                    "categories": [EMAIL_CAT],
                    "purposes": ["*"],
                    "transform": {"action": "encrypt_deterministic", "key": "tokens"},
                }
            ],
            "reveal": [{"categories": [EMAIL_CAT], "purposes": ["support"], "actors": ["sam"]}],
        }
    )
    ring = KeyRing.generate("tokens")
    token = Protector(policy, keys=ring, scanner=SCANNER).protect(
        {"email": EMAIL}, purpose="support"
    )["email"]
    p = Protector(policy, keys=ring, scanner=SCANNER, audit=Broken())
    with pytest.raises(AuditError):
        p.reveal(token, purpose="support", actor="sam", field="email")


def test_matrix_on_the_real_keyed_log(tmp_path):
    """Each refused or granted attempt adds exactly one line to the real log, which verifies."""
    from privkit.audit import read_events, token_id, verify

    log = tmp_path / "audit.jsonl"
    ring = KeyRing.generate("tokens", "audit")
    policy = Policy.from_dict(
        {
            "version": 1,
            "purposes": ["support", "analytics"],
            "schema": {"email": EMAIL_CAT, "card": CARD_CAT},
            "rules": [
                {
                    "categories": [EMAIL_CAT, CARD_CAT],
                    "purposes": ["*"],
                    "transform": {"action": "encrypt", "key": "tokens"},
                }
            ],
            "reveal": [{"categories": [EMAIL_CAT], "purposes": ["support"], "actors": ["sam"]}],
        }
    )
    p = Protector(policy, keys=ring, scanner=SCANNER, audit=log)
    out = p.protect({"email": EMAIL, "card": CARD}, purpose="support")
    attempts = [
        ({"value": out["email"]}, None),
        ({"value": out["card"], "field": "card", "category": EMAIL_CAT}, InvalidToken),
        ({"value": out["email"], "purpose": "analytics"}, PermissionDeniedError),
        ({"value": out["email"], "actor": "eve"}, PermissionDeniedError),
        ({"value": _tamper(out["email"])}, InvalidToken),
        ({"value": 42}, ConfigError),
        ({"value": out["email"], "purpose": "nope"}, PolicyError),
        ({"value": out["email"], "category": "user.nope"}, PolicyError),
        ({"value": out["email"], "actor": None}, ConfigError),
    ]
    for n, (kw, error) in enumerate(attempts, start=2):
        args = {"purpose": "support", "actor": "sam", "field": "email", **kw}
        value = args.pop("value")
        if error is None:
            assert p.reveal(value, **args) == EMAIL
        else:
            with pytest.raises(error):
                p.reveal(value, **args)
        assert verify(log, keys=ring, min_count=n).count == n, kw
    events = list(read_events(log, keys=ring))
    assert [e["outcome"] for e in events[1:]] == [
        "ok",
        "invalid_token",
        "denied",
        "denied",
        "invalid_token",
        "malformed",
        "undeclared_purpose",
        "unknown_category",
        "missing_actor",
    ]
    assert events[1]["token_ids"] == [token_id(out["email"], keys=ring)]
    raw = log.read_text()
    assert EMAIL not in raw
    assert out["email"] not in raw


_FUZZ_RING = KeyRing.generate("k")


@settings(max_examples=300, deadline=None)
@given(
    value=st.text(max_size=20),
    pos=st.integers(min_value=0, max_value=200),
    char=st.characters(codec="utf-8"),
    op=st.sampled_from(["insert", "replace", "delete"]),
    category=st.sampled_from([None, EMAIL_CAT]),
)
def test_fuzz_one_value_one_token_text(value, pos, char, op, category):
    """Any edit of a valid SIV/GCM token text is refused, unless it gives back the same text."""
    from privkit.transform import Encrypt, EncryptDeterministic
    from privkit.types import Context

    ctx = Context(field="email", category=category)
    for t in (EncryptDeterministic(keys=_FUZZ_RING, key="k"), Encrypt(keys=_FUZZ_RING, key="k")):
        try:
            token = t(value, ctx)
        except TransformError:  # lone surrogates are refused on protect; not this test
            return
        i = pos % (len(token) + 1)
        if op == "insert":
            variant = token[:i] + char + token[i:]
        elif op == "replace":
            variant = token[:i] + char + token[i + 1 :]
        else:
            variant = token[:i] + token[i + 1 :]
        if variant == token:
            continue
        with pytest.raises(InvalidToken):
            t.reveal(variant, ctx)

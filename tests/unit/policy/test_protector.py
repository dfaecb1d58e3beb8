"""The Protector on text, records, streams and columns; consent, retention, strict, reveal."""

import datetime as dt
import json
import math
import re

import pytest

from privkit.errors import (
    ConfigError,
    InvalidToken,
    PermissionDeniedError,
    PolicyError,
    TransformError,
    UnhandledPIIError,
)
from privkit.keys import KeyRing, generate_key
from privkit.policy import Actor, Policy, Protector

EMAIL = "jane.doe@example.com"
PHONE = "+1 415 555 0100"
CARD = "4539 1488 0343 6467"
NOW = dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.UTC)


def record():
    return {
        "customer": {
            "id": 42,
            "email": EMAIL,
            "phone": PHONE,
            "card": CARD,
            "notes": f"Customer wrote from {EMAIL}, call back on {PHONE}.",
        },
        "consent": {"marketing": True},
        "seen_at": "2026-11-20T10:00:00+00:00",
        "ip": "203.0.113.77",
    }


@pytest.fixture
def protector(policy, keys, scanner):
    return Protector(policy, keys=keys, scanner=scanner, clock=lambda: NOW)


class TestRecords:
    def test_support(self, protector):
        out = protector.protect(record(), purpose="support")
        assert out["customer"]["email"] == "j*******@example.com"
        assert out["customer"]["card"] == "**** **** **** 6467"
        assert out["customer"]["id"] == 42  # declared not personal
        # free text: e-mail has no support rule for spans -> default redact; phone too
        assert out["customer"]["notes"] == (
            "Customer wrote from <EMAIL_ADDRESS>, call back on <PHONE_NUMBER>."
        )
        assert out["consent"] == {"marketing": True}

    def test_same_shape_and_input_untouched(self, protector):
        rec = record()
        before = json.dumps(rec, sort_keys=True)
        out = protector.protect(rec, purpose="analytics")
        assert json.dumps(rec, sort_keys=True) == before
        assert set(out) == set(rec)
        assert set(out["customer"]) == set(rec["customer"])

    def test_analytics_tokens_join_across_fields(self, protector):
        out = protector.protect(record(), purpose="analytics")
        token = out["customer"]["email"]
        assert token != EMAIL
        assert EMAIL not in json.dumps(out)
        assert token in out["customer"]["notes"]  # the same token in free text: joinable

    def test_more_specific_purpose_wins(self, protector):
        out = protector.protect(record(), purpose="analytics.product")
        assert out["customer"]["email"] is None
        assert out["customer"]["phone"] is None

    def test_consent_required(self, protector):
        rec = record()
        assert protector.protect(rec, purpose="marketing")["customer"]["email"] == EMAIL
        rec["consent"]["marketing"] = False
        assert protector.protect(rec, purpose="marketing")["customer"]["email"] is None
        del rec["consent"]
        assert protector.protect(rec, purpose="marketing")["customer"]["email"] is None
        rec["consent"] = {"marketing": "yes"}  # only a real true counts
        assert protector.protect(rec, purpose="marketing")["customer"]["email"] is None

    def test_retention(self, protector):
        rec = record()
        assert protector.protect(rec, purpose="analytics")["ip"] == "203.0.113.0/24"
        rec["seen_at"] = "2026-01-01T00:00:00+00:00"
        assert protector.protect(rec, purpose="analytics")["ip"] == "203.0.0.0/16"
        rec["seen_at"] = NOW.timestamp() - 40 * 86400
        assert protector.protect(rec, purpose="analytics")["ip"] == "203.0.0.0/16"
        rec["seen_at"] = "not a date"  # unknown age: treated as expired (fail closed)
        assert protector.protect(rec, purpose="analytics")["ip"] == "203.0.0.0/16"

    def test_unknown_fields_go_through_detection_and_default(self, protector):
        out = protector.protect(
            {"misc": {"contact": f"x {EMAIL} y", "n": 3, "plan": "gold"}}, purpose="support"
        )
        assert out == {"misc": {"contact": "x <EMAIL_ADDRESS> y", "n": 3, "plan": "gold"}}

    def test_missing_and_extra_fields(self, protector):
        out = protector.protect({"customer": {"email": None, "shoe_size": 44}}, purpose="analytics")
        assert out == {"customer": {"email": None, "shoe_size": 44}}

    def test_none_and_nan_pass_through(self, protector):
        out = protector.protect({"customer": {"email": math.nan, "phone": None}}, purpose="support")
        assert math.isnan(out["customer"]["email"])
        assert out["customer"]["phone"] is None

    def test_list_where_scalar_expected(self, protector):
        out = protector.protect(
            {"customer": {"email": [EMAIL, None, "bob@example.org"]}}, purpose="support"
        )
        assert out["customer"]["email"] == ["j*******@example.com", None, "b**@example.org"]

    def test_dict_where_scalar_expected_is_still_covered(self, protector):
        out = protector.protect({"customer": {"email": {"work": EMAIL}}}, purpose="support")
        assert out["customer"]["email"]["work"] == "j*******@example.com"

    def test_integers_are_scanned(self, protector):
        out = protector.protect({"misc": 4539148803436467}, purpose="support")
        assert out["misc"] != 4539148803436467

    def test_tuples_become_lists_nothing_lost(self, protector):
        out = protector.protect({"t": ("a", EMAIL, 3)}, purpose="support")
        assert out == {"t": ["a", "<EMAIL_ADDRESS>", 3]}

    def test_deep_nesting_1000_levels(self, protector):
        rec: dict = {"email": EMAIL}
        for _ in range(1000):
            rec = {"k": rec}
        out = protector.protect(rec, purpose="support")
        node = out
        for _ in range(1000):
            node = node["k"]
        assert node == {"email": "<EMAIL_ADDRESS>"}

    def test_cyclic_record_is_refused(self, protector):
        rec: dict = {"a": 1}
        rec["self"] = rec
        with pytest.raises(ConfigError, match="nested deeper"):
            protector.protect(rec, purpose="support")

    def test_huge_record(self, protector):
        rec = {f"f{i}": f"value {i}" for i in range(20_000)}
        rec["f7"] = f"mail {EMAIL}"
        rec["blob"] = "x" * 2_000_000 + " " + EMAIL
        out = protector.protect(rec, purpose="support")
        assert len(out) == len(rec)
        assert out["f7"] == "mail <EMAIL_ADDRESS>"
        assert out["f8"] == "value 8"
        assert out["blob"] == "x" * 2_000_000 + " <EMAIL_ADDRESS>"

    def test_bytes(self, protector):
        assert protector.protect({"b": b"plain"}, purpose="support") == {"b": b"plain"}
        assert protector.protect({"b": EMAIL.encode()}, purpose="support") == {
            "b": "<EMAIL_ADDRESS>"
        }
        with pytest.raises(TransformError, match="not valid UTF-8"):
            protector.protect({"b": b"\xff" + EMAIL.encode()}, purpose="support")

    def test_unknown_purpose(self, protector):
        with pytest.raises(PolicyError, match="unknown purpose"):
            protector.protect(record(), purpose="advertising")

    def test_sub_purpose_of_declared_is_accepted(self, protector):
        out = protector.protect(record(), purpose="analytics.product.web")
        assert out["customer"]["email"] is None


class TestText:
    def test_spans_transformed_per_category(self, protector):
        text = f"Write to {EMAIL} or call {PHONE}."
        out = protector.protect(text, purpose="analytics")
        assert EMAIL not in out
        assert PHONE not in out
        assert out.startswith("Write to ")
        assert out.endswith(".")

    def test_text_without_pii_unchanged(self, protector):
        assert protector.protect("nothing to see", purpose="support") == "nothing to see"


class TestStreams:
    def test_lazy_generator_keeps_order(self, policy, keys, scanner):
        pulled = []

        def source():
            for i in range(5):
                pulled.append(i)
                yield {"i": i, "customer": {"email": f"u{i}@example.com"}}

        p = Protector(policy, keys=keys, scanner=scanner, batch_size=2)
        gen = p.protect(source(), purpose="support")
        assert pulled == []  # nothing consumed before iteration
        first = next(gen)
        assert first["i"] == 0
        assert pulled == [0, 1]
        rest = list(gen)
        assert [r["i"] for r in rest] == [1, 2, 3, 4]
        assert rest[-1]["customer"]["email"] == "u*@example.com"

    def test_list_of_records(self, protector):
        out = list(protector.protect([record(), {"x": 1}, "free text " + EMAIL], purpose="support"))
        assert len(out) == 3
        assert out[1] == {"x": 1}
        assert out[2] == "free text <EMAIL_ADDRESS>"

    def test_stream_rejects_unknown_purpose_eagerly(self, protector):
        with pytest.raises(PolicyError):
            protector.protect(iter([record()]), purpose="nope")

    def test_not_protectable(self, protector):
        with pytest.raises(ConfigError, match="cannot protect a float"):
            protector.protect(1.5, purpose="support")


class TestColumns:
    def test_protect_column_structured(self, protector):
        out = protector.protect_column(
            "customer.email", [EMAIL, None, EMAIL, "a@b.io"], purpose="support"
        )
        assert out == ["j*******@example.com", None, "j*******@example.com", "*@b.io"]

    def test_protect_column_category_override(self, protector):
        out = protector.protect_column(
            "whatever", [PHONE], purpose="analytics.product", category="user.contact"
        )
        assert out == [None]

    def test_protect_column_free_text(self, protector):
        out = protector.protect_column(
            "customer.notes", [f"hi {EMAIL}", None, "plain"], purpose="support"
        )
        assert out == ["hi <EMAIL_ADDRESS>", None, "plain"]

    def test_consent_in_columns(self, protector):
        out = protector.protect_columns(
            {"customer.email": [EMAIL, EMAIL], "consent.marketing": [True, False]},
            purpose="marketing",
        )
        assert out["customer.email"] == [EMAIL, None]
        # without the consent column: suppressed (fail closed)
        assert protector.protect_column("customer.email", [EMAIL], purpose="marketing") == [None]

    def test_columns_of_different_length(self, protector):
        with pytest.raises(ConfigError, match="same length"):
            protector.protect_columns({"a": [1], "b": [1, 2]}, purpose="support")

    def test_plan(self, protector):
        plan = protector.plan(
            {"customer.email": None, "customer.notes": None, "customer.id": None, "x": "user.name"},
            purpose="support",
        )
        assert plan["customer.email"].rule == "rules.0 (support-email)"
        assert plan["customer.email"].transform == "mask"
        assert plan["customer.email"].category == "user.contact.email"
        assert plan["customer.notes"].transform == "scan"
        assert plan["customer.id"].transform == "pass"
        assert plan["x"].rule == "default"
        assert plan["x"].transform == "redact"

    def test_unknown_category_override(self, protector):
        with pytest.raises(PolicyError, match="unknown category"):
            protector.plan({"x": "user.nope"}, purpose="support")


class TestStrict:
    def test_strict_raises_on_default(self, policy, keys, scanner):
        p = Protector(policy, keys=keys, scanner=scanner, strict=True)
        with pytest.raises(UnhandledPIIError) as info:
            p.protect({"misc": f"mail {EMAIL}"}, purpose="support")
        assert info.value.field == "misc"
        assert info.value.category == "user.contact.email"
        assert EMAIL not in str(info.value)

    def test_strict_passes_covered_data(self, policy, keys, scanner):
        p = Protector(policy, keys=keys, scanner=scanner, strict=True)
        out = p.protect(
            {"customer": {"email": EMAIL, "id": 1}, "other": "no pii"}, purpose="support"
        )
        assert out["customer"]["email"].endswith("@example.com")

    def test_strict_ignores_missing_values(self, policy, keys, scanner):
        p = Protector(policy, keys=keys, scanner=scanner, strict=True)
        assert p.protect({"x": None, "ip": None}, purpose="support") == {"x": None, "ip": None}


class TestReveal:
    def test_reveal_allowed_by_role(self, protector):
        out = protector.protect(record(), purpose="fraud")
        token = out["customer"]["email"]
        assert token != EMAIL
        analyst = Actor("ann", roles=("fraud_analyst",))
        assert (
            protector.reveal(token, purpose="fraud", actor=analyst, field="customer.email") == EMAIL
        )

    def test_reveal_denied_for_other_roles_and_purposes(self, protector):
        token = protector.protect(record(), purpose="fraud")["customer"]["email"]
        with pytest.raises(PermissionDeniedError):
            protector.reveal(
                token,
                purpose="fraud",
                actor=Actor("bob", roles=("support",)),
                field="customer.email",
            )
        with pytest.raises(PermissionDeniedError):
            protector.reveal(
                token,
                purpose="analytics",
                actor=Actor("ann", roles=("fraud_analyst",)),
                field="customer.email",
            )

    def test_reveal_by_named_actor(self, protector):
        token = protector.protect(record(), purpose="fraud")["customer"]["email"]
        assert (
            protector.reveal(
                token, purpose="support", actor="lead@example.org", field="customer.email"
            )
            == EMAIL
        )
        with pytest.raises(PermissionDeniedError):
            protector.reveal(token, purpose="support", actor="someone", field="customer.email")

    def test_reveal_unknown_category_denied(self, protector):
        with pytest.raises(PermissionDeniedError, match="unknown category"):
            protector.reveal("x", purpose="fraud", actor=Actor("ann", roles=("fraud_analyst",)))

    def test_reveal_category_not_granted(self, protector):
        token = protector.protect({"ip": "203.0.113.7"}, purpose="fraud")["ip"]
        with pytest.raises(PermissionDeniedError):
            protector.reveal(
                token, purpose="fraud", actor=Actor("ann", roles=("fraud_analyst",)), field="ip"
            )

    def test_tampered_token(self, protector):
        token = protector.protect(record(), purpose="fraud")["customer"]["email"]
        bad = token[:-2] + ("A" if token[-2] != "A" else "B") + token[-1]
        with pytest.raises(InvalidToken):
            protector.reveal(
                bad,
                purpose="fraud",
                actor=Actor("ann", roles=("fraud_analyst",)),
                field="customer.email",
            )


class TestKeys:
    KEYED = {  # noqa: RUF012 - read-only test data
        "version": 1,
        "purposes": ["a"],
        "keys": {"tokens": {"source": "env", "name": "TEST_PRIVKIT_TOKENS"}},
        "rules": [
            {
                "categories": ["user"],
                "purposes": ["a"],
                "transform": {"action": "tokenize", "key": "tokens"},
            }
        ],
    }

    def test_env_key_reference(self, monkeypatch, scanner):
        monkeypatch.setenv("TEST_PRIVKIT_TOKENS", generate_key())
        p = Protector(Policy.from_dict(self.KEYED), scanner=scanner)
        out = p.protect_column("x", [EMAIL], purpose="a", category="user.contact.email")
        assert out[0] != EMAIL

    def test_policy_tokens_join_with_transform_tokens(self, scanner):
        # A policy rule with default options and the Tokenize transform with default
        # options must give the same token, or tables protected both ways never join.
        from privkit.transform import Tokenize

        ring = KeyRing.generate("tokens")
        p = Protector(Policy.from_dict({**self.KEYED, "keys": {}}), keys=ring, scanner=scanner)
        out = p.protect_column("x", [EMAIL], purpose="a", category="user.contact.email")
        assert out[0] == Tokenize(keys=ring, key="tokens")(EMAIL)
        assert p.keys is ring

    def test_missing_env_key_is_an_error(self, monkeypatch, scanner):
        monkeypatch.delenv("TEST_PRIVKIT_TOKENS", raising=False)
        with pytest.raises(
            PolicyError, match=r"keys\.tokens: environment variable TEST_PRIVKIT_TOKENS is not set"
        ):
            Protector(Policy.from_dict(self.KEYED), scanner=scanner).session(purpose="a")

    def test_weak_env_key_is_an_error_without_echo(self, monkeypatch, scanner):
        monkeypatch.setenv("TEST_PRIVKIT_TOKENS", "c2hvcnQ=")
        with pytest.raises(PolicyError, match=r"keys\.tokens") as info:
            Protector(Policy.from_dict(self.KEYED), scanner=scanner).session(purpose="a")
        assert "c2hvcnQ" not in str(info.value)

    def test_key_not_in_given_ring(self, scanner):
        with pytest.raises(
            PolicyError, match=r"rules\.0\.transform\.key: key 'tokens' is not in the key ring"
        ):
            Protector(
                Policy.from_dict(self.KEYED), keys=KeyRing.generate("other"), scanner=scanner
            ).session(purpose="a")

    def test_undeclared_key_without_ring(self, scanner):
        data = {**self.KEYED, "keys": {}}
        with pytest.raises(PolicyError, match="not in the key ring"):
            Protector(Policy.from_dict(data), scanner=scanner).session(purpose="a")

    def test_file_key_reference(self, tmp_path, scanner):
        (tmp_path / "k.key").write_text(generate_key())
        data = {
            **self.KEYED,
            "keys": {"tokens": {"source": "file", "path": str(tmp_path / "k.key")}},
        }
        p = Protector(Policy.from_dict(data), scanner=scanner)
        assert p.protect_column("x", ["v"], purpose="a", category="user.name")[0] != "v"

    def test_bad_transform_parameters_at_compile_time(self, keys, scanner):
        data = {
            "version": 1,
            "purposes": ["a"],
            "rules": [
                {
                    "categories": ["user"],
                    "purposes": ["a"],
                    "transform": {"action": "mask", "char": "x"},
                }
            ],
        }
        with pytest.raises(PolicyError, match=r"rules\.0\.transform"):
            Protector(Policy.from_dict(data), keys=keys, scanner=scanner).session(purpose="a")

    def test_constructor_only_stores(self, tmp_path, scanner):
        # No file read, no environment read, no transform built until work needs it.
        p = Protector(tmp_path / "absent.yaml", scanner=scanner)
        assert "absent.yaml" in repr(p)
        with pytest.raises(PolicyError):
            p.protect({"a": 1}, purpose="a")
        q = Protector(Policy.from_dict(self.KEYED), scanner=scanner)  # key env var unset
        assert q.plan({"x": "user.name"}, purpose="a")["x"].transform == "tokenize"

    def test_repr_has_no_key_material(self, policy, keys, scanner):
        r = repr(Protector(policy, keys=keys, scanner=scanner))
        assert "tokens=[v1*]" in r


class TestSubjects:
    def test_subject_field_feeds_date_shift(self, keys, scanner):
        data = {
            "version": 1,
            "purposes": ["a"],
            "subject_field": "user_id",
            "schema": {"user_id": "none", "born": "user.date"},
            "rules": [
                {
                    "categories": ["user.date"],
                    "purposes": ["a"],
                    "transform": {"action": "date_shift", "key": "tokens", "max_days": 10},
                }
            ],
        }
        p = Protector(Policy.from_dict(data), keys=keys, scanner=scanner)
        a = p.protect({"user_id": "u1", "born": "2000-01-15"}, purpose="a")["born"]
        b = p.protect({"user_id": "u1", "born": "2000-01-16"}, purpose="a")["born"]
        assert a != "2000-01-15"
        d = dt.date.fromisoformat(b) - dt.date.fromisoformat(a)
        assert d.days == 1  # same subject: same shift, intervals preserved

    def test_batch_equals_record_by_record_with_interleaved_subjects(self, keys, scanner):
        data = {
            "version": 1,
            "purposes": ["a"],
            "subject_field": "user_id",
            "schema": {"user_id": "none", "born": "user.date", "mail": "user.contact.email"},
            "rules": [
                {
                    "categories": ["user.date"],
                    "purposes": ["a"],
                    "transform": {"action": "date_shift", "key": "tokens", "max_days": 300},
                },
                {
                    "categories": ["user.contact"],
                    "purposes": ["a"],
                    "transform": {"action": "tokenize", "key": "tokens"},
                },
            ],
        }
        p = Protector(Policy.from_dict(data), keys=keys, scanner=scanner)
        records = [
            {"user_id": f"u{i % 7}", "born": f"2000-01-{1 + i % 28:02d}", "mail": f"m{i % 3}@x.io"}
            for i in range(60)
        ]
        records[5]["user_id"] = None  # no subject: date_shift must refuse, not guess
        with pytest.raises(TransformError):
            list(p.protect(records, purpose="a"))
        del records[5]
        batch = list(p.protect(records, purpose="a"))
        assert batch == [p.protect(r, purpose="a") for r in records]
        shifts = {
            r["user_id"]: dt.date.fromisoformat(o["born"]) - dt.date.fromisoformat(r["born"])
            for r, o in zip(records, batch, strict=True)
        }
        assert len(set(shifts.values())) > 1  # subjects get their own offsets


class TestOverlaps:
    def test_overlapping_spans_are_merged_not_dropped(self, policy, keys):
        from privkit.types import EntityType, Finding

        def detector(text):
            return [
                Finding(EntityType.EMAIL_ADDRESS, 0, 10, 0.9, "a"),
                Finding(EntityType.PHONE_NUMBER, 5, 20, 0.6, "b"),
                Finding(EntityType.PHONE_NUMBER, 25, 30, 0.6, "b"),
            ]

        p = Protector(policy, keys=keys, scanner=detector)
        text = "0123456789abcdefghij-----XXXXX!"
        assert p.protect(text, purpose="support") == "<EMAIL_ADDRESS>-----<PHONE_NUMBER>!"


class TestOddContainersAndLeaves:
    def test_mapping_proxy_record_and_nested(self, protector):
        from types import MappingProxyType

        rec = MappingProxyType({"misc": MappingProxyType({"a": f"to {EMAIL}"})})
        assert protector.protect(rec, purpose="support") == {"misc": {"a": "to <EMAIL_ADDRESS>"}}

    def test_sets_are_scanned_as_lists(self, protector):
        out = protector.protect({"tags": {f"x {EMAIL}"}}, purpose="support")
        assert out == {"tags": ["x <EMAIL_ADDRESS>"]}

    def test_objects_are_scanned_through_str(self, protector):
        class Holder:
            def __str__(self):
                return f"owner {EMAIL}"

        out = protector.protect({"h": Holder(), "f": 1.5, "b": True}, purpose="support")
        assert out == {"h": "owner <EMAIL_ADDRESS>", "f": 1.5, "b": True}

    def test_objects_without_pii_are_returned_unchanged(self, protector):
        import uuid

        u = uuid.UUID(int=7)
        assert protector.protect({"u": u}, purpose="support")["u"] is u

    def test_broken_str_is_an_error(self, protector):
        class Broken:
            def __str__(self):
                raise RuntimeError("boom")

        with pytest.raises(TransformError, match="Broken"):
            protector.protect({"x": Broken()}, purpose="support")


def test_protector_pickles(policy, keys, scanner):
    import pickle

    p = Protector(policy, keys=keys, scanner=scanner)
    q = pickle.loads(pickle.dumps(p))  # noqa: S301 - our own bytes
    rec = {"customer": {"email": EMAIL}}
    assert q.protect(rec, purpose="analytics") == p.protect(rec, purpose="analytics")


def test_transform_errors_name_the_field_not_the_value(policy, keys, scanner):
    p = Protector(policy, keys=keys, scanner=scanner, clock=lambda: NOW)
    with pytest.raises(
        TransformError, match=r"^ip: generalize: value is not an IP address"
    ) as info:
        p.protect(
            {"ip": "secret-host-name", "seen_at": "2026-11-20T10:00:00+00:00"}, purpose="analytics"
        )
    assert "secret-host-name" not in str(info.value)


class TestFieldNameContext:
    """A lone field value is read with its field name as context, as the table path does."""

    POLICY = {  # noqa: RUF012 - read-only test data
        "version": 1,
        "purposes": ["a"],
        "rules": [
            {
                "categories": ["user.contact", "user.device", "user.unique_id"],
                "purposes": ["a"],
                "transform": {"action": "redact"},
            }
        ],
    }
    ENTITIES = ("EMAIL_ADDRESS", "PHONE_NUMBER", "MAC_ADDRESS", "ADVERTISING_ID")
    IDFA = "6D92078A-8246-4BA4-AE5B-76104861E7DC"

    @pytest.fixture
    def protector(self):
        from privkit.detect import Scanner

        scanner = Scanner(entities=list(self.ENTITIES))
        return Protector(Policy.from_dict(self.POLICY), scanner=scanner)

    @pytest.mark.parametrize(
        ("field", "value"),
        [
            ("phone", "2025550153"),
            ("mobilePhone", 2025550153),
            ("idfa", IDFA),
            ("device.wifi_mac", "001a2b3c4d5e"),
        ],
    )
    def test_context_free_values_in_named_fields_are_found(self, protector, field, value):
        record: dict[str, object] = {}
        *parents, last = field.split(".")
        leaf = record
        for p in parents:
            leaf = leaf.setdefault(p, {})  # type: ignore[assignment]
        leaf[last] = value
        out = protector.protect(record, purpose="a")
        for p in parents:
            out = out[p]
        assert re.fullmatch(r"<[A-Z_]+>", out[last])  # redacted: a typed placeholder
        assert re.fullmatch(r"<[A-Z_]+>", protector.protect_column(field, [value], purpose="a")[0])
        assert protector.explain(record, purpose="a")[field].spans

    @pytest.mark.parametrize(
        ("field", "value"),
        [
            ("order_id", IDFA),  # no identifier word in the name: a bare UUID stays
            ("amount", "2025550153"),
            ("email", "garbled"),  # the name alone does not make a value personal data
            ("email_verified", True),
        ],
    )
    def test_names_do_not_invent_findings(self, protector, field, value):
        assert protector.protect({field: value}, purpose="a") == {field: value}

    def test_offsets_map_back_onto_the_value(self, protector):
        out = protector.protect({"phone": "call 2025550153 now"}, purpose="a")
        assert out == {"phone": "call <PHONE_NUMBER> now"}

    @pytest.mark.parametrize(
        ("field", "value", "entities"),
        [
            # the phone detector's "not a phone" labels, meant for digits they name
            ("ssn", "(415) 555-0132", ["PHONE_NUMBER"]),
            ("social_security", "+1 415 555 0132", ["PHONE_NUMBER"]),
            ("device_id", "+44 20 7946 0958", ["PHONE_NUMBER"]),
            ("account_number", "06-82237745", ["PHONE_NUMBER"]),
            # a card name read before an IMEI, a place's name before an SSN
            ("card_number", "490154203237518", ["IMEI"]),
            ("zip", "536-90-1234", ["US_SSN"]),
            # "Name: link" read as a header line, where a link is no personal data itself
            ("referer", "https://shop.example.com/cart?id=5", ["URL"]),
            ("ip", "http://1\u0416.2.3.4/\nhttp://1\u0416.2.3.4/", ["URL"]),
        ],
    )
    def test_a_name_never_removes_what_the_value_shows_alone(self, field, value, entities):
        from privkit.detect import Scanner

        scanner = Scanner(entities=entities)
        alone = [value[f.start : f.end] for f in scanner.scan(value)]
        assert alone  # the value read alone shows personal data
        p = Protector(Policy.redact_all("a"), scanner=scanner)
        for out in (
            p.protect({field: value}, purpose="a")[field],
            p.protect({"r": [{field: value}]}, purpose="a")["r"][0][field],
            p.protect_column(field, [value], purpose="a")[0],
        ):
            assert not [s for s in alone if s in out], out
        assert p.explain({field: value}, purpose="a")[field].spans

    def test_lines_of_one_value_are_read_alike(self):
        from privkit.detect import Scanner

        p = Protector(Policy.redact_all("a"), scanner=Scanner(entities=["URL"]))
        out = p.protect({"ip": "http://1\u0416.2.3.4/\nhttp://1\u0416.2.3.4/"}, purpose="a")
        assert out == {"ip": "<URL>\n<URL>"}


class TestMappingKeys:
    """Personal data used as a mapping key ({email: score}) is protected like any value."""

    def test_keys_are_rewritten_and_kept_out_of_the_audit(self, keys, scanner):
        events = []

        class Sink:
            def write(self, event):
                events.append(event)

        data = {
            "version": 1,
            "purposes": ["a"],
            "rules": [
                {
                    "categories": ["user.contact", "user.device"],
                    "purposes": ["a"],
                    "transform": {"action": "tokenize", "key": "tokens"},
                }
            ],
        }
        p = Protector(Policy.from_dict(data), keys=keys, scanner=scanner, audit=Sink())
        record = {
            "scores": {EMAIL: 3, "plain": 1},
            "by_ip": {"203.0.113.9": {"hits": 2}},
            "email": EMAIL,
        }
        out = p.protect(record, purpose="a")
        token = out["email"]
        assert out["scores"] == {token: 3, "plain": 1}  # same value, same token: still joins
        (ip_key,) = out["by_ip"]
        assert ip_key != "203.0.113.9"
        assert out["by_ip"][ip_key] == {"hits": 2}
        dumped = json.dumps(events, default=str)
        assert EMAIL not in dumped
        assert "203.0.113.9" not in dumped
        from privkit.integrations.tables import protect_table

        assert protect_table([record], protector=p, purpose="a") == [out]

    @pytest.mark.parametrize(
        ("key", "redacted_key"),
        [
            ("held https://example.com", "held <URL>"),
            ("url https://example.com", "url <URL>"),  # a name's own "url" too: no context
        ],
    )
    def test_a_key_partly_redacted_gives_its_value_no_context(self, key, redacted_key):
        # The key's rewritten name ("held <URL>") read as context ("held url: ") made a lone
        # setting's link ("value=http://...") a line of machine text: it was kept verbatim,
        # though read alone it is a link. A placeholder in a name gives it no context.
        from privkit.detect import Scanner

        p = Protector(
            Policy.from_dict({"version": 1, "purposes": ["a"], "text": {"entities": ["URL"]}}),
            scanner=Scanner(entities=["URL"]),
        )
        value = "value=http://shop.example.org/x"
        assert [f.entity_type.value for f in Scanner(entities=["URL"]).scan(value)] == ["URL"]
        assert p.protect({key: value}, purpose="a") == {redacted_key: "value=<URL>"}
        assert p.protect({"note": value}, purpose="a") == {"note": "value=<URL>"}

    def test_keys_that_would_collide_fail_without_the_value(self, scanner):
        p = Protector(Policy.from_dict({"version": 1, "purposes": ["a"]}), scanner=scanner)
        assert p.protect({"m": {EMAIL: 1}}, purpose="a") == {"m": {"<EMAIL_ADDRESS>": 1}}
        with pytest.raises(TransformError, match="mapping keys") as info:
            p.protect({"m": {EMAIL: 1, "bo@example.org": 2}}, purpose="a")
        assert EMAIL not in str(info.value)

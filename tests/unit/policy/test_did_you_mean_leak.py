"""Mistyped names in a policy get a "did you mean"; value-shaped input is never quoted back."""

import pytest

from privkit import Policy
from privkit.errors import InvalidToken, PolicyError

BASE = {"version": 1, "purposes": ["analytics", "support"]}


def _rule(**over):
    rule = {"categories": ["user.contact"], "purposes": ["analytics"], "transform": "redact"}
    return {**BASE, "rules": [{**rule, **over}]}


def _errors(data):
    with pytest.raises(PolicyError) as info:
        Policy.from_dict(data)
    return {e["loc"]: e["msg"] for e in info.value.errors()}, str(info.value)


class TestDidYouMean:
    @pytest.mark.parametrize("transform", ["tokenise", {"action": "tokenise", "key": "tokens"}])
    def test_action(self, transform):
        errors, _ = _errors(_rule(transform=transform))
        msg = errors["rules.0.transform"]
        assert msg.startswith("unknown action 'tokenise'; did you mean 'tokenize'?")

    def test_unknown_rule_key(self):
        data = _rule()
        data["rules"][0]["categorys"] = data["rules"][0].pop("categories")
        errors, _ = _errors(data)
        assert errors["rules.0.categorys"] == "unknown key; did you mean 'categories'?"

    def test_top_level_key(self):
        errors, _ = _errors({**BASE, "shema": {}})
        assert errors["shema"] == "unknown key; did you mean 'schema'?"

    def test_category_value(self):
        errors, _ = _errors(_rule(categories=["user.contatc"]))
        assert (
            "unknown category 'user.contatc'; did you mean 'user.contact'?"
            in (errors["rules.0.categories.0"])
        )

    def test_purpose_in_rule(self):
        errors, _ = _errors(_rule(purposes=["analytic"]))
        assert (
            "unknown purpose 'analytic'; did you mean 'analytics'?"
            in (errors["rules.0.purposes.0"])
        )

    def test_schema_category(self):
        errors, _ = _errors({**BASE, "schema": {"email": "user.contact.emial"}})
        assert "did you mean 'user.contact.email'?" in errors["schema.email"]

    def test_key_source(self):
        errors, _ = _errors({**BASE, "keys": {"tokens": {"source": "envv", "name": "X"}}})
        assert "unknown source 'envv'; did you mean 'env'?" in errors["keys.tokens"]

    def test_nothing_close_means_no_suggestion(self):
        errors, _ = _errors(_rule(transform="zzzzzz"))
        assert "did you mean" not in errors["rules.0.transform"]


class TestNoLeakInSuggestions:
    """A value pasted where a name belongs is never echoed, only located."""

    @pytest.mark.parametrize(
        "value", ["jane.doe@example.com", "4111 1111 1111 1111", "c2VjcmV0IGtleSBtYXRlcmlhbA=="]
    )
    def test_value_shaped_action_is_not_quoted(self, value):
        _, text = _errors(_rule(transform={"action": value}))
        assert value not in text

    @pytest.mark.parametrize("value", ["jane.doe@example.com", "+44 20 7946 0958"])
    def test_value_shaped_category_and_purpose_are_not_quoted(self, value):
        _, text = _errors(_rule(categories=[value], purposes=[value]))
        assert value not in text


class TestInvalidTokenMessage:
    def test_fixed_message_whatever_was_passed(self):
        secret = "tok_9f2c...secret-token-material"
        err = InvalidToken(secret)
        assert str(err) == InvalidToken.MESSAGE
        assert secret not in repr(err)
        assert secret not in str(err.args)
        assert "not valid for this key ring" in str(InvalidToken())

    def test_tampered_token_raises_the_same_message(self):
        from privkit.keys import KeyRing
        from privkit.transform import Encrypt

        keys = KeyRing.generate("k")
        enc = Encrypt(key="k", keys=keys)
        token = enc("jane@example.com")
        # One character in the middle of the sealed part changed: all six of its bits are
        # ciphertext, so the tag must fail. (The last two characters were not a sure
        # tamper: they could already read "AA", or carry only padding bits.)
        mid = len(token) // 2
        tampered = token[:mid] + ("A" if token[mid] != "A" else "B") + token[mid + 1 :]
        messages = set()
        for bad in (tampered, token[:10], "garbage"):
            with pytest.raises(InvalidToken) as info:
                enc.reveal(bad)
            messages.add(str(info.value))
        assert messages == {InvalidToken.MESSAGE}

"""One schema per transform: limits agree, and plug-in transforms can be named in a policy.

(``test_actions.py`` checks that each action model names the transform's parameters with
the same defaults.) A value the transform refuses must be refused when the policy loads, so
a policy cannot validate and then fail when its transforms are built.
"""

from __future__ import annotations

import sys
import textwrap
import typing

import pytest

from privkit.errors import PolicyError
from privkit.keys import KeyRing
from privkit.policy import Policy, Protector, model
from privkit.transform import _registry, build

MODELS = {
    typing.get_args(m.model_fields["action"].annotation)[0]: m
    for m in (
        model.RedactAction, model.ReplaceAction, model.MaskAction, model.NullifyAction,
        model.KeepAction, model.HashAction, model.TokenizeAction, model.VaultAction,
        model.FpeAction, model.EncryptAction, model.EncryptDeterministicAction,
        model.GeneralizeAction, model.DateShiftAction,
    )
}  # fmt: skip


@pytest.mark.parametrize(
    ("action", "bad"),
    [
        ("hash", {"length": 15}),
        ("tokenize", {"length": 15}),
        ("mask", {"char": "**"}),
        ("generalize", {"ipv4_prefix": 33}),
    ],
)
def test_a_value_the_transform_refuses_is_refused_at_load(action, bad):
    keys = KeyRing.generate("k")
    keyed = "key" in MODELS[action].model_fields
    with pytest.raises(Exception):
        build(action, keys=keys if keyed else None, **({"key": "k"} if keyed else {}), **bad)
    rule = {"categories": ["user"], "purposes": ["a"],
            "transform": {"action": action, **({"key": "k"} if keyed else {}), **bad}}  # fmt: skip
    with pytest.raises(PolicyError):
        Policy.from_dict({"version": 1, "purposes": ["a"], "rules": [rule]})


@pytest.fixture
def plugin(tmp_path, monkeypatch):
    (tmp_path / "privkit_policy_plugin.py").write_text(
        textwrap.dedent(
            """
            def make(*, suffix="!"):
                def shout(value, ctx=None):
                    return value.upper() + suffix
                return shout
            """
        )
    )
    dist = tmp_path / "privkit_policy_plugin-0.1.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: privkit-policy-plugin\nVersion: 0.1\n"
    )
    (dist / "entry_points.txt").write_text(
        "[privkit.transforms]\nshout = privkit_policy_plugin:make\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(_registry, "_loaded", False)
    monkeypatch.setattr(_registry, "_plugins", {})
    monkeypatch.setattr(_registry, "_disabled", {})
    yield
    sys.modules.pop("privkit_policy_plugin", None)


def test_a_plugin_transform_can_be_named_in_a_policy(plugin):
    policy = Policy.from_dict(
        {
            "version": 1,
            "purposes": ["a"],
            "schema": {"who": "user.name"},
            "rules": [
                {"categories": ["user.name"], "purposes": ["a"],
                 "transform": {"action": "shout", "suffix": "?"}},
            ],
        }
    )  # fmt: skip
    assert isinstance(policy.rules[0].transform, model.PluginAction)
    out = Protector(policy).protect({"who": "ana"}, purpose="a")
    assert out == {"who": "ANA?"}


def test_an_unknown_action_is_still_refused_with_a_suggestion(plugin):
    with pytest.raises(PolicyError, match="did you mean 'shout'"):
        Policy.from_dict(
            {
                "version": 1,
                "purposes": ["a"],
                "rules": [{"categories": ["user"], "purposes": ["a"], "transform": "shoutt"}],
            }
        )

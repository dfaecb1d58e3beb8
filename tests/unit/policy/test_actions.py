"""Policy action models mirror the transform registry: every parameter reaches build()."""

import dataclasses
import typing

import pytest
from pydantic import TypeAdapter

from privkit.keys import KeyRing
from privkit.policy import Policy, Protector
from privkit.policy import model as m
from privkit.transform import registered, transform_class

ADAPTER = TypeAdapter(m.Action)
MODELS = {
    typing.get_args(cls.model_fields["action"].annotation)[0]: cls
    for cls in (
        typing.get_args(member)[0] for member in typing.get_args(typing.get_args(m.Action)[0])
    )
    if cls is not m.PluginAction  # plug-ins: any registered name, their own parameters
}


def test_every_builtin_transform_has_an_action_model():
    builtins = {n for n, status in registered().items() if status == "builtin"}
    assert builtins == set(MODELS)


@pytest.mark.parametrize("name", sorted(MODELS))
def test_model_fields_are_transform_parameters(name):
    fields = {f.name for f in dataclasses.fields(transform_class(name)) if f.init}
    params = set(MODELS[name].model_fields) - {"action"}
    assert params <= fields, params - fields


@pytest.mark.parametrize("name", sorted(MODELS))
def test_model_defaults_are_transform_defaults(name):
    # params() leaves defaults out, so the transform's own default is what runs: the
    # model's default (shown in the JSON Schema and by explain) must say the same, or be
    # None ("the transform's default").
    defaults = {
        f.name: f.default
        for f in dataclasses.fields(transform_class(name))
        if f.init and f.default is not dataclasses.MISSING
    }
    for field, info in MODELS[name].model_fields.items():
        if field == "action" or info.is_required() or info.default is None:
            continue
        assert info.default == defaults[field], field


EXAMPLES = {
    "redact": {}, "replace": {"text": "[x]"}, "mask": {"keep_last": 2, "char": "#"},
    "nullify": {}, "keep": {}, "hash": {"key": "k", "length": 16, "encoding": "base32"},
    "tokenize": {"key": "k", "prefix": "t_", "length": 20}, "fpe": {"key": "k", "shape": "digits"},
    "encrypt": {"key": "k", "bind_field": False}, "encrypt_deterministic": {"key": "k", "domain": "d"},
    "generalize": {"kind": "number", "bucket": 5}, "date_shift": {"key": "k", "max_days": 3},
    "vault": {"key": "k", "store": "VAULT"},
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(MODELS))
def test_policy_actions_build(name, tmp_path):
    params = dict(EXAMPLES[name])
    if params.get("store") == "VAULT":
        params["store"] = str(tmp_path / "vault.db")
    policy = Policy.from_dict(
        {
            "version": 1,
            "purposes": ["p"],
            "rules": [
                {"categories": ["user"], "purposes": ["p"], "transform": {"action": name, **params}}
            ],
        }
    )
    p = Protector(policy, keys=KeyRing.generate("k"), scanner=lambda text: [])
    action = policy.rules[0].transform
    assert action.params() == params
    assert p.plan({"x": "user.name"}, purpose="p")["x"].transform == name


def test_unknown_parameter_is_a_load_error():
    with pytest.raises(ValueError, match=r"rules\.0\.transform\.keep_lats"):
        Policy.from_dict(
            {
                "version": 1,
                "purposes": ["p"],
                "rules": [
                    {
                        "categories": ["user"],
                        "purposes": ["p"],
                        "transform": {"action": "mask", "keep_lats": 1},
                    }
                ],
            }
        )

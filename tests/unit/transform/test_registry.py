import sys
import textwrap

import pytest

from privkit.errors import ConfigError, KeyNotFoundError, RegistryError
from privkit.transform import (
    FPE,
    DateShift,
    Encrypt,
    EncryptDeterministic,
    Generalize,
    Hash,
    Keep,
    Mask,
    Nullify,
    Redact,
    Replace,
    SubjectKeys,
    Tokenize,
    VaultTokenize,
    _registry,
    build,
    registered,
    transform_class,
)
from privkit.types import Reversible, Transform

ALL = [Redact, Replace, Mask, Nullify, Keep, Hash, Tokenize, VaultTokenize, FPE, Encrypt,
       EncryptDeterministic, Generalize, DateShift]  # fmt: skip


def test_names_match_table():
    assert {c.name for c in ALL} == set(_registry.BUILTINS)
    for cls in ALL:
        assert transform_class(cls.name) is cls
        assert isinstance(cls.deterministic, bool)


def test_build_every_builtin(ring, tmp_path):
    params = {
        "hash": {"key": "pii"},
        "tokenize": {"key": "pii", "domain": "crm"},
        "vault": {"key": "vault", "store": str(tmp_path / "v.db")},
        "fpe": {"key": "pii", "shape": "card"},
        "encrypt": {"key": "pii"},
        "encrypt_deterministic": {"key": "pii"},
        "date_shift": {"key": "pii"},
        "mask": {"keep_last": 4},
        "generalize": {"kind": "age", "age_bands": [18, 65]},
    }
    for name in _registry.BUILTINS:
        t = build(name, keys=ring, **params.get(name, {}))
        assert isinstance(t, Transform)
        assert type(t).name == name
        if hasattr(t, "reveal"):
            assert isinstance(t, Reversible)
    assert build("generalize", kind="age", age_bands=[18, 65]).age_bands == (18, 65)


def test_unknown_name():
    with pytest.raises(RegistryError, match="'nope'"):
        build("nope")


def test_unknown_parameter_named_not_valued(ring):
    with pytest.raises(ConfigError, match="'keep_lst'") as exc:
        build("mask", keep_lst="SECRETVALUE")
    assert "SECRETVALUE" not in str(exc.value)


def test_keyed_needs_keys_and_key(ring):
    with pytest.raises(ConfigError, match="keys"):
        build("hash", key="pii")
    with pytest.raises(ConfigError, match="key="):
        build("hash", keys=ring)
    with pytest.raises(KeyNotFoundError):
        build("hash", keys=ring, key="absent")


def test_bad_value_is_config_error(ring):
    with pytest.raises(ConfigError):
        build("mask", keep_last=-1)
    with pytest.raises(ConfigError):
        build("hash", keys=ring, key="pii", encoding="md5")


def test_per_subject_path(ring, tmp_path):
    t = build("encrypt", keys=ring, key="pii", per_subject=str(tmp_path / "s.db"))
    assert isinstance(t.per_subject, SubjectKeys)


def test_entry_point_plugins(tmp_path, monkeypatch):
    pkg = tmp_path / "privkit_demo_plugin.py"
    pkg.write_text(
        textwrap.dedent(
            """
            def make(*, suffix="!"):
                def shout(value, ctx=None):
                    return value.upper() + suffix
                return shout
            """
        )
    )
    dist = tmp_path / "privkit_demo_plugin-0.1.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: privkit-demo-plugin\nVersion: 0.1\n"
    )
    (dist / "entry_points.txt").write_text(
        "[privkit.transforms]\n"
        "shout = privkit_demo_plugin:make\n"
        "broken = privkit_demo_plugin_missing:make\n"
        "mask = privkit_demo_plugin:make\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(_registry, "_loaded", False)
    monkeypatch.setattr(_registry, "_plugins", {})
    monkeypatch.setattr(_registry, "_disabled", {})
    assert build("shout", suffix="?")("hi") == "HI?"
    status = registered()
    assert status["shout"] == "plugin"
    assert status["broken"].startswith("disabled: failed to load")
    assert status["mask"] == "builtin"  # a plug-in cannot shadow a built-in
    assert _registry._disabled["mask"] == "shadows a built-in transform"
    assert isinstance(build("mask"), Mask)
    with pytest.raises(RegistryError, match="disabled"):
        build("broken")
    sys.modules.pop("privkit_demo_plugin", None)

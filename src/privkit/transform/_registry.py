"""The transform registry: action name -> class, built-ins in one table, plug-ins by entry point."""

from __future__ import annotations

import dataclasses
import os
import threading
from typing import TYPE_CHECKING, Any

from privkit.errors import ConfigError, RegistryError
from privkit.transform._encrypt import Encrypt, EncryptDeterministic
from privkit.transform._fpe import FPE
from privkit.transform._generalize import DateShift, Generalize
from privkit.transform._hash import Hash, Tokenize
from privkit.transform._simple import Keep, Mask, Nullify, Redact, Replace
from privkit.transform._subjects import SubjectKeys
from privkit.transform._vault import VaultTokenize

if TYPE_CHECKING:
    from privkit.keys import KeyRing
    from privkit.types import Transform

__all__ = ["ENTRY_POINT_GROUP", "build", "registered", "transform_class"]

#: Entry-point group of third-party transforms (``name = "pkg.module:Class"``).
ENTRY_POINT_GROUP = "privkit.transforms"

#: The built-in transforms, by action name. Explicit data, not import side effects.
BUILTINS: dict[str, type[Any]] = {
    "date_shift": DateShift,
    "encrypt": Encrypt,
    "encrypt_deterministic": EncryptDeterministic,
    "fpe": FPE,
    "generalize": Generalize,
    "hash": Hash,
    "keep": Keep,
    "mask": Mask,
    "nullify": Nullify,
    "redact": Redact,
    "replace": Replace,
    "tokenize": Tokenize,
    "vault": VaultTokenize,
}

_plugins: dict[str, type[Any]] = {}
_disabled: dict[str, str] = {}
_loaded = False
_lock = threading.Lock()


def _load_plugins() -> None:
    global _loaded  # noqa: PLW0603 - one lazy load per process
    with _lock:
        if _loaded:
            return
        from importlib.metadata import entry_points

        for ep in entry_points(group=ENTRY_POINT_GROUP):
            if ep.name in BUILTINS:
                _disabled[ep.name] = "shadows a built-in transform"
                continue
            try:
                obj = ep.load()
            except Exception as exc:  # noqa: BLE001 - recorded as disabled-with-reason
                _disabled[ep.name] = f"failed to load: {type(exc).__name__}"
                continue
            if not callable(obj):
                _disabled[ep.name] = "entry point is not callable"
                continue
            _plugins[ep.name] = obj
        _loaded = True


def registered() -> dict[str, str]:
    """Return every known transform name with its status.

    The status is ``"builtin"``, ``"plugin"`` or ``"disabled: <reason>"``.
    """
    _load_plugins()
    out = dict.fromkeys(BUILTINS, "builtin")
    out.update(dict.fromkeys(_plugins, "plugin"))
    out.update({n: f"disabled: {r}" for n, r in _disabled.items() if n not in BUILTINS})
    return dict(sorted(out.items()))


def transform_class(name: str) -> type[Any]:
    """Return the class registered under ``name``.

    Raises:
        RegistryError: unknown or disabled name.
    """
    cls = BUILTINS.get(name)
    if cls is not None:
        return cls
    _load_plugins()
    if name in _plugins:
        return _plugins[name]
    if name in _disabled:
        raise RegistryError(f"transform {name!r} is disabled: {_disabled[name]}")
    raise RegistryError(f"unknown transform {name!r}; known: {', '.join(sorted(BUILTINS))}")


def _needs_keys(cls: type[Any]) -> bool:
    return dataclasses.is_dataclass(cls) and any(f.name == "keys" for f in dataclasses.fields(cls))


def build(name: str, /, *, keys: KeyRing | None = None, **params: Any) -> Transform:  # noqa: C901
    """Build the transform registered under ``name`` with keyword parameters.

    ``store`` and ``per_subject`` may be given as a SQLite path or ``postgresql://`` URL;
    a ``per_subject`` path is opened as :class:`SubjectKeys` wrapping with the same key.
    Lists are accepted where a tuple is expected (``age_bands``).

    Args:
        name: action name (``"mask"``, ``"tokenize"``, ...).
        keys: key ring for keyed transforms.
        **params: the transform's parameters.

    Raises:
        RegistryError: unknown or disabled name.
        ConfigError: missing keys, unknown parameter or invalid value (the message names
            the parameter, never its value).

    >>> build("mask", keep_last=4)("4111-1111-1111-1111")
    '****-****-****-1111'
    """
    cls = transform_class(name)
    if not dataclasses.is_dataclass(cls):  # a plug-in factory
        try:
            return cls(keys=keys, **params) if keys is not None else cls(**params)  # type: ignore[no-any-return]
        except TypeError as exc:
            raise ConfigError(f"{name}: invalid parameters ({type(exc).__name__})") from None
    fields = {f.name for f in dataclasses.fields(cls) if f.init}
    unknown = sorted(set(params) - fields)
    if unknown:
        raise ConfigError(f"{name}: unknown parameter(s) {', '.join(map(repr, unknown))}")
    if _needs_keys(cls):
        if keys is None:
            raise ConfigError(f"{name}: needs keys= (a KeyRing)")
        if "key" not in params:
            raise ConfigError(f"{name}: needs key= (a key name)")
        params["keys"] = keys
        ps = params.get("per_subject")
        if isinstance(ps, str | os.PathLike):
            params["per_subject"] = SubjectKeys(ps, keys=keys, key=params["key"])
    elif keys is not None and "keys" in params:
        raise ConfigError(f"{name}: takes no keys")
    if isinstance(params.get("age_bands"), list):
        params["age_bands"] = tuple(params["age_bands"])
    try:
        built: Transform = cls(**params)  # type: ignore[assignment]
    except TypeError as exc:
        raise ConfigError(f"{name}: invalid parameters ({type(exc).__name__})") from None
    return built

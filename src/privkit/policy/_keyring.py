"""Key resolution: the key ring a policy's transforms need, and building those transforms."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from privkit.errors import ConfigError, KeyNotFoundError, PolicyError

if TYPE_CHECKING:
    from privkit.keys import KeyRing
    from privkit.policy.model import Policy

__all__ = ["build_transform", "referenced_keys", "resolve_keys"]


def build_transform(action: Any, keys: KeyRing | None, loc: str) -> Any:
    """Build the transform of a policy action (``loc`` names it in errors).

    Raises:
        PolicyError: a key is missing or the parameters are invalid.
    """
    from privkit.transform import build

    try:
        return build(action.action, keys=keys if action.key_name else None, **action.params())
    except KeyNotFoundError as exc:
        raise PolicyError(
            f"{loc}: {exc}", errors=[{"loc": f"{loc}.key", "msg": str(exc)}]
        ) from None
    except ConfigError as exc:
        raise PolicyError(f"{loc}: {exc}", errors=[{"loc": loc, "msg": str(exc)}]) from None


def referenced_keys(policy: Policy) -> dict[str, str]:
    """Key names the policy's actions use, each with the first place that names it."""
    refs: dict[str, str] = {}
    if policy.default.key_name:
        refs.setdefault(policy.default.key_name, "default.key")
    for i, r in enumerate(policy.rules):
        if r.transform.key_name:
            refs.setdefault(r.transform.key_name, f"rules.{i}.transform.key")
    for i, ret in enumerate(policy.retention):
        if ret.then.key_name:
            refs.setdefault(ret.then.key_name, f"retention.{i}.then.key")
    return refs


def _env_ring(name: str, var: str) -> KeyRing:
    from privkit.keys import KeyRing

    env = {
        f"PRIVKIT_POLICY_KEY_{name.upper()}{v[len(var) :]}": val
        for v, val in os.environ.items()
        if v == var or v.startswith(var + "__V")
    }
    if not env:
        msg = f"environment variable {var} is not set"
        raise PolicyError(f"keys.{name}: {msg}", errors=[{"loc": f"keys.{name}", "msg": msg}])
    return KeyRing.from_env("PRIVKIT_POLICY_KEY_", environ=env)


def _policy_ring(policy: Policy) -> KeyRing:
    from privkit.keys import KeyRing

    ring = KeyRing()
    for name, ref in policy.keys.items():
        loc = f"keys.{name}"
        try:
            if ref.source == "env":
                sub = _env_ring(name, ref.name)
            else:
                sub = KeyRing.from_files({name: ref.path})
            for version in sub.versions(name):
                ring.add(name, sub.get(name, version), version=version)
        except PolicyError:
            raise
        except ConfigError as exc:
            raise PolicyError(f"{loc}: {exc}", errors=[{"loc": loc, "msg": str(exc)}]) from None
    return ring


def resolve_keys(policy: Policy, keys: KeyRing | None) -> KeyRing:
    """The ring to use: ``keys``, or the one the policy's references point to.

    Raises:
        ConfigError: ``keys`` is not a KeyRing.
        PolicyError: a reference cannot be read, or a key the policy uses is absent.
    """
    from privkit.keys import KeyRing

    if keys is not None:
        if not isinstance(keys, KeyRing):
            raise ConfigError("keys must be a privkit.KeyRing")
        ring = keys
    else:
        ring = _policy_ring(policy)
    for name, loc in referenced_keys(policy).items():
        if name not in ring:
            msg = f"key {name!r} is not in the key ring"
            raise PolicyError(f"{loc}: {msg}", errors=[{"loc": loc, "msg": msg}])
    return ring

"""Policy layer: decide which transform applies per field, category and purpose.

>>> from privkit.policy import Policy
>>> policy = Policy.from_dict({"version": 1, "purposes": ["support"]})
>>> policy.default.action
'redact'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from privkit.policy._decision import Actor, Decision
    from privkit.policy._lint import LintIssue, lint
    from privkit.policy._load import json_schema, load_policy
    from privkit.policy._protector import Protector
    from privkit.policy._session import Session
    from privkit.policy.model import Policy

__all__ = [
    "Actor",
    "Decision",
    "LintIssue",
    "Policy",
    "Protector",
    "Session",
    "json_schema",
    "lint",
    "load_policy",
]

_LAZY = {
    "Actor": "privkit.policy._decision",
    "Decision": "privkit.policy._decision",
    "LintIssue": "privkit.policy._lint",
    "Policy": "privkit.policy.model",
    "Protector": "privkit.policy._protector",
    "Session": "privkit.policy._session",
    "json_schema": "privkit.policy._load",
    "lint": "privkit.policy._lint",
    "load_policy": "privkit.policy._load",
}


def __getattr__(name: str) -> Any:
    import importlib

    try:
        module = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'privkit.policy' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module), name)
    if name not in {"json_schema", "lint", "load_policy"}:
        value.__module__ = "privkit.policy"
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))

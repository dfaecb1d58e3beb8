"""privkit: find, classify and protect personal data and persistent identifiers.

The public API is the sorted ``__all__`` below. Names are imported lazily, so
``import privkit`` loads nothing heavy (no spaCy, Presidio, pandas or pydantic).

>>> import privkit
>>> [f.entity_type for f in privkit.scan("ping 203.0.113.7", entities=["IP_ADDRESS"])]
[<EntityType.IP_ADDRESS: 'IP_ADDRESS'>]
"""

from __future__ import annotations

import contextlib
import importlib
from typing import TYPE_CHECKING, Any

from privkit import _wiring
from privkit._version import __version__
from privkit.errors import (
    InvalidToken,
    MissingDependencyError,
    PermissionDeniedError,
    PolicyError,
    PrivkitError,
    UnhandledPIIError,
)
from privkit.types import Category, EntityType, Finding

if TYPE_CHECKING:
    from privkit._api import classify, explain, protect, reveal
    from privkit.detect import Scanner, scan
    from privkit.inventory import inventory
    from privkit.keys import KeyRing
    from privkit.policy import Policy, Protector, load_policy

__all__ = [
    "Category",
    "EntityType",
    "Finding",
    "InvalidToken",
    "KeyRing",
    "MissingDependencyError",
    "PermissionDeniedError",
    "Policy",
    "PolicyError",
    "PrivkitError",
    "Protector",
    "Scanner",
    "UnhandledPIIError",
    "__version__",
    "classify",
    "explain",
    "inventory",
    "load_policy",
    "protect",
    "reveal",
    "scan",
]

# name -> module that defines it; resolved on first attribute access (PEP 562).
_LAZY = {
    "KeyRing": "privkit.keys",
    "Policy": "privkit.policy",
    "Protector": "privkit.policy",
    "Scanner": "privkit.detect",
    "classify": "privkit._api",
    "explain": "privkit._api",
    "inventory": "privkit.inventory",  # the package itself is callable (it is also the function)
    "load_policy": "privkit.policy",
    "protect": "privkit._api",
    "reveal": "privkit._api",
    "scan": "privkit.detect",
}


def _protect_table(table: Any, **kwargs: Any) -> Any:
    """The table adapter the engine calls for DataFrames (imported on first use)."""
    from privkit.integrations.tables import protect_table

    return protect_table(table, **kwargs)


_wiring.protect_table = _protect_table

for _obj in (
    Category,
    EntityType,
    Finding,
    InvalidToken,
    MissingDependencyError,
    PermissionDeniedError,
    PolicyError,
    PrivkitError,
    UnhandledPIIError,
):
    _obj.__module__ = "privkit"
del _obj


def __getattr__(name: str) -> Any:
    try:
        module = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'privkit' has no attribute {name!r}") from None
    value = importlib.import_module(module)
    if module != f"privkit.{name}":
        value = getattr(value, name)
    if getattr(value, "__module__", "").startswith("privkit."):
        with contextlib.suppress(AttributeError, TypeError):  # builtins or slots
            value.__module__ = "privkit"
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))

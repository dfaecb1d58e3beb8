"""Data inventory: map where personal data lives across databases and files.

``privkit.inventory(sources)`` opens each source read-only (SQLite files, PostgreSQL servers,
folders of CSV, JSON lines and Parquet files), samples every table within fixed bounds, and
classifies its columns, nested JSON paths and free text with the same classifier that
:func:`privkit.classify` uses on DataFrames. The result is an :class:`InventoryMap` that holds
evidence and counts, never a value, and never a name that is itself personal data.

>>> import privkit
>>> callable(privkit.inventory)
True

This module is callable: ``privkit.inventory(...)`` is :func:`privkit.inventory.inventory`.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from privkit.inventory._diff import MapDrift, diff
    from privkit.inventory._html import render_html
    from privkit.inventory._model import (
        ColumnEntry,
        InventoryMap,
        Skipped,
        SourceEntry,
        TableEntry,
    )
    from privkit.inventory._policy import PolicyCheck, check_policy
    from privkit.inventory._run import inventory
    from privkit.inventory._schema import json_schema

__all__ = [
    "ColumnEntry",
    "InventoryMap",
    "MapDrift",
    "PolicyCheck",
    "Skipped",
    "SourceEntry",
    "TableEntry",
    "check_policy",
    "diff",
    "inventory",
    "json_schema",
    "render_html",
]

_LAZY = {
    "ColumnEntry": "privkit.inventory._model",
    "InventoryMap": "privkit.inventory._model",
    "MapDrift": "privkit.inventory._diff",
    "PolicyCheck": "privkit.inventory._policy",
    "Skipped": "privkit.inventory._model",
    "SourceEntry": "privkit.inventory._model",
    "TableEntry": "privkit.inventory._model",
    "check_policy": "privkit.inventory._policy",
    "diff": "privkit.inventory._diff",
    "inventory": "privkit.inventory._run",
    "json_schema": "privkit.inventory._schema",
    "render_html": "privkit.inventory._html",
}


def __getattr__(name: str) -> Any:
    try:
        module = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'privkit.inventory' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module), name)
    if isinstance(value, type):
        value.__module__ = "privkit.inventory"
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


class _CallableModule(types.ModuleType):
    """Calling the package runs the inventory.

    ``privkit.inventory`` names both this package and the function; once the package is
    imported it wins the attribute, so it must be callable itself.
    """

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return __getattr__("inventory")(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
# As a public name of ``privkit`` (the function), it reads as ``privkit.inventory``.
__module__ = "privkit"

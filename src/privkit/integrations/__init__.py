"""Adapters for tables, files, streams, Spark and logging; each imports its dependency lazily.

The public names below are loaded on first access, so importing this package costs nothing:

>>> import privkit.integrations as integrations
>>> integrations.classify_table.__module__
'privkit.integrations.tables'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from privkit.integrations.files import FileReport, classify_file, protect_file
    from privkit.integrations.logging import (
        RedactingFilter,
        RedactingFormatter,
        StructlogRedactor,
    )
    from privkit.integrations.tables import (
        ColumnClassification,
        ColumnOutcome,
        Drift,
        TableClassification,
        TableResult,
        classify_table,
        explain_table,
        protect_table,
        protect_table_report,
    )

__all__ = [
    "ColumnClassification",
    "ColumnOutcome",
    "Drift",
    "FileReport",
    "RedactingFilter",
    "RedactingFormatter",
    "StructlogRedactor",
    "TableClassification",
    "TableResult",
    "classify_file",
    "classify_table",
    "explain_table",
    "protect_file",
    "protect_table",
    "protect_table_report",
]

_LAZY = {
    "ColumnClassification": "privkit.integrations.tables",
    "ColumnOutcome": "privkit.integrations.tables",
    "Drift": "privkit.integrations.tables",
    "FileReport": "privkit.integrations.files",
    "RedactingFilter": "privkit.integrations.logging",
    "RedactingFormatter": "privkit.integrations.logging",
    "StructlogRedactor": "privkit.integrations.logging",
    "TableClassification": "privkit.integrations.tables",
    "TableResult": "privkit.integrations.tables",
    "classify_file": "privkit.integrations.files",
    "classify_table": "privkit.integrations.tables",
    "explain_table": "privkit.integrations.tables",
    "protect_file": "privkit.integrations.files",
    "protect_table": "privkit.integrations.tables",
    "protect_table_report": "privkit.integrations.tables",
}


def __getattr__(name: str) -> Any:
    try:
        module = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'privkit.integrations' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))

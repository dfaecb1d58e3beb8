"""Tables: classify the columns of DataFrames and record lists, and protect them column-wise.

Supported inputs are pandas DataFrames, pyarrow Tables and RecordBatches, polars DataFrames
and lists of JSON-like records (nested mappings; nested paths are named ``a.b`` and list items
``a[].b``). This module imports none of those libraries at import time: the kind of a table is
recognised from its type's module, and each library is imported only when its table arrives.

Classification looks at two signals per column: the column *name* (``ip_addr``,
``ipAddress``, ``client-ip``, ``idfa``, ``msisdn``...) and the *values*: a deterministic,
seeded, bounded sample is scanned value by value, and the share of values that a finding
covers (almost) entirely is recorded per entity type. Numeric columns are read as their
decimal text (an IMEI stored as an integer is still an IMEI). Columns of prose are flagged as
free text, which the policy protects span by span.

Protection works on the *unique* values of each column: they go through
:meth:`privkit.Protector.protect_column` once and are mapped back with the table library's own
vectorised take/factorize, so the output has the same type, row count and order as the input.

The package's modules follow the path of a table: :mod:`._types` (results),
:mod:`._kinds` (what a table is), :mod:`._classify` (the column classifier), :mod:`._plan`
(what the policy does per column), the backends :mod:`._pandas`, :mod:`._arrow` and
:mod:`._records`, and :mod:`._dispatch` (the entry point).
"""

from __future__ import annotations

from typing import Any

from privkit._records import leaves
from privkit.integrations.tables._classify import classify_table
from privkit.integrations.tables._dispatch import protect_table, protect_table_report
from privkit.integrations.tables._kinds import is_table, table_kind
from privkit.integrations.tables._plan import explain_table
from privkit.integrations.tables._report import Protected, TableReport
from privkit.integrations.tables._types import (
    DEFAULT_SAMPLE_SIZE,
    ColumnClassification,
    ColumnOutcome,
    Drift,
    TableClassification,
    TableResult,
)

__all__ = [
    "DEFAULT_SAMPLE_SIZE",
    "ColumnClassification",
    "ColumnOutcome",
    "Drift",
    "Protected",
    "TableClassification",
    "TableReport",
    "TableResult",
    "classify_table",
    "explain_table",
    "is_table",
    "protect_table",
    "protect_table_report",
    "table_kind",
]

for _obj in (
    ColumnClassification,
    ColumnOutcome,
    Drift,
    Protected,
    TableClassification,
    TableReport,
    TableResult,
    classify_table,
    explain_table,
    is_table,
    protect_table,
    protect_table_report,
    table_kind,
):
    _obj.__module__ = __name__
del _obj


def _flatten(record: Any, out: dict[str, list[Any]]) -> None:
    """Add a record's leaf values to ``out`` per path (see :func:`privkit._records.leaves`)."""
    for path, values in leaves([record]).items():
        out.setdefault(path, []).extend(values)

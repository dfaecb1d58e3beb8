"""What every source backend returns: a bounded sample of one table, or a value-free skip."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from privkit.inventory._model import Skipped

__all__ = ["ColumnSpec", "Limits", "Sample", "SkipError", "SourceBackend", "table_seed"]


class SkipError(Exception):
    """A table or source cannot be read; ``reason`` is value-free and shown in the map."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds that keep one table's cost and memory small, whatever its size.

    Attributes:
        sample_size: most rows sampled per table.
        max_cells: most cells (rows x columns) sampled per table; wide tables get fewer rows.
        max_columns: most columns classified per table; the rest are listed as skipped.
        max_cell_chars: text cells are cut to this many characters before they leave the
            database (nested JSON documents larger than ``max_json_bytes`` are not read).
        max_json_bytes: largest nested document read.
        max_sample_bytes: most bytes of sampled values held per table.
        timeout_s: statement timeout for database queries.
    """

    sample_size: int = 200
    max_cells: int = 200_000
    max_columns: int = 2_000
    max_cell_chars: int = 4_096
    max_json_bytes: int = 65_536
    max_sample_bytes: int = 32 * 1024 * 1024
    timeout_s: float = 60.0

    def rows_for(self, columns: int) -> int:
        """Rows to sample for a table of ``columns`` read columns (at least 1)."""
        return max(1, min(self.sample_size, self.max_cells // max(1, columns)))


@dataclass(frozen=True, slots=True)
class ColumnSpec:
    """A column as the source declares it.

    Attributes:
        name: the real column name (never shown in the map when it is personal data).
        dtype: the declared type.
        binary: values are bytes (not read; the column is classified by its name).
        nested: the source declares structured values (JSON, JSONB, arrays, structs).
    """

    name: str
    dtype: str
    binary: bool = False
    nested: bool = False


@dataclass(slots=True)
class Sample:
    """A bounded sample of one table, as read from its source.

    Attributes:
        schema: database schema or folder (``None`` for none), real name.
        table: real table or file name.
        columns: every column read or listed, in source order.
        values: column name -> sampled values (absent for binary and skipped columns).
        rows: row count; ``rows_exact``: exact or estimated/lower bound.
        sampling: how the rows were chosen, in words.
        skipped: columns not read, with reasons (real names; the map redacts them).
    """

    schema: str | None
    table: str
    columns: list[ColumnSpec]
    values: dict[str, list[Any]]
    rows: int
    rows_exact: bool
    sampling: str
    skipped: list[tuple[str, str]] = field(default_factory=list)


class SourceBackend(Protocol):
    """A source of tables: opened once, listed once, sampled table by table (thread-safe)."""

    kind: str
    location: str

    def open(self) -> None:
        """Connect or check the source; raise :class:`SkipError` if it cannot be read."""

    def tables(self) -> list[tuple[str | None, str]]:
        """Return ``(schema, table)`` pairs to map."""
        ...

    def listing_skips(self) -> list[Skipped]:
        """Return what the listing left out (views, foreign tables, no permission)."""
        ...

    def sample(self, schema: str | None, table: str, *, limits: Limits, seed: int) -> Sample:
        """Read a bounded sample; raise :class:`SkipError` if the table cannot be read."""
        ...

    def close(self) -> None:
        """Close every connection or file."""


def table_seed(seed: int, *parts: str | None) -> int:
    """A stable 32-bit seed per table (Python's ``hash`` is salted per process)."""
    blob = "\x1f".join([str(seed), *(p or "" for p in parts)]).encode("utf-8", "surrogatepass")
    return int.from_bytes(hashlib.sha256(blob).digest()[:4], "big")


def text_size(value: Any) -> int:
    """Approximate bytes a sampled value holds (for the per-table byte budget)."""
    if isinstance(value, str | bytes | bytearray):
        return len(value) + 48
    if isinstance(value, dict | list):
        return 64 * (len(value) + 1)
    return 32

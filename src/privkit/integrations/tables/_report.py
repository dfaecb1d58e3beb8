"""What ``protect(table, ..., report=True)`` returns: the table and a typed report of it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from privkit._html import table

if TYPE_CHECKING:
    from privkit.integrations.tables._types import ColumnOutcome, Drift, TableClassification

__all__ = ["Protected", "TableReport"]

_HEAD = ("column", "category", "transform", "rule", "rows", "nulls", "changed", "distinct")


@dataclass(frozen=True, slots=True)
class TableReport:
    """What protecting a table did, per column: counts only, never a value.

    Attributes:
        purpose: the purpose of processing.
        rows: rows in (and out: a transform never drops or reorders rows).
        columns: one :class:`ColumnOutcome` per column the policy looked at; ``changed``
            counts *cells* (rows) whose value changed, ``unique`` the *distinct* values
            protected (the audit event counts those, once per distinct value).
        classification: the column classification the decisions were made from.
        drift: differences from ``baseline`` when one was given.
        warnings: messages also raised as :class:`privkit.PrivkitWarning` (drift, ...).
    """

    purpose: str
    rows: int
    columns: tuple[ColumnOutcome, ...]
    classification: TableClassification | None = None
    drift: Drift | None = None
    warnings: tuple[str, ...] = ()

    def table(self) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
        """Return a header and one text row per column, for printing."""
        rows: list[tuple[str, ...]] = [
            (c.name, "-" if c.category is None else str(c.category), c.transform, c.rule or "-",
             str(c.rows), str(c.nulls), str(c.changed), str(c.unique))
            for c in self.columns
        ]  # fmt: skip
        return _HEAD, rows

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready mapping."""
        return {
            "purpose": self.purpose,
            "rows": self.rows,
            "columns": [
                {"name": c.name, "category": None if c.category is None else str(c.category),
                 "transform": c.transform, "rule": c.rule, "rows": c.rows, "nulls": c.nulls,
                 "changed": c.changed, "distinct": c.unique}
                for c in self.columns
            ],
            "drift": None if self.drift is None else self.drift.to_dict(),
            "warnings": list(self.warnings),
        }  # fmt: skip

    def to_pandas(self) -> Any:
        """Return the per-column counts as a pandas DataFrame (one row per column)."""
        import pandas as pd

        head, rows = self.table()
        frame = pd.DataFrame([dict(zip(head, r, strict=True)) for r in rows], columns=list(head))
        for name in ("rows", "nulls", "changed", "distinct"):
            frame[name] = frame[name].astype("int64")
        return frame

    def __str__(self) -> str:
        head, rows = self.table()
        widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(head)]
        lines = ["  ".join(h.ljust(w) for h, w in zip(head, widths, strict=True))]
        lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
        lines += [f"warning: {w}" for w in self.warnings]
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        head, rows = self.table()
        changed = sum(c.changed for c in self.columns)
        caption = (
            f"privkit protect report: {self.rows} rows, purpose {self.purpose!r}, "
            f"{changed} cells changed"
        )
        return table(caption, head, rows, warnings=self.warnings)


class Protected(NamedTuple):
    """A protected table and its report: ``out, report = privkit.protect(..., report=True)``."""

    data: Any
    report: TableReport

"""Drift between two inventory maps: new, removed and changed personal columns (for CI)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from privkit.inventory._model import ColumnEntry, InventoryMap

__all__ = ["ColumnChange", "MapDrift", "diff"]

Key = tuple[str, str, str]  # (source, schema.table, column path)


@dataclass(frozen=True, slots=True)
class ColumnChange:
    """One personal column that appeared, disappeared or changed.

    Attributes:
        source: source name; ``table``: ``schema.table``; ``column``: column or nested path.
        old: the category before (``"free text"`` for free text, ``None`` when absent or not
            personal); ``new``: after.
    """

    source: str
    table: str
    column: str
    old: str | None
    new: str | None

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready mapping."""
        return {
            "source": self.source,
            "table": self.table,
            "column": self.column,
            "old": self.old,
            "new": self.new,
        }


@dataclass(frozen=True, slots=True)
class MapDrift:
    """Differences in personal data between a baseline map and a new one.

    Attributes:
        new: personal columns that were absent or not personal in the baseline.
        removed: personal columns of the baseline that no longer exist.
        changed: columns personal in both with another category, or no longer personal.
        not_checked: baseline tables that the new run skipped (their columns are not compared).
    """

    new: tuple[ColumnChange, ...] = ()
    removed: tuple[ColumnChange, ...] = ()
    changed: tuple[ColumnChange, ...] = ()
    not_checked: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.new or self.removed or self.changed)

    @property
    def fails(self) -> bool:
        """True when personal data appeared or changed category (the CI signal)."""
        return bool(self.new or any(c.new is not None for c in self.changed))

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready mapping."""
        return {
            "new": [c.to_dict() for c in self.new],
            "removed": [c.to_dict() for c in self.removed],
            "changed": [c.to_dict() for c in self.changed],
            "not_checked": list(self.not_checked),
        }


def _label(entry: ColumnEntry) -> str | None:
    if entry.category is not None:
        return entry.category
    return "free text" if entry.free_text else None


def _index(m: InventoryMap) -> dict[Key, str | None]:
    return {(src, table.qualified, path): _label(e) for src, table, path, e in m.columns()}


def diff(baseline: InventoryMap, current: InventoryMap) -> MapDrift:
    """Compare ``current`` with ``baseline``; columns are matched by source, table and path.

    A table or source that ``current`` skipped is reported in ``not_checked``, not as removed.
    """
    old = _index(baseline)
    cur = _index(current)
    skipped = {(s.name, k.name) for s in current.sources for k in s.skipped if k.what == "table"}
    skipped |= {(s.name, "*") for s in current.sources for k in s.skipped if k.what == "source"}
    new: list[ColumnChange] = []
    removed: list[ColumnChange] = []
    changed: list[ColumnChange] = []
    not_checked: set[str] = set()
    for key, label in cur.items():
        before = old.get(key)
        if label is not None and before is None:
            new.append(ColumnChange(*key, None, label))
        elif label != before and label is not None:
            changed.append(ColumnChange(*key, before, label))
    for key, before in old.items():
        if before is None:
            continue
        src, table, _col = key
        if key not in cur:
            if (src, table) in skipped or (src, "*") in skipped:
                not_checked.add(f"{src}: {table}")
            else:
                removed.append(ColumnChange(*key, before, None))
        elif cur[key] is None:
            changed.append(ColumnChange(*key, before, None))
    return MapDrift(
        tuple(sorted(new, key=_order)),
        tuple(sorted(removed, key=_order)),
        tuple(sorted(changed, key=_order)),
        tuple(sorted(not_checked)),
    )


def _order(c: ColumnChange) -> tuple[str, str, str]:
    return c.source, c.table, c.column

"""Result types of the table adapter: column classifications, drift and per-column outcomes."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from privkit._html import table
from privkit.errors import ConfigError, SchemaDriftError
from privkit.types import Category, EntityType

__all__ = [
    "DEFAULT_SAMPLE_SIZE",
    "ColumnClassification",
    "ColumnOutcome",
    "Drift",
    "TableClassification",
    "TableResult",
]

#: Default number of rows sampled per table for classification.
DEFAULT_SAMPLE_SIZE = 1000
_FORMAT_VERSION = 1
_HEADER = ("column", "dtype", "category", "confidence", "name signal", "values")


@dataclass(frozen=True, slots=True)
class ColumnClassification:
    """What one column (or record path) holds, with the evidence. Never contains values.

    Attributes:
        name: column name or dotted record path.
        dtype: the table library's type name for the column.
        category: the data category, or ``None`` when the column is not personal data (or is
            free text, whose personal data is found span by span).
        entity: the entity type behind ``category``.
        confidence: in ``[0, 1]``; name and value evidence combined.
        name_entity: the entity the column name suggests, if any.
        value_shares: ``(entity, share)`` pairs, highest first: the share of sampled non-null
            values that validate entirely as that entity.
        free_text: the column holds prose that needs span-level detection.
        sampled: non-null values sampled; ``nulls``: null values met in the sample.
        reason: a one-line human explanation.
    """

    name: str
    dtype: str
    category: Category | None
    entity: EntityType | None
    confidence: float
    name_entity: EntityType | None = None
    value_shares: tuple[tuple[EntityType, float], ...] = ()
    free_text: bool = False
    sampled: int = 0
    nulls: int = 0
    reason: str = ""

    def __post_init__(self) -> None:
        if not 0.0 <= self.confidence <= 1.0:
            raise ConfigError("confidence must be within [0, 1]")

    @property
    def is_pii(self) -> bool:
        """True when the column holds personal data (a category, or free text)."""
        return self.category is not None or self.free_text

    @property
    def mixed(self) -> bool:
        """True when values validate as more than one entity type."""
        return len(self.value_shares) > 1

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready mapping."""
        return {
            "name": self.name,
            "dtype": self.dtype,
            "category": None if self.category is None else str(self.category),
            "entity": None if self.entity is None else str(self.entity),
            "confidence": round(self.confidence, 4),
            "name_entity": None if self.name_entity is None else str(self.name_entity),
            "value_shares": {str(e): round(s, 4) for e, s in self.value_shares},
            "free_text": self.free_text,
            "sampled": self.sampled,
            "nulls": self.nulls,
            "reason": self.reason,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ColumnClassification:
        """Rebuild a column classification saved with :meth:`to_dict`.

        Raises:
            ConfigError: a field is missing or has an unknown category/entity.
        """
        try:
            return cls(
                name=str(data["name"]),
                dtype=str(data.get("dtype", "")),
                category=None if data.get("category") is None else Category(data["category"]),
                entity=None if data.get("entity") is None else EntityType(data["entity"]),
                confidence=float(data.get("confidence", 0.0)),
                name_entity=(
                    None if data.get("name_entity") is None else EntityType(data["name_entity"])
                ),
                value_shares=tuple(
                    (EntityType(k), float(v)) for k, v in dict(data.get("value_shares", {})).items()
                ),
                free_text=bool(data.get("free_text", False)),
                sampled=int(data.get("sampled", 0)),
                nulls=int(data.get("nulls", 0)),
                reason=str(data.get("reason", "")),
            )
        except (KeyError, ValueError, TypeError) as exc:
            raise ConfigError(
                f"invalid saved column classification ({type(exc).__name__})"
            ) from None


@dataclass(frozen=True, slots=True)
class Drift:
    """Differences between a table's classification and a saved baseline.

    Attributes:
        new_columns: columns absent from the baseline.
        removed_columns: baseline columns absent from the table.
        changed: ``(column, old_category, new_category)`` for columns whose category changed
            (``None`` means "not personal data").
        new_pii: columns that now hold personal data and did not before (new columns included).
    """

    new_columns: tuple[str, ...] = ()
    removed_columns: tuple[str, ...] = ()
    changed: tuple[tuple[str, Category | None, Category | None], ...] = ()
    new_pii: tuple[tuple[str, Category | None], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.new_columns or self.removed_columns or self.changed)

    def raise_for_new_pii(self) -> None:
        """Raise :class:`~privkit.errors.SchemaDriftError` for the first new personal column."""
        for column, category in self.new_pii:
            raise SchemaDriftError(column, str(category) if category else "free text")

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready mapping."""

        def cat(c: Category | None) -> str | None:
            return None if c is None else str(c)

        return {
            "new_columns": list(self.new_columns),
            "removed_columns": list(self.removed_columns),
            "changed": [{"column": c, "old": cat(o), "new": cat(n)} for c, o, n in self.changed],
            "new_pii": [{"column": c, "category": cat(k)} for c, k in self.new_pii],
        }


@dataclass(frozen=True, slots=True)
class TableClassification:
    """The classification of every column of a table.

    Iterate over it for :class:`ColumnClassification` objects, index it by column name, save
    it with :meth:`to_json` and compare a later table against it with :meth:`drift`.
    """

    columns: tuple[ColumnClassification, ...]
    rows: int
    sample_size: int = DEFAULT_SAMPLE_SIZE
    seed: int = 0
    _index: Mapping[str, int] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        names = [c.name for c in self.columns]
        if len(set(names)) != len(names):
            raise ConfigError("duplicate column names in classification")
        object.__setattr__(self, "_index", {n: i for i, n in enumerate(names)})

    def __iter__(self) -> Iterator[ColumnClassification]:
        return iter(self.columns)

    def __len__(self) -> int:
        return len(self.columns)

    def __contains__(self, name: object) -> bool:
        return name in self._index

    def __getitem__(self, name: str) -> ColumnClassification:
        try:
            return self.columns[self._index[name]]
        except KeyError:
            raise KeyError(name) from None

    @property
    def pii_columns(self) -> tuple[str, ...]:
        """Names of the columns that hold personal data (free text included)."""
        return tuple(c.name for c in self.columns if c.is_pii)

    @property
    def categories(self) -> dict[str, Category | None]:
        """Column name to category (``None`` for non-personal and free-text columns)."""
        return {c.name: c.category for c in self.columns}

    def drift(self, baseline: TableClassification) -> Drift:
        """Compare this classification with a saved ``baseline``.

        >>> plain = ColumnClassification("id", "int64", None, None, 0.0)
        >>> old = TableClassification((plain,), rows=1)
        >>> new = TableClassification(
        ...     old.columns
        ...     + (
        ...         ColumnClassification(
        ...             "mail", "str", Category.CONTACT_EMAIL, EntityType.EMAIL_ADDRESS, 0.9
        ...         ),
        ...     ),
        ...     rows=1,
        ... )
        >>> new.drift(old).new_pii
        (('mail', <Category.CONTACT_EMAIL: 'user.contact.email'>),)
        """
        new_cols, changed, new_pii = [], [], []
        for col in self.columns:
            if col.name not in baseline:
                new_cols.append(col.name)
                if col.is_pii:
                    new_pii.append((col.name, col.category))
                continue
            old = baseline[col.name]
            if old.category != col.category or old.free_text != col.free_text:
                changed.append((col.name, old.category, col.category))
                if (
                    col.is_pii
                    and col.category != old.category
                    and not (old.free_text and col.category is None)
                ):
                    new_pii.append((col.name, col.category))
        removed = tuple(c.name for c in baseline.columns if c.name not in self)
        return Drift(tuple(new_cols), removed, tuple(changed), tuple(new_pii))

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready mapping (values are never included)."""
        return {
            "version": _FORMAT_VERSION,
            "rows": self.rows,
            "sample_size": self.sample_size,
            "seed": self.seed,
            "columns": [c.to_dict() for c in self.columns],
        }

    def to_pandas(self) -> Any:
        """Return one row per column (name, dtype, category, entity, confidence, ...).

        ``value_shares`` becomes text (``"EMAIL_ADDRESS 1.0"``); values are never included.
        """
        import pandas as pd

        rows = []
        for col in self.columns:
            row = col.to_dict()
            row["value_shares"] = ", ".join(f"{e} {s}" for e, s in row["value_shares"].items())
            rows.append(row)
        return pd.DataFrame(rows)

    def to_json(self, *, indent: int | None = 2) -> str:
        """Return the classification as JSON text; :meth:`from_json` reads it back."""
        return json.dumps(self.to_dict(), indent=indent, sort_keys=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TableClassification:
        """Rebuild a classification saved with :meth:`to_dict`.

        Raises:
            ConfigError: the data is not a saved classification.
        """
        if not isinstance(data, Mapping) or data.get("version") != _FORMAT_VERSION:
            raise ConfigError(f"not a saved classification (expected version {_FORMAT_VERSION})")
        cols = data.get("columns")
        if not isinstance(cols, list):
            raise ConfigError("saved classification has no 'columns' list")
        return cls(
            tuple(ColumnClassification.from_dict(c) for c in cols),
            rows=int(data.get("rows", 0)),
            sample_size=int(data.get("sample_size", DEFAULT_SAMPLE_SIZE)),
            seed=int(data.get("seed", 0)),
        )

    @classmethod
    def from_json(cls, text: str) -> TableClassification:
        """Rebuild a classification from :meth:`to_json` output.

        Raises:
            ConfigError: the text is not JSON or not a saved classification.
        """
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ConfigError(
                f"saved classification is not valid JSON (line {exc.lineno})"
            ) from None
        return cls.from_dict(data)

    def _rows(self) -> list[tuple[str, ...]]:
        out: list[tuple[str, ...]] = []
        for c in self.columns:
            shares = ", ".join(f"{e} {s:.0%}" for e, s in c.value_shares[:3])
            out.append(
                (
                    c.name,
                    c.dtype,
                    str(c.category) if c.category else ("free text" if c.free_text else "-"),
                    f"{c.confidence:.2f}",
                    str(c.name_entity) if c.name_entity else "-",
                    shares or "-",
                )
            )
        return out

    def table(self) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
        """Return a header and one text row per column, for printing."""
        return _HEADER, self._rows()

    def __str__(self) -> str:
        rows = [_HEADER, *self._rows()]
        widths = [max(len(r[i]) for r in rows) for i in range(len(_HEADER))]
        return "\n".join(
            "  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip()
            for r in rows
        )

    def _repr_html_(self) -> str:
        caption = (
            f"privkit classification: {len(self.columns)} columns, "
            f"{self.rows} rows, {len(self.pii_columns)} with personal data"
        )
        return table(caption, _HEADER, self._rows())


@dataclass(frozen=True, slots=True)
class ColumnOutcome:
    """What protection did to one column: no values, only counts.

    ``category``, ``transform`` and ``rule`` are those of the column's
    :class:`~privkit.policy.Decision` (the policy's schema wins over the classifier).

    Attributes:
        name: the column.
        category: the column's category (``None`` for free text, unknown or not personal).
        transform: the action (``"scan"`` for free text, ``"pass"`` when the policy leaves
            the column as it is).
        rule: the rule that fired, as the policy names it (``""`` when none).
        rows: rows in the column; ``nulls``: missing values; ``changed``: rows whose value
            changed; ``unique``: distinct non-null values protected (0 when protected row by
            row).
        source: where ``category`` came from: ``"schema"``, ``"classifier"`` or ``None``.
    """

    name: str
    category: str | None
    transform: str
    rule: str = ""
    rows: int = 0
    nulls: int = 0
    changed: int = 0
    unique: int = 0
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready mapping."""
        return {
            "name": self.name,
            "category": self.category,
            "source": self.source,
            "transform": self.transform,
            "rule": self.rule,
            "rows": self.rows,
            "nulls": self.nulls,
            "changed": self.changed,
            "unique": self.unique,
        }


@dataclass(frozen=True, slots=True)
class TableResult:
    """What :func:`protect_table` did: the protected table and one outcome per column.

    Attributes:
        table: the protected table (same type, rows and order as the input).
        columns: one :class:`ColumnOutcome` per column (per field path for records).
        classification: the classification the plan used.
    """

    table: Any
    columns: tuple[ColumnOutcome, ...]
    classification: TableClassification | None = None

    def __getitem__(self, name: str) -> ColumnOutcome:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(name)

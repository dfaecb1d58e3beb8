"""The inventory map: sources, tables, columns and what was skipped; never a value.

The map is plain frozen dataclasses with ``to_dict``/``from_dict``; its JSON form is versioned
(``format``/``version``) and described by the JSON Schema in ``inventory-map.v1.schema.json``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from privkit.errors import ConfigError

__all__ = [
    "FORMAT",
    "VERSION",
    "ColumnEntry",
    "InventoryMap",
    "Skipped",
    "SourceEntry",
    "TableEntry",
]

#: The ``format`` field of every saved map.
FORMAT = "privkit-inventory"
#: The version of the map's JSON form; readers refuse other versions.
VERSION = 1


@dataclass(frozen=True, slots=True)
class Skipped:
    """Something the inventory did not look at, and why (a value-free reason).

    Attributes:
        what: ``"source"``, ``"table"`` or ``"column"``.
        name: the source label, ``schema.table`` or column, as shown in the map.
        reason: why it was skipped (never a driver message, which may quote data).
    """

    what: str
    name: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready mapping."""
        return {"what": self.what, "name": self.name, "reason": self.reason}

    @classmethod
    def from_dict(cls, data: Any) -> Skipped:
        """Rebuild from :meth:`to_dict` output."""
        return cls(str(data["what"]), str(data["name"]), str(data["reason"]))


@dataclass(frozen=True, slots=True)
class ColumnEntry:
    """What one column, or one path inside a nested column, holds; with the evidence.

    Attributes:
        name: column name, or a nested path (``profile.email``, ``tags[]``); a name that is
            itself personal data is replaced by ``<ENTITY_TYPE>`` (columns get ``#n``).
        dtype: the database or file type.
        category: the data category, ``None`` when not personal (or free text).
        entity: the entity type behind ``category``.
        confidence: ``[0, 1]``, name and value evidence combined.
        name_entity: the entity the name suggests (name evidence).
        value_shares: entity -> share of sampled non-null values that are that entity.
        free_text: prose whose personal data sits in spans (see ``text_entities``).
        text_entities: for free text: entity -> share of sampled values containing it.
        sampled: non-null values looked at; ``nulls``: nulls met in the sample.
        reason: one human sentence from the classifier.
        note: what the inventory did differently (binary column not read, name redacted...).
        fields: nested paths found inside a JSON/JSONB/struct/array column; each is named
            by its full path from the column (``profile.email``).
    """

    name: str
    dtype: str
    category: str | None = None
    entity: str | None = None
    confidence: float = 0.0
    name_entity: str | None = None
    value_shares: tuple[tuple[str, float], ...] = ()
    free_text: bool = False
    text_entities: tuple[tuple[str, float], ...] = ()
    sampled: int = 0
    nulls: int = 0
    reason: str = ""
    note: str = ""
    fields: tuple[ColumnEntry, ...] = ()

    @property
    def personal(self) -> bool:
        """True when the column (not its nested fields) holds personal data."""
        return self.category is not None or self.free_text

    def walk(self) -> list[tuple[str, ColumnEntry]]:
        """Return ``(path, entry)`` for this column and each nested field."""
        return [(self.name, self), *((f.name, f) for f in self.fields)]

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready mapping."""
        return {
            "name": self.name,
            "dtype": self.dtype,
            "personal": self.personal,
            "category": self.category,
            "entity": self.entity,
            "confidence": round(self.confidence, 4),
            "evidence": {
                "name_entity": self.name_entity,
                "value_shares": {e: round(s, 4) for e, s in self.value_shares},
                "reason": self.reason,
            },
            "free_text": self.free_text,
            "text_entities": {e: round(s, 4) for e, s in self.text_entities},
            "sampled": self.sampled,
            "nulls": self.nulls,
            "note": self.note,
            "fields": [f.to_dict() for f in self.fields],
        }

    @classmethod
    def from_dict(cls, data: Any) -> ColumnEntry:
        """Rebuild from :meth:`to_dict` output."""
        ev = data.get("evidence", {})
        return cls(
            name=str(data["name"]),
            dtype=str(data.get("dtype", "")),
            category=data.get("category"),
            entity=data.get("entity"),
            confidence=float(data.get("confidence", 0.0)),
            name_entity=ev.get("name_entity"),
            value_shares=tuple((str(k), float(v)) for k, v in ev.get("value_shares", {}).items()),
            free_text=bool(data.get("free_text", False)),
            text_entities=tuple(
                (str(k), float(v)) for k, v in data.get("text_entities", {}).items()
            ),
            sampled=int(data.get("sampled", 0)),
            nulls=int(data.get("nulls", 0)),
            reason=str(ev.get("reason", "")),
            note=str(data.get("note", "")),
            fields=tuple(cls.from_dict(f) for f in data.get("fields", [])),
        )


@dataclass(frozen=True, slots=True)
class TableEntry:
    """One table (or file) of a source.

    Attributes:
        schema: the database schema (``None`` for SQLite's main schema and for files at the
            root of a folder; a folder path for files below it).
        name: table or file name (redacted like column names when personal).
        rows: row count; ``rows_exact`` says whether it is exact or an estimate/lower bound.
        sample_size: rows sampled; ``sampling``: how they were chosen.
        columns: one entry per column.
    """

    schema: str | None
    name: str
    rows: int
    rows_exact: bool
    sample_size: int
    sampling: str
    columns: tuple[ColumnEntry, ...] = ()

    @property
    def qualified(self) -> str:
        """``schema.name`` or ``name``."""
        return f"{self.schema}.{self.name}" if self.schema else self.name

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready mapping."""
        return {
            "schema": self.schema,
            "name": self.name,
            "rows": self.rows,
            "rows_exact": self.rows_exact,
            "sample_size": self.sample_size,
            "sampling": self.sampling,
            "columns": [c.to_dict() for c in self.columns],
        }

    @classmethod
    def from_dict(cls, data: Any) -> TableEntry:
        """Rebuild from :meth:`to_dict` output."""
        return cls(
            schema=data.get("schema"),
            name=str(data["name"]),
            rows=int(data.get("rows", 0)),
            rows_exact=bool(data.get("rows_exact", False)),
            sample_size=int(data.get("sample_size", 0)),
            sampling=str(data.get("sampling", "")),
            columns=tuple(ColumnEntry.from_dict(c) for c in data.get("columns", [])),
        )


@dataclass(frozen=True, slots=True)
class SourceEntry:
    """One source: a database or a folder/file of tables.

    Attributes:
        name: the label given to the source (or its URL without credentials).
        kind: ``"sqlite"``, ``"postgresql"`` or ``"files"``.
        location: the URL or path without user name, password or query options.
        tables: the tables mapped.
        skipped: tables and columns not looked at, with reasons.
    """

    name: str
    kind: str
    location: str
    tables: tuple[TableEntry, ...] = ()
    skipped: tuple[Skipped, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready mapping."""
        return {
            "name": self.name,
            "kind": self.kind,
            "location": self.location,
            "tables": [t.to_dict() for t in self.tables],
            "skipped": [s.to_dict() for s in self.skipped],
        }

    @classmethod
    def from_dict(cls, data: Any) -> SourceEntry:
        """Rebuild from :meth:`to_dict` output."""
        return cls(
            name=str(data["name"]),
            kind=str(data["kind"]),
            location=str(data.get("location", "")),
            tables=tuple(TableEntry.from_dict(t) for t in data.get("tables", [])),
            skipped=tuple(Skipped.from_dict(s) for s in data.get("skipped", [])),
        )


@dataclass(frozen=True, slots=True)
class InventoryMap:
    """Where personal data lives: sources, tables and columns, with evidence; never values.

    Save it with :meth:`to_json`, read it back with :meth:`from_json`, compare two maps with
    :func:`privkit.inventory.diff` and check one against a policy with
    :func:`privkit.inventory.check_policy`.

    Attributes:
        sources: the sources mapped (a source that could not be opened has no tables and a
            ``source`` entry in ``skipped``).
        settings: the sampling settings used (sample size, seed, limits).
        created: ISO timestamp (UTC) of the run.
    """

    sources: tuple[SourceEntry, ...]
    settings: dict[str, Any] = field(default_factory=dict)
    created: str = ""

    @property
    def skipped(self) -> tuple[Skipped, ...]:
        """Everything skipped, over all sources."""
        return tuple(s for src in self.sources for s in src.skipped)

    @property
    def complete(self) -> bool:
        """True when nothing was skipped."""
        return not self.skipped

    def columns(self) -> list[tuple[str, TableEntry, str, ColumnEntry]]:
        """Return ``(source, table, path, entry)`` for every column and nested field."""
        return [
            (src.name, table, path, entry)
            for src in self.sources
            for table in src.tables
            for col in table.columns
            for path, entry in col.walk()
        ]

    def personal_columns(self) -> list[tuple[str, TableEntry, str, ColumnEntry]]:
        """Like :meth:`columns`, personal data only (free text included)."""
        return [row for row in self.columns() if row[3].personal]

    def summary(self) -> dict[str, Any]:
        """Counts: sources, tables, columns, personal columns, per category, skipped."""
        per: dict[str, int] = {}
        for *_, c in self.personal_columns():
            key = c.category or "free text"
            per[key] = per.get(key, 0) + 1
        return {
            "sources": len(self.sources),
            "tables": sum(len(s.tables) for s in self.sources),
            "columns": len(self.columns()),
            "personal_columns": len(self.personal_columns()),
            "per_category": dict(sorted(per.items(), key=lambda kv: (-kv[1], kv[0]))),
            "skipped": len(self.skipped),
        }

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready map (the form the JSON Schema describes)."""
        return {
            "format": FORMAT,
            "version": VERSION,
            "created": self.created,
            "settings": dict(self.settings),
            "summary": self.summary(),
            "sources": [s.to_dict() for s in self.sources],
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        """Return the map as JSON text."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: Any) -> InventoryMap:
        """Rebuild a map saved with :meth:`to_dict`.

        Raises:
            ConfigError: not a privkit inventory map of a supported version.
        """
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ConfigError("not a privkit inventory map")
        if data.get("version") != VERSION:
            raise ConfigError(f"unsupported inventory map version (expected {VERSION})")
        try:
            return cls(
                sources=tuple(SourceEntry.from_dict(s) for s in data.get("sources", [])),
                settings=dict(data.get("settings", {})),
                created=str(data.get("created", "")),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ConfigError(f"malformed inventory map ({type(exc).__name__})") from None

    @classmethod
    def from_json(cls, text: str) -> InventoryMap:
        """Rebuild a map from :meth:`to_json` output.

        Raises:
            ConfigError: the text is not JSON or not an inventory map.
        """
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"inventory map is not valid JSON (line {exc.lineno})") from None
        return cls.from_dict(data)

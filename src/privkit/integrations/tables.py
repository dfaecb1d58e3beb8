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
"""

from __future__ import annotations

import functools
import html
import itertools
import json
import math
import operator
import random
import statistics
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from privkit.errors import ConfigError, DataError, UnhandledPIIError
from privkit.integrations._names import context_prefix, name_signal
from privkit.types import CATEGORY_OF, Category, EntityType

if TYPE_CHECKING:
    from privkit.types import Finding

__all__ = [
    "ColumnClassification",
    "ColumnOutcome",
    "Drift",
    "TableClassification",
    "classify_table",
    "is_table",
    "protect_table",
    "table_kind",
]

#: Default number of rows sampled per table for classification.
DEFAULT_SAMPLE_SIZE = 1000
#: A finding must cover this share of a (stripped) value for the value to "be" that entity.
FULL_COVER = 0.8
#: A column is personal data when its confidence reaches this.
PII_THRESHOLD = 0.5
#: Findings down to this score count when classifying values (a lone value has no context).
CLASSIFY_MIN_SCORE = 0.3
#: A column is free text when its median value has this many words (fewer when its name says
#: so, as in ``notes``) and no single entity covers most values.
FREE_TEXT_WORDS = 4
FREE_TEXT_WORDS_NAMED = 2
FREE_TEXT_MAX_SHARE = 0.5
#: When patterns alone explain this share of a column's values, NER is not run on it.
PATTERNS_SUFFICE = 0.9
#: An entity must validate in at least this share of sampled values to count for a column.
MIN_SHARE = 0.1
_NER_ENTITIES = frozenset(
    {EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION, EntityType.DATE_TIME}
)
_FORMAT_VERSION = 1
_HEADER = ("column", "dtype", "category", "confidence", "name signal", "values")


# --------------------------------------------------------------------------------------------
# result types


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
        """Raise :class:`~privkit.UnhandledPIIError` for the first new personal-data column."""
        for column, category in self.new_pii:
            raise UnhandledPIIError(column, str(category) if category else "free text")

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
        head = "".join(f"<th>{html.escape(h)}</th>" for h in _HEADER)
        body = "".join(
            "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in r) + "</tr>"
            for r in self._rows()
        )
        return (
            f"<table><caption>privkit classification: {len(self.columns)} columns, "
            f"{self.rows} rows, {len(self.pii_columns)} with personal data</caption>"
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        )


@dataclass(frozen=True, slots=True)
class ColumnOutcome:
    """What protection did to one column: no values, only counts.

    Attributes:
        name: the column.
        category: the category the policy was asked about (``None`` for free text/unknown).
        transform: the transform name the policy chose (``"keep"`` when untouched).
        rule: the rule that fired, as the policy names it.
        rows: rows in the column; ``nulls``: missing values; ``changed``: rows whose value changed;
        ``unique``: distinct non-null values protected.
    """

    name: str
    category: Category | None
    transform: str
    rule: str = ""
    rows: int = 0
    nulls: int = 0
    changed: int = 0
    unique: int = 0


# --------------------------------------------------------------------------------------------
# table kinds


def table_kind(table: object) -> str:
    """Return ``"pandas"``, ``"arrow"``, ``"polars"``, ``"spark"`` or ``"records"``.

    Raises:
        TypeError: ``table`` is not a supported table type.

    >>> table_kind([{"email": "a@example.com"}])
    'records'
    """
    kind = _kind_or_none(table)
    if kind is None:
        raise TypeError(f"unsupported table type: {type(table).__name__}")
    return kind


def is_table(obj: object) -> bool:
    """Return True for a DataFrame, Arrow table/batch or a list of records.

    >>> is_table([{"a": 1}]), is_table("text"), is_table([])
    (True, False, False)
    """
    return _kind_or_none(obj) is not None


def _kind_or_none(table: object) -> str | None:
    typ = type(table)
    root = typ.__module__.split(".", 1)[0]
    if root == "pandas" and typ.__name__ == "DataFrame":
        return "pandas"
    if root == "pyarrow" and typ.__name__ in {"Table", "RecordBatch"}:
        return "arrow"
    if root == "polars" and typ.__name__ == "DataFrame":
        return "polars"
    if root == "pyspark" and typ.__name__ == "DataFrame":
        return "spark"
    if isinstance(table, list | tuple) and table and all(isinstance(r, Mapping) for r in table):
        return "records"
    return None


def _column_names(table: Any, kind: str) -> list[str]:
    if kind == "pandas":
        names = [str(c) for c in table.columns]
    elif kind == "arrow":
        names = list(table.schema.names)
    elif kind == "polars":
        names = list(table.columns)
    else:
        raise AssertionError(kind)  # records are flattened elsewhere
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise DataError("duplicated column name", column=dupes[0])
    return names


def _num_rows(table: Any, kind: str) -> int:
    if kind == "pandas":
        return len(table.index)
    if kind in {"arrow", "polars"}:
        return int(table.num_rows if kind == "arrow" else table.height)
    return len(table)


def _dtype(table: Any, kind: str, name: str) -> str:
    if kind == "pandas":
        return str(table[name].dtype)
    if kind == "arrow":
        return str(table.schema.field(name).type)
    return str(table.schema[name])


def _sample_index(n: int, size: int, seed: int) -> list[int]:
    if n <= size:
        return list(range(n))
    return sorted(random.Random(seed).sample(range(n), size))  # noqa: S311 - sampling, not crypto


def _take(table: Any, kind: str, name: str, idx: list[int]) -> list[Any]:
    if kind == "pandas":
        return list(table[name].iloc[idx].tolist())
    if kind == "arrow":
        return list(table.column(name).take(idx).to_pylist())
    return list(table[name].gather(idx).to_list())


def _flatten(record: Mapping[str, Any], out: dict[str, list[Any]]) -> None:
    """Collect leaf values of a nested record per path (iterative: deep nesting is fine)."""
    stack: list[tuple[str, Any]] = [("", record)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, Mapping):
            for key, sub in value.items():
                stack.append((f"{path}.{key}" if path else str(key), sub))
        elif isinstance(value, list | tuple):
            stack.extend((f"{path}[]", item) for item in value)
        else:
            out.setdefault(path, []).append(value)


# --------------------------------------------------------------------------------------------
# classification


def _as_text(value: Any) -> str | None:  # noqa: C901, PLR0911 - one return per type
    """Return the text a value would be scanned as, or None for missing/non-text values."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, str):
        return value
    if hasattr(value, "item") and not isinstance(value, bytes | bytearray):  # numpy scalar
        try:
            value = value.item()
        except (TypeError, ValueError):
            return None
        if value is None or isinstance(value, bool):
            return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return None
        return str(int(value)) if value.is_integer() and abs(value) < 1e16 else repr(value)  # noqa: PLR2004
    if isinstance(value, bytes | bytearray):
        try:
            return bytes(value).decode("utf-8")
        except UnicodeDecodeError:
            return None
    return None


def _is_null(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    try:  # pandas.NA / NaT
        return bool(value != value)  # noqa: PLR0124 - NaN-like check
    except (TypeError, ValueError):
        return False


@functools.cache
def _default_scanner() -> Any:
    """One shared default scanner per process, so the NER model loads once."""
    from privkit.detect import Scanner

    return Scanner()


def _scan_values(
    scanner: Any, texts: list[str], *, patterns_only: bool, dates: bool
) -> list[Sequence[Finding]] | None:
    """Scan values for classification; ``None`` if the scanner cannot limit its entities."""
    kwargs: dict[str, Any] = {"min_score": CLASSIFY_MIN_SCORE}
    if patterns_only or dates:
        from privkit.detect import DEFAULT_ENTITIES, PATTERN_ENTITIES

        own = getattr(scanner, "entities", None)  # a scanner limited by its user stays limited
        wanted = set(own) if own else set(DEFAULT_ENTITIES)
        if patterns_only:
            wanted &= set(PATTERN_ENTITIES)
        if not dates:
            wanted.discard(EntityType.DATE_TIME)
        else:
            wanted.add(EntityType.DATE_TIME)
        kwargs["entities"] = sorted(wanted)
    try:
        return list(scanner.scan_many(texts, **kwargs))
    except TypeError:  # a plain scanner without per-call entities or thresholds
        if patterns_only:
            return None
        return list(scanner.scan_many(texts))


def _tally(
    texts: list[str], results: Sequence[Sequence[Finding]], offset: int
) -> tuple[Counter[EntityType], int]:
    covered: Counter[EntityType] = Counter()
    spans = 0
    for text, findings in zip(texts, results, strict=True):
        ent = _covering_entity(text, findings, offset)
        if ent is not None:
            covered[ent] += 1
        elif findings:
            spans += 1
    return covered, spans


def _covering_entity(text: str, findings: Sequence[Finding], offset: int = 0) -> EntityType | None:
    """Return the entity of a finding covering (almost) all of ``text`` at ``offset``."""
    stripped = text.strip()
    if not stripped:
        return None
    lo = offset + len(text) - len(text.lstrip())
    hi = lo + len(stripped)
    best: tuple[int, float, EntityType] | None = None
    for f in findings:
        inside = min(f.end, hi) - max(f.start, lo)
        if inside >= FULL_COVER * len(stripped):
            key = (inside, f.score, f.entity_type)
            if best is None or key[:2] > best[:2]:
                best = key
    return None if best is None else best[2]


def _classify_values(  # noqa: C901, PLR0912, PLR0915 - evidence rules in one place
    name: str, dtype: str, values: Sequence[Any], scanner: Any
) -> ColumnClassification:
    nulls = sum(1 for v in values if _is_null(v))
    texts = [t for t in (_as_text(v) for v in values if not _is_null(v)) if t is not None]
    texts = [t for t in texts if t.strip()]
    signal = name_signal(name)
    covered: Counter[EntityType] = Counter()
    spans = 0
    # A lone value has no context; the column name is its context ("idfa: <uuid>"), which
    # context-dependent detectors (advertising IDs, bare MACs, IMSI) need to fire.
    prefix = context_prefix(name)
    if texts:
        scanned = [prefix + t for t in texts] if prefix else texts
        dates = signal.entity is EntityType.DATE_TIME
        # Patterns first (cheap); the NER pass only for columns patterns do not explain.
        results = _scan_values(scanner, scanned, patterns_only=True, dates=dates)
        if results is not None:
            covered, spans = _tally(texts, results, len(prefix))
        if results is None or max(covered.values(), default=0) < PATTERNS_SUFFICE * len(texts):
            results = _scan_values(scanner, scanned, patterns_only=False, dates=dates) or []
            covered, spans = _tally(texts, results, len(prefix))
    n = len(texts)
    shares = tuple(
        (e, c / n)
        for e, c in sorted(covered.items(), key=lambda kv: (-kv[1], kv[0]))
        if c / n >= MIN_SHARE
    )
    words = statistics.median(len(t.split()) for t in texts) if texts else 0
    top_entity, top_share = shares[0] if shares else (None, 0.0)
    free_text = (
        bool(texts)
        and top_share < FREE_TEXT_MAX_SHARE
        and (words >= FREE_TEXT_WORDS or (signal.free_text and words >= FREE_TEXT_WORDS_NAMED))
    )

    entity: EntityType | None = None
    confidence = 0.0
    reason: list[str] = []
    if signal.entity is not None:
        reason.append(f"name suggests {signal.entity}")
    if top_entity is not None and not free_text:
        entity = top_entity
        confidence = top_share
        if signal.entity == top_entity:
            confidence = 1 - (1 - top_share) * (1 - signal.strength)
        reason.append(f"{top_share:.0%} of {n} sampled values are {top_entity}")
    elif free_text:
        with_findings = spans + sum(covered.values())
        reason.append(
            f"free text (median {words:g} words); {with_findings} of {n} values have findings"
        )
        confidence = min(1.0, with_findings / n) if n else 0.0
    elif signal.entity is not None:
        entity = signal.entity
        if not n:
            factor = 0.8
        elif signal.entity in _NER_ENTITIES:
            factor = 0.6
        else:
            factor = 0.3
            reason.append(f"none of {n} sampled values validate")
        confidence = signal.strength * factor
    else:
        reason.append(
            f"no name or value signal in {n} sampled values" if n else "no values sampled"
        )
    if entity is not None and confidence < PII_THRESHOLD:
        reason.append("below the personal-data threshold")
        category = None
    else:
        category = None if entity is None else CATEGORY_OF[entity]
    return ColumnClassification(
        name=name,
        dtype=dtype,
        category=category,
        entity=entity if category is not None else None,
        confidence=round(min(1.0, max(0.0, confidence)), 4),
        name_entity=signal.entity,
        value_shares=shares,
        free_text=free_text,
        sampled=n,
        nulls=nulls,
        reason="; ".join(reason),
    )


def classify_table(
    table: Any,
    *,
    sample_size: int = DEFAULT_SAMPLE_SIZE,
    seed: int = 0,
    scanner: Any = None,
) -> TableClassification:
    """Classify each column of a table by its name and a sample of its values.

    Args:
        table: a pandas or polars DataFrame, a pyarrow Table/RecordBatch, or a list of records.
        sample_size: most rows sampled (records: most records); the sample is deterministic.
        seed: the sampling seed; the same table and seed give the same result.
        scanner: the :class:`privkit.Scanner` used on values; a default one (NER included when
            installed) if omitted.

    Returns:
        A :class:`TableClassification`.

    Raises:
        TypeError: ``table`` is not a supported table.
        ConfigError: ``sample_size`` is not positive.
        DataError: the table has duplicated column names.

    >>> result = classify_table([{"client_ip": "203.0.113.7", "n": 1}] * 3)
    >>> result["client_ip"].category
    <Category.IP_ADDRESS: 'user.device.ip_address'>
    >>> result["n"].is_pii
    False
    """
    if sample_size < 1:
        raise ConfigError("sample_size must be >= 1")
    kind = table_kind(table)
    if kind == "spark":
        from privkit.integrations.spark import classify

        return classify(table, sample_size=sample_size, seed=seed, scanner=scanner)
    scanner = scanner if scanner is not None else _default_scanner()
    n = _num_rows(table, kind)
    idx = _sample_index(n, sample_size, seed)
    columns: list[ColumnClassification] = []
    if kind == "records":
        paths: dict[str, list[Any]] = {}
        for i in idx:
            _flatten(table[i], paths)
        for path, values in paths.items():
            dtype = ",".join(sorted({type(v).__name__ for v in values}))
            columns.append(_classify_values(path, dtype, values, scanner))
    else:
        for name in _column_names(table, kind):
            values = _take(table, kind, name, idx)
            columns.append(_classify_values(name, _dtype(table, kind, name), values, scanner))
    return TableClassification(tuple(columns), rows=n, sample_size=sample_size, seed=seed)


# --------------------------------------------------------------------------------------------
# protection
#
# A column goes one of two ways. The fast way, used when the policy's decision for the column
# does not depend on other fields of the same row (no consent, retention or per-subject keys):
# factorize the column into (codes, unique values), protect the unique values of all such
# columns in ONE Protector.protect_columns call (one audit event per table), and map the
# results back with the library's vectorised take. The row-wise way, for decisions that read
# other fields of the row: Protector.protect_column on the full column with those fields as
# context.


@dataclass(frozen=True, slots=True)
class _Job:
    name: str
    category: str | None
    decision: Any
    rowwise: bool
    nested: bool = False


def _declared(col: ColumnClassification) -> str | None:
    if col.category is not None:
        return str(col.category)
    return "text" if col.free_text else None


def _context_fields(policy: Any) -> set[str]:
    fields = {r.consent for r in getattr(policy, "rules", ()) if getattr(r, "consent", None)}
    fields |= {r.timestamp_field for r in getattr(policy, "retention", ())}
    subject = getattr(policy, "subject_field", None)
    if subject:
        fields.add(subject)
    return fields


def _is_rowwise(policy: Any, decision: Any) -> bool:
    if getattr(policy, "subject_field", None):
        return True
    why = str(getattr(decision, "why", ""))
    if "consent" in why or "retention" in why:
        return True
    if getattr(decision, "transform", None) == "scan":  # spans may carry consent/retention
        return bool(getattr(policy, "retention", ())) or any(
            getattr(r, "consent", None) for r in getattr(policy, "rules", ())
        )
    return False


def _plan_jobs(
    protector: Any,
    cls: TableClassification,
    purpose: str,
    string_columns: set[str],
    nested_columns: set[str] = frozenset(),  # type: ignore[assignment]
) -> tuple[list[_Job], dict[str, Any]]:
    declared = {c.name: _declared(c) for c in cls}
    # The policy has the last word: a column its schema declares not personal (or that a rule
    # keeps) stays untouched whatever a sampled value looked like to the classifier.
    by_policy = protector.plan(dict.fromkeys(declared), purpose=purpose)
    for name, d in by_policy.items():
        if getattr(d, "transform", None) in (None, "keep"):
            declared[name] = None
    decisions = dict(protector.plan(declared, purpose=purpose))
    policy = getattr(protector, "policy", None)
    jobs = []
    for col in cls:
        d = decisions[col.name]
        transform = getattr(d, "transform", None)
        if transform is None or transform == "keep":
            continue  # declared not personal, or kept explicitly by the policy
        if col.name in nested_columns:
            # Records, lists or structs in the cells: each cell goes through the record path
            # (field paths ``column.key``, rules, detection and the default per leaf).
            jobs.append(_Job(col.name, None, d, rowwise=True, nested=True))
            continue
        if transform == "scan" and col.name not in string_columns and not col.is_pii:
            continue  # a numeric/temporal column whose sample held no personal data
        jobs.append(_Job(col.name, declared[col.name], d, _is_rowwise(policy, d)))
    return jobs, decisions


def _outcome(
    col: ColumnClassification, decision: Any, *, rows: int, nulls: int, changed: int = 0,
    unique: int = 0,
) -> ColumnOutcome:  # fmt: skip
    transform = getattr(decision, "transform", None)
    rule = getattr(decision, "rule", None)
    return ColumnOutcome(
        col.name,
        col.category,
        "pass" if transform is None else str(transform),
        "" if rule is None else str(rule),
        rows,
        nulls,
        changed,
        unique,
    )


def _protect_unique_sets(
    protector: Any,
    uniques: Mapping[str, list[Any]],
    jobs: Sequence[_Job],
    *,
    purpose: str,
    actor: str | None,
) -> dict[str, list[Any]]:
    """Protect the unique values of several columns in one call (one audit event)."""
    if not uniques:
        return {}
    width = max(len(u) for u in uniques.values())
    # protect_columns wants equal lengths: pad with missing values, which pass untouched.
    padded = {name: [*u, *([None] * (width - len(u)))] for name, u in uniques.items()}
    cats = {j.name: j.category for j in jobs if j.name in uniques}
    out = protector.protect_columns(padded, purpose=purpose, categories=cats, actor=actor)
    result = {}
    for name, u in uniques.items():
        values = list(out[name])
        if len(values) != width:
            raise DataError("the policy returned a column of a different length", column=name)
        result[name] = values[: len(u)]
    return result


def _protect_rowwise(
    protector: Any,
    job: _Job,
    values: list[Any],
    context: Mapping[str, list[Any]],
    *,
    purpose: str,
    actor: str | None,
) -> list[Any]:
    name = job.name
    if job.nested:
        # Cells holding records or lists: each is protected as ``{column: cell, **context}``.
        extra = {f: v for f, v in context.items() if f != name}
        records = [{**{f: v[i] for f, v in extra.items()}, name: c} for i, c in enumerate(values)]
        out = [r[name] for r in protector.protect(records, purpose=purpose, actor=actor)]
    else:
        out = list(
            protector.protect_column(
                name, values, purpose=purpose, category=job.category, actor=actor,
                context=context,
            )
        )  # fmt: skip
    if len(out) != len(values):
        raise DataError("the policy returned a column of a different length", column=name)
    return out


def _pandas_nested(series: Any) -> bool:
    """Whether an object column holds records or lists (cells a column path cannot reach)."""
    import pandas as pd

    from privkit.policy._protector import _is_container

    if series.dtype != object:
        return False
    # infer_dtype walks the column in C; only a "mixed" column needs the Python look.
    kind = pd.api.types.infer_dtype(series, skipna=True)
    return kind.startswith("mixed") and any(map(_is_container, series.array))


def _arrow_nested(arr: Any) -> bool:
    import pyarrow as pa

    t = arr.type
    return bool(
        pa.types.is_struct(t)
        or pa.types.is_map(t)
        or pa.types.is_list(t)
        or pa.types.is_large_list(t)
        or pa.types.is_fixed_size_list(t)
        or pa.types.is_list_view(t)
        or pa.types.is_large_list_view(t)
    )


def _changed(before: Sequence[Any], after: Sequence[Any], weights: Sequence[int] | None) -> int:
    """Rows whose value changed; ``weights`` are the rows of each (unique) value."""
    if len(before) != len(after) or (weights is not None and len(weights) != len(before)):
        raise ValueError("_changed: sequences differ in length")
    diff = map(operator.ne, before, after)  # compress() takes each result's truth, as `if` does
    return sum(itertools.compress(itertools.repeat(1) if weights is None else weights, diff))


# -- pandas ------------------------------------------------------------------------------------


def _pandas_take(out: list[Any], codes: Any, series: Any) -> Any:
    """Map protected unique values back to rows, in C: Arrow take, then pandas' str dtype."""
    import numpy as np
    import pandas as pd
    import pyarrow as pa
    import pyarrow.compute as pc

    try:
        values = pa.array(out, type=pa.string())
        dtype = pd.StringDtype("pyarrow", na_value=np.nan)  # pandas >= 2.3: the "str" dtype
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError):
        lookup = np.empty(len(out) + 1, dtype=object)
        lookup[: len(out)] = out
        lookup[len(out)] = None
        return pd.Series(list(lookup[np.where(codes >= 0, codes, len(out))]),
                         index=series.index, name=series.name)  # fmt: skip
    indices = pa.array(codes, type=pa.int64(), mask=codes < 0)
    return pd.Series(
        dtype.__from_arrow__(pc.take(values, indices)), index=series.index, name=series.name
    )


def _factorize(series: Any) -> tuple[Any, list[Any]]:
    """Return (codes, unique values in order of first appearance) of a pandas column.

    Missing values get code -1. Arrow-backed strings (pandas' ``str`` dtype with pyarrow) are
    encoded by Arrow's ``dictionary_encode``: same codes and order, 2-3x faster than
    ``pd.factorize`` on them.
    """
    import pandas as pd

    if isinstance(series.array, pd.arrays.ArrowStringArray):
        import pyarrow as pa
        import pyarrow.compute as pc

        indices, uniq = _arrow_encode(pa.array(series.array))
        return pc.fill_null(indices, -1).to_numpy(), uniq
    c, u = pd.factorize(series, use_na_sentinel=True)
    return c, u.tolist() if hasattr(u, "tolist") else list(u)


def _protect_pandas(
    df: Any,
    protector: Any,
    cls: TableClassification,
    purpose: str,
    actor: str | None,
) -> tuple[Any, list[ColumnOutcome]]:
    import numpy as np
    import pandas as pd

    names = [str(c) for c in df.columns]
    strings = {
        n for n in names
        if pd.api.types.is_string_dtype(df[n].dtype) or df[n].dtype == object
    }  # fmt: skip
    nested = {n for n in strings if _pandas_nested(df[n])}
    jobs, decisions = _plan_jobs(protector, cls, purpose, strings - nested, nested)
    fast = {j.name: j for j in jobs if not j.rowwise}
    codes: dict[str, Any] = {}
    uniques: dict[str, list[Any]] = {}
    for name in fast:
        codes[name], uniques[name] = _factorize(df[name])
    protected = _protect_unique_sets(protector, uniques, jobs, purpose=purpose, actor=actor)
    context_fields = _context_fields(getattr(protector, "policy", None))
    context = {f: df[f].tolist() for f in context_fields if f in df.columns}

    result = df.copy(deep=False)
    outcomes = []
    for pos, name in enumerate(names):
        col, series = cls[name], df[name]
        rows, nulls = len(series), int(series.isna().sum())
        new: Any
        if name in fast:
            out, c = protected[name], codes[name]
            new = _pandas_take(out, c, series)
            weights = np.bincount(c[c >= 0], minlength=len(out)).tolist()
            changed = _changed(uniques[name], out, weights)
            unique = len(out)
        elif any(j.name == name for j in jobs):
            job = next(j for j in jobs if j.name == name)
            before = series.tolist()
            after = _protect_rowwise(protector, job, before, context, purpose=purpose, actor=actor)
            changed, unique, new = _changed(before, after, None), 0, after
        else:
            outcomes.append(_outcome(col, decisions[name], rows=rows, nulls=nulls))
            continue
        if not isinstance(new, pd.Series):
            dtype = object if name in nested else None
            new = pd.Series(list(new), index=series.index, name=series.name, dtype=dtype)
        result.isetitem(pos, new)
        outcomes.append(
            _outcome(col, decisions[name], rows=rows, nulls=nulls, changed=changed, unique=unique)
        )
    return result, outcomes


# -- Arrow (and polars through Arrow) ----------------------------------------------------------


def _arrow_encode(arr: Any) -> tuple[Any, list[Any]]:
    """Return (indices, unique values) of an Arrow array; nulls get null indices."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks() if arr.num_chunks != 1 else arr.chunk(0)
    if pa.types.is_string_view(arr.type):
        arr = arr.cast(pa.large_string())
    try:
        encoded = pc.dictionary_encode(arr)
    except (pa.ArrowNotImplementedError, pa.ArrowInvalid, pa.ArrowTypeError):
        values = arr.to_pylist()
        uniq = list(dict.fromkeys(v for v in values if v is not None))
        pos = {v: i for i, v in enumerate(uniq)}
        return pa.array([None if v is None else pos[v] for v in values], type=pa.int32()), uniq
    return encoded.indices, encoded.dictionary.to_pylist()


def _arrow_values(out: list[Any]) -> Any:
    import pyarrow as pa

    try:
        return pa.array(out, type=pa.string())
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return pa.array([None if v is None else str(v) for v in out], type=pa.string())


def _arrow_changed(before: list[Any], after: list[Any], indices: Any) -> int:
    """Rows whose value changed, from the unique values and the rows' Arrow indices."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if len(before) != len(after):
        raise ValueError("_arrow_changed: sequences differ in length")
    diff = pa.array(list(map(bool, map(operator.ne, before, after))), type=pa.bool_())
    return int(pc.sum(pc.take(diff, indices)).as_py() or 0)  # null indices are skipped


def _protect_arrow_columns(
    columns: Mapping[str, Any],
    protector: Any,
    cls: TableClassification,
    purpose: str,
    actor: str | None,
) -> tuple[dict[str, Any], list[ColumnOutcome]]:
    """Protect Arrow columns by name; return the replaced columns and the outcomes."""
    import pyarrow as pa
    import pyarrow.compute as pc

    def is_string(arr: Any) -> bool:
        t = arr.type
        return bool(
            pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_string_view(t)
        )

    strings = {n for n, a in columns.items() if is_string(a)}
    nested = {n for n, a in columns.items() if _arrow_nested(a)}
    jobs, decisions = _plan_jobs(protector, cls, purpose, strings, nested)
    fast = {j.name: j for j in jobs if not j.rowwise}
    encoded = {name: _arrow_encode(columns[name]) for name in fast}
    uniques = {name: u for name, (_, u) in encoded.items()}
    protected = _protect_unique_sets(protector, uniques, jobs, purpose=purpose, actor=actor)
    context_fields = _context_fields(getattr(protector, "policy", None))
    context = {f: columns[f].to_pylist() for f in context_fields if f in columns}

    replaced: dict[str, Any] = {}
    outcomes = []
    for name, arr in columns.items():
        col = cls[name]
        rows, nulls = len(arr), arr.null_count
        if name in fast:
            indices, uniq = encoded[name]
            out = protected[name]
            replaced[name] = pc.take(_arrow_values(out), indices)
            changed = _arrow_changed(uniq, out, indices)
            unique = len(uniq)
        elif any(j.name == name for j in jobs):
            job = next(j for j in jobs if j.name == name)
            before = _arrow_cells(arr)
            out = _protect_rowwise(protector, job, before, context, purpose=purpose, actor=actor)
            replaced[name] = (
                _arrow_nested_values(out, arr.type) if job.nested else _arrow_values(out)
            )
            changed, unique = _changed(before, out, None), 0
        else:
            outcomes.append(_outcome(col, decisions[name], rows=rows, nulls=nulls))
            continue
        outcomes.append(
            _outcome(col, decisions[name], rows=rows, nulls=nulls, changed=changed, unique=unique)
        )
    return replaced, outcomes


def _arrow_cells(arr: Any) -> list[Any]:
    """Python cells of a column; a ``map`` cell as a dict (its keys are field names then)."""
    import pyarrow as pa

    cells: list[Any] = arr.to_pylist()
    if not pa.types.is_map(arr.type):
        return cells
    out: list[Any] = []
    for c in cells:
        d = None if c is None else dict(c)
        out.append(c if d is not None and len(d) != len(c) else d)  # repeated keys: as pairs
    return out


def _arrow_nested_values(values: list[Any], type_: Any) -> Any:
    """Nested cells back to Arrow: the column's type if they still fit it, else inferred."""
    import pyarrow as pa

    if pa.types.is_map(type_):
        values = [
            list(v.items()) if isinstance(v, dict) else [tuple(kv) for kv in v] if v else v
            for v in values
        ]
    try:
        return pa.array(values, type=type_)
    except (pa.ArrowInvalid, pa.ArrowTypeError):  # a transform changed a leaf's type
        return pa.array(values)


def _protect_arrow(
    table: Any, protector: Any, cls: TableClassification, purpose: str, actor: str | None
) -> tuple[Any, list[ColumnOutcome]]:
    import pyarrow as pa

    batch = isinstance(table, pa.RecordBatch)
    names = list(table.schema.names)
    columns = {n: table.column(i) for i, n in enumerate(names)}
    replaced, outcomes = _protect_arrow_columns(columns, protector, cls, purpose, actor)
    arrays = [replaced.get(n, columns[n]) for n in names]
    if batch:
        arrays = [a.combine_chunks() if isinstance(a, pa.ChunkedArray) else a for a in arrays]
        return pa.RecordBatch.from_arrays(arrays, names=names), outcomes
    fields = [
        pa.field(n, replaced[n].type) if n in replaced else table.schema.field(i)
        for i, n in enumerate(names)
    ]
    return pa.Table.from_arrays(
        arrays, schema=pa.schema(fields, metadata=table.schema.metadata)
    ), outcomes


def _protect_polars(
    df: Any, protector: Any, cls: TableClassification, purpose: str, actor: str | None
) -> tuple[Any, list[ColumnOutcome]]:
    import polars as pl

    columns = {name: df.get_column(name).to_arrow() for name in df.columns}
    replaced, outcomes = _protect_arrow_columns(columns, protector, cls, purpose, actor)
    if not replaced:
        return df.clone(), outcomes
    series = [
        pl.Series(name, arr) if _arrow_nested(arr) else pl.Series(name, arr, dtype=pl.String)
        for name, arr in replaced.items()
    ]
    return df.with_columns(series), outcomes


# -- records -------------------------------------------------------------------------------------


def _copy_with_slots(
    record: Mapping[str, Any],
) -> tuple[dict[str, Any], list[tuple[str, Any, Any]]]:
    """Copy a nested record; return the copy and its leaves as (path, container, key)."""
    root = dict(record)
    slots: list[tuple[str, Any, Any]] = []
    stack: list[tuple[str, Any]] = [("", root)]
    while stack:
        path, container = stack.pop()
        if isinstance(container, dict):
            items: list[tuple[Any, Any, str]] = [
                (k, v, f"{path}.{k}" if path else str(k)) for k, v in container.items()
            ]
        else:
            items = [(i, v, f"{path}[]") for i, v in enumerate(container)]
        for key, value, sub in items:
            if isinstance(value, Mapping):
                container[key] = dict(value)
                stack.append((sub, container[key]))
            elif isinstance(value, list | tuple):
                container[key] = list(value)
                stack.append((sub, container[key]))
            else:
                slots.append((sub, container, key))
    return root, slots


def _protect_records(  # noqa: C901 - walk, plan, protect, write back
    records: Sequence[Mapping[str, Any]],
    protector: Any,
    cls: TableClassification,
    purpose: str,
    actor: str | None,
) -> tuple[list[Any], list[ColumnOutcome]]:
    personal_keys = getattr(protector, "_personal_keys", None)
    if personal_keys is not None and personal_keys(records):
        # Personal data in mapping keys ({email: score}): the policy engine rewrites the keys.
        return list(protector.protect(list(records), purpose=purpose, actor=actor)), []
    copies: list[dict[str, Any]] = []
    by_path: dict[str, list[tuple[Any, Any]]] = {}
    for rec in records:
        root, slots = _copy_with_slots(rec)
        copies.append(root)
        for path, container, key in slots:
            by_path.setdefault(path, []).append((container, key))
    known = {c.name for c in cls}
    extra = [p for p in by_path if p not in known]  # paths first seen after the sample
    if extra:
        cls = TableClassification(
            cls.columns + tuple(ColumnClassification(p, "", None, None, 0.0) for p in extra),
            rows=cls.rows, sample_size=cls.sample_size, seed=cls.seed,
        )  # fmt: skip
    strings = {
        p for p, slots in by_path.items() if any(isinstance(c[k], str) for c, k in slots)
    }  # fmt: skip
    jobs, decisions = _plan_jobs(protector, cls, purpose, strings)
    if any(j.rowwise for j in jobs):
        # Consent, retention or per-subject keys read other fields of the record: let the
        # policy engine walk whole records.
        return list(protector.protect(list(records), purpose=purpose, actor=actor)), []
    uniques: dict[str, list[Any]] = {}
    for job in jobs:
        seen: dict[tuple[type, Any], None] = {}
        for c, k in by_path[job.name]:
            v = c[k]
            if v is not None:
                seen[(type(v), v)] = None
        uniques[job.name] = [v for _, v in seen]
    protected = _protect_unique_sets(protector, uniques, jobs, purpose=purpose, actor=actor)
    outcomes = []
    for path, leaves in by_path.items():
        col = cls[path]
        nulls = sum(1 for c, k in leaves if c[k] is None)
        if path not in protected:
            outcomes.append(_outcome(col, decisions[path], rows=len(leaves), nulls=nulls))
            continue
        mapping = {
            (type(u), u): o for u, o in zip(uniques[path], protected[path], strict=True)
        }  # fmt: skip
        changed = 0
        for c, k in leaves:
            v = c[k]
            if v is not None:
                replacement = mapping[(type(v), v)]
                changed += int(replacement != v)
                c[k] = replacement
        outcomes.append(
            _outcome(col, decisions[path], rows=len(leaves), nulls=nulls, changed=changed,
                     unique=len(uniques[path]))
        )  # fmt: skip
    return copies, outcomes


# -- entry points -------------------------------------------------------------------------------


def _protect(
    table: Any,
    *,
    protector: Any,
    purpose: str,
    actor: str | None = None,
    classification: TableClassification | None = None,
    baseline: TableClassification | None = None,
    sample_size: int = DEFAULT_SAMPLE_SIZE,
    seed: int = 0,
) -> tuple[Any, list[ColumnOutcome], TableClassification | None]:
    kind = table_kind(table)
    if kind == "spark":
        from privkit.integrations.spark import protect as spark_protect

        out = spark_protect(
            table, policy=protector, purpose=purpose, actor=actor,
            classification=classification, baseline=baseline,
        )  # fmt: skip
        return out, [], classification
    if classification is None:
        classification = classify_table(table, sample_size=sample_size, seed=seed)
    elif kind != "records":
        missing = [n for n in _column_names(table, kind) if n not in classification]
        if missing:
            raise ConfigError(f"classification has no entry for column {missing[0]!r}")
    if baseline is not None:
        _check_drift(protector, classification, baseline)
    if kind == "records":
        out, outcomes = _protect_records(table, protector, classification, purpose, actor)
    elif kind == "pandas":
        out, outcomes = _protect_pandas(table, protector, classification, purpose, actor)
    elif kind == "arrow":
        out, outcomes = _protect_arrow(table, protector, classification, purpose, actor)
    else:
        out, outcomes = _protect_polars(table, protector, classification, purpose, actor)
    return out, outcomes, classification


def _check_drift(
    protector: Any, current: TableClassification, baseline: TableClassification
) -> None:
    if getattr(protector, "strict", False):
        current.drift(baseline).raise_for_new_pii()


def protect_table(
    table: Any,
    *,
    protector: Any,
    purpose: str,
    actor: str | None = None,
    classification: TableClassification | None = None,
    baseline: TableClassification | None = None,
    sample_size: int = DEFAULT_SAMPLE_SIZE,
    seed: int = 0,
) -> Any:
    """Protect a table column by column and return the same type, rows and order.

    Each column's category comes from ``classification`` (computed with
    :func:`classify_table` when omitted) and the policy decides per column: a column it
    declares not personal or keeps explicitly is returned untouched (type included); every
    other string column goes through the policy, free text span by span, so personal data
    outside the classification sample is still found. Protected columns become strings.

    Args:
        table: pandas or polars DataFrame, pyarrow Table/RecordBatch, a Spark DataFrame, or
            a list of records (nested; paths ``a.b`` and ``a[].b``; copies are returned).
        protector: a :class:`privkit.Protector` (compiled policy, keys, scanner, audit).
        purpose: the purpose of processing.
        actor: who runs the job, for the audit log.
        classification: a precomputed classification (for example from a saved file).
        baseline: a saved classification; with a strict protector, a column that now holds
            personal data and did not in the baseline raises ``UnhandledPIIError``.
        sample_size: rows sampled when classifying.
        seed: sampling seed.

    Returns:
        A table of the same type with the same row count and order.

    Raises:
        TypeError: unsupported table type.
        DataError: duplicated column names.
        UnhandledPIIError: strict mode and personal data no rule covers, or a new
            personal-data column against ``baseline``.
    """
    out, _, _ = _protect(
        table,
        protector=protector,
        purpose=purpose,
        actor=actor,
        classification=classification,
        baseline=baseline,
        sample_size=sample_size,
        seed=seed,
    )
    return out

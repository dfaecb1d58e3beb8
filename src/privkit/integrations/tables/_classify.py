"""The column classifier: a column's category from its name and a sample of its values."""

from __future__ import annotations

import dataclasses
import math
import statistics
from collections import Counter
from typing import TYPE_CHECKING, Any

from privkit._fieldnames import context_prefix, name_signal, read_as_field
from privkit._records import Slot, flatten, key_text, mapping_keys, placeholder_names
from privkit.errors import ConfigError
from privkit.integrations.tables._kinds import (
    _column_names,
    _dtype,
    _num_rows,
    _sample_index,
    _take,
    series_frame,
    table_kind,
)
from privkit.integrations.tables._types import (
    DEFAULT_SAMPLE_SIZE,
    ColumnClassification,
    TableClassification,
)
from privkit.types import CATEGORY_OF, EntityType

if TYPE_CHECKING:
    from collections.abc import Sequence

    from privkit.types import Finding

__all__ = ["classify_table"]

#: A finding must cover this share of a (stripped) value for the value to "be" that entity.
FULL_COVER = 0.8
#: A column is personal data when its confidence reaches this.
PII_THRESHOLD = 0.5
#: Findings down to this score count when classifying values (a lone value has no context).
CLASSIFY_MIN_SCORE = 0.3
#: Characters of each sampled value the classifier scans: one huge cell must not stall a
#: column's classification (a value this long is free text, never one identifier).
CELL_SCAN_CHARS = 4096
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
    # (A cell is a field's value: its column's name, not its standing alone, says what a
    # run of digits is: read_as_field.)
    try:
        found = list(scanner.scan_many(texts, max_chars=CELL_SCAN_CHARS, **kwargs))
    except TypeError:  # a plain scanner without per-call entities or thresholds
        if patterns_only:
            return None
        found = list(scanner.scan_many(texts))
    return [read_as_field(fs) for fs in found]


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
    return _classify_table(
        table, sample_size=sample_size, seed=seed, scanner=scanner, real_names=False
    )


def _classify_table(
    table: Any, *, sample_size: int, seed: int, scanner: Any, real_names: bool
) -> TableClassification:
    """:func:`classify_table`; ``real_names`` keeps names holding personal data as they are.

    Only for callers that redact names themselves before anything leaves them (the
    inventory map): every public result names such columns and keys by placeholders.
    """
    if sample_size < 1:
        raise ConfigError("sample_size must be >= 1")
    as_frame = series_frame(table)
    if as_frame is not None:
        table = as_frame[0]
    kind = table_kind(table)
    if kind == "spark":
        from privkit.integrations.spark import classify

        return classify(table, sample_size=sample_size, seed=seed, scanner=scanner)
    if scanner is None:
        from privkit.policy._scanners import default_scanner

        scanner = default_scanner()
    n = _num_rows(table, kind)
    idx = _sample_index(n, sample_size, seed)
    columns: list[ColumnClassification] = []
    if kind == "records":
        sample = [table[i] for i in idx]
        keys = [k for k in mapping_keys(sample) if key_text(k) is not None]
        renames = (
            {}
            if real_names
            else placeholder_names(keys, _scan_names(scanner, [key_text(k) or "" for k in keys]))
        )
        groups: dict[str, list[Slot]] = {}
        paths: dict[tuple[str, Any], str] = {}
        for i, rec in enumerate(sample):
            flatten(rec, i, groups, renames, paths)
        for path, slots in groups.items():
            values = [s[3] for s in slots]
            dtype = ",".join(sorted({type(v).__name__ for v in values}))
            columns.append(_classify_values(path, dtype, values, scanner))
    else:
        if kind == "pandas" and not all(isinstance(c, str) for c in table.columns):
            table = table.set_axis([str(c) for c in table.columns], axis=1)
        names = _column_names(table, kind)
        # A name holding personal data (a pivoted table's e-mail columns) is shown as a
        # placeholder: a classification never carries a value, wherever it sat.
        shown = {} if real_names else placeholder_names(names, _scan_names(scanner, names))
        for name in names:
            values = _take(table, kind, name, idx)
            col = _classify_values(name, _dtype(table, kind, name), values, scanner)
            columns.append(dataclasses.replace(col, name=shown[name]) if name in shown else col)
    return TableClassification(tuple(columns), rows=n, sample_size=sample_size, seed=seed)


def _scan_names(scanner: Any, names: list[str]) -> list[Sequence[Finding]]:
    """Findings in column names or mapping keys (pattern detectors: names are short)."""
    if not names:
        return []
    found = _scan_values(scanner, names, patterns_only=True, dates=False)
    return found if found is not None else list(scanner.scan_many(names))

"""Classify a sampled table with the table classifier, and keep personal names out of the map.

:func:`classify_columns` is the ONLY place the inventory calls the table classifier
(``privkit.integrations.tables``): database columns, file columns and nested JSON paths all
go through it, so a column is classified the same way whether it arrives as a DataFrame or
from a database. If the classifier's API moves, this function is the one to change.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import TYPE_CHECKING, Any

from privkit._memo import BoundedMemo
from privkit.inventory._model import ColumnEntry

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping, Sequence

__all__ = [
    "NameReader",
    "classify_columns",
    "free_text_entities",
    "parse_nested",
    "redact_keys",
    "redact_location",
    "redact_qualified",
    "safe_names",
]

#: Free-text values scanned for the entities they contain.
FREE_TEXT_SCAN = 100
#: A text column is read as JSON when this share of its non-null values parses as objects/arrays.
JSON_SHARE = 0.5
#: Most keys of one JSON object renamed when they are personal data (the rest are dropped).
MAX_PERSONAL_KEYS = 16
#: Deepest nesting followed inside a JSON value.
MAX_DEPTH = 32
#: Words with at most a short number (``order_2024``, ``c17``) cannot be an entity: not scanned.
_PLAIN_NAME = re.compile(r"[A-Za-z_ -]*[0-9]{0,5}")


class _OncePerText:
    """A scanner proxy that scans each distinct text once per call and repeats its findings.

    Sampled columns repeat values (names, countries, statuses); detection is deterministic
    per text, so the classifier gets exactly the findings it would get, at the cost of the
    distinct values only.
    """

    def __init__(self, scanner: Any) -> None:
        self._scanner = scanner

    def __getattr__(self, name: str) -> Any:  # entities, min_score... as the scanner has them
        return getattr(self._scanner, name)

    def scan_many(self, texts: Iterable[str], **kwargs: Any) -> Iterator[Any]:
        items = list(texts)
        distinct = list(dict.fromkeys(items))
        if len(distinct) == len(items):
            yield from self._scanner.scan_many(items, **kwargs)
            return
        found = dict(zip(distinct, self._scanner.scan_many(distinct, **kwargs), strict=True))
        for text in items:
            yield found[text]


def classify_columns(
    columns: Mapping[str, Sequence[Any]], *, scanner: Any
) -> dict[str, ColumnEntry]:
    """Classify each column's sampled values; return entries keyed by the (real) name.

    Values may be scalars or nested JSON-like values (dicts and lists); nested values are
    walked by the classifier's record walker and come back as ``column.key`` /
    ``column[]`` paths. Entries carry real names: the caller redacts them for the map.
    """
    from privkit.integrations.tables._classify import _classify_table

    scanner = _OncePerText(scanner)
    with_values = {k: v for k, v in columns.items() if len(v)}
    out: dict[str, ColumnEntry] = {}
    batches: list[list[dict[str, Any]]] = []
    n = max((len(v) for v in with_values.values()), default=0)
    if n:
        batches.append([{k: v[i] for k, v in with_values.items() if i < len(v)} for i in range(n)])
    empty = [k for k in columns if k not in with_values]
    if empty:  # name evidence only: one all-null record (its null is not reported)
        batches.append([dict.fromkeys(empty)])
    for records in batches:
        result = _classify_table(  # real names: redacted below, before the map leaves
            records, sample_size=len(records), seed=0, scanner=scanner, real_names=True
        )
        for c in result:
            no_values = records is not batches[0] or not n
            out[c.name] = ColumnEntry(
                name=c.name,
                dtype=c.dtype,
                category=None if c.category is None else str(c.category),
                entity=None if c.entity is None else str(c.entity),
                confidence=float(c.confidence),
                name_entity=None if c.name_entity is None else str(c.name_entity),
                value_shares=tuple((str(e), float(s)) for e, s in c.value_shares),
                free_text=bool(c.free_text),
                sampled=0 if no_values else int(c.sampled),
                nulls=0 if no_values else int(c.nulls),
                reason=str(c.reason),
            )
    return out


def free_text_entities(texts: Sequence[str], *, scanner: Any) -> tuple[tuple[str, float], ...]:
    """Return ``(entity, share of texts containing it)``, highest first."""
    sample = [t for t in texts if isinstance(t, str) and t.strip()][:FREE_TEXT_SCAN]
    if not sample:
        return ()
    seen: Counter[str] = Counter()
    for findings in _OncePerText(scanner).scan_many(sample):
        for ent in {str(f.entity_type) for f in findings}:
            seen[ent] += 1
    return tuple(
        (e, round(c / len(sample), 4)) for e, c in sorted(seen.items(), key=lambda kv: -kv[1])
    )


# ------------------------------------------------------------------------------ personal names


#: A file name's last extension (".csv", ".gz"): a name that reads as nothing whole is read
#: again without it, twice at most ("<address>.csv.gz").
_EXTENSION = re.compile(r"\.[A-Za-z][A-Za-z0-9]{0,7}\Z")


class NameReader:
    """Reads names (columns, tables, JSON keys) for personal data: one reader per inventory run.

    Names repeat (a JSON key on every sampled row, a column in every table): each verdict is
    kept in the reader's bounded memo, and names are read by the reader's own scanner
    (pattern detectors only, no NER: names are identifiers, not prose), so no name read
    outlives the run in module state.

    >>> read = NameReader()
    >>> read("alice@example.com"), read("email")
    ('EMAIL_ADDRESS', None)
    """

    def __init__(self) -> None:
        self._memo: BoundedMemo[str, str] = BoundedMemo(65_536)  # name -> entity or ""
        self._scanner: Any = None

    def __call__(self, name: object) -> str | None:
        """Return the entity type when a name (column, table, key) is itself personal data."""
        if not isinstance(name, str):
            return None
        entity = self._memo.get(name)
        if entity is None:
            entity = self._memo.put(name, self._read(name))
        return entity or None

    def shown(self, part: str) -> str:
        """``part`` as a map shows it: ``<ENTITY>`` when personal, else itself."""
        entity = self(part)
        return part if entity is None else f"<{entity}>"

    def _read(self, name: str) -> str:
        if not name.strip() or _PLAIN_NAME.fullmatch(name):
            return ""
        if self._scanner is None:
            from privkit.detect import PATTERN_ENTITIES, Scanner

            entities = sorted(e for e in PATTERN_ENTITIES if str(e) != "DATE_TIME")
            self._scanner = Scanner(entities=entities)
        found = self._scanner.scan(name[:1000])
        stem = name
        for _ in range(2):  # a file's extension hides a value it ends ("a@b.net.csv")
            if found or (cut := _EXTENSION.search(stem)) is None:
                break
            stem = stem[: cut.start()]
            found = self._scanner.scan(stem[:1000])
        if not found:
            return ""
        return str(max(found, key=lambda f: (f.end - f.start, f.score)).entity_type)


def safe_names(names: Sequence[str], read: NameReader) -> dict[str, str]:
    """Map real names to the names shown in the map; personal ones become ``<ENTITY>#n``."""
    out: dict[str, str] = {}
    counts: Counter[str] = Counter()
    for name in names:
        ent = read(name)
        if ent is None:
            out[name] = name
        else:
            counts[ent] += 1
            out[name] = f"<{ent}>#{counts[ent]}"
    real = set(names)
    for name, label in list(out.items()):  # a redacted name that equals a real column name
        final = label
        while final != name and final in real:
            final += "~"
        out[name] = final
    return out


def redact_qualified(name: str, read: NameReader) -> str:
    """Redact a dotted ``schema.table`` (or folder path) name part by part.

    >>> read = NameReader()
    >>> redact_qualified("crm.alice@example.com", read), redact_qualified("crm.orders", read)
    ('<EMAIL_ADDRESS>', 'crm.orders')
    """
    whole = read(name)
    if whole is not None:
        return f"<{whole}>"
    return ".".join(read.shown(p) for p in name.split("."))


def redact_location(location: str, read: NameReader) -> str:
    """A source's location with each personal path part replaced by ``<ENTITY>``.

    A URL's host and port are kept (a server, not a person); the parts of its path, and of a
    file or folder path, are read one by one as names are.

    >>> read = NameReader()
    >>> redact_location("/data/exports/erin.doe@example.net.csv", read)
    '/data/exports/<EMAIL_ADDRESS>'
    >>> redact_location("postgresql://db.internal:5432/crm", read)
    'postgresql://db.internal:5432/crm'
    """
    head, path = "", location
    scheme, sep, rest = location.partition("://")
    if sep and scheme.isalnum():
        host, slash, path = rest.partition("/")
        head = f"{scheme}://{host}{slash}"
    parts = re.split(r"([/\\])", path)
    return head + "".join(p if p in ("/", "\\") else read.shown(p) for p in parts)


def redact_keys(value: Any, read: NameReader, depth: int = 0) -> Any:
    """Return ``value`` with every mapping key that is personal data renamed ``<ENTITY>``.

    Several personal keys of one mapping become ``<ENTITY>``, ``<ENTITY>#2``, ...; past
    :data:`MAX_PERSONAL_KEYS` they are dropped, and past :data:`MAX_DEPTH` nesting stops.
    """
    if depth > MAX_DEPTH:
        return None
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        counts: Counter[str] = Counter()
        for key, sub in value.items():
            k = str(key)
            ent = read(k)
            if ent is not None:
                counts[ent] += 1
                if counts[ent] > MAX_PERSONAL_KEYS:
                    continue
                k = f"<{ent}>" if counts[ent] == 1 else f"<{ent}>#{counts[ent]}"
            out[k] = redact_keys(sub, read, depth + 1)
        return out
    if isinstance(value, list | tuple):
        return [redact_keys(v, read, depth + 1) for v in value]
    return value


def parse_nested(values: Sequence[Any], *, declared: bool, read: NameReader) -> list[Any] | None:
    """Return the values as parsed JSON when the column holds JSON objects/arrays, else None.

    ``declared`` columns (JSON, JSONB, arrays, structs) are always nested; text columns are
    when at least :data:`JSON_SHARE` of their non-null values parse as objects or arrays.
    """
    out: list[Any] = []
    hits = 0
    non_null = 0
    for v in values:
        if v is None:
            out.append(None)
            continue
        non_null += 1
        if isinstance(v, dict | list):
            hits += 1
            out.append(v)
            continue
        if isinstance(v, str) and v.lstrip()[:1] in {"{", "["}:
            try:
                parsed = json.loads(v)
            except (ValueError, RecursionError):
                parsed = v
            if isinstance(parsed, dict | list):
                hits += 1
            out.append(parsed)
            continue
        out.append(v)
    if declared or (non_null and hits >= JSON_SHARE * non_null):
        return [redact_keys(v, read) for v in out]
    return None

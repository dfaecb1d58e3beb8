"""Execution: carry out the planner's decisions on records, columns and free text.

Records are flattened into columns of leaves (:func:`privkit._records.flatten`); each column
is decided once by the planner; structured columns go through
:func:`privkit.transform.apply_many`; free text is batched through one ``scan_many`` call and
its spans are transformed per category. Consent and retention read other fields of the row.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING, Any

from privkit import _progress
from privkit._fieldnames import context_prefix, field_findings
from privkit._records import (
    MISSING,
    check_bytes,
    coerce,
    flatten,
    get,
    key_text,
    mapping_keys,
    text_of,
    unbox,
)
from privkit.errors import TransformError, UnhandledPIIError
from privkit.policy._taxonomy import ENTITY_OF
from privkit.types import CATEGORY_OF, Context

if TYPE_CHECKING:
    from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence

    from privkit._memo import BoundedMemo
    from privkit.policy._decision import Actor
    from privkit.policy._planner import Planner, _Entry, _Limit, _Plan
    from privkit.policy.model import Policy

__all__: list[str] = []


#: Values scanned between two progress reports (only when someone listens).
_PROGRESS_STEP = 2000


@dataclass
class _Stats:
    counts: Counter[str] = field(default_factory=Counter)
    fields: set[str] = field(default_factory=set)
    categories: set[str] = field(default_factory=set)
    records: int = 0


def _is_missing(value: object) -> bool:
    if value is None:  # the common case (the table adapters pad with None): no import
        return True
    from privkit.transform import is_missing

    return is_missing(value)


def _age_days(value: Any, now: dt.datetime) -> float | None:
    when: dt.datetime | None = None
    if isinstance(value, dt.datetime):
        when = value
    elif isinstance(value, dt.date):
        when = dt.datetime(value.year, value.month, value.day, tzinfo=dt.UTC)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        if value != value:  # NaN  # noqa: PLR0124
            return None
        seconds = float(value) / 1000.0 if abs(value) > 1e11 else float(value)  # noqa: PLR2004
        when = dt.datetime.fromtimestamp(seconds, tz=dt.UTC)
    elif isinstance(value, str):
        try:
            when = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            return None
    else:
        ts = getattr(value, "to_pydatetime", None)  # pandas Timestamp
        if callable(ts):
            when = ts()
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return (now - when).total_seconds() / 86400.0


#: A cell of a structured column with at least this many words is read as text (a stray
#: note): NER findings in it count, as in a free-text column.
_TEXT_CELL_WORDS = 8
#: Detectors whose findings are guesses from a language model, not validated patterns.
_GUESSING_DETECTORS = frozenset({"ner"})


def _column_findings(text: str, findings: list[Any], *, ner: bool) -> list[Any]:
    """The findings of a structured column's cell that may change it on their own.

    The column's classification decides for all its values; a per-value NER guess on a
    short cell (``US`` a place, ``DE`` not) would split the column and break joins and
    group-bys. Pattern findings (e-mails, cards, IMEIs, custom detectors) always count:
    hard identifiers never pass through. ``ner``: the plan counts NER findings (free text).
    """
    if ner or not findings or len(text.split()) >= _TEXT_CELL_WORDS:
        return findings
    return [f for f in findings if f.detector not in _GUESSING_DETECTORS]


def _non_overlapping(findings: Iterable[Any]) -> list[Any]:
    """Sort spans and merge overlapping ones (fail closed: the union is transformed).

    A merged span takes the entity type of its highest-scoring part.
    """
    ordered = sorted(findings, key=lambda f: (f.start, -(f.end - f.start), -f.score))
    out: list[Any] = []
    for f in ordered:
        if f.end <= f.start:
            continue
        if out and f.start < out[-1].end:
            last = out[-1]
            if f.end > last.end or f.score > last.score:
                best = f if f.score > last.score else last
                out[-1] = dataclasses.replace(best, start=last.start, end=max(last.end, f.end))
            continue
        out.append(f)
    return out


def _apply_column(
    apply_many: Any, transform: Any, values: list[object], ctx: Context
) -> list[object]:
    try:
        return _apply_column_raw(apply_many, transform, values, ctx)
    except TransformError as exc:
        if type(exc) is not TransformError:
            raise  # InvalidToken, ErasedSubjectError, KeyNotFoundError keep their type
        raise TransformError(f"{ctx.field or '<text>'}: {exc}") from None


def _uses_subject(transform: Any) -> bool:
    """Whether ``ctx.subject`` can change the transform's output (unknown kinds: yes)."""
    uses = getattr(transform, "uses_subject", None)
    return True if uses is None else bool(uses)


def _call_each(transform: Any, values: list[object], ctx: Context) -> list[object]:
    return [transform(v, ctx) for v in values]


def _apply_column_raw(
    apply_many: Any, transform: Any, values: list[object], ctx: Context
) -> list[object]:
    try:
        return list(apply_many(transform, values, ctx))
    except TypeError:
        from privkit.transform import apply

        out = []
        for v in values:
            try:
                out.append(apply(transform, v, ctx))
            except TypeError:
                out.append(apply(transform, str(v), ctx))
        return out


_CLEAN_KEYS_LIMIT = 100_000


def _no_fields(row: int, dotted: str) -> Any:  # noqa: ARG001 - a lookup for mapping keys
    return MISSING


class _Execution:
    """The execution half of :class:`~privkit.Protector` (plans come from its planner)."""

    strict: bool
    batch_size: int
    _clock: Callable[[], dt.datetime]
    _clean_keys: set[Any]
    _field_contexts: BoundedMemo[str, str]

    @property
    def policy(self) -> Policy:
        raise NotImplementedError

    @property
    def _planner(self) -> Planner:
        raise NotImplementedError

    @property
    def _scanner(self) -> Any:
        raise NotImplementedError

    def _transform(self, entry: _Entry) -> Any:
        raise NotImplementedError

    def _emit(
        self,
        kind: str,
        purpose: str,
        actor: Actor | None,
        stats: _Stats,
        *,
        outcome: str = "ok",
        token_ids: Sequence[str] = (),
    ) -> None:
        raise NotImplementedError

    def _stream(
        self, it: Iterator[Any], purpose: str, actor: Actor | None
    ) -> Generator[Any, None, None]:
        # One event per batch, written before the batch is handed out: no record leaves
        # without the event that covers it (an AuditError withholds the whole batch).
        emitted = False
        while True:
            stats = _Stats()
            try:
                chunk = list(islice(it, self.batch_size))
                out = self._protect_batch(chunk, purpose, stats) if chunk else None
            except BaseException:
                self._emit("protect", purpose, actor, stats, outcome="error")
                raise
            if out is None:
                break
            self._emit("protect", purpose, actor, stats)
            emitted = True
            yield from out
        if not emitted:  # an empty stream still leaves its trace
            self._emit("protect", purpose, actor, _Stats())

    def _protect_batch(  # noqa: C901
        self,
        records: list[Any],
        purpose: str,
        stats: _Stats,
        guesses: Mapping[str, str | None] | None = None,
        *,
        count: bool = True,
    ) -> list[Any]:
        groups: dict[str, list[tuple[int, Any, Any, Any]]] = {}
        renames = self._key_renames(records, purpose, stats)
        paths: dict[tuple[str, Any], str] = {}  # the batch's path memo (flatten)
        outs: list[Any] = [flatten(rec, i, groups, renames, paths) for i, rec in enumerate(records)]

        def lookup(row: int, dotted: str) -> Any:
            return get(records[row], dotted)

        jobs: list[tuple[str, tuple[int, Any, Any, Any], str, bool]] = []
        for path, slots in groups.items():
            plan = self._planner.plan(path, purpose, guesses.get(path) if guesses else None)
            if plan.mode == "whole":
                results = self._apply_whole(
                    path, plan, [s[3] for s in slots], [s[0] for s in slots], lookup, stats
                )
                for (_, container, key, _), r in zip(slots, results, strict=True):
                    container[key] = r
            elif plan.mode == "scan":
                for s in slots:
                    text = text_of(s[3])
                    if text is not None:
                        jobs.append((path, s, text, plan.ner))
        if jobs:
            found = self._scan_fields([(j[0], j[2]) for j in jobs])
            for (path, slot, text, ner), all_fs in zip(jobs, found, strict=True):
                row, container, key, original = slot
                fs = _column_findings(text, all_fs, ner=ner)
                if fs:
                    if isinstance(original, bytes | bytearray | memoryview):
                        check_bytes(path, original)
                    container[key] = self._apply_spans(path, text, fs, row, lookup, purpose, stats)
        if count:
            stats.records += len(records)
        return [unbox(o) for o in outs]

    def _column(  # noqa: PLR0917
        self,
        path: str,
        values: list[object],
        purpose: str,
        category: str | None,
        context: Mapping[str, Sequence[object]] | None,
        stats: _Stats,
    ) -> list[object]:
        plan = self._planner.plan(path, purpose, category)

        def lookup(row: int, dotted: str) -> Any:
            if context is None or dotted not in context:
                return MISSING
            return context[dotted][row]

        if plan.mode == "pass" or not values:
            return list(values)
        if plan.mode == "whole":
            return self._apply_whole(path, plan, values, range(len(values)), lookup, stats)
        out = list(values)
        idx = [i for i, v in enumerate(values) if text_of(v) is not None]
        texts = [text_of(values[i]) or "" for i in idx]
        found = self._scan_fields([(path, t) for t in texts])
        for i, text, fs in zip(idx, texts, found, strict=True):
            fs = _column_findings(text, fs, ner=plan.ner)  # noqa: PLW2901
            if fs:
                if isinstance(values[i], bytes | bytearray | memoryview):
                    check_bytes(path, values[i])  # type: ignore[arg-type]
                out[i] = self._apply_spans(path, text, fs, i, lookup, purpose, stats)
        return out

    def _key_renames(self, records: list[Any], purpose: str, stats: _Stats) -> dict[Any, str]:
        """Protected forms of the mapping keys that hold personal data (``{email: score}``).

        Keys of every type are scanned like free text (an ``int`` key as its digits, a tuple
        key as its Python text), once per distinct key (keys found clean are remembered, up
        to a bound); a key with findings is replaced by its protected text (a ``str``), so
        neither the output nor the field paths of the audit event carry it.
        """
        return {
            key: self._apply_spans(
                "", text, fs, 0, _no_fields, purpose, stats, what="<mapping key>"
            )
            for key, (text, fs) in self._personal_keys(records).items()
        }

    def _name_renames(self, names: Sequence[Any], purpose: str) -> dict[Any, str]:
        """Protected forms of the names (table columns, index levels) holding personal data.

        Names are renamed by their category's rule exactly as mapping keys are, so a pivoted
        table (``{"jane@example.com": [3]}``) comes back with protected column names.
        """
        return self._key_renames([dict.fromkeys(names)], purpose, _Stats())

    def _personal_keys(self, records: list[Any]) -> dict[Any, tuple[str, list[Any]]]:
        """The text and findings of each mapping key in ``records`` holding personal data."""
        fresh: list[tuple[Any, str]] = []
        for k in mapping_keys(records):
            if k in self._clean_keys:
                continue
            text = key_text(k)
            if text is None:
                continue
            fresh.append((k, text))
        found: dict[Any, tuple[str, list[Any]]] = {}
        for (key, text), fs in zip(fresh, self._scan_many([t for _, t in fresh]), strict=True):
            if fs:
                found[key] = (text, fs)
            elif len(self._clean_keys) < _CLEAN_KEYS_LIMIT:
                self._clean_keys.add(key)
        return found

    def _name_context(self, path: str) -> str:
        """``"phone number: "`` for a field whose last key suggests an entity, else ``""``.

        Remembered by the protector (paths repeat on every record), never by the module: a
        path holds mapping keys, which are values when a record is keyed by them.
        """
        context = self._field_contexts.get(path)
        if context is None:
            context = context_prefix(path.rsplit(".", 1)[-1].replace("[]", ""))
            self._field_contexts.put(path, context)
        return context

    def _scan_fields(self, items: list[tuple[str, str]]) -> list[list[Any]]:
        """Scan field values with their field name as context, as a person reading them would.

        A lone value has no context words, so context-dependent detectors (a bare
        ``2025550153``, a UUID as an advertising ID, a bare MAC) cannot fire on it; the
        field name (``phone``, ``idfa``, ``wifi_mac``) supplies them. The name is put in
        front of the value for the scan, and findings are mapped back onto the value; what
        the value shows alone is kept whatever the name (:func:`field_findings`).

        A run of digits the phone detector reads only because it stands alone (a form
        field's or a chat message's ``4156667777``) is not read so in a field: there the
        name is what says whether it is a phone number (``phone``) or not (``amount``).
        """
        contexts = [self._name_context(path) for path, _ in items]
        return field_findings(
            self._scan_many, [(c, t) for c, (_, t) in zip(contexts, items, strict=True)]
        )

    def _scan_many(self, texts: list[str]) -> list[list[Any]]:
        if not texts:
            return []
        if _progress.active() and len(texts) > _PROGRESS_STEP:  # report as the scan goes
            out: list[list[Any]] = []
            for i in range(0, len(texts), _PROGRESS_STEP):
                out.extend(self._scan_many(texts[i : i + _PROGRESS_STEP]))
            return out
        _progress.advance(len(texts))
        scan_many = getattr(self._scanner, "scan_many", None)
        if scan_many is not None:
            return [list(fs) for fs in scan_many(texts)]
        return [list(self._scanner(t)) for t in texts]

    def _expired(
        self,
        retention: tuple[_Limit, ...],
        row: int,
        lookup: Callable[[int, str], Any],
    ) -> _Entry | None:
        now = self._clock()
        for max_age, ts_field, entry in sorted(retention, key=lambda r: r[0]):
            ts = lookup(row, ts_field)
            age = None if ts is MISSING or _is_missing(ts) else _age_days(ts, now)
            if age is None or age > max_age:  # unknown age: fail closed
                return entry
        return None

    def _apply_whole(  # noqa: C901, PLR0912, PLR0917
        self,
        path: str,
        plan: _Plan,
        values: Sequence[object],
        rows: Sequence[int],
        lookup: Callable[[int, str], Any],
        stats: _Stats,
    ) -> list[object]:
        from privkit.transform import apply_many

        entry = plan.entry
        assert entry is not None  # noqa: S101
        out: list[object] = list(values)
        present = [j for j, v in enumerate(values) if type(v) is str or not _is_missing(v)]
        if not present:
            return out
        if self.strict and entry.kind == "default":
            raise UnhandledPIIError(path, plan.category or "personal data")
        stats.fields.add(path)
        if plan.category:
            stats.categories.add(plan.category)
        normal: list[int] = []
        special: dict[int, _Entry | None] = {}
        for j in present:
            expired = self._expired(plan.retention, rows[j], lookup) if plan.retention else None
            if expired is not None:
                special[j] = expired
            elif entry.consent and lookup(rows[j], entry.consent) is not True:
                special[j] = None
            else:
                normal.append(j)
        ctx = Context(
            field=path,
            entity=ENTITY_OF.get(plan.category) if plan.category else None,
            category=plan.category,
        )
        subject_field = self.policy.subject_field
        if normal:
            vals = [coerce(path, values[j]) for j in normal]
            if subject_field is None or not _uses_subject(self._transform(entry)):
                results = _apply_column(apply_many, self._transform(entry), vals, ctx)
            else:
                # One column call per subject: the context (and so the key) is shared
                # within a group, and the unique-value cache still works inside it.
                groups: dict[str | None, list[int]] = {}
                for k, j in enumerate(normal):
                    groups.setdefault(self._ctx(ctx, rows[j], lookup).subject, []).append(k)
                results = [None] * len(vals)
                for subject, ks in groups.items():
                    c = dataclasses.replace(ctx, subject=subject)
                    done = _apply_column(
                        apply_many, self._transform(entry), [vals[k] for k in ks], c
                    )
                    for k, r in zip(ks, done, strict=True):
                        results[k] = r
            for j, r in zip(normal, results, strict=True):
                out[j] = r
            stats.counts[entry.action] += len(normal)
        for j, ent in special.items():
            if ent is None:
                out[j] = None
                stats.counts["suppressed:no_consent"] += 1
            else:
                c = ctx if subject_field is None else self._ctx(ctx, rows[j], lookup)
                out[j] = _apply_column(
                    apply_many, self._transform(ent), [coerce(path, values[j])], c
                )[0]
                stats.counts[f"retention:{ent.action}"] += 1
        return out

    def _ctx(self, ctx: Context, row: int, lookup: Callable[[int, str], Any]) -> Context:
        field_ = self.policy.subject_field
        if field_ is None:
            return ctx
        subject = lookup(row, field_)
        if subject is MISSING or _is_missing(subject):
            return ctx
        return dataclasses.replace(ctx, subject=str(subject))

    def _apply_spans(  # noqa: PLR0917
        self,
        path: str,
        text: str,
        findings: list[Any],
        row: int,
        lookup: Callable[[int, str], Any],
        purpose: str,
        stats: _Stats,
        *,
        what: str = "<text>",
    ) -> str:
        pieces: list[str] = []
        pos = 0
        touched = False
        for f in _non_overlapping(findings):
            category = CATEGORY_OF[f.entity_type].value
            entry, retention = self._planner.span_entry(path or None, category, purpose)
            if self.strict and entry.kind == "default":
                raise UnhandledPIIError(path or "<text>", category)
            expired = self._expired(retention, row, lookup) if retention else None
            span = text[f.start : f.end]
            ctx = Context(field=path or None, entity=f.entity_type, category=category, in_text=True)
            ctx = self._ctx(ctx, row, lookup)
            if expired is not None:
                new = _apply_column(_call_each, self._transform(expired), [span], ctx)[0]
                stats.counts[f"retention:{expired.action}"] += 1
            elif entry.consent and lookup(row, entry.consent) is not True:
                new = None
                stats.counts["suppressed:no_consent"] += 1
            else:
                new = _apply_column(_call_each, self._transform(entry), [span], ctx)[0]
                stats.counts[entry.action] += 1
            pieces.append(text[pos : f.start])
            pieces.append("" if new is None else str(new))
            pos = f.end
            touched = True
            stats.categories.add(category)
        if not touched:
            return text
        pieces.append(text[pos:])
        stats.fields.add(path or what)
        return "".join(pieces)

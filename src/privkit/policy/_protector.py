"""The Protector: a policy compiled once (keys, transforms, precedence) and applied to data.

The engine is a short loop: flatten records into columns of leaves, decide per column
(cached), transform structured columns with :func:`privkit.transform.apply_many`, batch
all free text through one ``scan_many`` call, and write one audit event per run.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import os
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING, Any

from privkit.errors import (
    ConfigError,
    KeyNotFoundError,
    PolicyError,
    TransformError,
    UnhandledPIIError,
)
from privkit.policy._paths import Glob
from privkit.policy._resolve import Resolution, compile_rules, resolve, schema_lookup
from privkit.policy._taxonomy import ENTITY_OF, covers
from privkit.policy.model import NONE, TEXT, Policy
from privkit.types import CATEGORY_OF, Context

if TYPE_CHECKING:
    from collections.abc import Callable, Generator, Iterable, Iterator, Sequence

    from privkit.audit import AuditSink
    from privkit.keys import KeyRing

__all__ = ["Actor", "Decision", "Protector"]

#: Deepest nesting accepted in a record (deeper input is refused, never truncated).
MAX_DEPTH = 10_000
_PLAN_CACHE_LIMIT = 50_000
_MISSING = object()


@dataclass(frozen=True)
class Actor:
    """Who is processing: a name and roles (reveal grants name either)."""

    name: str
    roles: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name:
            raise ConfigError("actor name must be a non-empty string")
        roles: object = self.roles
        if isinstance(roles, str) or not all(isinstance(r, str) for r in self.roles):
            raise ConfigError("actor roles must be a tuple of strings")
        object.__setattr__(self, "roles", tuple(self.roles))

    def as_dict(self) -> dict[str, Any]:
        """Return the audit form ``{"name": ..., "roles": [...]}``."""
        return {"name": self.name, "roles": list(self.roles)}


@dataclass(frozen=True)
class Decision:
    """What the policy does with one field for one purpose, and why.

    Attributes:
        field: the field path (``events[].device.idfa``).
        category: its data category, or ``None`` when it is unknown until scanned.
        rule: ``"rules.3"`` (with its name), ``"default"``, or ``None`` (not personal /
            scanned free text).
        transform: the action name (``"mask"``), or ``None`` when the field is passed
            through as not personal, or ``"scan"`` for free text.
        why: a sentence a reviewer can read.
        spans: for free text explained with a value: one decision per category found.
    """

    field: str
    category: str | None
    rule: str | None
    transform: str | None
    why: str
    spans: tuple[Decision, ...] = ()


@dataclass(frozen=True)
class _Entry:
    label: str  # audit / explain label
    action: str
    transform: Any
    consent: str | None = None
    kind: str = "default"
    resolution: Resolution | None = None


@dataclass(frozen=True)
class _Plan:
    mode: str  # "whole", "scan" or "pass"
    category: str | None
    entry: _Entry | None
    retention: tuple[tuple[float, str, _Entry], ...] = ()
    why: str = ""


@dataclass
class _Stats:
    counts: Counter[str] = field(default_factory=Counter)
    fields: set[str] = field(default_factory=set)
    categories: set[str] = field(default_factory=set)
    records: int = 0


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _as_actor(actor: Actor | str | None) -> Actor | None:
    if actor is None or isinstance(actor, Actor):
        return actor
    if isinstance(actor, str):
        return Actor(actor)
    raise ConfigError("actor must be an Actor, a name, or None")


def _is_missing(value: object) -> bool:
    if value is None:  # the common case (the table adapters pad with None): no import
        return True
    from privkit.transform import is_missing

    return is_missing(value)


def _get(record: Any, dotted: str) -> Any:
    cur = record
    for part in dotted.split("."):
        if isinstance(cur, dict) and part in cur:
            cur = cur[part]
        else:
            return _MISSING
    return cur


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


def _non_overlapping(findings: Iterable[Any]) -> list[Any]:
    """Sort spans and merge overlapping ones (fail closed: the union is transformed).

    A merged span takes the entity type of its highest-scoring part.
    """
    import dataclasses

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


class Protector:
    """A policy compiled once: keys resolved, transforms built, precedence cached.

    Args:
        policy: a :class:`Policy` or the path of a policy file.
        keys: the key ring; by default built from the policy's ``keys`` references.
        scanner: detector for free text and fields of unknown content; by default a
            :class:`privkit.detect.Scanner` configured from the policy's ``text`` section
            (created now, loaded on first scan).
        audit: where audit events go: an :class:`privkit.audit.AuditSink`, a path (a
            hash-chained JSON-lines log), or ``None`` (no audit trail).
        strict: raise :class:`UnhandledPIIError` when personal data meets no rule.
        clock: returns "now" for retention (UTC); ``datetime.now(UTC)`` by default.
        batch_size: records per detection batch when protecting a stream.

    Raises:
        PolicyError: the policy is invalid, a key reference cannot be resolved, or a
            transform cannot be built with its parameters.
    """

    def __init__(
        self,
        policy: Policy | str | os.PathLike[str],
        *,
        keys: KeyRing | None = None,
        scanner: Any = None,
        audit: AuditSink | str | os.PathLike[str] | None = None,
        strict: bool = False,
        clock: Callable[[], dt.datetime] | None = None,
        batch_size: int = 512,
    ) -> None:
        if isinstance(policy, str | os.PathLike):
            from privkit.policy._load import load_policy

            policy = load_policy(policy)
        if not isinstance(policy, Policy):
            raise ConfigError("policy must be a Policy or a policy file path")
        if not isinstance(batch_size, int) or batch_size < 1:
            raise ConfigError("batch_size must be a positive integer")
        self.policy = policy
        self.strict = bool(strict)
        self.batch_size = batch_size
        self._clock = clock or _utcnow
        self._digest = policy.digest()
        self._keys = _resolve_keys(policy, keys)
        self._rules = compile_rules(policy.rules)
        self._schema_globs = tuple(Glob.parse(g) for g in policy.schema_)
        self._named_whole = tuple(
            g for cr in self._rules if not cr.rule.categories for g in cr.globs
        )
        self._default = _Entry(
            "default", policy.default.action, _build(policy.default, self._keys, "default")
        )
        self._rule_entries = tuple(
            _Entry(
                f"rules.{cr.index}" + (f" ({cr.rule.name})" if cr.rule.name else ""),
                cr.rule.transform.action,
                _build(cr.rule.transform, self._keys, f"rules.{cr.index}.transform"),
                cr.rule.consent,
                "field" if cr.globs else "category",
            )
            for cr in self._rules
        )
        self._retention = tuple(
            (
                i,
                r,
                _Entry(
                    f"retention.{i}",
                    r.then.action,
                    _build(r.then, self._keys, f"retention.{i}.then"),
                ),
            )
            for i, r in enumerate(policy.retention)
        )
        self._audit = _as_sink(audit)
        self._scanner = scanner if scanner is not None else _default_scanner(policy)
        self._plans: dict[tuple[str, str, str | None], _Plan] = {}
        self._clean_keys: set[str] = set()  # mapping keys scanned and found not personal
        self._spans: dict[
            tuple[str | None, str, str], tuple[_Entry, tuple[tuple[float, str, _Entry], ...]]
        ] = {}

    def __repr__(self) -> str:
        name = self.policy.name or "<unnamed>"
        return f"Protector(policy={name!r}, keys={self._keys!r}, strict={self.strict})"

    # -- public API -------------------------------------------------------------------

    @property
    def keys(self) -> KeyRing:
        """The key ring the transforms were built with (its repr shows key ids only)."""
        return self._keys

    @property
    def policy_hash(self) -> str:
        """SHA-256 of the policy (as recorded in audit events)."""
        return self._digest

    def protect(self, data: Any, *, purpose: str, actor: Actor | str | None = None) -> Any:
        """Protect a string, a record, or an iterable of records for ``purpose``.

        Args:
            data: a ``str`` (free text: spans are transformed per category), a mapping
                (nested JSON; the same shape is returned, every field transformed per
                policy), or an iterable of records (a lazy generator is returned; records
                are processed in batches and never reordered or dropped).
            purpose: a declared purpose (or a sub-purpose of one).
            actor: who is processing (recorded in the audit event).

        Returns:
            The protected data, in the same shape.

        Raises:
            PolicyError: ``purpose`` is not declared by the policy.
            UnhandledPIIError: strict mode and personal data met no rule.
        """
        self._check_purpose(purpose)
        who = _as_actor(actor)
        if isinstance(data, str | bytes | Mapping) or data is None:
            stats = _Stats()
            try:
                out = self._protect_batch([data], purpose, stats)[0]
            except BaseException:
                self._emit("protect", purpose, who, stats, outcome="error")
                raise
            self._emit("protect", purpose, who, stats)
            return out
        if _is_table(data):
            from privkit.integrations.tables import protect_table

            return protect_table(
                data, protector=self, purpose=purpose, actor=who.name if who else None
            )
        try:
            it = iter(data)
        except TypeError:
            raise ConfigError(
                f"cannot protect a {type(data).__name__}: pass text, a record or records"
            ) from None
        return self._stream(it, purpose, who)

    def protect_column(
        self,
        path: str,
        values: Sequence[object],
        *,
        purpose: str,
        category: str | None = None,
        actor: Actor | str | None = None,
        context: Mapping[str, Sequence[object]] | None = None,
    ) -> list[object]:
        """Protect one column (the entry point of the table adapters).

        Args:
            path: the column name or field path.
            values: the column; the result has the same length and order.
            purpose: a declared purpose.
            category: the column's category when known (overrides the policy schema).
            actor: who is processing.
            context: other columns of the same rows, by name, for consent and
                retention checks; without them, consent-gated values are suppressed and
                retention-limited values are treated as expired (fail closed).

        Raises:
            PolicyError: unknown purpose or category.
        """
        self._check_purpose(purpose)
        who = _as_actor(actor)
        stats = _Stats()
        try:
            out = self._column(path, list(values), purpose, category, context, stats)
        except BaseException:
            self._emit("protect", purpose, who, stats, outcome="error")
            raise
        stats.records = len(out)
        self._emit("protect", purpose, who, stats)
        return out

    def protect_columns(
        self,
        columns: Mapping[str, Sequence[object]],
        *,
        purpose: str,
        categories: Mapping[str, str | None] | None = None,
        actor: Actor | str | None = None,
    ) -> dict[str, list[object]]:
        """Protect several columns of the same rows with one audit event.

        Consent and retention fields are looked up among ``columns``.

        Raises:
            ConfigError: the columns differ in length.
        """
        self._check_purpose(purpose)
        who = _as_actor(actor)
        lengths = {len(v) for v in columns.values()}
        if len(lengths) > 1:
            raise ConfigError("columns must all have the same length")
        stats = _Stats()
        cats = categories or {}
        out: dict[str, list[object]] = {}
        try:
            for name, values in columns.items():
                out[name] = self._column(
                    name, list(values), purpose, cats.get(name), columns, stats
                )
        except BaseException:
            self._emit("protect", purpose, who, stats, outcome="error")
            raise
        stats.records = lengths.pop() if lengths else 0
        self._emit("protect", purpose, who, stats)
        return out

    def plan(self, columns: Mapping[str, str | None], *, purpose: str) -> dict[str, Decision]:
        """Return, per column, what the policy does for ``purpose`` and why.

        Args:
            columns: column name -> known category (or ``None`` to use the policy schema).
            purpose: a declared purpose.
        """
        self._check_purpose(purpose)
        return {
            name: self._decision(name, self._plan(name, purpose, cat))
            for name, cat in columns.items()
        }

    def explain(self, target: str | Mapping[str, Any], *, purpose: str) -> dict[str, Decision]:
        """Explain a field path or every field of a record (free text is scanned)."""
        self._check_purpose(purpose)
        if isinstance(target, str):
            return {target: self._decision(target, self._plan(target, purpose, None))}
        if not isinstance(target, Mapping):
            raise ConfigError("explain takes a field path or a record (a mapping)")
        groups: dict[str, list[tuple[int, Any, Any, Any]]] = {}
        _flatten(target, 0, groups)
        out: dict[str, Decision] = {}
        for path, slots in groups.items():
            plan = self._plan(path, purpose, None)
            d = self._decision(path, plan)
            if plan.mode == "scan":
                texts = [t for t in (_text_of(s[3]) for s in slots) if t is not None]
                found = self._scan_fields([(path, t) for t in texts])
                cats = sorted({CATEGORY_OF[f.entity_type].value for fs in found for f in fs})
                spans = []
                for c in cats:
                    entry, _ = self._span_entry(path, c, purpose)
                    spans.append(
                        Decision(path, c, entry.label, entry.action, _why(entry, path, c, purpose))
                    )
                d = Decision(d.field, d.category, d.rule, d.transform, d.why, tuple(spans))
            out[path] = d
        return out

    def reveal(
        self,
        value: str,
        *,
        purpose: str,
        actor: Actor | str,
        field: str | None = None,
        category: str | None = None,
    ) -> str:
        """Return the original of a token or ciphertext, if the policy allows it.

        Args:
            value: the protected value.
            purpose: why it is revealed (must be granted for the value's category).
            actor: who asks (a name or an :class:`Actor` with roles).
            field: the field path the value was protected under (binds ciphertexts).
            category: the value's category when ``field`` does not determine it.

        Raises:
            PermissionDeniedError: no reveal grant covers this category, purpose and actor.
            InvalidToken: the value is not a token of this policy's reversible transforms.
            TransformError: the policy has no reversible transform for this value.
        """
        from privkit.policy._reveal import reveal

        return reveal(self, value, purpose=purpose, actor=actor, field=field, category=category)

    # -- purposes -----------------------------------------------------------------------

    def _check_purpose(self, purpose: str) -> None:
        if not isinstance(purpose, str) or not any(
            covers(p, purpose) for p in self.policy.purposes
        ):
            raise PolicyError(
                "unknown purpose (not declared by the policy)",
                source=self.policy.name or "<policy>",
                errors=[{"loc": "purposes", "msg": "unknown purpose"}],
            )

    # -- planning -------------------------------------------------------------------------

    def _retention_for(
        self, category: str | None, purpose: str
    ) -> tuple[tuple[float, str, _Entry], ...]:
        if category is None:
            return ()
        return tuple(
            (r.max_age_days, r.timestamp_field, e)
            for _, r, e in self._retention
            if any(covers(c, category) for c in r.categories)
            and any(covers(p, purpose) for p in r.purposes)
        )

    def _entry_for(self, res: Resolution) -> _Entry:
        if res.rule is None:
            return _Entry(
                "default", self._default.action, self._default.transform, None, "default", res
            )
        e = self._rule_entries[res.rule.index]
        return _Entry(e.label, e.action, e.transform, e.consent, e.kind, res)

    def _plan(self, path: str, purpose: str, category: str | None) -> _Plan:
        key = (path, purpose, category)
        plan = self._plans.get(key)
        if plan is not None:
            return plan
        if len(self._plans) > _PLAN_CACHE_LIMIT:
            self._plans.clear()
        plan = self._make_plan(path, purpose, category)
        self._plans[key] = plan
        return plan

    def _make_plan(self, path: str, purpose: str, category: str | None) -> _Plan:
        decl = category
        if decl is None:
            decl = schema_lookup(self.policy.schema_, self._schema_globs, path) if path else None
        elif decl not in (TEXT, NONE) and decl not in self.policy.all_categories():
            raise PolicyError(f"{path}: unknown category {decl!r}")
        if decl in (TEXT, NONE, None):
            res = resolve(self._rules, path or None, None, purpose)
            if res.kind == "field":
                entry = self._entry_for(res)
                return _Plan("whole", None, entry, (), res.why)
            if decl == NONE:
                return _Plan(
                    "pass", None, None, (), f"{path} is declared not personal (schema: none)"
                )
            segs = _split(path)
            if decl is None and path and any(g.match(segs) for g in self._named_whole):
                entry = self._entry_for(res)
                return _Plan(
                    "whole",
                    None,
                    entry,
                    (),
                    f"{path} is named by rules, but none for {purpose}: default",
                )
            what = "free text" if decl == TEXT else "unknown content"
            return _Plan(
                "scan",
                None,
                None,
                (),
                f"{path or 'text'} is {what}: scanned, spans transformed per category",
            )
        res = resolve(self._rules, path or None, decl, purpose)
        entry = self._entry_for(res)
        return _Plan("whole", decl, entry, self._retention_for(decl, purpose), res.why)

    def _span_entry(
        self, path: str | None, category: str, purpose: str
    ) -> tuple[_Entry, tuple[tuple[float, str, _Entry], ...]]:
        key = (path, category, purpose)
        hit = self._spans.get(key)
        if hit is None:
            if len(self._spans) > _PLAN_CACHE_LIMIT:
                self._spans.clear()
            res = resolve(self._rules, path or None, category, purpose, whole_field=False)
            hit = (self._entry_for(res), self._retention_for(category, purpose))
            self._spans[key] = hit
        return hit

    def _decision(self, path: str, plan: _Plan) -> Decision:
        if plan.mode == "pass":
            return Decision(path, None, None, None, plan.why)
        if plan.mode == "scan":
            return Decision(path, None, None, "scan", plan.why)
        assert plan.entry is not None  # noqa: S101 - whole plans carry an entry
        why = plan.why
        if plan.entry.consent:
            why += f"; requires consent field {plan.entry.consent}"
        if plan.retention:
            why += "; retention limits apply"
        return Decision(path, plan.category, plan.entry.label, plan.entry.action, why)

    # -- execution ------------------------------------------------------------------------

    def _stream(
        self, it: Iterator[Any], purpose: str, actor: Actor | None
    ) -> Generator[Any, None, None]:
        stats = _Stats()
        outcome = "ok"
        try:
            while True:
                chunk = list(islice(it, self.batch_size))
                if not chunk:
                    break
                yield from self._protect_batch(chunk, purpose, stats)
        except GeneratorExit:
            outcome = "closed"
            raise
        except BaseException:
            outcome = "error"
            raise
        finally:
            self._emit("protect", purpose, actor, stats, outcome=outcome)

    def _protect_batch(self, records: list[Any], purpose: str, stats: _Stats) -> list[Any]:  # noqa: C901
        groups: dict[str, list[tuple[int, Any, Any, Any]]] = {}
        renames = self._key_renames(records, purpose, stats)
        outs: list[Any] = [_flatten(rec, i, groups, renames) for i, rec in enumerate(records)]

        def lookup(row: int, dotted: str) -> Any:
            return _get(records[row], dotted)

        jobs: list[tuple[str, tuple[int, Any, Any, Any], str]] = []
        for path, slots in groups.items():
            plan = self._plan(path, purpose, None)
            if plan.mode == "whole":
                results = self._apply_whole(
                    path, plan, [s[3] for s in slots], [s[0] for s in slots], lookup, stats
                )
                for (_, container, key, _), r in zip(slots, results, strict=True):
                    container[key] = r
            elif plan.mode == "scan":
                for s in slots:
                    text = _text_of(s[3])
                    if text is not None:
                        jobs.append((path, s, text))
        if jobs:
            found = self._scan_fields([(j[0], j[2]) for j in jobs])
            for (path, (row, container, key, original), text), fs in zip(jobs, found, strict=True):
                if fs:
                    if isinstance(original, bytes):
                        _check_bytes(path, original)
                    container[key] = self._apply_spans(path, text, fs, row, lookup, purpose, stats)
        stats.records += len(records)
        return [_unbox(o) for o in outs]

    def _column(  # noqa: PLR0917
        self,
        path: str,
        values: list[object],
        purpose: str,
        category: str | None,
        context: Mapping[str, Sequence[object]] | None,
        stats: _Stats,
    ) -> list[object]:
        plan = self._plan(path, purpose, category)

        def lookup(row: int, dotted: str) -> Any:
            if context is None or dotted not in context:
                return _MISSING
            return context[dotted][row]

        if plan.mode == "pass" or not values:
            return list(values)
        if plan.mode == "whole":
            return self._apply_whole(path, plan, values, range(len(values)), lookup, stats)
        out = list(values)
        idx = [i for i, v in enumerate(values) if _text_of(v) is not None]
        texts = [_text_of(values[i]) or "" for i in idx]
        found = self._scan_fields([(path, t) for t in texts])
        for i, text, fs in zip(idx, texts, found, strict=True):
            if fs:
                if isinstance(values[i], bytes):
                    _check_bytes(path, values[i])  # type: ignore[arg-type]
                out[i] = self._apply_spans(path, text, fs, i, lookup, purpose, stats)
        return out

    def _key_renames(self, records: list[Any], purpose: str, stats: _Stats) -> dict[str, str]:
        """Protected forms of the mapping keys that hold personal data (``{email: score}``).

        Keys are scanned like free text, once per distinct key (keys found clean are
        remembered, up to a bound); a key with findings is replaced by its protected text,
        so neither the output nor the field paths of the audit event carry it.
        """
        return {
            key: self._apply_spans("", key, fs, 0, _no_fields, purpose, stats, what="<mapping key>")
            for key, fs in self._personal_keys(records).items()
        }

    def _personal_keys(self, records: list[Any]) -> dict[str, list[Any]]:
        """The findings of each mapping key in ``records`` that holds personal data."""
        fresh = [k for k in _string_keys(records) if k not in self._clean_keys]
        found: dict[str, list[Any]] = {}
        for key, fs in zip(fresh, self._scan_many(fresh), strict=True):
            if fs:
                found[key] = fs
            elif len(self._clean_keys) < _CLEAN_KEYS_LIMIT:
                self._clean_keys.add(key)
        return found

    def _scan_fields(self, items: list[tuple[str, str]]) -> list[list[Any]]:
        """Scan field values with their field name as context, as a person reading them would.

        A lone value has no context words, so context-dependent detectors (a bare
        ``2025550153``, a UUID as an advertising ID, a bare MAC) cannot fire on it; the
        field name (``phone``, ``idfa``, ``wifi_mac``) supplies them. The name is put in
        front of the value for the scan, and findings are mapped back onto the value.
        """
        prefixes = [_name_context(path) for path, _ in items]
        found = self._scan_many([p + t for p, (_, t) in zip(prefixes, items, strict=True)])
        out: list[list[Any]] = []
        for prefix, fs in zip(prefixes, found, strict=True):
            n = len(prefix)
            out.append(
                fs
                if not n
                else [
                    dataclasses.replace(f, start=max(f.start, n) - n, end=f.end - n)
                    for f in fs
                    if f.end > n
                ]
            )
        return out

    def _scan_many(self, texts: list[str]) -> list[list[Any]]:
        if not texts:
            return []
        scan_many = getattr(self._scanner, "scan_many", None)
        if scan_many is not None:
            return [list(fs) for fs in scan_many(texts)]
        return [list(self._scanner(t)) for t in texts]

    def _expired(
        self,
        retention: tuple[tuple[float, str, _Entry], ...],
        row: int,
        lookup: Callable[[int, str], Any],
    ) -> _Entry | None:
        now = self._clock()
        for max_age, ts_field, entry in sorted(retention, key=lambda r: r[0]):
            ts = lookup(row, ts_field)
            age = None if ts is _MISSING or _is_missing(ts) else _age_days(ts, now)
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
        ctx = Context(field=path, entity=ENTITY_OF.get(plan.category) if plan.category else None)
        subject_field = self.policy.subject_field
        if normal:
            vals = [_coerce(path, values[j]) for j in normal]
            if subject_field is None or not _uses_subject(entry.transform):
                results = _apply_column(apply_many, entry.transform, vals, ctx)
            else:
                # One column call per subject: the context (and so the key) is shared
                # within a group, and the unique-value cache still works inside it.
                groups: dict[str | None, list[int]] = {}
                for k, j in enumerate(normal):
                    groups.setdefault(self._ctx(ctx, rows[j], lookup).subject, []).append(k)
                results = [None] * len(vals)
                for subject, ks in groups.items():
                    c = Context(field=ctx.field, entity=ctx.entity, subject=subject)
                    done = _apply_column(apply_many, entry.transform, [vals[k] for k in ks], c)
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
                out[j] = _apply_column(apply_many, ent.transform, [_coerce(path, values[j])], c)[0]
                stats.counts[f"retention:{ent.action}"] += 1
        return out

    def _ctx(self, ctx: Context, row: int, lookup: Callable[[int, str], Any]) -> Context:
        field_ = self.policy.subject_field
        if field_ is None:
            return ctx
        subject = lookup(row, field_)
        if subject is _MISSING or _is_missing(subject):
            return ctx
        return Context(field=ctx.field, entity=ctx.entity, subject=str(subject))

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
            entry, retention = self._span_entry(path or None, category, purpose)
            if self.strict and entry.kind == "default":
                raise UnhandledPIIError(path or "<text>", category)
            expired = self._expired(retention, row, lookup) if retention else None
            span = text[f.start : f.end]
            ctx = self._ctx(Context(field=path or None, entity=f.entity_type), row, lookup)
            if expired is not None:
                new = _apply_column(_call_each, expired.transform, [span], ctx)[0]
                stats.counts[f"retention:{expired.action}"] += 1
            elif entry.consent and lookup(row, entry.consent) is not True:
                new = None
                stats.counts["suppressed:no_consent"] += 1
            else:
                new = _apply_column(_call_each, entry.transform, [span], ctx)[0]
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
        if self._audit is None:
            return
        from privkit.audit import make_event

        self._audit.write(
            make_event(
                kind,
                purpose=purpose,
                policy_hash=self._digest,
                actor=actor.as_dict() if actor else None,
                fields=stats.fields,
                categories=stats.categories,
                counts=stats.counts,
                records=stats.records,
                token_ids=token_ids,
                outcome=outcome,
            )
        )


# -- helpers ------------------------------------------------------------------------------


def _split(path: str) -> tuple[str, ...]:
    from privkit.policy._paths import split_path

    return split_path(path)


def _why(entry: _Entry, path: str | None, category: str, purpose: str) -> str:
    if entry.resolution is not None:
        return entry.resolution.why
    return f"{category} in {path or 'text'} for {purpose}"


@functools.lru_cache(maxsize=4096)
def _name_context(path: str) -> str:
    """``"phone number: "`` for a field whose last key suggests an entity, else ``""``."""
    from privkit.integrations._names import context_prefix

    return context_prefix(path.rsplit(".", 1)[-1].replace("[]", ""))


def _text_of(value: object) -> str | None:
    """Return the text to scan for a leaf of unknown content, or ``None`` (nothing to scan).

    Booleans, floats and missing values hold no identifiers; any other object (``UUID``,
    ``Decimal``, custom classes) is scanned as ``str(value)``.
    """
    if isinstance(value, str):
        return value
    if isinstance(value, bytes | bytearray):
        return bytes(value).decode("utf-8", "replace")
    if value is None or isinstance(value, bool | float):
        return None
    if isinstance(value, int):
        return str(value)
    try:
        return str(value)
    except Exception:  # noqa: BLE001 - a broken __str__ cannot hide data: refuse loudly below
        raise TransformError(f"cannot read a value of type {type(value).__name__}") from None


def _check_bytes(path: str, value: bytes) -> None:
    try:
        value.decode("utf-8")
    except UnicodeDecodeError:
        raise TransformError(
            f"{path}: bytes value is not valid UTF-8 and holds personal data; decode it explicitly"
        ) from None


def _coerce(path: str, value: object) -> object:
    if isinstance(value, bytes | bytearray):
        try:
            return bytes(value).decode("utf-8")
        except UnicodeDecodeError:
            raise TransformError(
                f"{path}: bytes value is not valid UTF-8; decode it explicitly"
            ) from None
    return value


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


def _flatten(  # noqa: C901, PLR0912, PLR0915 - one flat loop, kept inline for speed
    record: Any,
    row: int,
    groups: dict[str, list[tuple[int, Any, Any, Any]]],
    renames: Mapping[str, str] | None = None,
) -> Any:
    """Copy ``record``'s containers and register each leaf under its path (iterative).

    ``renames`` maps mapping keys to the key written in their place (and used in paths).
    """
    if isinstance(record, Mapping) and not isinstance(record, dict):
        record = dict(record)
    elif isinstance(record, set | frozenset):
        record = list(record)
    if not isinstance(record, dict | list | tuple):
        box = [record]
        groups.setdefault("", []).append((row, box, 0, record))
        return _BoxRef(box)
    root: Any = {} if isinstance(record, dict) else [None] * len(record)
    stack: list[tuple[Any, Any, str, int]] = [(record, root, "", 0)]
    paths = _PATHS
    while stack:
        src, dst, path, level = stack.pop()
        if level > MAX_DEPTH:
            raise ConfigError(
                f"record nested deeper than {MAX_DEPTH} levels (or cyclic) at row {row}"
            )
        nested: list[tuple[Any, Any, str, int]] = []
        if isinstance(src, Mapping):
            for k, v in src.items():
                child: str | None
                if renames and type(k) is str and k in renames:
                    k = renames[k]  # noqa: PLW2901 - the protected key replaces it
                    child = f"{path}.{k}" if path else k
                else:
                    child = paths.get((path, k)) if type(k) is str else None
                if child is None:
                    child = f"{path}.{k}" if path else str(k)
                    if type(k) is str and len(child) < 256 and len(paths) < _PATHS_LIMIT:  # noqa: PLR2004
                        paths[(path, k)] = child
                t = type(v)
                if t is str or (t is not dict and t is not list and not _is_container(v)):
                    dst[k] = v
                    groups.setdefault(child, []).append((row, dst, k, v))
                elif isinstance(v, Mapping):
                    nd: dict[Any, Any] = {}
                    dst[k] = nd
                    nested.append((v, nd, child, level + 1))
                else:
                    v = list(v) if isinstance(v, set | frozenset) else v  # noqa: PLW2901
                    nl: list[Any] = [None] * len(v)
                    dst[k] = nl
                    nested.append((v, nl, child, level + 1))
            if renames and len(dst) != len(src):
                raise TransformError(
                    f"{path or '<record>'}: mapping keys holding personal data become the same "
                    "key under the policy's transform (use a unique one, e.g. tokenize)"
                )
        else:
            child = f"{path}[]"
            for k, v in enumerate(src):
                if isinstance(v, Mapping):
                    nd2: dict[Any, Any] = {}
                    dst[k] = nd2
                    nested.append((v, nd2, child, level + 1))
                elif _is_container(v):
                    v = list(v) if isinstance(v, set | frozenset) else v  # noqa: PLW2901
                    nl2: list[Any] = [None] * len(v)
                    dst[k] = nl2
                    nested.append((v, nl2, child, level + 1))
                else:
                    dst[k] = v
                    groups.setdefault(child, []).append((row, dst, k, v))
        stack.extend(reversed(nested))
    return root


def _is_container(v: object) -> bool:
    return isinstance(v, Mapping | list | tuple | set | frozenset)


_CLEAN_KEYS_LIMIT = 100_000


def _no_fields(row: int, dotted: str) -> Any:  # noqa: ARG001 - a lookup for mapping keys
    return _MISSING


def _string_keys(records: list[Any]) -> set[str]:
    """The distinct ``str`` keys of every mapping in ``records`` (iterative, depth-bounded)."""
    keys: set[str] = set()
    stack: list[tuple[Any, int]] = [(r, 0) for r in records if _is_container(r)]
    while stack:
        node, level = stack.pop()
        if level > MAX_DEPTH:
            continue  # _flatten reports it
        if isinstance(node, Mapping):
            for k, v in node.items():
                if type(k) is str:
                    keys.add(k)
                if _is_container(v):
                    stack.append((v, level + 1))
        else:
            stack.extend((v, level + 1) for v in node if _is_container(v))
    return keys


# (parent path, key) -> child path; bounded, shared by all flattening (paths repeat a lot).
_PATHS: dict[tuple[str, Any], str] = {}
_PATHS_LIMIT = 100_000


class _BoxRef:
    """A scalar record whose value is replaced in place; unwrapped after the batch."""

    __slots__ = ("box",)

    def __init__(self, box: list[Any]) -> None:
        self.box = box


def _unbox(value: Any) -> Any:
    return value.box[0] if isinstance(value, _BoxRef) else value


def _is_table(data: Any) -> bool:
    module = type(data).__module__ or ""
    return module.split(".", 1)[0] in {"pandas", "pyarrow", "polars", "pyspark"}


def _as_sink(audit: Any) -> Any:
    if audit is None:
        return None
    if isinstance(audit, str | os.PathLike):
        from privkit.audit import JsonlSink

        return JsonlSink(audit)
    if not callable(getattr(audit, "write", None)):
        raise ConfigError("audit must be a path or an object with write(event)")
    return audit


def _default_scanner(policy: Policy) -> Any:
    from privkit.detect import Scanner

    entities = policy.text.entities
    return Scanner(
        entities=list(entities) if entities is not None else None,
        model=policy.text.model,
        min_score=policy.text.min_score,
    )


def _build(action: Any, keys: KeyRing, loc: str) -> Any:
    from privkit.transform import build

    try:
        return build(action.action, keys=keys if action.key_name else None, **action.params())
    except KeyNotFoundError as exc:
        raise PolicyError(
            f"{loc}: {exc}", errors=[{"loc": f"{loc}.key", "msg": str(exc)}]
        ) from None
    except ConfigError as exc:
        raise PolicyError(f"{loc}: {exc}", errors=[{"loc": loc, "msg": str(exc)}]) from None


def _referenced_keys(policy: Policy) -> dict[str, str]:
    refs: dict[str, str] = {}
    if policy.default.key_name:
        refs.setdefault(policy.default.key_name, "default.key")
    for i, r in enumerate(policy.rules):
        if r.transform.key_name:
            refs.setdefault(r.transform.key_name, f"rules.{i}.transform.key")
    for i, ret in enumerate(policy.retention):
        if ret.then.key_name:
            refs.setdefault(ret.then.key_name, f"retention.{i}.then.key")
    return refs


def _env_ring(name: str, var: str) -> KeyRing:
    from privkit.keys import KeyRing

    env = {
        f"PRIVKIT_POLICY_KEY_{name.upper()}{v[len(var) :]}": val
        for v, val in os.environ.items()
        if v == var or v.startswith(var + "__V")
    }
    if not env:
        msg = f"environment variable {var} is not set"
        raise PolicyError(f"keys.{name}: {msg}", errors=[{"loc": f"keys.{name}", "msg": msg}])
    return KeyRing.from_env("PRIVKIT_POLICY_KEY_", environ=env)


def _policy_ring(policy: Policy) -> KeyRing:
    from privkit.keys import KeyRing

    ring = KeyRing()
    for name, ref in policy.keys.items():
        loc = f"keys.{name}"
        try:
            if ref.source == "env":
                sub = _env_ring(name, ref.name)
            else:
                sub = KeyRing.from_files({name: ref.path})
            for version in sub.versions(name):
                ring.add(name, sub.get(name, version), version=version)
        except PolicyError:
            raise
        except ConfigError as exc:
            raise PolicyError(f"{loc}: {exc}", errors=[{"loc": loc, "msg": str(exc)}]) from None
    return ring


def _resolve_keys(policy: Policy, keys: KeyRing | None) -> KeyRing:
    from privkit.keys import KeyRing

    if keys is not None:
        if not isinstance(keys, KeyRing):
            raise ConfigError("keys must be a privkit.KeyRing")
        ring = keys
    else:
        ring = _policy_ring(policy)
    for name, loc in _referenced_keys(policy).items():
        if name not in ring:
            msg = f"key {name!r} is not in the key ring"
            raise PolicyError(f"{loc}: {msg}", errors=[{"loc": loc, "msg": msg}])
    return ring

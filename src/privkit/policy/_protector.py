"""The Protector: a policy compiled once and applied to data.

It ties the engine's parts together: key resolution (:mod:`._keyring`), planning
(:mod:`._planner`, pure and cached), execution (:mod:`._execute`: records, columns, free
text) and one audit event per call. Tables reach it through the integrations, which the
engine never imports (:mod:`privkit._wiring` plugs the table adapter in from above).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from privkit import _wiring
from privkit._memo import BoundedMemo
from privkit._records import MAX_DEPTH, Slot, flatten, placeholder_names, text_of
from privkit._suggest import did_you_mean, is_name, quoted
from privkit.errors import (
    ConfigError,
    PolicyError,
)
from privkit.policy._decision import Actor, Decision, Explanation, _as_actor
from privkit.policy._execute import _Execution, _Stats
from privkit.policy._keyring import build_transform, resolve_keys
from privkit.policy._planner import Planner, _Entry, span_why
from privkit.policy._session import Session
from privkit.policy._taxonomy import covers
from privkit.policy.model import Policy
from privkit.types import CATEGORY_OF

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from privkit.audit import AuditSink
    from privkit.keys import KeyRing
    from privkit.policy._resolve import CompiledRule

__all__ = ["MAX_DEPTH", "Actor", "Decision", "Protector"]


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class _Bound:
    """An entry with its built transform (what reveal walks)."""

    label: str
    action: str
    transform: Any


class Protector(_Execution):
    """A policy compiled once: keys resolved, transforms built, precedence cached.

    Args:
        policy: a :class:`Policy`, the path of a policy file, or a mapping in the policy
            file's shape (validated like :meth:`Policy.from_dict`).
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
        policy: Policy | Mapping[str, Any] | str | os.PathLike[str],
        *,
        keys: KeyRing | None = None,
        scanner: Any = None,
        audit: AuditSink | str | os.PathLike[str] | None = None,
        strict: bool = False,
        clock: Callable[[], dt.datetime] | None = None,
        batch_size: int = 512,
    ) -> None:
        if isinstance(policy, Mapping):  # data, not I/O: validated now, like Policy.from_dict
            policy = as_policy(policy)
        if not isinstance(policy, Policy | str | os.PathLike):  # callers pass anything
            as_policy(policy)  # type: ignore[unreachable]  # raises: None says what to pass
        if not isinstance(batch_size, int) or batch_size < 1:
            raise ConfigError("batch_size must be a positive integer")
        if not (audit is None or isinstance(audit, str | os.PathLike) or _writes(audit)):
            raise ConfigError("audit must be a path or an object with write(event)")
        self._source = policy
        self._given_keys = keys
        self._given_scanner = scanner
        self._given_audit = audit
        self.strict = bool(strict)
        self.batch_size = batch_size
        self._clock = clock or _utcnow
        self._built: dict[str, Any] = {}
        self._clean_keys: set[Any] = set()  # mapping keys scanned and found not personal
        self._field_contexts: BoundedMemo[str, str] = BoundedMemo(4096)  # path -> context

    def __repr__(self) -> str:
        source = self._source
        name = (source.name or "<unnamed>") if isinstance(source, Policy) else os.fspath(source)
        keys = "<policy references>" if self._given_keys is None else repr(self._given_keys)
        return f"Protector(policy={name!r}, keys={keys}, strict={self.strict})"

    # -- state built on first use (the constructor only stores) ------------------------

    @functools.cached_property
    def policy(self) -> Policy:
        """The policy (read from its file on first use when a path was given)."""
        if isinstance(self._source, Policy):
            return self._source
        from privkit.policy._load import load_policy

        return load_policy(self._source)

    @functools.cached_property
    def _planner(self) -> Planner:
        return Planner(self.policy)

    @functools.cached_property
    def _digest(self) -> str:
        return self.policy.digest()

    @functools.cached_property
    def _keys(self) -> KeyRing:
        return resolve_keys(self.policy, self._given_keys)

    @functools.cached_property
    def _scanner(self) -> Any:
        if self._given_scanner is not None:
            return self._given_scanner
        from privkit.policy._scanners import default_scanner

        return default_scanner(self.policy.text)

    @functools.cached_property
    def _audit(self) -> Any:
        return _as_sink(self._given_audit, self._keys)

    def _compile(self) -> None:
        """Resolve the keys and build every transform of the policy (once, before work)."""
        if self._built:
            return
        keys = self._keys
        self._built = {
            loc: build_transform(self._planner.action_at(loc), keys, loc)
            for loc in self._planner.locations()
        }

    def _transform(self, entry: _Entry) -> Any:
        if not self._built:
            self._compile()
        return self._built[entry.loc]

    # -- the compiled policy, as reveal reads it ------------------------------------------

    @property
    def _rules(self) -> tuple[CompiledRule, ...]:
        return self._planner.rules

    @property
    def _schema_globs(self) -> tuple[Any, ...]:
        return self._planner.schema_globs

    @property
    def _default(self) -> _Bound:
        d = self._planner.default
        return _Bound(d.label, d.action, self._transform(d))

    @property
    def _rule_entries(self) -> tuple[_Bound, ...]:
        return tuple(
            _Bound(e.label, e.action, self._transform(e)) for e in self._planner.rule_entries
        )

    # -- public API -------------------------------------------------------------------

    @property
    def keys(self) -> KeyRing:
        """The key ring the transforms use (resolved on first use; its repr shows key ids only)."""
        return self._keys

    @property
    def scanner(self) -> Any:
        """The scanner for free text, unknown fields and table classification.

        The one given, or the shared default built from the policy's ``text`` settings
        (created on first use; its model loads on its first scan).
        """
        return self._scanner

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
        if _is_table(data):
            return _wiring.protect_table(data, protector=self, purpose=purpose, actor=who)
        self._compile()
        if isinstance(data, str | bytes | bytearray | memoryview | Mapping) or data is None:
            stats = _Stats()
            try:
                out = self._protect_batch([data], purpose, stats)[0]
            except BaseException:
                self._emit("protect", purpose, who, stats, outcome="error")
                raise
            self._emit("protect", purpose, who, stats)
            return out
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
            category: the column's category as classified; used only when the policy's
                schema does not declare ``path`` (the policy's declarations win).
            actor: who is processing.
            context: other columns of the same rows, by name, for consent and
                retention checks; without them, consent-gated values are suppressed and
                retention-limited values are treated as expired (fail closed).

        Raises:
            PolicyError: unknown purpose or category.
        """
        with self.session(purpose=purpose, actor=actor) as run:
            out = run.values(path, values, guess=category, context=context)
            run.add_rows(len(out))
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

        Consent and retention fields are looked up among ``columns``; ``categories`` are
        classified categories, used where the policy's schema is silent.

        Raises:
            ConfigError: the columns differ in length.
        """
        lengths = {len(v) for v in columns.values()}
        if len(lengths) > 1:
            raise ConfigError("columns must all have the same length")
        cats = categories or {}
        out: dict[str, list[object]] = {}
        with self.session(purpose=purpose, actor=actor) as run:
            for name, values in columns.items():
                out[name] = run.values(name, values, guess=cats.get(name), context=columns)
            run.add_rows(lengths.pop() if lengths else 0)
        return out

    def session(self, *, purpose: str, actor: Actor | str | None = None) -> Session:
        """Open a session: several protect steps under one audit event (for adapters).

        Raises:
            PolicyError: unknown purpose, or the policy's keys or transforms cannot be
                resolved.
        """
        self._check_purpose(purpose)
        who = _as_actor(actor)
        self._compile()
        return Session(self, purpose, who)

    def plan(self, columns: Mapping[str, str | None], *, purpose: str) -> dict[str, Decision]:
        """Return, per column, what the policy does for ``purpose`` and why.

        Planning reads the policy only: it needs no keys and loads no model.

        Args:
            columns: column name -> its classified category (or ``None``); the policy's
                schema and field rules win over it.
            purpose: a declared purpose.
        """
        self._check_purpose(purpose)
        return {
            name: self._planner.decision(name, self._planner.plan(name, purpose, cat))
            for name, cat in columns.items()
        }

    def explain(self, target: str | Mapping[str, Any], *, purpose: str) -> Explanation:
        """Explain a field path or every field of a record (free text is scanned).

        Returns an :class:`Explanation`: a dict of field path to :class:`Decision` that
        renders as a table in notebooks.
        """
        self._check_purpose(purpose)
        if isinstance(target, str):
            return Explanation(
                {target: self._planner.decision(target, self._planner.plan(target, purpose, None))}
            )
        if not isinstance(target, Mapping):
            raise ConfigError("explain takes a field path or a record (a mapping)")
        groups: dict[str, list[Slot]] = {}
        # Keys holding personal data are named by placeholders (``scores.<EMAIL_ADDRESS>``):
        # a Decision never shows a value, wherever it sat.
        personal = self._personal_keys([target])
        renames = placeholder_names(list(personal), [fs for _, fs in personal.values()])
        flatten(target, 0, groups, renames)
        out = Explanation()
        for path, slots in groups.items():
            plan = self._planner.plan(path, purpose, None)
            d = self._planner.decision(path, plan)
            if plan.mode == "scan":
                texts = [t for t in (text_of(s[3]) for s in slots) if t is not None]
                found = self._scan_fields([(path, t) for t in texts])
                cats = sorted({CATEGORY_OF[f.entity_type].value for fs in found for f in fs})
                spans = []
                for c in cats:
                    entry, limits = self._planner.span_entry(path, c, purpose)
                    spans.append(
                        Decision(
                            path,
                            c,
                            entry.label,
                            entry.action,
                            span_why(entry, path, c, purpose),
                            source="detected",
                            consent=entry.consent,
                            retention=tuple(dict.fromkeys(ts for _, ts, _ in limits)),
                            rowwise=bool(entry.consent or limits) or d.rowwise,
                        )
                    )
                d = dataclasses.replace(d, spans=tuple(spans))
            out[path] = d
        return out

    def load(self) -> Protector:
        """Load the detection models now (the NER model takes seconds) and return ``self``.

        Call it at start-up (a service, a notebook's first cell) so the first ``protect``
        is not the slow one; without it, the model loads on the first scan.
        """
        load = getattr(self._scanner, "load", None)
        if callable(load):
            load()
        return self

    def forget(self) -> None:
        """Drop every value this protector remembers from the data it has read.

        A protector remembers the context of the field paths it met (up to 4,096: a path
        holds mapping keys, which are values when records are keyed by e-mail addresses or
        names) and the mapping keys it scanned and found not personal, until it is dropped.
        Both are caches: the output never depends on them. A protector kept for the life of
        a service can call this between jobs; its scanner's memos are dropped too when the
        scanner has a ``forget()`` (a :class:`privkit.detect.Scanner` has).

        >>> p = Protector({"version": 1, "purposes": ["support"], "schema": {"plan": "none"}})
        >>> p.protect({"plan": "gold"}, purpose="support")
        {'plan': 'gold'}
        >>> p.forget()
        """
        self._clean_keys.clear()
        self._field_contexts.clear()
        scanner = self.__dict__.get("_scanner")  # (none built yet: nothing read)
        forget = getattr(scanner, "forget", None)
        if callable(forget):
            forget()

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

        Tokens are bound to the data category they were made for: the grant is checked for
        the category named here (or declared for ``field``), and a token made for another
        category fails as :class:`InvalidToken`. Every attempt, whatever its outcome, writes
        exactly one audit event before returning or raising (see ``docs/security.md``).

        Args:
            value: the protected value.
            purpose: why it is revealed (must be granted for the value's category).
            actor: who asks (a name or an :class:`Actor` with roles).
            field: the field path the value was protected under (binds ciphertexts).
            category: the value's exact category when ``field`` does not determine it.

        Raises:
            PermissionDeniedError: no reveal grant covers this category, purpose and actor.
            InvalidToken: the value is not a token of this policy's reversible transforms
                for this category (forged, tampered, another category, another key).
            TransformError: the policy has no reversible transform for this value.
            PolicyError: undeclared purpose or unknown category.
            ConfigError: no actor, or a token, field or category that is not a string.
            AuditError: the audit event could not be written (the value is withheld).
        """
        from privkit.policy._reveal import reveal

        return reveal(self, value, purpose=purpose, actor=actor, field=field, category=category)

    # -- purposes -----------------------------------------------------------------------

    def _check_purpose(self, purpose: str) -> None:
        if not isinstance(purpose, str) or not any(
            covers(p, purpose) for p in self.policy.purposes
        ):
            declared = ", ".join(self.policy.purposes)
            hint = did_you_mean(purpose, self.policy.all_purposes())
            raise PolicyError(
                f"unknown purpose{quoted(purpose)}{hint} (the policy declares: {declared})",
                source=self.policy.name or "<policy>",
                errors=[{"loc": "purposes", "msg": f"unknown purpose{hint}"}],
            )

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


def _is_table(data: Any) -> bool:
    module = type(data).__module__ or ""
    return module.split(".", 1)[0] in {"pandas", "pyarrow", "polars", "pyspark"}


def _writes(audit: object) -> bool:
    return callable(getattr(audit, "write", None))


#: What to say when a policy is missing: how to get a safe one (never a silent pass-through).
NO_POLICY = (
    "a policy is required: privkit never passes personal data through without one. For a "
    "safe start that redacts every personal value, use policy=privkit.Policy.redact_all("
    "{purposes}); write your own (docs/policy.md), or draft one from your data with "
    "`privkit init DATA`"
)


def as_policy(policy: object, *, purpose: object = None) -> Policy:
    """Return ``policy`` as a :class:`Policy`: a Policy, a policy file path, or a mapping.

    Raises:
        ConfigError: ``policy`` is ``None`` (the message says how to get a safe default) or
            of another type.
        PolicyError: the file or mapping is not a valid policy.
    """
    if isinstance(policy, Policy):
        return policy
    if isinstance(policy, str | os.PathLike):
        from privkit.policy._load import load_policy

        return load_policy(policy)
    if isinstance(policy, Mapping):
        return Policy.from_dict(dict(policy))
    if policy is None:
        purposes = repr(purpose) if is_name(purpose) else "'analytics'"
        raise ConfigError(NO_POLICY.format(purposes=purposes))
    raise ConfigError(
        f"policy must be a Policy, a policy file path or a mapping, not {type(policy).__name__}"
    )


def _as_sink(audit: Any, keys: KeyRing) -> Any:
    if audit is None or not isinstance(audit, str | os.PathLike):
        return audit
    from privkit.audit import JsonlSink

    return JsonlSink(audit, keys=keys)  # ConfigError when the ring has no audit key

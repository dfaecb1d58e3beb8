"""Planning: what the policy does with a field path for a purpose (pure, needs no keys).

A :class:`Planner` compiles the policy's rules once and answers, per ``(path, purpose,
category)``, with a cached :class:`_Plan`: transform the whole value, scan it and transform
spans per category, or pass it through. Execution (:mod:`privkit.policy._execute`) carries
the plans out; explain reads the same plans.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from privkit.errors import PolicyError
from privkit.policy._decision import Decision
from privkit.policy._paths import Glob, split_path
from privkit.policy._resolve import Resolution, compile_rules, resolve, schema_lookup
from privkit.policy._taxonomy import covers
from privkit.policy.model import NONE, TEXT

if TYPE_CHECKING:
    from privkit.policy.model import Policy

__all__ = ["STRUCTURED", "Planner"]

_PLAN_CACHE_LIMIT = 50_000

#: The guess for a structured (short-valued, not free-text) column that a classifier found
#: not personal: it is planned like a field of unknown content (its values are scanned), but
#: the column's decision holds for every value: pattern detectors (e-mails, cards, IMEIs...)
#: still fire per value, NER guesses on single short values do not (they would protect
#: ``US`` and keep ``DE`` in one ``country`` column).
STRUCTURED = "structured"


@dataclass(frozen=True)
class _Entry:
    label: str  # audit / explain label
    action: str
    loc: str  # where the action sits in the policy ("default", "rules.3.transform")
    consent: str | None = None
    kind: str = "default"
    resolution: Resolution | None = None


#: A retention limit: (max age in days, timestamp field, what to do past it).
_Limit = tuple[float, str, _Entry]


@dataclass(frozen=True)
class _Plan:
    mode: str  # "whole", "scan" or "pass"
    category: str | None
    entry: _Entry | None
    retention: tuple[_Limit, ...] = ()
    why: str = ""
    source: str | None = None  # "schema" or "classifier"
    ner: bool = True  # scan plans: whether NER findings in short values count


class Planner:
    """The policy's rules compiled for lookups; every answer is cached.

    Args:
        policy: a validated :class:`~privkit.policy.Policy`.
    """

    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self.rules = compile_rules(policy.rules)
        self.schema_globs = tuple(Glob.parse(g) for g in policy.schema_)
        self.named_whole = tuple(g for cr in self.rules if not cr.rule.categories for g in cr.globs)
        self.default = _Entry("default", policy.default.action, "default")
        self.rule_entries = tuple(
            _Entry(
                f"rules.{cr.index}" + (f" ({cr.rule.name})" if cr.rule.name else ""),
                cr.rule.transform.action,
                f"rules.{cr.index}.transform",
                cr.rule.consent,
                "field" if cr.globs else "category",
            )
            for cr in self.rules
        )
        self.retention = tuple(
            (i, r, _Entry(f"retention.{i}", r.then.action, f"retention.{i}.then"))
            for i, r in enumerate(policy.retention)
        )
        self._plans: dict[tuple[str, str, str | None], _Plan] = {}
        # Spans found in scanned text may meet a consent rule or a retention limit.
        self._spans_rowwise = bool(policy.retention) or any(r.consent for r in policy.rules)
        self._spans: dict[tuple[str | None, str, str], tuple[_Entry, tuple[_Limit, ...]]] = {}

    def action_at(self, loc: str) -> Any:
        """The policy's action model at ``loc`` (as named by an entry)."""
        if loc == "default":
            return self.policy.default
        kind, index, _ = loc.split(".")
        if kind == "rules":
            return self.policy.rules[int(index)].transform
        return self.policy.retention[int(index)].then

    def locations(self) -> list[str]:
        """Every place in the policy that names an action."""
        return [
            self.default.loc,
            *(e.loc for e in self.rule_entries),
            *(e.loc for _, _, e in self.retention),
        ]

    def retention_for(self, category: str | None, purpose: str) -> tuple[_Limit, ...]:
        """The retention limits on ``category`` for ``purpose``."""
        if category is None:
            return ()
        return tuple(
            (r.max_age_days, r.timestamp_field, e)
            for _, r, e in self.retention
            if any(covers(c, category) for c in r.categories)
            and any(covers(p, purpose) for p in r.purposes)
        )

    def entry_for(self, res: Resolution) -> _Entry:
        """The entry of a resolution (the default's when no rule applies)."""
        if res.rule is None:
            d = self.default
            return _Entry(d.label, d.action, d.loc, None, "default", res)
        e = self.rule_entries[res.rule.index]
        return _Entry(e.label, e.action, e.loc, e.consent, e.kind, res)

    def plan(self, path: str, purpose: str, category: str | None) -> _Plan:
        """The plan for a field.

        The policy's declarations win: ``category`` (a classifier's guess, or ``"text"``)
        is used only where the schema says nothing about ``path``, and a rule that names
        the field applies whatever the category.
        """
        key = (path, purpose, category)
        plan = self._plans.get(key)
        if plan is not None:
            return plan
        if len(self._plans) > _PLAN_CACHE_LIMIT:
            self._plans.clear()
        if category == STRUCTURED:
            plan = self._structured_plan(path, purpose)
        else:
            plan = self._make_plan(path, purpose, category)
        self._plans[key] = plan
        return plan

    def _structured_plan(self, path: str, purpose: str) -> _Plan:
        """A structured column found not personal: one decision for all its values."""
        plan = self._make_plan(path, purpose, None)
        declared = path and schema_lookup(self.policy.schema_, self.schema_globs, path)
        if plan.mode != "scan" or declared is not None:
            return plan  # the schema (``text`` included) and rules win over the guess
        why = (
            f"{path} is a structured column the classifier found not personal: values"
            " scanned for identifiers, spans transformed per category (name and place"
            " guesses on single short values are not applied)"
        )
        return dataclasses.replace(plan, why=why, ner=False)

    def _make_plan(self, path: str, purpose: str, category: str | None) -> _Plan:
        known = category is None or category in (TEXT, NONE)
        if not known and category not in self.policy.all_categories():
            raise PolicyError(f"{path}: unknown category {category!r}")
        decl = schema_lookup(self.policy.schema_, self.schema_globs, path) if path else None
        source = None if decl is None else "schema"
        if decl is None and category is not None:
            decl, source = category, "classifier"
        if decl in (TEXT, NONE, None):
            res = resolve(self.rules, path or None, None, purpose)
            if res.kind == "field":
                entry = self.entry_for(res)
                return _Plan("whole", None, entry, (), res.why)
            if decl == NONE:
                return _Plan(
                    "pass", None, None, (), f"{path} is declared not personal (schema: none)"
                )
            segs = split_path(path)
            if decl is None and path and any(g.match(segs) for g in self.named_whole):
                entry = self.entry_for(res)
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
        res = resolve(self.rules, path or None, decl, purpose)
        entry = self.entry_for(res)
        return _Plan("whole", decl, entry, self.retention_for(decl, purpose), res.why, source)

    def span_entry(
        self, path: str | None, category: str, purpose: str
    ) -> tuple[_Entry, tuple[_Limit, ...]]:
        """The entry and retention limits for a span of ``category`` found in ``path``."""
        key = (path, category, purpose)
        hit = self._spans.get(key)
        if hit is None:
            if len(self._spans) > _PLAN_CACHE_LIMIT:
                self._spans.clear()
            res = resolve(self.rules, path or None, category, purpose, whole_field=False)
            hit = (self.entry_for(res), self.retention_for(category, purpose))
            self._spans[key] = hit
        return hit

    def decision(self, path: str, plan: _Plan) -> Decision:
        """The public form of a plan."""
        if plan.mode == "pass":
            return Decision(path, None, None, "pass", plan.why)
        subject = self.policy.subject_field is not None
        if plan.mode == "scan":
            rowwise = subject or self._spans_rowwise
            return Decision(path, None, None, "scan", plan.why, rowwise=rowwise)
        assert plan.entry is not None  # noqa: S101 - whole plans carry an entry
        why = plan.why
        consent = plan.entry.consent
        if consent:
            why += f"; requires consent field {consent}"
        if plan.retention:
            why += "; retention limits apply"
        stamps = tuple(dict.fromkeys(ts for _, ts, _ in plan.retention))
        return Decision(
            path,
            plan.category,
            plan.entry.label,
            plan.entry.action,
            why,
            source=plan.source if plan.category is not None else None,
            consent=consent,
            retention=stamps,
            rowwise=bool(subject or consent or stamps),
        )


def span_why(entry: _Entry, path: str | None, category: str, purpose: str) -> str:
    """Why a span of ``category`` gets ``entry``'s action."""
    if entry.resolution is not None:
        return entry.resolution.why
    return f"{category} in {path or 'text'} for {purpose}"

"""Reveal: turn a token back into its original when the policy grants it (audited)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from privkit.errors import (
    ConfigError,
    InvalidToken,
    PermissionDeniedError,
    PolicyError,
    TransformError,
)
from privkit.policy._decision import _as_actor
from privkit.policy._execute import _Stats
from privkit.policy._paths import split_path as _split
from privkit.policy._resolve import resolve, schema_lookup
from privkit.policy._taxonomy import ENTITY_OF, covers
from privkit.policy.model import NONE, TEXT
from privkit.types import Context

if TYPE_CHECKING:
    from privkit.policy._protector import Actor, Protector

__all__ = ["reveal"]


def reveal(
    p: Protector,
    value: str,
    *,
    purpose: str,
    actor: Actor | str,
    field: str | None = None,
    category: str | None = None,
) -> str:
    """Return the original of a token or ciphertext (see :meth:`Protector.reveal`)."""
    p._check_purpose(purpose)  # noqa: SLF001
    who = _as_actor(actor)
    if who is None:
        raise ConfigError("reveal needs an actor")
    if not isinstance(value, str):
        raise ConfigError("reveal takes a str token")
    from privkit.audit import token_id

    cat = category or _category_of(p, field)
    stats = _Stats()
    if field:
        stats.fields.add(field)
    if cat:
        stats.categories.add(cat)
    tid = [token_id(value)]
    if cat is not None and cat not in p.policy.all_categories():
        raise PolicyError(f"unknown category {cat!r}")
    if cat is None or not _granted(p, cat, purpose, who):
        p._emit("reveal", purpose, who, stats, outcome="denied", token_ids=tid)  # noqa: SLF001
        raise PermissionDeniedError(
            f"{who.name} may not reveal {cat or 'data of unknown category'} for {purpose}"
        )
    ctx = Context(field=field, entity=ENTITY_OF.get(cat))
    candidates = _reversible(p, field, cat)
    if not candidates:
        p._emit("reveal", purpose, who, stats, outcome="no_transform", token_ids=tid)  # noqa: SLF001
        raise TransformError(f"no reversible transform in the policy covers {cat}")
    for label, t in candidates:
        try:
            out = t.reveal(value, ctx)
        except InvalidToken:
            continue
        stats.counts[f"reveal:{label}"] += 1
        p._emit("reveal", purpose, who, stats, token_ids=tid)  # noqa: SLF001
        return str(out)
    p._emit("reveal", purpose, who, stats, outcome="invalid_token", token_ids=tid)  # noqa: SLF001
    raise InvalidToken


def _granted(p: Protector, category: str, purpose: str, actor: Actor) -> bool:
    for g in p.policy.reveal:
        if not any(covers(c, category) for c in g.categories):
            continue
        if not any(covers(pp, purpose) for pp in g.purposes):
            continue
        if "*" in g.actors or actor.name in g.actors:
            return True
        if "*" in g.roles and actor.roles:
            return True
        if set(actor.roles) & set(g.roles):
            return True
    return False


def _category_of(p: Protector, path: str | None) -> str | None:
    if not path:
        return None
    decl = schema_lookup(p.policy.schema_, p._schema_globs, path)  # noqa: SLF001
    if decl not in (None, TEXT, NONE):
        return decl
    cats = {
        c
        for cr in p._rules  # noqa: SLF001
        for g in cr.globs
        if g.match(_split(path))
        for c in cr.rule.categories
    }
    return cats.pop() if len(cats) == 1 else None


def _reversible(p: Protector, path: str | None, category: str) -> list[tuple[str, Any]]:
    seen: set[int] = set()
    first: list[tuple[str, Any]] = []
    rest: list[tuple[str, Any]] = []
    for pp in p.policy.purposes:
        res = resolve(p._rules, path, category, pp, whole_field=path is not None)  # noqa: SLF001
        entry = p._default if res.rule is None else p._rule_entries[res.rule.index]  # noqa: SLF001
        if hasattr(entry.transform, "reveal") and id(entry.transform) not in seen:
            seen.add(id(entry.transform))
            first.append((entry.label, entry.transform))
    for entry in (*p._rule_entries, p._default):  # noqa: SLF001
        if hasattr(entry.transform, "reveal") and id(entry.transform) not in seen:
            seen.add(id(entry.transform))
            rest.append((entry.label, entry.transform))
    return first + rest

"""Reveal: turn a token back into its original when the policy grants it (audited).

The decision rests on what the token *proves*, never on what the caller claims: the engine
binds every reversible token to the data category it was made for (associated data of
AES-SIV/AES-GCM tokens, the vault row's associated data, a per-category FPE key). A reveal
names a category (directly or through ``field=``); the grant is checked for it, and the
token then decrypts only if it was made for that very category. A token presented under
another category fails as a bare :class:`~privkit.errors.InvalidToken` (no oracle).

Every attempt writes exactly one audit event, whatever its outcome:

==================== ===================================================================
outcome              meaning
==================== ===================================================================
``ok``               revealed by an authenticated transform (AES-SIV, AES-GCM, vault)
``unverifiable``     revealed by FPE, which has no integrity: the result may be wrong
``denied``           no grant covers the category, purpose and actor (or no category)
``invalid_token``    no reversible transform of the policy accepts the token
``no_transform``     the policy has no reversible transform for the category
``undeclared_purpose`` the purpose is not declared by the policy
``unknown_category`` the category is not known to the policy
``missing_actor``    no actor (or not an actor)
``malformed``        the token is not a string, or ``field``/``category`` not strings
``erased``           the token's subject keys were destroyed (``forget``)
``error``            anything else (the exception is re-raised)
==================== ===================================================================
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from privkit.errors import (
    ConfigError,
    ErasedSubjectError,
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

#: Prefixes of authenticated token formats: such text is never handed to FPE.
_AUTHENTICATED_PREFIXES = ("siv1:", "enc1:")


@dataclass
class _Attempt:
    """What the audit event of one reveal attempt records (names and hashes only)."""

    purpose: str = "<undeclared>"
    actor: Actor | None = None
    stats: _Stats = field(default_factory=_Stats)
    token_ids: list[str] = field(default_factory=list)
    outcome: str = "error"


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
    attempt = _Attempt()
    try:
        out = _reveal(p, attempt, value, purpose, actor, field, category)
    except BaseException:
        _record(p, attempt)
        raise
    _record(p, attempt)  # an AuditError here withholds the value: no unaudited reveal
    return out


def _record(p: Protector, a: _Attempt) -> None:
    p._emit("reveal", a.purpose, a.actor, a.stats, outcome=a.outcome, token_ids=a.token_ids)  # noqa: SLF001


def _reveal(  # noqa: PLR0917
    p: Protector,
    a: _Attempt,
    value: object,
    purpose: object,
    actor: object,
    field: object,
    category: object,
) -> str:
    token, cat = _admit(p, a, value, purpose, actor, field, category)
    ctx = Context(field=field or None, entity=ENTITY_OF.get(cat), category=cat)  # type: ignore[arg-type]
    candidates = _reversible(p, field, cat)  # type: ignore[arg-type]
    if not candidates:
        a.outcome = "no_transform"
        raise TransformError(f"no reversible transform in the policy covers {cat}")
    for label, t, verified in candidates:
        if not verified and token.startswith(_AUTHENTICATED_PREFIXES):
            continue  # an (unrevealable) authenticated token is never "decrypted" by FPE
        try:
            out = t.reveal(token, ctx)
        except ErasedSubjectError:
            a.outcome = "erased"
            raise
        except TransformError:  # InvalidToken, a shape FPE cannot read, missing key
            continue
        a.stats.counts[f"reveal:{label}"] += 1
        a.outcome = "ok" if verified else "unverifiable"
        return str(out)
    a.outcome = "invalid_token"
    raise InvalidToken


def _admit(  # noqa: C901, PLR0917 - one check per refusal kind, in order
    p: Protector,
    a: _Attempt,
    value: object,
    purpose: object,
    actor: object,
    field: object,
    category: object,
) -> tuple[str, str]:
    """Check the request and the grant; return ``(token, category)`` or raise (outcome set)."""
    from privkit.audit import token_id

    declared = isinstance(purpose, str) and any(covers(q, purpose) for q in p.policy.purposes)
    if declared:
        a.purpose = str(purpose)
    try:
        a.actor = _as_actor(actor)  # type: ignore[arg-type]
    except ConfigError:
        a.actor = None
    if isinstance(value, str):
        a.token_ids.append(token_id(value, keys=p.keys))
    if isinstance(field, str) and field:
        a.stats.fields.add(field)
    if not declared:
        a.outcome = "undeclared_purpose"
        p._check_purpose(purpose)  # type: ignore[arg-type]  # noqa: SLF001 - raises PolicyError
        raise AssertionError  # pragma: no cover - _check_purpose raised
    who = a.actor
    if who is None:
        a.outcome = "missing_actor"
        raise ConfigError("reveal needs an actor (a name or an Actor)")
    a.outcome = "malformed"
    if not isinstance(value, str):
        raise ConfigError("reveal takes a str token")
    if field is not None and not isinstance(field, str):
        raise ConfigError("reveal: field must be a field path string")
    if category is not None and not isinstance(category, str):
        raise ConfigError("reveal: category must be a category name")
    if category is not None and category not in p.policy.all_categories():
        a.outcome = "unknown_category"
        raise PolicyError("reveal: unknown category (not known to the policy)")
    cat = category or _category_of(p, field)
    if cat:
        a.stats.categories.add(cat)
    if cat is None or not _granted(p, cat, str(purpose), who):
        a.outcome = "denied"
        raise PermissionDeniedError(
            f"{who.name} may not reveal {cat or 'data of unknown category'} for {purpose}"
        )
    a.outcome = "error"
    return value, cat


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
    segs = _split(path)
    cats = {
        c
        for cr in p._rules  # noqa: SLF001
        for g in cr.globs
        if g.match(segs)
        for c in cr.rule.categories
    }
    return cats.pop() if len(cats) == 1 else None


def _reversible(p: Protector, path: str | None, category: str) -> list[tuple[str, Any, bool]]:
    """The transforms to try, as ``(label, transform, authenticated)``, in order.

    Authenticated transforms (AES-SIV, AES-GCM, vault) come first: those the policy applies
    to ``category``, then the others (they are bound to their category, so trying them
    costs time, not safety). FPE, which accepts any string of its shape, comes last and only
    when the policy applies it to ``category`` for some purpose.
    """
    from privkit.transform import FPE

    seen: set[int] = set()
    applied: list[tuple[str, Any]] = []
    rest: list[tuple[str, Any]] = []
    for pp in p.policy.purposes:
        res = resolve(p._rules, path, category, pp, whole_field=path is not None)  # noqa: SLF001
        entry = p._default if res.rule is None else p._rule_entries[res.rule.index]  # noqa: SLF001
        if hasattr(entry.transform, "reveal") and id(entry.transform) not in seen:
            seen.add(id(entry.transform))
            applied.append((entry.label, entry.transform))
    for entry in (*p._rule_entries, p._default):  # noqa: SLF001
        if hasattr(entry.transform, "reveal") and id(entry.transform) not in seen:
            seen.add(id(entry.transform))
            rest.append((entry.label, entry.transform))
    out = [(lb, t, True) for lb, t in (*applied, *rest) if not isinstance(t, FPE)]
    out += [(lb, t, False) for lb, t in applied if isinstance(t, FPE)]
    return out

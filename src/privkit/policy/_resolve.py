"""Pure precedence: (field path, category, purpose) -> the rule that applies, and why.

Order, most important first:

1. a *field rule* (one that names fields) beats a *category rule*, which beats ``default``;
2. among field rules, the more specific glob wins: an exact match beats a match on an
   ancestor field, then segments compare left to right (literal > partial wildcard
   ``*_id`` > ``*`` > ``**``); a field rule filtered by categories beats one without;
   among category rules, the more specific category wins (``user.contact.email`` over
   ``user.contact``);
3. then the more specific purpose wins (``analytics.product`` over ``analytics`` over
   ``"*"``).

Two rules that could tie on all three are rejected when the policy loads
(:func:`find_ties`), so resolution never has to guess.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from privkit.policy._paths import Glob, overlap, split_path
from privkit.policy._taxonomy import covers, depth

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from privkit.policy.model import Rule

__all__ = ["CompiledRule", "Resolution", "compile_rules", "find_ties", "resolve", "schema_lookup"]


@dataclass(frozen=True)
class CompiledRule:
    """A rule with its globs parsed; ``index`` is its position in ``rules``."""

    index: int
    rule: Rule
    globs: tuple[Glob, ...]

    @property
    def label(self) -> str:
        """``"'name' (rules.3)"`` or ``"rules.3"``."""
        loc = f"rules.{self.index}"
        return f"{self.rule.name!r} ({loc})" if self.rule.name else loc


@dataclass(frozen=True)
class Resolution:
    """The outcome of precedence: a rule (``None`` for the default) and the reason."""

    rule: CompiledRule | None
    kind: str  # "field", "category" or "default"
    why: str


def compile_rules(rules: Sequence[Rule]) -> tuple[CompiledRule, ...]:
    """Parse the globs of every rule once."""
    return tuple(
        CompiledRule(i, r, tuple(Glob.parse(g) for g in r.fields)) for i, r in enumerate(rules)
    )


def _purpose_rank(names: Sequence[str], purpose: str) -> int | None:
    best = None
    for p in names:
        if covers(p, purpose):
            d = depth(p)
            if best is None or d > best:
                best = d
    return best


def _category_rank(names: Sequence[str], category: str | None) -> int | None:
    if category is None:
        return None
    best = None
    for c in names:
        if covers(c, category):
            d = depth(c)
            if best is None or d > best:
                best = d
    return best


def _glob_rank(globs: Sequence[Glob], path: tuple[str, ...]) -> tuple[int, tuple[int, ...]] | None:
    best = None
    for g in globs:
        r = g.match(path)
        if r is not None and (best is None or r > best):
            best = r
    return best


def resolve(  # noqa: C901, PLR0912
    rules: Sequence[CompiledRule],
    path: str | None,
    category: str | None,
    purpose: str,
    *,
    whole_field: bool = True,
) -> Resolution:
    """Return the rule that applies to a value, following the documented precedence.

    Args:
        rules: compiled rules of the policy.
        path: field path of the value (``None`` for plain text).
        category: data category of the value or span (``None`` when unknown).
        purpose: the purpose of the processing.
        whole_field: the value is a whole field (field rules without a category filter
            apply); ``False`` for a span inside free text, where only field rules whose
            ``categories`` cover the span's category apply.
    """
    segs = split_path(path) if path else ()
    best_field: tuple[tuple[object, ...], CompiledRule] | None = None
    best_cat: tuple[tuple[object, ...], CompiledRule] | None = None
    for cr in rules:
        prank = _purpose_rank(cr.rule.purposes, purpose)
        if prank is None:
            continue
        if cr.globs:
            if not segs:
                continue
            grank = _glob_rank(cr.globs, segs)
            if grank is None:
                continue
            if cr.rule.categories:
                crank = _category_rank(cr.rule.categories, category)
                if crank is None:
                    continue
            else:
                if not whole_field:
                    continue
                crank = 0
            key: tuple[object, ...] = (grank, crank, prank, -cr.index)
            if best_field is None or key > best_field[0]:
                best_field = (key, cr)
        else:
            crank = _category_rank(cr.rule.categories, category)
            if crank is None:
                continue
            key = (crank, prank, -cr.index)
            if best_cat is None or key > best_cat[0]:
                best_cat = (key, cr)
    if best_field is not None:
        cr = best_field[1]
        return Resolution(cr, "field", f"field rule {cr.label} names {path} for {purpose}")
    if best_cat is not None:
        cr = best_cat[1]
        return Resolution(
            cr, "category", f"category rule {cr.label} covers {category} for {purpose}"
        )
    what = f"{category}" if category else "personal data"
    return Resolution(None, "default", f"no rule covers {what} in {path or 'text'} for {purpose}")


def schema_lookup(schema: Mapping[str, str], globs: Sequence[Glob], path: str) -> str | None:
    """Return the declared category (or ``text``/``none``) of ``path``, most specific glob first."""
    segs = split_path(path)
    best: tuple[tuple[int, tuple[int, ...]], str] | None = None
    for g in globs:
        r = g.match(segs)
        if r is not None and (best is None or r > best[0]):
            best = (r, schema[g.pattern])
    return None if best is None else best[1]


def find_ties(  # noqa: C901
    rules: Sequence[Rule], schema: Mapping[str, str] | None = None
) -> list[tuple[str, str]]:
    """Return ``(location, message)`` for every pair of rules that could tie at run time."""
    problems: list[tuple[str, str]] = []
    compiled = compile_rules(rules)
    for a_i, a in enumerate(compiled):
        for b in compiled[a_i + 1 :]:
            if not set(a.rule.purposes) & set(b.rule.purposes):
                continue
            if bool(a.globs) != bool(b.globs):
                continue
            if a.globs:
                if not any(overlap(x, y) for x in a.globs for y in b.globs):
                    continue
                fa, fb = set(a.rule.categories), set(b.rule.categories)
                if (fa or fb) and not (fa & fb):
                    continue
            elif not set(a.rule.categories) & set(b.rule.categories):
                continue
            problems.append(
                (
                    f"rules.{b.index}",
                    (
                        f"ties with {a.label}: same target and purpose specificity; "
                        "make one more specific or merge them"
                    ),
                )
            )
    if schema:
        globs = [Glob.parse(g) for g in schema]
        for i, x in enumerate(globs):
            for y in globs[i + 1 :]:
                if overlap(x, y) and schema[x.pattern] != schema[y.pattern]:
                    problems.append(  # noqa: PERF401
                        (
                            f"schema.{y.pattern}",
                            f"overlaps schema.{x.pattern} with another category",
                        )
                    )
    return problems

"""The policy linter: problems a policy can load with but a reviewer should see."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from privkit.policy._taxonomy import covers, depth
from privkit.policy.model import NONE, TEXT, Policy

if TYPE_CHECKING:
    from privkit.policy.model import Rule

__all__ = ["LintIssue", "lint"]


@dataclass(frozen=True)
class LintIssue:
    """One finding of :func:`lint`.

    Attributes:
        code: stable identifier (``"category-without-rule"``).
        loc: dotted location in the policy (``"rules.3"``).
        message: what is wrong and what to do.
        severity: ``"error"``, ``"warning"`` or ``"info"``.
    """

    code: str
    loc: str
    message: str
    severity: Literal["error", "warning", "info"] = "warning"

    def __str__(self) -> str:
        return f"{self.severity}: {self.loc}: {self.message} [{self.code}]"


def _registered_actions() -> frozenset[str]:
    from privkit.transform import registered

    return frozenset(n for n, status in registered().items() if not status.startswith("disabled"))


def lint(policy: Policy) -> list[LintIssue]:  # noqa: C901, PLR0912 - one block per check
    """Return the issues of ``policy``, most severe first.

    Checks: categories (declared in ``schema`` or ``categories``) no rule covers; rules
    that can never fire (every purpose they cover is taken by a more specific rule on
    the same target); actions the transform registry does not know; key references
    not declared under ``keys``; purposes that no rule and no reveal grant mentions;
    ``keep`` as the default (fail open); reveal grants for categories that no
    reversible transform protects.

    >>> from privkit.policy import Policy, lint
    >>> p = Policy.from_dict({"version": 1, "purposes": ["support"],
    ...     "categories": {"user.loyalty_id": {}}})
    >>> [i.code for i in lint(p)]
    ['category-without-rule', 'purpose-without-rules']
    """
    issues: list[LintIssue] = []
    rules = policy.rules
    # categories without rules
    used: dict[str, str] = {}
    for name in policy.categories:
        used.setdefault(name, f"categories.{name}")
    for glob, target in policy.schema_.items():
        if target not in (TEXT, NONE):
            used.setdefault(target, f"schema.{glob}")
    for cat, loc in sorted(used.items()):
        if not any(any(covers(c, cat) for c in r.categories) for r in rules) and not _named(
            policy, cat
        ):
            issues.append(
                LintIssue(
                    "category-without-rule",
                    loc,
                    f"no rule covers {cat}; it always gets the default ({policy.default.action})",
                )
            )
    # rules that can never fire
    for i, r in enumerate(rules):
        dead = _shadowed(i, r, rules, policy)
        if dead:
            issues.append(
                LintIssue(
                    "rule-never-fires",
                    f"rules.{i}",
                    f"every purpose this rule covers is taken by a more specific rule ({dead})",
                )
            )
    # unknown transforms and keys
    known = _registered_actions()
    actions = [("default", policy.default)]
    actions += [(f"rules.{i}.transform", r.transform) for i, r in enumerate(rules)]
    actions += [(f"retention.{i}.then", r.then) for i, r in enumerate(policy.retention)]
    for loc, action in actions:
        if action.action not in known:
            issues.append(
                LintIssue(
                    "unknown-transform",
                    loc,
                    f"transform {action.action!r} is not registered",
                    "error",
                )
            )
        key = action.key_name
        if key is not None and key not in policy.keys:
            issues.append(
                LintIssue(
                    "undeclared-key",
                    f"{loc}.key",
                    f"key {key!r} is not declared under 'keys'; "
                    "it must come from keys= at run time",
                )
            )
    # purposes never granted
    for i, p in enumerate(policy.purposes):
        in_rules = any(any(covers(q, p) or covers(p, q) for q in r.purposes) for r in rules)
        if not in_rules:
            issues.append(
                LintIssue(
                    "purpose-without-rules",
                    f"purposes.{i}",
                    f"no rule grants anything for {p}: all personal data gets the default",
                    "info",
                )
            )
    if policy.default.action == "keep":
        issues.append(
            LintIssue(
                "default-keep",
                "default",
                "default 'keep' passes unknown personal data through (fail open)",
                "error",
            )
        )
    for i, r in enumerate(rules):
        if r.transform.action == "keep" and "*" in r.purposes and not r.fields:
            issues.append(
                LintIssue(
                    "keep-everywhere", f"rules.{i}", "category kept in clear for every purpose"
                )
            )
    reversible = {"vault", "fpe", "encrypt", "encrypt_deterministic"}
    for i, g in enumerate(policy.reveal):
        for j, c in enumerate(g.categories):
            protected = (
                any(
                    r.transform.action in reversible
                    and (
                        not r.categories
                        or any(covers(c, rc) or covers(rc, c) for rc in r.categories)
                    )
                    for r in rules
                )
                or policy.default.action in reversible
            )
            if not protected:
                issues.append(
                    LintIssue(
                        "reveal-without-reversible",
                        f"reveal.{i}.categories.{j}",
                        f"{c} is never protected by a reversible transform; "
                        "this grant reveals nothing",
                        "info",
                    )
                )
    order = {"error": 0, "warning": 1, "info": 2}
    return sorted(issues, key=lambda x: order[x.severity])


def _named(policy: Policy, category: str) -> bool:
    """Whether a field declared with ``category`` is named by some field rule."""
    from privkit.policy._paths import Glob, overlap

    globs = [Glob.parse(g) for g, t in policy.schema_.items() if t == category]
    for r in policy.rules:
        for f in r.fields:
            rg = Glob.parse(f)
            if any(rg.pattern == g.pattern or overlap(rg, g) for g in globs):
                return True
    return False


def _shadowed(i: int, rule: Rule, rules: list[Rule], policy: Policy) -> str:
    """Return labels of rules that take every purpose of ``rule``, or ``""``."""
    covered = [p for p in policy.purposes if any(covers(q, p) for q in rule.purposes)]
    if not covered:
        return ""
    takers: set[str] = set()
    for p in covered:
        mine = max(depth(q) for q in rule.purposes if covers(q, p))
        best = None
        for j, other in enumerate(rules):
            if j == i or set(other.fields) != set(rule.fields):
                continue
            if set(other.categories) != set(rule.categories):
                continue
            theirs = [depth(q) for q in other.purposes if covers(q, p)]
            if theirs and max(theirs) > mine:
                best = f"rules.{j}"
                break
        if best is None:
            return ""
        takers.add(best)
    return ", ".join(sorted(takers))

"""An inventory map against a policy: what it does not declare, what no longer exists, gaps.

Declarations are looked up with the policy engine's own schema lookup, and "which rule
applies" is asked of :meth:`privkit.Protector.plan`, so the answers are the ones
:func:`privkit.protect` would act on. A column counts as declared when the policy's
``schema`` matches its path (``email``, ``profile.email``) or its table-qualified path
(``customers.email``).
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from privkit.inventory._model import InventoryMap
    from privkit.policy import Policy

__all__ = ["PolicyCheck", "check_policy"]


@dataclass(frozen=True, slots=True)
class PolicyCheck:
    """Where a map and a policy disagree.

    Attributes:
        undeclared: ``(source, table, column, category)`` of personal columns that the
            policy's ``schema`` does not declare (``category`` is ``"text"`` for free text).
        missing: schema entries (field globs) that match no column of the map.
        unruled: ``(category, purpose, columns)``: personal columns of that category that
            fall through to the policy's ``default`` for a declared purpose.
        draft_schema: a ``schema:`` block for the undeclared columns, to review and paste.
        not_declarable: undeclared columns whose name is itself personal data (redacted in
            the map, so they cannot be declared by name).
    """

    undeclared: tuple[tuple[str, str, str, str], ...] = ()
    missing: tuple[str, ...] = ()
    unruled: tuple[tuple[str, str, int], ...] = ()
    draft_schema: dict[str, str] = field(default_factory=dict)
    not_declarable: tuple[tuple[str, str, str], ...] = ()

    @property
    def fails(self) -> bool:
        """True when a personal column is undeclared or a category has no rule."""
        return bool(self.undeclared or self.unruled)

    def draft_yaml(self) -> str:
        r"""Return the draft ``schema:`` block as YAML text (empty when nothing is undeclared).

        >>> PolicyCheck(draft_schema={"email": "user.contact.email"}).draft_yaml()
        'schema:\\n  email: user.contact.email\\n'
        """
        if not self.draft_schema:
            return ""
        lines = ["schema:"]
        for path, cat in sorted(self.draft_schema.items()):
            lines.append(f"  {_yaml_key(path)}: {cat}")
        return "\n".join(lines) + "\n"

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready mapping."""
        return {
            "undeclared": [
                {"source": s, "table": t, "column": c, "category": k}
                for s, t, c, k in self.undeclared
            ],
            "missing": list(self.missing),
            "unruled": [{"category": c, "purpose": p, "columns": n} for c, p, n in self.unruled],
            "draft_schema": dict(sorted(self.draft_schema.items())),
            "not_declarable": [
                {"source": s, "table": t, "column": c} for s, t, c in self.not_declarable
            ],
        }


def _yaml_key(path: str) -> str:
    plain = path.replace("_", "").replace(".", "").replace("-", "").isalnum()
    return path if plain and not path[:1].isdigit() else '"' + path.replace('"', '\\"') + '"'


def _planner(policy: Policy) -> Any:
    """A Protector to ask which rule applies; nothing is transformed, so keys are stand-ins."""
    from privkit.keys import KeyRing
    from privkit.policy import Protector

    names = {r.transform.key_name for r in policy.rules} | {policy.default.key_name}
    names |= {r.then.key_name for r in policy.retention} | set(policy.keys)
    return Protector(policy, keys=KeyRing.generate(*sorted(n for n in names if n)))


def check_policy(  # noqa: C901 - three checks over one walk of the map
    inventory_map: InventoryMap, policy: Policy | str | os.PathLike[str]
) -> PolicyCheck:
    """Check a map against a policy's ``schema`` and ``rules``.

    Args:
        inventory_map: the map from :func:`privkit.inventory`.
        policy: a :class:`privkit.Policy` or a policy file path.

    Returns:
        A :class:`PolicyCheck`.

    Raises:
        PolicyError: the policy file is invalid.
    """
    from privkit.policy import load_policy
    from privkit.policy._paths import Glob, split_path
    from privkit.policy._resolve import schema_lookup

    if isinstance(policy, str | os.PathLike):
        policy = load_policy(policy)
    schema = dict(policy.schema_)
    globs = tuple(Glob.parse(g) for g in schema)

    def declared(table: str, path: str) -> str | None:
        found = schema_lookup(schema, globs, path)
        return found if found is not None else schema_lookup(schema, globs, f"{table}.{path}")

    undeclared: list[tuple[str, str, str, str]] = []
    not_declarable: list[tuple[str, str, str]] = []
    drafts: dict[str, Counter[str]] = {}
    personal: list[tuple[str, str]] = []  # (path, category) to ask the planner about
    used: set[str] = set()
    for src, table, path, entry in inventory_map.columns():
        for g in globs:
            if g.match(split_path(path)) or g.match(split_path(f"{table.name}.{path}")):
                used.add(g.pattern)
        if not entry.personal:
            continue
        label = entry.category or "text"
        if entry.category is not None:
            personal.append((path, entry.category))
        if declared(table.name, path) is not None:
            continue
        if "<" in path:
            not_declarable.append((src, table.qualified, path))
            continue
        undeclared.append((src, table.qualified, path, label))
        drafts.setdefault(path, Counter())[label] += 1
    draft = {p: c.most_common(1)[0][0] for p, c in drafts.items()}
    missing = tuple(g for g in schema if g not in used)
    unruled: Counter[tuple[str, str]] = Counter()
    if personal:
        planner = _planner(policy)
        for purpose in policy.purposes:
            for path, category in personal:
                decision = planner.plan({path: category}, purpose=purpose)[path]
                if decision.rule == "default":
                    unruled[category, purpose] += 1
    return PolicyCheck(
        undeclared=tuple(sorted(undeclared)),
        missing=missing,
        unruled=tuple(sorted((c, p, n) for (c, p), n in unruled.items())),
        draft_schema=draft,
        not_declarable=tuple(sorted(not_declarable)),
    )

"""What the engine tells its callers: who acts (:class:`Actor`) and what it decided."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from privkit.errors import ConfigError

__all__ = ["Actor", "Decision", "Explanation"]


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


def _as_actor(actor: Actor | str | None) -> Actor | None:
    if actor is None or isinstance(actor, Actor):
        return actor
    if isinstance(actor, str):
        return Actor(actor)
    raise ConfigError("actor must be an Actor, a name, or None")


@dataclass(frozen=True)
class Decision:
    """What the policy does with one field for one purpose, and why.

    The fields are typed so that code can act on them; ``why`` is for people.

    Attributes:
        field: the field path (``events[].device.idfa``).
        category: its data category, or ``None`` when it is unknown until scanned.
        rule: ``"rules.3"`` (with its name), ``"default"``, or ``None`` (not personal /
            scanned free text).
        transform: the action name (``"mask"``), ``"scan"`` for free text and fields of
            unknown content (spans are transformed per category found), or ``"pass"``
            when the field is left as it is because the policy declares it not personal.
        why: a sentence a reviewer can read.
        spans: for free text explained with a value: one decision per category found.
        source: where ``category`` came from: ``"schema"`` (the policy declares it),
            ``"classifier"`` (a guess from the field's name and values, used only where the
            schema is silent), or ``None`` (no category).
        consent: the field whose value must be ``True`` for the transform to apply
            (otherwise the value is suppressed), or ``None``.
        retention: the timestamp fields of the retention limits that apply.
        rowwise: the outcome for a value depends on other fields of its row (consent,
            retention or per-subject keys), so a column cannot be protected by its
            distinct values alone.
    """

    field: str
    category: str | None
    rule: str | None
    transform: str
    why: str
    spans: tuple[Decision, ...] = ()
    source: str | None = None
    consent: str | None = None
    retention: tuple[str, ...] = ()
    rowwise: bool = False


_EXPLAIN_HEAD = ("field", "category", "rule", "transform", "why")


def _rows(decisions: dict[str, Decision]) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for d in decisions.values():
        rows.append((d.field, d.category or "-", d.rule or "-", d.transform or "pass", d.why))
        rows.extend(
            (f"  {d.field} (span)", s.category or "-", s.rule or "-", s.transform or "-", s.why)
            for s in d.spans
        )
    return rows


class Explanation(dict[str, Decision]):
    """What :func:`privkit.explain` returns: field path -> :class:`Decision`.

    A plain ``dict`` that also renders as a table in notebooks (``_repr_html_``) and turns
    into a DataFrame with :meth:`to_pandas`. Decisions name fields, categories and rules;
    never a value.
    """

    def to_pandas(self) -> Any:
        """Return one row per field (and per category found in free text)."""
        import pandas as pd

        return pd.DataFrame(_rows(self), columns=list(_EXPLAIN_HEAD))

    def __str__(self) -> str:
        return "\n".join("  ".join(r[:4]) + f"  # {r[4]}" for r in _rows(self))

    def _repr_html_(self) -> str:
        from privkit._html import table

        return table(f"privkit explain: {len(self)} fields", _EXPLAIN_HEAD, _rows(self))

"""What the engine tells its callers: who acts (:class:`Actor`) and what it decided."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from privkit.errors import ConfigError

__all__ = ["Actor", "Decision"]


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

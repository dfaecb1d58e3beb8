"""Data categories: the built-in hierarchy and dotted-name helpers."""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING

from privkit.types import CATEGORY_OF, Category, EntityType

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

__all__ = [
    "BUILTIN_CATEGORIES",
    "ENTITY_OF",
    "ancestors",
    "covers",
    "depth",
    "with_ancestors",
]

#: Built-in categories with a one-line description (fideslang-style names).
BUILTIN_CATEGORIES: Mapping[str, str] = MappingProxyType(
    {
        "user": "data about a person",
        "user.contact": "ways to reach a person",
        "user.device": "identifiers of a person's devices and browsers",
        "user.unique_id": "persistent identifiers assigned to a person",
        "user.financial": "payment and account data",
        "user.government_id": "identifiers issued by a government",
        "user.behavior": "what a person does online",
        "user.authorization": "credentials and secrets",
        Category.CONTACT_EMAIL.value: "e-mail address",
        Category.CONTACT_PHONE.value: "telephone number",
        Category.CONTACT_ADDRESS.value: "postal address",
        Category.NAME.value: "person name",
        Category.LOCATION.value: "place or geolocation",
        Category.ORGANIZATION.value: "employer or organisation",
        Category.DATE.value: "date linked to a person (birth, event)",
        Category.URL.value: "visited URL or domain",
        Category.FINANCIAL_CARD.value: "payment card number",
        Category.FINANCIAL_ACCOUNT.value: "bank account number (IBAN)",
        Category.FINANCIAL_CRYPTO.value: "crypto-currency wallet address",
        Category.GOV_ID_SSN.value: "US social security number",
        Category.IP_ADDRESS.value: "IP address",
        Category.MAC_ADDRESS.value: "network hardware (MAC) address",
        Category.DEVICE_ID.value: "device identifier (IMEI, Android id, vendor id)",
        Category.COOKIE_ID.value: "cookie or browser identifier",
        Category.USER_AGENT.value: "browser user-agent string",
        Category.ADVERTISING_ID.value: "advertising identifier (IDFA, GAID)",
        Category.SUBSCRIBER_ID.value: "mobile subscriber identifier (IMSI, ICCID)",
        Category.AUTH_TOKEN.value: "password, API key or session token",
    }
)


def _entity_of() -> dict[str, EntityType]:
    seen: dict[str, list[EntityType]] = {}
    for entity, category in CATEGORY_OF.items():
        seen.setdefault(category.value, []).append(entity)
    return {c: es[0] for c, es in seen.items() if len(es) == 1}


#: The entity type of a category when exactly one entity type maps to it.
ENTITY_OF: Mapping[str, EntityType] = MappingProxyType(_entity_of())


def depth(name: str) -> int:
    """Return the number of dotted levels of a category or purpose (``"*"`` is 0)."""
    return 0 if name == "*" else name.count(".") + 1


def covers(general: str, specific: str) -> bool:
    """Return whether ``general`` is ``specific`` or one of its ancestors (``"*"`` covers all)."""
    return general in ("*", specific) or (
        specific.startswith(general) and specific[len(general)] == "."
    )


def ancestors(name: str) -> list[str]:
    """Return ``name`` and its ancestors, most specific first."""
    parts = name.split(".")
    return [".".join(parts[:i]) for i in range(len(parts), 0, -1)]


def with_ancestors(names: Iterable[str]) -> frozenset[str]:
    """Return ``names`` plus every ancestor of each."""
    return frozenset(a for n in names for a in ancestors(n))

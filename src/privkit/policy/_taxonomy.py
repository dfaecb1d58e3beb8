"""Data categories: the built-in hierarchy, dotted-name helpers and field-name hints."""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import TYPE_CHECKING

from privkit.types import CATEGORY_OF, Category, EntityType

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

__all__ = [
    "BUILTIN_CATEGORIES",
    "ENTITY_OF",
    "NAME_HINTS",
    "ancestors",
    "covers",
    "depth",
    "hint_for_name",
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


# Field-name hints used by classify(): a regex over the lower-cased last key -> category.
NAME_HINTS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), c.value)
    for p, c in (
        (r"e_?mail", Category.CONTACT_EMAIL),
        (r"phone|mobile|msisdn|^tel$|telephone|^fax$", Category.CONTACT_PHONE),
        (r"ssn|social_?security", Category.GOV_ID_SSN),
        (r"idfa|gaid|aaid|adid|advertising_?id|ad_?id$", Category.ADVERTISING_ID),
        (r"imei|meid|android_?id|device_?id|idfv|udid|vendor_?id", Category.DEVICE_ID),
        (r"imsi|iccid", Category.SUBSCRIBER_ID),
        (r"cookie|session_?id|visitor_?id|client_?id|anonymous_?id", Category.COOKIE_ID),
        (r"user_?agent|^ua$", Category.USER_AGENT),
        (r"(^|_)ip(_?addr(ess)?|v4|v6)?$|remote_?addr", Category.IP_ADDRESS),
        (r"(^|_)mac(_?addr(ess)?)?$", Category.MAC_ADDRESS),
        (r"card_?(number|no|num)|credit_?card|^pan$|^cc(_?num(ber)?)?$", Category.FINANCIAL_CARD),
        (r"iban|account_?(number|no)|bank_?account", Category.FINANCIAL_ACCOUNT),
        (r"wallet|btc_?address", Category.FINANCIAL_CRYPTO),
        (r"password|passwd|secret|api_?key|access_?token|auth_?token|bearer", Category.AUTH_TOKEN),
        (r"street|address|postcode|postal_?code|zip(_?code)?$", Category.CONTACT_ADDRESS),
        (r"(first|last|full|given|family|middle|sur|user)_?name$|^name$", Category.NAME),
        (r"birth|dob$|^dob", Category.DATE),
        (r"latitude|longitude|^lat$|^lon$|^lng$|geo|city|location", Category.LOCATION),
        (r"employer|company|organi[sz]ation", Category.ORGANIZATION),
        (r"(^|_)url$|referr?er|page_?url|landing_?page", Category.URL),
    )
)


def hint_for_name(path: str) -> tuple[str, str] | None:
    """Return ``(category, evidence)`` suggested by the last key of ``path``, or ``None``."""
    last = path.rsplit(".", 1)[-1].replace("[]", "")
    key = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", last).lower().replace("-", "_")
    for pattern, category in NAME_HINTS:
        if pattern.search(key):
            return category, f"field name matches {pattern.pattern!r}"
    return None

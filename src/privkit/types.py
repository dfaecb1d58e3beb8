"""Shared vocabulary of all layers: entity types, data categories, findings and stage protocols.

This module is imported by ``import privkit`` and must stay free of heavy imports.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

__all__ = [
    "CATEGORY_OF",
    "Category",
    "Context",
    "Detector",
    "EntityType",
    "Evidence",
    "Finding",
    "Reversible",
    "Transform",
]


class EntityType(enum.StrEnum):
    """What kind of personal data a finding is. Values follow Presidio's names where they exist."""

    # contact and identity
    EMAIL_ADDRESS = "EMAIL_ADDRESS"
    PHONE_NUMBER = "PHONE_NUMBER"
    PERSON = "PERSON"
    LOCATION = "LOCATION"
    ORGANIZATION = "ORGANIZATION"
    DATE_TIME = "DATE_TIME"
    URL = "URL"
    DOMAIN_NAME = "DOMAIN_NAME"
    # financial and government
    CREDIT_CARD = "CREDIT_CARD"
    IBAN_CODE = "IBAN_CODE"
    CRYPTO = "CRYPTO"
    US_SSN = "US_SSN"
    # persistent identifiers
    IP_ADDRESS = "IP_ADDRESS"
    MAC_ADDRESS = "MAC_ADDRESS"
    IMEI = "IMEI"
    MEID = "MEID"
    ICCID = "ICCID"
    IMSI = "IMSI"
    ADVERTISING_ID = "ADVERTISING_ID"
    ANDROID_ID = "ANDROID_ID"
    DEVICE_ID = "DEVICE_ID"
    COOKIE_ID = "COOKIE_ID"
    USER_AGENT = "USER_AGENT"
    AUTH_TOKEN = "AUTH_TOKEN"  # noqa: S105 - an entity name, not a secret


class Category(enum.StrEnum):
    """Built-in data categories (fideslang style, hierarchical by dots)."""

    CONTACT_EMAIL = "user.contact.email"
    CONTACT_PHONE = "user.contact.phone_number"
    CONTACT_ADDRESS = "user.contact.address"
    NAME = "user.name"
    LOCATION = "user.location"
    ORGANIZATION = "user.workplace"
    DATE = "user.date"
    URL = "user.behavior.browsing_history"
    FINANCIAL_CARD = "user.financial.credit_card"
    FINANCIAL_ACCOUNT = "user.financial.bank_account"
    FINANCIAL_CRYPTO = "user.financial.crypto_wallet"
    GOV_ID_SSN = "user.government_id.us_ssn"
    IP_ADDRESS = "user.device.ip_address"
    MAC_ADDRESS = "user.device.mac_address"
    DEVICE_ID = "user.device.device_id"
    COOKIE_ID = "user.device.cookie_id"
    USER_AGENT = "user.device.user_agent"
    ADVERTISING_ID = "user.unique_id.advertising"
    SUBSCRIBER_ID = "user.unique_id.subscriber"
    AUTH_TOKEN = "user.authorization.credentials"  # noqa: S105 - a category name


CATEGORY_OF: Mapping[EntityType, Category] = MappingProxyType(
    {
        EntityType.EMAIL_ADDRESS: Category.CONTACT_EMAIL,
        EntityType.PHONE_NUMBER: Category.CONTACT_PHONE,
        EntityType.PERSON: Category.NAME,
        EntityType.LOCATION: Category.LOCATION,
        EntityType.ORGANIZATION: Category.ORGANIZATION,
        EntityType.DATE_TIME: Category.DATE,
        EntityType.URL: Category.URL,
        EntityType.DOMAIN_NAME: Category.URL,
        EntityType.CREDIT_CARD: Category.FINANCIAL_CARD,
        EntityType.IBAN_CODE: Category.FINANCIAL_ACCOUNT,
        EntityType.CRYPTO: Category.FINANCIAL_CRYPTO,
        EntityType.US_SSN: Category.GOV_ID_SSN,
        EntityType.IP_ADDRESS: Category.IP_ADDRESS,
        EntityType.MAC_ADDRESS: Category.MAC_ADDRESS,
        EntityType.IMEI: Category.DEVICE_ID,
        EntityType.MEID: Category.DEVICE_ID,
        EntityType.ICCID: Category.SUBSCRIBER_ID,
        EntityType.IMSI: Category.SUBSCRIBER_ID,
        EntityType.ADVERTISING_ID: Category.ADVERTISING_ID,
        EntityType.ANDROID_ID: Category.DEVICE_ID,
        EntityType.DEVICE_ID: Category.DEVICE_ID,
        EntityType.COOKIE_ID: Category.COOKIE_ID,
        EntityType.USER_AGENT: Category.USER_AGENT,
        EntityType.AUTH_TOKEN: Category.AUTH_TOKEN,
    }
)


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why a detector reported a finding. Never contains the detected value.

    Attributes:
        pattern: name of the pattern that matched (``"ipv6_compressed"``).
        checksum: name of the checksum that passed (``"luhn"``), or ``""``.
        context: context words found near the span that changed the score.
        tags: extra facts such as ``"private"`` / ``"public"`` for IP scope.
    """

    pattern: str = ""
    checksum: str = ""
    context: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Finding:
    """One detected span of personal data. Holds offsets, never the value itself.

    Slice the scanned text with ``text[f.start:f.end]`` to get the value. ``field`` is the
    dotted path of the structured field the finding came from, or ``None`` for plain text.
    """

    entity_type: EntityType
    start: int
    end: int
    score: float
    detector: str
    evidence: Evidence = Evidence()
    field: str | None = None

    @property
    def category(self) -> Category:
        """The data category of this finding's entity type."""
        return CATEGORY_OF[self.entity_type]

    def __len__(self) -> int:
        return self.end - self.start


_SLOTS = tuple(
    Finding.__dict__[n].__set__
    for n in ("entity_type", "start", "end", "score", "detector", "evidence", "field")
)


def new_finding(  # noqa: PLR0917 - Finding's own fields, in order
    entity_type: EntityType,
    start: int,
    end: int,
    score: float,
    detector: str,
    evidence: Evidence,
    field: str | None = None,
) -> Finding:
    """``Finding(...)`` for hot paths: equal to it, three times cheaper to build.

    A frozen dataclass sets each field through ``object.__setattr__``; this sets the
    slots directly. Detection builds one per candidate, so the difference shows.
    """
    f = object.__new__(Finding)
    s0, s1, s2, s3, s4, s5, s6 = _SLOTS
    s0(f, entity_type)
    s1(f, start)
    s2(f, end)
    s3(f, score)
    s4(f, detector)
    s5(f, evidence)
    s6(f, field)
    return f


@runtime_checkable
class Detector(Protocol):
    """A detection stage: a callable from text to findings."""

    def __call__(self, text: str, /) -> Iterable[Finding]:
        """Return the findings in ``text``."""
        ...


@dataclass(frozen=True, slots=True)
class Context:
    """What a transform may know about the value beside the value itself.

    ``field`` binds ciphertexts to a field (associated data); ``entity`` selects shaped
    outputs and token prefixes; ``subject`` selects per-subject keys (crypto-shredding);
    ``category`` (set by the policy engine) binds reversible tokens to the data category
    they were made for, so that a token reveals only under that category.
    """

    field: str | None = None
    entity: EntityType | None = None
    subject: str | None = None
    category: str | None = None
    in_text: bool = False
    """The value is a span inside free text (``Redact`` then leaves a typed placeholder)."""


@runtime_checkable
class Transform(Protocol):
    """A transform stage: a callable from a value to its protected form.

    ``None`` is returned for a removed value (``Nullify``); missing inputs (``None``/NaN)
    are handled by :func:`privkit.transform.apply`, not by each transform.
    """

    def __call__(self, value: str, /, ctx: Context | None = None) -> str | None:
        """Return the protected form of ``value`` (``None`` when it is removed)."""
        ...


@runtime_checkable
class Reversible(Transform, Protocol):
    """A transform whose output can be turned back into the input with the right key."""

    def reveal(self, token: str, /, ctx: Context | None = None) -> str:
        """Return the original value of ``token``."""
        ...

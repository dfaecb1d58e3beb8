"""The built-in pattern detectors: one small class per kind of identifier.

Every regular expression here is written for linear-time matching: each starts behind a
boundary look-behind (so only the start of a run is tried), quantifiers are bounded, and no
repetition contains an ambiguous repetition. Validation runs only on candidates.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from privkit.detect._base import PatternDetector

from privkit.detect._builtin.address import AddressDetector
from privkit.detect._builtin.agent import UserAgentDetector
from privkit.detect._builtin.cookie import CookieDetector
from privkit.detect._builtin.credentials import AuthTokenDetector
from privkit.detect._builtin.dates import DateTimeDetector
from privkit.detect._builtin.device import (
    AdvertisingIdDetector,
    AndroidIdDetector,
    DeviceIdDetector,
    IccidDetector,
    ImeiDetector,
    ImsiDetector,
    MeidDetector,
)
from privkit.detect._builtin.email import EmailDetector
from privkit.detect._builtin.national_id import UsSsnDetector
from privkit.detect._builtin.network import IpAddressDetector, MacAddressDetector
from privkit.detect._builtin.payment import CreditCardDetector, CryptoDetector, IbanDetector
from privkit.detect._builtin.phone import PhoneDetector
from privkit.detect._builtin.url import DomainDetector, UrlDetector

__all__ = [
    "BUILTIN_DETECTORS",
    "AddressDetector",
    "AdvertisingIdDetector",
    "AndroidIdDetector",
    "AuthTokenDetector",
    "CookieDetector",
    "CreditCardDetector",
    "CryptoDetector",
    "DateTimeDetector",
    "DeviceIdDetector",
    "DomainDetector",
    "EmailDetector",
    "IbanDetector",
    "IccidDetector",
    "ImeiDetector",
    "ImsiDetector",
    "IpAddressDetector",
    "MacAddressDetector",
    "MeidDetector",
    "PhoneDetector",
    "UrlDetector",
    "UsSsnDetector",
    "UserAgentDetector",
]


#: Every built-in detector class, in priority order (earlier wins ties).
BUILTIN_DETECTORS: tuple[type[PatternDetector], ...] = (
    EmailDetector,
    AuthTokenDetector,
    CookieDetector,
    UserAgentDetector,
    UrlDetector,
    IpAddressDetector,
    MacAddressDetector,
    IccidDetector,
    ImeiDetector,
    ImsiDetector,
    MeidDetector,
    AdvertisingIdDetector,
    DeviceIdDetector,
    AndroidIdDetector,
    CreditCardDetector,
    IbanDetector,
    UsSsnDetector,
    CryptoDetector,
    PhoneDetector,
    DomainDetector,
    DateTimeDetector,
    AddressDetector,
)

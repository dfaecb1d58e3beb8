"""Detection layer: find personal data and persistent identifiers in text.

>>> from privkit.detect import Scanner
>>> text = "login from 203.0.113.7 mac=00:1A:2B:3C:4D:5E"
>>> scanner = Scanner(entities=["IP_ADDRESS", "MAC_ADDRESS"])
>>> [(f.entity_type.value, text[f.start:f.end]) for f in scanner.scan(text)]
[('IP_ADDRESS', '203.0.113.7'), ('MAC_ADDRESS', '00:1A:2B:3C:4D:5E')]
"""

from privkit.detect._base import DenyList, Pattern, PatternDetector
from privkit.detect._builtin import (
    BUILTIN_DETECTORS,
    AddressDetector,
    AdvertisingIdDetector,
    AndroidIdDetector,
    AuthTokenDetector,
    CookieDetector,
    CreditCardDetector,
    CryptoDetector,
    DateTimeDetector,
    DeviceIdDetector,
    DomainDetector,
    EmailDetector,
    IbanDetector,
    IccidDetector,
    ImeiDetector,
    ImsiDetector,
    IpAddressDetector,
    MacAddressDetector,
    MeidDetector,
    PhoneDetector,
    UrlDetector,
    UserAgentDetector,
    UsSsnDetector,
)
from privkit.detect._ner import DEFAULT_MODELS, NER_ENTITIES
from privkit.detect._scanner import DEFAULT_ENTITIES, PATTERN_ENTITIES, Scanner, scan

__all__ = [
    "BUILTIN_DETECTORS",
    "DEFAULT_ENTITIES",
    "DEFAULT_MODELS",
    "NER_ENTITIES",
    "PATTERN_ENTITIES",
    "AddressDetector",
    "AdvertisingIdDetector",
    "AndroidIdDetector",
    "AuthTokenDetector",
    "CookieDetector",
    "CreditCardDetector",
    "CryptoDetector",
    "DateTimeDetector",
    "DenyList",
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
    "Pattern",
    "PatternDetector",
    "PhoneDetector",
    "Scanner",
    "UrlDetector",
    "UsSsnDetector",
    "UserAgentDetector",
    "scan",
]

for _name in __all__:
    _obj = globals()[_name]
    if isinstance(_obj, type):
        _obj.__module__ = "privkit.detect"
del _name, _obj

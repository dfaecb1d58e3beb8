"""Shared fixtures of the policy tests: a pattern-only scanner (no spaCy), keys, a policy."""

import pytest

from privkit.detect import Scanner
from privkit.keys import KeyRing
from privkit.policy import Policy

PATTERN_ENTITIES = [
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "IP_ADDRESS",
    "CREDIT_CARD",
    "IBAN_CODE",
    "US_SSN",
]


@pytest.fixture(scope="session")
def scanner():
    return Scanner(entities=PATTERN_ENTITIES)


@pytest.fixture
def keys():
    return KeyRing.generate("tokens", "secrets")


POLICY = {
    "version": 1,
    "name": "test",
    "purposes": ["support", "analytics", "analytics.product", "marketing", "fraud"],
    "schema": {
        "customer.email": "user.contact.email",
        "customer.phone": "user.contact.phone_number",
        "customer.card": "user.financial.credit_card",
        "customer.notes": "text",
        "customer.id": "none",
        "consent.*": "none",
        "seen_at": "none",
        "ip": "user.device.ip_address",
    },
    "text": {"entities": PATTERN_ENTITIES},
    "rules": [
        {
            "name": "support-email",
            "fields": ["customer.email"],
            "purposes": ["support"],
            "transform": {"action": "mask"},
        },
        {
            "name": "contact-analytics",
            "categories": ["user.contact"],
            "purposes": ["analytics"],
            "transform": {"action": "tokenize", "key": "tokens"},
        },
        {
            "name": "product-no-contact",
            "categories": ["user.contact"],
            "purposes": ["analytics.product"],
            "transform": "nullify",
        },
        {
            "name": "marketing-email",
            "categories": ["user.contact.email"],
            "purposes": ["marketing"],
            "transform": "keep",
            "consent": "consent.marketing",
        },
        {
            "name": "fraud-all",
            "categories": ["user"],
            "purposes": ["fraud"],
            "transform": {"action": "encrypt", "key": "secrets"},
        },
        {
            "name": "support-card",
            "categories": ["user.financial"],
            "purposes": ["support"],
            "transform": {"action": "mask", "keep_last": 4},
        },
        {
            "name": "ip-analytics",
            "categories": ["user.device.ip_address"],
            "purposes": ["analytics"],
            "transform": {"action": "generalize", "kind": "ip"},
        },
    ],
    "retention": [
        {
            "categories": ["user.device.ip_address"],
            "purposes": ["analytics"],
            "max_age_days": 30,
            "timestamp_field": "seen_at",
            "then": {"action": "generalize", "kind": "ip", "ipv4_prefix": 16},
        },
    ],
    "reveal": [
        {
            "categories": ["user.contact", "user.financial"],
            "purposes": ["fraud"],
            "roles": ["fraud_analyst"],
        },
        {
            "categories": ["user.contact.email"],
            "purposes": ["support"],
            "actors": ["lead@example.org"],
        },
    ],
}


@pytest.fixture(scope="session")
def policy():
    return Policy.from_dict(POLICY)

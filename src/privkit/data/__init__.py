"""Bundled sample data: a small log file and a deterministic customer-table generator.

Every value is synthetic. E-mail addresses use the reserved ``example`` domains, and phone
numbers come from ranges set aside for fiction; identifiers are drawn from a seeded generator,
so the same seed always gives the same table.

>>> from privkit.data import sample_customers
>>> rows = sample_customers(3, seed=1)
>>> len(rows), list(rows[0])[:4]
(3, ['customer_id', 'full_name', 'email', 'phone'])
>>> sample_customers(3, seed=1) == rows
True
"""

from __future__ import annotations

import random
import uuid
from importlib import resources
from typing import Any

__all__ = ["COLUMNS", "sample_customers", "sample_log_path"]

#: Column order of :func:`sample_customers`.
COLUMNS = (
    "customer_id",
    "full_name",
    "email",
    "phone",
    "country",
    "plan",
    "lifetime_value",
    "ip_addr",
    "client_ipv6",
    "mac",
    "idfa",
    "gaid",
    "device_imei",
    "ga_cookie",
    "user_agent",
    "notes",
)

_FIRST = (
    "Jane", "John", "Maria", "Ahmed", "Wei", "Olga", "Carlos", "Aisha", "Liam", "Sofia",
    "Kenji", "Fatima", "Lucas", "Emma", "Noah", "Priya", "Mateo", "Chloe", "Omar", "Hannah",
)  # fmt: skip
_LAST = (
    "Smith", "Garcia", "Chen", "Novak", "Okafor", "Muller", "Rossi", "Tanaka", "Kowalski",
    "Johnson", "Dubois", "Silva", "Andersen", "Khan", "Murphy", "Lopez", "Nguyen", "Brown",
)  # fmt: skip
_DOMAINS = ("example.com", "example.org", "example.net", "mail.example.com")
# Ranges reserved for fiction or documentation (NANP 555-01xx, Ofcom drama numbers).
_PHONES = ("+1 202-555-01{:02d}", "+1 415-555-01{:02d}", "+44 20 7946 0{:03d}")
_COUNTRIES = ("US", "GB", "DE", "FR", "ES", "JP", "BR", "IN")
_PLANS = ("free", "basic", "pro", "enterprise")
_TACS = ("35332509", "49015420", "35391805", "86723703", "35290611")
_UAS = (
    (
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/124.0.0.0 Safari/537.36"
    ),
    (
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 "
        "(KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"
    ),
    (
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/124.0.0.0 Mobile Safari/537.36"
    ),
    (
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) "
        "Version/17.4 Safari/605.1.15"
    ),
)
_NOTES = (
    "Customer {name} called about a refund; call back on {phone}.",
    "Asked to update the billing e-mail to {email} before the next invoice.",
    "Login issues from {ip}, reset the password and confirmed with {name}.",
    "Prefers contact by phone ({phone}), not by e-mail.",
    "Upgraded to the {plan} plan after the trial ended.",
    "No action needed.",
    "{name} reported the app crashing on start-up; device reinstalled.",
)


def _luhn_complete(digits: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0  # noqa: PLR2004 - Luhn digit folding
        total += d
    return digits + str((10 - total % 10) % 10)


def _public_ipv4(rng: random.Random) -> str:
    while True:
        first = rng.randint(11, 223)
        if first not in {100, 127, 169, 172, 192, 198, 203}:  # avoid private/reserved blocks
            return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _ipv6(rng: random.Random) -> str:
    groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(5)]
    return f"2a02:{groups[0]}:{groups[1]}::{groups[2]}:{groups[3]}:{groups[4]}"


def _mac(rng: random.Random) -> str:
    octets = [rng.randint(0, 255) for _ in range(6)]
    octets[0] &= 0xFC  # a globally unique unicast address
    octets[0] |= 0x04
    return ":".join(f"{o:02x}" for o in octets)


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def sample_customers(rows: int = 200, *, seed: int = 7) -> list[dict[str, Any]]:
    """Generate a synthetic customer table as a list of records, deterministically.

    The table mixes contact data (name, e-mail, phone), persistent identifiers (IPv4 and IPv6
    addresses, a MAC address, IDFA or GAID advertising IDs, an IMEI stored as an integer, a
    Google Analytics cookie, a user agent), non-personal columns and a free-text ``notes``
    column that mentions names, phone numbers and addresses. iOS customers have an IDFA and
    no GAID, Android customers the reverse (the other is ``None``).

    Args:
        rows: number of records.
        seed: random seed; the same seed always produces the same records.

    Returns:
        A list of dicts whose keys follow :data:`COLUMNS`.

    Raises:
        ValueError: if ``rows`` is negative.
    """
    if rows < 0:
        raise ValueError("rows must be >= 0")
    rng = random.Random(seed)  # noqa: S311 - synthetic data, not security
    out: list[dict[str, Any]] = []
    for i in range(rows):
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        name = f"{first} {last}"
        email = f"{first.lower()}.{last.lower()}{rng.randint(1, 99)}@{rng.choice(_DOMAINS)}"
        phone = rng.choice(_PHONES).format(rng.randint(0, 99))
        ip = _public_ipv4(rng)
        ios = rng.random() < 0.45  # noqa: PLR2004 - share of iOS devices
        plan = rng.choice(_PLANS)
        note = rng.choice(_NOTES).format(name=name, phone=phone, email=email, ip=ip, plan=plan)
        out.append(
            {
                "customer_id": 100_000 + i,
                "full_name": name,
                "email": email,
                "phone": phone,
                "country": rng.choice(_COUNTRIES),
                "plan": plan,
                "lifetime_value": round(rng.uniform(0, 5_000), 2),
                "ip_addr": ip,
                "client_ipv6": _ipv6(rng),
                "mac": _mac(rng),
                "idfa": _uuid(rng).upper() if ios else None,
                "gaid": None if ios else _uuid(rng),
                "device_imei": int(
                    _luhn_complete(rng.choice(_TACS) + f"{rng.randint(0, 999_999):06d}")
                ),
                "ga_cookie": (
                    f"GA1.2.{rng.randint(10**8, 10**10 - 1)}."
                    f"{rng.randint(1_600_000_000, 1_760_000_000)}"
                ),
                "user_agent": _UAS[1] if ios else rng.choice((_UAS[0], _UAS[2], _UAS[3])),
                "notes": note,
            }
        )
    return out


def sample_log_path() -> str:
    """Return the file system path of the bundled sample log (synthetic lines)."""
    return str(resources.files("privkit.data").joinpath("sample.log"))

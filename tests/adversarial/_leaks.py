"""Shared pieces of the adversarial suite: planted values, a policy, and the leak oracle.

Every test here plants personal values somewhere (a value, a mapping key, a column name, an
index label, a log field) and asserts that each call ends in one of two outcomes only: the
value is protected (no planted text anywhere in what comes back, in the audit log or in the
metadata), or the call is refused with a :class:`privkit.PrivkitError` whose message does not
show the value either.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from privkit.detect import PATTERN_ENTITIES, Scanner
from privkit.errors import DataError, PrivkitError, TransformError, UnhandledPIIError
from privkit.keys import KeyRing
from privkit.policy import Policy, Protector

if TYPE_CHECKING:
    from pathlib import Path

#: Values the pattern detectors find reliably on their own (no field name needed).
EMAIL = "jane.roe@example.com"
IMEI = 490154203237518
IP = "203.0.113.77"
CARD = "4539148803436467"
IBAN = "DE89370400440532013000"
PHONE = "+1 415 555 0100"
IDFA = "6D92078A-8246-4BA4-AE5B-76104861E7DC"
PLANTS = (EMAIL, str(IMEI), IP, CARD, IBAN)
#: The text forms a planted value can take in a repr, a log line or a JSON file.
SURFACES = {
    EMAIL: (EMAIL, EMAIL.upper()),
    str(IMEI): (str(IMEI), f"{IMEI:,}", f"{float(IMEI)!r}"),
    IP: (IP,),
    CARD: (CARD, "4539 1488 0343 6467"),
    IBAN: (IBAN, "DE89 3704 0044 0532 0130 00"),
    PHONE: ("555 0100", "5550100"),
    IDFA: (IDFA, IDFA.lower()),
}

SCANNER = Scanner(entities=PATTERN_ENTITIES)

POLICY = {
    "version": 1,
    "purposes": ["analytics", "support"],
    "rules": [
        {
            "categories": ["user.contact.email"],
            "purposes": ["support"],
            "transform": {"action": "mask", "mode": "email"},
        },
        {
            "categories": ["user.contact", "user.device", "user.unique_id"],
            "purposes": ["analytics"],
            "transform": {"action": "tokenize", "key": "tokens"},
        },
    ],
    "default": {"action": "redact"},
}


def policy() -> Policy:
    return Policy.from_dict(POLICY)


def protector(audit: Path | None = None) -> Protector:
    keys = KeyRing.generate("tokens", "audit")
    return Protector(policy(), keys=keys, scanner=SCANNER, audit=audit)


def surfaces(plant: str) -> tuple[str, ...]:
    """The text forms of a planted value (as written, upper/lower case, numeric forms)."""
    if plant in SURFACES:
        return SURFACES[plant]
    forms = {plant, plant.upper(), plant.lower()}
    if plant.isdigit():
        forms |= {f"{int(plant):,}", repr(float(plant))}
    return tuple(forms)


def leaks(text: str, plants: Iterable[str] = tuple(SURFACES)) -> list[str]:
    """The planted values whose text appears in ``text``."""
    return [p for p in plants if any(s in text for s in surfaces(p))]


def materialize(obj: Any, depth: int = 0) -> Any:  # noqa: PLR0911 - one return per kind
    """``obj`` with every lazy or opaque container read out (iterators are consumed).

    A memoryview, an iterator or a NumPy array in the output still holds its data even
    though its repr does not show it; this reads it, as a caller of the output would.
    """
    if depth > 200:
        return "<deep>"
    if isinstance(obj, str | bytes):
        return obj
    if isinstance(obj, bytearray | memoryview):
        return bytes(obj)
    if isinstance(obj, dict):
        return {materialize(k, depth + 1): materialize(v, depth + 1) for k, v in obj.items()}
    tolist = getattr(obj, "tolist", None)
    if callable(tolist) and type(obj).__module__.startswith("numpy"):
        return materialize(tolist(), depth + 1)
    if isinstance(obj, Iterator | Iterable) and not isinstance(obj, Mapping):
        return [materialize(v, depth + 1) for v in obj]
    return obj


def dump(obj: Any) -> str:
    """Everything a caller could read back from ``obj``: its contents, repr and text."""
    seen = [repr(obj)]
    with contextlib.suppress(Exception):  # a broken __str__: the repr is the evidence then
        seen.append(str(obj))
        seen.append(repr(materialize(obj)))
    return "\n".join(seen)


def assert_no_leak(where: str, text: str, plants: Iterable[str] = tuple(SURFACES)) -> None:
    found = leaks(text, plants)
    assert not found, f"{where} shows planted value(s) {found}"


#: The refusals a value may meet (a ConfigError would be a broken test set-up, not a refusal).
REFUSALS: tuple[type[PrivkitError], ...] = (TransformError, DataError, UnhandledPIIError)


def assert_protected_or_refused(
    call: Any,
    *,
    audit: Path | None = None,
    plants: Iterable[str] = tuple(SURFACES),
    refusals: tuple[type[PrivkitError], ...] = REFUSALS,
) -> Any:
    """Run ``call``: it must return data without planted values or raise a PrivkitError.

    Any other exception type is the "third outcome" this suite forbids.
    """
    try:
        out = call()
        if hasattr(out, "__next__"):  # a lazy stream: protection happens while reading
            out = list(out)
    except refusals as exc:
        assert_no_leak("error message", f"{exc!s} {exc!r} {exc.args!r}", plants)
        out = exc
    if audit is not None and audit.exists():
        assert_no_leak("audit log", audit.read_text(encoding="utf-8"), plants)
    if not isinstance(out, PrivkitError):
        assert_no_leak("output", dump(out), plants)
    return out


def audit_events(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]

"""Fail closed on records: what a detector finds in a value read alone never comes out in clear.

Whatever the value's field is called (another category's name, a name holding a value, a
placeholder, non-ASCII, empty, huge), however it is nested (lists, dicts, tuples, sets), as
whatever type (bytes, integers, ``Decimal``) and beside whatever neighbours, ``protect``
returns it without the spans the detectors find in it alone, or refuses with a
:class:`privkit.PrivkitError` that does not show it; the audit log never shows it.

The values are the detector vectors' positives (values and the texts around them). The
explicit examples are the cases a fuzz run found in clear before the fix, one per class: a
name glued in front of its value was read like any text's words, and refused what the value
alone shows (the phone detector's "not a phone" labels, a card name before an IMEI, a
``Name: link`` line read as a header's); and an IBAN hidden by a match that ran over it.
"""

from __future__ import annotations

import decimal
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.adversarial._leaks import SCANNER

from privkit._fieldnames import _RULES, read_as_field
from privkit.errors import PrivkitError
from privkit.integrations.logging import StructlogRedactor
from privkit.keys import KeyRing
from privkit.policy import Policy, Protector

_VECTORS = Path(__file__).parents[1] / "vectors" / "detect"


def _vector_values() -> list[str]:
    out: dict[str, None] = {}
    for name in ("contact_financial", "mobile", "network", "web"):
        data = json.loads((_VECTORS / f"{name}.json").read_text(encoding="utf-8"))
        for p in data["positives"]:
            out.setdefault(p["value"])
            out.setdefault(p["text"])
    return list(out)


def alone(text: str) -> list[str]:
    """The spans the detectors find in ``text`` read alone (as a field's value)."""
    return [text[f.start : f.end] for f in read_as_field(SCANNER.scan(text))]


VALUES = [v for v in _vector_values() if alone(v)]
#: Every name of the field-name vocabulary (each signals a category) and hostile names.
NAMES = [
    *sorted({phrase.replace(" ", "_") for phrase, _, _ in _RULES}),
    "",
    "x",
    "<EMAIL_ADDRESS>",
    "held <URL>",
    "jane@example.com",
    "203.0.113.7",
    "телефон",
    "电话",
    "ip: x",
    "a\nb",
    "ssn\nphone",
    "Host",
    "http",
    "GET /",
    "X-Forwarded-For",
    "x" * 5000,
]
REDACT_ALL = Policy.redact_all("a")
#: The policy of the adversarial suite: masks, tokens, and the default (redact).
MIXED = {
    "version": 1,
    "purposes": ["a"],
    "rules": [
        {
            "categories": ["user.contact.email"],
            "purposes": ["a"],
            "transform": {"action": "mask", "mode": "email"},
        },
        {
            "categories": ["user.device", "user.unique_id"],
            "purposes": ["a"],
            "transform": {"action": "tokenize", "key": "tokens"},
        },
    ],
}


def _protector(policy: Any = REDACT_ALL, audit: Any = None, keys: Any = None) -> Protector:
    keys = keys or KeyRing.generate("tokens", "audit")
    return Protector(policy, scanner=SCANNER, keys=keys, audit=audit)


def _left(out: str, planted: list[str]) -> list[str]:
    """Spans found in a planted value alone that show in ``out``.

    A span is not counted when another planted value holds the same text without a finding
    there (that copy is that value's, read as it reads).
    """
    found = {v: alone(v) for v in planted}
    return [
        s
        for v in planted
        for s in found[v]
        if s in out and not any(s in w and s not in found[w] for w in planted if w != v)
    ]


# --------------------------------------------------------------------------------------------
# The cases found in clear before the fix, one per class


EXAMPLES = [
    # the phone detector's labels of numbers that are no phone numbers
    ("ssn", "(415) 555-0132"),
    ("social_security_number", "+1 (415) 555-2671"),
    ("account_no", "06-82237745"),
    ("bank_account", "020 7946 0958"),
    ("imsi", "(212) 555-1234"),
    ("iccid", "+1 (415) 555-2671"),
    ("imei", "020 7946 0958"),
    ("advertising_id", "(212) 555-1234"),
    ("session_id", "+44 20 7946 0958"),
    ("device_id", "+44 20 7946 0958"),
    ("serial_number", "(212) 555-1234"),
    # a card's name before an IMEI, a place's before an SSN, a phone's before an SSN's label
    ("card_number", "490154203237518"),
    ("credit_card", "imeisv=3569380356438091 ok"),
    ("zip", "536-90-1234"),
    ("phone", "social security number 536901234"),
    # "Name: link" read as a header line, where a link alone is no personal data
    ("referer", "https://shop.example.com/cart?id=5"),
    ("url", "https://en.wikipedia.org/wiki/Foo_(bar)"),
    ("cookie", "referrer https://shop.example.com/cart?id=5 done"),
    ("ipv4", "see (https://en.wikipedia.org/wiki/Foo_(bar))."),
    ("ga_cookie", "Set-Cookie: uid=e2a2741926f2b810cf87; Path=/; Max-Age=31536000; HttpOnly"),
    # the name glued to a value's first line only: the lines were read two ways
    ("ip", "http://1\u0416.2.3.4/\nhttp://1\u0416.2.3.4/"),
    # an IBAN hidden by the match of a code-like word or of another IBAN before it
    ("x", "ID 12 DE89370400440532013000"),
    ("note", "from DE89370400440532013000 to GB82WEST12345698765432"),
]


def _placed(name: str, value: str) -> list[Any]:
    """``value`` under ``name`` in every shape a record may hold it."""
    return [
        {name: value},
        {"a": {"b": [{name: value}]}},
        {name: [value, None]},
        {name: (value, 1.5)},
        {name: value.encode()},
        {name: {value}},
        {"n": decimal.Decimal("2.5"), name: value, "m": float("nan")},
    ]


@pytest.mark.parametrize(("name", "value"), EXAMPLES)
def test_found_alone_is_never_in_clear(name, value, tmp_path):
    spans = alone(value)
    assert spans, "the example's value alone holds personal data"
    audit, keys = tmp_path / "audit.jsonl", KeyRing.generate("tokens", "audit")
    for policy in (REDACT_ALL, MIXED):
        p = _protector(policy, audit, keys)
        for record in _placed(name, value):
            out = repr(p.protect(record, purpose="a"))
            assert not [s for s in spans if s in out], (record, out)
        column = p.protect_column(name, [value], purpose="a")
        assert not [s for s in spans if s in repr(column)]
        assert p.explain({name: value}, purpose="a")[name].spans
    assert not [s for s in spans if s in audit.read_text(encoding="utf-8")]
    logged = StructlogRedactor()(None, "info", {"event": "e", name: value})
    assert not [s for s in spans if s in repr(logged)]


def test_lines_of_one_value_are_read_alike():
    out = _protector().protect({"ip": "http://1\u0416.2.3.4/\nhttp://1\u0416.2.3.4/"}, purpose="a")
    assert out == {"ip": "<URL>\n<URL>"}


# --------------------------------------------------------------------------------------------
# Fuzz


FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

values = st.sampled_from(VALUES)
names = st.sampled_from(NAMES)


@st.composite
def shapes(draw: Any, value: str) -> Any:
    """``value`` as a type a record may carry (its text is what is scanned)."""
    forms: list[Any] = [value, value.encode(), [value], (value, None), {value}]
    if value.isdigit():
        forms += [int(value), decimal.Decimal(value)]
    return draw(st.sampled_from(forms))


@st.composite
def planted_records(draw: Any) -> tuple[dict[Any, Any], list[str]]:
    planted: list[str] = []
    record: dict[Any, Any] = {}
    for _ in range(draw(st.integers(1, 3))):
        value = draw(values)
        planted.append(value)
        node = draw(shapes(value))
        for _ in range(draw(st.integers(0, 2))):  # nesting under more hostile names
            node = draw(st.sampled_from([{draw(names): node}, [None, node]]))
        if draw(st.integers(0, 9)) == 0:
            record[value] = 1  # a value used as a mapping key
        else:
            record[draw(names) + str(len(record))] = node
    neighbours = st.sampled_from([None, float("nan"), 1.5, decimal.Decimal("2.5"), True, "", b""])
    for i in range(draw(st.integers(0, 2))):
        record[f"{draw(names)}-n{i}"] = draw(neighbours)
    return record, planted


@FUZZ
@given(planted=planted_records(), mixed=st.booleans())
def test_fuzz_found_alone_is_never_in_clear(planted, mixed):
    record, values_ = planted
    p = _protector(MIXED if mixed else REDACT_ALL)
    try:
        shown = repr(p.protect(record, purpose="a"))
    except PrivkitError as exc:  # a refusal (colliding keys) may not show the value either
        shown = f"{exc!s} {exc!r}"
    assert not _left(shown, values_), (record, shown)


@FUZZ
@given(value=values, name=names)
def test_fuzz_columns_and_log_fields(value, name):
    p = _protector()
    assert not _left(repr(p.protect_column(name, [value], purpose="a")), [value])
    if name:
        logged = StructlogRedactor()(None, "info", {"event": "e", name: value})
        assert not _left(repr(logged), [value])

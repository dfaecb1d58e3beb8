"""Hostile inputs for the area-id and wildcard-mask rules (``IpAddressDetector._names_no_host``).

The promise: an address is never hidden by writing it after ``area`` inside a longer word or
with words between, nor by writing an address in 0.0.0.0/8's shape after another with
separators the rule does not read; and the checks stay linear on lines dense with quads and
keywords.
"""

from __future__ import annotations

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner

_PATTERNS = Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)


def _ips(text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in _PATTERNS.scan(text) if f.entity_type.value == "IP_ADDRESS"
    ]


@pytest.mark.parametrize(
    ("text", "ip"),
    [
        ("xarea 203.0.113.9", "203.0.113.9"),  # the keyword inside a word
        ("area-51 203.0.113.9", "203.0.113.9"),  # a word after the keyword
        ("area\n203.0.113.9", "203.0.113.9"),  # a line break between
        ("area" + " " * 20 + "203.0.113.9", "203.0.113.9"),  # blanks past the window
        ("area: x 203.0.113.9", "203.0.113.9"),
        ("10.0.0.1\t\t0.1.2.3", "0.1.2.3"),  # two blanks
        ("10.0.0.1.0.1.2.3", None),  # one dotted run: no quad at all
        ("v10.0.0.1 0.1.2.3", "0.1.2.3"),  # the quad before is glued to a word: no address
    ],
)
def test_address_not_hidden(text: str, ip: str | None) -> None:
    if ip is None:
        assert _ips(text) == []
    else:
        assert ip in _ips(text)


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "area " * (40 * n) + "10.0.0.1",
        lambda n: "area 0.0.0.1 " * (20 * n),
        lambda n: "10.0.0.1 0.0.0.255 " * (20 * n),
        lambda n: "1.2.3.4 " * (25 * n),
        lambda n: ("area " + "0." * 3 + "1 ") * (20 * n),
    ],
    ids=["keywords", "area-ids", "masks", "quads", "mixed"],
)
def test_rules_stay_linear(make) -> None:
    grows_linearly(make, _PATTERNS.scan)

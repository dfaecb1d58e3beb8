"""A value followed by a colon and a space: a key of a map, or a sentence's colon.

The phone expressions refused any number followed by ":" and the dashed, dotted and grouped
MAC expressions any address followed by one, so a YAML map keyed by MAC address or phone
number (``00-1A-2B-3C-4D-5E: host1``) and a sentence such as ``call (212) 555-1234: ...``
gave no finding, nor did an EUI-64 of eight colon-joined octets (``00:1a:...:5e: up``).
A colon glued to more (``555-1234:30``, ``00-1A-2B-3C-4D-5E:80``) still
refuses: there the digits may go on as a time or a port.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.unit.detect._patterns import vector_values

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner

PATTERNS = Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)
VALUES = vector_values()
FORMS = ["{v}: x", "{v}:", "see {v}: done", "hosts:\n  {v}: host1\n  other: host2"]


def _found(text: str, value: str) -> bool:
    start = text.index(value)
    end = start + len(value)
    return any(f.start < end and f.end > start for f in PATTERNS.scan(text))


@given(st.sampled_from(VALUES), st.sampled_from(FORMS))
def test_a_value_the_detectors_find_alone_is_found_before_a_colon(value, form):
    assert _found(form.format(v=value), value)


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("00-1A-2B-3C-4D-5E: host1", "00-1A-2B-3C-4D-5E", "MAC_ADDRESS"),
        ("001a.2b3c.4d5e: up", "001a.2b3c.4d5e", "MAC_ADDRESS"),
        ("0015b2-a45078: gi0/1", "0015b2-a45078", "MAC_ADDRESS"),
        ("00:1a:2b:ff:fe:3c:4d:5e: link up", "00:1a:2b:ff:fe:3c:4d:5e", "MAC_ADDRESS"),  # EUI-64
        ("Port 02:1a:2b:ff:fe:3c:4d:5e:", "02:1a:2b:ff:fe:3c:4d:5e", "MAC_ADDRESS"),
        ("call (212) 555-1234: ask for Jane", "(212) 555-1234", "PHONE_NUMBER"),
        ("+1 415 555 2671: Jane Doe", "+1 415 555 2671", "PHONE_NUMBER"),
        ("06-82237745: x", "06-82237745", "PHONE_NUMBER"),
    ],
)
def test_map_keys_and_sentence_colons(text, value, kind):
    start = text.index(value)
    found = [(f.entity_type.value, f.start, f.end) for f in PATTERNS.scan(text)]
    assert (kind, start, start + len(value)) in found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("call 415-555-2671:30", "PHONE_NUMBER"),  # a colon glued to digits
        ("00-1A-2B-3C-4D-5E:80", "MAC_ADDRESS"),
        ("001a.2b3c.4d5e:x", "MAC_ADDRESS"),
        ("00:1a:2b:ff:fe:3c:4d:5e:9 y", "MAC_ADDRESS"),  # nine groups: no address
        ("00:1a:2b:ff:fe:3c:4d:5e:ab: z", "MAC_ADDRESS"),
    ],
)
def test_a_colon_glued_to_more_still_refuses(text, kind):
    assert not [f for f in PATTERNS.scan(text) if f.entity_type.value == kind]

"""Invariants of the detection layer, checked on generated text."""

import itertools
import string

from hypothesis import given
from hypothesis import strategies as st

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner
from privkit.types import EntityType

SCANNER = Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)
PERSISTENT = {
    EntityType.IP_ADDRESS, EntityType.MAC_ADDRESS, EntityType.IMEI, EntityType.MEID,
    EntityType.ICCID, EntityType.IMSI, EntityType.ADVERTISING_ID, EntityType.ANDROID_ID,
    EntityType.DEVICE_ID, EntityType.COOKIE_ID, EntityType.USER_AGENT, EntityType.AUTH_TOKEN,
}  # fmt: skip
# Text made of the characters identifiers are built from, so that candidates do occur.
NOISY = st.text(alphabet=string.ascii_letters + string.digits + " .:-@/=;_()[]%\n", max_size=300)
WORDS = st.lists(st.text(alphabet=string.ascii_letters, min_size=1, max_size=12), max_size=40)


@given(NOISY | st.text(max_size=200))
def test_spans_lie_inside_the_text_sorted_and_disjoint(text):
    found = SCANNER.scan(text)
    assert all(0 <= f.start < f.end <= len(text) for f in found)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))
    assert all(0.5 <= f.score <= 1.0 for f in found)


@given(NOISY)
def test_scan_is_deterministic(text):
    assert SCANNER.scan(text) == SCANNER.scan(text) == next(SCANNER.scan_many([text]))


@given(WORDS)
def test_letters_and_spaces_hold_no_persistent_identifiers(words):
    text = " ".join(words)
    assert not [f for f in SCANNER.scan(text) if f.entity_type in PERSISTENT]


VALUES = st.sampled_from(
    [
        (EntityType.IMEI, "imei 490154203237518"),
        (EntityType.IP_ADDRESS, "ip 203.0.113.7"),
        (EntityType.IP_ADDRESS, "ip 2001:db8::8a2e:370:7334"),
        (EntityType.MAC_ADDRESS, "mac 00:1a:2b:3c:4d:5e"),
        (EntityType.MAC_ADDRESS, "mac 00-1A-2B-3C-4D-5E"),
    ]
)


@given(WORDS, WORDS, VALUES)
def test_inserted_identifier_is_found_at_its_offsets(before, after, item):
    entity, phrase = item
    value = phrase.split(" ", 1)[1]
    head = " ".join(before) + " " + phrase.split(" ", 1)[0] + " "
    text = head + value + " " + " ".join(after)
    spans = {(f.entity_type, f.start, f.end) for f in SCANNER.scan(text)}
    assert (entity, len(head), len(head) + len(value)) in spans


@given(st.lists(NOISY, max_size=8), st.integers(min_value=1, max_value=5))
def test_batched_scan_many_equals_scanning_each_text(texts, batch_size):
    expected = [SCANNER.scan(t) for t in texts]
    assert list(SCANNER.scan_many(texts, batch_size=batch_size)) == expected

"""Device ids glued to their label by a colon ("MAC:00:1a:2b:3c:4d:5e", "android_id:...").

The colon MAC pass starts at the first colon of a run and takes up to four hex digits
before it as the first group. After a glued label that colon is the label's, and the
label's last hex letters ("AC" of "MAC") made a seventh group: no address. A word holding
a letter that is no hex digit is a label, and the address starts after its colon. A first
group of hex digits alone ("dead:", "AC:") is still a group of the run, and a label after
another colon ("x:y:") is part of the run too. A MAC written with hyphens or Cisco's dots
stands after a colon only when a label holds it ("mac:00-1a-...", not "12:00-1a-..."). So do
the hex runs read with a context word: a bare MAC ("mac:001a2b3c4d5e"), an Android ID
("android_id:3f2a9c41b7d8e605") and an MEID ("MEID:A10000009296F2"); the shared run refused
any colon before it, as a colon run's last group.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.adversarial._linear import grows_linearly
from tests.unit.detect._patterns import SCANNER

MAC = "00:1a:2b:3c:4d:5e"


def ids(text: str, kind: str) -> list[str]:
    return [text[f.start : f.end] for f in SCANNER.scan(text) if f.entity_type.value == kind]


def macs(text: str) -> list[str]:
    return ids(text, "MAC_ADDRESS")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (f"MAC:{MAC}", MAC),
        (f"mac:{MAC}", MAC),
        (f"hwaddr:{MAC}", MAC),
        (f"eth0:{MAC}", MAC),  # an interface's name, its last character a hex digit
        (f"Client MAC:{MAC.upper()}, IP:10.1.2.3", MAC.upper()),
        (f"sta:{MAC} associated", MAC),
        (f"[BSSID:{MAC}]", MAC),
        (f"hwaddr:{MAC}:11:22", f"{MAC}:11:22"),  # EUI-64
        ("MAC:0:1a:2b:3c:4d:5e", "0:1a:2b:3c:4d:5e"),  # leading zeros left out, after "MAC"
        (f"MAC:{MAC}: up", MAC),  # a label's colon after it too
        ("mac:00-1A-2B-3C-4D-5E", "00-1A-2B-3C-4D-5E"),  # hyphens
        ("Physical Address:00-1A-2B-3C-4D-5E", "00-1A-2B-3C-4D-5E"),
        ("MAC:001a.2b3c.4d5e", "001a.2b3c.4d5e"),  # Cisco's dots
        ("uid 01:00:50:56:13:60:57", "00:50:56:13:60:57"),  # a DHCP client id's hardware type
    ],
)
def test_a_mac_after_a_glued_label_is_found_without_it(text, found):
    assert macs(text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        f"AC:{MAC}",  # seven hex groups
        f"dead:{MAC}",
        f"x:y:{MAC}",  # the word after a colon is one more field of the run
        f" :{MAC}",
        "ts:00:00:00:00:00:00",  # all zero: no device
        "ts:ff:ff:ff:ff:ff:ff",
        f"\u00e9:{MAC}",
        "12:00-1A-2B-3C-4D-5E",  # a hyphen or dot MAC after a colon: only after a label
        "ab:00-1A-2B-3C-4D-5E",
        "a:b:001a.2b3c.4d5e",
    ],
)
def test_a_group_of_the_run_is_no_label(text):
    assert macs(text) == []


@given(
    st.text("ghijklmnopqrstuvwxyzGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=3),
    st.text("0123456789abcdefABCDEF", max_size=4),
    st.sampled_from(["", " ", "\n", "[", "(", "x="]),
)
def test_any_label_word_is_taken_off_whole(word, hex_tail, before):
    label = word + hex_tail  # a letter no hex digit is, then perhaps hex digits
    text = f"{before}{label}:{MAC} up"
    start = text.index(f":{MAC}") + 1
    found = [(f.start, f.end) for f in SCANNER.scan(text) if f.entity_type.value == "MAC_ADDRESS"]
    assert found == [(start, start + len(MAC))]


@given(st.text("0123456789abcdefABCDEF", min_size=1, max_size=4))
def test_a_hex_group_before_is_never_taken_off(group):
    assert macs(f"{group}:{MAC}") == []


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("mac:001a2b3c4d5e", "MAC_ADDRESS", "001a2b3c4d5e"),
        ("MAC:001A2B3C4D5E up", "MAC_ADDRESS", "001A2B3C4D5E"),
        ("android_id:3f2a9c41b7d8e605", "ANDROID_ID", "3f2a9c41b7d8e605"),
        ("Android ID:3f2a9c41b7d8e605", "ANDROID_ID", "3f2a9c41b7d8e605"),
        ("ssaid:3f2a9c41b7d8e605,", "ANDROID_ID", "3f2a9c41b7d8e605"),
        ("MEID:A10000009296F2", "MEID", "A10000009296F2"),
    ],
)
def test_a_hex_run_after_a_glued_label_is_found(text, kind, value):
    assert ids(text, kind) == [value]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("12:001a2b3c4d5e mac", "MAC_ADDRESS"),  # a colon run's last group
        ("aa:bb:3f2a9c41b7d8e605 android", "ANDROID_ID"),
        ("aa:A10000009296F2 meid", "MEID"),
        ("job:3f2a9c41b7d8e605", "ANDROID_ID"),  # no context word
        ("MEID:A10000009296F2F", "MEID"),  # fifteen digits
        ("android_id:3f2a9c41b7d8e605:1", "ANDROID_ID"),  # a colon run goes on
    ],
)
def test_a_hex_run_after_no_label_or_word_stays_out(text, kind):
    assert ids(text, kind) == []


@pytest.mark.parametrize(
    "build",
    [
        lambda n: f"MAC:{MAC} " * n,
        lambda n: "MAC:" * n + MAC,
        lambda n: "x" * n + f":{MAC}",
        lambda n: "a:" * n + f"MAC:{MAC}",
        lambda n: "android_id:3f2a9c41b7d8e605 " * n,
        lambda n: "android " + "x:" * n + "3f2a9c41b7d8e605",
        lambda n: "meid " + ":A10000009296F2" * n,
    ],
)
def test_glued_labels_stay_linear(build):
    grows_linearly(lambda n: build(n // 4 + 1), SCANNER.scan)

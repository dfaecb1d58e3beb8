"""A MAC address glued to its label by a colon ("MAC:00:1a:2b:3c:4d:5e", "eth0:...").

The colon MAC pass starts at the first colon of a run and takes up to four hex digits
before it as the first group. After a glued label that colon is the label's, and the
label's last hex letters ("AC" of "MAC") made a seventh group: no address. A word holding
a letter that is no hex digit is a label, and the address starts after its colon. A first
group of hex digits alone ("dead:", "AC:") is still a group of the run, and a label after
another colon ("x:y:") is part of the run too. A MAC written with hyphens or Cisco's dots
stands after a colon only when a label holds it ("mac:00-1a-...", not "12:00-1a-...").
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.adversarial._linear import grows_linearly
from tests.unit.detect._patterns import SCANNER

MAC = "00:1a:2b:3c:4d:5e"


def macs(text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in SCANNER.scan(text) if f.entity_type.value == "MAC_ADDRESS"
    ]


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
    "build",
    [
        lambda n: f"MAC:{MAC} " * n,
        lambda n: "MAC:" * n + MAC,
        lambda n: "x" * n + f":{MAC}",
        lambda n: "a:" * n + f"MAC:{MAC}",
    ],
)
def test_glued_labels_stay_linear(build):
    grows_linearly(lambda n: build(n // 4 + 1), SCANNER.scan)

"""Planted values as a reader sees them but the detectors' boundaries did not.

A zero-width space, a soft hyphen or a direction mark inside a card number, an address or an
IBAN shows nothing, so a reader (or a search after a copy and paste) sees the value whole; a
value run into the next cell's label ("...1111Fax: ") reads as a value and a label. Neither
may pass protection because a boundary test stopped at the mark or the letter; and many of
them must not make a scan slower than linear.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.adversarial._leaks import CARD, EMAIL, IBAN, IP, SCANNER, assert_no_leak, protector
from tests.adversarial._linear import grows_linearly

MARKS = "\u00ad\u200b\u200c\u200d\u200e\u2060\u2066\u2069\ufeff"
PLANTS = (EMAIL, IP, CARD, IBAN)


def visible(text: str) -> str:
    return "".join(c for c in text if c not in MARKS)


@given(
    plant=st.sampled_from(PLANTS),
    marks=st.lists(st.tuples(st.integers(1, 30), st.sampled_from(MARKS)), min_size=1, max_size=4),
)
def test_a_planted_value_with_marks_inside_is_protected(plant, marks):
    value = plant
    for at, mark in sorted(marks, reverse=True):
        cut = min(at, len(value) - 1)  # inside the value: never before its first character
        value = value[:cut] + mark + value[cut:]
    record = {"note": f"customer wrote {value} in the chat", "ref": value}
    out = protector().protect(record, purpose="analytics")
    for field, text in out.items():
        assert_no_leak(f"field {field} (as it shows)", visible(str(text)), [plant])


@pytest.mark.parametrize(
    "build",
    [
        lambda n: "\u200b" * n,  # nothing but marks
        lambda n: "1\u200b" * n,  # a mark after every digit: one long number as it shows
        lambda n: "10.0\u200b.0.1 " * n,
        lambda n: "a\xad" * n + "@example.com",
        lambda n: "\u2066\u202ax\u202c\u2069 " * n,
    ],
)
def test_marks_stay_linear(build):
    grows_linearly(lambda n: build(n // 2 + 1), SCANNER.scan)


def test_every_marked_value_in_a_long_text_is_found():
    text = " ".join(f"10.0.{i // 250}\u200b.{i % 250 + 1}" for i in range(2000))
    found = [f for f in SCANNER.scan(text) if f.entity_type.value == "IP_ADDRESS"]
    assert len(found) == 2000
    assert all("\u200b" in text[f.start : f.end] for f in found)


@given(
    plant=st.sampled_from((IP, CARD, IBAN)),
    label=st.sampled_from(["Fax", "Email", "Customer", "IBAN", "IP", "NOTE"]),
)
def test_a_planted_value_glued_to_a_label_is_protected(plant, label):
    record = {"page": f"Row 7: {plant}{label}: see below", "cell": f"{plant}{label}:"}
    out = protector().protect(record, purpose="analytics")
    for field, text in out.items():
        assert_no_leak(f"field {field}", str(text), [plant])


@given(
    plant=st.sampled_from(("jane.roe@example.org", "www.roe-family.org", "00:1a:2b:3c:4d:5e")),
    label=st.sampled_from(["Fax", "Email", "Customer", "Phone", "Next"]),
)
def test_a_planted_value_ending_in_letters_glued_to_a_label_is_protected(plant, label):
    record = {"page": f"Row 7: {plant}{label}: see below", "cell": f"{plant}{label}:"}
    out = protector().protect(record, purpose="analytics")
    for field, text in out.items():
        assert_no_leak(f"field {field}", str(text), [plant])


def test_glued_labels_stay_linear():
    grows_linearly(lambda n: "4111 1111 1111 1111Fax: " * (n // 24 + 1), SCANNER.scan)
    grows_linearly(lambda n: "9" * n + "Fax: ", SCANNER.scan)
    grows_linearly(lambda n: "www.example.orgFax: " * (n // 20 + 1), SCANNER.scan)
    grows_linearly(lambda n: "a:" * n + "5eFax: ", SCANNER.scan)
    grows_linearly(lambda n: "www." + "a" * n + ".comFax: ", SCANNER.scan)


_NARROW = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


@given(plant=st.sampled_from(PLANTS), wide=st.lists(st.booleans(), min_size=30, max_size=30))
def test_a_planted_value_typed_full_width_is_protected(plant, wide):
    # Some characters typed full-width, some not, as a mixed input method leaves them.
    value = "".join(
        chr(ord(c) + 0xFEE0) if w and "!" <= c <= "~" else c
        for c, w in zip(plant, wide + [False] * len(plant), strict=False)
    )
    out = protector().protect({"note": f"客户 {value} 了"}, purpose="analytics")
    assert_no_leak("field note (read as ASCII)", str(out["note"]).translate(_NARROW), [plant])

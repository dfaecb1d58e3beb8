"""A value run into the next cell's label ("4111 1111 1111 1111Fax: ...", "10.0.0.5Host: x").

Text taken out of a PDF, or a table's cells read without their borders, glues a value to
the label after it. Every detector's boundary test refused a value touching a letter. The
scanner now reads a space between a digit and a glued label (a capitalised word or a word
of capitals, a colon and a space or the end), and reports findings at the text's offsets.
A name with a few digits in it ("@Ashton5SOS: ") gets no space.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.adversarial._linear import grows_linearly
from tests.unit.detect._patterns import SCANNER

from privkit.detect._shown import shown

VALUES = [
    ("4111 1111 1111 1111", "CREDIT_CARD", "Card"),
    ("378282246310005", "CREDIT_CARD", "Card"),
    ("DE89370400440532013000", "IBAN_CODE", "IBAN"),
    ("490154203237518", "IMEI", "IMEI"),
    ("203.0.113.7", "IP_ADDRESS", "IP"),
    ("078-05-1120", "US_SSN", "SSN"),
    ("+44 20 7946 0958", "PHONE_NUMBER", "Phone"),
]
LABELS = ["Fax", "Email", "Address", "Tel", "IBAN", "IP", "Customer"]


def spans(text: str) -> list[tuple[str, int, int]]:
    return [(f.entity_type.value, f.start, f.end) for f in SCANNER.scan(text)]


@given(st.sampled_from(VALUES), st.sampled_from(LABELS), st.sampled_from([" x", "", "\n"]))
def test_a_value_glued_to_a_label_is_found_whole(pair, label, tail):
    value, kind, own = pair
    text = f"{own}: {value}{label}:{tail}"
    start = text.index(value)
    assert (kind, start, start + len(value)) in spans(text)


def test_a_row_of_cells_taken_out_of_a_pdf():
    text = "Name: Jane RoeCard: 4111 1111 1111 1111Expires: 12/29IP: 203.0.113.7Phone: +44 20 7946 0958"
    got = {(k, text[s:e]) for k, s, e in spans(text)}
    assert {("CREDIT_CARD", "4111 1111 1111 1111"), ("IP_ADDRESS", "203.0.113.7"),
            ("PHONE_NUMBER", "+44 20 7946 0958")} <= got  # fmt: skip


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("1111Fax: x", "1111 Fax: x"),
        ("1111FAX:", "1111 FAX:"),
        ("@Ashton5SOS: hi", "@Ashton5SOS: hi"),  # a name with a digit in it
        ("HandleMdv2Update: x", "HandleMdv2Update: x"),
        ("WIN-U93G48C7BOP: x", "WIN-U93G48C7BOP: x"),
        ("1111Fax:x", "1111Fax:x"),  # no space after the colon: a key, not a label
        ("1111fax: x", "1111fax: x"),  # a small letter
        ("1111Faxes2: x", "1111Faxes2: x"),
        ("1111ABCDEFG: x", "1111ABCDEFG: x"),  # seven capitals: no label
        ("Room101Fax: x", "Room101Fax: x"),
        ("Room1010Fax: x", "Room1010 Fax: x"),
    ],
)
def test_where_a_space_is_read(text, read):
    assert shown(text)[0] == read


def test_a_label_glued_to_letters_gets_no_space():
    # "jane@example.comFax: " (a value ending in letters) is left as it is
    assert shown("jane@example.comFax: x")[1] is None


def test_glued_labels_stay_linear():
    grows_linearly(lambda n: "1111Fax: " * (n // 9 + 1), SCANNER.scan)
    grows_linearly(lambda n: "1" * n + "Fax: ", SCANNER.scan)
    grows_linearly(lambda n: "a1Fax: " * (n // 7 + 1), shown)

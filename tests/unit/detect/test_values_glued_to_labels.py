"""A value run into the next cell's label ("4111 1111 1111 1111Fax: ...", "10.0.0.5Host: x").

Text taken out of a PDF, or a table's cells read without their borders, glues a value to
the label after it. Every detector's boundary test refused a value touching a letter. The
scanner now reads a space between a digit and a glued label (a capitalised word or a word
of capitals, a colon and a space or the end), and reports findings at the text's offsets.
A name with a few digits in it ("@Ashton5SOS: ") gets no space. A value ending in letters
gets one when it is an address's or a link's top-level domain or a MAC's or IPv6 address's
last group ("www.example.orgFax: "); a camel-case word or a dotted key does not.
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


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a value ending in letters: a link's or an address's top-level domain, a MAC's or
        # an IPv6 address's last group
        ("www.example.orgFax: x", "www.example.org Fax: x"),
        ("jane@example.comPhone: 1", "jane@example.com Phone: 1"),
        ("https://example.co.ukPage: 2", "https://example.co.uk Page: 2"),
        ("00:1a:2b:3c:4d:5eHost: x", "00:1a:2b:3c:4d:5e Host: x"),
        ("00-1A-2B-3C-4D-5EFax: x", "00-1A-2B-3C-4D-5E Fax: x"),
        ("001a.2b3c.4d5eFax: x", "001a.2b3c.4d5e Fax: x"),
        ("2001:db8::147aNext: x", "2001:db8::147a Next: x"),
        ("00:1a:2b:3c:4d:55Fax: x", "00:1a:2b:3c:4d:55 Fax: x"),  # both rules agree: one space
        # words, and dotted keys whose part is a top-level domain: left as they are
        ("firstName: Jane", "firstName: Jane"),
        ("app.userName: x", "app.userName: x"),
        ("cfg.comPort: 3", "cfg.comPort: 3"),
        ("spring.devName: x", "spring.devName: x"),
        ("HTTPServer: x", "HTTPServer: x"),
        ("www.example.orgFAX: x", "www.example.orgFAX: x"),  # capitals after letters: a word
        ("beef:cafe9Name: x", "beef:cafe9Name: x"),  # five characters: no group
        ("x.abcdName: y", "x.abcdName: y"),  # letters only after a dot: no MAC group
    ],
)
def test_where_a_space_is_read_after_letters(text, read):
    assert shown(text)[0] == read


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("www.example.org", "URL"),
        ("jane@example.com", "EMAIL_ADDRESS"),
        ("00:1a:2b:3c:4d:5e", "MAC_ADDRESS"),
        ("001a.2b3c.4d5e", "MAC_ADDRESS"),
        ("2406:da18:6b91:1a61:9190:6c27:7256:147a", "IP_ADDRESS"),
    ],
)
@pytest.mark.parametrize("label", ["Fax", "Email", "Host", "Next"])
def test_a_value_ending_in_letters_glued_to_a_label_is_found_whole(value, kind, label):
    text = f"see {value}{label}: x"
    assert (kind, 4, 4 + len(value)) in spans(text)


@pytest.mark.parametrize("text", ["cfg.comPort: 3", "app.devName: x", "foo.ioPort: 1"])
def test_a_dotted_key_is_not_read_as_a_domain(text):
    assert spans(text) == []


def test_glued_labels_stay_linear():
    grows_linearly(lambda n: "1111Fax: " * (n // 9 + 1), SCANNER.scan)
    grows_linearly(lambda n: "1" * n + "Fax: ", SCANNER.scan)
    grows_linearly(lambda n: "a1Fax: " * (n // 7 + 1), shown)
    grows_linearly(lambda n: "a.comFax: " * (n // 10 + 1), shown)
    grows_linearly(lambda n: "x" * n + ".comFax: ", shown)

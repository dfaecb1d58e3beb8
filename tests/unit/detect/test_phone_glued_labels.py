"""A phone number glued to the label or word after it ("Tel: 020 7946 0958Fax: ...").

Text taken out of a PDF, or a table's cells read without their borders, runs a number into
the next label. The ``phone`` pattern refused a number touching a letter and gave back its
last group: "020 7946" was reported and "0958" left in clear. A capitalised word or a word
of capitals may now touch the number's end; a small letter ("1234thanks"), a word with a
digit or a longer run of capitals (an id's hex) still may not.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.adversarial._linear import grows_linearly
from tests.unit.detect._patterns import SCANNER, found

PHONE = "PHONE_NUMBER"
NUMBERS = ["020 7946 0958", "+44 20 7946 0958", "212-555-1234", "(212) 555-1234", "+1 415 555 0132",
           "0201234567", "+49 30 901820"]  # fmt: skip
LABELS = ["Fax", "Email", "Mobile", "Tel", "Web", "OK", "FAX", "E", "Address"]


@given(st.sampled_from(NUMBERS), st.sampled_from(LABELS), st.sampled_from([": x", " x", "", "."]))
def test_a_number_glued_to_a_label_is_found_whole(number, label, tail):
    if len(label) == 1 and not tail.startswith(":"):
        tail = ":" + tail  # one capital is a label before its colon only ("E: ")
    assert found(f"Tel: {number}{label}{tail}", PHONE) == [(PHONE, number)]


def test_a_business_card_of_glued_one_letter_labels():
    text = "T: 020 7946 0958F: 020 7946 0959E: jane@example.com"
    assert found(text, PHONE) == [(PHONE, "020 7946 0958"), (PHONE, "020 7946 0959")]


def test_a_row_of_glued_cells():
    text = "Tel: 020 7946 0958Fax: 020 7946 0959Email: jane@example.com"
    assert found(text, PHONE) == [(PHONE, "020 7946 0958"), (PHONE, "020 7946 0959")]


@pytest.mark.parametrize("label", ["Fax", "Email", "Tel", "Mobile", "Web", "Address", "Name"])
@pytest.mark.parametrize("glue", [" ", ""])
def test_a_number_opening_a_card_line_before_a_label_is_found(label, glue):
    # digits and spaces opening a line, then a word and a colon, read as a log record's
    # header and its process tag ("1234 5678 sshd: ..."): a contact label is no process tag
    text = f"020 7946 0958{glue}{label}: x\n020 7946 0959 {label.lower()}: y"
    assert found(text, PHONE) == [(PHONE, "020 7946 0958"), (PHONE, "020 7946 0959")]


@pytest.mark.parametrize(
    "text",
    [
        "081109 203615 148 INFO dfs.DataNode: x",  # a log header, a level word
        "1234 5678 sshd: x",  # a log header, a process tag
        "5678 91011 kernel: x",
    ],
)
def test_a_log_header_before_a_process_tag_stays_out(text):
    assert found(text, PHONE) == []


@pytest.mark.parametrize(
    "text",
    [
        "call 206-555-1234thanks",  # a small letter: a number glued to a word stays out
        "id 1234567890ABCDEFG",  # a long run of capitals: an id
        "id 1234567890Ab3",  # a word with a digit
        "order 123456789Total",  # no phone layout
        "v 2.3.4567890Final",
        "build 20231102T101500Z",
    ],
)
def test_other_glued_runs_stay_out(text):
    assert found(text, PHONE) == []


def test_glued_labels_stay_linear():
    grows_linearly(lambda n: "Tel: 020 7946 0958Fax" * (n // 20 + 1), SCANNER.scan)
    grows_linearly(lambda n: "1 " * (n // 2) + "Fax", SCANNER.scan)

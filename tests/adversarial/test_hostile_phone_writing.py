"""Hostile inputs for the ways of writing a phone number read since H45 (2026-12-04).

Separators of other kinds are folded with the digits of other scripts, in one pass; a phone
word right before digits that read as a stamp is looked for over a bounded stretch; a number
glued to words is read with the word around it up to a bounded reach; a "+" set apart is
looked for two characters back; a phone word further back in a number's clause is looked for
over a bounded reach, and numbers listed after a label one after another. Runs of each must
cost time in proportion to their length,
no finding, repr or error shows a value, and a "+" in machine text stays no phone number.
"""

from __future__ import annotations

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "1\u00a0" * (40 * n),  # a no-break space after every digit
        lambda n: "06\u202f12\u202f34\u202f56\u202f78 " * n,  # many typeset numbers
        lambda n: "4\u2013" * (40 * n),  # en dashes between digits
        lambda n: "phone " * (10 * n) + "1111111111",  # a long run of labels, one stamp
        lambda n: "phone 1111111111 " * n,  # many labelled stamps
        lambda n: "Tel. No: " * (5 * n) + "081109 203615",  # labels that never end
    ],
    ids=["nbsp-digits", "typeset", "en-dashes", "label-run", "labelled-stamps", "label-tail"],
)
def test_other_separators_and_labelled_stamps_stay_linear(scanner, make) -> None:
    grows_linearly(make, scanner.scan)


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "abc+14156667777def " * n,  # many glued numbers
        lambda n: "a" * (40 * n) + "+14156667777" + "b" * (40 * n),  # one in a huge word
        lambda n: ("x+1" + "1" * 40) * n,  # digit runs too long after each plus
        lambda n: "Tfno." * (8 * n) + "+34679802102",  # abbreviations glued in a row
        lambda n: "+ " * (20 * n) + "(36) 1 441-4000",  # pluses set apart, many of them
        lambda n: "+ (36) 1 441-4000, " * n,  # many numbers after a plus set apart
        lambda n: "+00" * (10 * n) + "34948255400",  # a prefix written again and again
    ],
    ids=["glued", "huge-word", "long-runs", "abbreviations", "plus-run", "plus-apart", "plus-00"],
)
def test_glued_and_set_apart_numbers_stay_linear(scanner, make) -> None:
    grows_linearly(make, scanner.scan)


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "teléfono " + "de la " * (20 * n) + "942 56 21 60",  # a clause without end
        lambda n: "al teléfono de citas del hospital 942 56 21 60 y " * n,  # many far labels
        lambda n: "phone " + "a" * (100 * n) + " 912 345 678",  # one endless word
        lambda n: "phone support for the order " * n + "912 345 678",  # labels and orders
        lambda n: "Tlf. " + "917277336 - " * (2 * n),  # a long list of numbers
        lambda n: "2024-01-01 INFO phone service of the queue is now 912 345 678\n" * n,
        lambda n: "Step 1. 020 7946 0958 " * n,  # many list markers on one line
        lambda n: "Step" + " " * (40 * n) + "1. 020 7946 0958",  # a marker far after its word
    ],
    ids=[
        "endless-clause",
        "far-labels",
        "endless-word",
        "orders",
        "number-list",
        "log-lines",
        "markers-one-line",
        "marker-far-word",
    ],
)
def test_labels_further_back_and_lists_stay_linear(scanner, make) -> None:
    grows_linearly(make, scanner.scan)


@pytest.mark.parametrize(
    "text",
    [
        "GET /search?q=call+14156667777&lang=en HTTP/1.1",
        'data="dGVzdA+14156667777xyZ/abc=="',
        "user+14156667777@example.com",
        "https://cdn.example.com/v1/abc+14156667777def.png",
        "session=Ab+14156667777Cd; path=/",
        "2024-01-01T00:00:00Z id=abc+14156667777def",
        "x+14156667777y" * 3,
        "2024-01-01 12:00:00 INFO phone gateway says the outbound queue depth is now 912345678",
        "Dec  4 21:00:01 host app[42]: phone sync done, records of the outbound batch 912345678",
    ],
)
def test_a_plus_or_a_far_label_in_machine_text_is_no_phone(scanner, text) -> None:
    assert [f for f in scanner.scan(text) if f.entity_type.value == "PHONE_NUMBER"] == []


@pytest.mark.parametrize(
    "text",
    [
        "phone 1111111111",
        "Tél : 06\u202f12\u202f34\u202f56\u202f78",
        "phone ११११११११११",
        "abc+14156667777def",
        "+ (36) 1 441-4000",
        "Tfno. +0034948255400",
        "al teléfono de atención y citas previas del hospital 942 56 21 60",
        "Tlf. 917277336 - 606409021",
    ],
)
def test_findings_show_no_value(scanner, text) -> None:
    found = [f for f in scanner.scan(text) if f.entity_type.value == "PHONE_NUMBER"]
    assert found
    digits = "".join(c for c in text if c.isdigit())
    for f in found:
        shown = repr(f) + str(f.evidence)
        assert text[f.start : f.end] not in shown
        assert digits not in shown

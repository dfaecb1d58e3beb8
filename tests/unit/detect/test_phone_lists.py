"""Spaced phone numbers in a list parted by commas ("020 7946 0958, 020 7946 0959").

A space-separated candidate right after a number and a space continues a column of numbers
("200 200 981 2481" in an access log). After a comma, the number before is such a column's
cell only when it stands alone: the last group of a number of spaced groups makes the comma
a list's, and the next number was lost. So was a number after an ordered list's marker
("1. 020 7946 0958", "Step 1. 020 7946 0958"): a number of one to three digits and a stop
opening a line, or after a word of two letters or more, is no cell.
"""

from __future__ import annotations

import pytest
from tests.adversarial._linear import grows_linearly
from tests.unit.detect._patterns import SCANNER


def _phones(text: str) -> list[str]:
    return [text[f.start : f.end] for f in SCANNER.scan(text) if f.entity_type == "PHONE_NUMBER"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Tel: 020 7946 0958, 020 7946 0959", ["020 7946 0958", "020 7946 0959"]),
        ("020 7946 0958, 0161 496 0000", ["020 7946 0958", "0161 496 0000"]),
        (
            "call 020 7946 0958, 020 7946 0959, 020 7946 0960",
            ["020 7946 0958", "020 7946 0959", "020 7946 0960"],
        ),
        # an ordered list's markers
        ("1. 020 7946 0958", ["020 7946 0958"]),
        ("Numbers:\n  1. 020 7946 0958\n  12. 0161 496 0000", ["020 7946 0958", "0161 496 0000"]),
        ("Step 1. 020 7946 0958 then hang up", ["020 7946 0958"]),
        ("Call list: Item 12. 0161 496 0000", ["0161 496 0000"]),
        ("Schritt 3. 020 7946 0958", ["020 7946 0958"]),
    ],
)
def test_each_number_of_a_list_is_found(text, want):
    assert _phones(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "200 200 981 2481",  # an access log's columns
        "0958, 020 7946 0959",  # one number alone before the comma: a column's cells
        "12, 345 678 901",
        "1234. 020 7946 0958",  # four digits and a stop: no list's marker
        "x 1. 020 7946 0958",  # a stop after a letter alone
        "5 1. 020 7946 0958",  # after a number: a column
        "a_b 1. 020 7946 0958",  # after a name glued by an underscore
        # a load balancer's -1 timings before its status and byte columns (AWS Classic Load
        # Balancer access-log fields; values written here)
        "10.1.2.3:80 -1 -1 -1 500 500 3373 19",
        "lb 192.0.2.44:40112 - -1 -1 -1 404 404 4019 481",
    ],
)
def test_columns_of_numbers_stay_out(text):
    assert _phones(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a negative number alone is no column's cell: the number after it is labelled
        ("Tel: -1 415 555 0132", ["415 555 0132"]),
        # a phone word outside a URL still labels the number, a URL beside it or not
        ("home: 020 7946 0958", ["020 7946 0958"]),
        ("home phone 020 7946 0958 http://x.example/contact", ["020 7946 0958"]),
        ("tel/fax: 020 7946 0958", ["020 7946 0958"]),
        ("Phone 0207 946 0958 (see http://example.com/contact)", ["0207 946 0958"]),
        # a dotted key is no host name: its phone word labels the value
        ("contact.phone: 4155550132", ["4155550132"]),
        ("user.phone=4155550132", ["4155550132"]),
    ],
)
def test_labelled_numbers_beside_columns_and_urls_are_found(text, want):
    assert _phones(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # A phone word inside a URL or path names a page: the IIS (W3C extended) status,
        # substatus, Win32 status and byte columns after a referrer or a stem are no number
        # (fields after the documented W3C field list; values written here).
        (
            "192.0.2.10 GET /a.aspx - 80 - 198.51.100.61 Mozilla/5.0+(X11) - "
            "http://www.example.com/home.aspx www.example.com 200 0 0 10532 512 187"
        ),
        "198.51.100.61 - https://www.example.com/Contact www.example.com 401 2 5 1293 431 15",
        "GET /mobile/index.html - 80 - 198.51.100.61 - 200 0 0 48211 612 93",
        # a W3C line's cs-host naming a host after a phone word
        "198.51.100.61 Mozilla/5.0+(Windows+NT+10.0) - mobile.example.com 200 0 0 48211 612 93",
        "198.51.100.61 - - contact.example.com 200 0 0 48211 612 93",
        "GET http://trk.example.com/OS/5/calljs?1496444394 HTTP/1.1",
    ],
)
def test_phone_words_inside_urls_label_nothing(text):
    assert _phones(text) == []


def test_a_long_list_stays_linear():
    grows_linearly(lambda n: "call " + "020 7946 0958, " * (n // 8 + 1), SCANNER.scan)

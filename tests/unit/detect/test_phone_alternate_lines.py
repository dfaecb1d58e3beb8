"""A phone number with its other lines' last digits after a slash ("020 7946 0958/59").

A contact's lines are often written as one number and the digits that differ. The pattern
reads the number up to the slash; a number before a slash stands only as the first of a
pair, so the candidate was cut to the groups before its last ("020 7946"), and its last
digits were left in the text. One to four digits after the slash, no more than the number's
last group, make the number read as it would be alone; the digits after the slash are left
beside it as an extension is. And a dotted quad of an address's shape with an octet out of
range ("255.255.255.256/32", a validator's invalid address) is no phone number. Before a
slash and a number in international form or with its area code in parentheses, a number is
read as it would be alone too ("+44 20 7946 0958/+44 20 7946 0959"), with no phone word near,
and so is a number before a slash that ends its word ("020 7946 0958/ or ...").
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.adversarial._linear import grows_linearly
from tests.unit.detect._patterns import SCANNER, found

NUMBERS = ["020 7946 0958", "+44 20 7946 0958", "06-82237745", "(212) 555-1234", "415-555-0132"]


@pytest.mark.parametrize("number", NUMBERS)
@pytest.mark.parametrize("tail", ["/59", "/5", "/013", "/59/60", "/9/8/7"])
@pytest.mark.parametrize("label", ["Tel: ", "Phone: ", "call me on ", "see "])
def test_a_number_before_its_other_lines_is_found_whole(number, tail, label):
    text = f"{label}{number}{tail}, thanks"
    assert found(text, "PHONE_NUMBER") == [("PHONE_NUMBER", number)]


@pytest.mark.parametrize("number", NUMBERS)
@pytest.mark.parametrize("after", ["/", "/ ", "/ or 0958", "/\n", "/\t"])
def test_a_number_before_a_slash_that_ends_its_word_is_found_whole(number, after):
    text = f"Tel: {number}{after}"
    assert [v for _, v in found(text, "PHONE_NUMBER")][:1] == [number]


@pytest.mark.parametrize(
    "text",
    ["/srv/020 7946 0958/ ok", "a/020 7946 0958/", "12 34/ 56", "2024 01 15/ x"],
)
def test_a_slash_at_a_word_end_makes_no_number_of_a_path_or_a_date(text):
    assert "020 7946 0958" not in [v for _, v in found(text, "PHONE_NUMBER")]
    assert all(len(v) > 8 for _, v in found(text, "PHONE_NUMBER"))


@given(st.sampled_from(NUMBERS), st.integers(0, 9999), st.sampled_from(["", ".", ",", " ok", "\n"]))
def test_the_number_is_never_cut_to_its_first_groups(number, other, after):
    last = number.rsplit(" ", 1)[-1].rsplit("-", 1)[-1]
    digits = str(other)[: len(last)]
    text = f"Tel: {number}/{digits}{after}"
    spans = [
        text[f.start : f.end] for f in SCANNER.scan(text) if f.entity_type.value == "PHONE_NUMBER"
    ]
    assert spans == [number]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tel: 020 7946 0958/12345", None),  # more digits than the last group: no other line
        ("rx 12345678/23 packets", []),  # a counter: not read as a number alone either
        ("Tel: 06-12345678/020-1234567", ["06-12345678", "020-1234567"]),  # two numbers
        ("The server at 255.255.255.256/32 stopped answering", []),
        ("Contact: 192.168.0.256.", []),
        ("Contact: 172.16.256.255.", []),
        ("Tfno. 670.97.10.26", ["670.97.10.26"]),  # Spain's dotted layout
        ("Tel: 415.555.0132", ["415.555.0132"]),
    ],
)
def test_what_stays_as_it_was(text, expected):
    got = [v for _, v in found(text, "PHONE_NUMBER")]
    if expected is None:
        assert "020 7946 0958" not in got
    else:
        assert got == expected


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("+44 20 7946 0958/+44 20 7946 0959", ["+44 20 7946 0958", "+44 20 7946 0959"]),
        ("see +44 20 7946 0958/+1 415-555-0132 ok", ["+44 20 7946 0958", "+1 415-555-0132"]),
        ("(212) 555-1234/(212) 555-1235", ["(212) 555-1234", "(212) 555-1235"]),
        ("see 0201234567/0612345678", []),  # unseparated digits: a phone word makes a pair
        ("ratio 1234 5678/(1+x)", []),
    ],
)
def test_a_number_before_another_in_international_form_is_not_cut(text, numbers):
    assert [v for _, v in found(text, "PHONE_NUMBER")] == numbers


@pytest.mark.parametrize(
    "build",
    [
        lambda n: "Tel: 020 7946 0958/59 " * n,
        lambda n: "Tel: 020 7946 0958" + "/59" * n,
        lambda n: "1 " * n + "0958/59",
        lambda n: "255.255.255.256/32 " * n,
    ],
)
def test_other_lines_stay_linear(build):
    grows_linearly(lambda n: build(n // 4 + 1), SCANNER.scan)

"""Cookie-id rules for three value shapes of the older HTTP sets' development parts (issue 10,
helper H155).

A short base-36 value under a header named for a session id ("X-ASESSIONID: 1k9zq") is the
session id unless it reads as a word; a number written in an alphabet of letters, digits and
punctuation ("rpdid=|(kR~u|Y)0J'lm") is the id under a name that names an id; random letters
written in groups of one length between spaces ("pxkrt wubny qdzlm hvjst") are no words.
"""

from __future__ import annotations

import random
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.unit.detect._patterns import request_cookie, set_cookie

from privkit.detect import Scanner
from privkit.detect._builtin._common import _letter_groups, _wordy
from privkit.detect._builtin._cookie_values import _wide_alphabet
from privkit.detect._builtin.cookie import _short_session_id


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


def _ids(scanner: Scanner, text: str) -> list[str]:
    return [text[f.start : f.end] for f in scanner.scan(text) if f.entity_type == "COOKIE_ID"]


def _response(header: str, value: str) -> str:
    return f"HTTP/1.1 302 Found\n{header}: {value}\nCache-Control: no-cache\n"


# --- a short base-36 value under a header named for a session id -----------------------------


@pytest.mark.parametrize("value", ["1k9zq", "zq7x2b", "qxbrtm", "wdmkfz", "a0b1c2d", "v1234"])
@pytest.mark.parametrize("header", ["X-ASESSIONID", "X-Session-Id", "x-visitor-id"])
def test_short_base36_values_under_a_session_header_are_ids(scanner, header, value):
    assert _ids(scanner, _response(header, value)) == [value]


@pytest.mark.parametrize(
    "value",
    [
        "expired",  # a word
        "guest",
        "test1",  # a word with a number
        "user7",
        "12345",  # a few digits: a counter, as before
        "abcdef",  # letters counted in order: a placeholder
        "null",
        "qxbr",  # four characters: too short
    ],
)
def test_words_and_placeholders_under_a_session_header_are_none(scanner, value):
    assert _ids(scanner, _response("X-ASESSIONID", value)) == []


@pytest.mark.parametrize("header", ["X-CSRF-Token", "X-Request-Id", "X-Trace"])
def test_the_short_value_rule_reads_only_session_headers(scanner, header):
    assert _ids(scanner, _response(header, "1k9zq")) == []


@pytest.mark.parametrize(("render"), [set_cookie, request_cookie])
def test_a_short_cookie_value_is_judged_as_before(scanner, render):
    assert _ids(scanner, render("sessionid", "qxbrt")) == []  # five characters: too short


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=string.ascii_lowercase, min_size=5, max_size=15))
def test_letters_need_a_run_of_four_consonants(letters):
    run = any(all(c not in "aeiou" for c in letters[i : i + 4]) for i in range(len(letters) - 3))
    if not run:
        assert not _short_session_id(letters)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=string.digits, min_size=1, max_size=15))
def test_a_number_alone_is_never_taken_by_the_short_value_rule(digits):
    assert not _short_session_id(digits)


# --- a number written in an alphabet of letters, digits and punctuation ---------------------

_WIDE = ["|(kR~u|Y)0J'lmuk~J|Ru)", "(J'~ku)|RlY0m~|Jk'u)Y", "Qz!(x*7)'p@L^m#2$kR"]


@pytest.mark.parametrize("value", _WIDE)
@pytest.mark.parametrize("name", ["rpdid", "visitor_id", "uid"])
@pytest.mark.parametrize("render", [set_cookie, request_cookie])
def test_a_wide_alphabet_value_under_an_ids_name_is_the_id(scanner, render, name, value):
    assert _ids(scanner, render(name, value)) == [value]


@pytest.mark.parametrize("value", _WIDE)
@pytest.mark.parametrize("render", [set_cookie, request_cookie])
def test_a_wide_alphabet_value_under_another_name_is_judged_as_before(scanner, render, value):
    assert _ids(scanner, render("theme", value)) == []


@pytest.mark.parametrize(
    "value",
    [
        "3-1rh7|7QO.0.1|8jE.0.1",  # separators only: short codes
        "a|b|c|d|e|f|g|h|i|j|k",
        "(k)~u|l~)0J",  # shorter than sixteen
        "(k)~u|l~)0J'uYYR=1",  # a field's mark
        "%28k%29~u|l~)0J'uYYR",  # encoded
        "{'k':(1),'u':(2)}",  # a record
        "(J'~ku)|RlY0m~|Jk'u)Y" * 7,  # longer than 128
        "((((''''))))~~~~||||",  # no letter
    ],
)
def test_values_that_are_no_wide_alphabet(value):
    assert not _wide_alphabet(value)


@settings(max_examples=100, deadline=None)
@given(
    st.text(alphabet=string.ascii_letters + string.digits + ".-_|~/+", min_size=16, max_size=128)
)
def test_separators_alone_make_no_wide_alphabet(value):
    assert not _wide_alphabet(value)


# --- random letters written in groups between spaces -----------------------------------------


@pytest.mark.parametrize(
    "value", ["pxkrt wubny qdzlm hvjst", "brtkq mzplo xwvnd fjlkr", "gfhjkl qwerty zxcvbn mnbvcx"]
)
@pytest.mark.parametrize("render", [set_cookie, request_cookie])
def test_letter_groups_are_an_id(scanner, render, value):
    quoted = f'"{value}"'
    assert _ids(scanner, render("Burner", quoted)) == [value]


def test_letter_groups_after_an_empty_digest_are_the_id(scanner):
    value = '"d41d8cd98f00b204e9800998ecf8427e|pxkrt wubny qdzlm hvjst"'
    assert _ids(scanner, set_cookie("Burner", value)) == ["pxkrt wubny qdzlm hvjst"]


@pytest.mark.parametrize(
    "value",
    [
        "hello world these words",  # words of a language: no consonant runs
        "three words here",
        "Preise im Uberblick",
        "length strength angstrom",  # words of different lengths
        "pxkrt wubny",  # two groups
        "PXKRT WUBNY QDZLM",  # capitals
        "abcdefghi jklmnopqr stuvwxyza",  # groups of nine
    ],
)
def test_phrases_stay_words(value):
    assert _wordy(value) or not _letter_groups(value.split())


@settings(max_examples=100, deadline=None)
@given(seed=st.integers(0, 2**32), groups=st.integers(3, 6), size=st.integers(4, 8))
def test_groups_of_vowel_separated_letters_are_no_letter_groups(seed, groups, size):
    rng = random.Random(seed)
    tokens = [
        "".join(rng.choice("aeiou") if i % 2 else rng.choice("bcdfg") for i in range(size))
        for _ in range(groups)
    ]
    assert not _letter_groups(tokens)


def test_words_of_one_length_are_no_letter_groups():
    assert not _letter_groups(["quick", "brown", "foxes", "jumps"])

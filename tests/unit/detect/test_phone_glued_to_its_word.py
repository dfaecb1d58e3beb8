"""A national number glued to the phone word before it ("call020 7946 0958").

Typed in a hurry, a number runs into the word that says what it is. The pattern read only
the groups after the first ("7946 0958"), leaving the area code; a North American number
so glued ("is415-555-0132") had its own layout already. After ``call``, ``phone``,
``telephone``, ``tel``, ``mob``, ``mobile``, ``cell`` or ``fax`` (not inside a longer word:
``hotel``, ``recall``), a number with its trunk 0 first is read whole and must be valid in
a plan read. So is a number in international form in groups after such a word, maybe
with the abbreviation's full stop ("tel+1 (415) 555-2671", "Tel.+44 20 7946 0958"): the
"+" glued to the word was refused, and the groups after it were read alone or not at all.
A North American number in three spaced groups is read whole after such a word too
("call415 555 0132").

Digits glued to any word and then a space are one run: the groups after the first are its
tail ("call4539 1488 0343 6467" is a card typed after a word, "SM86 U032 2509 8000 ..." an
account number), no number of their own; read alone they were a partial phone number, its
head left in the text.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.adversarial._linear import grows_linearly
from tests.unit.detect._patterns import SCANNER, found

NUMBERS = ["020 7946 0958", "07700 900123", "07700900123", "020-7946-0958", "0612345678"]
WORDS = ["call", "Call", "phone", "telephone", "tel", "mob", "mobile", "cell", "fax", "FAX"]


@given(st.sampled_from(WORDS), st.sampled_from(NUMBERS), st.sampled_from(["", " now", ".", "\n"]))
def test_a_number_glued_to_its_word_is_found_whole(word, number, after):
    text = f"{word}{number}{after}"
    assert found(text, "PHONE_NUMBER") == [("PHONE_NUMBER", number)]


@pytest.mark.parametrize(
    "text",
    [
        "hotel020 7946 0958",  # the word ends a longer word
        "recall0201234567",
        "cellid0201234567",
        "call0000 0000",  # no number in any plan
        "fax0201",
        "hotel+1 415 555 2671",
        "cellid+44 20 7946 0958",
        "tel+4912",
        "tel+44 20 7946 0958/x",  # a path's name
        "GET /search?q=call+14156667777&lang=en",  # unspaced: a query's token
    ],
)
def test_no_number_without_the_word_alone_or_a_valid_number(text):
    assert found(text, "PHONE_NUMBER") == []


INTERNATIONAL = ["+1 (415) 555-2671", "+1 415 555 2671", "+44 20 7946 0958", "+49 (0)30 1234567",
                 "+33 1 42 68 53 00"]  # fmt: skip


@given(
    st.sampled_from(WORDS),
    st.sampled_from(["", "."]),
    st.sampled_from(INTERNATIONAL),
    st.sampled_from(["", " now", ".", "\n", "/ or ", "/"]),
)
def test_an_international_number_glued_to_its_word_is_found_whole(word, stop, number, after):
    text = f"{word}{stop}{number}{after}"
    assert found(text, "PHONE_NUMBER") == [("PHONE_NUMBER", number)]


@given(st.sampled_from(WORDS), st.sampled_from(["415 555 0132", "212 555 0199"]))
def test_a_north_american_number_in_spaced_groups_glued_to_its_word(word, number):
    assert found(f"{word}{number} today", "PHONE_NUMBER") == [("PHONE_NUMBER", number)]


@pytest.mark.parametrize(
    "text",
    [
        "call4539 1488 0343 6467",  # a card after the word: no phone from its tail
        "call4111 1111 1111 1111",
        "mob4415 555 0132",
        "ABC1234 555 0132",
        "SM86 U032 2509 8000 0000 0270 1001",  # an account number's groups
        "hotel415 555 0132",
        "call415 555 01329",
    ],
)
def test_no_number_from_the_tail_of_a_run_glued_to_a_word(text):
    assert found(text, "PHONE_NUMBER") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Room B2 415-555-0132", "415-555-0132"),  # a digit or two glued: a name's
        ("v2 415-666-7777", "415-666-7777"),
        ("ab12 020 7946 0958", "020 7946 0958"),
        ("call 4155550132", "4155550132"),
        ("电话415 555 0132", "415 555 0132"),  # glued to a script written without spaces
    ],
)
def test_a_number_after_a_short_glued_run_or_a_space_is_found(text, number):
    assert found(text, "PHONE_NUMBER") == [("PHONE_NUMBER", number)]


def test_glued_words_stay_linear():
    grows_linearly(lambda n: "call020 7946 0958 " * (n // 4 + 1), SCANNER.scan)
    grows_linearly(lambda n: "call0" + "1" * n, SCANNER.scan)
    grows_linearly(lambda n: "call" * n + "020 7946 0958", SCANNER.scan)
    grows_linearly(lambda n: "tel+1" + " 1" * n, SCANNER.scan)
    grows_linearly(lambda n: "tel+1 (415)" * n, SCANNER.scan)
    grows_linearly(lambda n: "a1234 " * n, SCANNER.scan)
    grows_linearly(lambda n: "call415 555 " * n, SCANNER.scan)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("call me:415 555 0132", "415 555 0132"),  # a colon glued to "me", as chat writes it
        ("text me:(415) 555-0132", "(415) 555-0132"),
        ("call me:4155550132", "4155550132"),
        ("Me:020 7946 0958", "020 7946 0958"),
    ],
)
def test_a_number_glued_to_me_and_a_colon_is_found(text, number):
    assert found(text, "PHONE_NUMBER") == [("PHONE_NUMBER", number)]


@pytest.mark.parametrize(
    "text",
    [
        "time:415 555 0132",  # a key's value: after a colon only "+" starts a number
        "name:415 555 0132",
        "frame:4155550132",
        "home:415 555 0132",
        "ping me:1234567",  # too short for any plan
        "me:4155550132",  # unseparated, no phone word in reach
    ],
)
def test_a_colon_after_another_word_still_refuses(text):
    assert found(text, "PHONE_NUMBER") == []


def test_me_colon_stays_linear():
    grows_linearly(lambda n: " me:415 555" * n, SCANNER.scan)

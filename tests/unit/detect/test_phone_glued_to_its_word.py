"""A national number glued to the phone word before it ("call020 7946 0958").

Typed in a hurry, a number runs into the word that says what it is. The pattern read only
the groups after the first ("7946 0958"), leaving the area code; a North American number
so glued ("is415-555-0132") had its own layout already. After ``call``, ``phone``,
``telephone``, ``tel``, ``mob``, ``mobile``, ``cell`` or ``fax`` (not inside a longer word:
``hotel``, ``recall``), a number with its trunk 0 first is read whole and must be valid in
a plan read. So is a number in international form in groups after such a word, maybe
with the abbreviation's full stop ("tel+1 (415) 555-2671", "Tel.+44 20 7946 0958"): the
"+" glued to the word was refused, and the groups after it were read alone or not at all.
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


def test_glued_words_stay_linear():
    grows_linearly(lambda n: "call020 7946 0958 " * (n // 4 + 1), SCANNER.scan)
    grows_linearly(lambda n: "call0" + "1" * n, SCANNER.scan)
    grows_linearly(lambda n: "call" * n + "020 7946 0958", SCANNER.scan)
    grows_linearly(lambda n: "tel+1" + " 1" * n, SCANNER.scan)
    grows_linearly(lambda n: "tel+1 (415)" * n, SCANNER.scan)

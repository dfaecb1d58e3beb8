"""Cookie values that carry no randomness (issue 10, thirteenth HTTP set's development work).

A cassette's filter writes a placeholder where a session id was: one character repeated
between separators (``000-0000000-0000000``) or the digits and letters counted in order
(``0123456789abcdef`` twice). A load balancer names the backend that served the page with an
upper-case word and a short counter (``SERV149``). Neither identifies a browser; any value
with randomness in it is still reported, whatever the cookie's name.
"""

from __future__ import annotations

import pytest
from tests.unit.detect._patterns import cookie_values

from privkit.detect import Scanner
from privkit.detect._builtin import CookieDetector
from privkit.detect._builtin._common import _no_entropy


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


SID = "9d548d28a1152246540f"


class TestPlaceholders:
    @pytest.mark.parametrize(
        "value",
        [
            "000-0000000-0000000",  # Amazon's session-id shape, zeroed
            "0123456789abcdef0123456789abcdef",  # the hex digits counted, twice
            "0123456789ABCDEF",
            "1234512345",
            "00000000-0000-0000-0000-000000000000",  # the nil UUID
        ],
    )
    def test_a_value_without_randomness_is_no_id(self, scanner, value):
        assert _no_entropy(value)
        assert cookie_values(scanner, f"Set-Cookie: hover_session={value}; Path=/") == []
        assert cookie_values(scanner, f"Cookie: session-id={value}; sid={SID}") == [SID]

    @pytest.mark.parametrize(
        "value",
        [
            "0123456789abcdef7",  # one more character after the count
            "000-1234567-0000000",  # counting inside zeros: not one count repeated
            "131-5583731-8873423",  # a real session-id's shape
            "0123456789abcdef" + SID,
            "0f1e2d3c4b5a69788796a5b4c3d2e1f0",
            "123456789",  # once through the digits: a number tests write as an id
            "12345678902",  # (the count on past "0", "12345678901", is a stand-in: H177)
        ],
    )
    def test_any_randomness_keeps_the_value_an_id(self, scanner, value):
        assert not _no_entropy(value)
        assert cookie_values(scanner, f"Set-Cookie: hover_session={value}; Path=/") == [value]

    def test_short_values_are_left_to_the_other_rules(self):
        assert not _no_entropy("01234")
        assert not _no_entropy("--0--1--2--")  # mostly punctuation


class TestBackendNames:
    @pytest.mark.parametrize("value", ["SERV149", "SERV2", "WEB03", "NODE12", "BACKEND7"])
    def test_an_upper_case_word_and_a_counter_names_a_backend(self, scanner, value):
        assert CookieDetector._trivial(value)
        assert cookie_values(scanner, f"Set-Cookie: SRVAPI={value}; path=/") == []

    @pytest.mark.parametrize(
        "value",
        [
            "SERV1234",  # four digits: not a short counter
            "USER12345678",
            "SERV149x",
            "sErV149",
            "ABCDEFGH123",  # eight letters
            "SERV149" + SID,
        ],
    )
    def test_other_shapes_stay_ids(self, scanner, value):
        assert cookie_values(scanner, f"Set-Cookie: SRVAPI={value}; path=/") == [value]

"""Quoted cookie values and typed stand-ins (issue 10, helper H161, the thirty-third HTTP set).

A ``Cookie`` header whose earlier pairs hold quoted values (RFC 6265's ``name="value"``, as
iCloud writes every pair) still carries its later pairs' values: a token-named cookie there
(``X-APPLE-WEBAUTH-TOKEN="v=2:t=..."``) is the browser's session cookie, reported as a
``COOKIE_ID`` by the cookie detector, not as a credential of a ``token=`` key. Quotes that
end a JSON string before the value still take the value out of the header.

A single token built on the ten digits typed in keyboard order among other characters
(``pcsnotes-1234567890=``, ``EQ==BST_IAAAAAAABL-1234567890~``) is a test suite's stand-in,
no id; the digits alone, inside a longer number, or in a value of fields or list items are
judged as before.
"""

from __future__ import annotations

import random
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.unit.detect._patterns import cookie_values, request_cookie, set_cookie

from privkit.detect import Scanner
from privkit.detect._builtin._common import _cookie_value_at, _typed_stand_in


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


TOKEN = "IAAAAAAABLwIAAAAAFtgMdkRDmdzLmljbG91ZC5hdXRovQD1KBM7IE_ZLHzykZ364cQcYGjT0yFIDFEIrSGant"


def _types(scanner: Scanner, text: str, value: str) -> set[str]:
    at = text.index(value)
    return {
        f.entity_type.value for f in scanner.scan(text) if f.start < at + len(value) and at < f.end
    }


class TestQuotedPairs:
    def test_token_cookie_after_quoted_pairs_is_the_cookies(self, scanner) -> None:
        text = (
            f'GET /x HTTP/1.1\nCookie: X-APPLE-WEBAUTH-LOGIN="v=1:t={TOKEN}a"; '
            f'X-APPLE-WEBAUTH-USER="v=1:s=0:d=185776146"; X-APPLE-WEBAUTH-TOKEN="v=2:t={TOKEN}b"\n'
        )
        assert _types(scanner, text, f"{TOKEN}b") == {"COOKIE_ID"}

    def test_unquoted_header_unchanged(self, scanner) -> None:
        text = f"Cookie: lang=en; auth_token={TOKEN}\n"
        assert _types(scanner, text, TOKEN) == {"COOKIE_ID"}

    @pytest.mark.parametrize(
        "before",
        [
            'Cookie: a="1"; b="two"; t="',
            'Cookie: a="1"; t=',
            'cookie: a=1; b="x y"; t="',
            '"Cookie": "a=1; t=',
            'Cookie: c0="COOKIE"; t="',  # the word in an earlier value names no header
            'Cookie: a=cookie; b="Cookie"; t=',
        ],
    )
    def test_value_in_header(self, before) -> None:
        text = before + "abc"
        assert _cookie_value_at(text, len(before))

    @pytest.mark.parametrize(
        "before",
        [
            '"Cookie": "a=1", "token": "',  # a JSON string closed: another member
            '"cookie": "a=1", "x": 1, "t=',
            "Cookie: a='1'; t=",  # single quotes are not a cookie's quoting
            'Cookie: a="1 ; t=',  # an unclosed quote
            "the cookie jar; t=",  # the word in prose, no header
            '"Cookie": "a=1", "cookieConsent": "t=',  # a later key named for cookies
        ],
    )
    def test_value_outside_header(self, before) -> None:
        text = before + "abc"
        assert not _cookie_value_at(text, len(before))

    def test_token_cookie_after_a_value_saying_cookie(self, scanner) -> None:
        # the scan's marks of "cookie" include the one inside the earlier value: read past it
        text = (
            f'GET /x HTTP/1.1\nCookie: consent="COOKIE"; X-APPLE-WEBAUTH-TOKEN="v=2:t={TOKEN}b"\n'
        )
        assert _types(scanner, text, f"{TOKEN}b") == {"COOKIE_ID"}

    def test_token_key_outside_cookie_still_a_credential(self, scanner) -> None:
        text = f'{{"cookie": "a=\\"1\\"", "auth_token": "{TOKEN}"}}'
        assert "AUTH_TOKEN" in _types(scanner, text, TOKEN)

    @settings(max_examples=60, deadline=None)
    @given(st.lists(st.text(alphabet=string.ascii_letters + string.digits + ":=_-", max_size=12),
                    min_size=1, max_size=6))  # fmt: skip
    def test_any_quoted_pairs_before(self, values) -> None:
        pairs = "; ".join(f'c{i}="{v}"' for i, v in enumerate(values))
        before = f'Cookie: {pairs}; t="'
        assert _cookie_value_at(before + "abc", len(before))


class TestTypedStandIn:
    @pytest.mark.parametrize(
        "value",
        ["pcsnotes-1234567890=", "websessiontoken-1234567890=", "EQ==BST_IAAAAAAABL-1234567890~",
         "x1234567890", "1234567890abcdef"],
    )  # fmt: skip
    def test_stand_in(self, value) -> None:
        assert _typed_stand_in(value)

    @pytest.mark.parametrize(
        "value",
        [
            "1234567890",
            "12345678901",
            "0001234567890",
            "123456789",
            "pcsnotes-123456789=",
            "71234567890123456789012345",
            "x-1234567890-y|z",
            "a%7C-1234567890-b",
        ],
    )
    def test_not_stand_in(self, value) -> None:
        assert not _typed_stand_in(value)

    @pytest.mark.parametrize("name", ["X-APPLE-WEBAUTH-PCS-Notes", "sessionid", "token_v2"])
    @pytest.mark.parametrize("value", ["pcsnotes-1234567890=", "EQ==BST_AAAA-1234567890~"])
    def test_cookie_stand_in_is_no_id(self, scanner, name, value) -> None:
        for text in (set_cookie(name, value), request_cookie(name, value)):
            assert cookie_values(scanner, text) == []

    def test_random_value_still_an_id(self, scanner) -> None:
        rng = random.Random(33)
        for _ in range(30):
            value = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(40))
            if "1234567890" in value:
                continue
            assert cookie_values(scanner, set_cookie("sessionid", value)) == [value]

    @settings(max_examples=80, deadline=None)
    @given(st.text(alphabet=string.ascii_letters + "-_=~.", max_size=30),
           st.text(alphabet=string.ascii_letters + "-_=~.", max_size=30))  # fmt: skip
    def test_invariant(self, head, tail) -> None:
        # the run with no digit beside it in one token: a stand-in unless it stands alone
        value = head + "1234567890" + tail
        assert _typed_stand_in(value) == bool(head or tail)
        # a digit beside it makes a longer number; a separator makes fields or items
        assert not _typed_stand_in(head + "7" + "1234567890" + tail)
        assert not _typed_stand_in(head + "1234567890" + "3" + tail)
        assert not _typed_stand_in("a=" + value + "&b=1")

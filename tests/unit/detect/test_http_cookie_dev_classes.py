"""Cookie-id rules from the HTTP sets' development errors sorted by class (issue 10, helper H177).

A ``cookie`` key of a URL's query (``...&cookie=&_=1496444246485 HTTP/1.1``) is a query
parameter, not a ``Cookie`` header: what follows it is more of the URL, not cookie pairs. The
digits typed in keyboard order and counted on past ``0`` (``12345678901``) are a test suite's
stand-in, no id; the ten digits alone, a count to ``9`` and the run inside another number are
judged as before. A flag attribute and a comma between two pairs of a ``Cookie`` line
(``...; secure, DWRSESSIONID=<id>``) fold two response cookies: the pair after it is read.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner
from privkit.detect._builtin._common import _typed_count

SID = "8f3a9c2e7b1d4f60a5e2c9b7d1f3a8e4"


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)


def _ids(scanner: Scanner, text: str) -> list[str]:
    return [text[f.start : f.end] for f in scanner.scan(text) if f.entity_type == "COOKIE_ID"]


# --- a "cookie" key of a URL's query -------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "GET http://news.example/svc/userinfo.jsonp?callback=cb&cookie=&_=1496444246485 HTTP/1.1",
        "GET /api/state?cookie=1&_=1504447765343 HTTP/1.1",
        "GET https://cdn.example/sync.js?v=3&cookie=&ts=20240501 HTTP/1.1",
        "Referer: https://site.example/page?cookie=yes&t=1716250543628",
    ],
)
def test_a_cookie_query_key_is_no_header(scanner, line) -> None:
    assert _ids(scanner, f"{line}\nAccept: */*\n") == []


@pytest.mark.parametrize(
    "text",
    [
        f"GET / HTTP/1.1\nCookie: sessionid={SID}\n",  # a header
        f"GET / HTTP/1.1\ncookie: a=1; sessionid={SID}\n",  # a header written in lower case
        f'{{"cookie": "sessionid={SID}"}}',  # a JSON member
        f"set cookie=sid={SID}",  # no query before it
        f"GET /x?cookie=abc&uid={SID} HTTP/1.1\n",  # the query's id key still read
    ],
)
def test_cookie_headers_and_query_ids_still_read(scanner, text) -> None:
    assert _ids(scanner, text) == [SID]


# --- the typed digits counted past "0" ------------------------------------------------------


@pytest.mark.parametrize("value", ["12345678901", "123456789012", "1234567890123456789"])
def test_typed_count(value) -> None:
    assert _typed_count(value)


@pytest.mark.parametrize(
    "value",
    ["1234567890", "123456789", "71234567890", "12345678900", "12345678902", "0123456789012"],
)
def test_not_typed_count(value) -> None:
    assert not _typed_count(value)


@pytest.mark.parametrize("value", ["12345678901", "123456789012"])
def test_a_typed_count_is_no_id_nor_echoed(scanner, value) -> None:
    text = (
        f"POST https://p1-ws.example.com/records/query?clientBuildNumber=17D&dsid={value}"
        f'&remap=True\nCookie: X-WEB-USER="v=1:s=0:d={value}"; sessionid={SID}\n'
    )
    assert _ids(scanner, text) == [SID]


@pytest.mark.parametrize("value", ["71234567890", "38140127559", "90817263541"])
def test_other_numbers_under_an_id_key_judged_as_before(scanner, value) -> None:
    text = f"Set-Cookie: visitor_id={value}; Path=/\n"
    assert _ids(scanner, text) == [value]


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=10**10, max_value=10**19))
def test_random_numbers_are_no_typed_count(n) -> None:
    value = str(n)
    assert _typed_count(value) == ("1234567890" * 2).startswith(value)


def test_random_ids_stay_ids(scanner) -> None:
    rng = random.Random(177)
    for _ in range(20):
        value = "".join(rng.choice("0123456789") for _ in range(12))
        if "1234567890" in value:
            continue
        assert _ids(scanner, f"Set-Cookie: visitor_id={value}; Path=/\n") == [value]


# --- response cookies folded into one Cookie line -------------------------------------------


@pytest.mark.parametrize("flag", ["secure", "HttpOnly", "Partitioned", "SECURE"])
def test_a_flag_and_a_comma_fold_two_cookies(scanner, flag) -> None:
    other = "6e1ffeabb7f5d466b73849b12ee1be48"
    text = f"GET /portal HTTP/1.1\nCookie: AppSession={other}; {flag}, DWRSESSIONID={SID}\n"
    assert _ids(scanner, text) == [other, SID]


@pytest.mark.parametrize(
    "gap",
    [
        "secured, ",  # a word, no attribute
        "security, ",
        "see secure, ",  # prose before the flag
    ],
)
def test_other_text_before_a_comma_still_ends_the_pairs(scanner, gap) -> None:
    text = f"GET / HTTP/1.1\nCookie: lang=en; {gap}XYZSESS={SID}\n"
    assert _ids(scanner, text) == []

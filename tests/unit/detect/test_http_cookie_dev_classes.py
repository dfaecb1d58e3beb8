"""Cookie-id rules from the HTTP sets' development errors sorted by class (issue 10, helper H177).

A ``cookie`` key of a URL's query (``...&cookie=&_=1496444246485 HTTP/1.1``) is a query
parameter, not a ``Cookie`` header: what follows it is more of the URL, not cookie pairs.
"""

from __future__ import annotations

import pytest

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner

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

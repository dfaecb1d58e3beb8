"""Hostile inputs for H44's rules: PHP-serialised cookie records, addresses after escapes.

Records of every value type, malformed and lying records (lengths and counts that do not
hold), records in a cookie's name, and long runs of both: no error, no id read from what is
not a whole record, and each costs time in proportion to its length.
"""

from __future__ import annotations

from urllib.parse import quote_plus

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import Scanner
from privkit.detect._builtin import CookieDetector
from privkit.detect._builtin._cookie_records import _php_record


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


SID = "6f34e666e71445c9d39d8d06a347a13f"


def _s(text: str) -> str:
    return f's:{len(text.encode())}:"{text}";'


def _fields(n: int) -> str:
    return "".join(_s(f"k{i}") + _s(SID) for i in range(n))


@pytest.mark.parametrize(
    "raw",
    [
        "a:1:{a:0:{}" + _s(SID) + "}",  # an array as a key
        "a:1:{N;" + _s(SID) + "}",  # null as a key
        "a:1:{" + _s("session_id") + 's:9999999:"' + SID + '";}',  # a length past the end
        "a:999999:{" + _s("session_id") + _s(SID) + "}",  # a count past the fields
        "a:1:{" + _s("session_id") + _s(SID) + "}}",  # a brace too many
        "a:1:{" + _s("session_id") + _s(SID),  # no closing brace
        'O:3:"A;B":1:{' + _s("session_id") + _s(SID) + "}",  # a class name that is no name
        "a:-1:{}",
        "a:",
        "o",
    ],
)
def test_malformed_records_are_no_record(raw: str) -> None:
    assert _php_record(raw) is None
    assert _php_record(quote_plus(raw, safe="")) is None


@pytest.mark.parametrize(
    ("raw", "ids"),
    [
        # every value type beside the id: null, booleans, numbers, a nested array
        ("a:6:{" + _s("a") + "N;" + _s("b") + "b:1;" + _s("c") + "i:-3;" + _s("d") + "d:0.5;"
         + _s("e") + "a:1:{" + _s("uid") + _s(SID) + "}" + _s("session_id") + _s(SID) + "}",
         [SID, SID]),
        # non-UTF-8 bytes in a string: read, replaced, no error
        ("a:1:{" + _s("note") + 's:2:"\xff\xfe";}', []),
        # an object of a class, as PHP writes one
        ('O:8:"stdClass":1:{' + _s("user_id") + _s(SID) + "}", [SID]),
    ],
)  # fmt: skip
def test_records_of_every_type_give_their_ids(raw: str, ids: list[str]) -> None:
    value = quote_plus(raw, safe="", encoding="latin-1")
    found = [value[s:e] for s, e in CookieDetector._spans(value)]
    assert found == ids


def test_a_record_in_a_cookies_name_is_no_error(scanner) -> None:
    record = quote_plus("a:1:{" + _s("session_id") + _s(SID) + "}", safe="")
    scanner.scan(f"Cookie: {record}=1; b=2\nSet-Cookie: {record}={record}; path=/")


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "Cookie: ci_session=" + quote_plus(f"a:{n}:{{{_fields(n)}}}", safe=""),
        lambda n: "Cookie: ci_session=" + quote_plus(f"a:{n + 1}:{{{_fields(n)}}}", safe=""),
        lambda n: "Cookie: c=" + "a%3A1%3A%7B" * n,  # opened records that never close
        lambda n: "GET /x?" + "&".join(f"ip{i}=%22198.51.100.{i % 250}%22" for i in range(n)),
        lambda n: "x=" + "%22" * n + "10.0.0.1",  # escapes in a run
        lambda n: "ua=" + "Chrome%2F120.0.0.0+" * n,  # versions after encoded slashes
    ],
    ids=["long-record", "lying-count", "open-records", "quoted-addresses", "escape-run",
         "encoded-versions"],
)  # fmt: skip
def test_serialised_records_and_escaped_addresses_stay_linear(scanner, make) -> None:
    grows_linearly(make, scanner.scan)


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "\n".join(f"X-A{i}-Token: {SID}" for i in range(n)),  # many token headers
        lambda n: "x-" * n + "token: " + SID,  # a name too long to be a header's
        lambda n: "Echo-Token: " + "a-b-" * n,  # words without end
        lambda n: "X-CSRF-Token: " + SID + "\n" + "token " * n,
    ],
    ids=["many-headers", "long-name", "long-words", "csrf-then-words"],
)
def test_token_headers_stay_linear(scanner, make) -> None:
    grows_linearly(make, scanner.scan)


def test_a_token_in_a_header_name_is_not_its_value(scanner) -> None:
    text = f"X-{SID}-Token: abc\nEcho-Token: {SID}"
    spans = [(f.start, f.end) for f in scanner.scan(text) if f.entity_type.value == "AUTH_TOKEN"]
    assert spans == [(len(text) - len(SID), len(text))]

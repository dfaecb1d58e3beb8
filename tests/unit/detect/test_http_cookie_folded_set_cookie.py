"""Folded ``Set-Cookie`` values, placeholder words under a known cookie name and a bare token
in an ``Authorization`` header (H228, the forty-second HTTP set's development misses).

A client that keeps a response's headers in a mapping (Python's requests and the caches built
on it, Java's ``HttpURLConnection``) stores repeated ``Set-Cookie`` headers as one value joined
with ``, ``; each cookie after such a comma is a cookie with its attributes, not one more
attribute of the first. The value a server writes to expire a cookie (``deleted``) is no id
under any name. An ``Authorization`` header may carry a bare token, no scheme word.
"""

from __future__ import annotations

import pytest
from tests.unit.detect._patterns import found

SID = "f3K9xQ2mZ7pL4vR8tW1yB6nC"
HEX = "22c1be21c46c04870d7d8fcc323c027edbabf94ecac9ca7c9109350ef090ac97"
BOT = "6653A6AC8947A8951BBE89BB6A2D759A~000000000000000000000000000000~YAAQds/bF0HsT0KW"


def cookies(text: str) -> list[str]:
    return [v for _, v in found(text, "COOKIE_ID")]


def tokens(text: str) -> list[str]:
    return [v for _, v in found(text, "AUTH_TOKEN")]


@pytest.mark.parametrize(
    "header",
    [
        # after flag attributes
        f"set-cookie: theme=dark; Path=/; Secure; HTTPOnly, svSession={HEX}; Max-Age=63071999",
        # after an Expires date (its own comma starts no cookie) and a SameSite attribute
        (
            f"Set-Cookie: lang=en; Path=/; Expires=Sun, 20 Apr 2025 22:11:39 GMT; "
            f"SameSite=None, ak_bmsc={BOT}; Domain=.example.com"
        ),
        # after a Max-Age, no space after the comma
        f"Set-Cookie: theme=dark; Max-Age=7195,sessionid={HEX}; Path=/",
        # a first cookie without attributes
        f"Set-Cookie: theme=dark, session_id={HEX}; HttpOnly",
    ],
)
def test_a_folded_cookie_is_read_as_a_cookie(header: str) -> None:
    value = HEX if HEX in header else BOT
    assert cookies(header) == [value]


def test_each_folded_cookie_and_the_first_are_found() -> None:
    header = (
        f"Set-Cookie: uid={SID}; Path=/; Expires=Mon, 21 Apr 2025 10:00:00 GMT, "
        f"XSRF-TOKEN=1744901226|vr5te2lMwZ4Z; Path=/; Secure, sessionid={HEX}; HttpOnly"
    )
    found_ = cookies(header)
    assert SID in found_
    assert HEX in found_
    assert any("vr5te2lMwZ4Z" in v for v in found_)


@pytest.mark.parametrize(
    "header",
    [
        "Set-Cookie: a=1; Path=/; Secure, theme=dark; Max-Age=60",  # a setting stays clear
        "Set-Cookie: a=1; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/",  # a date alone
        "Set-Cookie: a=1; Path=/, b=2; Path=/, c=3",  # flags
    ],
)
def test_a_fold_finds_no_id_where_there_is_none(header: str) -> None:
    assert cookies(header) == []


@pytest.mark.parametrize("word", ["deleted", "DELETED", "undefined"])
def test_a_placeholder_word_under_a_known_cookie_name_is_no_id(word: str) -> None:
    assert cookies(f"x-set: path=/; SameSite=none, __cf_bm={word}; Max-Age=0") == []
    assert cookies(f"cleared __cf_bm={word}\nCookie: theme=dark; uid={SID}") == [SID]
    assert cookies(f"Set-Cookie: a=1; Secure, __cf_bm={word}; Max-Age=0, sessionid={HEX}") == [HEX]


@pytest.mark.parametrize(
    "value",
    [
        "6mqvc_elugiP75k7PcKQtyDAY5zAxnS8XxjXHJ0kyuM.eyJpbnN0YW5jZUlkIjoiNmEwMm",  # signature.payload
        "sk_9f8e7d6c5b4a39281706f5e4d3c2b1a0",  # an API key sent as the whole header
        "dGhpcyBpcyBhIGxvbmcgc2VjcmV0IGtleQ==",  # base64 with padding
        "9f8e7d6c5b4a39281706f5e4d3c2b1a0",  # hex
    ],
)
def test_a_bare_token_in_an_authorization_header_is_a_credential(value: str) -> None:
    assert tokens(f"GET /api HTTP/1.1\nAuthorization: {value}\nAccept: */*") == [value]
    assert tokens(f'{{\n  "authorization": "{value}",\n  "accept": "*/*"\n}}') == [value]


@pytest.mark.parametrize(
    "line",
    [
        "Authorization: REDACTED",
        "Authorization: ********************************",
        "authorization: abcdefghijklmnopqrstuvwxyzabcd",  # a word, no credential
        "Authorization: <filtered>",
    ],
)
def test_an_authorization_header_without_a_credential_stays_clear(line: str) -> None:
    assert tokens(f"GET / HTTP/1.1\n{line}\nCookie: uid={SID}") == []
    assert SID in cookies(f"GET / HTTP/1.1\n{line}\nCookie: uid={SID}")


def test_a_scheme_and_its_credential_are_still_read_by_their_own_pattern() -> None:
    value = "abcdef0123456789abcdef0123456789"
    assert tokens(f"Authorization: Bearer {value}") == [value]
    assert tokens(f"Authorization: Token {value}") == [value]

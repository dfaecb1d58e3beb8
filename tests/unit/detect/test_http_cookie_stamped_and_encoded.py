"""Cookie ids the HTTP sets' development parts missed after H224's rules (H229).

A query whose pairs are joined by ";" ("mapuser?providerid=1062;userid=<id>"), a Unix time
joined to a random draw of letters under an id's name (Wix's
"XSRF-TOKEN=1697313924|opmmeNFFGFlx"), and an id echoed base64-encoded inside another
token of the same text (Apple's "scnt: AAAA-<base64 of a length, the aasp cookie's value,
a time and a signature>"). Look-alikes stay unfound; a true id beside them is found.
"""

from __future__ import annotations

import base64

import pytest
from tests.unit.detect._patterns import found

SID = "f3K9xQ2mZ7pL4vR8tW1yB6nC"


def cookies(text: str) -> list[str]:
    return [v for _, v in found(text, "COOKIE_ID")]


# --- a query whose pairs are joined by ";" -------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://ums.example.com/mapuser?providerid=1062;cfp=1;rndc=1504447764;userid=CfRp5bKbQVwh",
        "http://ums.example.com/mapuser?providerid=1062;userid=CfRp5bKbQVwh",
        "https://t.example.net/px?a=1;visitor_id=CfRp5bKbQVwh;b=2",
        "https://dmp.example.org/srv/sync/alias/?cId=pulsepoint;uId=CfRp5bKbQVwh",
        "https://x.example.com/p?x=1&y=2;uid=CfRp5bKbQVwh",
    ],
)
def test_a_client_id_in_a_semicolon_query_is_found(url: str) -> None:
    assert cookies(f"GET {url} HTTP/1.1\nHost: x") == ["CfRp5bKbQVwh"]
    assert cookies(f"HTTP/1.1 302 Found\nLocation: {url}\n") == ["CfRp5bKbQVwh"]


@pytest.mark.parametrize(
    "text",
    [
        # no "?": a path's parameters or prose, not a query
        "GET /a/b;userid=CfRp5bKbQVwh/c HTTP/1.1",
        "note: x=1;userid=CfRp5bKbQVwh",
        # a space between the "?" and the key: not one URL
        "GET /p?x=1 ;userid=CfRp5bKbQVwh",
        # a key that names no id, a value no id
        "GET /p?x=1;lang=en-US-variant;theme=darkmode",
        "GET /p?x=1;userid=summer_sale_2024",
    ],
)
def test_a_semicolon_pair_outside_a_query_or_naming_no_id_is_not_found(text: str) -> None:
    assert cookies(text) == []


def test_an_id_beside_a_semicolon_query_is_still_found() -> None:
    text = (
        "GET http://ums.example.com/mapuser?providerid=1062;cfp=1;userid=CfRp5bKbQVwh HTTP/1.1\n"
        f"Cookie: lang=en; sid={SID}\n"
    )
    assert cookies(text) == ["CfRp5bKbQVwh", SID]


# --- a Unix time and a random draw ----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("XSRF-TOKEN", "1697313924|opmmeNFFGFlx"),
        ("XSRF-TOKEN", "1697313924.kYXcPMxuCHoq"),
        ("csrf_token", "1700000000|QwErTyUiOpAs"),
        ("session_id", "1650000000|zzKqPLmnoWxY"),
        ("visitor_id", "1600000000.abCDefGHijKL"),
        ("XSRF-TOKEN", "1697328368|yEE7Pr7Pytpo"),  # a digit in the draw: found before too
    ],
)
def test_a_time_and_a_draw_under_an_id_name_is_the_id(name: str, value: str) -> None:
    assert cookies(f"Set-Cookie: {name}={value}; Path=/; Secure") == [value]
    assert cookies(f"Cookie: lang=en; {name}={value}") == [value]


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("theme", "1697313924|opmmeNFFGFlx"),  # a name that names no id
        ("lastvisit", "1697313924|opmmeNFFGFlx"),
        ("XSRF-TOKEN", "1697313924|DarkModeOn"),  # words in capitals
        ("XSRF-TOKEN", "1697313924|darkMode"),
        ("XSRF-TOKEN", "1697313924|abcdefgh"),  # one case: a word
        ("XSRF-TOKEN", "9997313924|opmmeNFFGFlx"),  # no Unix time
        ("XSRF-TOKEN", "1697313924|AbCd"),  # too short a draw
    ],
)
def test_a_time_and_a_draw_look_alike_is_not_the_whole_id(name: str, value: str) -> None:
    assert value not in cookies(f"Cookie: {name}={value}; uid={SID}")
    assert SID in cookies(f"Cookie: {name}={value}; uid={SID}")


def test_the_time_of_a_time_and_draw_is_not_echoed() -> None:
    # the token's time written again as a request id's time is a time, not the id
    text = (
        "HTTP/1.1 200 OK\nX-Wix-Request-Id: 1697313924.49589553253625423\n"
        "set-cookie: XSRF-TOKEN=1697313924|opmmeNFFGFlx; Path=/; Secure\n"
    )
    assert cookies(text) == ["1697313924|opmmeNFFGFlx"]


# --- an id echoed in base64 -----------------------------------------------------------------

AASP = "C4F8DBD63FDA6E707EC04DC8C5C54A51D10CB5E6FC501A8D548184356ABC257C11D8F15CDC21D89A"


def packed(value: str, prefix: bytes = b"\x00\x00\x00\xfa", *, urlsafe: bool = True) -> str:
    raw = prefix + value.encode() + b"|1" + bytes(range(200, 240))
    enc = base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)
    return enc.decode().rstrip("=") if urlsafe else enc.decode()


@pytest.mark.parametrize(
    ("prefix", "urlsafe"),
    [(b"\x00\x00\x00\xfa", True), (b"", True), (b"\x01", False), (b"\x01\x02", True),
     (b"v=1;", False)],
)  # fmt: skip
def test_an_id_echoed_in_base64_makes_the_token_an_id(prefix: bytes, urlsafe: bool) -> None:
    token = packed(AASP, prefix, urlsafe=urlsafe)
    text = (
        f"HTTP/1.1 200 OK\nSet-Cookie: aasp={AASP}; Domain=.example.com; Secure\n"
        f"scnt: {token}\nContent-Type: application/json\n"
    )
    assert cookies(text) == [AASP, token]
    # as a key's value after "=" or in JSON, too
    assert cookies(f"Cookie: aasp={AASP}\nGET /x?t={token}&y=1")[-1] == token


def test_a_base64_token_without_a_found_id_is_not_an_echo() -> None:
    token = packed(AASP)
    # the id is nowhere else in the text: the token alone is no id by this rule
    assert cookies(f"HTTP/1.1 200 OK\nscnt: {token}\nSet-Cookie: theme=dark\n") == []


def test_an_encoded_echo_inside_a_jwt_segment_is_not_reported() -> None:
    payload = base64.urlsafe_b64encode(b'{"sid":"' + AASP.encode() + b'"}').decode().rstrip("=")
    jwt = f"eyJhbGciOiJIUzI1NiJ9.{payload}.c2lnbmF0dXJl"
    text = f"Set-Cookie: aasp={AASP}\nAuthorization: Bearer {jwt}\n"
    assert AASP in cookies(text)
    assert all(payload not in v for v in cookies(text))


def test_a_short_id_is_not_searched_encoded() -> None:
    short = "Ab3dE5gH9k"  # ten characters: its base64 may repeat by chance
    token = packed(short)
    text = f"Set-Cookie: uid={short}x7Q\nscnt: {token}\n"
    assert cookies(text) == [f"{short}x7Q"]


# --- random pieces joined by dots under a sync URL's key --------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://bh.example.com/bh/rtset?do=add&pid=560776&xid=DgtfWr0k.9JIX8s2sdCFFWkI&soc_src=mail",
        "https://sync.example.net/usersync?bidder=x&id=Q7w9kd2Z.ab12CD34ef",
        "https://x.example.org/setuid?p=a1b2c3d4.e5f6a7b8.c9d0e1f2",
    ],
)
def test_dotted_random_pieces_under_a_sync_key_are_the_partner_id(url: str) -> None:
    value = url.rsplit("=", 1)[1] if "soc_src" not in url else "DgtfWr0k.9JIX8s2sdCFFWkI"
    assert cookies(f"HTTP/1.1 302 Found\nLocation: {url}\n") == [value]


@pytest.mark.parametrize(
    "query",
    [
        "host=server01.pool42xy",  # a word and a number: a host's label
        "dom=cdn.example99.net",  # a host name
        "v=2.10.4.1234",  # a version
        "x=abcdefgh.ijklmnop",  # no digit
        "x=a1.b2.c3d4e5f6",  # short pieces
        "x=Ab12Cd34.Ef56Gh78.Ij90Kl12.Mn34Op56",  # four pieces
    ],
)
def test_dotted_look_alikes_under_a_sync_key_stay_unfound(query: str) -> None:
    assert cookies(f"GET /sync?{query}&uid={SID} HTTP/1.1") == [SID]


def test_dotted_pieces_outside_a_sync_url_stay_unfound() -> None:
    assert cookies(f"GET /page?xid=DgtfWr0k.9JIX8s2sdCFFWkI HTTP/1.1\nCookie: sid={SID}") == [SID]


# --- HTTP/2 pseudo-headers: the ":authority" line is the URL's host ----------------------------

UUID = "0b7c1a2e-9f3d-4c2b-8e1a-6d5f4c3b2a19"


@pytest.mark.parametrize(
    "block",
    [
        f":authority: sync1.example.com\n:method: GET\n:path: /pe/Servlet?at=20&pcid={UUID}&x=1\n:scheme: https",
        f":method: GET\n:path: /pe/Servlet?at=20&pcid={UUID}&x=1\n:authority: sync1.example.com\n:scheme: https",
        f"(request, as sent)\n:authority: usersync.example.net\n:method: GET\n:path: /x?a=1&k={UUID}",
        f"  :authority: cm.example.org\n  :path: /cm?partner=3&p={UUID}",
    ],
)
def test_a_sync_host_on_the_authority_line_makes_a_sync_url(block: str) -> None:
    assert cookies(block) == [UUID]


@pytest.mark.parametrize(
    "block",
    [
        # the host names no sync
        f":authority: www.example.com\n:method: GET\n:path: /pe/Servlet?at=20&pcid={UUID}&x=1",
        # another request's block: an empty line between
        f":authority: sync1.example.com\n\n:method: GET\n:path: /pe/Servlet?at=20&pcid={UUID}",
        # no ":path" line: a path alone in prose
        f":authority: sync1.example.com\nsee /pe/Servlet?at=20&pcid={UUID}",
        # a party's own key on a sync host
        f":authority: sync1.example.com\n:path: /pe?publisher_id={UUID}",
    ],
)
def test_a_pseudo_header_block_without_a_sync_host_keeps_the_value_unfound(block: str) -> None:
    assert cookies(block) == []


def test_an_id_beside_a_pseudo_header_block_is_still_found() -> None:
    block = f":authority: www.example.com\n:path: /pe?k={UUID}\ncookie: sid={SID}"
    assert cookies(block) == [SID]


# --- a CSRF token or secret in a cookie's JSON record ------------------------------------------

SECRET = "qi0YLgdGK3IDDEMLyi3nAqRo"


def b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


@pytest.mark.parametrize(
    "key", ["csrfSecret", "csrfToken", "csrf", "_csrf", "xsrf-token", "XSRF_TOKEN", "app.csrfKey"]
)
def test_a_csrf_field_of_a_base64_json_record_is_the_session_id(key: str) -> None:
    value = b64(b'{"' + key.encode() + b'":"' + SECRET.encode() + b'"}')
    assert cookies(f"Set-Cookie: diggSession={value}; path=/; HttpOnly") == [value]


def test_a_csrf_field_of_a_percent_encoded_json_record_is_found_in_place() -> None:
    value = f"%7B%22theme%22%3A%22dark%22%2C%22csrfToken%22%3A%22{SECRET}%22%7D"
    assert cookies(f"Cookie: prefs={value}") == [SECRET]


@pytest.mark.parametrize(
    "record",
    [
        b'{"csrfSecret":"true"}',  # a flag
        b'{"csrfEnabled":"qi0YLgdGK3IDDEMLyi3nAqRo"}',  # a key naming a setting
        b'{"lang":"en","theme":"dark"}',  # settings
        b'{"csrf_header":"X-CSRF-Token"}',  # the header's name, a word
    ],
)
def test_a_record_without_a_csrf_value_stays_unfound(record: bytes) -> None:
    assert cookies(f"Set-Cookie: s={b64(record)}; path=/\nCookie: sid={SID}") == [SID]

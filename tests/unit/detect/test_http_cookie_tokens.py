"""Cookies in recorded HTTP traffic (issue 10, fourth HTTP set): tokens and named fields.

A JWT or ``*_token`` value of a cookie pair is the browser's session cookie (``COOKIE_ID``),
not a bearer credential; the fields of a cookie value made of ``k=v`` pairs are identifiers
only when they are not placeholders or words, and a number under an id-named key is one.
"""

from __future__ import annotations

import pytest

from privkit.detect import Scanner

# A signed token with a subject: its claims name who it is about (a token of settings only,
# such as a signed {"LoggedIn":"False"}, is no id: test_http_twenty_first.py).
JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJMb2dnZWRJbiI6IkZhbHNlIiwic3ViIjoidTg4MTI3MzQifQ.EoXpuJ2uUOep_abcdEFGH1234"


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


def found(scanner: Scanner, text: str) -> set[tuple[str, str]]:
    return {(f.entity_type.value, text[f.start : f.end]) for f in scanner.scan(text)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (f"Cookie: a=1; MomFriendlySessionCookie={JWT}", JWT),
        (f'{{"Cookie": ["x-csrf-jwt={JWT}"]}}', JWT),
        (f"set-cookie: sid={JWT}; Path=/; HttpOnly", JWT),
        ('Set-Cookie: leo_auth_token="GST:UBA_spwEoFGPgXRuP7zoPwuQ:1453756870:0ed3894727"; Path=/',
         "GST:UBA_spwEoFGPgXRuP7zoPwuQ:1453756870:0ed3894727"),
    ],
)  # fmt: skip
def test_token_cookie_values_are_cookie_ids(scanner: Scanner, text: str, value: str) -> None:
    got = found(scanner, text)
    assert ("COOKIE_ID", value) in got
    assert not any(e == "AUTH_TOKEN" for e, _ in got)


@pytest.mark.parametrize(
    "text",
    [
        f"Authorization: Bearer {JWT}",
        f"GET /hub?access_token={JWT} HTTP/1.1",
        f"GET /a?x=1 HTTP/1.1\nCookie: a=b\nX-Token: {JWT}",
        f"token={JWT} cookie=none",
    ],
)
def test_tokens_outside_cookie_values_stay_auth_tokens(scanner: Scanner, text: str) -> None:
    assert ("AUTH_TOKEN", JWT) in found(scanner, text)


@pytest.mark.parametrize(
    "text",
    [
        "Cookie: initialTrafficSource=utmcsr=(direct)|utmcmd=(none)|utmccn=(not set)",
        "Cookie: __utm_parameter=utmcsr=(referral)|utmcmd=(organic)",
        "Set-Cookie: SRCHHPGUSR=SRCHLANG=zh-Hans; path=/",
        "Cookie: prefs=locale=pt-BR&theme=darkMode",
    ],
)
def test_placeholder_and_word_fields_are_not_ids(scanner: Scanner, text: str) -> None:
    assert not any(e == "COOKIE_ID" for e, _ in found(scanner, text))


def test_a_number_under_an_id_key_is_the_id(scanner: Scanner) -> None:
    text = "Cookie: MaOMa=VisitorID=1611304118&CountryCodeShort=GB&CountryID=464&CurrencyID=-1"
    cookies = {v for e, v in found(scanner, text) if e == "COOKIE_ID"}
    assert cookies == {"1611304118"}


def test_a_time_under_a_plain_key_is_still_not_an_id(scanner: Scanner) -> None:
    assert not any(e == "COOKIE_ID" for e, _ in found(scanner, "Cookie: dd=rum=0&last=1611304118"))


def cookie_values(scanner: Scanner, text: str) -> set[str]:
    return {v for e, v in found(scanner, text) if e == "COOKIE_ID"}


def test_pairs_after_a_json_value_are_read(scanner: Scanner) -> None:
    uid = "2ac69163-592d-4e70-850d-ce36ec19d931"
    text = f'cookie: geo={{"countryCode": "se", "list": ["a; b"]}}; device=desktop; _vis={uid}'
    assert cookie_values(scanner, text) == {uid}
    assert uid in cookie_values(scanner, f"Cookie: prefs=[1, 2]; _vis={uid}")


def test_an_unclosed_json_value_stops_the_reading_as_before(scanner: Scanner) -> None:
    text = 'cookie: geo={"countryCode": "se"; _vis=2ac69163-592d-4e70-850d-ce36ec19d931'
    assert cookie_values(scanner, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Cookie: SRCHUSR=DOB=20240711",  # a compact date
        "Cookie: first_seen=19991231",
        "Set-Cookie: __cflb=02DiuGhswyBQMKMxNMe2PRJGvTAmYrSvrM21PkChsKef6; path=/",  # balancer
        "Cookie: _gaexp=GAX1.2.i56X8jLxSgugMFuQcjlEuw.18237.0",  # an experiment record
        "Cookie: cookie1=value1; cookie2=server12",  # a word and a counter
        # base64 of a JSON record without an id key ({"Pn":{"Cn":1,"St":0,"Prod":"P"}})
        "Cookie: _HPVN=CS=eyJQbiI6eyJDbiI6MSwiU3QiOjAsIlFzIjowLCJQcm9kIjoiUCJ9fQ==",
    ],
)
def test_settings_dates_balancers_and_experiments_are_not_ids(scanner: Scanner, text: str) -> None:
    assert cookie_values(scanner, text) == set()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Cookie: visit=20241399", "20241399"),  # not a date (month 13)
        ("Cookie: vid=a1b2c3d4e5f6", "a1b2c3d4e5f6"),
        # base64 of a JSON record that names an id ({"userId":"abc12345678"})
        ("Cookie: st=CS=eyJ1c2VySWQiOiJhYmMxMjM0NTY3OCJ9", "eyJ1c2VySWQiOiJhYmMxMjM0NTY3OCJ9"),
    ],
)
def test_near_misses_stay_ids(scanner: Scanner, text: str, value: str) -> None:
    assert value in cookie_values(scanner, text)


def test_a_signed_session_value_without_fields_is_reported_whole(scanner: Scanner) -> None:
    value = (
        "UlhuZzdnMUxvRjdnMFMxajlFeEFlNDJRQjEwbVlHeEdML3Z1ZDRpMzY0ak1henc1clMwWVdJQXJ0PQ%3D%3D"
        "--ebff94e1d82babaca5b55404e2e5da785cd12fb8"
    )
    assert cookie_values(scanner, f"cookie: _app_session={value}") == {value}
    assert cookie_values(scanner, f"cookie: s={value.replace('%3D', '=')}; a=1") == {
        value.replace("%3D", "=")
    }


def test_a_bracketed_prefix_is_not_a_json_value(scanner: Scanner) -> None:
    text = "Set-Cookie: s_vi=[CS]v1|2A74A4EE051D3B16-6000014AC00F5216[CE]; Expires=Thu, 1 Jan"
    assert cookie_values(scanner, text)
    assert "[CS]" not in cookie_values(scanner, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("GET /collect?v=1&jid=&cid=948357285.1453212385&tid=UA-22828585-1&z=1", "948357285.1453212385"),
        ("GET /fd/ls/l?IG=7F958877A0B44FF0AC&CID=27EF5FA852976BB80EDC4B1153CD6A16&Type=Event.CPT",
         "27EF5FA852976BB80EDC4B1153CD6A16"),
        ("https://t.example.net/p?client_id=8f0c2b9e41d7a6c3&e=view", "8f0c2b9e41d7a6c3"),
    ],
)  # fmt: skip
def test_client_id_query_values_are_cookie_ids(scanner: Scanner, text: str, value: str) -> None:
    assert value in cookie_values(scanner, text)


@pytest.mark.parametrize(
    "text",
    [
        "GET /promo?cid=summer_sale&x=1",  # a campaign name
        "GET /a?cid=1234&x=1",  # short
        "conn cid=948357285.1453212385 closed",  # not a query parameter
        "GET /watch?vid=8f0c2b9e41d7a6c3",  # not a client id key
    ],
)
def test_other_cid_values_are_not_cookie_ids(scanner: Scanner, text: str) -> None:
    assert cookie_values(scanner, text) == set()


@pytest.mark.parametrize(
    ("text", "cookie_id"),
    [
        ('Cookie: bcookie="v=2&5783289e-21f7-4769-867a-534eb9d32a33"; lang=en', "5783289e-21f7-4769-867a-534eb9d32a33"),
        ("Cookie: vid=v=1&20210213143510a958f775AQGWwF3wfD3Od", "20210213143510a958f775AQGWwF3wfD3Od"),
    ],
)  # fmt: skip
def test_a_versioned_id_after_its_version_field(scanner, text, cookie_id):
    assert ("COOKIE_ID", cookie_id) in found(scanner, text)


@pytest.mark.parametrize(
    "text", ["Cookie: pref=a=1&darkmode_enabled_true&b=2", "Cookie: s=v=1&abcdefghijklmnop"]
)
def test_keyless_words_after_a_field_are_no_id(scanner, text):
    assert {e for e, _ in found(scanner, text)} == set()


def test_keyless_segments_stay_linear():
    import time

    from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES

    text = "Cookie: a=v=1" + "&" + "x" * 4000 + ("&" + "a1" * 10) * 150
    t0 = time.process_time()
    Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES).scan(text * 100)
    assert time.process_time() - t0 < 20 * len(text * 100) / 1e6

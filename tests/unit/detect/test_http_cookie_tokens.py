"""Cookies in recorded HTTP traffic (issue 10, fourth HTTP set): tokens and named fields.

A JWT or ``*_token`` value of a cookie pair is the browser's session cookie (``COOKIE_ID``),
not a bearer credential; the fields of a cookie value made of ``k=v`` pairs are identifiers
only when they are not placeholders or words, and a number under an id-named key is one.
"""

from __future__ import annotations

import pytest

from privkit.detect import Scanner

JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJMb2dnZWRJbiI6IkZhbHNlIn0.EoXpuJ2uUOep_abcdEFGH1234"


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

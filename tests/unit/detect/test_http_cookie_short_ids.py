"""Cookie ids the HTTP sets' development parts missed after H222's labelling decisions (H223).

A session cookie's short grouped value ("GUCS=AV78X-IQ"), an id echoed in quotes (an ETag)
or after a field's name ("g_surferid~<id>" then "_test=<id>"), and a sync partner's id on
PulsePoint's "/bh/rtset" path, a short one too ("ev=sNRBJVP2NQM"). Short values with
hyphens that are codes, dates, versions, languages or buckets stay unfound.
"""

from __future__ import annotations

import pytest
from tests.unit.detect._patterns import found

SID = "f3K9xQ2mZ7pL4vR8tW1yB6nC"


def cookies(text: str) -> list[str]:
    return [v for _, v in found(text, "COOKIE_ID")]


@pytest.mark.parametrize(
    ("name", "value"),
    [("GUCS", "AV78X-IQ"), ("sessionid", "AB12-CD34"), ("sid", "ab12c-x9k"),
     ("JSESSIONID", "Q7w-9kd2Z"), ("visitor_id", "x7Kq2_Lm9")],
)  # fmt: skip
def test_a_short_grouped_value_under_a_session_name_is_the_id(name: str, value: str) -> None:
    assert cookies(f"Cookie: {name}={value}; theme=dark") == [value]
    assert cookies(f"Set-Cookie: {name}={value}; Max-Age=1800; Path=/") == [value]


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("GUCS", "en-US"),  # a language
        ("GUCS", "2024-01-05"),  # a date
        ("visitor_id", "variant-B"),  # an A/B bucket
        ("GUCS", "control-12"),  # a bucket with a number
        ("user_id", "v2-beta"),  # a version
        ("GUCS", "1-2-3"),  # short numbers
        ("uid", "x86_64-linux"),  # a platform
        ("GUCS", "v1_2_3"),  # a version
        ("theme", "AV78X-IQ"),  # no session's name: a code
        ("GUCS", "AAAA-AAAA"),  # no randomness
        ("GUCS", "AB12-XY"),  # six letters and digits: a code
    ],
)
def test_a_short_grouped_look_alike_stays_unfound(name: str, value: str) -> None:
    # (names of the session pattern, "sid=", "sessionid=", take any value of six characters
    # or more, as before H223: not this rule's)
    assert cookies(f"Cookie: {name}={value}; uid={SID}") == [SID]


def test_an_id_echoed_in_quotes_is_that_id() -> None:
    etag = "LSCUi3zixKpyrp1ujSOO3YKgkcSDPsWGvl13XquesbQ="
    text = (
        f'HTTP/1.1 302\nEtag: "{etag}"\nLocation: //tags.example.com/site/1?id={etag}\n'
        f"Set-Cookie: pl_user_id={etag}; Max-Age=315360000\n"
    )
    assert cookies(text) == [etag, etag, etag]


def test_a_quoted_value_that_repeats_no_id_is_not_found() -> None:
    text = f'HTTP/1.1 200\nEtag: "33a64df551425fcc55e4d42a148795d9"\nSet-Cookie: sid={SID}\n'
    assert cookies(text) == [SID]


def test_the_id_after_a_field_name_and_tilde_is_echoed() -> None:
    uid = "ZkvnsAAAJdiViwBP"
    text = (
        f"GET https://pixel.example.com/px?pid=1&gdpr=1&_test={uid}\n"
        f"set-cookie: everest_g_v2=g_surferid~{uid}; Domain=.example.com\n"
    )
    got = cookies(text)
    assert uid in got
    assert f"g_surferid~{uid}" in got


@pytest.mark.parametrize(
    "value",
    ["BC80FD9F150DAC59000E803102834E07", "Q5577341651804491364", "sNRBJVP2NQM",
     "eee21add-0e27-4614-bd87-4bcae47dbfe0", "AAKQM07Ml88AABUiv2H15A"],
)  # fmt: skip
def test_a_partner_id_on_a_rtset_sync_path_is_found(value: str) -> None:
    text = f"Location: http://bh.example.com/bh/rtset?do=add&pid=560505&ev={value}\nP3P: x"
    assert cookies(text) == [value]


@pytest.mark.parametrize(
    "query",
    [
        "sync?dpid=82Redirect",  # a number and a word
        "match/v1?supply_id=vviA7jzZ&x=1",  # the supply side's id
        "rtset?do=add&ev=ABC12345",  # a code: one case
        "rtset?do=add&ev=v2020abc",  # a word with a number
        "rtset?do=add&pid=558502",  # the partner's number
        "sync?123=aB3dE5gH",  # a short value under a key of digits
    ],
)
def test_a_short_value_in_a_sync_url_that_is_no_id_stays_unfound(query: str) -> None:
    assert cookies(f"GET https://s.example.com/{query} HTTP/1.1\nCookie: uid={SID}") == [SID]

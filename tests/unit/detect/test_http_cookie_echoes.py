"""Cookie ids in recorded HTTP traffic (issue 10, fifth HTTP set): echoes, query keys, shapes.

A browser's id set by a cookie travels on: trackers put it in the next URL's query
(``Location: ...&m=<id>``, ``fid=<s_fid>``), cookie-sync pixels name it ``p_user_id`` or
``vid``. Cookie values that read as settings (a page path, a time with a label, a version
with a locale, a base64-encoded ``Accept`` header) are not ids; random letters are.
"""

from __future__ import annotations

import base64

import pytest
from tests.unit.detect._patterns import found

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner

ID = "pa_9XaGwna1CSIKdXwO7"


def cookies(text: str) -> list[str]:
    return [v for _, v in found(text, "COOKIE_ID")]


def test_an_id_set_by_a_response_is_found_again_in_its_redirect() -> None:
    text = (
        "HTTP/1.1 302\n"
        f"Location: https://p.example.com/t.gif?pid=37&pdid={ID}&cu=https%3A%2F%2Fx.example\n"
        f"Set-Cookie: pa_uid={ID};Path=/;Domain=.example.co\n"
    )
    assert cookies(text) == [ID, ID]


def test_an_echo_inside_an_encoded_url_is_found() -> None:
    text = (
        "Location: https://ads.example.com/px?id=2539961&piggyback=https%3A%2F%2Fads.example"
        f".com%2Fv1%3Fnwid%3D1000%26eid%3D{ID}%26sigv%3D1\n"
        f"Set-Cookie: pa_uid={ID};Path=/\n"
    )
    assert cookies(text) == [ID, ID]


def test_a_header_that_repeats_a_session_cookie_is_that_id() -> None:
    canary = "VOXQP6xtGkiNnv7E4rFt8TrmclqVFtQI4IJqZflrR7Wz9AMPk"
    text = f"POST /owa/service.svc HTTP/1.1\nCookie: X-OWA-CANARY={canary}\nX-OWA-CANARY: {canary}"
    assert cookies(text) == [canary, canary]


def test_the_same_value_inside_a_longer_token_or_path_segment_is_not_an_echo() -> None:
    vid = "2d0d6f08-6bcf-4d6e-b1ea-fe23d2a9c79f"
    text = (
        f"GET https://cdn.example.com/lclst/{vid}x/ls.html HTTP/1.1\n"
        f"Referer: https://example.com/x{ID}y\n"
        f"Cookie: uid={vid}; other={ID}"
    )
    assert cookies(text) == [vid, ID]


def test_a_whole_path_segment_that_repeats_an_id_is_that_id() -> None:
    # H222's decision 1: an echo written as a whole token, a path segment too (H223)
    vid = "2d0d6f08-6bcf-4d6e-b1ea-fe23d2a9c79f"
    text = (
        f"GET https://cdn.example.com/lclst/{vid}/ls.html?purl=x&vid={vid} HTTP/1.1\n"
        f"Location: http://sync.example.ca/sync/partner/579204c700ca1000/{ID}\n"
        f"Set-Cookie: dmuid=579204c700ca1000; path=/\n"
    )
    assert cookies(text) == [vid, vid, "579204c700ca1000", "579204c700ca1000"]


def test_echoes_stay_within_one_text_of_a_batch() -> None:
    scanner = Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)
    first = f"Set-Cookie: pa_uid={ID}; Path=/"
    second = f"GET /p?m={ID}&x=1 HTTP/1.1"
    a, b = scanner.scan_many([first, second])
    assert [first[f.start : f.end] for f in a] == [ID]
    assert not any(f.entity_type.value == "COOKIE_ID" for f in b)
    assert not any(f.entity_type.value == "COOKIE_ID" for f in scanner.scan(second))


@pytest.mark.parametrize(
    ("query", "value"),
    [
        ("vid=2d0d6f08-6bcf-4d6e-b1ea-fe23d2a9c79f", "2d0d6f08-6bcf-4d6e-b1ea-fe23d2a9c79f"),
        ("p_user_id=206405715201", "206405715201"),
        ("external_user_id=QFxV6kQMD-RYWgiwQwlA4RMOW", "QFxV6kQMD-RYWgiwQwlA4RMOW"),
        ("cm_user_id=VokftrlQJkMAAG0bCJIAAAIF", "VokftrlQJkMAAG0bCJIAAAIF"),
    ],
)
def test_query_keys_naming_a_visitor_or_user_id_hold_cookie_ids(query: str, value: str) -> None:
    assert cookies(f"GET https://px.example.com/sync?nw=1&{query}&t=2 HTTP/1.1") == [value]


@pytest.mark.parametrize("query", ["vid=summer_sale", "uid=0", "user_id=guest", "p_user_id=123"])
def test_short_or_worded_values_under_those_keys_are_not_ids(query: str) -> None:
    assert cookies(f"GET https://px.example.com/sync?{query}&t=2 HTTP/1.1") == []


def test_random_letters_are_an_id_but_words_in_mixed_case_are_not() -> None:
    text = "Cookie: VISITOR_INFO1_LIVE=kYXcPMxuCHo; device=iPhoneXsMax; brand=McDonalds"
    assert cookies(text) == ["kYXcPMxuCHo"]


@pytest.mark.parametrize(
    "pair",
    [
        "mkt=/gb/en/",  # a site section and locale
        "s_nr2=1453461139980-New",  # a time and a new/repeat label
        "AppcacheVer=15.0.1236.3:en-usbase",  # a version and a build label
        "CGIC=" + base64.b64encode(b"\x12\x14Utext/html,application/xhtml+xml,image/webp,"
                                   b"image/apng,*/*;q=0.8").decode().rstrip("="),
    ],
)  # fmt: skip
def test_settings_are_not_cookie_ids(pair: str) -> None:
    assert cookies(f"Cookie: {pair}") == []


def test_encoded_records_that_name_an_id_or_are_random_stay_ids() -> None:
    record = base64.b64encode(b"\x12\x04user=jsmith;\x1atheme=dark;locale=en-gb;view=list").decode()
    random = base64.b64encode(bytes(range(7, 250, 9))).decode()
    text = f"Cookie: pref={record}; sess={random}"
    assert cookies(text) == [record, random]


def test_a_marked_token_list_gives_its_id_without_the_markers() -> None:
    adobe = "2B5107460507DDF6-4000011000106BA4"
    text = f"GET /b/ss/x/1?AQB=1&vidn={adobe}&ndh=1 HTTP/1.1\nCookie: s_vi=[CS]v1|{adobe}[CE]"
    assert cookies(text) == [adobe, adobe]


QUOTED = "v1_Rj7jXkq9/abcDEF+ghi0PqrS1tu2Fg=="


@pytest.mark.parametrize(
    "text",
    [
        f'{{"Cookie": ["sess=\\"{QUOTED}\\"; lang=en"]}}',  # a cassette's JSON list
        f'{{"Set-Cookie": ["sess=\\"{QUOTED}\\"; Path=/; HttpOnly"]}}',
        f'{{"name": "Cookie", "value": "a=1; sess=\\"{QUOTED}\\"; lang=en"}}',  # a HAR header
        f'Set-Cookie: sess="{QUOTED}"; Path=/; HttpOnly',
    ],
)
def test_a_quoted_value_is_read_whether_or_not_its_quotes_are_escaped(text: str) -> None:
    assert cookies(text) == [QUOTED]


def test_an_escaped_quote_inside_an_unquoted_value_ends_nothing_else() -> None:
    # the pair after a value holding a backslash is still read; "lang" stays a setting
    assert cookies('Cookie: a="b\\c"; d=12345678abcdef; lang=en') == ["12345678abcdef"]


def test_a_name_value_record_gives_the_value_its_name_identifies() -> None:
    rec = (
        "%7B%22name%22%3A%22atuserid%22%2C%22val%22%3A%2275f6c4d2-2b0e-4f13-9b8c-1a7e33cf2e21%22%7D"
    )
    theme = "%7B%22name%22%3A%22theme%22%2C%22val%22%3A%22dark-high-contrast%22%7D"
    text = f"Cookie: atuserid={rec}; ui={theme}; privacy=july2019"
    assert cookies(text) == ["75f6c4d2-2b0e-4f13-9b8c-1a7e33cf2e21"]

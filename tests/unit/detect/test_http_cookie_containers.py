"""Cookie ids in pairs no header names (helper H211).

A Netscape cookie file's lines, curl's ``-b``/``--cookie`` argument, a program's mapping of
cookie names to values, a call or assignment that sets one cookie, and Python's requests
writing a jar's cookie: each pair is judged as the same pair of a ``Cookie`` header is.
"""

from __future__ import annotations

import pytest

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner

JAR = (
    "# Netscape HTTP Cookie File\n"
    ".shop.test\tTRUE\t/\tFALSE\t1893456000\tqz_visit\t{sid}\n"
    "#HttpOnly_shop.test\tFALSE\t/\tTRUE\t0\tauth_s\t{b64}\n"
    ".shop.test\tTRUE\t/\tFALSE\t1893456000\tlang\ten-GB\n"
)
SID = "9f3b2c7d1e4a5b6c8d0e1f2a3b4c5d6e"
B64 = "Rj7jQ0x/ab+Kd9w2Lm3NqZpT4uV1wX=="


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)  # pattern mode


def cookie_ids(scanner: Scanner, text: str) -> list[str]:
    return [text[f.start : f.end] for f in scanner.scan(text) if f.entity_type.value == "COOKIE_ID"]


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        # a Netscape cookie file (curl's -c, wget's --save-cookies), HTTP-only prefix too
        (JAR.format(sid=SID, b64=B64), [SID, B64]),
        # curl's option, quoted, bare, long form, on a continued line
        (f"curl -s -b 'lang=en; qz_visit={SID}' https://api.shop.test/v1/me", [SID]),
        (f"curl -b qz_visit={SID} https://api.shop.test/v1/me", [SID]),
        (f'curl https://api.shop.test/v1/me \\\n  --cookie "qz_visit={SID}; theme=dark"', [SID]),
        (f'curl.exe https://api.shop.test/v1/me ^\r\n  -b "qz_visit={SID}"', [SID]),
        # a program's mapping of cookie names to values (Python, JSON, Ruby, JavaScript)
        (f"cookies = {{'lang': 'en', 'qz_visit': '{SID}'}}", [SID]),
        (f'{{"cookies": {{\n  "qz_visit": "{B64}",\n  "theme": "dark"\n}}}}', [B64]),
        (f"COOKIE_JAR = {{ 'qz_visit' => '{SID}' }}", [SID]),
        (f"const cookies = {{ qz_visit: '{SID}', lang: 'en' }};", [SID]),
        (f"r = requests.get(url, cookies={{'qz_visit': '{SID}'}})", [SID]),
        # one cookie set by a call or an assignment, and requests' jar written out
        (f"setcookie('qz_visit', '{SID}', time() + 3600, '/');", [SID]),
        (f"session.cookies.set('qz_visit', '{SID}', domain='.shop.test')", [SID]),
        (f'Cookie c = new Cookie("qz_visit", "{SID}");', [SID]),
        (f"cookies['qz_visit'] = '{SID}'", [SID]),
        (f"<RequestsCookieJar[<Cookie qz_visit={SID} for .shop.test/>]>", [SID]),
    ],
)
def test_pairs_outside_headers_are_read(scanner: Scanner, text: str, ids: list[str]) -> None:
    assert cookie_ids(scanner, text) == ids


@pytest.mark.parametrize(
    "text",
    [
        # settings and attributes stay none in every container
        ".shop.test\tTRUE\t/\tFALSE\t1893456000\tlang\ten-GB\n",
        "cookies = {'lang': 'en', 'theme': 'dark', 'path': '/'}",
        "setcookie('lang', 'en-GB', time() + 3600);",
        "curl -b 'lang=en; theme=dark' https://api.shop.test/",
        # a tab-separated line that is no jar's (no expiry column), "-b" of another command,
        # curl's "-b" naming a file it reads cookies from, a mapping under no cookie's name
        f"row\tTRUE\tx\tFALSE\tsoon\tqz_visit\t{SID}\n",
        f"git checkout -b qz_visit={SID}",
        f"curl https://api.shop.test/v1/me\nsort -b qz_visit={SID}",
        "curl -b cookies.txt https://api.shop.test/",
        f"headers = {{'qz_visit': '{SID}'}}",
        # a call whose arguments are variables, not written values
        "set_cookie(name, value, max_age=3600)",
    ],
)
def test_settings_and_other_lines_are_not_ids(scanner: Scanner, text: str) -> None:
    assert cookie_ids(scanner, text) == []


def test_a_cookie_object_is_read_once(scanner: Scanner) -> None:
    # a mapping with "name" and "value" keys is one cookie object (read as before), no
    # mapping of names: its value is found once, "name" is no cookie's name
    text = f'cookie = {{"name": "qz_visit", "value": "{SID}", "path": "/"}}'
    assert cookie_ids(scanner, text) == [SID]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("X-Zendesk-User-Id: 2", "2"),
        ("x-user-id: 48213397", "48213397"),
        (f"X-Acme-UserId: {SID}", SID),
        ("User-Id: k8jd2mqp9zxr", "k8jd2mqp9zxr"),
    ],
)
def test_a_user_id_header_holds_the_user_id(scanner: Scanner, text: str, value: str) -> None:
    assert cookie_ids(scanner, text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "X-User-Id: 0",  # no account
        "X-User-Id: anonymous",  # a word
        "X-User-Id-Param: user",  # the field's name
        "user_id: 3",  # a YAML key, not a header's name
        "userid: 48213397",  # one word, no header's hyphen
        "X-Session-Id: 2",  # a session's header keeps its length
    ],
)
def test_other_user_id_lines_are_not_ids(scanner: Scanner, text: str) -> None:
    assert cookie_ids(scanner, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # an id header as recorded traffic writes it: a JSON member, a list of one, a YAML
        # cassette's list, a HAR's name/value object
        f'{{"X-Session-Id": "{SID}", "Accept": "*/*"}}',
        f'"headers": {{"X-CSRF-Token": ["{SID}"]}}',
        f"    X-Visitor-Id:\n    - {SID}\n    Vary:\n    - Accept\n",
        f"    X-User-Id:\n    - '{SID}'\n",
        f'{{"name": "X-Session-Id", "value": "{SID}"}}',
    ],
)
def test_id_headers_in_recorded_forms(scanner: Scanner, text: str) -> None:
    assert cookie_ids(scanner, text) == [SID]


@pytest.mark.parametrize(
    "text",
    [
        # a JSON log record's session field (no header's hyphen) is the record's, as before
        '{"pid": 61996, "session_id": "667c9c12.f22c", "line": 4}',
        '{"sessionId": "session-office-456", "userId": "user-456"}',
        # a word or the token's field name under a header's name
        '{"X-Session-Id": "none"}',
        '{"name": "X-CSRF-Param", "value": "authenticity_token"}',
    ],
)
def test_record_fields_and_words_stay_none(scanner: Scanner, text: str) -> None:
    assert cookie_ids(scanner, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # other names of the header: RFC 2965's Set-Cookie2, CGI's and WSGI's HTTP_COOKIE (a
        # framework's debug page, a request's environment in a log), a plural "cookies"
        f"Set-Cookie2: qz_visit={SID}; Version=1",
        f"'HTTP_COOKIE': 'lang=en; qz_visit={SID}',",
        f"cookies: lang=en; qz_visit={SID}",
        f'COOKIES = "qz_visit={SID}"',
    ],
)
def test_other_names_of_the_cookie_header(scanner: Scanner, text: str) -> None:
    assert cookie_ids(scanner, text) == [SID]


@pytest.mark.parametrize(
    "text",
    [
        f"GET /x?cookies=on&qz_visit_name={SID}",  # a query key, not a header
        "cookies: 3 stored, lang=en",  # a count, and a setting
        f"MY_HTTP_COOKIES_COUNT=4 sid_hash={SID}",  # another word
    ],
)
def test_cookie_words_that_are_no_header(scanner: Scanner, text: str) -> None:
    assert cookie_ids(scanner, text) == []


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        # a name that says "identifier" names an id, as "id" does, also beside a test's word
        (f"Set-Cookie: abtest-identifier={SID}; Path=/", [SID]),
        (f"Cookie: visitor_identifier={SID}", [SID]),
        # an experiment's cookie without it names a variant, as before; a word stays none
        (f"Set-Cookie: abtest-variant={SID}; Path=/", []),
        ("Cookie: experiment_identifier=control", []),
    ],
)
def test_identifier_names_an_id(scanner: Scanner, text: str, ids: list[str]) -> None:
    assert cookie_ids(scanner, text) == ids

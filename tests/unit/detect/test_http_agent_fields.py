"""A user-agent field's value is the agent, whole (issue 10, fourth HTTP set).

A browser agent pattern stops at its last ``product/version`` token; when the agent is the
value of a user-agent header line, quoted field or bracketed log field, the finding runs to
the value's end, and a bracketed field ends at its closing bracket, not at the line's end.
"""

from __future__ import annotations

import pytest

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner

SCANNER = Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)
CHROME = (
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/95.0.4638.54 Safari/537.36"
)


def agents(text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in SCANNER.scan(text) if f.entity_type.value == "USER_AGENT"
    ]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (f"GET / HTTP/1.1\nuser-agent: {CHROME} Chrome-Lighthouse\naccept: */*", f"{CHROME} Chrome-Lighthouse"),
        (f"User-Agent: {CHROME} (compatible; Pingdom)\r\nHost: a", f"{CHROME} (compatible; Pingdom)"),
        (f'{{"user_agent": "{CHROME} MyExtension", "status": 200}}', f"{CHROME} MyExtension"),
        (f"[client: 10.0.0.1] [useragent: {CHROME} Lighthouse] POST /x 404", f"{CHROME} Lighthouse"),
        ("[client: 10.0.0.1] [useragent: Mozilla/5.0 zgrab/0.x] GET /ecp 444", "Mozilla/5.0 zgrab/0.x"),
        ("[useragent: python-requests/2.32.3] GET /.git/config 404", "python-requests/2.32.3"),
        # a bracket inside the agent (in-app browsers, SDK tags) does not end the field
        (f"[useragent: {CHROME} [FBAN/FBIOS;FBAV/420.0]] GET / 200", f"{CHROME} [FBAN/FBIOS;FBAV/420.0]"),
        ("[ua: FBAndroidSDK.14.1.1 [FB] x] GET / 200", "FBAndroidSDK.14.1.1 [FB] x"),
        ("[useragent: okhttp/4.9 [beta]] GET /x", "okhttp/4.9 [beta]"),
    ],
)  # fmt: skip
def test_the_whole_field_value_is_the_agent(text: str, agent: str) -> None:
    assert agents(text) == [agent]


def test_an_unquoted_key_value_agent_keeps_its_end() -> None:
    text = f"ua={CHROME} status=200 path=/"
    assert agents(text) == [CHROME]


def test_an_agent_outside_a_field_keeps_its_end() -> None:
    text = f"saw {CHROME} Chrome-Lighthouse in the logs"
    assert agents(text) == [CHROME]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("level=info user_agent=curl/8.4.0 status=200 path=/x", "curl/8.4.0"),
        ("user_agent: okhttp/4.9.3, status: 200, path: /api", "okhttp/4.9.3"),
        ("ua=Googlebot/2.1 (+http://www.google.com/bot.html) took=5ms", "Googlebot/2.1 (+http://www.google.com/bot.html)"),
        # a key-like token inside the agent's parentheses is part of it
        ("user_agent=MyApp/1.0 (build=12; iOS 17) status=200", "MyApp/1.0 (build=12; iOS 17)"),
        # a header line has no next field: the whole value
        ("User-Agent: MyApp/1.0 (build=12; iOS 17) extra", "MyApp/1.0 (build=12; iOS 17) extra"),
        ('user_agent="TrackBack/1.02 x=1" status=200', "TrackBack/1.02 x=1"),
    ],
)  # fmt: skip
def test_an_unquoted_value_ends_at_the_next_field(text: str, agent: str) -> None:
    assert agents(text) == [agent]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("user_agent='okhttp/4.9.0' status=200", "okhttp/4.9.0"),
        ("ua='curl/8.4.0'", "curl/8.4.0"),
        # an apostrophe between letters is part of the agent, not its closing quote
        ("user_agent='MyBot/1.0 (How's my crawling?)' x=1", "MyBot/1.0 (How's my crawling?)"),
    ],
)  # fmt: skip
def test_a_single_quoted_agent_ends_at_its_quote(text: str, agent: str) -> None:
    assert agents(text) == [agent]


def test_a_single_quoted_agent_stays_linear() -> None:
    from tests.adversarial._linear import grows_linearly

    grows_linearly(lambda n: "user_agent='" + "ab'c" * (4 * n), SCANNER.scan)


# The nineteenth HTTP set (access-log lines of web servers and proxies): the quoted agent field
# of a combined-format line is the agent whole, after its last product token too.
@pytest.mark.parametrize(
    ("text", "agent"),
    [
        # a test log's typo inside the agent (elastic/beats' apache test-vhost.log)
        (('h 1.2.3.4 - - [04/Jul/2019:09:20:46 +0200] "GET / HTTP/1.1" 200 32953 "-" '
          '"Mozilla/5.0 (X11; Linux x86_64) Chrome/75.0.  3770.100 Safari/537.36"'),
         "Mozilla/5.0 (X11; Linux x86_64) Chrome/75.0.  3770.100 Safari/537.36"),
        # a tag after the last token; a request time between the size and the referrer
        ('::1 - - [x] "GET /b HTTP/1.1" 206 339 0.202 "http://r/" "Mozilla/5.0 (X11) Gecko/1 [FBAN/FB]" "-"',
         "Mozilla/5.0 (X11) Gecko/1 [FBAN/FB]"),
        # no response: the status is "-"
        ('::1 - - [x] "-" - - "-" "Mozilla/5.0 (X11) Gecko/1 x-tag"', "Mozilla/5.0 (X11) Gecko/1 x-tag"),
    ],
)  # fmt: skip
def test_the_quoted_agent_field_of_an_access_line_is_the_agent(text: str, agent: str) -> None:
    assert agents(text) == [agent]


@pytest.mark.parametrize(
    "text",
    [
        # a quoted string that is no access line's agent field keeps the pattern's end
        '{"msg": "Mozilla/5.0 (X11; Linux x86_64) Chrome/75.0 was seen", "n": 1}',
        # the referrer's quote is not preceded by a status: not the agent field
        'said "hello" "Mozilla/5.0 (X11; Linux x86_64) Chrome/75.0 was seen"',
        # the field does not close on its line
        '::1 - - [x] "GET / HTTP/1.1" 200 3 "-" "Mozilla/5.0 (X11) Gecko/1 and\nmore"',
    ],
)
def test_an_agent_in_other_quotes_keeps_its_end(text: str) -> None:
    (agent,) = agents(text)
    assert agent.startswith("Mozilla/5.0")
    assert not agent.endswith(("seen", "more"))


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        # Traefik writes an empty referrer as an unquoted "-": the quoted field after it is
        # the agent, whatever its shape (elastic/beats' traefik test log)
        (('81.2.69.193 - - [19/Jan/2018:10:01:02 +0000] "GET /m HTTP/1.1" 200 150 - "Android" '
         '623114 "Host-api" "http://172.25.0.6:4140" 8ms'), "Android"),
        ('::1 - - [x] "GET / HTTP/2.0" 200 2814 - "curl/7.62.0" 13 "Host-h" "http://h:1" 1ms', "curl/7.62.0"),
        # a quoted referrer after a "-" size is still the referrer
        ('1.2.3.4 - - [x] "GET / HTTP/1.1" 200 - "http://ref.example/" "Go-http-client/1.1"',
         "Go-http-client/1.1"),
    ],
)  # fmt: skip
def test_the_agent_after_an_unquoted_dash_referrer(text: str, agent: str) -> None:
    assert agents(text) == [agent]


def test_a_referrer_read_one_field_late_is_no_agent() -> None:
    # common format with a referrer and no agent field: the referrer is no agent
    assert agents('1.2.3.4 - - [x] "GET / HTTP/1.1" 200 - "http://ref.example/"') == []
    assert agents('1.2.3.4 - - [x] "GET / HTTP/1.1" 200 - "/local/page"') == []


# An ALB line (AWS's documented field list; values written here): the agent quoted right
# after the request is the line's agent; the later quoted fields (trace id, domain name,
# actions, redirect URL), after TLS fields written "-", are none.
_ALB = (
    "http 2021-03-14T09:12:57.000000Z app/my-alb/50dc6c495c0c9188 192.0.2.5:2817 - -1 -1 -1 "
    '301 - 118 366 "GET http://www.example.com:80/ HTTP/1.1" "{agent}" - - - '
    '"Root=1-58337364-23a8c76965a2ef7629b185e3" "www.example.com" "-" 0 '
    '2021-03-14T09:12:56.990000Z "redirect" "https://www.example.com:443/" "-" "-" "-"'
)


@pytest.mark.parametrize("agent", ["curl/7.46.0", CHROME, "Go-http-client/1.1"])
def test_a_load_balancer_line_has_one_agent_field(agent: str) -> None:
    assert agents(_ALB.format(agent=agent)) == [agent]


def test_a_combined_line_after_a_load_balancer_line_keeps_its_agent() -> None:
    # negative: the rule reads the field's own line only
    combined = '1.2.3.4 - - [x] "GET / HTTP/1.1" 200 - "http://ref.example/" "Wget/1.21"'
    text = _ALB.format(agent="curl/7.46.0") + "\n" + combined
    assert agents(text) == ["curl/7.46.0", "Wget/1.21"]


def test_a_field_of_two_agents_is_not_one_agent() -> None:
    # the rest of the quoted field holds another browser agent or a key: not one agent's tail
    text = f'::1 - - [x] "GET / HTTP/1.1" 200 12 "-" "{CHROME} x {CHROME}"'
    assert agents(text) == [CHROME, CHROME]
    text = f'::1 - - [x] "GET / HTTP/1.1" 200 12 "-" "{CHROME} User-Agent: curl/8.4.0"'
    assert CHROME in agents(text)


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        # CloudFront writes the agent encoded twice: "%2520" for a space, "%2528" for "("
        (("2021-03-04\t10:11:12\tAMS1\t512\t198.51.100.7\tGET\tx.test\t/a\t200\t-\t"
          "Mozilla/5.0%2520(X11;%2520Linux%2520x86_64)%2520Firefox/99.0\t-"),
         "Mozilla/5.0%2520(X11;%2520Linux%2520x86_64)%2520Firefox/99.0"),
        ("2021-03-04 10:11:12 /x 200 Mozilla/4.0%2520%2528compatible;%2520MSIE%25207.0) 12",
         "Mozilla/4.0%2520%2528compatible;%2520MSIE%25207.0)"),
        # a W3C field whose slashes are encoded too (Windows Media, Shoutcast listeners)
        ("198.51.100.7 - 2021-03-04 10:11:12 /live 200 WinampMPEG%2F5.66%20(Windows) 1024 3",
         "WinampMPEG%2F5.66%20(Windows)"),
        ("2021-03-04\t/live\t200\tNSPlayer%2F12.0.7601%20WMFSDK%2F12.0\t1024",
         "NSPlayer%2F12.0.7601%20WMFSDK%2F12.0"),
    ],
)  # fmt: skip
def test_an_encoded_w3c_agent_is_found_whole(text: str, agent: str) -> None:
    assert agents(text) == [agent]


@pytest.mark.parametrize(
    "text",
    [
        # an encoded slash before a version in a path, a query or prose is no agent
        "GET /docs/release%2F1.2.3%20notes HTTP/1.1",
        "2021-03-04 10:11:12 /get?file=build%2F2.0.1%20final 200",
        "see branch%2F1.2.3 in the tracker",
        "2021-03-04 10:11:12 /x 200 release%2F1.2.3 512",
    ],
)
def test_an_encoded_slash_and_version_alone_is_no_agent(text: str) -> None:
    assert agents(text) == []


# Netscape 4's agents: two decimals and a language tag before the platform, plain or encoded
# as W3C logs write them (helper H196; values written here).
@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (
            "1996-01-01 10:48:02 192.0.2.4 - GET /a.htm - 200 HTTP/1.0 Mozilla/4.0+[en]+(WinNT;+I) - -",
            "Mozilla/4.0+[en]+(WinNT;+I)",
        ),
        (
            "2001-02-03\t04:05:06\tSEA4\tMozilla/4.76%20[de]%20(X11;%20U;%20Linux%202.4.2%20i686)\t-",
            "Mozilla/4.76%20[de]%20(X11;%20U;%20Linux%202.4.2%20i686)",
        ),
        (
            (
                '192.0.2.4 - - [01/Jan/2001:00:00:00 +0000] "GET / HTTP/1.0" 200 5 "-" '
                '"Mozilla/4.7 [en-gb]C-CCK-MCD (Win98; I)"'
            ),
            "Mozilla/4.7 [en-gb]C-CCK-MCD (Win98; I)",
        ),
    ],
)
def test_a_netscape_language_tag_agent(text: str, agent: str) -> None:
    assert agents(text) == [agent]
    # (a long text: the prefilter's core of the encoded pattern must hold these too)
    assert agents("x" * 600 + "\n" + text) == [agent]


@pytest.mark.parametrize(
    "text",
    # negatives: a language tag without a platform after it, a footnote mark after a version
    ["Firefox uses Mozilla/4.0 [en] here.", "Mozilla/4.0 [1] (see below) was the default."],
)
def test_no_netscape_agent_without_its_platform(text: str) -> None:
    assert agents(text) == []

"""URLs, user agents, cookies and e-mails in access logs and HTTP traffic (issue 10, class 5).

Each positive has a near miss next to it: the rule must not fire on text of the same shape
that holds no personal data.
"""

from __future__ import annotations

import base64

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.unit.detect._patterns import SCANNER, found

CLF = '10.1.2.3 - - [01/Jan/2020:00:00:00 +0000] "GET {path} HTTP/1.1" 200 512 "{ref}" "curl/8.0"'


class TestUrlsInLogLines:
    """In machine text a URL is reported by its personal parts only."""

    @pytest.mark.parametrize(
        "text",
        [
            CLF.format(path="/cart", ref="https://www.shop.example/cart/view?page=2&sort=asc"),
            (
                "1486686229.592 97 10.9.8.7 TCP_MISS/301 483 GET http://portal.example.net/x/y - "
                "HIER_DIRECT/192.0.2.7 text/html"
            ),
            '{"level":"info","referer":"https://www.example.org/docs/intro?lang=en"}',
            "Referer: https://www.example.org/news/2020/item.html",
            "2019-12-04\t21:02:31\tLAX1\t392\t192.0.2.1\tGET\twww.example.com/index.html\t200",
            "ts=1 msg=fetched url=https://cdn.example.com/app.js?v=06631e6b152733188c0cac5a80",
        ],
    )
    def test_urls_without_personal_parts_are_not_reported(self, text):
        assert found(text, "URL") == []

    @pytest.mark.parametrize(
        ("text", "parts"),
        [
            (
                CLF.format(path="/", ref="https://www.shop.example/c?uid=8812&page=2"),
                ["8812"],
            ),
            ("Referer: https://bob:hunter2@www.example.org/a/b", ["bob:hunter2"]),
            (
                "ts=1 url=https://api.example.com/v1/x?access_token=Zk91aGZ0cGxrZjQ&n=3",
                ["Zk91aGZ0cGxrZjQ"],
            ),
            ("GET https://www.example.com/a;jsessionid=0A1B2C3D4E5F HTTP/1.1", ["0A1B2C3D4E5F"]),
            (
                '{"url":"https://t.example.net/p?Device-ID=7c9e6679&anon_id=f47ac10b"}',
                ["7c9e6679", "f47ac10b"],
            ),
            (
                "GET https://www.example.com/q?contact=jo%40example.org HTTP/1.1",
                ["jo%40example.org"],
            ),
        ],
    )
    def test_personal_parts_of_urls_are_reported(self, text, parts):
        # each part is covered (as a URL part, or by its own detector: e-mail, token), and
        # nothing of the URL outside the parts is
        values = [v for _, v in found(text)]
        assert all(p in values for p in parts)
        url_values = [v for _, v in found(text, "URL")]
        assert all(v in parts for v in url_values)

    @pytest.mark.parametrize(
        ("text", "url"),
        [
            ("Read https://www.example.org/docs/intro?lang=en before you start.", None),
            ("The report is at www.example.com/reports/2020 for everyone to see.", None),
        ],
    )
    def test_urls_in_prose_are_reported_whole(self, text, url):
        start = text.find("http") if "http" in text else text.find("www.")
        whole = text[start:].split()[0].rstrip(".")
        assert found(text, "URL") == [("URL", url or whole)]

    def test_url_part_findings_carry_a_tag(self):
        text = CLF.format(path="/", ref="https://www.shop.example/c?uid=abc123")
        (f,) = [f for f in SCANNER.scan(text) if f.entity_type.value == "URL"]
        assert f.evidence.tags[-1] == "query_value"


class TestPersonalDataInsideUrlsIsStillFound:
    @pytest.mark.parametrize(
        ("text", "email"),
        [
            ("GET /account?email=a%40b.com HTTP/1.1", "a%40b.com"),
            ("GET /u?x=%22jane.doe%40example.co.uk%22 HTTP/1.1", "jane.doe%40example.co.uk"),
            ("GET /u/jdoe@example.com/profile HTTP/1.1", "jdoe@example.com"),
            ("GET /u/jdoe%40example.com/profile HTTP/1.1", "jdoe%40example.com"),
            ("see mail: bob%40example.com", "bob%40example.com"),
            ("GET /s?to=a%2Bb%40example.com&x=1 HTTP/1.1", "a%2Bb%40example.com"),
            ("GET /s?to=x%40y%40example.com HTTP/1.1", "y%40example.com"),
            ("GET /s?to=ana%40mail.example.museum HTTP/1.1", "ana%40mail.example.museum"),
            ("GET /s?to=ana%40example.photography HTTP/1.1", "ana%40example.photography"),
            ("GET /s?to=ana%40example.xn--p1ai HTTP/1.1", "ana%40example.xn--p1ai"),
        ],
    )
    def test_emails(self, text, email):
        assert ("EMAIL_ADDRESS", email) in found(text, "EMAIL_ADDRESS")

    @pytest.mark.parametrize(
        "text",
        [
            "GET /img/icon%402x.png HTTP/1.1",  # a file name, not an address
            "GET /v%40x.1 HTTP/1.1",  # no alphabetic top-level domain
            "GET /a?e=%40example.com HTTP/1.1",  # no local part
            "GET /a?e=" + "b" * 70 + "%40example.com HTTP/1.1",  # local part too long
            "GET /a?e=.b%40example.com HTTP/1.1",  # local part starts with a dot
            # encoded data joining fields with "%40": the "top-level domain" is a field name
            "Cookie: _v=%2F%2Fx.example%2Fp**effcl%400.totcl%400.clicks%400.uid%40-13781013",
            "GET /t?s=k%40v.scroll%40w.svars HTTP/1.1",
        ],
    )
    def test_encoded_near_misses(self, text):
        assert found(text, "EMAIL_ADDRESS") == []

    def test_written_at_sign_keeps_any_alphabetic_tld(self):
        # A written "@" is strong evidence: internal top-level domains (".corp", ".internal")
        # stay addresses; only the percent-encoded form asks for a delegated one.
        assert found("mail ops@build.corp now", "EMAIL_ADDRESS") == [
            ("EMAIL_ADDRESS", "ops@build.corp")
        ]
        assert found("GET /u?to=ops%40build.corp HTTP/1.1", "EMAIL_ADDRESS") == []

    def test_delegated_tlds_are_the_root_zone_ones(self):
        from privkit.detect._builtin._common import _delegated_tlds

        tlds = _delegated_tlds()
        assert 1000 < len(tlds) < 2000
        assert {"com", "org", "uk", "museum", "photography", "app"} <= tlds
        assert not {"totcl", "scroll", "svars", "corp", "png", "js"} & tlds

    def test_encoded_at_is_not_a_domain(self):
        assert found("GET /account?email=a%40b.com HTTP/1.1", "DOMAIN_NAME") == []

    def test_token_in_query(self):
        jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abcdefghijklmnopqrstuv"
        text = f"GET https://x.example.com/cb?token={jwt} HTTP/1.1"
        assert ("AUTH_TOKEN", jwt) in found(text)

    def test_ip_host_is_an_ip(self):
        assert found("GET http://10.0.0.5/admin HTTP/1.1", "IP_ADDRESS") == [
            ("IP_ADDRESS", "10.0.0.5")
        ]


class TestUserAgents:
    @pytest.mark.parametrize(
        ("text", "agent"),
        [
            # S3 server access log: fields between the status and the referrer
            (
                (
                    'o b [06/Feb/2019:00:00:38 +0000] 192.0.2.3 - 3E57 REST.GET.OBJECT k "GET /b/k '
                    'HTTP/1.1" 404 NoSuchKey 313 - 14 - "http://ref.example/" "Mozilla/5.0" - x'
                ),
                "Mozilla/5.0",
            ),
            (
                (
                    'o b [06/Feb/2019:00:00:38 +0000] 192.0.2.3 - 3E57 REST.GET.VERSIONING - "GET '
                    '/b?versioning HTTP/1.1" 200 - 113 - 7 - "-" "S3Console/0.4" -'
                ),
                "S3Console/0.4",
            ),
            # a request that got no status
            (
                (
                    '192.0.2.4 - - [01/Jan/2020:00:00:00 +0000] "GET / HTTP/1.0" - 0 "-" '
                    '"checker-agent (v1.2)"'
                ),
                "checker-agent (v1.2)",
            ),
            # load balancer: the agent right after the request
            (
                (
                    "h2 2018-07-02T22:23:00Z app/lb/50dc 192.0.2.8:2817 - 0.000 0.001 0.000 200 200 "
                    '34 366 "GET https://www.example.com:443/ HTTP/2.0" "Foo (v2.2)" - -'
                ),
                "Foo (v2.2)",
            ),
            # W3C logs encode spaces
            (
                (
                    "2014-05-23\t01:13:11\tFRA2\t182\t192.0.2.10\tGET\tx.example.net\t/v.html\t200\t-\t"
                    "Mozilla/4.0%20(compatible;%20MSIE%205.0b1;%20Mac_PowerPC)\t-\t-\tHit"
                ),
                "Mozilla/4.0%20(compatible;%20MSIE%205.0b1;%20Mac_PowerPC)",
            ),
            (
                (
                    "2017-01-01 00:00:00 W3SVC1 10.0.0.5 GET /a.aspx - 80 - 192.0.2.9 "
                    "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+Chrome/60.0 200 0 0 15"
                ),
                "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+Chrome/60.0",
            ),
            # a User-Agent header's value whatever its shape
            ("User-Agent: TrackBack/1.02", "TrackBack/1.02"),
            ("user-agent: Foo (v2.2)", "Foo (v2.2)"),
            ('{"name":"User-Agent","value":"curl/7.51.2"}', "curl/7.51.2"),
            # bots and SDKs without any field around them
            ("crawled by Googlebot/2.1 at noon", "Googlebot/2.1"),
            ("sent from FBAndroidSDK.14.1.1 in the app", "FBAndroidSDK.14.1.1"),
        ],
    )
    def test_agents(self, text, agent):
        assert ("USER_AGENT", agent) in found(text, "USER_AGENT")

    @pytest.mark.parametrize(
        "text",
        [
            # status and sizes but no referrer/agent pair after the request
            '10.1.2.3 - - [01/Jan/2020:00:00:00 +0000] "GET / HTTP/1.1" 200 512',
            # a request field followed by a quoted non-agent placeholder
            '"GET / HTTP/1.1" "-" x',
            "the robot/1.2 arm and about/5.0 notes",
            "foobot.3 mybot-1.0.0.jar SDK.2",
            "Mozilla/5.0%zz",
            # a key that only ends in "ua" ("ELOQUA=") names no agent
            "Set-Cookie: ELOQUA=GUID=039B147782C84352B659F4ED1C53918E",
        ],
    )
    def test_agent_near_misses(self, text):
        assert found(text, "USER_AGENT") == []

    @pytest.mark.parametrize(
        ("text", "agent"),
        [("x-ua: curl/8.1", "curl/8.1"), ("device_ua=okhttp/4.9.0", "okhttp/4.9.0")],
    )
    def test_ua_keys_after_a_separator(self, text, agent):
        assert found(text, "USER_AGENT") == [("USER_AGENT", agent)]


class TestRecordedHeaderLists:
    """Recorded traffic (cassettes) stores header values as lists: the agent is the item."""

    @pytest.mark.parametrize(
        ("text", "agent"),
        [
            ("      User-Agent: [python-requests/2.31.0]", "python-requests/2.31.0"),
            ("      User-Agent: [PRAW/7.7.1 prawcore/2.4.0]", "PRAW/7.7.1 prawcore/2.4.0"),
            ("      User-Agent: ['gPXE/0.9.7']", "gPXE/0.9.7"),
            ("      User-Agent:\n      - python-requests/2.31.0", "python-requests/2.31.0"),
            # brackets that are part of the agent stay
            ('{"headers": {"User-Agent": ["MyApp/1.0 (custom build)"], "Accept": ["*/*"]}}',
             "MyApp/1.0 (custom build)"),
            ("headers: {User-Agent: [gPXE/0.9.7]}", "gPXE/0.9.7"),
            ("User-Agent: [Foo [x]]", "Foo [x]"),
            ("User-Agent: Foo [x]", "Foo [x]"),
            ("User-Agent: MyBot/0.1 by u/someone", "MyBot/0.1 by u/someone"),
        ],
    )  # fmt: skip
    def test_list_items(self, text, agent):
        assert found(text, "USER_AGENT") == [("USER_AGENT", agent)]

    @pytest.mark.parametrize("text", ["User-Agent: []", "User-Agent: - ", "User-Agent: ['-']"])
    def test_empty_lists(self, text):
        assert found(text, "USER_AGENT") == []

    def test_every_set_cookie_of_a_list(self):
        text = (
            '{"set-cookie": ["edge=AbCdEf8302719465Gh; Domain=example.com; Path=/; secure", '
            '"loid=0000000000000abcde.2.1704448800000.Z0FBQUFB; expires=Sun, 04-Jan-2026 10:00:00'
            ' GMT; secure"], "x-other": ["k=zzzzzzzzzzzz1", "q=yyyyyyyyyy2"]}'
        )
        assert found(text, "COOKIE_ID") == [
            ("COOKIE_ID", "AbCdEf8302719465Gh"),
            ("COOKIE_ID", "0000000000000abcde.2.1704448800000.Z0FBQUFB"),
        ]  # not the attributes, not the next header's list
        text = "Set-Cookie: ['a=Yk3jd8Kd92kdLs0aQ; Path=/; SameSite=Lax', 'b=Zk91aGZ0cGxrZjQ5']"
        assert [v for _, v in found(text, "COOKIE_ID")] == ["Yk3jd8Kd92kdLs0aQ", "Zk91aGZ0cGxrZjQ5"]

    def test_yaml_block_lists(self):
        text = (
            "    headers:\n"
            "      Set-Cookie:\n"
            "      - a=GH1.1.1846203957.1704448800; Path=/; Domain=example.com; Expires=Sat,\n"
            "        04 Jan 2025 10:00:00 GMT; Secure; SameSite=Lax\n"
            "      - logged_in=no; Path=/; HttpOnly\n"
            "      - s=Xk3jd8Kd92kdLs0aQxyz; path=/\n"
            "      Cookie:\n"
            "      - theme=dark; x=Yk3jd8Kd92kdLs0aQ;\n"
            "        y=9f8e7d6c5b4a3f2e1d\n"
            "      Vary:\n"
            "      - k=zzzzzzzzzzzz1\n"
        )
        assert [v for _, v in found(text, "COOKIE_ID")] == [
            "GH1.1.1846203957.1704448800",
            "Xk3jd8Kd92kdLs0aQxyz",
            "Yk3jd8Kd92kdLs0aQ",
            "9f8e7d6c5b4a3f2e1d",  # a folded line of a Cookie holds more cookies
        ]


class TestCookies:
    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ('Cookie: personalization_id="v1_tGyQsXdHgh3GR2cduK9kjQ=="', "v1_tGyQsXdHgh3GR2cduK9kjQ=="),
            ("Cookie: rsid=BcGNXyD+pZ8GGuTQIXgI1Z9na5/3Eo/yyWLt5zPvJlBZ", "BcGNXyD+pZ8GGuTQIXgI1Z9na5/3Eo/yyWLt5zPvJlBZ"),
            ("Set-Cookie: gmid=cIBTv1xfoq3dKQcMn8r87I30FQm1+y598BBmKaQMulw=; Path=/", "cIBTv1xfoq3dKQcMn8r87I30FQm1+y598BBmKaQMulw="),
        ],
    )  # fmt: skip
    def test_quoted_and_base64_values(self, text, value):
        assert ("COOKIE_ID", value) in found(text, "COOKIE_ID")

    @pytest.mark.parametrize(
        "text",
        ["Cookie: theme=dark; lang=en", 'Set-Cookie: consent="yes"; Path=/', "Cookie: s_cc=true"],
    )
    def test_preference_cookies(self, text):
        assert found(text, "COOKIE_ID") == []

    @pytest.mark.parametrize(
        "text",
        [
            "Cookie: prefs=%7B%22theme%22%3A%22dark%22%2C%22lang%22%3A%22en%22%7D",
            "Set-Cookie: consent=%7B%22necessary%22%3Atrue%2C%22ads%22%3Afalse%7D; Path=/",
            "Cookie: cc={necessary:true%2Cpreferences:false%2Cstatistics:true}",
            "Cookie: st=%257B%2522tab%2522%253A%2522inbox%2522%257D",  # encoded twice
            "Cookie: seen=%5B%7B%22page%22%3A%22home%22%7D%5D",  # an array of objects
            "Cookie: sid=%7B%22step%22%3A%22checkout%22%7D",  # a session name, no id inside
        ],
    )
    def test_structured_values_are_not_identifiers(self, text):
        assert found(text, "COOKIE_ID") == []

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            # identifiers inside a structured value are still found, alone
            ("Cookie: prefs=%7B%22uid%22%3A%229f8e7d6c5b4a31%22%2C%22theme%22%3A%22dark%22%7D",
             "9f8e7d6c5b4a31"),
            ("Cookie: s=%257B%2522visitorId%2522%253A%2522v-4c7e1d2a9b%2522%257D", "v-4c7e1d2a9b"),
            ("Cookie: d=%5B%7B%22user_id%22%3A123456789%7D%5D", "123456789"),
            ("Cookie: mp=%7B%22distinct_id%22%3A%20%22%24device%3A18c7a2f9e1%22%7D",
             "%24device%3A18c7a2f9e1"),  # encoded inside too
            # braces that open no object: a value like any other
            ("Cookie: sid=%7Babc123def456ghi", "%7Babc123def456ghi"),
            ("Cookie: sid={3F2504E0-4F89-11D3-9A0C-0305E82C3301}",
             "{3F2504E0-4F89-11D3-9A0C-0305E82C3301}"),
            ("Cookie: sid=%7B%22x%22%3A1%7Dabc123realsessionid",
             "%7B%22x%22%3A1%7Dabc123realsessionid"),
            ("Cookie: ids=%5B%22abcdef123456%22%5D", "%5B%22abcdef123456%22%5D"),
        ],
    )  # fmt: skip
    def test_identifiers_in_and_around_braces(self, text, value):
        assert ("COOKIE_ID", value) in found(text, "COOKIE_ID")

    def test_fields_that_are_times_versions_or_lists_are_not_identifiers(self):
        text = (
            "Cookie: pc=isGpcEnabled=0&datestamp=Thu+Jan+04+2024+10%3A00%3A00+GMT"
            "&version=202310.1.0&consentId=8a7b6c5d-1e2f-4a3b-9c8d-7e6f5a4b3c2d"
            "&groups=C0001%3A1%2CC0002%3A0&geo=US%3BCA&refs=ab12cd,ef34gh"
            "&sessionId=9f8e7d6c5b4a%7C1a2b3c4d5e6f"
        )
        assert found(text, "COOKIE_ID") == [
            ("COOKIE_ID", "8a7b6c5d-1e2f-4a3b-9c8d-7e6f5a4b3c2d"),
            ("COOKIE_ID", "9f8e7d6c5b4a%7C1a2b3c4d5e6f"),  # a list under an identifier key
        ]

    @pytest.mark.parametrize(
        ("text", "value", "want"),
        [
            ("Cookie: seen=2024-01-05T10:00:00Z", "2024-01-05T10:00:00Z", False),
            ("Cookie: seen=2024-01-05T10%3A00%3A00%2B01%3A00", "2024-01-05T10%3A00%3A00%2B01%3A00", False),
            ("Cookie: v=6.33.0", "6.33.0", False),
            ("Cookie: ver=202310.1.0", "202310.1.0", False),
            ("Cookie: screen=1920x1080", "1920x1080", False),
            ("Cookie: tz=America/New_York", "America/New_York", False),
            ("Cookie: tz=Europe%2FBerlin", "Europe%2FBerlin", False),
            ("Cookie: back=https%3A%2F%2Fshop.example.com%2Fcart", "https%3A%2F%2Fshop.example.com%2Fcart", False),
            ("Cookie: s=j%3A%7B%22theme%22%3A%22dark%22%7D", "j%3A%7B%22theme%22%3A%22dark%22%7D", False),
            ("Cookie: s=j:%7B%22uid%22%3A%229f8e7d6c5b4a31%22%7D", "9f8e7d6c5b4a31", True),
            ("Cookie: sid=Asia9f8e7d6c5b4a31", "Asia9f8e7d6c5b4a31", True),
            ("Cookie: sid=19201080x9f8e7d6c5b", "19201080x9f8e7d6c5b", True),
            ("Cookie: sid=httpsAb3dE9fGh2", "httpsAb3dE9fGh2", True),
            # identifiers of the same characters
            ("Cookie: _gcl_au=1.1.1224399.1684143266", "1.1.1224399.1684143266", True),
            ("Cookie: vid=2024-01-05-9f8e7d6c5b4a", "2024-01-05-9f8e7d6c5b4a", True),
            ("Cookie: u=20240105100000123", "20240105100000123", True),
        ],
    )  # fmt: skip
    def test_settings_are_not_identifiers(self, text, value, want):
        assert (("COOKIE_ID", value) in found(text, "COOKIE_ID")) is want

    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("Cookie: euconsent-v2=CPxyzAAPxyzAAAHABBENDICsAP_AAH_AAAAAIRNd_X__bX9n-_7_6ft0c", []),
            ("Cookie: usprivacy=1YNN; user_consent=granted_all_v2", []),
            # an identifier in or by a consent cookie is still found
            ("Cookie: consent_uid=Yk3jd8Kd92kdLs0aQ", ["Yk3jd8Kd92kdLs0aQ"]),
            ("Cookie: OptanonConsent=isGpcEnabled=0&consentId=8a7b6c5d-1e2f-4a3b-9c8d",
             ["8a7b6c5d-1e2f-4a3b-9c8d"]),
            ("Cookie: cky-consent=consentid:Yk3jd8Kd92kdLs0aQ,consent:yes",
             ["consentid:Yk3jd8Kd92kdLs0aQ,consent:yes"]),
            ("Cookie: euconsent=CPxyzAAPxyzAAAHABB; sid=Yk3jd8Kd92kdLs0aQ", ["Yk3jd8Kd92kdLs0aQ"]),
        ],
    )  # fmt: skip
    def test_consent_records_are_not_identifiers(self, text, want):
        assert [v for _, v in found(text, "COOKIE_ID")] == want

    def test_structured_values_in_a_w3c_cookie_column(self):
        text = (
            "#Fields: date time c-ip cs(Cookie)\n"
            "2020-01-01 10:00:00 192.0.2.9 prefs=%7B%22theme%22%3A%22dark%22%7D;+"
            "uid=%7B%22id%22%3A%22a8f5f167f44f49%22%7D;+sid=Zk91aGZ0cGxrZjQ5\n"
        )
        got = found(text, "COOKIE_ID")
        assert got == [("COOKIE_ID", "a8f5f167f44f49"), ("COOKIE_ID", "Zk91aGZ0cGxrZjQ5")]

    @pytest.mark.parametrize(
        "text",
        [
            "Cookie: buckets=%7B%7D",  # an empty object
            "Cookie: pending=%5B%5D",  # an empty array
            "Cookie: langs=%5B%22en%22%2C%22de%22%5D",  # an array of short values
            # an object keyed by numbers (experiment ids) holding settings
            "Cookie: segs=%7B%22331557%22%3A%22direct%22%2C%22332185%22%3A%22false%22%7D",
            "Cookie: segs=%7B%2212%22%3A%7B%2234%22%3A%22gc%22%7D%7D",  # nested
            "Cookie: store=%7B%22params.d%22%3A%7B%7D%2C%22params.p%22%3A%7B%7D%7D",
        ],
    )
    def test_structured_values_of_any_shape_are_not_identifiers(self, text):
        assert found(text, "COOKIE_ID") == []

    @pytest.mark.parametrize(
        ("text", "want"),
        [
            # the value of an object held under an identifier key
            (("Cookie: agency=%7B%22id%22%3A%22QX7KD2LM9PZA%22%2C%22vid%22%3A%7B%22expires%22"
             "%3A%222018-01-14T08%3A22%3A28Z%22%2C%22value%22%3A%22QW8ZR3NB6TYC%22%7D%7D"),
             ["QX7KD2LM9PZA", "QW8ZR3NB6TYC"]),
            ("Cookie: pc=%7B%22browserId%22%3A%22k3j9x2q8m1z7%22%2C%22_t%22%3A%22ab%22%7D",
             ["k3j9x2q8m1z7"]),
            # a value a detector cannot locate as written is reported whole (fail closed)
            ("Cookie: p=%7B%22uid%22%3A%22ab%5Cu0063def123456%22%7D",
             ["%7B%22uid%22%3A%22ab%5Cu0063def123456%22%7D"]),
            # identifiers that only look like something else stay identifiers
            ("Cookie: sid=a8Fj3kLm9QzX", ["a8Fj3kLm9QzX"]),
            ("Cookie: sid={3F2504E0-4F89-11D3-9A0C-0305E82C3301}",
             ["{3F2504E0-4F89-11D3-9A0C-0305E82C3301}"]),
            ("Cookie: uid=Zk3x9Qe1TmR2vB8wLp0aNg==", ["Zk3x9Qe1TmR2vB8wLp0aNg=="]),
            ("Cookie: ASP.NET_SessionId=iothqqsrnxabpnqywlffgbds",
             ["iothqqsrnxabpnqywlffgbds"]),  # letters only, but one run, not words
            ("Cookie: id=P2JCJH3E2SNA", ["P2JCJH3E2SNA"]),
        ],
    )  # fmt: skip
    def test_identifiers_inside_and_beside_structured_values(self, text, want):
        assert [v for _, v in found(text, "COOKIE_ID")] == want

    @pytest.mark.parametrize(
        ("text", "want"),
        [
            # percent-encoded fields: judged decoded, found where they are written
            (("Cookie: t=sessionIndex%3D1%26sessionStart%3D1440877500285%26firstLanding%3D"
             "http%253A%252F%252Fexample.com%252F%26browserSession%3D1"), []),
            ("Cookie: s=visit%3D1%26vid%3Dk3J9xQ2mT7pL", ["k3J9xQ2mT7pL"]),
            ("Cookie: s=%20s_ppvl%3D%3B%20s_ppv%3D%2Fhome%252C16%252C0", []),
            ("Cookie: rpx=13490%3D49595%2C0%2C1%2C%2C", []),
            # an encoded quoted word, encoded words
            ("Cookie: privacy=%22optin%22", []),
            ("Cookie: stationName=Nashville%20Public%20Radio", []),
            ("Cookie: cols=url%20status%20size%20timeline", []),
            # an encoded identifier is still one
            ("Cookie: ab=0001%3AsuGefBeEzxtJX%2B%2Bn%2F3iA6trdxy", ["0001%3AsuGefBeEzxtJX%2B%2Bn%2F3iA6trdxy"]),
        ],
    )  # fmt: skip
    def test_percent_encoded_values_are_judged_decoded(self, text, want):
        assert [v for _, v in found(text, "COOKIE_ID")] == want

    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("Set-Cookie: test_cookie=CheckForPermission; Path=/", []),
            ("Set-Cookie: SameDay=devicePage_false_pre", []),
            ("Set-Cookie: count=INITIAL_anon_true_30004", []),
            ('Set-Cookie: s_token="delete me"; Path=/', []),
            ("Cookie: tap=1522184002066:1522184002332:1", []),  # times and a count
            ("Cookie: o=0@0@0@0; ab=0012|1&0033|5&0036|-2", []),
            ("Cookie: last=12-May-2026", []),
            # identifiers among numbers, and ids made of a word and digits
            ("Cookie: _gcl_au=1.1.996840727.1643952222", ["1.1.996840727.1643952222"]),
            ("Cookie: __utma=20507471.2762420.1310103653.1310103653.1310103653.1",
             ["20507471.2762420.1310103653.1310103653.1310103653.1"]),
            ("Cookie: sid=houertfcvm7m475q9lbukbeiav", ["houertfcvm7m475q9lbukbeiav"]),
            ("Cookie: ref=user_8f3k2j", ["user_8f3k2j"]),
        ],
    )  # fmt: skip
    def test_words_and_number_runs_are_not_identifiers(self, text, want):
        assert [v for _, v in found(text, "COOKIE_ID")] == want

    @pytest.mark.parametrize(
        ("text", "want"),
        [
            # load balancers name the backend; legacy analytics campaign/state/domain-hash cookies
            ("Set-Cookie: NSC_xxx_hwt=ffffffffa17b0cd945525d5f4f58455e445a4a420000; path=/", []),
            ("Set-Cookie: BIGipServerPOOL-web=487594156.20480.0000; path=/", []),
            ("Set-Cookie: X-Mapping-kcepobcd=41D5B96C6E9AC895FF3B44509653EC4D", []),
            (("Cookie: __utmb=134968609.1.10.1440877631; __utmc=134968609; "
             "__utmz=134968609.1440877631.1.1.utmcsr=(direct)|utmccn=(direct)"), []),
            ("__utmz=134968609.1440877631.1.1.utmcsr=google", []),  # outside a header too
            # the visitor id cookie beside them is still found
            ("Cookie: __utmc=134968609; __utma=134968609.27624209.1310103653.1310103653.1.1",
             ["134968609.27624209.1310103653.1310103653.1.1"]),
            ("Cookie: BIGip=Zk3x9Qe1TmR2vB8wLp0aNg", ["Zk3x9Qe1TmR2vB8wLp0aNg"]),
        ],
    )  # fmt: skip
    def test_cookies_that_never_identify_a_browser(self, text, want):
        assert [v for _, v in found(text, "COOKIE_ID")] == want

    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("Set-Cookie: B=91if7s5au42tt&b=3&s=dd", ["91if7s5au42tt"]),
            ("Cookie: VisitorID=6618c6c1-643b-47a4-8d34-222c5c39a9e3&Exp=7/7/2014 10:40:47 PM",
             ["6618c6c1-643b-47a4-8d34-222c5c39a9e3"]),
            ("Cookie: p=en_US&theme=dark", []),  # a word before the fields is not one
        ],
    )  # fmt: skip
    def test_a_value_before_its_fields(self, text, want):
        assert [v for _, v in found(text, "COOKIE_ID")] == want

    def test_structured_and_load_balancer_cookies_in_a_w3c_column(self):
        text = (
            "#Fields: date time c-ip cs(Cookie)\n"
            "2020-01-01 10:00:00 192.0.2.9 buckets=%7B%7D;+BIGipServerweb=487594156.20480.0000;+"
            "__utmz=1349686.1440877631.1.1.utmcsr=google;+sid=Zk91aGZ0cGxrZjQ5\n"
        )
        assert found(text, "COOKIE_ID") == [("COOKIE_ID", "Zk91aGZ0cGxrZjQ5")]


class TestIpv6:
    @pytest.mark.parametrize(
        ("text", "ip"),
        [
            ("connect to [2001:db8::1]:443 failed", "2001:db8::1"),
            ("GET http://[2001:db8::5]:8080/x HTTP/1.1", "2001:db8::5"),
            ("from ::1 port 22", "::1"),
            ("client ::ffff:10.0.0.1 said hi", "::ffff:10.0.0.1"),
            # an IPv4-mapped address followed by its port: the port is no further group
            ("peer [AF_INET6]::ffff:198.51.100.23:41230 connected", "::ffff:198.51.100.23"),
            ("accepted ::ffff:203.0.113.9:8443/tcp", "::ffff:203.0.113.9"),
        ],
    )
    def test_forms(self, text, ip):
        assert ("IP_ADDRESS", ip) in found(text, "IP_ADDRESS")

    @pytest.mark.parametrize(
        ("text", "ips"),
        [
            # hex groups then ":port" stay one reading (the colon could be another group)
            ("[AF_INET6]2001:db8::7:443 up", ["2001:db8::7:443"]),
            # a dotted tail followed by more groups is no mapped address with a port
            ("::ffff:198.51.100.23:41230:7 x", ["198.51.100.23"]),
            # a "port" of more than five digits is not one
            ("::ffff:198.51.100.23:4123099 x", ["198.51.100.23"]),
        ],
    )
    def test_a_port_after_hex_groups_or_a_long_number_is_not_taken(self, text, ips):
        assert [v for _e, v in found(text, "IP_ADDRESS")] == ips

    @pytest.mark.parametrize(
        "text",
        ['listening on IPv6 address "::", port 5432', "std::vector<int> v; a::b", "[::]:80 bound"],
    )
    def test_unspecified_and_scope_operators_are_not_addresses(self, text):
        assert found(text, "IP_ADDRESS") == []


W3C = (
    "#Software: Example LOGS API\n"
    "#Fields: date time c-ip cs(User-Agent) cs-sessionid cs(Cookie) cs-uri sc-status\n"
    '"2020-01-01" "10:00:00" "192.0.2.5" "Foo (v2.2)" "452000660051880893" '
    '"lang=en; sid=Zk91aGZ0cGxrZjQ5" "www.example.com/page.php" "200"\n'
    '"2020-01-01" "10:00:01" "192.0.2.6" "-" "-" "-" "www.example.com/" "404"\n'
)


class TestW3cFields:
    """A ``#Fields:`` directive in the same text names the agent, session and cookie columns."""

    def test_columns_named_by_the_directive(self):
        got = found(W3C)
        assert ("USER_AGENT", "Foo (v2.2)") in got
        assert ("COOKIE_ID", "452000660051880893") in got
        assert ("COOKIE_ID", "Zk91aGZ0cGxrZjQ5") in got
        assert ("COOKIE_ID", "en") not in got
        assert [v for e, v in got if e == "URL"] == []

    def test_tab_separated_and_encoded_cookies(self):
        text = (
            "#Fields: date time c-ip cs(User-Agent) cs(Cookie) sc-status\n"
            "2020-01-01\t10:00:00\t192.0.2.9\tWeirdAgent\tuid=a8f5f167f44f4964e6c998dee827110c"
            "%3B%20theme=dark\t200\n"
        )
        got = found(text)
        assert ("USER_AGENT", "WeirdAgent") in got
        assert ("COOKIE_ID", "a8f5f167f44f4964e6c998dee827110c") in got
        assert ("COOKIE_ID", "dark") not in got

    @pytest.mark.parametrize(
        "text",
        [
            # the same line without the directive: the columns are unknown
            '"2020-01-01" "10:00:00" "192.0.2.5" "Foo (v2.2)" "452000660051880893"',
            # a directive without agent, session or cookie columns
            "#Fields: date time c-ip cs-method sc-status\n2020-01-01 10:00:02 192.0.2.7 GET 200",
            # lines before the directive are not read with it
            '"Foo (v2.2)" "452000660051880893"\n#Fields: cs(User-Agent) cs-sessionid\n',
            # placeholders
            '#Fields: cs(User-Agent) cs-sessionid\n"-" "-"\n',
        ],
    )
    def test_near_misses(self, text):
        got = found(text)
        assert [v for e, v in got if e in ("USER_AGENT", "COOKIE_ID")] == []

    def test_a_directive_does_not_reach_into_other_texts(self):
        texts = [
            "#Fields: date time c-ip cs(User-Agent) cs-sessionid",
            '"2020-01-01" "10:00:00" "192.0.2.5" "Foo (v2.2)" "452000660051880893"',
        ]
        batch = list(SCANNER.scan_many(texts))
        assert batch == [SCANNER.scan(t) for t in texts]
        assert [f.entity_type.value for f in batch[1]] == ["IP_ADDRESS"]


class TestCookieTokenLists:
    """Cookie values of tokens joined by one separator report their identifier tokens only."""

    @pytest.mark.parametrize(
        ("text", "ids"),
        [
            # Adobe-style alternating list: labels, short numbers, times and a version skipped
            (("Cookie: AMCV_0A1B%40AdobeOrg=1330454231%7CMCIDTS%7C19000%7CMCMID%7C"
              "71234567890123456789012345678901234567%7CMCAAMLH-1700000000%7C7%7C"
              "MCOPTOUT-1700000000s%7CNONE%7CvVersion%7C5.2.0"),
             ["71234567890123456789012345678901234567"]),
            # key:value tokens joined by "$"; a list value judged item by item
            (("Cookie: utag_main=v_id:018c4e5a7b2f0012a3b4c5d6e7f8091a2b3c$_sn:3"
              "$_st:1700000000123$ses_id:1700000000000%3Bexp-session$vapi_domain:example.com"),
             ["018c4e5a7b2f0012a3b4c5d6e7f8091a2b3c"]),
            ("Cookie: mbox=session#4f3c2b1a0e9d8c7b6a5f4e3d2c1b0a99#1700000123",
             ["4f3c2b1a0e9d8c7b6a5f4e3d2c1b0a99"]),
            ("Set-Cookie: ruid=7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c^1^1700000000^1700000999; Path=/",
             ["7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c"]),
            # key=value fields joined by ":": the id and the opaque signature after the times,
            # one finding (the signature is reported with the id it signs)
            ("Cookie: __gads=ID=1a2b3c4d5e6f7a8b:T=1700000000:RT=1700000100:S=ALNI_Mabcdef123456",
             ["1a2b3c4d5e6f7a8b:T=1700000000:RT=1700000100:S=ALNI_Mabcdef123456"]),
            # a signed number of nine digits or more is reported: fail closed
            ("Cookie: c=-330454231|MCMID|NONE", ["-330454231"]),
            # placeholders and host names are not identifiers
            ('Cookie: ref="rid:0000000000000000@upd:1700000000123@first:1700000000001"', []),
            ("Cookie: dom=shop.example.com; t=a.b.cc.ddd.", []),
        ],
    )  # fmt: skip
    def test_identifier_tokens_only(self, text, ids):
        assert [v for _, v in found(text, "COOKIE_ID")] == ids

    @pytest.mark.parametrize(
        "value",
        [
            "7f3a9c2e1b4d|5e6f7a8b9c0d#1a2b3c4d5e6f",  # two kinds of separator: not a list
            "a7f3c9e21b@x9y8z7w6v5",  # "@" joins fields only when every token is keyed
            "k1:9f8e7d6c5b4a$zz",  # "$" likewise
        ],
    )
    def test_other_shapes_are_reported_whole(self, value):
        assert found(f"Cookie: c={value}", "COOKIE_ID") == [("COOKIE_ID", value)]

    def test_encoded_token_reported_where_written(self):
        text = "Cookie: v=sess%231a2b%2F3c4d5e6f7a8b%231700000000"
        assert found(text, "COOKIE_ID") == [("COOKIE_ID", "1a2b%2F3c4d5e6f7a8b")]

    @settings(max_examples=200, deadline=None)
    @given(
        st.sampled_from("|#^"),
        st.lists(
            st.one_of(
                st.sampled_from(["MCMID", "session", "NONE", "vVersion", "MCAAMLH-1700000000"]),
                st.integers(0, 99999).map(str),
                st.integers(1_000_000_000, 2_000_000_000).map(str),
                st.binary(min_size=8, max_size=16).map(lambda b: "a" + b.hex()),
            ),
            min_size=2,
            max_size=8,
        ),
    )
    def test_no_opaque_token_is_left_out(self, sep, tokens):
        # Fail closed: whatever the labels around it, every opaque token is reported.
        value = sep.join(tokens)
        text = f"Cookie: c={value}"
        spans = [(f.start, f.end) for f in SCANNER.scan(text) if f.entity_type.value == "COOKIE_ID"]
        at = len("Cookie: c=")
        for token in tokens:
            start = text.index(token, at)
            if token.startswith("a") and len(token) > 16:
                assert any(s <= start and start + len(token) <= e for s, e in spans), token
            at = start + len(token)


class TestBase64CookieValues:
    """A base64 value is judged by what it decodes to when that is readable text."""

    @pytest.mark.parametrize(
        "plain",
        [b"31401:1643952224", b"dark_mode", b"1700000000123"],  # numbers and a time, words
    )
    def test_readable_settings_are_not_identifiers(self, plain):
        value = base64.b64encode(plain).decode()
        assert found(f"Set-Cookie: rt={value}", "COOKIE_ID") == []

    @pytest.mark.parametrize(
        "plain",
        [b"9f8e7d6c5b4a3f2e1d0c", b"38140127559", b"\x8f\x01\xfe\xaa\x10\x99\x42\x7b\xc3"],
    )  # an id, a long number, binary: opaque, reported
    def test_ids_and_binary_are_reported(self, plain):
        value = base64.b64encode(plain).decode()
        assert found(f"Set-Cookie: rt={value}", "COOKIE_ID") == [("COOKIE_ID", value)]


class TestUserInfoAndQuotedLocalParts:
    """``scheme://user@host`` is a URL's user, not an address; a quoted local part is one."""

    @pytest.mark.parametrize(
        "text",
        [
            "see http://user@www.example.com for it",
            "ftp://anonymous@ftp.example.org/pub",
            "ftp://:secret@ftp.example.org/pub",  # no user, a password
            "https://u:p@x.example.com/",
        ],
    )
    def test_url_user_is_not_an_address(self, text):
        assert found(text, "EMAIL_ADDRESS") == []
        assert [e for e, _ in found(text)] == ["URL"]

    @pytest.mark.parametrize(
        "text",
        [
            "mail bob@example.com now",
            "GET http://x.example.com/a:bob@example.com HTTP/1.1",  # after the path: an address
            "path/bob@example.com",
        ],
    )
    def test_addresses_near_urls_stay_addresses(self, text):
        assert [v for _, v in found(text, "EMAIL_ADDRESS")] == ["bob@example.com"]

    @pytest.mark.parametrize(
        "address",
        [
            '"john smith"@example.com',
            '"a\\"b"@example.com',
            '"x\\@y"@example.org',
            '"ok"@mail.example.co.uk',
        ],
    )
    def test_quoted_local_parts(self, address):
        assert found(f"From: {address} today", "EMAIL_ADDRESS") == [("EMAIL_ADDRESS", address)]

    @pytest.mark.parametrize(
        "text",
        [
            'x"y"@example.com',  # a quote glued to a word: no opening quote of a local part
            'say "hello" @example.com',  # a space before the at sign
            '"' + "a" * 70 + '"@example.com',  # longer than a local part
            '"id"@v1.2',  # no alphabetic top-level domain
        ],
    )
    def test_quoted_near_misses(self, text):
        assert found(text, "EMAIL_ADDRESS") == []


class TestUrlRemainders:
    """A URL that loses to a finding inside it keeps its other characters covered."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                'url="http://admin:s3cret@10.0.0.5:8080/"',
                [("URL", "http://admin:s3cret@"), ("IP_ADDRESS", "10.0.0.5"), ("URL", ":8080/")],
            ),
            (
                "mail to https://example.com/u/jane.doe@example.org/profile here",
                [
                    ("URL", "https://example.com/u/"),
                    ("EMAIL_ADDRESS", "jane.doe@example.org"),
                    ("URL", "/profile"),
                ],
            ),
        ],
    )
    def test_inner_finding_and_remainders(self, text, expected):
        assert found(text) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "See http://10.0.0.5:8080/health now",
                [("URL", "http://"), ("IP_ADDRESS", "10.0.0.5"), ("URL", ":8080/health")],
            ),
            (
                "Open http://[2001:db8::7]/admin please",
                [("URL", "http://["), ("IP_ADDRESS", "2001:db8::7"), ("URL", "]/admin")],
            ),
        ],
    )
    def test_a_prose_url_on_an_ip_literal_is_a_url_too(self, text, expected):
        # the address wins the overlap; the rest of the URL is still a URL
        assert found(text) == expected

    def test_a_url_on_an_ip_literal_in_a_log_line_is_the_address_only(self):
        line = "2024-05-01T10:00:00Z GET http://10.0.0.5:8080/health 200"
        assert found(line) == [("IP_ADDRESS", "10.0.0.5")]

    def test_query_pairs_do_not_make_a_sentence_machine_text(self):
        # "a=1&b=2" inside a URL are the URL's, not key=value fields of the line
        text = "I searched http://example.com/?q=tree&page=2 for it"
        assert found(text, "URL") == [("URL", "http://example.com/?q=tree&page=2")]
        assert found("user=ann action=login", "URL") == []

    def test_user_information_of_a_field_value_url_is_reported(self):
        # a bare origin as a record's field value names no person, unless it carries user
        # information (a line that is one setting alone: test_links_as_settings)
        assert found("ts=1 value=https://www.example.com/") == []
        assert found("ts=1 value=http://:pass@www.example.com/") == [("URL", ":pass")]

    @settings(max_examples=100, deadline=None)
    @given(
        st.sampled_from(["admin:s3cret@", "u@", ""]),
        st.sampled_from(["10.0.0.5", "192.0.2.44:8443", "www.example.com"]),
        st.sampled_from(["", "/p", "/u/jane.doe@example.org/x", "/?q=1"]),
    )
    def test_no_character_of_a_prose_url_is_uncovered(self, user, host, path):
        url = f"http://{user}{host}{path}"
        text = f"I opened {url} yesterday"
        start = text.index(url)
        covered = set()
        for f in SCANNER.scan(text):
            covered.update(range(f.start, f.end))
        # every character but a lone separator between two findings is covered
        gaps = [i for i in range(start, start + len(url)) if i not in covered]
        assert all(text[i] in ":/" for i in gaps), (url, [text[i] for i in gaps])


class TestUrlPasswords:
    """The password of a URL's user information is a credential, whatever the scheme."""

    @pytest.mark.parametrize(
        ("text", "secret"),
        [
            ("DATABASE_URL=postgres://app:pw4Xk9@db:5432/x", "pw4Xk9"),
            ("connecting to amqp://guest:s3cret@mq.internal:5672/", "s3cret"),
            ("jdbc:postgresql://svc:Tr0ub4dor@10.0.0.7:5432/app", "Tr0ub4dor"),
            ("redis://:hunter22@cache:6379/0", "hunter22"),  # no user, a password
            ("mongodb+srv://u:p%40ss@cluster0.example.net/db", "p%40ss"),
        ],
    )
    def test_password_is_an_auth_token(self, text, secret):
        assert ("AUTH_TOKEN", secret) in found(text)

    @pytest.mark.parametrize(
        "text",
        [
            "postgres://app:****@db/x",  # masked by the writer
            "postgres://app:<redacted>@db/x",
            "ssh://git@github.com:22/x",  # a user, no password
            "see http://host/a:b@c",  # after the path: no user information
            "time 10://12:30@x",  # no scheme
        ],
    )
    def test_no_password(self, text):
        assert found(text, "AUTH_TOKEN") == []


class TestIdsThatNameNoDeviceOrHost:
    @pytest.mark.parametrize(
        "text",
        [
            "WARC-Record-ID: <urn:uuid:12c6b2c3-6a2f-4c4e-9a5e-3f1f0e0d6f2b>",
            "WARC-Concurrent-To: <urn:uuid:12c6b2c3-6a2f-4c4e-9a5e-3f1f0e0d6f2b>",
        ],
    )
    def test_a_uuid_urn_names_a_record_not_a_device(self, text):
        assert found(text, "DEVICE_ID") == []

    def test_a_device_word_still_makes_a_urn_a_device_id(self):
        text = "device: urn:uuid:12c6b2c3-6a2f-4c4e-9a5e-3f1f0e0d6f2b"
        assert found(text, "DEVICE_ID") == [("DEVICE_ID", "12c6b2c3-6a2f-4c4e-9a5e-3f1f0e0d6f2b")]

    @pytest.mark.parametrize("text", ["x-page-speed: 1.11.33.0-0", "pkg 1.2.3.4-1 installed"])
    def test_a_quad_with_a_build_suffix_is_a_version(self, text):
        assert found(text, "IP_ADDRESS") == []

    @pytest.mark.parametrize(
        ("text", "ips"),
        [
            ("scan 10.0.0.1-254 now", ["10.0.0.1"]),  # a range: its end above the last octet
            ("range 10.0.0.1-10.0.0.5", ["10.0.0.1", "10.0.0.5"]),
            ("from 203.0.113.5- to", ["203.0.113.5"]),
        ],
    )
    def test_address_ranges_stay_addresses(self, text, ips):
        assert found(text, "IP_ADDRESS") == [("IP_ADDRESS", ip) for ip in ips]

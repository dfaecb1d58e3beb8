"""URLs, IPv4 and e-mail addresses inside running text (issue 10, recognizer test cases).

Values glued to letters of scripts written without spaces, scheme URLs on one-label hosts,
bare domain names in sentences, and lines of links read as prose. Each mechanism has
positives and near-miss negatives; the vector sets' cases are not copied here.
"""

import pytest
from tests.unit.detect._patterns import found

from privkit.detect._builtin._common import _glued_word, _links_in_prose


class TestNoSpaceScripts:
    """Han, kana, Hangul and Thai letters glued to a value do not hide it nor join it."""

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("IP地址是192.168.0.1吗", "192.168.0.1"),
            ("サーバーは203.0.113.7です", "203.0.113.7"),
            ("198.51.100.4로 접속하세요", "198.51.100.4"),
            ("ที่อยู่ไอพี192.0.2.10ครับ", "192.0.2.10"),
        ],
    )
    def test_ipv4(self, text, value):
        assert found(text, "IP_ADDRESS") == [("IP_ADDRESS", value)]

    @pytest.mark.parametrize("text", ["x192.168.0.1", "é192.168.0.1", "a_1.2.3.4", "1.2.3.4a"])
    def test_ipv4_glued_to_a_spaced_word_stays_out(self, text):
        assert found(text, "IP_ADDRESS") == []

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("服务器地址是2001:db8::1吗", "2001:db8::1"),
            ("IPv6地址fe80::1%eth0", "fe80::1%eth0"),
            ("地址::ffff:192.0.2.128吗", "::ffff:192.0.2.128"),
            ("the address fe80::7:8%eth0.", "fe80::7:8%eth0"),  # a zone id ends at the stop
        ],
    )
    def test_ipv6(self, text, value):
        assert found(text, "IP_ADDRESS") == [("IP_ADDRESS", value)]

    @pytest.mark.parametrize("text", ["x2001:db8::1", "é2001:db8::1", "g::1"])
    def test_ipv6_glued_to_a_spaced_word_stays_out(self, text):
        assert found(text, "IP_ADDRESS") == []

    def test_mac(self):
        text = "MAC地址是3c:22:fb:10:aa:01吗"
        assert found(text, "MAC_ADDRESS") == [("MAC_ADDRESS", "3c:22:fb:10:aa:01")]
        assert found("x3c:22:fb:10:aa:01", "MAC_ADDRESS") == []

    @pytest.mark.parametrize(
        ("text", "url"),
        [
            ("访问www.example.com", "www.example.com"),
            ("请看https://example.com/a", "https://example.com/a"),
            ("見てgithub.com/jane-doe", "github.com/jane-doe"),
        ],
    )
    def test_urls(self, text, url):
        assert found(text, "URL") == [("URL", url)]

    @pytest.mark.parametrize("text", ["xwww.example.com", "éwww.example.com", "_github.com/jane"])
    def test_urls_glued_to_a_spaced_word_stay_out(self, text):
        assert found(text, "URL") == []

    @pytest.mark.parametrize(
        ("text", "address"),
        [
            ("我的邮箱是test@example.com谢谢", "test@example.com"),
            ("メールはtaro@example.jpまで", "taro@example.jp"),
            ("อีเมลsomchai@example.co.thครับ", "somchai@example.co.th"),
        ],
    )
    def test_email_without_the_sentence(self, text, address):
        assert found(text, "EMAIL_ADDRESS") == [("EMAIL_ADDRESS", address)]

    @pytest.mark.parametrize(
        "address", ["用户@例子.广告", "张伟.test@example.com", "kwame.müller760@example.com"]
    )
    def test_email_in_these_scripts_is_kept_whole(self, address):
        assert found(address, "EMAIL_ADDRESS") == [("EMAIL_ADDRESS", address)]

    def test_glued_word(self):
        assert _glued_word("x1", 1)
        assert _glued_word("é1", 1)
        assert not _glued_word("是1", 1)
        assert not _glued_word(" 1", 1)
        assert not _glued_word("1", 0)


class TestOneLabelHosts:
    """A scheme URL on a one-label host is a URL in a sentence, a service in machine text."""

    @pytest.mark.parametrize(
        "url", ["http://localhost:8080/api", "http://internal-api/path", "http://myhost123/"]
    )
    def test_reported_in_prose(self, url):
        assert found(f"see {url} now", "URL") == [("URL", url)]

    @pytest.mark.parametrize(
        "text",
        [
            "GET http://localhost:8086/api/1",  # a request line
            "2024-01-01 INFO listening on http://localhost:3000",  # a log record
            "Request for URL 'https://mxs01:444/ecp/about.aspx' failed",  # quoted by a program
            "see http://ho%1Fst/ now",  # no host name
            "see http://_x/ now",
        ],
    )
    def test_not_reported(self, text):
        assert found(text, "URL") == []


class TestBareDomainsInSentences:
    """A bare domain name in a sentence is a URL; host names, files and code are not."""

    @pytest.mark.parametrize(
        ("text", "url"),
        [
            ("my site is microsoft.com", "microsoft.com"),
            ("I read it on bbc.co.uk yesterday", "bbc.co.uk"),
            ("visit google.xxx today", "google.xxx"),  # any TLD after a site word
            ("our website: www2.example.org.", "www2.example.org"),
            ("twitter.comこれは日本語です", "twitter.com"),
            ("see https://www.example.com/x and example.org", "example.org"),
            # a parenthesis after a word that holds no version: a site named in a sentence
            ("my site (example.com) is up", "example.com"),
            ("upgrade to it (example.com has it)", "example.com"),
        ],
    )
    def test_reported(self, text, url):
        assert ("URL", url) in found(text, "URL")

    @pytest.mark.parametrize(
        "text",
        [
            "run setup.py and README.md, index.js, config.sh",  # file names
            "the Perl script config.pl and Makefile.in",
            "import org.apache.commons.io",  # a package
            "com.example.app crashed again",
            "version 1.2.com",
            "logger.info('started')",
            "Name resolution for the name settings-win.data.microsoft.com timed out",  # a host
            "I booked it on Booking.com",  # a company's name
            "host=db.example.com port=5432",  # a field's value
            "2024-01-01 INFO connected to db.example.com",  # a log record
            "mail jane@example.com now",  # an address's domain
            "download archive.zip from the site",  # a file, even after a site word
            "I use node.js and vue.js",
            # a build's vendor in the comment a program prints after its version
            (
                "mysqld, Version: 10.2.12-MariaDB-10.2.12+maria~jessie-log (mariadb.org binary "
                "distribution). started with:"
            ),
            "Server: Apache/2.4.41 (ubuntu.com)",
        ],
    )
    def test_not_reported(self, text):
        assert found(text, "URL") == []


class TestLinesOfLinks:
    """A sentence of several links is prose, not a record of few words."""

    def test_links_in_a_sentence(self):
        text = "test http://foo.example.com/ http://bar.example.org/ "
        assert [u for _, u in found(text, "URL")] == [
            "http://foo.example.com/",
            "http://bar.example.org/",
        ]

    @pytest.mark.parametrize(
        ("line", "prose"),
        [
            ("test http://a.example/ http://b.example/", True),
            ("http://t.example/a's http://t.example/b; http://t.example/c:", True),
            ("Link: <http://www.example.com/>; rel=shortlink", False),  # a header
            ("web-1  |  * Running on http://127.0.0.1:5000", False),
            ("a b c d", False),  # no link, no such script: not asked again
        ],
    )
    def test_links_in_prose(self, line, prose):
        assert _links_in_prose(line) is prose


class TestAngleBracketLinks:
    """A line opening with a link in angle brackets is read from after its ``<``."""

    @pytest.mark.parametrize(
        ("text", "url"),
        [
            ("<http://domain.example.com>", "http://domain.example.com"),
            ("<https://example.com/foo>.", "https://example.com/foo"),
        ],
    )
    def test_reported(self, text, url):
        assert found(text, "URL") == [("URL", url)]

    @pytest.mark.parametrize(
        "text",
        [
            "<34>Oct 11 22:14:15 host su: see http://x.example.com/a",  # syslog priority
            "<https://example.com/a> 2024-01-01T00:00:00Z GET /x 200 512 0.01",  # a record
        ],
    )
    def test_records_stay_machine_text(self, text):
        assert found(text, "URL") == []


class TestListItemsAndAsides:
    """A list item's number, a reference mark or one bracket around the whole line does not
    make a sentence a log record: its inside is read as the line."""

    @pytest.mark.parametrize(
        ("text", "url"),
        [
            ("1. see https://example.com/page for details", "https://example.com/page"),
            ("2) Read https://example.com/docs first", "https://example.com/docs"),
            ("[3] https://example.com/paper", "https://example.com/paper"),
            ("[Scoped like http://example.com/foo_bar]", "http://example.com/foo_bar"),
            ("{see http://example.com/foo}", "http://example.com/foo"),
        ],
    )
    def test_reported(self, text, url):
        assert found(text, "URL") == [("URL", url)]

    @pytest.mark.parametrize(
        "text",
        [
            "1 GET http://example.com/x",  # a numbered record, not a list item
            "[1] INFO fetched http://example.com/x",  # a level word after the mark
            "[INFO fetched http://example.com/x]",  # the inside is a record
            '{"url": "http://example.com/x"}',  # the inside is JSON
            "[INFO] fetched http://example.com/x",  # the bracket does not close the line
        ],
    )
    def test_records_stay_machine_text(self, text):
        assert found(text, "URL") == []


class TestUnspecifiedAddress:
    """``::`` is an address as a value of its own, not as a separator or in code."""

    @pytest.mark.parametrize("text", ["::", " :: ", "ip: ::", "The IPv6 address is ::."])
    def test_reported(self, text):
        assert found(text, "IP_ADDRESS") == [("IP_ADDRESS", "::")]

    @pytest.mark.parametrize(
        "text",
        ["Server listening on :: port 22.", "std::vector<int>", "a :: b", "x=::", "address::get()"],
    )
    def test_not_reported(self, text):
        assert found(text, "IP_ADDRESS") == []

    def test_a_line_of_its_own_in_a_batch(self):
        from tests.unit.detect._patterns import SCANNER

        out = list(SCANNER.scan_many(["::", "on :: port 22", "ip ::"]))
        assert [[f.entity_type.value for f in r] for r in out] == [
            ["IP_ADDRESS"],
            [],
            ["IP_ADDRESS"],
        ]

    def test_an_empty_address_field_of_a_log_record_is_not(self):
        text = "Network Information:\r\n\tSource Address:\t\t::\r\n\tSource Port:\t\t0"
        assert found(text, "IP_ADDRESS") == []


class TestCountryDomainsAreNoPackagePaths:
    """A host under a country's second-level domain does not make a sentence a stack trace."""

    @pytest.mark.parametrize(
        ("text", "url"),
        [
            ("He said to visit microsoft.co.il for details", "microsoft.co.il"),
            ("Please visit shop.example.co.jp today", "shop.example.co.jp"),
        ],
    )
    def test_reported(self, text, url):
        assert found(text, "URL") == [("URL", url)]

    def test_a_package_path_still_makes_a_record(self):
        from privkit.detect._ner import log_record

        assert log_record("at org.apache.hadoop.mapred.Task.run(Task.java:1)")
        assert not log_record("He said to visit microsoft.co.il for details")


class TestShortLinks:
    """A host on a link shortener's or a country's domain is a URL when a path follows it."""

    @pytest.mark.parametrize(
        ("text", "url"),
        [
            ("t.co/abcde bit.ly/abcde", "bit.ly/abcde"),
            ("see goo.gl/maps/xyz today", "goo.gl/maps/xyz"),
            ("photo: flic.kr/p/abc123", "flic.kr/p/abc123"),
        ],
    )
    def test_reported(self, text, url):
        assert ("URL", url) in found(text, "URL")

    @pytest.mark.parametrize(
        "text", ["it.so is nice", "the lib is at /usr/lib/x.so/ok", "call obj.id now", "go.to it"]
    )
    def test_not_reported_without_a_path_or_inside_one(self, text):
        assert found(text, "URL") == []


class TestPostedLinks:
    """A bare URL after ``Link:`` is a posted link; HTTP's Link header brackets its URL."""

    @pytest.mark.parametrize("text", ["link: https://t.co/abc123", "Link: https://example.com/a"])
    def test_reported(self, text):
        assert found(text, "URL") == [("URL", text.split(": ", 1)[1])]

    @pytest.mark.parametrize(
        "text",
        [
            "Link: <https://example.com/a>; rel=next",
            "Host: a.example\nLink: https://example.com/x",  # a header block
            "url: https://api.example.com/v1",  # an endpoint key
        ],
    )
    def test_headers_and_endpoint_keys_are_not(self, text):
        assert found(text, "URL") == []


class TestWebSubdomains:
    """A site's public face (docs., api., en., blog. ...) before its two labels names a site."""

    @pytest.mark.parametrize(
        ("text", "url"),
        [
            ("Read the docs at docs.microsoft.com today", "docs.microsoft.com"),
            ("call api.example.io for data", "api.example.io"),
            ("see en.wikipedia.org", "en.wikipedia.org"),
        ],
    )
    def test_reported(self, text, url):
        assert found(text, "URL") == [("URL", url)]

    @pytest.mark.parametrize(
        "text",
        [
            "the host settings-win.data.microsoft.com answered",  # a machine's labels
            "the box build01.corp.example.com is down",
            "ts=1 host=docs.example.com status=200",  # machine text
        ],
    )
    def test_machine_host_names_are_not(self, text):
        assert found(text, "URL") == []


class TestBidiControls:
    """Bidirectional controls around a link in a right-to-left sentence are not the link's."""

    def test_an_isolate_closing_after_a_link(self):
        text = "\u2067\u202bسلام https://example.com/a\u202c\u2069"
        assert found(text, "URL") == [("URL", "https://example.com/a")]

    def test_a_mark_after_a_bare_link(self):
        text = "see example.org/a\u200f ok"
        assert found(text, "URL") == [("URL", "example.org/a")]


class TestNamesGluedToUnspacedScripts:
    """A letter of a script written without spaces ends a name and a link without a scheme."""

    def test_names_in_a_chinese_sentence_are_no_package_path(self):
        text = "请看example.org然后b.co/xyz再见"
        assert [u for _, u in found(text, "URL")] == ["example.org", "b.co/xyz"]

    def test_the_path_of_a_bare_link_ends_at_the_sentence(self):
        text = "詳しくはexample.com/docs/a.htmlを見てexample.net/bへ"
        assert [u for _, u in found(text, "URL")] == ["example.com/docs/a.html", "example.net/b"]

    def test_a_segment_written_in_such_a_script_is_the_paths(self):
        text = "見てexample.com/日本語/a.html中国語"
        assert found(text, "URL") == [("URL", "example.com/日本語/a.html")]

    def test_a_scheme_url_keeps_its_path(self):
        text = "see https://ja.wikipedia.org/wiki/日本 now"
        assert found(text, "URL") == [("URL", "https://ja.wikipedia.org/wiki/日本")]

    def test_a_package_path_still_makes_a_record(self):
        from privkit.detect._ner import log_record

        assert log_record("at org.apache.hadoop.Task.run(Task.java:1) 失败")
        assert not log_record("请看example.org然后b.co/xyz再见")


class TestLinesOfSites:
    """A line of sites' names or bare links is prose once they are left out of the count."""

    @pytest.mark.parametrize(
        ("text", "urls"),
        [
            ("example.org example.net example.edu", ["example.org", "example.net", "example.edu"]),
            ("@jo try http:// example.org/a", ["example.org/a"]),  # a space after the scheme
            ("\u2066ok example.org سلام\u2069", ["example.org"]),
        ],
    )
    def test_reported(self, text, urls):
        assert [u for _, u in found(text, "URL")] == urls

    @pytest.mark.parametrize(
        "text",
        [
            "GET /index.html 200 example.com",  # a request record: few words without the name
            "example.com 10.0.0.1 200 512",
            "setup.py readme.md main.go",  # files
            "com.example.app org.apache.io",  # packages
            "host=a.example.com port=1 b.example.net",
            "> Host: www.example.com/cart?id=3",  # curl's request header
            "> Location: https://www.example.com/cart",
        ],
    )
    def test_machine_lines_are_not(self, text):
        assert found(text, "URL") == []

    @pytest.mark.parametrize(
        ("line", "prose"),
        [
            ("vine.co twitch.tv t.co", True),
            ("hey example.org/a ok", True),
            ("example.com 200 1.5 0x1f", False),
            ("setup.py readme.md main.go", False),
        ],
    )
    def test_links_in_prose(self, line, prose):
        assert _links_in_prose(line) is prose


class TestLinksWithoutScheme:
    """Angle brackets and a protocol-relative ``//`` around a site's name as linkifiers read."""

    @pytest.mark.parametrize(
        ("text", "url"),
        [
            ("<example.org>", "example.org"),
            ("<example.org/a>.", "example.org/a"),
            ("the ssl //example.org page", "example.org"),
            ("//example.net", "example.net"),
        ],
    )
    def test_reported(self, text, url):
        assert found(text, "URL") == [("URL", url)]

    @pytest.mark.parametrize(
        "text",
        [
            "<java.version>11</java.version>",  # an XML element
            "<34>Oct 11 22:14:15 host su: see example.org",  # a syslog priority
            "the path a//example.org",  # inside a path
            "<example.com> 2024-01-01T00:00:00Z GET /x 200 512 0.01",  # a record
        ],
    )
    def test_not_reported(self, text):
        assert found(text, "URL") == []


class TestSpelledOutAtSign:
    """``jane(at)example.org``: the at sign written as a bracketed word is still an address."""

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("write to jane(at)example.org", "jane(at)example.org"),
            ("Kontakt: m.muster[at]hs-beispiel.de", "m.muster[at]hs-beispiel.de"),
            ("mail bob {at} example {dot} com today", "bob {at} example {dot} com"),
            ("JANE <AT> EXAMPLE (DOT) ORG!", "JANE <AT> EXAMPLE (DOT) ORG"),
            # an HTML character reference for the at sign (and the dot), in a page's source
            ("<p>jane.doe&#64;example.com</p>", "jane.doe&#64;example.com"),
            ('<a href="#">jane&#x40;example.org</a>', "jane&#x40;example.org"),
            ("mail jane&#X40;Example.COM now", "jane&#X40;Example.COM"),
            ("jane.doe&commat;example.com", "jane.doe&commat;example.com"),
            ("bob&#064;example&#46;com.", "bob&#064;example&#46;com"),
        ],
    )
    def test_the_spelled_address_is_found_whole(self, text, value):
        assert found(text, "EMAIL_ADDRESS") == [("EMAIL_ADDRESS", value)]
        assert found(text, "URL") == []

    @pytest.mark.parametrize(
        "text",
        [
            "meet me (at) noon",
            "x(at)y",
            "see foo(at)bar.js",
            "me [at] home.",
            "_a(at)b",
            "a&#64;b",
            "AT&amp;T &#64; noon",
            "&amp;#64;example.com",
        ],
    )
    def test_no_address_without_a_domain_that_could_be_one(self, text):
        assert found(text, "EMAIL_ADDRESS") == []


class TestInternationalisedWwwHosts:
    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("Schau auf www.münchen.de vorbei", "www.münchen.de"),
            ("see www.пример.рф/путь.", "www.пример.рф/путь"),
            ("visit www.例子.中国 today", "www.例子.中国"),
            ("Look on www.نامه\u200cای.com.", "www.نامه\u200cای.com"),
        ],
    )
    def test_labels_of_any_script(self, text, value):
        assert found(text, "URL") == [("URL", value)]

    def test_prose_glued_after_an_ascii_top_level_domain_stays_out(self):
        assert found("请访问www.example.com谢谢", "URL") == [("URL", "www.example.com")]


class TestBracketsAroundLinks:
    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("[http://example.com/a Example] is where it is", "http://example.com/a"),
            ("[https://jane.example.org/blog] more", "https://jane.example.org/blog"),
        ],
    )
    def test_a_wiki_link_opening_a_line_is_prose(self, text, value):
        assert found(text, "URL") == [("URL", value)]

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("see [http://example.com/a]more", "http://example.com/a"),
            ("see (http://example.com/a)b", "http://example.com/a"),
            ("see (https://en.wikipedia.org/wiki/A_(b)) ok", "https://en.wikipedia.org/wiki/A_(b)"),
        ],
    )
    def test_the_bracket_opened_before_a_link_ends_it(self, text, value):
        assert found(text, "URL") == [("URL", value)]

    def test_a_markdown_link_opening_a_line_is_prose(self):
        text = "[the docs](https://jane.example.org/a)[mail](mailto:jane@example.org) ok"
        assert found(text, "URL") == [("URL", "https://jane.example.org/a")]
        assert found(text, "EMAIL_ADDRESS") == [("EMAIL_ADDRESS", "jane@example.org")]

    def test_a_bracketed_log_header_stays_machine_text(self):
        assert found("[2024-01-01 10:00] GET http://example.com/a 200", "URL") == []

    def test_no_host_name_starts_with_a_dot(self):
        assert found("see http://.example.com/a ok", "URL") != [("URL", "http://.example.com/a")]
        assert found("see http://./ ok", "URL") == [("URL", "http://./")]  # (a valid URL)


class TestLinesOfSitesWithQueries:
    """A line listing links without a scheme (a query or a shortener's path too) is prose."""

    @pytest.mark.parametrize(
        "line",
        [
            "links http://a.example.com example.com?q=x goo.gl/x1 bit.ly/y2 test",
            "http://a.example.com goo.gl/x1 bit.ly/y2 amzn.to/z3",
        ],
    )
    def test_links_in_prose(self, line):
        assert _links_in_prose(line) is True

    def test_every_scheme_link_of_such_a_line_is_reported(self):
        text = "links http://a.example.com example.com?q=x goo.gl/x1 bit.ly/y2 test"
        urls = [u for _, u in found(text, "URL")]
        assert "http://a.example.com" in urls
        assert "goo.gl/x1" in urls

    @pytest.mark.parametrize(
        "line",
        ["user=jane q=x", "Link: <http://www.example.com/>; rel=shortlink", "k=v example.com?q=1"],
    )
    def test_records_stay_machine_text(self, line):
        assert _links_in_prose(line) is False


class TestQuotedOrigins:
    """A site's bare origin quoted in a sentence is a link; quoted as a field, a value."""

    @pytest.mark.parametrize(
        ("text", "url"),
        [
            ('"http://example.com"', "http://example.com"),
            ("'https://example.org/'", "https://example.org/"),
            ('He said "http://example.com" is down', "http://example.com"),
            ("try 'https://example.org' now", "https://example.org"),
        ],
    )
    def test_reported(self, text, url):
        assert found(text, "URL") == [("URL", url)]

    @pytest.mark.parametrize(
        "text",
        [
            '203.0.113.7 - - "GET / HTTP/1.1" 200 612 "https://www.example.com/" "curl/8.0"',
            'referrer="https://www.example.com/"',
            '["https://www.example.com/", "https://www.example.org/"]',
            '{"origin": "https://www.example.com"}',
        ],
    )
    def test_quoted_fields_are_not(self, text):
        assert found(text, "URL") == []


class TestPorts:
    """A port after a host without a scheme is part of the link."""

    @pytest.mark.parametrize(
        ("text", "url"),
        [
            ("Go to www.example.com:8080/path now", "www.example.com:8080/path"),
            ("Go to www.example.com:8443 now", "www.example.com:8443"),
            ("Go to example.com:8080/path now", "example.com:8080/path"),
            ("It is served at example.com:8080.", "example.com:8080"),
        ],
    )
    def test_reported_whole(self, text, url):
        assert found(text, "URL") == [("URL", url)]

    @pytest.mark.parametrize(
        ("text", "url"),
        [
            ("Meet at www.example.com:12:30 today", "www.example.com"),  # a time, not a port
            ("see example.com: it is new", "example.com"),
            ("see example.com:1.5 ratio", "example.com"),
        ],
    )
    def test_a_colon_not_opening_a_port_ends_the_link(self, text, url):
        assert found(text, "URL") == [("URL", url)]


class TestOtherTopLevelDomainsWithAPath:
    """A host of any top-level domain of the root zone, then a path, is a link in prose."""

    @pytest.mark.parametrize(
        ("text", "url"),
        [
            ("A link in 'singlequote.club/wat' here", "singlequote.club/wat"),
            ("the menu is on example.berlin/menu today", "example.berlin/menu"),
            ("see example.photography:8080/x now", "example.photography:8080/x"),
        ],
    )
    def test_reported(self, text, url):
        assert found(text, "URL") == [("URL", url)]

    @pytest.mark.parametrize(
        "text",
        [
            "run setup.py/x again",  # a file extension
            "open notes.md/x",
            "edit config.json/ now",  # no top-level domain
            "read archive.tar/x",
            "cd node_modules/foo.bar/x",  # inside a path
            "build v1.2.3/x",
            "GET /static/app.bar/x HTTP/1.1",
        ],
    )
    def test_not_reported(self, text):
        assert found(text, "URL") == []


class TestBareHostsOfOtherLetters:
    """A host without a scheme, then a path, written with capitals or other than ASCII."""

    @pytest.mark.parametrize(
        ("text", "url"),
        [
            ("Visit bücher.de/katalog today", "bücher.de/katalog"),
            ("see «müller-straße.com/kontakt»", "müller-straße.com/kontakt"),
            ("Example.com/pricing has the plans", "Example.com/pricing"),
            ("see Docs.Example.org/a now", "Docs.Example.org/a"),
        ],
    )
    def test_reported_whole(self, text, url):
        assert found(text, "URL") == [("URL", url)]

    @pytest.mark.parametrize(
        "text",
        [
            "_github.com/jane",  # glued to a word character that opens no host
            "x_bücher.de/katalog",
            "ASP.NET/Core is a framework",  # a capitalised top-level domain: a product
        ],
    )
    def test_not_reported(self, text):
        assert found(text, "URL") == []

    def test_a_script_written_without_spaces_is_not_taken(self):
        assert found("見てgithub.com/jane-doe", "URL") == [("URL", "github.com/jane-doe")]


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("siehe «https://example.com/a»", "https://example.com/a"),
        ("he wrote “https://example.com/a” there", "https://example.com/a"),
        ("sie schrieb „https://example.com/a“ dort", "https://example.com/a"),
        ("voir ‹www.example.fr›", "www.example.fr"),
    ],
)
def test_closing_quotes_of_other_languages_end_a_link(text, url):
    assert found(text, "URL") == [("URL", url)]


def test_a_quoted_origin_in_a_log_records_message_is_a_value():
    text = (
        "LogName=Security\nEventCode=1023\nRecordNumber=68107060\n"
        "Message=A token was issued for the relying party 'https://management.example.com/'.\n"
        "Instance ID: d18c7d57"
    )
    assert found(text, "URL") == []

"""URLs and e-mail addresses the vector sets' development parts missed, by class (H98).

Each class has its positives and the refusals that keep logs and code out: a ``www.`` host
in any case, a host name of three labels named by a sentence or standing alone, a
non-ASCII host opened by a sentence's mark, an address after an invisible character,
addresses whose local part has dots in a row or one before the ``@``, and an address in
emphasis. The choices kept as
they were (a URL as a key's value in a record, an address at a bare IP address, ``file:`` and ``data:``
URIs, an IP literal host) are pinned too. The vector sets' cases are not copied here.
"""

import pytest
from tests.unit.detect._patterns import SCANNER, found


def urls(text: str) -> list[str]:
    return [v for _, v in found(text, "URL")]


def emails(text: str) -> list[str]:
    return [v for _, v in found(text, "EMAIL_ADDRESS")]


class TestWwwInAnyCase:
    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("the spec lives at wWw.specs.example.org now", ["wWw.specs.example.org"]),
            ("wwW.example.org", ["wwW.example.org"]),
            ("Visit WWW.EXAMPLE.COM today", ["WWW.EXAMPLE.COM"]),
            ('<p><a href="http://wWw.example.org">wWw.example.org</a></p>',
             ["http://wWw.example.org", "wWw.example.org"]),
        ],
    )  # fmt: skip
    def test_a_www_host_is_a_site_whatever_its_case(self, text, want):
        assert urls(text) == want

    @pytest.mark.parametrize(
        "text",
        [
            "2024-01-01 12:00:00 INFO fetched wWw.example.org in 3 ms",
            "at org.apache.catalina.core.StandardWrapper.invoke(StandardWrapper.java:12)",
            "call Object.prototype.toString and obj.method() here",
        ],
    )
    def test_records_and_code_stay_out(self, text):
        assert urls(text) == []


class TestHostNamesOfThreeLabels:
    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("You can read the whole story at story.example.com if you like.",
             ["story.example.com"]),
            ("Contact: shop.janedoe.com.", ["shop.janedoe.com"]),
            ("The host build.example.org answered first.", ["build.example.org"]),
            ("see a.example.com, build.example.org", ["a.example.com", "build.example.org"]),
        ],
    )  # fmt: skip
    def test_a_sentence_names_a_site(self, text, want):
        assert urls(text) == want

    @pytest.mark.parametrize(
        "text",
        [
            # a directory server's instance list: the host opens the line
            "    ldap.example.com:636 (/etc/dirsrv/slapd-EXAMPLE)",
            # a system record's quoted field
            'SystemModel: "ProLiant DL380"\r\nSystemName: "myhost.acme.com"\r\nSystemId: "1"',
            "2024-01-01 12:00:00 INFO connected to db.example.com",
            # a machine's name of four labels still needs a word naming a site
            "The DNS query for settings-win.data.microsoft.com was answered",
            "import numpy.linalg.com",
            "version 1.2.3 of os.path.join is used",
        ],
    )
    def test_host_fields_and_code_stay_out(self, text):
        assert urls(text) == []

    @pytest.mark.parametrize(
        "text",
        ["story.example.com", "  few.sub.domains.example.com.", "a.b.c.example.org"],
    )
    def test_a_name_that_is_the_whole_text_is_a_site(self, text):
        assert urls(text) == [text.strip().rstrip(".")]

    def test_alone_means_alone_in_each_text_of_a_batch(self):
        texts = ["story.example.com", "(story.example.com)", "abc\nstory.example.com"]
        batch = SCANNER.scan_many(texts)
        got = [[t[f.start : f.end] for f in fs] for t, fs in zip(texts, batch, strict=True)]
        assert got == [["story.example.com"], [], []]

    @pytest.mark.parametrize(
        "text",
        ["org.apache.commons.io", "setup.py", "user.email", "Object.prototype", "module.method()"],
    )
    def test_code_alone_stays_out(self, text):
        assert urls(text) == []


class TestNonAsciiHostOpenedByAMark:
    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("PS {müller.example.de/katalog} PE", ["müller.example.de/katalog"]),
            ("PS =müller.de/katalog, PE", ["müller.de/katalog"]),
            ("PS :müller.de/katalog... PE", ["müller.de/katalog"]),
        ],
    )
    def test_the_marks_that_open_an_ascii_host_open_it(self, text, want):
        assert urls(text) == want

    @pytest.mark.parametrize("text", ["key=müller.de/katalog", "host:müller.de/katalog"])
    def test_a_key_glued_before_it_keeps_it_a_value(self, text):
        assert urls(text) == []


class TestAddressAfterAnInvisibleCharacter:
    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("write to \u200djane@example.org today", ["jane@example.org"]),
            ("write to \u200b\u200bjane@example.org today", ["jane@example.org"]),
            ("ok \U0001f937\u200djane@example.org, bye", ["jane@example.org"]),
            ("\U0001f937\u200djane@example.org", ["jane@example.org"]),
        ],
    )
    def test_a_joiner_or_zero_width_space_before_it_hides_nothing(self, text, want):
        assert emails(text) == want

    def test_a_run_too_long_for_a_local_part_stays_out(self):
        assert emails("x" * 70 + "\u200d" + "@example.org") == []


class TestDotsInALocalPart:
    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("mail taro..yamada@docomo.example.jp now", ["taro..yamada@docomo.example.jp"]),
            ("mail taro.@ezweb.example.jp now", ["taro.@ezweb.example.jp"]),
            ("mail .jane@example.org now", ["jane@example.org"]),
            ("...jane@example.org", ["jane@example.org"]),
        ],
    )
    def test_a_misplaced_dot_still_names_a_mailbox(self, text, want):
        assert emails(text) == want

    @pytest.mark.parametrize("text", [".@example.org", "a ..@example.org b", "x@y", "a..b@c"])
    def test_no_local_part_or_no_domain_is_no_address(self, text):
        assert emails(text) == []


class TestAddressInEmphasis:
    # (An emphasis pair's underscores are markup, read as spaces: the address is what they
    # wrap. An underscore that opens no pair stays in the local part: "x _jane@...".)
    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("mail _jane@example.co.uk_ now", ["jane@example.co.uk"]),
            ("mail jane@example.co.uk_ now", ["jane@example.co.uk"]),
            ("PS __jane@example.org__. PE", ["jane@example.org"]),
            ("mail _jane@example.co.uk now", ["_jane@example.co.uk"]),
        ],
    )
    def test_closing_underscores_end_the_domain_not_cut_it(self, text, want):
        assert emails(text) == want

    @pytest.mark.parametrize("text", ["mail jane@example.com_backup now", "jane@example.com___x"])
    def test_a_name_glued_after_is_no_address_end(self, text):
        assert emails(text) == []


class TestKeptAsTheyWere:
    def test_a_link_as_a_keys_value_in_a_record_is_machine_text(self):
        # (a line that is one setting alone is reported since H105: test_links_as_settings)
        assert urls("status=200 value=https://www.example.com/a") == []

    def test_an_address_at_a_bare_ip_address_is_a_login_at_a_host(self):
        text = "LOG C-0x5623: pgbench/gilles@127.0.0.1:55886 login"
        assert emails(text) == []
        assert ("IP_ADDRESS", "127.0.0.1") in found(text)

    def test_an_ip_literal_host_is_reported_as_an_address_within_the_url(self):
        text = "Try http://[2001:db8::7]:80/index.html please."
        got = found(text)
        assert ("IP_ADDRESS", "2001:db8::7") in got
        start = min(text.index(v) for e, v in got if e == "URL")
        assert start == text.index("http://")

    @pytest.mark.parametrize(
        "text",
        ["Open file:///etc/motd now.", "The image is data:image/png;base64,iVBORw0KGgo= here."],
    )
    def test_file_and_data_uris_are_no_sites(self, text):
        assert urls(text) == []

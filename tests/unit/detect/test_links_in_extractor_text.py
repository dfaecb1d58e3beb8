"""URLs as URL extractors' users write them: hosts without a scheme.

A host without a scheme may end in a punycode top-level domain (``example.xn--p1ai/a``); a
colon that opens a word, or closes a word of a sentence, may stand right before it (``(go
here:example.com/maps)``), a scheme's, a drive's or a clock's colon may not; an IPv4 address
with a path is a link too (``open 192.168.0.1/admin``); an "_" may stand in a label but the
last two (``_dmarc.example.com/a``). The vector sets' cases are not copied here.
"""

import pytest
from tests.unit.detect._patterns import found


def urls(text: str) -> list[str]:
    return [v for _, v in found(text, "URL")]


class TestPunycodeTopLevelDomain:
    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("the shop is at пример.xn--p1ai/catalog now", ["пример.xn--p1ai/catalog"]),
            ("the shop is at primer.xn--p1ai/catalog now", ["primer.xn--p1ai/catalog"]),
            ("see shop.xn--80asehdb/menu#top.", ["shop.xn--80asehdb/menu#top"]),
            ("(mirror: example.xn--p1ai:8443/pub/)", ["example.xn--p1ai:8443/pub/"]),
        ],
    )  # fmt: skip
    def test_a_host_and_path_is_a_link(self, text, want):
        assert urls(text) == want

    @pytest.mark.parametrize(
        "text",
        ["see module.xn--/x now", "see a.xn-p1ai/x now", "the file setup.xn/x is old"],
    )
    def test_no_punycode_label_is_no_link(self, text):
        assert urls(text) == []


class TestColonBeforeAHost:
    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("Do a search (go here:google.com/maps) today", ["google.com/maps"]),
            ("Encoded links too (example:ka.wikipedia.org/wiki/%E1%83%91, more)",
             ["ka.wikipedia.org/wiki/%E1%83%91"]),
            ("and then :example.com/path/to/a... or not", ["example.com/path/to/a"]),
            ("see 'link:example.org/a' here", ["example.org/a"]),
        ],
    )  # fmt: skip
    def test_a_colon_that_opens_or_ends_a_word_opens_the_link(self, text, want):
        assert urls(text) == want

    @pytest.mark.parametrize(
        "text",
        [
            "we tried http:example.com/path and it failed",
            "we tried git:github.com/jane/repo and it failed",
            "the drive C:example.com/dir is mapped",
            "we met at 12:example.com/path today",
            "the key a_b:example.com/path is set",
            "the name a.b:example.com/path is set",
        ],
    )
    def test_a_colon_of_a_scheme_a_drive_a_clock_or_a_name_does_not(self, text):
        assert urls(text) == []


class TestAddressAndPath:
    """An IPv4 host with a path and no scheme: the address is IP_ADDRESS, its path a URL."""

    @pytest.mark.parametrize(
        ("text", "path"),
        [
            ("open 192.168.0.1/admin_panel in a browser", "/admin_panel"),
            ("the router (192.168.1.1/setup.html) asks for it", "/setup.html"),
            ("see 10.0.0.5:8080/status, then", ":8080/status"),
        ],
    )
    def test_the_path_is_reported_with_the_address(self, text, path):
        got = found(text)
        assert ("URL", path) in got
        assert any(t == "IP_ADDRESS" for t, _ in got)

    @pytest.mark.parametrize(
        "text",
        [
            "route 10.0.0.0/8 via the gateway",
            "see 999.1.1.1/admin now",
            "see x192.168.0.1/admin now",
            "see v1.2.3.4/bin now",
            "2024-01-01 10:00:00 GET 10.1.2.3/api/v1 200",
        ],
    )
    def test_prefix_lengths_non_addresses_and_records_give_no_link(self, text):
        assert urls(text) == []


class TestUnderscoreInAHost:
    """An "_" may stand in a bare host's label but the last two, as in DNS names of services."""

    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("the record is at _dmarc.example.com/report now", ["_dmarc.example.com/report"]),
            ("docs (_team.example.com/docs#a_b) here", ["_team.example.com/docs#a_b"]),
            # (wrapped in a pair of underscores, it is emphasis: the underscores are markup)
            ("docs (_team.example.com/docs#a_b_) here", ["team.example.com/docs#a_b"]),
        ],
    )
    def test_a_label_with_an_underscore_is_part_of_the_host(self, text, want):
        assert urls(text) == want

    @pytest.mark.parametrize(
        "text",
        [
            "see snake_case.io/x now",
            "see my_site.com/x now",
            "call self._client.io/x now",
            "see example.co_m/x now",
        ],
    )
    def test_an_underscore_in_the_last_two_labels_is_no_host(self, text):
        assert urls(text) == []

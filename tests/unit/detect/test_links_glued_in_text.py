"""Links in running text with marks glued to them (H88).

A line of several links is prose when its words, less the links, make a sentence: the marks
glued before a link (an opening bracket, a backslash, an inverted or foreign quote, an emoji
and its joiner) go with the link, not into the line's punctuation. A record's line stays
machine text. The vector sets' cases are not copied here.
"""

import pytest
from tests.unit.detect._patterns import found


def urls(text: str) -> list[str]:
    return [v for _, v in found(text, "URL")]


class TestMarksGluedBeforeLinks:
    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("the mirrors (https://a.example/pub, (https://b.example/pub",
             ["https://a.example/pub", "https://b.example/pub"]),
            ("Fotos «https://a.example/x» «https://b.example/y»",
             ["https://a.example/x", "https://b.example/y"]),
            ("new ¡https://a.example/x ¡https://b.example/y",
             ["https://a.example/x", "https://b.example/y"]),
            ("ok 🤷\u200dhttps://a.example/x 🤷\u200dhttps://b.example/y",
             ["https://a.example/x", "https://b.example/y"]),
            ("Links \\https://a.example/x, \\https://b.example/y",
             ["https://a.example/x", "https://b.example/y"]),
        ],
    )  # fmt: skip
    def test_a_line_of_links_with_marks_is_prose(self, text, want):
        assert urls(text) == want

    @pytest.mark.parametrize(
        "text",
        [
            "ts=2024 msg=fetch src=(https://a.example/x dst=(https://b.example/y",
            "2024-01-01 12:00:00 INFO fetch ¡https://a.example/x ¡https://b.example/y",
            'msg="fetch" url=«https://a.example/x» next=«https://b.example/y»',
        ],
    )
    def test_a_record_with_marked_links_stays_machine_text(self, text):
        assert urls(text) == []


class TestEqualsOpeningALink:
    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("the page moved =https://jane.example/profile, see", ["https://jane.example/profile"]),
            ("the page moved =janedoe.net/profile, see", ["janedoe.net/profile"]),
            ("the page moved =janedoe.net:8080/profile?tab=1, see",
             ["janedoe.net:8080/profile?tab=1"]),
        ],
    )  # fmt: skip
    def test_an_equals_after_a_space_is_a_sentence_mark(self, text, want):
        assert urls(text) == want

    @pytest.mark.parametrize(
        "text",
        [
            "moved url=https://jane.example/profile ok",
            "moved\thttps://jane.example/profile\tok",
            "a=1 b==https://jane.example/profile",
        ],
    )
    def test_a_key_glued_to_the_equals_makes_a_field(self, text):
        assert urls(text) == []


class TestMarksAroundASiteName:
    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("my blog is _janedoe.com_ now", ["janedoe.com"]),
            ("my blog is *janedoe.com* now", ["janedoe.com"]),
            ("my blog is ~~janedoe.com~~ now", ["janedoe.com"]),
            ("the page moved =janedoe.net, see", ["janedoe.net"]),
            ("and then :janedoe.net... or not", ["janedoe.net"]),
        ],
    )  # fmt: skip
    def test_a_mark_that_opens_the_name_is_no_glue(self, text, want):
        assert urls(text) == want

    @pytest.mark.parametrize(
        "text",
        [
            "my blog is janedoe.com_ now",
            "my blog is x_janedoe.com_ now",
            "my blog is _janedoe.com now",
            "the value janedoe.com_bar",
            "the form held test:janedoe.com when saved",
            "host:janedoe.net ok",
            "a=janedoe.net ok",
        ],
    )
    def test_a_mark_glued_to_a_word_or_left_open_is_glue(self, text):
        assert urls(text) == []


class TestAPortInALinkWithoutAScheme:
    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("the shop moved (janedoe.com:8443/shop?item=12&size=m) yesterday",
             ["janedoe.com:8443/shop?item=12&size=m"]),
            ("the shop moved (goo.gl:8443/x?item=12&size=m) yesterday",
             ["goo.gl:8443/x?item=12&size=m"]),
        ],
    )  # fmt: skip
    def test_a_port_leaves_the_line_a_sentence(self, text, want):
        assert urls(text) == want

    def test_a_field_holding_a_host_and_port_stays_machine_text(self):
        assert urls("level=info host=janedoe.com:8443/shop?item=12&size=m") == []


def spans(text: str) -> list[tuple[str, str]]:
    return [(e, v) for e, v in found(text) if e in {"URL", "EMAIL_ADDRESS"}]


class TestMailLinks:
    def test_a_mail_link_with_header_fields_is_reported_whole(self):
        # the address wins the overlap; the link keeps its other characters
        assert spans("write to mailto:jane.doe@gmail.com?subject=Hi now") == [
            ("URL", "mailto:"),
            ("EMAIL_ADDRESS", "jane.doe@gmail.com"),
            ("URL", "?subject=Hi"),
        ]

    def test_a_mail_link_in_capitals(self):
        assert urls("write to MAILTO:jane@gmail.com?cc=bob@gmail.com now") != []

    def test_a_mail_link_to_a_host_without_a_dot(self):
        assert spans("write to mailto:jane@intranet now") == [("URL", "mailto:jane@intranet")]

    def test_a_mail_link_of_addresses_alone_is_their_e_mail_findings(self):
        assert spans("write to mailto:jane.doe@gmail.com now") == [
            ("EMAIL_ADDRESS", "jane.doe@gmail.com")
        ]

    @pytest.mark.parametrize(
        "text",
        [
            "see mailto:friends now",  # no address: no link
            "see mailto:friends?subject=x now",
            "xmailto:jane@gmail.com?subject=Hi",  # glued to a word
            "a=1 link=mailto:jane.doe@gmail.com?subject=Hi",  # machine text
            "2024-01-01T00:00:00Z INFO sent mailto:jane@gmail.com?subject=Hi",
        ],
    )
    def test_no_mail_link_without_an_address_glued_or_in_machine_text(self, text):
        assert urls(text) == []


class TestSiteNamesWithOtherLetters:
    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("my site is bücher.de now", ["bücher.de"]),
            ("visit müller-bau.de now", ["müller-bau.de"]),
            ("my site is straße.de now", ["straße.de"]),
        ],
    )
    def test_a_label_with_letters_other_than_ascii_is_part_of_the_name(self, text, want):
        assert urls(text) == want

    def test_a_script_written_without_spaces_is_the_sentence(self):
        assert urls("访问example.com谢谢") == ["example.com"]

    def test_a_capitalised_name_stays_a_company_s(self):
        assert urls("Grüße.de") == []

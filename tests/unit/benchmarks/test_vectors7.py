"""The seventh vector set's builder (``benchmarks/corpus/_vectors7.py``).

The checks every vector set's parts share are in ``test_vector_parts.py``.
"""

from __future__ import annotations

import pytest
from benchmarks.corpus import _vectors7 as v7


class TestAlign:
    def test_a_link_takes_its_shown_text(self):
        parts = ["see ", ("URL", "www.example.com"), "."]
        assert v7.align("see www.example.com.", parts) == [("URL", 4, 19)]

    def test_plain_parts_may_be_html_escaped(self):
        parts = ["&lt;", ("EMAIL_ADDRESS", "me@example.com"), "&gt;"]
        assert v7.align("<me@example.com>", parts) == [("EMAIL_ADDRESS", 1, 15)]

    def test_a_link_whose_shown_text_differs_takes_the_input_between(self):
        parts = ["go to ", ("URL", "example.com"), " now"]
        assert v7.align("go to http://example.com now", parts) == [("URL", 6, 24)]

    def test_a_result_that_does_not_fit_gives_none(self):
        assert v7.align("abc", ["x", ("URL", "b"), "c"]) is None


class TestCases:
    def test_no_link_is_a_negative_of_each_type_asked(self):
        got = v7.cases("plain", ["plain"], ("URL", "EMAIL_ADDRESS"), "t", "p")
        assert got == [("URL", "plain", [], "t", "p"), ("EMAIL_ADDRESS", "plain", [], "t", "p")]

    def test_a_bare_ip_address_is_not_gold_and_gives_no_negative(self):
        assert v7.cases("1.2.3.4", [("URL", "1.2.3.4")], ("URL",), "t", "p") == []

    def test_one_case_per_type(self):
        parts = [("EMAIL_ADDRESS", "a@b.io"), " or ", ("URL", "www.b.io")]
        got = v7.cases("a@b.io or www.b.io", parts, (), "t", "p")
        assert got == [
            ("EMAIL_ADDRESS", "a@b.io or www.b.io", [(0, 6)], "t", "p"),
            ("URL", "a@b.io or www.b.io", [(10, 18)], "t", "p"),
        ]


class TestRenderings:
    def test_anchor_types_follow_the_href(self):
        html = (
            '<a href="mailto:a@b.io">a@b.io</a> <a href="tel:+15551234567">555</a> '
            '<a href="http://b.io" rel="nofollow">b.io</a>'
        )
        links = [p for p in v7.anchors(html) if isinstance(p, tuple)]
        assert links == [("EMAIL_ADDRESS", "a@b.io"), ("PHONE_NUMBER", "555"), ("URL", "b.io")]

    def test_an_anchor_inside_an_attribute_is_the_inner_one(self):
        html = 'x<a href=" <a href="http://g.com">g.com</a> ">y</a>'
        assert [p for p in v7.anchors(html) if isinstance(p, tuple)] == [("URL", "g.com")]

    def test_placeholders_and_bars(self):
        assert v7.placeholders("at _EMAIL_.", {"_EMAIL_": "EMAIL_ADDRESS"}) == [
            "at ",
            ("EMAIL_ADDRESS", ""),
            ".",
        ]
        assert v7.bars("a |x.com| b", v7.linkify_type) == ["a ", ("URL", "x.com"), " b"]
        assert v7.bars("unbalanced |x", v7.linkify_type) == []

    def test_rust_string_literals_are_decoded(self):
        src = 'f("a\\u{e9}\\n", r#"q"x"#, "line \\\n    next"); // "comment"'
        strings = [t for k, t in v7.rust_tokens(src) if k == "str"]
        assert strings == ["a\u00e9\n", 'q"x', "line next"]

    @pytest.mark.parametrize(
        ("value", "etype"),
        [("foo@bar.com", "EMAIL_ADDRESS"), ("mailto:foo", "URL"), ("xmpp:foo@bar", "URL")],
    )
    def test_xurls_types(self, value, etype):
        assert v7.xurls_type(value) == etype

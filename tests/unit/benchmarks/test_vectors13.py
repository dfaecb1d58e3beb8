"""The thirteenth vector set's builder (``benchmarks/corpus/_vectors13.py``).

The checks every vector set's parts share are in ``test_vector_parts.py``.
"""

from __future__ import annotations

import pytest
from benchmarks.corpus import _vectors7 as v7
from benchmarks.corpus import _vectors13 as v13


def test_the_split_is_the_salted_hash_order():
    repos = [v13.ANCHORME[0], v13.URL_REGEX_SAFE[0], v13.GET_URLS[0], v13.DART_LINKIFY[0]]
    assert v13.split(repos) == (repos[:2], repos[2:])
    assert v13.split(list(reversed(repos))) == (repos[:2], repos[2:])


class TestLinkType:
    @pytest.mark.parametrize(
        "link",
        ["www.example.com", "http://localhost/a", "ftp://[2001:db8::1]/x", "https://bücher.de",
         "example.xn--p1ai/a", "192.168.0.1/admin", "http://u:p@example.com:8080"],
    )  # fmt: skip
    def test_urls_of_internet_hosts_are_gold(self, link):
        assert v13.link_type(link) == ("URL", 0)

    def test_an_address_leaves_mailto_out(self):
        assert v13.link_type("a.b@example.com") == ("EMAIL_ADDRESS", 0)
        assert v13.link_type("mailto:a@example.com") == ("EMAIL_ADDRESS", 7)

    @pytest.mark.parametrize(
        "link",
        ["file:///C:/x.zip", "mysql://example.com/a", "//example.com", "http://intranet/a",
         "192.168.0.1", "a@b", "a@192.168.0.1", "http://a"],
    )  # fmt: skip
    def test_other_links_are_neither_gold_nor_negative(self, link):
        assert v13.link_type(link) is None


class TestTyped:
    def test_lines_and_tabs_cut_the_input_and_bare_lines_are_negatives(self):
        text = "see www.a.io.\n\tnothing here\tmail x@b.io"
        links = v13.locate(text, ["www.a.io", "x@b.io"])
        assert links is not None
        got = v13.typed(text, links, "c", "p")
        assert got == [
            ("URL", "see www.a.io.", [(4, 12)], "c", "p"),
            ("URL", "nothing here", [], "c", "p"),
            ("EMAIL_ADDRESS", "nothing here", [], "c", "p"),
            ("EMAIL_ADDRESS", "mail x@b.io", [(5, 11)], "c", "p"),
        ]

    def test_a_line_with_only_other_links_gives_nothing(self):
        assert v13.typed("file:///a.zip", [(0, 13)], "c", "p") == []


class TestLocate:
    def test_in_order_and_not_glued_on_the_left(self):
        assert v13.locate("http://a.com a.com", ["a.com"]) == [(13, 18)]
        assert v13.locate("b.io a.io", ["a.io", "b.io"]) is None
        assert v13.locate("b.io a.io", ["a.io", "b.io"], in_order=False) == [(5, 9), (0, 4)]

    def test_glued_pieces_when_the_source_lists_them(self):
        assert v13.locate("_a.com_", ["a.com"]) is None
        assert v13.locate("_a.com_", ["a.com"], glued=True) == [(1, 6)]


def test_rendered_pairs_read_as_data():
    toks = v7.ts_tokens('expect(anchorme("x a.io")).toBe(`x <a href="http://a.io">a.io</a>`);')
    assert v13._html_pairs(toks) == [("x a.io", 'x <a href="http://a.io">a.io</a>')]


def test_arrays_give_strings_and_the_string_of_objects():
    toks = v7.ts_tokens("const r = ['a', {\"string\": \"b\", host: 'x'}, `c${d}`];")
    assert v13._array(toks, v13._assigned(toks, "r"))[0] == ["a", "b", None]

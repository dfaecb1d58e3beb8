"""The ninth vector set's builder (``benchmarks/corpus/_vectors9.py``).

The checks every vector set's parts share are in ``test_vector_parts.py``.
"""

from __future__ import annotations

from benchmarks.corpus import _vectors7 as v7
from benchmarks.corpus import _vectors9 as v9


def test_the_split_is_the_salted_hash_order():
    repos = [v9.LINKIFYJS[0], v9.CMARK_GFM[0], v9.GOLDMARK[0], v9.MARKDOWN_IT[0]]
    assert v9.split(repos) == (repos[:2], repos[2:])
    assert v9.split(list(reversed(repos))) == (repos[:2], repos[2:])


class TestLinkType:
    def test_an_added_scheme_or_percent_encoding_is_the_shown_text(self):
        assert v9._link_type("http://www.example.com", "www.example.com") == "URL"
        assert v9._link_type("http://example.com/%C3%A5", "http://example.com/å") == "URL"

    def test_a_mailto_the_text_does_not_show_is_an_address(self):
        assert v9._link_type("mailto:a@b.io", "a@b.io") == "EMAIL_ADDRESS"
        assert v9._link_type("mailto:a@b.io", "mailto:a@b.io") == "URL"

    def test_a_link_with_other_text_is_no_link_of_the_text(self):
        assert v9._link_type("http://example.com", "my page") is None
        assert v9._link_type("mailto:a@b.io", "write") is None


class TestMarkdownCases:
    def test_links_are_located_per_line(self):
        rendered = (
            '<p>see <a href="http://www.a.io">www.a.io</a>.</p>\n'
            '<p><a href="mailto:x@b.io">x@b.io</a></p>'
        )
        got = v9.markdown_cases("see www.a.io.\nx@b.io", rendered, "c", "p")
        assert got == [
            ("URL", "see www.a.io.", [(4, 12)], "c", "p"),
            ("EMAIL_ADDRESS", "x@b.io", [(0, 6)], "c", "p"),
        ]

    def test_no_anchor_gives_negatives_per_line_unless_code(self):
        got = v9.markdown_cases("a@b\n\nc", "<p>a@b</p>\n<p>c</p>", "c", "p")
        assert [(t, text) for t, text, *_ in got] == [
            ("URL", "a@b"), ("EMAIL_ADDRESS", "a@b"), ("URL", "c"), ("EMAIL_ADDRESS", "c"),
        ]  # fmt: skip
        assert v9.markdown_cases("`www.a.io`", "<p><code>www.a.io</code></p>", "c", "p") == []

    def test_a_link_not_in_the_source_drops_the_example(self):
        rendered = '<a href="http://a.io">a.io</a> <a href="http://b.io">b.io</a>'
        assert v9.markdown_cases("a.io c.io", rendered, "c", "p") == []

    def test_other_anchors_are_not_gold(self):
        rendered = '<p><a href="http://a.io">here</a></p>'
        assert v9.markdown_cases("[here](http://a.io)", rendered, "c", "p") == []


def test_js_rows_read_as_data():
    toks = v7.ts_tokens(
        "const tests = [['a b.io', [Text, Url], ['a ', 'b.io']], ['\\u00a0', [Text], ['x']]];"
    )
    rows, _ = v9._js_array(toks, 3)
    assert rows == [["a b.io", ["Text", "Url"], ["a ", "b.io"]], ["\u00a0", ["Text"], ["x"]]]

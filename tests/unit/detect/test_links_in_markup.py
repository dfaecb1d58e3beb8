"""URLs and e-mail addresses inside markup: HTML of a page's text, Markdown, reStructuredText.

A link a reader follows is written inside the markup (``<a href="...">``, ``[text](...)``,
``[1]: ...``, ``\\`text <...>\\`_``, emphasis and table bars around it); the machine-text test
reads the line's words, not its tags and marks. Code (scripts, a page's head), log records and
HTTP headers that hold markup-like characters stay machine text. The vector sets' cases are not
copied here.
"""

import pytest
from tests.unit.detect._patterns import found

from privkit.detect._builtin._common import _markup_reading
from privkit.detect._builtin.url import _emphasis_open


def urls(text: str) -> list[str]:
    return [v for _, v in found(text, "URL")]


class TestHtmlText:
    """Links in the HTML of a document's text: the href or src, and the shown text."""

    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ('<p>Visit <a href="https://jane.example.org/">her page</a>.</p>',
             ["https://jane.example.org/"]),
            ("<li><a href='https://jane.example.org/'>her page</a></li>",
             ["https://jane.example.org/"]),
            ('<p>Photo: <img alt="me" src="https://jane.example.org/me.jpg"></p>',
             ["https://jane.example.org/me.jpg"]),
            ('<td><a title="x" href = "https://jane.example.org/">www.jane.example.org</a></td>',
             ["https://jane.example.org/", "www.jane.example.org"]),
            (('<p>See <a href="https://a.example.org/">https://a.example.org/</a>, '
             '<a href="https://b.example.org/">https://b.example.org/</a></p>'),
             ["https://a.example.org/", "https://a.example.org/", "https://b.example.org/",
              "https://b.example.org/"]),
        ],
    )  # fmt: skip
    def test_link_of_an_element_is_found(self, text, want):
        assert urls(text) == want

    @pytest.mark.parametrize(
        "text",
        [
            '<script src="https://cdn.example.com/app.js"></script>',
            '<link rel="stylesheet" href="https://cdn.example.com/site.css">',
            '<meta property="og:url" content="https://www.example.com/">',
            '2024-01-01 12:00:00 INFO sent <a href="https://app.example.com/">x</a>',
            (
                '203.0.113.9 - - [01/May/2024:10:00:01 +0000] "GET / HTTP/1.1" 200 612 '
                '"https://www.example.com/" "Mozilla/5.0"'
            ),
            "link: <https://fonts.example.com>; rel=preconnect; crossorigin",
        ],
    )
    def test_code_records_and_headers_stay_out(self, text):
        assert urls(text) == []

    def test_mailto_of_an_anchor_is_an_address(self):
        text = '<a href="mailto:jane@example.org">Jane</a>'
        assert found(text, "EMAIL_ADDRESS") == [("EMAIL_ADDRESS", "jane@example.org")]


class TestMarkdown:
    """Markdown links in lists, quotes, tables, reference definitions, under emphasis."""

    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("- [_the docs_](https://docs.example.org/guide) _by us_",
             ["https://docs.example.org/guide"]),
            ("* **[her page](https://jane.example.org/)**", ["https://jane.example.org/"]),
            ("> Quoted: <https://jane.example.org/>", ["https://jane.example.org/"]),
            ("[1]: https://jane.example.org/", ["https://jane.example.org/"]),
            ('[her page]: <https://jane.example.org/> "Her page"', ["https://jane.example.org/"]),
            ("| docs | [guide](https://docs.example.org/guide) |",
             ["https://docs.example.org/guide"]),
            ("| Jane | her page is https://jane.example.org/a |", ["https://jane.example.org/a"]),
            ("[a](https://a.example.org/x), [b](https://b.example.org/y)",
             ["https://a.example.org/x", "https://b.example.org/y"]),
        ],
    )  # fmt: skip
    def test_link_in_markdown_is_found(self, text, want):
        assert urls(text) == want

    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("See _https://jane.example.org/a_. now", "https://jane.example.org/a"),
            ("See ~~https://jane.example.org/a~~ now", "https://jane.example.org/a"),
            ("See __www.jane.example.org__ now", "www.jane.example.org"),
            ("(_https://jane.example.org/a_)", "https://jane.example.org/a"),
            ("See **https://jane.example.org/a** now", "https://jane.example.org/a"),
        ],
    )
    def test_emphasis_around_a_link_is_markup(self, text, want):
        assert urls(text) == [want]

    @pytest.mark.parametrize(
        "text",
        [
            "_http://example.com",  # opened and never closed: glued
            "See x_www.jane.example.org now",
            "See x_https://jane.example.org/a_ now",
            "[INFO]: https://jane.example.org/",
            "[12:00:01]: https://jane.example.org/",
            "| 1 | https://jane.example.org/a | 200 | 2024-01-01 10:00:00 |",
            "| 17 | https://jane.example.org/a |",
        ],
    )
    def test_glued_marks_log_labels_and_data_rows_stay_out(self, text):
        assert urls(text) == []

    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("[Visit https://jane.example.org](https://jane.example.org) please.",
             ["https://jane.example.org", "https://jane.example.org"]),
            ("[see www.jane.example.org/a](https://jane.example.org/b) now",
             ["www.jane.example.org/a", "https://jane.example.org/b"]),
            ("[see github.com/jane](https://github.com/jane) now",
             ["github.com/jane", "https://github.com/jane"]),
            ("See https://jane.example.org/a]b x", ["https://jane.example.org/a]b"]),
            ("https://jane.example.org/foo[1](2)bar", ["https://jane.example.org/foo[1](2)bar"]),
            ("see https://jane.example.org/?q=[x](y) now", ["https://jane.example.org/?q=[x](y)"]),
        ],
    )  # fmt: skip
    def test_a_link_in_a_links_text_ends_at_its_target(self, text, want):
        assert urls(text) == want

    def test_a_link_ending_in_a_mark_keeps_it_without_emphasis(self):
        text = "See https://en.wikipedia.org/wiki/Snake_case_ now"
        assert urls(text) == ["https://en.wikipedia.org/wiki/Snake_case_"]


class TestRestructuredText:
    """reStructuredText's embedded URIs and targets."""

    @pytest.mark.parametrize(
        "text",
        [
            "`her page <https://jane.example.org/>`_",
            "`her page <https://jane.example.org/>`__",
            ".. _her page: https://jane.example.org/",
            "__ https://jane.example.org/",
        ],
    )
    def test_link_is_found(self, text):
        assert urls(text) == ["https://jane.example.org/"]


class TestReading:
    """What the machine-text test reads of a line of rich text."""

    def test_tags_and_marks_are_left_out(self):
        reading = _markup_reading('<p>See <a href="https://x.example/">the docs</a>, now</p>')
        assert reading is not None
        assert "href" not in reading
        assert "the docs, now" in reading

    @pytest.mark.parametrize(
        "line",
        [
            "plain prose with https://x.example/",
            'key="value" other=1',
            '<script src="https://x.example/a.js"></script> <p>x</p>',
            "- item",
            "[]() and http://x.example/",
        ],
    )
    def test_other_lines_have_no_reading(self, line):
        assert _markup_reading(line) is None

    @pytest.mark.parametrize(
        ("text", "start", "want"),
        [("_https://x", 1, "_"), ("a **www.x", 4, "**"), ("x_https://x", 2, ""),
         ("___~www", 4, ""), ("(~~x", 3, "~~")],
    )  # fmt: skip
    def test_emphasis_open(self, text, start, want):
        assert _emphasis_open(text, start) == want

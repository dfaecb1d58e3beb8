"""Android, Hadoop-stack and agent logs (issue 10, twenty-fourth log set's development work).

An Android monkey's log names the widget it clicks as a UI Automator selector, the widget's
class and an attribute glued by a tilde (``Clicking: Button~Description for Button``): the
class is a code identifier, not a person, whatever the model reads. A name written apart,
or between double tildes (Markdown's strikethrough), is left to the model.
"""

from __future__ import annotations

import pytest

from privkit.detect import Scanner, _ner


@pytest.fixture(scope="module")
def scanner():
    return Scanner()


class TestTildeJoinedIdentifiers:
    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("[  1](Seq:  0)-Clicking: Button~Description for Button", "Button"),
            ("select Text~Alice in the list", "Alice"),
            ("key Section~Robert ok", "Robert"),
        ],
    )
    def test_a_tilde_glued_word_is_an_identifier(self, text, value):
        start = text.index(value)
        assert _ner._identifier(value, text, start, start + len(value), code=False)

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("Alice ~ Bob were here", "Alice"),  # a spaced tilde joins nothing
            ("~~Alice~~ struck out", "Alice"),  # Markdown's strikethrough
            ("~Alice, see you", "Alice"),  # a tilde not between words
            ("meet Alice tomorrow", "Alice"),
        ],
    )
    def test_a_name_not_glued_stays_with_the_model(self, text, value):
        start = text.index(value)
        assert not _ner._identifier(value, text, start, start + len(value), code=False)

    @pytest.mark.parametrize(
        "text",
        [
            "2013-03-04 12:33:38.443: [  1](Seq:  0)-Clicking: Button~Description for Button",
            "2013-03-04 12:34:18.533: [  2](Seq:  0)-Clicking: Button~Description for Button",
        ],
    )
    def test_a_monkey_click_reports_no_person(self, scanner, text):
        assert scanner.scan(text, entities=["PERSON"]) == []

    def test_a_person_in_a_log_line_is_still_found(self, scanner):
        text = "Message from John Smith: the widget Button~Label was clicked"
        found = [text[f.start : f.end] for f in scanner.scan(text, entities=["PERSON"])]
        assert "John Smith" in found
        assert "Button" not in found

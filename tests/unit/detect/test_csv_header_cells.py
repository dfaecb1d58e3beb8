"""A lowerCamelCase column name in a CSV report's header row is code, not a name (H172).

Linters' CSV reporters open their report with a header row of column names
("path,lineNumber,lineNumberEnd,level,message"); the model read a lowerCamelCase name as a
person. Texts are written for the test in the same shapes; no corpus line is copied here.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.unit.detect._patterns import kept_entities


class TestHeaderCells:
    @pytest.mark.parametrize(
        ("text", "value"),
        [("path,quoxNumber,quoxNumberEnd,level,message", "quoxNumber"),
         ("file,quoxLine,severity\nsrc/a.coffee,3,warn", "quoxLine"),
         ("Report\n\nfile,quoxLine,severity\nsrc/a.coffee,3,warn", "quoxLine")],
    )  # fmt: skip
    def test_dropped(self, text, value):
        assert kept_entities(text, [(value, "PERSON")]) == []

    @pytest.mark.parametrize(
        ("text", "value"),
        [("Anna said to theQuoxbird: fine, sure, ok", "theQuoxbird"),
         ("user,name,role\njdoe,annaSmith,admin", "annaSmith"),
         ("path,QuoxNumber,level", "QuoxNumber")],
    )  # fmt: skip
    def test_kept(self, text, value):
        assert kept_entities(text, [(value, "PERSON")]) == [value]

    @given(
        st.lists(st.from_regex(r"[a-z]{2,8}", fullmatch=True), min_size=2, max_size=6),
        st.from_regex(r"[a-z]{2,6}[A-Z][a-z]{2,6}", fullmatch=True),
        st.integers(0, 6),
    )
    def test_any_header(self, cells, camel, at):
        row = [*cells[: at % (len(cells) + 1)], camel, *cells[at % (len(cells) + 1) :]]
        assert kept_entities(",".join(row), [(camel, "PERSON")]) == []

"""Words on a line that a rule of dashes underlines are a listing's, not a name (H172).

Command-line listings of network operating systems and appliances draw a rule under their
heading ("License Table\\n-------------") and under a table's column headers ("Name  Role
Auth\\n----  ----  ----"); the model read those words as organisations and persons. Texts are
written for the test in the same shapes; no corpus line is copied here.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.unit.detect._patterns import kept_entities


class TestUnderlined:
    @pytest.mark.parametrize(
        ("text", "value", "label"),
        [("#show license\n\nQuoxel Table\n------------\nKey  Installed\n", "Quoxel Table", "ORG"),
         ("Quoxel Database\n===============\n", "Quoxel Database", "PERSON"),
         ("MAC     Name  Role  Auth  Quoxel\n---     ----  ----  ----  ------\n", "Auth", "ORG"),
         ("MAC     Name  Role  Quoxel Essid\n---     ----  ----  ------------\n", "Quoxel Essid",
          "PERSON"),
         ("Quoxel Entries\n--------------\r\nName  Group\n", "Quoxel Entries", "GPE")],
    )  # fmt: skip
    def test_dropped(self, text, value, label):
        assert kept_entities(text, [(value, label)]) == []

    @pytest.mark.parametrize(
        ("text", "value", "label"),
        [("Anna Smith\n==========\nShe joined in 2019.", "Anna Smith", "PERSON"),
         ("Contact Anna Smith today.\nPhone below\n---\n", "Anna Smith", "PERSON"),
         ("Quoxel Table\n\n------------\n", "Quoxel Table", "ORG"),
         ("Quoxel Table\n-- Anna\n", "Quoxel Table", "ORG"),
         ("Anna Smith\n", "Anna Smith", "PERSON")],
    )  # fmt: skip
    def test_kept(self, text, value, label):
        assert kept_entities(text, [(value, label)]) == [value]

    @given(
        st.from_regex(r"[A-Z][a-z]{2,9}", fullmatch=True),
        st.sampled_from(["Table", "Database", "Entries", "Statistics", "Summary"]),
        st.integers(3, 40),
        st.sampled_from(["-", "="]),
    )
    def test_any_heading(self, word, noun, width, char):
        heading = f"{word} {noun}"
        text = f"#show x\n\n{heading}\n{char * width}\nName  Group\n"
        assert kept_entities(text, [(heading, "PERSON")]) == []
        assert kept_entities(text, [(heading, "ORG")]) == []

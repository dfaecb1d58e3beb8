"""Source files named in build and interpreter output are no names (H153).

Build tools, compilers and interpreters name source files in their messages (``called in
Page.php on line 12``), which the model reads as places or organisations. Texts are written
for the test in the same shapes; no corpus line is copied here.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.unit.detect._patterns import kept_entities

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner, _ner
from privkit.types import EntityType


@pytest.fixture(scope="module")
def patterns() -> Scanner:
    return Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)


def found(scanner: Scanner, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type.value, text[f.start : f.end]) for f in scanner.scan(text)]


_EXTENSIONS = ("php", "py", "rb", "js", "java", "kt", "go", "rs", "cs", "cpp", "h", "txt",
               "xml", "json", "yml", "gradle", "cmake", "html")  # fmt: skip


class TestSourceFileNames:
    """A file's name with a source, build or configuration extension is no name."""

    @pytest.mark.parametrize(
        "value",
        ["Title.php", "Category.php", "CMakeLists.txt", "Main.java", "Build.gradle",
         "Config.yml", "Widget.h", "Form.cs", "Services.exe"],
    )  # fmt: skip
    @pytest.mark.parametrize(
        "entity", [EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION]
    )
    def test_bad_shape(self, value, entity):
        assert _ner._bad_shape(entity, value, lower_case=False)

    @pytest.mark.parametrize(
        "value",
        ["St. Louis", "Anna Smith", "Washington", "Jane.Doe", "Node", "Mr.Smith", "Title.PHPX",
         "Title.Php"],
    )  # fmt: skip
    def test_names_keep_their_shape(self, value):
        assert not _ner._bad_shape(EntityType.PERSON, value, lower_case=False)
        assert not _ner._bad_shape(EntityType.LOCATION, value, lower_case=False)

    def test_in_an_interpreters_message(self):
        line = (
            "[Mon Jan 04 10:00:00 2021] [error] [client 192.0.2.7] PHP Warning:  Missing "
            "argument 2 for Page::render(), called in Page.php on line 12 and defined in "
            "Layout.php on line 40"
        )
        assert kept_entities(line, [("Page.php", "LOCATION"), ("Layout.php", "ORG")]) == []

    def test_a_name_beside_a_file_stays(self):
        line = "Anna Smith edited Page.php on Monday."
        assert kept_entities(line, [("Anna Smith", "PERSON"), ("Page.php", "ORG")]) == [
            "Anna Smith"
        ]

    @given(
        st.from_regex(r"[A-Z][a-z]{1,12}(?:[A-Z][a-z]{1,8})?", fullmatch=True),
        st.sampled_from(_EXTENSIONS),
    )
    def test_any_capitalised_file_name(self, stem, ext):
        for entity in (EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION):
            assert _ner._bad_shape(entity, f"{stem}.{ext}", lower_case=False)

    @given(st.from_regex(r"[A-Z][a-z]{1,12}(?: [A-Z][a-z]{1,12}){0,2}", fullmatch=True))
    def test_no_dotless_name_is_read_as_a_file(self, name):
        assert _ner._PROGRAM_FILE.fullmatch(name) is None

"""One word of a compiler's or checker's message is code, not a name (H153).

A line with a source location is a compiler's or checker's message, and it names code in
single words ("main.go:7:3: Sprintf is a pure function", "... in object Predef"), which the
model read as persons and organisations. Build tools write the location after a bracketed
level or task ("[warn] /src/A.scala:111: ...", "    [javac] /src/A.java:42: ...") and
Maven's compiler plugin after a colon ("/src/A.java:[12,5]"): those are source locations too.
Texts are written for the test in the same shapes; no corpus line is copied here.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.unit.detect._patterns import kept_entities

from privkit.detect._ner import log_record, source_location


class TestLocationForms:
    @pytest.mark.parametrize(
        "line",
        ["[WARNING] /src/main/java/a/B.java:[12,5] [SomeCheck] prefer valueOf",
         "[ERROR] C:\\src\\a\\B.java:[3,14] cannot find symbol",
         "[warn] /home/u/ws/a/Some.scala:111: method stop in class Thread is deprecated",
         "    [javac] /home/u/a/X.java:12: warning: [deprecation] stop() in Thread",
         "[error] src/main/scala/A.scala:4:7: not found: value x"],
    )  # fmt: skip
    def test_a_location(self, line):
        assert source_location(line)
        assert log_record(line)

    @pytest.mark.parametrize(
        "line",
        ["see main.c:12 for the loop",
         "Note [x] and file.txt:3 here",
         "[1] the list, item 3",
         "Meet me at [Cafe] at 10:30 tomorrow"],
    )  # fmt: skip
    def test_no_location(self, line):
        assert not source_location(line)


_LINES = [
    "main.go:7:3: {} is a pure function but its result is unused (SA4017)",
    "b.scala:14: error: value foo is not a member of object {}",
    "[warn] /src/a/Some.scala:42: method halt is deprecated: see the {} docs",
    "/src/a/B.java:[12,5] [Check] {} should be final",
]


class TestCheckerWords:
    @pytest.mark.parametrize("line", _LINES)
    @pytest.mark.parametrize("label", ["PERSON", "ORG", "GPE"])
    def test_one_word_dropped(self, line, label):
        word = "Quoxel"
        assert kept_entities(line.format(word), [(word, label)]) == []

    @pytest.mark.parametrize("line", _LINES)
    def test_two_words_kept(self, line):
        assert kept_entities(line.format("Anna Smith"), [("Anna Smith", "PERSON")]) == [
            "Anna Smith"
        ]

    @pytest.mark.parametrize("quote", ['"', "'", "`", "\u2018"])
    def test_a_quoted_word_kept(self, quote):
        close = "\u2019" if quote == "\u2018" else quote
        line = f"README.md:3:5: {quote}Jonh{close} is a misspelling of {quote}John{close}"
        assert kept_entities(line, [("Jonh", "PERSON")]) == ["Jonh"]

    @pytest.mark.parametrize(
        "line",
        ["Anna Smith said Quoxel is a pure function",
         "see main.c:12 where Quoxel wrote the loop",
         "Mar  5 10:12:01 host sshd[12]: Accepted password for Quoxel"],
    )  # fmt: skip
    def test_no_location_no_rule(self, line):
        assert "Quoxel" in kept_entities(line, [("Quoxel", "PERSON")])

    @given(
        st.from_regex(r"[a-z_]{1,10}/[a-z_]{1,10}\.(?:go|py|rs|scala|java|c)", fullmatch=True),
        st.integers(1, 9999),
        st.integers(1, 200),
        st.from_regex(r"[A-Z][a-z]{2,10}", fullmatch=True),
    )
    def test_any_location(self, path, line, column, word):
        text = f"{path}:{line}:{column}: {word} is never used"
        assert kept_entities(text, [(word, "PERSON")]) == []
        # two words on the same line keep their reading
        two = f"{path}:{line}:{column}: {word} written by Anna Smith"
        assert kept_entities(two, [("Anna Smith", "PERSON")]) == ["Anna Smith"]


class TestDeclaredTypes:
    """A CamelCase type after a field's or parameter's modifier, declared, is code."""

    @pytest.mark.parametrize(
        ("line", "value"),
        [("    private final ReportParser parser;", "ReportParser"),
         ("    protected static FooBarBaz cache = null;", "FooBarBaz"),
         ("warning CA1502: 'Draw.MakeIcon(out bool, out PixelLayout)' is complex",
          "PixelLayout"),
         ("void Read(ref TextReader reader)", "TextReader")],
    )  # fmt: skip
    def test_dropped(self, line, value):
        assert kept_entities(line, [(value, "ORG")]) == []

    @pytest.mark.parametrize(
        ("line", "value"),
        [("It is a public GitHub repository.", "GitHub"),
         ("Check out YouTube today.", "YouTube"),
         ("She met the public McDonald at noon.", "McDonald"),
         ("We went out with Anna yesterday.", "Anna")],
    )  # fmt: skip
    def test_kept(self, line, value):
        assert kept_entities(line, [(value, "ORG")]) == [value]

    @given(
        st.sampled_from(["private", "public final", "protected", "static", "readonly"]),
        st.from_regex(r"[A-Z][a-z]{2,8}[A-Z][a-z]{2,8}", fullmatch=True),
        st.from_regex(r"[a-z][a-zA-Z]{1,10}", fullmatch=True),
    )
    def test_any_declared_field(self, modifier, type_name, var):
        assert kept_entities(f"    {modifier} {type_name} {var};", [(type_name, "ORG")]) == []
        # the same word in a sentence after the modifier, undeclared, keeps its reading
        assert kept_entities(f"a {modifier} {type_name} team met.", [(type_name, "ORG")]) == [
            type_name
        ]


class TestQuotedCodeWords:
    """A quoted word after a noun of code or configuration in a checker's message (H172)."""

    @pytest.mark.parametrize(
        "line",
        ["/home/u/.config/q/foo.service:9: Unknown key name '{}' in section 'Service', ignoring.",
         "src/a.py:3:1: undefined variable '{}'",
         'lib/b.rb:12: unknown option "{}" given',
         "c.ts:4:2: property \u2018{}\u2019 does not exist"],
    )  # fmt: skip
    def test_dropped(self, line):
        assert kept_entities(line.format("Quoxel"), [("Quoxel", "PERSON")]) == []

    @pytest.mark.parametrize(
        "line",
        ["README.md:3:5: '{}' is a misspelling of 'John'",
         "src/a.py:3:1: unknown user '{}'",
         "the option '{}' was named after her",
         "src/a.py:3:1: monkey '{}'"],
    )  # fmt: skip
    def test_kept(self, line):
        assert kept_entities(line.format("Quoxel"), [("Quoxel", "PERSON")]) == ["Quoxel"]

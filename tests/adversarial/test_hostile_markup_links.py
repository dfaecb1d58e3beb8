"""Hostile markup for the rich-text reading of links: each input scans in linear time.

Tags without an end, attributes that never close, runs of brackets, bars and emphasis marks,
and many links in one line; each case octuples the input and checks the time grows well under
quadratically (``tests/adversarial/_linear.py``). Hostile lines that look like markup but are
code or records keep their links out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import Scanner

if TYPE_CHECKING:
    from collections.abc import Callable


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner(entities=["URL", "EMAIL_ADDRESS"])


@pytest.mark.parametrize(
    "make",
    [
        # many anchors in one paragraph, and anchors whose tag never ends
        lambda n: "<p>" + ", ".join(f'<a href="https://h{i}.example.org/">x</a>' for i in range(n)),
        lambda n: '<a href="https://example.org/' + "a" * n,
        lambda n: "<a " * n + 'href="https://example.org/"',
        lambda n: '<p><a title="' + "x " * n + '" href="https://example.org/">t</a></p>',
        lambda n: "<p " * n + "https://example.org/",
        lambda n: "</em>" * n + "<script>" + " https://example.org/" * n,
        lambda n: "<" * n + "https://example.org/>" + ">" * n,
        # Markdown: link openings without a target, targets without a text, long labels
        lambda n: "[x](" * n + "https://example.org/",
        lambda n: "[" * n + "](https://example.org/)",
        lambda n: "[" + "a" * n + "](https://example.org/) " * 3,
        lambda n: "- " + " ".join(f"[l{i}](https://h{i}.example.org/)" for i in range(n)),
        lambda n: "[" + "a" * n + "]: https://example.org/",
        lambda n: "| " + " | ".join(f"https://h{i}.example.org/" for i in range(n)) + " |",
        lambda n: "|" * n + " https://example.org/",
        lambda n: "https://example.org/" + "](" * n,
        lambda n: "www.example.org/" + "]" * n + "(" * n,
        lambda n: "see example.com/" + "a](" * n,
        # emphasis marks: runs, unclosed, around many links
        lambda n: " ".join(f"_https://h{i}.example.org/a_" for i in range(n)),
        lambda n: "_" * n + "https://example.org/" + "_" * n,
        lambda n: "~" * n + "www.example.org" + "~" * n,
        lambda n: " _" * n + "www.example.org",
        # reStructuredText: embedded links and targets
        lambda n: " ".join(f"`l{i} <https://h{i}.example.org/>`_" for i in range(n)),
        lambda n: ".. _" + "a" * n + ": https://example.org/",
        lambda n: "`" * n + "<https://example.org/>`_",
        # a mailto link, and many of them
        lambda n: " ".join(f'<a href="mailto:u{i}@example.org">u</a>' for i in range(n)),
    ],
)
def test_markup_reading_stays_linear(scanner: Scanner, make: Callable[[int], str]) -> None:
    grows_linearly(make, scanner.scan)


@pytest.mark.parametrize(
    "line",
    [
        '<p><script src="https://cdn.example.com/a.js"></script> see <a href="x">x</a></p>',
        '<form action="https://www.example.com/"><p>x</p></form>',
        '2024-05-01 10:00:01 ERROR <a href="https://www.example.com/">x</a>',
        "[ERROR]: https://www.example.com/",
        "| 200 | https://www.example.com/ | 512 |",
        "x_https://www.example.com/a_",
        'Link: <https://api.example.com/>; rel="next"',
    ],
)
def test_markup_in_code_and_records_reports_no_origin(scanner: Scanner, line: str) -> None:
    assert [f for f in scanner.scan(line) if f.entity_type.value == "URL"] == []

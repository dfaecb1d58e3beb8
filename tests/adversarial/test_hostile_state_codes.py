"""Hostile inputs for the US state-code rule (``_ner.place_code_findings``) and Notes names.

The promise: a state's code is read only after a capitalised city and a comma, in prose; a
code that is also a word, title or degree (``MD``, ``OK``, ``OH``) is not read after a
person's name; machine text and log lines give none; and the rule stays linear on one long
line dense with commas and codes, and on runs of codes with no city before them. The names
of Lotus Notes addresses (``_ner.notes_findings``) are read in linear time too.
"""

from __future__ import annotations

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import _ner

pytestmark = pytest.mark.ner


@pytest.fixture(scope="module", autouse=True)
def _loaded():
    _ner._GAZETTEER.load()


def _codes(text: str) -> list[str]:
    found = _ner.place_code_findings(text, 0, score=0.85)
    return [text[f.start : f.end] for f in found if f.evidence.pattern == "state-code"]


@pytest.mark.parametrize(
    "text",
    [
        "signed by Jane Doe, MD, and John Roe, MA, on Friday",  # degrees after persons
        "Thanks Bob, OK see you",  # a word after a name
        "2024-01-01 10:00:00 INFO shipped to Houston, TX 77002",  # a log record
        "state=TX, city=Houston, TX=1",  # machine text
        "https://example.com/Houston, TX",  # a URL's path before the comma
    ],
)
def test_no_code_read(text: str) -> None:
    assert _codes(text) == []


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "Austin, TX and Boston, MA, " * n,  # one long line of codes
        lambda n: ", CA" * n,  # codes with no city
        lambda n: "Aaaaaaaaaaaaaaaaaaaa, " * n,  # capitalised words and commas, no code
    ],
)
def test_linear(make) -> None:
    grows_linearly(make, lambda text: _ner.place_code_findings(text, 0, score=0.85))


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "Sara Shackleton/HOU/ECT@ECT, " * n,  # one long header of Notes names
        lambda n: "a/B" * n,  # units with no name before
        lambda n: "Aaaa Bbbb " * n + "/ENRON",  # a long run of capitalised words
    ],
)
def test_notes_names_linear(make) -> None:
    grows_linearly(make, lambda text: _ner.notes_findings(text, 0, score=0.85))

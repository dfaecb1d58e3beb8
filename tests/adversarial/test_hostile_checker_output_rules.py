"""Hostile inputs for H153's rules on build and checker output.

A checker's documentation link alone on an indented line (``    (see <link>)``), one word of a
message on a line with a source location, a file's name with a source extension, a declared
type after a modifier, a message number before its severity and a PCI bus address are not
personal data. Personal data written into those shapes to hide it is still found: an e-mail
address in the link's query or user information, a two-word name on a checker's line, a
labelled phone number before a severity word, a longer device id. And each rule stays linear
on long lines of its shape.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from tests.adversarial._linear import grows_linearly
from tests.unit.detect._patterns import model_ents

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner, _ner

_PATTERNS = Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)


def _kept(text: str, items: list[tuple[str, str]]) -> list[str]:
    doc = SimpleNamespace(ents=model_ents(text, items))
    return [text[f.start : f.end] for f in _ner.ner_findings(doc, 0, score=0.8, text=text)]


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.entity_type.value, text[f.start : f.end]) for f in _PATTERNS.scan(text)]


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("    (see https://example.org/p?mail=maria.garcia@example.com)",
         "maria.garcia@example.com", "EMAIL_ADDRESS"),
        ("    (see https://maria.garcia@example.org/docs)", "maria.garcia", None),
        ("Tel: 0706-12345 Error in the form", "0706-12345", "PHONE_NUMBER"),
        ("usb 1-1: SerialNumber: 0000:00:14.0AB12CD", "0000:00:14.0AB12CD", "DEVICE_ID"),
    ],
)  # fmt: skip
def test_personal_data_in_the_shapes_is_found(text: str, value: str, kind: str | None) -> None:
    at = text.index(value)
    hits = [(t, v) for t, v in _found(text) if text.find(v) <= at < text.find(v) + len(v)]
    assert hits, text
    if kind is not None:
        assert (kind, value) in _found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("src/a.go:3:5: Maria Garcia wrote this function", "Maria Garcia"),
        ('src/a.go:3:5: "Maria" is misspelt', "Maria"),
        ("Maria Garcia edited Page.php on Monday.", "Maria Garcia"),
        ("a public Maria Garcia said hello;", "Maria Garcia"),
    ],
)
def test_a_name_beside_the_shapes_is_found(text: str, name: str) -> None:
    assert _kept(text, [(name, "PERSON")]) == [name]


@pytest.mark.parametrize(
    "make",
    [
        lambda n: " " * (4 * n) + "(see https://example.org/" + "a/" * n + ")",
        lambda n: "\n".join("    (see https://example.org/x)" for _ in range(n)),
        lambda n: "ld: " + "0706-123 Error " * n,
        lambda n: "SerialNumber: 0000:00:14.0 " * n,
    ],
    ids=["indented-link", "many-links", "message-numbers", "bus-addresses"],
)
def test_pattern_rules_stay_linear(make) -> None:
    grows_linearly(make, _PATTERNS.scan)


def test_checker_words_stay_linear() -> None:
    def make(n: int) -> str:
        return "src/a.go:3:5: " + "Quoxel is used " * n

    def scan(text: str) -> object:
        # every occurrence an entity of its own, on one long line with a location
        at, ents = text.find("Quoxel"), []
        while at >= 0:
            ents.append(SimpleNamespace(label_="PERSON", start_char=at, end_char=at + 6))
            at = text.find("Quoxel", at + 6)
        doc = SimpleNamespace(ents=ents)
        return list(_ner.ner_findings(doc, 0, score=0.8, text=text))

    grows_linearly(make, scan)

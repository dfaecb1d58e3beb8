"""Hostile inputs for H156's rules on linters' and build tools' output.

An item of a JSON array printed one to a line, a checker's line number and severity letter,
the last segment of an absolute path and a word in a list of keywords in capitals are not
personal data. Personal data written into those shapes to hide it is still found: an e-mail
address or credentials in an item's link, an e-mail address as an item, a name after the
severity letter, a list of places in capitals. And each rule stays linear on long lines of
its shape.
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
    ("text", "kind", "value"),
    [
        ('    "https://example.org/p?email=maria.garcia@example.com",', "EMAIL_ADDRESS",
         "maria.garcia@example.com"),
        ('    "maria.garcia@example.com",', "EMAIL_ADDRESS", "maria.garcia@example.com"),
        ('    "203.0.113.7",', "IP_ADDRESS", "203.0.113.7"),
        ('    "00:1a:2b:3c:4d:5e",', "MAC_ADDRESS", "00:1a:2b:3c:4d:5e"),
    ],
)  # fmt: skip
def test_personal_data_in_an_item_is_found(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text)


def test_credentials_in_an_items_link_are_found() -> None:
    text = '    "https://maria:s3cret@example.org/docs",'
    assert any("maria" in v for _, v in _found(text))


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Line  31: W Maria Garcia changed this", "Maria Garcia", "PERSON"),
        ("Successfully generated /dev/null for Maria Garcia", "Maria Garcia", "PERSON"),
        ("files of /home/Maria", "Maria", "PERSON"),
        ("Flights: PARIS, LONDON, BERLIN, ROME", "LONDON", "GPE"),
        ("ADD, ARG, CMD, COPY, MARIA GARCIA", "MARIA GARCIA", "PERSON"),
    ],
)  # fmt: skip
def test_a_name_beside_the_shapes_is_found(text: str, name: str, label: str) -> None:
    _ner._GAZETTEER.load()
    assert _kept(text, [(name, label)]) == [name]


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "    " + '"' + "https://example.org/" + "a/" * n + '",',
        lambda n: "\n".join('    "https://example.org/x",' for _ in range(n)),
        lambda n: "  " + '"' + "x " * n,  # an item never closed
        lambda n: "\n".join("Line  31: W Unknown command" for _ in range(n)),
    ],
    ids=["long-item", "many-items", "open-item", "many-letters"],
)
def test_pattern_rules_stay_linear(make) -> None:
    grows_linearly(make, _PATTERNS.scan)


def _entities_of(word: str):
    def scan(text: str) -> object:
        at, ents = text.find(word), []
        while at >= 0:
            ents.append(SimpleNamespace(label_="PERSON", start_char=at, end_char=at + len(word)))
            at = text.find(word, at + len(word))
        return list(_ner.ner_findings(SimpleNamespace(ents=ents), 0, score=0.8, text=text))

    return scan


@pytest.mark.parametrize(
    ("make", "word"),
    [
        (lambda n: "/usr/Quoxel " * n, "Quoxel"),
        (lambda n: "/" + "a" * n + "/Quoxel", "Quoxel"),
        (lambda n: "QUOXEL, " * n, "QUOXEL"),
        (lambda n: "ADD, ARG, CMD, " * n + "QUOXEL", "QUOXEL"),
    ],
    ids=["many-paths", "long-path", "many-keywords", "long-list"],
)
def test_entity_rules_stay_linear(make, word) -> None:
    _ner._GAZETTEER.load()
    grows_linearly(make, _entities_of(word))

"""Hostile inputs for H172's rules on programs' banners, listings and report headers.

A trade mark's sign, a copyright notice, a product named "... Software", a measure's label, a
rule of dashes under a line, a CSV report's header row and a quoted word after a noun of code
are not personal data; a person's name written beside those shapes to hide it is still
found, and each rule stays linear on long inputs of its shape.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from tests.adversarial._linear import grows_linearly
from tests.unit.detect._patterns import model_ents

from privkit.detect import _ner


def _kept(text: str, items: list[tuple[str, str]]) -> list[str]:
    doc = SimpleNamespace(ents=model_ents(text, items))
    return [text[f.start : f.end] for f in _ner.ner_findings(doc, 0, score=0.8, text=text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Copyright (c) 2019 by Maria Garcia", "Maria Garcia"),
        ("Quoxel (R) Compiler, written by Maria Garcia", "Maria Garcia"),
        ("Maria Garcia\n============\nShe wrote the tool.", "Maria Garcia"),
        ("user,name,role\nmgarcia,mariaGarcia,admin", "mariaGarcia"),
        ("src/a.py:3:1: unknown user 'Maria'", "Maria"),
        ("Maria Garcia: CPU usage is high", "Maria Garcia"),
    ],
)  # fmt: skip
def test_a_name_beside_the_shapes_is_found(text: str, name: str) -> None:
    assert _kept(text, [(name, "PERSON")]) == [name]


def _every(word: str, label: str):
    def scan(text: str) -> object:
        at, ents = text.find(word), []
        while at >= 0:
            ents.append(SimpleNamespace(label_=label, start_char=at, end_char=at + len(word)))
            at = text.find(word, at + len(word))
        return list(_ner.ner_findings(SimpleNamespace(ents=ents), 0, score=0.8, text=text))

    return scan


@pytest.mark.parametrize(
    ("make", "word", "label"),
    [
        (lambda n: "a,quoxNumber," * n, "quoxNumber", "PERSON"),
        (lambda n: "path,quoxNumber,level\n" + "x" * n + "\n" + "a,quoxNumber,b " * n,
         "quoxNumber", "PERSON"),
        (lambda n: "Quoxel Table " * n + "\n" + "-" * n, "Quoxel Table", "ORG"),
        (lambda n: "Copyright (c) " * n + "Quoxel Labs", "Quoxel Labs", "ORG"),
        (lambda n: "Quoxel (R) " * n, "Quoxel", "ORG"),
        (lambda n: "a.py:3: Unknown key name 'Quoxel' " * n, "Quoxel", "PERSON"),
    ],
    ids=["csv-line", "csv-rows", "underlined", "copyright", "trade-mark", "quoted-key"],
)  # fmt: skip
def test_rules_stay_linear(make, word: str, label: str) -> None:
    grows_linearly(make, _every(word, label))

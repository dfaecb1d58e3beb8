"""Hostile inputs for H137's rules: a measure's JSON key, a product before its release, an
advisory's identifier in a URL's query.

A word of a JSON key naming a measure (``"Executor Deserialize Time": 203``) and a one-word
name right before ``version``, ``flush`` or ``merge`` in a log record are not names. A
person's name written next to those shapes to hide it is still found: in a value under such a
key, as a key of its own, in a key whose last word is a surname, and in prose. A query value
shaped as an advisory's identifier (``name=CVE-2002-2439``) is no person's; a value that only
starts or ends like one is still reported.
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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the name is a value beside measure keys (under a key naming a person)
        ('{"Run Time": 3, "owner": "Maria Garcia"}', "Maria Garcia"),
        ('{"Executor Run Time": 3, "user": "Maria Garcia"}', "Maria Garcia"),
        # the value's text ends in a measure's noun and is followed by a colon in prose
        ('{"note": "ask Maria Garcia Time": 3}', "Maria Garcia"),
        # a key that is a person's name, or ends in a surname
        ('{"Maria Garcia": {"Run Time": 3}}', "Maria Garcia"),
        ('{"Maria Read": 3}', "Maria Read"),
        # a key of a measure far after the name: the name is not inside it
        ('"Maria Garcia" ' + "x" * 300 + ' "Run Time": 3', "Maria Garcia"),
        # a two-word name before "version" in a log record; a name in prose
        ("INFO [main] 2019-01-07 10:00:00 Job.java:5 - Maria Garcia version 2", "Maria Garcia"),
        ("Maria sent version two of the report yesterday.", "Maria"),
    ],
)
def test_a_name_beside_the_shapes_is_found(text: str, name: str) -> None:
    assert _kept(text, [(name, "PERSON")]) == [name]


@pytest.mark.parametrize(
    "make",
    [
        lambda n: '{"' + "Aa " * (20 * n) + 'Time":1}',  # a long key of capitalised words
        lambda n: '"Aa Bb Time"' * (10 * n) + ":",  # many quoted keys, one colon
        lambda n: '{"' + "x" * (30 * n) + ' Deserialize Time":1}',  # a long key's text
    ],
    ids=["long-key", "many-keys", "long-text"],
)
def test_measure_key_stays_linear(make) -> None:
    def scan(text: str) -> object:
        at = text.rfind("Time")
        return [_ner._measure_key(text, i, i + 2) for i in range(max(0, at - 400), at, 7)]

    grows_linearly(make, scan)


@pytest.mark.parametrize(
    "value",
    [
        "CVE-2002-2439+Jane+Doe",  # a name after an advisory's identifier
        "Jane+Doe+CVE-2002-2439",  # a name before one
        "CVE-2002-2439%20Jane%20Doe",
        "CVE-2002-2439jdoe",
    ],
)
def test_a_name_around_an_advisory_id_is_reported(value: str) -> None:
    text = f'reference: "CVE-2002-2439 (https://cve.mitre.org/cgi-bin/cvename.cgi?name={value})".'
    at = text.rindex(value)
    assert any(f.start <= at and at + len(value) <= f.end for f in _PATTERNS.scan(text))


def test_advisory_values_stay_linear() -> None:
    grows_linearly(
        lambda n: "see https://cve.mitre.org/a.cgi?" + "name=CVE-2002-2439&" * (5 * n),
        _PATTERNS.scan,
    )

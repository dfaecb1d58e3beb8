"""Table-driven known-answer vectors for every pattern entity (tests/vectors/detect/*.json)."""

import json
from pathlib import Path

import pytest

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner
from privkit.types import EntityType

VECTORS = Path(__file__).parents[2] / "vectors" / "detect"
SCANNER = Scanner(entities=(DEFAULT_ENTITIES - NER_ENTITIES) | {EntityType.DOMAIN_NAME})


def _load(kind):
    for path in sorted(VECTORS.glob("*.json")):
        for i, case in enumerate(json.loads(path.read_text(encoding="utf-8"))[kind]):
            yield pytest.param(case, id=f"{path.stem}-{i}-{case['entity']}")


@pytest.mark.parametrize("case", list(_load("positives")))
def test_positive_vector_is_found_with_exact_span(case):
    text, value = case["text"], case["value"]
    start = text.index(value)
    got = [(f.entity_type.value, f.start, f.end) for f in SCANNER.scan(text)]
    assert (case["entity"], start, start + len(value)) in got, got


@pytest.mark.parametrize("case", list(_load("negatives")))
def test_negative_vector_is_not_reported(case):
    found = SCANNER.scan(case["text"])
    if case["entity"] is None:
        assert found == [], [(f.entity_type.value, case["text"][f.start : f.end]) for f in found]
    else:
        assert all(f.entity_type.value != case["entity"] for f in found)


def test_every_pattern_entity_has_positive_and_negative_vectors():
    pos = {c.values[0]["entity"] for c in _load("positives")}
    neg = {c.values[0]["entity"] for c in _load("negatives")}
    wanted = {e.value for e in DEFAULT_ENTITIES - NER_ENTITIES}
    assert wanted <= pos
    assert wanted <= neg


def test_scan_many_over_all_vector_texts_equals_scan():
    texts = [c.values[0]["text"] for kind in ("positives", "negatives") for c in _load(kind)]
    assert list(SCANNER.scan_many(texts)) == [SCANNER.scan(t) for t in texts]

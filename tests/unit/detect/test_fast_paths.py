"""Fast paths give the findings of the reference path: process pool, length cap."""

import json
from pathlib import Path

import pytest

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner

PATTERNS_ONLY = DEFAULT_ENTITIES - NER_ENTITIES
DATA = Path(__file__).resolve().parents[3] / "benchmarks" / "data"


def _corpus(name: str) -> list[str]:
    with (DATA / name).open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh]


@pytest.fixture(scope="module")
def scanner():
    return Scanner(entities=PATTERNS_ONLY)


class TestProcessPool:
    @pytest.mark.slow
    def test_two_processes_give_the_findings_of_one(self, scanner):
        texts = _corpus("detect_holdout.jsonl") * 3
        assert list(scanner.scan_many(texts, n_process=2, batch_size=50)) == list(
            scanner.scan_many(texts)
        )

    def test_bad_item_raises_after_the_texts_before_it(self, scanner):
        out = []
        with pytest.raises(TypeError, match="bytes"):
            out.extend(scanner.scan_many(["a@example.com", b"x", "b@example.com"], n_process=2))
        assert len(out) == 1
        assert out[0][0].entity_type.value == "EMAIL_ADDRESS"


class TestLengthCap:
    def test_only_the_prefix_is_scanned(self, scanner):
        text = "ip 10.0.0.1 " + "x" * 5000 + " mail a@example.com"
        (capped,) = scanner.scan_many([text], max_chars=100)
        assert [f.entity_type.value for f in capped] == ["IP_ADDRESS"]
        (whole,) = scanner.scan_many([text])
        assert len(whole) == 2

    @pytest.mark.parametrize("bad", [0, -1, 1.5, True])
    def test_bad_cap_raises_config_error(self, scanner, bad):
        from privkit.errors import ConfigError

        with pytest.raises(ConfigError, match="max_chars"):
            list(scanner.scan_many(["x"], max_chars=bad))

"""Fast paths give the findings of the reference path: process pool, length cap."""

import json
import re
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner, _base
from privkit.detect._base import ScanState
from privkit.detect._prefilter import CORES

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


def _needs_hyperscan():
    from privkit.detect import _prefilter

    if not _prefilter.available():
        pytest.skip("hyperscan is not installed (privkit[fast])")
    return _prefilter


REAL_LOGS = DATA / "real_logs"


def _real_log_lines() -> list[str]:
    lines: list[str] = []
    for p in sorted(REAL_LOGS.glob("*")):
        if p.suffix in (".md", ".lnav") or p.name.startswith("LICENSE"):
            continue
        lines.extend(p.read_text(encoding="utf-8").splitlines())
    return lines


# Characters that build and break the cored candidates: digits, hex, separators, letters,
# look-behind and look-ahead characters, and a non-ASCII digit and letter.
_ALPHABET = [*"0123456789abcdefABCDEFXYZ -.()+:/@_=\n", "٣", "é", "１"]


# Pieces of log lines around the cored candidates: numbers, groups, phones, IBANs, hex.
_FRAGMENTS = [
    " ", "\n", "-", ".", ":", "=", "(", ")", "+", "/", "@", "x", "é", "٣",
    "4111 1111 1111 1111", "4111-1111-1111-1111", "490154203237518", "89148000000745809013",
    "+1 415 555 2671", "(415) 555-2671", "020 7946 0018", "0044 20 7946 0018", "555-0100",
    "GB82 WEST 1234 5698 7654 32", "DE89370400440532013000", "00:1a:2b:3c:4d:5e",
    "9b2e0c4f7a1d4e6f8a3b5c7d9e0f1a2b", "a1b2c3d4e5f6", "078-05-1120", "123456789",
    "2026-11-29 10:12:01", "200 30577", "phone ", "tel: ", "card ", "imei ", "imsi=",
    "device_id=", "android_id ", "order ", "ssn: ", "ip 10.0.0.1", "v1.2.3", "12.34.56",
]  # fmt: skip


@pytest.fixture(scope="module")
def pair():
    _needs_hyperscan()
    return (
        Scanner(entities=PATTERNS_ONLY, prefilter=False),
        Scanner(entities=PATTERNS_ONLY, prefilter=True),
    )


class TestPrefilter:
    @pytest.mark.parametrize("name", sorted(p.name for p in DATA.glob("*.jsonl")))
    def test_same_findings_on_the_regression_corpora(self, pair, name):
        reference, fast = pair
        texts = _corpus(name)
        assert list(fast.scan_many(texts)) == list(reference.scan_many(texts))
        joined = "\n".join(texts)
        assert fast.scan(joined) == reference.scan(joined)

    def test_same_findings_on_real_logs(self, pair):
        reference, fast = pair
        lines = _real_log_lines()
        assert len(lines) > 3000
        assert list(fast.scan_many(lines)) == list(reference.scan_many(lines))

    @settings(max_examples=400, deadline=None)
    @given(
        text=st.text(alphabet=st.sampled_from(_ALPHABET), max_size=400),
        regex=st.sampled_from(sorted(CORES)),
    )
    def test_windows_find_exactly_the_matches_of_a_full_pass(self, text, regex):
        prefilter = _needs_hyperscan()
        rx = re.compile(regex)
        state = ScanState(text)
        state._prefilter = prefilter.default_prefilter()  # also below the size threshold
        got = [m.span() for m in state._matches(rx, text)]
        assert got == [m.span() for m in rx.finditer(text)]

    @settings(max_examples=150, deadline=None)
    @given(st.lists(st.sampled_from(_FRAGMENTS), max_size=60))
    def test_same_findings_on_generated_log_text(self, pair, parts):
        reference, fast = pair
        text = "".join(parts)
        with mock.patch.object(_base, "_MIN_PREFILTER", 0):
            assert fast.scan(text) == reference.scan(text)
            assert list(fast.scan_many(parts)) == list(reference.scan_many(parts))

"""The committed detection corpus: valid spans, valid identifier values, enough of them.

Deterministic regeneration of the sentence half needs presidio-evaluator (``.venv-eval``) and is
checked by ``python -m benchmarks.corpus.generate --check``; the log half is stdlib-only and is
regenerated here.
"""

import hashlib
import ipaddress
import json
import re
import uuid
from collections import Counter
from pathlib import Path

import pytest
from benchmarks.corpus._holdout import generate_holdout
from benchmarks.corpus._holdout2 import generate_holdout2
from benchmarks.corpus._logs import generate_logs, luhn_valid
from benchmarks.corpus.generate import HOLDOUT2_SEED, HOLDOUT_SEED, LOG_SEED

from privkit.types import EntityType

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT / "benchmarks" / "data" / "detect_corpus.jsonl"
HOLDOUT = ROOT / "benchmarks" / "data" / "detect_holdout.jsonl"
HOLDOUT2 = ROOT / "benchmarks" / "data" / "detect_holdout2.jsonl"
# Update together with the corpus (the generator's README says how); pins the committed file.
HOLDOUT_SHA256 = "c72696d41a27a489e26d916d6c2a6a3d89d2de9c8b7e0fe25f68c91ccb1eda62"
HOLDOUT2_SHA256 = "b31135e0fead5adb5c4d777ad809dffda1dc745a19a48ef17619e0593574a8bd"
CORPUS_SHA256 = "1b71b7ceee2ecb310cf0822cb9d4adc606350bd84799a1411d6fa8819a47e8ad"


@pytest.fixture(scope="module")
def records():
    with CORPUS.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def values(records, entity):
    return [
        r["text"][s["start"] : s["end"]]
        for r in records
        for s in r["spans"]
        if s["entity"] == entity
    ]


def test_file_is_the_committed_one():
    assert hashlib.sha256(CORPUS.read_bytes()).hexdigest() == CORPUS_SHA256


def test_record_shape(records):
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    for r in records:
        assert set(r) == {"id", "kind", "source", "text", "spans", "ignored"}
        assert r["kind"] in {"sentence", "log"}


def test_spans_in_range_sorted_disjoint_trimmed(records):
    for r in records:
        text, prev = r["text"], 0
        for s in sorted(r["spans"], key=lambda s: s["start"]):
            assert 0 <= s["start"] < s["end"] <= len(text), r["id"]
            assert s["start"] >= prev, r["id"]
            value = text[s["start"] : s["end"]]
            assert value == value.strip(), r["id"]
            prev = s["end"]
        for s in r["ignored"]:
            assert 0 <= s["start"] < s["end"] <= len(text), r["id"]


def test_entity_names_are_privkit_types(records):
    valid = {e.value for e in EntityType}
    assert {s["entity"] for r in records for s in r["spans"]} <= valid


def test_enough_spans_of_each_kind(records):
    per_entity = Counter(s["entity"] for r in records for s in r["spans"])
    assert sum(per_entity.values()) >= 3000
    for entity in (
        "IP_ADDRESS",
        "MAC_ADDRESS",
        "IMEI",
        "MEID",
        "ICCID",
        "IMSI",
        "ADVERTISING_ID",
        "ANDROID_ID",
        "DEVICE_ID",
        "COOKIE_ID",
        "USER_AGENT",
        "AUTH_TOKEN",
        "PERSON",
        "LOCATION",
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
        "CREDIT_CARD",
    ):
        assert per_entity[entity] >= 50, entity
    kinds = Counter(r["kind"] for r in records)
    assert kinds["sentence"] >= 1000
    assert kinds["log"] >= 1000


def test_log_lines_are_mostly_non_pii(records):
    logs = [r for r in records if r["kind"] == "log"]
    total = sum(len(r["text"]) for r in logs)
    pii = sum(s["end"] - s["start"] for r in logs for s in r["spans"])
    assert pii / total < 0.5
    assert sum(1 for r in logs if not r["spans"]) >= 100  # negative-only lines


def test_ip_addresses_are_valid(records):
    for v in values(records, "IP_ADDRESS"):
        ipaddress.ip_address(v.split("%")[0])


def test_mac_addresses_are_unicast_and_not_degenerate(records):
    for v in values(records, "MAC_ADDRESS"):
        digits = re.sub(r"[:\-._]", "", v)  # "_": D-Bus paths spell addresses dev_AA_BB_...
        assert re.fullmatch(r"[0-9a-fA-F]{12}|[0-9a-fA-F]{16}", digits), v
        assert set(digits) not in ({"0"}, {"f"}, {"F"})


def test_luhn_identifiers(records):
    imeis = values(records, "IMEI")
    assert all(re.fullmatch(r"\d{15}|\d{16}", v) for v in imeis)
    assert all(luhn_valid(v) for v in imeis if len(v) == 15)
    for v in values(records, "ICCID"):
        assert re.fullmatch(r"89\d{17,18}", v), v
        assert luhn_valid(v)


def test_subscriber_and_hex_identifiers(records):
    assert all(re.fullmatch(r"\d{15}", v) for v in values(records, "IMSI"))
    assert all(re.fullmatch(r"[0-9A-F]{14}", v) for v in values(records, "MEID"))
    assert all(re.fullmatch(r"[0-9a-f]{16}", v) for v in values(records, "ANDROID_ID"))
    for entity in ("ADVERTISING_ID", "DEVICE_ID"):
        for v in values(records, entity):
            assert uuid.UUID(v).version == 4, v


def test_luhn_helper_known_answers():
    assert luhn_valid("490154203237518")  # IMEI example from 3GPP TS 23.003 / Wikipedia
    assert not luhn_valid("490154203237517")
    assert luhn_valid("79927398713")  # the classic Luhn example


def test_log_half_regenerates_identically(records):
    committed = [(r["source"], r["text"]) for r in records if r["kind"] == "log"]
    fresh = [(ln.source, ln.text) for ln in generate_logs(LOG_SEED)]
    assert fresh == committed
    spans = [
        [(s["start"], s["end"], s["entity"]) for s in r["spans"]]
        for r in records
        if r["kind"] == "log"
    ]
    assert [ln.spans for ln in generate_logs(LOG_SEED)] == spans


@pytest.fixture(scope="module")
def held():
    with HOLDOUT.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


class TestHoldout:
    def test_file_is_the_committed_one(self):
        assert hashlib.sha256(HOLDOUT.read_bytes()).hexdigest() == HOLDOUT_SHA256

    def test_regenerates_identically(self, held):
        fresh = generate_holdout(HOLDOUT_SEED)
        assert [(ln.source, ln.text) for ln in fresh] == [(r["source"], r["text"]) for r in held]
        assert [ln.spans for ln in fresh] == [
            [(s["start"], s["end"], s["entity"]) for s in r["spans"]] for r in held
        ]

    def test_spans_and_values_are_valid(self, held):
        test_spans_in_range_sorted_disjoint_trimmed(held)
        test_entity_names_are_privkit_types(held)
        test_ip_addresses_are_valid(held)
        test_mac_addresses_are_unicast_and_not_degenerate(held)
        for v in values(held, "IMEI"):
            assert luhn_valid(v.replace("-", "")), v
        assert not {r["id"] for r in held} & {"l00000", "s00000"}


@pytest.fixture(scope="module")
def held2():
    with HOLDOUT2.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


class TestHoldout2:
    def test_file_is_the_committed_one(self):
        assert hashlib.sha256(HOLDOUT2.read_bytes()).hexdigest() == HOLDOUT2_SHA256

    def test_regenerates_identically(self, held2):
        fresh = generate_holdout2(HOLDOUT2_SEED)
        assert [(ln.source, ln.text) for ln in fresh] == [(r["source"], r["text"]) for r in held2]
        assert [sorted(ln.spans) for ln in fresh] == [
            [(s["start"], s["end"], s["entity"]) for s in r["spans"]] for r in held2
        ]

    def test_spans_and_values_are_valid(self, held2):
        test_spans_in_range_sorted_disjoint_trimmed(held2)
        test_entity_names_are_privkit_types(held2)
        test_ip_addresses_are_valid(held2)
        test_mac_addresses_are_unicast_and_not_degenerate(held2)
        ids = {r["id"] for r in held2}
        assert all(i.startswith("k") for i in ids)
        assert len(ids) == len(held2)


#: The thirty-fourth vector set's parts (``benchmarks/corpus/_vectors34.py``), pinned when their
#: labels were committed, before any detector ran on them.
VECTORS34_SHA256 = {
    "vectors34_dev.jsonl": "d4e1374ce55ef3911f692d2321c2b0e3a638851340753f38fe8e29ca32c0dbf3",
    "vectors34_holdout.jsonl": "e9aa1a4cd091719193a47069cce6f5d02773fc4474d2395ef1737f1398fd096d",
}


@pytest.mark.parametrize("name", sorted(VECTORS34_SHA256))
def test_the_thirty_fourth_vector_set_is_the_committed_one(name):
    data = (ROOT / "benchmarks" / "data" / name).read_bytes()
    assert hashlib.sha256(data).hexdigest() == VECTORS34_SHA256[name]


#: The fifty-seventh real log set's parts (``benchmarks/corpus/_logs57.py``), pinned when their
#: labels were committed, before any detector ran on them.
REAL_LOGS57_SHA256 = {
    "real_logs57_dev.jsonl": "90b28a753d1aef110593872f94b7258e16d48020ca5ada206ac7271f8a527b3e",
    "real_logs57_holdout.jsonl": "2d047d2e2bd2dae7eb4b9c68052040fde7a876b56c0d81bc3e12f55d0f743b87",
}


@pytest.mark.parametrize("name", sorted(REAL_LOGS57_SHA256))
def test_real_logs57_parts_are_the_committed_ones(name):
    path = ROOT / "benchmarks" / "data" / name
    assert hashlib.sha256(path.read_bytes()).hexdigest() == REAL_LOGS57_SHA256[name]


#: The fifty-eighth real log set's parts (``benchmarks/corpus/_logs58.py``), pinned when their
#: labels were committed, before any detector ran on them.
REAL_LOGS58_SHA256 = {
    "real_logs58_dev.jsonl": "337300210fc3d894503d85e74145b93775d3408928961c9c4552ceeb5ce45b23",
    "real_logs58_holdout.jsonl": "215844b43d13c41e552b538ebd230c53a136b023cbade8b5be73e3fc86159d43",
}


@pytest.mark.parametrize("name", sorted(REAL_LOGS58_SHA256))
def test_real_logs58_parts_are_the_committed_ones(name):
    path = ROOT / "benchmarks" / "data" / name
    assert hashlib.sha256(path.read_bytes()).hexdigest() == REAL_LOGS58_SHA256[name]


#: The fifty-ninth real log set's parts (``benchmarks/corpus/_logs59.py``), pinned when their
#: labels were committed, before any detector ran on them.
REAL_LOGS59_SHA256 = {
    "real_logs59_dev.jsonl": "8142be3f54f213e4698f99db7aea466d3807209d65dba75c0ca04f9989772a54",
    "real_logs59_holdout.jsonl": "9abab25f71d5ae75c66c296936d104f0fea2787d39f9d9cc1eeeb609d6c98ae3",
}


@pytest.mark.parametrize("name", sorted(REAL_LOGS59_SHA256))
def test_real_logs59_parts_are_the_committed_ones(name):
    path = ROOT / "benchmarks" / "data" / name
    assert hashlib.sha256(path.read_bytes()).hexdigest() == REAL_LOGS59_SHA256[name]


#: The forty-first HTTP set's files (``benchmarks/corpus/_http41.py``), committed with their
#: labels before any detector ran on them (helper H217); pinned so that a relabel shows.
HTTP41_SHA256 = {
    "http41_dev.jsonl": "9e4d5dc012ab9198cc8a080b4eb0bead0aa28bfd0a0768b3b3e3f72d53be9040",
    "http41_holdout.jsonl": "50e3004826b818321df4cc8dc8da17106a8c7a774018cfa1622b9c261d5eabde",
}


@pytest.mark.parametrize("name", sorted(HTTP41_SHA256))
def test_http41_files_are_the_committed_ones(name):
    path = ROOT / "benchmarks" / "data" / name
    assert hashlib.sha256(path.read_bytes()).hexdigest() == HTTP41_SHA256[name]


#: The forty-second HTTP set's files (``benchmarks/corpus/_http42.py``), committed with their
#: labels before any detector ran on them (helper H228); pinned so that a relabel shows.
HTTP42_SHA256 = {
    "http42_dev.jsonl": "d0555e5e5f5697361089d06087569a7620ff11452ffd4e185c1dabd12e3ece08",
    "http42_holdout.jsonl": "7c9d7b4df7fb82bd829bc02dd98da4d047c4c775775eb85aa45cb7ae87611616",
}


@pytest.mark.parametrize("name", sorted(HTTP42_SHA256))
def test_http42_files_are_the_committed_ones(name):
    path = ROOT / "benchmarks" / "data" / name
    assert hashlib.sha256(path.read_bytes()).hexdigest() == HTTP42_SHA256[name]


#: The thirty-fifth vector set's parts (``benchmarks/corpus/_vectors35.py``), pinned when their
#: labels were committed, before any detector ran on them.
VECTORS35_SHA256 = {
    "vectors35_dev.jsonl": "88216cebbd4a32353a5a1db475f3dc90c188e8ec1a8292ba1f72bf6cdef4b611",
    "vectors35_holdout.jsonl": "30fc72009075e158f87108cda7f1b33a17704cb062888fcabe43eff5d822eaa8",
}


@pytest.mark.parametrize("name", sorted(VECTORS35_SHA256))
def test_the_thirty_fifth_vector_set_is_the_committed_one(name):
    data = (ROOT / "benchmarks" / "data" / name).read_bytes()
    assert hashlib.sha256(data).hexdigest() == VECTORS35_SHA256[name]


#: The thirty-sixth vector set's parts (``benchmarks/corpus/_vectors36.py``), pinned when their
#: labels were committed (the development part with rule 1b's suites), before any detector ran
#: on them.
VECTORS36_SHA256 = {
    "vectors36_dev.jsonl": "32498114337714dbb354bab32f4917eb31ba0a43b8cb93703bdd0fdbb729bc07",
    "vectors36_holdout.jsonl": "aaef5bb3d475f0b25599874ce1c311eaf1e26589494e18d3f8e4d863f918869c",
}


@pytest.mark.parametrize("name", sorted(VECTORS36_SHA256))
def test_the_thirty_sixth_vector_set_is_the_committed_one(name):
    data = (ROOT / "benchmarks" / "data" / name).read_bytes()
    assert hashlib.sha256(data).hexdigest() == VECTORS36_SHA256[name]


#: The development files H222's cookie-id labelling decisions changed (`relabel_http`, 2026-12-08).
HTTP_DECISIONS_SHA256 = {
    "http5_dev.jsonl": "343d267f20de5be0e8eb2fd4fdd55c3f0e056529c5264573d26593186478004a",
    "http6_dev.jsonl": "0ab71ac671ca745d91bb71352afac1ea0b4796d9b924f4f557b27f1fc90a3345",
    "http8_dev.jsonl": "945e7d3811febfe16df800e1085c5fbde63a83e43fa83e79b312a75ab2f8bdca",
    "http13_dev.jsonl": "70a42af439e31c797f795428b76a55e268e1cfdba830e73918c3817762550125",
    "http21_dev.jsonl": "cd88c563922037173feb9aa4ef6e30b52ed6f31ecb1d9f97440f91c24fadb96c",
    "http26_dev.jsonl": "5e473088434d4108bf3e2e30215d1ded458ba6577a9a7aed4bb85c767bc283d1",
    "http33_dev.jsonl": "ab1d4a76980c79aa34db667694159128b5eb3a5356ecd392965f003fd6690aee",
    "http34_dev.jsonl": "4d17e137d1de435aea6ca737d745a6b4cf2d147ea46bee9b0dbc5a5f74c4c163",
    "http36_dev.jsonl": "00078dc36c275112e7c09abdee2cda8670df9bfcb5c69a3742cc29a75a80490c",
    "http37_dev.jsonl": "ffdb2d5c54f834e08a371f00023a0268e9c6d9843b2d08a51dd219fac96617d5",
    "http40_dev.jsonl": "3b45cbe9af57ffea8f0f3d63c55e8108007503b7bbd13db8ca3e2c862d5bac61",
}


@pytest.mark.parametrize("name", sorted(HTTP_DECISIONS_SHA256))
def test_http_decisions_files_are_the_committed_ones(name):
    path = ROOT / "benchmarks" / "data" / name
    assert hashlib.sha256(path.read_bytes()).hexdigest() == HTTP_DECISIONS_SHA256[name]


#: The GUM set's committed parts (``benchmarks/corpus/_gum.py``: interviews and court
#: transcripts, CC BY), committed with the corpus's labels before any privkit run on the
#: frozen labels (helper H231); pinned so that a relabel shows.
GUM_SHA256 = {
    "gum_dev.jsonl": "79c7eea812b74c0bec466bd489fce2b2827ca07f6eb4f39eeb2eee015360cfa9",
    "gum_holdout.jsonl": "b4d4e784394d959b74bf4d82ab1568e2aaa803e0c6b373044992d14057b890c4",
}


@pytest.mark.parametrize("name", sorted(GUM_SHA256))
def test_gum_files_are_the_committed_ones(name):
    path = ROOT / "benchmarks" / "data" / name
    assert hashlib.sha256(path.read_bytes()).hexdigest() == GUM_SHA256[name]

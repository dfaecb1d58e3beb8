"""What every vector set's parts share: the bench's table of parts, record form, refusals.

Only development files are read here; a held-out part is scored once, by the maintainers.
"""

from __future__ import annotations

import json

import pytest
from benchmarks import bench_detect_vectors

#: Development parts whose records are checked, with the types each may hold.
DEV_PARTS = {
    "dev7": {"URL", "EMAIL_ADDRESS", "PHONE_NUMBER"},
    "dev8": {"PHONE_NUMBER"},
    "dev9": {"URL", "EMAIL_ADDRESS"},
    "dev10": {"US_SSN", "CREDIT_CARD", "CRYPTO", "IBAN_CODE"},
    "dev11": {"URL", "EMAIL_ADDRESS"},
    "dev12": {"PHONE_NUMBER"},
    "dev13": {"URL", "EMAIL_ADDRESS"},
    "dev14": {"EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "URL",
              "US_SSN", "CRYPTO", "MAC_ADDRESS", "IMEI", "MEID", "IMSI"},
    "dev15": {"DATE_TIME"},
    "dev16": {"PHONE_NUMBER", "DATE_TIME"},
    "dev17": {"EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "URL",
              "US_SSN", "CRYPTO", "MAC_ADDRESS", "DATE_TIME"},
    "dev18": {"DATE_TIME"},
    "dev19": {"PHONE_NUMBER"},
    "dev20": {"PHONE_NUMBER"},
    "dev21": {"EMAIL_ADDRESS", "URL"},
    "dev22": {"CREDIT_CARD"},
    "dev23": {"EMAIL_ADDRESS", "IP_ADDRESS", "MAC_ADDRESS", "CREDIT_CARD", "IMEI", "URL",
              "PHONE_NUMBER", "DATE_TIME"},
    "dev24": {"EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "URL", "DATE_TIME"},
    "dev25": {"IBAN_CODE", "PHONE_NUMBER", "URL"},
    "dev26": {"EMAIL_ADDRESS", "IP_ADDRESS", "MAC_ADDRESS", "URL", "PHONE_NUMBER", "CREDIT_CARD",
              "IBAN_CODE"},
    "dev27": {"PHONE_NUMBER"},
    "dev28": {"EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS"},
    "dev29": {"PHONE_NUMBER"},
    "dev30": {"IP_ADDRESS", "IBAN_CODE"},
    "dev31": {"EMAIL_ADDRESS"},
    "dev32": {"IMEI", "MAC_ADDRESS", "IP_ADDRESS", "EMAIL_ADDRESS", "URL", "IBAN_CODE",
              "CREDIT_CARD"},
    "dev33": {"EMAIL_ADDRESS", "IP_ADDRESS", "MAC_ADDRESS", "URL"},
    "dev34": {"IBAN_CODE", "CREDIT_CARD", "EMAIL_ADDRESS", "IP_ADDRESS", "MAC_ADDRESS",
              "PHONE_NUMBER", "URL"},
    "dev35": {"IP_ADDRESS", "CREDIT_CARD"},
}  # fmt: skip


def test_every_part_of_the_table_is_a_committed_file():
    for name, (path, help_line) in bench_detect_vectors.PARTS.items():
        assert path.is_file(), name
        assert help_line


@pytest.mark.parametrize("part", sorted(DEV_PARTS))
def test_development_records_are_in_range_and_typed(part):
    path = bench_detect_vectors.PARTS[part][0]
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len({r["id"] for r in records}) == len(records)
    for r in records:
        assert r["type"] in DEV_PARTS[part]
        start, end = r["value_span"]
        assert 0 <= start < end <= len(r["text"])
        assert r["valid"] == bool(r["spans"])
        assert all(s["entity"] == r["type"] for s in r["spans"])


@pytest.mark.parametrize(
    "part",
    [
        *(f"holdout{n}" for n in range(7, 27)),
        "holdout28",
        "holdout29",
        "holdout30",
        "holdout31",
        "holdout32",
        "holdout33",
        "holdout34",
        "holdout35",
    ],
)
def test_failures_are_refused_on_the_held_out_part(part):
    with pytest.raises(SystemExit, match="development parts only"):
        bench_detect_vectors.main([f"--{part}", "--failures"])


@pytest.mark.parametrize(
    "part",
    [
        "holdout6",
        "holdout29",
        "holdout30",
        "holdout31",
        "holdout32",
        "holdout33",
        "holdout34",
        "holdout35",
    ],
)
def test_the_presidio_gap_is_refused_on_the_held_out_part(part):
    with pytest.raises(SystemExit, match="development parts only"):
        bench_detect_vectors.main([f"--{part}", "--presidio-gap"])


def test_the_presidio_gap_lists_valid_values_only_presidio_overlaps():
    from benchmarks._eval import Doc, Span
    from benchmarks.bench_detect_vectors import Record, presidio_gap

    def rec(text: str, *, valid: bool = True) -> Record:
        spans = (Span(0, len(text), "PHONE_NUMBER"),) if valid else ()
        doc = Doc("x", "vector", "written", text, spans)
        return Record(doc, "PHONE_NUMBER", valid, 0, (0, len(text)))

    records = [rec("020 7946 0958"), rec("0207946095"), rec("12345678", valid=False), rec("1")]
    hit = [(0, 4, "PHONE_NUMBER", 0.5)]
    pk_raw = [hit, [], [], [(0, 1, "EMAIL_ADDRESS", 0.9)]]
    pr_raw = [hit, hit, hit, [(0, 1, "PHONE_NUMBER", 0.4)]]
    gap = presidio_gap(records, pk_raw, pr_raw)
    assert gap == ["gap   PHONE_NUMBER  c0 '0207946095'", "gap   PHONE_NUMBER  c0 '1'"]

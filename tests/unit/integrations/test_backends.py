"""One policy, one table, every backend: the same cells, outcomes and one audit event.

Records, pandas, Arrow, polars, files (JSON lines and Parquet) and Spark all go through the
one table dispatcher with the whole Protector. The policy declares ``street_address`` a
postal address (the classifier alone calls it a location) and gates phone numbers on a
consent field, so the row-wise path and the policy-wins rule are both exercised.
"""

from __future__ import annotations

import json
import math

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import privkit
from privkit.detect import Scanner
from privkit.integrations.files import protect_file
from privkit.integrations.tables import protect_table_report
from privkit.keys import KeyRing
from privkit.policy import Policy, Protector

POLICY = {
    "version": 1,
    "purposes": ["support"],
    "default": "redact",
    "schema": {"street_address": "user.contact.address", "plan": "none", "consent_phone": "none"},
    "rules": [
        {"categories": ["user.contact"], "purposes": ["support"],
         "transform": {"action": "tokenize", "key": "tokens"}},
        {"categories": ["user.contact.phone_number"], "purposes": ["support"],
         "consent": "consent_phone", "transform": {"action": "mask", "keep_last": 4}},
    ],
}  # fmt: skip
STREETS = ["221B Baker Street", "10 Downing Street", "742 Evergreen Terrace"]
ROWS = [
    {
        "email": f"user{i}@example.com",
        "street_address": STREETS[i % 3],
        "phone": f"+1 202-555-01{i % 7:02d}",
        "consent_phone": i % 2 == 0,
        "plan": ["gold", "free"][i % 2],
    }
    for i in range(24)
]
BACKENDS = ["records", "pandas", "arrow", "polars", "jsonl", "parquet", "spark"]


class _Sink:
    def __init__(self) -> None:
        self.events: list[dict[str, object]] = []

    def write(self, event: dict[str, object]) -> None:
        self.events.append(event)


def _protector(sink: _Sink, keys: KeyRing) -> Protector:
    scanner = Scanner(entities=["EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS"])
    return Protector(Policy.from_dict(POLICY), keys=keys, scanner=scanner, audit=sink)


def _cell(v: object) -> object:
    return None if isinstance(v, float) and math.isnan(v) else v


def _run(backend: str, protector: Protector, tmp_path, request) -> tuple[list[dict], list]:
    """Protect ROWS on ``backend``; return the rows out and the per-column outcomes."""
    if backend in {"records", "pandas", "arrow", "polars"}:
        table = {
            "records": lambda: [dict(r) for r in ROWS],
            "pandas": lambda: pa.Table.from_pylist(ROWS).to_pandas(),
            "arrow": lambda: pa.Table.from_pylist(ROWS),
            "polars": lambda: __import__("polars").from_arrow(pa.Table.from_pylist(ROWS)),
        }[backend]()
        result = protect_table_report(table, protector=protector, purpose="support")
        out = result.table
        if backend == "pandas":
            rows = [{k: _cell(v) for k, v in r.items()} for r in out.to_dict("records")]
        elif backend == "arrow":
            rows = out.to_pylist()
        elif backend == "polars":
            rows = out.to_dicts()
        else:
            rows = out
        return rows, list(result.columns)
    if backend in {"jsonl", "parquet"}:
        src, dst = tmp_path / f"in.{backend}", tmp_path / f"out.{backend}"
        if backend == "jsonl":
            src.write_text("".join(json.dumps(r) + "\n" for r in ROWS))
        else:
            pq.write_table(pa.Table.from_pylist(ROWS), src)
        report = protect_file(src, dst, protector=protector, purpose="support", chunk_rows=10)
        if backend == "jsonl":
            rows = [json.loads(line) for line in dst.read_text().splitlines()]
        else:
            rows = pq.read_table(dst).to_pylist()
        return rows, list(report.columns)
    spark = request.getfixturevalue("spark")
    df = spark.createDataFrame(pa.Table.from_pylist(ROWS)).coalesce(1)
    rows = privkit.protect(df, policy=protector, purpose="support").toArrow().to_pylist()
    return rows, []


@pytest.fixture(scope="module")
def keys() -> KeyRing:
    return KeyRing.generate("tokens")


@pytest.fixture(scope="module")
def reference(keys, tmp_path_factory, request):
    """The records backend's result, which every other backend must match."""
    return _run("records", _protector(_Sink(), keys), tmp_path_factory.mktemp("ref"), request)


def _comparable(outcome) -> tuple:
    return (outcome.name, outcome.category, outcome.transform, outcome.rule, outcome.rows,
            outcome.changed)  # fmt: skip


@pytest.mark.parametrize(
    "backend",
    [pytest.param(b, marks=pytest.mark.spark) if b == "spark" else b for b in BACKENDS],
)
def test_every_backend_gives_the_same_cells_outcomes_and_one_audit_event(
    backend, keys, reference, tmp_path, request
):
    sink = _Sink()
    rows, outcomes = _run(backend, _protector(sink, keys), tmp_path, request)
    ref_rows, ref_outcomes = reference
    assert len(rows) == len(ROWS)
    assert rows == ref_rows
    # the policy's declaration wins: street addresses are tokenized, not blanked
    tokens = {r["street_address"] for r in rows}
    assert len(tokens) == len(STREETS)  # one token per address, none blank
    assert all(len(t) == 32 and int(t, 16) >= 0 for t in tokens)
    # the consent rule: masked with consent, suppressed without it
    for before, after in zip(ROWS, rows, strict=True):
        assert after["plan"] == before["plan"]
        assert after["email"] != before["email"]
        if before["consent_phone"]:
            assert after["phone"].endswith(before["phone"][-4:])
            assert after["phone"] != before["phone"]
        else:
            assert after["phone"] is None
    # exactly one audit event for the call, with every row and no value
    assert len(sink.events) == 1
    event = sink.events[0]
    assert event["outcome"] == "ok"
    assert event["records"] == len(ROWS)
    assert set(event["fields"]) == {"email", "street_address", "phone"}
    assert "user.contact.address" in event["categories"]
    assert not any(r["email"] in json.dumps(event) for r in ROWS)
    if backend != "spark":  # Spark's outcomes carry no counts (workers count)
        got = {o.name: o for o in outcomes}
        assert got["street_address"].category == "user.contact.address"
        assert got["street_address"].transform == "tokenize"
        assert got["phone"].rule.startswith("rules.1")
        assert got["plan"].transform == "pass"
        assert sorted(map(_comparable, outcomes)) == sorted(map(_comparable, ref_outcomes))


def test_explain_shows_what_protect_does_for_the_declared_column(keys):
    protector = _protector(_Sink(), keys)
    cls = privkit.classify(pa.Table.from_pylist(ROWS), scanner=protector.scanner)
    assert str(cls["street_address"].category) == "user.location"  # the classifier's guess
    from privkit.integrations.tables import explain_table

    plan = explain_table(cls, protector=protector, purpose="support")
    assert (plan["street_address"].category, plan["street_address"].source) == (
        "user.contact.address",
        "schema",
    )
    assert plan["street_address"].transform == "tokenize"
    assert plan["phone"].consent == "consent_phone"
    assert plan["phone"].rowwise
    assert plan["plan"].transform == "pass"
    assert plan["email"].source == "classifier"


@pytest.mark.parametrize("backend", ["records", "arrow", "arrow-large", "arrow-dict", "polars"])
def test_a_bytes_column_is_scanned_cell_by_cell(keys, backend):
    """A binary column whose sample looks clean still has its personal cells protected.

    It used to pass through unscanned: only text columns were scanned cell by cell.
    """
    import polars as pl

    from privkit.integrations.tables import protect_table

    cells = [b"ok", b"ok", b"aa.aa@example.com", None, b"x"]
    arr = pa.array(cells, type=pa.large_binary() if backend == "arrow-large" else pa.binary())
    if backend == "arrow-dict":
        arr = arr.dictionary_encode()
    table = pa.table({"c0": arr})
    data = {"polars": pl.from_arrow(table), "records": [{"c0": c} for c in cells]}.get(
        backend, table
    )
    out = protect_table(data, protector=_protector(_Sink(), keys), purpose="support")
    if backend == "records":
        got = [r["c0"] for r in out]
    else:
        got = out["c0"].to_list() if backend == "polars" else out.column(0).to_pylist()
    assert got[:2] == [b"ok", b"ok"]  # bytes stay bytes, in order
    assert got[3:] == [None, b"x"]
    assert "example.com" not in str(got[2])
    if backend != "records":
        assert isinstance(got[2], bytes)
    if backend not in ("polars", "records"):
        assert pa.types.is_binary(out.schema.field("c0").type) or pa.types.is_large_binary(
            out.schema.field("c0").type
        )

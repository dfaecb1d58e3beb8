"""A column the policy does not mention gets one decision for all its values, on every backend.

Issue 11: a ``country`` column of ISO codes came out mixed (``US`` tokenized because NER
called it a place on its own, ``DE`` kept), which breaks group-bys and joins. The classifier
decides per column: a structured personal column gets its category's rule for every value;
a structured column it finds not personal is still scanned for hard identifiers (pattern
detectors: an e-mail in it is protected), but NER guesses on single short values no longer
split it. Free text keeps its per-span decisions.
"""

from __future__ import annotations

import pyarrow as pa
import pytest

from privkit.detect import Scanner
from privkit.integrations.tables import classify_table, explain_table, protect_table
from privkit.keys import KeyRing
from privkit.policy import Policy, Protector

pytestmark = pytest.mark.ner

CODES = ["US", "DE", "FR", "GB", "IN", "JP", "BR", "CA", "ES", "IT", "NL", "SE"]
STRAY = "ops@example.com"  # a hard identifier in the wrong column: never passes through
ROWS = [
    {
        "user_id": f"u{i % 5}",
        "email": f"user{i}@example.com",
        "country": STRAY if i == 30 else CODES[i % len(CODES)],
        "note": f"Customer {i} wrote from {CODES[i % 4]} and asked us to reply to "
        f"user{i}@example.com soon",
    }
    for i in range(36)
]
BACKENDS = ["records", "pandas", "arrow", "polars"]


def _policy(*, rowwise: bool, schema: dict[str, str] | None = None) -> Policy:
    data: dict[str, object] = {
        "version": 1,
        "purposes": ["analytics"],
        "default": "redact",
        "rules": [
            {"categories": ["user.contact", "user.location"], "purposes": ["analytics"],
             "transform": {"action": "tokenize", "key": "tokens"}},
        ],
    }  # fmt: skip
    if rowwise:  # per-subject keys: every column goes the row-wise way (whole records)
        data["subject_field"] = "user_id"
        data["schema"] = {"user_id": "none"}
    if schema:
        data["schema"] = {**data.get("schema", {}), **schema}  # type: ignore[dict-item]
    return Policy.from_dict(data)


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner().load()


def _table(backend: str) -> object:
    return {
        "records": lambda: [dict(r) for r in ROWS],
        "pandas": lambda: pa.Table.from_pylist(ROWS).to_pandas(),
        "arrow": lambda: pa.Table.from_pylist(ROWS),
        "polars": lambda: __import__("polars").from_arrow(pa.Table.from_pylist(ROWS)),
    }[backend]()


def _rows(backend: str, out: object) -> list[dict[str, object]]:
    if backend == "records":
        return out  # type: ignore[return-value]
    if backend == "pandas":
        return out.to_dict("records")  # type: ignore[attr-defined]
    if backend == "arrow":
        return out.to_pylist()  # type: ignore[attr-defined]
    return out.to_dicts()  # type: ignore[attr-defined]


@pytest.mark.parametrize("rowwise", [False, True], ids=["column-wise", "row-wise"])
@pytest.mark.parametrize("backend", BACKENDS)
def test_a_structured_column_is_decided_once_and_leaks_no_identifier(backend, rowwise, scanner):
    protector = Protector(
        _policy(rowwise=rowwise), keys=KeyRing.generate("tokens"), scanner=scanner
    )
    cls = classify_table(_table("arrow"), scanner=scanner)
    assert not cls["country"].is_pii  # NER calls too few codes places for a category
    assert not cls["country"].free_text
    assert cls["note"].free_text
    out = _rows(backend, protect_table(_table(backend), protector=protector, purpose="analytics"))
    assert len(out) == len(ROWS)
    for before, after in zip(ROWS, out, strict=True):
        if before["country"] == STRAY:  # pattern detectors still fire: fail closed
            assert STRAY not in str(after["country"])
            assert after["country"]
        else:  # one decision for the column: every code kept (US as well as DE)
            assert after["country"] == before["country"]
        assert after["email"] != before["email"]
        # free text keeps its per-span decisions: the e-mail goes, the words stay
        assert str(before["email"]) not in str(after["note"])
        assert str(after["note"]).startswith("Customer ")
        assert "asked us to reply to" in str(after["note"])
    assert {r["country"] for r in out} >= set(CODES)  # group-bys still see every code


def test_explain_names_the_structured_column_and_the_schema_still_wins(scanner):
    cls = classify_table(_table("arrow"), scanner=scanner)
    protector = Protector(_policy(rowwise=False), keys=KeyRing.generate("tokens"), scanner=scanner)
    plan = explain_table(cls, protector=protector, purpose="analytics")
    assert plan["country"].transform == "scan"
    assert "structured column" in plan["country"].why
    assert plan["note"].transform == "scan"
    assert "free text" in plan["note"].why
    # a schema declaration wins over the structured guess: ``text`` gets full scans again
    declared = _policy(rowwise=False, schema={"country": "text"})
    p2 = Protector(declared, keys=KeyRing.generate("tokens"), scanner=scanner)
    out = protect_table(_table("records"), protector=p2, purpose="analytics")
    assert out[0]["country"] != "US"  # NER's guess on ``US`` applies in declared free text
    assert out[1]["country"] == "DE"


def test_a_personal_structured_column_gets_its_rule_for_every_value(scanner):
    """When the classifier calls the column personal, every value gets the category's rule."""
    rows = [{"country": c} for c in ["US", "DE", "GB", "FR"] * 6]
    cls = classify_table(rows, scanner=scanner)
    protector = Protector(_policy(rowwise=False), keys=KeyRing.generate("tokens"), scanner=scanner)
    out = protect_table(rows, protector=protector, purpose="analytics", classification=cls)
    assert str(cls["country"].category) == "user.location"  # half the codes are places
    assert all(o["country"] != r["country"] for r, o in zip(rows, out, strict=True))
    assert len({o["country"] for o in out}) == 4

"""Regenerate the labelled detection corpus: ``.venv-eval/bin/python -m benchmarks.corpus.generate``.

``--check`` regenerates in memory and fails if the committed file differs (determinism check).
See README.md in this folder for the seeds, the label mapping and the counts.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks.corpus import _jsonl
from benchmarks.corpus._logs import generate_logs

SENTENCE_SEED = 42
LOG_SEED = 20261123
N_SENTENCES = 1500
HOLDOUT_SEED = 4242
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "data" / "detect_corpus.jsonl"
HOLDOUT_OUT = DEFAULT_OUT.with_name("detect_holdout.jsonl")
HOLDOUT2_SEED = 20261129
HOLDOUT2_OUT = DEFAULT_OUT.with_name("detect_holdout2.jsonl")


def build(n_sentences: int = N_SENTENCES) -> list[dict[str, Any]]:
    """Return every corpus record, sentences first, then log lines."""
    from benchmarks.corpus._sentences import generate_sentences

    records: list[dict[str, Any]] = []
    for i, sent in enumerate(generate_sentences(n_sentences, SENTENCE_SEED)):
        records.append(
            {
                "id": f"s{i:05d}",
                "kind": "sentence",
                "source": f"presidio-evaluator:template-{sent['template']}",
                "text": sent["text"],
                "spans": [{"start": s, "end": e, "entity": lab} for s, e, lab in sent["spans"]],
                "ignored": [{"start": s, "end": e, "label": lab} for s, e, lab in sent["ignored"]],
            }
        )
    for i, line in enumerate(generate_logs(LOG_SEED)):
        records.append(
            {
                "id": f"l{i:05d}",
                "kind": "log",
                "source": line.source,
                "text": line.text,
                "spans": [{"start": s, "end": e, "entity": lab} for s, e, lab in line.spans],
                "ignored": [],
            }
        )
    for rec in records:
        _validate(rec)
    return records


def build_holdout(second: bool = False) -> list[dict[str, Any]]:
    """Return the held-out log lines (formats the main corpus does not use).

    ``second`` builds the second held-out set (formats neither earlier set uses).
    """
    from benchmarks.corpus._holdout import generate_holdout
    from benchmarks.corpus._holdout2 import generate_holdout2

    lines = generate_holdout2(HOLDOUT2_SEED) if second else generate_holdout(HOLDOUT_SEED)
    prefix = "k" if second else "h"
    records = [
        {
            "id": f"{prefix}{i:05d}",
            "kind": "log",
            "source": line.source,
            "text": line.text,
            "spans": [{"start": s, "end": e, "entity": lab} for s, e, lab in line.spans],
            "ignored": [],
        }
        for i, line in enumerate(lines)
    ]
    for rec in records:
        _validate(rec)
    return records


def _validate(rec: dict[str, Any]) -> None:
    text = rec["text"]
    prev_end = 0
    for sp in sorted(rec["spans"], key=lambda x: x["start"]):
        if not 0 <= sp["start"] < sp["end"] <= len(text):
            raise AssertionError(f"{rec['id']}: span out of range")
        if sp["start"] < prev_end:
            raise AssertionError(f"{rec['id']}: overlapping spans")
        if text[sp["start"] : sp["end"]] != text[sp["start"] : sp["end"]].strip():
            raise AssertionError(f"{rec['id']}: span has surrounding whitespace")
        prev_end = sp["end"]


def counts(records: list[dict[str, Any]]) -> str:
    """Return a Markdown table of span counts per entity and kind."""
    per: Counter[tuple[str, str]] = Counter()
    for r in records:
        for sp in r["spans"]:
            per[sp["entity"], r["kind"]] += 1
    entities = sorted({e for e, _ in per})
    lines = ["| entity | sentence | log | total |", "| --- | ---: | ---: | ---: |"]
    for e in entities:
        s, g = per[e, "sentence"], per[e, "log"]
        lines.append(f"| {e} | {s} | {g} | {s + g} |")
    ts = sum(v for (_, k), v in per.items() if k == "sentence")
    tl = sum(v for (_, k), v in per.items() if k == "log")
    lines.append(f"| **all** | {ts} | {tl} | {ts + tl} |")
    docs = Counter(r["kind"] for r in records)
    ign = Counter(i["label"] for r in records for i in r["ignored"])
    lines.append("")
    lines.append(f"Documents: {docs['sentence']} sentences, {docs['log']} log lines. ")
    lines.append(
        "Ignored (unscored) regions: " + ", ".join(f"{k} {v}" for k, v in sorted(ign.items())) + "."
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument(
        "--check", action="store_true", help="fail if --out differs from a fresh build"
    )
    parser.add_argument("--counts", action="store_true", help="print the counts table")
    args = parser.parse_args(argv)
    records = build()
    holdout = build_holdout()
    holdout2 = build_holdout(second=True)
    outputs = (
        (args.out, records),
        (args.out.with_name(HOLDOUT_OUT.name), holdout),
        (args.out.with_name(HOLDOUT2_OUT.name), holdout2),
    )
    if args.check:
        stale = [p for p, recs in outputs if p.read_text(encoding="utf-8") != _jsonl.dumps(recs)]
        for p in stale:
            print(f"differs from a fresh build: {p}")
        if not stale:
            print("corpus and holdout are up to date")
        return 1 if stale else 0
    for path, recs in outputs:
        path.parent.mkdir(parents=True, exist_ok=True)
        _jsonl.write(path, recs)
        print(f"wrote {len(recs)} records to {path}")
    if args.counts:
        print(counts(records))
        print("\nHeld-out set:\n")
        print(counts(holdout))
        print("\nSecond held-out set:\n")
        print(counts(holdout2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

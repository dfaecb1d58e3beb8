"""Bring every committed HTTP set's labels to the current shared credential rules.

The HTTP sets' builders end with :func:`benchmarks.corpus._http4.credential_labels` (rules 44,
U and V, shared since 2026-12-05) and :func:`benchmarks.corpus._http4.nested_sync_labels` (rule
14 read in percent-encoded nested URLs, every set's since 2026-12-05). Rebuilding a set needs its source repositories; this command
applies that last step to the committed files instead, which gives the same labels (each set's
labeller reads only a record's text and system). It prints, per file, how many records changed
and the labels added and removed by entity, never a record.

The development files (``http<N>_dev.jsonl`` and ``cookies_dev.jsonl``) also take H222's
cookie-id labelling decisions (:func:`benchmarks.corpus._cookie_decisions.decide`), after the
shared rules. Held-out files never do: their figures under the decisions are computed in memory
(``docs/benchmarks.md``, "Cookie-id labelling decisions"), so their committed labels stay those
fixed before their one measurement.

Usage: ``python -m benchmarks.corpus.relabel_http [--check]`` (``--check``: change nothing,
exit 1 if a file is out of date).
"""

from __future__ import annotations

import json
import sys
from collections import Counter

from benchmarks.corpus import _cookie_decisions, _http4, _jsonl
from benchmarks.corpus._http10 import DATA


def relabel(path_name: str, *, write: bool, decisions: bool = False) -> Counter[str]:
    """The changes the shared rules make to one file (written back unless ``write`` is false);
    with ``decisions``, H222's cookie-id decisions too (development files only)."""
    path = DATA / path_name
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    changes: Counter[str] = Counter()
    for row in rows:
        gold, ignored = _http4.nested_sync_labels(
            row["text"],
            *_http4.credential_labels(
                row["text"], [dict(g) for g in row["spans"]], [dict(i) for i in row["ignored"]]
            ),
        )
        if decisions:
            gold, ignored = _cookie_decisions.decide(row["text"], gold, ignored)
        if gold == row["spans"] and ignored == row["ignored"]:
            continue
        changes["records"] += 1
        old = {(g["start"], g["end"], g["entity"]) for g in row["spans"]}
        new = {(g["start"], g["end"], g["entity"]) for g in gold}
        changes.update(f"-{e}" for *_, e in old - new)
        changes.update(f"+{e}" for *_, e in new - old)
        old_i = {(i["start"], i["end"], i["label"]) for i in row["ignored"]}
        new_i = {(i["start"], i["end"], i["label"]) for i in ignored}
        changes.update(f"-ignored {e}" for *_, e in old_i - new_i)
        changes.update(f"+ignored {e}" for *_, e in new_i - old_i)
        row["spans"], row["ignored"] = gold, ignored
    if write and changes:
        _jsonl.write(path, rows)
    return changes


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = False
    for n in range(4, 100):
        for part in ("dev", "holdout"):
            name = f"http{n}_{part}.jsonl"
            if not (DATA / name).exists():
                continue
            changes = relabel(name, write=not check, decisions=part == "dev")
            if changes:
                stale = True
                print(f"{name}: {dict(sorted(changes.items()))}")
    changes = relabel("cookies_dev.jsonl", write=not check, decisions=True)
    if changes:
        stale = True
        print(f"cookies_dev.jsonl: {dict(sorted(changes.items()))}")
    return 1 if check and stale else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

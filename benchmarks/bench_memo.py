"""What the shared scanners' forgetting costs: many small calls, memos kept or forgotten.

Run with ``python -m benchmarks.bench_memo [--rounds N] [--threads]``.

The shared scanners behind ``privkit.scan``, ``privkit.protect`` and ``privkit.classify``
forget their detectors' memos at the end of every call (``forgetful_scanner``), so no value read
for one caller stays in the process. A caller's own :class:`privkit.Scanner` keeps them. Both
arms run in the same process, in turns (load changes hit both alike), pattern detectors only
(the case where a memo's share of the cost is largest), CPU time of the process:

* ``keep``: a scanner of one's own, memos kept across calls (what the shared scanners did);
* ``forget``: a shared scanner, memos forgotten after every call;
* ``new``: a new scanner per call (the per-protector alternative), on the first 300 calls;
* ``scan_many`` (scan cases): the same lines in one ``scan_many`` call, per line, for scale.

Every timed run starts with empty memos, so ``keep`` gains only from values that repeat
within the run's data. The worst case for ``forget`` is a value repeated on every call: the
same line (a phone number, an e-mail and an IP address) scanned 1,000 times.

Cases: every line of the real logs as one ``scan`` call (``privkit.scan(line)`` in a loop);
``Protector.protect`` of one record per call, and of a stream of records in one call
(``bench_protect``'s records, free text included). ``--threads``: four threads share one
scanner and scan the lines (the forgetting of one thread's calls clears the others' memos).
"""

from __future__ import annotations

import argparse
import threading
import time
from typing import Any

from benchmarks.bench_detect_speed import _load
from benchmarks.bench_protect import POLICY, _keys, make_records
from benchmarks.real_logs import real_log_lines
from privkit import Protector, Scanner
from privkit.detect import PATTERN_ENTITIES
from privkit.detect._scanner import forgetful_scanner
from privkit.policy import Policy

CLOCK = time.process_time
TEXT_ENTITIES = ["EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IP_ADDRESS"]


def _policy() -> Policy:
    return Policy.from_dict({**POLICY, "text": {"entities": TEXT_ENTITIES}})


def _interleaved(arms: dict[str, Any], rounds: int, *scanners: Scanner) -> dict[str, float]:
    """Best CPU seconds of each arm, the arms run in turns (order reversed every round).

    Every run starts with empty memos (``scanners`` forget, untimed): the data repeat from
    round to round, and ``keep`` would otherwise find every value of a round in its memos.
    """
    best = dict.fromkeys(arms, float("inf"))
    names = list(arms)
    for r in range(rounds):
        for name in names if r % 2 == 0 else names[::-1]:
            for scanner in scanners:
                scanner.forget()
            t0 = CLOCK()
            arms[name]()
            best[name] = min(best[name], CLOCK() - t0)
    return best


def _row(label: str, calls: int, best: dict[str, float]) -> None:
    per = {k: v / calls * 1e6 for k, v in best.items()}
    cells = ", ".join(f"{k} {v:,.1f}" for k, v in per.items())
    ratio = best["forget"] / best["keep"]
    print(f"{label}: {calls:,} calls; us per call: {cells}; forget/keep {ratio:.3f}")


REPEATED = "2024-05-01 12:00:01 login user=jane.doe@example.com ip=203.0.113.7 tel +44 20 7946 0958"


def scan_lines(lines: list[str], rounds: int, label: str = "one real-log line per call") -> None:
    keep = Scanner(entities=PATTERN_ENTITIES)
    forget = forgetful_scanner(entities=PATTERN_ENTITIES)
    keep.scan(lines[0]), forget.scan(lines[0])  # plans built before timing

    def run(scanner: Scanner) -> None:
        for line in lines:
            scanner.scan(line)

    def fresh() -> None:
        for line in lines[:300]:
            Scanner(entities=PATTERN_ENTITIES).scan(line)

    arms = {"keep": lambda: run(keep), "forget": lambda: run(forget)}
    best = _interleaved(arms, rounds, keep, forget)
    best["new"] = _interleaved({"new": fresh}, max(1, rounds // 2))["new"] * len(lines) / 300
    batched = _interleaved({"many": lambda: list(keep.scan_many(lines))}, rounds, keep)
    best["scan_many"] = batched["many"]  # all the lines in one call, for scale
    _row(f"scan, {label}", len(lines), best)


def protect_records(records: list[dict[str, Any]], rounds: int, *, stream: bool) -> None:
    policy = _policy()
    keep = Protector(policy, keys=_keys(), scanner=Scanner(entities=TEXT_ENTITIES))
    forget = Protector(policy, keys=_keys(), scanner=forgetful_scanner(entities=TEXT_ENTITIES))
    for p in (keep, forget):
        p.protect(records[0], purpose="support")

    def one_by_one(p: Protector) -> None:
        for record in records:
            p.protect(record, purpose="support")

    def in_one_call(p: Protector) -> None:
        list(p.protect(records, purpose="support"))

    run = in_one_call if stream else one_by_one
    arms = {"keep": lambda: run(keep), "forget": lambda: run(forget)}
    best = _interleaved(arms, rounds, keep._scanner, forget._scanner)
    if stream:
        _row(f"protect, {len(records):,} records in one call (per record)", len(records), best)
    else:
        _row("protect, one record per call", len(records), best)


def threads(lines: list[str], rounds: int, n: int = 4) -> None:
    def run(scanner: Scanner) -> None:
        def work(part: list[str]) -> None:
            for line in part:
                scanner.scan(line)

        ts = [threading.Thread(target=work, args=(lines[i::n],)) for i in range(n)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()

    keep = Scanner(entities=PATTERN_ENTITIES)
    forget = forgetful_scanner(entities=PATTERN_ENTITIES)
    arms = {"keep": lambda: run(keep), "forget": lambda: run(forget)}
    best = _interleaved(arms, rounds, keep, forget)
    _row(f"scan, {n} threads sharing a scanner, one line per call", len(lines), best)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--records", type=int, default=2000)
    ap.add_argument("--threads", action="store_true")
    args = ap.parse_args()
    lines = real_log_lines()
    records = make_records(args.records)
    print(_load())
    scan_lines(lines, args.rounds)
    scan_lines([REPEATED] * 1000, args.rounds, "one line of a phone, an e-mail and an IP, 1,000x")
    protect_records(records, args.rounds, stream=False)
    protect_records(records, args.rounds, stream=True)
    if args.threads:
        threads(lines, args.rounds)
    print(_load())


if __name__ == "__main__":
    main()

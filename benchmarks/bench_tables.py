"""Tables, files and Spark: privkit's column-wise protect beside presidio-structured and spaCy.

Run: ``python -m benchmarks.run bench_tables``. Sizes come from the environment:
``PRIVKIT_BENCH_ROWS`` (table rows, default 1,000,000), ``PRIVKIT_BENCH_PRESIDIO_ROWS``
(presidio-structured subsample, default 20,000), ``PRIVKIT_BENCH_NOTES`` (free-text notes,
default 5,000), ``PRIVKIT_BENCH_SPARK_ROWS`` (default 200,000; 0 skips Spark),
``PRIVKIT_BENCH_CHUNK`` (file chunk rows, default 10,000).

Every privkit figure is printed beside its peer measured in the same run on the same data.
Single-process figures are CPU seconds (``time.process_time``: other jobs on a shared machine
slow the wall clock, not the CPU work) with the wall time beside them; Spark and file
streaming use several processes and are timed by the wall clock. The load average is printed.
"""

from __future__ import annotations

import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROWS = int(os.environ.get("PRIVKIT_BENCH_ROWS", "1000000"))
PRESIDIO_ROWS = int(os.environ.get("PRIVKIT_BENCH_PRESIDIO_ROWS", "20000"))
NOTES = int(os.environ.get("PRIVKIT_BENCH_NOTES", "5000"))
SPARK_ROWS = int(os.environ.get("PRIVKIT_BENCH_SPARK_ROWS", "200000"))
CHUNK = int(os.environ.get("PRIVKIT_BENCH_CHUNK", "10000"))
CUSTOMERS = max(ROWS // 10, 1000)  # an event table: each customer appears ~10 times

STRUCTURED = ("email", "ipv4", "ipv6", "mac", "phone", "device_id", "name")
POLICY = {
    "version": 1,
    "name": "bench_tables",
    "purposes": ["analytics"],
    "default": "redact",
    "schema": {"note": "text"},
    "rules": [
        {"categories": ["user.contact.email", "user.device.mac_address", "user.device.device_id"],
         "purposes": ["analytics"], "transform": {"action": "tokenize", "key": "tokens"}},
        {"categories": ["user.contact.phone_number"], "purposes": ["analytics"],
         "transform": {"action": "hash", "key": "tokens", "length": 16}},
        {"categories": ["user.device.ip_address"], "purposes": ["analytics"],
         "transform": {"action": "generalize", "kind": "ip"}},
        {"categories": ["user.name"], "purposes": ["analytics"],
         "transform": {"action": "mask", "keep_first": 1}},
    ],
}  # fmt: skip


def _luhn(digits: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return digits + str((10 - total % 10) % 10)


def make_rows(n: int, *, seed: int = 42) -> dict[str, list[str]]:
    """A deterministic event table: customers (contact data, device) and per-event IPs."""
    from privkit.data import _FIRST, _LAST, _NOTES, _TACS

    rng = random.Random(seed)
    customers = []
    for i in range(min(CUSTOMERS, n)):
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        customers.append(
            (
                f"{first.lower()}.{last.lower()}{i}@example.com",
                f"+1 202-555-{rng.randint(0, 9999):04d}",
                f"{first} {last}",
                ":".join(f"{rng.randint(0, 255):02x}" for _ in range(6)),
                _luhn(rng.choice(_TACS) + f"{rng.randint(0, 999_999):06d}"),
            )
        )
    cols: dict[str, list[str]] = {k: [] for k in (*STRUCTURED, "note")}
    for _ in range(n):
        email, phone, name, mac, imei = customers[rng.randrange(len(customers))]
        cols["email"].append(email)
        cols["phone"].append(phone)
        cols["name"].append(name)
        cols["mac"].append(mac)
        cols["device_id"].append(imei)
        cols["ipv4"].append(
            f"{rng.randint(11, 99)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        )
        cols["ipv6"].append(f"2a02:{rng.randint(0, 0xFFFF):x}::{rng.randint(0, 0xFFFF):x}")
        cols["note"].append(
            rng.choice(_NOTES).format(
                name=name, phone=phone, email=email, ip=cols["ipv4"][-1], plan="pro"
            )
        )
    return cols


def _offline_tldextract() -> None:
    """Presidio's email recognizer would fetch a public-suffix list: use the bundled one."""
    import tldextract
    import tldextract.tldextract as tld_module

    tld_module.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def _protector(*, ip_action: str = "generalize"):
    from privkit.keys import KeyRing
    from privkit.policy import Policy, Protector

    policy = json.loads(json.dumps(POLICY))
    if ip_action != "generalize":  # the variant: IPs tokenized like the other identifiers
        policy["rules"][2]["transform"] = {"action": ip_action, "key": "tokens"}
    return Protector(Policy.from_dict(policy), keys=KeyRing.generate("tokens"))


def _timed(fn):
    """Run ``fn``; return its result and the CPU seconds it took (this process)."""
    out, cpu, _ = _timed2(fn)
    return out, cpu


def _timed2(fn):
    """Run ``fn``; return its result, CPU seconds (this process) and wall seconds."""
    t, w = time.process_time(), time.perf_counter()
    out = fn()
    return out, time.process_time() - t, time.perf_counter() - w


def _wall(fn):
    """Run ``fn``; return its result and the wall seconds (work in other processes)."""
    out, _, wall = _timed2(fn)
    return out, wall


def _load() -> str:
    return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())


def bench_structured(cols):
    import pandas as pd
    import pyarrow as pa

    from privkit.integrations.tables import TableClassification, classify_table, protect_table

    protector = _protector()
    data = {k: cols[k] for k in STRUCTURED}
    df = pd.DataFrame(data)
    table = pa.table(data)
    classify_table(df.head(2000))  # load the NER model outside the timings
    cls, t_cls = _timed(lambda: classify_table(df))
    print(
        f"  classify {len(df):,} rows x {len(STRUCTURED)} columns (1,000-row sample): {t_cls:.2f} s CPU"
    )
    for c in cls:
        print(f"    {c.name:<10} {c.category}  conf {c.confidence:.2f}")
    _, t_pd, w_pd = _timed2(lambda: protect_table(df, protector=protector, purpose="analytics"))
    _, t_pa, w_pa = _timed2(lambda: protect_table(table, protector=protector, purpose="analytics"))
    r_pd, r_pa = len(df) / t_pd, len(df) / t_pa
    parts = []
    for name in STRUCTURED:  # where the time goes: one column at a time, classification given
        one = TableClassification((cls[name],), rows=cls.rows)
        _, t_col = _timed(
            lambda n=name, c=one: protect_table(table.select([n]), protector=protector,
                                                purpose="analytics", classification=c)
        )  # fmt: skip
        parts.append(f"{name} {t_col:.1f}s")
    print(f"  per column (Arrow, {len(df):,} rows, CPU): " + ", ".join(parts))
    print(f"  privkit protect_table pandas: {r_pd:12,.0f} rows/s ({t_pd:.2f} s CPU, {w_pd:.2f} s wall; "
          "classification included)")  # fmt: skip
    print(f"  privkit protect_table Arrow:  {r_pa:12,.0f} rows/s ({t_pa:.2f} s CPU, {w_pa:.2f} s wall; "
          "classification included)")  # fmt: skip
    print(f"  {_load()}")

    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_structured import PandasAnalysisBuilder, StructuredEngine

    from privkit.detect import Scanner

    _offline_tldextract()
    conf = {"nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": Scanner().model_name}]}  # fmt: skip
    analyzer = AnalyzerEngine(
        nlp_engine=NlpEngineProvider(nlp_configuration=conf).create_engine(),
        default_score_threshold=0,
    )
    analyzer.analyze("warm up", language="en")
    sub = df.head(PRESIDIO_ROWS).copy()

    builder = PandasAnalysisBuilder(analyzer=analyzer)
    analysis, t_an, w_an = _timed2(lambda: builder.generate_analysis(sub, n=min(1000, len(sub))))
    _, t_anon, w_anon = _timed2(lambda: StructuredEngine().anonymize(sub, analysis))
    t_ps, w_ps = t_an + t_anon, w_an + w_anon
    r_ps = len(sub) / t_ps
    print(f"  presidio-structured (n=1000 sample, replace): {r_ps:12,.0f} rows/s "
          f"({t_ps:.2f} s CPU, {w_ps:.2f} s wall, on {len(sub):,} rows; of which the 1,000-row "
          f"analysis {t_an:.2f} s CPU; anonymize alone {len(sub) / t_anon:,.0f} rows/s)")  # fmt: skip
    print(f"    its column entities: {dict(analysis.entity_mapping)}")
    print(f"  ratio privkit/presidio-structured (CPU): pandas {r_pd / r_ps:.0f}x, "
          f"Arrow {r_pa / r_ps:.0f}x (target >= 50x); by wall time: pandas "
          f"{len(df) / w_pd / (len(sub) / w_ps):.0f}x, Arrow {len(df) / w_pa / (len(sub) / w_ps):.0f}x")  # fmt: skip
    print(f"  {_load()}")
    variant = _protector(ip_action="tokenize")
    _, t_var = _timed(lambda: protect_table(df, protector=variant, purpose="analytics"))
    r_var = len(df) / t_var
    print(f"  variant policy, IPs tokenized instead of generalized: pandas {r_var:12,.0f} rows/s "
          f"({t_var:.2f} s CPU); ratio vs presidio-structured {r_var / r_ps:.0f}x")  # fmt: skip
    return {"pandas": r_pd, "arrow": r_pa, "presidio": r_ps}


def bench_free_text(cols):
    import pandas as pd

    from privkit.detect import Scanner
    from privkit.integrations.tables import ColumnClassification, TableClassification, protect_table

    notes = list(dict.fromkeys(cols["note"]))[:NOTES]
    protector = _protector()
    model = Scanner().model_name
    import spacy

    nlp = spacy.load(model, enable=["ner"])  # bare NER: tok2vec-free sm model runs ner alone
    list(nlp.pipe(notes[:50]))
    df = pd.DataFrame({"note": notes})
    cls = TableClassification(
        (ColumnClassification("note", "str", None, None, 0.6, free_text=True),), rows=len(notes)
    )
    protect_table(df.head(50), protector=protector, purpose="analytics", classification=cls)
    spacy_runs, privkit_runs = [], []
    for _ in range(2):  # interleaved, best of two each: the load drifts during a run
        _, t = _timed(lambda: [d.ents for d in nlp.pipe(notes, batch_size=256)])
        spacy_runs.append(t)
        out, t = _timed(
            lambda: protect_table(df, protector=protector, purpose="analytics", classification=cls)
        )
        privkit_runs.append(t)
    t_spacy, t_pk = min(spacy_runs), min(privkit_runs)
    print(f"  free text: {len(notes):,} unique notes; bare spaCy NER ({model}, pipe) {t_spacy:.2f} s CPU; "
          f"privkit span-protect {t_pk:.2f} s CPU; ratio {t_pk / t_spacy:.2f}x (target <= 1.5x); "
          f"{_load()}")  # fmt: skip
    changed = sum(a != b for a, b in zip(notes, out["note"].tolist(), strict=True))
    print(f"    notes changed: {changed:,} of {len(notes):,}")
    return t_pk / t_spacy


_CHILD = """
import json, sys, tempfile
from pathlib import Path
sys.path.insert(0, {root!r})
from benchmarks.bench_tables import _protector
from privkit.integrations.files import protect_file
src, chunk = sys.argv[1], int(sys.argv[2])
p = _protector()
with tempfile.TemporaryDirectory() as d:
    rep = protect_file(src, Path(d) / "out.csv", protector=p, purpose="analytics", chunk_rows=chunk)
# VmHWM is this process's own peak (ru_maxrss would include the forking parent's peak).
hwm = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM"))
print(json.dumps({{"rows": rep.rows_out, "maxrss_kb": hwm}}))
"""


def bench_memory(cols):
    import csv

    root = str(Path(__file__).resolve().parents[1])
    results = {}
    with tempfile.TemporaryDirectory() as d:
        for factor in (1, 10, 30):
            path = Path(d) / f"x{factor}.csv"
            n = CHUNK * factor
            with path.open("w", newline="") as fh:
                w = csv.writer(fh)
                w.writerow(STRUCTURED)
                for i in range(n):
                    j = i % len(cols["email"])
                    w.writerow([cols[k][j] for k in STRUCTURED])
            t = time.perf_counter()
            proc = subprocess.run(
                [sys.executable, "-c", _CHILD.format(root=root), str(path), str(CHUNK)],
                capture_output=True, text=True, check=True,
            )  # fmt: skip
            info = json.loads(proc.stdout.strip().splitlines()[-1])
            results[factor] = info["maxrss_kb"]
            size = path.stat().st_size / 1e6
            print(f"  stream CSV {n:,} rows ({size:.1f} MB, {factor}x the {CHUNK:,}-row chunk): "
                  f"peak RSS {info['maxrss_kb'] / 1024:.0f} MiB, {time.perf_counter() - t:.1f} s")  # fmt: skip
    print(f"  peak RSS ratio 10x file / 1x file: {results[10] / results[1]:.2f}; "
          f"30x / 1x: {results[30] / results[1]:.2f}")  # fmt: skip
    return results


def bench_spark(cols):
    if SPARK_ROWS <= 0:
        print("  skipped (PRIVKIT_BENCH_SPARK_ROWS=0)")
        return None
    import pyarrow as pa

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    from pyspark.sql import SparkSession

    import privkit.integrations.spark
    from privkit.integrations.tables import classify_table, protect_table

    n = min(SPARK_ROWS, len(cols["email"]))
    table = pa.table({k: cols[k][:n] for k in STRUCTURED})
    protector = _protector()
    cls = classify_table(table)
    _, t_single = _wall(
        lambda: protect_table(table, protector=protector, purpose="analytics", classification=cls)
    )
    spark, t_start = _wall(
        lambda: SparkSession.builder.master("local[2]").appName("bench_tables")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )  # fmt: skip
    spark.sparkContext.setLogLevel("ERROR")
    df = spark.createDataFrame(table).repartition(2).cache()
    df.count()
    policy = protector.policy

    def run():
        out = privkit.integrations.spark.protect(df, policy=policy, keys=protector._keys, purpose="analytics",
                                    classification=cls)  # fmt: skip
        out.write.format("noop").mode("overwrite").save()

    _, t_first = _wall(run)
    _, t_spark = _wall(run)
    spark.stop()
    print(f"  {n:,} rows x {len(STRUCTURED)} columns, wall clock: single process (Arrow) {n / t_single:,.0f} rows/s; "
          f"Spark local[2] {n / t_spark:,.0f} rows/s (warm; first run {t_first:.1f} s incl. worker "
          f"start; session start {t_start:.1f} s); ratio Spark/single {t_single / t_spark:.2f}x")  # fmt: skip
    return n / t_single, n / t_spark


def main() -> None:
    print(f"bench_tables: {ROWS:,} rows, {os.cpu_count()} cores, Python {sys.version.split()[0]}; "
          f"{_load()}")  # fmt: skip
    cols, t = _wall(lambda: make_rows(ROWS))
    print(f"  generated the table in {t:.1f} s ({CUSTOMERS:,} customers)")
    print("[structured columns]")
    bench_structured(cols)
    print("[free text]")
    bench_free_text(cols)
    print("[file streaming memory]")
    bench_memory(cols)
    print("[Spark]")
    bench_spark(cols)
    print(f"  run id {uuid.uuid4().hex[:8]}; {_load()}; peak RSS of this process "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")  # fmt: skip


if __name__ == "__main__":
    main()

"""Spark: protect a Spark DataFrame with the same results as the single-process path.

The driver classifies a bounded sample of the DataFrame (with the Protector's scanner) and
plans every column through the engine; the policy, key ring and scanner are broadcast once;
each Python worker builds one :class:`privkit.Protector` from the broadcast (cached for the
worker's lifetime) and protects Arrow record batches with :func:`mapInArrow` through the
same table dispatcher as a pyarrow Table. Deterministic transforms (keyed tokens, hashes,
deterministic encryption) therefore give byte-identical outputs on a laptop and on a
cluster, so protected tables still join.

Auditing: workers write no audit events (their file system is not the driver's); they
report their counts through a Spark accumulator, and when the Protector has an audit sink
the driver materialises the result once (``localCheckpoint``) and writes exactly one
``protect`` event with those counts. Without an audit sink the result stays lazy.
"""

from __future__ import annotations

import contextlib
import os
import uuid
import warnings
from typing import TYPE_CHECKING, Any

from privkit.errors import ConfigError, MissingDependencyError
from privkit.integrations.tables import (
    DEFAULT_SAMPLE_SIZE,
    TableClassification,
    TableResult,
    classify_table,
)
from privkit.integrations.tables._dispatch import _check_covered, _check_drift, _protect
from privkit.integrations.tables._kinds import check_unique
from privkit.integrations.tables._plan import _outcome, _plan_jobs

if TYPE_CHECKING:
    from collections.abc import Iterator

    from privkit.policy import Actor, Protector, Session

__all__ = ["classify", "protect"]

#: Rows fetched to the driver for classification (then sampled down to ``sample_size``).
FETCH_ROWS = 10_000
_WORKER_PROTECTORS: dict[str, Any] = {}
_WORKER_CACHE = 8


@contextlib.contextmanager
def _quiet_pandas_warning() -> Iterator[None]:
    """Silence pyspark's advisory about pandas >= 3 for the Arrow-only calls privkit makes.

    privkit's Spark path exchanges Arrow record batches (no pandas conversion); the pair
    pyspark 4.x + pandas 3.x is exercised by privkit's tests.
    """
    with warnings.catch_warnings():
        warnings.filterwarnings(
            "ignore", message="PySpark does not yet fully support pandas", category=FutureWarning
        )
        yield


def _safe_names(df: Any, protector: Protector, purpose: str) -> Any:
    """``df`` with the column and struct field names that hold personal data renamed.

    A column or a struct's field named by a value (a pivot's e-mail addresses, a JSON
    object keyed by them) is renamed by its category's rule, as the table path renames
    column names and the record path keys. The output schema is declared before the
    workers run, so the names are decided here, from the schema; the values come along
    unchanged (a struct is cast to its renamed type field by field, in order). Before,
    such a column was refused with a classification error, and a struct's field name
    went out as it was.
    """
    from pyspark.sql import functions as F  # noqa: N812 - Spark's own convention

    renamed = _renamed_type(df.schema, protector, purpose)
    if renamed == df.schema:
        return df
    columns = []
    for old, new in zip(df.schema.fields, renamed.fields, strict=True):
        column = F.col("`" + old.name.replace("`", "``") + "`")
        if new.dataType != old.dataType:
            column = column.cast(new.dataType)
        columns.append(column.alias(new.name))
    return df.select(*columns)


def _renamed_type(dtype: Any, protector: Protector, purpose: str) -> Any:
    """A Spark type with its struct field names renamed where they hold personal data."""
    from pyspark.sql.types import ArrayType, MapType, StructField, StructType

    if isinstance(dtype, StructType):
        names = [f.name for f in dtype.fields]
        renames = protector._name_renames(names, purpose) if names else {}  # noqa: SLF001
        fields = [
            StructField(
                renames.get(f.name, f.name),
                _renamed_type(f.dataType, protector, purpose),
                f.nullable,
                None if f.name in renames else f.metadata,
            )
            for f in dtype.fields
        ]
        check_unique([f.name for f in fields])
        return StructType(fields)
    if isinstance(dtype, ArrayType):
        return ArrayType(_renamed_type(dtype.elementType, protector, purpose), dtype.containsNull)
    if isinstance(dtype, MapType):  # (its keys are values, protected by the workers)
        return MapType(
            dtype.keyType,
            _renamed_type(dtype.valueType, protector, purpose),
            dtype.valueContainsNull,
        )
    return dtype


def _pyspark() -> Any:
    try:
        import pyspark.sql
        import pyspark.sql.types
    except ImportError as exc:
        raise MissingDependencyError("privkit.spark", extra="spark") from exc
    return pyspark.sql


def classify(
    df: Any, *, sample_size: int = DEFAULT_SAMPLE_SIZE, seed: int = 0, scanner: Any = None
) -> TableClassification:
    """Classify the columns of a Spark DataFrame from a bounded sample of its rows.

    At most ``max(sample_size, 10_000)`` rows are brought to the driver (as Arrow), then
    sampled as :func:`~privkit.integrations.tables.classify_table` does.
    """
    _pyspark()
    with _quiet_pandas_warning():
        sample = df.limit(max(sample_size, FETCH_ROWS)).toArrow()
    result = classify_table(sample, sample_size=sample_size, seed=seed, scanner=scanner)
    return TableClassification(
        result.columns, rows=-1, sample_size=result.sample_size, seed=result.seed
    )


def _as_protector(policy: Any, *, keys: Any, strict: bool, scanner: Any, audit: Any) -> Protector:
    from privkit.policy import Policy, Protector

    if isinstance(policy, Protector):
        if keys is not None or strict or scanner is not None or audit is not None:
            raise ConfigError("pass keys, scanner, audit and strict to the Protector, not with it")
        return policy
    if not isinstance(policy, Policy | str | os.PathLike):
        raise ConfigError("policy must be a Policy, a policy file path or a Protector")
    return Protector(policy, keys=keys, strict=strict, scanner=scanner, audit=audit)


def _worker_protector(job: str, broadcast: Any) -> Any:
    """Build the worker's Protector once per job (Python workers are reused across tasks)."""
    protector = _WORKER_PROTECTORS.get(job)
    if protector is None:
        from privkit.policy import Protector

        policy, keys, strict, scanner = broadcast.value
        protector = Protector(policy, keys=keys, strict=strict, scanner=scanner)
        if len(_WORKER_PROTECTORS) >= _WORKER_CACHE:
            _WORKER_PROTECTORS.clear()
        _WORKER_PROTECTORS[job] = protector
    return protector


def _counts_param() -> Any:
    from pyspark.accumulators import AccumulatorParam

    class _Counts(AccumulatorParam):  # type: ignore[type-arg]
        """Adds the count dictionaries of worker sessions (see ``Session.counts``)."""

        def zero(self, value: Any) -> dict[str, Any]:  # noqa: ARG002 - Spark's signature
            return {"counts": {}, "fields": [], "categories": [], "records": 0}

        def addInPlace(self, a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
            counts = dict(a["counts"])
            for k, v in b["counts"].items():
                counts[k] = counts.get(k, 0) + v
            return {
                "counts": counts,
                "fields": sorted({*a["fields"], *b["fields"]}),
                "categories": sorted({*a["categories"], *b["categories"]}),
                "records": a["records"] + b["records"],
            }

    return _Counts()


_WORKERS_OK: set[str] = set()


def check_local_workers(spark: Any) -> None:
    """Check that a local session's Python workers can import privkit; say how to fix it.

    Spark starts its Python workers with ``spark.pyspark.python``, else ``PYSPARK_PYTHON``,
    else ``python3`` from ``PATH``: often not the interpreter privkit is installed in, and the
    job would fail later, on the first action, with ``No module named 'privkit'``. For a
    ``local`` master the workers run here, so this is checked once per interpreter. Cluster
    masters are not checked (install privkit on the executors).

    Raises:
        ConfigError: the worker interpreter is missing or cannot import privkit; the
            message names the setting to use.
    """
    sc = spark.sparkContext
    if not str(sc.master).startswith("local"):
        return
    exe = sc.getConf().get("spark.pyspark.python") or getattr(sc, "pythonExec", None)
    _check_worker_python(str(exe or "python3"))


def _check_worker_python(exe: str) -> None:
    import shutil
    import subprocess
    import sys

    if exe in _WORKERS_OK:
        return
    found = shutil.which(exe)
    same = found is not None and os.path.realpath(found) == os.path.realpath(sys.executable)
    ok = same
    if found is not None and not same:
        try:
            probe = subprocess.run(  # noqa: S603 - the interpreter Spark itself would start
                [found, "-c", "import privkit"], capture_output=True, timeout=60, check=False
            )
            ok = probe.returncode == 0
        except (OSError, subprocess.TimeoutExpired):
            ok = False
    if not ok:
        raise ConfigError(
            f"Spark's Python workers would run {exe!r}, which "
            f"{'does not exist' if found is None else 'cannot import privkit'}; set "
            f"PYSPARK_PYTHON={sys.executable} before the SparkSession is created (or the "
            "Spark setting spark.pyspark.python) so that workers use this interpreter"
        )
    _WORKERS_OK.add(exe)


def protect(
    df: Any,
    *,
    policy: Any,
    purpose: str,
    keys: Any = None,
    actor: Actor | str | None = None,
    strict: bool = False,
    scanner: Any = None,
    classification: TableClassification | None = None,
    baseline: TableClassification | None = None,
    sample_size: int = DEFAULT_SAMPLE_SIZE,
    seed: int = 0,
    audit: Any = None,
) -> Any:
    """Protect a Spark DataFrame for ``purpose``; return a DataFrame with the same rows.

    Columns the policy changes become strings; the others keep their type. Row order
    within partitions is kept. The result is lazy unless the Protector audits (see the
    module documentation).

    Args:
        df: a ``pyspark.sql.DataFrame``.
        policy: a :class:`privkit.Policy`, a policy file path, or a :class:`privkit.Protector`.
        purpose: the purpose of processing.
        keys: the key ring (with a Policy or a path).
        actor: who runs the job.
        strict: raise ``UnhandledPIIError`` where personal data meets no rule (with a Policy).
        scanner: the scanner for free text and classification (with a Policy).
        classification: a precomputed classification (skips sampling the DataFrame).
        baseline: a saved classification; in strict mode a new personal-data column raises
            on the driver, before any work is scheduled.
        sample_size: rows sampled for classification.
        seed: sampling seed.
        audit: an audit sink or log path (with a Policy): one ``protect`` event per call,
            with the counts the workers report.

    Raises:
        MissingDependencyError: pyspark is not installed.
        ConfigError: ``keys``, ``scanner``, ``audit`` or ``strict`` given with a Protector.
        ConfigError: a local session whose Python workers cannot import privkit (the
            message says to set ``PYSPARK_PYTHON``).
        UnhandledPIIError: strict mode and a new personal-data column against ``baseline``.
    """
    protector = _as_protector(policy, keys=keys, strict=strict, scanner=scanner, audit=audit)
    return _protect_spark(
        df, protector=protector, purpose=purpose, actor=actor, classification=classification,
        baseline=baseline, sample_size=sample_size, seed=seed,
    ).table  # fmt: skip


def _protect_spark(
    df: Any,
    *,
    protector: Protector,
    purpose: str,
    actor: Actor | str | None = None,
    classification: TableClassification | None = None,
    baseline: TableClassification | None = None,
    sample_size: int = DEFAULT_SAMPLE_SIZE,
    seed: int = 0,
    session: Session | None = None,
) -> TableResult:
    sql = _pyspark()
    from pyspark.sql.types import BinaryType, StringType, StructField, StructType

    if not isinstance(df, sql.DataFrame):
        raise TypeError(f"expected a pyspark DataFrame, not {type(df).__name__}")
    df = _safe_names(df, protector, purpose)
    run = session if session is not None else protector.session(purpose=purpose, actor=actor)
    try:
        if classification is None:
            classification = classify(
                df,
                sample_size=sample_size,
                seed=seed,
                scanner=protector._scanner,  # noqa: SLF001
            )
        _check_covered(classification, list(df.columns), set())
        if baseline is not None:  # strict: raises before any work is scheduled; else warns
            _check_drift(protector, classification, baseline)
        # Bytes columns are scanned like text and stay bytes (as in the Arrow path the workers run).
        text_types = (StringType, BinaryType)
        strings = {f.name for f in df.schema.fields if isinstance(f.dataType, text_types)}
        jobs, decisions = _plan_jobs(run, classification, strings)
        changed = {j.name for j in jobs}
        schema = StructType(
            [
                StructField(
                    f.name,
                    BinaryType() if isinstance(f.dataType, BinaryType) else StringType(),
                    True,
                )
                if f.name in changed or isinstance(f.dataType, BinaryType)
                else f
                for f in df.schema.fields
            ]
        )
        spark = df.sparkSession
        check_local_workers(spark)
        parts = (protector.policy, protector._keys, protector.strict, protector._given_scanner)  # noqa: SLF001
        shared = spark.sparkContext.broadcast(parts)
        counts = spark.sparkContext.accumulator(_counts_param().zero(None), _counts_param())
        saved = classification.to_dict()
        job = uuid.uuid4().hex

        def work(batches: Iterator[Any]) -> Iterator[Any]:
            import pyarrow as pa

            worker = _worker_protector(job, shared)
            cls = TableClassification.from_dict(saved)
            try:
                with worker.session(purpose=purpose) as local:
                    for batch in batches:
                        out = _protect(
                            batch, protector=worker, purpose=purpose, classification=cls,
                            session=local,
                        ).table  # fmt: skip
                        yield out if isinstance(out, pa.RecordBatch) else out.to_batches()[0]
                    counts.add(local.counts())
            finally:  # (kept for the job's next partition: what this one read goes)
                worker.forget()

        with _quiet_pandas_warning():
            out = df.mapInArrow(work, schema)
            if protector._audit is not None:  # noqa: SLF001 - materialise once, then record
                out = out.localCheckpoint(eager=True)
                run.merge(counts.value)
    except BaseException:
        if session is None:
            run.close(outcome="error")
        raise
    if session is None:
        run.close()
    outcomes = tuple(_outcome(c, decisions[c.name], rows=-1, nulls=-1) for c in classification)
    return TableResult(out, outcomes, classification)

"""Spark: protect a Spark DataFrame with the same results as the single-process path.

The driver classifies a bounded sample of the DataFrame and asks the policy what to do with
each column; the policy, key ring and scanner are broadcast once; each Python worker builds
one :class:`privkit.Protector` from the broadcast (cached for the worker's lifetime) and
protects Arrow record batches with :func:`mapInArrow`, column by column, exactly as
:func:`privkit.integrations.tables.protect_table` does on a pyarrow Table. Deterministic
transforms (keyed tokens, hashes, deterministic encryption) therefore give byte-identical
outputs on a laptop and on a cluster, so protected tables still join.

Workers write no audit events (their file system is not the driver's); with ``audit=`` the
driver records one ``protect`` event (outcome ``submitted``) when the job is planned.
"""

from __future__ import annotations

import contextlib
import os
import uuid
import warnings
from typing import TYPE_CHECKING, Any

from privkit.errors import ConfigError, MissingDependencyError
from privkit.integrations.tables import DEFAULT_SAMPLE_SIZE, TableClassification, classify_table
from privkit.integrations.tables._dispatch import _protect
from privkit.integrations.tables._plan import _plan_jobs

if TYPE_CHECKING:
    from collections.abc import Iterator

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


def _parts(policy: Any, keys: Any, *, strict: bool, scanner: Any) -> tuple[Any, Any, bool, Any]:
    from privkit.policy import Policy, Protector, load_policy

    if isinstance(policy, Protector):
        if keys is not None:
            raise ConfigError("pass keys to the Protector, not with it")
        # A Protector holds an unpicklable clock and an audit sink: ship its parts instead.
        return policy.policy, policy._keys, policy.strict, scanner  # noqa: SLF001
    if isinstance(policy, str | os.PathLike):
        policy = load_policy(policy)
    if not isinstance(policy, Policy):
        raise ConfigError("policy must be a Policy, a policy file path or a Protector")
    return policy, keys, strict, scanner


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


def _audit_submitted(
    audit: Any, driver: Any, jobs: Any, decisions: Any, *, purpose: str, actor: str | None
) -> None:
    from collections import Counter

    from privkit.audit import JsonlSink, make_event

    sink = JsonlSink(audit) if isinstance(audit, str | os.PathLike) else audit
    transforms = Counter(f"columns:{decisions[j.name].transform}" for j in jobs)
    sink.write(
        make_event(
            "protect",
            purpose=purpose,
            policy_hash=driver.policy_hash,
            actor=None if actor is None else {"name": actor, "roles": []},
            fields=[j.name for j in jobs],
            categories=[j.category for j in jobs if j.category and j.category != "text"],
            counts=dict(transforms),
            outcome="submitted",
        )
    )


def protect(
    df: Any,
    *,
    policy: Any,
    purpose: str,
    keys: Any = None,
    actor: str | None = None,
    strict: bool = False,
    scanner: Any = None,
    classification: TableClassification | None = None,
    baseline: TableClassification | None = None,
    sample_size: int = DEFAULT_SAMPLE_SIZE,
    seed: int = 0,
    audit: Any = None,
) -> Any:
    """Protect a Spark DataFrame for ``purpose``; return a DataFrame with the same rows.

    The result is lazy like any Spark transformation. Columns the policy changes become
    strings; the others keep their type. Row order within partitions is kept.

    Args:
        df: a ``pyspark.sql.DataFrame``.
        policy: a :class:`privkit.Policy`, a policy file path, or a :class:`privkit.Protector`.
        purpose: the purpose of processing.
        keys: the key ring (with a Policy or a path).
        actor: who runs the job.
        strict: raise ``UnhandledPIIError`` where personal data meets no rule (with a Policy).
        scanner: the scanner for free text; the policy's default if omitted.
        classification: a precomputed classification (skips sampling the DataFrame).
        baseline: a saved classification; in strict mode a new personal-data column raises
            on the driver, before any work is scheduled.
        sample_size: rows sampled for classification.
        seed: sampling seed.
        audit: an audit sink or log path; the driver records one ``protect`` event with
            outcome ``"submitted"`` (fields, categories, transforms per column) when the job
            is planned. Workers write none.

    Raises:
        MissingDependencyError: pyspark is not installed.
        UnhandledPIIError: strict mode and a new personal-data column against ``baseline``.
    """
    sql = _pyspark()
    from pyspark.sql.types import StringType, StructField, StructType

    from privkit.policy import Protector

    parts = _parts(policy, keys, strict=strict, scanner=scanner)
    driver = Protector(parts[0], keys=parts[1], strict=parts[2], scanner=parts[3])
    if classification is None:
        classification = classify(df, sample_size=sample_size, seed=seed)
    missing = [n for n in df.columns if n not in classification]
    if missing:
        raise ConfigError(f"classification has no entry for column {missing[0]!r}")
    if baseline is not None and driver.strict:
        classification.drift(baseline).raise_for_new_pii()
    strings = {f.name for f in df.schema.fields if isinstance(f.dataType, StringType)}
    jobs, decisions = _plan_jobs(driver, classification, purpose, strings)
    changed = {j.name for j in jobs}
    if audit is not None:
        _audit_submitted(audit, driver, jobs, decisions, purpose=purpose, actor=actor)
    schema = StructType(
        [
            StructField(f.name, StringType(), True) if f.name in changed else f
            for f in df.schema.fields
        ]
    )
    spark = df.sparkSession
    shared = spark.sparkContext.broadcast(parts)
    saved = classification.to_dict()
    job = uuid.uuid4().hex

    def run(batches: Iterator[Any]) -> Iterator[Any]:
        import pyarrow as pa

        protector = _worker_protector(job, shared)
        cls = TableClassification.from_dict(saved)
        for batch in batches:
            out, _, _ = _protect(
                batch, protector=protector, purpose=purpose, actor=actor, classification=cls
            )
            yield out if isinstance(out, pa.RecordBatch) else out.to_batches()[0]

    if not isinstance(df, sql.DataFrame):
        raise TypeError(f"expected a pyspark DataFrame, not {type(df).__name__}")
    with _quiet_pandas_warning():
        return df.mapInArrow(run, schema)

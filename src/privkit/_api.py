"""The compact API: ``protect``, ``reveal``, ``explain`` and ``classify`` as plain functions.

Each is a thin wrapper over :class:`privkit.Protector` (compile a policy once and reuse it
when you call these in a loop).
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from privkit.errors import ConfigError

if TYPE_CHECKING:
    import os
    from collections.abc import Sequence

    from privkit.audit import AuditSink
    from privkit.integrations.tables import ColumnClassification, TableClassification
    from privkit.keys import KeyRing
    from privkit.policy import Actor, Decision, Policy, Protector

__all__ = ["classify", "explain", "protect", "reveal"]


def _protector(
    policy: Any,
    *,
    keys: KeyRing | None,
    audit: Any = None,
    strict: bool = False,
    purpose: object = None,
) -> Protector:
    from privkit.policy import Protector
    from privkit.policy._protector import as_policy

    if isinstance(policy, Protector):
        if keys is not None or audit is not None or strict:
            raise ConfigError("pass keys, audit and strict to the Protector, not with it")
        return policy
    if policy is None or isinstance(policy, Mapping):  # None: the error says what to pass
        policy = as_policy(policy, purpose=purpose)
    return Protector(policy, keys=keys, audit=audit, strict=strict)


def _is_table(data: object) -> bool:
    module = type(data).__module__ or ""
    return module.split(".", 1)[0] in {"pandas", "pyarrow", "polars", "pyspark"}


def _is_records(data: object) -> bool:
    """A non-empty list or tuple of records (mappings): a table in row form."""
    return (
        isinstance(data, list | tuple) and bool(data) and all(isinstance(x, Mapping) for x in data)
    )


def protect(
    data: Any,
    *,
    policy: Policy | Protector | Mapping[str, Any] | str | os.PathLike[str] | None = None,
    purpose: str,
    actor: Actor | str | None = None,
    keys: KeyRing | None = None,
    audit: AuditSink | str | os.PathLike[str] | None = None,
    strict: bool = False,
    baseline: TableClassification | None = None,
    report: bool = False,
    progress: bool | None = None,
) -> Any:
    """Protect text, a record, records, or a table for ``purpose`` under ``policy``.

    Args:
        data: a ``str``, a ``dict`` (nested JSON), an iterable of records (a lazy
            generator is returned), a pandas/pyarrow/polars/Spark table, or a pandas or
            polars Series (protected as a one-column table named after the Series).
        policy: a :class:`privkit.Policy`, a policy file path, a mapping in the policy
            file's shape, or a compiled :class:`privkit.Protector`. Required: without one
            the error says how to get the safe default, ``privkit.Policy.redact_all(purpose)``
            (redact every personal value).
        purpose: a purpose declared by the policy.
        actor: who is processing (recorded in the audit trail).
        keys: key ring (default: the policy's key references).
        audit: audit sink or log path.
        strict: raise :class:`privkit.UnhandledPIIError` when personal data meets no rule.
        baseline: tables: a saved classification; a column that now holds personal data
            and did not is a :class:`privkit.PrivkitWarning` (``strict``: an error raised
            before anything is returned). Columns the policy's schema declares never drift.
        report: tables: return ``Protected(data, report)`` (unpacks as a pair); the
            :class:`~privkit.integrations.tables.TableReport` says what each column got,
            with counts and drift, and renders as a table in notebooks.
        progress: tables: a progress bar of the values scanned; by default on in
            notebooks and terminals (after a second of work), off in CI.

    Returns:
        The data in the same shape, every field transformed per policy.

    >>> import privkit
    >>> privkit.protect("mail jane@example.com", policy=privkit.Policy.redact_all("a"),
    ...                 purpose="a")
    'mail <EMAIL_ADDRESS>'
    """
    p = _protector(policy, keys=keys, audit=audit, strict=strict, purpose=purpose)
    if _is_table(data):
        from privkit.integrations.tables import protect_table

        return protect_table(
            data, protector=p, purpose=purpose, actor=actor, baseline=baseline, report=report,
            progress=progress,
        )  # fmt: skip
    if report or baseline is not None:
        raise ConfigError("report and baseline are for tables (DataFrames, Arrow, records)")
    return p.protect(data, purpose=purpose, actor=actor)


def reveal(
    value: str,
    *,
    policy: Policy | Protector | Mapping[str, Any] | str | os.PathLike[str],
    purpose: str,
    actor: Actor | str,
    keys: KeyRing | None = None,
    field: str | None = None,
    category: str | None = None,
    audit: AuditSink | str | os.PathLike[str] | None = None,
) -> str:
    """Return the original of a token if the policy grants ``purpose`` and ``actor`` access.

    Raises:
        PermissionDeniedError: the policy does not allow it (everything not granted is denied).
        InvalidToken: the value is not a token of the policy's reversible transforms.
    """
    p = _protector(policy, keys=keys, audit=audit)
    return p.reveal(value, purpose=purpose, actor=actor, field=field, category=category)


def explain(
    field_or_record: str | Mapping[str, Any],
    legacy: str | Mapping[str, Any] | None = None,
    /,
    *,
    policy: Policy | Protector | Mapping[str, Any] | str | os.PathLike[str] | None = None,
    purpose: str,
    keys: KeyRing | None = None,
) -> dict[str, Decision]:
    """For each field: its category, the rule that fires, the transform, and why.

    The answer comes from the planner that :func:`protect` executes, so the two agree.
    Explaining needs no keys and transforms nothing; a record's free-text fields are
    scanned to explain each category found.

    Args:
        field_or_record: one field path, or a record whose every field is explained.
        legacy: only in the former call ``explain(policy, field_or_record, ...)``
            (deprecated).
        policy: policy, policy path, mapping, or Protector.
        purpose: a declared purpose.
        keys: unused by explain (accepted so a Protector's arguments can be passed).

    >>> import privkit
    >>> policy = privkit.Policy.from_dict(
    ...     {"version": 1, "purposes": ["support"], "schema": {"plan": "none"}}
    ... )
    >>> privkit.explain("plan", policy=policy, purpose="support")["plan"].transform
    'pass'
    """
    if legacy is not None:  # the former order: explain(policy, field_or_record, ...)
        import warnings

        warnings.warn(
            "explain(policy, data) is deprecated: call explain(data, policy=..., purpose=...)",
            DeprecationWarning,
            stacklevel=2,
        )
        policy, field_or_record = field_or_record, legacy
    from privkit.policy import Protector
    from privkit.policy._protector import as_policy

    if not isinstance(policy, Protector):
        if policy is None or isinstance(policy, Mapping):
            policy = as_policy(policy, purpose=purpose)
        policy = Protector(policy, keys=keys)
    return policy.explain(field_or_record, purpose=purpose)


def classify(record_or_schema: Any, *, scanner: Any = None) -> TableClassification:
    """Return the category of each field of a record, schema or table, with the evidence.

    Every input gives a :class:`~privkit.integrations.tables.TableClassification` (index it
    by field path; each entry has a :class:`~privkit.Category` or ``None``, a confidence
    and a one-line reason; values are never included).

    Args:
        record_or_schema: a record (``dict``, nested; values are scanned and field names
            read with the field-name vocabulary), a schema (a list of field names, or a
            mapping of field name to type: names only), or a table: a list of records, or
            a pandas/pyarrow/polars/Spark DataFrame (a bounded sample is read).
        scanner: detector to use (default: the shared default scanner).

    Raises:
        ConfigError: the input is none of these.

    >>> from privkit import Scanner, classify
    >>> scanner = Scanner(entities=["EMAIL_ADDRESS", "PHONE_NUMBER"])
    >>> c = classify({"contact": {"email": "jane@example.com"}, "plan": "gold"}, scanner=scanner)
    >>> str(c["contact.email"].category), c["plan"].category
    ('user.contact.email', None)
    """
    from privkit.integrations.tables import TableClassification, classify_table

    if scanner is None and not _is_names(record_or_schema):
        from privkit.policy._scanners import default_scanner

        scanner = default_scanner()
    if type(record_or_schema).__module__.startswith("pyspark"):
        from privkit.integrations.spark import classify as classify_spark

        return classify_spark(record_or_schema, scanner=scanner)
    if _is_table(record_or_schema) or _is_records(record_or_schema):
        return classify_table(record_or_schema, scanner=scanner)
    if _is_names(record_or_schema):
        names = record_or_schema
        # A field name holding personal data is shown as a placeholder (<EMAIL_ADDRESS>).
        shown = _key_placeholders(dict.fromkeys(str(n) for n in names), scanner)
        cols = tuple(
            dataclasses.replace(
                _by_name(str(n), names[n].__name__ if isinstance(names, dict) else ""),
                name=shown.get(str(n), str(n)),
            )
            for n in names
        )
        return TableClassification(cols, rows=0)
    if not isinstance(record_or_schema, dict):
        raise ConfigError("classify takes a record (dict), a schema (field names) or a table")
    from privkit._fieldnames import read_as_field
    from privkit._records import Slot, flatten, text_of

    groups: dict[str, list[Slot]] = {}
    # Keys holding personal data are named by placeholders (``scores.<EMAIL_ADDRESS>``).
    flatten(record_or_schema, 0, groups, _key_placeholders(record_or_schema, scanner))
    texts: list[tuple[str, str]] = []
    for path, slots in groups.items():
        texts += [(path, t) for t in (text_of(slot[3]) for slot in slots) if t is not None]
    # (a field's value is read by its name: read_as_field)
    found = [read_as_field(fs) for fs in scanner.scan_many([t for _, t in texts])] if texts else []
    detected: dict[str, list[Any]] = {p: [] for p in groups}
    for (path, text), fs in zip(texts, found, strict=True):
        detected[path].extend((f, len(text)) for f in fs)
    dtypes = {
        p: ",".join(sorted({type(s[3]).__name__ for s in slots})) for p, slots in groups.items()
    }
    return TableClassification(tuple(_merge(p, dtypes[p], detected[p]) for p in groups), rows=1)


def _key_placeholders(record: Mapping[Any, Any], scanner: Any) -> dict[Any, str]:
    """Placeholder names for the mapping keys of ``record`` that hold personal data.

    Names are checked with the pattern detectors (no model to load for a schema).
    """
    from privkit._records import key_text, mapping_keys, placeholder_names

    keys = [k for k in mapping_keys([record]) if key_text(k) is not None]
    if not keys:
        return {}
    found = (scanner or _pattern_scanner()).scan_many([key_text(k) or "" for k in keys])
    return placeholder_names(keys, found)


@functools.cache
def _pattern_scanner() -> Any:
    # (shared, so it forgets the names it read at the end of every call)
    from privkit.detect import PATTERN_ENTITIES
    from privkit.detect._scanner import forgetful_scanner

    return forgetful_scanner(entities=PATTERN_ENTITIES)


def _is_names(data: object) -> bool:
    """A schema: a list of field names, or a mapping of field name to type."""
    if isinstance(data, list | tuple):
        return bool(data) and all(isinstance(x, str) for x in data)
    return isinstance(data, dict) and bool(data) and all(isinstance(v, type) for v in data.values())


def _by_name(name: str, dtype: str) -> ColumnClassification:
    from privkit._fieldnames import name_signal
    from privkit.integrations.tables import ColumnClassification

    signal = name_signal(name.rsplit(".", 1)[-1].replace("[]", ""))
    if signal.category is None or signal.strength < 0.5:  # noqa: PLR2004 - a hint, not a guess
        return ColumnClassification(name, dtype, None, None, 0.0, reason="no name signal")
    return ColumnClassification(
        name,
        dtype,
        signal.category,
        signal.entity,
        0.5,
        name_entity=signal.entity,
        reason=f"field name suggests {signal.category.value} ({' '.join(signal.words)!r})",
    )


def _merge(path: str, dtype: str, found: Sequence[Any]) -> ColumnClassification:
    from privkit.types import CATEGORY_OF, Category

    named = _by_name(path, dtype)
    evidence: list[str] = [named.reason] if named.category is not None else []
    scores: dict[Category, tuple[float, Any]] = {}
    for f, length in found:
        cat = CATEGORY_OF[f.entity_type]
        cover = (f.end - f.start) / max(length, 1)
        ev = f.evidence.pattern or f.detector
        evidence.append(
            f"detected {f.entity_type.value} ({ev}, score {f.score:.2f}, covers {cover:.0%})"
        )
        score = f.score * (0.5 + 0.5 * cover)
        if score > scores.get(cat, (0.0, None))[0]:
            scores[cat] = (score, f.entity_type)
    if named.category is not None:
        prev = scores.get(named.category, (0.0, named.entity))
        scores[named.category] = (min(1.0, prev[0] + 0.5), prev[1] or named.entity)
    if not scores:
        return named
    best = max(sorted(scores), key=lambda c: scores[c][0])
    return dataclasses.replace(
        named,
        category=best,
        entity=scores[best][1],
        confidence=round(scores[best][0], 3),
        reason="; ".join(evidence),
    )

"""The compact API: ``protect``, ``reveal``, ``explain`` and ``classify`` as plain functions.

Each is a thin wrapper over :class:`privkit.Protector` (compile a policy once and reuse it
when you call these in a loop).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from privkit.errors import ConfigError

if TYPE_CHECKING:
    import os
    from collections.abc import Sequence

    from privkit.audit import AuditSink
    from privkit.integrations.tables import TableClassification
    from privkit.keys import KeyRing
    from privkit.policy import Actor, Decision, Policy, Protector

__all__ = ["Classification", "classify", "explain", "protect", "reveal"]


def _protector(
    policy: Any, *, keys: KeyRing | None, audit: Any = None, strict: bool = False
) -> Protector:
    from privkit.policy import Protector

    if isinstance(policy, Protector):
        if keys is not None or audit is not None or strict:
            raise ConfigError("pass keys, audit and strict to the Protector, not with it")
        return policy
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
    policy: Policy | Protector | str | os.PathLike[str],
    purpose: str,
    actor: Actor | str | None = None,
    keys: KeyRing | None = None,
    audit: AuditSink | str | os.PathLike[str] | None = None,
    strict: bool = False,
) -> Any:
    """Protect text, a record, records, or a table for ``purpose`` under ``policy``.

    Args:
        data: a ``str``, a ``dict`` (nested JSON), an iterable of records (a lazy
            generator is returned), or a pandas/pyarrow/polars/Spark table.
        policy: a :class:`privkit.Policy`, a policy file path, or a compiled
            :class:`privkit.Protector`.
        purpose: a purpose declared by the policy.
        actor: who is processing (recorded in the audit trail).
        keys: key ring (default: the policy's key references).
        audit: audit sink or log path.
        strict: raise :class:`privkit.UnhandledPIIError` when personal data meets no rule.

    Returns:
        The data in the same shape, every field transformed per policy.
    """
    p = _protector(policy, keys=keys, audit=audit, strict=strict)
    if _is_table(data):
        from privkit.integrations.tables import protect_table

        return protect_table(data, protector=p, purpose=purpose, actor=actor)
    return p.protect(data, purpose=purpose, actor=actor)


def reveal(
    value: str,
    *,
    policy: Policy | Protector | str | os.PathLike[str],
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
    policy: Policy | Protector | str | os.PathLike[str] | None = None,
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
        policy: policy, policy path, or Protector.
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
        policy, field_or_record = field_or_record, legacy  # type: ignore[assignment]
    if policy is None:
        raise ConfigError("explain needs policy=")
    from privkit.policy import Protector

    p = policy if isinstance(policy, Protector) else Protector(policy, keys=keys)
    return p.explain(field_or_record, purpose=purpose)


@dataclass(frozen=True)
class Classification:
    """The category of one field and the evidence for it (never the value).

    Attributes:
        field: field path.
        category: the category, or ``None`` when nothing personal was found.
        evidence: reasons, such as ``"field name suggests user.contact.email ('email')"`` or
            ``"detected EMAIL_ADDRESS (pattern email, score 0.95)"``.
        score: confidence in ``category`` (0..1).
    """

    field: str
    category: str | None
    evidence: tuple[str, ...] = ()
    score: float = 0.0


def classify(  # noqa: C901
    record_or_schema: Any, *, scanner: Any = None
) -> dict[str, Classification] | TableClassification:
    """Return the category of each field of a record, schema, or table, with evidence.

    Args:
        record_or_schema: a record (``dict``, nested; values are scanned and field names
            are matched against name hints), a schema (a list of field names, or a
            mapping of field name to type name: names only), or a table: a list of
            records, or a pandas/pyarrow/polars/Spark DataFrame (sampled by the table
            adapter; returns a :class:`~privkit.integrations.tables.TableClassification`).
        scanner: detector to use (default :class:`privkit.Scanner` with default settings).

    >>> from privkit import Scanner, classify
    >>> scanner = Scanner(entities=["EMAIL_ADDRESS", "PHONE_NUMBER"])
    >>> c = classify({"contact": {"email": "jane@example.com"}, "plan": "gold"}, scanner=scanner)
    >>> c["contact.email"].category, c["plan"].category
    ('user.contact.email', None)
    """
    if type(record_or_schema).__module__.startswith("pyspark"):
        from privkit.integrations.spark import classify as classify_spark

        return classify_spark(record_or_schema, scanner=scanner)
    if _is_table(record_or_schema) or _is_records(record_or_schema):
        from privkit.integrations.tables import classify_table

        return classify_table(record_or_schema, scanner=scanner)
    from privkit._fieldnames import hint_for_name
    from privkit._records import Slot, flatten, text_of

    if isinstance(record_or_schema, list | tuple) and all(
        isinstance(x, str) for x in record_or_schema
    ):
        return {name: _by_name(name, hint_for_name(name)) for name in record_or_schema}
    if (
        isinstance(record_or_schema, dict)
        and record_or_schema
        and all(isinstance(v, type) for v in record_or_schema.values())
    ):
        return {str(n): _by_name(str(n), hint_for_name(str(n))) for n in record_or_schema}
    if not isinstance(record_or_schema, dict):
        raise ConfigError("classify takes a record (dict), a schema (field names) or a table")
    groups: dict[str, list[Slot]] = {}
    flatten(record_or_schema, 0, groups)
    if scanner is None:
        from privkit.detect import Scanner

        scanner = Scanner()
    paths = list(groups)
    texts: list[tuple[str, str]] = []
    for path in paths:
        for slot in groups[path]:
            t = text_of(slot[3])
            if t is not None:
                texts.append((path, t))
    found = scanner.scan_many([t for _, t in texts]) if texts else []
    detected: dict[str, list[Any]] = {p: [] for p in paths}
    for (path, text), fs in zip(texts, found, strict=True):
        detected[path].extend((f, len(text)) for f in fs)
    out: dict[str, Classification] = {}
    for path in paths:
        out[path] = _merge(path, hint_for_name(path), detected[path])
    return out


def _by_name(name: str, hint: tuple[str, str] | None) -> Classification:
    if hint is None:
        return Classification(name, None)
    return Classification(name, hint[0], (hint[1],), 0.5)


def _merge(path: str, hint: tuple[str, str] | None, found: Sequence[Any]) -> Classification:
    from privkit.types import CATEGORY_OF

    evidence: list[str] = []
    scores: dict[str, float] = {}
    for f, length in found:
        cat = CATEGORY_OF[f.entity_type].value
        cover = (f.end - f.start) / max(length, 1)
        ev = f.evidence.pattern or f.detector
        evidence.append(
            f"detected {f.entity_type.value} ({ev}, score {f.score:.2f}, covers {cover:.0%})"
        )
        scores[cat] = max(scores.get(cat, 0.0), f.score * (0.5 + 0.5 * cover))
    if hint is not None:
        evidence.insert(0, hint[1])
        scores[hint[0]] = min(1.0, scores.get(hint[0], 0.0) + 0.5)
    if not scores:
        return Classification(path, None)
    best = max(sorted(scores), key=lambda c: scores[c])
    return Classification(path, best, tuple(evidence), round(scores[best], 3))

"""Every public module's ``__all__`` is pinned: changing the public surface is a visible act.

A name added to or removed from a public module must be added to or removed from the list
below in the same commit. Each pinned name must resolve, and private modules are not listed.
"""

from __future__ import annotations

import importlib
import pkgutil
import warnings

import pytest

import privkit

PINNED = {
    "privkit": [
        "Category",
        "EntityType",
        "Finding",
        "InvalidToken",
        "KeyRing",
        "MissingDependencyError",
        "PermissionDeniedError",
        "Policy",
        "PolicyError",
        "PrivkitError",
        "Protector",
        "Scanner",
        "UnhandledPIIError",
        "__version__",
        "classify",
        "explain",
        "inventory",
        "load_policy",
        "protect",
        "reveal",
        "scan",
    ],
    "privkit.audit": [
        "AUDIT_KEY",
        "GENESIS",
        "AuditSink",
        "AuditSummary",
        "JsonlSink",
        "LoggingSink",
        "VerifyResult",
        "checkpoint",
        "make_event",
        "read_events",
        "summarize",
        "token_id",
        "verify",
    ],
    "privkit.cli": ["main"],
    "privkit.data": ["COLUMNS", "sample_customers", "sample_log_path"],
    "privkit.detect": [
        "BUILTIN_DETECTORS",
        "DEFAULT_ENTITIES",
        "DEFAULT_MODELS",
        "NER_ENTITIES",
        "PATTERN_ENTITIES",
        "AddressDetector",
        "AdvertisingIdDetector",
        "AndroidIdDetector",
        "AuthTokenDetector",
        "CookieDetector",
        "CreditCardDetector",
        "CryptoDetector",
        "DateTimeDetector",
        "DenyList",
        "DeviceIdDetector",
        "DomainDetector",
        "EmailDetector",
        "IbanDetector",
        "IccidDetector",
        "ImeiDetector",
        "ImsiDetector",
        "IpAddressDetector",
        "MacAddressDetector",
        "MeidDetector",
        "Pattern",
        "PatternDetector",
        "PhoneDetector",
        "Scanner",
        "UrlDetector",
        "UsSsnDetector",
        "UserAgentDetector",
        "scan",
    ],
    "privkit.errors": [
        "AuditError",
        "ConfigError",
        "DataError",
        "DetectionError",
        "ErasedSubjectError",
        "InvalidToken",
        "KeyNotFoundError",
        "MissingDependencyError",
        "PermissionDeniedError",
        "PolicyError",
        "PrivkitError",
        "PrivkitWarning",
        "RegistryError",
        "SchemaDriftError",
        "TransformError",
        "UnhandledPIIError",
    ],
    "privkit.hazmat": [
        "ALPHABETS",
        "FF1",
        "hmac_sha256",
        "prefix_preserving_decrypt",
        "prefix_preserving_encrypt",
        "siv_decrypt",
        "siv_encrypt",
    ],
    "privkit.integrations": [
        "ColumnClassification",
        "ColumnOutcome",
        "Drift",
        "FileReport",
        "RedactingFilter",
        "RedactingFormatter",
        "StructlogRedactor",
        "TableClassification",
        "TableResult",
        "classify_file",
        "classify_table",
        "explain_table",
        "protect_file",
        "protect_table",
        "protect_table_report",
    ],
    "privkit.integrations.files": [
        "DEFAULT_CHUNK_ROWS",
        "ColumnReport",
        "FileReport",
        "classify_file",
        "file_format",
        "protect_file",
        "read_chunks",
    ],
    "privkit.integrations.logging": [
        "DEFAULT_ENTITIES",
        "RedactingFilter",
        "RedactingFormatter",
        "StructlogRedactor",
    ],
    "privkit.integrations.spark": ["classify", "protect"],
    "privkit.integrations.tables": [
        "DEFAULT_SAMPLE_SIZE",
        "ColumnClassification",
        "ColumnOutcome",
        "Drift",
        "Protected",
        "TableClassification",
        "TableReport",
        "TableResult",
        "classify_table",
        "explain_table",
        "is_table",
        "protect_table",
        "protect_table_report",
        "table_kind",
    ],
    "privkit.inventory": [
        "ColumnEntry",
        "InventoryMap",
        "MapDrift",
        "PolicyCheck",
        "Skipped",
        "SourceEntry",
        "TableEntry",
        "check_policy",
        "diff",
        "inventory",
        "json_schema",
        "render_html",
    ],
    "privkit.keys": [
        "MIN_KEY_BYTES",
        "KeyProvider",
        "KeyRing",
        "KeyVersion",
        "generate_key",
        "parse_key_id",
    ],
    "privkit.policy": [
        "Actor",
        "Decision",
        "LintIssue",
        "Policy",
        "Protector",
        "Session",
        "json_schema",
        "lint",
        "load_policy",
    ],
    "privkit.policy.model": [
        "Action",
        "CategoryDef",
        "DateShiftAction",
        "EncryptAction",
        "EncryptDeterministicAction",
        "EnvKey",
        "FileKey",
        "FpeAction",
        "GeneralizeAction",
        "HashAction",
        "KeepAction",
        "KeyRef",
        "MaskAction",
        "NullifyAction",
        "PluginAction",
        "Policy",
        "RedactAction",
        "ReplaceAction",
        "Retention",
        "RevealGrant",
        "Rule",
        "TextConfig",
        "TokenizeAction",
        "VaultAction",
    ],
    "privkit.spark": ["classify", "protect"],
    "privkit.transform": [
        "ENTRY_POINT_GROUP",
        "FPE",
        "DateShift",
        "Encrypt",
        "EncryptDeterministic",
        "Generalize",
        "Hash",
        "Keep",
        "Mask",
        "Nullify",
        "PostgresStore",
        "Redact",
        "Replace",
        "SQLiteStore",
        "Store",
        "SubjectKeys",
        "Tokenize",
        "VaultTokenize",
        "apply",
        "apply_many",
        "build",
        "is_missing",
        "registered",
        "transform_class",
    ],
    "privkit.types": [
        "CATEGORY_OF",
        "Category",
        "Context",
        "Detector",
        "EntityType",
        "Evidence",
        "Finding",
        "Reversible",
        "Transform",
    ],
}


def _public_modules() -> list[str]:
    names = [info.name for info in pkgutil.walk_packages(privkit.__path__, "privkit.")]
    return ["privkit", *(n for n in names if not any(p.startswith("_") for p in n.split(".")[1:]))]


def test_every_public_module_is_pinned() -> None:
    assert sorted(_public_modules()) == sorted(PINNED)


@pytest.mark.parametrize("module", sorted(PINNED))
def test_all_is_pinned_and_resolves(module: str) -> None:
    mod = importlib.import_module(module)
    assert list(mod.__all__) == PINNED[module]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # privkit.spark is a shim
        for name in mod.__all__:
            assert getattr(mod, name) is not None, f"{module}.{name}"


def test_the_errors_users_must_catch_are_exported() -> None:
    for name in ("PermissionDeniedError", "InvalidToken", "PolicyError", "UnhandledPIIError"):
        assert issubclass(getattr(privkit, name), privkit.PrivkitError)


def test_privkit_spark_is_a_deprecated_alias() -> None:
    import privkit.integrations.spark
    import privkit.spark

    with pytest.warns(DeprecationWarning, match="privkit.integrations.spark"):
        assert privkit.spark.protect is privkit.integrations.spark.protect

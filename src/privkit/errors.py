"""The one exception tree of privkit.

Every error privkit raises derives from :class:`PrivkitError`. Messages name field
paths, entity types, offsets and key ids; they never contain a detected value or key
material::

    PrivkitError(Exception)
    ├── ConfigError(PrivkitError, ValueError)        bad arguments at build time
    │   ├── PolicyError                              invalid policy; .source, .errors()
    │   └── RegistryError                            unknown / duplicate / disabled plug-in
    ├── MissingDependencyError(PrivkitError, ImportError)   optional extra not installed
    ├── DetectionError(PrivkitError)
    ├── TransformError(PrivkitError)
    │   ├── KeyNotFoundError(TransformError, KeyError)      key id absent (id only)
    │   ├── ErasedSubjectError                       subject keys were destroyed by forget()
    │   └── InvalidToken                             one fixed message: tampered, expired, wrong key
    ├── PermissionDeniedError(PrivkitError, PermissionError)  reveal refused by policy
    ├── AuditError(PrivkitError)                     audit chain broken or unwritable
    ├── DataError(PrivkitError, ValueError)          malformed input data; file, row, column
    └── UnhandledPIIError(PrivkitError)              strict mode: PII where no rule applies
        └── SchemaDriftError                         strict mode: new PII column vs baseline
    PrivkitWarning(UserWarning)                      visible by default
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

__all__ = [
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
]


class PrivkitError(Exception):
    """Base class of every error privkit raises."""


class ConfigError(PrivkitError, ValueError):
    """An argument or configuration is invalid; raised when objects are built."""


class PolicyError(ConfigError):
    """A policy failed to load or validate.

    ``source`` names the file (or ``"<dict>"``); :meth:`errors` lists each problem as a
    mapping with ``loc`` (a dotted path such as ``rules.3.transform.keep_last``) and
    ``msg``. Input values are never included.
    """

    def __init__(
        self,
        message: str,
        *,
        source: str = "<policy>",
        errors: Sequence[Mapping[str, Any]] = (),
    ) -> None:
        super().__init__(message)
        self.source = source
        self._errors = [dict(e) for e in errors]

    def errors(self) -> list[dict[str, Any]]:
        """Return the individual problems, each with ``loc`` and ``msg``."""
        return [dict(e) for e in self._errors]


class RegistryError(ConfigError):
    """A plug-in name is unknown, registered twice, or failed to load."""


class MissingDependencyError(PrivkitError, ImportError):
    """An optional dependency is needed; the message carries the install hint."""

    def __init__(self, what: str, *, extra: str, instead: str = "") -> None:
        self.what, self.extra, self.instead = what, extra, instead
        super().__init__(self.hint(instead))

    def hint(self, instead: str) -> str:
        """The message with ``instead`` as the way out without the extra (a CLI's option)."""
        other = f"; or {instead}" if instead else ""
        return (
            f"{self.what} requires an optional dependency: "
            f"pip install 'privkit-pii[{self.extra}]'{other}"
        )


class DetectionError(PrivkitError):
    """Detection could not run (for example a broken NER model)."""


class TransformError(PrivkitError):
    """A value could not be transformed."""


class KeyNotFoundError(TransformError, KeyError):
    """A key name or id is not in the key ring. The message holds the id only."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


class ErasedSubjectError(TransformError):
    """The subject's key was destroyed by ``forget()``; its data is irrecoverable."""


class InvalidToken(TransformError):  # noqa: N818 - name users know from cryptography
    """A token or ciphertext failed authentication: tampered, expired or wrong key.

    Every failure carries the same fixed message, whatever its cause and whatever was
    passed when it was raised, so that failures are indistinguishable (no oracle) and
    nothing about the token or the key shows.

    >>> str(InvalidToken("anything"))
    'token is not valid for this key ring (tampered, truncated, expired or made with another key)'
    """

    MESSAGE = (
        "token is not valid for this key ring (tampered, truncated, expired or made with "
        "another key)"
    )

    def __init__(self, *_args: object) -> None:
        super().__init__(self.MESSAGE)


class PermissionDeniedError(PrivkitError, PermissionError):
    """The policy does not allow this purpose or actor to reveal this data."""


class AuditError(PrivkitError):
    """The audit log could not be written or failed verification."""


class DataError(PrivkitError, ValueError):
    """Input data is malformed (bad row, bad encoding, duplicated column names).

    The message and the ``source``, ``row`` and ``column`` attributes locate the problem;
    they never contain the offending value.
    """

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        row: int | None = None,
        column: str | None = None,
    ) -> None:
        where = [
            p
            for p in (
                source,
                None if row is None else f"row {row}",
                None if column is None else f"column {column!r}",
            )
            if p
        ]
        super().__init__(f"{', '.join(where)}: {message}" if where else message)
        self.source = source
        self.row = row
        self.column = column


class UnhandledPIIError(PrivkitError):
    """Strict mode: personal data was found in a field that no rule covers."""

    def __init__(self, field: str, category: str) -> None:
        super().__init__(f"{field}: {category} found but no rule covers this field")
        self.field = field
        self.category = category


class SchemaDriftError(UnhandledPIIError):
    """Strict mode: a column holds personal data that the baseline classification did not.

    Raised before anything is written. Without strict mode the same message is a
    :class:`PrivkitWarning`.
    """

    def __init__(self, field: str, category: str) -> None:
        PrivkitError.__init__(self, self.describe(field, category))
        self.field = field
        self.category = category

    @staticmethod
    def describe(field: str, category: str) -> str:
        """The message for a new personal-data column (names only, never values)."""
        return (
            f"{field}: schema drift: holds {category}, which the baseline classification "
            "did not (declare it in the policy's schema or save a new baseline)"
        )


class PrivkitWarning(UserWarning):
    """A warning from privkit (shown by default)."""

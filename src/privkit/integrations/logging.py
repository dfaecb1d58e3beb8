r"""Logging: redact personal data from log records before any handler emits them.

Attach :class:`RedactingFilter` to a *handler* (filters on a logger do not see records that
propagate from child loggers), or use :class:`RedactingFormatter` to redact the final line.
For structlog, put :class:`StructlogRedactor` in the processor chain before the renderer.
By default only pattern-based detectors run (no NER model): fast enough for every log line.

>>> import logging, io
>>> stream = io.StringIO()
>>> handler = logging.StreamHandler(stream)
>>> handler.addFilter(RedactingFilter())
>>> log = logging.getLogger("privkit.doctest")
>>> log.addHandler(handler)
>>> log.propagate = False
>>> log.warning("login failed for %s from %s", "jane.doe@example.com", "203.0.113.7")
>>> stream.getvalue()
'login failed for <EMAIL_ADDRESS> from <IP_ADDRESS>\n'
>>> log.removeHandler(handler)
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Mapping, MutableMapping
from typing import Any

from privkit.errors import ConfigError
from privkit.types import EntityType, Finding

__all__ = ["DEFAULT_ENTITIES", "RedactingFilter", "RedactingFormatter", "StructlogRedactor"]

#: Entities redacted by default: every pattern-based type. Names, places and organisations
#: need the NER model and dates flood logs with timestamps, so they are opt-in.
DEFAULT_ENTITIES: tuple[EntityType, ...] = tuple(
    e
    for e in EntityType
    if e
    not in {
        EntityType.PERSON,
        EntityType.LOCATION,
        EntityType.ORGANIZATION,
        EntityType.DATE_TIME,
    }
)
_MAX_DEPTH = 32
_MIN_ID = 10**6  # integers with 7+ digits may be identifiers


class _Redactor:
    """Shared machinery: a lazily built scanner and span replacement."""

    def __init__(
        self,
        *,
        entities: Iterable[EntityType | str] | None,
        scanner: Any,
        replacement: str,
    ) -> None:
        if "{entity}" not in replacement and "{" in replacement:
            raise ConfigError("replacement may only use the '{entity}' placeholder")
        self.entities = tuple(EntityType(e) for e in (entities or DEFAULT_ENTITIES))
        self.replacement = replacement
        self._scanner = scanner
        self._lock = threading.Lock()

    @property
    def scanner(self) -> Any:
        if self._scanner is None:
            with self._lock:
                if self._scanner is None:
                    from privkit.detect import Scanner

                    self._scanner = Scanner(entities=list(self.entities))
        return self._scanner

    def redact(self, text: str) -> str:
        findings: list[Finding] = [
            f for f in self.scanner.scan(text) if f.entity_type in self.entities
        ]
        if not findings:
            return text
        findings.sort(key=lambda f: (f.start, -f.end))
        parts: list[str] = []
        pos = 0
        for f in findings:
            if f.end <= pos:
                continue  # inside a span already replaced
            parts.append(text[pos : max(pos, f.start)])
            parts.append(self.replacement.replace("{entity}", str(f.entity_type)))
            pos = f.end
        parts.append(text[pos:])
        return "".join(parts)


class RedactingFilter(logging.Filter):
    """A :class:`logging.Filter` that replaces personal data in records with placeholders.

    The message is formatted with its arguments first, so values passed as ``%s`` arguments
    are redacted as well; a record with a finding gets the redacted text as ``msg`` and no
    ``args``. Exception and stack texts are redacted too. The filter never drops a record.

    Args:
        name: passed to :class:`logging.Filter` (logger-name prefix filtering).
        entities: entity types to redact; :data:`DEFAULT_ENTITIES` (pattern-only) if omitted.
            Adding ``PERSON`` loads the NER model on first use.
        scanner: a ready :class:`privkit.Scanner` to use instead of building one.
        replacement: the placeholder; ``{entity}`` is replaced by the entity type.
    """

    def __init__(
        self,
        name: str = "",
        *,
        entities: Iterable[EntityType | str] | None = None,
        scanner: Any = None,
        replacement: str = "<{entity}>",
    ) -> None:
        super().__init__(name)
        self._redactor = _Redactor(entities=entities, scanner=scanner, replacement=replacement)

    def filter(self, record: logging.LogRecord) -> bool:
        """Redact ``record`` in place and keep it."""
        if not super().filter(record):
            return False
        redact = self._redactor.redact
        try:
            message = record.getMessage()
        except (TypeError, ValueError, KeyError):
            # Arguments do not match the format: redact the parts; logging reports the mismatch.
            record.msg = redact(str(record.msg))
            if isinstance(record.args, Mapping):
                record.args = {k: redact(str(v)) for k, v in record.args.items()}
            elif record.args:
                record.args = tuple(redact(str(a)) for a in record.args)
        else:
            redacted = redact(message)
            if redacted != message:
                record.msg, record.args = redacted, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class RedactingFormatter(logging.Formatter):
    """A :class:`logging.Formatter` that redacts the finished line (message, extras, traceback).

    Accepts the usual formatter arguments plus the keyword-only ``entities``, ``scanner`` and
    ``replacement`` of :class:`RedactingFilter`.
    """

    def __init__(
        self,
        fmt: str | None = None,
        datefmt: str | None = None,
        *,
        entities: Iterable[EntityType | str] | None = None,
        scanner: Any = None,
        replacement: str = "<{entity}>",
        **kwargs: Any,
    ) -> None:
        super().__init__(fmt, datefmt, **kwargs)
        self._redactor = _Redactor(entities=entities, scanner=scanner, replacement=replacement)

    def format(self, record: logging.LogRecord) -> str:
        """Format ``record`` and redact the result."""
        return self._redactor.redact(super().format(record))


class StructlogRedactor:
    """A structlog processor that redacts string values in the event dict (nested included).

    It has structlog's processor signature ``(logger, method_name, event_dict) -> event_dict``
    and does not import structlog. Keys are kept; only values are redacted.

    >>> redactor = StructlogRedactor()
    >>> redactor(None, "info", {"event": "signup", "user": {"email": "a.b@example.org"}})
    {'event': 'signup', 'user': {'email': '<EMAIL_ADDRESS>'}}
    """

    def __init__(
        self,
        *,
        entities: Iterable[EntityType | str] | None = None,
        scanner: Any = None,
        replacement: str = "<{entity}>",
    ) -> None:
        self._redactor = _Redactor(entities=entities, scanner=scanner, replacement=replacement)

    def _value(self, value: Any, depth: int) -> Any:
        if isinstance(value, str):
            return self._redactor.redact(value)
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= _MIN_ID:
            text = str(value)  # an IMEI or phone number logged as an integer
            redacted = self._redactor.redact(text)
            return value if redacted == text else redacted
        if depth >= _MAX_DEPTH:
            return "<nested too deep>"  # do not pass unknown deep content through unredacted
        if isinstance(value, Mapping):
            return {k: self._value(v, depth + 1) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return type(value)(self._value(v, depth + 1) for v in value)
        return value

    def __call__(
        self,
        logger: Any,  # noqa: ARG002 - structlog's processor signature
        method_name: str,  # noqa: ARG002
        event_dict: MutableMapping[str, Any],
    ) -> MutableMapping[str, Any]:
        """Return ``event_dict`` with personal data in its values replaced by placeholders."""
        for key in list(event_dict):
            event_dict[key] = self._value(event_dict[key], 0)
        return event_dict

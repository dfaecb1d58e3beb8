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

import functools
import logging
import sys
import threading
import traceback
from collections.abc import Iterable, Mapping, MutableMapping
from typing import Any

from privkit._fieldnames import context_prefix
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
_MIN_ID = 10**6  # integers with 7+ digits may be identifiers (fewer only with a named field)
#: Entries of the per-filter cache of recent results, and the longest text it keeps.
_CACHE_SIZE = 1024
_CACHE_MAX_CHARS = 512
#: The attributes every ``LogRecord`` has; anything else on a record came from ``extra=``.
_RECORD_ATTRS = frozenset(logging.LogRecord("", 0, "", 0, "", (), None).__dict__) | {
    "message",
    "asctime",
    "taskName",
}


class _Redactor:
    """Shared machinery: a lazily built scanner, span replacement and a value walker."""

    def __init__(
        self,
        *,
        entities: Iterable[EntityType | str] | None,
        scanner: Any,
        replacement: str,
        cache_size: int = 0,
    ) -> None:
        if "{entity}" not in replacement and "{" in replacement:
            raise ConfigError("replacement may only use the '{entity}' placeholder")
        if isinstance(cache_size, bool) or not isinstance(cache_size, int) or cache_size < 0:
            raise ConfigError("cache_size must be a non-negative integer")
        self.entities = tuple(EntityType(e) for e in (entities or DEFAULT_ENTITIES))
        self.replacement = replacement
        self._scanner = scanner
        self._lock = threading.Lock()
        # Recent results by exact text: log lines, argument values and field names repeat.
        # The C ``lru_cache`` is thread-safe and bounded in entries; only short texts go in,
        # so memory stays under cache_size * 2 * _CACHE_MAX_CHARS characters.
        self._cached = functools.lru_cache(maxsize=cache_size)(self._redact) if cache_size else None

    @property
    def scanner(self) -> Any:
        if self._scanner is None:
            with self._lock:
                if self._scanner is None:
                    from privkit.detect import Scanner

                    self._scanner = Scanner(entities=list(self.entities))
        return self._scanner

    def redact(self, text: str, context: str = "") -> str:
        """Replace the findings in ``text``; ``context`` (a field name) is scanned in front."""
        cached = self._cached
        if cached is not None and len(text) + len(context) <= _CACHE_MAX_CHARS:
            result: str = cached(text, context)
            return result
        return self._redact(text, context)

    def _redact(self, text: str, context: str) -> str:
        n = len(context)
        findings: list[Finding] = [
            f
            for f in self.scanner.scan(context + text if n else text)
            if f.entity_type in self.entities and f.end > n
        ]
        if not findings:
            return text
        findings.sort(key=lambda f: (f.start, -f.end))
        parts: list[str] = []
        pos = 0
        for f in findings:
            start, end = max(f.start, n) - n, f.end - n
            if end <= pos:
                continue  # inside a span already replaced
            parts.append(text[pos : max(pos, start)])
            parts.append(self.replacement.replace("{entity}", str(f.entity_type)))
            pos = end
        parts.append(text[pos:])
        return "".join(parts)

    def value(self, value: Any, key: object = None, depth: int = 0) -> Any:  # noqa: C901, PLR0911
        """Return ``value`` with personal data replaced; ``key`` names it (context words).

        Strings, bytes, numbers and any other object whose text shows personal data come
        back as redacted text; containers are copied with redacted keys and items; anything
        else is returned as it is.
        """
        context = context_prefix(key) if isinstance(key, str) and key else ""
        if isinstance(value, str):
            return self.redact(value, context)
        if value is None or isinstance(value, bool):
            return value
        if depth >= _MAX_DEPTH:
            return "<nested too deep>"  # do not pass unknown deep content through unredacted
        if isinstance(value, Mapping):
            return self.mapping(value, depth + 1)
        if isinstance(value, list | tuple | set | frozenset):
            items = [self.value(v, key, depth + 1) for v in value]
            if isinstance(value, tuple) and hasattr(value, "_fields"):
                return type(value)(*items)  # a named tuple
            return type(value)(items)
        text = _text(value)
        if text is None:
            return value
        if isinstance(value, int | float) and not context and abs(value) < _MIN_ID:
            return value  # a small number alone is a count, not an identifier
        redacted = self.redact(text, context)
        if redacted != text:
            return redacted
        if not isinstance(value, BaseException):
            shown = repr(value)  # what a key-value renderer prints
            if shown != text and self.redact(shown, context) != shown:
                return redacted
        return value

    def mapping(self, value: Mapping[Any, Any], depth: int = 0) -> dict[Any, Any]:
        """Copy a mapping with redacted keys (keys holding personal data) and values."""
        out: dict[Any, Any] = {}
        for k, v in value.items():
            out[self.key(k, out)] = self.value(v, k, depth)
        return out

    def key(self, key: object, taken: Mapping[Any, Any] | None = None) -> Any:
        """Return ``key``, or its redacted text when it holds personal data (kept unique)."""
        if isinstance(key, str):
            new: Any = self.redact(key)
        else:
            new = self.value(key, None, _MAX_DEPTH - 1)
        if new is key or new == key:
            return key
        try:
            hash(new)
        except TypeError:
            new = str(new)
        base, i = new, 2
        while taken is not None and new in taken:
            new, i = f"{base}#{i}", i + 1
        return new


def _forms(arg: object) -> list[str]:
    """The texts of a ``%`` argument that may show in a formatted message, longest first."""
    forms = {str(arg), repr(arg), _text(arg) or ""}
    if isinstance(arg, float) and arg.is_integer():
        forms.add(str(int(arg)))
    return [form for form in sorted(forms, key=len, reverse=True) if form]


def _text(value: object) -> str | None:  # noqa: PLR0911 - one return per kind
    """The text a log renderer would show for a scalar, or ``None`` when there is none."""
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).decode("utf-8", "replace")
    item = getattr(value, "item", None)  # numpy scalars
    if callable(item) and type(value).__module__ == "numpy":
        try:
            value = item()
        except (TypeError, ValueError):
            return None
    if isinstance(value, float):
        if value != value or value in {float("inf"), float("-inf")}:  # noqa: PLR0124
            return None
        return str(int(value)) if value.is_integer() and abs(value) < 1e19 else repr(value)  # noqa: PLR2004
    if isinstance(value, BaseException):
        return f"{type(value).__name__}: {value}"
    try:
        return str(value)
    except Exception:  # noqa: BLE001 - a broken __str__: nothing a renderer could show either
        return None


class RedactingFilter(logging.Filter):
    """A :class:`logging.Filter` that replaces personal data in records with placeholders.

    The message is formatted with its arguments first, so values passed as ``%s`` arguments
    are redacted as well; a record with a finding gets the redacted text as ``msg`` and no
    ``args``. Exception and stack texts are redacted too, and so are the fields added with
    ``extra=`` (their names give context, and a name holding personal data is replaced by its
    redacted text). The filter never drops a record.

    Args:
        name: passed to :class:`logging.Filter` (logger-name prefix filtering).
        entities: entity types to redact; :data:`DEFAULT_ENTITIES` (pattern-only) if omitted.
            Adding ``PERSON`` loads the NER model on first use.
        scanner: a ready :class:`privkit.Scanner` to use instead of building one.
        replacement: the placeholder; ``{entity}`` is replaced by the entity type.
        cache_size: how many recent results to keep, by exact text (messages, argument
            values, field names and values repeat in logs); only texts of up to 512
            characters are kept, with their redacted forms, in this filter's memory (never
            logged or shown). ``0`` turns the cache off.
    """

    def __init__(
        self,
        name: str = "",
        *,
        entities: Iterable[EntityType | str] | None = None,
        scanner: Any = None,
        replacement: str = "<{entity}>",
        cache_size: int = _CACHE_SIZE,
    ) -> None:
        super().__init__(name)
        self._redactor = _Redactor(
            entities=entities, scanner=scanner, replacement=replacement, cache_size=cache_size
        )

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
            redacted = self._redact_args(redact(message), record.args)
            if redacted != message:
                record.msg, record.args = redacted, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        self._redact_extra(record)
        return True

    def _redact_args(self, message: str, args: Any) -> str:
        """Replace the text of each argument holding personal data in ``message``.

        The scan of the formatted message alone can miss them: a float IMEI prints as
        ``…518.0``, and a bare number needs its ``%(phone)s`` name as context.
        """
        if not args:
            return message
        items = args.items() if isinstance(args, Mapping) else ((None, a) for a in args)
        for key, arg in items:
            if isinstance(arg, bool) or arg is None:
                continue
            try:
                forms: list[str] | None = _forms(arg)
            except Exception:  # noqa: BLE001 - a broken __str__/__repr__: decide as before
                forms = None
            if forms is not None and not any(form in message for form in forms):
                # No text of this argument is left in the message (the message scan
                # replaced it, or it never showed): whatever its own scan finds, there is
                # nothing to replace, so the scan is skipped.
                continue
            new = self._redactor.value(arg, key)
            if new is arg or new == arg:
                continue
            for form in _forms(arg) if forms is None else forms:
                message = message.replace(form, str(new))
        return message

    def _redact_extra(self, record: logging.LogRecord) -> None:
        """Redact the fields a caller added with ``extra=`` (names and values)."""
        fields = record.__dict__
        for name in [n for n in fields if n not in _RECORD_ATTRS]:
            value = fields[name]
            new_value = self._redactor.value(value, name)
            new_name = self._redactor.key(name, fields)
            if new_name != name:
                del fields[name]
            if new_name != name or new_value is not value:
                fields[new_name] = new_value


class RedactingFormatter(logging.Formatter):
    """A :class:`logging.Formatter` that redacts the finished line (message, extras, traceback).

    Accepts the usual formatter arguments plus the keyword-only ``entities``, ``scanner``,
    ``replacement`` and ``cache_size`` of :class:`RedactingFilter`.
    """

    def __init__(
        self,
        fmt: str | None = None,
        datefmt: str | None = None,
        *,
        entities: Iterable[EntityType | str] | None = None,
        scanner: Any = None,
        replacement: str = "<{entity}>",
        cache_size: int = _CACHE_SIZE,
        **kwargs: Any,
    ) -> None:
        super().__init__(fmt, datefmt, **kwargs)
        self._redactor = _Redactor(
            entities=entities, scanner=scanner, replacement=replacement, cache_size=cache_size
        )

    def format(self, record: logging.LogRecord) -> str:
        """Format ``record`` and redact the result."""
        return self._redactor.redact(super().format(record))


class StructlogRedactor:
    """A structlog processor that redacts personal data in the event dict (nested included).

    It has structlog's processor signature ``(logger, method_name, event_dict) -> event_dict``
    and does not import structlog. Strings, bytes, numbers, sets, UUID and IP objects and
    exceptions are read as the text a renderer would print; each key's name is the context
    of its value (``idfa``, ``android_id``, ``wifi_mac``), and a key that itself holds
    personal data is replaced by its redacted text. ``entities``, ``scanner``, ``replacement``
    and ``cache_size`` are those of :class:`RedactingFilter`.

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
        cache_size: int = _CACHE_SIZE,
    ) -> None:
        self._redactor = _Redactor(
            entities=entities, scanner=scanner, replacement=replacement, cache_size=cache_size
        )

    def __call__(
        self,
        logger: Any,  # noqa: ARG002 - structlog's processor signature
        method_name: str,  # noqa: ARG002
        event_dict: MutableMapping[str, Any],
    ) -> MutableMapping[str, Any]:
        """Return ``event_dict`` with personal data in its values replaced by placeholders."""
        exc_info = event_dict.pop("exc_info", None)
        if exc_info:
            # Render the traceback here (as structlog's format_exc_info would) so that it
            # is redacted whether or not this processor runs before that one.
            if exc_info is True:
                exc_info = sys.exc_info()
            elif isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            if isinstance(exc_info, tuple) and exc_info[0] is not None:
                event_dict["exception"] = "".join(traceback.format_exception(*exc_info))
        redacted = self._redactor.mapping(event_dict)
        event_dict.clear()
        event_dict.update(redacted)
        return event_dict

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

import contextlib
import copy
import logging
import re
import sys
import threading
import traceback
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Mapping, MutableMapping
from typing import Any

from privkit._fieldnames import context_prefix, field_findings
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
_NO_BATCH = contextlib.nullcontext()
# What a redaction is looked up by: the text, the context scanned in front of it (a field
# name's words), and whether the text is a named field's value.
_Key = tuple[str, str, bool]
_BATCH_DEPTH = 4  # how deep into containers the texts of a record are gathered for one scan
#: The attributes every ``LogRecord`` has; anything else on a record came from ``extra=``.
_RECORD_ATTRS = frozenset(logging.LogRecord("", 0, "", 0, "", (), None).__dict__) | {
    "message",
    "asctime",
    "taskName",
}


class _Cache:
    """Recent results by exact ``(text, context, field)``, least recently used out first.

    Bounded in entries, and only texts of up to ``_CACHE_MAX_CHARS`` characters go in, so it
    holds at most ``size * 2 * _CACHE_MAX_CHARS`` characters. Its ``repr`` shows sizes only.
    """

    __slots__ = ("_data", "_lock", "size")

    def __init__(self, size: int) -> None:
        self.size = size
        self._data: OrderedDict[_Key, str] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._data)

    def __repr__(self) -> str:
        return f"<cache of {len(self._data)}/{self.size} results>"

    def get(self, key: _Key) -> str | None:
        with self._lock:
            done = self._data.get(key)
            if done is not None:
                self._data.move_to_end(key)
            return done

    def put(self, key: _Key, done: str) -> None:
        with self._lock:
            self._data[key] = done
            self._data.move_to_end(key)
            if len(self._data) > self.size:
                self._data.popitem(last=False)


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
        self._cache = _Cache(cache_size) if cache_size else None
        self._local = threading.local()  # .batch: results of the texts of one record

    @property
    def scanner(self) -> Any:
        if self._scanner is None:
            with self._lock:
                if self._scanner is None:
                    from privkit.detect._scanner import Scanner, forgetful_scanner

                    # (without a cache, the scanner built keeps nothing either)
                    build = Scanner if self._cache is not None else forgetful_scanner
                    self._scanner = build(entities=list(self.entities))
        return self._scanner

    def redact(self, text: str, context: str = "", *, field: bool = False) -> str:
        """Replace the findings in ``text``; ``context`` (a field name) is scanned in front.

        ``field``: ``text`` is a named field's value, read by its name (``context``), not as
        a text standing alone (:func:`~privkit._fieldnames.field_findings`: an ``order_id``'s
        ten digits are no phone number, and what the value shows alone is found whatever
        its name).
        """
        key = (text, context, field)
        batch: dict[_Key, str] | None = getattr(self._local, "batch", None)
        if batch:
            done = batch.get(key)
            if done is not None:
                return done
        cache = self._cache
        if cache is None or len(text) + len(context) > _CACHE_MAX_CHARS:
            return self._apply(text, self._found(self._scan_each, [key])[0])
        done = cache.get(key)
        if done is None:
            done = self._apply(text, self._found(self._scan_each, [key])[0])
            cache.put(key, done)
        return done

    def _scan_each(self, texts: list[str]) -> list[Any]:
        """``scan_many`` by one ``scan`` per text (a text or two: a call costs the same)."""
        scan = self.scanner.scan
        return [scan(t) for t in texts]

    @staticmethod
    def _found(scan_many: Any, items: list[_Key]) -> list[list[Finding]]:
        """The findings of each ``(text, context, field)`` key, on its text's offsets.

        A named field's value is read under its name (:func:`field_findings`); other texts
        (messages, keys) as they are, in the same first ``scan_many`` call.
        """
        out: list[list[Finding]] = [[] for _ in items]
        plain = [i for i, (_, _, field) in enumerate(items) if not field]
        fields = [i for i, (_, _, field) in enumerate(items) if field]
        pending = [items[i][0] for i in plain]  # read with the first call

        def with_plain(texts: list[str]) -> list[Any]:
            n = len(pending)
            found = list(scan_many([*pending, *texts]))
            for i, fs in zip(plain if n else (), found[:n], strict=True):
                out[i] = list(fs)
            pending.clear()
            return found[n:]

        named = field_findings(with_plain, [(items[i][1], items[i][0]) for i in fields])
        for i, fs in zip(fields, named, strict=True):
            out[i] = fs
        if pending:  # no field: the texts alone
            with_plain([])
        return out

    def batch(self, items: Iterable[_Key]) -> contextlib.AbstractContextManager[None]:
        """Scan the ``(text, context, field)`` keys about to be redacted in one ``scan_many``.

        Inside the returned context, :meth:`redact` answers them from the batch's results:
        the same results (``scan_many`` finds what ``scan`` finds in each text) without the
        fixed cost of one scan per text, which dominates for short texts such as arguments.
        """
        cache = self._cache
        todo = [
            item
            for item in dict.fromkeys(items)
            if item[0] and (cache is None or cache.get(item) is None)
        ]
        if len(todo) < 2:  # noqa: PLR2004
            return _NO_BATCH  # one text or none: a plain scan costs the same
        scanner = self.scanner
        from privkit.detect import Scanner

        if not isinstance(scanner, Scanner):
            return _NO_BATCH  # another scanner: one scan per text, as documented

        def scan_many(texts: list[str]) -> list[Any]:
            # In this process: never a worker pool for the texts of one record.
            return list(scanner.scan_many(texts, n_process=1))

        results = {}
        for key, findings in zip(todo, self._found(scan_many, todo), strict=True):
            done = results[key] = self._apply(key[0], findings)
            if cache is not None and len(key[0]) + len(key[1]) <= _CACHE_MAX_CHARS:
                cache.put(key, done)
        return self._answering(results)

    @contextlib.contextmanager
    def _answering(self, results: dict[_Key, str]) -> Iterator[None]:
        local = self._local
        outer = getattr(local, "batch", None)
        local.batch = results if outer is None else {**outer, **results}
        try:
            yield
        finally:
            local.batch = outer

    def texts(self, value: Any, key: object = None, depth: int = 0) -> Iterator[_Key]:
        """The ``(text, context, field)`` keys :meth:`value` is likely to redact (:meth:`batch`).

        Only the common kinds (strings, bytes, numbers, and containers of them a few levels
        deep); whatever is missed here is scanned on its own later, with the same result.
        """
        context, field = _named(key)
        if isinstance(value, str):
            yield value, context, field
        elif isinstance(value, bytes | bytearray):
            yield bytes(value).decode("utf-8", "replace"), context, field
        elif isinstance(value, int | float) and not isinstance(value, bool):
            text = _text(value) if context or abs(value) >= _MIN_ID else None
            if text is not None:
                yield text, context, field
        elif depth < _BATCH_DEPTH and isinstance(value, Mapping):
            for k, v in value.items():
                if isinstance(k, str):
                    yield k, "", False
                yield from self.texts(v, k, depth + 1)
        elif depth < _BATCH_DEPTH and isinstance(value, list | tuple | set | frozenset):
            for v in value:
                yield from self.texts(v, key, depth + 1)

    def _apply(self, text: str, found: Iterable[Finding]) -> str:
        """``text`` with its findings (on its own offsets) replaced."""
        findings: list[Finding] = [f for f in found if f.entity_type in self.entities]
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

    def value(self, value: Any, key: object = None, depth: int = 0) -> Any:  # noqa: C901, PLR0911
        """Return ``value`` with personal data replaced; ``key`` names it (context words).

        Strings, bytes, numbers and any other object whose text shows personal data come
        back as redacted text; containers are copied with redacted keys and items; anything
        else is returned as it is.
        """
        context, field = _named(key)
        if isinstance(value, str):
            return self.redact(value, context, field=field)
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
        redacted = self.redact(text, context, field=field)
        if redacted != text:
            return redacted
        if not isinstance(value, BaseException):
            shown = repr(value)  # what a key-value renderer prints
            if shown != text and self.redact(shown, context, field=field) != shown:
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


def _arg_forms(arg: object) -> list[str] | None:
    """:func:`_forms`, or ``None`` when the argument's ``__str__``/``__repr__`` fails."""
    if type(arg) is str:
        return [repr(arg), arg] if arg else [repr(arg)]  # what _forms gives, sooner
    try:
        return _forms(arg)
    except Exception:  # noqa: BLE001 - a broken __str__/__repr__: decided as before
        return None


def _shows(forms: list[str], message: str) -> bool:
    """Whether one of ``forms`` occurs in ``message``."""
    for form in forms:  # noqa: SIM110 - a plain loop is faster than any() on a generator
        if form in message:
            return True
    return False


def _forms(arg: object) -> list[str]:
    """The texts of a ``%`` argument that may show in a formatted message, longest first."""
    forms = {str(arg), repr(arg), _text(arg) or ""}
    if isinstance(arg, float) and arg.is_integer():
        forms.add(str(int(arg)))
    return [form for form in sorted(forms, key=len, reverse=True) if form]


def _named(key: object) -> tuple[str, bool]:
    """The context a key gives its value (its name's entity words), and whether it names one.

    A value under a name is a field's value, read by the name
    (:func:`~privkit._fieldnames.field_findings`).
    """
    if isinstance(key, str) and key:
        return context_prefix(key), True
    return "", False


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


# A precision on a text conversion ("%.50s", "%(note)-20.20s", "%.*r"): the message shows
# only the head of the argument's text, and an address or a number cut there is found in
# neither the message nor the argument's place in it. Such arguments are redacted before the
# message is formatted (:meth:`RedactingFilter._redact_cut_args`).
_TEXT_PRECISION = re.compile(
    r"%(?:\([^)]{0,128}\))?[-#0 +]{0,8}(?:\*|[0-9]{1,8})?\.(?:\*|[0-9]{0,8})[sra]"
)
# The same in a formatter's "{"-style format: a precision in a field's format spec
# ("{mail:.8}", "{mail:>20.8s}").
_FIELD_PRECISION = re.compile(r"\{[^{}:]{0,128}:[^{}.]{0,16}\.[0-9]{1,8}[^{}]{0,16}\}")


# One %-conversion, to map conversions to the arguments they take (:func:`_cut_targets`).
_CONVERSION = re.compile(
    r"%(?:\((?P<key>[^)]{0,128})\))?[-#0 +]{0,8}(?P<width>\*|[0-9]{1,8})?"
    r"(?:\.(?P<prec>\*|[0-9]{0,8}))?[hlL]?(?P<type>[diouxXeEfFgGcrsa%])"
)


def _cut_targets(msg: str, args: Any) -> set[Any] | None:
    """The arguments (positions, or names of a mapping) a text conversion with a precision cuts.

    ``None`` when the message's conversions cannot be mapped to ``args`` (logging reports
    that mismatch when it formats the message).
    """
    targets: set[Any] = set()
    named = isinstance(args, Mapping)
    position = 0
    for m in _CONVERSION.finditer(msg):
        kind = m["type"]
        if kind == "%":
            continue
        cut = m["prec"] is not None and kind in "sra"
        if named:
            if m["key"] is None:
                return None
            if cut:
                targets.add(m["key"])
            continue
        position += (m["width"] == "*") + (m["prec"] == "*")
        if cut:
            targets.add(position)
        position += 1
    if not named and (not isinstance(args, tuple) or position != len(args)):
        return None
    return targets


def _cut_fields(fmt: str, *, braces: bool) -> set[str]:
    """The record fields a formatter's format cuts (``%(mail).8s``, ``{mail:.8}``)."""
    if braces:
        found = _FIELD_PRECISION.finditer(fmt)
        return {re.split("[:!]", m.group(0)[1:], maxsplit=1)[0] for m in found}
    return {
        m["key"]
        for m in _CONVERSION.finditer(fmt)
        if m["key"] is not None and m["prec"] is not None and m["type"] in "sra"
    }


def _cuts_args(record: logging.LogRecord) -> bool:
    """Whether the record's message may cut its arguments' texts (:data:`_TEXT_PRECISION`)."""
    return bool(record.args and isinstance(record.msg, str) and _TEXT_PRECISION.search(record.msg))


def _cut_redacted(redactor: _Redactor, args: Any, cut: set[Any] | None) -> Any:
    """A copy of ``args`` (a record's arguments, or its fields) with the cut ones redacted.

    Each text is redacted, and so is any other value in ``cut`` (``%.6s`` on a card number
    shows its first six digits; it is read as the text ``%s`` prints). Values outside
    ``cut`` keep their type, as ``%d`` and ``%f`` need a number.
    """

    def one(key: Any, value: Any) -> Any:
        if isinstance(value, str | bytes) or (cut is not None and key in cut):
            return redactor.value(value, None if isinstance(key, int) else key)
        return value

    if isinstance(args, Mapping):
        return {k: one(k, v) for k, v in args.items()}
    if isinstance(args, tuple):
        return tuple(one(i, a) for i, a in enumerate(args))
    return args


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
            logged or shown). ``0`` turns the cache off, and the scanner the filter builds
            then keeps nothing it read either (its memos are dropped after each text).
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
        redactor = self._redactor
        redact = redactor.redact
        self._redact_cut_args(record)
        try:
            message: str | None = record.getMessage()
        except (TypeError, ValueError, KeyError):
            message = None
        # The message and the extra fields (names and values) in one scan_many call.
        pending: list[_Key] = [] if message is None else [(message, "", False)]
        fields = record.__dict__
        for name in fields:
            if name not in _RECORD_ATTRS:
                pending.append((name, "", False))
                pending.extend(redactor.texts(fields[name], name))
        with redactor.batch(pending):
            if message is None:
                self._redact_parts(record)  # logging reports the mismatch
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

    def _redact_cut_args(self, record: logging.LogRecord) -> None:
        """Redact the text arguments of a message that may cut them, before it is formatted.

        ``log.info("comment: %.20s", comment)`` shows the head of the comment only: an
        e-mail address cut at the twentieth character ("ana@exampl") is no address any
        more, and was left in the line. Each text argument, and any argument a precision
        cuts (a card number under ``%.6s``), is redacted first, so the precision cuts its
        redacted form ("<EMAIL_ADDR"). Other arguments keep their type, as ``%d`` and ``%f``
        need a number.
        """
        if _cuts_args(record):
            cut = _cut_targets(str(record.msg), record.args)
            record.args = _cut_redacted(self._redactor, record.args, cut)

    def _redact_parts(self, record: logging.LogRecord) -> None:
        """Arguments that do not match the format: redact the message and each argument."""
        redact = self._redactor.redact
        record.msg = redact(str(record.msg))
        if isinstance(record.args, Mapping):
            record.args = {k: redact(str(v)) for k, v in record.args.items()}
        elif record.args:
            record.args = tuple(redact(str(a)) for a in record.args)

    def _redact_args(self, message: str, args: Any) -> str:
        """Replace the text of each argument holding personal data in ``message``.

        The scan of the formatted message alone can miss them: a float IMEI prints as
        ``…518.0``, and a bare number needs its ``%(phone)s`` name as context. An argument
        none of whose texts is left in the message is not scanned: the message scan
        replaced it (or it never showed), and whatever its own scan finds, there would be
        nothing to replace. The others are scanned together in one batch.
        """
        if not args:
            return message
        items = args.items() if isinstance(args, Mapping) else ((None, a) for a in args)
        checked: list[tuple[Any, Any, list[str] | None]] = []
        batch: list[_Key] = []
        redactor = self._redactor
        for key, arg in items:
            if arg is None or isinstance(arg, bool):
                continue
            forms = _arg_forms(arg)
            checked.append((key, arg, forms))
            # Batched: the arguments still showing in the message now (the check is made
            # again below, against the message as earlier replacements leave it).
            if forms is None or _shows(forms, message):
                batch.extend(redactor.texts(arg, key))
        with redactor.batch(batch):
            for key, arg, forms in checked:
                if forms is not None and not _shows(forms, message):
                    continue  # nothing of it left to replace
                new = redactor.value(arg, key)
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
        """Format ``record`` and redact the result.

        A precision on a text conversion, in the message ("%.20s") or in the format
        ("%(user_email).8s"), cuts a value before the line is scanned: the texts it may cut
        are redacted first, in a copy of the record (other handlers see it as it was).
        """
        redactor = self._redactor
        cut_args = _cuts_args(record)
        braces = isinstance(self._style, logging.StrFormatStyle)
        precision = _FIELD_PRECISION if braces else _TEXT_PRECISION
        cut_fields = precision.search(self._fmt or "") is not None
        if cut_args or cut_fields:
            record = copy.copy(record)
            if cut_args:
                cut = _cut_targets(str(record.msg), record.args)
                record.args = _cut_redacted(redactor, record.args, cut)
            if cut_fields:
                fields = {n: v for n, v in record.__dict__.items() if n not in _RECORD_ATTRS}
                cut = _cut_fields(self._fmt or "", braces=braces)
                record.__dict__.update(_cut_redacted(redactor, fields, cut))
        return redactor.redact(super().format(record))


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
        redactor = self._redactor
        with redactor.batch(redactor.texts(event_dict)):  # every key and value in one scan
            redacted = redactor.mapping(event_dict)
        event_dict.clear()
        event_dict.update(redacted)
        return event_dict

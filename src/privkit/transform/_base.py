"""Shared machinery of the transforms: input coercion, missing values, column application."""

from __future__ import annotations

import math
import sys
from typing import TYPE_CHECKING, Any, ClassVar

from privkit.errors import ConfigError, TransformError

if TYPE_CHECKING:
    from collections.abc import Sequence

    from privkit.keys import KeyRing
    from privkit.types import Context

__all__ = ["apply", "apply_many", "is_missing"]

_MISSING_SENTINEL = object()
_ONLY_STR = {str}
_PROBE_MIN = 20_000  # columns shorter than this are always deduplicated
_PROBE_FLOOR = 4096  # smallest probe of a longer column


def _looks_distinct(values: Sequence[object]) -> bool:
    """Guess from an evenly spaced probe whether ``values`` has (almost) no repeats.

    The probe has ``sqrt(16 n)`` values (at least 4096), so about ``8 n`` pairs. If the
    ``n`` values are drawn from a pool of ``P`` distinct values, the probe is expected to
    hold ``8 n / P`` equal pairs: when ``P <= n`` (caching then saves at least 37% of the
    work) the probe shows no repeat with probability below ``e**-8`` (0.03%), and skewed
    (real) distributions repeat sooner. A column with no repeat in the probe saves little
    from caching, and building the cache (one dictionary insert per value) then costs more
    than it saves. A wrong guess only costs time: a stateless transform gives the same
    output with or without the cache.
    """
    n = len(values)
    size = max(_PROBE_FLOOR, math.isqrt(16 * n))
    if n < _PROBE_MIN or size * 2 > n:
        return False
    probe = values[:: n // size]
    try:
        return len(set(probe)) == len(probe)
    except TypeError:  # unhashable values: the general path rejects them
        return False


def is_missing(value: object) -> bool:
    """Return whether ``value`` is a missing value: ``None``, float NaN or pandas ``NA``/``NaT``.

    pandas is consulted only when it is already imported; privkit never imports it here.
    """
    if value is None:
        return True
    if type(value) is float:
        return math.isnan(value)
    pd = sys.modules.get("pandas")
    if pd is not None and (value is pd.NA or value is pd.NaT):
        return True
    np = sys.modules.get("numpy")
    return bool(np is not None and isinstance(value, np.floating) and np.isnan(value))


def utf8(value: str) -> bytes:
    """Encode ``value`` as UTF-8, refusing lone surrogates without echoing the value."""
    try:
        return value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise TransformError(
            f"value is not valid Unicode text (lone surrogate at offset {exc.start})"
        ) from None


def length_prefixed(*parts: bytes) -> bytes:
    """Concatenate ``parts``, each prefixed by its 4-byte length (unambiguous for any bytes)."""
    return b"".join(len(p).to_bytes(4, "big") + p for p in parts)


def type_error(value: object, transform: str) -> TypeError:
    """Build the TypeError for an unsupported input; names the type, never the value."""
    kind = type(value).__name__
    if isinstance(value, bytes | bytearray | memoryview):
        return TypeError(
            f"{transform}: got {kind}; decode bytes to str explicitly (bytes are never decoded "
            "implicitly, and invalid UTF-8 is refused)"
        )
    return TypeError(f"{transform}: unsupported value type {kind}")


class TransformBase:
    """Mix-in of every built-in transform (a plain base; transforms are frozen dataclasses).

    Class attributes:
        name: the registry / policy action name.
        deterministic: same input and context give the same output (enables caching).
        stateless: deterministic, and computing a value twice has no effect but its cost
            (no store, no side effect), so :func:`apply_many` may skip the unique-value
            cache on a column that looks all distinct.
        accepts_int: ``int`` inputs are transformed as ``str(value)``.
        passthrough_any: the transform ignores the value (redact, replace, nullify, keep),
            so any non-missing value is accepted.
    """

    __slots__ = ()
    name: ClassVar[str]
    deterministic: ClassVar[bool] = True
    stateless: ClassVar[bool] = False
    accepts_int: ClassVar[bool] = True
    passthrough_any: ClassVar[bool] = False

    @property
    def uses_subject(self) -> bool:
        """Whether ``ctx.subject`` changes the output (per-subject keys or offsets)."""
        return getattr(self, "per_subject", None) is not None

    def __call__(self, value: str, /, ctx: Context | None = None) -> str | None:
        raise NotImplementedError

    def _coerce(self, value: object) -> str:
        """Turn a non-missing input into the ``str`` that ``__call__`` takes, or raise TypeError."""
        if type(value) is str:
            return value
        if isinstance(value, str):
            return str.__str__(value)
        if self.accepts_int and isinstance(value, int) and not isinstance(value, bool):
            return str(int(value))
        raise type_error(value, self.name)

    def _apply_one(self, value: object, ctx: Context | None) -> object:
        if self.passthrough_any and not isinstance(value, bytes | bytearray | memoryview):
            return self(value, ctx)  # type: ignore[arg-type]
        return self(self._coerce(value), ctx)

    def _batch(self, values: list[str], ctx: Context | None) -> list[str | None]:
        """Transform a list of distinct strings (override for speed or one transaction)."""
        return [self(v, ctx) for v in values]


class KeyedMixin:
    """Helpers of transforms that take ``keys=`` and ``key=``."""

    __slots__ = ()
    keys: KeyRing
    key: str
    name: ClassVar[str]

    def _check_keys(self) -> None:
        from privkit.keys import KeyRing

        if not isinstance(self.keys, KeyRing):
            raise ConfigError(f"{self.name}: keys must be a KeyRing")
        if not isinstance(self.key, str) or not self.key:
            raise ConfigError(f"{self.name}: key must be a key name")
        self.keys.primary(self.key)  # KeyNotFoundError (naming the id) if absent


def _call(transform: Any, value: object, ctx: Context | None) -> object:
    if is_missing(value):
        return value
    if isinstance(transform, TransformBase):
        return transform._apply_one(value, ctx)  # noqa: SLF001
    if isinstance(value, str):
        return transform(value, ctx)
    raise type_error(value, getattr(transform, "name", type(transform).__name__))


def apply(transform: Any, value: object, ctx: Context | None = None) -> object:
    """Apply ``transform`` to one value of any type.

    Missing values (``None``, NaN, pandas ``NA``) are returned unchanged: they never become
    the string ``"None"`` or a token of it. ``str`` goes through the transform. ``int`` is
    transformed as ``str(value)`` by transforms that accept numbers (hash, tokenize, fpe,
    encrypt, vault, mask); ``Generalize`` and ``DateShift`` also take numbers and dates.
    Anything else, including ``bytes`` (never decoded implicitly), raises ``TypeError``
    naming the type, never the value.

    Args:
        transform: any :class:`privkit.types.Transform`.
        value: the value to protect.
        ctx: field, entity and subject of the value.
    """
    return _call(transform, value, ctx)


def apply_many(  # noqa: PLR0911
    transform: Any, values: Sequence[object], ctx: Context | None = None
) -> list[object]:
    """Apply ``transform`` to a column: same length and order as ``values``.

    Deterministic transforms compute each distinct string once (unique-value caching),
    except that stateless ones (hash, tokenize, AES-SIV, FPE, mask) skip the cache on a long
    column whose evenly spaced probe has no repeated value (building the cache would cost
    more than it saves; the output is the same). Transforms with a batch path (the vault)
    handle the whole column in few transactions.

    Args:
        transform: any :class:`privkit.types.Transform`.
        values: the column.
        ctx: shared context of the column (field, entity, subject).
    """
    if not isinstance(transform, TransformBase):
        return [_call(transform, v, ctx) for v in values]
    batch = transform._batch  # noqa: SLF001
    if not values:
        return []
    if transform.deterministic:
        if transform.stateless and _looks_distinct(values) and set(map(type, values)) == _ONLY_STR:
            return list(batch(list(values), ctx))  # type: ignore[arg-type]
        try:
            uniq = dict.fromkeys(values)
        except TypeError:  # unhashable values: handled (and rejected) one by one below
            uniq = None
        if uniq is not None and set(map(type, uniq)) == _ONLY_STR:
            # Fast path: a column of str. Equal keys of other types cannot collapse into a
            # str key, and an all-str key set means every value is a str (or equal to one).
            keys: list[str] = list(uniq)  # type: ignore[arg-type]
            results = batch(keys, ctx)
            if len(keys) == len(values):
                return list(results)
            table: dict[object, object] = dict(zip(keys, results, strict=True))
            return list(map(table.__getitem__, values))
        strs = list(dict.fromkeys([v for v in values if type(v) is str]))
        get = dict(zip(strs, batch(strs, ctx), strict=True)).get
        miss = _MISSING_SENTINEL
        out: list[object] = []
        append = out.append
        for v in values:
            r = get(v, miss) if type(v) is str else miss
            append(_call(transform, v, ctx) if r is miss else r)
        return out
    if set(map(type, values)) == _ONLY_STR:
        return list(batch(list(values), ctx))  # type: ignore[arg-type]
    strs = [v for v in values if type(v) is str]
    done = iter(batch(strs, ctx))
    return [next(done) if type(v) is str else _call(transform, v, ctx) for v in values]

"""Transforms that need no key: redact, replace, mask, nullify, keep."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Literal

from privkit.errors import ConfigError
from privkit.transform._base import TransformBase, type_error
from privkit.types import EntityType

if TYPE_CHECKING:
    from privkit.types import Context

__all__ = ["Keep", "Mask", "Nullify", "Redact", "Replace"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Redact(TransformBase):
    """Remove the value; in free text, leave a typed placeholder so the text still reads.

    A whole value becomes the empty string; a span inside free text becomes ``<ENTITY>``
    (``<EMAIL_ADDRESS>``, or ``<REDACTED>`` when the entity is unknown).

    Args:
        placeholder: leave ``<ENTITY>`` where a span of free text was (default); ``False``
            leaves nothing there either.

    >>> from privkit.types import Context, EntityType
    >>> Redact()("jane@example.com")
    ''
    >>> Redact()("jane@example.com", Context(entity=EntityType.EMAIL_ADDRESS, in_text=True))
    '<EMAIL_ADDRESS>'
    >>> Redact(placeholder=False)("jane@example.com", Context(in_text=True))
    ''
    """

    name: ClassVar[str] = "redact"
    passthrough_any: ClassVar[bool] = True
    placeholder: bool = True

    def __post_init__(self) -> None:
        if not isinstance(self.placeholder, bool):
            raise ConfigError("redact: placeholder must be true or false")

    def __call__(self, value: str, /, ctx: Context | None = None) -> str:  # noqa: ARG002
        if self.placeholder and ctx is not None and ctx.in_text:
            entity = ctx.entity
            if entity is None:
                return "<REDACTED>"
            return f"<{entity.value if isinstance(entity, EntityType) else entity}>"
        return ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Nullify(TransformBase):
    """Replace the value by ``None`` (a missing value in tables).

    >>> Nullify()("jane@example.com") is None
    True
    """

    name: ClassVar[str] = "nullify"
    passthrough_any: ClassVar[bool] = True

    def __call__(self, value: str, /, ctx: Context | None = None) -> None:  # noqa: ARG002
        return None


@dataclass(frozen=True, slots=True, kw_only=True)
class Keep(TransformBase):
    """Pass the value through unchanged: an explicit, visible decision.

    >>> Keep()("jane@example.com")
    'jane@example.com'
    """

    name: ClassVar[str] = "keep"
    passthrough_any: ClassVar[bool] = True

    def __call__(self, value: str, /, ctx: Context | None = None) -> str:  # noqa: ARG002
        return value

    def _apply_one(self, value: object, ctx: Context | None) -> object:  # noqa: ARG002
        if isinstance(value, bytes | bytearray | memoryview):
            raise type_error(value, self.name)
        return value


@dataclass(frozen=True, slots=True, kw_only=True)
class Replace(TransformBase):
    """Replace the value by a placeholder.

    Args:
        text: fixed replacement; by default ``<ENTITY>`` from ``ctx.entity`` (for example
            ``<EMAIL_ADDRESS>``), or ``<REDACTED>`` when the entity is unknown.

    >>> from privkit.types import Context, EntityType
    >>> Replace()("jane@example.com", Context(entity=EntityType.EMAIL_ADDRESS))
    '<EMAIL_ADDRESS>'
    >>> Replace(text="[email]")("jane@example.com")
    '[email]'
    """

    name: ClassVar[str] = "replace"
    passthrough_any: ClassVar[bool] = True
    text: str | None = None

    def __post_init__(self) -> None:
        if self.text is not None and not isinstance(self.text, str):
            raise ConfigError("replace: text must be a string")

    def __call__(self, value: str, /, ctx: Context | None = None) -> str:  # noqa: ARG002
        if self.text is not None:
            return self.text
        if ctx is not None and ctx.entity is not None:
            return f"<{ctx.entity.value if isinstance(ctx.entity, EntityType) else ctx.entity}>"
        return "<REDACTED>"


@dataclass(frozen=True, slots=True, kw_only=True)
class Mask(TransformBase):
    """Overwrite characters with a mask character, keeping length and format.

    In ``"chars"`` mode, separators (anything that is not a letter or digit) are kept when
    ``keep_separators`` is true, and ``keep_first``/``keep_last`` count letters and digits
    only. In ``"email"`` mode the local part is masked except its first ``keep_first``
    characters (default 1) and the domain is kept. ``"auto"`` picks ``"email"`` when
    ``ctx.entity`` is ``EMAIL_ADDRESS``. A value no longer than ``keep_first + keep_last``
    is masked entirely (fail closed).

    Args:
        char: one mask character (not a letter or digit).
        keep_first: leading characters to keep (default 0; 1 in email mode).
        keep_last: trailing characters to keep.
        keep_separators: leave non-alphanumeric characters in place.
        mode: ``"auto"``, ``"chars"`` or ``"email"``.

    >>> Mask(keep_last=4)("4111-1111-1111-1111")
    '****-****-****-1111'
    >>> Mask(mode="email")("jane@example.com")
    'j***@example.com'
    """

    name: ClassVar[str] = "mask"
    stateless: ClassVar[bool] = True
    char: str = "*"
    keep_first: int | None = None
    keep_last: int = 0
    keep_separators: bool = True
    mode: Literal["auto", "chars", "email"] = "auto"

    def __post_init__(self) -> None:
        if not isinstance(self.char, str) or len(self.char) != 1 or self.char.isalnum():
            raise ConfigError("mask: char must be one character that is not a letter or digit")
        for field in ("keep_first", "keep_last"):
            n = getattr(self, field)
            if n is None and field == "keep_first":
                continue
            if not isinstance(n, int) or isinstance(n, bool) or n < 0:
                raise ConfigError(f"mask: {field} must be a non-negative integer")
        if self.mode not in ("auto", "chars", "email"):
            raise ConfigError("mask: mode must be 'auto', 'chars' or 'email'")
        if not isinstance(self.keep_separators, bool):
            raise ConfigError("mask: keep_separators must be a boolean")

    def _mode(self, ctx: Context | None) -> str:
        if self.mode != "auto":
            return self.mode
        entity = ctx.entity if ctx is not None else None
        return "email" if entity == EntityType.EMAIL_ADDRESS else "chars"

    def __call__(self, value: str, /, ctx: Context | None = None) -> str:
        return self._batch([value], ctx)[0]  # type: ignore[return-value]

    def _batch(self, values: list[str], ctx: Context | None) -> list[str | None]:
        char, last = self.char, self.keep_last
        if self._mode(ctx) == "email":
            first = 1 if self.keep_first is None else self.keep_first
            cfirst = 0 if self.keep_first is None else self.keep_first
            sep = self.keep_separators
            out: list[str | None] = []
            for value in values:
                local, at, domain = value.rpartition("@")
                if at and local:
                    out.append(_mask(local, char, first, last, sep=False) + at + domain)
                else:
                    out.append(_mask(value, char, cfirst, last, sep=sep))
            return out
        first = 0 if self.keep_first is None else self.keep_first
        if self.keep_separators:
            return [_mask(v, char, first, last, sep=True) for v in values]
        # Separators masked too: slicing only, the common shape of ``_mask(sep=False)``.
        keep = first + last
        out = []
        for v in values:
            n = len(v)
            out.append(char * n if n <= keep else v[:first] + char * (n - keep) + v[n - last :])
        return out


def _mask(value: str, char: str, first: int, last: int, *, sep: bool) -> str:
    if sep:
        idx = [i for i, c in enumerate(value) if c.isalnum()]
        if len(idx) <= first + last:
            return "".join(char if c.isalnum() else c for c in value)
        chars = list(value)
        for i in idx[first : len(idx) - last]:
            chars[i] = char
        return "".join(chars)
    n = len(value)
    if n <= first + last:
        return char * n
    return value[:first] + char * (n - first - last) + value[n - last :]

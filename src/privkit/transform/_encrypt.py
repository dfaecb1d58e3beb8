"""Reversible encryption: randomised AES-256-GCM and deterministic AES-SIV (RFC 5297)."""

from __future__ import annotations

import base64
import binascii
import os
import re
from dataclasses import dataclass
from itertools import repeat
from typing import TYPE_CHECKING, ClassVar

from privkit.errors import ConfigError, InvalidToken
from privkit.keys import parse_key_id
from privkit.transform._base import KeyedMixin, TransformBase, utf8
from privkit.transform._base import length_prefixed as _lp
from privkit.transform._subjects import SubjectKeys, subject_key

if TYPE_CHECKING:
    from collections.abc import Iterable

    from privkit.keys import KeyRing
    from privkit.types import Context

__all__ = ["Encrypt", "EncryptDeterministic"]


_URLSAFE = bytes.maketrans(b"+/", b"-_")


def _b64_tokens(head: str, blobs: Iterable[bytes]) -> list[str]:
    """``head + base64url(blob)`` without padding, for every blob.

    ``translate`` deletes the padding in the same C call that maps ``+/`` to ``-_`` (base64
    text has ``=`` only as trailing padding). Measured faster than encoding the joined column
    and splitting it, because splitting and prefixing create as many objects again.
    """
    b2a = binascii.b2a_base64
    return [head + b2a(b, newline=False).translate(_URLSAFE, b"=").decode() for b in blobs]


def _b64e(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


_B64URL = re.compile(r"[A-Za-z0-9_-]*")


def _b64d(text: str) -> bytes:
    """Decode unpadded base64url strictly: one byte string has exactly one valid text.

    Padding, ``+``/``/``, whitespace, newlines and any other character are refused, and so
    is a text whose unused trailing bits are not zero (it would decode to the same bytes
    as another text).
    """
    if _B64URL.fullmatch(text) is None or len(text) % 4 == 1:
        raise InvalidToken
    try:
        data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):  # pragma: no cover - excluded by the checks above
        raise InvalidToken from None
    if _b64e(data) != text:
        raise InvalidToken
    return data


def _parse(token: object, scheme: str) -> tuple[str, str, int, bytes]:
    if not isinstance(token, str):
        raise TypeError(f"token must be str, not {type(token).__name__}")
    parts = token.split(":")
    if len(parts) != 3 or parts[0] != scheme:  # noqa: PLR2004
        raise InvalidToken
    try:
        name, version = parse_key_id(parts[1])
    except ConfigError:
        raise InvalidToken from None
    if parts[1] != f"{name}.v{version}":  # e.g. a trailing newline the pattern let through
        raise InvalidToken
    return parts[1], name, version, _b64d(parts[2])


def _check(t: Encrypt | EncryptDeterministic) -> None:
    t._check_keys()  # noqa: SLF001
    if t.per_subject is not None and not isinstance(t.per_subject, SubjectKeys):
        raise ConfigError(f"{t.name}: per_subject must be a SubjectKeys store")
    if not isinstance(t.bind_field, bool):
        raise ConfigError(f"{t.name}: bind_field must be a boolean")


@dataclass(frozen=True, slots=True, kw_only=True)
class Encrypt(TransformBase, KeyedMixin):
    """Randomised authenticated encryption: AES-256-GCM with a fresh 96-bit nonce per value.

    The token is ``enc1:<key id>:<base64url(nonce || ciphertext || tag)>``; the key id
    (``tokens.v2``) selects the key version on reveal, so rotation keeps old tokens
    readable. The associated data binds the key id, (``bind_field``) ``ctx.field`` and
    ``ctx.category`` (set by the policy engine), so a ciphertext moved to another field or
    presented under another category does not reveal. Any failure raises a bare
    :class:`~privkit.errors.InvalidToken`; the token text is decoded strictly (one value, one
    valid text: no padding, ``+``/``/``, whitespace or other characters).

    Args:
        keys: the key ring.
        key: master key name (the AES key is derived with HKDF).
        bind_field: bind ``ctx.field`` into the associated data.
        per_subject: per-subject keys (``ctx.subject`` needed on protect and reveal).

    >>> from privkit.keys import KeyRing
    >>> e = Encrypt(keys=KeyRing.generate("vault"), key="vault")
    >>> token = e("jane@example.com")
    >>> token.startswith("enc1:vault.v1:"), e.reveal(token)
    (True, 'jane@example.com')
    """

    name: ClassVar[str] = "encrypt"
    deterministic: ClassVar[bool] = False
    keys: KeyRing
    key: str
    bind_field: bool = True
    per_subject: SubjectKeys | None = None

    def __post_init__(self) -> None:
        _check(self)

    def _aad(self, kid: str, ctx: Context | None) -> bytes:
        field = (ctx.field or "") if (self.bind_field and ctx is not None) else ""
        subject = b""
        if self.per_subject is not None and ctx is not None and ctx.subject is not None:
            subject = self.per_subject.subject_hash(ctx.subject)
        category = ctx.category if ctx is not None else None
        if category:  # bound by the policy engine: length-prefixed layout 2
            return b"privkit-encrypt/2" + _lp(kid.encode(), utf8(field), utf8(category), subject)
        aad = b"privkit-encrypt/1\0" + kid.encode() + b"\0" + utf8(field)
        return aad + b"\0" + subject if subject else aad

    def _aead(self, version: int, ctx: Context | None, *, create: bool) -> object:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        if self.per_subject is None:
            return AESGCM(self.keys.derive(self.key, purpose="encrypt", version=version))
        return AESGCM(
            subject_key(
                self.per_subject,
                self.keys,
                self.key,
                "encrypt",
                ctx,
                version=version,
                create=create,
            )
        )

    def __call__(self, value: str, /, ctx: Context | None = None) -> str:
        return self._batch([value], ctx)[0]  # type: ignore[return-value]

    def _batch(self, values: list[str], ctx: Context | None) -> list[str | None]:
        version = self.keys.primary(self.key).version
        kid = f"{self.key}.v{version}"
        aead = self._aead(version, ctx, create=True)
        aad = self._aad(kid, ctx)
        pool = os.urandom(12 * len(values))
        nonces = [pool[i : i + 12] for i in range(0, len(pool), 12)]
        try:
            data = list(map(str.encode, values))
        except UnicodeEncodeError:
            data = [utf8(v) for v in values]
        cts = map(aead.encrypt, nonces, data, repeat(aad))  # type: ignore[attr-defined]
        return _b64_tokens(f"enc1:{kid}:", map(bytes.__add__, nonces, cts))  # type: ignore[return-value]

    def reveal(self, token: str, /, ctx: Context | None = None) -> str:
        """Return the plaintext of ``token``.

        Raises:
            InvalidToken: malformed, tampered, wrong key, wrong field or unknown key id.
            ErasedSubjectError: per-subject mode and the subject was forgotten.
        """
        from cryptography.exceptions import InvalidTag

        kid, name, version, blob = _parse(token, "enc1")
        if name != self.key or version not in self.keys.versions(self.key) or len(blob) < 28:  # noqa: PLR2004
            raise InvalidToken
        try:
            aead = self._aead(version, ctx, create=False)
            plain: bytes = aead.decrypt(blob[:12], blob[12:], self._aad(kid, ctx))  # type: ignore[attr-defined]
            return plain.decode("utf-8")
        except (InvalidTag, UnicodeDecodeError):
            raise InvalidToken from None

    def rewrap(self, token: str, /, ctx: Context | None = None) -> str:
        """Re-encrypt ``token`` under the primary key version (after :meth:`KeyRing.rotate`)."""
        return self(self.reveal(token, ctx), ctx)


@dataclass(frozen=True, slots=True, kw_only=True)
class EncryptDeterministic(TransformBase, KeyedMixin):
    """Deterministic authenticated encryption with AES-SIV (RFC 5297, 512-bit key).

    The same value, key version and domain give the same token, so encrypted columns still
    support equality joins and ``GROUP BY``; equality of values is therefore visible. The
    token is ``siv1:<key id>:<base64url(SIV || ciphertext)>``. The associated data are the
    key id, ``domain``, with ``bind_field`` ``ctx.field``, and ``ctx.category`` when the
    policy engine sets it (a token then reveals only under its own category).

    Args:
        keys: the key ring.
        key: master key name (the SIV key is derived with HKDF).
        domain: domain separation label; different domains give unrelated tokens.
        bind_field: bind ``ctx.field`` (breaks joins across differently named columns).
        per_subject: per-subject keys (``ctx.subject`` needed on protect and reveal).

    >>> from privkit.keys import KeyRing
    >>> e = EncryptDeterministic(keys=KeyRing.generate("join"), key="join")
    >>> e("jane@example.com") == e("jane@example.com"), e.reveal(e("jane@example.com"))
    (True, 'jane@example.com')
    """

    name: ClassVar[str] = "encrypt_deterministic"
    stateless: ClassVar[bool] = True
    keys: KeyRing
    key: str
    domain: str = ""
    bind_field: bool = False
    per_subject: SubjectKeys | None = None

    def __post_init__(self) -> None:
        _check(self)
        if not isinstance(self.domain, str):
            raise ConfigError("encrypt_deterministic: domain must be a string")

    def _siv(self, version: int, ctx: Context | None, *, create: bool) -> object:
        from cryptography.hazmat.primitives.ciphers.aead import AESSIV

        if self.per_subject is None:
            key = self.keys.derive(self.key, purpose="siv", version=version, length=64)
        else:
            base = subject_key(
                self.per_subject, self.keys, self.key, "siv", ctx, version=version, create=create
            )
            from privkit.keys import hkdf

            key = hkdf(base, purpose="siv-expand", length=64)
        return AESSIV(key)

    def _ad(self, kid: str, ctx: Context | None) -> list[bytes]:
        """One associated-data component: length-prefixed kid, domain, field [, category]."""
        field = (ctx.field or "") if (self.bind_field and ctx is not None) else ""
        parts = [kid.encode(), utf8(self.domain), utf8(field)]
        if ctx is not None and ctx.category:
            parts.append(utf8(ctx.category))
        return [b"privkit-siv/1" + _lp(*parts)]

    def __call__(self, value: str, /, ctx: Context | None = None) -> str:
        return self._batch([value], ctx)[0]  # type: ignore[return-value]

    def _batch(self, values: list[str], ctx: Context | None) -> list[str | None]:
        version = self.keys.primary(self.key).version
        kid = f"{self.key}.v{version}"
        encrypt = self._siv(version, ctx, create=True).encrypt  # type: ignore[attr-defined]
        ad = self._ad(kid, ctx)
        try:
            data = list(map(str.encode, values))
        except UnicodeEncodeError:
            data = [utf8(v) for v in values]
        return _b64_tokens(f"siv1:{kid}:", map(encrypt, data, repeat(ad)))  # type: ignore[return-value]

    def reveal(self, token: str, /, ctx: Context | None = None) -> str:
        """Return the plaintext of ``token``.

        Raises:
            InvalidToken: malformed, tampered, wrong key, domain or field.
            ErasedSubjectError: per-subject mode and the subject was forgotten.
        """
        from cryptography.exceptions import InvalidTag

        kid, name, version, blob = _parse(token, "siv1")
        if name != self.key or version not in self.keys.versions(self.key) or len(blob) < 16:  # noqa: PLR2004
            raise InvalidToken
        try:
            siv = self._siv(version, ctx, create=False)
            plain: bytes = siv.decrypt(blob, self._ad(kid, ctx))  # type: ignore[attr-defined]
            return plain.decode("utf-8")
        except (InvalidTag, UnicodeDecodeError):
            raise InvalidToken from None

    def rewrap(self, token: str, /, ctx: Context | None = None) -> str:
        """Re-encrypt ``token`` under the primary key version (after :meth:`KeyRing.rotate`)."""
        return self(self.reveal(token, ctx), ctx)

"""Keyed one-way transforms: HMAC-SHA-256 hash and deterministic tokens."""

from __future__ import annotations

import base64
import hmac
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Literal

from privkit.errors import ConfigError
from privkit.transform._base import KeyedMixin, TransformBase, utf8
from privkit.transform._subjects import SubjectKeys, subject_key
from privkit.types import EntityType

if TYPE_CHECKING:
    from collections.abc import Callable

    from privkit.keys import KeyRing
    from privkit.types import Context

__all__ = ["ENTITY_SHORT_NAMES", "Hash", "Tokenize"]

#: Short entity names used in readable token prefixes (``tok_email_...``).
ENTITY_SHORT_NAMES: dict[EntityType, str] = {
    EntityType.EMAIL_ADDRESS: "email",
    EntityType.PHONE_NUMBER: "phone",
    EntityType.PERSON: "person",
    EntityType.LOCATION: "location",
    EntityType.ORGANIZATION: "org",
    EntityType.DATE_TIME: "date",
    EntityType.URL: "url",
    EntityType.DOMAIN_NAME: "domain",
    EntityType.CREDIT_CARD: "card",
    EntityType.IBAN_CODE: "iban",
    EntityType.CRYPTO: "crypto",
    EntityType.US_SSN: "ssn",
    EntityType.IP_ADDRESS: "ip",
    EntityType.MAC_ADDRESS: "mac",
    EntityType.IMEI: "imei",
    EntityType.MEID: "meid",
    EntityType.ICCID: "iccid",
    EntityType.IMSI: "imsi",
    EntityType.ADVERTISING_ID: "adid",
    EntityType.ANDROID_ID: "androidid",
    EntityType.DEVICE_ID: "device",
    EntityType.COOKIE_ID: "cookie",
    EntityType.USER_AGENT: "ua",
    EntityType.AUTH_TOKEN: "auth",
}

_MIN_LEN = 16
_ENCODINGS = ("hex", "base32", "base64url")


def _check_common(t: Hash | Tokenize) -> None:
    t._check_keys()  # noqa: SLF001
    if t.version is not None and (not isinstance(t.version, int) or isinstance(t.version, bool)):
        raise ConfigError(f"{t.name}: version must be an integer")
    if t.version is not None:
        t.keys.get(t.key, t.version)
    if t.per_subject is not None and not isinstance(t.per_subject, SubjectKeys):
        raise ConfigError(f"{t.name}: per_subject must be a SubjectKeys store")


def _sub_key(t: Hash | Tokenize, purpose: str, ctx: Context | None) -> bytes:
    if t.per_subject is None:
        return t.keys.derive(t.key, purpose=purpose, version=t.version)
    return subject_key(t.per_subject, t.keys, t.key, purpose, ctx, version=t.version, create=True)


try:  # OpenSSL's HMAC objects, without the pure-Python ``hmac.HMAC`` wrapper around them
    from _hashlib import hmac_digest as _c_hmac_digest
    from _hashlib import hmac_new as _c_hmac_new
except ImportError:  # pragma: no cover - other interpreters
    _c_hmac_digest = hmac.digest  # type: ignore[assignment]
    _c_hmac_new = hmac.new  # type: ignore[assignment]

_COPY_MIN = 4  # below this many values the one-shot call is as fast as a keyed copy


def _encode_all(values: list[str]) -> list[bytes]:
    try:
        return list(map(str.encode, values))
    except UnicodeEncodeError:
        return [utf8(v) for v in values]  # raises the value-free TransformError


def _hmac_many(key: bytes, values: list[str]) -> list[bytes]:
    """HMAC-SHA-256 of every value (UTF-8)."""
    return _hmac_many_bytes(key, _encode_all(values))


def _hmac_many_bytes(key: bytes, data: list[bytes]) -> list[bytes]:
    """HMAC-SHA-256 of every byte string.

    The key schedule (the ipad/opad blocks) is computed once: each value starts from a C copy
    of a keyed HMAC object, which halves the per-value cost of a fresh ``hmac.digest`` call
    (the same HMAC, byte for byte; the known-answer tests pin it).
    """
    if len(data) < _COPY_MIN:
        return [_c_hmac_digest(key, m, "sha256") for m in data]
    copy = _c_hmac_new(key, digestmod="sha256").copy
    out: list[bytes] = []
    append = out.append
    for m in data:
        h = copy()
        h.update(m)
        append(h.digest())
    return out


def _hmac_hex_many(key: bytes, values: list[str], n: int, prefix: str) -> list[str]:
    """``prefix + hex(HMAC-SHA-256(key, value))[:n]`` for every value (see :func:`_hmac_many`)."""
    data = _encode_all(values)
    if len(data) < _COPY_MIN:
        return [prefix + _c_hmac_digest(key, m, "sha256").hex()[:n] for m in data]
    copy = _c_hmac_new(key, digestmod="sha256").copy
    out: list[str] = []
    append = out.append
    if n == 64 and not prefix:  # noqa: PLR2004
        for m in data:
            h = copy()
            h.update(m)
            append(h.hexdigest())
    elif not prefix:
        for m in data:
            h = copy()
            h.update(m)
            append(h.hexdigest()[:n])
    else:
        for m in data:
            h = copy()
            h.update(m)
            append(prefix + h.hexdigest()[:n])
    return out


def _encoder(encoding: str) -> Callable[[bytes], str]:
    if encoding == "hex":
        return bytes.hex
    if encoding == "base32":
        return lambda d: base64.b32encode(d).decode("ascii").rstrip("=").lower()
    return lambda d: base64.urlsafe_b64encode(d).decode("ascii").rstrip("=")


@dataclass(frozen=True, slots=True, kw_only=True)
class Hash(TransformBase, KeyedMixin):
    """Keyed hash: HMAC-SHA-256 under a sub-key derived from ``keys[key]``.

    Never a bare or unsalted hash. The HMAC key is ``keys.derive(key, purpose="hash")``
    (HKDF-SHA-256), so the same master key can back other transforms without related outputs.

    Args:
        keys: the key ring.
        key: master key name.
        encoding: ``"hex"`` (64 characters), ``"base32"`` (lowercase, 52) or ``"base64url"`` (43).
        length: truncate the encoded digest to this many characters (at least 16).
        version: pin a key version (default: the primary version).
        per_subject: derive the key per ``ctx.subject`` from this store (crypto-shredding).

    >>> from privkit.keys import KeyRing
    >>> h = Hash(keys=KeyRing.generate("pii"), key="pii", length=16)
    >>> len(h("jane@example.com")), h("jane@example.com") == h("jane@example.com")
    (16, True)
    """

    name: ClassVar[str] = "hash"
    stateless: ClassVar[bool] = True
    keys: KeyRing
    key: str
    encoding: Literal["hex", "base32", "base64url"] = "hex"
    length: int | None = None
    version: int | None = None
    per_subject: SubjectKeys | None = None

    def __post_init__(self) -> None:
        _check_common(self)
        if self.encoding not in _ENCODINGS:
            raise ConfigError("hash: encoding must be 'hex', 'base32' or 'base64url'")
        if self.length is not None and (
            not isinstance(self.length, int)
            or isinstance(self.length, bool)
            or self.length < _MIN_LEN
        ):
            raise ConfigError("hash: length must be an integer >= 16")

    def __call__(self, value: str, /, ctx: Context | None = None) -> str:
        digest = _c_hmac_digest(_sub_key(self, "hash", ctx), utf8(value), "sha256")
        return _encoder(self.encoding)(digest)[: self.length]

    def _batch(self, values: list[str], ctx: Context | None) -> list[str | None]:
        key = _sub_key(self, "hash", ctx)
        n = self.length
        if self.encoding == "hex":
            return _hmac_hex_many(key, values, 64 if n is None else n, "")  # type: ignore[return-value]
        out = list(map(_encoder(self.encoding), _hmac_many(key, values)))
        return [s[:n] for s in out] if n is not None else out  # type: ignore[return-value]


@dataclass(frozen=True, slots=True, kw_only=True)
class Tokenize(TransformBase, KeyedMixin):
    """Deterministic keyed token: the same value, key and domain always give the same token.

    Tokens are lowercase hex of ``HMAC-SHA-256(HKDF(key, "tokenize:" + domain), value)``,
    so tables and systems tokenised with the same key and domain still join, while
    different keys or domains give unrelated tokens. Tokens are one-way; use
    :class:`VaultTokenize` or :class:`Encrypt` when you need to reveal.

    Args:
        keys: the key ring.
        key: master key name.
        domain: domain separation label (e.g. ``"crm"``); different domains never collide.
        prefix: literal prefix of every token (e.g. ``"cust_"``).
        entity_prefix: prefix tokens with ``tok_<entity>_`` from ``ctx.entity``
            (``tok_email_...``; ``tok_`` when the entity is unknown).
        length: token length in hex characters (16..64; the default 32 is 128 bits).
        version: pin a key version (default: the primary version).
        per_subject: derive the key per ``ctx.subject`` (erasable, but then tokens of the
            same value differ between subjects).

    >>> from privkit.keys import KeyRing
    >>> from privkit.types import Context, EntityType
    >>> t = Tokenize(keys=KeyRing.generate("pii"), key="pii", entity_prefix=True)
    >>> t("jane@example.com", Context(entity=EntityType.EMAIL_ADDRESS))[:10]
    'tok_email_'
    """

    name: ClassVar[str] = "tokenize"
    stateless: ClassVar[bool] = True
    keys: KeyRing
    key: str
    domain: str = ""
    prefix: str = ""
    entity_prefix: bool = False
    length: int = 32
    version: int | None = None
    per_subject: SubjectKeys | None = None

    def __post_init__(self) -> None:
        _check_common(self)
        if not isinstance(self.domain, str) or not isinstance(self.prefix, str):
            raise ConfigError("tokenize: domain and prefix must be strings")
        if not isinstance(self.length, int) or isinstance(self.length, bool):
            raise ConfigError("tokenize: length must be an integer")
        if not 16 <= self.length <= 64:  # noqa: PLR2004
            raise ConfigError("tokenize: length must be between 16 and 64")

    def _prefix(self, ctx: Context | None) -> str:
        if not self.entity_prefix:
            return self.prefix
        entity = ctx.entity if ctx is not None else None
        short = ENTITY_SHORT_NAMES.get(entity) if entity is not None else None
        if short is None and entity is not None:
            short = str(entity).lower()
        return f"{self.prefix}tok_{short}_" if short else f"{self.prefix}tok_"

    def __call__(self, value: str, /, ctx: Context | None = None) -> str:
        key = _sub_key(self, f"tokenize:{self.domain}", ctx)
        digest = _c_hmac_digest(key, utf8(value), "sha256")
        return self._prefix(ctx) + digest.hex()[: self.length]

    def _batch(self, values: list[str], ctx: Context | None) -> list[str | None]:
        key = _sub_key(self, f"tokenize:{self.domain}", ctx)
        return _hmac_hex_many(key, values, self.length, self._prefix(ctx))  # type: ignore[return-value]

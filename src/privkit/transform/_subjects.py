"""Per-subject keys for crypto-shredding.

``forget(subject)`` makes that subject's data irrecoverable; other subjects are unaffected.
"""

from __future__ import annotations

import hmac
import secrets
import time
from typing import TYPE_CHECKING, Any

from privkit.errors import ConfigError, ErasedSubjectError, InvalidToken, TransformError

if TYPE_CHECKING:
    import os

    from privkit.keys import KeyRing
    from privkit.transform._store import Store
    from privkit.types import Context

__all__ = ["SubjectKeys", "subject_key"]


class SubjectKeys:
    """A store of one random 256-bit key per data subject (crypto-shredding).

    Subject keys are created on first use, stored wrapped (AES-256-GCM) under a key from
    the ring, and indexed by a keyed hash of the subject id, so the store holds neither raw
    subject ids nor usable keys. Transforms given ``per_subject=`` combine this key with
    their own master key; :meth:`forget` destroys it, after which revealing that subject's
    tokens or ciphertexts raises :class:`~privkit.errors.ErasedSubjectError`, and protecting
    new data for a forgotten subject raises it too (a forgotten subject stays forgotten).

    Args:
        store: a :class:`~privkit.transform.SQLiteStore` / ``PostgresStore``, a SQLite
            path, or a ``postgresql://`` URL (shared with the vault if you like).
        keys: the key ring holding the wrapping key.
        key: name of the wrapping key.
    """

    def __init__(self, store: Store | str | os.PathLike[str], *, keys: KeyRing, key: str) -> None:
        from privkit.keys import KeyRing
        from privkit.transform._store import open_store

        if not isinstance(keys, KeyRing):
            raise ConfigError("SubjectKeys: keys must be a KeyRing")
        keys.primary(key)
        self.store = open_store(store)
        self.keys = keys
        self.key = key

    def __repr__(self) -> str:
        return f"SubjectKeys({self.store!r}, key={self.key!r})"

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, SubjectKeys)
            and repr(other.store) == repr(self.store)
            and other.key == self.key
        )

    def __hash__(self) -> int:
        return hash((repr(self.store), self.key))

    def __getstate__(self) -> dict[str, Any]:
        return {"store": self.store, "keys": self.keys, "key": self.key}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)

    def subject_hash(self, subject: str) -> bytes:
        """Return the keyed 32-byte index of ``subject`` (what the store holds)."""
        if not isinstance(subject, str) or not subject:
            raise TransformError("subject id must be a non-empty string")
        k = self.keys.derive(
            self.key, purpose="subject-id", version=self.keys.versions(self.key)[0]
        )
        return hmac.digest(k, subject.encode("utf-8", "surrogatepass"), "sha256")

    def _unwrap(self, h: bytes, row: tuple[str | None, bytes | None, bool]) -> bytes:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        from privkit.keys import parse_key_id

        kid, wrapped, forgotten = row
        if forgotten or wrapped is None or kid is None:
            raise ErasedSubjectError("the subject's key was destroyed by forget()")
        name, version = parse_key_id(kid)
        kek = self.keys.derive(name, purpose="subject-wrap", version=version)
        try:
            return AESGCM(kek).decrypt(wrapped[:12], wrapped[12:], b"privkit-subject/1" + h)
        except InvalidTag:
            raise InvalidToken from None

    def key_for_hash(self, h: bytes, *, create: bool = False) -> bytes:
        """Return the subject key of a subject hash (see :meth:`key_for`)."""
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        row = self.store.subject_get(h)
        if row is None:
            if not create:
                raise InvalidToken
            version = self.keys.primary(self.key).version
            kek = self.keys.derive(self.key, purpose="subject-wrap", version=version)
            nonce = secrets.token_bytes(12)
            wrapped = nonce + AESGCM(kek).encrypt(
                nonce, secrets.token_bytes(32), b"privkit-subject/1" + h
            )
            row = self.store.subject_put(h, f"{self.key}.v{version}", wrapped)
        return self._unwrap(h, row)

    def key_for(self, subject: str, *, create: bool = False) -> bytes:
        """Return the 32-byte key of ``subject``.

        Args:
            subject: subject id.
            create: create the key when the subject is new.

        Raises:
            ErasedSubjectError: the subject was forgotten.
            InvalidToken: the subject has no key and ``create`` is false.
        """
        return self.key_for_hash(self.subject_hash(subject), create=create)

    def forget(self, subject: str) -> bool:
        """Destroy the key of ``subject``; return whether it had one.

        Afterwards its per-subject tokens and ciphertexts cannot be revealed by anyone
        holding the store and the key ring. Copies of the key cached elsewhere (another
        process in the middle of a batch) are not reachable from here.
        """
        return self.store.subject_forget(self.subject_hash(subject), now=time.time())

    def is_forgotten(self, subject: str) -> bool:
        """Return whether ``subject`` was forgotten."""
        row = self.store.subject_get(self.subject_hash(subject))
        return row is not None and row[2]


def subject_key(
    store: SubjectKeys,
    keys: KeyRing,
    key: str,
    purpose: str,
    ctx: Context | None,
    *,
    version: int | None = None,
    create: bool,
) -> bytes:
    """Return the per-subject sub-key of a transform for ``ctx.subject``."""
    subject = ctx.subject if ctx is not None else None
    if subject is None:
        raise TransformError("per-subject transform needs ctx.subject")
    return subject_key_for_hash(
        store, keys, key, purpose, store.subject_hash(subject), version=version, create=create
    )


def subject_key_for_hash(
    store: SubjectKeys,
    keys: KeyRing,
    key: str,
    purpose: str,
    h: bytes,
    *,
    version: int | None = None,
    create: bool,
) -> bytes:
    """Return the per-subject sub-key of a transform for a subject hash."""
    from privkit.keys import hkdf

    master = keys.derive(key, purpose=purpose, version=version)
    return hkdf(master + store.key_for_hash(h, create=create), purpose="subject:" + purpose)

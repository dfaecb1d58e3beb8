"""Token vault: random tokens whose originals are stored AEAD-encrypted in a durable store."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from itertools import repeat
from typing import TYPE_CHECKING, ClassVar

from privkit.errors import ConfigError, InvalidToken, TransformError
from privkit.keys import parse_key_id
from privkit.transform._base import KeyedMixin, TransformBase, length_prefixed, utf8
from privkit.transform._hash import (
    ENTITY_SHORT_NAMES,
    _encode_all,
    _hmac_many,
    _hmac_many_bytes,
)
from privkit.transform._store import Store, open_store
from privkit.transform._subjects import SubjectKeys, subject_key_for_hash

if TYPE_CHECKING:
    from collections.abc import Sequence

    from privkit.keys import KeyRing
    from privkit.transform._store import VaultRow
    from privkit.types import Context

__all__ = ["VaultTokenize"]

_BATCH = 20_000


@dataclass(frozen=True, slots=True, kw_only=True)
class VaultTokenize(TransformBase, KeyedMixin):
    """Random tokens backed by a vault: reversible by whoever holds the vault and the key.

    Each new value gets a random 128-bit token (32 hex characters after the prefix);
    the original is stored AES-256-GCM-encrypted (associated data: namespace and token) in
    ``store``. In ``convergent`` mode (default) the same value always maps to the same token:
    a keyed fingerprint (HMAC) is stored under a unique constraint, so concurrent writers
    converge on one token. Without it every call mints a new token. Columns are written in
    batches, one transaction each: a crash never leaves a token without its mapping.

    Args:
        keys: the key ring.
        key: master key name (encryption and fingerprint keys are derived from it; the
            fingerprint uses the oldest version in the ring so that it survives rotation).
        store: a :class:`SQLiteStore`, :class:`PostgresStore`, a SQLite path or a
            ``postgresql://`` URL. Nothing is opened until first use.
        namespace: separates vaults sharing one store.
        convergent: same value -> same token.
        ttl: seconds after which a token expires (reveal raises ``InvalidToken``).
        prefix: literal prefix of every token.
        entity_prefix: prefix ``tok_<entity>_`` from ``ctx.entity``.
        per_subject: per-subject keys: ``forget(subject)`` makes the subject's entries
            unrecoverable (``ErasedSubjectError``); needs ``ctx.subject`` when protecting.
    """

    name: ClassVar[str] = "vault"
    deterministic: ClassVar[bool] = False
    keys: KeyRing
    key: str
    store: Store
    namespace: str = "default"
    convergent: bool = True
    ttl: float | None = None
    prefix: str = ""
    entity_prefix: bool = False
    per_subject: SubjectKeys | None = None

    def __post_init__(self) -> None:
        self._check_keys()
        object.__setattr__(self, "store", open_store(self.store))
        if not isinstance(self.namespace, str) or not self.namespace:
            raise ConfigError("vault: namespace must be a non-empty string")
        if not isinstance(self.convergent, bool):
            raise ConfigError("vault: convergent must be a boolean")
        if self.ttl is not None and (
            isinstance(self.ttl, bool) or not isinstance(self.ttl, int | float) or self.ttl <= 0
        ):
            raise ConfigError("vault: ttl must be a positive number of seconds")
        if not isinstance(self.prefix, str):
            raise ConfigError("vault: prefix must be a string")
        if self.per_subject is not None and not isinstance(self.per_subject, SubjectKeys):
            raise ConfigError("vault: per_subject must be a SubjectKeys store")

    # -- keys ----------------------------------------------------------------------------

    def _subject_hash(self, ctx: Context | None) -> bytes | None:
        if self.per_subject is None:
            return None
        if ctx is None or ctx.subject is None:
            raise TransformError("per-subject transform needs ctx.subject")
        return self.per_subject.subject_hash(ctx.subject)

    def _enc_key(self, version: int, subject: bytes | None, *, create: bool) -> bytes:
        purpose = f"vault:{self.namespace}"
        if subject is None or self.per_subject is None:
            return self.keys.derive(self.key, purpose=purpose, version=version)
        return subject_key_for_hash(
            self.per_subject, self.keys, self.key, purpose, subject, version=version, create=create
        )

    def _fp_key(self, subject: bytes | None, category: str | None, *, create: bool) -> bytes:
        purpose = f"vault-fp:{self.namespace}"
        if category:  # one fingerprint space per category: a value converges per category
            purpose += f"\0category:{category}"
        first = self.keys.versions(self.key)[0]
        if subject is None or self.per_subject is None:
            return self.keys.derive(self.key, purpose=purpose, version=first)
        return subject_key_for_hash(
            self.per_subject, self.keys, self.key, purpose, subject, version=first, create=create
        )

    def _aad(self, token: str, category: str | None) -> bytes:
        if category:  # bound by the policy engine: the row reveals only under its category
            return b"privkit-vault/2" + length_prefixed(
                utf8(self.namespace), utf8(token), utf8(category)
            )
        return b"privkit-vault/1\0" + self.namespace.encode() + b"\0" + token.encode()

    def _prefix(self, ctx: Context | None) -> str:
        if not self.entity_prefix:
            return self.prefix
        entity = ctx.entity if ctx is not None else None
        short = ENTITY_SHORT_NAMES.get(entity) if entity is not None else None
        return f"{self.prefix}tok_{short}_" if short else f"{self.prefix}tok_"

    # -- protect -------------------------------------------------------------------------

    def __call__(self, value: str, /, ctx: Context | None = None) -> str:
        return self.tokenize_many([value], ctx)[0]

    def _batch(self, values: list[str], ctx: Context | None) -> list[str | None]:
        return list(self.tokenize_many(values, ctx))

    def tokenize_many(self, values: Sequence[str], ctx: Context | None = None) -> list[str]:
        """Tokenise strings in batches (one transaction per batch of 20,000); same order."""
        out: list[str] = []
        for i in range(0, len(values), _BATCH):
            out += self._tokenize_chunk(list(values[i : i + _BATCH]), ctx)
        return out

    def _tokenize_chunk(self, values: list[str], ctx: Context | None) -> list[str]:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        subject = self._subject_hash(ctx)
        version = self.keys.primary(self.key).version
        kid = f"{self.key}.v{version}"
        encrypt = AESGCM(self._enc_key(version, subject, create=True)).encrypt
        raw = _encode_all(values)
        uniq = list(dict.fromkeys(raw)) if self.convergent else raw
        n = len(uniq)
        prefix = self._prefix(ctx)
        body = os.urandom(16 * n).hex()
        tokens = [prefix + body[i : i + 32] for i in range(0, 32 * n, 32)]
        pool = os.urandom(12 * n)
        nonces = [pool[i : i + 12] for i in range(0, 12 * n, 12)]
        expires = time.time() + self.ttl if self.ttl is not None else None
        category = ctx.category if ctx is not None else None
        fps: list[bytes] | list[None]
        if self.convergent:
            fps = _hmac_many_bytes(self._fp_key(subject, category, create=True), uniq)
        else:
            fps = [None] * n
        if category:
            aads = [self._aad(t, category) for t in tokens]
        else:
            aad_head = b"privkit-vault/1\0" + self.namespace.encode() + b"\0"
            aads = [aad_head + t.encode() for t in tokens]  # == self._aad(token, None)
        blobs = map(bytes.__add__, nonces, map(encrypt, nonces, uniq, aads))
        rows: list[VaultRow] = list(
            zip(tokens, fps, repeat(kid), blobs, repeat(subject), repeat(expires), strict=False)
        )
        got = self.store.vault_put(
            self.namespace, rows, now=time.time(), convergent=self.convergent
        )
        if not self.convergent:
            return got
        table = dict(zip(uniq, got, strict=True))
        return [table[v] for v in raw]

    # -- reveal --------------------------------------------------------------------------

    def reveal(self, token: str, /, ctx: Context | None = None) -> str:
        """Return the original value of ``token``.

        Raises:
            InvalidToken: unknown, deleted, expired or tampered token.
            ErasedSubjectError: the token's subject was forgotten.
        """
        return self.reveal_many([token], ctx)[0]

    def reveal_many(self, tokens: Sequence[str], ctx: Context | None = None) -> list[str]:
        """Reveal tokens in bulk (same order); any bad token raises ``InvalidToken``.

        A token made under a category (``ctx.category``, set by the policy engine) reveals
        only under that same category.
        """
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        for t in tokens:
            if not isinstance(t, str):
                raise TypeError(f"token must be str, not {type(t).__name__}")
        category = ctx.category if ctx is not None else None
        found = self.store.vault_get(self.namespace, list(dict.fromkeys(tokens)))
        now = time.time()
        aeads: dict[tuple[str, bytes | None], AESGCM] = {}
        out = []
        for tok in tokens:
            entry = found.get(tok)
            if entry is None:
                raise InvalidToken
            kid, blob, subject, expires = entry
            if expires is not None and expires <= now:
                raise InvalidToken
            aead = aeads.get((kid, subject))
            if aead is None:
                try:
                    name, version = parse_key_id(kid)
                except ConfigError:
                    raise InvalidToken from None
                if name != self.key or version not in self.keys.versions(self.key):
                    raise InvalidToken
                aead = aeads[(kid, subject)] = AESGCM(self._enc_key(version, subject, create=False))
            try:
                plain = aead.decrypt(blob[:12], blob[12:], self._aad(tok, category))
                out.append(plain.decode("utf-8"))
            except (InvalidTag, UnicodeDecodeError):
                raise InvalidToken from None
        return out

    def lookup(self, value: str, /, ctx: Context | None = None) -> str | None:
        """Return the existing token of ``value`` without creating one (convergent mode)."""
        return self.lookup_many([value], ctx)[0]

    def lookup_many(self, values: Sequence[str], ctx: Context | None = None) -> list[str | None]:
        """Return the existing token of each value, or ``None`` (convergent mode)."""
        if not self.convergent:
            raise ConfigError("vault: lookup needs convergent=True")
        subject = self._subject_hash(ctx)
        try:
            fp_key = self._fp_key(subject, ctx.category if ctx else None, create=False)
        except InvalidToken:  # a subject without a key has no tokens
            return [None] * len(values)
        fps = _hmac_many(fp_key, list(values))
        found = self.store.vault_find(self.namespace, list(dict.fromkeys(fps)), now=time.time())
        return [found.get(fp) for fp in fps]

    # -- lifecycle -----------------------------------------------------------------------

    def delete(self, token: str, /) -> bool:
        """Delete one token and its stored original; return whether it existed."""
        return self.store.vault_delete(self.namespace, [token]) > 0

    def delete_many(self, tokens: Sequence[str], /) -> int:
        """Delete tokens; return how many existed."""
        return self.store.vault_delete(self.namespace, list(tokens))

    def purge_expired(self) -> int:
        """Delete expired entries; return how many."""
        return self.store.vault_purge(self.namespace, now=time.time())

    def forget(self, subject: str, /) -> bool:
        """Destroy the per-subject key of ``subject`` (needs ``per_subject``)."""
        if self.per_subject is None:
            raise ConfigError("vault: forget needs per_subject")
        return self.per_subject.forget(subject)

    def rewrap(self, *, batch: int = 1000, categories: Sequence[str | None] = (None,)) -> int:
        """Re-encrypt every entry not under the primary key version; return how many.

        Entries made by the policy engine are bound to their category: pass the categories
        the vault serves (``None`` for entries made without one). Entries of forgotten
        subjects, and entries of other categories, are left as they are.
        """
        from privkit.errors import ErasedSubjectError
        from privkit.types import Context

        version = self.keys.primary(self.key).version
        kid = f"{self.key}.v{version}"
        done = 0
        after = ""
        while True:
            page = self.store.vault_scan(self.namespace, after=after, limit=batch)
            if not page:
                return done
            after = page[-1][0]
            stale = [tok for tok, k in page if k != kid]
            if not stale:
                continue
            found = self.store.vault_get(self.namespace, stale)
            updates = []
            from cryptography.hazmat.primitives.ciphers.aead import AESGCM

            for tok in stale:
                _, _, subject, _ = found[tok]
                for category in categories:
                    try:
                        plain = utf8(self.reveal(tok, Context(category=category)))
                        aead = AESGCM(self._enc_key(version, subject, create=False))
                    except (ErasedSubjectError, InvalidToken):
                        continue
                    nonce = os.urandom(12)
                    sealed = aead.encrypt(nonce, plain, self._aad(tok, category))
                    updates.append((tok, kid, nonce + sealed))
                    break
            self.store.vault_update(self.namespace, updates)
            done += len(updates)

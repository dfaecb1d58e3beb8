"""Thin, raw-key wrappers of the primitives the transforms build on (for vectors and experts)."""

from __future__ import annotations

import hmac
from typing import TYPE_CHECKING

from privkit.errors import InvalidToken

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["hmac_sha256", "siv_decrypt", "siv_encrypt"]


def hmac_sha256(key: bytes, data: bytes) -> bytes:
    """Return HMAC-SHA-256 (RFC 2104 / RFC 4231) of ``data`` under the raw ``key``."""
    return hmac.digest(key, data, "sha256")


def siv_encrypt(key: bytes, plaintext: bytes, associated_data: Sequence[bytes] = ()) -> bytes:
    """AES-SIV (RFC 5297) with a raw 32/48/64-byte key: returns ``SIV || ciphertext``."""
    from cryptography.hazmat.primitives.ciphers.aead import AESSIV

    out: bytes = AESSIV(key).encrypt(plaintext, list(associated_data) or None)
    return out


def siv_decrypt(key: bytes, data: bytes, associated_data: Sequence[bytes] = ()) -> bytes:
    """Invert :func:`siv_encrypt`; any failure raises a bare :class:`InvalidToken`."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESSIV

    try:
        out: bytes = AESSIV(key).decrypt(data, list(associated_data) or None)
    except (InvalidTag, ValueError):
        raise InvalidToken from None
    return out

"""FF1 format-preserving encryption (NIST SP 800-38G) on AES from ``cryptography``."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from privkit.errors import ConfigError, TransformError

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "ALPHABETS",
    "FF1",
    "MAX_NUMERALS",
    "prefix_preserving_decrypt",
    "prefix_preserving_encrypt",
]

_DIGITS = "0123456789"
_LOWER = "abcdefghijklmnopqrstuvwxyz"
_UPPER = _LOWER.upper()
#: Named alphabets; a numeral's value is its index in the string.
ALPHABETS: dict[str, str] = {
    "digits": _DIGITS,
    "hex": _DIGITS + "abcdef",
    "HEX": _DIGITS + "ABCDEF",
    "lower": _LOWER,
    "upper": _UPPER,
    "letters": _UPPER + _LOWER,
    "alnum": _DIGITS + _UPPER + _LOWER,
    "base36": _DIGITS + _LOWER,
}


#: ``(u, v, b, d, MAC state after P and the constant blocks of Q, rest of Q prefix, radix**u,
#: radix**v, fast?, fast-path MAC base, shift of the round number, shift to keep d bytes)``
_Setup = tuple[int, int, int, int, bytes, bytes, int, int, bool, int, int, int]


#: Longest numeral string accepted (SP 800-38G allows more; longer values are not identifiers
#: and would hit CPython's integer/string conversion limit).
MAX_NUMERALS = 4096


class _ECB:
    """A per-thread AES-ECB encryptor: one ``update`` per block, no per-call set-up."""

    def __init__(self, key: bytes) -> None:
        self._key = key
        self._local = threading.local()

    def __call__(self, data: bytes) -> bytes:
        out: bytes = self.updater()(data)
        return out

    def updater(self) -> Any:
        """Return this thread's bound ``encryptor.update`` (ECB: one call per block)."""
        enc = getattr(self._local, "enc", None)
        if enc is None:
            from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

            enc = Cipher(algorithms.AES(self._key), modes.ECB()).encryptor()  # noqa: S305 - FF1's PRF block
            self._local.enc = enc
        return enc.update


class FF1:
    """FF1 (NIST SP 800-38G) with AES-128/192/256.

    Hazardous: FPE is deterministic and reveals equality; outputs of a small domain can be
    enumerated. Domains smaller than ``min_domain`` (``radix ** n``; SP 800-38G Rev. 1
    asks for at least one million) are refused.

    Args:
        key: 16, 24 or 32 bytes.
        radix: numeral base, 2..65536.
        min_domain: smallest ``radix ** n`` accepted.
    """

    __slots__ = ("_cache", "_ecb", "min_domain", "radix")

    def __init__(self, key: bytes, radix: int = 10, *, min_domain: int = 1_000_000) -> None:
        if not isinstance(key, bytes) or len(key) not in (16, 24, 32):
            raise ConfigError("FF1 key must be 16, 24 or 32 bytes")
        if not isinstance(radix, int) or not 2 <= radix <= 65536:  # noqa: PLR2004
            raise ConfigError("FF1 radix must be 2..65536")
        self.radix = radix
        self.min_domain = min_domain
        self._ecb = _ECB(key)
        self._cache: dict[tuple[int, bytes], _Setup] = {}

    def __repr__(self) -> str:
        return f"FF1(radix={self.radix})"

    def __getstate__(self) -> None:
        raise TypeError("FF1 objects hold key material and are not pickled")

    def _setup(self, n: int, tweak: bytes) -> _Setup:
        got = self._cache.get((n, tweak))
        if got is not None:
            return got
        radix = self.radix
        if n < 2 or radix**n < self.min_domain:  # noqa: PLR2004
            raise TransformError(
                f"value too short for format-preserving encryption ({n} numerals of radix "
                f"{radix}; the domain must have at least {self.min_domain} values)"
            )
        if n > MAX_NUMERALS or len(tweak) > MAX_NUMERALS:
            raise TransformError(
                f"value or tweak too long for format-preserving encryption (at most "
                f"{MAX_NUMERALS} numerals)"
            )
        u = n // 2
        v = n - u
        b = -(-((radix**v - 1).bit_length()) // 8)
        d = 4 * (-(-b // 4)) + 4
        t = len(tweak)
        p = (
            bytes([1, 2, 1])
            + radix.to_bytes(3, "big")
            + bytes([10, u % 256])
            + n.to_bytes(4, "big")
            + t.to_bytes(4, "big")
        )
        y = self._ecb(p)
        pad = (-t - b - 1) % 16
        prefix = tweak + bytes(pad)
        full = len(prefix) // 16 * 16
        for i in range(0, full, 16):  # constant blocks of Q: fold them into the MAC state
            y = _xor_enc(self._ecb, y, prefix[i : i + 16])
        tail = prefix[full:]
        # Fast path: the variable part of Q ([i] || NUM(B)) fits the last block and S is
        # R's first d bytes, so a round is one AES block on an int XOR.
        fast = len(tail) + 1 + b == 16 and d <= 16  # noqa: PLR2004
        base = int.from_bytes(y, "big") ^ (int.from_bytes(tail, "big") << (8 * (b + 1)))
        setup = (u, v, b, d, y, tail, radix**u, radix**v, fast, base, 8 * b, 8 * (16 - d))
        if len(self._cache) > 4096:  # noqa: PLR2004
            self._cache.clear()
        self._cache[(n, tweak)] = setup
        return setup

    def _round(self, setup: _Setup, i: int, x: int) -> int:
        _, _, b, d, y, tail, *_ = setup
        ecb = self._ecb
        q = tail + bytes([i]) + x.to_bytes(b, "big")
        r = y
        for j in range(0, len(q), 16):
            r = _xor_enc(ecb, r, q[j : j + 16])
        if d <= 16:  # noqa: PLR2004
            return int.from_bytes(r[:d], "big")
        blocks = [r]
        ri = int.from_bytes(r, "big")
        blocks += [ecb((ri ^ j).to_bytes(16, "big")) for j in range(1, -(-d // 16))]
        return int.from_bytes(b"".join(blocks)[:d], "big")

    def encrypt_int(self, x: int, n: int, tweak: bytes = b"") -> int:
        """Encrypt the ``n``-numeral string whose value is ``x`` (``0 <= x < radix**n``)."""
        setup = self._setup(n, tweak)
        mu, mv, fast, base, sh, drop = setup[6:]
        if not 0 <= x < mu * mv:
            raise TransformError("FF1 input out of range")
        a, b = divmod(x, mv)
        if fast:
            upd = self._ecb.updater()
            for i, m in _rounds_up(mu, mv):
                r = int.from_bytes(upd((base ^ (i << sh) ^ b).to_bytes(16, "big")), "big")
                a, b = b, (a + (r >> drop)) % m
        else:
            for i in range(10):
                a, b = b, (a + self._round(setup, i, b)) % (mu if i % 2 == 0 else mv)
        return a * mv + b

    def decrypt_int(self, x: int, n: int, tweak: bytes = b"") -> int:
        """Invert :meth:`encrypt_int`."""
        setup = self._setup(n, tweak)
        mu, mv, fast, base, sh, drop = setup[6:]
        if not 0 <= x < mu * mv:
            raise TransformError("FF1 input out of range")
        a, b = divmod(x, mv)
        if fast:
            upd = self._ecb.updater()
            for i, m in _rounds_down(mu, mv):
                r = int.from_bytes(upd((base ^ (i << sh) ^ a).to_bytes(16, "big")), "big")
                a, b = (b - (r >> drop)) % m, a
        else:
            for i in range(9, -1, -1):
                a, b = (b - self._round(setup, i, a)) % (mu if i % 2 == 0 else mv), a
        return a * mv + b

    def encrypt(self, numerals: Sequence[int], tweak: bytes = b"") -> list[int]:
        """Encrypt a numeral string given as a list of ints in ``range(radix)``."""
        n = len(numerals)
        return _digits(self.encrypt_int(_num(numerals, self.radix), n, tweak), n, self.radix)

    def decrypt(self, numerals: Sequence[int], tweak: bytes = b"") -> list[int]:
        """Decrypt a numeral string given as a list of ints in ``range(radix)``."""
        n = len(numerals)
        return _digits(self.decrypt_int(_num(numerals, self.radix), n, tweak), n, self.radix)

    def encrypt_str(self, text: str, alphabet: str, tweak: bytes = b"") -> str:
        """Encrypt ``text`` whose characters are numerals of ``alphabet`` (``radix == len``)."""
        return self._str(text, alphabet, tweak, decrypt=False)

    def decrypt_str(self, text: str, alphabet: str, tweak: bytes = b"") -> str:
        """Invert :meth:`encrypt_str`."""
        return self._str(text, alphabet, tweak, decrypt=True)

    def _str(self, text: str, alphabet: str, tweak: bytes, *, decrypt: bool) -> str:
        if len(alphabet) != self.radix:
            raise ConfigError("alphabet length must equal the radix")
        n = len(text)
        if n > MAX_NUMERALS:
            self._setup(n, tweak)  # raises the length error before any conversion
        if alphabet == _DIGITS and text.isascii() and text.isdigit():
            x = int(text)
        else:
            index = {c: i for i, c in enumerate(alphabet)}
            x = 0
            try:
                for c in text:
                    x = x * self.radix + index[c]
            except KeyError:
                raise TransformError("value has characters outside the FPE alphabet") from None
        y = self.decrypt_int(x, n, tweak) if decrypt else self.encrypt_int(x, n, tweak)
        if alphabet == _DIGITS:
            return str(y).zfill(n)
        return "".join(alphabet[i] for i in _digits(y, n, self.radix))


def _rounds_up(mu: int, mv: int) -> tuple[tuple[int, int], ...]:
    return (
        (0, mu),
        (1, mv),
        (2, mu),
        (3, mv),
        (4, mu),
        (5, mv),
        (6, mu),
        (7, mv),
        (8, mu),
        (9, mv),
    )


def _rounds_down(mu: int, mv: int) -> tuple[tuple[int, int], ...]:
    return (
        (9, mv),
        (8, mu),
        (7, mv),
        (6, mu),
        (5, mv),
        (4, mu),
        (3, mv),
        (2, mu),
        (1, mv),
        (0, mu),
    )


def _xor_enc(ecb: _ECB, y: bytes, block: bytes) -> bytes:
    return ecb((int.from_bytes(y, "big") ^ int.from_bytes(block, "big")).to_bytes(16, "big"))


def _num(numerals: Sequence[int], radix: int) -> int:
    x = 0
    for d in numerals:
        if not 0 <= d < radix:
            raise TransformError("numeral out of range for the radix")
        x = x * radix + d
    return x


def _digits(x: int, n: int, radix: int) -> list[int]:
    out = [0] * n
    for i in range(n - 1, -1, -1):
        x, out[i] = divmod(x, radix)
    return out


def _pp_blocks(x: int, nbits: int) -> bytes:
    """Blocks encoding every proper prefix of ``x`` (``prefix || 1 || 0...``, injective)."""
    out = []
    for i in range(nbits):
        prefix = x >> (nbits - i)
        out.append((((prefix << 1) | 1) << (127 - i)).to_bytes(16, "big"))
    return b"".join(out)


def prefix_preserving_encrypt(key: bytes, x: int, nbits: int) -> int:
    """Keyed prefix-preserving permutation of ``nbits``-bit integers (Crypto-PAn style).

    Two inputs sharing their first ``k`` bits give outputs sharing their first ``k`` bits.
    Bit ``i`` of the output is bit ``i`` of the input XOR the top bit of
    ``AES(key, pad(first i bits))``. Hazardous: it reveals the length of common prefixes.
    """
    ecb = _ECB(key)
    pads = ecb(_pp_blocks(x, nbits))
    mask = 0
    for i in range(nbits):
        mask = (mask << 1) | (pads[16 * i] >> 7)
    return x ^ mask


def prefix_preserving_decrypt(key: bytes, y: int, nbits: int) -> int:
    """Invert :func:`prefix_preserving_encrypt`."""
    ecb = _ECB(key)
    x = 0
    for i in range(nbits):
        block = (((x << 1) | 1) << (127 - i)).to_bytes(16, "big")
        bit = ((y >> (nbits - 1 - i)) & 1) ^ (ecb(block)[0] >> 7)
        x = (x << 1) | bit
    return x

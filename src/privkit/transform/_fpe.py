"""Format-preserving encryption (FF1), shaped for cards, phones, IMEI, emails, IPs and MACs."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Literal

from privkit.errors import ConfigError, TransformError
from privkit.hazmat._ff1 import (
    ALPHABETS,
    FF1,
    prefix_preserving_decrypt,
    prefix_preserving_encrypt,
)
from privkit.transform._base import KeyedMixin, TransformBase, utf8
from privkit.transform._subjects import SubjectKeys, subject_key
from privkit.types import EntityType

if TYPE_CHECKING:
    from privkit.keys import KeyRing
    from privkit.types import Context

__all__ = ["FPE", "luhn_check_digit"]

Shape = Literal["auto", "digits", "card", "imei", "phone", "email", "ip", "mac", "alphabet"]
_SHAPES = ("auto", "digits", "card", "imei", "phone", "email", "ip", "mac", "alphabet")
_AUTO: dict[EntityType, str] = {
    EntityType.CREDIT_CARD: "card",
    EntityType.IMEI: "imei",
    EntityType.PHONE_NUMBER: "phone",
    EntityType.EMAIL_ADDRESS: "email",
    EntityType.IP_ADDRESS: "ip",
    EntityType.MAC_ADDRESS: "mac",
}
_DIGITS = ALPHABETS["digits"]
_ALNUM = ALPHABETS["alnum"]
_HEX = ALPHABETS["hex"]
_MIN_RADIX = 2
_MAC_HEX = 12
_FF1_CACHE: dict[tuple[bytes, int], FF1] = {}


_DOUBLED = {str(d): (2 * d - 9 if d > 4 else 2 * d) for d in range(10)}  # noqa: PLR2004
_PLAIN = {str(d): d for d in range(10)}


def luhn_check_digit(payload: str) -> str:
    """Return the Luhn check digit that completes the digit string ``payload``."""
    rev = payload[::-1]
    total = sum(map(_DOUBLED.__getitem__, rev[0::2])) + sum(map(_PLAIN.__getitem__, rev[1::2]))
    return str(-total % 10)


def _ff1(key: bytes, radix: int) -> FF1:
    got = _FF1_CACHE.get((key, radix))
    if got is None:
        if len(_FF1_CACHE) > 256:  # noqa: PLR2004
            _FF1_CACHE.clear()
        got = _FF1_CACHE[(key, radix)] = FF1(key, radix)
    return got


@dataclass(frozen=True, slots=True, kw_only=True)
class FPE(TransformBase, KeyedMixin):
    """Format-preserving encryption with FF1 (NIST SP 800-38G, AES-256): reversible, same shape.

    Shapes:

    * ``"digits"``: every digit is encrypted, anything else stays in place
      (``"+44 20 7946 0958"`` keeps ``+`` and spaces). ``"phone"`` is the same.
    * ``"card"`` / ``"imei"``: digits, with a Luhn-valid result (``luhn`` defaults to true;
      the input must pass Luhn so that it can be restored).
    * ``"email"``: letters and digits of the local part are encrypted; the domain is kept
      (``keep_domain``) or its labels except the last are encrypted too.
    * ``"ip"``: IPv4/IPv6 to a valid address of the same family (canonical form);
      ``prefix_preserving`` keeps shared prefixes shared (subnets stay subnets).
    * ``"mac"``: the 12 hex digits, separators kept; ``keep_oui`` keeps the vendor half.
    * ``"alphabet"``: the whole value over ``alphabet`` (a name from
      :data:`privkit.hazmat.ALPHABETS` or the characters themselves); any other character
      raises :class:`~privkit.errors.TransformError`.
    * ``"auto"``: from ``ctx.entity`` (credit card, IMEI, phone, email, IP, MAC), else digits.

    Values with fewer numerals than a domain of one million (six digits, four letters or
    digits of an email) raise :class:`~privkit.errors.TransformError` rather than give a
    weak token.

    FPE has no integrity: any string of the right shape "reveals" to some value, so a
    forged or mistyped token gives a wrong, valid-looking original (the policy engine audits
    such reveals as ``unverifiable``). FPE outputs carry no key id either, so the key
    version is pinned: ``version`` defaults to 1, never to the primary version, and a
    :meth:`~privkit.keys.KeyRing.rotate` does not change what FPE produces or reveals
    (set ``version`` explicitly, and re-protect, to move FPE to a new key). Under the policy
    engine each data category (``ctx.category``) gets its own derived key, so a token of
    one category revealed under another gives an unrelated value.

    Args:
        keys: the key ring.
        key: master key name.
        shape: see above.
        alphabet: alphabet of the ``"alphabet"`` shape.
        luhn: make card/digit outputs Luhn-valid (default: true for card and IMEI).
        keep_domain: keep the email domain.
        prefix_preserving: prefix-preserving IP mode.
        keep_oui: keep the first three bytes of a MAC address.
        tweak: public tweak (domain separation).
        version: the key version (default 1; pinned, see above).
        per_subject: per-subject keys (``ctx.subject`` needed on protect and reveal).

    >>> from privkit.keys import KeyRing
    >>> f = FPE(keys=KeyRing.generate("fpe"), key="fpe", shape="card")
    >>> token = f("4111 1111 1111 1111")
    >>> len(token), token[4], f.reveal(token)
    (19, ' ', '4111 1111 1111 1111')
    """

    name: ClassVar[str] = "fpe"
    stateless: ClassVar[bool] = True
    keys: KeyRing
    key: str
    shape: Shape = "auto"
    alphabet: str = "alnum"
    luhn: bool | None = None
    keep_domain: bool = True
    prefix_preserving: bool = False
    keep_oui: bool = False
    tweak: str = ""
    version: int | None = None
    per_subject: SubjectKeys | None = None

    def __post_init__(self) -> None:
        self._check_keys()
        if self.shape not in _SHAPES:
            raise ConfigError(f"fpe: shape must be one of {', '.join(_SHAPES)}")
        alphabet = ALPHABETS.get(self.alphabet, self.alphabet)
        if (
            not isinstance(alphabet, str)
            or len(alphabet) < _MIN_RADIX
            or len(set(alphabet)) != len(alphabet)
        ):
            raise ConfigError("fpe: alphabet must be a known name or >= 2 distinct characters")
        for flag in ("keep_domain", "prefix_preserving", "keep_oui"):
            if not isinstance(getattr(self, flag), bool):
                raise ConfigError(f"fpe: {flag} must be a boolean")
        if self.luhn is not None and not isinstance(self.luhn, bool):
            raise ConfigError("fpe: luhn must be a boolean")
        if not isinstance(self.tweak, str):
            raise ConfigError("fpe: tweak must be a string")
        if self.version is None:
            object.__setattr__(self, "version", 1)
        if not isinstance(self.version, int) or isinstance(self.version, bool):
            raise ConfigError("fpe: version must be a positive integer")
        self.keys.get(self.key, self.version)  # KeyNotFoundError (naming the id) if absent
        if self.per_subject is not None and not isinstance(self.per_subject, SubjectKeys):
            raise ConfigError("fpe: per_subject must be a SubjectKeys store")

    # -- plumbing ------------------------------------------------------------------------

    def _key(self, ctx: Context | None, *, create: bool) -> bytes:
        purpose = "fpe"
        if ctx is not None and ctx.category:  # one key per category (policy engine)
            purpose += f"\0category:{ctx.category}"
        if self.per_subject is None:
            return self.keys.derive(self.key, purpose=purpose, version=self.version)
        return subject_key(
            self.per_subject, self.keys, self.key, purpose, ctx, version=self.version, create=create
        )

    def _ff1(self, key: bytes, radix: int) -> FF1:
        # Per-subject keys stay out of the process-wide cache, so forget() leaves no copy
        # of the subject's key behind in memory.
        return _ff1(key, radix) if self.per_subject is None else FF1(key, radix)

    def _shape(self, ctx: Context | None) -> str:
        if self.shape != "auto":
            return self.shape
        entity = ctx.entity if ctx is not None else None
        return _AUTO.get(entity, "digits") if entity is not None else "digits"

    def __call__(self, value: str, /, ctx: Context | None = None) -> str:
        return self._run(value, ctx, self._key(ctx, create=True), decrypt=False)

    def reveal(self, token: str, /, ctx: Context | None = None) -> str:
        """Return the original value of ``token`` (same ``ctx.entity``/shape as on protect).

        Raises:
            TransformError: ``token`` does not have the shape's format.
        """
        if not isinstance(token, str):
            raise TypeError(f"token must be str, not {type(token).__name__}")
        return self._run(token, ctx, self._key(ctx, create=False), decrypt=True)

    def _batch(self, values: list[str], ctx: Context | None) -> list[str | None]:
        key = self._key(ctx, create=True)
        return [self._run(v, ctx, key, decrypt=False) for v in values]

    def _run(self, value: str, ctx: Context | None, key: bytes, *, decrypt: bool) -> str:
        utf8(value)
        shape = self._shape(ctx)
        tweak = self.tweak.encode("utf-8")
        if shape in ("digits", "phone", "card", "imei"):
            luhn = self.luhn if self.luhn is not None else shape in ("card", "imei")
            return _digits(self._ff1(key, 10), value, tweak, luhn=luhn, decrypt=decrypt)
        if shape == "email":
            return self._email(key, value, tweak, decrypt=decrypt)
        if shape == "ip":
            return self._ip(key, value, tweak, decrypt=decrypt)
        if shape == "mac":
            return self._mac(key, value, tweak, decrypt=decrypt)
        alphabet = ALPHABETS.get(self.alphabet, self.alphabet)
        f = self._ff1(key, len(alphabet))
        return (
            f.decrypt_str(value, alphabet, tweak)
            if decrypt
            else f.encrypt_str(value, alphabet, tweak)
        )

    def _email(self, key: bytes, value: str, tweak: bytes, *, decrypt: bool) -> str:
        local, at, domain = value.rpartition("@")
        if not at or not local or not domain:
            raise TransformError("fpe: value is not an email address")
        f = self._ff1(key, 62)
        local = _sparse(f, local, _ALNUM, tweak + b"\0local", decrypt=decrypt)
        if not self.keep_domain:
            head, dot, tld = domain.rpartition(".")
            if head:
                domain = _sparse(f, head, _ALNUM, tweak + b"\0domain", decrypt=decrypt) + dot + tld
        return local + at + domain

    def _ip(self, key: bytes, value: str, tweak: bytes, *, decrypt: bool) -> str:
        try:
            addr = ipaddress.ip_address(value)
        except ValueError:
            raise TransformError("fpe: value is not an IP address") from None
        bits = addr.max_prefixlen
        x = int(addr)
        if self.prefix_preserving:
            from privkit.keys import hkdf

            pp_key = hkdf(key, purpose=f"fpe-prefix:v{addr.version}:" + tweak.hex())
            y = (prefix_preserving_decrypt if decrypt else prefix_preserving_encrypt)(
                pp_key, x, bits
            )
        else:
            f = self._ff1(key, 2)
            t = tweak + b"\0ip"
            y = f.decrypt_int(x, bits, t) if decrypt else f.encrypt_int(x, bits, t)
        return str(ipaddress.ip_address(y) if addr.version == 4 else ipaddress.IPv6Address(y))  # noqa: PLR2004

    def _mac(self, key: bytes, value: str, tweak: bytes, *, decrypt: bool) -> str:
        hexpos = [i for i, c in enumerate(value) if c in "0123456789abcdefABCDEF"]
        if len(hexpos) != _MAC_HEX or any(
            c.isalnum() for i, c in enumerate(value) if i not in set(hexpos)
        ):
            raise TransformError("fpe: value is not a MAC address")
        digits = "".join(value[i] for i in hexpos)
        upper = any(c.isupper() for c in digits)
        digits = digits.lower()
        keep = 6 if self.keep_oui else 0
        f = self._ff1(key, 16)
        t = tweak + b"\0mac"
        body = (
            f.decrypt_str(digits[keep:], _HEX, t)
            if decrypt
            else f.encrypt_str(digits[keep:], _HEX, t)
        )
        new = digits[:keep] + body
        if upper:
            new = new.upper()
        chars = list(value)
        for i, c in zip(hexpos, new, strict=True):
            chars[i] = c
        return "".join(chars)


def _digits(f: FF1, value: str, tweak: bytes, *, luhn: bool, decrypt: bool) -> str:
    if value.isascii() and value.isdigit():
        pos, digits = None, value
    else:
        pos = [i for i, c in enumerate(value) if "0" <= c <= "9"]
        digits = "".join(value[i] for i in pos)
    if not digits:
        raise TransformError("fpe: value has no digits")
    if luhn:
        if len(digits) < 2 or luhn_check_digit(digits[:-1]) != digits[-1]:  # noqa: PLR2004
            raise TransformError("fpe: value fails the Luhn check (use luhn=False)")
        body = (
            f.decrypt_str(digits[:-1], _DIGITS, tweak)
            if decrypt
            else f.encrypt_str(digits[:-1], _DIGITS, tweak)
        )
        new = body + luhn_check_digit(body)
    else:
        new = (
            f.decrypt_str(digits, _DIGITS, tweak)
            if decrypt
            else f.encrypt_str(digits, _DIGITS, tweak)
        )
    if pos is None:
        return new
    chars = list(value)
    for i, c in zip(pos, new, strict=True):
        chars[i] = c
    return "".join(chars)


def _sparse(f: FF1, text: str, alphabet: str, tweak: bytes, *, decrypt: bool) -> str:
    """Encrypt the characters of ``text`` that are in ``alphabet``; keep the others in place."""
    allowed = set(alphabet)
    pos = [i for i, c in enumerate(text) if c in allowed]
    body = "".join(text[i] for i in pos)
    new = f.decrypt_str(body, alphabet, tweak) if decrypt else f.encrypt_str(body, alphabet, tweak)
    chars = list(text)
    for i, c in zip(pos, new, strict=True):
        chars[i] = c
    return "".join(chars)

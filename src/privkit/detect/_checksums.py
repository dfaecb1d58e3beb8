"""Checksums and structural validators: pure functions over candidate strings, vector-tested."""

from __future__ import annotations

import hashlib

__all__ = [
    "base58check_valid",
    "base58check_version",
    "bech32_valid",
    "card_brand",
    "iban_valid",
    "luhn_valid",
    "ssn_valid",
]

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B58_INDEX = {c: i for i, c in enumerate(_B58)}
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32_INDEX = {c: i for i, c in enumerate(_BECH32)}
_BECH32_CONST = 1
_BECH32M_CONST = 0x2BC830A3


def luhn_valid(digits: str) -> bool:
    """Return whether a string of ASCII digits passes the Luhn (mod 10) check.

    >>> luhn_valid("4111111111111111"), luhn_valid("4111111111111112")
    (True, False)
    """
    if not digits or not digits.isdigit() or not digits.isascii():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:  # noqa: PLR2004 - digit sum of a doubled digit
                d -= 9
        total += d
    return total % 10 == 0


# ISO 13616 IBAN lengths per country (SWIFT IBAN registry, then national formats).
_IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27,
    "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27,
    "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22,
    "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32,
    "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
    "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23, "PK": 24,
    "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24, "SC": 31,
    "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28, "TL": 23,
    "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
    # In national use outside the SWIFT registry (lengths as validator.js lists them, MIT):
    "DZ": 26, "IR": 26, "MA": 28, "MZ": 25,
}  # fmt: skip


def iban_valid(iban: str) -> bool:
    """Return whether ``iban`` (spaces allowed) has a known country length and passes mod 97.

    >>> iban_valid("GB82 WEST 1234 5698 7654 32"), iban_valid("GB82 WEST 1234 5698 7654 33")
    (True, False)
    """
    s = iban.replace(" ", "").replace("-", "").upper()
    if not s.isascii() or not s.isalnum() or len(s) < 15:  # noqa: PLR2004 - shortest IBAN (NO)
        return False
    if _IBAN_LENGTHS.get(s[:2]) != len(s) or not s[2:4].isdigit():
        return False
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def card_brand(digits: str) -> str:
    """Return the payment card brand implied by the IIN prefix and length, or ``""``.

    >>> card_brand("4111111111111111"), card_brand("378282246310005")
    ('visa', 'amex')
    >>> card_brand("9234567812345670") == "", card_brand("135412345678911")
    (True, 'uatp')
    """
    n = len(digits)
    p2 = int(digits[:2]) if n >= 2 else -1  # noqa: PLR2004
    p4 = int(digits[:4]) if n >= 4 else -1  # noqa: PLR2004
    p3 = p4 // 10
    p6 = int(digits[:6]) if n >= 6 else -1  # noqa: PLR2004
    brand = ""
    if digits[:1] == "4" and n in (13, 16, 19):
        brand = "visa"
    elif (51 <= p2 <= 55 or 2221 <= p4 <= 2720) and n == 16:  # noqa: PLR2004
        brand = "mastercard"
    elif p2 in (34, 37) and n == 15:  # noqa: PLR2004
        brand = "amex"
    elif (p4 == 6011 or p2 == 65 or 644 <= p3 <= 649 or 622126 <= p6 <= 622925) and 16 <= n <= 19:  # noqa: PLR2004
        brand = "discover"
    elif (300 <= p3 <= 305 or p2 in (36, 38, 39) or p4 == 3095) and 14 <= n <= 19:  # noqa: PLR2004
        brand = "diners"
    elif (p2 == 35 and 16 <= n <= 19) or (p4 in (2131, 1800) and n == 15):  # noqa: PLR2004
        brand = "jcb"
    elif p2 in (62, 81) and 16 <= n <= 19:  # noqa: PLR2004 - 81: UnionPay's newer IIN range
        brand = "unionpay"
    elif p2 in (50, 56, 57, 58, 63, 67) and 12 <= n <= 19:  # noqa: PLR2004
        brand = "maestro"
    elif digits[:1] == "1" and n == 15:  # noqa: PLR2004
        brand = "uatp"  # airline cards (Universal Air Travel Plan)
    return brand


def ssn_valid(digits: str) -> bool:
    """Return whether nine digits form a possible US SSN (SSA rules on area, group, serial).

    >>> ssn_valid("536901234"), ssn_valid("000123456"), ssn_valid("666123456")
    (True, False, False)
    """
    if len(digits) != 9 or not digits.isdigit():  # noqa: PLR2004
        return False
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    if area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000":
        return False
    # Advertised or well-known invalid numbers (Woolworth wallet card, SSA examples).
    return digits not in {"078051120", "219099999", "123456789", "111111111", "333333333"}


def base58check_valid(address: str) -> bool:
    """Return whether ``address`` is Base58Check encoded with a valid double-SHA256 checksum.

    >>> base58check_valid("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2")
    True
    """
    return base58check_version(address) is not None


def base58check_version(address: str) -> int | None:
    """Return the version byte of a valid Base58Check string, or ``None``.

    >>> base58check_version("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2")
    0
    """
    n = 0
    for ch in address:
        v = _B58_INDEX.get(ch)
        if v is None:
            return None
        n = n * 58 + v
    pad = len(address) - len(address.lstrip("1"))
    body = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    raw = b"\x00" * pad + body
    if len(raw) < 5:  # noqa: PLR2004 - one payload byte plus four checksum bytes
        return None
    payload, check = raw[:-4], raw[-4:]
    if hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] != check:
        return None
    return payload[0]


def _bech32_polymod(values: list[int]) -> int:
    gen = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    chk = 1
    for v in values:
        top = chk >> 25
        chk = ((chk & 0x1FFFFFF) << 5) ^ v
        for i in range(5):
            if (top >> i) & 1:
                chk ^= gen[i]
    return chk


def bech32_valid(address: str) -> bool:
    """Return whether ``address`` is a valid bech32 or bech32m string (BIP-173 / BIP-350).

    >>> bech32_valid("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq")
    True
    """
    if address.lower() != address and address.upper() != address:
        return False
    s = address.lower()
    pos = s.rfind("1")
    if pos < 1 or pos + 7 > len(s) or len(s) > 90:  # noqa: PLR2004
        return False
    hrp, data = s[:pos], s[pos + 1 :]
    try:
        values = [_BECH32_INDEX[c] for c in data]
    except KeyError:
        return False
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    return _bech32_polymod(expanded + values) in (_BECH32_CONST, _BECH32M_CONST)

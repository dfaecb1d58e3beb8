"""Checksums and structural validators: pure functions over candidate strings, vector-tested."""

from __future__ import annotations

import hashlib

__all__ = [
    "SSN_VOIDED",
    "base58check_valid",
    "base58check_version",
    "bech32_valid",
    "card_brand",
    "iban_length_ok",
    "iban_lengths",
    "iban_valid",
    "luhn_valid",
    "meid_decimal_range",
    "meid_valid",
    "segwit_address_valid",
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


def meid_valid(meid: str) -> bool:
    """Return whether an MEID with its check digit is well formed (3GPP2 S.R0048).

    Hexadecimal: 14 digits whose first byte is A0 to FF (the region code of an MEID), then
    the Luhn check digit computed in base 16. Decimal: the manufacturer code in 10 digits
    (A0000000 to FFFFFFFF), the serial number in 8 (below 2**24), then the Luhn check digit.

    >>> meid_valid("AF0123450ABCDEC"), meid_valid("2936087365007037100")
    (True, True)
    >>> meid_valid("AF0123450ABCDE0"), meid_valid("1936087365007037100")
    (False, False)
    """
    if len(meid) == 15 and all(c in _HEX_DIGITS for c in meid):  # noqa: PLR2004 - 14 + check
        payload = meid[:14].upper()
        if payload[:2] < "A0":
            return False
        total = 0
        for i, ch in enumerate(reversed(payload)):
            d = int(ch, 16)
            if i % 2 == 0:
                d *= 2
                if d > 15:  # noqa: PLR2004 - digit sum of a doubled digit in base 16
                    d -= 15
            total += d
        return "0123456789ABCDEF"[-total % 16] == meid[14].upper()
    if len(meid) == 19 and meid.isdigit() and meid.isascii():  # noqa: PLR2004 - 18 + check
        return meid_decimal_range(meid[:18]) and luhn_valid(meid)
    return False


_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")
#: An MEID's manufacturer code: A0000000 to FFFFFFFF; its serial number: 24 bits.
_MEID_MAKERS = range(0xA0000000, 0x100000000)
_MEID_SERIALS = range(2**24)


def meid_decimal_range(digits: str) -> bool:
    """Return whether 18 decimal digits are an MEID's two numbers in their ranges.

    The manufacturer code is the first 10 digits, the serial number the last 8.

    >>> meid_decimal_range("293608736500703710"), meid_decimal_range("123456789012345678")
    (True, False)
    """
    if len(digits) != 18 or not digits.isdigit() or not digits.isascii():  # noqa: PLR2004
        return False
    return int(digits[:10]) in _MEID_MAKERS and int(digits[10:]) in _MEID_SERIALS


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
    "HN": 28,
}  # fmt: skip

# The account part (BBAN) of each registry country, as runs of digits (n), upper-case letters
# (a) or either (c): a mod-97 pass alone lets through a bank code of the wrong kind
# ("IE95TE82...", Ireland's four-letter bank code holding digits). National formats outside the
# registry (DZ, IR, MA, MZ) are checked for length only.
_IBAN_BBAN_SPEC = (
    "AD:4n4n12c AE:3n16n AL:8n16c AT:5n11n AZ:4a20c BA:3n3n8n2n BE:3n7n2n BG:4a4n2n8c "
    "BH:4a14c BI:5n5n11n2n BR:8n5n10n1a1c BY:4c4n16c CH:5n12c CR:4n14n CY:3n5n16c CZ:4n6n10n "
    "DE:8n10n DJ:5n5n11n2n DK:4n9n1n DO:4c20n EE:2n2n11n1n EG:4n4n17n ES:4n4n1n1n10n FI:3n11n "
    "FK:2a12n FO:4n9n1n FR:5n5n11c2n GB:4a6n8n GE:2a16n GI:4a15c GL:4n9n1n GR:3n4n16c GT:4c20c "
    "HN:4a20n HR:7n10n HU:3n4n1n15n1n IE:4a6n8n IL:3n3n13n IQ:4a3n12n IS:4n2n6n10n IT:1a5n5n12c "
    "JO:4a4n18c KW:4a22c KZ:3n13c LB:4n20c LC:4a24c LI:5n12c LT:5n11n LU:3n13c LV:4a13c "
    "LY:3n3n15n MC:5n5n11c2n MD:2c18c ME:3n13n2n MK:3n10c2n MN:4n12n MR:5n5n11n2n MT:4a5n18c "
    "MU:4a2n2n12n3n3a NI:4a20n NL:4a10n NO:4n6n1n OM:3n16c PK:4a16c PL:8n16n PS:4a21c "
    "PT:4n4n11n2n QA:4a21c RO:4a16c RS:3n13n2n RU:9n5n15c SA:2n18c SC:4a2n2n16n3a SD:2n12n "
    "SE:3n16n1n SI:5n8n2n SK:4n6n10n SM:1a5n5n12c SO:4n3n12n ST:4n4n11n2n SV:4a20n TL:3n14n2n "
    "TN:2n3n13n2n TR:5n1n16c UA:6n19c VA:3n15n VG:4a16n XK:4n10n2n YE:4a4n18c"
)


def _bban_shapes(spec: str) -> dict[str, str]:
    """Country -> one class letter per BBAN character (``"4a6n"`` -> ``"aaaannnnnn"``)."""
    import re

    out = {}
    for item in spec.split():
        country, runs = item.split(":")
        out[country] = "".join(k * int(n) for n, k in re.findall(r"([0-9]+)([anc])", runs))
    return out


_IBAN_BBAN = _bban_shapes(_IBAN_BBAN_SPEC)
_BBAN_CLASS = {"n": str.isdigit, "a": str.isalpha, "c": str.isalnum}

# National IBAN formats outside the SWIFT registry, as php-iban's registry lists them
# (LGPL-3.0; lengths and layouts are facts): the West and Central African monetary unions
# (the UEMOA's account part opens with two bank letters or one letter and a digit, hence
# "2c"), Angola, Cape Verde, Comoros, Madagascar, Burundi's and Algeria's shorter formats,
# the Aland Islands (Finland's layout), the French overseas territories (France's layout) and
# the Crown Dependencies, Guernsey, the Isle of Man and Jersey (Britain's layout).
# One country may have several; each is checked with the same mod 97.
_IBAN_NATIONAL_SPEC = (
    "AO:21n BF:23n BF:2c22n BI:12n BJ:2c22n CF:5n5n11n2n CG:5n5n11n2n CI:2c22n CM:23n CV:21n "
    "DZ:20n GA:5n5n11n2n GQ:5n5n11n2n GW:2c19n KM:23n MG:23n ML:2c22n NE:2c22n "
    "SN:2c22n TD:5n5n11n2n TG:2c22n AX:6n7n1n BL:5n5n11c2n GF:5n5n11c2n GP:5n5n11c2n "
    "MF:5n5n11c2n MQ:5n5n11c2n NC:5n5n11c2n PF:5n5n11c2n PM:5n5n11c2n RE:5n5n11c2n "
    "TF:5n5n11c2n WF:5n5n11c2n YT:5n5n11c2n GG:4a6n8n IM:4a6n8n JE:4a6n8n"
)


def _national_shapes(spec: str) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for item in spec.split():
        country, _ = item.split(":")
        out[country] = (*out.get(country, ()), *_bban_shapes(item).values())
    return out


_IBAN_NATIONAL = _national_shapes(_IBAN_NATIONAL_SPEC)


def _shape_ok(shape: str, bban: str) -> bool:
    return len(shape) == len(bban) and all(
        _BBAN_CLASS[k](c) for k, c in zip(shape, bban, strict=True)
    )


def _bban_ok(country: str, bban: str) -> bool:
    shape = _IBAN_BBAN.get(country)
    if shape is None:
        return True
    return _shape_ok(shape, bban)


def iban_length_ok(compact: str) -> bool:
    """Whether an upper-case IBAN without separators has its country's length and layout."""
    country, bban = compact[:2], compact[4:]
    if _IBAN_LENGTHS.get(country) == len(compact) and _bban_ok(country, bban):
        return True
    return any(_shape_ok(shape, bban) for shape in _IBAN_NATIONAL.get(country, ()))


def iban_lengths(country: str) -> frozenset[int]:
    """The lengths an IBAN of ``country`` may have (registry and national formats)."""
    out = {len(shape) + 4 for shape in _IBAN_NATIONAL.get(country, ())}
    if country in _IBAN_LENGTHS:
        out.add(_IBAN_LENGTHS[country])
    return frozenset(out)


def iban_valid(iban: str) -> bool:
    """Return whether ``iban`` (spaces allowed) is a well-formed IBAN.

    It needs its country's length and account layout (digits and letters where the IBAN
    registry puts them), check digits from 02 to 98 (ISO 13616 computes them as 98 minus a
    remainder of 97, so 00, 01 and 99 are never issued, though they pass the remainder test
    as 97, 98 and 02 would) and passes mod 97.

    >>> iban_valid("GB82 WEST 1234 5698 7654 32"), iban_valid("GB82 WEST 1234 5698 7654 33")
    (True, False)
    >>> iban_valid("GB82 1234 1234 5698 7654 32")  # a British bank code is four letters
    False
    """
    s = iban.replace(" ", "").replace("-", "").upper()
    if not s.isascii() or not s.isalnum() or len(s) < 15:  # noqa: PLR2004 - shortest IBAN (NO)
        return False
    if not s[2:4].isdigit() or s[2:4] in {"00", "01", "99"} or not iban_length_ok(s):
        return False
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def card_brand(digits: str) -> str:  # noqa: C901, PLR0912 - one branch per card network
    """Return the payment card brand implied by the IIN prefix and length, or ``""``.

    >>> card_brand("4111111111111111"), card_brand("378282246310005")
    ('visa', 'amex')
    >>> card_brand("9234567812345670") == "", card_brand("135412345678911")
    (True, 'uatp')
    >>> card_brand("6071234567890123"), card_brand("2201234567890123")
    ('rupay', 'mir')
    >>> card_brand("9792000000000003"), card_brand("3100000000000000005")
    ('troy', 'tunion')
    >>> card_brand("5019717010103742"), card_brand("50197170101037421") == ""
    ('dankort', True)
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
    elif p2 == 60 and n == 16:  # noqa: PLR2004 - India's RuPay (its 65 is Discover's)
        brand = "rupay"
    elif 2200 <= p4 <= 2204 and 16 <= n <= 19:  # noqa: PLR2004
        brand = "mir"
    elif p4 == 5019:  # noqa: PLR2004 - Denmark's Dankort: 16 digits only
        brand = "dankort" if n == 16 else ""  # noqa: PLR2004
    elif p2 in (50, 56, 57, 58, 61, 63, 66, 67, 68, 69) and 12 <= n <= 19:  # noqa: PLR2004
        # Maestro's 50 and 56-69, less the ranges of the networks above (60, 62, 64, 65)
        brand = "maestro"
    elif digits[:1] == "1" and n == 15:  # noqa: PLR2004
        brand = "uatp"  # airline cards (Universal Air Travel Plan)
    elif p4 == 9792 and n == 16:  # noqa: PLR2004 - Turkey's Troy (its 65 is Discover's)
        brand = "troy"
    elif p2 == 31 and n == 19:  # noqa: PLR2004 - China's T-Union transit cards
        brand = "tunion"
    return brand


def ssn_valid(digits: str) -> bool:
    """Return whether nine digits form a possible US SSN (SSA rules on area, group, serial).

    The rules are the SSA's own (never assigned: area 000, 666 or 900-999, group 00, serial
    0000) and the two numbers public use made void (the 1938 wallet card 078-05-1120 and the
    1940 pamphlet's 219-09-9999). A number that only looks made up (123-45-6789, one digit
    repeated) is assignable under those rules and is kept: like the test card 4111 1111 1111
    1111, it is what a person types into a form as their own, and it is redacted as one.

    >>> ssn_valid("536901234"), ssn_valid("000123456"), ssn_valid("666123456")
    (True, False, False)
    >>> ssn_valid("123456789"), ssn_valid("078051120"), ssn_valid("987654321")
    (True, False, False)
    """
    if len(digits) != 9 or not digits.isdigit():  # noqa: PLR2004
        return False
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    if area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000":
        return False
    return digits not in SSN_VOIDED


#: SSNs public use made void: the 1938 wallet card's and the 1940 pamphlet's. They were
#: issued (thousands of people then used the first as their own), so the detector still
#: redacts them, tagged ``voided``; :func:`ssn_valid` says they are no longer valid.
SSN_VOIDED = frozenset({"078051120", "219099999"})


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


def _bech32_decode(address: str) -> tuple[str, list[int], int] | None:
    """(human-readable part, data values without the checksum, checksum constant), or None."""
    if address.lower() != address and address.upper() != address:
        return None
    s = address.lower()
    pos = s.rfind("1")
    if pos < 1 or pos + 7 > len(s) or len(s) > 90:  # noqa: PLR2004
        return None
    hrp, data = s[:pos], s[pos + 1 :]
    try:
        values = [_BECH32_INDEX[c] for c in data]
    except KeyError:
        return None
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    const = _bech32_polymod(expanded + values)
    if const not in (_BECH32_CONST, _BECH32M_CONST):
        return None
    return hrp, values[:-6], const


def bech32_valid(address: str) -> bool:
    """Return whether ``address`` is a valid bech32 or bech32m string (BIP-173 / BIP-350).

    >>> bech32_valid("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq")
    True
    """
    return _bech32_decode(address) is not None


def segwit_address_valid(address: str, hrps: tuple[str, ...] = ("bc", "tb")) -> bool:
    """Return whether ``address`` is a segwit address (BIP-173 / BIP-350), not just bech32.

    Beyond the checksum: a witness version 0-16; a program of 2 to 40 bytes whose 5-bit
    groups end in at most four zero padding bits; version 0 with a 20- or 32-byte program and
    the bech32 checksum. Later versions take either checksum: bech32m since BIP-350, bech32
    in addresses written under BIP-173 before it (they still name a witness program).

    >>> segwit_address_valid("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq")
    True
    >>> segwit_address_valid("bc1gmk9yu")  # a valid bech32 string without a witness program
    False
    """
    decoded = _bech32_decode(address)
    if decoded is None:
        return False
    hrp, values, const = decoded
    if hrp not in hrps or not values or values[0] > 16:  # noqa: PLR2004 - OP_16
        return False
    version, groups = values[0], values[1:]
    acc = bits = 0
    program = 0
    for v in groups:
        acc = (acc << 5) | v
        bits += 5
        while bits >= 8:  # noqa: PLR2004
            bits -= 8
            program += 1
            acc &= (1 << bits) - 1 if bits else 0
    if bits >= 5 or acc:  # noqa: PLR2004 - more than four padding bits, or non-zero padding
        return False
    if not 2 <= program <= 40:  # noqa: PLR2004
        return False
    return version != 0 or (program in (20, 32) and const == _BECH32_CONST)

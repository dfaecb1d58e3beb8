"""Generalisation (coarser values) and keyed, per-subject date shifting."""

from __future__ import annotations

import datetime as dt
import functools
import hmac
import ipaddress
import itertools
import math
import re
import socket
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Literal

from privkit.errors import ConfigError, TransformError
from privkit.transform._base import KeyedMixin, TransformBase, type_error, utf8
from privkit.types import EntityType

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from privkit.keys import KeyRing
    from privkit.types import Context

__all__ = ["DateShift", "Generalize"]

Kind = Literal["auto", "ip", "mac", "imei", "date", "number", "postcode", "age"]
_KINDS = ("auto", "ip", "mac", "imei", "date", "number", "postcode", "age")
_AUTO: dict[EntityType, str] = {
    EntityType.IP_ADDRESS: "ip",
    EntityType.MAC_ADDRESS: "mac",
    EntityType.IMEI: "imei",
    EntityType.DATE_TIME: "date",
}
_HEX = re.compile(r"[0-9A-Fa-f]")

# ``kind="ip"``: the reference is Python's ``ipaddress`` (``_ip_reference``). ``_ip_many`` takes
# a fast path for the addresses on which it gives the reference's exact output and hands
# everything else (zone ids, IPv4-mapped networks, errors, unusual forms) to the reference.
# tests/unit/transform/test_generalize.py compares both on arbitrary addresses and variants.
_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"  # ipaddress: no leading zeros
_IPV4 = re.compile(rf"{_OCTET}\.{_OCTET}\.{_OCTET}\.{_OCTET}")
_V4MAPPED = bytes(10) + b"\xff\xff"  # ::ffff:0:0/96; ipaddress may print these dotted


def _ip_reference(value: str, ipv4_prefix: int, ipv6_prefix: int) -> str:
    """The network of ``value`` in CIDR form, by ``ipaddress`` (the slow, general path)."""
    utf8(value)
    try:
        addr = ipaddress.ip_address(value.strip())
    except ValueError:
        raise TransformError("generalize: value is not an IP address") from None
    bits = ipv4_prefix if addr.version == 4 else ipv6_prefix  # noqa: PLR2004
    return str(ipaddress.ip_network(f"{addr}/{bits}", strict=False))


def _ip_many(
    values: Iterable[str],
    ipv4_prefix: int,
    ipv6_prefix: int,
    *,
    fallback: Callable[[str, int, int], str | None] = _ip_reference,
    inet6: bool | None = None,
) -> list[str | None]:
    """``[_ip_reference(v, ipv4_prefix, ipv6_prefix) for v in values]``, fast.

    IPv4: a strict dotted quad (the regex, canonical decimal octets), then its leading octets
    for /8, /16, /24 and /32, else ``inet_aton``, integer masking and ``inet_ntoa``.
    IPv6: ``inet_pton`` (like ``ipaddress`` it refuses a fifth hex digit in a group and
    leading zeros in an embedded IPv4 part), integer masking, ``inet_ntop`` (the RFC 5952
    form, which ``ipaddress`` prints too); used when ``inet6`` (default: when this platform's
    functions pass ``_inet6_agrees``). Other values go to ``fallback``.
    """
    use6 = _inet6_agrees() if inet6 is None else inet6
    mask4 = ((1 << ipv4_prefix) - 1) << (32 - ipv4_prefix)
    mask6 = ((1 << ipv6_prefix) - 1) << (128 - ipv6_prefix)
    suffix4, suffix6 = f"/{ipv4_prefix}", f"/{ipv6_prefix}"
    # /8, /16, /24, /32 of a canonical dotted quad: keep its leading octets as written.
    drop = 4 - ipv4_prefix // 8 if ipv4_prefix and ipv4_prefix % 8 == 0 else None
    zeros4 = ".0" * (drop or 0) + suffix4
    is_v4, from_bytes, af6 = _IPV4.fullmatch, int.from_bytes, socket.AF_INET6
    aton, ntoa, pton, ntop = socket.inet_aton, socket.inet_ntoa, socket.inet_pton, socket.inet_ntop
    out: list[str | None] = []
    append = out.append
    for value in values:
        s = value.strip()
        if is_v4(s):
            if drop is not None:
                append(s.rsplit(".", drop)[0] + zeros4)
            else:
                append(ntoa((from_bytes(aton(s), "big") & mask4).to_bytes(4, "big")) + suffix4)
            continue
        if use6 and "%" not in s:  # zone ids: the reference
            try:
                packed = pton(af6, s)
            except (OSError, ValueError):  # not an address, NUL, lone surrogate: the reference
                packed = None
            if packed is not None:
                net = (from_bytes(packed, "big") & mask6).to_bytes(16, "big")
                text = "." if net[:12] == _V4MAPPED else ntop(af6, net)
                if "." not in text:  # not printed with an IPv4 tail
                    append(text + suffix6)
                    continue
        append(fallback(value, ipv4_prefix, ipv6_prefix))
    return out


@functools.cache
def _inet6_agrees() -> bool:
    """Whether this platform's ``inet_pton``/``inet_ntop`` agree with ``ipaddress``.

    Checked once, on first use, on edge cases of RFC 5952 compression and of parsing; where they
    disagree (or IPv6 sockets are missing), every IPv6 address takes the reference path.
    """
    valid = (
        "::", "::1", "1::", "1:0:0:2::3", "1::2:0:0:3", "1:0:1:0:1:0:1:0", "0:0:1::",
        "2001:DB8:0:0:1:0:0:1", "2001:db8::0:1", "fe80:0:0:0:0:0:0:1", "1:2:3:4:5:6:7:8",
        "0001:0002::", "::ffff:1.2.3.4", "64:ff9b::192.0.2.33", "::1.2.3.4", "1:2:3:4:5:6:1.2.3.4",
    )  # fmt: skip
    invalid = (
        "1:2:3:4:5:6:7:8:9", "1:2:3:4::5:6:7:8", "::1.2.3.04", "::256.1.1.1", "12345::",
        ":1::", "1::2::3", "::1:", "1:::2", "::1.2.3", "g::", "::1.2.3.4.5", "1.2.3.4.5", "",
        "1:2:3:4:5:6:7:1.2.3.4", "::1.2.3.4:1", ":", ":::", "1:2:3:4:5:6:7",
    )  # fmt: skip

    def declined(value: str, v4: int, v6: int) -> None:  # noqa: ARG001
        return None

    try:
        return all(
            fast in (None, _ip_reference(c, 32, bits))
            for bits in (0, 16, 48, 64, 100, 112, 127, 128)
            for c, fast in zip(
                valid, _ip_many(valid, 32, bits, inet6=True, fallback=declined), strict=True
            )
        ) and _ip_many(invalid, 32, 128, inet6=True, fallback=declined) == [None] * len(invalid)
    except (OSError, ValueError, AttributeError):  # no IPv6 support in the socket module
        return False


def _posint(value: object, what: str) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ConfigError(f"{what} must be a non-negative integer")


def _parse_date(value: str) -> dt.date:
    try:
        if len(value) == 10:  # noqa: PLR2004
            return dt.date.fromisoformat(value)
        return dt.datetime.fromisoformat(value)
    except ValueError:
        raise TransformError("value is not an ISO 8601 date") from None


@dataclass(frozen=True, slots=True, kw_only=True)
class Generalize(TransformBase):
    """Replace a value by a coarser one that many people share.

    Kinds: ``ip`` (network in CIDR form, ``/24`` for IPv4 and ``/48`` for IPv6 by default),
    ``mac`` (the OUI, vendor part), ``imei`` (the 8-digit TAC, device model), ``date``
    (ISO date to day, month or year), ``number`` (bucket ``"30-39"``), ``postcode``
    (first characters), ``age`` (range from ``age_bands``: ``"<18"``, ``"25-34"``, ``"65+"``).
    ``auto`` takes the kind from ``ctx.entity`` (IP, MAC, IMEI, date).

    ``number`` and ``age`` also accept ``int``/``float``; ``date`` accepts ``date`` and
    ``datetime`` objects. Outputs are strings.

    Args:
        kind: what the value is (see above).
        ipv4_prefix: IPv4 network bits kept (0..32).
        ipv6_prefix: IPv6 network bits kept (0..128).
        date_level: ``"day"``, ``"month"`` or ``"year"``.
        bucket: width of number buckets.
        postcode_keep: characters of the postcode kept (spaces ignored).
        age_bands: ascending lower bounds of the age ranges.

    >>> Generalize(kind="ip")("203.0.113.77")
    '203.0.113.0/24'
    >>> Generalize(kind="age")("37")
    '35-44'
    >>> Generalize(kind="date", date_level="month")("2024-03-17")
    '2024-03'
    """

    name: ClassVar[str] = "generalize"
    kind: Kind = "auto"
    ipv4_prefix: int = 24
    ipv6_prefix: int = 48
    date_level: Literal["day", "month", "year"] = "month"
    bucket: int = 10
    postcode_keep: int = 3
    age_bands: tuple[int, ...] = (18, 25, 35, 45, 55, 65)

    def __post_init__(self) -> None:
        if self.kind not in _KINDS:
            raise ConfigError(f"generalize: kind must be one of {', '.join(_KINDS)}")
        _posint(self.ipv4_prefix, "generalize: ipv4_prefix")
        _posint(self.ipv6_prefix, "generalize: ipv6_prefix")
        if self.ipv4_prefix > 32 or self.ipv6_prefix > 128:  # noqa: PLR2004
            raise ConfigError("generalize: prefix longer than the address")
        if self.date_level not in ("day", "month", "year"):
            raise ConfigError("generalize: date_level must be 'day', 'month' or 'year'")
        _posint(self.bucket, "generalize: bucket")
        if self.bucket == 0:
            raise ConfigError("generalize: bucket must be positive")
        _posint(self.postcode_keep, "generalize: postcode_keep")
        bands = tuple(self.age_bands)
        for b in bands:
            _posint(b, "generalize: age_bands")
        if not bands or list(bands) != sorted(set(bands)):
            raise ConfigError("generalize: age_bands must be ascending and distinct")
        object.__setattr__(self, "age_bands", bands)

    def _kind(self, ctx: Context | None) -> str:
        if self.kind != "auto":
            return self.kind
        entity = ctx.entity if ctx is not None else None
        kind = _AUTO.get(entity) if entity is not None else None
        if kind is None:
            raise TransformError(
                "generalize: kind='auto' needs ctx.entity of IP, MAC, IMEI or date"
            )
        return kind

    def _apply_one(self, value: object, ctx: Context | None) -> object:
        if isinstance(value, bool):
            raise type_error(value, self.name)
        if isinstance(value, int | float) and self._kind(ctx) in ("number", "age"):
            return self._number(value, age=self._kind(ctx) == "age")
        if isinstance(value, dt.date) and self._kind(ctx) == "date":
            return self._date(value)
        return self(self._coerce(value), ctx)

    def _batch(self, values: list[str], ctx: Context | None) -> list[str | None]:
        try:
            kind = self._kind(ctx)
        except TransformError:
            kind = None  # raised by the first value below, after its own checks
        if kind != "ip":
            return [self(v, ctx) for v in values]
        return _ip_many(values, self.ipv4_prefix, self.ipv6_prefix)

    def __call__(self, value: str, /, ctx: Context | None = None) -> str:
        utf8(value)
        kind = self._kind(ctx)
        if kind == "ip":
            return _ip_many((value,), self.ipv4_prefix, self.ipv6_prefix)[0]  # type: ignore[return-value]
        if kind == "mac":
            pos = [i for i, c in enumerate(value) if _HEX.match(c)]
            if len(pos) != 12:  # noqa: PLR2004
                raise TransformError("generalize: value is not a MAC address")
            return value[: pos[5] + 1]
        if kind == "imei":
            digits = "".join(c for c in value if c.isdigit())
            if len(digits) not in (14, 15, 16):
                raise TransformError("generalize: value is not an IMEI")
            return digits[:8]
        if kind == "date":
            return self._date(_parse_date(value.strip()))
        if kind == "postcode":
            compact = "".join(value.split()).upper()
            return compact[: self.postcode_keep]
        try:
            number = float(value.strip()) if "." in value else int(value.strip())
        except ValueError:
            raise TransformError(f"generalize: value is not a number ({kind})") from None
        return self._number(number, age=kind == "age")

    def _date(self, d: dt.date) -> str:
        if self.date_level == "year":
            return f"{d.year:04d}"
        if self.date_level == "month":
            return f"{d.year:04d}-{d.month:02d}"
        return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"

    def _number(self, x: float, *, age: bool) -> str:
        if isinstance(x, float) and not math.isfinite(x):
            raise TransformError("generalize: value is not a finite number")
        if age:
            if x < 0:
                raise TransformError("generalize: an age cannot be negative")
            bands = self.age_bands
            if x < bands[0]:
                return f"<{bands[0]}"
            for lo, hi in itertools.pairwise(bands):
                if lo <= x < hi:
                    return f"{lo}-{hi - 1}"
            return f"{bands[-1]}+"
        lo = math.floor(x / self.bucket) * self.bucket
        if isinstance(x, int):
            return f"{lo}-{lo + self.bucket - 1}"
        return f"{lo}-{lo + self.bucket}"


@dataclass(frozen=True, slots=True, kw_only=True)
class DateShift(TransformBase, KeyedMixin):
    """Shift dates by a keyed offset that is the same for every date of one subject.

    The offset is ``1..max_days`` days, forwards or backwards, from
    ``HMAC(key, ctx.subject)``: intervals between one subject's dates are kept, calendar
    positions are hidden. ISO strings keep their form (``2024-03-17``, or a datetime with
    its time and zone); ``date``/``datetime`` objects come back as the same type.
    :meth:`reveal` shifts back.

    Args:
        keys: the key ring.
        key: master key name.
        max_days: largest shift in days.
        require_subject: refuse values without ``ctx.subject`` (default). When false the
            field name (or nothing) is used, which gives one offset for the whole column.
        version: pin a key version (offsets change with the key: pin it before rotating).

    >>> from privkit.keys import KeyRing
    >>> from privkit.types import Context
    >>> s = DateShift(keys=KeyRing.generate("dates"), key="dates")
    >>> ctx = Context(subject="patient-17")
    >>> s.reveal(s("2024-03-17", ctx), ctx)
    '2024-03-17'
    """

    name: ClassVar[str] = "date_shift"
    accepts_int: ClassVar[bool] = False
    keys: KeyRing
    key: str
    max_days: int = 30
    require_subject: bool = True
    version: int | None = None

    @property
    def uses_subject(self) -> bool:
        """Always: the offset is keyed by ``ctx.subject``."""
        return True

    def __post_init__(self) -> None:
        self._check_keys()
        if self.version is not None:
            self.keys.get(self.key, self.version)
        _posint(self.max_days, "date_shift: max_days")
        if not 1 <= self.max_days <= 3650:  # noqa: PLR2004
            raise ConfigError("date_shift: max_days must be 1..3650")

    def offset(self, ctx: Context | None) -> dt.timedelta:
        """Return the shift used for ``ctx`` (``ctx.subject``)."""
        subject = ctx.subject if ctx is not None else None
        if subject is None:
            if self.require_subject:
                raise TransformError("date_shift needs ctx.subject (or require_subject=False)")
            subject = f"\0field:{(ctx.field if ctx is not None else None) or ''}"
        k = self.keys.derive(self.key, purpose="date_shift", version=self.version)
        n = int.from_bytes(hmac.digest(k, utf8(subject), "sha256")[:8], "big")
        days = n % self.max_days + 1
        return dt.timedelta(days=days if (n >> 32) & 1 else -days)

    def _apply_one(self, value: object, ctx: Context | None) -> object:
        if isinstance(value, dt.date):
            return value + self.offset(ctx)
        return self(self._coerce(value), ctx)

    def _shift(self, value: str, delta: dt.timedelta) -> str:
        d = _parse_date(value.strip())
        shifted = d + delta
        if isinstance(d, dt.datetime):
            sep = "T" if "T" in value else " "
            return shifted.isoformat(sep=sep)  # type: ignore[call-arg]
        return shifted.isoformat()

    def __call__(self, value: str, /, ctx: Context | None = None) -> str:
        return self._shift(value, self.offset(ctx))

    def reveal(self, token: str, /, ctx: Context | None = None) -> str:
        """Shift a date back by the subject's offset."""
        return self._shift(token, -self.offset(ctx))

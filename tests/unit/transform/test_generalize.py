import datetime as dt
import ipaddress
import sys

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from privkit.errors import ConfigError, TransformError
from privkit.keys import KeyRing
from privkit.transform import DateShift, Generalize, apply, apply_many
from privkit.transform import _generalize as gen
from privkit.types import Context, EntityType


class TestGeneralize:
    @pytest.mark.parametrize(
        ("kwargs", "value", "expected"),
        [
            ({"kind": "ip"}, "203.0.113.77", "203.0.113.0/24"),
            ({"kind": "ip", "ipv4_prefix": 16}, "203.0.113.77", "203.0.0.0/16"),
            ({"kind": "ip"}, "2001:db8:abcd:12::1", "2001:db8:abcd::/48"),
            ({"kind": "ip", "ipv6_prefix": 32}, "2001:db8:abcd:12::1", "2001:db8::/32"),
            ({"kind": "mac"}, "00:1A:2B:3C:4D:5E", "00:1A:2B"),
            ({"kind": "mac"}, "001a.2b3c.4d5e", "001a.2b"),
            ({"kind": "imei"}, "49-015420-323751-8", "49015420"),
            ({"kind": "date"}, "2024-03-17", "2024-03"),
            ({"kind": "date", "date_level": "year"}, "2024-03-17T10:22:00", "2024"),
            ({"kind": "date", "date_level": "day"}, "2024-03-17T10:22:00+02:00", "2024-03-17"),
            ({"kind": "number"}, "37", "30-39"),
            ({"kind": "number", "bucket": 100}, "-5", "-100--1"),
            ({"kind": "number"}, "37.5", "30-40"),
            ({"kind": "postcode"}, "SW1A 1AA", "SW1"),
            ({"kind": "postcode", "postcode_keep": 2}, "75011", "75"),
            ({"kind": "age"}, "17", "<18"),
            ({"kind": "age"}, "18", "18-24"),
            ({"kind": "age"}, "64", "55-64"),
            ({"kind": "age"}, "90", "65+"),
            ({"kind": "age", "age_bands": (20, 40)}, "30", "20-39"),
        ],
    )
    def test_cases(self, kwargs, value, expected):
        assert Generalize(**kwargs)(value) == expected

    def test_auto_from_entity(self):
        g = Generalize()
        assert g("203.0.113.77", Context(entity=EntityType.IP_ADDRESS)) == "203.0.113.0/24"
        assert g("00:1A:2B:3C:4D:5E", Context(entity=EntityType.MAC_ADDRESS)) == "00:1A:2B"
        with pytest.raises(TransformError, match="auto"):
            g("x")

    def test_non_string_inputs(self):
        assert apply(Generalize(kind="age"), 37) == "35-44"
        assert apply(Generalize(kind="number"), 12.5) == "10-20"
        assert apply(Generalize(kind="date"), dt.date(2024, 3, 17)) == "2024-03"
        assert apply(Generalize(kind="date", date_level="day"), dt.datetime(2024, 3, 17, 9)) == (  # noqa: DTZ001
            "2024-03-17"
        )
        with pytest.raises(TypeError):
            apply(Generalize(kind="age"), True)

    @pytest.mark.parametrize(
        ("kind", "value"),
        [
            ("ip", "300.1.1.1"),
            ("mac", "00:1A"),
            ("imei", "123"),
            ("date", "17/03/2024"),
            ("number", "abc"),
            ("age", "-3"),
            ("number", "nan"),
        ],
    )
    def test_bad_values(self, kind, value):
        with pytest.raises(TransformError) as exc:
            Generalize(kind=kind)(value)
        assert value not in str(exc.value)

    @pytest.mark.parametrize(
        "kwargs",
        [
            {"kind": "zip"},
            {"ipv4_prefix": 33},
            {"ipv6_prefix": -1},
            {"bucket": 0},
            {"date_level": "week"},
            {"age_bands": (30, 20)},
            {"age_bands": ()},
            {"postcode_keep": "3"},
        ],
    )
    def test_invalid(self, kwargs):
        with pytest.raises(ConfigError):
            Generalize(**kwargs)


def _reference(value: str, v4: int, v6: int) -> tuple[str, str]:
    """``Generalize(kind="ip")`` as it was before the fast paths: ipaddress, value by value."""
    try:
        value.encode("utf-8")
        addr = ipaddress.ip_address(value.strip())
    except ValueError:  # UnicodeEncodeError included
        return ("error", "")
    bits = v4 if addr.version == 4 else v6
    return ("ok", str(ipaddress.ip_network(f"{addr}/{bits}", strict=False)))


def _declined(value: str, v4: int, v6: int) -> None:
    """A fallback that marks the values the fast path hands to ``ipaddress``."""
    return


def _outcome(fn, value: str) -> tuple[str, str]:
    try:
        return ("ok", fn(value))
    except TransformError:
        return ("error", "")


def _dotted_tail(addr: ipaddress.IPv6Address) -> str:
    """The same address with its last 32 bits written as an IPv4 dotted quad."""
    head = addr.exploded.rsplit(":", 2)[0]
    return f"{head}:{ipaddress.IPv4Address(int(addr) & 0xFFFFFFFF)}"


def _variants(addr: ipaddress.IPv4Address | ipaddress.IPv6Address) -> list[str]:
    text = str(addr)
    out = [text, text.upper(), f" {text}\t", f"{text}\n", f"[{text}]", f"{text}:80", f"{text}/24"]
    if addr.version == 6:
        out += [addr.exploded, addr.exploded.upper(), _dotted_tail(addr), f"{text}%eth0",
                f"{text}%", f"{text}%1%2", f"::ffff:{ipaddress.IPv4Address(int(addr) >> 96)}"]  # fmt: skip
    else:
        out += [f"::ffff:{text}", f"::{text}", f"64:ff9b::{text}", text.replace(".", ".0", 1)]
    return out


_IP_TEXT = st.one_of(
    st.ip_addresses().flatmap(lambda a: st.sampled_from(_variants(a))),
    st.text("0123456789abcdefABCDEF:.%/ ", max_size=45),  # near-addresses, mostly invalid
    st.ip_addresses()
    .map(str)
    .flatmap(  # one character inserted, replaced or deleted
        lambda t: st.tuples(
            st.integers(0, len(t)), st.sampled_from("0:.fF%x \x00\u0661"), st.integers(0, 2)
        ).map(lambda a, t=t: t[: a[0]] + (a[1] if a[2] < 2 else "") + t[a[0] + (a[2] > 0) :])
    ),
)


class TestGeneralizeIPFastPath:
    """The inet/regex fast paths give exactly what ``ipaddress`` gives, errors included."""

    @given(text=_IP_TEXT, v4=st.integers(0, 32), v6=st.integers(0, 128))
    @example(text="::ffff:1.2.3.4", v4=24, v6=128)  # IPv4-mapped network: printed by ipaddress
    @example(text="fe80::%eth0", v4=24, v6=128)  # zone id kept when no host bits are cleared
    @example(text="::1.2.3.4", v4=24, v6=128)  # inet_ntop would print ::1.2.3.4
    @example(text="1:0:0:2:0:0:0:3", v4=24, v6=128)  # longest zero run wins
    @example(text="1:0:0:2:0:0:3:4", v4=24, v6=128)  # ties: the first run
    @example(text="1:0:2:3:4:5:6:7", v4=24, v6=128)  # a single zero group is not compressed
    @example(text="10.0.0.255", v4=8, v6=48)  # octet-aligned IPv4 prefixes: string path
    @example(text="10.20.30.40", v4=16, v6=48)
    @example(text=" 10.20.0.40 ", v4=32, v6=48)
    @example(text="10.20.30.40", v4=0, v6=48)
    @example(text="\ud800", v4=24, v6=48)  # lone surrogate
    @example(text="1.2.3.4\x00", v4=24, v6=48)
    def test_same_as_ipaddress(self, text, v4, v6):
        g = Generalize(kind="ip", ipv4_prefix=v4, ipv6_prefix=v6)
        expected = _reference(text, v4, v6)
        assert _outcome(g, text) == expected
        [fast] = gen._ip_many([text], v4, v6, fallback=_declined)
        assert fast is None or ("ok", fast) == expected

    @given(addrs=st.lists(st.ip_addresses(), min_size=1, max_size=20), v6=st.integers(0, 128))
    def test_column_same_as_values(self, addrs, v6):
        values = [str(a) for a in addrs]
        ctx = Context(entity=EntityType.IP_ADDRESS)
        got = apply_many(Generalize(ipv6_prefix=v6), values, ctx)
        assert got == [_reference(v, 24, v6)[1] for v in values]

    def test_fast_path_taken_for_common_addresses(self):
        # Otherwise the property above would hold vacuously (every value on the reference path).
        values = ["93.211.17.254", "10.1.2.3", "fe80::1%eth0", "1.2.3.04", "::ffff:1.2.3.4"]
        assert gen._ip_many(values, 12, 128, fallback=_declined) == [
            "93.208.0.0/12", "10.0.0.0/12", None, None, None
        ]  # fmt: skip
        if sys.platform == "linux":  # glibc's inet_pton/inet_ntop agree with ipaddress
            assert gen._inet6_agrees()
        if gen._inet6_agrees():
            values = ["2A02:1f3::9a", "2001:db8:1:2:3:4:5:6"]
            assert gen._ip_many(values, 24, 61, fallback=_declined) == [
                "2a02:1f3::/61", "2001:db8:1::/61"
            ]  # fmt: skip

    def test_column_error_is_the_first_bad_value(self):
        ctx = Context(entity=EntityType.IP_ADDRESS)
        with pytest.raises(TransformError, match="not an IP address"):
            apply_many(Generalize(), ["10.0.0.1", "10.0.0.999", "::1"], ctx)
        with pytest.raises(TransformError, match="auto"):
            apply_many(Generalize(), ["10.0.0.1"])


class TestDateShift:
    @pytest.fixture
    def shift(self):
        return DateShift(keys=KeyRing.generate("dates"), key="dates", max_days=30)

    def test_consistent_per_subject(self, shift):
        a = Context(subject="alice")
        d1, d2 = shift("2024-03-17", a), shift("2024-04-01", a)
        delta = dt.date.fromisoformat(d2) - dt.date.fromisoformat(d1)
        assert delta == dt.timedelta(days=15)  # intervals are kept
        offset = dt.date.fromisoformat(d1) - dt.date(2024, 3, 17)
        assert 1 <= abs(offset.days) <= 30
        assert shift.reveal(d1, a) == "2024-03-17"

    def test_subjects_get_different_offsets(self, shift):
        offsets = {shift.offset(Context(subject=f"s{i}")) for i in range(40)}
        assert len(offsets) > 10

    def test_formats_and_types(self, shift):
        a = Context(subject="alice")
        delta = shift.offset(a)
        assert shift("2024-03-17T10:00:00", a) == (dt.datetime(2024, 3, 17, 10) + delta).isoformat()  # noqa: DTZ001
        assert apply(shift, dt.date(2024, 3, 17), a) == dt.date(2024, 3, 17) + delta
        out = shift("2024-03-17 10:00:00+01:00", a)
        assert out.endswith("10:00:00+01:00")
        assert " " in out

    def test_needs_subject(self, shift):
        with pytest.raises(TransformError, match="subject"):
            shift("2024-03-17")
        loose = DateShift(keys=shift.keys, key="dates", require_subject=False)
        assert loose("2024-03-17", Context(field="a")) == loose("2024-03-17", Context(field="a"))

    def test_rejects_int_and_bad_dates(self, shift):
        with pytest.raises(TypeError):
            apply(shift, 20240317, Context(subject="a"))
        with pytest.raises(TransformError):
            shift("March 3", Context(subject="a"))

    def test_version_pin_survives_rotation(self):
        ring = KeyRing.generate("d")
        pinned = DateShift(keys=ring, key="d", version=1)
        ctx = Context(subject="s")
        shifted = pinned("2024-03-17", ctx)
        ring.rotate("d")
        assert pinned.reveal(shifted, ctx) == "2024-03-17"

    @pytest.mark.parametrize("max_days", [0, 5000, -1, 1.5])
    def test_invalid(self, max_days):
        with pytest.raises(ConfigError):
            DateShift(keys=KeyRing.generate("d"), key="d", max_days=max_days)

import datetime as dt

import pytest

from privkit.errors import ConfigError, TransformError
from privkit.keys import KeyRing
from privkit.transform import DateShift, Generalize, apply
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

"""ISO 8601 dates as validators test them: the seventeenth vector set's classes (H79).

The measure is ``python -m benchmarks.bench_detect_vectors --dev17``; these tests pin each
mechanism with values written here.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.unit.detect._patterns import found

from privkit.detect import Scanner

PHONE = "PHONE_NUMBER"
DATES = Scanner(entities=["DATE_TIME", "PHONE_NUMBER"])


def findings(text: str) -> list[tuple[str, str]]:
    return [(f.entity_type.value, text[f.start : f.end]) for f in DATES.scan(text)]


class TestAnIsoDateOfAnyYearIsNoPhoneNumber:
    @pytest.mark.parametrize("value", ["0400-02-29", "1582-10-10", "1066-10-14", "0001-01-01"])
    def test_year_month_day_with_hyphens(self, value):
        assert found(value, PHONE) == []
        assert found(f"Contact: {value}.", PHONE) == []
        assert findings(value) == [("DATE_TIME", value)]
        assert findings(f"The charter is dated {value} in the archive.") == [("DATE_TIME", value)]

    @pytest.mark.parametrize("value", ["0400-13-29", "0400 02 29", "0400-02-32"])
    def test_not_a_calendar_layout_is_not_made_a_date_here(self, value):
        assert ("DATE_TIME", value) not in findings(value)

    @given(st.integers(0, 9999), st.integers(1, 12), st.integers(1, 28))
    @settings(max_examples=60, deadline=None)
    def test_no_iso_date_is_a_phone_number(self, year, month, day):
        value = f"{year:04d}-{month:02d}-{day:02d}"
        assert found(f"Contact: {value}.", PHONE) == []


class TestAFractionOfASecondOfAnyLength:
    @pytest.mark.parametrize(
        "value",
        ["1985-04-12T00:59:59.999999999999999Z", "2024-01-05T10:00:00.1234567890+01:00",
         "2024-01-05 10:00:00,123456789012", "15/01/2019T04:05:06.789120123456Z"],
    )  # fmt: skip
    def test_the_whole_time_is_read(self, value):
        assert findings(value) == [("DATE_TIME", value)]
        assert findings(f"Signed at {value} by the clerk.") == [("DATE_TIME", value)]

    def test_a_fraction_longer_than_eighteen_digits_is_not_read_as_part_of_a_date(self):
        value = "2024-01-05T10:00:00." + "1" * 19 + "Z"
        assert findings(value) == []

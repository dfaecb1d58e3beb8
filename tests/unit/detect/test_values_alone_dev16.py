"""Phone numbers and dates written alone: the sixteenth vector set's classes (H74).

The measure is ``python -m benchmarks.bench_detect_vectors --dev16``; these tests pin each
mechanism with values written here.
"""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.unit.detect._patterns import found

from privkit.detect import Scanner

PHONE = "PHONE_NUMBER"
DATES = Scanner(entities=["DATE_TIME"])


def dates(text: str) -> list[str]:
    return [text[f.start : f.end] for f in DATES.scan(text)]


class TestAnExtensionsSpacesAreNoDigitGroups:
    @pytest.mark.parametrize(
        "value",
        ["+33 6 12 34 56 78 ext. 456", "+33 6 12 34 56 78 x 456", "+44 20 7946 0018 extension 12"],
    )
    def test_a_number_in_many_groups_keeps_its_extension(self, value):
        assert found(value, PHONE) == [(PHONE, value)]
        assert found(f"Call {value} today.", PHONE) == [(PHONE, value)]

    @pytest.mark.parametrize("text", ["1 2 3 4 5 6 7 8 x 9", "10 20 30 40 50 60 70 80 ext. 9"])
    def test_a_run_of_small_numbers_stays_no_phone_number(self, text):
        assert found(text, PHONE) == []


class TestIsoTimesAfterAT:
    @pytest.mark.parametrize(
        "value",
        ["2012-09-03T03:00PM", "2012-09-03T03:00p", "2012-09-03T03:00am", "2011-10-08T18",
         "2013-02-03T04+01:00", "2015-10-08T1015", "2015-10-08T101530Z"],
    )  # fmt: skip
    def test_a_twelve_hour_mark_an_hour_alone_and_the_basic_format(self, value):
        assert dates(value) == [value]
        assert dates(f"The form was signed {value} at the desk.") == [value]

    @pytest.mark.parametrize(
        ("text", "date"),
        # (an hour with a twelve-hour mark is a time of the date, read with it since H117)
        [("on 2021-05-12 10 items", "2021-05-12"), ("on 2021-05-12 3pm", "2021-05-12 3pm")],
    )
    def test_an_hour_alone_after_a_space_is_not_read(self, text, date):
        assert dates(text) == [date]

    @pytest.mark.parametrize("text", ["build 2021-05-12T1 x", "2021-05-12T25", "2021-05-12T10x"])
    def test_near_misses(self, text):
        assert dates(text) == []

    def test_a_t_time_after_a_numeric_date(self):
        assert dates("15/01/2019T04:05:06.789120Z") == ["15/01/2019T04:05:06.789120Z"]
        assert dates("31/12/2019T23:59") == ["31/12/2019T23:59"]

    def test_event_times_in_machine_text_stay_out(self):
        assert dates("ts=2024-01-05T10 level=info msg=started") == []


class TestMonthNames:
    @pytest.mark.parametrize(
        "value",
        ["Tue Apr 07 22:52:51 2009", "Wed Jun 30 21:49:08 UTC 1993", "Sat Jan  5 09:03:11 2019",
         "Apr 07 22:52:51.123 2009"],
    )  # fmt: skip
    def test_the_ctime_layout(self, value):
        assert dates(value) == [value]

    def test_the_ctime_layout_in_a_log_record_is_an_event_time(self):
        assert dates("pid=12 Tue Apr 07 22:52:51 2009 level=info started") == []

    @pytest.mark.parametrize("value", ["10Sep2001", "03JAN2019", "1dec1999"])
    def test_a_day_month_and_year_glued(self, value):
        assert dates(value) == [value]
        assert dates(f"born {value} in Leeds") == [value]

    @pytest.mark.parametrize("text", ["10Sep20011", "x10Sep2001", "99Sep2001", "10Sep2001x"])
    def test_glued_near_misses(self, text):
        assert dates(text) == []

    def test_a_full_stop_after_the_day(self):
        assert dates("Am 9. September 2019 kam er.") == ["9. September 2019"]

    @settings(max_examples=100, deadline=None)
    @given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
    def test_any_glued_date_is_found(self, day):
        value = day.strftime("%d%b%Y")
        assert dates(f"expires {value} here") == [value]


class TestAnExpandedIsoYearIsNoPhoneNumber:
    @pytest.mark.parametrize("value", ["+2012-05-25", "+1999-12-31"])
    def test_a_plus_before_a_year_month_and_day(self, value):
        assert found(value, PHONE) == []
        assert dates(value) == [value[1:]]

    def test_a_number_of_that_calling_code_in_groups_stays_one(self):
        assert found("call +20 12 0525 3344", PHONE) == [(PHONE, "+20 12 0525 3344")]

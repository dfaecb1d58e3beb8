"""DATE_TIME (asked for explicitly): dates and date-times in prose, not event times in logs."""

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from privkit.detect import Scanner

DATES = Scanner(entities=["DATE_TIME"])


def dates(text: str) -> list[str]:
    return [text[f.start : f.end] for f in DATES.scan(text)]


class TestDateTimes:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("The meeting is on 2024-01-05 10:00.", ["2024-01-05 10:00"]),
            ("Signed 2009-05-19T14:39:22-06:00 by her", ["2009-05-19T14:39:22-06:00"]),
            ("seen 2010-02-18t16:12:23.23334444z again", ["2010-02-18t16:12:23.23334444z"]),
            ("admitted 05/19/2009 2:30 PM by the nurse", ["05/19/2009 2:30 PM"]),
            ("2009-05-19T14:39:22.500Z", ["2009-05-19T14:39:22.500Z"]),  # a whole value
            ("born on 3 May 1984", ["3 May 1984"]),
        ],
    )
    def test_dates_with_a_time_in_prose_are_reported_whole(self, text, expected):
        assert dates(text) == expected

    @pytest.mark.parametrize(
        "text",
        [
            "2024-01-05T10:00:00Z GET /index.html 200",
            "ts=2024-01-05T10:00:00Z level=info msg=started",
            '10.0.0.1 - - [19/May/2009:10:00:00 +0000] "GET / HTTP/1.1" 200',
            '{"time": "2024-01-05 10:00:00", "event": "login"}',
        ],
    )
    def test_event_times_in_machine_text_are_not(self, text):
        assert dates(text) == []

    @pytest.mark.parametrize(
        "text",
        [
            "nonsense2021-01-01T00:00:00Z",
            "2021-01-01T00:00:00Znonsense",
            "2009-13-19 14:39:22",
            "v2009-05-19T14:39",
        ],
    )
    def test_near_misses(self, text):
        assert dates(text) == []

    @settings(max_examples=200, deadline=None)
    @given(
        st.datetimes(
            min_value=datetime(1900, 1, 1),  # noqa: DTZ001 - naive bounds, as hypothesis wants
            max_value=datetime(2099, 12, 31),  # noqa: DTZ001
        ),
        st.sampled_from(["T", " "]),
        st.sampled_from(["seconds", "milliseconds", "minutes"]),
        st.booleans(),
    )
    def test_any_iso_date_time_in_a_sentence_is_found_whole(self, when, sep, spec, zoned):
        if zoned:
            when = when.replace(tzinfo=UTC) + timedelta(0)
        value = when.isoformat(sep=sep, timespec=spec)
        text = f"The form was signed {value} at the desk."
        assert dates(text) == [value]


LAYOUTS = ["%d %B", "%B %d", "%d %b %Y", "%b %d, %Y", "%B %Y", "%d/%m/%Y", "%m/%d/%Y",
           "%Y/%m/%d", "%Y.%m.%d", "%d-%b-%Y", "%Y %b"]  # fmt: skip


class TestCalendarDates:
    """Dates as people write them, with and without a year, and days that do not exist."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("The deadline is 10 August", ["10 August"]),
            ("The deadline is August 10", ["August 10"]),
            ("We met on Dec. 21 at the bar", ["Dec. 21"]),
            ("Due on the 12th of July", ["12th of July"]),
            ("Flights leave SUN 15SEP", ["SUN 15SEP"]),  # the week day read with the date
            ("Paid 2012/8/10 by card", ["2012/8/10"]),
            ("Paid 2014.12.28 by card", ["2014.12.28"]),
            ("Signed 2021-5-12", ["2021-5-12"]),
            ("Opened 12-May-2021 in Leeds", ["12-May-2021"]),
            ("Issued 06/Nov/2023 to her", ["06/Nov/2023"]),
            ("Released 2024 Aug in Japan", ["2024 Aug"]),
            ("Closed Sep-2012", ["Sep-2012"]),
            ("arriving in August, 2012, probably", ["August, 2012"]),
            ("from November 1,2001 to March 31,2002", ["November 1,2001", "March 31,2002"]),
            ("born 3 Aug 96 in Rome", ["3 Aug 96"]),
            ("born Aug 9, '96 in Rome", ["Aug 9, '96"]),
            ("5 May 12:00", ["5 May 12:00"]),  # a whole value: the date and its time
        ],
    )
    def test_found(self, text, expected):
        assert dates(text) == expected

    @pytest.mark.parametrize(
        "text",
        [
            "02/29/2022",  # not a leap year
            "2014-02-30",
            "06/31/2022",
            "18/13/2022",
            "You may 5 times try",  # "may" as a verb: no name's capital
            "Jun 11 15:26:33 gw-core-01 sshd[5500]: session opened",  # a syslog header
            '{"app_version":"10.14.20","os":"iOS 16.5.3"}',  # a version in machine text
            "Set-Cookie: a=b; Expires=Fri, 17 Jun 2027 07:28:00 GMT; Path=/",
            "I'm at 10.1 - 10.12",
            "1-2-3",
            "jan",
        ],
    )
    def test_not_found(self, text):
        assert dates(text) == []

    def test_a_leap_day_is_a_date(self):
        assert dates("born 02/29/2024") == ["02/29/2024"]
        assert dates("born 29.02.2000") == ["29.02.2000"]
        assert dates("born 29.02.1900") == []  # 1900 was no leap year

    @settings(max_examples=300, deadline=None)
    @given(
        st.dates(min_value=datetime(1900, 1, 1).date(), max_value=datetime(2099, 12, 31).date()),  # noqa: DTZ001
        st.sampled_from(LAYOUTS),
    )
    def test_any_day_in_a_common_layout_is_found_in_a_sentence(self, day, layout):
        value = day.strftime(layout)
        text = f"Her appointment is {value} in the clinic."
        found = DATES.scan(text)
        start = text.index(value)
        assert any(f.start <= start and f.end >= start + len(value) for f in found), value

    @settings(max_examples=300, deadline=None)
    @given(st.integers(1, 31), st.integers(1, 12), st.integers(1900, 2099), st.sampled_from("/.-"))
    def test_a_numeric_date_is_found_exactly_when_the_day_exists(self, d, m, y, sep):
        import calendar

        exists = d <= calendar.monthrange(y, m)[1]
        value = f"{d:02d}{sep}{m:02d}{sep}{y}"
        got = dates(f"born {value} here")
        # Day and month either way round: 05/13 is the 13th of May.
        swapped = m <= 12 and d <= 12 and m <= calendar.monthrange(y, d)[1]
        assert (got == [value]) == (exists or swapped)


class TestYearZero:
    """A four-digit year 0000 names no day: the zero or least date a database or a schema
    writes (``0000-01-01T00:00:00Z``) is a placeholder, not a person's date."""

    @pytest.mark.parametrize(
        "text",
        [
            "born 0000-01-01",
            "min_date: 0000-01-01T00:00:00Z",
            "The form field held 0000-12-31 when it was saved.",
            "valid from 01/01/0000 on",
            "The meeting was moved to 0000-06-15 10:00 at the last minute.",
        ],
    )
    def test_year_zero_is_no_date(self, text):
        assert dates(text) == []

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("born 2000-01-01", ["2000-01-01"]),
            ("born 01/01/00", ["01/01/00"]),  # a two-digit year 00 is 1900 or 2000
            ("born 1000-01-01 here", ["1000-01-01"]),
            ("The meeting was moved to 2023-07-11T17:26:27.243Z.", ["2023-07-11T17:26:27.243Z"]),
        ],
    )
    def test_other_years_stay_dates(self, text, expected):
        assert dates(text) == expected

    @settings(max_examples=200, deadline=None)
    @given(st.dates(), st.sampled_from(["%Y-%m-%d", "%Y-%m-%dT%H:%M:%SZ", "%d/%m/%Y"]))
    def test_the_same_day_in_year_zero_is_never_a_date(self, day, layout):
        value = datetime(2000, day.month, min(day.day, 28), 12, 0, tzinfo=UTC).strftime(layout)
        zero = value.replace("2000", "0000")
        assert dates(f"Her appointment is {value} in the clinic.") != []
        assert dates(f"Her appointment is {zero} in the clinic.") == []

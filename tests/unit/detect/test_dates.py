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

"""Dates written alone as date parsers accept them: the eighteenth vector set's classes (H117).

The measure is ``python -m benchmarks.bench_detect_vectors --dev18``; these tests pin each
mechanism with values written here, and the negatives that must stay clean.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from privkit.detect import Scanner
from privkit.detect._builtin import dates as dates_module
from privkit.detect._builtin.dates import DateTimeDetector

DATES = Scanner(entities=["DATE_TIME"])
DEFAULT = Scanner()


def dates(text: str) -> list[str]:
    return [text[f.start : f.end] for f in DATES.scan(text)]


class TestATimeAndItsZonesAreReadWithTheDate:
    @pytest.mark.parametrize(
        "value",
        ["2012-08-03 18:31:59 +0000", "2012-08-03 13:31:59 -06:00 MST",
         "2014-04-26 17:24:37.123456 +00:00 UTC", "2018-06-29 19:09:57 +0300 +03",
         "2014-04-02 04:08:09.123 PM", "04/02/2014 04:08:09.12312", "2014/04/02 04:08:09 AM",
         "07 Feb 2004, 09:07:07 +0100", "14 May 2019 19:11:40.164", "May 8, 2009 5:57:1 PM",
         "September 17 2012 5:00pm UTC-05", "06/May/2008 15:04:05 -0700",
         "Sun, 3 Jan 2021 00:12:23 +0800 (GMT+08:00)", "April 20, 10am"],
    )  # fmt: skip
    def test_a_date_time_alone_is_found_whole(self, value):
        assert dates(value) == [value]

    @pytest.mark.parametrize(
        ("text", "date"),
        [("We met on 2012-08-03 18:31:59 +0000 there.", "2012-08-03 18:31:59 +0000"),
         ("Call at 07 Feb 2004, 09:07 NEXT WEEK", "07 Feb 2004, 09:07"),
         ("born 5 May 1984 at 10:30 in Leeds", "5 May 1984 at 10:30")],
    )  # fmt: skip
    def test_in_a_sentence_the_time_and_a_named_zone_only(self, text, date):
        assert dates(text) == [date]

    @pytest.mark.parametrize(
        "line",
        ["2012-08-03 18:31:59 +0000 INFO worker started",
         "2014-04-02 04:08:09.123 PM [main] connected to 10.0.0.1",
         "Jun 11 15:26:33 gw-core-01 sshd[5500]: session opened"],
    )  # fmt: skip
    def test_an_event_time_in_a_log_record_stays_out(self, line):
        assert dates(line) == []


class TestAWeekDayBeforeADate:
    @pytest.mark.parametrize(
        "value",
        ["Thu, 03 Jul 2017 08:08:04 +0100", "Wednesday, 28 Feb 2018 09:01:00 -0300",
         "Fri, 03-Jul 2015 08:08:08 PST", "Tue, 11 Jul 2017 04:08:03 +0200 (CEST)",
         "sun, 11/21/2010", "Monday, 02 Jan 2006 15:04:05 +0100"],
    )  # fmt: skip
    def test_rfc_2822_and_850_dates_alone(self, value):
        assert dates(value) == [value]

    def test_a_lower_case_week_day_in_a_sentence_is_not_read(self):
        assert dates("He sat 3 May 2020 exams") == ["3 May 2020"]

    def test_a_set_cookie_expiry_stays_out(self):
        assert dates("Set-Cookie: a=b; Expires=Fri, 17 Jun 2027 07:28:00 GMT; Path=/") == []


class TestCtimeWithAnOffset:
    @pytest.mark.parametrize(
        "value",
        ["Mon Jan 02 15:04:05 -0700 2006", "Mon Aug 10 15:44:11 UTC+0000 2015",
         "Mon Aug 1 5:44:11 CEST+0200 2015"],
    )  # fmt: skip
    def test_found_whole(self, value):
        assert dates(value) == [value]


class TestIsoTimesUnpaddedAfterAT:
    @pytest.mark.parametrize(
        "value",
        ["2009-08-08T2:8:8", "2009-08-12T22:15:9-07:00", "2009-08-12T22:15:9.99999999Z",
         "2012-08-17T18:31:59:257+0100"],
    )  # fmt: skip
    def test_found_whole(self, value):
        assert dates(value) == [value]
        assert dates(f"Signed {value} at the desk.") == [value]

    @pytest.mark.parametrize("text", ["2021-05-12T25", "2021-05-12T1:60", "build 2021-05-12T1 x"])
    def test_near_misses(self, text):
        assert dates(text) == []


class TestRanges:
    @pytest.mark.parametrize(
        "value",
        ["SUN 15SEP 11:05 AM - 12:50 PM", "Jun 28 5:00 PM - Aug 02 7:00 PM",
         "FRI 13SEP 1:29 PM - FRI 13SEP 3:29 PM", "6/28/2019 5:00 PM - 8/02/2019 7:00 PM",
         "8/4 6:00 pm - 8/4 12:00 am"],
    )  # fmt: skip
    def test_a_range_of_times_is_one_date(self, value):
        assert dates(value) == [value]


class TestADayAndMonthBeforeATime:
    @pytest.mark.parametrize("value", ["1/3 16:00", "6/28 5:00 PM", "1/8 at 12pm", "7/17 3 pm"])
    def test_found(self, value):
        assert dates(value) == [value]

    @pytest.mark.parametrize(
        "text",
        ["3/4", "1/3", "scored 3/4", "8/10 of them", "13/13 16:00", "3/4 of 12", "1/2 3 4",
         "won 3/4 10 times"],
    )  # fmt: skip
    def test_fractions_and_scores_stay_clean(self, text):
        assert dates(text) == []


class TestLowerCaseMonthsAlone:
    @pytest.mark.parametrize(
        "value",
        ["dec 25", "january 11", "11 january", "may 27th", "jan. 2nd", "4th february",
         "jan '80", "oct 7, '70", "7 oct 70", "9-Apr", "2010 october 28", "2012 july",
         "Aug 96", "feb 28 3pm", "18 oct 17:00", "7am jul 1", "19:00 jul 1", "September 7tH 2012"],
    )  # fmt: skip
    def test_a_value_on_its_line_is_a_date(self, value):
        assert dates(value) == [value]
        assert dates(f"id,when\n7,x\n{value}\n") == [value]

    @pytest.mark.parametrize(
        "text",
        ["you may 5 go", "we march 10 miles", "dec 2 the counter", "set dec 25 items aside",
         "may", "jan 325", "Aug 9600"],
    )  # fmt: skip
    def test_in_a_sentence_or_out_of_range_it_is_not(self, text):
        assert dates(text) == []


class TestOrdinalWords:
    @pytest.mark.parametrize(
        ("text", "date"),
        [("May eighth, 2010", "May eighth, 2010"), ("due March the twenty-first", "March the twenty-first"),
         ("the second of February 1980", "the second of February 1980"),
         ("on thirty first of December", "thirty first of December")],
    )  # fmt: skip
    def test_found(self, text, date):
        assert dates(text) == [date]

    @pytest.mark.parametrize(
        "text", ["May first impressions count.", "He finished first of all.", "first of many"]
    )
    def test_a_verb_or_an_ordinal_alone_is_none(self, text):
        assert dates(text) == []


class TestNegativesStayClean:
    @pytest.mark.parametrize(
        "text",
        ["v1.2.3", "version 1.2.3", "score 21-18", "12:30", "at 10:00 today", "10:00 - 12:00",
         "+1 415 555 2671", "10.0.0.1", "192.168.1.10 - - 12:00", "5,000-9,999", "2009-15-12T22:15Z",
         "3", "1332151919", '{"app_version":"10.14.20"}'],
    )  # fmt: skip
    def test_no_date(self, text):
        assert dates(text) == []

    @pytest.mark.parametrize(
        "text",
        [
            "Thu, 03 Jul 2017 08:08:04 +0100",
            "dec 25",
            "1/3 16:00",
            "May eighth, 2010",
            "2012-08-03 18:31:59 +0000 UTC",
        ],
    )
    def test_dates_are_asked_for_only(self, text):
        assert DEFAULT.scan(text) == []


class TestHostileInput:
    """The new expressions read a long run of their own pieces in linear time."""

    @pytest.mark.parametrize(
        "piece",
        [
            "dec 25 ",
            "Thu, ",
            "1/3 16:00 - ",
            "2012-08-03 18:31:59 +0000 UTC ",
            "7am ",
            "May the twenty-",
            "12:00 PM - ",
            "(CEST) ",
        ],
    )
    def test_a_run_of_pieces_on_one_line_and_many_lines(self, piece):
        import time

        for text in (piece * 4000, (piece + "\n") * 4000):
            began = time.process_time()
            DATES.scan(text)
            assert time.process_time() - began < 2.0


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from([*"0123456789 -/:,.()+\n", "am", "PM", "Thu", "dec", "May", "UTC",
                         "CEST", "2012", " at ", "T", "th", "first", " of "]),
        max_size=30,
    ).map("".join)
)  # fmt: skip
def test_findings_hold_their_match_and_stay_on_one_line(text):
    for f in DATES.scan(text):
        assert 0 <= f.start < f.end <= len(text)
        assert "\n" not in text[f.start : f.end]
        assert text[f.start : f.end] == text[f.start : f.end].strip()


def test_the_new_expressions_compile_without_nested_unbounded_repeats():
    # Each new expression's repeats are bounded or over one character class: no "(...+)+".
    for rx in (dates_module._TIME_TAIL, dates_module._ZONE_TAIL, dates_module._RANGE_TIME):
        assert not re.search(r"\)[+*]\)?[+*]", rx.pattern)
    names = {p.name for p in DateTimeDetector.patterns}
    assert {"date_alone", "day_month_time", "ordinal_day"} <= names

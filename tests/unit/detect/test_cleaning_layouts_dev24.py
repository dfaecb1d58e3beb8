"""Layouts a data-cleaning library's and a masking library's tests write (H150, the
twenty-fourth vector set's development part): a North American number with a slash after the
area code and after the exchange (``415/666/7777``), or with its calling code 1 in
parentheses (``(1) 415-555-0132``); a year-first date with full stops or slashes, which is no
phone number whatever word stands before it (``Contact: 1996.07.10``); a month's name, the day
and the year joined by hyphens or slashes (``Sep-25-2003``).

The measure is ``python -m benchmarks.bench_detect_vectors --dev24`` and written probes; these
tests pin the mechanisms with values written here.
"""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.unit.detect._patterns import found

from privkit.detect import Scanner

DATES = Scanner(entities=["DATE_TIME", "PHONE_NUMBER"])


def typed(text: str) -> list[tuple[str, str]]:
    return [(f.entity_type.value, text[f.start : f.end]) for f in DATES.scan(text)]


class TestSlashedNorthAmericanNumber:
    @pytest.mark.parametrize(
        ("text", "number"),
        [("415/666/7777", "415/666/7777"), ("Call 212/555/0199 after six.", "212/555/0199"),
         ("value=415/666/7777", "415/666/7777"), ("415/666-7777", "415/666-7777")],
    )  # fmt: skip
    def test_the_number_is_found(self, text, number):
        assert found(text, "PHONE_NUMBER") == [("PHONE_NUMBER", number)]

    @pytest.mark.parametrize(
        "text",
        [
            "GET /v1/415/666/7777",  # a path's components
            "see 123/456/7890",  # no area code starts with 1
            "ids 415/666/77777",  # five digits at the end
            "415/666/7777/12",  # another slash after it
            "a 2023/123/4567",  # a year's four digits first
        ],
    )
    def test_other_slashed_runs_are_not(self, text):
        assert found(text, "PHONE_NUMBER") == []

    @settings(max_examples=60, deadline=None)
    @given(st.integers(200, 999), st.integers(200, 999), st.integers(0, 9999))
    def test_the_slashes_read_no_more_than_the_hyphens(self, area, exchange, line):
        # (a slashed number is found whole, and only where its hyphened layout is one)
        slashed = f"{area}/{exchange}/{line:04d}"
        got = found(f"Call {slashed} today.", "PHONE_NUMBER")
        assert got in ([], [("PHONE_NUMBER", slashed)])
        if got:
            assert found(f"Call {area}-{exchange}-{line:04d} today.", "PHONE_NUMBER")


class TestCallingCodeOneInParentheses:
    @pytest.mark.parametrize(
        ("text", "number"),
        [("(1) 415-555-0132", "(1) 415-555-0132"), ("value=(1) 415-555-0132", "(1) 415-555-0132"),
         ("Call (1) 212.555.0199 now.", "(1) 212.555.0199")],
    )  # fmt: skip
    def test_the_code_belongs_to_the_number(self, text, number):
        assert found(text, "PHONE_NUMBER") == [("PHONE_NUMBER", number)]

    @pytest.mark.parametrize(
        "text",
        ["value=(1) 123-456-7890", "value=(1) 4155550132", "value=(2) 415-555-0132"],
    )
    def test_no_separated_plan_number_after_a_key_is_none(self, text):
        assert found(text, "PHONE_NUMBER") == []


class TestYearFirstDateIsNoPhoneNumber:
    @pytest.mark.parametrize(
        ("text", "date"),
        [("Contact: 1996.07.10 AD.", "1996.07.10"), ("Tel: 2003/09/25", "2003/09/25"),
         ("Contact: 2024.02.29.", "2024.02.29")],
    )  # fmt: skip
    def test_the_date_is_a_date(self, text, date):
        assert typed(text) == [("DATE_TIME", date)]

    @pytest.mark.parametrize(
        ("text", "number"),
        [("Tel: 0475.12.34.56", "0475.12.34.56"), ("Tel: 2012.34.56", "2012.34.56")],
    )
    def test_a_number_that_is_no_date_stays_a_number(self, text, number):
        assert found(text, "PHONE_NUMBER") == [("PHONE_NUMBER", number)]

    @settings(max_examples=60, deadline=None)
    @given(
        st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)),
        st.sampled_from([".", "/"]),
        st.sampled_from(["Contact", "Tel", "Fax"]),
    )
    def test_no_year_first_date_is_a_phone_number(self, day, sep, word):
        # (a year of this or the last century, as the date detector reads one)
        value = f"{day.year:04d}{sep}{day.month:02d}{sep}{day.day:02d}"
        assert found(f"{word}: {value}", "PHONE_NUMBER") == []


class TestMonthNameDayYear:
    @pytest.mark.parametrize(
        ("text", "date"),
        [("Sep-25-2003", "Sep-25-2003"), ("due Jan/05/21 at noon", "Jan/05/21"),
         ("value=Dec-31-1999", "Dec-31-1999"), ("The meeting was moved to Mar-1-2024.", "Mar-1-2024")],
    )  # fmt: skip
    def test_the_date_is_found(self, text, date):
        assert typed(text) == [("DATE_TIME", date)]

    @pytest.mark.parametrize(
        "text",
        ["Sep-32-2003", "Sep-25-20031", "Sep-25/2003", "/Sep-25-2003", "Sepp-25-2003"],
    )
    def test_other_runs_are_not(self, text):
        assert typed(text) == []

    @settings(max_examples=60, deadline=None)
    @given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)),
           st.sampled_from(["-", "/"]))  # fmt: skip
    def test_every_calendar_day_is_found_whole(self, day, sep):
        value = day.strftime(f"%b{sep}%d{sep}%Y")
        assert typed(f"It was due {value} at the latest.") == [("DATE_TIME", value)]

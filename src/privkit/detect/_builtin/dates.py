# ruff: noqa: E501, PLR2004 - regex tables, word lists and numeric address ranges
"""Dates and times (reported only when asked for)."""

from __future__ import annotations

import re

from privkit.detect._base import (
    Pattern,
    PatternDetector,
    ScanState,
)
from privkit.detect._builtin._common import _machine_line_at, _scan_lines, _ScanAware, _whole_line
from privkit.types import EntityType, Finding

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)


# An ISO 8601 / RFC 3339 time after a date: hours and minutes, seconds and their fraction, a
# zone ("Z", "+06:00", "-0600", "+06"), or a twelve-hour clock's mark ("T03:00PM", "T03:00p").
# After a "T" the hour may stand alone or the time be written without colons ("T18",
# "T04+01:00", "T1015", "T101530"): the "T" says a time follows, as ISO 8601's basic format
# writes it. A second's fraction may run to 18 digits: RFC 3339 bounds it by nothing, and
# clocks print nanoseconds (9) and more ("00:59:59.999999999999999Z").
_ISO_ZONE = r"(?:[Zz]|[+\-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)"


_ISO_TIME = (
    r"(?:[Tt ](?:[01]\d|2[0-4]):[0-5]\d(?::(?:[0-5]\d|60)(?:[.,]\d{1,18})?)?"
    rf"(?:{_ISO_ZONE}|[AaPp][Mm]?)?"
    rf"|[Tt](?:[01]\d|2[0-4])(?:[0-5]\d(?:[0-5]\d)?)?{_ISO_ZONE}?)?"
)


# A clock time after a numeric date ("05/19/2009 2:30 PM", "19.05.2009, 14:30:05"), or an
# ISO 8601 time after a "T" ("15/01/2019T04:05:06.789120Z").
_CLOCK = (
    r"(?:,? (?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?: ?[AaPp]\.?[Mm]\b\.?)?"
    rf"|T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:[.,]\d{{1,18}})?)?{_ISO_ZONE}?)?"
)


_WEEKDAYS = r"(?:Mon(?:day)?|Tue(?:s|sday)?|Wed(?:nesday)?|Thu(?:rs?|rsday)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)"


# A day of the month, with an ordinal suffix when written so ("10", "3rd", "21st").
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"


# A month's name written as a name: its first letter a capital ("May 5", "AUG 10"; "you may
# 5" is no date). A year after it makes the lower-case form a date as well (``month_year``).
# (Caseless in ASCII only, "(?ai:": no long s, U+017F, for an "s", as the prefilter's core
# reads it.)
_MONTH_NAME = rf"(?=[A-Z])(?ai:{_MONTHS})"


def _calendar_ok(year: int, month: int, day: int) -> bool:
    """Whether (year, month, day) is a day of the calendar (``2/29/2014`` is not)."""
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    if month == 2:
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return day <= (29 if leap else 28)
    return day <= (30 if month in (4, 6, 9, 11) else 31)


_DIGIT_RUN = re.compile(r"[0-9]+")


def _numeric_date_ok(parts: list[str]) -> bool:
    """Whether a numeric date's first three digit runs form a day of the calendar.

    Year first (``2014-02-28``, ``2012/8/10``) is read year, month, day; otherwise the day
    and month may come in either order (``31/12/2014``, ``12/31/2014``), and a two-digit year
    is read in either century.
    """
    a, b, c = (int(p) for p in parts)
    if len(parts[0]) == 4:
        return _calendar_ok(a, b, c)
    years = (c,) if len(parts[2]) == 4 else (1900 + c, 2000 + c)
    return any(_calendar_ok(y, m, d) for y in years for m, d in ((b, a), (a, b)))


class DateTimeDetector(_ScanAware):
    """Calendar dates (``born 3 May 1984``, ``05/03/1984``, ``1984-05-03``) and date-times.

    Not part of the default entities. Numeric dates must be days of the calendar
    (``02/29/2022``, ``18/13/2022`` are not). A month's name with a day and no year
    (``10 August``, ``Dec. 21``, ``15Sep``) is a date when the name is written as one, with a
    capital. A date with a time of day (``2009-05-19T14:39:22Z``, ``05/19/2009 2:30 PM``) is
    reported in prose and as a whole value, but not in a log record or other machine text (nor
    in brackets, ``[19/May/2009:...]``): there it is the time of an event, not a fact about a
    person.
    """

    entity = EntityType.DATE_TIME
    name = "date_time"
    context = ("born", "birth", "dob", "birthday", "date", "anniversary", "expires", "since")
    context_boost = 0.2
    patterns = (
        # (unpadded as well: "2021-5-12")
        Pattern("iso_date", rf"(?<![\w\-:/.])\d{{4}}-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01]){_ISO_TIME}(?![\w\-:/]|\.\d)", 0.6),
        Pattern("numeric_date", rf"(?<![\w\-:/.])(?:0?[1-9]|[12]\d|3[01])([/.\-])(?:0?[1-9]|[12]\d|3[01])\1(?:19|20)?\d{{2}}{_CLOCK}(?![\w\-:/]|\.\d)", 0.55),
        # Year first with a slash or a full stop ("2012/8/10", "2014.12.28"); a year of this or
        # the last century only (no version number).
        Pattern("year_first_date", rf"(?<![\w\-:/.])(?:19|20)\d{{2}}([/.])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01]){_CLOCK}(?![\w\-:/]|\.\d)", 0.55),
        # (a year of two digits after a name written with a capital: "Aug 9, 96", "3 Aug 96")
        Pattern("month_day_year", rf"(?<![\w])(?:(?ai:{_MONTHS})\.?,? {_DAY}(?:, ?| )(?:19|20)\d{{2}}|{_MONTH_NAME}\.?,? {_DAY},? '?\d{{2}})(?![\w]|[:.]\d)", 0.75),
        # (a full stop may follow the day, as German writes it: "9. September 2019")
        Pattern("day_month_year", rf"(?<![\w]){_DAY}\.?(?: of)? (?:(?ai:{_MONTHS})\.?,? (?:19|20)\d{{2}}|{_MONTH_NAME}\.?,? '?\d{{2}})(?![\w]|[:.]\d)", 0.75),
        # A month's name between a day and a year, joined by "-", "/" or ".": "12-May-2021",
        # "06/Nov/2023:06:36:02" (a time after a colon, as web servers write it), "2012/Aug/10";
        # or glued to both, with a four-digit year: "10Sep2001", "03JAN2019".
        Pattern("day_name_year", rf"(?<![\w\-:/.])(?:(?:0?[1-9]|[12]\d|3[01])([/\-.])(?ai:{_MONTHS})\1(?:19|20)?\d{{2}}|(?:19|20)\d{{2}}([/\-.])(?ai:{_MONTHS})\2(?:0?[1-9]|[12]\d|3[01])|(?:0?[1-9]|[12]\d|3[01])(?ai:{_MONTHS})(?:19|20)\d{{2}})(?::\d{{2}}:\d{{2}}(?::\d{{2}})?(?: [+\-]\d{{4}})?)?(?![\w\-/]|[.:]\d)", 0.7),
        # The C library's ``ctime`` layout: the month's name, the day, a time, the year, after an
        # optional week day and with an optional zone ("Tue Apr 07 22:52:51 2009",
        # "Wed Jun 30 21:49:08 UTC 1993").
        Pattern("ctime_date", rf"(?<![\w])(?:(?=[A-Z])(?ai:{_WEEKDAYS}),? )?{_MONTH_NAME} {{1,2}}{_DAY} (?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{{1,6}})?)? (?:[A-Z]{{3,5}} )?(?:19|20)\d{{2}}(?![\w]|[:.]\d)", 0.75),
        # (not after a day, which ``day_month_year`` reads with it: one candidate a date)
        Pattern("month_year", rf"(?<![\w])(?<![0-9] )(?<![0-9](?:st|nd|rd|th) )(?<! of )(?ai:{_MONTHS})(?:\.?,? |-|\. ?)(?:19|20)\d{{2}}(?![\w])", 0.55),
        # A year, then the month's name: "2024 Aug", "2018 March 18", "2024-August".
        Pattern("year_month", rf"(?<![\w\-:/.])(?:19|20)\d{{2}}[ \-/]{_MONTH_NAME}\.?(?: {_DAY})?(?![\w\-/]|\.\d)", 0.55),
        # The month's name and a day, no year: "August 10", "Dec. 21", "January 5th".
        # (not before a year, which the patterns above read with the date, nor a time's colon)
        Pattern("month_day", rf"(?<![\w])(?<!\d )(?<!\d, ){_MONTH_NAME}\.?,? {_DAY}(?![\w:]|[.,/]\d|,? ?'?(?:(?:19|20)\d{{2}}|\d{{2}})(?![\d:]))", 0.6),
        # A day and the month's name: "10 August", "12th of July", "15Sep" (glued, as
        # calendars print it), "Tuesday, 10 January".
        Pattern("day_month", rf"(?<![\w.:/\-]){_DAY}(?: of | ?){_MONTH_NAME}\.?(?![\w\-/]|\.\d|,? ?'?(?:(?:19|20)\d{{2}}|\d{{2}})(?![\d:]))", 0.6),
    )  # fmt: skip
    _NUMERIC = frozenset({"iso_date", "numeric_date", "year_first_date"})
    # A time of day after a date ("5 May 12:00", "SUN 15SEP 11:05 AM").
    _TIME_AFTER = re.compile(r"[T ,]{1,2}\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp]\.?[Mm]\b\.?)?")
    # (a time after a "T" may have no colon: "2024-01-05T10", "2015-10-08T1015")
    _HAS_TIME = re.compile(r"\d:\d|\d[Tt]\d")

    def _evaluate(
        self, text: str, start: int, end: int, pattern: Pattern, state: ScanState | None
    ) -> Finding | None:
        if text[start - 1 : start] == "[":
            return None  # a bracketed log timestamp
        if pattern.name in self._NUMERIC:
            value = text[start:end]
            parts = _DIGIT_RUN.findall(value, 0, 16)[:3]
            if not _numeric_date_ok(parts):
                return None
            if (
                pattern.name == "numeric_date"
                and "." in value
                and len(parts[2]) == 2
                and _machine_line_at(text, start, -1, _scan_lines(state))
            ):
                return None  # "10.14.20" in machine text: a version, as often as a date
        timed = self._HAS_TIME.search(text, start, end)
        time_after = None if timed else self._TIME_AFTER.match(text, end)
        if (
            (timed or time_after)
            and not _whole_line(text, start, time_after.end() if time_after else end)
            and _machine_line_at(text, start, -1, _scan_lines(state))
        ):
            return None  # a timestamp: the time of an event in a log record or machine text
        return PatternDetector.evaluate(self, text, start, end, pattern)

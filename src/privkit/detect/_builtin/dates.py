# ruff: noqa: E501, PLR2004 - regex tables, word lists and numeric address ranges
"""Dates and times (reported only when asked for)."""

from __future__ import annotations

import re

from privkit.detect._base import (
    Pattern,
    PatternDetector,
    ScanState,
)
from privkit.detect._builtin._common import (
    _DIGIT_RUN,
    _machine_line_at,
    _scan_lines,
    _ScanAware,
    _whole_line,
)
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
    # (unpadded after a "T", as Go's and other parsers accept it: "T2:8:8", "T22:15:9Z";
    # a second's fraction after a colon, "T18:31:59:257")
    rf"|[Tt](?:[01]?\d|2[0-4]):[0-5]?\d(?::(?:[0-5]?\d|60)(?:[.,:]\d{{1,18}})?)?(?:{_ISO_ZONE}|[AaPp][Mm]?)?"
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
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?ai:st|nd|rd|th)?"


# A month's name written as a name: its first letter a capital ("May 5", "AUG 10"; "you may
# 5" is no date). A year after it makes the lower-case form a date as well (``month_year``).
# (Caseless in ASCII only, "(?ai:": no long s, U+017F, for an "s", as the prefilter's core
# reads it.)
_MONTH_NAME = rf"(?=[A-Z])(?ai:{_MONTHS})"


# A twelve-hour clock's mark ("PM", "p.m.", "am").
_AMPM = r"(?: ?[AaPp]\.?[Mm]\b\.?)"


# A time of day as date parsers read it after a date: hours and minutes, unpadded as well
# ("5:7:51 PM"), seconds and their fraction ("09:07:08.123", "18:31:59.257000000"), or an
# hour with a twelve-hour mark ("10am", "3 pm").
_CLOCK_TIME = rf"(?:[01]?\d|2[0-3])(?::[0-5]?\d(?::[0-5]?\d(?:[.,]\d{{1,9}})?)?{_AMPM}?|{_AMPM})"


# A time zone after a time: an offset ("+0100", "-07:00", "+03"), or a zone's abbreviation
# with an optional offset ("UTC", "PST-08", "CEST+0200"), in brackets as mail writes it
# ("(CEST)", "(GMT+08:00)"). The abbreviations are named: a capital word after a time is
# no zone ("at 10:00 NEXT WEEK").
_ZONE_NAME = (
    r"(?:UTC|GMT|Z|[ECMP][SD]T|CES?T|EES?T|WES?T|BST|IST|JST|KST|HKT|SGT|MSK|HST|AK[SD]T"
    r"|A[ECW][SD]T|NZ[SD]T)(?:[+\-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)?"
)
_ZONE_AFTER = rf"(?:[+\-](?:[01]\d|2[0-3])(?::?[0-5]\d)?|{_ZONE_NAME}|\({_ZONE_NAME}\))(?![\w+\-])"


# What follows a date and belongs to it: a time of day after a space, a comma or "at", then
# up to three zones ("2012-08-03 18:31:59 +0000 UTC", "Fri, 03 Jul 2015 08:08:08 MST").
_TIME_TAIL = re.compile(
    rf"(?:,? (?i:at) |, ?| ){_CLOCK_TIME}(?![\w:]|[.,]\d)(?: ?{_ZONE_AFTER}){{0,3}}"
)
# The twelve-hour mark and zones after a date that holds its time ("2014-04-02 04:08:09 AM",
# "2009-08-12T22:15:09.123 -07:00 PST").
_ZONE_TAIL = re.compile(rf"{_AMPM}?(?: ?{_ZONE_AFTER}){{0,3}}")
# The end of a range of times after a date and time ("11:05 AM - 12:50 PM").
_RANGE_MARK = re.compile(r" ?[\-\u2013] ?| to ")
_RANGE_TIME = re.compile(rf"{_CLOCK_TIME}(?![\w:]|[.,]\d)(?: ?{_ZONE_AFTER}){{0,3}}")
# A week day's name right before a date ("Thu, 03 Jul 2017", "Wednesday, 28 Feb 2018",
# "sun, 11/21/2010"): with its capital, or in any case at the start of a line.
_WEEKDAY_AT = re.compile(rf"(?ai:{_WEEKDAYS})\.?,? ")
_WEEKDAY_BEFORE = re.compile(rf"(?<![\w.,:/\-])(?ai:{_WEEKDAYS})\.?,? \Z")


# A date written alone on its line with the month's name in lower case ("dec 25",
# "11 january", "jan '80", "Aug 96", "9-Apr", "2010 october 28", "2012 july", "feb 28 3pm",
# "7am jul 1"): a value
# on a line of its own is a date, whatever the case of the name (in a sentence "you may 5"
# is none, and the other patterns want the capital there). A time may stand before it.
_LOWER_MONTH = rf"(?ai:{_MONTHS})\.?"
_SHORT_YEAR = r"(?:(?:19|20)\d{2}|'?\d{2})"
_DATE_ALONE = (
    rf"(?<![^\n])(?:{_CLOCK_TIME} )?(?:(?ai:{_WEEKDAYS})\.?,? )?"
    rf"(?:{_LOWER_MONTH},? {_DAY}(?:(?:, ?| ){_SHORT_YEAR})?"
    rf"|{_DAY}(?: of | |-){_LOWER_MONTH}(?:,? {_SHORT_YEAR})?"
    rf"|{_LOWER_MONTH},? '?\d{{2}}"
    rf"|(?:19|20)\d{{2}} {_LOWER_MONTH}(?: {_DAY})?)"
    rf"(?:(?:,? (?i:at) |, ?| ){_CLOCK_TIME})?(?= *(?:\n|\Z))"
)


# A day of the month as an ordinal word ("eighth", "twenty-first", "Thirty First").
_ORDINAL = (
    r"(?ai:(?:twenty|thirty)[\- ]first|twenty[\- ](?:second|third|fourth|fifth|sixth|seventh"
    r"|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
    r"|nineteenth|twentieth|thirtieth)"
)


def _calendar_ok(year: int, month: int, day: int) -> bool:
    """Whether (year, month, day) is a day of the calendar (``2/29/2014`` is not)."""
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    if month == 2:
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return day <= (29 if leap else 28)
    return day <= (30 if month in (4, 6, 9, 11) else 31)


_MAY_VERB = re.compile(r"(?i:may) ")


def _numeric_date_ok(parts: list[str]) -> bool:
    """Whether a numeric date's first three digit runs form a day of the calendar.

    Year first (``2014-02-28``, ``2012/8/10``) is read year, month, day; otherwise the day
    and month may come in either order (``31/12/2014``, ``12/31/2014``), and a two-digit year
    is read in either century. A four-digit year 0000 names no day: it is a placeholder
    (the zero or least date a database or a schema writes, ``0000-01-01T00:00:00Z``).
    """
    a, b, c = (int(p) for p in parts)
    if "0000" in (parts[0], parts[2]):
        return False
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
        # (a full stop may follow the day, as German writes it: "9. September 2019"; a hyphen
        # join the day and the name, "03-Jul 2015")
        Pattern("day_month_year", rf"(?<![\w]){_DAY}(?:\.?(?: of)? |-)(?:(?ai:{_MONTHS})\.?,? (?:19|20)\d{{2}}|{_MONTH_NAME}\.?,? '?\d{{2}})(?![\w]|[:.]\d)", 0.75),
        # A month's name between a day and a year, joined by "-", "/" or ".": "12-May-2021",
        # "06/Nov/2023:06:36:02" (a time after a colon, as web servers write it), "2012/Aug/10";
        # or first, then the day and the year, joined by "-" or "/": "Sep-25-2003",
        # "Jan/05/21"; or glued to both, with a four-digit year: "10Sep2001", "03JAN2019".
        Pattern("day_name_year", rf"(?<![\w\-:/.])(?:(?:0?[1-9]|[12]\d|3[01])([/\-.])(?ai:{_MONTHS})\1(?:19|20)?\d{{2}}|(?:19|20)\d{{2}}([/\-.])(?ai:{_MONTHS})\2(?:0?[1-9]|[12]\d|3[01])|(?ai:{_MONTHS})([/\-])(?:0?[1-9]|[12]\d|3[01])\3(?:19|20)?\d{{2}}|(?:0?[1-9]|[12]\d|3[01])(?ai:{_MONTHS})(?:19|20)\d{{2}})(?::\d{{2}}:\d{{2}}(?::\d{{2}})?(?: [+\-]\d{{4}})?)?(?![\w\-/]|[.:]\d)", 0.7),
        # The C library's ``ctime`` layout: the month's name, the day, a time, the year, after an
        # optional week day and with an optional zone ("Tue Apr 07 22:52:51 2009",
        # "Wed Jun 30 21:49:08 UTC 1993"), Ruby's offset ("Mon Jan 02 15:04:05 -0700 2006")
        # or both ("Mon Aug 10 15:44:11 PST-0700 2015").
        Pattern("ctime_date", rf"(?<![\w])(?:(?=[A-Z])(?ai:{_WEEKDAYS}),? )?{_MONTH_NAME} {{1,2}}{_DAY} (?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{{1,6}})?)? (?:(?:[A-Z]{{3,5}}(?:[+\-]\d{{4}})?|[+\-]\d{{4}}) )?(?:19|20)\d{{2}}(?![\w]|[:.]\d)", 0.75),
        # (not after a day, which ``day_month_year`` reads with it: one candidate a date)
        Pattern("month_year", rf"(?<![\w])(?<![0-9] )(?<![0-9](?:st|nd|rd|th) )(?<! of )(?ai:{_MONTHS})(?:\.?,? |-|\. ?)(?:19|20)\d{{2}}(?![\w])", 0.55),
        # A year, then the month's name: "2024 Aug", "2018 March 18", "2024-August".
        Pattern("year_month", rf"(?<![\w\-:/.])(?:19|20)\d{{2}}[ \-/]{_MONTH_NAME}\.?(?: {_DAY})?(?![\w\-/]|\.\d)", 0.55),
        # The month's name and a day, no year: "August 10", "Dec. 21", "January 5th".
        # (not before a year, which the patterns above read with the date, nor a time's colon)
        Pattern("month_day", rf"(?<![\w])(?<!\d )(?<!\d, ){_MONTH_NAME}\.?,? {_DAY}(?![\w:]|[.,/]\d|,? ?'?(?:(?:19|20)\d{{2}}|\d{{2}})(?![\d:]|{_AMPM}))", 0.6),
        # A day and the month's name: "10 August", "12th of July", "15Sep" (glued, as
        # calendars print it), "Tuesday, 10 January".
        Pattern("day_month", rf"(?<![\w.:/\-]){_DAY}(?: of | ?){_MONTH_NAME}\.?(?![\w\-/]|\.\d|,? ?'?(?:(?:19|20)\d{{2}}|\d{{2}})(?![\d:]|{_AMPM}))", 0.6),
        # A day written as an ordinal word: "May eighth, 2010", "March the twenty-first",
        # "the second of February 1980" (the name with its capital).
        Pattern("ordinal_day", rf"(?<![\w])(?:{_MONTH_NAME}\.? (?:the )?{_ORDINAL}(?:,? (?:19|20)\d{{2}})?|(?:(?ai:the) )?{_ORDINAL} of {_MONTH_NAME}(?:,? (?:19|20)\d{{2}})?)(?![\w\-])", 0.6),
        # A date alone on its line, the month's name in any case ("dec 25", "11 january").
        Pattern("date_alone", _DATE_ALONE, 0.6),
        # A day and a month in numbers before a time of day ("1/3 16:00", "6/28 5:00 PM",
        # "1/8 at 12pm"): a fraction or a score has no time after it. (Alone, "3/4" is left.)
        Pattern("day_month_time", rf"(?<![\w\-:/.])(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|[12]\d|3[01])(?=,? (?:(?i:at) )?(?:[01]?\d|2[0-3])(?::[0-5]\d|{_AMPM}))", 0.55),
    )  # fmt: skip
    _NUMERIC = frozenset({"iso_date", "numeric_date", "year_first_date"})
    # A time of day after a date ("5 May 12:00", "SUN 15SEP 11:05 AM").
    _TIME_AFTER = re.compile(r"[T ,]{1,2}\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp]\.?[Mm]\b\.?)?")
    # (a time after a "T" may have no colon: "2024-01-05T10", "2015-10-08T1015")
    _HAS_TIME = re.compile(r"\d:\d|\d[Tt]\d")

    def _extent(self, text: str, start: int, end: int) -> tuple[int, int, bool]:
        """The date's bounds with what belongs to it, and whether it holds a time.

        A week day's name before it, with its capital or at the start of a line
        (``Thu, 03 Jul 2017``); a time of day after it, with its zones (``07 Feb 2004,
        09:07:07 +0100``), or the zones after a date that holds its time; and the end of a
        range of times (``15SEP 11:05 AM - 12:50 PM``) or of a date and time
        (``Jun 28 5:00 PM - Aug 02 7:00 PM``).
        """
        week = (
            _WEEKDAY_BEFORE.search(text, max(0, start - 12), start)
            if text[start - 1 : start] == " "
            and (text[start - 2 : start - 1].isalpha() or text[start - 2 : start - 1] in ".,")
            else None
        )
        if week is not None and (
            text[week.start()].isupper() or week.start() == 0 or text[week.start() - 1] == "\n"
        ):
            start = week.start()
        timed = self._HAS_TIME.search(text, start, end) is not None
        tail = (_ZONE_TAIL if timed else _TIME_TAIL).match(text, end)
        if tail is not None and tail.end() > end:
            # (an hour with a twelve-hour mark, "3pm", is no event's time in a log record)
            timed = timed or ":" in text[end : tail.end()]
            end = tail.end()
        if timed and (mark := _RANGE_MARK.match(text, end)) is not None:
            after = _RANGE_TIME.match(text, mark.end())
            if after is None:
                week = _WEEKDAY_AT.match(text, mark.end())
                after = self._date_at(text, week.end() if week else mark.end())
            if after is not None:
                end = after.end()
        return start, end, timed

    def _date_at(self, text: str, pos: int) -> re.Match[str] | None:
        """A date and its time starting at ``pos`` (a range's second end), or ``None``."""
        for pattern, rx, _, _ in self._compiled:
            if pattern.name in self._RANGE_ENDS and (m := rx.match(text, pos)) is not None:
                tail = _TIME_TAIL.match(text, m.end())
                if tail is not None or self._HAS_TIME.search(text, pos, m.end()):
                    return tail or m
        return None

    # The patterns that may end a range of dates and times.
    _RANGE_ENDS = frozenset({"month_day", "day_month", "month_day_year", "day_month_year",
                             "numeric_date", "iso_date", "year_first_date", "day_month_time"})  # fmt: skip

    def _candidate_ok(
        self, text: str, start: int, end: int, name: str, state: ScanState | None
    ) -> bool:
        """Whether a match's numbers form a date (and a dotted one in machine text is none)."""
        if name in self._NUMERIC:
            value = text[start:end]
            parts = _DIGIT_RUN.findall(value, 0, 16)[:3]
            if not _numeric_date_ok(parts):
                return False
            # "10.14.20" in machine text: a version, as often as a date
            return not (
                name == "numeric_date"
                and "." in value
                and len(parts[2]) == 2
                and _machine_line_at(text, start, -1, _scan_lines(state))
            )
        if name == "ordinal_day" and not _DIGIT_RUN.search(text, start, end):
            # "May first ..." without a year: the verb as often as the month
            return _MAY_VERB.match(text, start) is None
        if name == "day_month_time":
            a, b = (int(p) for p in _DIGIT_RUN.findall(text, start, end)[:2])
            return any(_calendar_ok(2000, m, d) for m, d in ((a, b), (b, a)))
        return True

    def _evaluate(
        self, text: str, start: int, end: int, pattern: Pattern, state: ScanState | None
    ) -> Finding | None:
        if text[start - 1 : start] == "[":
            return None  # a bracketed log timestamp
        if not self._candidate_ok(text, start, end, pattern.name, state):
            return None
        start, end, timed = self._extent(text, start, end)
        time_after = None if timed else self._TIME_AFTER.match(text, end)
        if (
            (timed or time_after)
            and not _whole_line(text, start, time_after.end() if time_after else end)
            and _machine_line_at(text, start, -1, _scan_lines(state))
        ):
            return None  # a timestamp: the time of an event in a log record or machine text
        return PatternDetector.evaluate(self, text, start, end, pattern)

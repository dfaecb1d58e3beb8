# ruff: noqa: E501, PLR2004 - regex tables, word lists and numeric address ranges
"""Phone numbers, validated with libphonenumber's data."""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from typing import TYPE_CHECKING, Any, ClassVar

from privkit._fieldnames import RUN_ALONE, name_signal, split_words
from privkit._memo import BoundedMemo
from privkit.detect._base import (
    PHONE_LABELS,
    UNSPACED_SCRIPTS,
    Pattern,
    ScanState,
    context_window,
    non_ascii,
    own_window,
    shared_evidence,
    stands_alone,
)
from privkit.detect._ner import (
    header_or_machine_line,
    log_record,
)
from privkit.types import EntityType, Evidence, Finding, new_finding

if TYPE_CHECKING:
    from collections.abc import Iterator

from privkit.detect._builtin._common import (
    _ANY_DIGIT,
    _DIGIT_RUN,
    _IPV4_QUAD,
    _LOG_OPENING,
    _NO_SPACE_CHAR,
    _SPACED,
    _SPACED_WORD,
    TYPO_DASHES,
    _finding,
    _line_start,
    _line_test,
    _machine_line_at,
    _scan_lines,
    _ScanAware,
    _whole_line,
    header_version,
    iban_walk,
    word_dump_row,
)

#: Key names whose value is a phone number (the Hyperscan prefilter's core of ``phone_keyed``).
#: Other languages' words and their abbreviations too ("Teléfono:942202528", "Tfno:", "Telf.:",
#: "móvil:"; a "." stands for an accented letter, as the Hyperscan prefilter reads it).
# Words one of which a key of PHONE_KEYS holds (the literal prefilter of ``phone_keyed``).
_PHONE_KEY_WORDS = ("phone", "tel", "mobile", "msisdn", "fax", "whatsapp", "tfno", "tlf", "vil",
                    "celular")  # fmt: skip


# (Not _GLUED_WORDS: the words of a key, other languages' too; "call", "cell", "mob" key none.)
PHONE_KEYS = (
    r"(?:phone|telephone|tel|mobile|msisdn|fax|whatsapp|t.l.phone|tel.fon[eo]?|telef|telf"
    r"|tfno|tlfno|tlf|m.vil|celular)"
)
# One vCard property parameter after its name (";TYPE=work,voice", ";PREF=1").
_VCARD_PARAM = r";[a-z0-9\-]{1,20}(?:=[a-z0-9\-,\"]{0,40})?"
#: What may follow a key of PHONE_KEYS before its ":" or "=" (``phone_keyed`` and its Hyperscan
#: prefilter): a number's word ("phone_no", "tel.nr") and a vCard line's parameters.
PHONE_KEY_TAIL = r"(?:[_\-.]?(?:no|nr|num|number))?(?:" + _VCARD_PARAM + "){0,6}"


_DIGITS_DOT = frozenset("0123456789.")
_ASCII_DIGITS = frozenset("0123456789")


# What the last character before a log line's header may be, spaces and tabs left out (or
# none: the text's start), for ``PhoneDetector._log_header``'s readings after its stamp's.
_HEADER_BEFORE = frozenset(("[", "]", "\n", ""))


# The mark ``PhoneDetector._sift`` leaves in the scan's memo ``phone_worded`` for a candidate
# with a context word in reach: :meth:`PhoneDetector.context_possible` would say ``True``.
_NEAR = "near"
# The same for a candidate it kept as a Chinese mobile beside Han text (``_beside_han``).
_HAN = "han"


# The last character of a number before a column's next cell (``PhoneDetector._NUMBER_BEFORE``).
_COLUMN_TAIL = frozenset("0123456789.,")
_MARKER_REACH = 40


_IPV4_IN = re.compile(rf"(?<![0-9.]){_IPV4_QUAD}")


# Deletes every ASCII character but the digits (``len(s.translate(...))`` counts digits).
_NOT_DIGITS = {c: None for c in range(128) if not chr(c).isdigit()}
# The same as bytes, for ``bytes.translate``'s delete argument (no table lookup per character).
_NOT_DIGIT_BYTES = bytes(c for c in range(128) if not chr(c).isdigit())


def _digit_count(text: str) -> int:
    """How many decimal digits ``text`` holds (``sum(c.isdigit() for c in text)``).

    An ASCII text's are counted in C (:data:`_NOT_DIGIT_BYTES` deletes the rest of its
    bytes: a third of ``str.translate``'s time, which looks each character up in a dict).
    """
    if text.isascii():
        return len(text.encode().translate(None, _NOT_DIGIT_BYTES))
    return sum(map(str.isdigit, text))


@functools.cache
def _calling_codes() -> frozenset[str]:
    """The country calling codes ``phonenumbers`` knows ("1", "44", "800"...), as text."""
    import phonenumbers

    return frozenset(str(code) for code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE)


# A dotted quad of an address's shape with an octet out of range ("255.255.255.256",
# "192.168.0.256", a validator's invalid address): no plan writes a number so. The dotted
# layouts that plans use end in two groups of two digits (Spain's "670.97.10.26" and
# "91.123.45.67"), or open with a trunk 0 ("079.123.45.67").
_QUAD_SHAPE = re.compile(
    r"[1-9][0-9]{0,2}\.[0-9]{1,3}(?!\.[0-9]{2}\.[0-9]{2}\Z)(?:\.[0-9]{1,3}){2}"
)


# The phone words a number may be glued to (``phone_glued_word``), maybe with their
# abbreviation's full stop ("Tel.+44 20 7946 0958"), and the same word standing at a
# candidate's start on its own, not ending a longer word ("hotel").
# (Not PHONE_KEYS: words a number is typed glued to, "call", "mob" and "cell" among them.)
_GLUED_WORDS = r"(?:call|phone|telephone|tel|mob|mobile|cell|fax)"
_GLUED_WORD_BEFORE = re.compile(r"(?<![a-z])" + _GLUED_WORDS + r"\.?\Z", re.IGNORECASE)


# A run of three digits or more glued to the word before it, then one separator: a
# candidate right after it is the run's tail ("call4539 1488 0343 6467", a card typed after a
# word; "mob4415 555 0132"), no number of its own, and its head was left in the text. (A
# digit or two glued to a word is a name's or a version's: "Room B2 415-555-0132".) Searched
# in the characters before a candidate (:meth:`PhoneDetector._evaluated`).
_GLUED_RUN_BEFORE = re.compile(rf"(?![{UNSPACED_SCRIPTS}])[^\W\d_][0-9]{{3,}}[ \-.]\Z")
_GLUED_RUN_REACH = 24


def _has_ipv4(text: str) -> bool:
    """Whether ``text`` holds a valid IPv4 address as a dotted quad of its own."""
    return _IPV4_IN.search(text) is not None


# After an area code with its trunk 0: a slash and the subscriber number ("030/1234567"), or
# in two groups parted by a hyphen, as Croatian, Bosnian and German texts write it
# ("091/512-5486", "047/451-588"), or with DIN 5008's direct-dial suffix after a hyphen
# ("030/12345-678", "0221/123456-0": five digits or more before it, so "06/2024-07", a month
# and a span of years, stays out), or a spaced slash and the number in groups ("030 / 123
# 456 78"). (Groups parted by spaces after an unspaced slash stay out: "am 05/12 10 30 Uhr"
# is a date and a time.)
_SLASH_SUBSCRIBER = (
    r"(?:/[0-9]{5,9}|/[0-9]{3,4}-[0-9]{3,4}|/[0-9]{5,8}-[0-9]{1,5}"
    r"| / [0-9]{2,9}(?: [0-9]{2,4}){0,3})"
)


# The same after a calling code, the area code without its trunk 0 or with it in
# parentheses: "+49 89/12345678", "+49 (0) 30 / 123 456 78", "+36-80/555-111". The code
# may be written in parentheses or after the international prefix 00, as the plain
# international layouts take it: "(+49) 176/30696541", "0049 89/12345678". (After a
# calling code a slash cannot open a date, so the subscriber number may be grouped.)
_SLASH_INTERNATIONAL = (
    r"(?:\+[1-9][0-9]{0,2}|\(\+[1-9][0-9]{0,2}\)|00[1-9][0-9]{0,2})[ \-]?(?:\(0\) ?)?[1-9][0-9]{0,4}"
    r"(?:/ ?[0-9]{3,9}(?:[ \-][0-9]{2,6}){0,2}| / [0-9]{2,9}(?: [0-9]{2,4}){0,3})"
)


# A North American number with a slash after the area code: "415/666-7777", or after the
# exchange as well, as a data-cleaning library's messy input writes it: "415/666/7777" (three
# groups of 3-3-4 digits: no date, which has a year of four or two digits at one end).
_SLASH_NANP = r"[2-9][0-9]{2}/[0-9]{3}[/\-][0-9]{4}"


# After a "+", a calling code and the number, its groups parted by hyphens or dots at most
# (a number glued to the words around it). (One digit per step, possessive: no
# backtracking over the ways to group a long run.)
_INTL_DIGITS = r"[1-9](?:[\-.]?[0-9]){6,16}+(?![0-9]|[\-.][0-9])"


# The ``phone_glued_intl`` pattern: such a number with a letter, or a letter and a full
# stop, right before the "+", or a letter right after it (tested after the "+", so the
# engine jumps from one "+" to the next).
_GLUED_INTL = rf"\+(?:(?<=[^\W\d_]\+)|(?<=[^\W\d_]\.\+)|(?={_INTL_DIGITS}[^\W\d_])){_INTL_DIGITS}"


# A North American number whose area code's parentheses may touch a word (``phone_glued_area``),
# not after a digit or another "(".
_GLUED_AREA = r"\((?<![0-9(]\()[2-9][0-9]{2}\) ?[0-9]{3}[\-.]?[0-9]{4}(?![0-9]|[\-.][0-9])"


# A vanity number (``phone_vanity``). Written as "an optional calling code ("+44 ", "1-"),
# then an area or service code ("(888) ", "0800 "), then groups of digits and capitals",
# but with its first character leading ("+", "(" or a digit, not after a word character or
# one of "+-./#@\\"), and each way on chosen by a look-behind at that character: an
# expression opening with look-arounds is tried at every position of the text, this one
# only where a first character stands. A capital comes within the first 17 characters (the
# run before it possessive: a capital is none of its characters, so giving some back never
# finds one, and a digit without a capital after it costs one run, not sixteen tries).
_VANITY = (
    r"[+(0-9](?<![\w+\-./#@\\].)(?=[0-9+() \-.]{0,15}+[A-Z])"
    r"(?:(?<=\+)[1-9][0-9]{0,2}[ \-.](?:\([0-9]{3}\) ?|[0-9]{3,4}[ \-.])"
    r"|(?<=\()[0-9]{3}\) ?"
    r"|(?<=1)[ \-.](?:\([0-9]{3}\) ?|[0-9]{3,4}[ \-.])"
    r"|(?<=[0-9])[0-9]{2,3}[ \-.])"
    r"[0-9A-Z]{2,7}(?:[ \-.][0-9A-Z]{1,7}){0,2}(?![\w@/]|[\-.]\w)"
)


# The ``phone`` pattern's candidate up to its end's look-ahead: a "+", a calling code in
# parentheses, "00" or an area code's "(", digits and separators, an extension. After a
# colon only a "+" starts one ("port:8080"), unless the colon follows a character of a
# script written without spaces: there it stands for that script's own full-width colon
# ("电话:0755-12345678", "手机:13581722337"), and the number is read as after one (a phone
# word, or a layout that needs none); or unless the colon follows the word "me", as chat
# writes "call me:415 555 0132" (no key is named so; the number still needs its layout or
# a phone word, as after a space).
_COLON_BEFORE_ANY = r"(?<=[" + UNSPACED_SCRIPTS + r"]:)|(?<=\b[Mm]e:)"
# An extension after the number: "x 12", "ext. 12", "extension 12", "ext:1", and the
# abbreviations "extn", "xtn" and "xt" that libphonenumber reads too ("+44 20 3456 7890
# extn 456"). (The candidate's end, and :attr:`PhoneDetector._EXT`.)
_EXTENSION = r"\s?(?:[xX](?:[tT][nN]?)?|[eE][xX][tT](?:[.:]|[nN]|ension)?)\s?[0-9]{1,6}"
_PHONE_HEAD = (
    r"(?=[+(0-9])(?<![+\-./#@\\])(?<!" + _SPACED_WORD + r")(?!" + _IPV4_QUAD + r")"
    r"(?:\+|\(\+(?=[0-9]{1,4}\))|(?:(?<![:])|" + _COLON_BEFORE_ANY + r")(?:00|\()?)"
    r"[0-9][0-9 \-.()]{5,22}[0-9]"
    r"(?:" + _EXTENSION + r")?"
)


# A dial-out prefix before a North American number, as office phones and directories write
# one (an outside line's access code, then the number; the code is the PBX's, the number is
# the person's): one to three digits, then the number's three groups in the prefix's own
# separator ("88-613-555-0123", "999.613.555.0123"), or a space, a "1 " maybe and the
# number with its area code in parentheses or its groups parted by one hyphen or full stop
# ("9 1 (613) 555-0123", "9 1 613-555-0123"). The candidate as a whole is no number of any
# plan, and the prefix of one digit before a space reads as a column's cell
# (:meth:`PhoneDetector._in_column`); the number after it is read alone, the prefix left
# out. (The groups' ranges are the plan's: area code and exchange 2-9 first, four digits
# last, and nothing after them in the candidate; three groups of 0 to 255 and full stops
# open an address, "200.200.200.0200", no number.)
_DIAL_OUT = re.compile(
    r"(?!(?:(?:25[0-5]|2[0-4][0-9]|1?[0-9]{1,2})\.){3})"
    r"[0-9]{1,3}(?:([\-.])(?=[2-9][0-9]{2}\1[2-9][0-9]{2}\1[0-9]{4}\Z)"
    r"|(?: 1)? (?=\([2-9][0-9]{2}\) ?[2-9][0-9]{2}[\-.][0-9]{4}\Z"
    r"|[2-9][0-9]{2}([\-.])[2-9][0-9]{2}\2[0-9]{4}\Z))"
)


# A word glued to a number's end that the ``phone`` pattern lets touch it: one capital and
# up to eleven small letters, or two to six capitals, then no letter or digit ("Fax",
# "Email", "OK"; not "Ab3", "abc" or a hex id's "ABCDEF0"), or one capital and a colon
# (a business card's "T: ... F: ... E: ..."). (The scanner reads a space before a label of
# two letters or more and its colon already, for every detector: ``privkit.detect._shown``;
# this is the phone pattern's own reading of the other words that touch a number.)
_TOUCHING_WORD = r"[A-Z](?:[a-z]{1,11}|[A-Z]{1,5}|(?=:))(?![^\W_])"


# The candidate as the ``phone`` pattern reads it where no number may follow a slash after
# it: the slash is then no end, and the candidate ends before a space further back. (In
# every phone expression's end, a colon glued to more refuses the number, "555-1234:30" a
# time, "0755-1234:8080" a port; a colon before a space or the end is a map key's or a
# sentence's: "(212) 555-1234: Jane".)
_PHONE_NO_SLASH = re.compile(_PHONE_HEAD + r"(?![/@]|:(?!\s|$)|[\-.][0-9]|" + _SPACED_WORD + r")")


# A number's other line written as the digits that differ, after a slash ("020 7946
# 0958/59", "(212) 555-1234/5", "415-555-0132/0133"): one to four digits, then no more of a
# number, a path or a word (:meth:`PhoneDetector._alternate_end`).
_ALTERNATE_END = re.compile(r"/([0-9]{1,4})(?:/[0-9]{1,4}){0,3}(?![0-9/@]|\w|[\-.][0-9])")
_LAST_GROUP = re.compile(r"[0-9]+\Z")
# A number right after the slash (the second of a pair: "06-12345678/020-1234567"), which
# may end before another slash and number (a list of three: "0612345678/0201234567/
# 0301234567").
_AFTER_SLASH = re.compile(
    r"(?:\+|\()?[0-9][0-9 \-.()]{5,22}[0-9]"
    r"(?!@|:(?!\s|$)|/(?![+(]?[0-9])|[\-.][0-9]|" + _SPACED_WORD + r")"
)


#: Regions tried when parsing a phone number written without ``+`` (Israel: Presidio's
#: phone recognizer reads its national numbers by default too).
DEFAULT_PHONE_REGIONS = ("US", "GB", "DE", "FR", "IN", "CA", "AU", "ES", "IT", "NL", "BR", "MX",
                         "IL")  # fmt: skip


# A decimal digit of another script (Devanagari, Arabic-Indic, full-width...).
_FOREIGN_DIGIT = re.compile(r"(?![0-9])\d")


# Spaces and hyphens of other kinds that typesetting and word processors put between digit
# groups: the no-break, figure, thin and narrow no-break spaces ("06 12 34 56 78" set in
# French), the hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar
# and minus sign, the small and full-width hyphen-minus and the ideographic space; and the
# invisible characters a page puts inside a number (a soft hyphen, a zero-width space, a
# word joiner, a zero-width no-break space), read as a hyphen and as spaces.
_OTHER_SEPARATORS = (
    "\u00a0\u00ad\u2007\u2009\u200b\u202f\u2010-\u2015\u2060\u2212\u3000\ufe63\ufeff\uff0d"
)


# What asks for the text to be folded: such a digit, a full-width plus or bracket before an
# ASCII digit (an area code in full-width brackets), or a digit or a closing parenthesis
# then one of those separators ("(415)\u00a0666-7777": the area code set apart), or a
# full-width "e" or "x" right after a digit or a space, an extension's mark typed by an
# input method in full-width letters ("+442034567890\uff45\uff58\uff54\uff4e456", as
# libphonenumber reads it: its letters are then read as ASCII ones, see _WIDE_SIGNS).
# (Each branch opens with a class of rare characters, so the search skips along the text.)
_WIDE_EXT = "\uff25\uff38\uff45\uff58"
_FOLD = re.compile(
    rf"[^\D0-9]|[\uff08\uff0b][0-9]|[{_OTHER_SEPARATORS}](?<=[0-9)][{_OTHER_SEPARATORS}])"
    rf"|[{_WIDE_EXT}](?<=[0-9 ][{_WIDE_EXT}])"
)


# Full-width signs written with full-width digits (plus, brackets, hyphen, full stop), the
# ideographic space, and the separators above as their ASCII forms; full-width Latin
# letters as ASCII ones (an extension's mark: "\uff45\uff58\uff54" is "ext").
_WIDE_SIGNS = {0xFF0B: "+", 0xFF08: "(", 0xFF09: ")", 0xFF0D: "-", 0xFF0E: ".", 0x3000: " ",
               0x00A0: " ", 0x2007: " ", 0x2009: " ", 0x202F: " ",
               0x200B: " ", 0x2060: " ", 0xFEFF: " "} | dict.fromkeys(map(ord, TYPO_DASHES), "-") | {
               c: chr(c - 0xFEE0) for c in (*range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))}  # fmt: skip


# Dashes of prose and the soft hyphen: hyphens between two digits only ("415\u2014666",
# "415\u00ad666"). After a number and before a word they stay what they are: "0018\u2014OK"
# read as "0018-OK" would glue a code to the number.
_DIGIT_DASHES = re.compile(r"(?<=[0-9])[\u00ad\u2014\u2015\ufe63](?=[0-9])")


# The characters those branches open with (each branch opens with one).
_FOLD_LEADS = re.compile(rf"[^\D0-9]|[\uff08\uff0b{_OTHER_SEPARATORS}{_WIDE_EXT}]")


def _fold_lines(text: str) -> list[tuple[int, int]]:
    """The lines of ``text`` where ``_FOLD`` matches, as ``(start, end)``, in order.

    Every branch of ``_FOLD`` opens with a non-ASCII character, so those are read first
    (:func:`~privkit.detect._base.non_ascii`, in C); ``_FOLD`` is then tried at each place
    of the ones it opens with, found by ``str.find``. A full ``_FOLD.search`` tries three
    branches at every position: tens of nanoseconds a character, on texts that have a
    non-ASCII character anywhere. A line is a unit: whether one line is folded never depends
    on another (nor on another text of a batch, joined with newlines between them).
    """
    starts: set[int] = set()
    for lead in set(_FOLD_LEADS.findall(non_ascii(text))):
        at = text.find(lead)
        while at >= 0:
            if _FOLD.match(text, at) is not None:
                starts.add(text.rfind("\n", 0, at) + 1)
                nl = text.find("\n", at)
                at = -1 if nl < 0 else text.find(lead, nl)  # (the line is taken: the next)
            else:
                at = text.find(lead, at + 1)
    out = []
    for lo in sorted(starts):
        hi = text.find("\n", lo)
        out.append((lo, len(text) if hi < 0 else hi))
    return out


def ascii_digits(text: str) -> str | None:
    """``text`` with every decimal digit of another script written as its ASCII digit.

    Full-width ``+``, brackets, hyphen, full stop and the ideographic space become their
    ASCII forms too, and so do no-break and thin spaces and the hyphens and dashes of other
    kinds (see :data:`_OTHER_SEPARATORS`). One character stands for one, so offsets are kept.
    ``None`` when ``text`` has no digit of another script, no full-width plus or bracket
    before a digit and no such separator after one; a line that has none is left as it is.

    >>> ascii_digits("+९१ ९८७६५४३२१०")
    '+91 9876543210'
    >>> ascii_digits("06\u202f12\u202f34\u202f56\u202f78")
    '06 12 34 56 78'
    >>> ascii_digits("tel 555 0100") is None
    True
    """
    if text.isascii():
        return None
    lines = _fold_lines(text)
    if not lines:
        return None
    found = set(_FOREIGN_DIGIT.findall(text))
    table: dict[int, str] = dict(_WIDE_SIGNS)
    table.update({ord(c): str(unicodedata.decimal(c)) for c in found})
    runs = [lines[0]]
    for lo, hi in lines[1:]:  # (next lines folded together: one call for the run)
        if lo == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], hi)
        else:
            runs.append((lo, hi))
    parts = []
    pos = 0
    for lo, hi in runs:
        parts.append(text[pos:lo])
        parts.append(_DIGIT_DASHES.sub("-", text[lo:hi].translate(table)))
        pos = hi
    parts.append(text[pos:])
    return "".join(parts)


# Scripts near a number that suggest where it is dialled, for the layouts that are tried
# against a list of regions (a national number, digit groups with a phone word): a number
# in Chinese text is tried as a Chinese number too.
_SCRIPT_REGIONS = (
    (re.compile(r"[\u3040-\u30ff]"), ("JP",)),
    (re.compile(r"[\uac00-\ud7af]"), ("KR",)),
    (re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"), ("CN", "TW", "HK", "JP")),
    (re.compile(r"[\u0400-\u04ff]"), ("RU", "UA", "BY", "KZ")),
    (re.compile(r"[\u0600-\u06ff]"), ("SA", "AE", "EG", "MA", "IR")),
    (re.compile(r"[\u0e00-\u0e7f]"), ("TH",)),
    (re.compile(r"[\u0900-\u097f]"), ("IN",)),
    (re.compile(r"[\u0370-\u03ff]"), ("GR",)),
)


def _scripts_in(state: ScanState) -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    """The entries of :data:`_SCRIPT_REGIONS` whose script occurs in the scan's text at all.

    Read once per scan, on the text's distinct characters outside ASCII: a number's window
    is then searched only for those scripts (none, in most texts).
    """
    memo = state.memo("phone_scripts")
    found = memo.get("in")
    if found is None:
        rare = "".join(set(non_ascii(state.text)))
        found = memo["in"] = tuple(
            (script, regions) for script, regions in _SCRIPT_REGIONS if script.search(rare)
        )
    return found


# A number's layout (``PhoneDetector._shape``): its kind and the regions to read it in.
_Layout = tuple[str, tuple[str | None, ...]]


# Phone words whose language suggests regions to try (the script carries no hint).
_WORD_REGIONS = {
    "teléfono": ("ES", "MX", "AR", "CO", "CL", "PE"),
    "telefone": ("BR", "PT"),
    "celular": ("BR", "MX", "AR", "CO"),
    "telefoon": ("NL", "BE"),
    "téléphone": ("FR", "BE", "CH"),
    "portable": ("FR", "BE", "CH"),
    "telefono": ("IT", "ES", "AR", "CO"),
    "telefon": ("DE", "AT", "CH", "PL", "SE", "NO", "DK", "TR"),
    "zadzwo": ("PL",),
    "komórk": ("PL",),
    "numer": ("PL", "RO"),
    "zavolej": ("CZ", "SK"),
    "volejte": ("CZ", "SK"),
    "číslo": ("CZ", "SK"),
    "mobiel": ("NL", "BE"),
    "puhelin": ("FI",),
    "soita": ("FI",),
    "hubungi": ("ID", "MY"),
    "telepon": ("ID",),
    "nomor": ("ID",),
    "gọi": ("VN",),
    "điện thoại": ("VN",),
    "sđt": ("VN",),
    "hívj": ("HU",),
    "numara": ("TR",),
}


class PhoneDetector(_ScanAware):
    """Phone numbers validated by ``phonenumbers`` for several regions.

    Only plausible candidates are parsed: an international prefix, a phone-like layout of
    separators, or a context word (``phone``, ``tel``, ``mobile``...) for bare digit runs,
    unless digit groups are the whole text (a form field, a cell: see :meth:`_alone`).
    Dates, times, versions and IP-like dotted numbers are never parsed.
    """

    entity = EntityType.PHONE_NUMBER
    #: Quick reject (see ``PatternDetector.needs``): a decimal digit of any script. Every
    #: pattern and the short values' layouts (``_ALONE_MARKED``) read ASCII digits, in the
    #: text with other scripts' digits folded to ASCII (:func:`ascii_digits`).
    needs = re.compile(r"\d")
    name = "phone"
    context = (*PHONE_LABELS, "call", "sms", "whatsapp", "contact", "reach me", "text me",
               "dial", "landline", "msisdn", "office", "desk", "answering", "home",
               # whole: "work phone", not "[GC Worker End (ms): Min: 2109063.6" (a JVM GC log)
               "work ",
               # whole: a number's word, not "numbers", "numbered" or "numbering" (a list
               # or a count of numbers of anything: "Numbers 111222333444 are identifiers")
               "number ",
               # (a phone's number "of" someone: longer than the count phrase "number of"
               # among the negative words, so it wins their tie)
               "phone number of", "telephone number of", "mobile number of", "cell number of",
               "contact number of", "fax number of",
               # The same words in other languages (a word over three letters is a prefix:
               # "telefon" reads "telefono", "telefone", "telefonnummer").
               "telefone", "telefono", "teléfono", "téléphone", "tél", "número",
               "numero", "numéro", "nummer", "móvil", "movil", "celular", "cellulare", "mobil",
               "llam", "llám", "appel", "anruf", "ligue", "chiama", "contacto", "kontakt",
               "handy", "rufnummer", "numara", "portable", "番号", "번호",
               "电话", "電話", "手机", "手機", "号码", "號碼", "联系", "聯繫", "拨打", "撥打",
               # (a hotline, customer service, a landline, "call us", a fax)
               "热线", "熱線", "客服", "座机", "座機", "致电", "致電", "传真", "傳真",
               "携帯", "전화", "연락처", "휴대폰", "핸드폰", "телефон", "тел", "моб", "номер",
               "звон", "هاتف", "جوال", "رقم", "اتصل", "फोन", "फ़ोन", "मोबाइल", "नंबर", "कॉल",
               "संपर्क", "τηλ", "טלפון", "โทร", "điện thoại", "sđt", "telepon", "nomor",
               # Polish, Czech, Dutch, Finnish, Indonesian, Vietnamese and Hungarian: "call",
               # "mobile", "phone", "number" ("numer" whole: not "numeric")
               "zadzwo", "komórk", "numer ", "zavolej", "volejte", "číslo", "mobiel",
               "puhelin", "soita", "hubungi", "gọi", "hívj")  # fmt: skip
    negative_context = ("order", "invoice", "pid", "port", "serial", "ticket", "tracking",
                        "build", "version", "account", "acct", "imei", "imsi", "iccid", "ssn",
                        "id ", "ref", "order number", "tracking number", "serial number",
                        "account number", "invoice number", "ticket number", "reference number",
                        "case number", "confirmation number", "ssn", "social security",
                        "social security number", "sequence number", "job number",
                        "record number", "event number",
                        # a count: "max number of search results:  1000000" (Redis), "number
                        # of rows" (the phrase ends nearer the value than "number" alone)
                        "number of",
                        # order, form and waybill numbers and versions in Chinese ("订单号",
                        # "运单号", "编号", "版本")
                        "订单", "单号", "编号", "版本",
                        # Spanish records' identifier labels: a physician's registration
                        # ("NºCol", "colegiado"), a social security affiliation ("NASS",
                        # "afiliación") and a clinical record ("NHC", "historia clínica")
                        "nºcol", "colegiado", "nass", "afiliación", "nhc", "historia clínica")  # fmt: skip
    nearest_label = True
    context_boost = 0.3
    patterns = (
        Pattern(
            "phone",
            # A "+" may follow a colon ("tel:+33 1 ..."); other starts may not ("port:8080").
            # After "=" any start is a candidate, and _check keeps only a separated phone
            # layout there ("value=020 7946 0018"; "id=12345678" stays out).
            # The leading look-ahead lets the engine skip positions by their first character;
            # an IPv4 address is no start ("10.1.2.3 - -": the digits after it still may be).
            # "(+41) 22 730 5989": a calling code in parentheses ("(+1 202-555-0153)" is a
            # number in parentheses: it starts at the "+").
            # A number right after a backslash is a path's component, as after "/"
            # ("WHATSAPP\\2.2228.14.00": a version in a Windows path).
            # A slash may follow a number before another ("13581722337/010-86485564", two
            # numbers of one contact) or end its word ("0958/ or"): see _read; else the
            # candidate is read as the pattern read it before (:data:`_PHONE_NO_SLASH`: a
            # slash is no number's end).
            # A number may touch the capitalised label or word after it, as text taken out
            # of a PDF or a table's cells runs them together ("Tel: 020 7946 0958Fax:",
            # "+44 20 7946 0958Email"): :data:`_TOUCHING_WORD`. (Refused, the candidate gave
            # back its last group: "020 7946".)
            _PHONE_HEAD
            + r"(?!@|:(?!\s|$)|/(?![+(]?[0-9]|\s|$)|[\-.][0-9]|(?!"
            + _TOUCHING_WORD
            + ")"
            + _SPACED_WORD
            + r")",
            score=0.6,
            prefilter=_ANY_DIGIT,
        ),
        # The value of a key that names a phone number ("phone=02079460018",
        # "tel:020 7946 0018", "mobile_no": "0612345678"): after ":" or "=" the pattern
        # above starts only at "+", since other numbers there are ports, ids and counters.
        Pattern(
            "phone_keyed",
            # (A key may end in the word: "home_phone", "user.tel"; not "hotel".)
            r"(?<![a-z0-9])"
            + PHONE_KEYS
            # (a vCard property's parameters before its value: "TEL;TYPE=work,voice:...")
            + PHONE_KEY_TAIL
            + r"[\"']?\s{0,2}[:=\-]\s{0,2}[\"']?"
            r"(?P<value>(?:00|\()?[0-9][0-9 \-.()]{5,22}[0-9])(?![\w/@]|:(?!\s|$)|[\-.][0-9])",
            score=0.6,
            prefilter=_PHONE_KEY_WORDS,
            lowercase=True,
        ),
        # A North American number glued to the word before it ("is415-555-0132", typed in
        # a hurry), maybe after its calling code and a hyphen ("is1-415-555-0132"; not after
        # one letter or with a full stop, as a version is written: "v1.613.555.0123"): only
        # the full separated layout, so identifiers with digits do not match.
        Pattern(
            "phone_glued",
            r"(?:(?<=[a-z])|(?<=[Nn]umber-))(?:(?<=[a-z]{2})1-)?(?:\([0-9]{3}\) ?|[0-9]{3}[\-.])[0-9]{3}[\-.][0-9]{4}"
            r"(?![\w/@]|:(?!\s|$)|[\-.][0-9])",
            score=0.6,
            prefilter=_ANY_DIGIT,
        ),
        # A national number, its trunk 0 first, glued to a phone word before it
        # ("call020 7946 0958", "mob07700 900123"), typed in a hurry: the word says what
        # the digits are, and the number must be valid in a plan read (not merely of a
        # possible length). Without this the groups after the first were read alone. Or a
        # number in international form in groups, the area code maybe in parentheses
        # ("tel+1 (415) 555-2671", "Tel.+44 20 7946 0958"): the "+" glued to a word was
        # refused, and the groups after it were read alone or not at all. (Unspaced after
        # its calling code, a "+" number glued to any word is ``phone_glued_intl``'s, which
        # reads the token around it: "q=call+14156667777&..." is a query's.) Or a North
        # American number in its three spaced groups ("call415 555 0132").
        Pattern(
            "phone_glued_word",
            # (The word's own start is read by _evaluated: a look-behind leading the
            # expression would be tried at every position of a text.)
            _GLUED_WORDS + r"\.?(?P<value>0[1-9][0-9]{1,4}+(?:[ \-]?[0-9]{2,8}+){1,3}+"
            r"|\+[1-9][0-9]{0,2}+(?=[ \-.]|\()(?:[ \-.]?(?:\([0-9]{1,4}\)|[0-9]{1,8}+)){1,5}+"
            r"|[2-9][0-9]{2} [2-9][0-9]{2} [0-9]{4})"
            r"(?![\w@]|/(?!\s|$)|:(?!\s|$)|[\-.][0-9])",
            score=0.6,
            prefilter=("call", "phone", "tel", "mob", "cell", "fax"),
            lowercase=True,
        ),
        # An area code with its trunk 0, a slash, then the subscriber number: "030/1234567",
        # the layout German, Austrian and Polish texts use, or with a space each side of the
        # slash and the number in groups: "030 / 123 456 78". One slash only, and five digits
        # or more after an unspaced one ("01/2024" is a month; "03/10/2011" a date, a path
        # has more slashes). Also after a calling code ("+49 89/12345678") and a North
        # American area code ("415/666-7777").
        Pattern(
            "phone_slash",
            r"(?=[0-9+(])(?<![+\-./#@\\0-9])(?<!"
            + _SPACED_WORD
            + r")(?:0[0-9]{1,4}"
            + _SLASH_SUBSCRIBER
            + "|"
            + _SLASH_INTERNATIONAL
            + "|"
            + _SLASH_NANP
            + r")(?![/@]|:(?!\s|$)|[\-.][0-9]|"
            + _SPACED_WORD
            + r")",
            score=0.6,
            prefilter=("/",),
        ),
        # A number in international form glued to a word or to the abbreviation's full stop
        # before it, or to a word after it ("Tfno.+34679802102", "abc+14156667777def",
        # "É+14156667777."): the "+" says where it is dialled. Hyphens or dots may part its
        # groups; :meth:`_glued_international` reads the word around it and keeps only a
        # number valid in its country's plan.
        Pattern(
            "phone_glued_intl",
            _GLUED_INTL,
            score=0.75,
            prefilter=("+",),
        ),
        # A North American number with its area code in parentheses, glued to a word
        # before or after it ("abc(415)6667777def", "(415)6667777É", "tel(415) 666-7777"):
        # the parentheses mark the area code, so the digits may touch letters.
        # :meth:`_glued_area` keeps a valid number in prose only. (The parenthesis leads and
        # the look-behind reads the character before it: an expression opening with a
        # look-behind is tried at every position of the text, this one only at a "(".)
        Pattern(
            "phone_glued_area",
            _GLUED_AREA,
            score=0.6,
            prefilter=("(",),
        ),
        # A vanity number: letters for some of its digits, as toll-free and premium-rate
        # lines advertise themselves ("1-800-FLOWERS", "0800 DDA 005", "(888) GOT-JUNK").
        # Capitals only, in groups after a digit group; :meth:`_vanity` keeps a number whose
        # letters, read as the keypad's digits, give a valid toll-free, premium-rate,
        # shared-cost or universal-access number.
        # (A calling code may open it: "+44 800 DDA 005", "+1 800 FLOWERS". A capital within
        # the first 17 characters, or no candidate: plain digit groups are the other patterns'.)
        # (:data:`_VANITY` is written with its first character leading, see there.)
        Pattern(
            "phone_vanity",
            _VANITY,
            score=0.6,
            prefilter=_ANY_DIGIT,
        ),
    )
    # A number and a space right before a space-separated candidate: it continues a column
    # of numbers ("200 200 981 2481" in an access log), not a phone number. The number may
    # be a negative one standing alone, after another number (:meth:`_in_column`): a load
    # balancer's log writes -1 for each timing it has none of ("-1 -1 -1 504 504 3373 0",
    # AWS Classic Load Balancer access logs); "Tel: -1 415 555 0132" is no column.
    _NUMBER_BEFORE = re.compile(r"(?<![\w.\-])-?[0-9][0-9.,]{0,15} \Z")
    # A word of two letters or more right before a list's marker ("Step 1. ", "No 3. "),
    # read within _MARKER_REACH characters before the marker.
    _MARKER_WORD = re.compile(r"(?<!\w)[^\W\d_]{2,} \Z")
    # An extension after the number (:data:`_EXTENSION`), ending the candidate.
    _EXT = re.compile(_EXTENSION + "$")
    # (Or a hyphen with a space each side after the area code, as Dutch texts write it:
    # "+31 (0) 20 - 123 45 67", "+31 (0)6 - 12345678", "+31 20 - 123 4567"; as the national
    # layout reads "020 - 123 45 67". The calling code stands apart, or "(0)" follows it:
    # "+1200 - 5551234" is a time zone's offset and a count.)
    _INTL = re.compile(
        r"(?:\+|00)[0-9]{1,3}[ \-.]?(?:\([0-9]{1,4}\)[ \-.]?)?[0-9]{1,5}(?:[ \-.]?[0-9]{1,5}){0,5}"
        r"|(?:\+|00)[0-9]{1,3}(?:[ \-.]|[ \-.]?\(0\) ?)[0-9]{1,5} - [0-9]{2,5}(?:[ \-.]?[0-9]{1,5}){0,4}"
    )
    # (The area code in parentheses may be followed by a space or a hyphen: "(415)-555-0132";
    # after one the seven digits may be unsplit: "(415) 6667777". The calling code 1 may stand
    # in parentheses before the separated layout: "(1) 415-555-0132", as "(+41)" does before
    # other plans' numbers.)
    _NANP = re.compile(
        r"(?:1[ \-.]?|\(1\) )?(?:\([0-9]{3}\)[ \-]?|[0-9]{3}([ \-.]))[0-9]{3}([ \-.])[0-9]{4}"
        r"|(?:1[ \-.]?)?\([0-9]{3}\) ?[0-9]{7}|" + _SLASH_NANP
    )
    _NATIONAL = re.compile(
        # (A hyphen with a space each side may part the area code: "010 - 123 45 67", as
        # Dutch texts write it, or with a space on one side only: "026- 123 456 7", "020
        # -1234567", as a Dutch de-identification tool's tests do, the subscriber number
        # then opening with 1-9, as it does in the plans, in five digits or more or a
        # group of three ("088 -0800", "088 -1000" are a record's milliseconds and its
        # time zone); so may a full stop: "02.12345678", "022.29411128", as
        # Italian and Indian ones do. An area code in parentheses may be followed by a hyphen,
        # as a North American one may: "(06)-12345678", "(020)-1234567", as Dutch texts
        # write it.)
        r"0[0-9]{1,4}(?:[ \-.]| - |(?:- | -)(?=[1-9][0-9]{4}|[1-9][0-9]{2} [0-9])|\) ?)?"
        r"[0-9]{2,4}(?:[ \-.]?[0-9]{2,4}){1,4}"
        r"|\(0[0-9]{1,4}\)[ \-]?[0-9]{2,4}(?:[ \-]?[0-9]{2,4}){1,4}"
        # An area code in parentheses without the trunk 0, then a subscriber number in two
        # groups: "(22) 99956-7894", "(11) 3456-7890" (Brazil's layout), "(33) 3461 2234"
        # (Mexico's).
        r"|\([1-9][0-9]{1,3}\) ?[0-9]{4,5}[ \-][0-9]{4}"
        # France's dotted pairs: "04.76.09.56.63" (five pairs: no date has this shape).
        r"|0[1-9](?:\.[0-9]{2}){4}"
        # The slash layouts ("030/1234567", "030 / 123 456 78": the ``phone_slash`` pattern's).
        r"|0[0-9]{1,4}" + _SLASH_SUBSCRIBER
    )
    _INTL_SLASH = re.compile(_SLASH_INTERNATIONAL)
    # Germany's service numbers with their tariff digit set apart: "0900-1 123123", "0180 5
    # 123 456", "(0)900-1 123 123" (the plan's own layout: phonenumbers writes "0900 1
    # 123123"). One digit alone after a code of three is read so only where the plan's
    # layout of the valid number sets the same digit apart (see :meth:`_tariff`).
    _TARIFF = re.compile(
        r"(?:\(0\) ?|0 ?)([1-9][0-9]{2})[ \-]([0-9]) ([0-9]{2,4}(?: ?[0-9]{2,4}){0,2})"
    )
    # The trunk prefix 8 of Russia and its neighbours, an area code in parentheses or set
    # apart, then the subscriber number as xxx-xx-xx: "8 (495) 123-45-67", "8-800-555-35-35".
    # Or all groups set apart by spaces: "8 912 345 67 89" (3-3-2-2 after the 8 only), which
    # a column of counts could also be: only a number valid in the plan, not one merely of
    # the right length ("8 123 456 78 90").
    _TRUNK_8_SPACED = r"8 [0-9]{3} [0-9]{3} [0-9]{2} [0-9]{2}"
    # (Belarus writes its area code with a 0 after the 8, set apart: "8 0152 45-09-11",
    # "8 017 123-45-67".)
    _TRUNK_8 = re.compile(
        r"8(?: ?\([0-9]{3,5}\) ?|[ \-][0-9]{3}[ \-]|[ \-]0[0-9]{2,4}[ \-])[0-9]{1,3}-[0-9]{2}-[0-9]{2}|"
        + _TRUNK_8_SPACED
    )
    _TRUNK_8_SPACED_RX = re.compile(_TRUNK_8_SPACED)
    # (Belarus's layout with an area code of four or five characters: valid in the plan, not
    # merely of a possible length, as the spaced layout.)
    _TRUNK_8_ZERO_RX = re.compile(r"8[ \-]0[0-9]{3,4}[ \-].*")
    _TRUNK_8_REGIONS = ("RU", "KZ", "BY")
    # A Chinese mobile number in its 3-4-4 hyphenated layout: "138-1234-5678". (Spaced, the
    # groups could be a column of counts: a phone word is needed then.)
    _CN_MOBILE = re.compile(r"1[3-9][0-9]-[0-9]{4}-[0-9]{4}")
    # Unseparated, beside Chinese text ("张三13144381379", "张三 13144381379"): a Han
    # character or a full-width punctuation mark right before or after it (one space between
    # at most) says which plan the eleven digits belong to, as a phone word would.
    _CN_RUN = re.compile(r"1[3-9][0-9]{9}")
    _CN_SPACED = re.compile(r"1[3-9][0-9] [0-9]{4} [0-9]{4}")
    _HAN = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff60]")
    # A country calling code written without "+", then hyphenated groups or an area code in
    # parentheses: "91-415-555-0132", "82-10-1234-5678", "55 (17) 6332-2155"; or an area
    # code and the subscriber number unsplit ("86-10-12345678"). Only numbers that
    # phonenumbers holds valid in that country's plan are phone numbers.
    _COUNTRY = re.compile(
        r"[1-9][0-9]{0,2}(?:-[0-9]{1,5}){2,5}|[1-9][0-9]{0,2}-[0-9]{1,4}-[0-9]{6,8}|[1-9][0-9]{0,2} \([0-9]{1,4}\) [0-9]{3,5}[ \-][0-9]{4}"
    )
    _DATE_HEAD = re.compile(r"[0-9]{1,2}-[0-9]{1,2}-(?:19|20)[0-9]{2}(?![0-9])")
    # A calling code written without "+", then the trunk 0 in parentheses and the national
    # number: "64(0)64123456", "44 (0) 20 7946 0018" (the "(0)" that says "dial 0 at home"
    # is a phone number's mark alone: no id, count or version is written so). Read as
    # "+64 64123456", as the international layout is.
    _CODE_TRUNK = re.compile(r"([1-9][0-9]{0,2}) ?\(0\) ?([0-9]{1,5}(?:[ \-.]?[0-9]{1,6}){0,4})")
    _BARE = re.compile(r"1?[0-9]{10}|0[0-9]{9,10}")
    # A number dialled abroad from a plan whose international prefix is not 00: North
    # America's 011, Australia's 0011, Japan's 010, then the calling code and the number
    # ("011 44 20 7946 0958", "01164 3 331 6005", "0011 1 650 253 0000"), as directories
    # and signatures written there give a foreign line. In groups only (an unseparated run
    # is an id as often), and read as the number after "+" (:meth:`_abroad`): valid in the
    # calling code's plan, not merely of a possible length.
    _ABROAD = re.compile(r"(?:0011|011|010)([ \-.]?[1-9][0-9]{0,2}(?:[ \-.]?[0-9]{1,6}){1,6})")
    # The start of a North American layout (looser than _NANP: any separators).
    _NANP_HEAD = re.compile(
        r"(?:1[ \-.]?)?(?:\([0-9]{3}\)[ \-]?|[0-9]{3}[ \-.])[0-9]{3}[ \-.][0-9]{4}"
    )
    # A layout that needs no phone word: a North American one, a calling code and "(0)"
    # (_CODE_TRUNK), Russia's trunk 8 with its xxx-xx-xx subscriber number, a Chinese mobile
    # number's 3-4-4 groups, or a calling code written without "+" (see _COUNTRY; last, its
    # digits in the group ``code``: :meth:`_layout` reads them). One expression: it is tried
    # on every candidate in logs.
    _LAYOUT_HEAD = re.compile(
        _NANP_HEAD.pattern
        + r"|[1-9][0-9]{0,2} ?\(0\) ?[0-9]|"
        + _SLASH_NANP
        + "|"
        + _TRUNK_8.pattern
        + "|"
        + _CN_MOBILE.pattern
        + r"|(?P<code>[1-9][0-9]{0,2})(?:-[0-9]{1,5}-[0-9]| \([0-9]{1,4}\) [0-9])"
    )
    _GROUPS = re.compile(r"\(?[0-9]{1,5}\)?(?:[ \-.]?\(?[0-9]{1,6}\)?){1,5}")

    def __init__(self, *, regions: tuple[str, ...] = DEFAULT_PHONE_REGIONS) -> None:
        # (Keys: a value and the reading asked of it, a name or the tuple of regions read.)
        self._cache: BoundedMemo[tuple[str, object], str | None] = BoundedMemo(65536)
        # (The regions a tuple of phone words suggests: _word_hints.)
        self._hints: BoundedMemo[tuple[str, ...], tuple[str, ...]] = BoundedMemo(4096)
        # (A candidate's body and layout, read in the detector's regions: _read_layout.)
        self._layouts: BoundedMemo[str, tuple[str, _Layout | None] | None] = BoundedMemo(65536)
        self.regions = tuple(regions)

    @property
    def regions(self) -> tuple[str, ...]:
        """The regions a number without a calling code is read in, in order."""
        return self._regions

    @regions.setter
    def regions(self, regions: tuple[str, ...]) -> None:
        # What depends on the regions is derived here, once per set: those outside the North
        # American plan and those outside the open plans, and no layout read in others.
        self._regions = tuple(regions)
        self._outside = tuple(r for r in self._regions if r not in ("US", "CA"))
        self._closed = tuple(r for r in self._regions if r not in self._OPEN_PLANS)
        self._layouts.clear()

    def __repr__(self) -> str:
        return f"PhoneDetector(regions={self.regions!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PhoneDetector) and other.regions == self.regions

    def __hash__(self) -> int:
        return hash(self.regions)

    def __getstate__(self) -> dict[str, object]:
        return {"regions": self.regions}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__init__(regions=state["regions"])  # type: ignore[misc]

    # A compact date then a time of day: "081109 203615 148", "20240131-235959",
    # "2024.01.31 23:59:59.123" are log timestamps, not phone numbers.
    _STAMP = re.compile(
        r"(?:19|20)?[0-9]{2}[\-./]?(?:0[1-9]|1[0-2])[\-./]?(?:0[1-9]|[12][0-9]|3[01])"
        r"[ T\-_.]{0,2}(?:[01][0-9]|2[0-3])[:.]?[0-5][0-9](?:[:.]?[0-5][0-9])?(?![0-9])"
    )
    # A phone word right before the number, a "no."/"number" and a colon at most between:
    # "phone 1111111111", "Tel. No: ...", "फोन नंबर ...". Digits so labelled are a phone
    # number even when they could be read as a compact date and time ("11 11 11 11 11").
    _LABEL_BEFORE = re.compile(
        r"(?i:(?<![^\W\d_])(?:phone|telephone|tel|mobile|cell|cellphone|fax|telefon|telefoon|tlf"
        r"|tfn|tfno|tlfno|telf|telef|tel[eé]fono|telefone|t[eé]l[eé]phone|t[eé]l|m[oó]vil|celular"
        r"|cellulare|handy|whatsapp|call|телефон|тел|моб)|फ़?ोन|मोबाइल|هاتف|جوال|電話|电话"
        r"|手机|手機|전화|휴대폰|τηλ|טלפון|โทร)\.?[ \t]{0,3}"
        r"(?:(?i:no|nr|num|number|n[uú]mero|num[eé]ro|nummer|номер)\.?[ \t]{0,3}|नंबर[ \t]{0,3})?"
        r"[:#]?[ \t]{0,3}\Z"
    )
    # What follows a log line's header: a level word, a bracketed thread or a process tag.
    _AFTER_HEADER = re.compile(
        r"[ \t]{1,4}(?:\[|<|(?i:info|warn|warning|error|err|debug|trace|fatal|notice|crit)\b"
        r"|[A-Za-z_][\w.\-]{0,40}(?:\[[0-9]{1,10}\])?:)"
    )

    # A contact card's next label after the number, read by ``_AFTER_HEADER`` as a process
    # tag: "020 7946 0958 Fax: ..." opens a card's line, not a log record's.
    _CONTACT_LABEL_AFTER = re.compile(
        r"[ \t]{1,4}(?i:fax|tel|telephone|phone|mobile|cell|e-?mail|web|website|address|name"
        r"|contact|ext)\.?:"
    )

    # The status and byte counts right after a request line's closing quote ("GET / HTTP/1.0"
    # 200 17210 367), also inside a JSON string (\" escaped).
    _AFTER_REQUEST = re.compile(r"HTTP/[0-9](?:\.[0-9])?\\?\" \Z")
    # Two hex bytes right before or after: the candidate's two-digit groups are more bytes of
    # a hex dump ("f0 b9 01 00 00 00 45 84 c9 0f"), not the pairs of a French number.
    _BYTES_BEFORE = re.compile(r"(?<![\w\-.])[0-9A-Fa-f]{2} [0-9A-Fa-f]{2} \Z")
    _BYTES_AFTER = re.compile(r" [0-9A-Fa-f]{2} [0-9A-Fa-f]{2}(?![\w\-.])")
    _PAIRS = re.compile(r"[0-9]{2}(?: [0-9]{2})+")
    # A dump's row from its offset on: four hex digits of offset, then byte columns ("0180 54
    # 20 35 2e 31 ..."), with two more bytes after the candidate (``_BYTES_AFTER``).
    _OFFSET_PAIRS = re.compile(r"[0-9]{4}(?: [0-9]{2}){2,}")
    # A hex dump's line up to the candidate: an offset of 4-8 hex digits, then byte columns
    # split by spaces or by the "-" some dumps print mid-line ("00000050  5c 00 73 00").
    _DUMP_BYTES = re.compile(r"[0-9]{2}(?:[ \-]{1,2}[0-9]{1,2})+")
    _DUMP_LINE = re.compile(
        r"[ \t]*(?:0x)?[0-9A-Fa-f]{4,8}:?[ \t]{1,3}(?:[0-9A-Fa-f]{2}[ \-]{1,2}){1,16}"
    )

    # Words of four digits, as a dump of 16-bit words prints them (``word_dump_row``); the
    # row's last word may be a lone byte (a packet of an odd length: "... 0100 0000 01").
    _DUMP_WORDS = re.compile(r"[0-9]{4}(?: {1,2}[0-9]{4})*(?P<byte> {1,2}[0-9]{2})?")
    # What follows a row's lone last byte: the line's end, or the gap before ``-X``'s text.
    _ROW_END = re.compile(r"[ \t]*(?:\r?\n|\Z)| {2,}")

    def _in_dump(self, text: str, start: int, end: int) -> bool:
        """Whether the candidate is a status column or a run of bytes of a hex dump."""
        if (
            text[start - 2 : start] == '" '  # (how _AFTER_REQUEST ends)
            and self._AFTER_REQUEST.search(text, max(0, start - 12), start) is not None
        ):
            return True
        if (
            self._OFFSET_PAIRS.fullmatch(text, start, end) is not None
            and self._BYTES_AFTER.match(text, end) is not None
        ):
            return True
        words = self._DUMP_WORDS.fullmatch(text, start, end)
        if (
            words is not None
            and (words.group("byte") is None or self._ROW_END.match(text, end) is not None)
            and word_dump_row(text, start)
        ):
            return True  # 16-bit words of a packet's dump ("0x0050:  ad37 1005 0934 9300")
        if self._DUMP_BYTES.fullmatch(text, start, end) is None:
            return False  # (asked first: every match of _PAIRS is one of _DUMP_BYTES)
        if self._PAIRS.fullmatch(text, start, end) is not None and (
            self._BYTES_BEFORE.search(text, max(0, start - 8), start) is not None
            or self._BYTES_AFTER.match(text, end) is not None
        ):
            return True
        line_start = text.rfind("\n", max(0, start - 72), start) + 1
        return (line_start > 0 or start <= 72) and self._DUMP_LINE.fullmatch(
            text, line_start, start
        ) is not None

    # A cell of a fixed-width row: two spaces or more (or a tab) around the candidate, and a
    # version number as the next cell, itself followed by two spaces or a tab. A software
    # catalogue's listing ("2  061-26589       10.14.6    18G103   2019-10-14  macOS Mojave":
    # row, product id, version, build, date, title) or a package table; a phone number's row
    # holds no version after the number. A version of one dot ("13.1") could be a decimal
    # ("3.5  min", a call's length): it counts only before a build's cell, letters and
    # digits mixed ("13.1       22C65").
    _CELL_BEFORE = re.compile(r"(?:^|[ \t]{2}|\t)\Z", re.MULTILINE)
    _VERSION_CELL_AFTER = re.compile(
        r"(?:[ \t]{2,16}|\t)[0-9]{1,3}\.[0-9]{1,4}"
        r"(?:(?:\.[0-9]{1,4}){1,2}(?:[ \t]{2}|\t)"
        r"|(?:[ \t]{2,16}|\t)[0-9]{0,4}[A-Za-z]{1,3}[0-9]{1,6}[a-z]?(?:[ \t]{2}|\t|$))",
        re.MULTILINE,
    )

    def _catalogue_cell(self, text: str, start: int, end: int) -> bool:
        """Whether the candidate is a cell of a fixed-width row before a version's cell.

        Not when a phone word labels it (:attr:`_LABEL_BEFORE`) or it opens with "+".
        """
        return (
            text[start] != "+"
            and text[end : end + 1] in ("\t", " ")  # (how _VERSION_CELL_AFTER opens)
            and self._VERSION_CELL_AFTER.match(text, end) is not None
            and self._CELL_BEFORE.search(text, max(0, start - 2), start) is not None
            and self._LABEL_BEFORE.search(text, max(0, start - 32), start) is None
        )

    # A kernel console's uptime stamp: "[  484.511718]" (Linux), "[00131.346]" (Fuchsia).
    _UPTIME = re.compile(r"[ \t]{0,8}[0-9]{1,8}\.[0-9]{1,9}[ \t]{0,8}\]")
    # What stands before the process and thread ids that follow an uptime stamp at a line's
    # start ("[00131.346] 01102.01116> panic", Fuchsia's "pid.tid>").
    _UPTIME_BEFORE = re.compile(r"\[[ \t]{0,8}[0-9]{1,8}\.[0-9]{1,9}\][ \t]{1,2}\Z")

    # A program's message number right before its severity: IBM's compilers and linker
    # write a component's number and a message's, one hyphen between, then the severity as
    # a letter in parentheses or a word ("1506-277 (S) Syntax error", "ld: 0706-123 Error
    # occurred while opening file"). No phone number is followed by a severity.
    _MESSAGE_NUMBER = re.compile(r"[0-9]{2,5}-[0-9]{2,5}")
    _SEVERITY_AFTER = re.compile(
        r"[ \t]{1,4}(?:\([SEWIU]\)|(?:ERROR|Error|WARNING|Warning|SEVERE|Severe|FATAL|Fatal"
        r"|INFO|Informational)\b)"
    )

    def _message_number(self, text: str, start: int, end: int) -> bool:
        """Whether the candidate is a message's number before its severity, unlabelled.

        (A phone word right before it, :attr:`_LABEL_BEFORE`, keeps a number: "Tel:
        0706-12345 Error in the form".)
        """
        return (
            text[end : end + 1] in (" ", "\t")
            and self._MESSAGE_NUMBER.fullmatch(text, start, end) is not None
            and self._SEVERITY_AFTER.match(text, end) is not None
            and self._LABEL_BEFORE.search(text, max(0, start - 32), start) is None
        )

    def _log_header(self, text: str, start: int, end: int) -> bool:
        """Whether the candidate is a log line's timestamp/thread header, not a phone number.

        Digit groups that open with a compact date and time (unless a phone word labels
        them: :attr:`_LABEL_BEFORE`), or that start a line and are followed by a level word,
        a bracket or a ``process[pid]:`` tag, are a header. So are a kernel console's
        bracketed uptime stamp (``[  484.511718]``, even before "Call Trace") and the
        ``pid.tid`` that follows one (``[00131.346] 01102.01116>``).
        """
        if self._STAMP.match(text, start) is not None:
            return self._LABEL_BEFORE.search(text, max(0, start - 32), start) is None
        # (The last character before the candidate but spaces and tabs, within nine: each
        # reading below needs it to be a bracket, a line break or none, so most candidates,
        # after a word or a sign, are answered by this one slice.)
        last = text[max(0, start - 9) : start].rstrip(" \t")[-1:]
        if last not in _HEADER_BEFORE:
            return False
        if last == "[" and self._UPTIME.match(text, start) is not None:
            return True
        if (
            last == "]"
            and text[start - 2 : start].strip(" \t") == "]"
            and not (set(text[start:end]) - _DIGITS_DOT)
            and self._UPTIME_BEFORE.search(text, max(0, start - 24), start) is not None
        ):
            return True
        line_start = text.rfind("\n", max(0, start - 8), start) + 1
        if (
            (line_start or start <= 8)
            and text[line_start:start].strip(" \t[") == ""
            and not (set(text[start:end]) - _SPACED)
        ):
            return (
                self._AFTER_HEADER.match(text, end) is not None
                and self._CONTACT_LABEL_AFTER.match(text, end) is None
            )
        return False

    def find(self, state: ScanState, /) -> Iterator[Finding]:
        """Yield the phone numbers of one scan.

        Digits of other scripts are read as ASCII digits (:func:`ascii_digits`, same offsets).
        """
        folded = ascii_digits(state.text)
        scan = state if folded is None else ScanState(folded)
        text = scan.text
        if len(text) > self._ALONE_MARKED_MAX and "\x00" not in text:
            # (one long text: no value on its own to read, no starts to keep)
            for found in super().find(scan):
                yield found
                yield from self._then(scan, found)
            return
        # A short text, or the scanner's join of many: each short one read on its own where
        # nothing was found in it.
        starts: list[int] = []
        for found in super().find(scan):
            starts.append(found.start)
            yield found
            for after in self._then(scan, found):
                starts.append(after.start)
                yield after
        starts.sort()
        for lo, hi in _short_values(text):
            i = bisect.bisect_left(starts, lo)
            if i == len(starts) or starts[i] >= hi:  # (nothing found in it)
                yield from self._alone_marked(scan, lo, hi)

    # Space between a phone number and what follows it within the same candidate, or a
    # hyphen with a space each side, as lists of numbers are written ("917277336 -
    # 606409021").
    _THEN = re.compile(r" {1,3}(?:- {1,3})?(?=[+(0-9])")

    def _slash_pair(self, text: str, start: int, end: int, state: ScanState | None) -> bool:
        """Whether a slash at ``end`` parts two phone numbers a phone word labels.

        A contact's two numbers are written so ("联系方式 13581722337/010-86485564", "Tel:
        06-12345678/020-1234567"); so are a counter's two values, a date's and a path's
        parts ("rx 12345678/23456789", "2023-01-05/2023-02-05"). Read as a pair only with
        a phone word near (no negative word nearer) and a number's candidate after the slash,
        not followed by another slash or joined to a word; each is then read as a number on
        its own (:meth:`_evaluate_at`).
        """
        return (
            _AFTER_SLASH.match(text, end + 1) is not None
            and self.context_possible(text, start, end, state)
            and self.score(text, start, end, 0.0)[0] > 0
        )

    @staticmethod
    def _alternate_end(text: str, start: int, end: int) -> bool:
        """Whether a slash at ``end`` opens the number's other lines, their last digits only.

        A contact's lines are written so ("Tel: 020 7946 0958/59", "0958/59/60"): the
        candidate before the slash is read as the number it would be without them, the
        other lines' digits left beside it as an extension is. It was cut to the groups
        before its last ("020 7946"), and its last digits were left. No more digits than
        the number's last group: "12345678/12345" is no such line.
        """
        m = _ALTERNATE_END.match(text, end)
        last = _LAST_GROUP.search(text, start, end)
        return m is not None and last is not None and len(m.group(1)) <= len(last.group())

    def _then(self, state: ScanState, found: Finding) -> Iterator[Finding]:
        """Phone numbers after ``found`` in the candidate it was cut from.

        A candidate may hold two numbers ("(415) 666-7777 (800) 443-1223"); the first is
        found by dropping the groups after it (:meth:`_evaluate_at`), and the rest is read
        here as a candidate of its own.
        """
        text = state.text
        pattern, rx = self.patterns[0], self._compiled[0][1]
        if found.evidence.pattern == "phone" and text[found.end : found.end + 1] == "/":
            yield from self._after_slash(state, found)
            return
        for _ in range(3):  # a few numbers in a row at most: each step is a new candidate
            gap = self._THEN.match(text, found.end)
            if gap is None:
                return  # (the usual case, asked first: the candidate is not matched again)
            whole = rx.match(text, found.start)
            if whole is None or whole.end() <= found.end:
                return
            nxt = rx.match(text, gap.end())
            if nxt is None:
                return
            after = self._evaluate(text, nxt.start(), nxt.end(), pattern, state)
            if after is None:
                return
            yield after
            found = after

    def _after_slash(self, state: ScanState, found: Finding) -> Iterator[Finding]:
        """The numbers after ``found`` and a slash: the second of a pair, and a third.

        A number before a slash is found only as the first of a pair (:meth:`_slash_pair`,
        :meth:`_read`): "13581722337/010-86485564". A contact's three numbers are listed so
        too ("0612345678/0201234567/0301234567"); a fourth is not read.
        """
        text = state.text
        pattern = self.patterns[0]
        for _ in range(2):
            pair = _AFTER_SLASH.match(text, found.end + 1)
            if pair is None:
                return
            after = self._evaluate(text, pair.start(), pair.end(), pattern, state)
            if after is None:
                return
            yield after
            if text[after.end : after.end + 1] != "/":
                return
            found = after

    def _evaluate(
        self, text: str, start: int, end: int, pattern: Pattern, state: ScanState | None
    ) -> Finding | None:
        """:meth:`_evaluated`, once per candidate and scan.

        A candidate may be asked about twice: as the pattern's match, and as the number after
        the one before it in a list (:meth:`_then`), which the next match then repeats.
        """
        if state is None:
            return self._read(text, start, end, pattern, state)
        seen = state.memo("phone_evaluated")
        key = (start, end, pattern.name)
        if key in seen:
            return seen[key]  # type: ignore[no-any-return]
        found = seen[key] = self._read(text, start, end, pattern, state)
        return found

    def _read(
        self, text: str, start: int, end: int, pattern: Pattern, state: ScanState | None
    ) -> Finding | None:
        """:meth:`_evaluated`, a candidate before a slash read first (:meth:`_slash_pair`)."""
        if pattern.name == "phone" and text[end : end + 1] == "/":
            if self._slash_pair(text, start, end, state):
                found = self._evaluate_at(text, start, end, pattern, state)
                if found is not None:
                    return found
            elif (
                self._alternate_end(text, start, end)
                or (text[end + 1 : end + 2] in ("+", "(") and _AFTER_SLASH.match(text, end + 1))
                or end + 1 == len(text)
                or text[end + 1].isspace()
            ):
                # A number in international form or with its area code in parentheses after
                # the slash, no phone word near: each is read as it would be alone (the first
                # here, the next by _then), the first not cut to its first groups. So is a
                # number before a slash that ends its word ("020 7946 0958/ or ..."): no
                # path, date or number goes on after it.
                return self._evaluated(text, start, end, pattern, state)
            # (no pair: the candidate the pattern read before a slash could end one)
            m = _PHONE_NO_SLASH.match(text, start)
            if m is None:
                return None
            end = m.end()
        return self._evaluated(text, start, end, pattern, state)

    def _evaluated(
        self, text: str, start: int, end: int, pattern: Pattern, state: ScanState | None
    ) -> Finding | None:
        if (
            (text[end : end + 1] == "-" and self._glued_code(text, end + 1))
            or (
                "(" in text[start - 1 : start + 1] and self._tagged(text, start)
            )  # (its parenthesis)
            or (
                pattern.name == "phone_glued_word"
                and _GLUED_WORD_BEFORE.search(text, max(0, start - 10), start) is None
            )
            or (
                pattern.name == "phone"
                and start > 3  # a letter and three digits before it
                and text[start - 2].isdigit()
                and _GLUED_RUN_BEFORE.search(text, max(0, start - _GLUED_RUN_REACH), start)
                is not None
            )
        ):
            return None
        if pattern.name == "phone_glued_intl":
            return self._glued_international(text, start, end, pattern)
        if pattern.name == "phone_vanity":
            return self._vanity(text, start, end, pattern, state)
        if pattern.name == "phone_glued_area":
            return self._glued_area(text, start, end, pattern, state)
        found = self._evaluate_at(text, start, end, pattern, state)
        if (
            found is not None
            or pattern.name != "phone"
            or text[start] == "+"
            or self._ONE_BY_ONE.fullmatch(text, start, end) is not None
        ):
            # (digits spaced one by one were read as such: their rest is no other number)
            return found
        # A candidate that is no phone number may end in one: a key's value ("v=55 (17)
        # 6332-2155": not valid with 55 as a calling code, but "(17) 6332-2155" is a
        # number), or a number before one in a sentence ("$20 415-666-7777", "CA 34215 -
        # 415-666-7777"). Try from the next place a number may start: in a key's value the
        # next character (as before keyed values were read), elsewhere the next group; after
        # a dial-out prefix, the North American number it dials (:data:`_DIAL_OUT`).
        dial = _DIAL_OUT.match(text, start, end)
        if dial is not None:
            after = dial.end()
        elif self._keyed(text, start, pattern):
            nxt = self._NEXT_START.search(text, start + 1, end)
            after = -1 if nxt is None else nxt.start()
        else:
            after = self._next_group(text, start, end)
        return None if after < 0 else self._evaluate_at(text, after, end, pattern, state)

    def _tagged(self, text: str, start: int) -> bool:
        """Whether the candidate's opening parenthesis is glued to a name ending in digits.

        ``v101(0101) 0041``: a VLAN's name, its tag, then a number (:data:`_TAGGED_NAME`).
        """
        paren = start if text[start : start + 1] == "(" else start - 1
        return (
            paren > 0
            and text[paren] == "("
            and text[paren - 1].isdigit()
            and self._TAGGED_NAME.search(text, max(0, paren - 32), paren) is not None
        )

    # A name that ends in digits, glued to the parenthesis that opens the candidate: a
    # network object's name and its number in parentheses (Extreme EXOS' VLAN column
    # "v101(0101)", an interface "eth0(2)"), never an area code, which stands apart from a
    # word or after a calling code ("+49(0)30 ...": no letter before it).
    _TAGGED_NAME = re.compile(r"(?<![\w.+\-])[A-Za-z][A-Za-z_\-]{0,15}[0-9]{1,10}\Z")

    # The word after a hyphen that names the line rather than gluing a code: a contact
    # list's "09721 88 29 47-Office", "781-618-4959-Fax".
    _LINE_WORD = re.compile(
        r"(?i:office|home|work|mobile|cell|fax|main|direct|voice|phone|tel|landline|private"
        r"|business|day|evening|night)(?![^\W\d_])"
    )

    # A code's suffix: one to four capitals or digits, then no more of a word ("-A", "-AB",
    # "-B2", "-XL").
    _CODE_SUFFIX = re.compile(r"[A-Z0-9]{1,4}(?![^\W_])")

    def _glued_code(self, text: str, after: int) -> bool:
        """Whether a code's suffix glued by a hyphen at ``after`` makes the digits a code.

        A part or article number ("555-123-4567-A", "0512 123456-AB"), as a hyphen before
        the digits does (the patterns' look-behind): nothing of it is a phone number. Only
        a suffix shaped like a code's counts: a word ("-ext", "-John", "-rev") may be
        anything written after a number, which then stays reported (the safe side), and a
        word naming the line ("-Office", "-FAX") is no glue at all.
        """
        return (
            self._CODE_SUFFIX.match(text, after) is not None
            and self._LINE_WORD.match(text, after) is None
        )

    def _next_group(self, text: str, start: int, end: int) -> int:
        """Where a candidate may start again after its first group (-1: nowhere)."""
        space = text.find(" ", start, end)
        nxt = None if space < 0 else self._NEXT_START.search(text, space + 1, end)
        return -1 if nxt is None else nxt.start()

    # What a number glued to words may have around it, up to the white space each side: a
    # word (or an abbreviation and its full stop) before, a word after, an opening mark
    # before and closing punctuation after. A URL, a query, an e-mail address, a key's value
    # or an id holds other signs ("/", "=", "&", "@", "_", digits) and is no such word.
    _GLUED_BEFORE = re.compile(r"[(\[\"'\u00ab\u201c]?(?:([^\W\d_]{1,24})\.?)?")
    _GLUED_AFTER = re.compile(r"([^\W\d_]{1,24})?[.,;:!?)\]\"'\u00bb\u201d]{0,3}")
    # Characters read each way for the white space that ends the glued word.
    _GLUED_REACH = 32

    def _glued_international(
        self, text: str, start: int, end: int, pattern: Pattern
    ) -> Finding | None:
        """A number in international form glued to the words around it (``phone_glued_intl``).

        Glued: a letter of a spaced script, or a letter and a full stop, right before the
        "+", or such a letter right after the number (a number standing free, or glued to
        CJK text, is the ``phone`` pattern's). The word around it must read as words, each
        run of letters in one case or capitalised ("Tfno", "abc", "É"; not base64's
        "dGVzdA"), and the number must be valid in the plan of its calling code, not merely
        of a possible length.
        """
        prev = text[start - 1] if start else " "
        nxt = text[end] if end < len(text) else " "
        if not (
            (prev.isalpha() or (prev == "." and start > 1 and text[start - 2].isalpha()))
            and _NO_SPACE_CHAR.match(prev) is None
        ) and not (nxt.isalpha() and _NO_SPACE_CHAR.match(nxt) is None):
            return None
        lo = max(0, start - self._GLUED_REACH)
        i = start
        while i > lo and not text[i - 1].isspace():
            i -= 1
        hi = min(len(text), end + self._GLUED_REACH)
        j = end
        while j < hi and not text[j].isspace():
            j += 1
        if (i == lo and lo > 0 and not text[lo - 1].isspace()) or (
            j == hi and hi < len(text) and not text[hi].isspace()
        ):
            return None  # a long token: an id or an encoded value
        before = self._GLUED_BEFORE.fullmatch(text, i, start)
        after = self._GLUED_AFTER.fullmatch(text, end, j)
        if before is None or after is None:
            return None
        for run in (before.group(1), after.group(1)):
            if run and not (run.islower() or run.isupper() or run.istitle()):
                return None
        digits = text[start + 1 : end].replace("-", "").replace(".", "")
        region = self._country(digits, grouped=False)
        if not region:
            return None
        return _finding(
            self, text, start, end, pattern, base=0.75, tags=(region,), checksum="phonenumbers"
        )

    def _glued_area(
        self, text: str, start: int, end: int, pattern: Pattern, state: ScanState | None
    ) -> Finding | None:
        """A North American number glued to a word by its parenthesised area code.

        Glued: a letter of a spaced script right before or after it (free-standing or beside
        CJK text, it is the ``phone`` pattern's). Valid in the North American plan as
        ``phonenumbers`` holds it, not merely of its length, and not in a log or CSV record
        (``size(512)1024000``).
        """
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (
            (before.isalpha() and _NO_SPACE_CHAR.match(before) is None)
            or (after.isalpha() and _NO_SPACE_CHAR.match(after) is None)
        ):
            return None
        if _machine_line_at(text, start, -1, _scan_lines(state)):
            return None
        body = text[start:end]
        # (The plan's own rules first, without a parse; one region: Canada's numbers parse
        # in the shared plan as well.)
        region = self._nanp(body) and self._parse(body, ("US",))
        if not region:
            return None
        return _finding(
            self, text, start, end, pattern, tags=(region,), checksum="phonenumbers", state=state
        )

    # A word of three capitals or more: the vanity part of a number ("FLOWERS", "DDA").
    _VANITY_WORD = re.compile(r"[A-Z]{3}")
    # A bare area code joined to the rest by a hyphen ("800-GOT-JUNK"); without one, or a
    # calling code, trunk prefix or parentheses, the digits are a street number.
    _VANITY_HYPHEN = re.compile(r"[0-9]{3,4}-")

    def _vanity(
        self, text: str, start: int, end: int, pattern: Pattern, state: ScanState | None
    ) -> Finding | None:
        """A number with letters for digits (``phone_vanity``), in prose or alone.

        A word of three capitals or more among its groups, the letters read as the keypad's
        digits (``phonenumbers``' own table), and the number valid in a plan read as a
        toll-free, premium-rate, shared-cost or universal-access line, written as its plan
        dials it (:meth:`_as_dialled`) and opened by a "+", a trunk prefix, parentheses or an
        area code and a hyphen: the lines that
        advertise themselves in words. Not in a log or CSV record (a line that is only the
        number is a value on its own), where capitals after digits are levels, codes and units.
        """
        cand = text[start:end]
        if cand[0] not in "+(01" and self._VANITY_HYPHEN.match(cand) is None:
            return None  # "800 BROADWAY": a street number and its street in capitals
        if self._VANITY_WORD.search(cand) is None or (
            _machine_line_at(text, start, -1, _scan_lines(state))
            and not _whole_line(text, start, end)
        ):
            return None
        key = (cand, "vanity")
        try:  # one lookup: a memo may be cleared between two (full, or forgotten)
            region = self._cache[key]
        except KeyError:
            region = self._cache.put(key, self._vanity_region(cand))
        if region is None:
            return None
        return _finding(self, text, start, end, pattern, tags=(region,), checksum="phonenumbers")

    def _vanity_region(self, cand: str) -> str | None:  # noqa: PLR0911 - one return per reading
        """The region of a vanity number's line (:meth:`_vanity`), or ``None``.

        The plans read follow the opening: one parse after "+"; North America's (ten digits,
        or eleven after its trunk 1) after "1", "(" or a bare area code; the closed plans
        outside it after a trunk 0 (nine to twelve digits): each candidate costs a few
        parses at most, and a run of words and numbers (``137 PORT 10``) none.
        """
        import phonenumbers
        from phonenumbers import PhoneNumberType

        lines = (
            PhoneNumberType.TOLL_FREE,
            PhoneNumberType.PREMIUM_RATE,
            PhoneNumberType.SHARED_COST,
            PhoneNumberType.UAN,
        )
        number = phonenumbers.convert_alpha_characters_in_number(cand)
        digits = "".join(c for c in number if c.isdigit())
        if cand[0] == "0":
            if not 9 <= len(digits) <= 12:
                return None
            # After a trunk 0 the national number is the digits after it in every plan that
            # dials 0: parsed once, then typed in each closed plan outside North America
            # (Germany's and Austria's open plans hold most digit strings valid: not read).
            try:
                national = phonenumbers.parse(number, "GB").national_number
            except phonenumbers.NumberParseException:
                return None
            for region in self._outside_nanp():
                if region in self._OPEN_PLANS:
                    continue
                code = phonenumbers.country_code_for_region(region)
                num = phonenumbers.PhoneNumber(country_code=code, national_number=national)
                if phonenumbers.number_type(num) in lines and self._as_dialled(num, number):
                    return phonenumbers.region_code_for_number(num) or region
            return None
        if cand[0] != "+" and not (len(digits) == 10 or (len(digits) == 11 and digits[0] == "1")):
            return None
        try:
            num = phonenumbers.parse(number, None if cand[0] == "+" else "US")
        except phonenumbers.NumberParseException:
            return None
        if phonenumbers.number_type(num) in lines and (
            cand[0] == "+" or self._as_dialled(num, number)
        ):
            return phonenumbers.region_code_for_number(num) or ""
        return None

    @staticmethod
    def _as_dialled(num: Any, written: str) -> bool:
        """Whether ``written`` holds ``num``'s digits as its plan dials them at home.

        Its national layout, or that with the plan's trunk prefix before it ("1-800-..." in
        North America, whose layout leaves the 1 out): "842 GRASSE" is no French "0842 ..."
        (a street number and a town in an address).
        """
        import phonenumbers

        digits = "".join(c for c in written if c.isdigit())
        national = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        national = "".join(c for c in national if c.isdigit())
        region = phonenumbers.region_code_for_number(num)
        meta = phonenumbers.PhoneMetadata.metadata_for_region(region) if region else None
        prefix = (meta.national_prefix or "") if meta is not None else ""
        return digits in (national, prefix + national)

    @staticmethod
    def _keyed(text: str, start: int, pattern: Pattern) -> bool:
        """Whether the ``phone`` pattern's candidate is the value of a key (after ``=``).

        (``phone_keyed`` candidates follow a key that names a phone: no layout is required.)
        """
        return pattern.name == "phone" and text[start - 1 : start] == "="

    # An IS-IS neighbour's or LAN's id: the six-byte system id, written as Cisco writes a MAC
    # address (three dotted groups of four hex digits, here all decimal), and the pseudonode's
    # byte after one more full stop ("IS Neighbor: 0192.0168.0002.02", "lan-id 1921.6800.1001.03"
    # in tcpdump's IS-IS decode and routers' adjacency tables). No phone plan writes four, four,
    # four and two digits between full stops.
    _ISIS_ID = re.compile(r"[0-9]{4}\.[0-9]{4}\.[0-9]{4}\.[0-9]{2}")

    # Where a phone candidate may start inside a longer one (the pattern's own first test).
    _NEXT_START = re.compile(r"(?<![+\-./#@\\])(?<!" + _SPACED_WORD + r")[+(0-9]")

    def _evaluate_at(  # noqa: C901, PLR0911, PLR0912 - a chain of cheap rejections, then the checks
        self, text: str, start: int, end: int, pattern: Pattern, state: ScanState | None
    ) -> Finding | None:
        cand = text[start:end]
        if cand.count(".") >= 3 and (_has_ipv4(cand) or _QUAD_SHAPE.fullmatch(cand)):
            return None  # "10.1.2.3", "80 - 183.60.244.30": an address is no phone number
        digits = _digit_count(cand)
        if digits < 7:  # cheap reject: versions, short numbers
            return None
        if state is not None and cand[0] == "0" and self._unworded_run(text, start, end, state):
            return None  # (what _check would say after reading every layout: see there)
        if digits == 14 and self._ISIS_ID.fullmatch(cand) is not None:
            return None  # "IS Neighbor: 0192.0168.0002.02": a router's system id, its node
        if digits == 8 and self._DATE.fullmatch(cand) is not None:
            return None  # "03-04-2017 23:46:11": a date (day or month first)
        if digits == 8 and self._years(cand):
            return None  # "Tel Aviv 2023-2024 season", "2019\u20142020": a span of years
        if "00000000" in cand and not (
            cand[0] == "+" and self._country(cand.translate(_NOT_DIGITS), grouped=False)
        ):
            # "0045 00000000": a zero-padded field of a dump. Only a "+" and a number valid
            # in its plan is read so ("+33600000000", a form's placeholder of a mobile).
            return None
        # (kept by _sift for a word: _NEAR when a context word is in reach)
        worded = None if state is None else state.memo("phone_worded").get((start, end))
        if state is not None and worded is None and self._needs_word(text, start, end, cand, state):
            return None
        # (Each refusal below is asked only where the character before the candidate allows
        # it: an IBAN's head ends in a digit, one separator at most after it; a column's
        # number stands a space before; parentheses and a "+" set apart are looked at.)
        before = text[start - 1] if start else ""
        if (
            start >= 4  # "XX99" fits before it
            and (before in _ASCII_DIGITS or (before in " .-" and text[start - 2] in _ASCII_DIGITS))
            and self._in_iban(text, start)
        ):
            return None
        if self._message_number(text, start, end):
            return None  # "ld: 0706-123 Error occurred": a message's number and its severity
        if before == "|" and header_version(text, start):
            return None  # "LEEF:1.0|Acme|av|02.47.00.0000|": the header's device version
        if self._log_header(text, start, end) or (
            # (a status column follows a request's quote; a dump's bytes open with two
            # digits and a separator, its row with four digits of offset and a space)
            (
                text[start - 2 : start] == '" '
                or text[start + 2 : start + 3] in (" ", "-")
                or text[start + 4 : start + 5] == " "
            )
            and self._in_dump(text, start, end)
        ):
            return None
        # (an extension's space and full stop part no digit groups: "+33 6 12 34 56 78 ext. 456")
        number = self._EXT.sub("", cand) if "x" in cand or "X" in cand else cand
        if self._ONE_BY_ONE.fullmatch(number) is not None:
            # "Phone: 0 7 7 0 0 9 0 0 1 2 3": the digits spaced one by one, as a number is
            # read out or typed to be read (see _one_by_one); else a column of small numbers.
            return self._one_by_one(text, start, start + len(number), number, pattern, state)
        if number.count(" ") + number.count("-") + number.count(".") > 7 or (
            before == " "
            and text[start - 2 : start - 1] in _COLUMN_TAIL
            and self._in_column(text, start, cand)
        ):
            return None  # "1 2 3 4 5 6 7 8", "200 200 981 2481": numbers, not a phone number
        first = start
        if before == "(" or cand[0] == "(":
            start, cand = self._parentheses(text, start, cand)
        if text[start - 2 : start] == "+ " and self._plus_apart(text, start):
            # "+ (36) 1 441-4000": the "+" set apart by a space. Only a number valid in its
            # calling code's plan is read so; else the digits are read as they stand.
            f = self._check(text, start - 2, start + len(cand), "+ " + cand, pattern, state)
            if f is not None and f.evidence.tags:
                return f
        # The value of a key ("value=020 7946 0018"): in machine text most numbers there are
        # ids, counters and ports, so only a separated phone layout is one (see _check).
        # (A text that is one key and its value, the key naming nothing: the value is read
        # as one on its own, :meth:`_lone_pair`.)
        keyed = (
            self._keyed(text, start, pattern)
            and cand[0] != "+"
            and not self._lone_pair(text, start, end)
        )
        # A phone word joined to its number by a hyphen ("Phone-415-666-7777", "Tel-020 7946
        # 0018"): a layout that needs no word, not digit groups a date or version could be
        # ("mobile-20231011.log", "fax-1.2.3-456789").
        hyphened = pattern.name == "phone_keyed" and self._hyphen_key(text, start)
        # Try the whole candidate, then without trailing space-separated groups
        # ("555-123-4567 12 items", "555-123-4567 4111 1111 1111": a card number follows).
        # (A context word in reach of the candidate as matched, as _sift found: the same
        # window, so context_possible is not asked again.)
        same = start == first and start + len(cand) == end
        near = worded is _NEAR and same
        han = worded is _HAN and same  # (else: not known, asked by _check)
        for _ in range(5):
            stop = start + len(cand)
            # (a cell's row goes on after a tab or two spaces: asked only then)
            if (
                text[stop : stop + 1] == "\t" or text[stop : stop + 2] in ("  ", " \t")
            ) and self._catalogue_cell(text, start, stop):
                return None
            f = self._check(
                text,
                start,
                stop,
                cand,
                pattern,
                state,
                keyed=keyed,
                laid=hyphened,
                near=near,
                han=han,
            )
            near = han = False
            if f is not None:
                return f
            head, sep, _tail = cand.rpartition(" ")
            if not sep:
                return None
            cand = head.rstrip(" -.(")
            if _digit_count(cand) < 7:
                return None
        return None

    def _unworded_run(self, text: str, start: int, end: int, state: ScanState) -> bool:
        """Whether an unseparated run of digits opening with "0" is no number, read cheaply.

        A sufficient condition for :meth:`_evaluate_at` to find nothing, without its chain
        of checks (a text dense with such runs in log or CSV records, or many such values
        read one by one, pays that chain per run). Every layout such a run can take (a
        national number, "00" and an international one, bare digits) is read as bare digits
        in a machine line that holds more than the run (:meth:`_check`), and bare digits
        need a phone word: none near (:meth:`context_possible`), none further back in the
        clause (:meth:`_clause_possible`), no Han text naming a Chinese mobile's plan, no
        "+ " before it, and not a value on its own. (No run of digits is spaced one by one
        or matches the tariff layout, which needs separators.)
        """
        return (
            text[start:end].isdigit()
            and not self.context_possible(text, start, end, state)
            and not self._clause_possible(text, start, state)
            and not self._plus_apart(text, start)
            and not self._beside_han(text, start, end)
            and not self._alone(text, start, end)
            and not _whole_line(text, start, end)
            and not self._lone_pair(text, start, end)
            and _machine_line_at(text, start, -1, _scan_lines(state))
        )

    # Digits spaced one by one (a space, or a few where the number's groups part): eight to
    # fifteen of them, a trunk 0 or a calling code's first digit among them.
    _ONE_BY_ONE = re.compile(r"[0-9](?: {1,3}[0-9]){7,14}")
    _ONE_BY_ONE_MORE = re.compile(r" {1,3}[0-9]")

    def _one_by_one(  # noqa: PLR0917 - one candidate, its reading
        self,
        text: str,
        start: int,
        end: int,
        number: str,
        pattern: Pattern,
        state: ScanState | None,
    ) -> Finding | None:
        """A number whose digits are spaced one by one ("call me at 0 2 0 7 9 4 6 0 0 1 8").

        So a number is written to be read out, or typed in a form's boxes; so is a column of
        small numbers ("1 2 3 4 5 6 7 8 9", a row of counts). Read only where a phone word
        labels it (a context word near, no negative word nearer: "order 1 2 3 ..." stays
        out), right before it ("Phone: ...") or in a line of prose (in a log or CSV record
        a word further off labels no run of counts), and only as a number valid in a plan
        the word, the script or the detector names (not merely of a possible length).
        The span ends with its last digit, an extension left out.
        """
        if self._ONE_BY_ONE_MORE.match(text, end) is not None or not self.context_possible(
            text, start, end, state
        ):
            # (more digits spaced so after it: the pattern's candidate cut a longer run)
            return None
        if self._machine_around(text, start, end, number):
            # ("call" right before labels no run in a record: "RPC call 1 2 3 ...")
            label = self._LABEL_BEFORE.search(text, max(0, start - 32), start)
            if label is None or label[0].lower().startswith("call"):
                return None
        score, words = self.score(text, start, end, 0.0)
        if score <= 0:
            return None
        regions = tuple(dict.fromkeys(self._hinted(text, start, end, words, state) + self.regions))
        region = self._parse(number.replace(" ", ""), regions)
        if not region:
            return None
        return _finding(
            self, text, start, end, pattern, base=0.3, tags=(region,), checksum="phonenumbers"
        )

    # How far each side of a number spaced one by one its line is read (a longer line is
    # machine text to _machine_around: no candidate reads a long line whole).
    _ONE_BY_ONE_LINE = 160

    @classmethod
    def _machine_around(cls, text: str, start: int, end: int, number: str) -> bool:
        """Whether the line of a number spaced one by one is machine text, read as written.

        The line is tested with the number's digits joined: eleven digits spaced one by one
        are eleven numbers to the machine-text test, which reads "call me at 0 2 0 7 9 4 6
        0 0 1 8" as a row of counts. A line longer than :attr:`_ONE_BY_ONE_LINE` characters
        each side of the number is machine text.
        """
        reach = cls._ONE_BY_ONE_LINE
        ls = text.rfind("\n", max(0, start - reach), start) + 1
        le = text.find("\n", end, end + reach + 1)
        if (ls == 0 and start > reach) or (le < 0 and len(text) > end + reach):
            return True
        line = text[ls:start] + number.replace(" ", "") + text[end : len(text) if le < 0 else le]
        return (
            _LOG_OPENING.match(line) is not None or log_record(line) or header_or_machine_line(line)
        )

    _YEAR_RANGE = re.compile(r"((?:19|20)[0-9]{2}) ?[\-/] ?((?:19|20)[0-9]{2})")

    @classmethod
    def _years(cls, cand: str) -> bool:
        """Whether the candidate is a span of years, the later one second ("2023-2024")."""
        m = cls._YEAR_RANGE.fullmatch(cand)
        return m is not None and m[1] < m[2]

    @staticmethod
    def _hyphen_key(text: str, start: int) -> bool:
        """Whether a ``phone_keyed`` value follows its key's hyphen (spaces and a quote between)."""
        k = start
        while k > 0 and text[k - 1] in " \t\"'(":
            k -= 1
        return text[k - 1 : k] == "-"

    @staticmethod
    def _plus_apart(text: str, start: int) -> bool:
        """Whether a "+" and one space open the candidate where a value may start.

        At the start of a line or after an opening bracket, a colon, a comma or a
        semicolon ("Tel: + 36 1 441 4000"), not after a word or a number ("2 + 36 ...",
        "a + (36)": a sum).
        """
        if start < 2 or text[start - 2 : start] != "+ ":
            return False
        k = start - 2
        while k > 0 and text[k - 1] in " \t":
            k -= 1
        return k == 0 or text[k - 1] in "\n\x00([:,;"

    @staticmethod
    def _parentheses(text: str, start: int, cand: str) -> tuple[int, str]:
        """The candidate with the parentheses around it taken in or left out.

        ``(555) 123-4567``: the look-behind refused the opening parenthesis of an area
        code, which belongs to the number; ``iPhone 14 Pro (617-555-3421)``: the whole
        number stands in parentheses, which do not.
        """
        if text[start - 1 : start] == "(" and cand.count(")") > cand.count("("):
            return start - 1, "(" + cand
        end = start + len(cand)
        if cand[0] == "(" and ")" not in cand and text[end : end + 1] == ")":
            return start + 1, cand[1:]
        return start, cand

    @staticmethod
    def _in_iban(text: str, start: int) -> bool:
        """Whether the candidate continues an IBAN's head ("CH93 0076 2011 ...")."""
        # (The head ends in its check digits, one separator at most after them: asked of
        # the two characters before first, most candidates follow a word or a space.)
        c = text[start - 1]
        if c not in _ASCII_DIGITS and (c not in " .-" or text[start - 2] not in _ASCII_DIGITS):
            return False
        head = _IBAN_HEAD_BEFORE.search(text, max(0, start - 6), start)
        if head is None:
            return False
        stop = iban_walk(text, head.start(), min(len(text), start + 60))
        return stop is not None and stop > start

    def _beside_han(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is a Chinese mobile number's digits beside Chinese text.

        Its eleven digits unseparated, or in the 3-4-4 groups of its plan parted by spaces
        ("张三 138 0013 8000": the Han text names the plan, as a phone word would). A colon
        may stand between: the scanner reads a full-width colon (U+FF1A) after "张三" as ":".
        """
        n = end - start
        if not (
            (n == 11 and self._CN_RUN.fullmatch(text, start, end) is not None)
            or (n == 13 and self._CN_SPACED.fullmatch(text, start, end) is not None)
        ):
            return False
        before = text[max(0, start - 3) : start].rstrip(" ").rstrip(":").rstrip(" ")[-1:]
        after = text[end : end + 2].lstrip(" ")[:1]
        return self._HAN.fullmatch(before) is not None or self._HAN.fullmatch(after) is not None

    @classmethod
    def _han_prose(cls, text: str, start: int, state: ScanState | None) -> bool:
        """Whether the line at ``start`` opens as no log record does, and is no record.

        A line of Han words and numbers (an address, a list of contacts: "宝安区新安街道128号
        沙县小吃 张三 13144381379") reads as machine text to the machine-line test; a
        Chinese mobile beside its Han words is still a number there. A log record's line
        (a time and a level before the message, "2024-01-01 12:00:01 INFO 用户 ...") holds
        ids, and is read as before. A line may open with a mobile, Han text right after it
        ("13581722337、张三", "13581722337、13912345678、张三"): eleven digits then Han text
        are no record's time or level; the line is read after them.
        """
        lines = _scan_lines(state)
        ls = _line_start(text, start, lines)
        le = text.find("\n", start)
        le = len(text) if le < 0 else le
        first = ls + len(text[ls:le]) - len(text[ls:le].lstrip(" \t"))
        if (
            cls._CN_RUN.match(text, first) is not None
            and cls._HAN.match(text, first + 11) is not None
        ):
            return not log_record(text[first + 11 : le])  # (the line read after that number)
        return _LOG_OPENING.match(text, ls) is None and not _line_test(
            log_record, text, ls, le, lines
        )

    @classmethod
    def _layout(cls, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` opens with a layout that needs no phone word.

        (:data:`_LAYOUT_HEAD`; digits before a hyphen or " (" open such a layout only when
        they are a calling code: a country's number is read only with its code
        (:meth:`_country`), other digit groups need a phone word, "666-90-1235" as well.)
        """
        m = cls._LAYOUT_HEAD.match(text, start, end)
        return m is not None and (m["code"] is None or m["code"] in _calling_codes())

    def _needs_word(self, text: str, start: int, end: int, cand: str, state: ScanState) -> bool:
        """Whether the candidate can only be a phone number with a phone word near, and has none.

        Only an international, national (``0...``) or North American layout is a phone
        number without a phone word near it; other digit groups need one (the "bare" and
        "grouped" shapes of :meth:`_check`). Checked early: most candidates in logs are such
        groups with no phone word anywhere near.
        """
        return (
            cand[0] not in "+(0"
            and text[start - 1 : start] != "("
            and not self._plus_apart(text, start)
            and not self._layout(cand, 0, len(cand))
            and not self._beside_han(text, start, end)
            and not self._alone(text, start, end)
            and not self._contact_field(text, start, end, state)
            and not self._lone_pair(text, start, end)
            and not self.context_possible(text, start, end, state)
            and not self._clause_label(text, start, state)
        )

    # What a value on its own is when it is not a phone number: an amount written with a
    # space between thousands, the first group of one or two digits ("1 234 567",
    # "12 345 678"; three digits first, "912 345 678", is a layout of several plans), or a
    # date with any separators ("2024 01 02", "31.12.2019").
    # (The parts of a date, written once for both expressions below.)
    _D, _M, _Y = r"(?:0?[1-9]|[12][0-9]|3[01])", r"(?:0?[1-9]|1[0-2])", r"(?:19|20)[0-9]{2}"
    _NOT_ALONE = re.compile(
        r"[0-9]{1,2}(?: [0-9]{3})+"
        rf"|{_Y}[ \-./]{_M}[ \-./]{_D}|{_D}[ \-./]{_M}[ \-./]{_Y}|{_M}[ \-./]{_D}[ \-./]{_Y}"
    )
    # A calendar date, day or month first, one separator twice and a four-digit year
    # ("03-04-2017", Splunk's and many US logs' "MM-DD-YYYY"; "31.12.2019"): a date
    # whatever the words around it say, never a phone number. So is one year first, with
    # hyphens, after a plus as well (ISO 8601's expanded year: "+2012-05-25"), whatever the
    # year: ISO 8601's four-digit year, month and day ("1582-10-10", "0400-02-29") is a
    # layout no phone plan writes its eight digits in. So is a year of this or the last
    # century first with full stops or slashes ("1996.07.10", "2003/09/25"), as the date
    # detector's ``year_first_date`` reads it.
    _DATE = re.compile(
        rf"{_D}([\-./]){_M}\1{_Y}|{_M}([\-./]){_D}\2{_Y}|\+?[0-9]{{4}}-{_M}-{_D}|{_Y}([./]){_M}\3{_D}"
    )

    # Digit groups a value on its own must have: two or more, eight digits or more, the
    # last group of two to six digits ("21 23 45 6" is cut short), or of seven after a
    # space or hyphen (an area code and the subscriber number unsplit: "415-6667777",
    # "321 1234567"; "0.1234567" is a decimal), no parentheses (an
    # area code in them is read by the layouts: "(415)-555-01325" is no number), one
    # separator throughout or spaces then a hyphen ("11 3333-4444"; "415-555 0132" is
    # written by no one). Or a calling code written without "+", one space or hyphen, and
    # the national number unsplit ("91 9876543210", "86-13581722337"), read as such
    # (:meth:`_alone_number`).
    _ALONE_LAYOUT = re.compile(
        r"(?=(?:[^0-9]*[0-9]){8})(?:[0-9]{1,5}"
        r"(?:([ \-.])(?:[0-9]{1,6}\1)*[0-9]{2,6}|([ \-])(?:[0-9]{1,6}\2)*[0-9]{7}"
        r"|(?: [0-9]{1,6})*-[0-9]{2,6})|[1-9][0-9]{0,2}[ \-][0-9]{8,12})"
    )

    # An area code in parentheses, then the subscriber number unsplit or in groups parted
    # by one separator, eight digits or more: "(912) 345-678" (Spain), "(22) 999567894"
    # (Brazil's mobiles). A value on its own so written is read in the closed plans as the
    # other digit groups are (:meth:`_alone_number`); _ALONE_LAYOUT leaves parentheses out.
    _AREA_ALONE = re.compile(
        r"(?=(?:[^0-9]*[0-9]){8})\([1-9][0-9]{1,3}\) ?[0-9]{2,9}"
        r"(?:([ \-.])[0-9]{2,6}(?:\1[0-9]{2,6}){0,2})?"
    )

    def _alone_layout(self, body: str) -> bool:
        """Whether a value on its own is laid out as a phone number's digit groups."""
        return self._ALONE_LAYOUT.fullmatch(body) is not None or (
            body[:1] == "(" and self._AREA_ALONE.fullmatch(body) is not None
        )

    # A contact line's field: the number alone between commas after a word, as address books,
    # CRM exports and signatures write a contact on one line ("Jane Roe, 22 222 22 22,
    # Warszawa"). Before it a letter (a word, maybe abbreviated or closing a bracket) and
    # ", "; after it a comma, a semicolon, a sentence's full stop or the line's end.
    _FIELD_BEFORE = re.compile(r"[^\W\d_][.)]?, \Z")
    _FIELD_AFTER = re.compile(r"[,;]|\.\s|\.?[ \t]*(?:\r?\n|\Z)")

    def _contact_field(self, text: str, start: int, end: int, state: ScanState | None) -> bool:
        """Whether ``text[start:end]`` is a field of a contact line in prose (:attr:`_FIELD_BEFORE`).

        Such a field is read as a value on its own is (:meth:`_alone_number`: digit groups
        valid in a closed plan, no amount or date), not in a log or CSV record, whose fields
        are counters and ids (:func:`_machine_line_at`).
        """
        return (
            text[start - 2 : start] == ", "
            and self._FIELD_BEFORE.search(text, max(0, start - 4), start) is not None
            and self._FIELD_AFTER.match(text, end) is not None
            and not _machine_line_at(text, start, -1, _scan_lines(state))
        )

    def _unvetoed_field(self, text: str, start: int, end: int, state: ScanState | None) -> bool:
        """A contact line's field (:meth:`_contact_field`) with no negative word before it.

        A phone word near changes nothing (the field is read as a value alone is); a word
        that names another number ("order", "invoice", "account") in the line before it,
        within the context width, keeps it out. (The context window stops at the commas
        that part the fields, so the line before the number is read here.)
        """
        if not self._contact_field(text, start, end, state):
            return False
        lo = max(text.rfind("\n", 0, start) + 1, start - self.context_width)
        before = " " + text[lo:start].lower()  # (the words are read as the window's are)
        return not any(word in before for word in self._neg)

    # A text that is one key and its value, nothing else ("value=0201234567", "input: 912
    # 345 678"): a form's field posted or a setting written alone. A field's value has its
    # field's name to say what it is (:func:`privkit._fieldnames.read_as_field`); a name
    # that says nothing of its kind leaves the value as unlabelled as one on its own, and
    # it is read so (:meth:`_alone_number`, :meth:`_alone_run`: valid in a closed plan).
    # The key: a letter, then letters, "_", "-" or "." (no digit), at most 24 characters,
    # then "=" or ": " (a colon glued to the value is a chat's "me:4155550132", read as
    # before); the value may be quoted; after it a quote, a ";" or a full stop may end the
    # text. Only the text's first :data:`_LONE_PAIR_REACH` characters before the value
    # are read.
    _LONE_KEY = re.compile(
        r"""[ \t\r\n]{0,4}([A-Za-z][A-Za-z_\-.]{0,23})(?:[ \t]?=[ \t]?|:[ \t])["']?\Z"""
    )
    _LONE_TAIL = re.compile(r"""["']?[.;]?[ \t\r\n]{0,4}(?:\x00|\Z)""")
    _LONE_PAIR_REACH = 36
    # The words of a key that name what its value is, though no entity type of privkit:
    # a key or a code, a time, a count or a size, an amount or a record ("time", "seq",
    # "episodio"). A key with one of them, with a word of another entity type
    # (``name_signal``: "zip", "token"), or holding a negative word of the detector (an id, an
    # order, a port, a serial, a version, an account: "logid", "session_id", "port"), holds
    # no phone number on its own.
    _NAMED_KEY_WORDS = frozenset(
        ("key", "token", "hash", "code", "time", "ts", "timestamp", "date", "day", "year",
         "count", "size", "len", "length", "seq", "nonce", "ver", "amount", "total", "price",
         "sum", "balance", "zip", "postal", "no", "nr", "num", "index", "pin", "otp", "sig",
         # a record's number: a case, a clinical episode ("Episodio: 3489648532.")
         "case", "record", "episode", "episodio")
    )  # fmt: skip

    def _lone_pair(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is the value of a text of one key and its value.

        And the key names no kind of value (:data:`_LONE_KEY`, :data:`_NAMED_KEY_WORDS`).
        """
        # (the value's end first: most candidates of a long text stand far from its end)
        if start < 2 or text[start - 1] not in "=: \"'" or self._LONE_TAIL.match(text, end) is None:
            return False
        lo = max(0, start - self._LONE_PAIR_REACH)
        cut = text.rfind("\x00", lo, start)
        if cut < 0 and lo > 0:
            return False
        m = self._LONE_KEY.fullmatch(text, cut + 1, start)
        if m is None:
            return False
        key = m.group(1)
        words = split_words(key)
        low = key.lower()
        return (
            bool(words)
            and not any(w in self._NAMED_KEY_WORDS for w in words)
            and not any(n.strip() in low for n in self._neg)
            and name_signal(key).entity is None
        )

    @staticmethod
    def _alone(text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is all of ``text`` but white space around it.

        A text that is only digit groups is a value on its own: a form field, a cell, a
        contact card's line read alone. There the groups need no phone word; they must be a
        number valid in one of the plans read (:meth:`_check`).
        """
        # (At most four white-space characters are read each side.)
        return stands_alone(text, start, end, reach=4)

    _sifts = True

    def _sift(  # noqa: C901, PLR0912 - one loop over the candidates, a test per reason kept
        self, pattern: Pattern, spans: list[tuple[int, int]], state: ScanState
    ) -> list[tuple[int, int]]:
        """Drop the candidates :meth:`_needs_word` rejects, in one loop (most of them in logs).

        The same test as ``_needs_word`` and :meth:`context_possible`, without the calls
        per candidate. The spans kept by a test that answers ``_needs_word`` go to the
        scan's memo ``phone_worded``, which :meth:`_evaluate_at` reads instead of asking again
        (a text dense with numbers near phone words asked twice per candidate).
        """
        marks = state.marks(self._ctx_variants)
        if marks is None or not spans or pattern.name in ("phone_vanity", "phone_glued_area"):
            return spans  # (their layouts say what they are: :meth:`_vanity`, :meth:`_glued_area`)
        text, width, n = state.text, self.context_width, len(marks)
        reach = max(width, self.CLAUSE_REACH)
        layout = self._layout
        keyed = self._keyed
        worded = state.memo("phone_worded")
        # (Without a NUL the window read here is context_possible's: own_window cuts none.)
        windowed = "\x00" not in text
        out = []
        for span in spans:
            start, end = span
            if windowed:
                # (a context word in reach: kept whatever else holds, asked first as the
                # cheapest test; the mark says context_possible's answer, see _evaluate_at)
                i = bisect.bisect_left(marks, start - width if start > width else 0)
                if i < n and marks[i] < end + width:
                    out.append(span)
                    worded[span] = _NEAR
                    continue
            if (
                text[start] in "+(0"
                or (start and text[start - 1] == "(")
                or (start > 1 and text[start - 2] == "+" and self._plus_apart(text, start))
                or layout(text, start, end)
            ):
                out.append(span)
                worded[span] = True
                continue
            if self._beside_han(text, start, end):
                out.append(span)
                worded[span] = _HAN  # (what _check asks of a bare or grouped number)
                continue
            if (
                self._alone(text, start, end)
                or self._contact_field(text, start, end, state)
                or self._lone_pair(text, start, end)
            ):
                out.append(span)
                worded[span] = True
                continue
            if keyed(text, start, pattern):
                out.append(span)  # a key's value is tried again from a later start (``_evaluate``)
                continue
            i = bisect.bisect_left(marks, start - width if start > width else 0)
            if i < n and marks[i] < end + width:
                out.append(span)
                if windowed:
                    worded[span] = True
            elif (
                # a phone word further back in the clause (read only past a context word)
                start > width
                and (j := bisect.bisect_left(marks, start - reach)) < n
                and marks[j] < start - width
                and self._clause_label(text, start, state)
            ):
                out.append(span)
                worded[span] = True
            elif pattern.name == "phone":
                # tried again from its next group (``_evaluate``): "$20 415-666-7777", or
                # after a dial-out prefix: "9 1 (613) 555-0123", "88-613-555-0123"
                nxt = self._next_group(text, start, end)
                if (
                    nxt > 0
                    and (text[nxt] in "+(0" or text[nxt - 1] == "(" or layout(text, nxt, end))
                ) or _DIAL_OUT.match(text, start, end) is not None:
                    out.append(span)
        return out

    # A URL, a path or a host name: a token holding "://", or opening with "/" (an access
    # log's request path, a W3C log's cs-uri-stem, a referrer), or a whole blank-separated
    # name of three labels or more ending in letters (a W3C log's cs-host). A phone word
    # inside one names a page or a host ("http://www.example.com/home.aspx",
    # "/contact/index.html", "mobile.example.com"), it labels no number. (A dotted key is
    # no host name: "user.phone=", "contact.phone:" end in "=" or ":".)
    # (Not _ner._URL_TOKEN: this also takes a path or a host name, and any text before "://".)
    _URL_TOKEN = re.compile(
        r"[^\s\"'<>]*://[^\s\"'<>]*|(?<![^\s\"'=\[(])/[^\s\"'<>]*"
        r"|(?<![^\s\"'])(?:[A-Za-z0-9\-]+\.){2,}[A-Za-z]{2,}(?![^\s\"'])"
    )

    def _context_words(
        self, text: str, start: int, end: int, /
    ) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The context words around a candidate, less those read only inside a URL or path.

        (An IIS line's referrer "http://www.example.com/home.aspx" made "home" the label
        of the status and byte columns after it: "200 0 0 10532 512".)
        """
        words, neg = super()._context_words(text, start, end)
        if not words:
            return words, neg
        width = self.context_width
        lo, hi = max(0, start - width), end + width // 2
        if not any(c in text[lo:start] or c in text[end:hi] for c in "/."):
            return words, neg  # (no URL, path or host name can be there)

        def blank(m: re.Match[str]) -> str:
            return " " * len(m.group())

        masked = (
            self._URL_TOKEN.sub(blank, text[lo:start])
            + text[start:end]
            + self._URL_TOKEN.sub(blank, text[end:hi])
        )
        window = context_window(masked, start - lo, end - lo, width)
        # (only words read before stay: a blanked query's "=" no longer ends the window)
        kept = tuple(w for w in words if self._norms.get(w, f" {w} ") in window)
        return kept, neg

    def _in_column(self, text: str, start: int, cand: str) -> bool:
        """Whether ``cand`` is space-separated like the number before it (a column).

        After a comma, the number before is a column's cell only when it stands alone: the
        last group of a number of spaced groups before the comma makes the comma a list's
        ("020 7946 0958, 020 7946 0959"). A number of one to three digits and a full stop
        opening a line, or after a word on it, is a list's marker ("1. 020 7946 0958",
        "Step 1. 020 7946 0958"), not a cell.
        """
        if not (
            cand[:1].isdigit()
            # (_NUMBER_BEFORE ends in a digit, "." or "," and a space right before the start)
            and text[start - 2 : start - 1] in _COLUMN_TAIL
            and text[start - 1 : start] == " "
            and cand[len(cand) - len(cand.lstrip("0123456789")) :][:1] == " "
        ):
            return False
        cell = self._NUMBER_BEFORE.search(text, max(0, start - 18), start)
        if cell is None:
            return False
        at = cell.start()
        if text[at] == "-" and self._NUMBER_BEFORE.search(text, max(0, at - 18), at) is None:
            return False  # a negative number is a cell only after another one
        if text[start - 2] == ".":
            if start - 2 - at > 3:
                return True
            # A marker opens the line, or follows a word on it ("Step 1.", "Item 12."). (Read
            # back over the white space before it only, and a word's reach: a search back to
            # the line's start for each candidate made one long line of them quadratic.)
            i = at
            while i > 0 and text[i - 1] != "\n" and text[i - 1].isspace():
                i -= 1
            return not (
                i == 0
                or text[i - 1] == "\n"
                or self._MARKER_WORD.search(text, max(0, at - _MARKER_REACH), at) is not None
            )
        return not (
            text[start - 2] == "," and text[at - 1 : at] == " " and text[at - 2 : at - 1].isdigit()
        )

    def _outside_nanp(self) -> tuple[str, ...]:
        """The detector's regions outside the North American plan (read for other layouts)."""
        return self._outside

    def _closed_plans(self) -> tuple[str, ...]:
        """The detector's regions outside the open plans (:attr:`_OPEN_PLANS`)."""
        return self._closed

    def _shape(self, body: str) -> _Layout | None:  # noqa: C901, PLR0911, PLR0912 - one return per layout
        # (Each layout is tried only where its expression can open: a "+" or "00" the
        # international ones, "0" or "(" the national ones, "8" Russia's trunk prefix, a
        # digit 1-9 a calling code. A failed match costs a call each, per candidate.)
        c = body[0]
        if (c == "0" or (c == "+" and body[1:2] == "0")) and self._abroad(body):
            return "abroad", (None,)
        if c == "+" or body.startswith("00"):
            if self._INTL.fullmatch(body) or self._INTL_SLASH.fullmatch(body):
                return "international", (None,)
            if c == "+":
                return None  # (no other layout opens with a "+")
        m = self._NANP.fullmatch(body)
        if (
            m
            and (m.group(1) is None or m.group(1) == m.group(2) or m.group(1) + m.group(2) == " -")
            and body.lstrip("(")[:1] != "0"
        ):
            # (A North American area code never starts with 0: "052 345 6789" is national.
            # The separators agree, or the area code stands apart: "415 555-0132".)
            return "nanp", ("US",)
        if c in "0(":
            if self._NATIONAL.fullmatch(body):
                return "national", self._outside_nanp()
            if self._TARIFF.fullmatch(body) and self._tariff(body):
                # (Else the groups are read as before: another plan's number, or none.)
                return "tariff", ("DE",)
        coded = c in "123456789"
        if c == "8" and self._TRUNK_8.fullmatch(body):
            return "national", self._TRUNK_8_REGIONS
        if coded and self._CODE_TRUNK.fullmatch(body):
            return "code_trunk", (None,)
        if c == "1" and self._CN_MOBILE.fullmatch(body):
            return "national", ("CN",)
        if (
            coded
            and self._COUNTRY.fullmatch(body)
            and not self._DATE_HEAD.match(body)
            and self._country(body) is not None
        ):
            # (Not valid with its first group as a calling code, the groups may still be a
            # national number with a context word: "Tel 886-987123456", below.)
            return "country", ()
        if self._BARE.fullmatch(body):
            return "bare", self.regions
        if self._GROUPS.fullmatch(body) and 7 <= _digit_count(body) <= 13:
            return "grouped", self.regions
        return None

    def _read_layout(self, cand: str) -> tuple[str, _Layout | None] | None:
        """The candidate's body (:meth:`_body`) and layout (:meth:`_shape`), once per value.

        ``None`` when its parentheses do not pair up or it holds only zeros ("(00)
        00000000": a register's blank value, no number). Both readings depend on the value
        alone and the detector's regions, so they are kept per value (a number repeated in a
        log is read once) until the regions are set anew.
        """
        try:  # one lookup (see _vanity)
            return self._layouts[cand]
        except KeyError:
            pass
        if cand.count("(") != cand.count(")"):
            return self._layouts.put(cand, None)
        body = self._body(cand)
        if not body.strip("+0 -.()"):
            return self._layouts.put(cand, None)
        return self._layouts.put(cand, (body, self._shape(body)))

    def _check(  # noqa: C901, PLR0911, PLR0912, PLR0917 - one candidate, its layouts
        self,
        text: str,
        start: int,
        end: int,
        cand: str,
        pattern: Pattern,
        state: ScanState | None,
        *,
        keyed: bool = False,
        laid: bool = False,
        near: bool = False,
        han: bool = False,
    ) -> Finding | None:
        # (``near``: a context word is known to be in reach, :meth:`context_possible`'s
        # ``True``; ``han``: the digits are known to be beside Han text, :meth:`_beside_han`'s
        # ``True``; see _sift)
        read = self._read_layout(cand)
        if read is None:
            return None
        body, shape = read
        if (
            shape is None
            or (keyed and not self._keyed_layout(shape[0], body))
            or (laid and shape[0] not in self._KEYED_KINDS)
        ):
            # (after "=": a phone layout with its separators, or nothing; after a phone
            # word's hyphen: a layout that needs no word)
            return None
        kind, regions = shape
        han = kind in ("bare", "grouped") and (han or self._beside_han(text, start, end))
        if han:
            kind, regions = "national", ("CN",)
        if (
            kind == "national"
            and body.isdigit()
            and _machine_line_at(text, start, -1, _scan_lines(state))
            # (A Chinese mobile beside Han text keeps its plan in a line that only the
            # machine-text test reads as such: see _han_prose.)
            and not (han and self._han_prose(text, start, state))
            and not _whole_line(text, start, end)
            and not self._lone_pair(text, start, end)
        ):
            # An unseparated run in a log or CSV record: an id without a phone word. (A line
            # that is only the number is a value on its own, a cell or a form field.)
            kind = "bare"
        if (
            kind == "international"
            and body.startswith("00")
            and body.isdigit()
            and _machine_line_at(text, start, -1, _scan_lines(state))
            and not _whole_line(text, start, end)
            and not self._lone_pair(text, start, end)
        ):
            # The same in international form: "00" and an unseparated run in a log or CSV
            # record is a serial or an id (a Palo Alto firewall's "003942130261" after the
            # record's time), a number only with a phone word; a "+" still marks a number.
            kind = "bare"
        alone = (
            kind == "grouped"
            and self._alone_layout(body)
            and self._NOT_ALONE.fullmatch(body) is None
            and (
                (
                    not near
                    and (self._alone(text, start, end) or self._lone_pair(text, start, end))
                    and not self.context_possible(text, start, end, state)
                )
                or self._unvetoed_field(text, start, end, state)
            )
        )
        if alone:
            return self._alone_number(text, start, end, body, pattern, regions)
        if (
            kind in ("bare", "grouped")
            and body.isdigit()
            and (
                (
                    not near
                    and (self._alone(text, start, end) or self._lone_pair(text, start, end))
                    and not self.context_possible(text, start, end, state)
                )
                or self._unvetoed_field(text, start, end, state)
            )
        ):
            return self._alone_run(text, start, end, body, regions)
        label = ""  # a phone word further back in the number's clause (_clause_label)
        context = None  # the context words read for a bare or grouped number
        if kind in ("bare", "grouped"):
            # Any digit groups could be a phone number somewhere: only with a context word.
            words: tuple[str, ...] = ()
            if near or self.context_possible(text, start, end, state):
                context = self._context_words(text, start, end)
                score, words = self._adjusted(0.0, context)
                if words and score <= 0:
                    return None
            if not words:
                label = self._clause_label(text, start, state) or (
                    _vcard_label(text, start) if pattern.name == "phone_keyed" else ""
                )
                if not label:
                    return None
                words = (label,)
            regions = tuple(dict.fromkeys(self._hinted(text, start, end, words, state) + regions))
        elif kind == "national":
            regions = tuple(dict.fromkeys(self._hinted(text, start, end, (), state) + regions))
        if kind == "nanp":
            region = self._nanp(body)
            if region is None and pattern.name == "phone":
                # Laid out as a North American number but outside that plan's rules
                # ("123-456-7890", "555.555.5555"): the digits may still be a number of
                # another plan (phonenumbers holds 1234 567890 British). Only a valid one,
                # not merely one of the right length, and not glued to a word
                # ("uuid": "f123-345-1234" is an id).
                region = self._parse(body, self._outside_nanp()) or None
        elif kind in self._OWN_READINGS:
            # (the layouts read by a method of their own, on the body alone)
            region = getattr(self, self._OWN_READINGS[kind])(body)
        else:
            region = self._parse(body, regions)
        if region is None or (
            not region
            and kind == "national"
            and (self._TRUNK_8_SPACED_RX.fullmatch(body) or self._TRUNK_8_ZERO_RX.fullmatch(body))
        ):
            return None
        base = self._KIND_SCORES.get(kind, pattern.score)
        tags = (region,) if region else ()
        if label:
            # Labelled from further back: a number valid in a plan, not one merely of a
            # possible length; scored as with the label near.
            return self._labelled(text, start, end, pattern, label, base, tags) if region else None
        if context is not None:  # (the words read above: the same window, read once)
            score, words = self._adjusted(base, context)
            evidence = shared_evidence(pattern.name, "phonenumbers", words, tags)
            return new_finding(self.entity, start, end, score, self.name, evidence)
        return _finding(
            self,
            text,
            start,
            end,
            pattern,
            base=base,
            tags=tags,
            checksum="phonenumbers",
            state=state,
        )

    # The layouts read by a method of their own (:meth:`_check`), by the method's name.
    _OWN_READINGS: ClassVar[dict[str, str]] = {
        "country": "_country",
        "abroad": "_abroad",
        "code_trunk": "_code_trunk",
        "tariff": "_tariff",
    }
    # The base scores of the layouts that have their own (the others: the pattern's).
    _KIND_SCORES: ClassVar[dict[str, float]] = {"bare": 0.25, "grouped": 0.3, "international": 0.75}

    def _labelled(  # noqa: PLR0917 - one candidate, its reading
        self,
        text: str,
        start: int,
        end: int,
        pattern: Pattern,
        label: str,
        base: float,
        tags: tuple[str, ...],
    ) -> Finding:
        """The finding of a number its clause's phone word labels (:meth:`_clause_label`)."""
        score, words = self.score(text, start, end, base + self.context_boost)
        evidence = Evidence(pattern.name, "phonenumbers", (label, *words), tags)
        return new_finding(self.entity, start, end, score, self.name, evidence)

    #: How far back (characters) a phone word may label a number in its own clause.
    CLAUSE_REACH = 120
    # Words between the phone word and the number, at most.
    _CLAUSE_WORDS = 10
    # The phone words that label a number from further back in its clause: the names of a
    # phone, not verbs or words such as "number", "home" or "contact" that name other things.
    # (Each starts with a context word of the detector, so a mark of the scan's context words
    # stands where each begins: see _clause_possible.)
    _CLAUSE_LABELS = ("phone", "telephone", "mobile", "cell", "telefon", "telefoon", "tfno",
                      "tlfno", "telf", "telef", "teléfono", "telefono", "telefone", "téléphone",
                      "móvil", "movil", "celular", "cellulare", "handy", "whatsapp",
                      "portable", "телефон")  # fmt: skip
    _CLAUSE_SHORT = frozenset(("tel", "tlf", "tfn", "fax", "tél"))
    _CLAUSE_HEADS = (*_CLAUSE_LABELS, *sorted(_CLAUSE_SHORT))

    def _clause_possible(self, text: str, start: int, state: ScanState | None) -> bool:
        """A cheap necessary condition for :meth:`_clause_label`: a phone word not far before.

        With the scan's marks of its context words, only the marks in reach are read (a
        phone word starts with a context word, so one of them stands where it begins).
        """
        lo = max(0, start - self.CLAUSE_REACH)
        heads = None if state is None else self._head_marks(state)
        if heads is None:
            near = text[lo:start].lower()
            return any(w in near for w in self._CLAUSE_HEADS)
        i = bisect.bisect_left(heads, lo)
        return i < len(heads) and heads[i] < start

    def _head_marks(self, state: ScanState) -> list[int] | None:
        """Sorted offsets (in the lowered text) where a phone word of ``_CLAUSE_HEADS`` starts.

        The marks of the context words where such a word starts (each starts with one),
        picked once per scan, and not after a letter: :meth:`_clause_label` reads whole
        words, so a phone word inside another ("hotel", "cancelled") labels nothing.
        ``None`` when the scan has no marks (see :meth:`ScanState.marks`).
        """
        memo = state.memo("phone_heads")
        if "at" not in memo:
            marks = state.marks(self._ctx_variants)
            low, heads = state.lower, self._CLAUSE_HEADS
            memo["at"] = (
                None
                if marks is None
                else [
                    m
                    for m in marks
                    if (m == 0 or not low[m - 1].isalpha()) and low.startswith(heads, m)
                ]
            )
        return memo["at"]  # type: ignore[no-any-return]

    def _clause_label(self, text: str, start: int, state: ScanState | None) -> str:
        """The phone word that opens the number's clause, or "".

        A sentence may name the line before giving its number: "llamar al teléfono de
        atención y citas previas del hospital 942 56 21 60". The phone word labels the
        first number after it when only words stand between (no digit, no punctuation but
        a colon right before the number, at most :attr:`_CLAUSE_WORDS` words, none of them
        a word that names another number: "phone support for order 12345678"), within
        :attr:`CLAUSE_REACH` characters, in a line of prose (a log record's words do not
        label its counters).
        """
        if not self._clause_possible(text, start, state):
            return ""
        lo = max(0, start - self.CLAUSE_REACH)
        i = start
        while i > lo and text[i - 1] in " \t":
            i -= 1
        if i > lo and text[i - 1] == ":":
            i -= 1
        j = i
        while j > lo and (text[j - 1].isalpha() or text[j - 1] in " '\u2019-"):
            j -= 1
        words = text[j:i].lower().split()
        if j == lo and lo > 0 and words and text[lo - 1].isalpha() and text[lo].isalpha():
            words = words[1:]  # a word cut by the reach
        for k in range(len(words) - 1, max(-1, len(words) - 2 - self._CLAUSE_WORDS), -1):
            word = words[k].strip("'\u2019-")
            if word in self._CLAUSE_SHORT or word.startswith(self._CLAUSE_LABELS):
                between = " " + " ".join(words[k + 1 :]) + " "
                if any(n in between for n in self._neg) or _machine_line_at(
                    text, start, -1, _scan_lines(state)
                ):
                    return ""
                return word
        return ""

    # Plans with numbers of many lengths (Germany's, Austria's): phonenumbers holds most
    # digit strings of 6 to 13 digits valid there, which says nothing of a value alone.
    _OPEN_PLANS = frozenset({"DE", "AT"})
    # Closed plans read for a value on its own besides the detector's regions, each for the
    # layout its numbers alone cannot be mistaken in: Hong Kong's and Singapore's eight
    # digits in two groups of four ("6123 4567", "6123-6123"; read by :meth:`_alone_number`),
    # China's eleven-digit mobiles unseparated ("13800138000"; :meth:`_alone_run`, which
    # reads nine digits or more, so the eight-digit plans do not reach it). Chinese mobiles
    # in groups stay out ("138 1234 5678" is a column of counts as often).
    _ALONE_GROUPS = ("HK", "SG")
    _FOUR_FOUR = re.compile(r"[0-9]{4}[ \-][0-9]{4}")
    _ALONE_RUNS = ("CN",)
    # China's service numbers, toll-free (800) and shared-cost (400), ten digits written
    # without a trunk prefix in groups, 3-7 or 3-3-4 ("400-8608608", "400 860 8608"): a
    # value on its own so written is a company's hotline, read in that plan as well
    # (:meth:`_service_alone`). Unseparated, ten digits alone are an id as often
    # ("4000000123"): a phone word is needed then.
    _ALONE_SERVICE = ("CN",)

    def _alone_number(  # noqa: PLR0917 - one candidate: its text, offsets and reading
        self,
        text: str,
        start: int,
        end: int,
        body: str,
        pattern: Pattern,
        regions: tuple[str | None, ...],
    ) -> Finding | None:
        """Digit groups that are the whole text, with no phone word to read (:meth:`_alone`).

        A phone number when valid in one of the plans read, or valid with its first group
        as a calling code written without "+" ("353 87 123 4567"); one merely of the right
        length is not enough.
        """
        closed = (
            self._closed
            if regions is self._regions
            else tuple(r for r in regions if r not in self._OPEN_PLANS)
        )
        region = self._parse(body, closed) or self._country(body)
        if not region and self._FOUR_FOUR.fullmatch(body):
            region = self._parse(body, self._ALONE_GROUPS)
        if not region:
            region = self._service_alone(body)
        if not region:
            return None
        return _finding(
            self, text, start, end, pattern, base=0.55, tags=(region,), checksum="phonenumbers"
        )

    # A Unix time in seconds from 2001 to 2033 ("1733385600"): the ten digits a record's
    # timestamp field holds, never read as a phone number (Brazil's plan holds many valid).
    _UNIX_TIME = re.compile(r"1[0-9]{9}")
    #: The evidence pattern of a run of digits read as a number because it stands alone
    #: (:meth:`_alone_run`). A field's value has its field's name to say what it is instead:
    #: records and columns drop these findings (``privkit._fieldnames.read_as_field``).
    RUN_ALONE = RUN_ALONE
    _RUN_ALONE_PATTERN = Pattern(RUN_ALONE, r"[0-9]{9,13}", score=0.55)

    def _alone_run(
        self,
        text: str,
        start: int,
        end: int,
        body: str,
        regions: tuple[str | None, ...],
    ) -> Finding | None:
        """One unseparated run of digits that is the whole text (:meth:`_alone`), no word near.

        A form field or a chat message may hold a number typed without separators
        ("4156667777", "9876543210", "4741414141"). Such a run is a phone number only when
        its plan writes it so: valid with its first digits as a calling code written without
        "+", or a mobile-capable number of a closed plan read, valid as it stands and written
        without a trunk prefix in that plan (North America, Italy, Spain, Mexico, Brazil's
        mobiles; India's mobiles, whose trunk 0 the plan leaves optional). A plan whose
        numbers carry their trunk prefix (Britain's "01733 385600", France's) is not read
        without it, and a Unix time ("1733385600") is none.
        """
        if not 9 <= len(body) <= 13 or (len(body) == 10 and self._UNIX_TIME.fullmatch(body)):
            return None
        closed = tuple(r for r in regions if r and r not in self._OPEN_PLANS)
        region = (
            self._bare_as_written(body, closed)
            or self._coded_run(body)
            or self._bare_as_written(body, self._ALONE_RUNS)
        )
        if not region:
            return None
        return _finding(
            self,
            text,
            start,
            end,
            self._RUN_ALONE_PATTERN,
            base=0.55,
            tags=(region,),
            checksum="phonenumbers",
        )

    def _service_alone(self, body: str) -> str | None:
        """The region of a value alone that is a service number of a plan read for it.

        A toll-free or shared-cost number of a plan of :data:`_ALONE_SERVICE`, written
        without a trunk prefix ("400-8608608", "800 830 3811").
        """
        digits = body.translate(_NOT_DIGITS)
        if len(digits) != 10 or digits[0] == "0":  # (the plans' service numbers: ten digits)
            return None
        key = (digits, "service")
        try:  # one lookup (see _vanity)
            return self._cache[key]
        except KeyError:
            pass
        import phonenumbers
        from phonenumbers import PhoneNumberType

        result = None
        for region in self._ALONE_SERVICE:
            num = phonenumbers.parse(digits, region)
            if (
                phonenumbers.national_significant_number(num) == digits
                and phonenumbers.is_valid_number(num)
                and phonenumbers.number_type(num)
                in (PhoneNumberType.TOLL_FREE, PhoneNumberType.SHARED_COST)
            ):
                result = region
                break
        return self._cache.put(key, result)

    # Values on their own in layouts that say "phone number" by a mark the other layouts do
    # not read (:meth:`_alone_marked`), each read in the plan its mark names and kept only
    # when valid there:
    # - ``trunk``: the trunk prefix in parentheses, then the national number ("(0)6
    #   12345678", "(0)20 7946 0018"; after a space, its area code set apart, "(0) 6
    #   12345678", or nine digits or more unsplit, "(0) 1187654321": "(0) 12345678" has no
    #   room for an area code), or the trunk prefix before an area code in parentheses
    #   ("0 (80) 26411128"): read with the 0 dialled;
    # - ``exit``: North America's exit code 011, then a calling code and the number in
    #   groups ("011 33 1 46 64 79 98"): read with "+" for 011;
    # - ``din``: DIN 5008's direct-dial suffix after a hyphen ("0221 123456-0", "030
    #   12345-678"): the number before the hyphen read in Germany's and Austria's plans;
    # - ``slash``: an area code of two digits or more after its 0, a slash, then the
    #   subscriber number in spaced groups of two or three ("0221/12 34 56"; "05/12 10 30"
    #   has a one-digit code and is a date, "0221/2024 12" a year);
    # - ``code``: a calling code in parentheses without "+", then the national number
    #   ("(86)13581722337", "(44) 20 7946 0018"): read as "+86 ...";
    # - ``one``: an area or mobile prefix with its 0, then the digits spaced one by one, the
    #   last group whole or not ("0176 3 0 6 9 6544", as a number is read out);
    # - ``runs``: two or three unseparated numbers of 10-12 digits parted by one space or a
    #   comma ("0612345678 0201234567", "01051369070 18716521010"), each a national number
    #   with its trunk 0 or a Chinese mobile (eleven digits opening with 13-19), valid; every
    #   one must be a number for any to be found. (Runs that could be counts, "2147483647
    #   4294967295", stay out, though each alone is read as :meth:`_alone_run` reads it.)
    # Every layout holds nine digits or more (seven before DIN 5008's suffix): "(0)1 2345",
    # "010 1 2 3 4" are too short to tell.
    # Only texts of :data:`_ALONE_MARKED_MAX` characters or fewer are read (a value on its
    # own), so a long text costs one length test.
    _ALONE_MARKED_MAX = 48
    _ALONE_MARKED = re.compile(
        r"[ \t\r\n]{0,4}(?:"
        r"(?P<trunk>\(0\)[1-9][0-9]{0,10}(?:[ \-./][0-9]{1,8}){0,4}"
        r"|\(0\) [1-9][0-9]{0,3}[ \-./][0-9]{1,8}(?:[ \-./][0-9]{1,8}){0,3}|\(0\) [1-9][0-9]{8,10}"
        r"|0 ?\([1-9][0-9]{0,4}\) ?[0-9]{2,10}(?:[ \-.][0-9]{1,8}){0,3})"
        r"|(?P<exit>011(?:[ \-.][0-9]{1,8}){2,7})"
        r"|(?P<din>0[1-9][0-9]{1,4} [0-9]{2,10}-[0-9]{1,5})"
        r"|(?P<slash>0[1-9][0-9]{1,4}/[0-9]{2,3}(?: [0-9]{2,3}){1,3})"
        r"|(?P<code>\([1-9][0-9]{0,2}\) ?[0-9]{1,14}(?:[ \-][0-9]{1,8}){0,4})"
        r"|(?P<one>0[1-9][0-9]{1,4}(?: [0-9]){3,10}(?: [0-9]{2,5})?)"
        r"|(?P<runs>[0-9]{10,12}(?:,? [0-9]{10,12}|,[0-9]{10,12}){1,2})"
        r")[ \t\r\n]{0,4}"
    )
    _ALONE_MARKED_PATTERN = Pattern("phone_alone_marked", r"\(0\)|011|[0-9]", score=0.55)
    # The plans DIN 5008's and the slash's layouts are written in (both open plans: the
    # layout, not the digits' count, says what the value is).
    _DIN_PLANS = ("DE", "AT")

    def _alone_marked(self, state: ScanState, pos: int, endpos: int) -> Iterator[Finding]:
        """The phone numbers of a short text in one of :data:`_ALONE_MARKED`'s layouts.

        The text is ``state.text[pos:endpos]``: a whole text, or one of the scanner's join.
        """
        text = state.text
        m = self._ALONE_MARKED.fullmatch(text, pos, endpos)
        if m is None:
            return
        kind = m.lastgroup or ""
        start, end = m.span(kind)
        body = text[start:end]
        digits = body.translate(_NOT_DIGITS)
        if len(digits) < 9 and kind != "din":
            return
        closed = self._closed_plans()
        if kind == "runs":
            yield from self._alone_runs(state, start, body, closed)
            return
        region = self._marked_region(kind, body, digits, closed)
        if region:
            yield _finding(
                self,
                text,
                start,
                end,
                self._ALONE_MARKED_PATTERN,
                base=0.55,
                tags=(region,),
                checksum="phonenumbers",
                state=state,
            )

    def _marked_region(  # noqa: PLR0911 - one reading per layout
        self, kind: str, body: str, digits: str, closed: tuple[str, ...]
    ) -> str | None:
        """The region where a value of :data:`_ALONE_MARKED`'s ``kind`` is a valid number."""
        if kind == "trunk":
            return self._parse(digits, closed)
        if kind == "exit":
            return self._parse("+" + digits[3:], (None,))
        if kind == "din":
            main = body.split("-", 1)[0]
            if len(main.translate(_NOT_DIGITS)) < self._MIN_DIGITS:
                return None
            return self._parse(main, (*closed, *self._DIN_PLANS))
        if kind == "slash":
            return self._parse(digits, (*closed, *self._DIN_PLANS))
        if kind == "code":
            return self._coded(body[1 : body.index(")")], digits)
        if kind == "one":
            return self._parse(digits, closed) or self._mobile_in(digits, self._OPEN_PLANS)
        return None

    def _alone_runs(
        self, state: ScanState, at: int, body: str, closed: tuple[str, ...]
    ) -> Iterator[Finding]:
        """Each run of ``body`` (``runs`` of :data:`_ALONE_MARKED`) when every one is a number."""
        text = state.text
        found = []
        for m in _DIGIT_RUN.finditer(body):
            run = m.group()
            if self._UNIX_TIME.fullmatch(run):
                return
            if run[0] == "0":
                region = self._parse(run, closed)
            elif self._CN_RUN.fullmatch(run):
                region = self._bare_as_written(run, self._ALONE_RUNS)
            else:
                return
            if not region:
                return
            found.append((at + m.start(), at + m.end(), region))
        for start, end, region in found:
            yield _finding(
                self,
                text,
                start,
                end,
                self._RUN_ALONE_PATTERN,
                base=0.55,
                tags=(region,),
                checksum="phonenumbers",
                state=state,
            )

    _MIN_DIGITS = 7

    def _coded(self, code: str, digits: str) -> str | None:
        """The region of "+" ``digits`` when valid with ``code`` as its calling code.

        "(86)13581722337" is "+86 13581722337"; "(200) 404 1234" is no "+20" number.
        """
        import phonenumbers

        try:
            num = phonenumbers.parse("+" + digits, None)
        except phonenumbers.NumberParseException:
            return None
        if num.country_code != int(code) or not phonenumbers.is_valid_number(num):
            return None
        return phonenumbers.region_code_for_number(num) or None

    def _mobile_in(self, digits: str, regions: frozenset[str]) -> str | None:
        """The region among ``regions`` (with the detector's) where ``digits`` is a valid mobile."""
        import phonenumbers
        from phonenumbers import PhoneNumberType

        for region in sorted(regions & set(self.regions)):
            try:
                num = phonenumbers.parse(digits, region)
            except phonenumbers.NumberParseException:  # too long to be a number
                return None
            if phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) in (
                PhoneNumberType.MOBILE,
                PhoneNumberType.FIXED_LINE_OR_MOBILE,
            ):
                return region
        return None

    def _coded_run(self, body: str) -> str | None:
        """The region of a run that opens with its calling code ("4741414141", "85293785433").

        Ten digits or more, valid in the code's plan, and the digits after the code are the
        national number itself: no trunk prefix between ("32012345678" is no Belgian number
        written "+32 0...").
        """
        if len(body) < 10 or not self._country(body, grouped=False):
            return None
        import phonenumbers

        num = phonenumbers.parse("+" + body, None)
        if str(num.country_code) + phonenumbers.national_significant_number(num) != body:
            return None
        return phonenumbers.region_code_for_number(num) or None

    def _bare_as_written(self, body: str, regions: tuple[str, ...]) -> str | None:
        """The first region whose plan writes ``body`` as it stands, valid and mobile-capable.

        As it stands: the national number is all of ``body`` (no trunk prefix dropped) and
        the plan's national layout either adds no prefix to it or leaves the prefix optional.
        """
        key = (body, "bare:" + ",".join(regions))
        try:  # one lookup (see _vanity)
            return self._cache[key]
        except KeyError:
            pass
        import phonenumbers
        from phonenumbers import PhoneNumberType

        mobile = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)
        result = None
        for region in regions:
            try:
                num = phonenumbers.parse(body, region)
            except phonenumbers.NumberParseException:
                continue
            if (
                phonenumbers.national_significant_number(num) == body
                and phonenumbers.is_valid_number(num)
                and phonenumbers.number_type(num) in mobile
                and self._written_bare(num, body)
            ):
                result = phonenumbers.region_code_for_number(num) or region
                break
        return self._cache.put(key, result)

    @staticmethod
    def _written_bare(num: Any, nsn: str) -> bool:
        """Whether ``num``'s plan writes it nationally without a trunk prefix (or may)."""
        import phonenumbers

        national = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        if "".join(c for c in national if c.isdigit()) == nsn:
            return True
        try:  # (the library's own layout chooser, not public: without it, no optional prefix)
            from phonenumbers.phonenumberutil import _choose_formatting_pattern_for_number
        except ImportError:  # pragma: no cover - a phonenumbers without it
            return False
        region = phonenumbers.region_code_for_number(num)
        meta = phonenumbers.PhoneMetadata.metadata_for_region(region) if region else None
        layout = (
            None if meta is None else _choose_formatting_pattern_for_number(meta.number_format, nsn)
        )
        return bool(layout is not None and layout.national_prefix_optional_when_formatting)

    def _hinted(
        self,
        text: str,
        start: int,
        end: int,
        words: tuple[str, ...],
        state: ScanState | None = None,
    ) -> tuple[str | None, ...]:
        """Regions the phone words' language or the script around the number suggests.

        Tried before the detector's own regions (the first region the number is valid in
        names it), for the layouts read against a list of regions: "电话 010-12345678" is
        tried as a Chinese number first, "teléfono ..." as a Spanish-speaking country's.
        A number valid or possible in no region stays out, hint or not.
        """
        hints = self._word_hints(words) if words else ()
        scripts = _SCRIPT_REGIONS if state is None else _scripts_in(state)
        if scripts:
            lo, hi = own_window(text, start, end, self.context_width)  # not a batch neighbour's
            near = text[lo:hi]
            if not near.isascii():
                extra = list(hints)
                if len(scripts) > 1:
                    # (each script's class holds no ASCII character: several are searched
                    # for in the window's other characters, one in the window itself, which
                    # its search leaves at the first character of that script)
                    near = non_ascii(near)
                for script, regions in scripts:
                    if script.search(near) is not None:
                        extra.extend(regions)
                return tuple(dict.fromkeys(extra))
        return hints

    def _word_hints(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """The regions the phone words' languages suggest (:meth:`_hinted`), once per words."""
        try:  # one lookup (see _vanity)
            return self._hints[words]
        except KeyError:
            pass
        # (The longest word first: "telefono" says more than the "telefon" it starts with.)
        ordered = sorted(words, key=len, reverse=True)
        extra = [r for w in ordered for r in _WORD_REGIONS.get(w, ())]
        return self._hints.put(words, tuple(dict.fromkeys(extra)))

    #: The layouts a key's value may have to be read as a phone number without a "+".
    _KEYED_KINDS = frozenset({"international", "nanp", "national", "country", "tariff", "abroad"})

    def _body(self, cand: str) -> str:
        """The number without its extension, a calling code in parentheses opened.

        ``(+41) 22 730 5989`` and ``+ (41) 22 730 5989`` are read as ``+41 22 730 5989``.
        """
        # (an extension's mark holds an "x": "x", "ext", "extension")
        body = self._EXT.sub("", cand) if "x" in cand or "X" in cand else cand
        if body.startswith("+ "):  # a "+" set apart: "+ (36) 1 441-4000" (_plus_apart)
            body = "(+" + body[3:] if body[2:3] == "(" else "+" + body[2:]
        return "+" + body[2:].replace(")", "", 1) if body.startswith("(+") else body

    #: A national number in two groups: the area code with its trunk "0" set apart from the
    #: subscriber's number by one space or hyphen ("078-7642116", "030 1234567"), 9 to 12
    #: digits in all; a subscriber's number of four digits after a long area code, as
    #: Germany's small exchanges have ("08021 2345": ``_keyed_layout`` asks ten characters).
    _TRUNK_TWO_GROUPS = re.compile(r"0[1-9][0-9]{0,3}[ \-][0-9]{4,8}")

    @classmethod
    def _keyed_layout(cls, kind: str, body: str) -> bool:
        """Whether a key's value is written as a phone number.

        A layout that needs no phone word, in three or more groups (``020 7946 0018``,
        ``(555) 123-4567``), or a national number's trunk-prefixed area code set apart from
        the subscriber's number (:data:`_TRUNK_TWO_GROUPS`: an id, counter or port after a key
        is not written with a leading zero group), or a number dialled abroad with its
        prefix set apart (``0011 16502530000``: :meth:`_abroad` reads no unseparated run);
        not one run of digits.
        """
        if kind not in cls._KEYED_KINDS:
            return False
        if kind == "abroad":
            return True
        if sum(body.count(c) for c in " -.()") >= 2:
            return True
        return (
            kind == "national"
            and 10 <= len(body) <= 13
            and cls._TRUNK_TWO_GROUPS.fullmatch(body) is not None
        )

    @staticmethod
    def _nanp(body: str) -> str | None:
        # North American numbering plan rules (area code and exchange start with 2-9, the
        # area code is not an N11 service code): fast, and no list of assigned area codes.
        digits = (
            body.translate(_NOT_DIGITS) if body.isascii() else "".join(filter(str.isdigit, body))
        )
        if len(digits) == 11:
            digits = digits[1:]
        area, exchange = digits[:3], digits[3:6]
        del exchange
        if area[0] in "01" or area[1:] == "11" or len(set(digits)) < 3:
            return None
        return "US"

    def _country(self, body: str, *, grouped: bool = True) -> str | None:
        """The region of ``body`` read with its first group as a calling code, if valid there.

        ``grouped=False``: ``body`` is digits without groups, the calling code read off the
        plan (``"14156667777"`` is +1 415...). A number merely of a possible length is none.
        """
        key = (body, "+" if grouped else "+valid")
        try:  # one lookup (see _vanity)
            return self._cache[key]
        except KeyError:
            pass
        import phonenumbers

        result = None
        try:
            num = phonenumbers.parse("+" + body, None)
        except phonenumbers.NumberParseException:
            num = None
        # The first group must be the whole calling code: "123-456-678-89" parses as +1
        # 234 566 7889, but written so its "123" is no calling code (an id, not a phone).
        code = body[: len(body) - len(body.lstrip("0123456789"))]
        if (
            num is not None
            and (not grouped or str(num.country_code) == code)
            and phonenumbers.is_valid_number(num)
        ):
            result = phonenumbers.region_code_for_number(num) or ""
        return self._cache.put(key, result)

    def _tariff(self, body: str) -> str | None:
        """The region of a service number written with its tariff digit apart, or None.

        Valid in Germany's plan, and written as the plan writes it: the code and the
        tariff digit are the first two groups of ``phonenumbers``' national layout
        (``0900 1 123123``). A number of the open plan merely valid ("0301 5 123456", a
        Berlin line split at random) is not read so.
        """
        key = (body, "tariff")
        try:  # one lookup (see _vanity)
            return self._cache[key]
        except KeyError:
            pass
        import phonenumbers

        m = self._TARIFF.fullmatch(body)
        result = None
        if m is not None:
            digits = "0" + m[1] + m[2] + m[3].replace(" ", "")
            try:
                num = phonenumbers.parse(digits, "DE")
            except phonenumbers.NumberParseException:
                num = None
            if num is not None and phonenumbers.is_valid_number(num):
                laid = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
                if laid.split()[:2] == ["0" + m[1], m[2]]:
                    result = phonenumbers.region_code_for_number(num) or None
        return self._cache.put(key, result)

    def _abroad(self, body: str) -> str | None:
        """The region of a number dialled abroad (:attr:`_ABROAD`), or None.

        The number after the prefix must be valid in its calling code's plan. A "+" may
        stand before the prefix ("+01164 3 331 6005", "+011442087654321": the sign and the
        prefix that dials out, both written, as libphonenumber reads them); the "+" says
        the digits are a number, so they may then be unseparated.
        """
        plus = body[:1] == "+"
        m = self._ABROAD.fullmatch(body, 1 if plus else 0)
        if m is None or (not plus and body.isdigit()):
            return None
        return self._parse("+" + m[1].lstrip(" -."), (None,)) or None

    def _code_trunk(self, body: str) -> str | None:
        """The region of ``64(0)64123456``: its plan's trunk prefix is 0, the number "+64 ...".

        The number is read as the international layout is (valid, or of a possible length:
        ``_parse``), and only where the code's plan dials 0 at home: "1(0)1234567" is none
        (North America's trunk prefix is 1).
        """
        m = self._CODE_TRUNK.fullmatch(body)
        if m is None or _digit_count(m[2]) < 6:  # "49(0)1234": too short a number
            return None
        import phonenumbers

        region = phonenumbers.region_code_for_country_code(int(m[1]))
        meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
        if meta is None or meta.national_prefix != "0":
            return None
        return self._parse(f"+{m[1]} {m[2]}", (None,))

    @staticmethod
    def _mexican_mobile(num: Any) -> bool:
        """Whether ``num`` is a Mexican mobile number written with the old "1" after +52.

        Until 2020 a Mexican mobile number was dialled from abroad as ``+52 1`` and its ten
        digits ("+52 1 33 1234 5678"); the plan, and ``phonenumbers``, no longer have the
        "1", but texts written before keep it.
        """
        import phonenumbers

        national = str(num.national_number)
        if num.country_code != 52 or len(national) != 11 or national[0] != "1":
            return False
        return bool(phonenumbers.is_valid_number(phonenumbers.parse("+52" + national[1:])))

    # Plans that lengthened every number by digits put before it: Benin's eight digits took
    # "01" in 2024, Côte d'Ivoire's an operator's two digits in 2021 ("+229 21 30 78 98" is
    # now "+229 01 21 30 78 98"). Texts and forms written before keep the former length, and
    # ``phonenumbers`` holds only the new one.
    _LENGTHENED: ClassVar[dict[int, tuple[str, ...]]] = {
        229: ("01",),
        225: ("01", "05", "07", "21", "25", "27"),
    }
    _FORMER_LENGTH = 8

    @classmethod
    def _former_length(cls, num: Any) -> str | None:
        """The region of a number written after "+" in its plan's former length, or None.

        The national number has the former length and, with one of the digits its plan put
        before every number, is valid in the plan now.
        """
        import phonenumbers

        national = phonenumbers.national_significant_number(num)
        heads = cls._LENGTHENED.get(num.country_code, ())
        if not heads or len(national) != cls._FORMER_LENGTH:
            return None
        for head in heads:
            new = phonenumbers.parse(f"+{num.country_code}{head}{national}")
            if phonenumbers.is_valid_number(new):
                return phonenumbers.region_code_for_number(new) or None
        return None

    def _parse(self, body: str, regions: tuple[str | None, ...]) -> str | None:
        key = (body, regions)  # (the tuple itself: a name's string never equals it)
        try:  # one lookup (see _vanity)
            return self._cache[key]
        except KeyError:
            pass
        import phonenumbers

        # (The international prefix 00 stands for "+"; written after one, "+0034 948 255
        # 400", it is the prefix written twice. "0000 4351 ..." is no prefix at all.)
        number = "+" + body[2:] if body.startswith("00") else body
        if body.startswith("+00"):
            number = "+" + body[3:]
        result = None
        for region in regions:
            try:
                num = phonenumbers.parse(number, region)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(num):
                result = phonenumbers.region_code_for_number(num) or ""
                break
            if result is None and phonenumbers.is_possible_number(num):
                result = ""  # possible (right length) but not an assigned range
            if not result and number[0] == "+" and self._mexican_mobile(num):
                result = "MX"
                break
            if not result and number[0] == "+" and (former := self._former_length(num)):
                result = former
                break
        return self._cache.put(key, result)


# A text of the scanner's join (texts parted by NUL) or a whole text short enough to be a
# value on its own (PhoneDetector._ALONE_MARKED_MAX characters, and the join's line breaks):
# the first one, and each after a NUL. (Led by the NUL, the search skips to each one; led by
# a look-behind, it tried every position of the join: 18 ms of a 0.8 MB one, against 3.)
_FIRST_SHORT_VALUE = re.compile(r"[^\x00]{1,52}(?=\x00|\Z)")
_NEXT_SHORT_VALUE = re.compile(r"\x00([^\x00]{1,52})(?=\x00|\Z)")


# A vCard property line's name, a phone word, and its parameters before the value
# ("TEL;TYPE=work,voice:", "item1.TEL;PREF=1:", RFC 6350's and 2426's contact lines): the
# parameters set the name further from the number than the context window reads (it stops
# at "=" and ","), so ``phone_keyed``'s value is labelled by the line's name (:meth:`_check`).
_VCARD_PARAMS = re.compile(
    r"[ \t]{0,4}(?:[a-z0-9\-]{1,20}\.)?"
    + PHONE_KEYS
    + r"(?:"
    + _VCARD_PARAM
    + r"){1,6}:[ \t]{0,2}",
    re.IGNORECASE,
)
# How far before a value a vCard line's name may open it (the parameters' longest reading).
_VCARD_REACH = 400


def _vcard_label(text: str, start: int) -> str:
    """The phone word of the vCard property line whose value starts at ``start``, or "".

    >>> _vcard_label("TEL;TYPE=HOME,VOICE:555-123-4567", 20), _vcard_label("x;a=1:555", 6)
    ('tel', '')
    """
    if start == 0 or text[start - 1] not in ": \t":
        return ""
    lo = max(0, start - _VCARD_REACH)
    opening = max(text.rfind("\n", lo, start), text.rfind("\r", lo, start),
                  text.rfind("\x00", lo, start))  # fmt: skip
    if opening < 0 and lo > 0:
        return ""
    m = _VCARD_PARAMS.fullmatch(text, opening + 1, start)
    return "tel" if m is not None else ""


def _short_values(text: str) -> Iterator[tuple[int, int]]:
    """The span of each short text of a join (or of ``text`` itself, when short)."""
    first = _FIRST_SHORT_VALUE.match(text)
    if first is not None:
        yield first.span()
    for m in _NEXT_SHORT_VALUE.finditer(text):
        yield m.span(1)


# An IBAN's head right before a phone candidate ("Contact: CH93 0076 2011 ...": the digits
# after the check digits are no international number).
_IBAN_HEAD_BEFORE = re.compile(r"(?<![\w])[A-Z]{2} ?[0-9]{2}[ .\-]?\Z")

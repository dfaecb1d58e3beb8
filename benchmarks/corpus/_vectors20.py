"""Build ``benchmarks/data/vectors20_{dev,holdout}.jsonl``: phone numbers as a German normalizer and Ruby, PHP and TypeScript phone libraries test them.

Usage (git directories at the pinned commits; only ``git show`` is read)::

    python -m benchmarks.corpus._vectors20 TELEKOM_GIT TELNUM_GIT BRICK_GIT AWESOME_GIT

The split is by repository and was fixed before extraction (2026-12-06, 05:46 UTC): Deutsche
Telekom's phone number normalizer (Groovy tests, German numbers written many ways) and the
Ruby ``telephone_number`` gem's tests are the development part; brick/phonenumber's tests
(PHP) and awesome-phonenumber's tests (TypeScript) the held-out part. A held-out case whose
numbers the development part all holds (compared without white space and case) is dropped.
The rules are written in ``benchmarks/corpus/README.md`` ("Twentieth vector set") and as code
below. Every record is a *case* (:func:`benchmarks.corpus._vectors4.case_records`). This file
shares no code with privkit.
"""

from __future__ import annotations

import re
import sys
from typing import Any

from benchmarks.corpus import _vectors, _vectors4, _vectors8
from benchmarks.corpus._git import git_show

TELEKOM = (
    "telekom/phonenumber-normalizer",
    "dce787239e7746a30a5e991b7b6ea16d66f92f06",
    "Apache-2.0",
)
TELNUM = ("mobi/telephone_number", "ebc484024bee958e5eb98d54711810115e90136f", "MIT")
BRICK = ("brick/phonenumber", "5d3ef9d57433422b88cfa6d06917bd9fa7da2ef0", "MIT")
AWESOME = ("grantila/awesome-phonenumber", "dacdfcfbcd9b0962a19e2d5d853731520a295ae0", "MIT")

PHONE = "PHONE_NUMBER"
Case = _vectors4.Case
settle = _vectors8.settle
whole = _vectors8.whole
digits = _vectors8.digits
_SQ = r"'((?:[^'\\\n]|\\.)*)'"
_DQ = r'"((?:[^"\\\n]|\\.)*)"'
_LIT = "(?:" + _SQ + "|" + _DQ + ")"
MIN = _vectors8.MIN_DIGITS


def _lit(m: re.Match[str], i: int = 1) -> str:
    return m.group(i) if m.group(i) is not None else m.group(i + 1)


# --- telekom/phonenumber-normalizer (development) ----------------------------------------

_TK = "src/test/groovy/de/telekom/phonenumbernormalizer/"
TELEKOM_NORMALIZED = (
    _TK + "PhoneNumberNormalizerImplTest.groovy",
    _TK + "extern/libphonenumber/PhoneNumberUtil/NormalizationTest.groovy",
)
TELEKOM_WRAPPER = _TK + "numberplans/PhoneLibWrapperTest.groovy"
TELEKOM_VALIDITY = (
    _TK + "extern/libphonenumber/PhoneNumberUtil/IsValidNumberTest.groovy",
    _TK + "extern/libphonenumber/PhoneNumberUtil/IsPossibleNumberWithReasonTest.groovy",
)
#: A row of a Spock ``where:`` table: its cells, the first a string literal.
_ROW = re.compile(r'^\s*"([^"\n]*)"\s*\|([^\n]*)$', re.MULTILINE)
_ERRORS = re.compile(r"TOO_|NOT_A_NUMBER|INVALID")


def _cells(rest: str) -> list[str]:
    """The cells of a table row after its first, a trailing ``//`` comment dropped."""
    rest = re.sub(r"\s//.*$", "", rest)
    return [c.strip() for c in rest.split("|")]


def telekom_normalized_cases(src: str, path: str) -> list[Case]:
    """Rule 2: a ``number`` the normalizer is expected to turn into an E.164 number (the
    expected result, the last string cell of the row, opens with ``+``)."""
    out: list[Case] = []
    for m in _ROW.finditer(src):
        value = m.group(1)
        strings = [c.strip('"') for c in _cells(m.group(2)) if c.startswith('"')]
        if strings and strings[-1].startswith("+"):
            out.append((PHONE, value, whole(value), "normalized", path))
    return out


def telekom_wrapper_cases(src: str, path: str) -> list[Case]:
    """Rule 3: the ``number`` cell of every table row whose expected cell is not an error."""
    out: list[Case] = []
    for m in _ROW.finditer(src):
        value = m.group(1)
        if not _ERRORS.search(m.group(2)):
            out.append((PHONE, value, whole(value), "wrapped", path))
    return out


def telekom_validity_cases(src: str, path: str) -> list[Case]:
    """Rule 4: a row ``"number" | "CC" | true`` (expected valid or possible as a whole)."""
    out: list[Case] = []
    for m in _ROW.finditer(src):
        cells = _cells(m.group(2))
        if len(cells) >= 2 and re.fullmatch(r'"[A-Z]{2}"', cells[0]) and cells[1] == "true":
            value = m.group(1)
            out.append((PHONE, value, whole(value), "valid", path))
    return out


def telekom(git_dir: str) -> list[Case]:
    out: list[Case] = []
    for path in TELEKOM_NORMALIZED:
        out += telekom_normalized_cases(git_show(git_dir, TELEKOM[1], path), path)
    out += telekom_wrapper_cases(git_show(git_dir, TELEKOM[1], TELEKOM_WRAPPER), TELEKOM_WRAPPER)
    for path in TELEKOM_VALIDITY:
        out += telekom_validity_cases(git_show(git_dir, TELEKOM[1], path), path)
    return out


# --- mobi/telephone_number (development) -------------------------------------------------

TELNUM_YAML = "test/valid_numbers.yml"
TELNUM_TESTS = (
    "test/telephone_number_test.rb",
    "test/telephone_number/formatter_test.rb",
    "test/telephone_number/geo_locator_test.rb",
    "test/telephone_number/time_zone_detector_test.rb",
    "test/telephone_number/number_test.rb",
)


def telnum_yaml_cases(src: str) -> list[Case]:
    """Rule 5: every ``e164_formatted``, ``national_formatted`` and
    ``international_formatted`` value of the valid-numbers file, each alone."""
    out: list[Case] = []
    for m in re.finditer(r"^\s*:(?:e164|national|international)_formatted:\s*(.+?)\s*$", src,
                         re.MULTILINE):  # fmt: skip
        value = m.group(1)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        out.append((PHONE, value, whole(value), "valid", TELNUM_YAML))
    return out


def telnum_test_cases(src: str, path: str) -> list[Case]:
    """Rule 6: literals ``TelephoneNumber.parse('v'`` reads, ``assert TelephoneNumber.valid?('v'``,
    ``original_number: 'v'`` and the formatted strings ``assert_equal 'v', formatter.…_number``
    expects, on lines without ``refute``, ``assert_nil``, ``invalid`` or ``NOTREAL``."""
    out: list[Case] = []
    for line in src.splitlines():
        if re.search(r"refute|assert_nil|invalid|NOTREAL", line):
            continue
        pats = (
            r"TelephoneNumber\.parse\(\s*" + _LIT,
            r"^\s*assert\s+TelephoneNumber\.valid\?\(\s*" + _LIT,
            r"original_number:\s*" + _LIT,
            r"assert_equal\s+" + _LIT + r",\s*formatter\.\w+_number\b",
        )
        for pat in pats:
            for m in re.finditer(pat, line):
                value = _lit(m)
                out.append((PHONE, value, whole(value), "parsed", path))
    return out


def telnum(git_dir: str) -> list[Case]:
    out = telnum_yaml_cases(git_show(git_dir, TELNUM[1], TELNUM_YAML))
    for path in TELNUM_TESTS:
        out += telnum_test_cases(git_show(git_dir, TELNUM[1], path), path)
    return out


# --- brick/phonenumber (held out) --------------------------------------------------------

BRICK_PATH = "tests/PhoneNumberTest.php"
#: Providers of numbers the tests call invalid, impossible or unparsable: left out.
BRICK_SKIP = ("providerNotPossibleNumbers", "providerPossibleButNotValidNumbers",
              "providerParseException")  # fmt: skip


def brick_cases(src: str) -> list[Case]:
    """Rule 7: the test class's number constants (``private const X = 'v';``), and every
    string literal of the data providers but those of invalid, impossible or unparsable
    numbers: each alone (literals of fewer than 7 digits fall under rule 1)."""
    out: list[Case] = []
    for m in re.finditer(r"private\s+const\s+\w+\s*=\s*" + _LIT + r"\s*;", src):
        value = _lit(m)
        out.append((PHONE, value, whole(value), "constant", BRICK_PATH))
    for m in re.finditer(
        r"function\s+(provider\w+)\s*\([^)]*\)[^{]*\{(.*?)\n    \}", src, re.DOTALL
    ):
        if m.group(1) in BRICK_SKIP:
            continue
        body = re.sub(r"//[^\n]*", "", m.group(2))
        for v in re.finditer(_LIT, body):
            value = _lit(v)
            if digits(value) >= MIN:
                out.append((PHONE, value, whole(value), m.group(1), BRICK_PATH))
    return out


def brick(git_dir: str) -> list[Case]:
    return brick_cases(git_show(git_dir, BRICK[1], BRICK_PATH))


# --- grantila/awesome-phonenumber (held out) ---------------------------------------------

AWESOME_PATHS = ("test.in/awesome-phonenumber/new-api.ts", "test.in/awesome-phonenumber/index.js")
_PHONE_RUN = re.compile(r"\+?\(?\d[\d ().\-/]*\d")


def _locate(text: str, e164: str) -> tuple[int, int] | None:
    """The span of the run of digits and separators in ``text`` that writes ``e164``: its
    digits are the number's, or its national part after a trunk ``0``."""
    want = digits_of(e164)
    for m in _PHONE_RUN.finditer(text):
        got = digits_of(m.group())
        if len(got) >= MIN and (got == want or want.endswith(got.lstrip("0"))):
            return m.span()
    return None


def digits_of(text: str) -> str:
    return re.sub(r"\D", "", text)


def awesome_cases(src: str, path: str) -> list[Case]:
    """Rule 8: in each ``it(...)`` block, a literal ``NAME = parsePhoneNumber('v'`` whose
    ``NAME.valid`` the block does not expect false, and the strings it expects that number's
    formats to be (``expect( NAME.number.… ).toBe( 'v' )``), each alone; a text ``findNumbers``
    is expected to find nothing in that holds a digit, a negative; a text it finds numbers in,
    with the E.164 forms it expects, those numbers' spans (a text whose numbers are not all
    located is left out). As-you-type partial strings are left out."""
    out: list[Case] = []
    consts = {m.group(1): _lit(m, 2)
              for m in re.finditer(r"\bconst\s+(\w+)\s*=\s*" + _LIT + r"\s*;", src)}  # fmt: skip
    blocks = re.split(r"\bit\(\s*", src)
    for block in blocks[1:]:
        bad = set(re.findall(r"expect\(\s*(\w+)\.valid\s*\)\.toBe\(\s*false\s*\)", block))
        for m in re.finditer(r"\b(\w+)\s*=\s*parsePhoneNumber\(\s*" + _LIT, block):
            name, value = m.group(1), _lit(m, 2)
            if name in bad:
                continue
            out.append((PHONE, value, whole(value), "parsed", path))
            fmt = r"expect\(\s*" + name + r"\.number\??\.\w+\s*\)\.toBe\(\s*" + _LIT
            for f in re.finditer(fmt, block):
                formatted = _lit(f)
                out.append((PHONE, formatted, whole(formatted), "formatted", path))
        for m in re.finditer(r"findNumbers\(\s*(" + _LIT[3:-1] + r"|\w+)", block):
            text = (
                consts.get(m.group(1), "")
                if m.group(2) is None and m.group(3) is None
                else _lit(m, 2)
            )
            if not text:
                continue
            if re.search(r"\.length\s*\)\.toBe\(\s*0\s*\)", block):
                if re.search(r"\d", text):
                    out.append((PHONE, text, [], "nothing found", path))
                continue
            e164s = re.findall(r"\.e164\s*\)\.toBe\(\s*" + _LIT, block)
            spans = [_locate(text, _lit_pair(e)) for e in e164s]
            if e164s and all(s is not None for s in spans):
                found = sorted({s for s in spans if s is not None})
                out.append((PHONE, text, found, "found", path))
    return out


def _lit_pair(groups: tuple[str, str]) -> str:
    return groups[0] or groups[1]


def awesome(git_dir: str) -> list[Case]:
    out: list[Case] = []
    for path in AWESOME_PATHS:
        out += awesome_cases(git_show(git_dir, AWESOME[1], path), path)
    return out


# --- records ----------------------------------------------------------------------------


def _unescape(cases: list[Case]) -> list[Case]:
    """A literal with a backslash escape is left out (rule 1)."""
    return [c for c in cases if "\\" not in c[1]]


def main(argv: list[str]) -> None:
    tk, tn, br, aw = argv
    # The held-out readers run first (the split was fixed before either part was extracted).
    held = [(BRICK, settle(_unescape(brick(br)))), (AWESOME, settle(_unescape(awesome(aw))))]
    dev: list[dict[str, Any]] = []
    for repo, found in ((TELEKOM, telekom(tk)), (TELNUM, telnum(tn))):
        dev += _vectors4.case_records("dev20", repo, settle(_unescape(found)))
    hold: list[dict[str, Any]] = []
    for repo, found in held:
        kept = _vectors4.new_cases(found, dev, typed=False)
        hold += _vectors4.case_records("holdout20", repo, kept)
    _vectors.write_parts((("vectors20_dev.jsonl", dev), ("vectors20_holdout.jsonl", hold)))


if __name__ == "__main__":
    main(sys.argv[1:])

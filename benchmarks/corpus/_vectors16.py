"""Build ``benchmarks/data/vectors16_{dev,holdout}.jsonl``: phone numbers and dates written alone.

Usage (git directories at the pinned commits; only ``git show`` is read)::

    python -m benchmarks.corpus._vectors16 NYARUKA_GIT DJANGO_PHONE_GIT MOMENT_GIT ARROW_GIT \
        LARAVEL_PHONE_GIT PENDULUM_GIT

The split is by repository hash and was fixed before extraction (2026-12-05, 12:26 UTC):
within each type, the candidate repository whose ``sha256("owner/name")`` is the smallest is
the held-out part (Laravel-Phone for phone numbers, pendulum for dates), the others the
development part (nyaruka/phonenumbers and django-phonenumber-field; moment and arrow). A
held-out case whose values the development part all holds (compared without white space and
case) is dropped. The rules are written in ``benchmarks/corpus/README.md`` ("Sixteenth vector
set") and as data below. Every record is a *case*
(:func:`benchmarks.corpus._vectors4.case_records`). This file shares no code with privkit.
"""

from __future__ import annotations

import ast
import re
import sys

from benchmarks.corpus import _vectors, _vectors4, _vectors8
from benchmarks.corpus._git import git_files, git_show
from benchmarks.corpus._vectors15 import _js, calendar_date

NYARUKA = ("nyaruka/phonenumbers", "58e145a70719f5cd85df32f2aba596531ade390a", "MIT")
DJANGO_PHONE = (
    "stefanfoulis/django-phonenumber-field",
    "da9a65bec839108637c5d2cf539b1d07af4eef97",
    "MIT",
)
MOMENT = ("moment/moment", "18aba135ab927ffe7f868ee09276979bed6993a6", "MIT")
ARROW = ("arrow-py/arrow", "b247ad073d4c350270528edb5afff8e7f4f7d9e4", "Apache-2.0")
LARAVEL_PHONE = ("Propaganistas/Laravel-Phone", "ae8239becf2c11c8a8a754b8ac95a10ebb3ebb91", "MIT")
PENDULUM = ("sdispater/pendulum", "a69761e4a5596b62d322f9de4f8b8fd949b62349", "MIT")

PHONE = "PHONE_NUMBER"
DATE = "DATE_TIME"
Case = _vectors4.Case
whole = _vectors8.whole
settle = _vectors8.settle

# --- rule 2: phone-shaped values ------------------------------------------------------------

#: A value written as a phone number: an optional ``tel:``, an optional ``+``, digits with the
#: separators numbers are written with, and an optional extension.
_PHONE_SHAPE = re.compile(
    r"(?i)(?:tel:)?\+?[0-9(][0-9 ().\-/+]{0,30}[0-9]"
    r"(?:\s*(?:ext\.?|extension|x|,|#)\s*[0-9]{1,6})?"
)


def phone_shaped(value: str) -> bool:
    """Rule 2: the whole value is written as a phone number (with 7 digits or more)."""
    return bool(_PHONE_SHAPE.fullmatch(value.strip())) and _vectors8.digits(value) >= 7


# --- rule 3: a date written alone -----------------------------------------------------------

_ALONE_WORDS = frozenset(
    [
        "jan",
        "january",
        "feb",
        "february",
        "mar",
        "march",
        "apr",
        "april",
        "may",
        "jun",
        "june",
        "jul",
        "july",
        "aug",
        "august",
        "sep",
        "sept",
        "september",
        "oct",
        "october",
        "nov",
        "november",
        "dec",
        "december",
        "mon",
        "monday",
        "tue",
        "tues",
        "tuesday",
        "wed",
        "wednesday",
        "thu",
        "thur",
        "thurs",
        "thursday",
        "fri",
        "friday",
        "sat",
        "saturday",
        "sun",
        "sunday",
        "st",
        "nd",
        "rd",
        "th",
        "t",
        "z",
        "am",
        "pm",
        "a",
        "p",
        "at",
        "of",
        "utc",
        "gmt",
    ]
)


def date_alone(text: str) -> bool:
    """Rule 3: a date by the fifteenth set's rule 2 whose every word is a month's or week
    day's name, an ordinal's suffix, ``T``/``Z``, ``am``/``pm``, ``at``, ``of``, ``UTC``/``GMT``
    or a time zone's capital abbreviation (2 to 5 capitals): the text is the date alone."""
    if not calendar_date(text):
        return False
    for word in re.findall(r"[A-Za-z]+", text):
        if word.casefold() not in _ALONE_WORDS and not re.fullmatch(r"[A-Z]{2,5}", word):
            return False
    return True


# --- nyaruka/phonenumbers (development) -----------------------------------------------------

NYARUKA_PATH = "phonenumberutil_test.go"
_GO_STRING = r"\"((?:[^\"\\\n]|\\.)*)\""
_GO_PARSE = re.compile(rf"\bParse\(\s*{_GO_STRING}\s*,")
_GO_NO_ERROR = re.compile(r"[^\n]*\n\s*assert\.NoError\(t, err\)")
_GO_ROW = re.compile(
    rf"\{{\s*{_GO_STRING}\s*,\s*{_GO_STRING}\s*,\s*regionCode\.\w+\s*,\s*(\w+)\s*\}}"
)


def nyaruka_cases(src: str) -> list[Case]:
    """Rule 4: each ``Parse("v", region)`` whose next line is ``assert.NoError(t, err)``, the
    value alone (gold); each table row ``{"name", "v", regionCode.X, ErrNotANumber}`` a
    negative. Other rows (too long, too short, bad country code) are left out."""
    out: list[Case] = []
    for m in _GO_PARSE.finditer(src):
        value = _js(f'"{m.group(1)}"')
        if _GO_NO_ERROR.match(src, m.start()) and value.strip():
            out.append((PHONE, value, whole(value), "parse", NYARUKA_PATH))
    out.extend(
        (PHONE, _js(f'"{m.group(2)}"'), [], "not-a-number", NYARUKA_PATH)
        for m in _GO_ROW.finditer(src)
        if m.group(3) == "ErrNotANumber"
    )
    return settle(out)


def nyaruka(git_dir: str) -> list[Case]:
    return nyaruka_cases(git_show(git_dir, NYARUKA[1], NYARUKA_PATH))


# --- django-phonenumber-field (development) -------------------------------------------------


def _str(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def django_phone_cases(src: str, path: str) -> list[Case]:
    """Rule 5: each string literal of the tests that is phone-shaped (rule 2), alone, unless it
    is assigned to a name holding ``invalid`` (left out)."""
    tree = ast.parse(src)
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
            "invalid" in getattr(t, "id", getattr(t, "attr", "")).lower() for t in node.targets
        ):
            skipped.update(id(n) for n in ast.walk(node.value))
    out: list[Case] = []
    for node in ast.walk(tree):
        value = _str(node)
        if value is not None and id(node) not in skipped and phone_shaped(value):
            out.append((PHONE, value, whole(value), "literal", path))
    return out


def django_phone(git_dir: str) -> list[Case]:
    commit = DJANGO_PHONE[1]
    out: list[Case] = []
    for path in git_files(git_dir, commit, "tests", ".py"):
        out += django_phone_cases(git_show(git_dir, commit, path), path)
    return settle(out)


# --- Propaganistas/Laravel-Phone (held out) -------------------------------------------------

_PHP_SQ = r"'((?:[^'\\\n]|\\.)*)'"
_PHP_PHONE = re.compile(
    rf"new PhoneNumber\(\s*{_PHP_SQ}"
    rf"|\$model->phone\s*=\s*{_PHP_SQ}\s*;"
    rf"|assertEquals\(\s*{_PHP_SQ}\s*,\s*\$model->phone->format\w*\(\)"
)


def laravel_phone_cases(src: str, path: str) -> list[Case]:
    """Rule 6: the first argument of each ``new PhoneNumber('v', ...)``, each value assigned
    to a model's phone (``$model->phone = 'v';``) and each formatted value a test expects
    (``assertEquals('v', $model->phone->format...())``), alone, gold when it holds 7 digits
    or more (rule 1); the others are left out."""
    out: list[Case] = []
    for m in _PHP_PHONE.finditer(src):
        raw = next(g for g in m.groups() if g is not None)
        value = raw.replace("\\'", "'").replace("\\\\", "\\")
        if value.strip():
            out.append((PHONE, value, whole(value), "php", path))
    return out


def laravel_phone(git_dir: str) -> list[Case]:
    commit = LARAVEL_PHONE[1]
    out: list[Case] = []
    for path in git_files(git_dir, commit, "tests", "Test.php"):
        out += laravel_phone_cases(git_show(git_dir, commit, path), path)
    return settle(out)


# --- moment (development) -------------------------------------------------------------------

MOMENT_PATH = "src/test/moment/create.js"
_JS_SQ = r"'(?:[^'\\\n]|\\.)*'"
_MOMENT_CALL = re.compile(rf"(!?)moment(?:\.utc|\.parseZone)?\(\s*({_JS_SQ})")
_MOMENT_PAIR = re.compile(rf"\[\s*({_JS_SQ})\s*,\s*({_JS_SQ})\s*\]")
_FORMAT = re.compile(r"[YMDHhmsSaAZXxQWwEeGgdkLl\[\] :/.,\-TtoZz]+")


def moment_cases(src: str) -> list[Case]:
    """Rule 7: the first argument of each ``moment('v', ...)`` call (and ``moment.utc``,
    ``moment.parseZone``) and the value of each ``['FORMAT', 'v']`` pair: gold alone when it is
    a date alone (rule 3); a negative when the call is asserted invalid (``!moment(...)
    .isValid()`` or ``moment(...).isValid(), false``) and it holds no date by the fifteenth
    set's rule 2; the others are left out."""
    out: list[Case] = []
    for m in _MOMENT_CALL.finditer(src):
        value = _js(m.group(2))
        line_end = src.find("\n", m.end())
        rest = src[m.end() : line_end if line_end >= 0 else len(src)]
        invalid = (m.group(1) == "!" and ".isValid()" in rest) or ".isValid(), false" in rest
        if date_alone(value):
            out.append((DATE, value, whole(value), "moment", MOMENT_PATH))
        elif invalid and value.strip() and not calendar_date(value):
            out.append((DATE, value, [], "invalid", MOMENT_PATH))
    for m in _MOMENT_PAIR.finditer(src):
        fmt, value = _js(m.group(1)), _js(m.group(2))
        if _FORMAT.fullmatch(fmt) and not re.search(r"[0-9]", fmt) and date_alone(value):
            out.append((DATE, value, whole(value), "format-pair", MOMENT_PATH))
    return out


def moment(git_dir: str) -> list[Case]:
    return moment_cases(git_show(git_dir, MOMENT[1], MOMENT_PATH))


# --- Python parsers' tests: arrow (development), pendulum (held out) ------------------------

_PARSE_NAMES = frozenset({"parse", "parse_iso", "parse_iso8601", "_parse", "get"})


def raises_nodes(tree: ast.AST) -> set[int]:
    """The ids of the nodes inside a ``with pytest.raises(...)`` block."""
    inside: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.With) and any(
            isinstance(item.context_expr, ast.Call)
            and getattr(item.context_expr.func, "attr", "") == "raises"
            for item in node.items
        ):
            for stmt in node.body:
                inside.update(id(n) for n in ast.walk(stmt))
    return inside


def python_date_cases(src: str, path: str, check: str) -> list[Case]:
    """Rule 8: the string first argument of each call of ``parse``, ``parse_iso``,
    ``parse_iso8601``, ``_parse`` or ``get``, each ``text = "v"`` assignment, and the string
    first element of each tuple in a list (parametrized cases): gold alone when it is a date
    alone (rule 3) and not inside ``with pytest.raises``; a negative when it is inside such a
    block and holds no date by the fifteenth set's rule 2; the others are left out."""
    tree = ast.parse(src)
    raises = raises_nodes(tree)
    found: list[ast.Constant] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and node.args:
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name in _PARSE_NAMES and _str(node.args[0]) is not None:
                found.append(node.args[0])  # type: ignore[arg-type]
        elif isinstance(node, ast.Assign) and _str(node.value) is not None:
            if any(getattr(t, "id", "") == "text" for t in node.targets):
                found.append(node.value)  # type: ignore[arg-type]
        elif isinstance(node, ast.List):
            found.extend(
                elt.elts[0]  # type: ignore[misc]
                for elt in node.elts
                if isinstance(elt, ast.Tuple) and elt.elts and _str(elt.elts[0]) is not None
            )
    out: list[Case] = []
    for const in found:
        value = const.value
        if id(const) in raises:
            if value.strip() and not calendar_date(value):
                out.append((DATE, value, [], "raises", path))
        elif date_alone(value):
            out.append((DATE, value, whole(value), check, path))
    return out


ARROW_PATH = "tests/test_parser.py"
PENDULUM_PATHS = (
    "tests/test_parsing.py",
    "tests/parsing/test_parsing.py",
    "tests/parsing/test_parse_iso8601.py",
)


def arrow(git_dir: str) -> list[Case]:
    return python_date_cases(git_show(git_dir, ARROW[1], ARROW_PATH), ARROW_PATH, "arrow")


def pendulum(git_dir: str) -> list[Case]:
    out: list[Case] = []
    for path in PENDULUM_PATHS:
        out += python_date_cases(git_show(git_dir, PENDULUM[1], path), path, "pendulum")
    return out


def _unlabelled_twice(cases: list[Case]) -> list[Case]:
    """A text labelled both ways (gold and negative) is left out (rule 1)."""
    pos = {c[1] for c in cases if c[2]}
    neg = {c[1] for c in cases if not c[2]}
    return [c for c in cases if c[1] not in pos & neg]


def _key(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


def main(argv: list[str]) -> None:
    ny, dj, mo, ar, la, pe = argv
    dev = _vectors4.case_records("dev16", NYARUKA, nyaruka(ny))
    dev += _vectors4.case_records("dev16", DJANGO_PHONE, django_phone(dj))
    dev += _vectors4.case_records("dev16", MOMENT, _unlabelled_twice(moment(mo)))
    dev += _vectors4.case_records("dev16", ARROW, _unlabelled_twice(arrow(ar)))
    in_dev = {_key(r["text"]) for r in dev}

    def new(cases: list[Case]) -> list[Case]:
        return [c for c in cases if _key(c[1]) not in in_dev]

    hold = _vectors4.case_records("holdout16", LARAVEL_PHONE, new(laravel_phone(la)))
    hold += _vectors4.case_records("holdout16", PENDULUM, new(_unlabelled_twice(pendulum(pe))))
    _vectors.write_parts((("vectors16_dev.jsonl", dev), ("vectors16_holdout.jsonl", hold)))


if __name__ == "__main__":
    main(sys.argv[1:])

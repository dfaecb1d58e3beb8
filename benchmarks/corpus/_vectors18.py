"""Build ``benchmarks/data/vectors18_{dev,holdout}.jsonl``: dates as four more parsers test them.

Usage (git directories at the pinned commits; only ``git show`` is read)::

    python -m benchmarks.corpus._vectors18 DATEPARSE_GIT NATTY_GIT TIMEFHUMAN_GIT \
        PARSEDATETIME_GIT

The split is by repository hash and was fixed before extraction (2026-12-06, 03:37 UTC): of the
four candidate repositories, the one whose ``sha256("owner/name")`` is the smallest
(bear/parsedatetime) is the held-out part; araddon/dateparse, joestelmach/natty and
alvinwan/timefhuman are the development part. A held-out text that this set's development part
or the fifteenth or sixteenth set's development part holds (compared without white space and
case) is dropped. The rules are written in ``benchmarks/corpus/README.md`` ("Eighteenth vector
set") and as data below. Every record is a *case*
(:func:`benchmarks.corpus._vectors4.case_records`). DATE_TIME only. This file shares no code
with privkit.
"""

from __future__ import annotations

import ast
import json
import re
import sys
from pathlib import Path

from benchmarks.corpus import _vectors, _vectors4
from benchmarks.corpus._git import git_show
from benchmarks.corpus._vectors15 import calendar_date
from benchmarks.corpus._vectors16 import _key, _str, _unlabelled_twice, date_alone, raises_nodes

DATEPARSE = ("araddon/dateparse", "6b43995a97dee4b2c7fc0bdff8e124da9f31a57e", "MIT")
NATTY = ("joestelmach/natty", "74389feb4c9372e51cd51eb0800a0177fec3e5a0", "MIT")
TIMEFHUMAN = ("alvinwan/timefhuman", "7a4940bda39113a1d327bc8342f1ad878520e4c3", "Apache-2.0")
PARSEDATETIME = ("bear/parsedatetime", "2a4b16901794f8dc71721d51aef6e1ecd643868b", "Apache-2.0")

DATE = "DATE_TIME"
Case = _vectors4.Case


def _whole(text: str) -> list[tuple[int, int]]:
    start = len(text) - len(text.lstrip())
    return [(start, len(text.rstrip()))]


def _gold_or_out(value: str, check: str, path: str) -> list[Case]:
    """Rule 2: a date alone (the sixteenth set's rule 3) is gold, the whole text; others out."""
    return [(DATE, value, _whole(value), check, path)] if date_alone(value) else []


def _negative_or_out(value: str, check: str, path: str) -> list[Case]:
    """Rule 3: a text the parser must refuse is a negative when it holds no date by the
    fifteenth set's rule 2; the others are left out."""
    if value.strip() and not calendar_date(value):
        return [(DATE, value, [], check, path)]
    return []


# --- araddon/dateparse (development) -------------------------------------------------------

DATEPARSE_PATH = "parseany_test.go"
_GO_LITERAL = r"(?:\"(?:[^\"\\\n]|\\.)*\"|`[^`]*`)"
_GO_ROW = re.compile(rf"\{{\s*in:\s*({_GO_LITERAL})([^\n]*)\}}")
_GO_TABLE = re.compile(r"\n(?:var |\t)(\w+)\s*(?::=|=)\s*\[\]dateTest\{")


def _go(literal: str) -> str:
    if literal.startswith("`"):
        return literal[1:-1]
    return json.loads(literal)


def dateparse_cases(src: str) -> list[Case]:
    """Rule 4: each ``{in: "v", ...}`` row of a ``[]dateTest`` table: gold (rule 2) when the
    row has no ``err: true``; a negative (rule 3) when it has."""
    out: list[Case] = []
    tables = [(m.start(), m.group(1)) for m in _GO_TABLE.finditer(src)]
    for m in _GO_ROW.finditer(src):
        table = next((name for at, name in reversed(tables) if at < m.start()), "")
        value = _go(m.group(1))
        if re.search(r"\berr:\s*true", m.group(2)):
            out += _negative_or_out(value, table, DATEPARSE_PATH)
        else:
            out += _gold_or_out(value, table, DATEPARSE_PATH)
    return out


def dateparse(git_dir: str) -> list[Case]:
    return dateparse_cases(git_show(git_dir, DATEPARSE[1], DATEPARSE_PATH))


# --- joestelmach/natty (development) -------------------------------------------------------

NATTY_JAVA = (
    "src/test/java/com/joestelmach/natty/DateTest.java",
    "src/test/java/com/joestelmach/natty/DateTimeTest.java",
)
NATTY_CPAN = "src/test/resources/cpan.txt"
_JAVA_STRING = r"\"((?:[^\"\\\n]|\\.)*)\""
_JAVA_VALIDATE = re.compile(rf"\bvalidate\w*\(\s*(?:\w+\s*,\s*)?{_JAVA_STRING}")


def natty_cases(src: str, path: str) -> list[Case]:
    """Rule 5: the string argument of each ``validateDate``/``validateDateTime`` call (after
    an optional reference date), gold when a date alone."""
    out: list[Case] = []
    for m in _JAVA_VALIDATE.finditer(src):
        out += _gold_or_out(json.loads(f'"{m.group(1)}"'), "validate", path)
    return out


def natty_cpan_cases(src: str) -> list[Case]:
    """Rule 5: each line of ``cpan.txt`` that is no comment, gold when a date alone."""
    out: list[Case] = []
    for line in src.splitlines():
        if line.strip() and not line.strip().startswith("#"):
            out += _gold_or_out(line.strip(), "cpan", NATTY_CPAN)
    return out


def natty(git_dir: str) -> list[Case]:
    out: list[Case] = []
    for path in NATTY_JAVA:
        out += natty_cases(git_show(git_dir, NATTY[1], path), path)
    return out + natty_cpan_cases(git_show(git_dir, NATTY[1], NATTY_CPAN))


# --- Python suites: timefhuman (development), parsedatetime (held out) ---------------------


def python_cases(src: str, path: str, check: str, names: frozenset[str]) -> list[Case]:
    """Rules 6 and 7: the string first argument of each call named in ``names`` and the string
    first element of each tuple in a list (parametrized cases): gold when a date alone and not
    inside ``with pytest.raises(...)``; inside such a block, a negative by rule 3."""
    tree = ast.parse(src)
    raises = raises_nodes(tree)
    found: list[ast.Constant] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and node.args:
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name in names and _str(node.args[0]) is not None:
                found.append(node.args[0])  # type: ignore[arg-type]
        elif isinstance(node, ast.List):
            found.extend(
                elt.elts[0]  # type: ignore[misc]
                for elt in node.elts
                if isinstance(elt, ast.Tuple) and elt.elts and _str(elt.elts[0]) is not None
            )
    out: list[Case] = []
    for const in found:
        if id(const) in raises:
            out += _negative_or_out(const.value, "raises", path)
        else:
            out += _gold_or_out(const.value, check, path)
    return out


TIMEFHUMAN_PATHS = ("tests/test_e2e.py", "tests/test_edge_cases.py")


def timefhuman(git_dir: str) -> list[Case]:
    out: list[Case] = []
    for path in TIMEFHUMAN_PATHS:
        src = git_show(git_dir, TIMEFHUMAN[1], path)
        out += python_cases(src, path, "timefhuman", frozenset({"timefhuman"}))
    return out


#: parsedatetime's English test files (the locale files of other languages, and the file that
#: runs several locales, left out).
PARSEDATETIME_PATHS = tuple(
    f"tests/{name}.py"
    for name in (
        "TestAlternativeAbbreviations", "TestAustralianLocale", "TestComplexDateTimes",
        "TestContext", "TestConvertUnitAsWords", "TestDelta", "TestInc", "TestMultiple",
        "TestNlp", "TestPhrases", "TestRanges", "TestSimpleDateTimes", "TestSimpleOffsets",
        "TestSimpleOffsetsHours", "TestSimpleOffsetsNoon", "TestStartTimeFromSourceTime",
        "TestUnits",
    )
)  # fmt: skip
PARSEDATETIME_ERRORS = "tests/TestErrors.py"
_PDT_NAMES = frozenset({"parse", "parseDT", "parseDate", "parseDateText"})


def parsedatetime(git_dir: str) -> list[Case]:
    """Rule 7: ``parse`` calls' first arguments of the English test files, gold when a date
    alone; those of ``TestErrors.py`` (texts the parser must refuse) negatives by rule 3."""
    out: list[Case] = []
    for path in PARSEDATETIME_PATHS:
        src = git_show(git_dir, PARSEDATETIME[1], path)
        out += python_cases(src, path, "parsedatetime", _PDT_NAMES)
    src = git_show(git_dir, PARSEDATETIME[1], PARSEDATETIME_ERRORS)
    for node in ast.walk(ast.parse(src)):
        if (
            isinstance(node, ast.Call)
            and node.args
            and getattr(node.func, "attr", "") in _PDT_NAMES
        ):
            value = _str(node.args[0])
            if value is not None:
                out += _negative_or_out(value, "errors", PARSEDATETIME_ERRORS)
    return out


# --- the parts -----------------------------------------------------------------------------


def _earlier_dev_texts() -> set[str]:
    data = Path(__file__).resolve().parents[1] / "data"
    keys: set[str] = set()
    for name in ("vectors15_dev.jsonl", "vectors16_dev.jsonl"):
        with (data / name).open(encoding="utf-8") as fh:
            keys.update(_key(json.loads(line)["text"]) for line in fh)
    return keys


def main(argv: list[str]) -> None:
    dp, na, tf, pd = argv
    dev = _vectors4.case_records("dev18", DATEPARSE, _unlabelled_twice(dateparse(dp)))
    dev += _vectors4.case_records("dev18", NATTY, _unlabelled_twice(natty(na)))
    dev += _vectors4.case_records("dev18", TIMEFHUMAN, _unlabelled_twice(timefhuman(tf)))
    seen = {_key(r["text"]) for r in dev} | _earlier_dev_texts()
    held = [c for c in _unlabelled_twice(parsedatetime(pd)) if _key(c[1]) not in seen]
    hold = _vectors4.case_records("holdout18", PARSEDATETIME, held)
    _vectors.write_parts((("vectors18_dev.jsonl", dev), ("vectors18_holdout.jsonl", hold)))


if __name__ == "__main__":
    main(sys.argv[1:])

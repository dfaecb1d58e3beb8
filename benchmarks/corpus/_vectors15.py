"""Build ``benchmarks/data/vectors15_{dev,holdout}.jsonl``: dates in running text (DATE_TIME).

Usage (git directories at the pinned commits; only ``git show`` is read)::

    python -m benchmarks.corpus._vectors15 CHRONO_GIT DATEPARSER_GIT DATEUTIL_GIT

The split is by source suite and was fixed before extraction (2026-12-05, 09:30 UTC): chrono's
English tests are the development part, dateparser's English search tests the held-out part;
dateutil's parser tests (date strings alone) were added to the held-out part at 09:40 UTC,
before any detector ran on either part, because dateparser's English cases are few.
Records are the fourth set's *cases* (:func:`benchmarks.corpus._vectors4.case_records`): a
date parser's own test text with the expression it expects, located in the text. Which
expressions are gold (rule 2) and which texts are negatives (rule 3) is decided from the
expression alone, by :func:`calendar_date`; the rules are written in
``benchmarks/corpus/README.md`` ("Fifteenth vector set"). DATE_TIME only. This file shares no
code with privkit.
"""

from __future__ import annotations

import ast
import datetime as dt
import re
import sys

from benchmarks.corpus import _vectors, _vectors4
from benchmarks.corpus._git import git_files, git_show

CHRONO = ("wanasit/chrono", "82c0e5bc0e4db19eb402423baf1b558850947b2b", "MIT")
DATEPARSER = ("scrapinghub/dateparser", "315e396b35cf131df1b8df15144fe2d60aa6d74a", "BSD-3-Clause")
DATEUTIL = (
    "dateutil/dateutil",
    "c981f9c7aa91b83cc9bd33a09ecee9e751b06e8d",
    "Apache-2.0 OR BSD-3-Clause",
)
DATE = "DATE_TIME"
Case = _vectors4.Case

# --- rule 2: an expression naming a calendar date ------------------------------------------

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# A month's name or abbreviation as a word, or glued to digits ("15Sep", "Sep15").
_MONTH_WORD = re.compile(rf"(?i)(?<![a-z]){_MONTH}\.?(?![a-z])")
_NUMBER = re.compile(r"(?<![0-9])[0-9]{1,4}(?![0-9])")
# Three numbers joined by one separator ("10/8/2012", "2012-08-10", "10.08.2012"), or a day
# and a month joined by a slash ("10/8").
_NUMERIC3 = re.compile(r"(?<![0-9])([0-9]{1,4})([/.\-])([0-9]{1,2})\2([0-9]{1,4})(?![0-9])")
_NUMERIC2 = re.compile(r"(?<![0-9/])([0-9]{1,2})/([0-9]{1,2})(?![0-9/])")


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _numeric_date(expr: str) -> bool:
    """Whether ``expr`` holds numbers that form a valid date in some written order."""
    for m in _NUMERIC3.finditer(expr):
        a, b, c = (int(g) for g in (m.group(1), m.group(3), m.group(4)))
        la, lc = len(m.group(1)), len(m.group(4))
        orders = []
        if la == 4:
            orders.append((a, b, c))
        elif lc in (2, 4):  # day and month first, either way, then a year
            year = c if lc == 4 else 2000 + c
            orders += [(year, b, a), (year, a, b)]
        if any(_valid(*o) for o in orders):
            return True
    return any(
        _valid(2000, int(m.group(2)), int(m.group(1)))
        or _valid(2000, int(m.group(1)), int(m.group(2)))
        for m in _NUMERIC2.finditer(expr)
    )


def calendar_date(expr: str) -> bool:
    """Rule 2: ``expr`` names a calendar date or a month of a year: a month's name with a
    number (a day or a year), or numbers forming a valid date. Relative expressions, week
    days, times of day, a year or a month alone are not."""
    if _MONTH_WORD.search(expr) and _NUMBER.search(expr):
        return True
    return _numeric_date(expr)


# --- chrono's tests --------------------------------------------------------------------------

_JS_STRING = r"(?:\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*')"
_SINGLE = re.compile(rf"testSingleCase\(\s*([\w.]+)\s*,\s*({_JS_STRING})")
_UNEXPECTED = re.compile(rf"testUnexpectedResult\(\s*([\w.]+)\s*,\s*({_JS_STRING})")
_RESULT_TEXT = re.compile(rf"expect\(result\.text\)\.toBe\(\s*({_JS_STRING})\s*\)")
_RESULT_INDEX = re.compile(r"expect\(result\.index\)\.toBe\(\s*([0-9]+)\s*\)")
_NEXT_CASE = re.compile(r"testSingleCase\(|testUnexpectedResult\(|\btest\(")


def _js(literal: str) -> str:
    """A JavaScript string literal's value (the escapes chrono's tests use)."""
    body = literal[1:-1]
    return re.sub(
        r"\\(u[0-9a-fA-F]{4}|.)",
        lambda m: (
            chr(int(m.group(1)[1:], 16))
            if m.group(1)[0] == "u" and len(m.group(1)) == 5
            else {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1))
        ),
        body,
    )


def chrono(git_dir: str) -> list[Case]:
    """Rule 4: each ``testSingleCase`` whose block states ``result.text`` (located at
    ``result.index`` when stated, else its first occurrence), gold when rule 2 holds; each
    ``testUnexpectedResult`` text a negative when no part of it is a date by rule 2."""
    commit = CHRONO[1]
    out: list[Case] = []
    for path in git_files(git_dir, commit, "test/en", ".test.ts"):
        src = git_show(git_dir, commit, path)
        for m in _SINGLE.finditer(src):
            text = _js(m.group(2))
            nxt = _NEXT_CASE.search(src, m.end())
            block = src[m.end() : nxt.start() if nxt else len(src)]
            expected = _RESULT_TEXT.search(block)
            if expected is None:
                continue
            expr = _js(expected.group(1))
            index = _RESULT_INDEX.search(block)
            start = int(index.group(1)) if index else text.find(expr)
            if start < 0 or text[start : start + len(expr)] != expr or not calendar_date(expr):
                continue
            out.append((DATE, text, [(start, start + len(expr))], "chrono", path))
        for m in _UNEXPECTED.finditer(src):
            text = _js(m.group(2))
            if not calendar_date(text):
                out.append((DATE, text, [], "chrono", path))
    return out


# --- dateparser's search tests ---------------------------------------------------------------


def _str(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _located(text: str, subs: list[str]) -> list[tuple[int, int]] | None:
    """The spans of ``subs`` found in order in ``text`` (each after the previous one) that are
    gold by rule 2; None when one is not found."""
    spans, pos = [], 0
    for sub in subs:
        at = text.find(sub, pos)
        if at < 0:
            return None
        pos = at + len(sub)
        if calendar_date(sub):
            spans.append((at, at + len(sub)))
    return spans


def _params(tree: ast.AST) -> list[tuple[list[str], ast.Call]]:
    """Each ``param(...)`` call of a ``parameterized.expand`` list, with its test's argument
    names (``self`` left out)."""
    out = []
    for fn in ast.walk(tree):
        if not isinstance(fn, ast.FunctionDef):
            continue
        names = [a.arg for a in fn.args.args if a.arg != "self"]
        out.extend(
            (names, node)
            for dec in fn.decorator_list
            for node in ast.walk(dec)
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "param"
        )
    return out


def dateparser(git_dir: str) -> list[Case]:
    """Rule 5: the English text searches of ``tests/test_search.py``. A test whose first
    argument is a language code counts when it is ``"en"``; one with a ``languages`` list when
    the list is ``["en"]``; ``test_search_dates_multi_word_expression`` (no language given)
    when its text is ASCII. Each expected substring is located in order after the previous
    one and is gold when rule 2 holds; a text with no gold substring is left out (a search
    text's other substrings are no negatives)."""
    path = "tests/test_search.py"
    tree = ast.parse(git_show(git_dir, DATEPARSER[1], path))
    out: list[Case] = []
    for names, node in _params(tree):
        args = dict(zip(names, node.args, strict=False))
        text = _str(args.get("string") or args.get("text") or ast.Constant(None))
        if text is None:
            continue
        if "shortname" in args:
            if _str(args["shortname"]) != "en":
                continue
        elif "languages" in args:
            langs = args["languages"]
            if not (isinstance(langs, ast.List) and [_str(e) for e in langs.elts] == ["en"]):
                continue
        elif not (text.isascii() and "expected_text" in args):
            continue
        if "expected_text" in args:
            sub = _str(args["expected_text"])
            subs = [sub] if sub is not None else []
        else:
            expected = args.get("expected")
            if not isinstance(expected, ast.List):
                continue
            subs = [
                s
                for elt in expected.elts
                if isinstance(elt, ast.Tuple) and elt.elts and (s := _str(elt.elts[0])) is not None
            ]
        spans = _located(text, subs) if subs else None
        if spans:
            out.append((DATE, text, spans, "dateparser", path))
    return out


# --- dateutil's parser tests: date strings alone ---------------------------------------------

#: The lists of ``tests/test_parser.py`` whose tuples hold a date string: (list or test name,
#: the string's index in each tuple).
DATEUTIL_LISTS = {
    "PARSER_TEST_CASES": 0,
    "PARSER_DEFAULT_TEST_CASES": 0,
    "test_parse_ignoretz": 0,
    "test_parse_with_tzoffset": 0,
    "test_strftime_formats_2003Sep25": 1,
}


def dateutil(git_dir: str) -> list[Case]:
    """Rule 6: each date string of :data:`DATEUTIL_LISTS`, alone (the whole text), gold when
    rule 2 holds; the others are left out (a parser's input, not a text to search)."""
    path = "tests/test_parser.py"
    tree = ast.parse(git_show(git_dir, DATEUTIL[1], path))
    lists: dict[str, ast.List] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.List):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    lists[target.id] = node.value
        elif isinstance(node, ast.FunctionDef):
            for dec in node.decorator_list:
                if (
                    isinstance(dec, ast.Call)
                    and len(dec.args) > 1
                    and isinstance(dec.args[1], ast.List)
                ):
                    lists[node.name] = dec.args[1]
    out: list[Case] = []
    for name, index in DATEUTIL_LISTS.items():
        for elt in lists[name].elts:
            if not isinstance(elt, ast.Tuple) or len(elt.elts) <= index:
                continue
            text = _str(elt.elts[index])
            if text is not None and calendar_date(text):
                out.append((DATE, text, [(0, len(text))], "dateutil", path))
    return out


def _key(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


def main(argv: list[str]) -> None:
    ch, dp, du = argv
    dev = _vectors4.case_records("dev15", CHRONO, chrono(ch))
    in_dev = {_key(r["text"][slice(*r["value_span"])]) for r in dev if r["valid"]}

    def new(cases: list[Case]) -> list[Case]:
        return [c for c in cases if any(_key(c[1][s:e]) not in in_dev for s, e in c[2])]

    hold = _vectors4.case_records("holdout15", DATEPARSER, new(dateparser(dp)))
    hold += _vectors4.case_records("holdout15", DATEUTIL, new(dateutil(du)))
    _vectors.write_parts((("vectors15_dev.jsonl", dev), ("vectors15_holdout.jsonl", hold)))


if __name__ == "__main__":
    main(sys.argv[1:])

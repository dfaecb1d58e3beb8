"""Build ``benchmarks/data/vectors31_{dev,holdout}.jsonl``: e-mail addresses, URLs and phone
numbers as a Haskell e-mail validator, a Go e-mail checker, a Scala URI library and a Go port
of libphonenumber test them.

Usage (git directories at the pinned commits; only ``git show`` is read)::

    python -m benchmarks.corpus._vectors31 EMAIL_VALIDATE_GIT CHECKMAIL_GIT SCALA_URI_GIT \
        LIBPHONENUMBER_GIT

The split is by source suite and was fixed before extraction (2026-12-07, 14:57 UTC) by a
hash: the four suites sorted by ``sha256("vectors31:" + owner/name)``; the first two
(``ceil(4 / 2)``) are the development part (Porges/email-validate-hs, badoux/checkmail), the
last two the held-out part (lemonlabsuk/scala-uri, ttacon/libphonenumber; see :func:`split`).
Before the hash was computed only the file lists, file sizes and licence files of the four
repositories had been read; the files read of each (:data:`FILES`) were fixed with the split
from their names alone (the held-out files were then read for their test layout only, the
struct fields and call names the readers below match). The rules are written in
``benchmarks/corpus/README.md`` ("Thirty-first vector set"). This file shares no code with
privkit.
"""

from __future__ import annotations

import re
import sys
from typing import Any

from benchmarks.corpus import _vectors, _vectors24
from benchmarks.corpus._git import git_show
from benchmarks.corpus._vectors17 import _key, earlier_dev_keys

EMAIL, PHONE, URL = _vectors24.EMAIL, _vectors24.PHONE, _vectors24.URL
EMAIL_VALIDATE = ("Porges/email-validate-hs", "47c662ed216ca09672c92fee4a7875a8f05fa813",
                  "BSD-3-Clause")  # fmt: skip
CHECKMAIL = ("badoux/checkmail", "dfb1781de188b79602f336983620f4b2eb1cf27d", "MIT")
SCALA_URI = ("lemonlabsuk/scala-uri", "3121cf840dd07a80931a0d7da096210dd3a0276d", "Apache-2.0")
LIBPHONENUMBER = ("ttacon/libphonenumber", "b8bcc9b4c2988fb9ed360e8710ad6f733b798341", "MIT")
SUITES = (EMAIL_VALIDATE, CHECKMAIL, SCALA_URI, LIBPHONENUMBER)
#: The salt of the split hash (rule 1).
SPLIT_SALT = "vectors31:"
_URI_DIR = "shared/src/test/scala/io/lemonlabs/uri/"
#: The files read of each suite, fixed with the split from the file lists alone.
FILES = {
    EMAIL_VALIDATE[0]: ("tests/Main.hs",),
    CHECKMAIL[0]: ("checkmail_test.go",),
    SCALA_URI[0]: (_URI_DIR + "ParsingTests.scala", _URI_DIR + "GithubIssuesTests.scala"),
    LIBPHONENUMBER[0]: ("phonenumberutil_test.go",),
}


def split(repos: list[str], salt: str = SPLIT_SALT) -> tuple[list[str], list[str]]:
    """Rule 1: the suites sorted by the salted sha256 of their name; the first
    ``ceil(n / 2)`` are the development part."""
    return _vectors.salted_halves(repos, salt)


# --- rules 2 and 3: which values are values of the type -----------------------------------

Vec = _vectors.Vec
SENTENCES = _vectors24.SENTENCES


_QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"')


def email_written(value: str) -> bool:
    """Rule 2b: an e-mail address as text writes it has no comment (a parenthesis outside a
    quoted string, RFC 5322's obsolete ``(foo)cal@iamcal.com``) and no white space outside a
    quoted string (``1234   @   local``); a value with either is out, valid or refused."""
    return not re.search(r"[()\s]", _QUOTED.sub("", value))


def gold_ok(etype: str, value: str) -> bool:
    """Rule 2: the twenty-fourth set's rule 2, and an e-mail address by :func:`email_written`."""
    return _vectors24.gold_ok(etype, value) and (etype != EMAIL or email_written(value))


def negative_ok(etype: str, value: str) -> bool:
    """Rule 3: the twenty-fourth set's rule 3, and: a refused e-mail address not written as
    text writes it (rule 2b: white space at either end or between words, a comment) is no
    negative (refused for the space, or a text of several words one of which may be an
    address)."""
    if etype == EMAIL and not email_written(value):
        return False
    return _vectors24.negative_ok(etype, value)


def settle(vecs: list[Vec]) -> list[Vec]:
    """Rules 2 and 3 over one source's values; a value labelled both ways is left out."""
    kept = [v for v in vecs if "\x85" not in v[1]
            and (gold_ok(v[0], v[1]) if v[2] else negative_ok(v[0], v[1]))]  # fmt: skip
    gold = {(t, x) for t, x, ok, _c, _p in kept if ok}
    bad = {(t, x) for t, x, ok, _c, _p in kept if not ok}
    return [v for v in kept if (v[0], v[1]) not in (gold & bad)]


_DQ_STR = r'"((?:[^"\\\n]|\\.)*)"'


def _dq(body: str) -> str:
    """A double-quoted literal's body (Haskell, Go, Scala) as its value; a literal with any
    other escape than ``\\\\`` and ``\\"``, or a character outside ASCII (Haskell's
    ``ByteString`` literals keep only a character's low byte), is out (a value ``settle``
    drops)."""
    if re.search(r"\\[^\\\"]", body.replace("\\\\", "")) or re.search(r"[^\x00-\x7f]", body):
        return "\x85"  # (settle drops values holding it)
    return re.sub(r"\\([\\\"])", r"\1", body)


def _block(src: str, start: int) -> str:
    """The text from ``start`` (just after an opening brace) to its matching close."""
    depth, i = 1, start
    while i < len(src) and depth:
        depth += {"{": 1, "}": -1}.get(src[i], 0)
        i += 1
    return src[start : i - 1]


# --- Porges/email-validate-hs (development) -----------------------------------------------


def email_validate_items(src: str, path: str) -> list[Vec]:
    """Rule 4: each element of the ``examples`` list written ``valid "..."`` (valid) or
    ``invalid "..."`` (invalid), the literal the whole argument; a commented-out line (``--``)
    and an argument built by an expression (``valid ("1234@" <> domain249)``) are out."""
    m = re.search(r"\nexamples =\n(.*?)\n    \]\n", src, flags=re.DOTALL)
    body = m.group(1) if m else ""
    out: list[Vec] = []
    for line in body.splitlines():
        x = re.match(r"\s*[\[,] (in)?valid " + _DQ_STR + r"(?=\s|$)", line)
        if x:
            out.append((EMAIL, _dq(x.group(2)), not x.group(1), "isValid", path))
    return out


# --- badoux/checkmail (development) --------------------------------------------------------


def checkmail_items(src: str, path: str) -> list[Vec]:
    """Rule 5: each ``{mail: "...", format: B, ...}`` row of the ``samples`` table: valid when
    ``format`` is true (``ValidateFormat`` accepts it), invalid when false."""
    return [(EMAIL, _dq(x.group(1)), x.group(2) == "true", "ValidateFormat", path)
            for x in re.finditer(r"\{mail:\s*" + _DQ_STR + r",\s*format:\s*(true|false)", src)]  # fmt: skip


# --- lemonlabsuk/scala-uri (held out) ------------------------------------------------------


def scala_uri_items(src: str, path: str) -> list[Vec]:
    """Rule 6: each plain string literal passed as the only argument to ``Url.parse``,
    ``AbsoluteUrl.parse`` or ``Uri.parse``: valid, unless its line holds ``thrownBy`` (a parse
    the test expects to throw): invalid. Rule 2 keeps as gold only a URL with a web scheme and
    a host."""
    call = re.compile(r"\b(?:Url|AbsoluteUrl|Uri)\.parse\(" + _DQ_STR + r"\)")
    return [(URL, _dq(x.group(1)), "thrownBy" not in line, "parse", path)
            for line in src.splitlines() for x in call.finditer(line)]  # fmt: skip


# --- ttacon/libphonenumber (held out) ------------------------------------------------------


def _rows(src: str, test: str) -> list[str]:
    """The row bodies ``{ ... }`` of the ``tests`` table of ``func <test>``."""
    m = re.search(r"func " + test + r"\(t \*testing\.T\) \{\s*var tests = \[\]struct \{[^{}]*\}\{",
                  src)  # fmt: skip
    if not m:
        return []
    table = _block(src, m.end())
    rows, depth, start = [], 0, 0
    for i, ch in enumerate(table):
        if ch == "{":
            depth += 1
            if depth == 1:
                start = i + 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                rows.append(table[start:i])
    return rows


def libphonenumber_items(src: str, path: str) -> list[Vec]:
    """Rule 7: each row of ``Test_IsValidNumber`` (``input``; valid when ``isValid`` is true,
    invalid when false), each row of ``Test_IsValidNumberForRegion`` whose ``isValid`` is true
    (valid; a refusal there is for the region asked), and each row of ``TestParse`` whose
    ``err`` is ``nil`` (valid: the library reads it as a number). Rules 2 and 3 keep a phone
    number of 7 to 15 digits without letters as gold and no such number as a negative."""
    out: list[Vec] = []
    for test, need_valid in (("Test_IsValidNumber", False), ("Test_IsValidNumberForRegion", True),
                             ("TestParse", None)):  # fmt: skip
        for row in _rows(src, test):
            value = re.search(r"\binput:\s*" + _DQ_STR, row)
            if not value:
                continue
            if need_valid is None:
                if re.search(r"\berr:\s*nil\b", row):
                    out.append((PHONE, _dq(value.group(1)), True, "Parse", path))
                continue
            ok = re.search(r"\bisValid:\s*(true|false)", row)
            if ok and (ok.group(1) == "true" or not need_valid):
                out.append((PHONE, _dq(value.group(1)), ok.group(1) == "true", test[5:], path))
    return out


# --- records ----------------------------------------------------------------------------


def main(argv: list[str]) -> None:
    email_validate, checkmail, scala_uri, libphonenumber = argv
    assert split([r[0] for r in SUITES]) == (
        [EMAIL_VALIDATE[0], CHECKMAIL[0]], [SCALA_URI[0], LIBPHONENUMBER[0]])  # fmt: skip
    # The held-out readers run first (the split was fixed before either part was extracted).
    held: dict[str, list[Vec]] = {SCALA_URI[0]: [], LIBPHONENUMBER[0]: []}
    for repo, git, reader in ((SCALA_URI, scala_uri, scala_uri_items),
                              (LIBPHONENUMBER, libphonenumber, libphonenumber_items)):  # fmt: skip
        for path in FILES[repo[0]]:
            held[repo[0]] += reader(git_show(git, repo[1], path), path)
    dev: list[dict[str, Any]] = []
    for repo, git, reader in ((EMAIL_VALIDATE, email_validate, email_validate_items),
                              (CHECKMAIL, checkmail, checkmail_items)):  # fmt: skip
        vecs: list[Vec] = []
        for path in FILES[repo[0]]:
            vecs += reader(git_show(git, repo[1], path), path)
        dev += _vectors.records("dev31", repo, settle(vecs), sentences=SENTENCES)
    seen = earlier_dev_keys("vectors31_dev.jsonl")
    seen |= {_key(r["type"], r["text"][slice(*r["value_span"])]) for r in dev if r["valid"]}
    hold: list[dict[str, Any]] = []
    for repo in (SCALA_URI, LIBPHONENUMBER):
        new = [v for v in settle(held[repo[0]]) if _key(v[0], v[1]) not in seen]
        hold += _vectors.records("holdout31", repo, new, sentences=SENTENCES)
    _vectors.write_parts((("vectors31_dev.jsonl", _vectors24._numbered(dev)),
                          ("vectors31_holdout.jsonl", _vectors24._numbered(hold))))  # fmt: skip


if __name__ == "__main__":
    main(sys.argv[1:])

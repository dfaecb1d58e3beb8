"""Build ``benchmarks/data/vectors5_{dev,holdout}.jsonl``: linkifier and extractor test cases.

Usage (git directories at the pinned commits; only ``git show`` is read)::

    python -m benchmarks.corpus._vectors5 TWITTER_TEXT_GIT LINKIFY_IT_GIT URLEXTRACT_GIT \
        DUCKLING_GIT

The split is by source suite and was fixed before extraction (2026-12-04, 01:06 UTC):
twitter-text's extraction conformance file and linkify-it's fixtures are the development
part; URLExtract's unit tests and Duckling's URL and e-mail corpora the held-out part. A
held-out value that the development part also holds (compared without white space and case)
is dropped from the held-out part. The rules are written in ``benchmarks/corpus/README.md``
("Fifth vector set") and as data below. Records are the fourth set's two kinds
(:mod:`benchmarks.corpus._vectors4`): a *case* (a test's own text with the spans it expects
of one type; an input where nothing may be found is a negative over the whole input) and a
*value* (Duckling's examples are whole inputs: alone, in the three carriers and the
sentence per type). URL, IP_ADDRESS and EMAIL_ADDRESS only. This file shares no code with
privkit.
"""

from __future__ import annotations

import ast
import ipaddress
import re
import sys
from typing import TYPE_CHECKING

import yaml

from benchmarks.corpus import _vectors, _vectors3, _vectors4
from benchmarks.corpus._git import git_files, git_show

if TYPE_CHECKING:
    from benchmarks.corpus._vectors import Vec
    from benchmarks.corpus._vectors4 import Case

TWITTER = ("twitter/twitter-text", "30e2430d90cff3b46393ea54caf511441983c260", "Apache-2.0")
LINKIFY = ("markdown-it/linkify-it", "8e887d5bace3f5b09b1d1f70492fa0364ef1793d", "MIT")
URLEXTRACT = ("lipoja/URLExtract", "3dec042bc1f53ae3f375b48e2563bd446946687d", "MIT")
DUCKLING = ("facebook/duckling", "2c226585af5b9f4985d9c7151d7191603bb2add7", "BSD-3-Clause")


def link_type(value: str) -> str:
    """The privkit type of an extracted link: an address with ``@`` and no ``://`` or ``/``
    (``mailto:`` included) is an e-mail address, a bare IPv4 or IPv6 address an IP address,
    anything else a URL."""
    if "@" in value and "://" not in value and "/" not in value:
        return "EMAIL_ADDRESS"
    try:
        ipaddress.ip_address(value.strip("[]"))
    except ValueError:
        return "URL"
    return "IP_ADDRESS"


def _locate(text: str, values: list[str]) -> dict[str, list[tuple[int, int]]] | None:
    """The spans of ``values`` in ``text`` (each found after the previous one, else anywhere),
    grouped by :func:`link_type`; None when one is not in the text as written."""
    out: dict[str, list[tuple[int, int]]] = {}
    pos = 0
    for value in values:
        start = text.find(value, pos)
        if start < 0:
            start = text.find(value)
        if start < 0:
            return None
        out.setdefault(link_type(value), []).append((start, start + len(value)))
        pos = start + len(value)
    return out


def _cases(text: str, values: list[str], negative: tuple[str, ...], check: str,
           path: str) -> list[Case]:  # fmt: skip
    """One case per type found in ``values``; no value: a negative of each ``negative`` type."""
    if not values:
        return [(etype, text, [], check, path) for etype in negative]
    spans = _locate(text, values)
    if spans is None:
        return []
    return [(etype, text, sorted(s), check, path) for etype, s in spans.items()]


# --- twitter-text (development) ---------------------------------------------------------

TWITTER_PATH = "conformance/extract.yml"
TWITTER_SECTIONS = ("urls", "urls_with_indices", "urls_with_directional_markers",
                    "tco_urls_with_params")  # fmt: skip


def twitter(git_dir: str) -> list[Case]:
    """The URL sections of the extraction conformance file: each test's ``text`` with its
    ``expected`` URLs (a string, or ``url`` with ``indices`` used when they hold the URL); an
    empty ``expected`` is a negative."""
    tests = yaml.safe_load(git_show(git_dir, TWITTER[1], TWITTER_PATH))["tests"]
    out: list[Case] = []
    for section in TWITTER_SECTIONS:
        for test in tests[section]:
            text = test["text"]
            values: list[str] = []
            for exp in test["expected"]:
                if isinstance(exp, str):
                    values.append(exp)
                    continue
                values.append(exp["url"])
            out += _cases(text, values, ("URL",), section, TWITTER_PATH)
    return out


# --- linkify-it (development) -----------------------------------------------------------

LINKIFY_LINKS = "test/fixtures/links.txt"
LINKIFY_NOT = "test/fixtures/not_links.txt"
#: A ``not_links.txt`` heading -> the type its lines are negatives of.
LINKIFY_NOT_SECTIONS = {"Not links": "URL", "Not IPv4": "IP_ADDRESS", "Not email": "EMAIL_ADDRESS"}


def linkify(git_dir: str) -> list[Case]:
    """``links.txt`` as its test reads it: a line starting with ``%`` is a comment; a text
    line followed by a non-empty line expects that line as its first link, else the whole
    line is the link (a ``%`` later in a line is part of the text). The first link only is
    gold. ``not_links.txt``: every line is a negative of its heading's type."""
    lines = git_show(git_dir, LINKIFY[1], LINKIFY_LINKS).splitlines()
    lines = [re.sub(r"^%.*", "", line) for line in lines]
    out: list[Case] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if not line.strip():
            i += 1
            continue
        link = nxt if nxt.strip() else line
        out += _cases(line, [link], (), f"line {i + 1}", LINKIFY_LINKS)
        i += 2 if nxt.strip() else 1
    etype = "URL"
    for n, raw in enumerate(git_show(git_dir, LINKIFY[1], LINKIFY_NOT).splitlines()):
        heading = re.fullmatch(r"%\s*(.+?)\s*", raw)
        if heading and heading.group(1) in LINKIFY_NOT_SECTIONS:
            etype = LINKIFY_NOT_SECTIONS[heading.group(1)]
        line = re.sub(r"^%.*", "", raw)
        if line.strip():
            out.append((etype, line, [], f"line {n + 1}", LINKIFY_NOT))
    return out


# --- URLExtract (held out) --------------------------------------------------------------

#: The one statement of a test on the default extractor, and the e-mail switch.
_DEFAULT_BODY = "assert urlextract.find_urls(text) == expected"
_EMAIL_ON = "urlextract.extract_email = True"


def urlextract(git_dir: str) -> list[Case]:
    """``@pytest.mark.parametrize("text, expected", [...])`` rows of ``tests/unit/*.py`` tests
    whose body is only ``assert urlextract.find_urls(text) == expected`` (the default
    extractor of the fixture), or that plus ``urlextract.extract_email = True`` (then an empty
    ``expected`` is a negative of e-mail addresses too). The last definition of a test name in
    a module counts (the earlier one never runs)."""
    out: list[Case] = []
    for path in git_files(git_dir, URLEXTRACT[1], "tests/unit/", ".py"):
        tree = ast.parse(git_show(git_dir, URLEXTRACT[1], path))
        tests = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
        for fn in tests.values():
            body = [ast.unparse(s) for s in fn.body
                    if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]  # fmt: skip
            if body == [_DEFAULT_BODY]:
                negative: tuple[str, ...] = ("URL",)
            elif body == [_EMAIL_ON, _DEFAULT_BODY]:
                negative = ("URL", "EMAIL_ADDRESS")
            else:
                continue
            for dec in fn.decorator_list:
                if not (isinstance(dec, ast.Call) and ast.unparse(dec.func) == "pytest.mark.parametrize"
                        and ast.literal_eval(dec.args[0]) == "text, expected"):  # fmt: skip
                    continue
                for row in dec.args[1].elts:  # type: ignore[attr-defined]
                    try:
                        text, expected = ast.literal_eval(row)
                    except ValueError:  # a row built by an expression (chr(8231))
                        continue
                    out += _cases(text, list(expected), negative, fn.name, path)
    return out


# --- Duckling (held out) ----------------------------------------------------------------

_HS_STR = r'"((?:[^"\\]|\\.)*)"'


def _hs_string(body: str) -> str:
    """A Haskell string literal's body: ``\\"``, ``\\\\``, ``\\n`` and decimal escapes."""

    def esc(m: re.Match[str]) -> str:
        s = m.group(1)
        if s.isdigit():
            return chr(int(s))
        return {"n": "\n", "t": "\t"}.get(s, s)

    return re.sub(r"\\(\d+|.)", esc, body).replace("\\&", "")


def duckling(git_dir: str) -> list[Vec]:
    """Every ``Duckling/{Url,Email}/**/Corpus.hs``: the example strings of each ``examples
    (UrlData ...)`` / ``examples (EmailData ...)`` list are valid values (a Duckling example is
    a whole input); the string literals of ``negativeCorpus``'s ``examples`` list are invalid
    (an expression such as ``Text.replicate`` is skipped)."""
    out: list[Vec] = []
    for folder, etype, data in (("Duckling/Url/", "URL", "UrlData"),
                                ("Duckling/Email/", "EMAIL_ADDRESS", "EmailData")):  # fmt: skip
        for path in git_files(git_dir, DUCKLING[1], folder, "Corpus.hs"):
            src = git_show(git_dir, DUCKLING[1], path)
            for m in re.finditer(r"examples\s*\(\s*" + data + r"\b[^)]*\)\s*\[(.*?)\]", src,
                                 flags=re.DOTALL):  # fmt: skip
                for lit in re.finditer(_HS_STR, m.group(1)):
                    value = _hs_string(lit.group(1))
                    if _vectors4._in_scope(etype, value):
                        out.append((etype, value, True, "corpus", path))
            neg = re.search(r"negativeCorpus\s*=.*?examples\s*=\s*\[(.*?)\n\s*\]", src,
                            flags=re.DOTALL)  # fmt: skip
            if neg is None:
                continue
            for item in re.split(r"\n\s*,", neg.group(1)):
                lit = re.fullmatch(r"\s*" + _HS_STR + r"\s*", item)
                if lit is not None:
                    out.append((etype, _hs_string(lit.group(1)), False, "negativeCorpus", path))
    return out


# --- records ----------------------------------------------------------------------------


def _key(etype: str, value: str) -> tuple[str, str]:
    return etype, re.sub(r"\s+", "", value).casefold()


def main(argv: list[str]) -> None:
    tw, li, ue, du = argv
    dev = _vectors4.case_records("dev5", TWITTER, twitter(tw)) + _vectors4.case_records(
        "dev5", LINKIFY, linkify(li)
    )
    in_dev = {_key(r["type"], r["text"][slice(*r["value_span"])]) for r in dev if r["valid"]}
    in_dev |= {_key(r["type"], r["text"]) for r in dev}
    cases = _vectors4.new_cases(urlextract(ue), dev)
    vecs = [x for x in _vectors._consistent(duckling(du)) if _key(x[0], x[1]) not in in_dev]
    hold = _vectors4.case_records("holdout5", URLEXTRACT, cases) + _vectors3.records(
        "holdout5", DUCKLING, vecs
    )
    _vectors.write_parts((("vectors5_dev.jsonl", dev), ("vectors5_holdout.jsonl", hold)))


if __name__ == "__main__":
    main(sys.argv[1:])

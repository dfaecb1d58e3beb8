"""Build ``benchmarks/data/vectors12_{dev,holdout}.jsonl``: phone numbers as phone and PII tools test them.

Usage (git directories at the pinned commits; only ``git show`` is read)::

    python -m benchmarks.corpus._vectors12 AFTERSHIP_GIT DATAFOG_GIT NERWHAL_GIT \
        PHONYRAILS_GIT PHONENUMBERKIT_GIT

The split is by source and was fixed before extraction: AfterShip's ``phone`` test table and
DataFog's test corpora are the development part; nerwhal's phone recognizer tests, phony_rails'
spec and PhoneNumberKit's parsing tests the held-out part. A held-out case whose numbers the
development part all holds (compared without white space and case) is dropped. The rules are
written in ``benchmarks/corpus/README.md`` ("Twelfth vector set") and as data below. Every record
is a *case* (:func:`benchmarks.corpus._vectors4.case_records`). This file shares no code with
privkit.
"""

from __future__ import annotations

import ast
import csv
import io
import json
import re
import sys
from typing import Any

from benchmarks.corpus import _vectors, _vectors4, _vectors7, _vectors8
from benchmarks.corpus._git import git_show

AFTERSHIP = ("AfterShip/phone", "e78154c21f7ef64ec48250c1c9dc9e8b3a36b56a", "MIT")
DATAFOG = ("DataFog/datafog-python", "b34c04c0f93700799366dee0dbd014e3965c921e", "MIT")
NERWHAL = ("openredact/nerwhal", "97eaef56d6de59718501095d631a0fb49700e45a", "MIT")
PHONYRAILS = ("joost/phony_rails", "068b9d8e38745616ef5a411953d8cbc43ca76f31", "MIT")
PHONENUMBERKIT = ("marmelroy/PhoneNumberKit", "840ca3a89ced1a190e20ac93666ff3cdb376c973", "MIT")

PHONE = "PHONE_NUMBER"
Case = _vectors4.Case
settle = _vectors8.settle
whole = _vectors8.whole


# --- AfterShip/phone (development) -------------------------------------------------------

AFTERSHIP_PATH = "__tests__/data.csv"


def aftership_cases(src: str) -> list[Case]:
    """Rule 2: the rows the library calls valid, each input alone."""
    out: list[Case] = []
    for row in csv.DictReader(io.StringIO(src)):
        value = row.get("input_phone") or ""
        if row.get("output_is_valid") == "true" and value.strip():
            out.append((PHONE, value, whole(value), "valid", AFTERSHIP_PATH))
    return out


def aftership(git_dir: str) -> list[Case]:
    """Rule 2: ``__tests__/data.csv``."""
    return aftership_cases(git_show(git_dir, AFTERSHIP[1], AFTERSHIP_PATH))


# --- DataFog/datafog-python (development) ------------------------------------------------

DATAFOG_CORPORA = tuple(f"tests/corpus/{n}.json" for n in (
    "edge_cases", "mixed_pii", "negative_cases", "structured_pii", "unstructured_pii"))  # fmt: skip
DATAFOG_REGEX = "tests/test_regex_annotator.py"


def datafog_corpus_cases(src: str, path: str) -> list[Case]:
    """Rule 3: a corpus file's cases, their ``PHONE`` entities gold."""
    out: list[Case] = []
    for case in json.loads(src):
        text = case.get("input")
        if not isinstance(text, str):
            continue
        spans = []
        ok = True
        for ent in case.get("expected_entities") or []:
            if ent.get("type") != "PHONE":
                continue
            value, start, end = ent.get("text", ""), ent.get("start"), ent.get("end")
            if isinstance(start, int) and isinstance(end, int) and text[start:end] == value:
                spans.append((start, end))
            elif value and value in text:
                at = text.find(value)
                spans.append((at, at + len(value)))
            else:
                ok = False
        if not ok:
            continue
        if spans:
            out.append((PHONE, text, sorted(set(spans)), "entity", path))
        elif re.search(r"\d", text):
            out.append((PHONE, text, [], "no PHONE entity", path))
    return out


def datafog_regex_cases(src: str) -> list[Case]:
    """Rule 3: ``test_phone_regex`` rows in the test's text ``Phone: {phone}``."""
    out: list[Case] = []
    for name, _body, bindings in _vectors7.py_tests(src):
        if name != "test_phone_regex":
            continue
        for env in bindings:
            phone, should = env.get("phone"), env.get("should_match")
            if not isinstance(phone, str) or not isinstance(should, bool):
                continue
            text = f"Phone: {phone}"
            spans = [(7, 7 + len(phone))] if should else []
            out.append((PHONE, text, spans, "match" if should else "no match", DATAFOG_REGEX))
    return out


def datafog(git_dir: str) -> list[Case]:
    """Rule 3: the corpora and the regex test."""
    out: list[Case] = []
    for path in DATAFOG_CORPORA:
        out += datafog_corpus_cases(git_show(git_dir, DATAFOG[1], path), path)
    out += datafog_regex_cases(git_show(git_dir, DATAFOG[1], DATAFOG_REGEX))
    return out


# --- openredact/nerwhal (held out) -------------------------------------------------------

NERWHAL_PATH = "tests/integrated_recognizers/test_phone_number_recognizer.py"
NERWHAL_TAG = "PHONE"


def embedded_spans(text: str, expected: str, tag: str) -> list[tuple[int, int]] | None:
    """The stretches of ``text`` that ``expected`` writes as ``tag`` (aligned on the text
    between tags); None when the two do not align."""
    parts = expected.split(tag)
    if len(parts) < 2:
        return None
    pattern = "(.+?)".join(re.escape(p) for p in parts)
    m = re.fullmatch(pattern, text, flags=re.DOTALL)
    if m is None:
        return None
    return [m.span(i) for i in range(1, len(parts))]


def nerwhal_cases(src: str) -> list[Case]:
    """Rule 4: each test's text with the spans its expected text tags."""
    out: list[Case] = []
    tree = ast.parse(src)
    for fn in tree.body:
        if not isinstance(fn, ast.FunctionDef) or not fn.name.startswith("test"):
            continue
        text = None
        for stmt in fn.body:
            if (isinstance(stmt, ast.Assign) and ast.unparse(stmt.targets[0]) == "text"
                    and isinstance(stmt.value, ast.Constant)
                    and isinstance(stmt.value.value, str)):  # fmt: skip
                text = stmt.value.value
            if not isinstance(stmt, ast.Assert) or text is None:
                continue
            test = stmt.test
            if not (isinstance(test, ast.Compare) and len(test.comparators) == 1):
                continue
            left, right = ast.unparse(test.left), test.comparators[0]
            if left == "embed(text, ents)" and isinstance(right, ast.Constant):
                spans = embedded_spans(text, str(right.value), NERWHAL_TAG)
                if spans is not None:
                    out.append((PHONE, text, spans, fn.name, NERWHAL_PATH))
            elif left == "len(ents)" and isinstance(right, ast.Constant) and right.value == 0:
                out.append((PHONE, text, [], fn.name, NERWHAL_PATH))
    return out


def nerwhal(git_dir: str) -> list[Case]:
    """Rule 4: the phone recognizer's tests."""
    return nerwhal_cases(git_show(git_dir, NERWHAL[1], NERWHAL_PATH))


# --- joost/phony_rails (held out) --------------------------------------------------------

PHONYRAILS_PATH = "spec/lib/phony_rails_spec.rb"
_RB_STR = r"""(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")"""
_RB_CALLS = (
    re.compile(r"PhonyRails\.normalize_number\(\s*" + _RB_STR + r"[^\n]*?\)\)\.to\s+eql?\(\s*"
               + _RB_STR + r"\s*\)"),
    re.compile(r"expect\(\s*" + _RB_STR + r"\.phony_(?:formatted|normalized)\b[^\n]*?\)\.to\s+"
               r"eql?\(\s*" + _RB_STR + r"\s*\)"),
)  # fmt: skip


def _rb_unescape(single: str, double: str) -> str:
    if single or not double:
        return single.replace("\\'", "'").replace("\\\\", "\\")
    return double.encode("utf-8").decode("unicode_escape")


def phonyrails_cases(src: str) -> list[Case]:
    """Rule 5: values the spec normalises or formats into a string."""
    out: list[Case] = []
    for line in src.splitlines():
        for pattern in _RB_CALLS:
            for m in pattern.finditer(line):
                value = _rb_unescape(m.group(1) or "", m.group(2) or "")
                if value.strip():
                    out.append((PHONE, value, whole(value), "normalised", PHONYRAILS_PATH))
    return out


def phonyrails(git_dir: str) -> list[Case]:
    """Rule 5: ``spec/lib/phony_rails_spec.rb``."""
    return phonyrails_cases(git_show(git_dir, PHONYRAILS[1], PHONYRAILS_PATH))


# --- marmelroy/PhoneNumberKit (held out) -------------------------------------------------

PHONENUMBERKIT_PATH = "PhoneNumberKitTests/PhoneNumberUtilityParsingTests.swift"
_SW_STR = r'"((?:[^"\\]|\\.)*)"'


def phonenumberkit_cases(src: str) -> list[Case]:
    """Rule 6: parsed literals (thrown ones negative) and the formatted strings expected."""
    out: list[Case] = []
    for line in src.splitlines():
        for m in re.finditer(r"sut\.parse\(\s*" + _SW_STR, line):
            value = m.group(1).replace('\\"', '"')
            if not value.strip():
                continue
            if "XCTAssertThrowsError(" in line[: m.start()]:
                out.append((PHONE, value, [], "throws", PHONENUMBERKIT_PATH))
            else:
                out.append((PHONE, value, whole(value), "parsed", PHONENUMBERKIT_PATH))
        for m in re.finditer(r"XCTAssert(?:Equal\(\s*\w*Format\w*\s*,|True\(\s*\w*Format\w*\s*==)"
                             r"\s*" + _SW_STR, line):  # fmt: skip
            value = m.group(1)
            if value.strip():
                out.append((PHONE, value, whole(value), "formatted", PHONENUMBERKIT_PATH))
    return out


def phonenumberkit(git_dir: str) -> list[Case]:
    """Rule 6: ``PhoneNumberUtilityParsingTests.swift``."""
    return phonenumberkit_cases(git_show(git_dir, PHONENUMBERKIT[1], PHONENUMBERKIT_PATH))


# --- records ----------------------------------------------------------------------------


def main(argv: list[str]) -> None:
    af, df, nw, pr, pk = argv
    # The held-out readers run first (the split was fixed before either part was extracted).
    held = [(NERWHAL, settle(nerwhal(nw))), (PHONYRAILS, settle(phonyrails(pr))),
            (PHONENUMBERKIT, settle(phonenumberkit(pk)))]  # fmt: skip
    dev: list[dict[str, Any]] = []
    for repo, found in ((AFTERSHIP, aftership(af)), (DATAFOG, datafog(df))):
        dev += _vectors4.case_records("dev12", repo, settle(found))
    hold: list[dict[str, Any]] = []
    for repo, found in held:
        kept = _vectors4.new_cases(found, dev, typed=False)
        hold += _vectors4.case_records("holdout12", repo, kept)
    _vectors.write_parts((("vectors12_dev.jsonl", dev), ("vectors12_holdout.jsonl", hold)))


if __name__ == "__main__":
    main(sys.argv[1:])

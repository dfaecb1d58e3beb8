"""Build ``benchmarks/data/vectors8_{dev,holdout}.jsonl``: phone numbers of many countries.

Usage (git directories at the pinned commits; only ``git show`` is read)::

    python -m benchmarks.corpus._vectors8 MEDDOCAN_GIT PHONYJS_GIT NLPRETEXT_GIT CNADDRESS_GIT \
        PHONY_GIT LIBPHONENUMBERJS_GIT PHILEAS_GIT

The split is by source and was fixed before extraction: MEDDOCAN's annotated clinical reports,
phonyjs' per-country tests, NLPretext's phone tests and cn-address-parse's tests are the
development part; phony's plausibility spec, libphonenumber-js' text-search tests and phileas'
phone filter tests the held-out part. A held-out case whose numbers the development part all
holds (compared without white space and case) is dropped from the held-out part. The rules are
written in ``benchmarks/corpus/README.md`` ("Eighth vector set") and as data below. Every record
is a *case* (:func:`benchmarks.corpus._vectors4.case_records`): a text with the spans the source
calls phone numbers; a text or value the source says is none is a negative over the whole text.
This file shares no code with privkit.
"""

from __future__ import annotations

import ast
import re
import sys
from typing import Any

from benchmarks.corpus import _vectors, _vectors4, _vectors7
from benchmarks.corpus._git import git_files, git_show

MEDDOCAN = ("PlanTL-GOB-ES/SPACCC_MEDDOCAN", "783a6df385c975b328c99bcffb54196a9ba4078a",
            "CC-BY-4.0")  # fmt: skip
PHONYJS = ("BieganskiP/phonyjs", "5902513b628d4b0a01d556fac95bc3460c6feb27", "MIT")
NLPRETEXT = ("artefactory/NLPretext", "0d2cc4fe9e5d18feca99a59c2cbe276943ef88f4", "Apache-2.0")
CNADDRESS = ("ChenRuiWang/cn-address-parse", "8c53e6d0eb8b5ff3e9ee503361ef106cdbb2f5ba", "MIT")
PHONY = ("floere/phony", "31824ad3090b0beb64cb0d4264a6116c87888053", "MIT")
LIBPHONENUMBERJS = ("catamphetamine/libphonenumber-js", "54c020980f83a66f188013cc3bb3d6006cec09c6",
                    "MIT")  # fmt: skip
PHILEAS = ("philterd/phileas", "9bec2a1be4da0ffafcdf01bc35e60bc7a5b1895f", "Apache-2.0")

PHONE = "PHONE_NUMBER"
Case = _vectors4.Case

#: Rule 3: the countries read from the per-country suites (ISO codes, phony's names).
COUNTRIES = {
    "nl": ("Netherlands",), "de": ("Germany",), "fr": ("France",), "es": ("Spain",),
    "it": ("Italy",), "gb": ("United Kingdom",), "ie": ("Ireland",), "be": ("Belgium",),
    "at": ("Austria",), "ch": ("Switzerland",), "pt": ("Portugal",), "pl": ("Poland",),
    "dk": ("Denmark",), "no": ("Norway",), "se": ("Sweden",), "fi": ("Finland",),
    "ru": ("Russia",), "br": ("Brazil", "Brasil"), "cn": ("China",), "hk": ("Hong Kong",),
    "tw": ("Taiwan",), "in": ("India",), "jp": ("Japan",),
}  # fmt: skip
MIN_DIGITS = 7
#: Rule 3: at most this many cases per country and source, the first in file order.
PER_COUNTRY = 40


def digits(text: str) -> int:
    """The number of digits of any script in ``text``."""
    return sum(ch.isdigit() for ch in text)


def settle(found: list[Case]) -> list[Case]:
    """Rule 1: positives with a span of fewer than :data:`MIN_DIGITS` digits are left out, and
    a text labelled both ways (a positive and a negative) is left out."""
    kept = [c for c in found if all(digits(c[1][s:e]) >= MIN_DIGITS for s, e in c[2])]
    pos = {c[1] for c in kept if c[2]}
    neg = {c[1] for c in kept if not c[2]}
    return [c for c in kept if c[1] not in pos & neg]


def whole(text: str) -> list[tuple[int, int]]:
    """The span of ``text`` without its surrounding white space."""
    start = len(text) - len(text.lstrip())
    return [(start, len(text.rstrip()))]


# --- PlanTL-GOB-ES/SPACCC_MEDDOCAN (development) ----------------------------------------

MEDDOCAN_GOLD = ("NUMERO_TELEFONO", "NUMERO_FAX")
MEDDOCAN_IDS = ("ID_SUJETO_ASISTENCIA", "ID_CONTACTO_ASISTENCIAL", "ID_ASEGURAMIENTO",
                "ID_TITULACION_PERSONAL_SANITARIO", "ID_EMPLEO_PERSONAL_SANITARIO")  # fmt: skip


def brat(ann: str) -> list[tuple[str, int, int, str]] | None:
    """The (type, start, end, text) of a brat file's text-bound annotations (one fragment
    each); None when an annotation has several fragments."""
    out = []
    for line in ann.splitlines():
        if not line.startswith("T"):
            continue
        _, head, value = line.split("\t", 2)
        etype, *offsets = head.split(" ")
        if ";" in " ".join(offsets):
            return None
        out.append((etype, int(offsets[0]), int(offsets[1]), value))
    return out


def meddocan_cases(text: str, anns: list[tuple[str, int, int, str]], path: str) -> list[Case]:
    """Rule 2 for one report: a case per line holding phone or fax annotations, a negative per
    line holding only identifier annotations; nothing when an annotation's offsets do not give
    its text, or when the report holds no phone or fax annotation."""
    if any(text[s:e] != value for _, s, e, value in anns):
        return []
    if not any(t in MEDDOCAN_GOLD for t, *_ in anns):
        return []
    out: list[Case] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        end = pos + len(line.rstrip("\r\n"))
        inside = [(t, s - pos, e - pos) for t, s, e, _ in anns if pos <= s and e <= end]
        gold = sorted((s, e) for t, s, e in inside if t in MEDDOCAN_GOLD)
        if gold or any(t in MEDDOCAN_IDS for t, *_ in inside):
            check = "annotation" if gold else "identifier line"
            out.append((PHONE, text[pos:end], gold, check, path))
        pos += len(line)
    return out


def meddocan(git_dir: str) -> list[Case]:
    """Rule 2: every brat report of the three corpus parts."""
    out: list[Case] = []
    for path in git_files(git_dir, MEDDOCAN[1], "corpus/", ".ann"):
        if "/brat/" not in path:
            continue
        anns = brat(git_show(git_dir, MEDDOCAN[1], path))
        if anns is None:
            continue
        text = git_show(git_dir, MEDDOCAN[1], path[: -len(".ann")] + ".txt")
        out += meddocan_cases(text, anns, path[: -len(".ann")] + ".txt")
    return out


# --- BieganskiP/phonyjs (development) ---------------------------------------------------

_JS_STR = r""""((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'"""
_PHONYJS = re.compile(
    r"validate[A-Z]{2}\(\s*(?:" + _JS_STR + r")\s*\)(?:\.isValid)?\s*\)\s*\.toBe\((true|false)\)"
)


def phonyjs_cases(src: str, path: str) -> list[Case]:
    """Rule 3: each ``expect(validateXX(value)[.isValid]).toBe(bool)``."""
    out: list[Case] = []
    for m in _PHONYJS.finditer(src):
        value = _vectors7._ts_unescape(m.group(1) if m.group(1) is not None else m.group(2))
        if not value.strip() or (m.group(3) == "false" and digits(value) == 0):
            continue
        out.append((PHONE, value, whole(value) if m.group(3) == "true" else [], "toBe", path))
    return out


def phonyjs(git_dir: str) -> list[Case]:
    """Rule 3: the test files of :data:`COUNTRIES`."""
    out: list[Case] = []
    for path in git_files(git_dir, PHONYJS[1], "test/", ".test.ts"):
        code = path.rsplit("/", 1)[1].split(".")[0]
        if path.count("/") == 2 and code in COUNTRIES:
            out += settle(phonyjs_cases(git_show(git_dir, PHONYJS[1], path), path))[:PER_COUNTRY]
    return out


# --- artefactory/NLPretext (development) ------------------------------------------------

NLPRETEXT_FILES = ("tests/test_phone_number.py", "tests/test_preprocessor.py")


def located(text: str, values: list[str]) -> list[tuple[int, int]] | None:
    """The spans of ``values`` in ``text`` (first occurrence each), a value inside another
    value's span dropped; None when one is missing."""
    spans = []
    for v in values:
        at = text.find(v)
        if at < 0:
            return None
        spans.append((at, at + len(v)))
    outer = [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]
    return sorted(set(outer))


def nlpretext(git_dir: str) -> list[Case]:
    """Rule 4: ``test_replace_phone_numbers`` rows and the ``extract_phone_numbers`` tests."""
    out: list[Case] = []
    path = NLPRETEXT_FILES[1]
    for name, _body, bindings in _vectors7.py_tests(git_show(git_dir, NLPRETEXT[1], path)):
        if name != "test_replace_phone_numbers":
            continue
        for env in bindings:
            text, rendered = env.get("input_str"), env.get("expected_str")
            if isinstance(text, str) and isinstance(rendered, str):
                parts = _vectors7.placeholders(rendered, {"*PHONE*": PHONE})
                out += _vectors7.cases(text, parts, (PHONE,), name, path)
    path = NLPRETEXT_FILES[0]
    for name, body, _bindings in _vectors7.py_tests(git_show(git_dir, NLPRETEXT[1], path)):
        bound: dict[str, Any] = {}
        _vectors7.walk(body, bound, _vectors7._ignore)
        text, expected = bound.get("input_str"), bound.get("expected")
        calls = "extract_phone_numbers" in ast.unparse(ast.Module(body=body, type_ignores=[]))
        if calls and isinstance(text, str) and isinstance(expected, list):
            spans = located(text, expected)
            if spans is not None:
                out.append((PHONE, text, spans, name, path))
    return out


# --- ChenRuiWang/cn-address-parse (development) -----------------------------------------

CNADDRESS_PATH = "src/__tests__/test.ts"


def cnaddress(git_dir: str) -> list[Case]:
    """Rule 5: ``AddressParser.parse(text)`` compared with ``toEqual({phoneNumber: ...})``."""
    src = git_show(git_dir, CNADDRESS[1], CNADDRESS_PATH)
    out: list[Case] = []
    call = re.compile(r"AddressParser\.parse\(\s*(?:" + _JS_STR + r")\s*\)\s*\)\s*\.toEqual\(\{(.*?)\}",
                      flags=re.DOTALL)  # fmt: skip
    for m in call.finditer(src):
        text = _vectors7._ts_unescape(m.group(1) if m.group(1) is not None else m.group(2))
        phone = re.search(r"phoneNumber\s*:\s*(?:" + _JS_STR + ")", m.group(3))
        if phone is None:
            continue
        value = _vectors7._ts_unescape(phone.group(1) if phone.group(1) is not None
                                       else phone.group(2))  # fmt: skip
        spans = located(text, [value]) if value else []
        if spans is not None:
            out.append((PHONE, text, spans, "toEqual", CNADDRESS_PATH))
    return out


# --- floere/phony (held out) ------------------------------------------------------------

PHONY_PATH = "spec/functional/plausibility_spec.rb"
_RB_STR = r"'((?:[^'\\]|\\.)*)'"


def _rb(lit: str) -> str:
    return re.sub(r"\\(['\\])", r"\1", lit)


def phony_country(name: str) -> str:
    """The country code of a block name of :data:`COUNTRIES` (a qualifier in brackets
    allowed), or ``""``."""
    base = re.sub(r"\s*\(.*$", "", name).strip()
    return next((code for code, names in COUNTRIES.items() if base in names), "")


def phony(git_dir: str) -> list[Case]:
    """Rule 3: the country blocks of the ``with specific countries`` context."""
    src = git_show(git_dir, PHONY[1], PHONY_PATH)
    src = src[src.index("context 'with specific countries'") :]
    src = "\n".join(re.sub(r"#.*$", "", ln) for ln in src.splitlines())
    heads = list(re.finditer(r"\bit_is_correct_for\s+" + _RB_STR + r"|\bit\s+" + _RB_STR, src))
    by_country: dict[str, list[Case]] = {}
    for i, h in enumerate(heads):
        chunk = src[h.end() : heads[i + 1].start() if i + 1 < len(heads) else len(src)]
        if h.group(1) is not None:  # it_is_correct_for 'Name', samples: ..., invalid_samples: ...
            if not phony_country(_rb(h.group(1))):
                continue
            out = by_country.setdefault(phony_country(_rb(h.group(1))), [])
            samples, _, invalid = chunk.partition("invalid_samples:")
            out += [(PHONE, _rb(v), whole(_rb(v)), "samples", PHONY_PATH)
                    for v in re.findall(_RB_STR, samples)]  # fmt: skip
            out += [(PHONE, _rb(v), [], "invalid_samples", PHONY_PATH)
                    for v in re.findall(_RB_STR, invalid)]  # fmt: skip
            continue
        title = _rb(h.group(2))
        m = re.fullmatch(r"is correct for (.+)", title)
        if m is None or not phony_country(m.group(1)):
            continue
        out = by_country.setdefault(phony_country(m.group(1)), [])
        for e in re.finditer(r"expect\(Phony\)\.(to|not_to)\s+be_plausible\(\s*" + _RB_STR
                             + r"\s*\)", chunk):  # fmt: skip
            value = _rb(e.group(2))
            out.append((PHONE, value, whole(value) if e.group(1) == "to" else [],
                        "be_plausible", PHONY_PATH))  # fmt: skip
    return [c for cases in by_country.values() for c in settle(cases)[:PER_COUNTRY]]


# --- catamphetamine/libphonenumber-js (held out) ----------------------------------------

LIBPHONENUMBERJS_FILES = (
    "source/findPhoneNumbersInText.test.js",
    "source/searchPhoneNumbersInText.test.js",
    "source/PhoneNumberMatcher.test.js",
    "source/legacy/findNumbers.test.js",
    "source/legacy/findPhoneNumbers.test.js",
    "source/legacy/searchNumbers.test.js",
)
LIBPHONENUMBERJS_CALLS = ("findNumbers", "findPhoneNumbersInText",
                          "findPhoneNumbersInTextWithResults", "findPhoneNumbers", "searchNumbers",
                          "searchPhoneNumbersInText", "test")  # fmt: skip


def libphonenumberjs_cases(toks: list[tuple[str, str]], path: str) -> list[Case]:
    """Rule 6 on one file's tokens."""
    calls = [i for i in range(len(toks) - 2)
             if toks[i][0] == "id" and toks[i][1] in LIBPHONENUMBERJS_CALLS
             and toks[i + 1] == ("p", "(") and toks[i + 2][0] == "str"
             and (i == 0 or toks[i - 1] != ("p", "."))]  # fmt: skip
    out: list[Case] = []
    for n, i in enumerate(calls):
        text = _vectors7._ts_unescape(toks[i + 2][1])
        if not text.strip():
            continue
        stop = calls[n + 1] if n + 1 < len(calls) else len(toks)
        seg = toks[i + 3 : stop]
        starts = [int(seg[k + 2][1]) for k in range(len(seg) - 2)
                  if seg[k] == ("id", "startsAt") and seg[k + 1] == ("p", ":")
                  and seg[k + 2][1].isdigit()]  # fmt: skip
        ends = [int(seg[k + 2][1]) for k in range(len(seg) - 2)
                if seg[k] == ("id", "endsAt") and seg[k + 1] == ("p", ":")
                and seg[k + 2][1].isdigit()]  # fmt: skip
        name = toks[i][1]
        if starts and len(starts) == len(ends):
            spans = list(zip(starts, ends, strict=True))
            if all(0 <= s < e <= len(text) for s, e in spans):
                out.append((PHONE, text, sorted(spans), name, path))
            continue
        empty = any(seg[k : k + 5] == [("id", "equal"), ("p", "("), ("p", "["), ("p", "]"),
                                       ("p", ")")] for k in range(len(seg)))  # fmt: skip
        if empty and not starts:
            out.append((PHONE, text, [], name, path))
            continue
        if (name == "test" and seg[:1] == [("p", ",")] and len(seg) > 3 and seg[1][0] == "str"
                and seg[2] == ("p", ",") and seg[3][0] == "str"
                and not re.search(r"[^\W\d_]", text)):  # fmt: skip
            out.append((PHONE, text, whole(text), name, path))
    return out


def libphonenumberjs(git_dir: str) -> list[Case]:
    """Rule 6: the text-search tests."""
    out: list[Case] = []
    for path in LIBPHONENUMBERJS_FILES:
        toks = _vectors7.ts_tokens(git_show(git_dir, LIBPHONENUMBERJS[1], path))
        out += libphonenumberjs_cases(toks, path)
    return out


# --- philterd/phileas (held out) --------------------------------------------------------

PHILEAS_PATH = "src/test/java/ai/philterd/phileas/filters/PhoneNumberFilterTest.java"
_JAVA_STR = r'"((?:[^"\\]|\\.)*)"'


def phileas_cases(src: str, path: str) -> list[Case]:
    """Rule 7: one case per test method that builds the phone filter."""
    out: list[Case] = []
    for body in src.split("@Test")[1:]:
        if "new PhoneNumberRulesFilter(" not in body:
            continue
        call = re.search(r"filter\.filter\((?:[^;]*?,)?\s*" + _JAVA_STR + r"\s*\)\s*;", body)
        if call is None:
            continue
        text = _vectors._java_unescape(call.group(1))
        spans = [(int(a), int(b)) for a, b in re.findall(
            r"checkSpan\([^;]*?,\s*(\d+),\s*(\d+),\s*FilterType\.PHONE_NUMBER\)", body)]  # fmt: skip
        starts = re.findall(r"assertEquals\((\d+), filtered\.getSpans\(\)\.get\(\d+\)"
                            r"\.getCharacterStart\(\)\)", body)  # fmt: skip
        ends = re.findall(r"assertEquals\((\d+), filtered\.getSpans\(\)\.get\(\d+\)"
                          r"\.getCharacterEnd\(\)\)", body)  # fmt: skip
        if starts and len(starts) == len(ends):
            spans += [(int(a), int(b)) for a, b in zip(starts, ends, strict=True)]
        named = [_vectors._java_unescape(v) for v in re.findall(
            r"assertEquals\(" + _JAVA_STR + r", filtered\.getSpans\(\)\.get\(\d+\)\.getText\(\)\)",
            body)]  # fmt: skip
        found = located(text, named) if named else []
        if found:
            spans += found
        count = re.search(r"assertEquals\((\d+), filtered\.getSpans\(\)\.size\(\)\)", body)
        if spans and all(0 <= s < e <= len(text) for s, e in spans):
            out.append((PHONE, text, sorted(set(spans)), "filter", path))
        elif count is not None and count.group(1) == "0":
            out.append((PHONE, text, [], "filter", path))
    return out


def phileas(git_dir: str) -> list[Case]:
    """Rule 7: ``PhoneNumberFilterTest``."""
    return phileas_cases(git_show(git_dir, PHILEAS[1], PHILEAS_PATH), PHILEAS_PATH)


# --- records ----------------------------------------------------------------------------


def main(argv: list[str]) -> None:
    md, pj, nt, ca, ph, lj, pl = argv
    # The held-out readers run first (the split was fixed before either part was extracted).
    held = [(PHONY, settle(phony(ph))), (LIBPHONENUMBERJS, settle(libphonenumberjs(lj))),
            (PHILEAS, settle(phileas(pl)))]  # fmt: skip
    dev: list[dict[str, Any]] = []
    for repo, found in ((MEDDOCAN, meddocan(md)), (PHONYJS, phonyjs(pj)),
                        (NLPRETEXT, nlpretext(nt)), (CNADDRESS, cnaddress(ca))):  # fmt: skip
        dev += _vectors4.case_records("dev8", repo, settle(found))
    hold: list[dict[str, Any]] = []
    for repo, found in held:
        kept = _vectors4.new_cases(found, dev, typed=False)
        hold += _vectors4.case_records("holdout8", repo, kept)
    _vectors.write_parts((("vectors8_dev.jsonl", dev), ("vectors8_holdout.jsonl", hold)))


if __name__ == "__main__":
    main(sys.argv[1:])

"""Build ``benchmarks/data/vectors19_{dev,holdout}.jsonl``: phone numbers as Chinese, Dutch and other phone and PII tools test them.

Usage (git directories at the pinned commits; only ``git show`` is read)::

    python -m benchmarks.corpus._vectors19 ANYRULE_GIT HUTOOL_GIT PYUNITPHONE_GIT \
        DEIDENTIFY_GIT CARRPHONE_GIT PHONELIB_GIT PHONEPARSER_GIT

The split is by source and was fixed before extraction (2026-12-06, 03:41 UTC): any-rule's
regular-expression examples, hutool's phone tests, pyunit-phone's extraction test, nedap's
deidentify tests and the Ruby ``phone`` gem's country tests are the development part;
phonelib's spec (Ruby) and phone_numbers_parser's tests (Dart) the held-out part. A held-out
case whose numbers the development part all holds (compared without white space and case) is
dropped. The rules are written in ``benchmarks/corpus/README.md`` ("Nineteenth vector set") and
as data below. Every record is a *case* (:func:`benchmarks.corpus._vectors4.case_records`). This
file shares no code with privkit.
"""

from __future__ import annotations

import re
import sys
from typing import Any

from benchmarks.corpus import _vectors, _vectors4, _vectors8
from benchmarks.corpus._git import git_files, git_show

ANYRULE = ("any86/any-rule", "43abe0f89526d0bfd4e53c2c83bb176216ab5645", "MIT")
HUTOOL = ("dromara/hutool", "2959e8351b805d1c667323d204334c028fe26589", "MulanPSL-2.0")
PYUNITPHONE = ("pyunits/pyunit-phone", "ed0cd4655b56e203a5176122795afd42f2e6ab6e", "Apache-2.0")
DEIDENTIFY = ("nedap/deidentify", "258b90514069ebc9a87ea0f8243618cb66211341", "MIT")
CARRPHONE = ("carr/phone", "923d402a9db49c559332e4a04a420f9b3a20e250", "MIT")
PHONELIB = ("daddyz/phonelib", "a166a7122681144302cfecab5a0e21100da88d6a", "MIT")
PHONEPARSER = ("cedvdb/phone_numbers_parser", "13f057e2fa9ccb5abd6e4123c44d0051d9b3fbe0", "MIT")

PHONE = "PHONE_NUMBER"
Case = _vectors4.Case
settle = _vectors8.settle
whole = _vectors8.whole
_SQ = r"'((?:[^'\\\n]|\\.)*)'"
_DQ = r'"((?:[^"\\\n]|\\.)*)"'


def _lines(text: str, spans: list[tuple[int, int]]) -> list[tuple[str, list[tuple[int, int]]]]:
    """Each non-blank line of ``text`` (stripped) with the spans inside it, re-based."""
    out = []
    pos = 0
    for line in text.split("\n"):
        lead = len(line) - len(line.lstrip())
        body = line.strip()
        start, end = pos + lead, pos + lead + len(body)
        if body:
            inside = [(s - start, e - start) for s, e in spans if start <= s and e <= end]
            out.append((body, inside))
        pos += len(line) + 1
    return out


# --- any86/any-rule (development) --------------------------------------------------------

ANYRULE_PATH = "packages/www/src/RULES.js"


def anyrule_cases(src: str) -> list[Case]:
    """Rule 2: the ``examples`` of the rules whose title names a phone number."""
    out: list[Case] = []
    for m in re.finditer(r"title:\s*'([^']*)'.*?examples:\s*\[([^\]]*)\]", src, re.DOTALL):
        title = m.group(1)
        if not re.search(r"mobile phone|tel phone|手机号|座机|电话", title):
            continue
        for v in re.finditer(_SQ, m.group(2)):
            value = v.group(1)
            out.append((PHONE, value, whole(value), "example", ANYRULE_PATH))
    return out


def anyrule(git_dir: str) -> list[Case]:
    return anyrule_cases(git_show(git_dir, ANYRULE[1], ANYRULE_PATH))


# --- dromara/hutool (development) --------------------------------------------------------

HUTOOL_PATHS = (
    "hutool-core/src/test/java/cn/hutool/core/util/PhoneUtilTest.java",
    "hutool-core/src/test/java/cn/hutool/core/lang/ValidatorTest.java",
    "hutool-core/src/test/java/cn/hutool/core/util/DesensitizedUtilTest.java",
    "hutool-core/src/test/java/cn/hutool/core/util/StrUtilTest.java",
)
_HUTOOL_CALLS = (
    # a literal a phone check is asserted true on, or a phone desensitizer is given
    re.compile(r"(?:PhoneUtil|Validator)\.is(?:Mobile|Tel|Phone|Tel400800)\w*\(\s*" + _DQ),
    re.compile(r"DesensitizedUtil\.(?:mobilePhone|fixedPhone)\(\s*" + _DQ),
    re.compile(r"DesensitizedUtil\.desensitized\(\s*" + _DQ + r"\s*,\s*[\w.]*(?:MOBILE|FIXED)_PHONE"),
    # the literals of the lists and names the phone tests assert true on
    re.compile(r"\btels\.add\(\s*" + _DQ),
    re.compile(r"final\s+String\s+(?:mobile|tel)\s*=\s*" + _DQ),
)  # fmt: skip


def hutool_cases(src: str, path: str) -> list[Case]:
    """Rule 3: values hutool's phone checks accept or its desensitizer masks as phones, and
    the sentence a test formats with a phone (``...电话是`` and the number)."""
    out: list[Case] = []
    for line in src.splitlines():
        if "assertFalse" in line or re.search(r"\berr\w*\s*=|errTels\.add", line):
            continue
        for pattern in _HUTOOL_CALLS:
            for m in pattern.finditer(line):
                value = m.group(1)
                out.append((PHONE, value, whole(value), "accepted", path))
        for m in re.finditer(r"assertEquals\(\s*" + _DQ, line):
            text = m.group(1)
            found = re.search(r"电话是：(\d{11})", text)
            if found:
                out.append((PHONE, text, [found.span(1)], "formatted", path))
    return out


def hutool_validator(src: str, path: str) -> list[Case]:
    """Rule 3: ``Validator.isMobile("v")`` whose result is asserted true (``assertTrue(mN)``)."""
    out: list[Case] = []
    names: dict[str, str] = {}
    for line in src.splitlines():
        m = re.search(r"boolean\s+(\w+)\s*=\s*Validator\.isMobile\w*\(\s*" + _DQ, line)
        if m:
            names[m.group(1)] = m.group(2)
        t = re.search(r"assertTrue\(\s*(\w+)\s*\)", line)
        if t and t.group(1) in names:
            value = names[t.group(1)]
            out.append((PHONE, value, whole(value), "accepted", path))
    return out


def hutool(git_dir: str) -> list[Case]:
    out: list[Case] = []
    for path in HUTOOL_PATHS:
        src = git_show(git_dir, HUTOOL[1], path)
        if path.endswith("ValidatorTest.java"):
            out += hutool_validator(src, path)
        else:
            out += hutool_cases(src, path)
    return out


# --- pyunits/pyunit-phone (development) --------------------------------------------------

PYUNITPHONE_PATH = "test.py"


def pyunitphone_cases(src: str) -> list[Case]:
    """Rule 4: each line of the test's ``data`` text, the ``'value'`` strings it expects gold."""
    m = re.search(r'data\s*=\s*"""(.*?)"""', src, re.DOTALL)
    if not m:
        return []
    data = m.group(1)
    values = re.findall(r"'value':\s*'([^']*)'", src)
    spans = [hit.span() for value in values for hit in re.finditer(re.escape(value), data)]
    out: list[Case] = []
    for line, inside in _lines(data, spans):
        out.append((PHONE, line, sorted(inside), "extracted", PYUNITPHONE_PATH))
    return out


def pyunitphone(git_dir: str) -> list[Case]:
    return pyunitphone_cases(git_show(git_dir, PYUNITPHONE[1], PYUNITPHONE_PATH))


# --- nedap/deidentify (development) ------------------------------------------------------

DEIDENTIFY_MASK = "tests/surrogates/generators/test_phone.py"
DEIDENTIFY_BRAT = "tests/surrogates/data/original"


def deidentify_mask_cases(src: str) -> list[Case]:
    """Rule 5: the numbers ``mask_phonenumber`` masks (compared with a mask; the calls that
    raise are left out)."""
    out: list[Case] = []
    for m in re.finditer(r"mask_phonenumber\(\s*" + _SQ + r"\s*\)\s*==", src):
        value = m.group(1)
        out.append((PHONE, value, whole(value), "masked", DEIDENTIFY_MASK))
    return out


def deidentify_brat_cases(txt: str, ann: str, path: str) -> list[Case]:
    """Rule 5: a brat example's ``Phone_fax`` annotations, each line of the text a case."""
    rows = _vectors8.brat(ann) or []
    spans = [(s, e) for etype, s, e, value in rows if etype == "Phone_fax" and txt[s:e] == value]
    return [(PHONE, line, inside, "annotated", path) for line, inside in _lines(txt, spans)
            if inside or re.search(r"\d", line)]  # fmt: skip


def deidentify(git_dir: str) -> list[Case]:
    out = deidentify_mask_cases(git_show(git_dir, DEIDENTIFY[1], DEIDENTIFY_MASK))
    for path in git_files(git_dir, DEIDENTIFY[1], DEIDENTIFY_BRAT, ".ann"):
        txt = git_show(git_dir, DEIDENTIFY[1], path[: -len(".ann")] + ".txt")
        out += deidentify_brat_cases(txt, git_show(git_dir, DEIDENTIFY[1], path), path)
    return out


# --- carr/phone (development) ------------------------------------------------------------

CARRPHONE_DIR = "test"


def carrphone_cases(src: str, path: str) -> list[Case]:
    """Rule 6: the numbers the tests parse into parts (``parse_test('v', ...)``,
    ``Phoner::Phone.parse('v')`` not asserted nil or refuted)."""
    out: list[Case] = []
    for line in src.splitlines():
        if re.search(r"assert_nil|refute|assert_raises|valid\?", line):
            continue
        for m in re.finditer(r"(?:parse_test|Phone\.parse)\(?\s*(?:" + _SQ + "|" + _DQ + ")", line):
            value = m.group(1) if m.group(1) is not None else m.group(2)
            out.append((PHONE, value, whole(value), "parsed", path))
    return out


def carrphone(git_dir: str) -> list[Case]:
    out: list[Case] = []
    for path in git_files(git_dir, CARRPHONE[1], CARRPHONE_DIR, ".rb"):
        if path.endswith("helper.rb"):
            continue
        out += carrphone_cases(git_show(git_dir, CARRPHONE[1], path), path)
    return out


# --- daddyz/phonelib (held out) ----------------------------------------------------------

PHONELIB_PATH = "spec/phonelib_spec.rb"
_LIT = "(?:" + _SQ + "|" + _DQ + ")"


def _lit(m: re.Match[str], i: int = 1) -> str:
    return m.group(i) if m.group(i) is not None else m.group(i + 1)


def phonelib_cases(src: str) -> list[Case]:
    """Rule 7: literals the spec's class methods call valid or possible
    (``Phonelib.valid?('v')).to be true``, ``invalid?`` / ``impossible?`` false,
    ``valid_for_country?('v', ...)`` true), and a parsed literal (``x = Phonelib.parse('v'``)
    whose ``x.valid?`` the spec then expects true."""
    out: list[Case] = []
    held: dict[str, str] = {}
    for line in src.splitlines():
        for m in re.finditer(r"Phonelib\.(valid|invalid|possible|impossible|valid_for_country)\?\(\s*"
                             + _LIT + r"[^\n]*?\)\)\.to\s+be\s+(true|false)", line):  # fmt: skip
            kind, value, truth = m.group(1), _lit(m, 2), m.group(4)
            good = (truth == "true") == (kind in {"valid", "possible", "valid_for_country"})
            if good:
                out.append((PHONE, value, whole(value), f"{kind}?", PHONELIB_PATH))
        m = re.search(r"(@?\w+)\s*=\s*Phonelib\.parse[ (]\s*" + _LIT, line)
        if m:
            held[m.group(1)] = _lit(m, 2)
        m = re.search(r"expect\(\s*(@?\w+)\.valid\?\s*\)\.to\s+be\s+true", line)
        if m and m.group(1) in held:
            value = held[m.group(1)]
            out.append((PHONE, value, whole(value), "parsed valid", PHONELIB_PATH))
    return out


def phonelib(git_dir: str) -> list[Case]:
    return phonelib_cases(git_show(git_dir, PHONELIB[1], PHONELIB_PATH))


# --- cedvdb/phone_numbers_parser (held out) ----------------------------------------------

PHONEPARSER_PATHS = ("test/phone_number_test.dart", "test/internal/_text_parser_test.dart")


def phoneparser_cases(src: str, path: str) -> list[Case]:
    """Rule 8: literals ``PhoneNumber.parse('v'`` reads and ``testNumber = 'v'``, the strings
    ``format(testNumber)`` is expected to equal, the match text ``find('t').first.group(0)`` is
    expected to equal (a span of ``t``), and texts ``find`` is expected to find nothing in."""
    out: list[Case] = []
    flat = re.sub(r"\s*\n\s*", " ", src)
    for m in re.finditer(r"PhoneNumber\.parse\(\s*" + _LIT, flat):
        value = _lit(m)
        out.append((PHONE, value, whole(value), "parsed", path))
    for m in re.finditer(r"\btestNumber\s*=\s*" + _LIT, flat):
        value = _lit(m)
        out.append((PHONE, value, whole(value), "parsed", path))
    for m in re.finditer(r"format\(\s*testNumber\s*\)\s*,\s*equals\(\s*" + _LIT, flat):
        value = _lit(m)
        out.append((PHONE, value, whole(value), "formatted", path))
    for m in re.finditer(r"find\(\s*" + _LIT + r"\s*\)\.first\.group\(0\)\s*,\s*equals\(\s*" + _LIT,
                         flat):  # fmt: skip
        text, match = _lit(m), _lit(m, 3)
        at = text.find(match)
        if at >= 0:
            out.append((PHONE, text, [(at, at + len(match))], "found", path))
    for m in re.finditer(r"find\(\s*" + _LIT + r"\s*\)\.isEmpty\s*,\s*equals\(true\)", flat):
        text = _lit(m)
        if re.search(r"\d", text):
            out.append((PHONE, text, [], "nothing found", path))
    return out


def phoneparser(git_dir: str) -> list[Case]:
    out: list[Case] = []
    for path in PHONEPARSER_PATHS:
        out += phoneparser_cases(git_show(git_dir, PHONEPARSER[1], path), path)
    return out


# --- records ----------------------------------------------------------------------------


def _unescape(cases: list[Case]) -> list[Case]:
    """Backslash escapes of the sources' string literals read as the languages read them."""
    out: list[Case] = []
    for etype, text, spans, check, path in cases:
        if "\\" in text:
            continue  # (none of the phone literals needs one; a literal with one is left out)
        out.append((etype, text, spans, check, path))
    return out


def main(argv: list[str]) -> None:
    ar, hu, pu, de, cp, pl, pp = argv
    # The held-out readers run first (the split was fixed before either part was extracted).
    held = [(PHONELIB, settle(_unescape(phonelib(pl)))),
            (PHONEPARSER, settle(_unescape(phoneparser(pp))))]  # fmt: skip
    dev: list[dict[str, Any]] = []
    for repo, found in ((ANYRULE, anyrule(ar)), (HUTOOL, hutool(hu)), (PYUNITPHONE, pyunitphone(pu)),
                        (DEIDENTIFY, deidentify(de)), (CARRPHONE, carrphone(cp))):  # fmt: skip
        dev += _vectors4.case_records("dev19", repo, settle(_unescape(found)))
    hold: list[dict[str, Any]] = []
    for repo, found in held:
        kept = _vectors4.new_cases(found, dev, typed=False)
        hold += _vectors4.case_records("holdout19", repo, kept)
    _vectors.write_parts((("vectors19_dev.jsonl", dev), ("vectors19_holdout.jsonl", hold)))


if __name__ == "__main__":
    main(sys.argv[1:])

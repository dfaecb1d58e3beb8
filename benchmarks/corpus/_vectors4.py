"""Build ``benchmarks/data/vectors4_{dev,holdout}.jsonl``: a fourth set of recognizer test cases.

Usage (git directories at the pinned commits; only ``git show`` is read)::

    python -m benchmarks.corpus._vectors4 SCRUBADUB_GIT COMMONREGEX_GIT SYMFONY_GIT \
        RECOGNIZERS_GIT HIBERNATE_GIT

The split is by source suite and was fixed before extraction: scrubadub's detector tests,
CommonRegex's tests and symfony/validator's constraint tests are the development part;
Microsoft Recognizers-Text's sequence specs and hibernate-validator's e-mail and URL tests the
held-out part. A held-out value that the development part also holds (compared without white
space and case) is dropped from the held-out part. The rules are written in
``benchmarks/corpus/README.md`` ("Fourth vector set") and as data below. Two kinds of record:
a *value* (validator lists: alone, in the three carriers of the first set and in the third
set's sentence per type, :func:`benchmarks.corpus._vectors.records`) and a *case* (a
recognizer's own test sentence with the spans it expects; an input the recognizer must find
nothing in is a negative over the whole input). This file shares no code with privkit.
"""

from __future__ import annotations

import ast
import json
import re
import sys
from typing import TYPE_CHECKING, Any

from benchmarks.corpus import _vectors, _vectors3
from benchmarks.corpus._git import git_files, git_show

if TYPE_CHECKING:
    from benchmarks.corpus._vectors import Vec

SCRUBADUB = ("LeapBeyond/scrubadub", "53772cbef417da290d25c95373031f786ab3b5c6", "Apache-2.0")
COMMONREGEX = ("madisonmay/CommonRegex", "2425abdb79c8992b8b655c27e1fb195cc54457ab", "MIT")
SYMFONY = ("symfony/validator", "370b9375b011f71f451c4049a78a4548f362370f", "MIT")
RECOGNIZERS = ("microsoft/Recognizers-Text", "90e968ea44dc8fda3f2e1c3e4b20aa233817488d", "MIT")
HIBERNATE = ("hibernate/hibernate-validator", "3f5efd23f4d908bc463c4821ec2ee49b0e4b9ef6",
             "Apache-2.0")  # fmt: skip

#: The carrier number of a case record whose text is the recognizer's own sentence.
CASE_CARRIER = 5

#: A case: (privkit type, text, gold spans of that type, check, path). No span: a negative.
Case = tuple[str, str, list[tuple[int, int]], str, str]


def _in_scope(etype: str, value: str) -> bool:
    """An e-mail value must hold ``@``: spelled-out forms (``john at gmail.com``) are another
    notation that privkit does not claim."""
    return etype != "EMAIL_ADDRESS" or "@" in value


# --- scrubadub (development) ------------------------------------------------------------

SCRUBADUB_FILES = {
    "tests/test_detector_emails.py": "EMAIL_ADDRESS",
    "tests/test_detector_phone_numbers.py": "PHONE_NUMBER",
    "tests/test_detector_urls.py": "URL",
    "tests/test_detector_credit_card.py": "CREDIT_CARD",
}
SCRUBADUB_TAGS = {"EMAIL": "EMAIL_ADDRESS", "PHONE": "PHONE_NUMBER", "URL": "URL",
                  "CREDIT_CARD": "CREDIT_CARD"}  # fmt: skip


def _before_after(before: str, after: str, etype: str, check: str, path: str) -> list[Case]:
    """The spans of ``before`` that ``after`` replaces with a ``{{TAG}}`` of type ``etype``."""
    parts = re.split(r"(\{\{[A-Z_]+\}\})", after)
    pattern = "".join(
        "(.+?)" if re.fullmatch(r"\{\{[A-Z_]+\}\}", p) else re.escape(p) for p in parts
    )
    m = re.fullmatch(pattern, before, flags=re.DOTALL)
    if m is None:
        return []
    tags = [p[2:-2] for p in parts if re.fullmatch(r"\{\{[A-Z_]+\}\}", p)]
    spans = [m.span(i + 1) for i, tag in enumerate(tags) if SCRUBADUB_TAGS.get(tag) == etype]
    if any(not _in_scope(etype, before[s:e]) for s, e in spans):
        return []
    if not spans and not tags:
        return [(etype, before, [], check, path)]
    return [(etype, before, spans, check, path)] if spans else []


def scrubadub(git_dir: str) -> list[Case]:
    """Docstring ``BEFORE:``/``AFTER:`` pairs of test classes without a ``setUp`` (a setUp
    changes the replacement), the phone numbers passed to ``check_phone_numbers`` (in that
    file's ``My phone number is %s`` template) and ``self.clean(...)`` / ``assertEqual``
    pairs. A ``{{TAG}}`` of the file's type is gold."""
    out: list[Case] = []
    for path, etype in SCRUBADUB_FILES.items():
        tree = ast.parse(git_show(git_dir, SCRUBADUB[1], path))
        for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
            fns = [f for f in cls.body if isinstance(f, ast.FunctionDef)]
            if any(f.name == "setUp" for f in fns):
                continue
            template = None
            for fn in fns:
                if fn.name == "create_docstring":
                    ret = fn.body[0]
                    assert isinstance(ret, ast.Return)
                    assert isinstance(ret.value, ast.BinOp)
                    template = ast.literal_eval(ret.value.left)
            for fn in fns:
                doc = ast.get_docstring(fn, clean=False) or ""
                if "BEFORE:" in doc and "AFTER:" in doc:
                    before, after = doc.split("BEFORE:")[1].split("AFTER:")
                    out += _before_after(before.strip(), after.strip(), etype, fn.name, path)
                for node in ast.walk(fn):
                    if not isinstance(node, ast.Call):
                        continue
                    name = getattr(node.func, "attr", "")
                    if name == "check_phone_numbers" and template is not None:
                        for arg in node.args:
                            doc = template % ast.literal_eval(arg)
                            before, after = doc.split("BEFORE:")[1].split("AFTER:")
                            out += _before_after(before.strip(), after.strip(), etype,
                                                 fn.name, path)  # fmt: skip
                pairs = [n for n in ast.walk(fn) if isinstance(n, ast.Call)
                         and getattr(n.func, "attr", "") in {"clean", "assertEqual"}]  # fmt: skip
                cleaned = [ast.literal_eval(c.args[0]) for c in pairs
                           if c.func.attr == "clean" and isinstance(c.args[0], ast.Constant)]  # type: ignore[attr-defined]  # fmt: skip
                expect = [ast.literal_eval(c.args[1]) for c in pairs
                          if c.func.attr == "assertEqual" and len(c.args) > 1  # type: ignore[attr-defined]
                          and isinstance(c.args[1], ast.Constant)]  # fmt: skip
                for before, after in zip(cleaned, expect, strict=False):
                    out += _before_after(before, after, etype, fn.name, path)
    return out


# --- CommonRegex (development) ----------------------------------------------------------

COMMONREGEX_METHODS = {
    "phones": "PHONE_NUMBER",
    "phones_with_exts": "PHONE_NUMBER",
    "links": "URL",
    "emails": "EMAIL_ADDRESS",
    "ips": "IP_ADDRESS",
    "ipv6s": "IP_ADDRESS",
    "credit_cards": "CREDIT_CARD",
    "btc_addresses": "CRYPTO",
}


def commonregex(git_dir: str) -> list[Vec]:
    """``for s in LIST: self.assertEqual(self.parser.M(s), [s])`` (valid) and
    ``assertNotEqual`` (invalid) loops of ``test.py``; the type is the method's
    (:data:`COMMONREGEX_METHODS`), so a list checked with another type's method is not a
    negative of its own."""
    path = "test.py"
    tree = ast.parse(git_show(git_dir, COMMONREGEX[1], path))
    out: list[Vec] = []
    for fn in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)):
        lists: dict[str, list[Any]] = {}
        for node in fn.body:
            if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
                lists[node.targets[0].id] = ast.literal_eval(node.value)
            if not (isinstance(node, ast.For) and isinstance(node.iter, ast.Name)):
                continue
            for call in (c for c in ast.walk(node) if isinstance(c, ast.Call)):
                assertion = getattr(call.func, "attr", "")
                if assertion not in {"assertEqual", "assertNotEqual"} or not call.args:
                    continue
                inner = call.args[0]
                method = getattr(getattr(inner, "func", None), "attr", "")
                if method not in COMMONREGEX_METHODS:
                    continue
                etype = COMMONREGEX_METHODS[method]
                out.extend(
                    (etype, value, assertion == "assertEqual", method, path)
                    for value in lists.get(node.iter.id, [])
                    if isinstance(value, str) and _in_scope(etype, value)
                )
    return out


# --- symfony/validator (development) ----------------------------------------------------

#: Test file -> data provider -> (privkit type, valid?, index of the value in a row).
#: Valid providers feed the default constraint or one that only narrows (an IP version or
#: range, a card scheme, the HTML5 e-mail mode); invalid providers feed the default check
#: (``getInvalidIpsAll`` merges the two version lists under ``Ip::ALL``).
SYMFONY_PROVIDERS: dict[str, dict[str, tuple[str, bool, int]]] = {
    "Tests/Constraints/EmailValidatorTest.php": {
        "getValidEmails": ("EMAIL_ADDRESS", True, 0),
        "getValidEmailsHtml5": ("EMAIL_ADDRESS", True, 0),
        "getInvalidEmails": ("EMAIL_ADDRESS", False, 0),
    },
    "Tests/Constraints/UrlValidatorTest.php": {
        "getValidUrls": ("URL", True, 0),
        "getInvalidUrls": ("URL", False, 0),
    },
    "Tests/Constraints/IpValidatorTest.php": {
        "getValidIpsV4": ("IP_ADDRESS", True, 0),
        "getValidIpsV6": ("IP_ADDRESS", True, 0),
        "getValidIpsAll": ("IP_ADDRESS", True, 0),
        "getValidPublicIpsV4": ("IP_ADDRESS", True, 0),
        "getValidPrivateIpsV4": ("IP_ADDRESS", True, 0),
        "getValidReservedIpsV4": ("IP_ADDRESS", True, 0),
        "getInvalidIpsV4": ("IP_ADDRESS", False, 0),
        "getInvalidIpsV6": ("IP_ADDRESS", False, 0),
    },
    "Tests/Constraints/IbanValidatorTest.php": {
        "getValidIbans": ("IBAN_CODE", True, 0),
        "getIbansWithInvalidFormat": ("IBAN_CODE", False, 0),
        "getIbansWithValidFormatButIncorrectChecksum": ("IBAN_CODE", False, 0),
        "getIbansWithInvalidCountryCode": ("IBAN_CODE", False, 0),
    },
    "Tests/Constraints/CardSchemeValidatorTest.php": {
        "getValidNumbers": ("CREDIT_CARD", True, 1),
    },
}

_PHP_LIT = r"'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\""
_PHP_DQ_ESC = {"n": "\n", "r": "\r", "t": "\t", "v": "\v", "f": "\f", "e": "\x1b", "0": "\0"}


def _php_string(m: re.Match[str]) -> str:
    if m.group(1) is not None:
        return re.sub(r"\\([\\'])", r"\1", m.group(1))

    def esc(e: re.Match[str]) -> str:
        s = e.group(1)
        if s[0] == "x":
            return chr(int(s[1:], 16))
        if s.startswith("u{"):
            return chr(int(s[2:-1], 16))
        return _PHP_DQ_ESC.get(s, "\\" + s if s not in '\\"$' else s)

    return re.sub(r"\\(x[0-9a-fA-F]{1,2}|u\{[0-9a-fA-F]+\}|.)", esc, m.group(2))


def symfony(git_dir: str) -> list[Vec]:
    """Rows ``[literal, ...]`` of the listed data providers (``return [...]`` or ``yield``);
    a row whose value is not a string literal (``sprintf``, ``str_repeat``) is skipped."""
    out: list[Vec] = []
    row = re.compile(r"(?:^|\n)\s*(?:yield\s*)?\[\s*((?:(?:" + _PHP_LIT + r")\s*,?\s*)+)\]")
    for path, providers in SYMFONY_PROVIDERS.items():
        src = git_show(git_dir, SYMFONY[1], path)
        for name, (etype, valid, index) in providers.items():
            m = re.search(r"function " + name + r"\(\)[^{]*\{(.*?)\n    \}", src, flags=re.DOTALL)
            assert m is not None, name
            for r in row.finditer(m.group(1)):
                lits = [_php_string(x) for x in re.finditer(_PHP_LIT, r.group(1))]
                if index < len(lits) and _in_scope(etype, lits[index]):
                    out.append((etype, lits[index], valid, name, path))
    return out


# --- Microsoft Recognizers-Text (held out) ----------------------------------------------

#: Sequence model spec -> (privkit type, the result ``TypeName`` of that type).
RECOGNIZERS_MODELS = {
    "EmailModel.json": ("EMAIL_ADDRESS", "email"),
    "IpAddressModel.json": ("IP_ADDRESS", "ip"),
    "PhoneNumberModel.json": ("PHONE_NUMBER", "phonenumber"),
    "URLModel.json": ("URL", "url"),
}


def recognizers(git_dir: str) -> list[Case]:
    """Every language's ``Specs/Sequence/<Language>/<Model>.json`` of the four models: the
    ``Input`` with the ``Text`` of each result of the model's type (located from its
    ``Start`` when given, else the next occurrence); an input with no result is a negative. A
    case whose result text is not in its input (written in another form) is left out."""
    out: list[Case] = []
    for path in git_files(git_dir, RECOGNIZERS[1], "Specs/Sequence/", ".json"):
        model = path.rsplit("/", 1)[1]
        if model not in RECOGNIZERS_MODELS:
            continue
        etype, type_name = RECOGNIZERS_MODELS[model]
        lang = path.split("/")[2]
        for case in json.loads(git_show(git_dir, RECOGNIZERS[1], path)):
            text = case["Input"]
            results = case.get("Results") or []
            spans: list[tuple[int, int]] = []
            pos, lost = 0, False
            for res in results:
                if res.get("TypeName") != type_name:
                    continue
                value = res["Text"]
                start = text.find(value, res.get("Start", pos))
                if start < 0:
                    start = text.find(value)
                lost = lost or start < 0
                spans.append((start, start + len(value)))
                pos = start + len(value)
            if lost or (results and not spans):
                continue
            if any(not _in_scope(etype, text[s:e]) for s, e in spans):
                continue
            out.append((etype, text, spans, f"{lang}:{model}", path))
    return out


# --- hibernate-validator (held out) -----------------------------------------------------

_JAVA_STR = r'"((?:[^"\\]|\\.)*)"'
HIBERNATE_BASE = "engine/src/test/java/org/hibernate/validator/test/internal/constraintvalidators/"


def hibernate(git_dir: str) -> list[Vec]:
    """``EmailValidatorTest``: one-argument ``isValidEmail("v")`` (valid) and
    ``isInvalidEmail("v")`` (invalid) calls on the default ``@Email``. ``URLValidatorTest``:
    ``assertTrue(validator.isValid("v", null))`` (valid; the constraints there default or
    narrow to a protocol, host or port) and ``assertFalse`` only in a test whose validator is
    the default ``@URL`` (none is assumed: the invalid URL rows are left out)."""
    out: list[Vec] = []
    path = HIBERNATE_BASE + "bv/EmailValidatorTest.java"
    src = git_show(git_dir, HIBERNATE[1], path)
    for m in re.finditer(r"\b(isValidEmail|isInvalidEmail)\(\s*" + _JAVA_STR + r"\s*\)", src):
        value = _vectors._java_unescape(m.group(2))
        if _in_scope("EMAIL_ADDRESS", value):
            out.append(("EMAIL_ADDRESS", value, m.group(1) == "isValidEmail", m.group(1), path))
    path = HIBERNATE_BASE + "hv/URLValidatorTest.java"
    src = "\n".join(
        line for line in git_show(git_dir, HIBERNATE[1], path).splitlines()
        if not line.lstrip().startswith("//")
    )  # fmt: skip
    valid_url = re.compile(r"assertTrue\(\s*validator\.isValid\(\s*" + _JAVA_STR + r"\s*,")
    out.extend(
        ("URL", _vectors._java_unescape(m.group(1)), True, "isValid", path)
        for m in valid_url.finditer(src)
    )
    return out


# --- records ----------------------------------------------------------------------------


def case_records(part: str, repo: tuple[str, str, str], cases: list[Case]) -> list[dict[str, Any]]:
    """One record per gold span of a case (carrier 0 when the span is the whole input, else
    :data:`CASE_CARRIER`), and one per negative case (its whole input, carrier 0)."""
    out: list[dict[str, Any]] = []
    short = repo[0].split("/")[1]
    seen: set[tuple[str, str]] = set()
    for etype, text, spans, check, path in cases:
        if (etype, text) in seen or not _vectors._usable(text):
            continue
        seen.add((etype, text))
        gold = [{"start": s, "end": e, "entity": etype} for s, e in spans]
        for start, end in spans or [(0, len(text))]:
            alone = text[start:end].strip() == text.strip()
            out.append({
                "id": f"{part}-{short}-{len(out):05d}",
                "kind": "case",
                "source": short,
                "part": part,
                "repo": repo[0],
                "commit": repo[1],
                "licence": repo[2],
                "path": path,
                "check": check,
                "type": etype,
                "valid": bool(spans),
                "carrier": 0 if alone or not spans else CASE_CARRIER,
                "text": text,
                "spans": gold,
                "value_span": [start, end],
            })  # fmt: skip
    return out


def _key(etype: str, value: str) -> tuple[str, str]:
    return etype, re.sub(r"\s+", "", value).casefold()


def new_cases(cases: list[Case], dev: list[dict[str, Any]], *, typed: bool = True) -> list[Case]:
    """The held-out cases the development part ``dev`` does not already hold.

    A case with gold spans is kept when one of its values is not a valid development record's
    value nor a development text; a negative when its text is not a development text. Compared
    without white space and case, and by type unless ``typed`` is false.
    """

    def key(etype: str, value: str) -> tuple[str, str]:
        return _key(etype if typed else "", value)

    in_dev = {key(r["type"], r["text"][slice(*r["value_span"])]) for r in dev if r["valid"]}
    in_dev |= {key(r["type"], r["text"]) for r in dev}
    return [c for c in cases
            if (c[2] and any(key(c[0], c[1][s:e]) not in in_dev for s, e in c[2]))
            or (not c[2] and key(c[0], c[1]) not in in_dev)]  # fmt: skip


def main(argv: list[str]) -> None:
    sd, cr, sy, rt, hv = argv
    dev = (
        case_records("dev4", SCRUBADUB, scrubadub(sd))
        + _vectors3.records("dev4", COMMONREGEX, _vectors._consistent(commonregex(cr)))
        + _vectors3.records("dev4", SYMFONY, _vectors._consistent(symfony(sy)))
    )
    in_dev = {_key(r["type"], r["text"][slice(*r["value_span"])]) for r in dev if r["valid"]}
    in_dev |= {_key(r["type"], r["text"]) for r in dev}
    cases = [c for c in recognizers(rt) if not c[2] or any(
        _key(c[0], c[1][s:e]) not in in_dev for s, e in c[2])]  # fmt: skip
    hv_vecs = [x for x in _vectors._consistent(hibernate(hv)) if _key(x[0], x[1]) not in in_dev]
    hold = case_records("holdout4", RECOGNIZERS, cases) + _vectors3.records(
        "holdout4", HIBERNATE, hv_vecs
    )
    _vectors.write_parts((("vectors4_dev.jsonl", dev), ("vectors4_holdout.jsonl", hold)))


if __name__ == "__main__":
    main(sys.argv[1:])

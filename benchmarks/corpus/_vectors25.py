"""Build ``benchmarks/data/vectors25_{dev,holdout}.jsonl``: C#, Elixir and Swift projects' own tests.

Usage (git directories at the pinned commits; only ``git show`` is read)::

    python -m benchmarks.corpus._vectors25 IBANNET_GIT AUTO_LINKER_GIT FLUENTVALIDATION_GIT \
        SWIFTVALIDATORS_GIT

The split is by source suite and was fixed before extraction (2026-12-07, 01:00 UTC) by a
hash: the four suites sorted by ``sha256("vectors25:" + owner/name)``; the first two
(``ceil(4 / 2)``) are the development part (skwasjer/IbanNet, smpallen99/auto_linker), the
last two the held-out part (FluentValidation/FluentValidation, gkaimakas/SwiftValidators).
Before the hash was computed only the file lists of the four repositories had been read. The
rules are written in ``benchmarks/corpus/README.md`` ("Twenty-fifth vector set") and as code
below. This file shares no code with privkit.
"""

from __future__ import annotations

import re
import sys
from typing import Any

from benchmarks.corpus import _vectors, _vectors4, _vectors24
from benchmarks.corpus._git import git_show
from benchmarks.corpus._vectors17 import _key, earlier_dev_keys

IBANNET = ("skwasjer/IbanNet", "a47f4f36e1cfdf939180294f4c05d2e6b6df9174", "Apache-2.0")
AUTO_LINKER = ("smpallen99/auto_linker", "80aec64c4b0dafeb814ecfea7b7f5debdb20f433", "MIT")
FLUENTVALIDATION = ("FluentValidation/FluentValidation", "ea299fe59719950018fa240dab86da414190d7f4",
                    "Apache-2.0")  # fmt: skip
SWIFTVALIDATORS = ("gkaimakas/SwiftValidators", "49a83a1f00fc12686b38505127940f90ab9b9688", "MIT")
SUITES = (IBANNET, AUTO_LINKER, FLUENTVALIDATION, SWIFTVALIDATORS)
#: The salt of the split hash (rule 1).
SPLIT_SALT = "vectors25:"
#: The files read of each suite, fixed with the split from the file lists alone.
FILES = {
    IBANNET[0]: tuple(f"test/IbanNet.Tests/{n}.cs" for n in (
        "IbanTestCaseData", "IbanValidatorTests", "IbanParserTests",
        "IbanValidatorIntegrationTests")),
    AUTO_LINKER[0]: ("test/auto_linker_test.exs", "test/parser_test.exs"),
    FLUENTVALIDATION[0]: ("src/FluentValidation.Tests/EmailValidatorTests.cs",
                          "src/FluentValidation.Tests/CreditCardValidatorTests.cs"),
    SWIFTVALIDATORS[0]: ("Example/Tests/ValidatorSpec.swift",),
}  # fmt: skip


def split(repos: list[str], salt: str = SPLIT_SALT) -> tuple[list[str], list[str]]:
    """Rule 1: the suites sorted by the salted sha256 of their name; the first
    ``ceil(n / 2)`` are the development part."""
    return _vectors.salted_halves(repos, salt)


# --- rules 2 and 3: which values are values of the type -----------------------------------

Vec = _vectors.Vec
Case = _vectors4.Case
EMAIL, PHONE, CARD, IBAN, IP, URL = (
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "IBAN_CODE",
    "IP_ADDRESS",
    "URL",
)
DATE = "DATE_TIME"
SENTENCES = _vectors24.SENTENCES
gold_ok = _vectors24.gold_ok
negative_ok = _vectors24.negative_ok
settle = _vectors24.settle

_DQ_STR = r'"((?:[^"\\\n]|\\.)*)"'
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", '"': '"', "'": "'", "\\": "\\"}


def _unescape(body: str) -> str:
    """A C#, Elixir or Swift double-quoted string literal's body as its value (``\\uXXXX``,
    ``\\u{X}`` and the one-letter escapes)."""

    def esc(m: re.Match[str]) -> str:
        code = m.group(1) or m.group(2)
        return chr(int(code, 16)) if code else _ESCAPES.get(m.group(3), m.group(3))

    return re.sub(r"\\(?:u\{([0-9A-Fa-f]+)\}|u([0-9A-Fa-f]{4})|(.))", esc, body)


# --- skwasjer/IbanNet (development) -------------------------------------------------------

IBANNET_REGISTRY = "src/IbanNet/Registry/Swift/SwiftRegistryProvider.cs"
#: Rule 4: a test method's name says whether its rows are refused.
_IBAN_REFUSED = re.compile(r"(?i)invalid|fail|throw|not_validate|illegal")
_IBAN_ACCEPTED = re.compile(r"(?i)should_succeed|should_validate|should_use_structure_validator")


def ibannet_items(src: str, path: str) -> list[Vec]:
    """Rule 4: the first string of each ``[InlineData("...")]`` row, labelled by its test
    method's name (refused when it says invalid, fail, throw, not_validate or illegal;
    accepted when it says should_succeed, should_validate or should_use_structure_validator;
    else out), and each ``const string iban... = "..."`` of a method that accepts it."""
    out: list[Vec] = []
    for m in re.finditer(r"((?:\s*\[(?:InlineData|Theory|Fact)[^\n]*\]\s*)+)\s*public void (\w+)\(",
                         src):  # fmt: skip
        rows, name = m.group(1), m.group(2)
        valid = (False if _IBAN_REFUSED.search(name)
                 else True if _IBAN_ACCEPTED.search(name) else None)  # fmt: skip
        if valid is None:
            continue
        out += [(IBAN, _unescape(v), valid, name, path)
                for v in re.findall(r"\[InlineData\(" + _DQ_STR, rows)]  # fmt: skip
    for m in re.finditer(r"public void (\w+)\(\)\s*\{\s*const string iban\w* = " + _DQ_STR, src):
        if _IBAN_ACCEPTED.search(m.group(1)) and not _IBAN_REFUSED.search(m.group(1)):
            out.append((IBAN, _unescape(m.group(2)), True, m.group(1), path))
    return out


def ibannet_registry(src: str) -> list[Vec]:
    """Rule 5: ``GetValidIbanPerCountry`` validates each country's ``Iban`` example of the
    default registry (valid); ``GetInvalidIbanPerCountry`` appends ``X`` to it (no negative:
    the valid number stays inside)."""
    return [(IBAN, v, True, "GetValidIbanPerCountry", IBANNET_REGISTRY)
            for v in re.findall(r"Iban = new PatternDescriptor\([^\n]*\)\s*\{\s*Example = "
                                + _DQ_STR, src)]  # fmt: skip


# --- smpallen99/auto_linker (development) -------------------------------------------------

AUTO_LINKER_TEST, AUTO_LINKER_PARSER = FILES[AUTO_LINKER[0]]
#: Rule 6: the parser test's lists and their labels.
AUTO_LINKER_LISTS = {"valid_scheme_urls": (URL, True), "invalid_scheme_urls": (URL, False),
                     "valid_non_scheme_urls": (URL, True), "invalid_non_scheme_urls": (URL, False),
                     "valid_phone_nunbers": (PHONE, True),
                     "invalid_phone_numbers": (PHONE, False)}  # fmt: skip
_ANCHOR = re.compile(
    r'<a href=\\?"#\\?" class=\\?"phone-number\\?" data-phone=\\?"\d+\\?">(.*?)</a>'
)


def auto_linker_items(parser_src: str, link_src: str) -> tuple[list[Vec], list[Case]]:
    """Rules 6 and 7: the parser test's lists (``def NAME, do: [...]``) labelled by their
    name; the ``valid = [...]`` list of phone numbers the linker links alone (valid); each
    ``AutoLinker.link("TEXT", phone: true...)`` whose expected text is written out: a case,
    its gold spans the texts of the phone-number anchors where they occur in order."""
    vecs: list[Vec] = []
    for name, (etype, valid) in AUTO_LINKER_LISTS.items():
        m = re.search(rf"def {name},\s*do: \[(.*?)\n\s*\]", parser_src, re.DOTALL)
        assert m, name
        vecs += [(etype, _unescape(v), valid, name, AUTO_LINKER_PARSER)
                 for v in re.findall(_DQ_STR, m.group(1))]  # fmt: skip
    m = re.search(r"valid = \[(.*?)\n\s*\]", link_src, re.DOTALL)
    assert m
    vecs += [(PHONE, _unescape(v), True, "link", AUTO_LINKER_TEST)
             for v in re.findall(_DQ_STR, m.group(1))]  # fmt: skip
    cases: list[Case] = []
    for test in re.split(r'\n\s*test "', link_src)[1:]:
        name = test.split('"', 1)[0]
        if "phone: true" not in test:
            continue
        head = re.search(r"text = " + _DQ_STR + r"\s", test)
        for block in re.split(r"\n\s*assert ", test)[1:]:
            lit = re.match(r"AutoLinker\.link\(" + _DQ_STR + r",\s*phone: true", block)
            if not lit and not (
                head
                and block.startswith("AutoLinker.link(text,")
                and "phone: true" in block.split("==", 1)[0]
            ):
                continue
            text = _unescape((lit or head).group(1))  # type: ignore[union-attr]
            spans: list[tuple[int, int]] = []
            at = 0
            want = block.split("==", 1)[-1]
            if want.split()[:1] == ["expected"]:
                want = test.split("assert ", 1)[0]
            for anchor in _ANCHOR.finditer(want):
                shown = _unescape(anchor.group(1))
                start = text.find(shown, at)
                if start < 0:
                    continue
                at = start + len(shown)
                if gold_ok(PHONE, shown):
                    spans.append((start, at))
            if spans:
                cases.append((PHONE, text, spans, name, AUTO_LINKER_TEST))
    return vecs, cases


# --- FluentValidation/FluentValidation (held out) -----------------------------------------

FV_EMAIL, FV_CARD = FILES[FLUENTVALIDATION[0]]


def fluentvalidation_items(email_src: str, card_src: str) -> list[Vec]:
    """Rule 8: the string of each ``[InlineData("...")]`` row of an e-mail test method,
    valid when the method's name starts ``Valid_``, invalid when it starts ``Invalid_`` or
    ``Fails_``; each ``CreditCard = "..."`` whose line asserts ``IsValid.ShouldBeTrue()``
    (valid) or ``ShouldBeFalse()`` (invalid)."""
    out: list[Vec] = []
    for m in re.finditer(r"((?:\s*\[(?:InlineData|Theory|Fact)[^\n]*\]\s*)+)\s*public void (\w+)\(",
                         email_src):  # fmt: skip
        name = m.group(2)
        valid = (True if name.startswith("Valid_")
                 else False if name.startswith(("Invalid_", "Fails_")) else None)  # fmt: skip
        if valid is None:
            continue
        out += [(EMAIL, _unescape(v), valid, name, FV_EMAIL)
                for v in re.findall(r"\[InlineData\(" + _DQ_STR, m.group(1))]  # fmt: skip
    for m in re.finditer(r"CreditCard = " + _DQ_STR + r"[^\n]*IsValid\.ShouldBe(True|False)\(",
                         card_src):  # fmt: skip
        out.append((CARD, _unescape(m.group(1)), m.group(2) == "True", "CreditCard", FV_CARD))
    return out


# --- gkaimakas/SwiftValidators (held out) -------------------------------------------------

(SWIFT_SPEC,) = FILES[SWIFTVALIDATORS[0]]
#: Rule 9: the checks of the claimed types (a test case whose validator is this one call).
SWIFT_CHECKS = {"isCreditCard": CARD, "isDate": DATE, "isEmail": EMAIL, "isIP": IP,
                "isIPv4": IP, "isIPv6": IP, "isPhone": PHONE, "isURL": URL}  # fmt: skip


def swift_items(src: str) -> list[Vec]:
    """Rule 9: each ``TestCase(...)`` whose ``validator:`` is one call of a claimed type's
    check: the string literals of its ``valid: [...]`` list (valid) and of its
    ``invalid: [...]`` list (invalid)."""
    out: list[Vec] = []
    for case in re.split(r"\bTestCase\(", src)[1:]:
        m = re.search(r"validator: Validator\.(\w+)\([^()]*\),\s*valid: \[(.*?)\]\s*,\s*"
                      r"invalid: \[(.*?)\]", case, re.DOTALL)  # fmt: skip
        if not m or m.group(1) not in SWIFT_CHECKS:
            continue
        etype = SWIFT_CHECKS[m.group(1)]
        for body, valid in ((m.group(2), True), (m.group(3), False)):
            out += [(etype, _unescape(v), valid, m.group(1), SWIFT_SPEC)
                    for v in re.findall(_DQ_STR, body)]  # fmt: skip
    return out


# --- records ----------------------------------------------------------------------------


def main(argv: list[str]) -> None:
    ibannet, auto_linker, fluent, swift = argv
    assert split([r[0] for r in SUITES]) == ([IBANNET[0], AUTO_LINKER[0]],
                                             [FLUENTVALIDATION[0], SWIFTVALIDATORS[0]])  # fmt: skip
    # The held-out readers run first (the split was fixed before either part was extracted).
    fv = fluentvalidation_items(*(git_show(fluent, FLUENTVALIDATION[1], p)
                                  for p in FILES[FLUENTVALIDATION[0]]))  # fmt: skip
    sw = swift_items(git_show(swift, SWIFTVALIDATORS[1], SWIFT_SPEC))
    iban: list[Vec] = ibannet_registry(git_show(ibannet, IBANNET[1], IBANNET_REGISTRY))
    for path in FILES[IBANNET[0]]:
        iban += ibannet_items(git_show(ibannet, IBANNET[1], path), path)
    al_vecs, al_cases = auto_linker_items(
        git_show(auto_linker, AUTO_LINKER[1], AUTO_LINKER_PARSER),
        git_show(auto_linker, AUTO_LINKER[1], AUTO_LINKER_TEST),
    )
    dev: list[dict[str, Any]] = []
    for repo, vecs in ((IBANNET, iban), (AUTO_LINKER, al_vecs)):
        dev += _vectors.records("dev25", repo, settle(vecs), sentences=SENTENCES)
    dev += _vectors4.case_records("dev25", AUTO_LINKER, al_cases)
    seen = earlier_dev_keys("vectors25_dev.jsonl")
    seen |= {_key(r["type"], r["text"][slice(*r["value_span"])]) for r in dev if r["valid"]}
    seen |= {_key(r["type"], r["text"]) for r in dev}
    hold: list[dict[str, Any]] = []
    for repo, vecs in ((FLUENTVALIDATION, fv), (SWIFTVALIDATORS, sw)):
        new = [v for v in settle(vecs) if _key(v[0], v[1]) not in seen]
        hold += _vectors.records("holdout25", repo, new, sentences=SENTENCES)
    _vectors.write_parts((("vectors25_dev.jsonl", _vectors24._numbered(dev)),
                          ("vectors25_holdout.jsonl", _vectors24._numbered(hold))))  # fmt: skip


if __name__ == "__main__":
    main(sys.argv[1:])

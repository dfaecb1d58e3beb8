"""Build ``benchmarks/data/vectors26_{dev,holdout}.jsonl``: a form-validation library (JS), a PII
sanitizer (Go), an e-mail address library (Ruby) and a card-number sanitizer (Java) test them.

Usage (git directories at the pinned commits; only ``git show`` is read)::

    python -m benchmarks.corpus._vectors26 VUELIDATE_GIT GO_PII_SANITIZER_GIT \
        EMAIL_ADDRESS_GIT CARD_SANITIZER_GIT

The split is by source suite and was fixed before extraction (2026-12-07, 03:41 UTC) by a
hash: the four suites sorted by ``sha256("vectors26:" + owner/name)``; the first two
(``ceil(4 / 2)``) are the development part (vuelidate/vuelidate, vsemashko/go-pii-sanitizer),
the last two the held-out part (afair/email_address, chrislmy/credit-card-sanitizer). Before
the hash was computed only the file lists and licence files of the four repositories had been
read. The rules are written in ``benchmarks/corpus/README.md`` ("Twenty-sixth vector set") and
as code below. This file shares no code with privkit.
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any

from benchmarks.corpus import _vectors, _vectors4, _vectors24, _vectors25
from benchmarks.corpus._git import git_show
from benchmarks.corpus._vectors17 import _key, earlier_dev_keys

VUELIDATE = ("vuelidate/vuelidate", "08aa51495a4590c17d407a56cbbada9cf370c5d7", "MIT")
GO_PII = ("vsemashko/go-pii-sanitizer", "8c74e11515fb7b9be9e1154a4304f73d079daefe", "MIT")
EMAIL_ADDRESS = ("afair/email_address", "7312aeb553073c320051d9b50ec196aa6ee3ba7b", "MIT")
CARD_SANITIZER = ("chrislmy/credit-card-sanitizer", "37e95d5ed0f2b35129492780de9a15da7ede30f2",
                  "MIT")  # fmt: skip
SUITES = (VUELIDATE, GO_PII, EMAIL_ADDRESS, CARD_SANITIZER)
#: The salt of the split hash (rule 1).
SPLIT_SALT = "vectors26:"
#: The files read of each suite, fixed with the split from the file lists alone.
FILES = {
    VUELIDATE[0]: tuple(f"packages/validators/src/raw/__tests__/{n}.spec.js"
                        for n in ("email", "ipAddress", "macAddress", "url")),
    GO_PII[0]: tuple(f"sanitizer/{n}_test.go" for n in ("sanitizer", "edgecase", "matcher_edge")),
    EMAIL_ADDRESS[0]: ("test/email_address/test_address.rb", "test/email_address/test_local.rb",
                       "test/email_address/test_host.rb", "test/test_email_address.rb"),
    CARD_SANITIZER[0]: (
        "core/src/test/java/com/github/chrislmy/cardsanitizer/core/CardNumberSanitizerTest.java",
        "core/src/test/java/com/github/chrislmy/cardsanitizer/validators/LuhnValidatorTest.java",
        "core/src/test/resources/samples/text-with-numbers.txt",
        "core/src/test/resources/samples/text-without-numbers.txt"),
}  # fmt: skip


def split(repos: list[str], salt: str = SPLIT_SALT) -> tuple[list[str], list[str]]:
    """Rule 1: the suites sorted by the salted sha256 of their name; the first
    ``ceil(n / 2)`` are the development part."""
    return _vectors.salted_halves(repos, salt)


# --- rules 2 and 3: which values are values of the type -----------------------------------

Vec = _vectors.Vec
Case = _vectors4.Case
EMAIL, PHONE, CARD, IBAN, IP, URL = _vectors25.EMAIL, _vectors25.PHONE, _vectors25.CARD, \
    _vectors25.IBAN, _vectors25.IP, _vectors25.URL  # fmt: skip
MAC = "MAC_ADDRESS"
SENTENCES = _vectors24.SENTENCES
gold_ok = _vectors24.gold_ok
_unescape = _vectors25._unescape
_DQ_STR = _vectors25._DQ_STR
_SQ_STR = r"'((?:[^'\\\n]|\\.)*)'"


def _tokens(text: str) -> list[tuple[str, int, int]]:
    """White-space separated tokens of a text with their spans, without the punctuation that
    closes a clause (``.,;:!?)``) or opens one (``(``)."""
    out = []
    for m in re.finditer(r"\S+", text):
        tok, start = m.group(), m.start()
        core = tok.lstrip("(")
        start += len(tok) - len(core)
        core = core.rstrip(".,;:!?)")
        if core:
            out.append((core, start, start + len(core)))
    return out


_PHONE_TOKEN = re.compile(r"\+?\d[\d-]*\d")
_EMAIL_ALONE = re.compile(r'(?:"[^"\n]*"|[^\s@"]+)@[^\s@]+\.[^\s@.]+')


def alone(etype: str, value: str) -> bool:
    """Rule 2, and an e-mail address written as one value: a local part (quoted, or without
    white space, at sign or quote), an at sign and a host holding a dot, nothing around."""
    return gold_ok(etype, value) and (etype != EMAIL or bool(_EMAIL_ALONE.fullmatch(value)))


def settle(vecs: list[Vec]) -> list[Vec]:
    """Rules 2 and 3 (the twenty-fourth set's), and: a refused value whose white space
    stripped is a value the same source accepts is no negative (refused for the white space
    around it)."""
    kept = _vectors24.settle(vecs)
    gold = {(t, x) for t, x, ok, _c, _p in kept if ok}
    return [v for v in kept if v[2] or (v[0], v[1].strip()) not in gold]


def token_spans(etype: str, text: str) -> list[tuple[int, int]]:
    """Rule 6: the spans of a case's values of one type: the tokens (:func:`_tokens`) that are
    values of the type by rule 2; a phone number a token of digits and hyphens, with an
    optional leading plus sign; an e-mail address a token holding an at sign."""
    out = []
    for tok, start, end in _tokens(text):
        if etype == PHONE and not _PHONE_TOKEN.fullmatch(tok):
            continue
        if etype == EMAIL and "@" not in tok:
            continue
        if etype in (PHONE, EMAIL) and alone(etype, tok):
            out.append((start, end))
    return out


# --- vuelidate/vuelidate (development) ----------------------------------------------------

VUELIDATE_CHECKS = {"email": EMAIL, "ipAddress": IP, "macAddress": MAC, "url": URL}


def vuelidate_items(src: str, path: str) -> list[Vec]:
    """Rules 4 and 5: ``expect(email('...')).toBe(true|false)``, ``ipAddress(...)`` the same,
    ``macAddress()('...')`` (the default separator; a separator passed is out); the ``url``
    test's ``correctUrls`` (valid) and ``incorrectUrls`` (invalid) lists."""
    check = path.rsplit("/", 1)[1].split(".", maxsplit=1)[0]
    etype = VUELIDATE_CHECKS[check]
    call = r"macAddress\(\)\(" if check == "macAddress" else check + r"\("
    out: list[Vec] = [
        (etype, _unescape(m.group(1)), m.group(2) == "true", check, path)
        for m in re.finditer(r"expect\(" + call + _SQ_STR + r"\)\)\.toBe\((true|false)\)", src)
    ]
    for name, valid in (("correctUrls", True), ("incorrectUrls", False)):
        m = re.search(rf"const {name} = \[(.*?)\n\s*\]", src, re.DOTALL)
        if m:
            out += [(etype, _unescape(v), valid, name, path)
                    for v in re.findall(_SQ_STR, m.group(1))]  # fmt: skip
    return out


# --- vsemashko/go-pii-sanitizer (development) ---------------------------------------------

#: Rule 6: a test row's name that names a claimed type.
GO_PII_NAMES = ((re.compile(r"(?i)phone"), PHONE), (re.compile(r"(?i)e-?mail"), EMAIL),
                (re.compile(r"(?i)credit card"), CARD), (re.compile(r"IBAN"), IBAN))  # fmt: skip
_GO_ROW = re.compile(r"\{\s*name:\s*" + _DQ_STR + r",\s*(?:fieldName:\s*" + _DQ_STR
                     + r",\s*)?value:\s*" + _DQ_STR + r",\s*shouldMask:\s*(true|false),?\s*\}")  # fmt: skip


def _go(body: str) -> str:
    return str(json.loads(f'"{body}"'))


def _value_or_case(etype: str, value: str, check: str, path: str) -> tuple[list[Vec], list[Case]]:
    """A redacted value of a type: the value when it is one by rule 2, else a case whose gold
    spans are its tokens of the type (rule 6), when it has any."""
    if alone(etype, value):
        return [(etype, value, True, check, path)], []
    spans = token_spans(etype, value)
    return [], [(etype, value, spans, check, path)] if spans else []


def go_pii_items(src: str, path: str) -> tuple[list[Vec], list[Case]]:
    """Rule 6: the rows ``{name, [fieldName,] value, shouldMask}`` whose name names a claimed
    type; the rows of ``TestPhoneNumberVariations`` (``{region, phone}``, each redacted); the
    ``text := "..."`` a test redacts whole and the ``content`` rows of
    ``TestContentMatcher_MultipleMatchesWithValidator`` (cases, their e-mail and phone
    tokens); any other literal that is an e-mail address by rule 2 (valid)."""
    vecs: list[Vec] = []
    cases: list[Case] = []
    for m in _GO_ROW.finditer(src):
        name, value, mask = m.group(1), _go(m.group(3)), m.group(4) == "true"
        for pattern, etype in GO_PII_NAMES:
            if not pattern.search(name):
                continue
            if not mask:
                vecs.append((etype, value, False, name, path))
                continue
            v, c = _value_or_case(etype, value, name, path)
            vecs += v
            cases += c
    m = re.search(r"func TestPhoneNumberVariations\(.*?\n\}", src, re.DOTALL)
    if m:
        vecs += [(PHONE, _go(p), True, "TestPhoneNumberVariations", path)
                 for _r, p in re.findall(r"\{" + _DQ_STR + r", " + _DQ_STR + r"\}", m.group())]  # fmt: skip
    texts = [_go(t) for t in re.findall(r"\n\s*text := " + _DQ_STR + r"\n", src)]
    m = re.search(r"func TestContentMatcher_MultipleMatchesWithValidator\(.*?\n\}", src, re.DOTALL)
    if m:
        texts += [_go(c) for c, r in re.findall(r"content:\s*" + _DQ_STR
                                                + r",\s*shouldRedact:\s*(true)", m.group())]  # fmt: skip
    for text in texts:
        for etype in (EMAIL, PHONE):
            spans = token_spans(etype, text)
            if spans:
                cases.append((etype, text, spans, "text", path))
    vecs += [(EMAIL, _go(v), True, "literal", path) for v in re.findall(_DQ_STR, src)
             if alone(EMAIL, _go(v))]  # fmt: skip
    return vecs, cases


# --- afair/email_address (held out) -------------------------------------------------------

#: Rule 7: options that loosen the address format (a valid row with one is out).
_LOOSENING = re.compile(r"local_format|local_encoding|host_local|host_fqdn|host_remove_spaces"
                        r"|host_allow_ip|local_fix")  # fmt: skip
#: Rule 7: options under which a refusal is the syntax's, not a mail-server lookup's.
_SYNTAX_ONLY = re.compile(r"host_validation: :syntax|dns_lookup: :off")
_RB_ASSERT = re.compile(
    r"^\s*(assert_equal true,|assert_equal false,|assert !|refute|assert)\s*\(?\s*"
    r"EmailAddress(?:\.valid\?\s*\(?\s*" + _DQ_STR + r"([^\n]*)"
    r"|\.new\(" + _DQ_STR + r"([^\n]*?)\)\.valid\?([^\n]*))$", re.MULTILINE)  # fmt: skip
_RB_REGEX = re.compile(r"^\s*(assert_nil|assert) " + _DQ_STR
                       + r"\.match\(?\s*EmailAddress::Address::(CONVENTIONAL|STANDARD)_REGEX",
                       re.MULTILINE)  # fmt: skip


def email_address_items(src: str, path: str) -> list[Vec]:
    """Rule 7: ``EmailAddress.valid?("...", opts)`` and ``EmailAddress.new("...",
    opts).valid?`` under ``assert``/``assert_equal true,`` (valid, unless an option loosens
    the format) or ``assert !``/``refute``/``assert_equal false,`` (invalid, only when an
    option turns the mail-server lookup off: a default refusal may be the lookup's); the
    ``%w[...]`` lists checked by ``valid?(address, host_validation: :syntax)`` (valid); a
    literal matched against the conventional or standard address expression (``assert``
    valid, ``assert_nil`` invalid). ``assert true, ...`` asserts nothing and is out."""
    out: list[Vec] = []
    for m in _RB_ASSERT.finditer(src):
        how = m.group(1)
        value = m.group(2) if m.group(2) is not None else m.group(4)
        opts = (m.group(3) or "") + (m.group(5) or "") + (m.group(6) or "")
        if how.startswith("assert_equal true") or how == "assert":
            if not _LOOSENING.search(opts):
                out.append((EMAIL, _unescape(value), True, "valid?", path))
        elif _SYNTAX_ONLY.search(opts) and not _LOOSENING.search(opts):
            out.append((EMAIL, _unescape(value), False, "valid?", path))
    for m in re.finditer(r"%w\[([^\]]*)\]\.each do \|(\w+)\|\s*\n\s*assert EmailAddress\.valid\?"
                         r"\(\2, host_validation: :syntax\)", src):  # fmt: skip
        out += [(EMAIL, v, True, "valid?", path) for v in m.group(1).split()]
    for m in _RB_REGEX.finditer(src):
        out.append((EMAIL, _unescape(m.group(2)), m.group(1) == "assert", m.group(3), path))
    return out


# --- chrislmy/credit-card-sanitizer (held out) --------------------------------------------

CARD_TEST, LUHN_TEST, CARD_TEXT, _CARD_TEXT_WITHOUT = FILES[CARD_SANITIZER[0]]
_CARD_WRITTEN = re.compile(
    r"\d{4}(?:(?: - |[ -]?)\d{4}){3}|\d{4}(?: - |[ -]?)\d{6}(?: - |[ -]?)\d{5}"
)


def _java_concat(expr: str) -> str:
    """A Java expression of string literals joined by ``+``, as its value."""
    return "".join(_unescape(b) for b in re.findall(_DQ_STR, expr))


def card_items(test_src: str, luhn_src: str, text: str) -> tuple[list[Vec], list[Case]]:
    """Rule 8: the ``cardNumbers`` array (valid; the tests find them); each ``@ValueSource``
    list of the Luhn test, valid under a method asserting ``isTrue()``, invalid under one
    asserting ``isFalse()``; each test's ``input`` whose ``expectedOutput`` is the input with
    the card numbers written as text writes them (:data:`_CARD_WRITTEN`) replaced, in order,
    by the asserted masked payloads: a case, its gold spans those numbers; each line of the
    sample text holding a ``${...-N}`` placeholder, with the test's ``cardNumbers[N]`` put in
    (the test's ``injectCardNumbersToInput``): a case, its gold spans the numbers put in.
    The Java files' line ends (CR LF) are read as LF."""
    test_src, luhn_src = test_src.replace("\r\n", "\n"), luhn_src.replace("\r\n", "\n")
    vecs: list[Vec] = []
    cases: list[Case] = []
    m = re.search(r"String\[\] cardNumbers = \{(.*?)\};", test_src, re.DOTALL)
    numbers = [_unescape(v) for v in re.findall(_DQ_STR, m.group(1))] if m else []
    vecs += [(CARD, v, True, "cardNumbers", CARD_TEST) for v in numbers]
    for m in re.finditer(r"@ValueSource\(strings = \{(.*?)\}\)\s*void (\w+)\(.*?\)\s*\{(.*?)\n  \}",
                         luhn_src, re.DOTALL):  # fmt: skip
        verdict = re.search(r"isValid\([^)]*\)\)\.is(True|False)\(\)", m.group(3))
        if verdict:
            vecs += [(CARD, _unescape(v), verdict.group(1) == "True", m.group(2), LUHN_TEST)
                     for v in re.findall(_DQ_STR, m.group(1))]  # fmt: skip
    for test in re.split(r"\n  @Test\n", test_src)[1:]:
        inp = re.search(r"String input = ((?:\s*\+?\s*" + _DQ_STR + r")+);", test)
        exp = re.search(r"String expectedOutput = ((?:\s*\+?\s*" + _DQ_STR + r")+);", test)
        if not inp or not exp:
            continue
        text_in, text_out = _java_concat(inp.group(1)), _java_concat(exp.group(1))
        payloads = [_unescape(p) for p in re.findall(r"\.maskedPayload\(\)\)\.isEqualTo\("
                                                     + _DQ_STR, test)]  # fmt: skip
        found = list(_CARD_WRITTEN.finditer(text_in))
        if len(found) != len(payloads):
            continue
        rebuilt, at = "", 0
        for f, p in zip(found, payloads, strict=True):
            rebuilt += text_in[at : f.start()] + p
            at = f.end()
        if rebuilt + text_in[at:] == text_out:
            cases.append((CARD, text_in, [f.span() for f in found], "deepSanitize", CARD_TEST))
    for line in text.splitlines():
        spans: list[tuple[int, int]] = []
        out_line = ""
        at = 0
        for p in re.finditer(r"\$\{[a-z]+-(\d+)\}", line):
            out_line += line[at : p.start()]
            number = numbers[int(p.group(1))]
            spans.append((len(out_line), len(out_line) + len(number)))
            out_line += number
            at = p.end()
        if spans:
            cases.append((CARD, out_line + line[at:], spans, "injectCardNumbersToInput", CARD_TEXT))
    return vecs, cases


# --- records ----------------------------------------------------------------------------


def main(argv: list[str]) -> None:
    vuelidate, go_pii, email_address, card_sanitizer = argv
    assert split([r[0] for r in SUITES]) == ([VUELIDATE[0], GO_PII[0]],
                                             [EMAIL_ADDRESS[0], CARD_SANITIZER[0]])  # fmt: skip
    # The held-out readers run first (the split was fixed before either part was extracted).
    ea: list[Vec] = []
    for path in FILES[EMAIL_ADDRESS[0]]:
        ea += email_address_items(git_show(email_address, EMAIL_ADDRESS[1], path), path)
    card_vecs, card_cases = card_items(
        *(git_show(card_sanitizer, CARD_SANITIZER[1], p) for p in FILES[CARD_SANITIZER[0]][:3])
    )
    vue: list[Vec] = []
    for path in FILES[VUELIDATE[0]]:
        vue += vuelidate_items(git_show(vuelidate, VUELIDATE[1], path), path)
    pii: list[Vec] = []
    pii_cases: list[Case] = []
    for path in FILES[GO_PII[0]]:
        v, c = go_pii_items(git_show(go_pii, GO_PII[1], path), path)
        pii += v
        pii_cases += c
    dev: list[dict[str, Any]] = []
    for repo, vecs in ((VUELIDATE, vue), (GO_PII, pii)):
        dev += _vectors.records("dev26", repo, settle(vecs), sentences=SENTENCES)
    dev += _vectors4.case_records("dev26", GO_PII, pii_cases)
    seen = earlier_dev_keys("vectors26_dev.jsonl")
    seen |= {_key(r["type"], r["text"][slice(*r["value_span"])]) for r in dev if r["valid"]}
    seen |= {_key(r["type"], r["text"]) for r in dev}
    hold: list[dict[str, Any]] = []
    for repo, vecs in ((EMAIL_ADDRESS, ea), (CARD_SANITIZER, card_vecs)):
        new = [v for v in settle(vecs) if _key(v[0], v[1]) not in seen]
        hold += _vectors.records("holdout26", repo, new, sentences=SENTENCES)
    new_cases = [c for c in card_cases
                 if any(_key(c[0], c[1][s:e]) not in seen for s, e in c[2])]  # fmt: skip
    hold += _vectors4.case_records("holdout26", CARD_SANITIZER, new_cases)
    _vectors.write_parts((("vectors26_dev.jsonl", _vectors24._numbered(dev)),
                          ("vectors26_holdout.jsonl", _vectors24._numbered(hold))))  # fmt: skip


if __name__ == "__main__":
    main(sys.argv[1:])

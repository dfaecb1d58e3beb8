"""Build ``benchmarks/data/vectors28_{dev,holdout}.jsonl``: personal values inside running text,
log messages and JSON strings as a log library's redaction package (TypeScript), a PII obscurer
(Go), a DLP scanner (Rust), a DLP engine (Go) and a logback masking layout (Clojure) test them.

Usage (git directories at the pinned commits; only ``git show`` is read)::

    python -m benchmarks.corpus._vectors28 LOGTAPE_GIT GOPII_GIT DLPSCAN_GIT GODLP_GIT \
        MEDIQUEST_GIT

The split is by source suite and was fixed before extraction (2026-12-07, 05:59 UTC) by a
hash: the five suites sorted by ``sha256("vectors28:" + owner/name)``; the first three
(``ceil(5 / 2)``) are the development part, the last two the held-out part (named in
``benchmarks/corpus/README.md``, "Twenty-eighth vector set"). Before the hash was computed only
the file lists and licence files of the five repositories had been read; the files read of
each (:data:`FILES`) were fixed with the split from their names alone. This file shares no
code with privkit.
"""

from __future__ import annotations

import ipaddress
import json
import re
import sys
from typing import Any

from benchmarks.corpus import _vectors, _vectors4, _vectors24, _vectors25, _vectors26
from benchmarks.corpus._git import git_show
from benchmarks.corpus._vectors17 import _key, earlier_dev_keys

LOGTAPE = ("dahlia/logtape", "37602dc668e8a2baa1562ab7938de61bca065c40", "MIT")
GOPII = ("blizzy78/gopii", "9ccab8e98972fc96b6f2990a8acc6e47408c0851", "MIT")
DLPSCAN = ("oxide11/dlpscan-rs", "a7f2fb94dfad9fd8a56c2689f22e78e159121fc3", "MIT")
GODLP = ("bytedance/godlp", "d0fd679ebc81c22968a7b800970fc71683decdd7", "MIT")
MEDIQUEST = ("mediquest-nl/logback-masking-pattern-layouts",
             "59b14532c23424f7bc4321697100c151a0313924", "MIT")  # fmt: skip
SUITES = (LOGTAPE, GOPII, DLPSCAN, GODLP, MEDIQUEST)
#: The salt of the split hash (rule 1).
SPLIT_SALT = "vectors28:"
_POS = "tests/corpus/positives/"
#: The files read of each suite, fixed with the split from the file lists alone.
FILES = {
    LOGTAPE[0]: ("packages/redaction/src/pattern.test.ts",),
    GOPII[0]: tuple(f"{n}_test.go" for n in ("string", "obscure", "example", "example_slog",
                                               "slog")),
    DLPSCAN[0]: ("tests/corpus/labels.jsonl",
                 *(_POS + n for n in ("pci/mastercard_with_context.txt",
                                      "pci/multi_card_invoice.txt", "pci/visa_with_expiry.txt",
                                      "pii/email_and_phone.txt",
                                      "pii/public_network_addresses.txt", "pii/ssn_bare.txt",
                                      "pii/ssn_tax_form.txt", "pii/ssn_with_context.txt",
                                      "financial/iban_germany.txt")),
                 "tests/integration_test.rs", "tests/detection_quality.rs"),
    GODLP[0]: ("sdk_test.go", "bench_test.go", "test/rule_test.yml", "testcases/test_1k.txt",
               "testcases/test_json_1k.txt"),
    MEDIQUEST[0]: ("test/nl/mediquest/logback/util_test.clj",),
}  # fmt: skip


def split(repos: list[str], salt: str = SPLIT_SALT) -> tuple[list[str], list[str]]:
    """Rule 1: the suites sorted by the salted sha256 of their name; the first
    ``ceil(n / 2)`` are the development part."""
    return _vectors.salted_halves(repos, salt)


# --- rules 2 and 3: which values are values of the type -----------------------------------

Vec = _vectors.Vec
Case = _vectors4.Case
EMAIL, PHONE, CARD, IBAN, IP = "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", \
    "IP_ADDRESS"  # fmt: skip
SSN = "US_SSN"
SENTENCES = _vectors24.SENTENCES
gold_ok = _vectors24.gold_ok
alone = _vectors26.alone
settle = _vectors26.settle
_DQ_STR = r'"((?:[^"\\\n]|\\.)*)"'


def _js(body: str) -> str:
    """A JavaScript (or Clojure) double-quoted string literal's body as its value."""
    return _vectors25._unescape(body)


def _rust(body: str) -> str:
    """A Rust string literal's body as its value (``\\u{X}``, ``\\xNN`` and one-letter
    escapes)."""
    esc = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", '"': '"', "'": "'", "\\": "\\"}

    def one(m: re.Match[str]) -> str:
        if m.group(1):
            return chr(int(m.group(1), 16))
        if m.group(2):
            return chr(int(m.group(2), 16))
        return esc.get(m.group(3), m.group(3))

    return re.sub(r"\\(?:u\{([0-9A-Fa-f]+)\}|x([0-9A-Fa-f]{2})|(.))", one, body)


def _extend(text: str, start: int, end: int) -> tuple[int, int]:
    """Rule 4: a replaced part extended over the ASCII letters and digits that touch it (the
    part of a value a mask keeps, such as the last four digits)."""
    while start > 0 and text[start - 1].isascii() and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isascii() and text[end].isalnum():
        end += 1
    return start, end


def replaced_spans(
    text: str, out: str, tokens: dict[str, str | None]
) -> list[tuple[str, int, int]]:
    """Rule 4: the parts of ``text`` that ``out`` writes as one of ``tokens`` (a replacement
    string naming a type, or ``None`` for a replacement of no claimed type), typed, in order;
    empty when ``out`` is not ``text`` with parts replaced by tokens."""
    names = sorted(tokens, key=len, reverse=True)
    split = re.split("(" + "|".join(re.escape(t) for t in names) + ")", out)
    pattern, kinds = "", []
    for i, piece in enumerate(split):
        if i % 2:
            pattern += "(.+?)"
            kinds.append(tokens[piece])
        else:
            pattern += re.escape(piece)
    m = re.fullmatch(pattern, text, re.DOTALL)
    if not m or not kinds:
        return []
    return [(k, *_extend(text, *m.span(g + 1))) for g, k in enumerate(kinds) if k is not None]


def _case(text: str, typed: list[tuple[str, int, int]], check: str, path: str) -> list[Case]:
    """One case per type of the typed spans that pass rule 2 (a span failing it is dropped)."""
    out: list[Case] = []
    for etype in dict.fromkeys(t for t, _s, _e in typed):
        spans = [(s, e) for t, s, e in typed if t == etype and gold_ok(t, text[s:e])]
        if spans:
            out.append((etype, text, spans, check, path))
    return out


# --- dahlia/logtape (development) ---------------------------------------------------------

#: Rule 5: the replacement strings of logtape's patterns (KR RRN and JWT are no claimed type).
LOGTAPE_TOKENS: dict[str, str | None] = {
    "REDACTED@EMAIL.ADDRESS": EMAIL, "XXXX-XXXX-XXXX-XXXX": CARD, "XXX-XX-XXXX": SSN,
    "XXXXXX-XXXXXXX": None, "[JWT REDACTED]": None, "[HIDDEN]": None}  # fmt: skip
LOGTAPE_PATTERNS = {"EMAIL_ADDRESS_PATTERN": EMAIL, "CREDIT_CARD_NUMBER_PATTERN": CARD,
                    "US_SSN_PATTERN": SSN}  # fmt: skip
#: Rule 5: object fields and arrays named for a claimed type.
LOGTAPE_FIELDS = {"email": EMAIL, "creditCard": CARD, "ssn": SSN, "phone": PHONE, "cards": CARD}


def logtape_items(src: str, path: str) -> tuple[list[Vec], list[Case]]:
    """Rule 5: each literal ``assert.match("...", pattern)`` under a test whose pattern is a
    claimed type's; each ``"TEXT".replaceAll(pattern, ...)`` asserted equal to a literal, and
    each ``rawMessage`` whose formatter output is asserted (its ``[LEVEL] `` prefix removed):
    cases, their spans the parts the output replaces by a claimed type's replacement; string
    fields named for a type (``email``, ``creditCard``, ``ssn``, ``phone``, the ``cards``
    array), valid; any other literal that is an e-mail address alone (valid)."""
    vecs: list[Vec] = []
    cases: list[Case] = []
    for test in re.split(r"\ntest\(", src)[1:]:
        m = re.search(r"const \{ pattern, replacement \} = (\w+);", test)
        etype = LOGTAPE_PATTERNS.get(m.group(1)) if m else None
        if etype:
            vecs += [(etype, _js(v), True, "assert.match", path)
                     for v in re.findall(r"assert\.match\(" + _DQ_STR + r", pattern\)", test)]  # fmt: skip
        for m in re.finditer(r"assert\.strictEqual\(\s*" + _DQ_STR + r"\.replaceAll\(\s*pattern,"
                             r"\s*replacement as string,?\s*\),\s*" + _DQ_STR, test):  # fmt: skip
            text, out = _js(m.group(1)), _js(m.group(2))
            cases += _case(text, replaced_spans(text, out, LOGTAPE_TOKENS), "replaceAll", path)
        for block in re.split(r"\n  \{ //", test):
            raw = re.search(r"rawMessage:\s*" + _DQ_STR, block)
            out = re.search(r"assert\.strictEqual\(\s*output,\s*" + _DQ_STR, block)
            if raw and out:
                text, want = _js(raw.group(1)), re.sub(r"^\[[A-Z]+\] ", "", _js(out.group(1)))
                cases += _case(text, replaced_spans(text, want, LOGTAPE_TOKENS), "redactByPattern",
                               path)  # fmt: skip
    for name, etype in LOGTAPE_FIELDS.items():
        for m in re.finditer(rf"\b{name}: (?:{_DQ_STR}|\[([^\]]*)\])", src):
            values = [m.group(1)] if m.group(1) is not None else re.findall(_DQ_STR, m.group(2))
            vecs += [(etype, _js(v), True, name, path) for v in values
                     if gold_ok(etype, _js(v))]  # fmt: skip
    vecs += [(EMAIL, _js(v), True, "literal", path) for v in re.findall(_DQ_STR, src)
             if alone(EMAIL, _js(v))]  # fmt: skip
    return vecs, cases


# --- bytedance/godlp (development) --------------------------------------------------------

#: Rule 6: the rule ids of godlp's default configuration that name a claimed type.
GODLP_RULES = {"1": PHONE, "2": EMAIL}


def godlp_items(yml: str, path: str) -> list[Case]:
    """Rule 6: each ``TestList`` item of ``rule_test.yml`` whose ``RuleID`` is a claimed type's
    and whose ``Out`` masks characters of ``In``: a case, its gold span the longest run of ASCII
    letters, digits and ``.@_+-`` of ``In`` holding the masked characters."""
    cases: list[Case] = []
    for m in re.finditer(r"- RuleI[Dd]: (\d+)\n\s+In:\s+(.*)\n\s+Out:\s+(.*)", yml):
        etype = GODLP_RULES.get(m.group(1))
        text, out = m.group(2), m.group(3)
        if not etype or len(text) != len(out) or text == out:
            continue
        diff = [i for i, (a, b) in enumerate(zip(text, out, strict=True)) if a != b]
        start, end = diff[0], diff[-1] + 1
        run = re.compile(r"[A-Za-z0-9.@_+-]")
        while start > 0 and run.match(text[start - 1]):
            start -= 1
        while end < len(text) and run.match(text[end]):
            end += 1
        cases += _case(text, [(etype, start, end)], "rule_test", path)
    return cases


# --- oxide11/dlpscan-rs (held out) --------------------------------------------------------

#: Rule 7: the scanner's sub-categories of claimed types.
DLPSCAN_TYPES = {"USA SSN": SSN, "Visa": CARD, "MasterCard": CARD, "Amex": CARD,
                 "Discover": CARD, "JCB": CARD, "Diners Club": CARD, "UnionPay": CARD,
                 "Email Address": EMAIL, "E.164 Phone Number": PHONE, "US Phone Number": PHONE,
                 "UK Phone Number": PHONE, "IPv4 Address": IP, "IPv6 Address": IP,
                 "IBAN Generic": IBAN}  # fmt: skip
#: Rule 8: where a type's values are looked for in a text the scanner is asserted to flag.
LOCATORS = {
    CARD: re.compile(r"(?<![0-9])[0-9](?:[ -]?[0-9]){11,18}(?![0-9])"),
    SSN: re.compile(r"(?<![0-9])[0-9]{3}([- ]?)[0-9]{2}\1[0-9]{4}(?![0-9])"),
    PHONE: re.compile(r"(?<![0-9+])\+?[0-9(][0-9 ().-]{5,}[0-9]"),
    IBAN: re.compile(r"\b[A-Z]{2}[0-9]{2}(?:[A-Z0-9]{10,30}|(?: [A-Z0-9]{4})+(?: [A-Z0-9]{1,3})?)\b"),
    IP: re.compile(r"[0-9A-Fa-f:.]*[:.][0-9A-Fa-f:.]*"),
}  # fmt: skip


def locate(etype: str, text: str) -> list[tuple[int, int]]:
    """Rule 8: the spans of ``text`` holding a value of ``etype`` by rule 2: an e-mail address a
    white-space token holding an at sign (the twenty-sixth set's tokens), else a match of the
    type's :data:`LOCATORS`."""
    if etype == EMAIL:
        return _vectors26.token_spans(EMAIL, text)
    out = []
    for m in LOCATORS[etype].finditer(text):
        value = m.group().strip(" .")
        start = m.start() + m.group().index(value)
        if etype == IP:
            try:
                ipaddress.ip_address(value)
            except ValueError:
                continue
        if gold_ok(etype, value):
            out.append((start, start + len(value)))
    return out


def dlpscan_labelled(labels: str, texts: dict[str, str], path: str) -> list[Case]:
    """Rule 7: each ``labels.jsonl`` line whose file is read (:data:`FILES`): for each line of
    the file holding an expected value of a claimed type, a case, its gold spans every
    occurrence in that line of the file's expected values of that type (rule 2 applies)."""
    cases: list[Case] = []
    for line in labels.splitlines():
        rec = json.loads(line)
        text = texts.get("tests/corpus/" + rec["path"])
        if text is None or "expected" not in rec:
            continue
        wanted = [(DLPSCAN_TYPES[e["sub_category"]], e["text"]) for e in rec["expected"]
                  if e["sub_category"] in DLPSCAN_TYPES]  # fmt: skip
        for row in text.splitlines():
            typed = [(t, m.start(), m.end()) for t, v in wanted
                     for m in re.finditer(re.escape(v), row)]  # fmt: skip
            cases += _case(row, sorted(typed, key=lambda x: x[1]), "labels.jsonl", path)
    return cases


_RS_ASSERT = re.compile(r"(!?)(?:\w+\.)*\w+\s*\.iter\(\)\s*\.(?:any|find)\(\|m\|\s*m\.sub_category == "
                        + _DQ_STR + r"\)")  # fmt: skip
_RS_TEXT = re.compile(r"(?:scan_text|scan_text_with_config|feed)\(\s*" + _DQ_STR
                      + r"|let (?:text|doc) = " + _DQ_STR + ";")  # fmt: skip


def dlpscan_tests(src: str, path: str) -> list[Case]:
    """Rule 8: in each ``#[test]`` function, every text passed to ``scan_text``,
    ``scan_text_with_config`` or ``feed`` (or bound by ``let text`` / ``let doc``) when the
    function asserts that a finding of a claimed type's sub-category is there (``any`` or
    ``find`` not negated): a case, its gold spans the values of that type :func:`locate`
    finds."""
    cases: list[Case] = []
    for body in re.split(r"\n#\[test\]\n", src)[1:]:
        types = [DLPSCAN_TYPES[_rust(m.group(2))] for m in _RS_ASSERT.finditer(body)
                 if not m.group(1) and _rust(m.group(2)) in DLPSCAN_TYPES]  # fmt: skip
        if not types:
            continue
        for m in _RS_TEXT.finditer(body):
            text = _rust(m.group(1) if m.group(1) is not None else m.group(2))
            for etype in dict.fromkeys(types):
                typed = [(etype, s, e) for s, e in locate(etype, text)]
                cases += _case(text, typed, "scan_text", path)
    return cases


# --- mediquest-nl/logback-masking-pattern-layouts (held out) ------------------------------

#: Rule 9: the placeholders of the layout's default replacements that name a claimed type;
#: ``*****`` (secrets, passwords, BSNs) names none.
MEDIQUEST_TOKENS: dict[str, str | None] = {"<email>": EMAIL, "<iban>": IBAN,
                                           "<creditcard>": CARD, "<telefoon>": PHONE,
                                           "*****": None}  # fmt: skip


def mediquest_items(src: str, path: str) -> list[Case]:
    """Rule 9: each ``expected input`` pair of the ``are`` table (two string literals on a
    line, or on two lines): a case, its spans the parts of the input the expected text
    writes as a placeholder of a claimed type, extended over the letters and digits the
    mask keeps."""
    cases: list[Case] = []
    table = src[src.index("(are ") :]
    lits = [_js(v) for v in re.findall(_DQ_STR, table)]
    lits = lits[lits.index("expected input") + 1 :] if "expected input" in lits else lits
    for want, text in zip(lits[0::2], lits[1::2], strict=False):
        cases += _case(text, replaced_spans(text, want, MEDIQUEST_TOKENS), "scrub", path)
    return cases


# --- records ----------------------------------------------------------------------------


def main(argv: list[str]) -> None:
    logtape, gopii, dlpscan, godlp, mediquest = argv
    assert split([r[0] for r in SUITES]) == ([GOPII[0], LOGTAPE[0], GODLP[0]],
                                             [DLPSCAN[0], MEDIQUEST[0]])  # fmt: skip
    # The held-out readers run first (the split was fixed before either part was extracted).
    files = {p: git_show(dlpscan, DLPSCAN[1], p) for p in FILES[DLPSCAN[0]]}
    labels_path, *texts, test_path, _quality = FILES[DLPSCAN[0]]
    dlp_cases = dlpscan_labelled(files[labels_path], {p: files[p] for p in texts}, labels_path)
    dlp_cases += dlpscan_tests(files[test_path], test_path)
    (mq_path,) = FILES[MEDIQUEST[0]]
    mq_cases = mediquest_items(git_show(mediquest, MEDIQUEST[1], mq_path), mq_path)
    # gopii's tests hold no value of a claimed type (rule 10): its files are read, none kept.
    for p in FILES[GOPII[0]]:
        git_show(gopii, GOPII[1], p)
    (lt_path,) = FILES[LOGTAPE[0]]
    lt_vecs, lt_cases = logtape_items(git_show(logtape, LOGTAPE[1], lt_path), lt_path)
    yml = FILES[GODLP[0]][2]
    gd_cases = godlp_items(git_show(godlp, GODLP[1], yml), yml)
    dev: list[dict[str, Any]] = _vectors.records("dev28", LOGTAPE, settle(lt_vecs),
                                                 sentences=SENTENCES)  # fmt: skip
    dev += _vectors4.case_records("dev28", LOGTAPE, lt_cases)
    dev += _vectors4.case_records("dev28", GODLP, gd_cases)
    seen = earlier_dev_keys("vectors28_dev.jsonl")
    seen |= {_key(r["type"], r["text"][slice(*r["value_span"])]) for r in dev if r["valid"]}
    seen |= {_key(r["type"], r["text"]) for r in dev}
    hold: list[dict[str, Any]] = []
    for repo, cases in ((DLPSCAN, dlp_cases), (MEDIQUEST, mq_cases)):
        new = [c for c in cases if _key(c[0], c[1]) not in seen]  # rule 11
        hold += _vectors4.case_records("holdout28", repo, new)
    _vectors.write_parts((("vectors28_dev.jsonl", _vectors24._numbered(dev)),
                          ("vectors28_holdout.jsonl", _vectors24._numbered(hold))))  # fmt: skip


if __name__ == "__main__":
    main(sys.argv[1:])

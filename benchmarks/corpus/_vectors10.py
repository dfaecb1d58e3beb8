"""Build ``benchmarks/data/vectors10_{dev,holdout}.jsonl``: SSNs, cards, bitcoin addresses, IBANs.

Usage (git directories at the pinned commits; only ``git show`` is read)::

    python -m benchmarks.corpus._vectors10 --git OWNER/NAME=GIT_DIR ...   (the eleven below)

Test cases of US social security numbers, payment card numbers, bitcoin addresses and IBANs,
alone and inside the tests' own sentences, from PII scrubbers, an LLM prompt anonymiser and
validator suites no earlier set used. The split is by source suite and was fixed before
extraction (2026-12-05, 01:56 UTC): the two sentence suites whose files were opened while
choosing them (NeMo-Curator, llm-guard) are development; the other suites come in pairs of one
kind (SSN values, card values, bitcoin values, IBAN values) and within a pair the suite with
the smaller ``sha256("vectors10:" + owner/name)`` is development (:func:`split`, checked by the
builder); the sentence suite left (redact-pii) is held out. The held-out files were opened only
as code shapes (letters and digits masked) to write their readers. The rules are written in
``benchmarks/corpus/README.md`` ("Tenth vector set") and as data below. Types: US_SSN,
CREDIT_CARD, CRYPTO (bitcoin) and IBAN_CODE only. This file shares no code with privkit.
"""

from __future__ import annotations

import ast
import hashlib
import re
import sys
from typing import TYPE_CHECKING, Any

from benchmarks.corpus import _vectors, _vectors3, _vectors4, _vectors7, _vectors9
from benchmarks.corpus._git import git_arguments, git_show

if TYPE_CHECKING:
    from benchmarks.corpus._vectors import Vec

SSN, CARD, BTC, IBAN = "US_SSN", "CREDIT_CARD", "CRYPTO", "IBAN_CODE"
Case = _vectors4.Case

NEMO = ("NVIDIA/NeMo-Curator", "ecd5c579e8b64817f11312d3bd1c5c5d832da894", "Apache-2.0")
LLMGUARD = ("protectai/llm-guard", "53af270c69316ed82cb71ba7b19d11b55bda3151", "MIT")
REDACTPII = ("solvvy/redact-pii", "392a69a8d82de020731dcc10ef830e55fcb7e68d", "MIT")
ACTIVEVAL = ("franckverrot/activevalidators", "ef6905401d869d9baabf9ccce5ede8fd603a3a8e", "MIT")
LOCALFLAVOR = ("django/django-localflavor", "053f81248944a6aa3bc045eb4d0d51076c345780",
               "BSD-3-Clause")  # fmt: skip
CARDVAL = ("braintree/card-validator", "eb213089df9993be192282564d089d378460c63a", "MIT")
CCVAL = ("didww/credit_card_validations", "3857a44465f7bfda1670a50aeec917ae6da1c43c", "MIT")
BECH32 = ("sipa/bech32", "7a7d7ab158db7078a333384e0e918c90dbc42917", "MIT")
BTCVAL = ("ruigomeseu/bitcoin-address-validation", "7d8fc7f37677c46199287edb63086464461595aa",
          "MIT")  # fmt: skip
IBANVAL = ("jschaedl/iban-validation", "48911a4e9198d75cfbc01ae2c9858d10cc2a0144", "MIT")
SCHWIFTY = ("mdomke/schwifty", "23462330ec05c024fecfb9f275a213709c100e1c", "MIT")

#: Rule 1: suites opened while choosing them (development), and the pairs the hash splits.
OPENED = (NEMO, LLMGUARD)
PAIRS = ((ACTIVEVAL, LOCALFLAVOR), (CARDVAL, CCVAL), (BECH32, BTCVAL), (IBANVAL, SCHWIFTY))
SPLIT_SALT = "vectors10:"

#: Rule 9: the third set's sentence per type, and one for social security numbers (written
#: for this corpus before extraction).
SENTENCES = {**_vectors3.SENTENCES, SSN: "My social security number is {v}, the form said."}


def split(pairs: tuple[tuple[tuple[str, str, str], ...], ...]) -> tuple[list[str], list[str]]:
    """Rule 1: within each pair, the suite with the smaller salted sha256 is development."""
    dev, hold = [], []
    for pair in pairs:
        ranked = sorted((r[0] for r in pair),
                        key=lambda n: hashlib.sha256((SPLIT_SALT + n).encode()).hexdigest())  # fmt: skip
        dev.append(ranked[0])
        hold.append(ranked[1])
    return dev, hold


def _lines(
    etype: str, text: str, spans: list[tuple[int, int]], check: str, path: str
) -> list[Case]:
    """Rule 2: a text of several lines gives one case per line holding a gold span."""
    out: list[Case] = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        inside = [(s - pos, e - pos) for s, e in spans if pos <= s and e <= end]
        if inside:
            out.append((etype, line, inside, check, path))
        pos = end + 1
    return out


def _placeholder_cases(text: str, result: str, marks: dict[str, str], check: str,
                       path: str) -> list[Case]:  # fmt: skip
    """Rule 3: align a scrubber's result with its input; the input characters each
    placeholder of one of this set's types replaced are gold (per line)."""
    if not any(m in result for m in marks):
        return []
    parts = _vectors7.placeholders(result, marks)
    links = _vectors7.align(text, parts)
    if links is None:
        return []
    out: list[Case] = []
    for etype in (SSN, CARD, BTC, IBAN):
        spans = [(s, e) for t, s, e in links if t == etype and s < e]
        out += _lines(etype, text, spans, check, path)
    return out


# --- NeMo-Curator (development) ---------------------------------------------------------

NEMO_FILES = {"tests/pii_data/ssn.txt": SSN, "tests/pii_data/card_no.txt": CARD,
              "tests/pii_data/multiple.txt": None}  # fmt: skip
NEMO_TAGS = {"ssn": SSN, "credit_card_number": CARD}


def nemo(git_dir: str) -> list[Case]:
    """Rule 4: each line of the PII test files; a ``<ssn>`` or ``<credit_card_number>``
    element is gold, other elements' tags are removed (their text stays, not gold)."""
    out: list[Case] = []
    for path in NEMO_FILES:
        for n, raw in enumerate(git_show(git_dir, NEMO[1], path).split("\n")):
            text, spans = "", []
            pos = 0
            for m in re.finditer(r"<(\w+)>(.*?)</\1>", raw):
                text += raw[pos : m.start()]
                if m.group(1) in NEMO_TAGS:
                    spans.append((NEMO_TAGS[m.group(1)], len(text), len(text) + len(m.group(2))))
                text += m.group(2)
                pos = m.end()
            text += raw[pos:]
            for etype in (SSN, CARD):
                found = [(s, e) for t, s, e in spans if t == etype]
                if found:
                    out.append((etype, text, found, f"line {n + 1}", path))
    return out


# --- llm-guard (development) ------------------------------------------------------------

LLMGUARD_TEST = "tests/input_scanners/test_anonymize.py"
LLMGUARD_PATTERNS = "llm_guard/input_scanners/anonymize_helpers/regex_patterns.py"
#: An anonymiser's placeholder name (less ``_RE`` and the counter) -> type; others are not gold.
LLMGUARD_NAMES = {"US_SSN": SSN, "CREDIT_CARD": CARD, "CRYPTO": BTC, "IBAN_CODE": IBAN}
#: Rule 5: the regex patterns whose ``examples`` are values of a type.
LLMGUARD_PATTERN_TYPES = {"CREDIT_CARD_RE": CARD, "US_SSN_RE": SSN, "BTC_ADDRESS": BTC}


def llmguard_cases(git_dir: str) -> list[Case]:
    """Rule 5: the ``(settings, prompt, expected_prompt, ...)`` rows of the anonymiser's
    parametrized tests; a row whose settings name ``entity_types`` (narrowed) is left out;
    the settings' ``preamble`` is taken off the expected text."""
    tree = ast.parse(git_show(git_dir, LLMGUARD[1], LLMGUARD_TEST))
    consts: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            try:
                consts[node.targets[0].id] = ast.literal_eval(node.value)
            except ValueError:
                continue
    out: list[Case] = []
    for fn in (n for n in tree.body if isinstance(n, ast.FunctionDef)):
        for deco in fn.decorator_list:
            if not (isinstance(deco, ast.Call) and getattr(deco.func, "attr", "") == "parametrize"):
                continue
            rows = deco.args[1]
            assert isinstance(rows, ast.List)
            for n, row in enumerate(rows.elts):
                assert isinstance(row, ast.Tuple)
                settings, prompt, expected = row.elts[:3]
                assert isinstance(settings, ast.Dict)
                keys = [ast.literal_eval(k) for k in settings.keys if k is not None]
                if "entity_types" in keys:
                    continue
                text, result = ast.literal_eval(prompt), ast.literal_eval(expected)
                if "preamble" in keys:
                    value = settings.values[keys.index("preamble")]
                    assert isinstance(value, ast.Name)
                    result = result.removeprefix(consts[value.id])
                marks = {m: LLMGUARD_NAMES.get(re.sub(r"(?:_RE)?_\d+$", "", m[10:-1]), "OTHER")
                         for m in re.findall(r"\[REDACTED_[A-Z_]+_\d+\]", result)}  # fmt: skip
                out += _placeholder_cases(text, result, marks, f"{fn.name}[{n}]", LLMGUARD_TEST)
    return out


def llmguard_values(git_dir: str) -> list[Vec]:
    """Rule 5: the ``examples`` of the regex patterns of this set's types (valid values)."""
    tree = ast.parse(git_show(git_dir, LLMGUARD[1], LLMGUARD_PATTERNS))
    out: list[Vec] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Dict):
            continue
        keys = [k.value if isinstance(k, ast.Constant) else None for k in node.keys]
        if "name" not in keys or "examples" not in keys:
            continue
        name = ast.literal_eval(node.values[keys.index("name")])
        if name in LLMGUARD_PATTERN_TYPES:
            examples = ast.literal_eval(node.values[keys.index("examples")])
            out += [
                (LLMGUARD_PATTERN_TYPES[name], v, True, name, LLMGUARD_PATTERNS) for v in examples
            ]
    return out


# --- redact-pii (held out) --------------------------------------------------------------

REDACTPII_PATH = "test/redactor.test.ts"
#: The built-in redactors' replacement words (``snakeCase(name).toUpperCase()``) -> type.
REDACTPII_MARKS = {
    "US_SOCIAL_SECURITY_NUMBER": SSN, "CREDIT_CARD_NUMBER": CARD, "STREET_ADDRESS": "OTHER",
    "PHONE_NUMBER": "OTHER", "IP_ADDRESS": "OTHER", "EMAIL_ADDRESS": "OTHER",
    "PERSON_NAME": "OTHER", "CREDENTIALS": "OTHER", "USERNAME": "OTHER", "PASSWORD": "OTHER",
    "ZIPCODE": "OTHER", "DIGITS": "OTHER", "URL": "OTHER",
}  # fmt: skip


def redactpii(git_dir: str) -> list[Case]:
    """Rule 6: each ``[input, syncOutput, ...]`` row of a ``TestCase(description, [...])``
    call; the input characters a ``US_SOCIAL_SECURITY_NUMBER`` or ``CREDIT_CARD_NUMBER`` of
    the synchronous redactor's output replaced are gold."""
    toks = _vectors7.ts_tokens(git_show(git_dir, REDACTPII[1], REDACTPII_PATH))
    marks = dict(sorted(REDACTPII_MARKS.items(), key=lambda kv: -len(kv[0])))
    out: list[Case] = []
    for i in range(len(toks) - 4):
        if toks[i] != ("id", "TestCase") or toks[i + 1] != ("p", "(") or toks[i + 2][0] != "str":
            continue
        check = _vectors7._ts_unescape(toks[i + 2][1])
        rows, _ = _vectors9._js_array(toks, i + 4)
        for row in rows:
            if isinstance(row, list) and len(row) >= 2 and all(isinstance(x, str) for x in row):
                out += _placeholder_cases(row[0], row[1], marks, check, REDACTPII_PATH)
    return out


# --- activevalidators (development) -----------------------------------------------------

AV_SSN = "test/validations/ssn_test.rb"
AV_CARD = "test/validations/credit_card_test.rb"
_RB_STR = r"'([^'\\]*)'|\"([^\"\\]*)\""


def activevalidators(git_dir: str) -> list[Vec]:
    """Rule 7: SSN records built with the default validator (``true`` or ``:usa_ssn``) and
    checked ``must_equal(true|false)``, the values of the ``(a..b).each`` loops included;
    the ``VALID_CARDS`` hash, and card records checked valid (any validator) or invalid
    (default validator only)."""
    out: list[Vec] = []
    src = git_show(git_dir, ACTIVEVAL[1], AV_SSN)
    loops = {m.start(): (m.group(3), int(m.group(1)), int(m.group(2)))
             for m in re.finditer(r"\((\d+)\.\.(\d+)\)\.each do \|(\w+)\|", src)}  # fmt: skip
    for m in re.finditer(r"build_ssn_record\(\{:ssn => (?:" + _RB_STR + r")\}, ([^)]*)\)", src):
        value = m.group(1) if m.group(1) is not None else m.group(2)
        verdict = re.compile(r"must_equal\((true|false)\)").search(src, m.end())
        assert verdict is not None
        valid = verdict.group(1) == "true"
        if not valid and m.group(3).strip() != "true":
            continue
        head = max((p for p in loops if p < m.start()), default=None)
        inner = re.fullmatch(r"#\{(\w+)\}(\d*)", value)
        if inner is not None and head is not None and loops[head][0] == inner.group(1):
            _, lo, hi = loops[head]
            out += [(SSN, f"{v}{inner.group(2)}", valid, "ssn", AV_SSN) for v in range(lo, hi + 1)]
        elif "#{" not in value:
            out.append((SSN, value, valid, "ssn", AV_SSN))
    src = git_show(git_dir, ACTIVEVAL[1], AV_CARD)
    block = src[src.index("VALID_CARDS =") : src.index("}", src.index("VALID_CARDS ="))]
    out += [(CARD, m.group(1), True, "VALID_CARDS", AV_CARD)
            for m in re.finditer(r"=> '([^']*)'", block)]  # fmt: skip
    pattern = r"build_card_record\(?\s*\{\s*(?::card =>|card:) '([^']*)'\s*\}(.*?)\)?\n"
    for m in re.finditer(pattern, src, flags=re.DOTALL):
        verdict = re.compile(r"card_is_(valid|invalid)\?").search(src, m.end())
        assert verdict is not None
        default = m.group(2).strip(" ,") in {"", "true", "{:type => :any}"}
        if verdict.group(1) == "valid" or default:
            out.append((CARD, m.group(1), verdict.group(1) == "valid", "credit_card", AV_CARD))
    return out


# --- django-localflavor (held out) ------------------------------------------------------

LF_US = "tests/test_us/tests.py"
LF_GENERIC = "tests/test_generic/tests.py"
#: Rule 8: test function -> (type, path); the field or validator each builds is the default.
LF_TESTS = {"test_USSocialSecurityNumberField": (SSN, LF_US),
            "test_iban_validator": (IBAN, LF_GENERIC), "test_iban_fields": (IBAN, LF_GENERIC)}  # fmt: skip


def localflavor(git_dir: str) -> list[Vec]:
    """Rule 8: the keys (or items) of the ``valid`` and ``invalid`` literals of the tests."""
    out: list[Vec] = []
    for path in (LF_US, LF_GENERIC):
        tree = ast.parse(git_show(git_dir, LOCALFLAVOR[1], path))
        for fn in ast.walk(tree):
            if not isinstance(fn, ast.FunctionDef) or fn.name not in LF_TESTS:
                continue
            etype = LF_TESTS[fn.name][0]
            for stmt in fn.body:
                if not (isinstance(stmt, ast.Assign) and isinstance(stmt.targets[0], ast.Name)):
                    continue
                name = stmt.targets[0].id
                if name not in {"valid", "invalid"}:
                    continue
                node = stmt.value
                items = node.keys if isinstance(node, ast.Dict) else getattr(node, "elts", [])
                values = [ast.literal_eval(k) for k in items if isinstance(k, ast.Constant)]
                out += [(etype, v, name == "valid", fn.name, path) for v in values
                        if isinstance(v, str)]  # fmt: skip
    return out


# --- braintree/card-validator (development) ---------------------------------------------

CARDVAL_PATH = "src/__tests__/card-number.ts"


def cardvalidator(git_dir: str) -> list[Vec]:
    """Rule 10: the ``[number, {card, isPotentiallyValid, isValid}]`` rows of the
    ``describe.each`` table (default options); ``isValid`` is the validity."""
    src = git_show(git_dir, CARDVAL[1], CARDVAL_PATH)
    table = src[src.index("describe.each([") : src.index("] as Array")]
    row = re.compile(r'\[\s*"([^"]*)",(?:\s*//[^\n]*)?\s*\{\s*card: [^,]+,\s*'
                     r"isPotentiallyValid: (?:true|false),\s*isValid: (true|false),?\s*\}")  # fmt: skip
    return [(CARD, m.group(1), m.group(2) == "true", "cardNumber", CARDVAL_PATH)
            for m in row.finditer(table)]  # fmt: skip


# --- didww/credit_card_validations (held out) -------------------------------------------

CCVAL_VALID = "spec/fixtures/valid_cards.yml"
CCVAL_INVALID = "spec/fixtures/invalid_cards.yml"


def _yaml_item(line: str) -> str | None:
    m = re.fullmatch(r"\s*-\s+(.*?)\s*", line)
    if m is None:
        return None
    item = m.group(1)
    return item[1:-1] if len(item) > 1 and item[0] == item[-1] and item[0] in "'\"" else item


def ccvalidations(git_dir: str) -> list[Vec]:
    """Rule 11: every number of the brands' valid list, every item of the invalid list."""
    out: list[Vec] = []
    for path, valid in ((CCVAL_VALID, True), (CCVAL_INVALID, False)):
        brand = "invalid"
        for line in git_show(git_dir, CCVAL[1], path).split("\n"):
            if re.fullmatch(r":\w+:", line.strip()):
                brand = line.strip(": ")
            elif (item := _yaml_item(line)) is not None:
                out.append((CARD, item, valid, brand, path))
    return out


# --- sipa/bech32 (development) ----------------------------------------------------------

BECH32_PATH = "ref/python/tests.py"


def bech32(git_dir: str) -> list[Vec]:
    """Rule 12: the first item of each ``VALID_ADDRESS`` row (valid) and each
    ``INVALID_ADDRESS`` string (invalid) of the reference tests."""
    tree = ast.parse(git_show(git_dir, BECH32[1], BECH32_PATH))
    out: list[Vec] = []
    for node in tree.body:
        if not (isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)):
            continue
        name = node.targets[0].id
        if name == "VALID_ADDRESS":
            out += [(BTC, row[0], True, name, BECH32_PATH) for row in ast.literal_eval(node.value)]
        elif name == "INVALID_ADDRESS":
            out += [(BTC, v, False, name, BECH32_PATH) for v in ast.literal_eval(node.value)]
    return out


# --- bitcoin-address-validation (held out) ----------------------------------------------

BTCVAL_PATH = "tests/index.spec.ts"


def btcvalidation(git_dir: str) -> list[Vec]:
    """Rule 13: in each ``it(...)`` block, the ``address`` / ``addresses`` constants and the
    ``expect(validate(x[, network...]))`` checks after them: ``.not.toBe(false)``,
    ``.toBe(true)`` or ``.toEqual(true)`` is valid; ``.toBe(false)`` / ``.toEqual(false)`` is
    invalid only without a network argument (a network narrows)."""
    src = git_show(git_dir, BTCVAL[1], BTCVAL_PATH)
    out: list[Vec] = []
    check = re.compile(r"expect\(validate\((\w+)(?:\[(\d+)\])?([^()]*)\)\)\.(not\.)?"
                       r"(?:toBe|toEqual)\((true|false)\)")  # fmt: skip
    for block in re.split(r"\n\s*it\(", src)[1:]:
        consts: dict[str, list[str]] = {}
        for m in re.finditer(r"const (\w+) = (?:'([^']*)'|\[([^\]]*)\]);", block):
            consts[m.group(1)] = ([m.group(2)] if m.group(2) is not None
                                  else re.findall(r"'([^']*)'", m.group(3)))  # fmt: skip
        for m in check.finditer(block):
            if m.group(1) not in consts:
                continue
            value = consts[m.group(1)][int(m.group(2) or 0)]
            valid = (m.group(5) == "true") != bool(m.group(4))
            if valid or not m.group(3).strip(" ,"):
                out.append((BTC, value, valid, "validate", BTCVAL_PATH))
    return out


# --- iban-validation (development) ------------------------------------------------------

IBANVAL_PATH = "tests/ValidatorTest.php"


def ibanvalidation(git_dir: str) -> list[Vec]:
    """Rule 14: the ``yield ['...']`` rows of the valid and invalid data providers
    (commented-out rows skipped)."""
    src = git_show(git_dir, IBANVAL[1], IBANVAL_PATH)
    out: list[Vec] = []
    for name, valid in (("validIbanDataProvider", True), ("invalidIbanDataProvider", False)):
        start = src.index(f"function {name}(")
        body = src[start : src.index("\n    }", start)]
        out += [(IBAN, m.group(1), valid, name, IBANVAL_PATH)
                for m in re.finditer(r"(?m)^\s*yield \['([^']*)'\];", body)]  # fmt: skip
    return out


# --- schwifty (held out) ----------------------------------------------------------------

SCHWIFTY_PATH = "tests/test_iban.py"


def schwifty(git_dir: str) -> list[Vec]:
    """Rule 15: the module's ``valid`` and ``invalid`` lists (``IBAN(value)`` with default
    options; the ``experimental`` list needs an option and is out)."""
    tree = ast.parse(git_show(git_dir, SCHWIFTY[1], SCHWIFTY_PATH))
    out: list[Vec] = []
    for node in tree.body:
        target = node.targets[0] if isinstance(node, ast.Assign) else None
        if isinstance(target, ast.Name) and target.id in {"valid", "invalid"}:
            out += [(IBAN, v, target.id == "valid", target.id, SCHWIFTY_PATH)
                    for v in ast.literal_eval(node.value)]  # fmt: skip
    return out


# --- records ----------------------------------------------------------------------------


def in_scope(etype: str, value: str) -> bool:
    """Rule 16: a regtest address (``bcrt1...``, a private local chain) is no bitcoin
    address a person holds; every other value of the four types is in scope."""
    return not (etype == BTC and value.strip().lower().startswith("bcrt1"))


def _key(etype: str, value: str) -> tuple[str, str]:
    return etype, re.sub(r"\s+", "", value).casefold()


def _renumber(part: str, recs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    counts: dict[str, int] = {}
    for rec in recs:
        n = counts.get(rec["source"], 0)
        counts[rec["source"]] = n + 1
        rec["id"] = f"{part}-{rec['source']}-{n:05d}"
    return recs


def _values(part: str, repo: tuple[str, str, str], vecs: list[Vec]) -> list[dict[str, Any]]:
    kept = [v for v in _vectors._consistent(vecs) if in_scope(v[0], v[1])]
    return _vectors.records(part, repo, kept, sentences=SENTENCES)


def main(argv: list[str]) -> None:
    repos = (NEMO, LLMGUARD, REDACTPII, ACTIVEVAL, LOCALFLAVOR, CARDVAL, CCVAL, BECH32, BTCVAL,
             IBANVAL, SCHWIFTY)  # fmt: skip
    gits, _ = git_arguments(argv, __doc__ or "", [r[0] for r in repos])
    g = {name: str(path) for name, path in gits.items()}
    dev_pairs, hold_pairs = split(PAIRS)
    assert dev_pairs == [ACTIVEVAL[0], CARDVAL[0], BECH32[0], IBANVAL[0]], dev_pairs
    assert hold_pairs == [LOCALFLAVOR[0], CCVAL[0], BTCVAL[0], SCHWIFTY[0]], hold_pairs
    dev = (
        _vectors4.case_records("dev10", NEMO, nemo(g[NEMO[0]]))
        + _vectors4.case_records("dev10", LLMGUARD, llmguard_cases(g[LLMGUARD[0]]))
        + _values("dev10", LLMGUARD, llmguard_values(g[LLMGUARD[0]]))
        + _values("dev10", ACTIVEVAL, activevalidators(g[ACTIVEVAL[0]]))
        + _values("dev10", CARDVAL, cardvalidator(g[CARDVAL[0]]))
        + _values("dev10", BECH32, bech32(g[BECH32[0]]))
        + _values("dev10", IBANVAL, ibanvalidation(g[IBANVAL[0]]))
    )
    in_dev = {_key(r["type"], r["text"][slice(*r["value_span"])]) for r in dev}
    in_dev |= {_key(r["type"], r["text"]) for r in dev}
    cases = [c for c in redactpii(g[REDACTPII[0]])
             if any(_key(c[0], c[1][s:e]) not in in_dev for s, e in c[2])]  # fmt: skip
    hold = _vectors4.case_records("holdout10", REDACTPII, cases)
    for repo, vecs in ((LOCALFLAVOR, localflavor(g[LOCALFLAVOR[0]])),
                       (CCVAL, ccvalidations(g[CCVAL[0]])),
                       (BTCVAL, btcvalidation(g[BTCVAL[0]])),
                       (SCHWIFTY, schwifty(g[SCHWIFTY[0]]))):  # fmt: skip
        hold += _values("holdout10", repo, [v for v in vecs if _key(v[0], v[1]) not in in_dev])
    _vectors.write_parts((("vectors10_dev.jsonl", _renumber("dev10", dev)),
                          ("vectors10_holdout.jsonl", _renumber("holdout10", hold))))  # fmt: skip


if __name__ == "__main__":
    main(sys.argv[1:])

"""Build ``benchmarks/data/vectors14_{dev,holdout}.jsonl``: PII and data-quality tools' own tests.

Usage (git directories at the pinned commits; only ``git show`` is read)::

    python -m benchmarks.corpus._vectors14 DMAP_GIT DATADOG_SDS_GIT GREAT_EXPECTATIONS_GIT \
        LANGKIT_GIT DATA_PREPPER_GIT

The split is by source suite and was fixed before extraction (2026-12-05, 09:21 UTC) by a
hash: the five suites sorted by ``sha256("vectors14:" + owner/name)``; the first three are the
development part (cyralinc/dmap's label tests, Datadog's sensitive data scanner's checksum
tests, Great Expectations' semantic-type expectations), the last two the held-out part
(whylabs/langkit's pattern tests, OpenSearch Data Prepper's obfuscation tests). A held-out
case whose gold values the development part all holds, or a held-out negative whose text it
holds (compared without white space and case), is dropped. The rules are written in
``benchmarks/corpus/README.md`` ("Fourteenth vector set") and as data below. Records are the
fourth set's *cases* (:func:`benchmarks.corpus._vectors4.case_records`) and, for a list of
values, the third set's *values* (alone, in three carriers and a sentence per type). This file
shares no code with privkit.
"""

from __future__ import annotations

import ast
import re
import sys
from typing import Any

from benchmarks.corpus import _vectors, _vectors3, _vectors4, _vectors12
from benchmarks.corpus._git import git_show

DMAP = ("cyralinc/dmap", "c9c20a2b54cfaca75e1bc6214161f9841196c2f8", "Apache-2.0")
DATADOG = ("DataDog/dd-sensitive-data-scanner", "ffbe20ff0798beba9eaedecdef50c47eb668c0bc",
           "Apache-2.0")  # fmt: skip
GREAT_EXPECTATIONS = ("great-expectations/great_expectations",
                      "ce78204d6d659caf676ccdcaec0a3184bb95445f", "Apache-2.0")  # fmt: skip
LANGKIT = ("whylabs/langkit", "5d6cab1e2ff32181ba5c514aaa2a4473421dc413", "Apache-2.0")
DATA_PREPPER = ("opensearch-project/data-prepper", "4e7f003d3c6fe73e7bd94165f3df2618080c37f9",
                "Apache-2.0")  # fmt: skip
#: The salt of the split hash (rule 1).
SPLIT_SALT = "vectors14:"

Case = _vectors4.Case
Vec = _vectors.Vec
EMAIL, PHONE, CARD, IBAN, IP, URL = (
    "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "URL")  # fmt: skip
SSN, CRYPTO, MAC, IMEI, MEID, IMSI = "US_SSN", "CRYPTO", "MAC_ADDRESS", "IMEI", "MEID", "IMSI"
#: The third set's sentence per type, and one for the types it has none for.
SENTENCES = {
    **_vectors3.SENTENCES,
    SSN: "My social security number is {v}, as on the card.",
    MEID: "The phone with the identifier {v} was activated today.",
    IMSI: "The SIM card reported the subscriber identity {v} to the network.",
}


def split(repos: list[str]) -> tuple[list[str], list[str]]:
    """Rule 1: the suites sorted by the salted sha256 of their name; the first
    ``ceil(n / 2)`` are the development part."""
    return _vectors.salted_halves(repos, SPLIT_SALT)


# --- shared: a value inside a sentence ----------------------------------------------------

#: Rule 2: a stretch of digits and separators: an optional ``+`` or ``(``, then digits,
#: spaces, hyphens, dots and parentheses, ending on a digit.
_DIGIT_RUN = re.compile(r"[+(]?\d[\d \-.()]*\d")


def value_span(line: str, etype: str) -> tuple[int, int] | None:
    """Rule 2: where the value of ``etype`` stands in a sentence of the source: for an e-mail
    address the one white-space-delimited token holding ``@`` (without a final ``.,;:!?``),
    for the other types the stretch of digits and separators with the most digits (spaces
    around it left out); None when there is no such token or stretch, or two."""
    if etype == EMAIL:
        toks = [m for m in re.finditer(r"\S+", line) if "@" in m.group()]
        if len(toks) != 1:
            return None
        tok = toks[0]
        return tok.start(), tok.start() + len(tok.group().rstrip(".,;:!?"))
    runs = list(_DIGIT_RUN.finditer(line))
    if not runs:
        return None
    best = max(len(re.findall(r"\d", m.group())) for m in runs)
    top = [m for m in runs if len(re.findall(r"\d", m.group())) == best]
    if len(top) != 1:
        return None
    s, e = top[0].span()
    if line[s] == "(" and ")" not in line[s:e]:
        s += 1
    return s, e


def _single(value: str) -> bool:
    """A value with no white space inside: a list entry, not a sentence."""
    return len(value.split()) <= 1


# --- cyralinc/dmap (development) ----------------------------------------------------------

DMAP_LABELS = {"ccn": CARD, "email": EMAIL, "ip_address": IP, "phone": PHONE, "ssn": SSN}
DMAP_PATH = "classification/labels/{}_test.rego"
_REGO = re.compile(
    r"classifier_(\w+)\.output\.\w+\s*==\s*(true|false)\s+with\s+input\s+as\s*"
    r'\{\s*"\w+"\s*:\s*"((?:[^"\\]|\\.)*)"\s*\}'
)


def dmap_items(src: str, path: str) -> tuple[list[Vec], list[Case]]:
    """Rule 3: each ``classifier_X.output.KEY == true|false with input as {"KEY": "V"}``: a
    value of X's type, valid when true; a V with white space inside is a sentence, its value
    placed by rule 2 (a negative sentence is a negative case)."""
    vecs: list[Vec] = []
    cases: list[Case] = []
    for m in _REGO.finditer(src):
        etype = DMAP_LABELS.get(m.group(1))
        if etype is None:
            continue
        value, valid = m.group(3).replace('\\"', '"'), m.group(2) == "true"
        if _single(value):
            vecs.append((etype, value, valid, f"{m.group(1)} {m.group(2)}", path))
            continue
        if not valid:
            cases.append((etype, value, [], f"{m.group(1)} false", path))
            continue
        span = value_span(value, etype)
        if span is not None:
            cases.append((etype, value, [span], f"{m.group(1)} true", path))
    return vecs, cases


def dmap(git_dir: str) -> tuple[list[Vec], list[Case]]:
    """Rule 3: the label tests of the types privkit claims."""
    vecs: list[Vec] = []
    cases: list[Case] = []
    for label in DMAP_LABELS:
        path = DMAP_PATH.format(label)
        v, c = dmap_items(git_show(git_dir, DMAP[1], path), path)
        vecs += v
        cases += c
    return _vectors._consistent(vecs), cases


# --- DataDog/dd-sensitive-data-scanner (development) --------------------------------------

DATADOG_DIR = "sds/src/secondary_validation/"
#: Rule 4: the checksum validators of the types privkit claims.
DATADOG_FILES = {"luhn_checksum.rs": CARD, "iban_checker.rs": IBAN, "btc_checksum.rs": CRYPTO}
_RS_STR = r'"((?:[^"\\]|\\.)*)"'
_RS_VEC = re.compile(r"let\s+(\w+)\s*=\s*vec!\[(.*?)\];", flags=re.DOTALL)
_RS_ASSERT = re.compile(r"assert!\(\s*(!?)\s*\w+\s*\.is_valid_match\(\s*" + _RS_STR + r"\s*\)")
_RS_LOOP = re.compile(r"for\s+\w+\s+in\s+(\w+)\s*\{.*?assert!\(\s*(!?)\s*\w+\s*\.is_valid_match",
                      flags=re.DOTALL)  # fmt: skip
#: Rule 4: a card number as written (digits, spaces, hyphens): anything else is left out.
_CARD_WRITTEN = re.compile(r"[\d -]+")


def _rs_unescape(s: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t", "r": "\r"}.get(m.group(1),
                                                                          m.group(1)), s)  # fmt: skip


def _wrong_card(value: str) -> str:
    """The luhn test's wrong number: the last digit ``d`` replaced by ``(d + 1) * 2 % 10``."""
    return value[:-1] + str((int(value[-1]) + 1) * 2 % 10)


def datadog_items(src: str, etype: str, path: str) -> list[Vec]:
    """Rule 4: the ``vec![...]`` lists a loop asserts valid or invalid, and the literals
    asserted directly; values stripped of surrounding white space. For the luhn test, each
    valid number with its last digit changed as the test changes it is invalid."""
    lists = {m.group(1): [_rs_unescape(s) for s in re.findall(_RS_STR, m.group(2))]
             for m in _RS_VEC.finditer(src)}  # fmt: skip
    out: list[Vec] = []
    for m in _RS_LOOP.finditer(src):
        valid = m.group(2) == ""
        for value in lists.get(m.group(1), []):
            out.append((etype, value.strip(), valid, m.group(1), path))
            if etype == CARD and valid and value[-1:].isdigit() and _wrong_card(value) != value:
                out.append((etype, _wrong_card(value).strip(), False, "wrong_credit_card", path))
    out += [(etype, _rs_unescape(m.group(2)).strip(), m.group(1) == "", "assert", path)
            for m in _RS_ASSERT.finditer(src)]  # fmt: skip
    if etype == CARD:
        out = [v for v in out if _CARD_WRITTEN.fullmatch(v[1])]
    return [v for v in out if v[1]]


def datadog(git_dir: str) -> list[Vec]:
    """Rule 4: the three validators' tests."""
    out: list[Vec] = []
    for name, etype in DATADOG_FILES.items():
        path = DATADOG_DIR + name
        out += datadog_items(git_show(git_dir, DATADOG[1], path), etype, path)
    return _vectors._consistent(out)


# --- great-expectations/great_expectations (development) ----------------------------------

GE_DIR = ("contrib/great_expectations_semantic_types_expectations/"
          "great_expectations_semantic_types_expectations/expectations/")  # fmt: skip
#: Rule 5: the expectations of the types privkit claims (name -> type, whether a failing
#: column gives negatives).
GE_EXPECTATIONS = {
    "expect_column_values_to_be_valid_bitcoin_address": (CRYPTO, True),
    "expect_column_values_to_be_valid_iban": (IBAN, True),
    "expect_column_values_to_be_valid_imei": (IMEI, True),
    "expect_column_values_to_be_valid_meid": (MEID, True),
    "expect_column_values_to_be_valid_imsi": (IMSI, True),
    "expect_column_values_to_be_valid_ipv4": (IP, True),
    "expect_column_values_to_be_valid_ipv6": (IP, True),
    "expect_column_values_to_be_valid_mac": (MAC, True),
    "expect_column_values_to_be_valid_phonenumber": (PHONE, True),
    "expect_column_values_to_be_valid_ssn": (SSN, True),
    "expect_column_values_to_be_valid_urls": (URL, True),
    "expect_column_values_to_contain_valid_email": (EMAIL, True),
    # a private address's expectation fails on public addresses, which are addresses too
    "expect_column_values_to_be_private_ip_v4": (IP, False),
    "expect_column_values_to_be_private_ip_v6": (IP, False),
}
#: Rule 5: a failing column whose name says all its values are wrong.
_BAD_COLUMN = re.compile(r"malformed|invalid|bad|fail|wrong", flags=re.IGNORECASE)


def ge_items(src: str, etype: str, negatives: bool, path: str) -> list[Vec]:
    """Rule 5: the ``examples`` of one expectation. A test whose ``in`` names only the column
    (and ``mostly``) is read: passing with ``mostly`` absent or 1, every string of the column
    is valid; an ``unexpected_list`` given, its strings are invalid and (when the test
    passes) the others valid; failing without one, the column's strings that no passing
    column holds are invalid when the column's name says so (``malformed``, ``invalid``,
    ``bad``, ``fail``, ``wrong``) or when there is exactly one such string."""
    examples: list[dict[str, Any]] = []
    for node in ast.walk(ast.parse(src)):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "examples" for t in node.targets
        ):
            examples = ast.literal_eval(node.value)
    out: list[Vec] = []
    for ex in examples:
        data: dict[str, list[Any]] = ex.get("data", {})
        tests = [t for t in ex.get("tests", []) if set(t.get("in", {})) <= {"column", "mostly"}]
        passing: set[str] = set()
        for t in tests:
            col, mostly, want = t["in"]["column"], t["in"].get("mostly", 1), t.get("out", {})
            strings = [v for v in data.get(col, []) if isinstance(v, str)]
            unexpected = want.get("unexpected_list")
            if want.get("success") and (mostly == 1 or unexpected is not None):
                for v in strings:
                    if unexpected is None or v not in unexpected:
                        out.append((etype, v, True, col, path))
                        passing.add(v)
        for t in tests:
            col, want = t["in"]["column"], t.get("out", {})
            strings = [v for v in data.get(col, []) if isinstance(v, str)]
            unexpected = want.get("unexpected_list")
            if not negatives:
                continue
            if unexpected is not None:
                out += [(etype, v, False, col, path) for v in unexpected if isinstance(v, str)]
            elif not want.get("success"):
                new = [v for v in strings if v not in passing]
                if _BAD_COLUMN.search(col) or len(set(new)) == 1:
                    out += [(etype, v, False, col, path) for v in new]
    return out


def great_expectations(git_dir: str) -> list[Vec]:
    """Rule 5: the expectations listed in :data:`GE_EXPECTATIONS`."""
    out: list[Vec] = []
    for name, (etype, negatives) in GE_EXPECTATIONS.items():
        path = f"{GE_DIR}{name}.py"
        out += ge_items(git_show(git_dir, GREAT_EXPECTATIONS[1], path), etype, negatives, path)
    return _vectors._consistent(out)


# --- whylabs/langkit (held out) -----------------------------------------------------------

LANGKIT_PATH = "langkit/tests/test_patterns.py"
#: Rule 6: langkit's pattern groups of the types privkit claims.
LANGKIT_GROUPS = {"credit card number": CARD, "email address": EMAIL, "SSN": SSN,
                  "phone number": PHONE}  # fmt: skip


def langkit_cases(src: str) -> list[Case]:
    """Rule 6: each prompt of ``test_groups[GROUP] = [...]`` (the prompts each group's
    pattern must match), cut into lines; the line holding the value (rule 2) is the text."""
    out: list[Case] = []
    for node in ast.walk(ast.parse(src)):
        if not (isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Subscript)):
            continue
        target = node.targets[0]
        if ast.unparse(target.value) != "test_groups":
            continue
        group = ast.literal_eval(target.slice)
        etype = LANGKIT_GROUPS.get(group)
        if etype is None or not isinstance(node.value, ast.List):
            continue
        for prompt in ast.literal_eval(node.value):
            spans = [(line.strip(), value_span(line.strip(), etype))
                     for line in prompt.split("\n")]  # fmt: skip
            found = [(line, span) for line, span in spans if span is not None]
            if found:
                line, span = max(found, key=lambda x: _digits_or_at(x[0][slice(*x[1])]))
                out.append((etype, line, [span], f"test_groups[{group!r}]", LANGKIT_PATH))
    return out


def _digits_or_at(value: str) -> int:
    return len(re.findall(r"[\d@]", value))


def langkit(git_dir: str) -> list[Case]:
    """Rule 6: ``langkit/tests/test_patterns.py`` (``test_pii.py`` runs Presidio: left out)."""
    return langkit_cases(git_show(git_dir, LANGKIT[1], LANGKIT_PATH))


# --- opensearch-project/data-prepper (held out) -------------------------------------------

DATA_PREPPER_PATH = ("data-prepper-plugins/obfuscate-processor/src/test/java/org/opensearch/"
                     "dataprepper/plugins/processor/obfuscation/ObfuscationProcessorTest.java")  # fmt: skip
#: Rule 7: the processor's predefined patterns of the types privkit claims.
DATA_PREPPER_PATTERNS = {"EMAIL_ADDRESS": EMAIL, "US_PHONE_NUMBER": PHONE,
                         "CREDIT_CARD_NUMBER": CARD, "IP_ADDRESS_V4": IP,
                         "US_SSN_NUMBER": SSN}  # fmt: skip
MASK = "***"
_CSV_BLOCK = re.compile(r"@CsvSource\(\{(.*?)\}\)\s*void\s+\w+\(([^)]*)\)\s*\{(.*?)\n    \}",
                        flags=re.DOTALL)  # fmt: skip
_JAVA_LIT = r'"((?:[^"\\]|\\.)*)"'


def csv_row(row: str) -> list[str]:
    """A JUnit ``@CsvSource`` row: fields split at commas outside single quotes, unquoted
    fields stripped."""
    out: list[str] = []
    field, quoted = "", False
    for ch in row + ",":
        if ch == "'":
            quoted = not quoted
        elif ch == "," and not quoted:
            kept = field.strip()
            out.append(kept[1:-1] if len(kept) > 1 and kept[0] == kept[-1] == "'" else kept)
            field = ""
            continue
        field += ch
    return out


def _pattern_types(patterns: list[str]) -> list[str] | None:
    """The types of ``%{NAME}`` patterns, None when one is not a predefined pattern of a
    type privkit claims."""
    out = []
    for p in patterns:
        m = re.fullmatch(r"%\{(\w+)\}", p)
        if m is None or m.group(1) not in DATA_PREPPER_PATTERNS:
            return None
        out.append(DATA_PREPPER_PATTERNS[m.group(1)])
    return out


def _shape_type(value: str, types: list[str]) -> str | None:
    """Rule 7: which of several listed types a masked stretch is, by its shape."""
    if len(types) == 1:
        return types[0]
    if "@" in value:
        return EMAIL if EMAIL in types else None
    if re.fullmatch(r"\d{1,3}(?:\.\d{1,3}){3}", value):
        return IP if IP in types else None
    rest = [t for t in types if t not in {EMAIL, IP}]
    return rest[0] if len(rest) == 1 else None


def data_prepper_cases(src: str) -> list[Case]:
    """Rule 7: each ``@CsvSource`` row of a test whose patterns (the method's, or the row's
    second field when the method takes three) are predefined patterns of claimed types; the
    expected text's ``***`` stretches aligned with the message are gold (typed by shape when
    several patterns are listed); a row whose expected text is the message is a negative of
    each listed type, and a type listed with no stretch in a row is a negative of it too."""
    out: list[Case] = []
    for block in _CSV_BLOCK.finditer(src):
        rows = [_vectors._java_unescape(r) for r in re.findall(_JAVA_LIT, block.group(1))]
        params = [p for p in block.group(2).split(",") if p.strip()]
        fixed = re.search(r"getPatterns\(\)\)\.thenReturn\(List\.of\(([^)]*)\)\)", block.group(3))
        for n, row in enumerate(rows):
            fields = csv_row(row)
            if len(fields) != len(params):
                continue
            if len(params) == 3:
                patterns = [fields[1]]
            elif fixed is not None:
                patterns = [_vectors._java_unescape(s) for s in re.findall(_JAVA_LIT,
                                                                         fixed.group(1))]  # fmt: skip
            else:
                continue
            types = _pattern_types(patterns)
            if types is None:
                continue
            message, expected = fields[0], fields[-1]
            check = f"CsvSource row {n}"
            spans = [] if MASK not in expected else _vectors12.embedded_spans(message, expected,
                                                                              MASK)  # fmt: skip
            if spans is None:
                continue
            by_type: dict[str, list[tuple[int, int]]] = {t: [] for t in types}
            for s, e in spans:
                kind = _shape_type(message[s:e], types)
                if kind is None:
                    break
                by_type[kind].append((s, e))
            else:
                if not spans and expected != message:
                    continue
                out += [(t, message, sorted(v), check, DATA_PREPPER_PATH)
                        for t, v in by_type.items()]  # fmt: skip
    return out


def data_prepper(git_dir: str) -> list[Case]:
    """Rule 7: ``ObfuscationProcessorTest.java``."""
    return data_prepper_cases(git_show(git_dir, DATA_PREPPER[1], DATA_PREPPER_PATH))


# --- records ------------------------------------------------------------------------------


def renumber(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Ids numbered per source in order (a source gives value and case records)."""
    count: dict[str, int] = {}
    for r in records:
        n = count.get(r["source"], 0)
        count[r["source"]] = n + 1
        r["id"] = f"{r['part']}-{r['source']}-{n:05d}"
    return records


def main(argv: list[str]) -> None:
    dm, dd, ge, lk, dp = argv
    suites = (DMAP, DATADOG, GREAT_EXPECTATIONS, LANGKIT, DATA_PREPPER)
    dev_repos, hold_repos = split([r[0] for r in suites])
    assert dev_repos == [DMAP[0], DATADOG[0], GREAT_EXPECTATIONS[0]], dev_repos
    assert hold_repos == [LANGKIT[0], DATA_PREPPER[0]], hold_repos
    # The held-out readers run first (the split was fixed before either part was extracted).
    held = [(LANGKIT, langkit(lk)), (DATA_PREPPER, data_prepper(dp))]
    dmap_vecs, dmap_cases = dmap(dm)
    dev = (
        _vectors.records("dev14", DMAP, dmap_vecs, sentences=SENTENCES)
        + _vectors4.case_records("dev14", DMAP, dmap_cases)
        + _vectors.records("dev14", DATADOG, datadog(dd), sentences=SENTENCES)
        + _vectors.records("dev14", GREAT_EXPECTATIONS, great_expectations(ge),
                           sentences=SENTENCES)
    )  # fmt: skip
    hold: list[dict[str, Any]] = []
    for repo, found in held:
        kept = _vectors4.new_cases(found, dev)
        hold += _vectors4.case_records("holdout14", repo, kept)
    _vectors.write_parts((("vectors14_dev.jsonl", renumber(dev)),
                          ("vectors14_holdout.jsonl", renumber(hold))))  # fmt: skip


if __name__ == "__main__":
    main(sys.argv[1:])

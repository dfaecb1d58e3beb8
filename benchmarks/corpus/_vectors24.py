"""Build ``benchmarks/data/vectors24_{dev,holdout}.jsonl``: masking and scrubbing tools' own tests.

Usage (git directories at the pinned commits; only ``git show`` is read; relay is not read,
see :data:`RELAY`)::

    python -m benchmarks.corpus._vectors24 GO_MASKER_GIT DATAPREP_GIT VRL_GIT GO_EMAILADDRESS_GIT \
        PHONENUMBER_GIT

The split is by source suite and was fixed before extraction (2026-12-06, 22:16 UTC) by a
hash: the four suites sorted by ``sha256("vectors24:" + owner/name)``; the first two
(``ceil(4 / 2)``) are the development part (ggwhite/go-masker, sfu-db/dataprep), the last two
the held-out part (getsentry/relay, vectordotdev/vrl). Before the hash was computed only the
file lists of the four repositories had been read. The rules are written in
``benchmarks/corpus/README.md`` ("Twenty-fourth vector set") and as code below. This file
shares no code with privkit.
"""

from __future__ import annotations

import ast
import json
import re
import sys
from typing import Any

from benchmarks.corpus import _vectors, _vectors4
from benchmarks.corpus._git import git_show
from benchmarks.corpus._vectors17 import _key, earlier_dev_keys
from benchmarks.corpus._vectors23 import SENTENCES as _SENTENCES23
from benchmarks.corpus._vectors23 import gold_ok as _gold_ok23
from benchmarks.corpus._vectors23 import negative_ok as _negative_ok23

GO_MASKER = ("ggwhite/go-masker", "2e0bcb248e156bc26162b3ea9d73916bd1de421c", "MIT")
DATAPREP = ("sfu-db/dataprep", "ae07c1efe2bd20eed8f5dfd16f2efe944880fb05", "MIT")
#: Held out by the hash, but its snapshot (778 MB) is over the fetch limit and reading its file
#: through the search index would show its values: not opened, no record.
RELAY = ("getsentry/relay", "", "FSL-1.1-Apache-2.0")
VRL = ("vectordotdev/vrl", "eae43fef51bbe122a87281b5edfae5e03fe8d168", "MPL-2.0")
SUITES = (GO_MASKER, DATAPREP, RELAY, VRL)
#: The salt of the split hash (rule 1).
SPLIT_SALT = "vectors24:"
#: The second batch (rule 1b): relay's snapshot is over the fetch limit (778 MB), so the first
#: batch's held-out part would be vrl's few values alone; two more suites were chosen by their
#: names and file lists and split by their own salt before any of their files was opened
#: (2026-12-06, 22:17 UTC): go-emailaddress development, phonenumber held out.
GO_EMAILADDRESS = ("mcnijman/go-emailaddress", "ad7c68fed24875e0cba4d8a9c4435545e3f12637", "MIT")
PHONENUMBER = ("dongri/phonenumber", "d7c8b68e9a334863c59ead7955c7b0bf0e9f4614", "MIT")
SUITES_B = (GO_EMAILADDRESS, PHONENUMBER)
SPLIT_SALT_B = "vectors24b:"


def split(repos: list[str], salt: str = SPLIT_SALT) -> tuple[list[str], list[str]]:
    """Rule 1: the suites sorted by the salted sha256 of their name; the first
    ``ceil(n / 2)`` are the development part."""
    return _vectors.salted_halves(repos, salt)


# --- rules 2 and 3: which values are values of the type -----------------------------------

Vec = _vectors.Vec
Case = _vectors4.Case
EMAIL, PHONE, CARD, IP, URL = "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IP_ADDRESS", "URL"
DATE, SSN = "DATE_TIME", "US_SSN"
SENTENCES = _SENTENCES23

#: Rule 2b: two separators side by side, but for a parenthesis and one space.
_SEPARATOR_RUN = re.compile(r"(?!\) |\s\()[^\d\w][^\d\w]")


def phone_written(value: str) -> bool:
    """Rule 2b: a phone number as text writes it has no two separators side by side (``) ``
    and `` (`` aside): ``(02-)27   99-3--078`` is a masking test's messy input."""
    return not _SEPARATOR_RUN.search(value.strip())


def gold_ok(etype: str, value: str) -> bool:
    """Rule 2: the twenty-third set's rule 2, and a phone number by :func:`phone_written`."""
    return _gold_ok23(etype, value) and (etype != PHONE or phone_written(value))


def negative_ok(etype: str, value: str) -> bool:
    """Rule 3: the twenty-third set's rule 3; a refused phone number not written as text
    writes it (rule 2b) is no negative either."""
    return _negative_ok23(etype, value) and (etype != PHONE or phone_written(value))


def settle(vecs: list[Vec]) -> list[Vec]:
    """Rules 2 and 3 over one source's values; a value labelled both ways is left out."""
    kept = [v for v in vecs if "\x85" not in v[1]
            and (gold_ok(v[0], v[1]) if v[2] else negative_ok(v[0], v[1]))]  # fmt: skip
    gold = {(t, x) for t, x, ok, _c, _p in kept if ok}
    bad = {(t, x) for t, x, ok, _c, _p in kept if not ok}
    return [v for v in kept if (v[0], v[1]) not in (gold & bad)]


_GO_STR = r'"((?:[^"\\\n]|\\.)*)"'


def _go_string(body: str) -> str:
    """A Go interpreted string literal's body as its value."""
    return str(json.loads(f'"{body}"'))


# --- ggwhite/go-masker (development) ------------------------------------------------------

#: Rule 4: the maskers of the claimed types.
GO_MASKERS = {"Email": EMAIL, "Mobile": PHONE, "Telephone": PHONE, "Credit": CARD, "URL": URL}


def go_masker(git_dir: str) -> list[Vec]:
    """Rule 4: the input ``i: "..."`` of each row of ``TestXMasker_Marshal`` in ``x_test.go``
    (X a claimed type's masker), valid: a masker takes its type's values."""
    out: list[Vec] = []
    for name, etype in GO_MASKERS.items():
        path = f"{name.lower()}_test.go"
        src = git_show(git_dir, GO_MASKER[1], path)
        assert f"func Test{name}Masker_Marshal(" in src, path
        out += [(etype, _go_string(v), True, f"{name}Masker", path)
                for v in re.findall(r"\bi:\s*" + _GO_STR, src) if v]  # fmt: skip
    return out


# --- sfu-db/dataprep (development) --------------------------------------------------------

DATAPREP_DIR = "dataprep/tests/clean/"
#: Rule 5: the cleaning functions of the claimed types.
DATAPREP_TYPES = {"email": EMAIL, "ip": IP, "phone": PHONE, "url": URL, "date": DATE}


def _literal(node: ast.expr) -> Any:
    try:
        return ast.literal_eval(node)
    except (ValueError, SyntaxError):
        return None


def _fixture_columns(tree: ast.Module) -> dict[str, dict[str, list[Any]]]:
    """Each fixture's ``pd.DataFrame({column: [values]})`` columns (non-literals as None)."""
    out: dict[str, dict[str, list[Any]]] = {}
    for fn in tree.body:
        if not isinstance(fn, ast.FunctionDef):
            continue
        for node in ast.walk(fn):
            if isinstance(node, ast.Dict):
                cols = {_literal(k): [_literal(e) for e in v.elts]
                        for k, v in zip(node.keys, node.values, strict=True)
                        if k is not None and isinstance(v, ast.List)}  # fmt: skip
                out.setdefault(fn.name, {}).update(cols)
    return out


def _list_after(fn: ast.FunctionDef, test: Any) -> list[Any] | None:
    """The first list literal in ``fn`` whose owner node passes ``test``."""
    for node in ast.walk(fn):
        if test(node):
            for sub in ast.walk(node):
                if isinstance(sub, ast.List):
                    return [_literal(e) for e in sub.elts]
    return None


def dataprep_items(src: str, kind: str, path: str) -> list[Vec]:
    """Rule 5: ``assert validate_KIND(LITERAL) == True|False``; the fixture column that
    ``test_validate_series`` validates, row by row against its boolean Series; the fixture
    column that ``test_clean_default`` cleans, a row valid when its cleaned value is present (a
    string, or ``clean_url``'s details) and invalid when it is missing (``None``/``np.nan``)."""
    etype = DATAPREP_TYPES[kind]
    tree = ast.parse(src)
    fixtures = _fixture_columns(tree)
    out: list[Vec] = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Assert) and isinstance(node.test, ast.Compare)):
            continue
        call, right = node.test.left, node.test.comparators[0]
        if (isinstance(call, ast.Call) and getattr(call.func, "id", "") == f"validate_{kind}"
                and call.args and isinstance(_literal(call.args[0]), str)
                and isinstance(_literal(right), bool)):  # fmt: skip
            out.append((etype, _literal(call.args[0]), _literal(right), "validate", path))
    for fn in tree.body:
        if not isinstance(fn, ast.FunctionDef) or not fn.args.args:
            continue
        fixture = fn.args.args[0].arg
        if fn.name == "test_validate_series":
            verdicts = _list_after(fn, lambda n: isinstance(n, ast.Call)
                                   and getattr(n.func, "attr", "") == "Series")  # fmt: skip
        elif fn.name == "test_clean_default":
            verdicts = _list_after(fn, lambda n: isinstance(n, ast.Assign)
                                   and isinstance(n.targets[0], ast.Subscript))  # fmt: skip
            verdicts = [v is not None for v in verdicts] if verdicts is not None else None
        else:
            continue
        cols = fixtures.get(fixture, {})
        if verdicts is None or len(cols) != 1:
            continue
        (values,) = cols.values()
        assert len(values) == len(verdicts), (path, fn.name)
        out += [(etype, v, bool(ok), fn.name, path) for v, ok in zip(values, verdicts, strict=True)
                if isinstance(v, str) and isinstance(ok, bool)]  # fmt: skip
    return out


# --- mcnijman/go-emailaddress (development, second batch) ----------------------------------

GO_EMAIL_PATH = "emailaddress_test.go"


def go_email_items(src: str) -> tuple[list[Vec], list[Case]]:
    """Rule 6: each ``TestParse`` row ``{name, args{"value"}, want, wantErr}`` (valid when
    ``wantErr`` is false, else invalid); each ``TestFind*`` row whose remote or host check is
    off (``false``) and whose wanted list is not nil: a case, its text the haystack and its gold
    spans the wanted addresses (``local@domain``) where they occur."""
    vecs: list[Vec] = []
    cases: list[Case] = []
    for test in re.split(r"\nfunc ", src)[1:]:
        name = test.split("(", 1)[0]
        if name == "TestParse":
            rows = re.finditer(r'\{"\w+", args\{' + _GO_STR + r"\}, [^\n]*?, (true|false)\},", test)
            vecs += [(EMAIL, _go_string(m.group(1)), m.group(2) == "false", name, GO_EMAIL_PATH)
                     for m in rows]  # fmt: skip
        elif name.startswith("TestFind"):
            for m in re.finditer(r"args\{\[\]byte\(`([^`]*)`\), (true|false)\}, (nil|\[\][^\n]*)\},",
                                 test):  # fmt: skip
                if m.group(2) == "true" or m.group(3) == "nil":
                    continue
                text = m.group(1)
                spans: list[tuple[int, int]] = []
                for local, domain in re.findall(r'\{"([^"]*)", "([^"]*)"\}', m.group(3)):
                    address = f"{local}@{domain}"
                    at = text.find(address)
                    assert at >= 0, address
                    spans.append((at, at + len(address)))
                cases.append((EMAIL, text, spans, name, GO_EMAIL_PATH))
    return vecs, cases


# --- dongri/phonenumber (held out, second batch) -------------------------------------------

PHONENUMBER_PATH = "phonenumber_test.go"
#: Rule 7: the tables whose rows' first field is a number the library resolves (valid).
PHONENUMBER_TABLES = ("mobWithLLCountryTests", "mobFormatTests", "mobWithLLFormatTests",
                      "indiaMobileTests", "mobCountryTests", "mobileNumbers")  # fmt: skip


def phonenumber_items(src: str) -> list[Vec]:
    """Rule 7: the first string of each row ``{"number", ...}`` of the tables listed (a row of
    ``mobWithLLCountryTests`` whose expected country is empty is out); the mobile-only
    refusals of landlines (``mobFormatTestsNegative``) are no negatives."""
    out: list[Vec] = []
    for table in PHONENUMBER_TABLES:
        m = re.search(rf"\nvar {table} = \[\]struct \{{.*?\n\}}\{{\n(.*?)\n\}}\n", src, re.DOTALL)
        assert m, table
        for row in re.finditer(r"^\s*\{" + _GO_STR + r"(?:, " + _GO_STR + r")?", m.group(1),
                               re.MULTILINE):  # fmt: skip
            if table == "mobWithLLCountryTests" and not row.group(2):
                continue
            out.append((PHONE, _go_string(row.group(1)), True, table, PHONENUMBER_PATH))
    return out


# --- vectordotdev/vrl (held out) ----------------------------------------------------------

VRL_DIR = "src/stdlib/"
#: Rule 8: the functions read and their types.
VRL_FUNCTIONS = {"is_ipv4": IP, "is_ipv6": IP, "parse_url": URL}
_RS_STR = r'"((?:[^"\\\n]|\\.)*)"'


def _rs_string(body: str) -> str:
    return _go_string(body)


def vrl_items(src: str, fn: str, path: str) -> list[Vec]:
    """Rule 8: each ``test_function!`` entry ``value: value!("...")`` or ``value: "..."`` with
    ``want: Ok(...)`` and each ``example!`` ``source: FN("...")`` with ``result: Ok(...)``;
    ``is_ipv4``/``is_ipv6``: valid when the result is true, invalid when false; ``parse_url``:
    valid when ``Ok``, invalid when ``Err``."""
    etype = VRL_FUNCTIONS[fn]
    out: list[Vec] = []
    entries = [(m.group(1), m.group(2)) for m in re.finditer(
        r"\bvalue: (?:value!\()?" + _RS_STR + r"\)?,?\s*\],?\s*want: (Ok\(value!\((?:true|false)\)\)|Ok|Err)",
        src)]  # fmt: skip
    entries += [(m.group(1), m.group(2)) for m in re.finditer(
        rf"source: r#\"{fn}\(" + _RS_STR + r"\)\"#,\s*result: (Ok\(\"(?:true|false)\"\)|Ok|Err)",
        src)]  # fmt: skip
    for body, want in entries:
        if etype == IP:
            if "true" not in want and "false" not in want:
                continue
            valid = "true" in want
        else:
            valid = want.startswith("Ok")
        out.append((etype, _rs_string(body), valid, fn, path))
    return out


REDACT_PATH = "src/stdlib/redact.rs"


def vrl_redact_cases(src: str) -> list[Case]:
    """Rule 9: each ``redact`` test entry and example whose only filter is
    ``us_social_security_number`` and whose result is a string: a case, its text the input and
    its gold spans where the result's ``[REDACTED]`` stands (input and result aligned by their
    common start and end)."""
    out: list[Case] = []
    pairs = [(m.group(1), m.group(2)) for m in re.finditer(
        r"value: " + _RS_STR + r",\s*filters: vec!\[\"us_social_security_number\"\],\s*\],\s*"
        r"want: Ok\(" + _RS_STR + r"\)", src)]  # fmt: skip
    pairs += [(m.group(1), m.group(2)) for m in re.finditer(
        r"source: r#\"redact\(" + _RS_STR + r", filters: \[\"us_social_security_number\"\]\)\"#,"
        r"\s*result: Ok\(" + _RS_STR + r"\)", src)]  # fmt: skip
    for raw_in, raw_out in pairs:
        text, result = _rs_string(raw_in), _rs_string(raw_out)
        if "[REDACTED]" not in result:
            continue
        head, tail = result.split("[REDACTED]", 1)
        if "[REDACTED]" in tail or not (text.startswith(head) and text.endswith(tail)):
            continue
        out.append((SSN, text, [(len(head), len(text) - len(tail))], "redact", REDACT_PATH))
    return out


# --- records ----------------------------------------------------------------------------


def _numbered(recs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The records with ids numbered per source in order (a source gives values and cases)."""
    count: dict[str, int] = {}
    for r in recs:
        n = count.get(r["source"], 0)
        count[r["source"]] = n + 1
        r["id"] = f"{r['part']}-{r['source']}-{n:05d}"
    return recs


def main(argv: list[str]) -> None:
    gm, dp, vrl, ge, pn = argv
    assert split([r[0] for r in SUITES]) == ([GO_MASKER[0], DATAPREP[0]], [RELAY[0], VRL[0]])
    assert split([r[0] for r in SUITES_B], SPLIT_SALT_B) == ([GO_EMAILADDRESS[0]],
                                                              [PHONENUMBER[0]])  # fmt: skip
    # The held-out readers run first (the split was fixed before either part was extracted).
    vrl_vecs: list[Vec] = []
    for fn in VRL_FUNCTIONS:
        path = f"{VRL_DIR}{fn}.rs"
        vrl_vecs += vrl_items(git_show(vrl, VRL[1], path), fn, path)
    vrl_cases = vrl_redact_cases(git_show(vrl, VRL[1], REDACT_PATH))
    held = [(VRL, vrl_vecs), (PHONENUMBER, phonenumber_items(git_show(pn, PHONENUMBER[1],
                                                                     PHONENUMBER_PATH)))]  # fmt: skip
    dp_vecs: list[Vec] = []
    for kind in DATAPREP_TYPES:
        path = f"{DATAPREP_DIR}test_clean_{kind}.py"
        dp_vecs += dataprep_items(git_show(dp, DATAPREP[1], path), kind, path)
    ge_vecs, ge_cases = go_email_items(git_show(ge, GO_EMAILADDRESS[1], GO_EMAIL_PATH))
    dev: list[dict[str, Any]] = []
    for repo, vecs in ((GO_MASKER, go_masker(gm)), (DATAPREP, dp_vecs), (GO_EMAILADDRESS, ge_vecs)):
        dev += _vectors.records("dev24", repo, settle(vecs), sentences=SENTENCES)
    dev += _vectors4.case_records("dev24", GO_EMAILADDRESS, ge_cases)
    seen = earlier_dev_keys("vectors24_dev.jsonl")
    seen |= {_key(r["type"], r["text"][slice(*r["value_span"])]) for r in dev if r["valid"]}
    seen |= {_key(r["type"], r["text"]) for r in dev}
    hold: list[dict[str, Any]] = []
    for repo, vecs in held:
        new = [v for v in settle(vecs) if _key(v[0], v[1]) not in seen]
        hold += _vectors.records("holdout24", repo, new, sentences=SENTENCES)
    new_cases = [c for c in vrl_cases
                 if any(_key(c[0], c[1][s:e]) not in seen for s, e in c[2])]  # fmt: skip
    hold += _vectors4.case_records("holdout24", VRL, new_cases)
    _vectors.write_parts((("vectors24_dev.jsonl", _numbered(dev)),
                          ("vectors24_holdout.jsonl", _numbered(hold))))  # fmt: skip


if __name__ == "__main__":
    main(sys.argv[1:])

"""Build ``benchmarks/data/vectors33_{dev,holdout}.jsonl``: e-mail addresses, IP addresses, MAC
addresses and URLs as a Python form-validation library (WTForms) and a JavaScript IP address
library (ip-address) test them.

Usage (git directories at the pinned commits; only ``git show`` is read)::

    python -m benchmarks.corpus._vectors33 WTFORMS_GIT IP_ADDRESS_GIT FLANKER_GIT YUP_GIT

The split is by source suite and was fixed before extraction (2026-12-08, 00:31 UTC) by a
hash: the two suites sorted by ``sha256("vectors33:" + owner/name)``; the first
(``ceil(2 / 2)``) is the development part (pallets-eco/wtforms), the second the held-out part
(beaugunderson/ip-address; see :func:`split`). A second batch of two suites (rule 1b,
:data:`SUITES_B`; the first batch's development part holds 35 valid values) was split the same
way by its own salt (2026-12-08, 00:33 UTC, after the first development run): mailgun/flanker
development, jquense/yup held out. Before the hash was computed only the file lists,
file sizes and licence files of the two repositories had been read; the files read of each
(:data:`FILES`) were fixed with the split from their names alone (of the held-out files only
the JSON layout was looked at, key names and value types counted, no value printed, to write
the reader). The rules are written in ``benchmarks/corpus/README.md`` ("Thirty-third vector
set"). This file shares no code with privkit.
"""

from __future__ import annotations

import ast
import json
import re
import sys

from benchmarks.corpus import _vectors, _vectors24, _vectors32
from benchmarks.corpus._vectors17 import EMAIL, IP, MAC, URL

WTFORMS = ("pallets-eco/wtforms", "62bbb07f5f7d17397819ccb2b7ad1718a413e76d", "BSD-3-Clause")
IP_ADDRESS = ("beaugunderson/ip-address", "fbb8db28f1559842b7191cab7d8ea6408ed82f7b", "MIT")
SUITES = (WTFORMS, IP_ADDRESS)
#: The salt of the split hash (rule 1).
SPLIT_SALT = "vectors33:"
#: The second batch (rule 1b), chosen by names and file lists and split by its own salt before
#: any of its files was opened.
FLANKER = ("mailgun/flanker", "c7f70738dbb39eda2861b03917b63ec9fa828f5d", "Apache-2.0")
YUP = ("jquense/yup", "ff31eee8a2b10c938bb3a22544d9e33957a8cf01", "MIT")
SUITES_B = (FLANKER, YUP)
SPLIT_SALT_B = "vectors33b:"
#: Rule 7: flanker's fixture lists (the local-part-only and domain-typo lists are out).
FLANKER_LISTS = {"mailbox_valid": (EMAIL, True), "mailbox_invalid": (EMAIL, False),
                 "url_valid": (URL, True), "url_invalid": (URL, False)}  # fmt: skip
#: Rule 8: yup's string schemas of a claimed type.
YUP_SCHEMAS = {"email": EMAIL, "url": URL}
#: Rule 4: the type each WTForms validator test file tests.
PY_TESTS = {"test_email": EMAIL, "test_ipaddress": IP, "test_mac_address": MAC, "test_url": URL}
#: Rule 5: the ip-address data files (valid or invalid by their name).
JS_DATA = {"valid-ipv4-addresses": True, "invalid-ipv4-addresses": False,
           "valid-ipv6-addresses": True, "invalid-ipv6-addresses": False}  # fmt: skip
#: The files read of each suite, fixed with the split from the file lists alone.
FILES = {
    WTFORMS[0]: tuple(f"tests/validators/{n}.py" for n in PY_TESTS),
    IP_ADDRESS[0]: tuple(f"test/data/{n}.json" for n in JS_DATA),
    FLANKER[0]: tuple(f"tests/fixtures/{n}.txt" for n in FLANKER_LISTS),
    YUP[0]: ("test/string.ts",),
}

Vec = _vectors.Vec
SENTENCES = _vectors24.SENTENCES


def split(repos: list[str], salt: str = SPLIT_SALT) -> tuple[list[str], list[str]]:
    """Rule 1: the suites sorted by the salted sha256 of their name; the first
    ``ceil(n / 2)`` are the development part."""
    return _vectors.salted_halves(repos, salt)


def settle(vecs: list[Vec]) -> list[Vec]:
    """Rules 2 and 3: the thirty-second set's (a value labelled both ways is left out, and so
    is the empty value)."""
    return _vectors32.settle(vecs)


# --- pallets-eco/wtforms (development) ----------------------------------------------------


def _strings(node: ast.expr, lists: dict[str, ast.expr]) -> list[str]:
    """The string constants of a list or tuple literal, or of the module-level list a name
    is bound to; other elements (``None``, calls) are out."""
    if isinstance(node, ast.Name):
        node = lists.get(node.id, ast.List(elts=[]))
    if not isinstance(node, ast.List | ast.Tuple):
        return []
    return [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]


def _label(name: str) -> bool | None:
    """Rule 4: a test function's verdict from its name: ``raises`` or ``rejected`` invalid,
    else ``passes`` valid, else none."""
    if "raises" in name or "rejected" in name:
        return False
    return True if "passes" in name else None


def wtforms_items(src: str, path: str) -> list[Vec]:
    """Rule 4: in a validator test file of a claimed type, each string element of the list
    given to ``@pytest.mark.parametrize("<name>", [...])`` (or of the module-level list named
    there) on a test function: valid when the function's name says ``passes``, invalid when it
    says ``raises`` or ``rejected``; values assigned inside a test body are out."""
    etype = PY_TESTS[path.rsplit("/", 1)[1].removesuffix(".py")]
    tree = ast.parse(src)
    lists = {t.id: n.value for n in tree.body if isinstance(n, ast.Assign)
             for t in n.targets if isinstance(t, ast.Name)}  # fmt: skip
    out: list[Vec] = []
    for fn in tree.body:
        if not isinstance(fn, ast.FunctionDef) or (ok := _label(fn.name)) is None:
            continue
        for deco in fn.decorator_list:
            if (isinstance(deco, ast.Call) and ast.unparse(deco.func) == "pytest.mark.parametrize"
                    and len(deco.args) == 2):  # fmt: skip
                out += [(etype, v, ok, fn.name, path) for v in _strings(deco.args[1], lists)]
    return out


# --- beaugunderson/ip-address (held out) -----------------------------------------------------


def ip_address_items(src: str, path: str) -> list[Vec]:
    """Rule 5: the ``address`` string of each object of a data file: valid in
    ``valid-ipv{4,6}-addresses.json``, invalid in ``invalid-ipv{4,6}-addresses.json`` (the
    ``conditions`` lists are not read)."""
    ok = JS_DATA[path.rsplit("/", 1)[1].removesuffix(".json")]
    return [(IP, x["address"], ok, "data", path) for x in json.loads(src)
            if isinstance(x, dict) and isinstance(x.get("address"), str)]  # fmt: skip


# --- mailgun/flanker (development, second batch) -------------------------------------------


def flanker_items(src: str, path: str) -> list[Vec]:
    """Rule 7: each line of a fixture list, stripped, that is neither empty nor a comment
    (``#`` first, as the tests skip them): valid in the ``_valid`` lists, invalid in the
    ``_invalid`` ones (the tests parse each with ``address.parse(line, strict=True)``)."""
    etype, ok = FLANKER_LISTS[path.rsplit("/", 1)[1].removesuffix(".txt")]
    lines = (x.strip() for x in src.split("\n"))
    return [(etype, x, ok, "parse", path) for x in lines if x and not x.startswith("#")]


# --- jquense/yup (held out, second batch) -----------------------------------------------------


_JS_SQ = r"'((?:[^'\\\n]|\\.)*)'"


def yup_items(src: str, path: str) -> list[Vec]:
    """Rule 8: in each ``it(...)`` block that binds ``let v = string().email()`` or
    ``string().url()`` (no other call chained), each ``v.isValid('...')`` whose result the test
    expects ``toBe(true)`` (valid) or ``toBe(false)`` (invalid); a call with options is out."""
    out: list[Vec] = []
    for block in re.split(r"\bit\(", src)[1:]:
        m = re.search(r"let (\w+) = string\(\)\.(\w+)\(\);", block)
        if m is None or m.group(2) not in YUP_SCHEMAS:
            continue
        call = (
            re.escape(m.group(1))
            + r"\.isValid\("
            + _JS_SQ
            + r"\)\)\.resolves\.toBe\(\s*(true|false)"
        )
        out += [(YUP_SCHEMAS[m.group(2)], _vectors32._sq(c.group(1)), c.group(2) == "true",
                 "isValid", path) for c in re.finditer(call, block)]  # fmt: skip
    return out


# --- records ----------------------------------------------------------------------------


def main(argv: list[str]) -> None:
    wtforms, ip_address, flanker, yup = argv
    assert split([r[0] for r in SUITES]) == ([WTFORMS[0]], [IP_ADDRESS[0]])
    assert split([r[0] for r in SUITES_B], SPLIT_SALT_B) == ([FLANKER[0]], [YUP[0]])
    _vectors32.build_parts(
        33,
        FILES,
        dev_sources=((WTFORMS, wtforms, wtforms_items), (FLANKER, flanker, flanker_items)),
        held_sources=(
            (IP_ADDRESS, ip_address, ip_address_items),
            (YUP, yup, yup_items),
        ),  # (read first)
    )


if __name__ == "__main__":
    main(sys.argv[1:])

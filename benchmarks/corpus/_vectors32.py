"""Build ``benchmarks/data/vectors32_{dev,holdout}.jsonl``: IMEIs, IMSIs, MAC addresses, IP
addresses, US social security numbers and other claimed types as a Ruby validators gem, a PHP
validation library, two Go validation packages, a Java de-identification toolkit and a
JavaScript IP address regex test them.

Usage (git directories at the pinned commits; only ``git show`` is read)::

    python -m benchmarks.corpus._vectors32 MISSING_VALIDATORS_GIT INTERVENTION_GIT GOOKIT_GIT \
        DPT_GIT GOLIDATORS_GIT IP_REGEX_GIT

The split is by source suite and was fixed before extraction (2026-12-07, 16:46 UTC) by a
hash: the four suites sorted by ``sha256("vectors32:" + owner/name)``; the first two
(``ceil(4 / 2)``) are the development part (andrewgr/missing_validators,
Intervention/validation), the last two the held-out part (gookit/validate,
IBM/data-privacy-toolkit; see :func:`split`). A second batch of two suites (rule 1b,
:data:`SUITES_B`) was split the same way by its own salt: eredotpkfr/golidators development,
sindresorhus/ip-regex held out. Before the hash was computed only the file lists,
file sizes and licence files of the four repositories had been read; the files read of each
(:data:`FILES`) were fixed with the split from their names alone (of the held-out files only
their test layout was looked at, string literals masked, to write the readers). The rules are
written in ``benchmarks/corpus/README.md`` ("Thirty-second vector set"). This file shares no
code with privkit.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Sequence
from typing import Any

from benchmarks.corpus import _vectors, _vectors24
from benchmarks.corpus._git import git_show
from benchmarks.corpus._vectors14 import IMEI, IMSI
from benchmarks.corpus._vectors17 import (
    CARD,
    EMAIL,
    IBAN,
    IP,
    MAC,
    PHONE,
    SSN,
    URL,
    _key,
    earlier_dev_keys,
    mac_written,
)

MISSING_VALIDATORS = ("andrewgr/missing_validators", "6571439df0094452a3075cd61183de2741b373d7",
                      "MIT")  # fmt: skip
INTERVENTION = ("Intervention/validation", "ebb9e6e0fbdfb6e4f6dcd4ce8a135ce08e47fd9b", "MIT")
GOOKIT = ("gookit/validate", "b794bbbb7f5816c11df8bcd13fcea4e99479b16e", "MIT")
DPT = ("IBM/data-privacy-toolkit", "195ce315b71ee2c2153ab8362d9001f6725163f3", "Apache-2.0")
SUITES = (MISSING_VALIDATORS, INTERVENTION, GOOKIT, DPT)
#: The salt of the split hash (rule 1).
SPLIT_SALT = "vectors32:"
#: The second batch (rule 1b): the first batch's development part holds few values (37 valid),
#: so two more suites were chosen by their names and file lists and split by their own salt
#: before any of their files was opened (2026-12-07, 16:49 UTC): golidators development,
#: ip-regex held out.
GOLIDATORS = ("eredotpkfr/golidators", "c7ecbc107b6b691481e9929bc73eac6d0661824e", "MIT")
IP_REGEX = ("sindresorhus/ip-regex", "3e220cae3eb66ecfdf4f7678bea7306ceaa41c76", "MIT")
SUITES_B = (GOLIDATORS, IP_REGEX)
SPLIT_SALT_B = "vectors32b:"
_DPT_DIR = "library/src/test/java/com/ibm/research/drl/dpt/providers/identifiers/"
#: Rules 4 to 7: the type each file (or Go function) tests.
RUBY_SPECS = {"imei_spec": IMEI, "mac_address_spec": MAC, "ip_address_validator_spec": IP,
              "email_validator_spec": EMAIL, "url_validator_spec": URL}  # fmt: skip
PHP_RULES = {"Imei": IMEI, "Iban": IBAN, "Creditcard": CARD}
GO_FUNCS = {"IsEmail": EMAIL, "IsIP": IP, "IsIPv4": IP, "IsIPv6": IP, "IsMAC": MAC,
            "IsURL": URL, "IsFullURL": URL, "IsCnMobile": PHONE}  # fmt: skip
GO_CASES = {"Ipv4": IP, "Ipv6": IP, "Mac": MAC, "URL": URL, "CreditCard": CARD}
JS_LISTS = {"v4": (IP, True), "v4not": (IP, False), "v6": (IP, True), "v6not": (IP, False)}
JAVA_TESTS = {"IMEI": IMEI, "IMSI": IMSI, "IPAddress": IP, "MACAddress": MAC, "SSNUS": SSN,
              "IBAN": IBAN, "CreditCard": CARD, "Email": EMAIL, "URL": URL}  # fmt: skip
#: The files read of each suite, fixed with the split from the file lists alone.
FILES = {
    MISSING_VALIDATORS[0]: tuple(f"spec/validators/{n}.rb" for n in RUBY_SPECS),
    INTERVENTION[0]: tuple(f"tests/Rules/{n}Test.php" for n in PHP_RULES),
    GOOKIT[0]: ("validators_test.go",),
    DPT[0]: tuple(f"{_DPT_DIR}{n}IdentifierTest.java" for n in JAVA_TESTS),
    GOLIDATORS[0]: tuple(f"internal/test/{n}_test.go" for n in ("ip", "mac", "url", "creditcard")),
    IP_REGEX[0]: ("test.js",),
}


def split(repos: list[str], salt: str = SPLIT_SALT) -> tuple[list[str], list[str]]:
    """Rule 1: the suites sorted by the salted sha256 of their name; the first
    ``ceil(n / 2)`` are the development part."""
    return _vectors.salted_halves(repos, salt)


# --- rules 2 and 3: which values are values of the type -----------------------------------

Vec = _vectors.Vec
SENTENCES = _vectors24.SENTENCES

#: Rule 2b: switch vendors' groupings of a MAC address's twelve digits: HPE ProCurve's two
#: groups of six and Comware's (H3C's) three groups of four, joined by ``-``.
_MAC_GROUPED = re.compile(r"[0-9A-Fa-f]{6}-[0-9A-Fa-f]{6}|[0-9A-Fa-f]{4}(?:-[0-9A-Fa-f]{4}){2}")


def mac_value(value: str) -> bool:
    """Rule 2b: a MAC address in the seventeenth set's layouts (six pairs joined by one ``:``
    or ``-``, three groups of four joined by ``.``) or in a switch vendor's grouping
    (:data:`_MAC_GROUPED`). Pairs joined by spaces or full stops, six and six joined by ``:``
    or ``.``, twelve digits run together: out (a hex dump's or any hex id's shape)."""
    return mac_written(value) or bool(_MAC_GROUPED.fullmatch(value))


def gold_ok(etype: str, value: str) -> bool:
    """Rule 2: the twenty-fourth set's rule 2, a MAC address by :func:`mac_value` (2b), and
    (2c) an IMSI as 14 or 15 digits and nothing else."""
    if etype == MAC:
        return mac_value(value)
    if etype == IMSI:
        return bool(re.fullmatch(r"\d{14,15}", value))
    return _vectors24.gold_ok(etype, value)


def negative_ok(etype: str, value: str) -> bool:
    """Rule 3: the twenty-fourth set's rule 3; a refused MAC address written as rule 2b
    writes it is no negative either (refused for a layout the library does not accept)."""
    if etype == MAC and mac_value(value.strip()):
        return False
    return _vectors24.negative_ok(etype, value)


def settle(vecs: list[Vec]) -> list[Vec]:
    """Rules 2 and 3 over one source's values; a value labelled both ways is left out, and
    so is the empty value."""
    kept = [v for v in vecs if "\x85" not in v[1] and v[1].strip()
            and (gold_ok(v[0], v[1]) if v[2] else negative_ok(v[0], v[1]))]  # fmt: skip
    gold = {(t, x) for t, x, ok, _c, _p in kept if ok}
    bad = {(t, x) for t, x, ok, _c, _p in kept if not ok}
    return [v for v in kept if (v[0], v[1]) not in (gold & bad)]


# A source of values: its repository (name, pinned commit, licence), its git directory and
# its reader of one file's text (text, path -> values).
Source = tuple[tuple[str, str, str], str, Callable[[str, str], list[Vec]]]


def build_parts(
    ordinal: int,
    files: dict[str, tuple[str, ...]],
    *,
    dev_sources: Sequence[Source],
    held_sources: Sequence[Source],
    settle_values: Callable[[list[Vec]], list[Vec]] = settle,
) -> None:
    """Write a vector set's two parts (``vectors<ordinal>_dev.jsonl``, ``..._holdout.jsonl``).

    The held-out sources are read first (the split was fixed before either part was
    extracted); each source's values of its ``files`` are settled, made records
    (``dev<ordinal>`` / ``holdout<ordinal>``) and numbered; a held-out value already valid
    in this or an earlier development part is left out.
    """
    held: dict[str, list[Vec]] = {}
    for repo, git, reader in held_sources:
        held[repo[0]] = [
            v for path in files[repo[0]] for v in reader(git_show(git, repo[1], path), path)
        ]
    dev: list[dict[str, Any]] = []
    for repo, git, reader in dev_sources:
        vecs = [v for path in files[repo[0]] for v in reader(git_show(git, repo[1], path), path)]
        dev += _vectors.records(f"dev{ordinal}", repo, settle_values(vecs), sentences=SENTENCES)
    seen = earlier_dev_keys(f"vectors{ordinal}_dev.jsonl")
    seen |= {_key(r["type"], r["text"][slice(*r["value_span"])]) for r in dev if r["valid"]}
    hold: list[dict[str, Any]] = []
    for repo, _git, _reader in held_sources:
        new = [v for v in settle_values(held[repo[0]]) if _key(v[0], v[1]) not in seen]
        hold += _vectors.records(f"holdout{ordinal}", repo, new, sentences=SENTENCES)
    _vectors.write_parts(((f"vectors{ordinal}_dev.jsonl", _vectors24._numbered(dev)),
                          (f"vectors{ordinal}_holdout.jsonl", _vectors24._numbered(hold))))  # fmt: skip


_DQ_STR = r'"((?:[^"\\\n]|\\.)*)"'
_SQ_STR = r"'((?:[^'\\\n]|\\.)*)'"


def _dq(body: str) -> str:
    """A double-quoted literal's body (Go, Java) as its value; a literal with any other escape
    than ``\\\\`` and ``\\"`` is out (a value ``settle`` drops)."""
    if re.search(r"\\[^\\\"]", body.replace("\\\\", "")):
        return "\x85"  # (settle drops values holding it)
    return re.sub(r"\\([\\\"])", r"\1", body)


def _sq(body: str) -> str:
    """A single-quoted Ruby or PHP literal's body as its value (``\\'`` and ``\\\\``)."""
    return re.sub(r"\\([\\'])", r"\1", body)


# --- andrewgr/missing_validators (development) --------------------------------------------


def missing_validators_items(src: str, path: str) -> list[Vec]:
    """Rule 4: in a spec file of a claimed type, each string literal of
    ``is_expected.to allow_value('...').for(:attr)`` (valid) and of
    ``is_expected.not_to allow_value(...)`` (invalid), when the attribute is validated with the
    validator's defaults (``validates :attr, kind: true`` in the ``klass`` in force); a value
    checked under an option (``domain:``, ``root:``, ``scheme:``) is out. Integer literals
    are out."""
    etype = RUBY_SPECS[path.rsplit("/", 1)[1].removesuffix(".rb")]
    opts: dict[str, str] = {}
    out: list[Vec] = []
    for line in src.splitlines():
        if "let(:klass)" in line:
            opts = {}
        m = re.search(r"validates :(\w+), \w+: (.+?)\s*$", line)
        if m:
            opts[m.group(1)] = m.group(2)
        m = re.search(r"is_expected\.(to|not_to) allow_value\(" + _SQ_STR + r"\)\.for\(:(\w+)\)",
                      line)  # fmt: skip
        if m and opts.get(m.group(3)) == "true":
            out.append((etype, _sq(m.group(2)), m.group(1) == "to", "allow_value", path))
    return out


# --- Intervention/validation (development) ------------------------------------------------


def intervention_items(src: str, path: str) -> list[Vec]:
    """Rule 5: each row ``yield [true|false, '...'];`` of the rule test's ``dataProvider``:
    valid when true, invalid when false (the rule built without arguments)."""
    etype = PHP_RULES[path.rsplit("/", 1)[1].removesuffix("Test.php")]
    return [(etype, _sq(m.group(2)), m.group(1) == "true", "isValid", path)
            for m in re.finditer(r"yield \[(true|false), " + _SQ_STR + r"\];", src)]  # fmt: skip


# --- eredotpkfr/golidators (development, second batch) -----------------------------------


def golidators_items(src: str, path: str) -> list[Vec]:
    """Rule 8: each row ``{"...", true|false}`` (or an integer literal for a card number) of
    a ``<Name>Cases = [N]StrTestRecord{...}`` table whose ``Name`` tests a claimed type
    (:data:`GO_CASES`; the CIDR tables are out): valid when true, invalid when false."""
    out: list[Vec] = []
    for m in re.finditer(r"\b(\w+)Cases = \[\d+\]\w+TestRecord\{", src):
        etype = GO_CASES.get(m.group(1))
        if etype is None:
            continue
        end = re.compile(r"\n\s*\}").search(src, m.end())
        table = src[m.end() : end.start() if end else len(src)]
        for row in re.finditer(r'\{(?:"((?:[^"\\\n]|\\.)*)"|(\d+)), (true|false)\}', table):
            value = _dq(row.group(1)) if row.group(1) is not None else row.group(2)
            out.append((etype, value, row.group(3) == "true", m.group(1), path))
    return out


# --- sindresorhus/ip-regex (held out, second batch) ----------------------------------------


def ip_regex_items(src: str, path: str) -> list[Vec]:
    """Rule 9: each string literal of the ``v4`` and ``v6`` fixture arrays (valid: the tests
    assert an exact match) and of ``v4not`` and ``v6not`` (invalid); the boundary and
    extraction tables (texts around addresses) are out."""
    out: list[Vec] = []
    for m in re.finditer(r"const (\w+) = \[(.*?)\n\];", src, flags=re.DOTALL):
        if m.group(1) in JS_LISTS:
            etype, ok = JS_LISTS[m.group(1)]
            out += [(etype, _sq(x), ok, "exact", path) for x in re.findall(_SQ_STR, m.group(2))]
    return out


# --- gookit/validate (held out) -------------------------------------------------------------


def gookit_items(src: str, path: str) -> list[Vec]:
    """Rule 6: each ``is.True(F("..."))`` (valid) and ``is.False(F("..."))`` (invalid) with
    ``F`` a validator of a claimed type (:data:`GO_FUNCS`) and the literal its only argument;
    and each element of a ``NAME := []string{...}`` list that a ``for _, v := range NAME``
    loop asserts the same way with ``F(v)``."""
    funcs = "|".join(GO_FUNCS)
    token = re.compile(
        r"(?P<list>\w+)\s*:=\s*\[\]string\{(?P<items>[^{}]*)\}"
        r"|for\s+_,\s*(?P<var>\w+)\s*:=\s*range\s+(?P<over>\w+)"
        rf"|is\.(?P<ok>True|False)\(\s*(?P<fn>{funcs})\(\s*"
        r'(?:"(?P<lit>(?:[^"\\\n]|\\.)*)"|(?P<arg>\w+))\s*\)'
    )
    lists: dict[str, list[str]] = {}
    loops: dict[str, list[str]] = {}
    out: list[Vec] = []
    for m in token.finditer(src):
        if m.group("list"):
            lists[m.group("list")] = [_dq(x) for x in re.findall(_DQ_STR, m.group("items"))]
        elif m.group("var"):
            loops[m.group("var")] = lists.get(m.group("over"), [])
        else:
            lit = m.group("lit")
            values = [_dq(lit)] if lit is not None else loops.get(m.group("arg"), [])
            etype = GO_FUNCS[m.group("fn")]
            out += [(etype, v, m.group("ok") == "True", m.group("fn"), path) for v in values]
    return out


# --- IBM/data-privacy-toolkit (held out) ----------------------------------------------------


def _java_code(src: str) -> str:
    """Java source without its comments (string literals kept)."""
    return re.sub(r'("(?:[^"\\\n]|\\.)*")|/\*.*?\*/|//[^\n]*',
                  lambda m: m.group(1) or "", src, flags=re.DOTALL)  # fmt: skip


def dpt_items(src: str, path: str) -> list[Vec]:
    """Rule 7: in each ``@Test`` method not ``@Disabled``, each ``assertTrue(identifier.
    isOfThisType(X))`` (valid) and ``assertFalse(...)`` (invalid), ``X`` a literal, a variable
    holding the literal last assigned to it (``String v = "..."``, ``v = "..."``) or the loop
    variable of ``for (String v : NAME)`` over a ``String[] NAME = {...}`` array (each
    element). Other calls (``isOfThisTypeWithOffset``, ``parse...``) are out."""
    etype = JAVA_TESTS[path.rsplit("/", 1)[1].removesuffix("IdentifierTest.java")]
    code = _java_code(src)
    token = re.compile(
        r"String\[\]\s+(?P<arr>\w+)\s*=\s*\{(?P<items>[^{}]*)\}"
        r"|for\s*\(\s*String\s+(?P<var>\w+)\s*:\s*(?P<over>\w+)\s*\)"
        r'|(?:\bString\s+)?\b(?P<name>\w+)\s*=\s*"(?P<val>(?:[^"\\\n]|\\.)*)"\s*;'
        r"|assert(?P<ok>True|False)\(\s*identifier\.isOfThisType\(\s*"
        r'(?:"(?P<lit>(?:[^"\\\n]|\\.)*)"|(?P<arg>\w+))'
        r"\s*\)"
    )
    out: list[Vec] = []
    heads = list(re.finditer(r"((?:@\w+\s*)+)public\s+void\s", code))
    for i, head in enumerate(heads):
        if "@Test" not in head.group(1) or "@Disabled" in head.group(1):
            continue
        method = code[head.end() : heads[i + 1].start() if i + 1 < len(heads) else len(code)]
        arrays: dict[str, list[str]] = {}
        names: dict[str, list[str]] = {}
        for m in token.finditer(method):
            if m.group("arr"):
                arrays[m.group("arr")] = [_dq(x) for x in re.findall(_DQ_STR, m.group("items"))]
            elif m.group("var"):
                names[m.group("var")] = arrays.get(m.group("over"), [])
            elif m.group("name"):
                names[m.group("name")] = [_dq(m.group("val"))]
            else:
                lit = m.group("lit")
                values = [_dq(lit)] if lit is not None else names.get(m.group("arg"), [])
                out += [(etype, v, m.group("ok") == "True", "isOfThisType", path)
                        for v in values]  # fmt: skip
    return out


# --- records ----------------------------------------------------------------------------


def main(argv: list[str]) -> None:
    missing_validators, intervention, gookit, dpt, golidators, ip_regex = argv
    assert split([r[0] for r in SUITES]) == (
        [MISSING_VALIDATORS[0], INTERVENTION[0]], [GOOKIT[0], DPT[0]])  # fmt: skip
    assert split([r[0] for r in SUITES_B], SPLIT_SALT_B) == ([GOLIDATORS[0]], [IP_REGEX[0]])
    build_parts(
        32,
        FILES,
        dev_sources=(
            (MISSING_VALIDATORS, missing_validators, missing_validators_items),
            (INTERVENTION, intervention, intervention_items),
            (GOLIDATORS, golidators, golidators_items),
        ),
        held_sources=(
            (GOOKIT, gookit, gookit_items),
            (DPT, dpt, dpt_items),
            (IP_REGEX, ip_regex, ip_regex_items),
        ),  # (read first)
    )


if __name__ == "__main__":
    main(sys.argv[1:])

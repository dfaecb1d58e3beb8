"""Build ``benchmarks/data/vectors30_{dev,holdout}.jsonl``: IP addresses, IBANs and MAC addresses
as a Go IP address library, a Java IBAN library, a Rust MAC address crate and a Ruby IP address
gem test them.

Usage (git directories at the pinned commits; only ``git show`` is read)::

    python -m benchmarks.corpus._vectors30 NETADDR_GIT IBAN4J_GIT MACADDR_GIT IPADDRESS_GIT

The split is by source suite and was fixed before extraction (2026-12-07, 12:26 UTC) by a
hash: the four suites sorted by ``sha256("vectors30:" + owner/name)``; the first two
(``ceil(4 / 2)``) are the development part (inetaf/netaddr, arturmkrtchyan/iban4j), the last
two the held-out part (svartalf/rust-macaddr, ipaddress-gem/ipaddress; see :func:`split`).
Before the hash was computed only the file lists, file sizes and licence files of the four
repositories had been read; the files read of each (:data:`FILES`) were fixed with the split
from their names alone. The rules are written in ``benchmarks/corpus/README.md`` ("Thirtieth
vector set"). This file shares no code with privkit.
"""

from __future__ import annotations

import re
import sys
from typing import Any

from benchmarks.corpus import _vectors, _vectors24
from benchmarks.corpus._git import git_show
from benchmarks.corpus._vectors17 import IBAN, IP, MAC, _key, earlier_dev_keys, iban_mod97

NETADDR = ("inetaf/netaddr", "b8eac61e914ae50552e9783d406537a85f7f6d1d", "BSD-3-Clause")
IBAN4J = ("arturmkrtchyan/iban4j", "b59f2d45de301de1e9e5c982205564a0659a1e76", "Apache-2.0")
MACADDR = ("svartalf/rust-macaddr", "4c2305ab8241a679698c70e83859b52ede9fb4b8",
           "MIT OR Apache-2.0")  # fmt: skip
IPADDRESS = ("ipaddress-gem/ipaddress", "50a3d73bb1dbeec24a8dd957e3bb7cf7dd207960", "MIT")
SUITES = (NETADDR, IBAN4J, MACADDR, IPADDRESS)
#: The salt of the split hash (rule 1).
SPLIT_SALT = "vectors30:"
_IBAN_DIR = "src/test/java/org/iban4j/"
#: The files read of each suite, fixed with the split from the file lists alone.
FILES = {
    NETADDR[0]: ("netaddr_test.go",),
    IBAN4J[0]: tuple(_IBAN_DIR + n + ".java"
                     for n in ("TestDataHelper", "ValidIbanValidationTest", "IbanUtilTest",
                               "IbanValidatorTest", "InvalidIbanIsValidTest",
                               "InvalidIbanValidationTest")),
    MACADDR[0]: ("src/parser/tests.rs", "src/addr.rs", "src/addr6.rs", "src/addr8.rs"),
    IPADDRESS[0]: ("test/ipaddress/ipv4_test.rb", "test/ipaddress/ipv6_test.rb",
                   "test/ipaddress_test.rb"),
}  # fmt: skip


def split(repos: list[str], salt: str = SPLIT_SALT) -> tuple[list[str], list[str]]:
    """Rule 1: the suites sorted by the salted sha256 of their name; the first
    ``ceil(n / 2)`` are the development part."""
    return _vectors.salted_halves(repos, salt)


# --- rules 2 and 3: which values are values of the type -----------------------------------

Vec = _vectors.Vec
SENTENCES = _vectors24.SENTENCES


def negative_ok(etype: str, value: str) -> bool:
    """Rule 3: the twenty-fourth set's rule 3, and: a refused IBAN whose upper-case form,
    spaces removed, passes the mod-97 check is no negative (refused for its case, its
    spacing or a country the library does not support: still an account number)."""
    if etype == IBAN and iban_mod97(value.upper()):
        return False
    return _vectors24.negative_ok(etype, value)


def settle(vecs: list[Vec]) -> list[Vec]:
    """Rules 2 and 3 over one source's values (rule 2: the twenty-fourth set's); a value
    labelled both ways is left out."""
    kept = [v for v in vecs if "\x85" not in v[1]
            and (_vectors24.gold_ok(v[0], v[1]) if v[2] else negative_ok(v[0], v[1]))]  # fmt: skip
    gold = {(t, x) for t, x, ok, _c, _p in kept if ok}
    bad = {(t, x) for t, x, ok, _c, _p in kept if not ok}
    return [v for v in kept if (v[0], v[1]) not in (gold & bad)]


_DQ_STR = r'"((?:[^"\\\n]|\\.)*)"'


def _dq(body: str) -> str:
    """A double-quoted literal's body (Go, Java, Rust, Ruby) as its value; a literal with any
    other escape than ``\\\\`` and ``\\"`` is out (a value ``settle`` drops)."""
    if re.search(r"\\[^\\\"]", body):
        return "\x85"  # (settle drops values holding it)
    return re.sub(r"\\([\\\"])", r"\1", body)


def _block(src: str, start: int, open_: str = "{", close: str = "}") -> str:
    """The text from ``start`` (just after an opening bracket) to its matching close."""
    depth, i = 1, start
    while i < len(src) and depth:
        depth += {open_: 1, close: -1}.get(src[i], 0)
        i += 1
    return src[start : i - 1]


# --- inetaf/netaddr (development) --------------------------------------------------------


def netaddr_items(src: str, path: str) -> list[Vec]:
    """Rule 4: each ``in:`` of ``TestParseIP``'s ``validIPs`` table and each ``mustIP("...")``
    argument: valid; each string of its ``invalidIPs`` list and each ``ip:`` of
    ``TestParseIPError``'s table: invalid (all under ``ParseIP``, which has no options)."""
    out: list[Vec] = []
    m = re.search(r"var validIPs = \[\]struct \{[^{}]*\}\{", src)
    if m:
        out += [(IP, _dq(x.group(1)), True, "ParseIP", path)
                for x in re.finditer(r"\bin:\s*" + _DQ_STR, _block(src, m.end()))]  # fmt: skip
    m = re.search(r"var invalidIPs = \[\]string\{", src)
    if m:
        out += [(IP, _dq(x.group(1)), False, "ParseIP", path)
                for x in re.finditer(_DQ_STR, re.sub(r"//[^\n]*", "", _block(src, m.end())))]  # fmt: skip
    m = re.search(r"func TestParseIPError\(t \*testing\.T\) \{", src)
    if m:
        out += [(IP, _dq(x.group(1)), False, "ParseIP", path)
                for x in re.finditer(r"\bip:\s*" + _DQ_STR, _block(src, m.end()))]  # fmt: skip
    out += [(IP, _dq(x.group(1)), True, "mustIP", path)
            for x in re.finditer(r"\bmustIP\(" + _DQ_STR + r"\)", src)]  # fmt: skip
    return out


# --- arturmkrtchyan/iban4j (development) --------------------------------------------------


def iban4j_items(src: str, path: str) -> list[Vec]:
    """Rule 5: each string after a built ``Iban`` in a test data row (``.build(), "..."``),
    each literal passed to ``IbanUtil.validate`` outside ``assertThrows`` or to
    ``assertTrue(IbanUtil.isValid(...))`` (either with the format the test names), and each
    ``String validIban... = "..."`` of a validator built with default options: valid. Each
    literal under ``assertFalse(IbanUtil.isValid("..."))``, under ``assertThrows(...,
    () -> IbanUtil.validate("..."))`` (the literal the only argument) and each ``String
    invalidIban = "..."``: invalid. A value refused only under a non-default format or config
    (a second argument; ``ibanWithInvalidNationalCheckDigit`` with country rules enabled) is
    out."""
    out: list[Vec] = []
    out += [(IBAN, _dq(x.group(1)), True, "Iban.Builder", path)
            for x in re.finditer(r"\.build\(\),\s*" + _DQ_STR, src)]  # fmt: skip
    for x in re.finditer(r"(assertThrows\([\w.]+,\s*\(\) -> )?IbanUtil\.validate\(" + _DQ_STR
                         + r"\s*(\)?)", src):  # fmt: skip
        if not x.group(1) or x.group(3):  # a refusal under a non-default config is out
            out.append((IBAN, _dq(x.group(2)), not x.group(1), "IbanUtil.validate", path))
    for x in re.finditer(r"assert(True|False)\(IbanUtil\.isValid\(" + _DQ_STR + r"\s*(\)?)", src):
        if x.group(1) == "True" or x.group(3):
            out.append((IBAN, _dq(x.group(2)), x.group(1) == "True", "IbanUtil.isValid", path))
    out += [(IBAN, _dq(x.group(2)), not x.group(1), "IbanValidator", path)
            for x in re.finditer(r"String (in)?validIban\d*\s*=\s*" + _DQ_STR, src)]  # fmt: skip
    return out


# --- svartalf/rust-macaddr (held out) ------------------------------------------------------


def macaddr_items(src: str, path: str) -> list[Vec]:
    """Rule 6: in each ``#[test]`` function, each literal parsed (``from_str("...")``,
    ``"...".parse``): valid when the function asserts success (``is_ok()``, ``unwrap()``,
    ``Ok(``) and never failure, invalid when it asserts failure (``is_err()``, ``Err(``) and
    never success; otherwise out. Values are MAC addresses (six-byte and eight-byte forms
    alike; rule 2 keeps six-byte ones as gold)."""
    out: list[Vec] = []
    for fn in re.split(r"#\[test\]", src)[1:]:
        ok = bool(re.search(r"is_ok\(\)|\.unwrap\(\)|\bOk\(", fn))
        bad = bool(re.search(r"is_err\(\)|\bErr\(", fn))
        if ok == bad:
            continue
        values = [x.group(1) for x in re.finditer(r"from_str\(\s*" + _DQ_STR + r"\s*\)", fn)]
        values += [x.group(1) for x in re.finditer(_DQ_STR + r"\s*\.parse", fn)]
        out += [(MAC, _dq(v), ok, "from_str", path) for v in values]
    return out


# --- ipaddress-gem/ipaddress (held out) ----------------------------------------------------


def ipaddress_items(src: str, path: str) -> list[Vec]:
    """Rule 7: in a test class's ``setup``, the string literals (hash keys and list
    elements) bound to an instance variable named ``@valid_...``: valid; to ``@invalid_...``:
    invalid (the ``_range`` and ``_uint32`` lists, not addresses as text writes them, are
    out); and anywhere, each literal passed to ``@klass.new`` or ``IPAddress(...)``/
    ``IPAddress.parse``: valid. Rule 2 keeps as gold only an address without a prefix."""
    out: list[Vec] = []
    m = re.search(r"\n  def setup\n(.*?)\n  end\n", src, flags=re.DOTALL)
    setup = m.group(1) if m else ""
    for x in re.finditer(r"@(in)?valid_(\w+)\s*=\s*", setup):
        if x.group(2).endswith(("_range", "_uint32")):
            continue
        rest = setup[x.end() :]
        if rest[:1] in "[{":
            body = _block(rest, 1, rest[0], "]" if rest[0] == "[" else "}")
            body = re.sub(r"=>\s*\[[^\]]*\]", "", body)  # a hash's values are not the tested value
            body = re.sub(r"=>\s*" + _DQ_STR, "", body)
            values = [y.group(1) for y in re.finditer(_DQ_STR, body)]
        else:
            lit = re.match(_DQ_STR, rest)
            values = [lit.group(1)] if lit else []
        out += [(IP, _dq(v), not x.group(1), "@" + x.group(0).strip(" =@"), path) for v in values]
    out += [(IP, _dq(x.group(1)), True, "new", path)
            for x in re.finditer(r"(?:@klass\.new|IPAddress(?:\.parse)?)[ (]\s*" + _DQ_STR, src)]  # fmt: skip
    return out


# --- records ----------------------------------------------------------------------------


def main(argv: list[str]) -> None:
    netaddr, iban4j, macaddr, ipaddress_git = argv
    assert split([r[0] for r in SUITES]) == ([NETADDR[0], IBAN4J[0]], [MACADDR[0], IPADDRESS[0]])
    # The held-out readers run first (the split was fixed before either part was extracted).
    held: dict[str, list[Vec]] = {MACADDR[0]: [], IPADDRESS[0]: []}
    for repo, git, reader in ((MACADDR, macaddr, macaddr_items),
                              (IPADDRESS, ipaddress_git, ipaddress_items)):  # fmt: skip
        for path in FILES[repo[0]]:
            held[repo[0]] += reader(git_show(git, repo[1], path), path)
    dev: list[dict[str, Any]] = []
    for repo, git, reader in ((NETADDR, netaddr, netaddr_items), (IBAN4J, iban4j, iban4j_items)):
        vecs: list[Vec] = []
        for path in FILES[repo[0]]:
            vecs += reader(git_show(git, repo[1], path), path)
        dev += _vectors.records("dev30", repo, settle(vecs), sentences=SENTENCES)
    seen = earlier_dev_keys("vectors30_dev.jsonl")
    seen |= {_key(r["type"], r["text"][slice(*r["value_span"])]) for r in dev if r["valid"]}
    hold: list[dict[str, Any]] = []
    for repo in (MACADDR, IPADDRESS):
        new = [v for v in settle(held[repo[0]]) if _key(v[0], v[1]) not in seen]
        hold += _vectors.records("holdout30", repo, new, sentences=SENTENCES)
    _vectors.write_parts((("vectors30_dev.jsonl", _vectors24._numbered(dev)),
                          ("vectors30_holdout.jsonl", _vectors24._numbered(hold))))  # fmt: skip


if __name__ == "__main__":
    main(sys.argv[1:])

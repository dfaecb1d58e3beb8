"""Build ``benchmarks/data/vectors36_{dev,holdout}.jsonl``: IPv4 and IPv6 addresses as six IP
address libraries in four languages test them (two PHP libraries, Ruby's ``ipaddr``, a Rust
CIDR crate, a JavaScript IP helper and a third PHP library).

Usage (git directories at the pinned commits; only ``git show`` is read)::

    python -m benchmarks.corpus._vectors36 PHPIP_GIT IPLIB_GIT RUBYIPADDR_GIT RUSTCIDR_GIT \
        NODEIP_GIT DARSYN_GIT NETIPX_GIT IPY_GIT IPTOOLS_GIT

The split is by source suite and was fixed before extraction (2026-12-08, 03:43 UTC) by a
hash: the six suites sorted by ``sha256("vectors36:" + owner/name)``; the first three
(``ceil(6 / 2)``) are the development part (rlanvin/php-ip, mlocati/ip-lib, ruby/ipaddr), the
last three the held-out part (stbuehler/rust-cidr, indutny/node-ip, darsyn/ip; see
:func:`split`). Before the hash was computed only the file lists, file sizes and licence files
of the six repositories had been read; the files read of each (:data:`FILES`) were fixed with
the split from their names alone (of the held-out files only the layout was looked at, string
literals masked, to write the readers). Rule 1b: after the first development run, Go's netipx, Python's IPy and PHP's
IPTools were added to the development part alone (:data:`NETIPX`, :data:`IPY`,
:data:`IPTOOLS`). The labels are the thirty-fifth set's rules 2' and 3'
(:func:`benchmarks.corpus._vectors35.settle`). The rules are written in
``benchmarks/corpus/README.md`` ("Thirty-sixth vector set"). This file shares no code with
privkit.
"""

from __future__ import annotations

import re
import sys

from benchmarks.corpus import _vectors, _vectors32, _vectors35
from benchmarks.corpus._vectors17 import IP

PHPIP = ("rlanvin/php-ip", "7811f12256a5a610ddcb31ed9840179f4dd3784d", "MIT")
IPLIB = ("mlocati/ip-lib", "4e40ffd3bf9989db19403d89c4d8be44b87b8a91", "MIT")
RUBYIPADDR = ("ruby/ipaddr", "2f25173dc1080fe4cf3ee91b3b85eb38a6c59af9", "BSD-2-Clause")
RUSTCIDR = ("stbuehler/rust-cidr", "64778518e06d34539b10e2720a00b20004efa2ef", "MIT")
NODEIP = ("indutny/node-ip", "3b0994a74eca51df01f08c40d6a65ba0e1845d04", "MIT")
DARSYN = ("darsyn/ip", "ca44e1f35d2b5c1f64cf3bce04efac41db40f7c8", "MIT")
SUITES = (PHPIP, IPLIB, RUBYIPADDR, RUSTCIDR, NODEIP, DARSYN)
#: Rule 1b: development-only suites added after the first development run (2026-12-08, 03:47
#: UTC), chosen by their names and file lists because the first development part held only
#: three distinct IP values privkit misses: Go's netipx, Python's IPy and PHP's IPTools. No
#: held-out suite is added; the held-out part is unchanged.
NETIPX = ("go4org/netipx", "fdeea329fbbac19fb83c9cfda32c4fcac39bbaab", "BSD-3-Clause")
IPY = ("autocracy/python-ipy", "d816fdab5c6583b40b1c0bda8668e70f934a85dc", "BSD-3-Clause")
IPTOOLS = ("S1lentium/IPTools", "2a88ce1b63a86c2e51bd033bc2aa7efbf9191c74", "MIT")
#: The salt of the split hash (rule 1).
SPLIT_SALT = "vectors36:"
_IPLIB_DIR = "test/tests/Addresses/"
#: The files read of each suite, fixed with the split from the file lists alone.
FILES = {
    PHPIP[0]: tuple(f"tests/{n}.php" for n in ("IPTest", "IPv4Test", "IPv6Test")),
    IPLIB[0]: tuple(f"{_IPLIB_DIR}{n}Test.php" for n in
                    ("Valid", "Invalid", "ZoneId", "MixedSyntax", "Ports")),
    RUBYIPADDR[0]: ("test/test_ipaddr.rb",),
    RUSTCIDR[0]: ("src/inet/tests.rs",),
    NODEIP[0]: ("test/api-test.js",),
    DARSYN[0]: tuple(f"tests/DataProvider/{n}.php" for n in ("IPv4", "IPv6", "Multi")),
    NETIPX[0]: ("netipx_test.go",),
    IPY[0]: ("test/test_IPy.py",),
    IPTOOLS[0]: ("tests/IPTest.php",),
}  # fmt: skip

Vec = _vectors.Vec


def split(repos: list[str], salt: str = SPLIT_SALT) -> tuple[list[str], list[str]]:
    """Rule 1: the suites sorted by the salted sha256 of their name; the first
    ``ceil(n / 2)`` are the development part."""
    return _vectors.salted_halves(repos, salt)


def settle(vecs: list[Vec]) -> list[Vec]:
    """Rules 2 and 3: the thirty-fifth set's rules 2' and 3' (an accepted IP is gold when
    Python's ``ipaddress`` parses it or it is a zero-padded dotted quad; a refused one that is
    an address, or one inside brackets or with a port or prefix length, is no negative; one
    labelled both ways is out)."""
    return _vectors35.settle(vecs)


_SQ = r"'((?:[^'\\\n]|\\.)*)'"
_DQ = r'"((?:[^"\\\n]|\\.)*)"'
_LINE_COMMENT = re.compile(r"^\s*(?://|#).*$", re.MULTILINE)


def _php_methods(src: str) -> list[tuple[str, str]]:
    """(name, body) of each ``function`` of a PHP class, the body running to the next one;
    whole-line comments blanked."""
    src = _LINE_COMMENT.sub("", src)
    heads = list(re.finditer(r"\bfunction\s+(\w+)\s*\(", src))
    ends = [h.start() for h in heads[1:]] + [len(src)]
    return [(h.group(1), src[h.end() : e]) for h, e in zip(heads, ends, strict=True)]


def _row_literals(body: str) -> list[str]:
    """The single-quoted literals of a PHP data provider's body that are no array keys
    (``'label' =>``) and no argument of ``pack(...)``."""
    body = re.sub(r"\bpack\([^()]*\)", "", body)
    return [_vectors32._sq(m.group(1)) for m in re.finditer(_SQ, body)
            if not re.match(r"\s*=>", body[m.end() :])]  # fmt: skip


# --- rlanvin/php-ip (development) ---------------------------------------------------------


def _provider_items(src: str, path: str, invalid: frozenset[str]) -> list[Vec]:
    """In each data provider (a method whose name does not start with ``test``), the
    single-quoted literals of its rows (no row labels): invalid in the providers named in
    ``invalid`` (the constructor must throw), valid in every other one."""
    out: list[Vec] = []
    for name, body in _php_methods(src):
        if not name.startswith("test"):
            ok = name not in invalid
            out += [(IP, v, ok, name, path) for v in _row_literals(body)]
    return out


def phpip_items(src: str, path: str) -> list[Vec]:
    """Rule 4: in each data provider (a method whose name does not start with ``test``), the
    single-quoted literals of its rows (no row labels): invalid in ``invalidAddresses`` (the
    constructor must throw), valid in every other provider (addresses the tests build an
    ``IP`` from or compare its output with; the numeric, binary and hexadecimal columns and
    reverse pointers are no addresses by rule 2 and drop out)."""
    return _provider_items(src, path, frozenset({"invalidAddresses"}))


# --- mlocati/ip-lib (development) ---------------------------------------------------------


def iplib_items(src: str, path: str) -> list[Vec]:
    """Rule 5: in each data provider whose name starts with ``valid`` (valid) or ``invalid``
    (invalid), the single-quoted literals of its ``array(...)`` rows (a valid row's other
    columns are the library's short and long forms of the same address)."""
    out: list[Vec] = []
    for name, body in _php_methods(src):
        low = name.lower()
        if low.startswith(("valid", "invalid")):
            ok = low.startswith("valid")
            out += [(IP, v, ok, name, path) for v in _row_literals(body)]
    return out


# --- ruby/ipaddr (development) ------------------------------------------------------------

_RB_LIT = r"""(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)')"""
_RB_NEW = re.compile(r"IPAddr\.new\(\s*" + _RB_LIT + r"\s*\)")
_RB_RAISES = re.compile(r"assert_raises?\((?:IPAddr::)?(\w+)\)")
_RB_OUT = re.compile(r"assert_equal\(\s*" + _RB_LIT + r"\s*,[^\n]*\.to_s(?:tring)?\)\s*$")
_RB_ROW = re.compile(r"^\s*\[\s*" + _RB_LIT + r"\s*\],?\s*$")


def _rb(m: re.Match[str], first: int = 1) -> str:
    """A Ruby literal's value (``\\"``/``\\'``/``\\\\`` unescaped; any other escape marks the
    value for ``settle`` to drop)."""
    dq, sq = m.group(first), m.group(first + 1)
    return _vectors32._dq(dq) if dq is not None else _vectors32._sq(sq)


def rubyipaddr_items(src: str, path: str) -> list[Vec]:
    """Rule 6: in ``test_ipaddr.rb``:

    - invalid: the literal given alone to ``IPAddr.new`` as the whole block of
      ``assert_raise(IPAddr::InvalidAddressError) { ... }`` (on its line, or alone on the line
      after the one opening the block);
    - valid: every other literal given alone to ``IPAddr.new(...)`` (no address family) on a
      line that neither asserts an error nor is the body of a block asserting one; the
      one-literal rows ``["..."]`` of ``test_s_new`` (``assert_nothing_raised``); and the
      expected literal of ``assert_equal("...", ... .to_s)`` / ``.to_string`` (the library's
      own writing of an address).
    """
    out: list[Vec] = []
    lines = src.split("\n")
    in_new = False
    for i, line in enumerate(lines):
        if re.match(r"\s*def \w+", line):
            in_new = line.strip() == "def test_s_new"
        here = _RB_RAISES.search(line)
        prev = _RB_RAISES.search(lines[i - 1]) if i else None
        opened = prev is not None and lines[i - 1].rstrip().endswith(("{", "do"))
        for m in _RB_NEW.finditer(line):
            if here is not None:
                whole = re.search(r"\{\s*" + re.escape(m.group(0)) + r"\s*\}", line)
                if here.group(1) == "InvalidAddressError" and whole is not None:
                    out.append((IP, _rb(m), False, "assert_raise", path))
            elif opened and prev is not None:
                if prev.group(1) == "InvalidAddressError" and line.strip() == m.group(0):
                    out.append((IP, _rb(m), False, "assert_raise", path))
            else:
                out.append((IP, _rb(m), True, "IPAddr.new", path))
        if in_new and (row := _RB_ROW.match(line)):
            out.append((IP, _rb(row), True, "assert_nothing_raised", path))
        if out_m := _RB_OUT.search(line):
            out.append((IP, _rb(out_m), True, "to_s", path))
    return out


# --- stbuehler/rust-cidr (held out) -------------------------------------------------------

_RS_CALL = re.compile(r"\btest_(?:v4|v6|v4_contains|v6_contains|v4_contains_not|v6_contains_not"
                      r"|v4_order|v6_order|order|nth)\(((?:[^()]|\((?:[^()]|\([^()]*\))*\))*)\)")  # fmt: skip
_RS_PARSE = re.compile(_DQ + r"\s*\.parse::<")


def rustcidr_items(src: str, path: str) -> list[Vec]:
    """Rule 7: in each ``#[test]`` function of ``src/inet/tests.rs``, each string literal
    parsed (``"...".parse::<...>()``) or given to a test helper (``test_v4(...)``,
    ``test_v6_contains(...)``, ``test_order(...)`` and the like): valid, or invalid when the
    function is marked ``#[should_panic]`` (the parse must fail). Most are networks with a
    prefix length (neither gold nor a negative by rule 3)."""
    out: list[Vec] = []
    for block in re.split(r"#\[test\]", src)[1:]:
        body = block.split("\n}\n", 1)[0]
        ok = "#[should_panic" not in body
        body = re.sub(r"#\[should_panic\((?:[^()]|\n)*?\)\]", "", body)
        vals = [m.group(1) for m in _RS_PARSE.finditer(body)]
        for call in _RS_CALL.finditer(body):
            vals += [m.group(1) for m in re.finditer(_DQ, call.group(1))]
        out += [(IP, _vectors32._dq(v), ok, "inet", path) for v in vals]
    return out


# --- indutny/node-ip (held out) -----------------------------------------------------------

_JS_IN = re.compile(r"\bip\.(isPrivate|isPublic|isLoopback|toBuffer|isEqual|subnet|cidrSubnet"
                    r"|cidr|mask|or|not|toLong|isV4Format|isV6Format)\(\s*" + _SQ
                    + r"(?:\s*,\s*" + _SQ + r")?")  # fmt: skip
_JS_NORM = re.compile(r"\bip\.normalizeToLong\(\s*" + _SQ + r"\s*\)\s*,\s*(-1\b)?")
_JS_OUT = re.compile(r"assert\.equal\(\s*(?:ip\.(?:toString|fromLong|mask|or|not|fromPrefixLen"
                     r"|cidr|loopback)\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)"
                     r"|\w+\.(?:networkAddress|firstAddress|lastAddress|broadcastAddress"
                     r"|subnetMask))\s*,\s*" + _SQ)  # fmt: skip


def nodeip_items(src: str, path: str) -> list[Vec]:
    """Rule 8: in ``test/api-test.js``: valid, each literal given as an address to an
    address-taking helper (``ip.isPrivate``, ``ip.isLoopback``, ``ip.toBuffer``,
    ``ip.isEqual``, ``ip.subnet``, ``ip.cidr``, ``ip.mask``, ``ip.or``, ``ip.not``,
    ``ip.toLong`` and the like; the first two arguments), each literal given to
    ``ip.normalizeToLong`` whose expected result is not ``-1``, and the expected literal of
    ``assert.equal`` on an address-returning helper (``ip.toString``, ``ip.fromLong``,
    ``ip.mask``, ``ip.or``, ``ip.not``, ``ip.fromPrefixLen``, ``ip.cidr``, ``ip.loopback``) or
    a subnet's address property; invalid, each literal given to ``ip.normalizeToLong`` whose
    expected result is ``-1``. Octal, hexadecimal and shortened forms are no addresses by
    rule 2 and drop out."""
    out: list[Vec] = []
    for m in _JS_IN.finditer(src):
        out += [(IP, _vectors32._sq(g), True, m.group(1), path)
                for g in m.groups()[1:] if g is not None]  # fmt: skip
    for m in _JS_NORM.finditer(src):
        out.append((IP, _vectors32._sq(m.group(1)), m.group(2) is None, "normalizeToLong", path))
    out += [(IP, _vectors32._sq(m.group(1)), True, "assert.equal", path)
            for m in _JS_OUT.finditer(src)]  # fmt: skip
    return out


# --- darsyn/ip (held out) -----------------------------------------------------------------

#: Rule 9: the data providers whose row literals are addresses the tests construct.
DARSYN_VALID = frozenset({"getValidProtocolIpAddresses", "getNetworkIpAddresses",
                          "getBroadcastIpAddresses", "getValidInRangeIpAddresses",
                          "getCommonCidrValues", "getEmbeddingStrategyIpAddresses"})  # fmt: skip


def darsyn_items(src: str, path: str) -> list[Vec]:
    """Rule 9: in ``tests/DataProvider/{IPv4,IPv6,Multi}.php``: valid, the single-quoted
    literals (outside ``pack(...)``) of the rows of the providers in :data:`DARSYN_VALID` and
    the keys of ``getCategorizedIpAddresses`` (``'...' => category``); invalid, the literals
    (outside ``pack(...)``) of ``getInvalidIpAddresses`` (the constructor must throw)."""
    out: list[Vec] = []
    for name, body in _php_methods(src):
        if name in DARSYN_VALID:
            out += [(IP, v, True, name, path) for v in _row_literals(body)]
        elif name == "getInvalidIpAddresses":
            out += [(IP, v, False, name, path) for v in _row_literals(body)]
        elif name == "getCategorizedIpAddresses":
            out += [(IP, _vectors32._sq(m.group(1)), True, name, path)
                    for m in re.finditer(_SQ + r"\s*=>", body)]  # fmt: skip
    return out


# --- go4org/netipx (development, rule 1b) -------------------------------------------------

_GO_ADDR = re.compile(r"\b(?:mustIP|netip\.MustParseAddr|MustParseAddr|net\.ParseIP)\(\s*" + _DQ
                      + r"\s*\)")  # fmt: skip


def netipx_items(src: str, path: str) -> list[Vec]:
    """Rule 10: each literal given to ``mustIP``, ``netip.MustParseAddr`` or ``net.ParseIP``
    in ``netipx_test.go`` (valid: the test helpers panic on a refused address)."""
    return [(IP, _vectors32._dq(m.group(1)), True, "mustIP", path) for m in _GO_ADDR.finditer(src)]


# --- autocracy/python-ipy (development, rule 1b) ------------------------------------------

_PY_LIT = r"""(?:'([^'\\\n]*)'|"([^"\\\n]*)")"""
_PY_OK_ROW = re.compile(r"\(\s*" + _PY_LIT + r"\s*,")
_PY_RAISES = re.compile(r"assertRaises\(\s*ValueError\s*,\s*IPy\.(?:parseAddress|IP)\s*,\s*"
                        + _PY_LIT + r"\s*\)")  # fmt: skip
_PY_IP = re.compile(r"\bIPy\.IP\(\s*" + _PY_LIT + r"\s*\)")


def ipy_items(src: str, path: str) -> list[Vec]:
    """Rule 11: in ``test/test_IPy.py``: valid, the first literal of each row of
    ``okValues`` (the parser's known values) and each literal given alone to ``IPy.IP(...)``
    on a line that asserts no error; invalid, the literal of
    ``assertRaises(ValueError, IPy.parseAddress, '...')`` / ``IPy.IP``."""
    out: list[Vec] = []
    ok_list = re.search(r"okValues = \[(.*?)\]\n", src, re.DOTALL)
    if ok_list is not None:
        out += [(IP, m.group(1) or m.group(2) or "", True, "okValues", path)
                for m in _PY_OK_ROW.finditer(ok_list.group(1))]  # fmt: skip
    for line in src.split("\n"):
        if "assertRaises" in line:
            out += [(IP, m.group(1) or m.group(2) or "", False, "assertRaises", path)
                    for m in _PY_RAISES.finditer(line)]  # fmt: skip
            continue
        out += [(IP, m.group(1) or m.group(2) or "", True, "IPy.IP", path)
                for m in _PY_IP.finditer(line)]  # fmt: skip
    return out


# --- S1lentium/IPTools (development, rule 1b) ---------------------------------------------


def iptools_items(src: str, path: str) -> list[Vec]:
    """Rule 12: the data providers of ``tests/IPTest.php`` as rule 4 reads php-ip's: invalid
    in ``getTestConstructorExceptionData`` (the constructor must throw), valid in the others
    (the string and parse tables, next and previous addresses, reverse pointers)."""
    return _provider_items(src, path, frozenset({"getTestConstructorExceptionData"}))


# --- records ----------------------------------------------------------------------------


def main(argv: list[str]) -> None:
    phpip, iplib, rubyipaddr, rustcidr, nodeip, darsyn, netipx, ipy, iptools = argv
    assert split([r[0] for r in SUITES]) == ([PHPIP[0], IPLIB[0], RUBYIPADDR[0]],
                                             [RUSTCIDR[0], NODEIP[0], DARSYN[0]])  # fmt: skip
    _vectors32.build_parts(
        36,
        FILES,
        dev_sources=(
            (PHPIP, phpip, phpip_items),
            (IPLIB, iplib, iplib_items),
            (RUBYIPADDR, rubyipaddr, rubyipaddr_items),
            (NETIPX, netipx, netipx_items),
            (IPY, ipy, ipy_items),
            (IPTOOLS, iptools, iptools_items),
        ),
        held_sources=(
            (RUSTCIDR, rustcidr, rustcidr_items),
            (NODEIP, nodeip, nodeip_items),
            (DARSYN, darsyn, darsyn_items),
        ),  # (read first)
        settle_values=settle,
    )


if __name__ == "__main__":
    main(sys.argv[1:])

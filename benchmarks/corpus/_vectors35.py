"""Build ``benchmarks/data/vectors35_{dev,holdout}.jsonl``: IP addresses (IPv4 and IPv6) and
payment card numbers as two IP-address libraries (the ``ipaddress`` backport of CPython's
module, a Java IP-address library) and two card libraries (a JavaScript and a Swift one) test
them.

Usage (git directories at the pinned commits; only ``git show`` is read)::

    python -m benchmarks.corpus._vectors35 IPADDRESS_GIT SEANCFOLEY_GIT CREDITCARDJS_GIT SWIFTCC_GIT \
        LIBUV_GIT

The split is by source suite, per type, and was fixed before extraction (2026-12-08, 01:31
UTC) by a hash: each type's two suites sorted by ``sha256(salt + owner/name)`` (salt
``vectors35-ip:`` for the IP suites, ``vectors35-card:`` for the card suites); the first of
each pair is the development part (phihag/ipaddress, ContaAzul/creditcard.js), the second held
out (seancfoley/IPAddress, vitkuzmenko/CreditCardValidator; see :func:`split`). Before the hash
was computed only the file lists, file sizes and licence files of the four repositories had
been read; the files read of each (:data:`FILES`) were fixed with the split from their names
alone (of the held-out files only the layout was looked at, string literals masked, to write
the readers). Rule 1b: after the first development run, libuv's address tests were added to
the development part alone (:data:`LIBUV`). The rules are written in ``benchmarks/corpus/README.md`` ("Thirty-fifth vector
set"). This file shares no code with privkit.
"""

from __future__ import annotations

import re
import sys
from typing import Any

from benchmarks.corpus import _vectors, _vectors24, _vectors32
from benchmarks.corpus._git import git_show
from benchmarks.corpus._vectors17 import CARD, IP, _key, conventional_ip, earlier_dev_keys

IPADDRESS = ("phihag/ipaddress", "d8aef06cc3ca8a6fd8570cda665b2bb879a29390", "PSF-2.0")
SEANCFOLEY = ("seancfoley/IPAddress", "4115c30f47e75fc676d695a3a1cab27cf63cb8f6", "Apache-2.0")
CREDITCARDJS = ("ContaAzul/creditcard.js", "7c375af66429343619decc221585b1dfda734024", "MIT")
SWIFTCC = ("vitkuzmenko/CreditCardValidator", "de15b60a4484f548292d3180a0695d9cf7493687",
           "MIT")  # fmt: skip
#: Rule 1: the two suites of each type and the salt of their split hash.
PAIRS = (((IPADDRESS, SEANCFOLEY), "vectors35-ip:"), ((CREDITCARDJS, SWIFTCC), "vectors35-card:"))
#: Rule 1b: a development-only suite added after the first development run (2026-12-08, 01:49
#: UTC), chosen by its name and file list because the first development part held no IPv6 zone
#: id: libuv's address tests. No held-out suite is added; the held-out part is unchanged.
LIBUV = ("libuv/libuv", "6179e7af87413396d5853a1c3722c8b5749336c8", "MIT")
#: The files read of each suite, fixed with the split from the file lists alone.
FILES = {
    IPADDRESS[0]: ("test_ipaddress.py",),
    SEANCFOLEY[0]: ("IPAddress/src/inet.ipaddr/inet/ipaddr/test/IPAddressTest.java",),
    CREDITCARDJS[0]: ("src/creditcard.test.js",),
    SWIFTCC[0]: ("Tests/CreditCardValidatorTests/CreditCardValidatorTests.swift",),
    LIBUV[0]: ("test/test-ip4-addr.c", "test/test-ip6-addr.c"),
}

Vec = _vectors.Vec
SENTENCES = _vectors24.SENTENCES


def split(repos: list[str], salt: str) -> tuple[list[str], list[str]]:
    """Rule 1: a type's suites sorted by the salted sha256 of their name; the first
    ``ceil(n / 2)`` are the development part."""
    return _vectors.salted_halves(repos, salt)


_QUAD = re.compile(r"(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})")


def ip_address(value: str) -> bool:
    """Rule 2': an address by the seventeenth set's rule 2 (Python's ``ipaddress``: IPv4
    dotted decimal, IPv6 hex groups with an embedded IPv4 (RFC 4291 2.2, 2.5.5.2) and a zone
    ``%id`` (RFC 4007 11)), or dotted decimal with leading zeros (1 to 3 digits an octet, each
    at most 255): a host is reached at it (``inet_aton`` reads it)."""
    m = _QUAD.fullmatch(value)
    return conventional_ip(value) or (m is not None and all(int(g) <= 255 for g in m.groups()))


_WRAPPED = re.compile(r"\[([^\]]*)\](?::\d{1,5})?|(.*?)(?::\d{1,5}|/\d{1,3})")


def address_layout(value: str) -> bool:
    """Rule 3': an address by rule 2' inside brackets (``[::1]``, ``[::1]:443``, RFC 3986
    3.2.2) or followed by a port or a prefix length (``1.2.3.4:80``, ``10.0.0.0/8``)."""
    m = _WRAPPED.fullmatch(value.strip())
    return m is not None and ip_address(m.group(1) if m.group(1) is not None else m.group(2))


def settle(vecs: list[Vec]) -> list[Vec]:
    """Rules 2' and 3': a valid IP must be an address by :func:`ip_address`; a refused IP
    that is one, or is one written by :func:`address_layout`, is no negative; an IP labelled
    both ways, an empty one and one with an escape the reader does not decode are out. Other
    types: the thirty-second set's rules (a card passes the Luhn check on 12 to 19 digits; a
    value labelled both ways is out)."""
    ips: list[Vec] = []
    for v in vecs:
        if v[0] != IP or "\x85" in v[1] or not v[1].strip():
            continue
        val = v[1].strip()
        if (v[2] and ip_address(v[1])) or (
            not v[2] and not ip_address(val) and not address_layout(val)
        ):
            ips.append(v)
    gold = {v[1] for v in ips if v[2]}
    bad = {v[1] for v in ips if not v[2]}
    keep = {id(v) for v in ips if v[1] not in gold & bad}
    keep |= {id(v) for v in _vectors32.settle([v for v in vecs if v[0] != IP])}
    return [v for v in vecs if id(v) in keep]


# --- phihag/ipaddress (development) -------------------------------------------------------

_PY_LIT = r"""(?:'([^'\\\n]*)'|"([^"\\\n]*)")"""
_PY_VALID = re.compile(
    r"ipaddress\.(?:ip_address|IPv4Address|IPv6Address)\(\s*"
    + _PY_LIT
    + r"\s*\)"
    + r"|assertInstancesEqual\(\s*"
    + _PY_LIT
    + r"\s*,\s*"
    + _PY_LIT
    + r"|assertInstancesEqual\(\s*\w+\s*,\s*"
    + _PY_LIT
)
_PY_INVALID = re.compile(r"\bassertBad(?:Split|Octet|AddressPart|Part)\(\s*" + _PY_LIT + r"\s*[,)]")


def ipaddress_items(src: str, path: str) -> list[Vec]:
    """Rule 4: in ``test_ipaddress.py``, valid: each literal given alone to
    ``ipaddress.ip_address``/``IPv4Address``/``IPv6Address`` on a line not inside a ``with``
    block expecting an error, and each literal given to ``assertInstancesEqual`` (the test
    says the two parse to the same address); invalid: the first literal given to the test
    helpers ``assertBadSplit``, ``assertBadOctet``, ``assertBadAddressPart`` and
    ``assertBadPart`` (each asserts the parser's error)."""
    out: list[Vec] = []
    lines = src.split("\n")
    for i, line in enumerate(lines):
        prev = lines[i - 1] if i else ""
        in_error = "with " in prev and ("Error" in prev or "assertRaises" in prev)
        for m in _PY_VALID.finditer(line):
            if in_error or "assertRaises" in line:
                continue
            out += [(IP, g, True, "valid", path) for g in m.groups() if g is not None]
        for m in _PY_INVALID.finditer(line):
            out += [(IP, g, False, "assertBad", path) for g in m.groups() if g is not None]
    return out


# --- libuv/libuv (development, rule 1b) --------------------------------------------------

_C_LIT = r'"((?:[^"\\\n]|\\.)*)"'
_C_IP4 = re.compile(r"ASSERT_(OK|EQ\(UV_EINVAL,)\s*\(?\s*uv_ip4_addr\(\s*" + _C_LIT)
_C_LIST = re.compile(r"#define (GOOD|BAD)_ADDR_LIST\(X\)(.*?)\n\n", re.DOTALL)


def libuv_items(src: str, path: str) -> list[Vec]:
    """Rule 8: in ``test-ip4-addr.c`` each literal given to ``uv_ip4_addr`` inside
    ``ASSERT_OK`` (valid) or ``ASSERT_EQ(UV_EINVAL, ...)`` (invalid); in ``test-ip6-addr.c``
    each ``X("...")`` of ``GOOD_ADDR_LIST`` (valid) and ``BAD_ADDR_LIST`` (invalid), alone and
    with the zone suffix ``%en1`` the test appends to each (``TEST_GOOD``/``TEST_BAD``)."""
    out: list[Vec] = [(IP, _vectors32._dq(m.group(2)), m.group(1) == "OK", "uv_ip4_addr", path)
                      for m in _C_IP4.finditer(src)]  # fmt: skip
    for m in _C_LIST.finditer(src):
        ok = m.group(1) == "GOOD"
        for x in re.finditer(r"\bX\(" + _C_LIT + r"\)", m.group(2)):
            value = _vectors32._dq(x.group(1))
            out += [(IP, value, ok, f"{m.group(1)}_ADDR_LIST", path),
                    (IP, value + "%en1", ok, f"{m.group(1)}_ADDR_LIST", path)]  # fmt: skip
    return out


# --- seancfoley/IPAddress (held out) ------------------------------------------------------

_JAVA_CALL = re.compile(
    r"\b(?:ipv4test|ipv6test)\(\s*(true|false|1|0)\s*,\s*\"((?:[^\"\\\n]|\\.)*)\"\s*[,)]"
)


def seancfoley_items(src: str, path: str) -> list[Vec]:
    """Rule 5: each call ``ipv4test(P, "...")`` / ``ipv6test(P, "...", ...)`` whose verdict
    ``P`` is a literal: ``true``/``1`` valid, ``false``/``0`` invalid (a verdict computed from
    the parser's options is left out)."""
    return [(IP, _vectors32._dq(m.group(2)), m.group(1) in {"true", "1"}, "iptest", path)
            for m in _JAVA_CALL.finditer(src)]  # fmt: skip


# --- ContaAzul/creditcard.js (development) ------------------------------------------------

_JS_LIT = r"'([^'\\\n]*)'"
_JS_ISVALID = re.compile(
    r"expect\(isValid\(" + _JS_LIT + r"\)\)\.(toBeTruthy\(\)|toBeFalsy\(\)|toBe\((?:true|false)\))"
)
_JS_CARDS = re.compile(r"const CREDIT_CARDS = \{(.*?)\}", re.DOTALL)


def creditcardjs_items(src: str, path: str) -> list[Vec]:
    """Rule 6: each literal given alone (no options) to ``isValid`` in ``expect(...)``, valid
    when the expectation is ``toBeTruthy()``/``toBe(true)``, invalid when ``toBeFalsy()``/
    ``toBe(false)``; and each number of the ``CREDIT_CARDS`` table (valid: a sample number of
    the brand its key names)."""
    out: list[Vec] = []
    for m in _JS_ISVALID.finditer(src):
        ok = m.group(2) in {"toBeTruthy()", "toBe(true)"}
        out.append((CARD, m.group(1), ok, "isValid", path))
    for t in _JS_CARDS.finditer(src):
        out += [(CARD, e.group(1), True, "CREDIT_CARDS", path)
                for e in re.finditer(r"\w+:\s*" + _JS_LIT, t.group(1))]  # fmt: skip
    return out


# --- vitkuzmenko/CreditCardValidator (held out) -------------------------------------------


def swiftcc_items(src: str, path: str) -> list[Vec]:
    """Rule 7: the ``(.brand, "...")`` rows of ``testValidData`` (valid) and
    ``testInvalidData`` (invalid)."""
    out: list[Vec] = []
    for m in re.finditer(r"func (testValidData|testInvalidData)\(\)(.*?)\n    \}", src, re.DOTALL):
        ok = m.group(1) == "testValidData"
        out += [(CARD, _vectors32._dq(r.group(1)), ok, m.group(1), path)
                for r in re.finditer(r"\(\s*\.\w+\s*,\s*\"((?:[^\"\\\n]|\\.)*)\"\s*\)",
                                     m.group(2))]  # fmt: skip
    return out


# --- records ----------------------------------------------------------------------------


def main(argv: list[str]) -> None:
    ipaddr, sean, ccjs, swift, libuv = argv
    for (a, b), salt in PAIRS:
        assert split([a[0], b[0]], salt) == ([a[0]], [b[0]])
    # The held-out readers run first (the split was fixed before either part was extracted).
    held: dict[str, list[Vec]] = {SEANCFOLEY[0]: [], SWIFTCC[0]: []}
    for repo, git, reader in ((SEANCFOLEY, sean, seancfoley_items),
                              (SWIFTCC, swift, swiftcc_items)):  # fmt: skip
        for path in FILES[repo[0]]:
            held[repo[0]] += reader(git_show(git, repo[1], path), path)
    dev: list[dict[str, Any]] = []
    for repo, git, reader in ((IPADDRESS, ipaddr, ipaddress_items),
                              (CREDITCARDJS, ccjs, creditcardjs_items),
                              (LIBUV, libuv, libuv_items)):  # fmt: skip
        vecs: list[Vec] = []
        for path in FILES[repo[0]]:
            vecs += reader(git_show(git, repo[1], path), path)
        dev += _vectors.records("dev35", repo, settle(vecs), sentences=SENTENCES)
    seen = earlier_dev_keys("vectors35_dev.jsonl")
    seen |= {_key(r["type"], r["text"][slice(*r["value_span"])]) for r in dev if r["valid"]}
    hold: list[dict[str, Any]] = []
    for repo in (SEANCFOLEY, SWIFTCC):
        new = [v for v in settle(held[repo[0]]) if _key(v[0], v[1]) not in seen]
        hold += _vectors.records("holdout35", repo, new, sentences=SENTENCES)
    _vectors.write_parts((("vectors35_dev.jsonl", _vectors24._numbered(dev)),
                          ("vectors35_holdout.jsonl", _vectors24._numbered(hold))))  # fmt: skip


if __name__ == "__main__":
    main(sys.argv[1:])

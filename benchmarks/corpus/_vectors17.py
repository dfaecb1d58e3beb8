"""Build ``benchmarks/data/vectors17_{dev,holdout}.jsonl``: validators' and extractors' own tests.

Usage (git directories at the pinned commits; only ``git show`` is read)::

    python -m benchmarks.corpus._vectors17 JSON_SCHEMA_GIT EGULIAS_GIT MINGRAMMER_GIT \
        IPADDRJS_GIT COMMONREGEX_RS_GIT NETADDR_GIT JQUERY_PAYMENT_GIT

The split is by source suite and was fixed before extraction (2026-12-05, 14:01 UTC) by a
hash: the seven suites sorted by ``sha256("vectors17:" + owner/name)``; the first four are the
development part (the JSON Schema test suite's format tests, egulias/EmailValidator's RFC
tests, mingrammer/commonregex's Go tests, whitequark/ipaddr.js's tests), the last three the
held-out part (fakenine/commonregex-rs's tests, netaddr's EUI and IP tests, Stripe's
jquery.payment card specs). A held-out value or case that this set's development part or an
earlier set's development file holds (compared without white space and case) is dropped. The
rules are written in ``benchmarks/corpus/README.md`` ("Seventeenth vector set") and as data
below. Records are the third set's *values* (alone, in three carriers and a sentence per
type) and, for the Rust suite's texts, the fourth set's *cases*. This file shares no code with
privkit.
"""

from __future__ import annotations

import ast
import hashlib
import ipaddress
import json
import re
import sys
from pathlib import Path
from typing import Any

from benchmarks.corpus import _vectors, _vectors4, _vectors8, _vectors14
from benchmarks.corpus._git import git_show
from benchmarks.corpus._vectors15 import calendar_date
from benchmarks.corpus._vectors16 import raises_nodes

JSON_SCHEMA = ("json-schema-org/JSON-Schema-Test-Suite", "44401e0c046704b476ec9d2e2fccdaee618f259d",
               "MIT")  # fmt: skip
EGULIAS = ("egulias/EmailValidator", "87db43e4ffecdf458016e8c1b6d4801e872654bc", "MIT")
MINGRAMMER = ("mingrammer/commonregex", "16880c65af7225cc9182d5ba383bf5c4ed71af76", "MIT")
IPADDRJS = ("whitequark/ipaddr.js", "40708ee40861f4e89743e46fc03804cb4fb6af6b", "MIT")
COMMONREGEX_RS = ("fakenine/commonregex-rs", "213aebc61b8282bea77c312bd7943791d6a3badc", "MIT")
NETADDR = ("netaddr/netaddr", "d340feab548d948c5dc92cedcb05c69f57f9386e", "BSD-3-Clause")
JQUERY_PAYMENT = ("stripe-archive/jquery.payment", "67c4e3e7091107a01d0b3f4965693009605cd932",
                  "MIT")  # fmt: skip
SUITES = (JSON_SCHEMA, EGULIAS, MINGRAMMER, IPADDRJS, COMMONREGEX_RS, NETADDR, JQUERY_PAYMENT)
#: The salt of the split hash (rule 1).
SPLIT_SALT = "vectors17:"
DATA = Path(__file__).resolve().parents[1] / "data"

Case = _vectors4.Case
Vec = _vectors.Vec
EMAIL, PHONE, CARD, IBAN, IP, URL = (
    "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "URL")  # fmt: skip
SSN, CRYPTO, MAC, DATE = "US_SSN", "CRYPTO", "MAC_ADDRESS", "DATE_TIME"
#: The fourteenth set's sentence per type, and one for dates.
SENTENCES = {**_vectors14.SENTENCES, DATE: "The meeting was moved to {v} at the last minute."}


def split(repos: list[str]) -> tuple[list[str], list[str]]:
    """Rule 1: the suites sorted by the salted sha256 of their name; the first
    ``ceil(n / 2)`` are the development part."""
    return _vectors.salted_halves(repos, SPLIT_SALT)


# --- rule 2: which values are values of the type ------------------------------------------


def conventional_ip(value: str) -> bool:
    """Rule 2: an address written as people and logs write it: dotted decimal IPv4 without
    leading zeros, or IPv6 in hex groups (an embedded IPv4 and a zone allowed), as Python's
    ``ipaddress`` parses them. Integers, hex or octal octets, short forms are not."""
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


_HEX2 = "[0-9A-Fa-f]{2}"
_MAC_WRITTEN = re.compile(
    rf"{_HEX2}([:-]){_HEX2}(?:\1{_HEX2}){{4}}|[0-9A-Fa-f]{{4}}\.[0-9A-Fa-f]{{4}}\.[0-9A-Fa-f]{{4}}"
)


def mac_written(value: str) -> bool:
    """Rule 2: a 48-bit MAC address in six pairs joined by one ``:`` or ``-``, or in three
    groups of four joined by ``.``; twelve hex digits run together (any hex id) are not."""
    return bool(_MAC_WRITTEN.fullmatch(value))


def luhn(number: str) -> bool:
    """The Luhn check over the digits of ``number``."""
    digits = [int(d) for d in number if d.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        total += (d * 2 - 9 if d > 4 else d * 2) if i % 2 else d
    return total % 10 == 0


def card_number(value: str) -> bool:
    """Rule 2: 12 to 19 digits (spaces and hyphens between them) that pass the Luhn check,
    not all one digit."""
    digits = re.sub(r"[ -]", "", value)
    return digits.isdigit() and 12 <= len(digits) <= 19 and luhn(digits) and len(set(digits)) > 1


def ssn_issued(value: str) -> bool:
    """Rule 2: a social security number the SSA can issue: area not 000, 666 or 9xx, group
    not 00, serial not 0000."""
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", value)
    if m is None:
        return False
    area, group, serial = m.groups()
    return area not in {"000", "666"} and area[0] != "9" and group != "00" and serial != "0000"


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def base58check(value: str) -> bool:
    """Rule 2: a base58 string whose last four bytes are the double SHA-256 of the rest."""
    if not value or any(c not in _B58 for c in value):
        return False
    n = 0
    for c in value:
        n = n * 58 + _B58.index(c)
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    raw = b"\0" * (len(value) - len(value.lstrip("1"))) + raw
    if len(raw) < 5:
        return False
    check = hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4]
    return raw[-4:] == check


def iban_mod97(value: str) -> bool:
    """Rule 2: an IBAN (spaces removed) whose mod-97 check holds."""
    s = value.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{8,30}", s):
        return False
    n = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(n) % 97 == 1


#: Rule 2: the check a value the source calls valid must also pass (types not listed: none).
GOLD_CHECKS = {IP: conventional_ip, MAC: mac_written, CARD: card_number, SSN: ssn_issued,
               IBAN: iban_mod97}  # fmt: skip


def gold_ok(etype: str, value: str) -> bool:
    """Rule 2: a valid value passes its type's check; a bitcoin address starting ``1`` or
    ``3`` passes base58check."""
    check = GOLD_CHECKS.get(etype)
    if check is not None and not check(value):
        return False
    return not (etype == CRYPTO and value[:1] in "13" and not base58check(value))


_WEB_URL = re.compile(r"(?i)(?:https?|ftp)://[^\s/?#@]*[A-Za-z0-9]")


def negative_ok(etype: str, value: str) -> bool:
    """Rule 3: a value a strict validator refuses is a negative unless, for a detector, it is
    still a value of the type: an IP or MAC in conventional form (rule 2; refused for a
    parser option or white space around it), a text holding a calendar date (the fifteenth
    set's rule 2; refused for its layout), a text starting with a web scheme and a host (a
    malformed link is still a link); white space around a value is stripped first."""
    v = value.strip()
    if etype == IP:
        return not conventional_ip(v)
    if etype == MAC:
        return not mac_written(v)
    if etype == DATE:
        return not calendar_date(v)
    if etype == URL:
        return not _WEB_URL.match(v)
    return True


def settle(vecs: list[Vec]) -> list[Vec]:
    """Rules 2 and 3 over one source's values; a value labelled both ways, and one holding a
    character that ends a line (U+0085, which ``str.splitlines`` splits at), are left out."""
    kept = [v for v in vecs if "\x85" not in v[1]
            and (gold_ok(v[0], v[1]) if v[2] else negative_ok(v[0], v[1]))]  # fmt: skip
    gold = {(t, x) for t, x, ok, _c, _p in kept if ok}
    return [v for v in _vectors._consistent(kept) if v[2] or (v[0], v[1]) not in gold]


# --- json-schema-org/JSON-Schema-Test-Suite (development) ---------------------------------

JSON_SCHEMA_DIR = "tests/draft2020-12/optional/format/"
#: Rule 4: the formats of the types privkit claims.
JSON_SCHEMA_FORMATS = {"email": EMAIL, "idn-email": EMAIL, "ipv4": IP, "ipv6": IP, "uri": URL,
                       "date": DATE, "date-time": DATE}  # fmt: skip


def json_schema_items(src: str, etype: str, path: str) -> list[Vec]:
    """Rule 4: every string ``data`` of a format test; valid as the test says. A URI is a URL
    only when it starts with ``http://``, ``https://`` or ``ftp://`` (other schemes left
    out)."""
    out: list[Vec] = []
    for group in json.loads(src):
        for test in group["tests"]:
            value = test["data"]
            if not isinstance(value, str):
                continue
            if etype == URL and test["valid"] and not _WEB_URL.match(value):
                continue
            out.append((etype, value, bool(test["valid"]), test["description"], path))
    return out


def json_schema(git_dir: str) -> list[Vec]:
    out: list[Vec] = []
    for fmt, etype in JSON_SCHEMA_FORMATS.items():
        path = f"{JSON_SCHEMA_DIR}{fmt}.json"
        out += json_schema_items(git_show(git_dir, JSON_SCHEMA[1], path), etype, path)
    # a value one file refuses and its sibling accepts (ipv4/ipv6, date/date-time) is no
    # negative of the type
    gold = {(t, v) for t, v, ok, _c, _p in out if ok}
    return settle([v for v in out if v[2] or (v[0], v[1]) not in gold])


# --- egulias/EmailValidator (development) -------------------------------------------------

EGULIAS_PATHS = ("tests/EmailValidator/Validation/RFCValidationTest.php",
                 "tests/EmailValidator/Validation/RFCValidationDomainPartTest.php")  # fmt: skip
_PHP_LIT = r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\""
_PROVIDER = re.compile(r"function (getValidEmails|getInvalidEmails)\(\)\s*\{(.*?)\n    \}",
                       flags=re.DOTALL)  # fmt: skip
_PHP_ROW = re.compile(rf"^\s*\[\s*({_PHP_LIT})\s*\]\s*,?\s*$", flags=re.MULTILINE)


def egulias_items(src: str, path: str) -> list[Vec]:
    """Rule 5: the one-literal rows of ``getValidEmails`` (valid) and ``getInvalidEmails``
    (invalid); rows built with ``sprintf``, ``chr`` or concatenation are left out."""
    out: list[Vec] = []
    for m in _PROVIDER.finditer(src):
        valid = m.group(1) == "getValidEmails"
        for row in _PHP_ROW.finditer(m.group(2)):
            lit = re.fullmatch(_vectors4._PHP_LIT, row.group(1))
            if lit is not None:
                out.append((EMAIL, _vectors4._php_string(lit), valid, m.group(1), path))
    return out


def egulias(git_dir: str) -> list[Vec]:
    out: list[Vec] = []
    for path in EGULIAS_PATHS:
        out += egulias_items(git_show(git_dir, EGULIAS[1], path), path)
    return settle(out)


# --- mingrammer/commonregex (development) -------------------------------------------------

MINGRAMMER_PATH = "commonregex_test.go"
#: Rule 6: test name -> (type, whether its failing list holds negatives of the type).
MINGRAMMER_TESTS = {
    "Date": (DATE, True), "Phones": (PHONE, True), "PhonesWithExts": (PHONE, False),
    "Links": (URL, True), "Emails": (EMAIL, True), "IPv4s": (IP, False), "IPv6s": (IP, False),
    "IPs": (IP, True), "CreditCards": (CARD, True), "VISACreditCards": (CARD, False),
    "MCCreditCards": (CARD, False), "BtcAddresses": (CRYPTO, True), "SSNs": (SSN, True),
    "MACAddresses": (MAC, True), "IBANs": (IBAN, True),
}  # fmt: skip
_GO_TEST = re.compile(r"func TestCommonRegex_(\w+)\(t \*testing\.T\) \{(.*?)\n\}", flags=re.DOTALL)
_GO_LIST = re.compile(r"(tests|failingTests) := \[\]string\{(.*?)\}", flags=re.DOTALL)
_GO_STR = re.compile(r'"((?:[^"\\\n]|\\.)*)"')


def mingrammer_items(src: str) -> list[Vec]:
    """Rule 6: each listed test's ``tests`` (valid) and ``failingTests`` (invalid, where
    the test checks the whole type)."""
    out: list[Vec] = []
    for test in _GO_TEST.finditer(src):
        kind = MINGRAMMER_TESTS.get(test.group(1))
        if kind is None:
            continue
        etype, negatives = kind
        for lst in _GO_LIST.finditer(test.group(2)):
            valid = lst.group(1) == "tests"
            if not valid and not negatives:
                continue
            for s in _GO_STR.finditer(lst.group(2)):
                value = _vectors._go_string(s.group(0))
                out.append((etype, value, valid, test.group(1), MINGRAMMER_PATH))
    return out


def mingrammer(git_dir: str) -> list[Vec]:
    return settle(mingrammer_items(git_show(git_dir, MINGRAMMER[1], MINGRAMMER_PATH)))


# --- whitequark/ipaddr.js (development) ---------------------------------------------------

IPADDRJS_PATH = "test/ipaddr.test.js"
_JS_SQ = r"'((?:[^'\\\n]|\\.)*)'"
_IPJS_CHECK = re.compile(
    rf"equal\(\s*(?:ipaddr\.)?(?:IPv4\.|IPv6\.)?(isValid|isValidFourPartDecimal)\(\s*{_JS_SQ}"
    r"\s*\)\s*,\s*(true|false)\s*\)"
)
_IPJS_PARSE = re.compile(rf"(throws\(\s*\(\)\s*=>\s*\{{?\s*)?(?:IPv4\.|IPv6\.)?parse\(\s*{_JS_SQ}")


def ipaddrjs_items(src: str) -> list[Vec]:
    """Rule 7: ``equal(isValid('v'), true|false)`` and ``isValidFourPartDecimal`` (for
    ``IPv4.``, ``IPv6.`` or the module): valid or invalid as asserted; the argument of each
    ``parse('v')`` (``IPv4.parse``, ``IPv6.parse``): valid, or invalid inside ``throws``."""
    out: list[Vec] = [(IP, m.group(2), m.group(3) == "true", m.group(1), IPADDRJS_PATH)
                      for m in _IPJS_CHECK.finditer(src)]  # fmt: skip
    out += [(IP, m.group(2), m.group(1) is None, "parse", IPADDRJS_PATH)
            for m in _IPJS_PARSE.finditer(src)]  # fmt: skip
    return out


def ipaddrjs(git_dir: str) -> list[Vec]:
    return settle(ipaddrjs_items(git_show(git_dir, IPADDRJS[1], IPADDRJS_PATH)))


# --- fakenine/commonregex-rs (held out) ---------------------------------------------------

COMMONREGEX_RS_PATHS = ("src/commonregex/internet.rs", "src/commonregex/ip.rs",
                        "src/commonregex/phone.rs")  # fmt: skip
#: Rule 8: the extractor functions of the types privkit claims.
COMMONREGEX_RS_FNS = {"email": EMAIL, "url": URL, "v4": IP, "v6": IP, "fr": PHONE, "us": PHONE}
_RS_STR = r'"((?:[^"\\]|\\.)*)"'
_RS_CASE = re.compile(
    rf"String::from\(\s*{_RS_STR}\s*\)\s*;\s*assert_eq!\(\s*vec!\[(.*?)\]\s*,\s*"
    r"(?:commonregex::\w+::)?(\w+)\(&text\)\s*\)",
    flags=re.DOTALL,
)


def _rs(body: str) -> str:
    """A Rust string literal's value (line continuations, ``\\n``, ``\\"``)."""
    body = re.sub(r"\\\n\s*", "", body)
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), body)


def commonregex_rs_cases(src: str, path: str) -> list[Case]:
    """Rule 8: each ``let text = String::from("...")`` followed by ``assert_eq!(vec![...],
    f(&text))`` of a listed function, in the tests and the documentation examples (``///``
    removed as rustdoc removes it): the text with the expected values located in it (first
    occurrence each); an empty ``vec![]`` a negative of the type. A text with a value of a
    type privkit's check refuses (rule 2) is left out."""
    code = re.sub(r"(?m)^\s*/// ?", "", src)
    out: list[Case] = []
    for m in _RS_CASE.finditer(code):
        etype = COMMONREGEX_RS_FNS.get(m.group(3))
        if etype is None:
            continue
        text = _rs(m.group(1))
        values = [_rs(v) for v in re.findall(_RS_STR, m.group(2))]
        if not values:
            out.append((etype, text, [], m.group(3), path))
            continue
        spans = _vectors8.located(text, values)
        if spans is None or not all(gold_ok(etype, text[s:e]) for s, e in spans):
            continue
        out.append((etype, text, spans, m.group(3), path))
    return out


def commonregex_rs(git_dir: str) -> list[Case]:
    out: list[Case] = []
    for path in COMMONREGEX_RS_PATHS:
        out += commonregex_rs_cases(git_show(git_dir, COMMONREGEX_RS[1], path), path)
    return out


# --- netaddr/netaddr (held out) -----------------------------------------------------------

NETADDR_PATHS = {"netaddr/tests/eui/test_eui.py": ("EUI", MAC),
                 "netaddr/tests/ip/test_ip_v4.py": ("IPAddress", IP),
                 "netaddr/tests/ip/test_ip_v6.py": ("IPAddress", IP)}  # fmt: skip


def netaddr_items(src: str, cls: str, etype: str, path: str) -> list[Vec]:
    """Rule 9: the string first argument of each ``EUI(...)`` (test_eui.py) or
    ``IPAddress(...)`` (the IPv4 and IPv6 tests) call: valid, or invalid inside ``with
    pytest.raises``."""
    tree = ast.parse(src)
    raises = raises_nodes(tree)
    return [
        (etype, node.args[0].value, id(node) not in raises, cls, path)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", getattr(node.func, "attr", "")) == cls
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    ]


def netaddr(git_dir: str) -> list[Vec]:
    out: list[Vec] = []
    for path, (cls, etype) in NETADDR_PATHS.items():
        out += netaddr_items(git_show(git_dir, NETADDR[1], path), cls, etype, path)
    return settle(out)


# --- stripe-archive/jquery.payment (held out) ---------------------------------------------

JQUERY_PAYMENT_PATH = "test/specs.coffee"
_PAY_TOPIC = re.compile(
    rf"topic = \$\.payment\.validateCardNumber\(?\s*{_JS_SQ}\s*\)?\s*\n\s*"
    r"assert\.equal\(?\s*topic\s*,\s*(true|false)"
)
_PAY_ASSERT = re.compile(rf"assert\(\s*(!?)\s*\$\.payment\.validateCardNumber\(\s*{_JS_SQ}\s*\)")


def jquery_payment_items(src: str) -> list[Vec]:
    """Rule 10: each ``topic = $.payment.validateCardNumber 'v'`` followed by
    ``assert.equal topic, true|false``, and each ``assert($.payment.validateCardNumber('v'),
    ...)`` (valid) or ``assert(!...)`` (invalid)."""
    out: list[Vec] = [(CARD, m.group(1), m.group(2) == "true", "topic", JQUERY_PAYMENT_PATH)
                      for m in _PAY_TOPIC.finditer(src)]  # fmt: skip
    out += [(CARD, m.group(2), m.group(1) == "", "assert", JQUERY_PAYMENT_PATH)
            for m in _PAY_ASSERT.finditer(src)]  # fmt: skip
    return out


def jquery_payment(git_dir: str) -> list[Vec]:
    return settle(jquery_payment_items(git_show(git_dir, JQUERY_PAYMENT[1], JQUERY_PAYMENT_PATH)))


# --- records ------------------------------------------------------------------------------


def _key(etype: str, value: str) -> tuple[str, str]:
    return etype, re.sub(r"\s+", "", value).casefold()


def earlier_dev_keys(own: str = "vectors17_dev.jsonl") -> set[tuple[str, str]]:
    """Rule 11: the (type, value) and (type, text) keys of every development file of the
    vector sets but ``own`` (the set being built; the twenty-first set's builder asks too)."""
    keys: set[tuple[str, str]] = set()
    for path in sorted(DATA.glob("vectors*_dev.jsonl")):
        if path.name == own:
            continue
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                keys.add(_key(r["type"], r["text"]))
                if r["valid"]:
                    keys.add(_key(r["type"], r["text"][slice(*r["value_span"])]))
    return keys


def main(argv: list[str]) -> None:
    js, eg, mg, ipj, crs, na, jp = argv
    dev_repos, hold_repos = split([r[0] for r in SUITES])
    assert dev_repos == [JSON_SCHEMA[0], EGULIAS[0], MINGRAMMER[0], IPADDRJS[0]], dev_repos
    assert hold_repos == [COMMONREGEX_RS[0], NETADDR[0], JQUERY_PAYMENT[0]], hold_repos
    # The held-out readers run first (the split was fixed before either part was extracted).
    held_cases = commonregex_rs(crs)
    held_vecs = [(NETADDR, netaddr(na)), (JQUERY_PAYMENT, jquery_payment(jp))]
    dev: list[dict[str, Any]] = []
    for repo, vecs in ((JSON_SCHEMA, json_schema(js)), (EGULIAS, egulias(eg)),
                       (MINGRAMMER, mingrammer(mg)), (IPADDRJS, ipaddrjs(ipj))):  # fmt: skip
        dev += _vectors.records("dev17", repo, vecs, sentences=SENTENCES)
    seen = earlier_dev_keys()
    seen |= {_key(r["type"], r["text"][slice(*r["value_span"])]) for r in dev if r["valid"]}
    seen |= {_key(r["type"], r["text"]) for r in dev}
    kept = [c for c in held_cases
            if (c[2] and any(_key(c[0], c[1][s:e]) not in seen for s, e in c[2]))
            or (not c[2] and _key(c[0], c[1]) not in seen)]  # fmt: skip
    hold = _vectors4.case_records("holdout17", COMMONREGEX_RS, kept)
    for repo, vecs in held_vecs:
        new = [v for v in vecs if _key(v[0], v[1]) not in seen]
        hold += _vectors.records("holdout17", repo, new, sentences=SENTENCES)
    _vectors.write_parts((("vectors17_dev.jsonl", _vectors14.renumber(dev)),
                          ("vectors17_holdout.jsonl", _vectors14.renumber(hold))))  # fmt: skip


if __name__ == "__main__":
    main(sys.argv[1:])

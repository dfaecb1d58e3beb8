"""Build ``benchmarks/data/vectors3_{dev,holdout}.jsonl``: a third set of validator test vectors.

Usage (git directories at the pinned commits; only ``git show`` is read; the phone numbers
come from the installed ``phonenumbers`` package, libphonenumber's metadata)::

    python -m benchmarks.corpus._vectors3 HAPI_GIT ISEMAIL_GIT STDNUM_GIT PHPIBAN_GIT \
        RUSTURL_GIT KEATS_GIT JQUERYVAL_GIT

The split is by source suite and was fixed before extraction: hapijs/address,
dominicsayers/isemail, python-stdnum, php-iban, rust-url's copy of the WPT URL test data and
libphonenumber's example numbers are the development part; Keats/validator and
jquery-validation the held-out part. A held-out value that the development part also holds
(compared without spaces and case) is dropped from the held-out part. The mapping rules are
written in ``benchmarks/corpus/README.md`` ("Third validator vector set") and as data below;
they follow :mod:`benchmarks.corpus._vectors` (default or narrowing options only; widening
options out of scope; invalid values are negatives only under the default check). Each
value stands alone, in the three carriers of the first set, and in one plain English
sentence per type (:data:`SENTENCES`), as recognizer tests are mostly sentences. This file
shares no code with privkit.
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchmarks.corpus import _vectors
from benchmarks.corpus._git import git_show

if TYPE_CHECKING:
    from benchmarks.corpus._vectors import Vec

DATA = Path(__file__).resolve().parents[1] / "data"

HAPI = ("hapijs/address", "f23e252d821644b4422220a2482d6f832aaf49ed", "BSD-3-Clause")
ISEMAIL = ("dominicsayers/isemail", "cfeefc3f2f88cb195053f6a309fa4f640cd369b5", "BSD-3-Clause")
STDNUM = ("arthurdejong/python-stdnum", "006192e59be8ed6e08fd680256868a6c31eb2ba9", "LGPL-2.1+")
PHPIBAN = ("globalcitizen/php-iban", "c92138cb9ef9a25941c6466915b3bf23898de6a1", "LGPL-3.0")
RUSTURL = (
    "servo/rust-url",
    "25137be1fc1d35cc8ea7d43fc0a02166b023a483",
    "BSD-3-Clause (WPT urltestdata.json; repository MIT/Apache-2.0)",
)
PHONES = ("google/libphonenumber", "phonenumbers-{version}", "Apache-2.0")
KEATS = ("Keats/validator", "598ad83024529a2ff57da44d398533e3d4528490", "MIT")
JQUERYVAL = ("jquery-validation/jquery-validation", "75d4f8a8affe79ed939162411a6be2e4e7e1981d",
             "MIT")  # fmt: skip

#: One plain English sentence per type, written for this corpus before extraction.
SENTENCES = {
    "EMAIL_ADDRESS": "My e-mail is {v}, write to me there.",
    "URL": "You can read the whole story at {v} if you like.",
    "DOMAIN_NAME": "You can read the whole story at {v} if you like.",
    "IP_ADDRESS": "The server at {v} stopped answering this morning.",
    "IBAN_CODE": "Please transfer the deposit to {v} before Friday.",
    "CREDIT_CARD": "I paid with the card {v} yesterday.",
    "PHONE_NUMBER": "Call me on {v} after six.",
    "CRYPTO": "Send the coins to {v} when you can.",
    "MAC_ADDRESS": "The laptop's network card has the address {v} now.",
    "IMEI": "The handset with number {v} was reported stolen.",
}

_JS_STR = r"'((?:[^'\\\n]|\\.)*)'|\"((?:[^\"\\\n]|\\.)*)\""
_JS_ESC = {"n": "\n", "r": "\r", "t": "\t", "0": "\0", "b": "\b", "f": "\f", "v": "\v"}


def _js_string(body: str) -> str:
    """The value of a JS/TS/Rust string literal's body (``\\uXXXX`` pairs joined)."""

    def esc(m: re.Match[str]) -> str:
        e = m.group(1)
        if e[0] == "u" and len(e) == 5:
            return chr(int(e[1:], 16))
        if e[0] == "u" and e.startswith("u{"):
            return chr(int(e[2:-1], 16))
        return _JS_ESC.get(e, e)

    raw = re.sub(r"\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|.)", esc, body)
    return raw.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _lit(m: re.Match[str]) -> str:
    return _js_string(m.group(1) if m.group(1) is not None else m.group(2))


# --- hapijs/address (development) -------------------------------------------------------

#: Options that only narrow what hapi's e-mail and domain checks accept.
_HAPI_NARROW = re.compile(r"^\{\s*(?:tlds:\s*\{\s*allow:.*\}|allowUnicode:\s*false)\s*\}$")


def _hapi_rows(src: str, etype: str, path: str) -> list[Vec]:
    """Rows ``['value', bool(, options)?]`` of the ``isValid()`` test of an e-mail or domain file."""
    start = src.index("describe('isValid()'")
    out: list[Vec] = []
    row = re.compile(r"\[\s*(?:" + _JS_STR + r")\s*,\s*(true|false)\s*(?:,\s*(\{.*?\}\s*\}?))?\s*\]",
                     flags=re.DOTALL)  # fmt: skip
    for m in row.finditer(src, start):
        value, valid, opts = _lit(m), m.group(3) == "true", (m.group(4) or "").strip()
        if not opts or (valid and _HAPI_NARROW.match(opts)):
            out.append((etype, value, valid, "isValid", path))
    return out


def _js_array(src: str, name: str) -> list[str]:
    m = re.search(r"const " + name + r" = \[(.*?)\];", src, flags=re.DOTALL)
    assert m is not None, name
    return [_lit(s) for s in re.finditer(_JS_STR, m.group(1))]


def hapi(git_dir: str) -> list[Vec]:
    """hapijs/address: e-mail and domain ``isValid()`` rows, the default-option URI rows
    with an http, https or ftp scheme, and the IP lists without a CIDR suffix."""
    commit = HAPI[1]
    out: list[Vec] = []
    out += _hapi_rows(git_show(git_dir, commit, "test/email.ts"), "EMAIL_ADDRESS", "test/email.ts")
    out += _hapi_rows(git_show(git_dir, commit, "test/domain.ts"), "DOMAIN_NAME", "test/domain.ts")
    src = git_show(git_dir, commit, "test/uri.ts")
    for block in re.finditer(r"validate\(\{\}, \[(.*?)\n\s*\]\);", src, flags=re.DOTALL):
        for m in re.finditer(r"\[\s*(?:" + _JS_STR + r")\s*,\s*(true|false)\s*\]", block.group(1)):
            value = _lit(m)
            if re.match(r"(?i)(?:https?|ftp)://", value):
                out.append(("URL", value, m.group(3) == "true", "uriRegex", "test/uri.ts"))
    src = git_show(git_dir, commit, "test/ip.ts")
    for name, valid in (("validIPv4sWithoutCidr", True), ("validIPv6sWithoutCidr", True),
                        ("invalidIPs", False), ("invalidIPv4s", False), ("invalidIPv6s", False)):  # fmt: skip
        out += [("IP_ADDRESS", v, valid, name, "test/ip.ts") for v in _js_array(src, name)]
    return out


# --- dominicsayers/isemail (development) ------------------------------------------------

#: is_email()'s default threshold accepts these categories; every other category is invalid.
ISEMAIL_VALID = {"ISEMAIL_VALID_CATEGORY", "ISEMAIL_DNSWARN", "ISEMAIL_RFC5321"}


def isemail(git_dir: str) -> list[Vec]:
    """isemail's ``test/tests.xml``: an address is valid when its category passes the default
    threshold. Control characters are written there as U+2400 + code; they are restored (and
    such values then dropped as unusable in a one-line record)."""
    path = "test/tests.xml"
    src = git_show(git_dir, ISEMAIL[1], path)
    out: list[Vec] = []
    for m in re.finditer(r"<test id=\"\d+\">(.*?)</test>", src, flags=re.DOTALL):
        body = m.group(1)
        addr = re.search(r"<address>(.*?)</address>", body, flags=re.DOTALL)
        cat = re.search(r"<category>(.*?)</category>", body)
        if addr is None or cat is None:
            continue
        value = re.sub("[\u2400-\u241f]", lambda c: chr(ord(c.group(0)) - 0x2400),
                       html.unescape(addr.group(1)))  # fmt: skip
        out.append(("EMAIL_ADDRESS", value, cat.group(1) in ISEMAIL_VALID, cat.group(1), path))
    return out


# --- arthurdejong/python-stdnum (development) -------------------------------------------

STDNUM_MODULES = {"iban": "IBAN_CODE", "bitcoin": "CRYPTO", "imei": "IMEI", "mac": "MAC_ADDRESS"}


def stdnum(git_dir: str) -> list[Vec]:
    """``numbers = '''...'''`` blocks of ``tests/test_{iban,bitcoin,imei,mac}.doctest``: the
    block is valid when the next check lists the numbers that are ``not M.is_valid(x)``,
    invalid when it lists those that ``M.is_valid(x)``; other checks (extra arguments) skip it."""
    out: list[Vec] = []
    for mod, etype in STDNUM_MODULES.items():
        path = f"tests/test_{mod}.doctest"
        src = git_show(git_dir, STDNUM[1], path)
        block = re.compile(r">>> numbers = '''\n(.*?)\.\.\. '''\n>>> (.*?)\n", flags=re.DOTALL)
        for m in block.finditer(src):
            check = m.group(2).replace(" ", "")
            if check == f"[xforxinnumbers.splitlines()ifxandnot{mod}.is_valid(x)]":
                valid = True
            elif check == f"[xforxinnumbers.splitlines()ifxand{mod}.is_valid(x)]":
                valid = False
            else:
                continue
            for line in m.group(1).splitlines():
                value = line[4:] if line.startswith("... ") else ""
                if value:
                    out.append((etype, value, valid, f"{mod}.is_valid", path))
    return out


# --- globalcitizen/php-iban (development) -----------------------------------------------


def phpiban(git_dir: str) -> list[Vec]:
    """The ``iban_example`` column of ``registry.txt`` (one example IBAN per country)."""
    path = "registry.txt"
    lines = git_show(git_dir, PHPIBAN[1], path).splitlines()
    head = lines[0].split("|")
    col = head.index("iban_example")
    return [("IBAN_CODE", row.split("|")[col], True, "iban_example", path)
            for row in lines[1:] if row.strip()]  # fmt: skip


# --- servo/rust-url: WPT urltestdata.json (development) ---------------------------------


def rusturl(git_dir: str) -> list[Vec]:
    """URLs a person would write: an entry whose ``input`` opens with ``http://`` or
    ``https://`` (any case) and holds no white space, control character or backslash. It is
    valid when it parses and its ``href`` is the input itself (or the input plus ``/``),
    invalid when the parser fails on it."""
    path = "url/tests/urltestdata.json"
    data = json.loads(git_show(git_dir, RUSTURL[1], path))
    out: list[Vec] = []
    for entry in data:
        if not isinstance(entry, dict):
            continue
        value = entry["input"]
        if not re.match(r"(?i)https?://", value) or re.search(r"[\s\\\x00-\x1f\x7f]", value):
            continue
        if entry.get("failure"):
            out.append(("URL", value, False, "failure", path))
        elif entry.get("href") in {value, value + "/"}:
            out.append(("URL", value, True, "href", path))
    return out


# --- libphonenumber example numbers (development) ---------------------------------------


def phones() -> list[Vec]:
    """Each region's example fixed-line and mobile numbers in libphonenumber's national and
    international formats (the layouts its formatter prints for people)."""
    import phonenumbers as pn

    out: list[Vec] = []
    kinds = (("FIXED_LINE", pn.PhoneNumberType.FIXED_LINE), ("MOBILE", pn.PhoneNumberType.MOBILE))
    fmts = (("NATIONAL", pn.PhoneNumberFormat.NATIONAL),
            ("INTERNATIONAL", pn.PhoneNumberFormat.INTERNATIONAL))  # fmt: skip
    for region in sorted(pn.SUPPORTED_REGIONS):
        for kname, kind in kinds:
            num = pn.example_number_for_type(region, kind)
            if num is None:
                continue
            for fname, fmt in fmts:
                out.append(("PHONE_NUMBER", pn.format_number(num, fmt), True,
                            f"{region}:{kname}:{fname}", "example_number_for_type"))  # fmt: skip
    return out


# --- Keats/validator (held out) ---------------------------------------------------------

#: Rust test function -> (privkit type, default check?). A narrowing check keeps valid rows.
KEATS_TESTS = {
    ("validator/src/validation/email.rs", "test_validate_email"): ("EMAIL_ADDRESS", True),
    ("validator/src/validation/urls.rs", "test_validate_url"): ("URL", True),
    ("validator/src/validation/ip.rs", "test_validate_ip"): ("IP_ADDRESS", True),
    ("validator/src/validation/ip.rs", "test_validate_ip_v4"): ("IP_ADDRESS", False),
    ("validator/src/validation/ip.rs", "test_validate_ip_v6"): ("IP_ADDRESS", False),
    ("validator/src/validation/cards.rs", "test_credit_card"): ("CREDIT_CARD", True),
}


def keats(git_dir: str) -> list[Vec]:
    """Rows ``("value", bool)`` of the listed test functions (the ``let tests = vec![...]``)."""
    out: list[Vec] = []
    for (path, fn), (etype, default) in KEATS_TESTS.items():
        src = git_show(git_dir, KEATS[1], path)
        m = re.search(r"fn " + fn + r"\(\) \{(.*?)\n    \}", src, flags=re.DOTALL)
        assert m is not None, fn
        for r in re.finditer(r"\(\s*\"((?:[^\"\\]|\\.)*)\"\s*,\s*(true|false)\s*\)", m.group(1)):
            valid = r.group(2) == "true"
            if valid or default:
                out.append((etype, _js_string(r.group(1)), valid, fn, path))
    return out


# --- jquery-validation (held out) -------------------------------------------------------

#: jquery-validation method -> (privkit type, default check?). ``url2`` (no TLD needed)
#: widens and is out; the phone methods are one country each (narrowing: valid rows only).
JQUERY_METHODS = {
    "url": ("URL", True),
    "email": ("EMAIL_ADDRESS", True),
    "iban": ("IBAN_CODE", True),
    "creditcard": ("CREDIT_CARD", True),
    "phoneUS": ("PHONE_NUMBER", False),
    "phoneUK": ("PHONE_NUMBER", False),
    "mobileUK": ("PHONE_NUMBER", False),
    "phoneNL": ("PHONE_NUMBER", False),
    "mobileNL": ("PHONE_NUMBER", False),
    "phonePL": ("PHONE_NUMBER", False),
    "mobileRU": ("PHONE_NUMBER", False),
}


def jquery(git_dir: str) -> list[Vec]:
    """``assert.ok( method( "v" ) ...)`` (valid) and ``assert.ok( !method( "v" ) ...)``
    (invalid) calls with one argument inside ``QUnit.test`` blocks of the listed methods."""
    out: list[Vec] = []
    for path in ("test/methods.js", "test/additional/creditcard.js"):
        src = git_show(git_dir, JQUERYVAL[1], path)
        for block in re.finditer(r"QUnit\.test\((.*?)\n\} \);", src, flags=re.DOTALL):
            name = re.search(r'methodTest\( "(\w+)" \)', block.group(1))
            if name is None or name.group(1) not in JQUERY_METHODS:
                continue
            etype, default = JQUERY_METHODS[name.group(1)]
            call = re.compile(r"assert\.ok\(\s*(!?)method\(\s*(?:" + _JS_STR + r")\s*\)")
            for m in call.finditer(block.group(1)):
                valid = m.group(1) == ""
                value = _js_string(m.group(2) if m.group(2) is not None else m.group(3))
                if valid or default:
                    out.append((etype, value, valid, name.group(1), path))
    return out


# --- records ----------------------------------------------------------------------------


def _consistent(vecs: list[Vec]) -> list[Vec]:
    """Drop a negative whose value is gold for the same type in the same source."""
    gold = {(t, v) for t, v, ok, _c, _p in vecs if ok}
    return [x for x in vecs if x[2] or (x[0], x[1]) not in gold]


def _key(etype: str, value: str) -> tuple[str, str]:
    return etype, re.sub(r"\s+", "", value).casefold()


def records(part: str, repo: tuple[str, str, str], vecs: list[Vec]) -> list[dict[str, Any]]:
    """The earlier sets' records with this set's plain-sentence carrier per type."""
    return _vectors.records(part, repo, vecs, sentences=SENTENCES)


def main(argv: list[str]) -> None:
    import phonenumbers

    hp, ie, sn, pi, ru, ke, jq = argv
    phone_src = (PHONES[0], PHONES[1].format(version=phonenumbers.__version__), PHONES[2])
    dev = (
        records("dev3", HAPI, _consistent(hapi(hp)))
        + records("dev3", ISEMAIL, _consistent(isemail(ie)))
        + records("dev3", STDNUM, _consistent(stdnum(sn)))
        + records("dev3", PHPIBAN, _consistent(phpiban(pi)))
        + records("dev3", RUSTURL, _consistent(rusturl(ru)))
        + records("dev3", phone_src, phones())
    )
    in_dev = {_key(r["type"], r["text"][slice(*r["value_span"])]) for r in dev}
    hold = []
    for repo, vecs in ((KEATS, keats(ke)), (JQUERYVAL, jquery(jq))):
        kept = [x for x in _consistent(vecs) if _key(x[0], x[1]) not in in_dev]
        hold += records("holdout3", repo, kept)
    _vectors.write_parts((("vectors3_dev.jsonl", dev), ("vectors3_holdout.jsonl", hold)))


if __name__ == "__main__":
    main(sys.argv[1:])

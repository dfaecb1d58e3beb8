"""Build ``benchmarks/data/vectors23_{dev,holdout}.jsonl``: schema validation libraries' own format tests.

Usage (git directories at the pinned commits; only ``git show`` is read)::

    python -m benchmarks.corpus._vectors23 VALIBOT_GIT JOI_GIT ZOD_GIT GARDE_GIT PYDANTIC_GIT \
        MARSHMALLOW_GIT OZZO_GIT CLASS_VALIDATOR_GIT

The split is by source suite and was fixed before extraction (2026-12-06, 19:33 UTC) by a
hash: the four suites sorted by ``sha256("vectors23:" + owner/name)``; the first two
(``ceil(4 / 2)``) are the development part (fabian-hiller/valibot, hapijs/joi), the last two the
held-out part (colinhacks/zod, jprochazk/garde). Before the hash was computed only the file
lists of the four repositories had been read. A second batch of four suites has its own salt
(``SPLIT_SALT_B``): pydantic and marshmallow are development, ozzo-validation and
class-validator held out. The rules are written in
``benchmarks/corpus/README.md`` ("Twenty-third vector set") and as code below. This file shares
no code with privkit.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from typing import Any

from benchmarks.corpus import _vectors
from benchmarks.corpus._git import git_show
from benchmarks.corpus._vectors15 import calendar_date
from benchmarks.corpus._vectors17 import SENTENCES as _SENTENCES17
from benchmarks.corpus._vectors17 import _key, earlier_dev_keys, luhn
from benchmarks.corpus._vectors17 import gold_ok as _gold_ok17
from benchmarks.corpus._vectors17 import negative_ok as _negative_ok17

VALIBOT = ("fabian-hiller/valibot", "a14753beaa2e968190717ebfe5f778e5e32c1e08", "MIT")
JOI = ("hapijs/joi", "c86ddc0b6143a0e8cec0f1c6047c4b62db8cb0c2", "BSD-3-Clause")
ZOD = ("colinhacks/zod", "e516c3baf22615e20934116abebfed6c000222c2", "MIT")
GARDE = ("jprochazk/garde", "c67cda4573fee55865811eefc7fb7f22a692336c", "MIT OR Apache-2.0")
SUITES = (VALIBOT, JOI, ZOD, GARDE)
#: The salt of the split hash (rule 1).
SPLIT_SALT = "vectors23:"
#: The second batch (rule 1b), chosen after the first development part was measured (its
#: misses were the all-zero and broadcast MACs, "::" and header timestamps: no personal value
#: missed) and split by its own salt before any of its files was opened (2026-12-06, 19:39 UTC).
PYDANTIC = ("pydantic/pydantic", "2151025aa51263f3016502b00010b78e4481eaa1", "MIT")
MARSHMALLOW = ("marshmallow-code/marshmallow", "341b927f219205704728c05cd61f04d7e9727523", "MIT")
OZZO = ("go-ozzo/ozzo-validation", "01ff27bb424c26956a62b4c92de0d06f5a29eb80", "MIT")
CLASS_VALIDATOR = ("typestack/class-validator", "0853341cc36f53d54e5afb50800c3a4b169abd73", "MIT")
SUITES_B = (PYDANTIC, MARSHMALLOW, OZZO, CLASS_VALIDATOR)
SPLIT_SALT_B = "vectors23b:"


def split(repos: list[str], salt: str = SPLIT_SALT) -> tuple[list[str], list[str]]:
    """Rule 1: the suites sorted by the salted sha256 of their name; the first
    ``ceil(n / 2)`` are the development part."""
    return _vectors.salted_halves(repos, salt)


# --- rules 2 and 3: which values are values of the type -----------------------------------

Vec = _vectors.Vec
EMAIL, PHONE, CARD, IP, URL = "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IP_ADDRESS", "URL"
MAC, IMEI, DATE = "MAC_ADDRESS", "IMEI", "DATE_TIME"
IBAN, CRYPTO, SSN = "IBAN_CODE", "CRYPTO", "US_SSN"
SENTENCES = {**_SENTENCES17, IMEI: "The handset with number {v} was reported stolen."}

_WEB_URL = re.compile(r"(?i)(?:https?|ftp)://[^\s/?#@]*[A-Za-z0-9]")
_IMEI_WRITTEN = re.compile(r"\d{15}|\d{2}-\d{6}-\d{6}-\d")


def imei_written(value: str) -> bool:
    """Rule 2: an IMEI as text writes it: 15 digits run together or grouped 2-6-6-1 by
    hyphens, passing the Luhn check, not all one digit."""
    digits = re.sub(r"\D", "", value)
    return bool(_IMEI_WRITTEN.fullmatch(value)) and luhn(digits) and len(set(digits)) > 1


def _digits(value: str) -> int:
    return sum(ch.isdigit() for ch in value)


def gold_ok(etype: str, value: str) -> bool:
    """Rule 2: the seventeenth set's checks (IP, MAC, card, IBAN), and: an IMEI by
    :func:`imei_written`; a date holding a calendar date (the fifteenth set's rule 2); a URL
    starting with a web scheme and a host; a phone number of 7 to 15 digits."""
    if etype == IMEI:
        return imei_written(value)
    if etype == DATE:
        return calendar_date(value)
    if etype == URL:
        return bool(_WEB_URL.match(value))
    if etype == PHONE:
        return 7 <= _digits(value) <= 15 and not re.search(r"[A-Za-z]", value)
    return _gold_ok17(etype, value)


def negative_ok(etype: str, value: str) -> bool:
    """Rule 3: the seventeenth set's rule (IP, MAC, date, URL), and: a refused IMEI whose
    digits, separators removed, are 15 passing the Luhn check is no negative (refused for its
    separators or white space); a refused phone number of 7 to 15 digits without letters is no
    negative (refused for its layout or region)."""
    v = value.strip()
    if etype == IMEI:
        digits = re.sub(r"\D", "", v)
        return not (len(digits) == 15 and luhn(digits) and not re.search(r"[A-Za-z]", v))
    if etype == PHONE:
        return not (7 <= _digits(v) <= 15 and not re.search(r"[A-Za-z]", v))
    return _negative_ok17(etype, value)


def settle(vecs: list[Vec]) -> list[Vec]:
    """Rules 2 and 3 over one source's values; a value labelled both ways is left out."""
    kept = [v for v in vecs if "\x85" not in v[1]
            and (gold_ok(v[0], v[1]) if v[2] else negative_ok(v[0], v[1]))]  # fmt: skip
    gold = {(t, x) for t, x, ok, _c, _p in kept if ok}
    bad = {(t, x) for t, x, ok, _c, _p in kept if not ok}
    return [v for v in kept if (v[0], v[1]) not in (gold & bad)]


# --- JavaScript literals ------------------------------------------------------------------


def _node(script: str, stdin: str) -> Any:
    """Run ``node`` on ``script`` with ``stdin``; its stdout parsed as JSON."""
    out = subprocess.run(["node", "-e", script], input=stdin, capture_output=True, text=True,
                         check=True)  # fmt: skip
    return json.loads(out.stdout)


def _bracket_end(src: str, start: int) -> int:
    """The index after the bracket that closes the one at ``start`` (strings and comments
    skipped)."""
    depth, i = 0, start
    while i < len(src):
        ch = src[i]
        if ch in "'\"`":
            i += 1
            while i < len(src) and src[i] != ch:
                i += 2 if src[i] == "\\" else 1
        elif src.startswith("//", i):
            i = src.index("\n", i)
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise ValueError("unbalanced")


_EVAL_ARRAYS = """
let s = ''; process.stdin.on('data', d => s += d); process.stdin.on('end', () => {
  const out = JSON.parse(s).map(t => { try { return eval('(' + t + ')'); } catch (e) { return null; } });
  process.stdout.write(JSON.stringify(out));
});
"""


# --- fabian-hiller/valibot (development) --------------------------------------------------

#: Rule 4: the actions of the claimed types and their types.
VALIBOT_ACTIONS = {"email": EMAIL, "rfcEmail": EMAIL, "ipv4": IP, "ipv6": IP, "ip": IP,
                   "mac": MAC, "mac48": MAC, "creditCard": CARD, "imei": IMEI, "isoDate": DATE,
                   "isoDateTime": DATE, "isoTimestamp": DATE, "url": URL}  # fmt: skip
_VALIBOT_CALL = re.compile(r"expect(No)?ActionIssue\(\s*action\s*,\s*(?:baseIssue\s*,\s*)?\[")


def valibot(git_dir: str) -> list[Vec]:
    """Rule 4: each ``expectNoActionIssue(action, [...])`` (valid) and
    ``expectActionIssue(action, baseIssue, [...])`` (invalid) of the action's test file; the
    tests build every action with its default options."""
    found: list[tuple[str, str, bool]] = []
    arrays: list[str] = []
    for action, etype in VALIBOT_ACTIONS.items():
        path = f"library/src/actions/{action}/{action}.test.ts"
        src = git_show(git_dir, VALIBOT[1], path)
        assert re.search(rf"const action = {action}\(\);", src), path
        for m in _VALIBOT_CALL.finditer(src):
            end = _bracket_end(src, m.end() - 1)
            arrays.append(src[m.end() - 1 : end])
            found.append((path, etype, m.group(1) == "No"))
    out: list[Vec] = []
    for (path, etype, valid), values in zip(found, _node(_EVAL_ARRAYS, json.dumps(arrays)),
                                            strict=True):  # fmt: skip
        out += [(etype, v, valid, path.split("/")[3], path) for v in values or []
                if isinstance(v, str)]  # fmt: skip
    return out


# --- hapijs/joi (development) -------------------------------------------------------------

JOI_PATH = "test/types/string.js"
#: Rule 5: the string rules of the claimed types.
JOI_RULES = {"email": EMAIL, "ip": IP, "uri": URL, "isoDate": DATE, "creditCard": CARD}

_JOI_HARNESS = r"""
let s = ''; process.stdin.on('data', d => s += d); process.stdin.on('end', () => {
  const out = [];
  const chainOf = (calls) => new Proxy(function () {}, {
    get(_t, name) {
      if (name === '__chain') return calls;
      if (typeof name === 'symbol') return undefined;
      return (...args) => chainOf(calls.concat([[name, args]]));
    },
    apply() { return chainOf(calls); }
  });
  const anything = () => new Proxy(function () {}, {
    get(_t, name) { return typeof name === 'symbol' ? undefined : anything(); },
    apply() { return anything(); }
  });
  const Joi = chainOf([]);
  const Helper = { validate(schema, ...rest) {
    const rows = rest[rest.length - 1];
    let chain = null;
    try { chain = schema.__chain; } catch (e) {}
    if (!Array.isArray(rows) || !Array.isArray(chain)) return;
    const safe = JSON.parse(JSON.stringify(chain, (k, v) =>
      v instanceof Set ? [...v] : v instanceof RegExp ? String(v) :
      typeof v === 'function' ? '<fn>' : v));
    out.push({ chain: safe, prefs: rest.length > 1,
               rows: rows.filter(r => Array.isArray(r) && typeof r[0] === 'string'
                                      && typeof r[1] === 'boolean').map(r => [r[0], r[1]]) });
  } };
  const lab = { describe: (n, f) => { try { f(); } catch (e) {} },
                it: (n, o, f) => { try { (f || o)(); } catch (e) {} } };
  const req = (name) => name === '../..' ? Joi : name === '../helper' ? Helper :
    name === '@hapi/lab' ? { script: () => lab } : name === '@hapi/code' ? { expect: anything() } :
    anything();
  const exportsObj = {};
  new Function('require', 'exports', 'process', s)(req, exportsObj, { env: {} });
  process.stdout.write(JSON.stringify(out));
});
"""


def _joi_default(args: list[Any]) -> bool:
    return not args or args == [{}]


def _email_option_narrows(key: str, val: Any) -> bool:
    if key == "tlds":
        return (isinstance(val, dict) and set(val) <= {"allow", "deny"}
                and all(isinstance(x, list) for x in val.values()))  # fmt: skip
    if key == "minDomainSegments":
        return isinstance(val, int) and val >= 2
    return key == "allowUnicode" and val is False


def _joi_narrowing(rule: str, args: list[Any]) -> bool:
    """Rule 5: options that only narrow what the rule accepts (or the defaults)."""
    if _joi_default(args):
        return True
    if len(args) != 1 or not isinstance(args[0], dict):
        return False
    opts = args[0]
    if rule == "email":
        return all(_email_option_narrows(k, v) for k, v in opts.items())
    allowed = {"ip": {"version", "cidr"}, "uri": {"scheme", "domain"}}.get(rule, set())
    return set(opts) <= allowed


#: Rule 5: chained rules that only narrow (valid values stay valid without them).
_JOI_NARROWING_CHAIN = {"min", "max", "length", "regex", "pattern", "invalid", "disallow", "not",
                        "required"}  # fmt: skip


def joi(git_dir: str) -> list[Vec]:
    """Rule 5: each ``Helper.validate(schema, [...rows])`` whose schema is
    ``Joi.string().RULE(options)`` of a claimed rule: a row ``[value, true]`` is valid when
    the options and further chained rules only narrow; ``[value, false]`` is invalid only under
    the rule's defaults, nothing chained and no preferences."""
    src = git_show(git_dir, JOI[1], JOI_PATH)
    out: list[Vec] = []
    for block in _node(_JOI_HARNESS, src):
        chain = block["chain"]
        if len(chain) < 2 or chain[0] != ["string", []] or chain[1][0] not in JOI_RULES:
            continue
        rule, args = chain[1]
        etype = JOI_RULES[rule]
        extra = [c[0] for c in chain[2:]]
        valid_ok = _joi_narrowing(rule, args) and set(extra) <= _JOI_NARROWING_CHAIN
        invalid_ok = _joi_default(args) and not extra and not block["prefs"]
        for value, valid in block["rows"]:
            if (valid and valid_ok) or (not valid and invalid_ok):
                out.append((etype, value, valid, rule, JOI_PATH))
    return out


# --- colinhacks/zod (held out) ------------------------------------------------------------

ZOD_DIR = "packages/zod/src/v4/classic/tests/"
ZOD_FILES = ("string.test.ts", "string-formats.test.ts", "credit-card.test.ts", "datetime.test.ts")
#: Rule 6: the formats of the claimed types.
ZOD_FORMATS = {"email": EMAIL, "url": URL, "httpUrl": URL, "ipv4": IP, "ipv6": IP, "ip": IP,
               "mac": MAC, "e164": PHONE, "datetime": DATE, "date": DATE,
               "creditCard": CARD}  # fmt: skip
_JS_LIT = r"\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'|`[^`$]*`"
# A schema: z.FORMAT(...) or z.string().FORMAT(...) or z.iso.FORMAT(...), then chained calls
# (``z.date()``, a Date schema, is not a string format).
_ZOD_SCHEMA = (r"z\s*(?:\.string\(\)|\.iso)?\s*\.(\w+)\(([^()]*)\)((?:\s*\.(?!parse\b|safeParse\b)"
               r"\w+\([^()]*\))*)")  # fmt: skip
_ZOD_DEF = re.compile(rf"const (\w+) = {_ZOD_SCHEMA};")
_ZOD_USE = re.compile(rf"(?:(\w+)|{_ZOD_SCHEMA})\s*\.(parse|safeParse)\(\s*({_JS_LIT}|\w+)\s*\)")


def _js_string(lit: str) -> str:
    """A JavaScript string literal's value."""
    body = lit[1:-1]
    if lit[0] == "`":
        return body
    esc = {"n": "\n", "r": "\r", "t": "\t", "0": "\0", "b": "\b", "f": "\f", "v": "\v"}

    def one(m: re.Match[str]) -> str:
        e = m.group(1)
        if e[0] == "u" and e[1:2] == "{":
            return chr(int(e[2:-1], 16))
        if e[0] in "ux" and len(e) > 1:
            return chr(int(e[1:], 16))
        return esc.get(e, e)

    return re.sub(r"\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)", one, body)


def _string_schema(text: str, fmt: str) -> bool:
    """Rule 6: ``z.date()`` and ``z.datetime()`` are no string formats (``z.string().date()``,
    ``z.iso.date()`` are)."""
    return fmt not in {"date", "datetime"} or bool(re.match(r"z\s*(?:\.string\(\)|\.iso)", text))


def _zod_format(src_name: str, name: str, args: str, chain: str, *,
                defs: list[tuple[int, str, tuple[str, str, str]]], at: int) -> tuple[str, bool] | None:  # fmt: skip
    """(type, default) of a schema named at ``at``, or None when it is no claimed format."""
    if name:
        known = [d for pos, n, d in defs if n == name and pos < at]
        if not known:
            return None
        src_name, args, chain = known[-1]
    if src_name not in ZOD_FORMATS:
        return None
    return ZOD_FORMATS[src_name], not args.strip() and not chain.strip()


def _verdict(after: str, before: str) -> bool | None:
    """Rule 6: the verdict a statement gives a parsed value (None: none stated)."""
    if re.search(r"expect\(\s*\(\)\s*=>\s*$", before):
        return False if re.match(r"\s*\)\s*\.toThrow", after) else None
    m = re.match(r"\s*\.success\s*\)\s*\.(?:toBe|toEqual)\((true|false)\)", after)
    if m:
        return m.group(1) == "true"
    return None


def zod_items(src: str, path: str) -> list[Vec]:
    """Rule 6: the values zod's format tests parse (see the corpus README)."""
    defs = [(m.start(), m.group(1), (m.group(2), m.group(3), m.group(4)))
            for m in _ZOD_DEF.finditer(src)
            if _string_schema(m.group(0)[m.group(0).index("z"):], m.group(2))]  # fmt: skip
    arrays: dict[str, list[tuple[int, list[Any]]]] = {}
    for m in re.finditer(r"const (\w+)(?:\s*:\s*[^=]+)? = \[", src):
        end = _bracket_end(src, m.end() - 1)
        body = re.sub(r"//[^\n]*", "", src[m.end() : end - 1])
        items: list[Any] = []
        for item in re.finditer(rf"\[\s*((?:(?:{_JS_LIT})\s*,?\s*)+)\]|({_JS_LIT})", body):
            if item.group(2):
                items.append(_js_string(item.group(2)))
            else:
                items.append([_js_string(x) for x in re.findall(_JS_LIT, item.group(1))])
        arrays.setdefault(m.group(1), []).append((m.start(), items))
    out: list[Vec] = []
    for m in _ZOD_USE.finditer(src):
        fmt = _zod_format(m.group(2) or "", m.group(1) or "", m.group(3) or "", m.group(4) or "",
                          defs=defs, at=m.start())  # fmt: skip
        if fmt is None or (m.group(2) and not _string_schema(m.group(0), m.group(2))):
            continue
        etype, default = fmt
        arg = m.group(6)
        before = src[max(0, m.start() - 40) : m.start()]
        after = src[m.end() : m.end() + 80]
        values: list[str] = []
        verdict: bool | None
        if arg[0] in "\"'`":
            values = [_js_string(arg)]
            verdict = _verdict(after, before)
            if (
                verdict is None
                and m.group(5) == "parse"
                and not re.search(r"\(\)\s*=>\s*$", before)
            ):
                verdict = True
            if verdict is None and m.group(5) == "safeParse":
                r = re.search(r"(\w+)\s*=\s*$", before)
                nxt = re.search(r"expect\((\w+)\.success\)\.toBe\((true|false)\)", src[m.end():m.end() + 200])  # fmt: skip
                if r and nxt and nxt.group(1) == r.group(1):
                    verdict = nxt.group(2) == "true"
        else:
            values, verdict = _zod_loop(src, m, arg, arrays=arrays, before=before, after=after)
        if verdict is None or (not verdict and not default):
            continue
        out += [(etype, v, verdict, "zod", path) for v in values]
    return out


def _zod_loop(src: str, m: re.Match[str], var: str, *,
              arrays: dict[str, list[tuple[int, list[Any]]]], before: str, after: str) -> tuple[list[str], bool | None]:  # fmt: skip
    """Rule 6: the values a loop variable takes (``NAME.every((v) => ...)``, ``for (const v
    of NAME|[...])``, ``test.each(NAME)(..., (a, v) => ...)``) and the verdict."""
    head = src[max(0, m.start() - 400) : m.start()]
    every = list(re.finditer(rf"(\w+)\.every\(\s*\(?{var}\)?\s*=>", head))
    loop = list(re.finditer(rf"for \(const {var} of (\w+|\[)", head))
    each = list(re.finditer(r"test\.each\((\w+)\)\([^\n]*?\(([\w, ]+)\)\s*=>", head))
    cands = [(x.end(), "every", x) for x in every] + [(x.end(), "for", x) for x in loop]
    cands += [
        (x.end(), "each", x) for x in each if var in [p.strip() for p in x.group(2).split(",")]
    ]
    if not cands:
        return [], None
    _pos, kind, x = max(cands, key=lambda c: c[0])
    at = m.start() - 400 + x.start() if m.start() >= 400 else x.start()
    if kind == "for" and x.group(1) == "[":
        start = head.index("[", x.start())
        end = _bracket_end(head + src[m.start() :], start)
        raw = (head + src[m.start() :])[start:end]
        values: list[Any] = [_js_string(v) for v in re.findall(_JS_LIT, raw)]
    else:
        known = [items for pos, items in arrays.get(x.group(1), []) if pos < at]
        if not known:
            return [], None
        values = known[-1]
        if kind == "each":
            idx = [p.strip() for p in x.group(2).split(",")].index(var)
            values = [v[idx] for v in values if isinstance(v, list) and len(v) > idx]
    values = [v for v in values if isinstance(v, str)]
    if kind == "every":
        tail = src[m.end() : m.end() + 120]
        if re.match(r"\s*\.success\s*===\s*false", tail):
            return values, False if re.search(r"\.toBe\(true\)", tail) else None
        if re.match(r"\s*\.success", tail) and re.search(r"\.toBe\(true\)", tail):
            return values, True
        return values, None
    verdict = _verdict(after, before)
    if verdict is None and m.group(5) == "parse" and not re.search(r"\(\)\s*=>\s*$", before):
        verdict = True
    return values, verdict


# --- jprochazk/garde (held out) -----------------------------------------------------------

GARDE_DIR = "garde/tests/rules/"
#: Rule 7: the test functions' prefixes, their types, and whether a refusal is a negative
#: (the ``ipv4``/``ipv6`` rules refuse the other version's addresses).
GARDE_TESTS = {"email": (EMAIL, True), "ip_any": (IP, True), "ip_v4": (IP, False),
               "ip_v6": (IP, False), "credit_card": (CARD, True),
               "phone_number": (PHONE, True), "url": (URL, True)}  # fmt: skip
_RS_STR = r"\"((?:[^\"\\]|\\.)*)\""


def _rs_string(body: str) -> str:
    """A Rust string literal's value."""
    esc = {"n": "\n", "r": "\r", "t": "\t", "0": "\0"}

    def one(m: re.Match[str]) -> str:
        e = m.group(1)
        if e.startswith("u{"):
            return chr(int(e[2:-1], 16))
        if e.startswith("x"):
            return chr(int(e[1:], 16))
        return esc.get(e, e)

    return re.sub(r"\\(u\{[0-9a-fA-F]+\}|x[0-9a-fA-F]{2}|.)", one, body)


def garde_items(src: str, path: str) -> list[Vec]:
    """Rule 7: the string literals of each top-level ``fn PREFIX[_tuple|_enum]_valid()``
    (``check_ok``: valid) and ``..._invalid()`` (``check_fail!``: invalid) test."""
    out: list[Vec] = []
    for m in re.finditer(r"(?m)^fn (\w+?)(?:_tuple|_enum)?_(valid|invalid)\(\) \{\n(.*?)^\}", src,
                         re.DOTALL):  # fmt: skip
        prefix, verdict, body = m.group(1), m.group(2) == "valid", m.group(3)
        if prefix not in GARDE_TESTS:
            continue
        call = "check_ok" if verdict else "check_fail!"
        if f"util::{call}(" not in body:
            continue
        etype, refusals = GARDE_TESTS[prefix]
        if not verdict and not refusals:
            continue
        out += [
            (etype, _rs_string(s), verdict, m.group(1), path) for s in re.findall(_RS_STR, body)
        ]
    return out


# --- pydantic/pydantic and marshmallow-code/marshmallow (development, second batch) ------

#: Rules 9 and 10: the parametrized tests read, each with its type, verdict and argument.
PARAMETRIZED = {
    "tests/test_networks.py": {
        "test_any_url_success": (URL, True, "value"), "test_any_url_invalid": (URL, False, "value"),
        "test_http_url_success": (URL, True, "value"),
        "test_http_url_invalid": (URL, False, "value"), "test_coerce_url": (URL, True, "input"),
        "test_ftp_url_success": (URL, True, "value"),
        "test_http_urls_default_port": (URL, True, "url"),
        "test_address_valid": (EMAIL, True, "value"), "test_address_invalid": (EMAIL, False, "value"),
    },
    "tests/test_networks_ipaddress.py": {
        "test_ipaddress_success": (IP, True, "value"), "test_ipv4address_success": (IP, True, "value"),
        "test_ipv6address_success": (IP, True, "value"), "test_ipaddress_fails": (IP, False, "value"),
    },
    "tests/test_validate.py": {
        "test_url_absolute_valid": (URL, True, "valid_url"),
        "test_url_absolute_invalid": (URL, False, "invalid_url"),
        "test_url_relative_valid": (URL, True, "valid_url"),
        "test_url_dont_require_tld_valid": (URL, True, "valid_url"),
        "test_email_valid": (EMAIL, True, "valid_email"),
        "test_email_invalid": (EMAIL, False, "invalid_email"),
    },
}  # fmt: skip


def _param_rows(call: ast.Call) -> tuple[list[str], list[ast.expr]]:
    """A ``pytest.mark.parametrize(names, rows)`` call's argument names and row nodes."""
    names_node, rows_node = call.args[0], call.args[1]
    names = ast.literal_eval(names_node)
    names = [n.strip() for n in names.split(",")] if isinstance(names, str) else list(names)
    rows = rows_node.elts if isinstance(rows_node, (ast.List, ast.Tuple)) else []
    return names, rows


def _row_values(row: ast.expr, width: int) -> list[Any] | None:
    """A row's literal values (``pytest.param(...)``'s positional arguments); None when not
    literal."""
    if isinstance(row, ast.Call) and getattr(row.func, "attr", "") == "param":
        row = ast.Tuple(elts=list(row.args), ctx=ast.Load())
    try:
        value = ast.literal_eval(row)
    except (ValueError, SyntaxError):
        if isinstance(row, ast.Tuple) and row.elts:
            try:
                return [ast.literal_eval(row.elts[0])]
            except (ValueError, SyntaxError):
                return None
        return None
    if width == 1:
        return [value]
    return list(value) if isinstance(value, tuple) else None


def address_written(value: str) -> str:
    """Rule 9: the address a mailbox value writes: inside its angle brackets when it has
    them, else the value without the white space around it."""
    m = re.search(r"<\s*([^<>]*?)\s*>", value)
    return m.group(1) if m else value.strip()


def parametrized_items(src: str, path: str) -> list[Vec]:
    """Rules 9 and 10: the named argument's string values of each parametrized test listed."""
    wanted = PARAMETRIZED[path]
    out: list[Vec] = []
    for node in ast.walk(ast.parse(src)):
        if not isinstance(node, ast.FunctionDef) or node.name not in wanted:
            continue
        etype, valid, arg = wanted[node.name]
        for dec in node.decorator_list:
            if not (isinstance(dec, ast.Call) and getattr(dec.func, "attr", "") == "parametrize"):
                continue
            names, rows = _param_rows(dec)
            if arg not in names:
                continue
            col = names.index(arg)
            for row in rows:
                values = _row_values(row, len(names))
                if values is None or len(values) <= col or not isinstance(values[col], str):
                    continue
                value = values[col]
                if etype == EMAIL and valid:
                    value = address_written(value)
                out.append((etype, value, valid, node.name, path))
    return out


# --- go-ozzo/ozzo-validation (held out, second batch) --------------------------------------

OZZO_PATH = "is/rules_test.go"
#: Rule 11: the rules of the claimed types, and whether their refusal is a negative (the
#: version-narrowed IP rules, the request-URI and origin rules refuse values of the type).
OZZO_RULES = {"Email": (EMAIL, True), "EmailFormat": (EMAIL, True), "URL": (URL, True),
              "RequestURL": (URL, False), "Origin": (URL, False), "IP": (IP, True),
              "IPv4": (IP, False), "IPv6": (IP, False), "MAC": (MAC, True), "SSN": (SSN, True),
              "CreditCard": (CARD, True), "E164": (PHONE, True)}  # fmt: skip
_GO_ROW = re.compile(r'\{"[^"\n]*", (\w+), ("(?:[^"\\\n]|\\.)*"), ("(?:[^"\\\n]|\\.)*"), ')


def ozzo_items(src: str) -> list[Vec]:
    """Rule 11: each row ``{tag, Rule, "valid", "invalid", err}`` of the test table whose valid
    and invalid fields are string literals."""
    out: list[Vec] = []
    for m in _GO_ROW.finditer(src):
        if m.group(1) not in OZZO_RULES:
            continue
        etype, refusals = OZZO_RULES[m.group(1)]
        out.append((etype, json.loads(m.group(2)), True, m.group(1), OZZO_PATH))
        if refusals:
            out.append((etype, json.loads(m.group(3)), False, m.group(1), OZZO_PATH))
    return out


# --- typestack/class-validator (held out, second batch) -----------------------------------

CLASS_VALIDATOR_PATH = "test/functional/validation-functions-and-decorators.spec.ts"
#: Rule 12: the decorators of the claimed types.
CV_DECORATORS = {"IsEmail": EMAIL, "IsIP": IP, "IsUrl": URL, "IsCreditCard": CARD,
                 "IsIBAN": IBAN, "IsMACAddress": MAC, "IsBtcAddress": CRYPTO, "IsISO8601": DATE,
                 "IsRFC3339": DATE, "IsDateString": DATE, "IsPhoneNumber": PHONE}  # fmt: skip
_CV_DECORATOR = re.compile(r"@(\w+)\(([^()]*)\)\s*\n\s*someProperty")


def class_validator_items(src: str) -> list[Vec]:
    """Rule 12: for each decorator of a claimed type on ``MyClass``, the ``validValues`` (valid)
    and ``invalidValues`` (invalid, only under the decorator's defaults: no argument or
    ``null``) arrays of its ``describe`` block (defined after the block's opening and before the
    class); the arrays are evaluated by ``node``."""
    found: list[tuple[str, bool, str]] = []
    arrays: list[str] = []
    for m in _CV_DECORATOR.finditer(src):
        name, args = m.group(1), m.group(2).strip()
        if name not in CV_DECORATORS:
            continue
        opening = src.rfind("describe(", 0, m.start())
        for var, valid in (("validValues", True), ("invalidValues", False)):
            at = src.rfind(f"const {var} = [", opening, m.start())
            if at < 0 or (not valid and args not in {"", "null"}):
                continue
            start = src.index("[", at)
            arrays.append(src[start : _bracket_end(src, start)])
            found.append((CV_DECORATORS[name], valid, name))
    out: list[Vec] = []
    for (etype, valid, name), values in zip(found, _node(_EVAL_ARRAYS, json.dumps(arrays)),
                                            strict=True):  # fmt: skip
        out += [(etype, v, valid, name, CLASS_VALIDATOR_PATH) for v in values or []
                if isinstance(v, str)]  # fmt: skip
    return out


# --- records ----------------------------------------------------------------------------


def main(argv: list[str]) -> None:
    vb, jo, zd, gd, pyd, mm, oz, cv = argv
    assert split([r[0] for r in SUITES]) == ([VALIBOT[0], JOI[0]], [ZOD[0], GARDE[0]])
    assert split([r[0] for r in SUITES_B], SPLIT_SALT_B) == (
        [PYDANTIC[0], MARSHMALLOW[0]], [OZZO[0], CLASS_VALIDATOR[0]])  # fmt: skip
    # The held-out readers run first (the split was fixed before either part was extracted).
    zod_vecs: list[Vec] = []
    for name in ZOD_FILES:
        zod_vecs += zod_items(git_show(zd, ZOD[1], ZOD_DIR + name), ZOD_DIR + name)
    garde_vecs: list[Vec] = []
    for name in ("email", "ip", "credit_card", "phone_number", "url"):
        path = f"{GARDE_DIR}{name}.rs"
        garde_vecs += garde_items(git_show(gd, GARDE[1], path), path)
    held = [(ZOD, zod_vecs), (GARDE, garde_vecs),
            (OZZO, ozzo_items(git_show(oz, OZZO[1], OZZO_PATH))),
            (CLASS_VALIDATOR, class_validator_items(git_show(cv, CLASS_VALIDATOR[1],
                                                             CLASS_VALIDATOR_PATH)))]  # fmt: skip
    pyd_vecs: list[Vec] = []
    for path in ("tests/test_networks.py", "tests/test_networks_ipaddress.py"):
        pyd_vecs += parametrized_items(git_show(pyd, PYDANTIC[1], path), path)
    mm_path = "tests/test_validate.py"
    dev: list[dict[str, Any]] = []
    for repo, vecs in ((VALIBOT, valibot(vb)), (JOI, joi(jo)), (PYDANTIC, pyd_vecs),
                       (MARSHMALLOW, parametrized_items(git_show(mm, MARSHMALLOW[1], mm_path),
                                                        mm_path))):  # fmt: skip
        dev += _vectors.records("dev23", repo, settle(vecs), sentences=SENTENCES)
    seen = earlier_dev_keys("vectors23_dev.jsonl")
    seen |= {_key(r["type"], r["text"][slice(*r["value_span"])]) for r in dev if r["valid"]}
    seen |= {_key(r["type"], r["text"]) for r in dev}
    hold: list[dict[str, Any]] = []
    for repo, vecs in held:
        new = [v for v in settle(vecs) if _key(v[0], v[1]) not in seen]
        hold += _vectors.records("holdout23", repo, new, sentences=SENTENCES)
    _vectors.write_parts((("vectors23_dev.jsonl", dev), ("vectors23_holdout.jsonl", hold)))


if __name__ == "__main__":
    main(sys.argv[1:])

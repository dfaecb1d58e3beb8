"""Build ``benchmarks/data/vectors_{dev,holdout}.jsonl``: other projects' validator test vectors.

Usage (the repositories as git directories at the pinned commits; only ``git show`` is read;
``node`` evaluates validator.js's test file, see :data:`_HARNESS`)::

    python -m benchmarks.corpus._vectors VALIDATORJS_GIT PYVALIDATORS_GIT EMAILVAL_GIT COMMONS_GIT
    python -m benchmarks.corpus._vectors --dev2 GOPLAYGROUND_GIT GOVALIDATOR_GIT RESPECT_GIT

A validator's test suite lists values it calls valid and values it calls invalid. Each value
the source calls valid under its default options (or under options that only *narrow* what is
accepted: a card provider, an IP version, a phone locale) becomes gold for one privkit type;
each value it calls invalid under its default options is kept as a negative for that type.
The mapping from a source's check to a privkit type, and what is out of scope, are written in
``benchmarks/corpus/README.md`` (section "Validator test vectors") and as data below
(:data:`VALIDATORJS_MAP`, :data:`NARROWING`). Records: each value alone, and each value in
the fixed carriers of :data:`CARRIERS`. The second development set (``vectors2_dev.jsonl``, ``--dev2``) reads the Go suites of
go-playground/validator and asaskevich/govalidator (table-driven tests, :func:`gotables`) and
the PHP suite of Respect/Validation (:func:`respect`) under the same rules. This file shares
no code with privkit.
"""

from __future__ import annotations

import ast
import contextlib
import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from benchmarks.corpus import _jsonl
from benchmarks.corpus._git import git_show

DATA = Path(__file__).resolve().parents[1] / "data"

VALIDATORJS = ("validatorjs/validator.js", "cdb7dafc281d14125b924969bf3ee5bc482ec169", "MIT")
PYVALIDATORS = ("python-validators/validators", "9bc7e82f7bf0fb3990eb287e11323fb6ca1c87cf", "MIT")
EMAILVAL = (
    "JoshData/python-email-validator",
    "b73d010bb3db70547199f39fd85d2286a7f6f476",
    "Unlicense",
)
COMMONS = ("apache/commons-validator", "4dc42506f0714ebb74705347eb15c8cc79d26bb1", "Apache-2.0")

#: Short neutral sentences written for this corpus; ``{v}`` is the value.
CARRIERS = ("{v}", "Contact: {v}.", "value={v}", "The form field held {v} when it was saved.")

#: validator.js check -> privkit type (checks not listed are out of scope).
VALIDATORJS_MAP = {
    "isEmail": "EMAIL_ADDRESS",
    "isIP": "IP_ADDRESS",
    "isURL": "URL",
    "isFQDN": "DOMAIN_NAME",
    "isCreditCard": "CREDIT_CARD",
    "isIBAN": "IBAN_CODE",
    "isMACAddress": "MAC_ADDRESS",
    "isIMEI": "IMEI",
    "isBtcAddress": "CRYPTO",
    "isISO8601": "DATE_TIME",
    "isRFC3339": "DATE_TIME",
    "isMobilePhone": "PHONE_NUMBER",
    "isJWT": "AUTH_TOKEN",
}

_DEFAULT_PROTOCOLS = {"http", "https", "ftp"}


def salted_halves(repos: list[str], salt: str) -> tuple[list[str], list[str]]:
    """A vector set's split rule 1: the suites sorted by the sha256 of ``salt`` and their
    name; the first ``ceil(n / 2)`` are the development part, the rest held out."""
    ranked = sorted(repos, key=lambda r: hashlib.sha256((salt + r).encode()).hexdigest())
    half = (len(ranked) + 1) // 2
    return ranked[:half], ranked[half:]


def _url_opt(key: str, val: Any) -> bool:
    if key in {"host_whitelist", "host_blacklist", "max_allowed_length"}:
        return True
    if key in {"require_protocol", "disallow_auth"}:
        return isinstance(val, bool)
    if key == "protocols":
        return isinstance(val, list) and all(p in _DEFAULT_PROTOCOLS for p in val)
    narrowing = {("allow_fragments", False), ("allow_query_components", False),
                 ("require_port", True), ("require_valid_protocol", True)}  # fmt: skip
    return isinstance(val, bool) and (key, val) in narrowing


#: Per check: does option ``key=val`` keep the default or only narrow what is valid?
#: A test whose options all pass keeps its *valid* list in scope; its *invalid* list is in
#: scope only when it has no option at all (a narrowed check rejects values that are valid).
NARROWING: dict[str, Any] = {
    "isEmail": lambda k, v: k in {"host_blacklist", "host_whitelist", "blacklisted_chars"}
    or (k, v) in {("domain_specific_validation", True), ("allow_utf8_local_part", False),
                  ("ignore_max_length", False)},
    "isIP": lambda k, v: k == "version" and v in (4, 6, "4", "6", None),
    "isURL": _url_opt,
    "isFQDN": lambda _k, _v: False,
    "isCreditCard": lambda k, v: k == "provider" and v != "Plorf",
    "isIBAN": lambda k, _v: k in {"whitelist", "blacklist"},
    "isMACAddress": lambda k, _v: k == "eui",
    "isIMEI": lambda k, v: (k, v) == ("allow_hyphens", False),
    "isBtcAddress": lambda _k, _v: False,
    "isISO8601": lambda k, _v: k in {"strict", "strictSeparator"},
    "isRFC3339": lambda _k, _v: False,
    "isMobilePhone": lambda k, _v: k in {"locale", "strictMode"},
    "isJWT": lambda _k, _v: False,
}  # fmt: skip


def _narrowing(check: str, args: list[Any]) -> bool:
    """True when every option of ``args`` keeps the default or narrows the accepted set."""
    rule = NARROWING[check]
    for arg in args:
        if arg is None or (isinstance(arg, dict) and not arg):
            continue
        if check == "isIP" and isinstance(arg, (int, str)):
            if not rule("version", arg):
                return False
        elif check == "isMobilePhone" and isinstance(arg, (str, list)):
            continue  # a locale (or list of locales) narrows the accepted numbers
        elif isinstance(arg, dict):
            if not all(rule(k, v) for k, v in arg.items()):
                return False
        else:
            return False
    return True


#: Evaluates a mocha test file (stdin) with stub ``describe``/``it`` and a ``test`` that
#: records its option objects; prints them as JSON. Imports are dropped; an ``it`` block that
#: calls the library itself throws on the stub and is skipped (it lists no vectors).
_HARNESS = r"""
const src = require('fs').readFileSync(0, 'utf8').split('\n')
  .filter((l) => !/^\s*import\s/.test(l) && !/^let validator_js/.test(l)).join('\n');
const calls = [];
const stub = new Proxy(function () {}, { get: () => stub, apply: () => stub });
const test = (o) => calls.push({ validator: o.validator, args: o.args || [],
  valid: o.valid || [], invalid: o.invalid || [] });
const describe = (n, f) => f();
const it = (n, f) => { try { f(); } catch (e) { /* uses the library itself */ } };
new Function('test', 'describe', 'it', 'assert', 'validator', 'fs', 'vm', 'timezone_mock',
  'require', src)(test, describe, it, stub, stub, stub, stub, stub, require);
process.stdout.write(JSON.stringify(calls));
"""


def _show(git_dir: str, commit: str, path: str) -> str:
    return git_show(Path(git_dir), commit, path)


Vec = tuple[str, str, bool, str, str]  # (privkit type, value, valid, check, path)


def validatorjs(git_dir: str) -> list[Vec]:
    """In-scope vectors of validator.js's test files."""
    commit = VALIDATORJS[1]
    out: list[Vec] = []
    for path in ("test/validators.test.js", "test/validators/isIP.test.js",
                 "test/validators/isFQDN.test.js"):  # fmt: skip
        js = _show(git_dir, commit, path)
        calls = json.loads(
            subprocess.run(
                ["node", "-e", _HARNESS], input=js, check=True, capture_output=True, text=True
            ).stdout
        )
        for call in calls:
            check = call["validator"]
            if check not in VALIDATORJS_MAP or not _narrowing(check, call["args"]):
                continue
            etype = VALIDATORJS_MAP[check]
            out += [(etype, v, True, check, path) for v in call["valid"] if isinstance(v, str)]
            if not call["args"]:
                out += [
                    (etype, v, False, check, path) for v in call["invalid"] if isinstance(v, str)
                ]
    return out


#: python-validators test file -> (privkit type, extra parameters allowed with their values).
PYVALIDATORS_FILES = {
    "tests/test_email.py": "EMAIL_ADDRESS",
    "tests/test_ip_address.py": "IP_ADDRESS",
    "tests/test_url.py": "URL",
    "tests/test_domain.py": "DOMAIN_NAME",
    "tests/test_card.py": "CREDIT_CARD",
    "tests/test_iban.py": "IBAN_CODE",
    "tests/test_mac_address.py": "MAC_ADDRESS",
    "tests/crypto_addresses/test_btc_address.py": "CRYPTO",
}


def _py_rows(node: ast.expr, env: dict[str, Any]) -> list[Any]:
    return list(eval(compile(ast.Expression(node), "<vectors>", "eval"), {"__builtins__": {}}, env))  # noqa: S307


def pyvalidators(git_dir: str) -> list[Vec]:
    """In-scope vectors of the python ``validators`` package's tests.

    A ``test_returns_true_on_valid_*`` test is a valid list, a ``test_returns_failed_*``
    test an invalid list. Parametrised with the value only, or (domains) with every extra
    flag False, the library's default; ``private=`` IP tests narrow and keep their valid
    rows. Card tests per network only re-list the same numbers and are skipped.
    """
    commit = PYVALIDATORS[1]
    out: list[Vec] = []
    for path, etype in PYVALIDATORS_FILES.items():
        tree = ast.parse(_show(git_dir, commit, path))
        env: dict[str, Any] = {}
        for node in tree.body:
            if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
                with contextlib.suppress(ValueError):
                    env[node.targets[0].id] = ast.literal_eval(node.value)
        for fn in tree.body:
            if not isinstance(fn, ast.FunctionDef):
                continue
            valid = fn.name.startswith("test_returns_true_on_valid")
            if not valid and not fn.name.startswith("test_returns_failed"):
                continue
            if etype == "CREDIT_CARD" and fn.name not in {
                "test_returns_true_on_valid_card_number",
                "test_returns_failed_on_valid_card_number",
            }:
                continue
            for dec in fn.decorator_list:
                if not (
                    isinstance(dec, ast.Call) and getattr(dec.func, "attr", "") == "parametrize"
                ):
                    continue
                names = ast.literal_eval(dec.args[0])
                names = [n.strip() for n in (names.split(",") if isinstance(names, str) else names)]
                for row in _py_rows(dec.args[1], env):
                    vals = row if isinstance(row, tuple) else (row,)
                    extra = dict(zip(names[1:], vals[1:], strict=True))
                    if "private" in extra:
                        ok = valid and set(extra) == {"private"}
                    else:
                        ok = all(v is False for v in extra.values())
                    if ok and isinstance(vals[0], str):
                        out.append((etype, vals[0], valid, fn.name, path))
    return out


def emailvalidator(git_dir: str) -> list[Vec]:
    """In-scope vectors of python-email-validator's syntax tests (default options).

    ``test_email_valid`` and ``test_email_valid_intl_local_part`` are valid lists;
    ``test_email_invalid_syntax`` is the invalid list. Tests of non-default options (quoted
    local parts, domain literals, SMTPUTF8 off, strict mode) and of reserved or special-use
    domains (rejected only by a deliverability policy) are out of scope.
    """
    commit = EMAILVAL[1]
    path = "tests/test_syntax.py"
    tree = ast.parse(_show(git_dir, commit, path))
    wanted = {
        "test_email_valid": True,
        "test_email_valid_intl_local_part": True,
        "test_email_invalid_syntax": False,
    }
    out: list[Vec] = []
    for fn in tree.body:
        if not isinstance(fn, ast.FunctionDef) or fn.name not in wanted:
            continue
        for dec in fn.decorator_list:
            if isinstance(dec, ast.Call) and getattr(dec.func, "attr", "") == "parametrize":
                assert isinstance(dec.args[1], ast.List)
                for elt in dec.args[1].elts:
                    first = elt.elts[0] if isinstance(elt, ast.Tuple) else elt
                    value = ast.literal_eval(first)
                    if isinstance(value, str):
                        out.append(("EMAIL_ADDRESS", value, wanted[fn.name], fn.name, path))
    return out


_JAVA_STR = r'"((?:[^"\\]|\\.)*)"'


def _java_unescape(s: str) -> str:
    return re.sub(
        r"\\(u[0-9a-fA-F]{4}|.)",
        lambda m: chr(int(m.group(1)[1:], 16)) if m.group(1)[0] == "u" and len(m.group(1)) == 5
        else {"n": "\n", "t": "\t", "r": "\r", "0": "\0"}.get(m.group(1), m.group(1)),
        s,
    )  # fmt: skip


def commons(git_dir: str) -> list[Vec]:
    """In-scope vectors of Apache Commons Validator's ``routines`` tests.

    Only calls on the default validator instance (``validator.isValid(...)`` and, for IPs,
    ``isValidInet4Address``/``isValidInet6Address``) with a string literal; IBANs from the
    ``VALID_IBAN_FIXTURES``/``INVALID_IBAN_FIXTURES`` lists; cards from ``VALID_CARDS`` /
    ``ERROR_CARDS`` (constants resolved in the same file).
    """
    commit = COMMONS[1]
    base = "src/test/java/org/apache/commons/validator/routines/"
    out: list[Vec] = []
    call = re.compile(
        r"assert(True|False)\(\s*validator\.isValid(?:Inet[46]Address)?\(\s*" + _JAVA_STR + r"\s*\)"
    )
    for name, etype in (("EmailValidatorTest.java", "EMAIL_ADDRESS"),
                        ("InetAddressValidatorTest.java", "IP_ADDRESS")):  # fmt: skip
        src = _show(git_dir, commit, base + name)
        out.extend(
            (etype, _java_unescape(m.group(2)), m.group(1) == "True", "isValid", base + name)
            for m in call.finditer(src)
        )

    def _list(src: str, var: str) -> str:
        m = re.search(
            r"\b" + var + r"\s*=\s*(?:Arrays\.asList\()?\s*\{?(.*?)[})];", src, flags=re.DOTALL
        )
        assert m is not None, var
        return re.sub(r"//[^\n]*", "", m.group(1))

    src = _show(git_dir, commit, base + "IBANValidatorTest.java")
    for var, valid in (("VALID_IBAN_FIXTURES", True), ("INVALID_IBAN_FIXTURES", False)):
        iban = base + "IBANValidatorTest.java"
        out.extend(
            ("IBAN_CODE", _java_unescape(m.group(1)), valid, var, iban)
            for m in re.finditer(_JAVA_STR, _list(src, var))
        )
    src = _show(git_dir, commit, base + "CreditCardValidatorTest.java")
    consts = dict(re.findall(r"static final String (\w+) = " + _JAVA_STR, src))
    for var, valid in (("VALID_CARDS", True), ("ERROR_CARDS", False)):
        body = _list(src, r"String\[\] " + var)
        for tok in re.finditer(_JAVA_STR + r"|(\b[A-Z][A-Z0-9_]+\b)", body):
            value = tok.group(1) if tok.group(1) is not None else consts.get(tok.group(2))
            if value is not None:
                out.append(
                    ("CREDIT_CARD", value, valid, var, base + "CreditCardValidatorTest.java")
                )
    return out


GOPLAYGROUND = ("go-playground/validator", "fd8bd3c9d513cd1d29e495974fa07dba7a2b5936", "MIT")
GOVALIDATOR = ("asaskevich/govalidator", "3dd3875e2b081a20d6eed935913a482fea14ecd0", "MIT")
RESPECT = ("Respect/Validation", "b885ab898a9994f7f3e7371a83e80b42b74b98f0", "MIT")

#: Go check (a go-playground tag or a govalidator function) -> (privkit type, default?).
#: A check that is not the default one only narrows (an IP version, a URL scheme, one Bitcoin
#: address family): its valid list is gold, its invalid list is not kept.
GO_CHECKS: dict[str, tuple[str, bool]] = {
    # go-playground/validator tags
    "email": ("EMAIL_ADDRESS", True),
    "ip": ("IP_ADDRESS", True),
    "ipv4": ("IP_ADDRESS", False),
    "ipv6": ("IP_ADDRESS", False),
    "mac": ("MAC_ADDRESS", True),
    "credit_card": ("CREDIT_CARD", True),
    "btc_addr": ("CRYPTO", True),
    "btc_addr_bech32": ("CRYPTO", True),
    "jwt": ("AUTH_TOKEN", True),
    "e164": ("PHONE_NUMBER", False),  # one notation of phone numbers
    "url": ("URL", True),
    "http_url": ("URL", False),
    "https_url": ("URL", False),
    "fqdn": ("DOMAIN_NAME", True),
    # asaskevich/govalidator functions
    "IsEmail": ("EMAIL_ADDRESS", True),
    "IsIP": ("IP_ADDRESS", True),
    "IsIPv4": ("IP_ADDRESS", False),
    "IsIPv6": ("IP_ADDRESS", False),
    "IsMAC": ("MAC_ADDRESS", True),
    "IsCreditCard": ("CREDIT_CARD", True),
    "IsIMEI": ("IMEI", True),
    "IsJWT": ("AUTH_TOKEN", True),
    "IsE164": ("PHONE_NUMBER", False),
    "IsURL": ("URL", True),
    "IsRFC3339": ("DATE_TIME", False),  # one notation of date-times
}

_GO_STR = r'"(?:[^"\\\n]|\\.)*"|`[^`]*`'
_GO_ESC = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}


def _go_string(lit: str) -> str:
    """The value of a Go string literal (interpreted or raw)."""
    if lit.startswith("`"):
        return lit[1:-1]

    def esc(m: re.Match[str]) -> str:
        e = m.group(1)
        if e[0] in "xuU":
            return chr(int(e[1:], 16))
        if e[0] in "01234567":
            return chr(int(e, 8))
        return _GO_ESC.get(e, e)

    return re.sub(r"\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{3}|.)", esc, lit[1:-1])


def _go_block(src: str, start: int) -> int:
    """The index after the brace block opening at ``src[start] == '{'`` (strings skipped)."""
    depth, i = 0, start
    tok = re.compile(_GO_STR + r"|//[^\n]*|'(?:[^'\\]|\\.)*'|[{}]")
    for m in tok.finditer(src, start):
        t = m.group(0)
        if t == "{":
            depth += 1
        elif t == "}":
            depth -= 1
            if depth == 0:
                return m.end()
        i = m.end()
    raise ValueError(f"unbalanced block at {start} (reached {i})")


def _go_fields(elem: str) -> list[tuple[str | None, Any]]:
    """The fields of one composite literal ``{...}``: (key or None, str | bool | None)."""
    out: list[tuple[str | None, Any]] = []
    body = elem[1:-1]
    part = re.compile(r"\s*(?:(\w+)\s*:\s*)?(" + _GO_STR + r"|true\b|false\b|[^,]*)\s*(?:,|$)")
    pos = 0
    while pos < len(body) and body[pos:].strip():
        m = part.match(body, pos)
        if m is None or m.end() == pos:
            break
        raw = m.group(2).strip()
        val: Any = None
        if raw[:1] in {'"', "`"}:
            val = _go_string(raw)
        elif raw in {"true", "false"}:
            val = raw == "true"
        out.append((m.group(1), val))
        pos = m.end()
    return out


_TABLE = re.compile(r"\[\]struct\s*\{([^{}]*)\}\s*\{")
_GO_CALL = re.compile(
    r"validate\.Var\(\s*(\w+)\.(\w+)\s*,\s*(?:\"(\w+)\"|\w+\.(\w+))\s*\)"
    r"|\b(Is\w+)\(\s*(\w+)\.(\w+)\s*\)"
)
_GO_SEQ = re.compile(
    r"\b(\w+)\s*:?=\s*(" + _GO_STR + ")"
    r"\s*\n\s*errs\s*:?=\s*validate\.Var\(\s*\1\s*,\s*\"(\w+)\"\s*\)"
    r"\s*\n\s*(Equal|NotEqual)\(\s*t\s*,\s*errs\s*,\s*nil\s*\)"
)


def gotables(git_dir: str, repo: tuple[str, str, str]) -> list[Vec]:
    """In-scope vectors of a Go ``validator_test.go``.

    Table-driven tests: a ``[]struct{...}{...}`` table feeds the first check call after it
    (``validate.Var(test.param, "tag")`` or ``IsX(test.param)``); a row's value is the field
    the call reads and its validity the table's boolean field. go-playground's sequential
    tests (``s = "..."``, ``errs = validate.Var(s, "email")``, ``Equal``/``NotEqual(t, errs,
    nil)``) are read as well. Checks and their type are :data:`GO_CHECKS`.
    """
    path = "validator_test.go"
    src = _show(git_dir, repo[1], path)
    out: list[Vec] = []
    for m in _TABLE.finditer(src):
        names = [f.split()[0] for f in m.group(1).strip().splitlines() if f.split()]
        end = _go_block(src, m.end() - 1)
        stops = [i for i in (src.find("\nfunc ", end), src.find("[]struct", end)) if i >= 0]
        call = _GO_CALL.search(src, end, min(stops, default=len(src)))
        if call is None:  # the table feeds a check with more arguments, or none
            continue
        if call.group(5):
            check, field = call.group(5), call.group(7)
        else:
            check, field = call.group(3), call.group(2)
        tag_field = call.group(4)
        rows_src = src[m.end() - 1 : end]
        pos = 1
        while True:
            nxt = rows_src.find("{", pos)
            if nxt < 0:
                break
            close = _go_block(rows_src, nxt)
            fields = _go_fields(rows_src[nxt:close])
            pos = close
            row = {
                (key if key is not None else names[i] if i < len(names) else str(i)): val
                for i, (key, val) in enumerate(fields)
            }
            row_check = row.get(tag_field) if tag_field else check
            value = row.get(field)
            valid = next((v for v in row.values() if isinstance(v, bool)), None)
            if row_check not in GO_CHECKS or not isinstance(value, str) or valid is None:
                continue
            etype, default = GO_CHECKS[row_check]
            if valid or default:
                out.append((etype, value, valid, row_check, path))
    for m in _GO_SEQ.finditer(src):
        check = m.group(3)
        if check in GO_CHECKS:
            etype, default = GO_CHECKS[check]
            valid = m.group(4) == "Equal"
            if valid or default:
                out.append((etype, _go_string(m.group(2)), valid, check, path))
    return out


#: Respect/Validation rule class -> privkit type, and whether a rule built with arguments
#: only narrows (its valid list is then gold). Invalid lists count only for a rule built
#: without arguments (``new Email(null)`` is the default e-mail rule).
RESPECT_RULES: dict[str, tuple[str, bool]] = {
    "Email": ("EMAIL_ADDRESS", False),
    "Ip": ("IP_ADDRESS", True),  # an address range or an IP version
    "CreditCard": ("CREDIT_CARD", True),  # a card brand
    "Iban": ("IBAN_CODE", False),
    "Imei": ("IMEI", False),
    "MacAddress": ("MAC_ADDRESS", False),
    "Url": ("URL", False),
}

_PHP_STR = r"'((?:[^'\\]|\\.)*)'"


def respect(git_dir: str) -> list[Vec]:
    """In-scope vectors of Respect/Validation's unit tests (``providerFor{Valid,Invalid}Input``).

    A provider returns rows ``[$rule, value]`` (or ``[new Rule(...), value]``); ``$rule`` is
    resolved from the provider's own ``$rule = new Rule(...)`` lines. Only single-quoted PHP
    strings are values (numbers, arrays and objects are not text).
    """
    out: list[Vec] = []
    for cls, (etype, narrows) in RESPECT_RULES.items():
        path = f"tests/unit/Validators/{cls}Test.php"
        src = _show(git_dir, RESPECT[1], path)
        for m in re.finditer(r"function providerFor(Valid|Invalid)Input\(\)[^{]*\{(.*?)\n    \}",
                             src, flags=re.DOTALL):  # fmt: skip
            valid = m.group(1) == "Valid"
            body = m.group(2)
            rules = {
                v: args.strip() for v, args in
                re.findall(r"(\$\w+)\s*=\s*new\s+" + cls + r"\(([^)]*)\)", body)
            }  # fmt: skip
            row = re.compile(
                r"\[\s*(\$\w+|new\s+" + cls + r"\(([^)]*)\))\s*,\s*" + _PHP_STR + r"\s*\]"
            )
            for r in row.finditer(body):
                args = r.group(2) if r.group(2) is not None else rules.get(r.group(1))
                if args is None:
                    continue
                default = args in {"", "null"}
                if default or (valid and narrows):
                    value = re.sub(r"\\([\\'])", r"\1", r.group(3))
                    out.append((etype, value, valid, cls, path))
    return out


def _consistent(vecs: list[Vec]) -> list[Vec]:
    """Drop a negative whose value is gold for the same type in the same source."""
    gold = {(t, v) for t, v, ok, _c, _p in vecs if ok}
    return [x for x in vecs if x[2] or (x[0], x[1]) not in gold]


def _usable(value: str) -> bool:
    """A value that can stand in a one-line record: not empty, no control characters."""
    return bool(value.strip()) and not re.search(r"[\x00-\x1f\x7f\u2028\u2029\ud800-\udfff]", value)


def records(
    part: str,
    repo: tuple[str, str, str],
    vecs: list[Vec],
    *,
    sentences: dict[str, str] | None = None,
) -> list[dict[str, Any]]:
    """One record per (distinct type, value, validity) and carrier, in first-seen order.

    ``sentences`` adds one more carrier per type (the third set's plain sentence), and the
    records then name the source's licence too.
    """
    seen: set[tuple[str, str, bool]] = set()
    out: list[dict[str, Any]] = []
    short = repo[0].split("/")[1]
    for etype, value, valid, check, path in vecs:
        if (etype, value, valid) in seen or not _usable(value):
            continue
        seen.add((etype, value, valid))
        carriers = CARRIERS if sentences is None else (*CARRIERS, sentences[etype])
        for c, carrier in enumerate(carriers):
            start = carrier.index("{v}")
            text = carrier.replace("{v}", value)
            rec: dict[str, Any] = {
                "id": f"{part}-{short}-{len(out):05d}",
                "kind": "vector",
                "source": short,
                "part": part,
                "repo": repo[0],
                "commit": repo[1],
                **({} if sentences is None else {"licence": repo[2]}),
                "path": path,
                "check": check,
                "type": etype,
                "valid": valid,
                "carrier": c,
                "text": text,
                "spans": [{"start": start, "end": start + len(value), "entity": etype}]
                if valid
                else [],
                "value_span": [start, start + len(value)],
            }
            out.append(rec)
    return out


def write_parts(parts: tuple[tuple[str, list[dict[str, Any]]], ...]) -> None:
    """Write each named part's records as JSON lines under ``benchmarks/data`` (the vector
    builders')."""
    for name, recs in parts:
        _jsonl.write(DATA / name, recs)
        print(f"{name}: {len(recs)} records")


def main(argv: list[str]) -> None:
    if argv[:1] == ["--dev2"]:
        gp, gv, rs = argv[1:]
        dev2 = (
            records("dev2", GOPLAYGROUND, _consistent(gotables(gp, GOPLAYGROUND)))
            + records("dev2", GOVALIDATOR, _consistent(gotables(gv, GOVALIDATOR)))
            + records("dev2", RESPECT, _consistent(respect(rs)))
        )
        write_parts((("vectors2_dev.jsonl", dev2),))
        return
    vjs, pyv, ev, cv = argv
    dev = records("dev", VALIDATORJS, validatorjs(vjs))
    hold = (
        records("holdout", PYVALIDATORS, pyvalidators(pyv))
        + records("holdout", EMAILVAL, emailvalidator(ev))
        + records("holdout", COMMONS, commons(cv))
    )
    write_parts((("vectors_dev.jsonl", dev), ("vectors_holdout.jsonl", hold)))


if __name__ == "__main__":
    main(sys.argv[1:])

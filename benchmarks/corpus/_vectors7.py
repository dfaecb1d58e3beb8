"""Build ``benchmarks/data/vectors7_{dev,holdout}.jsonl``: links, addresses and numbers in text.

Usage (git directories at the pinned commits, only ``git show`` is read; Django's PyPI source
archive, checked against its sha256)::

    python -m benchmarks.corpus._vectors7 XURLS_GIT DJANGO_SDIST TEXTACY_GIT CLEANTEXT_GIT \
        LINKIFY_GIT AUTOLINKER_GIT BLEACH_GIT

The split is by source and was fixed before extraction: xurls' tests, Django's ``urlize``
tests, textacy's and clean-text's replacement tests are the development part; linkify's (Rust),
Autolinker.js's and bleach's linkifier tests the held-out part. A held-out case whose values
the development part all holds (compared without white space and case) is dropped from the
held-out part. The rules are written in ``benchmarks/corpus/README.md`` ("Seventh vector set")
and as data below. Every record is a *case* (:func:`benchmarks.corpus._vectors4.case_records`):
a text with the spans the source links or replaces, of one type; a text the source says holds
no link is a negative over the whole text. This file shares no code with privkit.
"""

from __future__ import annotations

import ast
import hashlib
import html
import ipaddress
import itertools
import json
import re
import sys
import tarfile
from pathlib import Path
from typing import Any

from benchmarks.corpus import _vectors, _vectors4
from benchmarks.corpus._git import git_show

XURLS = ("mvdan/xurls", "6fcda1fd6decab4a6bc49ced3b36d666cc57b7cf", "BSD-3-Clause")
DJANGO = ("django/django", "5.2.19", "BSD-3-Clause")
DJANGO_SDIST_SHA256 = "ad03d8abc51dbff95ebf34b27123cf0c26a3b62db7ba0cd520783686362533d1"
TEXTACY = ("chartbeat-labs/textacy", "f08ecbc46020f514b8cbb024778ec4f80456291f", "Apache-2.0")
CLEANTEXT = ("jfilter/clean-text", "66e3377492a8aa572607d2fd335fb9c85096ddcd", "Apache-2.0")
LINKIFY = ("robinst/linkify", "b663d4e71ddf5127059e4e1f4719a924547b0f50", "MIT OR Apache-2.0")
AUTOLINKER = ("gregjacobs/Autolinker.js", "20000fb85eb4e83c0196b2dc60e6af41bffed25a", "MIT")
BLEACH = ("mozilla/bleach", "913ab75992b845e2c9c060c41f24d46921db4693", "Apache-2.0")

URL, EMAIL, PHONE = "URL", "EMAIL_ADDRESS", "PHONE_NUMBER"
Case = _vectors4.Case
#: A rendered result: plain text, or a link of a type (``(type, text the source shows)``).
Part = str | tuple[str, str]

# --- shared: aligning a rendered result with its input ----------------------------------


def _bare_ip(value: str) -> bool:
    try:
        ipaddress.ip_address(value.strip("[]"))
    except ValueError:
        return False
    return True


def align(text: str, parts: list[Part]) -> list[tuple[str, int, int]] | None:
    """The (type, start, end) of each link of ``parts`` in ``text``: plain parts must equal
    the input (as written, else HTML-unescaped), a link takes the input between them (its
    shown text first, else any text); None when the result does not align."""
    for unescape, shown in ((False, True), (True, True), (False, False), (True, False)):
        pattern = ""
        for part in parts:
            if isinstance(part, str):
                pattern += re.escape(html.unescape(part) if unescape else part)
            elif shown and part[1]:
                pattern += "(" + re.escape(html.unescape(part[1]) if unescape else part[1]) + ")"
            else:
                pattern += "(.+?)"
        m = re.fullmatch(pattern, text, flags=re.DOTALL)
        if m is not None:
            links = [p[0] for p in parts if not isinstance(p, str)]
            return [(t, m.start(i + 1), m.end(i + 1)) for i, t in enumerate(links)]
    return None


def cases(text: str, parts: list[Part] | None, negative: tuple[str, ...], check: str,
          path: str) -> list[Case]:  # fmt: skip
    """Rule 1: one case per type linked in ``parts``; no link: a negative of each
    ``negative`` type; a bare IP address is not gold; a case that does not align, or whose
    only links are bare IP addresses, gives nothing."""
    if parts is None:
        return []
    if not any(isinstance(p, tuple) for p in parts):
        return [(t, text, [], check, path) for t in negative]
    links = align(text, parts)
    if links is None:
        return []
    by_type: dict[str, list[tuple[int, int]]] = {}
    for etype, start, end in links:
        if not _bare_ip(text[start:end]) and start < end:
            by_type.setdefault(etype, []).append((start, end))
    return [(t, text, sorted(s), check, path) for t, s in by_type.items()]


_ANCHOR = re.compile(r"<a\s([^<>]*)>(.*?)</a>", flags=re.DOTALL | re.IGNORECASE)


def href_type(href: str) -> str:
    """Rule 2: a linker's ``mailto:`` href is its e-mail match, ``tel:`` its phone match."""
    low = href.strip().lower()
    return EMAIL if low.startswith("mailto:") else PHONE if low.startswith("tel:") else URL


def anchors(rendered: str) -> list[Part]:
    """The plain parts and ``<a href>`` links of an HTML result."""
    out: list[Part] = []
    pos = 0
    for m in _ANCHOR.finditer(rendered):
        href = re.search(r"""href=(?:"([^"]*)"|'([^']*)')""", m.group(1))
        if href is None:
            continue
        out.append(rendered[pos : m.start()])
        out.append((href_type(href.group(1) or href.group(2) or ""), m.group(2)))
        pos = m.end()
    out.append(rendered[pos:])
    return [p for p in out if p != ""]


def placeholders(rendered: str, marks: dict[str, str]) -> list[Part]:
    """The plain parts and placeholder links (``mark -> type``) of a cleaner's result."""
    pattern = "|".join(re.escape(m) for m in marks)
    out: list[Part] = []
    pos = 0
    for m in re.finditer(pattern, rendered):
        out.append(rendered[pos : m.start()])
        out.append((marks[m.group(0)], ""))
        pos = m.end()
    out.append(rendered[pos:])
    return [p for p in out if p != ""]


# --- shared: evaluating Python test code ------------------------------------------------


class _NoValueError(Exception):
    """An expression this reader does not evaluate."""


def py_value(node: ast.AST, env: dict[str, Any]) -> Any:  # noqa: PLR0911 (one return per node kind)
    """The value of a literal-like expression: constants, ``+``, ``*`` with an integer,
    f-strings, names in ``env``, tuples, lists, dictionaries, subscripts, ``lazystr(x)``."""
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name):
        if node.id in env:
            return env[node.id]
        raise _NoValueError
    if isinstance(node, ast.JoinedStr):
        out = []
        for v in node.values:
            if isinstance(v, ast.FormattedValue):
                if v.conversion != -1 or v.format_spec is not None:
                    raise _NoValueError
                val = py_value(v.value, env)
                if not isinstance(val, str):
                    raise _NoValueError
                out.append(val)
            else:
                out.append(py_value(v, env))
        return "".join(out)
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mult)):
        left, right = py_value(node.left, env), py_value(node.right, env)
        try:
            return left + right if isinstance(node.op, ast.Add) else left * right
        except TypeError as e:
            raise _NoValueError from e
    if isinstance(node, (ast.Tuple, ast.List)):
        return [py_value(e, env) for e in node.elts]
    if isinstance(node, ast.Dict):
        return {py_value(k, env): py_value(v, env) for k, v in zip(node.keys, node.values, strict=True)
                if k is not None}  # fmt: skip
    if isinstance(node, ast.Subscript):
        try:
            return py_value(node.value, env)[py_value(node.slice, env)]
        except (KeyError, IndexError, TypeError) as e:
            raise _NoValueError from e
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id == "lazystr" and len(node.args) == 1):  # fmt: skip
        return py_value(node.args[0], env)
    raise _NoValueError


def _try(node: ast.AST, env: dict[str, Any]) -> Any:
    try:
        return py_value(node, env)
    except _NoValueError:
        return _NoValueError


def _bind(target: ast.AST, value: Any, env: dict[str, Any]) -> bool:
    if isinstance(target, ast.Name):
        env[target.id] = value
        return True
    if isinstance(target, ast.Tuple) and isinstance(value, list) and len(value) == len(target.elts):
        return all(_bind(t, v, env) for t, v in zip(target.elts, value, strict=True))
    return False


def walk(stmts: list[ast.stmt], env: dict[str, Any], emit: Any) -> None:
    """Run the straight-line part of a test body: assignments of evaluable values bind names,
    ``for`` loops over evaluable lists run their body per item, ``with`` bodies run, every
    other statement is handed to ``emit(statement, env)``."""
    for s in stmts:
        if isinstance(s, ast.Assign) and len(s.targets) == 1:
            value = _try(s.value, env)
            if value is _NoValueError or not _bind(s.targets[0], value, env):
                for name in ast.walk(s.targets[0]):
                    if isinstance(name, ast.Name):
                        env.pop(name.id, None)
        elif isinstance(s, ast.For):
            items = _try(s.iter, env)
            if isinstance(items, list):
                for item in items:
                    inner = dict(env)
                    if _bind(s.target, item, inner):
                        walk(s.body, inner, emit)
        elif isinstance(s, ast.With):
            walk(s.body, env, emit)
        else:
            emit(s, env)


def py_tests(src: str) -> list[tuple[str, list[ast.stmt], list[dict[str, Any]]]]:
    """(name, body, bindings) of each ``test_*`` function (methods of classes included): one
    binding per row of its ``@pytest.mark.parametrize`` decorators (their product), with the
    module's evaluable constants; a row that does not evaluate is skipped."""
    tree = ast.parse(src)
    module: dict[str, Any] = {}
    walk([s for s in tree.body if isinstance(s, ast.Assign)], module, _ignore)
    funcs = [n for n in tree.body if isinstance(n, ast.FunctionDef)]
    funcs += [m for c in tree.body if isinstance(c, ast.ClassDef) for m in c.body
              if isinstance(m, ast.FunctionDef)]  # fmt: skip
    out = []
    for fn in funcs:
        if not fn.name.startswith("test"):
            continue
        grids: list[list[dict[str, Any]]] = []
        for dec in fn.decorator_list:
            if not (
                isinstance(dec, ast.Call) and ast.unparse(dec.func) == "pytest.mark.parametrize"
            ):
                continue
            names_v = _try(dec.args[0], module)
            names = ([n.strip() for n in names_v.split(",")] if isinstance(names_v, str)
                     else names_v)  # fmt: skip
            rows = []
            for row in getattr(dec.args[1], "elts", []):
                value = _try(row, module)
                if value is _NoValueError:
                    continue
                values = value if len(names) > 1 else [value]
                if isinstance(values, list) and len(values) == len(names):
                    rows.append(dict(zip(names, values, strict=True)))
            grids.append(rows)
        bindings = [dict(module, **{k: v for d in combo for k, v in d.items()})
                    for combo in itertools.product(*grids)]  # fmt: skip
        out.append((fn.name, fn.body, bindings))
    return out


def _ignore(_stmt: ast.stmt, _env: dict[str, Any]) -> None:
    """An ``emit`` that keeps nothing (module-level constants only bind names)."""


def _calls(stmt: ast.stmt) -> list[ast.Call]:
    return [n for n in ast.walk(stmt) if isinstance(n, ast.Call)]


# --- mvdan/xurls (development) ----------------------------------------------------------

XURLS_PATH = "xurls_test.go"
_GO_STR = r'`[^`]*`|"(?:[^"\\]|\\.)*"'
_GO_CASE = re.compile(r"\{\s*(" + _GO_STR + r")\s*,\s*(nil|true|false|" + _GO_STR + r")\s*\}")


def _go(lit: str) -> str:
    return lit[1:-1] if lit.startswith("`") else json.loads(lit)


def _go_block(src: str, start: str) -> str:
    """The text from ``start`` to the closing brace of the list it opens (comment lines
    dropped)."""
    at = src.index(start) + len(start)
    depth, i = 1, at
    while depth:
        ch = src[i]
        if ch == "`":
            i = src.index("`", i + 1)
        elif ch == '"':
            i = re.compile(r'"(?:[^"\\]|\\.)*"').match(src, i).end() - 1  # type: ignore[union-attr]
        elif ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        i += 1
    return "\n".join(ln for ln in src[at : i - 1].splitlines() if not ln.strip().startswith("//"))


def xurls_type(value: str) -> str:
    """Rule 2 for xurls: a match with no scheme that holds ``@`` is an e-mail address."""
    has_scheme = re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", value) is not None
    return EMAIL if "@" in value and not has_scheme else URL


def xurls(git_dir: str) -> list[Case]:
    """Rule 4: ``constantTestCases`` and the ``Relaxed2`` list of ``TestRegexes``."""
    src = git_show(git_dir, XURLS[1], XURLS_PATH)
    out: list[Case] = []
    for check, start in (("constantTestCases", "var constantTestCases = []testCase{"),
                         ("Relaxed2", 'doTest(t, "Relaxed2", Relaxed(), []testCase{')):  # fmt: skip
        for m in _GO_CASE.finditer(_go_block(src, start)):
            text, want = _go(m.group(1)), m.group(2)
            if want in {"nil", "false"}:
                out += cases(text, [text], (URL, EMAIL), check, XURLS_PATH)
                continue
            value = text if want == "true" else _go(want)
            at = text.find(value)
            if at < 0:
                continue
            parts: list[Part] = [text[:at], (xurls_type(value), value), text[at + len(value) :]]
            out += cases(text, [p for p in parts if p != ""], (), check, XURLS_PATH)
    return out


# --- django/django urlize (development) -------------------------------------------------

DJANGO_FILES = (
    "tests/utils_tests/test_html.py",
    "tests/template_tests/filter_tests/test_urlize.py",
)
DJANGO_TESTS = {DJANGO_FILES[0]: ("test_urlize", "test_urlize_unchanged_inputs")}
DJANGO_MAX = 1000


def django(sdist: str) -> list[Case]:
    """Rule 5: ``assertEqual(urlize(text[, autoescape=False]), html)`` in the urlize tests."""
    data = Path(sdist).read_bytes()
    if hashlib.sha256(data).hexdigest() != DJANGO_SDIST_SHA256:
        raise SystemExit("not the pinned Django source archive")
    out: list[Case] = []
    with tarfile.open(sdist) as tar:
        for path in DJANGO_FILES:
            member = tar.extractfile(f"django-{DJANGO[1]}/{path}")
            assert member is not None
            src = member.read().decode("utf-8")
            only = DJANGO_TESTS.get(path)
            for name, body, bindings in py_tests(src):
                if only is not None and name not in only:
                    continue

                def emit(
                    stmt: ast.stmt, env: dict[str, Any], name: str = name, path: str = path
                ) -> None:
                    for call in _calls(stmt):
                        if not (
                            ast.unparse(call.func) == "self.assertEqual" and len(call.args) == 2
                        ):
                            continue
                        got, want = call.args
                        if not (isinstance(got, ast.Call) and ast.unparse(got.func) == "urlize"
                                and len(got.args) == 1):  # fmt: skip
                            continue
                        kw = {k.arg: _try(k.value, env) for k in got.keywords}
                        if set(kw) - {"autoescape"} or kw.get("autoescape", False) is not False:
                            continue
                        text, rendered = _try(got.args[0], env), _try(want, env)
                        if (not isinstance(text, str) or not isinstance(rendered, str)
                                or len(text) > DJANGO_MAX):  # fmt: skip
                            continue
                        out.extend(cases(text, anchors(rendered), (URL, EMAIL), name, path))

                for env in bindings or [{}]:
                    walk(body, dict(env), emit)
    return out


# --- chartbeat-labs/textacy (development) -----------------------------------------------

TEXTACY_PATH = "tests/preprocessing/test_replace.py"
TEXTACY_TESTS = {"test_replace_emails": ("_EMAIL_", EMAIL),
                 "test_replace_phone_numbers": ("_PHONE_", PHONE),
                 "test_replace_urls": ("_URL_", URL)}  # fmt: skip


def textacy(git_dir: str) -> list[Case]:
    """Rule 6: the ``(text_in, text_out)`` rows of the three replace tests."""
    out: list[Case] = []
    for name, _body, bindings in py_tests(git_show(git_dir, TEXTACY[1], TEXTACY_PATH)):
        if name not in TEXTACY_TESTS:
            continue
        mark, etype = TEXTACY_TESTS[name]
        for env in bindings:
            text, rendered = env["text_in"], env["text_out"]
            out += cases(text, placeholders(rendered, {mark: etype}), (etype,), name, TEXTACY_PATH)
    return out


# --- jfilter/clean-text (development) ---------------------------------------------------

CLEANTEXT_PATH = "tests/test_clean.py"


def cleantext(git_dir: str) -> list[Case]:
    """Rule 7: the URL and e-mail replacement tests, the e-mail address lists and the phone
    numbers."""
    src = git_show(git_dir, CLEANTEXT[1], CLEANTEXT_PATH)
    module: dict[str, Any] = {}
    walk([s for s in ast.parse(src).body if isinstance(s, ast.Assign)], module, _ignore)
    out: list[Case] = []
    tests = {name: (body, bindings) for name, body, bindings in py_tests(src)}
    for name, mark, etype in (("test_replace_urls", "*URL*", URL),
                              ("test_replace_emails", "*EMAIL*", EMAIL)):  # fmt: skip
        body, _ = tests[name]
        env: dict[str, Any] = dict(module)
        pairs: list[tuple[str, str]] = []

        def emit(stmt: ast.stmt, env: dict[str, Any], pairs: list[tuple[str, str]] = pairs) -> None:
            if isinstance(stmt, ast.Assert):
                for var in ("text", "proc_text"):
                    if not isinstance(env.get(var), str):
                        return
                pairs.append((env["text"], env["proc_text"]))

        walk(body, env, emit)
        for text, rendered in pairs:
            out += cases(
                text, placeholders(rendered, {mark: etype}), (etype,), name, CLEANTEXT_PATH
            )
    for value in module["email_addresses"]:
        out.append((EMAIL, value, [(0, len(value))], "email_addresses", CLEANTEXT_PATH))
    for value in module["not_email_addresses"]:
        out.append((EMAIL, value, [], "not_email_addresses", CLEANTEXT_PATH))
    for value in module["phone_numbers"]:
        first = re.search(r"[+\d]", value)
        last = re.search(r"\d(?=\D*$)", value)
        if first is not None and last is not None:
            out.append((PHONE, value, [(first.start(), last.end())], "phone_numbers",
                        CLEANTEXT_PATH))  # fmt: skip
    return out


# --- robinst/linkify (held out) ---------------------------------------------------------

LINKIFY_FILES = ("tests/url.rs", "tests/email.rs", "tests/domains.rs")
_RUST_ESC = {"n": "\n", "r": "\r", "t": "\t", "0": "\0", "\\": "\\", '"': '"', "'": "'"}


def _after_comment(src: str, i: int) -> int:
    """Where the ``//`` or ``/* */`` comment starting at ``i`` ends (``i`` when none starts)."""
    if src.startswith("//", i):
        end = src.find("\n", i)
        return len(src) if end < 0 else end
    if src.startswith("/*", i):
        return src.index("*/", i) + 2
    return i


def rust_tokens(src: str) -> list[tuple[str, str]]:
    """A Rust source's tokens: ``("str", value)`` for string literals (escapes and raw
    strings decoded), ``("id", name)`` and ``("p", char)``; comments dropped."""
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(src):
        ch = src[i]
        if (after := _after_comment(src, i)) != i:
            i = after
        elif ch == "r" and re.match(r'r#*"', src[i:]):
            hashes = re.match(r'r(#*)"', src[i:]).group(1)  # type: ignore[union-attr]
            start = i + len(hashes) + 2
            end = src.index('"' + hashes, start)
            out.append(("str", src[start:end]))
            i = end + 1 + len(hashes)
        elif ch == '"':
            j, buf = i + 1, []
            while src[j] != '"':
                if src[j] == "\\":
                    nxt = src[j + 1]
                    if nxt == "\n":
                        j += 2
                        while src[j] in " \t\n\r":
                            j += 1
                        continue
                    if nxt == "u":
                        m = re.match(r"\\u\{([0-9a-fA-F]+)\}", src[j:])
                        assert m is not None
                        buf.append(chr(int(m.group(1), 16)))
                        j += m.end()
                        continue
                    if nxt == "x":
                        buf.append(chr(int(src[j + 2 : j + 4], 16)))
                        j += 4
                        continue
                    buf.append(_RUST_ESC[nxt])
                    j += 2
                    continue
                buf.append(src[j])
                j += 1
            out.append(("str", "".join(buf)))
            i = j + 1
        elif ch == "'" and re.match(r"'(\\.|[^\\'])'", src[i:]):  # a char literal
            i += re.match(r"'(\\.|[^\\'])'", src[i:]).end()  # type: ignore[union-attr]
        elif ch.isalnum() or ch == "_":
            m = re.match(r"\w+", src[i:])
            assert m is not None
            out.append(("id", m.group(0)))
            i += m.end()
        elif ch.isspace():
            i += 1
        else:
            out.append(("p", ch))
            i += 1
    return out


def _rust_functions(tokens: list[tuple[str, str]]) -> list[tuple[str, list[tuple[str, str]]]]:
    """(name, body tokens) of each ``fn``."""
    out = []
    i = 0
    while i < len(tokens):
        if tokens[i] == ("id", "fn") and i + 1 < len(tokens):
            name = tokens[i + 1][1]
            j = i
            while tokens[j] != ("p", "{"):
                j += 1
            depth, k = 1, j + 1
            while depth:
                depth += {("p", "{"): 1, ("p", "}"): -1}.get(tokens[k], 0)
                k += 1
            out.append((name, tokens[j + 1 : k - 1]))
            i = k
        else:
            i += 1
    return out


def bars(expected: str, etype_of: Any) -> list[Part]:
    """The plain parts and ``|link|`` links of linkify's rendering."""
    pieces = expected.split("|")
    if len(pieces) % 2 == 0:
        return []
    return [p if n % 2 == 0 else (etype_of(p), p) for n, p in enumerate(pieces) if p != "" or n % 2]


def linkify_type(value: str) -> str:
    """Rule 2 for linkify's default finder: ``@`` and no ``:`` or ``/`` is its e-mail kind."""
    return EMAIL if "@" in value and ":" not in value and "/" not in value else URL


#: Finder options whose expectations are left out (rule 3).
_LINKIFY_OFF = ("url_can_be_iri", "email_domain_must_have_dot")


def linkify(git_dir: str) -> list[Case]:
    """Rule 8: the helpers' calls in the URL, e-mail and domain tests."""
    out: list[Case] = []
    for path in LINKIFY_FILES:
        toks = rust_tokens(git_show(git_dir, LINKIFY[1], path))
        for name, body in _rust_functions(toks):
            idents = {v for k, v in body if k == "id"}
            if idents & set(_LINKIFY_OFF):
                continue
            schemeless_finder = "url_must_have_scheme" in idents and any(
                body[i : i + 4] == [("id", "url_must_have_scheme"), ("p", "("), ("id", "false"),
                                    ("p", ")")] for i in range(len(body)))  # fmt: skip
            i = 0
            while i < len(body):
                kind, helper = body[i]
                if (
                    kind != "id"
                    or body[i + 1 : i + 2] != [("p", "(")]
                    or not helper.startswith(
                        ("assert_linked", "assert_not_linked", "assert_urls_without_protocol")
                    )
                ):
                    i += 1
                    continue
                j, args = i + 2, []
                while body[j] != ("p", ")"):
                    if body[j][0] == "str":
                        args.append(body[j][1])
                    j += 1
                i = j
                etype_of: Any = (
                    (lambda _value: EMAIL) if path.endswith("email.rs") else linkify_type
                )
                if helper in {"assert_not_linked", "assert_not_linked_without_protocol"}:
                    if len(args) != 1 or "|" in args[0]:
                        continue
                    if path.endswith("url.rs") and helper == "assert_not_linked":
                        continue  # rule 3: the default finder requires a scheme
                    neg = EMAIL if path.endswith("email.rs") else URL
                    out.append((neg, args[0], [], name, path))
                    continue
                if len(args) != 2 or "|" in args[0]:
                    continue
                text, expected = args
                if "|" not in expected:  # nothing linked
                    schemeless = (helper == "assert_urls_without_protocol"
                                  or path.endswith("domains.rs")
                                  or (helper == "assert_linked_with" and schemeless_finder))  # fmt: skip
                    if path.endswith("email.rs"):
                        out.append((EMAIL, text, [], name, path))
                    elif schemeless and text == expected:
                        out.append((URL, text, [], name, path))
                    continue
                out += cases(text, bars(expected, etype_of) or None, (), name, path)
    return out


# --- gregjacobs/Autolinker.js (held out) ------------------------------------------------

AUTOLINKER_FILES = {f"tests/autolinker-{n}.spec.ts": t for n, t in (
    ("email", EMAIL), ("phone", PHONE), ("url-scheme", URL), ("url-tld", URL),
    ("url-other", URL), ("url-ipv4", URL), ("url-protocol-relative", URL))}  # fmt: skip
_TS_ESC = {"n": "\n", "r": "\r", "t": "\t", "0": "\0", "b": "\b", "f": "\f", "v": "\v"}


def _ts_unescape(body: str) -> str:
    def esc(m: re.Match[str]) -> str:
        s = m.group(1)
        if s.startswith("u{"):
            return chr(int(s[2:-1], 16))
        if s[0] in "ux" and len(s) > 1:
            return chr(int(s[1:], 16))
        if s == "\n":
            return ""
        return _TS_ESC.get(s, s)

    return re.sub(r"\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.|\n)", esc, body)


def ts_tokens(src: str) -> list[tuple[str, str]]:
    """A TypeScript source's tokens: ``("str", value)``, ``("tpl", raw template body)``,
    ``("id", name)`` and ``("p", char)``; comments dropped."""
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(src):
        ch = src[i]
        if (after := _after_comment(src, i)) != i:
            i = after
        elif ch in "'\"`":
            m = re.compile(ch + r"((?:[^" + ch + r"\\]|\\.)*)" + ch, flags=re.DOTALL).match(src, i)
            assert m is not None
            out.append(("tpl" if ch == "`" else "str", m.group(1)))
            i = m.end()
        elif ch.isalnum() or ch in "_$":
            m = re.compile(r"[\w$]+").match(src, i)
            assert m is not None
            out.append(("id", m.group(0)))
            i = m.end()
        elif ch.isspace():
            i += 1
        else:
            out.append(("p", ch))
            i += 1
    return out


def _ts_expr(toks: list[tuple[str, str]], i: int, env: dict[str, str]) -> tuple[str | None, int]:
    """A string expression (literals, templates with ``${name}``, names in ``env``, ``+``)
    starting at ``i``: (value or None, index after it)."""
    value: str | None = ""
    while True:
        kind, tok = toks[i]
        if kind == "str":
            piece: str | None = _ts_unescape(tok)
        elif kind == "tpl":
            names = re.findall(r"\$\{\s*([\w$]+)\s*\}", tok)
            piece = None
            if "${" not in re.sub(r"\$\{\s*[\w$]+\s*\}", "", tok) and all(n in env for n in names):
                piece = _ts_unescape(
                    re.sub(r"\$\{\s*([\w$]+)\s*\}", lambda m: env[m.group(1)], tok)
                )
        elif kind == "id" and tok in env:
            piece = env[tok]
        else:
            return None, i
        value = None if value is None or piece is None else value + piece
        i += 1
        if toks[i] != ("p", "+"):
            return value, i
        i += 1


def _ts_close(toks: list[tuple[str, str]], i: int, open_: str, close: str) -> int:
    """The index after the bracket closing the one at ``i``."""
    depth, j = 1, i + 1
    while depth:
        depth += {("p", open_): 1, ("p", close): -1}.get(toks[j], 0)
        j += 1
    return j


def autolinker(git_dir: str) -> list[Case]:
    """Rule 9: ``generateLinkTests`` entries and ``autolinker.link(x)`` / ``.to.equal(y)``
    pairs of the URL, e-mail and phone spec files."""
    out: list[Case] = []
    for path, ftype in AUTOLINKER_FILES.items():
        toks = ts_tokens(git_show(git_dir, AUTOLINKER[1], path))
        env: dict[str, str] = {}
        arrays: dict[str, list[str]] = {}
        pending: str | None = None  # the input of the last link call, waiting for its result
        loops: list[tuple[int, str]] = []  # (end index, loop variable) of forEach bodies
        i = 0
        while i < len(toks):
            while loops and i >= loops[-1][0]:
                env.pop(loops.pop()[1], None)
            kind, tok = toks[i]
            if (kind, tok) == ("id", "generateLinkTests") and toks[i + 1 : i + 3] == [
                ("p", "("),
                ("p", "["),
            ]:
                end = _ts_close(toks, i + 2, "[", "]")
                j = i + 3
                while j < end:
                    if toks[j] == ("p", "{"):
                        obj_end = _ts_close(toks, j, "{", "}")
                        fields: dict[str, str | None] = {}
                        k = j + 1
                        while k < obj_end - 1:
                            if toks[k][0] == "id" and toks[k + 1] == ("p", ":"):
                                fields[toks[k][1]], k = _ts_expr(toks, k + 2, {})
                            else:
                                k += 1
                        inp, after = (
                            fields.get("input"),
                            fields.get("expectedAfterAnchorText") or "",
                        )
                        if isinstance(inp, str) and inp.endswith(after) and inp != after:
                            value = inp[: len(inp) - len(after)] if after else inp
                            for before, tail in (("", ""), ("The link ", " is where Joe went")):
                                text = before + inp + tail
                                out.append((ftype, text, [(len(before), len(before) + len(value))],
                                            "generateLinkTests", path))  # fmt: skip
                        j = obj_end
                    else:
                        j += 1
                i = end
                continue
            if kind == "id" and tok in {"const", "let"} and toks[i + 2] == ("p", "="):
                name = toks[i + 1][1]
                if toks[i + 3] == ("p", "["):
                    end = _ts_close(toks, i + 3, "[", "]")
                    items, j = [], i + 4
                    while j < end - 1:
                        value, j = _ts_expr(toks, j, env)
                        if value is None:
                            items = []
                            break
                        items.append(value)
                        if toks[j] == ("p", ","):
                            j += 1
                    if items:
                        arrays[name] = items
                    i = end
                    continue
                value, j = _ts_expr(toks, i + 3, env)
                if value is not None:
                    env[name] = value
                else:
                    env.pop(name, None)
                i = j
                continue
            if (kind == "id" and tok in arrays and toks[i + 1 : i + 3] == [("p", "."), ("id", "forEach")]
                    and toks[i + 3] == ("p", "(")):  # fmt: skip
                end = _ts_close(toks, i + 3, "(", ")")
                j = i + 4
                if toks[j] == ("id", "function"):
                    j += 1
                if toks[j] == ("p", "("):
                    j += 1
                if toks[j][0] == "id" and toks[j + 1] in {("p", ")"), ("p", "=")}:
                    var = toks[j][1]
                    body = toks[j + 1 : end - 1]
                    for item in arrays[tok]:
                        out += _autolinker_pairs(body, dict(env, **{var: item}), ftype, path)
                    i = end
                    continue
            if (kind, tok) == ("id", "autolinker") and toks[i + 1 : i + 4] == [
                ("p", "."),
                ("id", "link"),
                ("p", "("),
            ]:
                value, j = _ts_expr(toks, i + 4, env)
                pending = value if toks[j] == ("p", ")") else None
                i = j
                continue
            if (
                (kind, tok) == ("id", "equal")
                and toks[i + 1] == ("p", "(")
                and toks[i - 2 : i] == [("id", "to"), ("p", ".")]
            ):
                value, j = _ts_expr(toks, i + 2, env)
                if pending is not None and value is not None and toks[j] == ("p", ")"):
                    out += cases(pending, anchors(value), (ftype,), "link", path)
                pending = None
                i = j
                continue
            i += 1
    return out


def _autolinker_pairs(body: list[tuple[str, str]], env: dict[str, str], ftype: str,
                      path: str) -> list[Case]:  # fmt: skip
    """The link/equal pairs of a ``forEach`` body with its variable bound."""
    out: list[Case] = []
    pending: str | None = None
    for i, tok in enumerate(body):
        if tok == ("id", "autolinker") and body[i + 1 : i + 4] == [
            ("p", "."),
            ("id", "link"),
            ("p", "("),
        ]:
            value, j = _ts_expr(body, i + 4, env)
            pending = value if body[j] == ("p", ")") else None
        elif (
            tok == ("id", "equal")
            and body[i + 1] == ("p", "(")
            and body[i - 2 : i] == [("id", "to"), ("p", ".")]
        ):
            value, j = _ts_expr(body, i + 2, env)
            if pending is not None and value is not None and body[j] == ("p", ")"):
                out += cases(pending, anchors(value), (ftype,), "link (forEach)", path)
            pending = None
    return out


# --- mozilla/bleach (held out) ----------------------------------------------------------

BLEACH_PATH = "tests/test_linkify.py"


def bleach(git_dir: str) -> list[Case]:
    """Rule 10: ``assert linkify(text[, parse_email=...]) == html`` statements."""
    out: list[Case] = []
    for name, body, bindings in py_tests(git_show(git_dir, BLEACH[1], BLEACH_PATH)):

        def emit(stmt: ast.stmt, env: dict[str, Any], name: str = name) -> None:
            if not (isinstance(stmt, ast.Assert) and isinstance(stmt.test, ast.Compare)
                    and len(stmt.test.ops) == 1 and isinstance(stmt.test.ops[0], ast.Eq)):  # fmt: skip
                return
            got, want = stmt.test.left, stmt.test.comparators[0]
            if not (isinstance(got, ast.Call) and ast.unparse(got.func) == "linkify"
                    and len(got.args) == 1):  # fmt: skip
                return
            kw = {k.arg: _try(k.value, env) for k in got.keywords}
            if set(kw) - {"parse_email"} or kw.get("parse_email", False) not in {True, False}:
                return
            text, rendered = _try(got.args[0], env), _try(want, env)
            if not isinstance(text, str) or not isinstance(rendered, str):
                return
            if re.search(r"<a\s", text, flags=re.IGNORECASE):
                return
            negative = (URL, EMAIL) if kw.get("parse_email") else (URL,)
            out.extend(cases(text, anchors(rendered), negative, name, BLEACH_PATH))

        for env in bindings or [{}]:
            walk(body, dict(env), emit)
    return out


# --- records ----------------------------------------------------------------------------


def main(argv: list[str]) -> None:
    xu, dj, tx, ct, lk, al, bl = argv
    dev: list[dict[str, Any]] = []
    for repo, found in ((XURLS, xurls(xu)), (DJANGO, django(dj)), (TEXTACY, textacy(tx)),
                        (CLEANTEXT, cleantext(ct))):  # fmt: skip
        dev += _vectors4.case_records("dev7", repo, found)
    hold: list[dict[str, Any]] = []
    for repo, found in ((LINKIFY, linkify(lk)), (AUTOLINKER, autolinker(al)), (BLEACH, bleach(bl))):
        kept = _vectors4.new_cases(found, dev)
        hold += _vectors4.case_records("holdout7", repo, kept)
    _vectors.write_parts((("vectors7_dev.jsonl", dev), ("vectors7_holdout.jsonl", hold)))


if __name__ == "__main__":
    main(sys.argv[1:])

"""Build ``benchmarks/data/vectors21_{dev,holdout}.jsonl``: e-mail addresses and URLs as Django, a Rust crate and two Ruby gems and a JS module validate them.

Usage (git directories at the pinned commits; only ``git show`` is read; Django's files from
its release sdist)::

    python -m benchmarks.corpus._vectors21 DJANGO_SDIST RUST_EMAIL_GIT EMAIL_VALIDATOR_GIT \
        VEFO_GIT VALID_URL_GIT

The split is by repository and was fixed before extraction (2026-12-06, 08:40 UTC): Django's
validator tests (``EmailValidator`` / ``URLValidator`` rows of ``tests/validators/tests.py``)
and the Rust ``email_address`` crate's tests are the development part; the Ruby
``email_validator`` gem's spec (K-and-R), the ``validates_email_format_of`` gem's spec and
the ``valid-url`` npm module's tests the held-out part. A held-out value that this set's
development part or an earlier set's development file holds (compared without white space and
case) is dropped. The rules are written in ``benchmarks/corpus/README.md`` ("Twenty-first
vector set") and as code below. Records are the third set's *values* (alone, in three carriers
and a sentence per type). This file shares no code with privkit.
"""

from __future__ import annotations

import ast
import re
import sys
import tarfile
from pathlib import Path
from typing import Any

from benchmarks.corpus import _vectors, _vectors14
from benchmarks.corpus._git import git_show
from benchmarks.corpus._vectors3 import _js_string
from benchmarks.corpus._vectors17 import _key, earlier_dev_keys

DJANGO = ("django/django", "release 5.2.19 (PyPI sdist)", "BSD-3-Clause")
DJANGO_SHA256 = "ad03d8abc51dbff95ebf34b27123cf0c26a3b62db7ba0cd520783686362533d1"
RUST_EMAIL = ("johnstonskj/rust-email_address", "c959d13e445a62924e31c302ee0c1100b02e062a", "MIT")
EMAIL_VALIDATOR = ("K-and-R/email_validator", "7fd3e5bc33d2a3e8e0b766eefb5eba6c59547ad0", "MIT")
VEFO = ("validates-email-format-of/validates_email_format_of",
        "aaf74d350f296d77edf41462ae6bab14a94bcb62", "MIT")  # fmt: skip
VALID_URL = ("ogt/valid-url", "5da88e7b31e6c07d4ba3c6ea8c43fa25460a8a64", "MIT")

Vec = _vectors.Vec
EMAIL, URL = "EMAIL_ADDRESS", "URL"
SENTENCES = _vectors14.SENTENCES
#: Rule 2: the URL schemes in scope (the third set's, and ``ftps``).
_WEB = re.compile(r"(?i)(?:https?|ftps?)://")


def web_url(value: str) -> bool:
    """Rule 2: a URL in scope opens with an http, https, ftp or ftps scheme and holds no white
    space."""
    return bool(_WEB.match(value)) and not re.search(r"\s", value)


# --- django/django (development) ---------------------------------------------------------

DJANGO_PATH = "tests/validators/tests.py"


def _py_value(node: ast.expr) -> Any:  # noqa: PLR0911 - one return per node kind
    """A literal, or string arithmetic (``%``, ``*``, ``+``) over literals; else ``None``."""
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Tuple):
        return tuple(_py_value(e) for e in node.elts)
    if isinstance(node, ast.BinOp):
        left, right = _py_value(node.left), _py_value(node.right)
        try:
            if isinstance(node.op, ast.Mod):
                return left % right
            if isinstance(node.op, ast.Mult):
                return left * right
            if isinstance(node.op, ast.Add):
                return left + right
        except TypeError:
            return None
    return None


def django_items(src: str) -> list[Vec]:
    """Rule 3: ``VALID_URLS`` (valid) and ``INVALID_URLS`` (invalid) URLs; the
    ``TEST_DATA`` rows of ``validate_email`` / ``EmailValidator()`` / ``URLValidator()`` with
    no arguments (valid when the expected result is ``None``); rows of validators built with
    arguments (allow lists, extra schemes: widening) are out."""
    out: list[Vec] = []
    tree = ast.parse(src)
    for node in tree.body:
        if not isinstance(node, ast.Assign) or not isinstance(node.targets[0], ast.Name):
            continue
        name = node.targets[0].id
        if name in ("VALID_URLS", "INVALID_URLS") and isinstance(node.value, ast.List):
            for elt in node.value.elts:
                value = _py_value(elt)
                if isinstance(value, str):
                    out.append((URL, value, name == "VALID_URLS", "URLValidator", DJANGO_PATH))
        if name == "TEST_DATA" and isinstance(node.value, ast.List):
            for row in node.value.elts:
                if not isinstance(row, ast.Tuple) or len(row.elts) != 3:
                    continue
                check, arg, expected = row.elts
                if isinstance(check, ast.Name) and check.id in ("validate_email", "validate_url"):
                    kind = check.id
                elif (isinstance(check, ast.Call) and isinstance(check.func, ast.Name)
                      and check.func.id in ("EmailValidator", "URLValidator")
                      and not check.args and not check.keywords):  # fmt: skip
                    kind = check.func.id
                else:
                    continue
                value = _py_value(arg)
                if not isinstance(value, str):
                    continue
                etype = EMAIL if "mail" in kind.lower() else URL
                valid = isinstance(expected, ast.Constant) and expected.value is None
                out.append((etype, value, valid, kind, DJANGO_PATH))
    return out


def django(sdist: str) -> list[Vec]:
    import hashlib

    data = Path(sdist).read_bytes()
    if hashlib.sha256(data).hexdigest() != DJANGO_SHA256:
        raise SystemExit("the Django sdist is not the pinned release")
    with tarfile.open(sdist) as tar:
        member = tar.extractfile("django-5.2.19/" + DJANGO_PATH)
        assert member is not None
        src = member.read().decode("utf-8")
    return django_items(src)


# --- johnstonskj/rust-email_address (development) ----------------------------------------

RUST_EMAIL_PATH = "src/lib.rs"
_RS_LIT = r'"((?:[^"\\]|\\.)*)"'


def rust_email_items(src: str) -> list[Vec]:
    """Rule 4: in the test module, ``is_valid("v"`` (valid) and ``expect("v"`` (invalid,
    default options), and ``EmailAddress::from_str("v").unwrap()`` (valid); the
    ``_with_options`` helpers (options of their own) are out."""
    tests = src[src.find("#[cfg(test)]\nmod tests") :]
    out: list[Vec] = []
    for m in re.finditer(r"(?<![\w:])(is_valid|expect)\(\s*" + _RS_LIT, tests):
        value = _js_string(m.group(2))
        out.append((EMAIL, value, m.group(1) == "is_valid", m.group(1), RUST_EMAIL_PATH))
    parsed = r"EmailAddress::from_str\(\s*" + _RS_LIT + r"\s*\)\s*\.unwrap\(\)"
    out.extend(
        (EMAIL, _js_string(m.group(1)), True, "from_str", RUST_EMAIL_PATH)
        for m in re.finditer(parsed, tests)
    )
    return out


def rust_email(git_dir: str) -> list[Vec]:
    return rust_email_items(git_show(git_dir, RUST_EMAIL[1], RUST_EMAIL_PATH))


# --- K-and-R/email_validator (held out) --------------------------------------------------

EMAIL_VALIDATOR_PATH = "spec/email_validator_spec.rb"
_RB_DQ = r'"((?:[^"\\\n]|\\.)*)"'
_RB_SQ = r"'((?:[^'\\\n]|\\.)*)'"


def _rb(m: re.Match[str], i: int) -> str:
    """The value of a Ruby string literal (group ``i`` double-quoted, ``i + 1`` single)."""
    if m.group(i) is not None:
        return _js_string(m.group(i))
    return re.sub(r"\\([\\'])", r"\1", m.group(i + 1))


def email_validator_items(src: str) -> list[Vec]:
    """Rule 5: each ``context`` block whose list ends in ``.each do |email|``: its plain
    literals (no ``#{}`` interpolation) are valid when the block's ``:rfc`` context expects
    ``RfcUser`` to be valid, invalid when its defaults context expects ``DefaultUser`` not to
    be valid; a value must hold an ``@``."""
    out: list[Vec] = []
    blocks = re.split(r"\n    context '", src)
    for block in blocks[1:]:
        head = re.search(r"\]\)?(?:\.flatten)?\.each do \|email\|", block)
        if head is None:
            continue
        body, rest = block[: head.start()], block[head.end() :]
        rfc_ok = re.search(r"expect\(RfcUser\.new\(:email => email\)\)\.to be_valid", rest)
        default_bad = re.search(
            r"expect\(DefaultUser\.new\(:email => email\)\)\.not_to be_valid", rest
        )
        if not rfc_ok and not default_bad:
            continue
        body = re.sub(r"(?m)^\s*#.*$", "", body)
        for m in re.finditer("(?:" + _RB_DQ + "|" + _RB_SQ + ")", body):
            raw = m.group(1) if m.group(1) is not None else m.group(2)
            if "#{" in raw:
                continue
            value = _rb(m, 1)
            if "@" in value:
                out.append((EMAIL, value, bool(rfc_ok), "rfc", EMAIL_VALIDATOR_PATH))
    return out


def email_validator(git_dir: str) -> list[Vec]:
    return email_validator_items(git_show(git_dir, EMAIL_VALIDATOR[1], EMAIL_VALIDATOR_PATH))


# --- validates-email-format-of/validates_email_format_of (held out) ----------------------

VEFO_PATH = "spec/validates_email_format_of_spec.rb"


def vefo_items(src: str) -> list[Vec]:
    """Rule 6: the literals of each ``[ ... ].each do |address|`` list under
    ``shared_examples_for :all_specs`` (default options): valid when the block says
    ``should_not have_errors_on_email``, invalid when it says ``should have_errors_on_email``;
    ``%(...)`` literals are read too."""
    out: list[Vec] = []
    for m in re.finditer(r"\n    \[\n(.*?)\n    \]\.each do \|address\|(.*?)\n    end(?=\n)", src,
                         re.DOTALL):  # fmt: skip
        body, rest = m.group(1), m.group(2)
        if "should_not have_errors_on_email" in rest:
            valid = True
        elif "should have_errors_on_email" in rest:
            valid = False
        else:
            continue
        for raw_line in body.splitlines():
            line = re.sub(r"\s#.*$", "", raw_line).strip()
            lit = re.fullmatch("(?:" + _RB_DQ + "|" + _RB_SQ + r"),?", line)
            if lit:
                out.append((EMAIL, _rb(lit, 1), valid, "all_specs", VEFO_PATH))
                continue
            pct = re.fullmatch(r"%\((.*)\),?", line)
            if pct:
                out.append((EMAIL, pct.group(1), valid, "all_specs", VEFO_PATH))
    return out


def vefo(git_dir: str) -> list[Vec]:
    return vefo_items(git_show(git_dir, VEFO[1], VEFO_PATH))


# --- ogt/valid-url (held out) ------------------------------------------------------------

VALID_URL_PATHS = ("test/is_web_uri.js", "test/is_http_uri.js", "test/is_https_uri.js")


def valid_url_items(src: str, path: str) -> list[Vec]:
    """Rule 7: ``t.ok(is_X_uri('v'`` (valid) and ``t.ok(!is_X_uri('v'`` (invalid)."""
    out: list[Vec] = []
    for m in re.finditer(r"t\.ok\(\s*(!?)\s*is_\w+_uri\(\s*(?:" + _RB_SQ + "|" + _RB_DQ + r")\s*\)",
                         src):  # fmt: skip
        value = _js_string(m.group(2) if m.group(2) is not None else m.group(3))
        out.append((URL, value, m.group(1) != "!", path.rsplit("/", 1)[-1][:-3], path))
    return out


def valid_url(git_dir: str) -> list[Vec]:
    out: list[Vec] = []
    for path in VALID_URL_PATHS:
        out += valid_url_items(git_show(git_dir, VALID_URL[1], path), path)
    return out


# --- records ----------------------------------------------------------------------------


def in_scope(vecs: list[Vec]) -> list[Vec]:
    """Rule 2: a URL (valid or not) that does not open with a scheme in scope is dropped, and
    a valid one holding white space; then a negative whose value is gold in the same source
    (rule 1)."""
    kept = [v for v in vecs if v[0] != URL or (_WEB.match(v[1]) and (web_url(v[1]) or not v[2]))]
    return _vectors._consistent(kept)


def main(argv: list[str]) -> None:
    dj, rs, ev, vf, vu = argv
    # The held-out readers run first (the split was fixed before either part was extracted).
    held = [(EMAIL_VALIDATOR, in_scope(email_validator(ev))), (VEFO, in_scope(vefo(vf))),
            (VALID_URL, in_scope(valid_url(vu)))]  # fmt: skip
    dev: list[dict[str, Any]] = []
    for repo, vecs in ((DJANGO, in_scope(django(dj))), (RUST_EMAIL, in_scope(rust_email(rs)))):
        dev += _vectors.records("dev21", repo, vecs, sentences=SENTENCES)
    seen = earlier_dev_keys("vectors21_dev.jsonl")
    seen |= {_key(r["type"], r["text"][slice(*r["value_span"])]) for r in dev if r["valid"]}
    seen |= {_key(r["type"], r["text"]) for r in dev}
    hold: list[dict[str, Any]] = []
    for repo, vecs in held:
        new = [v for v in vecs if _key(v[0], v[1]) not in seen]
        hold += _vectors.records("holdout21", repo, new, sentences=SENTENCES)
    _vectors.write_parts((("vectors21_dev.jsonl", _vectors14.renumber(dev)),
                          ("vectors21_holdout.jsonl", _vectors14.renumber(hold))))  # fmt: skip


if __name__ == "__main__":
    main(sys.argv[1:])

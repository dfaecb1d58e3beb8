"""Build the thirty-sixth real-text log set: linters' and compilers' output in an editor plug-in's tests.

The text is the console output of some two hundred linters, compilers, checkers and build
tools (GCC, Clang, javac, rustc and cargo, PHP's linter, PHPStan, cmake-lint, rflint,
remark-lint, ESLint, pylint, mypy, ShellCheck, Verilator, and many more) that
``dense-analysis/ale`` (BSD-2-Clause), an asynchronous lint engine for Vim, keeps in its
handlers' tests (``test/handler/*.vader``): each test passes lines of a tool's output to the
handler that reads them.

Selection and split (fixed 2026-12-07 03:40 UTC from the file names alone, before any file was
read; ``benchmarks/corpus/README.md``): a file is one of those ``*.vader`` files. A system is
the tool a file is named after (:func:`tool`), 204 systems. The split is by system, a third
held out (``_logset.holdout_systems``: the names with the smallest SHA-256). A record is one
line of the output a test hands a handler: each string written directly as an item of a list
that is an argument of a call to a function named ``...#Handle...`` (:func:`_file_text`;
Vim's continuation lines joined, its single- and double-quoted strings read as Vim reads them,
an item of literals joined by ``.`` read as one string; an item that is anything else, a
variable or a call, is no record), a string with line breaks giving a line each, trailing
blanks removed. Dropped as in the thirty-third set: a line with no letter or digit, a line
with a control character other than a tab, one of a program fail2ban has filters for, one
equal to a development record of an earlier real log set (held-out records compared by
SHA-256 only, never read), and one already taken by a system earlier in this set. Per system,
of its distinct lines, ``MOST_NET`` evenly spaced ones of those that hold an address shape
(``_logs29._NET_SHAPE``) and ``MOST_OTHER`` evenly spaced ones of the rest, in file order
(``_logs25._stratified``). Records are cut at 4,000 characters.

Labels: the rules of the thirtieth set (``_logs30._label30``, which applies the twenty-ninth to
first sets' rules), then any written in ``benchmarks/corpus/README.md`` in the label review of
the development part before any detector ran. Both parts were committed, labelled, before
privkit or Presidio ran on either.

Run once, with a local git directory of the repository:

    python -m benchmarks.corpus._logs36 --git dense-analysis/ale=DIR
"""

from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING

from benchmarks.corpus import _logset
from benchmarks.corpus._git import git_files
from benchmarks.corpus._logs25 import _stratified
from benchmarks.corpus._logs29 import _NET_SHAPE, _line
from benchmarks.corpus._logs30 import _label30

if TYPE_CHECKING:
    from pathlib import Path

ALE = "dense-analysis/ale"
SOURCES: dict[str, tuple[str, str]] = {
    ALE: ("e1789bc54483d76ac9ddb40b633d1645c8281914", "BSD-2-Clause"),
}
#: The folder whose ``*.vader`` files test the handlers that read the tools' output.
FOLDER = "test/handler/"
SUFFIX = ".vader"
#: The systems, from the file names at the commit (:func:`tool`), fixed 2026-12-07 03:40 UTC
#: before any file was read.
SYSTEMS = (
    "actionlint", "ada_gcc", "alex", "ameba", "ansible_lint", "appleswiftformat", "asm",
    "atools", "avra", "bandit", "bashate", "bibclean", "bicep_az_bicep", "bicep_bicep",
    "bindzone_checkzone", "bitbake_oelint_adv", "brakeman", "buildifier", "cfn_python_lint",
    "checkmake", "checkov", "checkstyle", "circleci", "clang", "clojure_clj_kondo",
    "clojure_joker", "cloudformation_checkov", "cmake_lint", "coffeelint", "common_handlers",
    "cookstyle", "cppcheck", "cpplint", "credo", "crystal", "csc", "cspell", "cucumber",
    "cuda_nvcc", "cypher_lint", "dafny", "dart_analyze", "deadnix", "debride",
    "desktop_file_validate", "djlint", "dmd", "dockerfile_lint", "dockerlinter", "dogma",
    "drafter", "elmmake", "embertemplatelint", "erblint", "erlang_dialyzer", "erlang_elvis",
    "eslint", "eslint_json", "fecs", "fish", "flake8", "flakehell", "flawfinder", "flow",
    "foodcritic", "fortitude", "fortran", "gawk", "gcc", "ghc", "ghc_mod", "ghdl", "gitlablint",
    "gitlint", "glslang", "go_generic", "gobuild", "golangci_lint", "hadolint", "haskell_stack",
    "hlint", "hurlfmt", "ibm_openapi_validator", "idris", "inko", "ispc_ispc", "javac", "jq",
    "jscs", "ktlint", "lacheck", "languagetool", "lessc", "lilypond", "llc", "llvm_mc",
    "lua_selene", "luac", "luacheck", "markdownlint", "mcs", "mcsc", "mdl", "mercury_mmc",
    "mix", "msgfmt", "mypy", "naga", "nagelfar", "nasm", "nim", "nix", "npmgroovylint",
    "openscad", "packwerk", "perl", "perl6", "perlcritic", "php", "php_phan", "php_phpmd",
    "phpcs", "phpstan", "pmd", "pony", "powershell", "prospector", "psscriptanalyzer",
    "puglint", "puppet", "pycodestyle", "pydocstyle", "pyflakes", "pylama", "pylint",
    "pyrex_cython", "qmlfmt", "qmllint", "raco", "rails_best_practices", "redpen", "reek",
    "remark_lint", "rflint", "rpmlint", "rstcheck_lint", "rubocop", "ruby", "ruff", "rust",
    "salt_salt_lint", "scala", "scalastyle", "scarb", "shell", "shellcheck", "sierra", "slang",
    "slim", "sml", "solc", "solhint", "spectral", "sql_sqlfluff", "sqlint", "sqllint",
    "standard", "starknet", "statix", "steep", "stylelint", "swaglint", "swiftlint", "swipl",
    "syntaxerl", "systemd_analyze", "terraform", "textlint", "tflint", "tfsec", "thrift",
    "thriftcheck", "tlint", "trivy", "tslint", "typecheck", "unimport", "v", "vala_lint",
    "vale", "vcom", "verilator", "vint", "vlog", "vulture", "write_good", "xmllint", "xvhdl",
    "xvlog", "yamllint", "yosys", "yq", "zeek", "zlint",
)  # fmt: skip
#: The held-out systems: the 68 (a third) of the 204 whose names have the smallest SHA-256
#: (``_logset.holdout_systems``), fixed 2026-12-07 03:40 UTC before any file was read.
HOLDOUT = frozenset({
    "alex", "ansible_lint", "asm", "bandit", "bibclean", "bindzone_checkzone",
    "bitbake_oelint_adv", "clojure_clj_kondo", "common_handlers", "cypher_lint", "dafny",
    "dart_analyze", "desktop_file_validate", "dogma", "drafter", "erlang_dialyzer",
    "erlang_elvis", "eslint_json", "flake8", "flakehell", "flow", "ghc_mod", "ghdl", "gitlint",
    "glslang", "gobuild", "ibm_openapi_validator", "idris", "inko", "ispc_ispc", "lacheck",
    "languagetool", "lua_selene", "luac", "luacheck", "mcs", "mix", "mypy", "nasm", "php",
    "php_phpmd", "phpstan", "pony", "puppet", "pycodestyle", "pylama", "pylint",
    "rails_best_practices", "redpen", "remark_lint", "rflint", "rstcheck_lint", "rust",
    "salt_salt_lint", "slang", "sml", "sqlint", "stylelint", "swaglint", "syntaxerl", "tflint",
    "trivy", "typecheck", "v", "verilator", "vlog", "xvhdl", "xvlog",
})  # fmt: skip


def tool(path: str) -> str:
    """The system a file belongs to: its name without ``test_``, ``.vader`` and ``_handler``.

    One file spells the suffix ``_hander``; a few have none.
    """
    name = path.rsplit("/", 1)[-1].removesuffix(SUFFIX).removeprefix("test_")
    for suffix in ("_handler", "_hander"):
        name = name.removesuffix(suffix)
    return name


#: Per system, the address-shaped lines and the other lines kept (``_stratified``).
MOST_NET = 10
MOST_OTHER = 20
#: What ``select_parts`` keeps of a system's (already thinned) lines: all of them.
MOST = MOST_NET + MOST_OTHER
#: A call of a handler: the function's name ends in a ``#Handle...`` part.
_HANDLER_CALL = re.compile(r"[\w#]+#Handle\w*\s*\(")
#: A line that continues the one before it (Vim's leading backslash).
_CONTINUED = re.compile(r"^\s*\\")
#: A comment line of Vim script.
_COMMENT = re.compile(r'^\s*"')
#: Vim's double-quoted strings' one-character escapes.
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "e": "\x1b", "\\": "\\", '"': '"', "0": "\0"}
_HEX_ESCAPE = re.compile(r"[xX]([0-9A-Fa-f]{1,2})|u([0-9A-Fa-f]{1,4})|U([0-9A-Fa-f]{1,8})")


def _script(text: str) -> str:
    """Vim script with its continuation lines joined and its comment lines left out."""
    lines: list[str] = []
    for raw in text.splitlines():
        if _CONTINUED.match(raw) and lines:
            lines[-1] += _CONTINUED.sub("", raw, count=1)
        elif not _COMMENT.match(raw):
            lines.append(raw)
    return "\n".join(lines)


def _string(script: str, at: int) -> tuple[str, int]:
    """The Vim string literal opening at ``at`` and the position after it."""
    quote = script[at]
    out: list[str] = []
    i = at + 1
    while i < len(script):
        ch = script[i]
        if quote == "'":
            if ch == "'":
                if script.startswith("''", i):
                    out.append("'")
                    i += 2
                    continue
                return "".join(out), i + 1
            out.append(ch)
            i += 1
            continue
        if ch == '"':
            return "".join(out), i + 1
        if ch == "\\" and i + 1 < len(script):
            nxt = script[i + 1]
            hexed = _HEX_ESCAPE.match(script, i + 1)
            if hexed:
                out.append(chr(int(next(g for g in hexed.groups() if g), 16)))
                i = hexed.end()
                continue
            out.append(_ESCAPES.get(nxt, nxt))
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out), i


def _call_lines(script: str, at: int) -> list[str]:
    """The strings written as items of the list arguments of the call whose ``(`` is at ``at``."""
    out: list[str] = []
    stack = ["("]
    item: list[str] = []
    pure = True
    i = at + 1
    while i < len(script) and stack:
        ch = script[i]
        in_list = stack == ["(", "["]
        if ch in "'\"":
            value, i = _string(script, i)
            if in_list:
                item.append(value)
            continue
        if ch in "([{":
            pure = pure and not in_list  # a list, dict or call inside an item
            stack.append(ch)
        elif ch in ")]}":
            if in_list and ch == "]":  # the argument list ends: its last item
                if pure and item:
                    out.append("".join(item))
                item, pure = [], True
            stack.pop()
        elif in_list and ch == ",":
            if pure and item:
                out.append("".join(item))
            item, pure = [], True
        elif in_list and not ch.isspace() and ch != ".":
            pure = False
        i += 1
    return out


def _file_text(_path: str, blob: bytes) -> str:
    """The output lines a handler test hands its handlers, one a line."""
    script = _script(_logset.utf8_text(_path, blob))
    lines: list[str] = []
    for call in _HANDLER_CALL.finditer(script):
        for value in _call_lines(script, call.end() - 1):
            lines.extend(value.splitlines() or [""])
    return "\n".join(lines)


def _inputs(git: Path, commit: str) -> list[str]:
    """The ``*.vader`` files directly in the handlers' test folder, in path order."""
    return [
        path for path in git_files(git, commit, FOLDER, SUFFIX) if "/" not in path[len(FOLDER) :]
    ]


# --------------------------------------------------------------------------- reading


def system_lines(gits: dict[str, Path], system: str) -> list[str]:
    """A system's kept lines in file order (``_stratified``); residue left out."""
    commit = SOURCES[ALE][0]
    paths = [p for p in _inputs(gits[ALE], commit) if tool(p) == system]
    lines = _logset.file_lines(gits[ALE], ((commit, p) for p in paths), _line, decode=_file_text)
    return _stratified(lines, most_net=MOST_NET, most_other=MOST_OTHER, shape=_NET_SHAPE)


#: The set as the shared builder reads it (a line of an earlier set's development part is
#: dropped; its held-out parts are compared by SHA-256 only, no record read).
SET = _logset.LogSet(
    number=36,
    repositories=tuple(SOURCES),
    systems=SYSTEMS,
    holdout=HOLDOUT,
    texts=system_lines,
    label=_label30,
    most=MOST,
    earlier=36,
    holdout_unique=True,
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])

"""Build the thirty-third real-text log set: linters' and compilers' output in a parser's tests.

The text is the console output of some fifty linters, compilers and build tools (ansible-lint,
bandit, black, cargo check, clippy, dotnet, ESLint, flake8, golangci-lint, MSBuild, mypy,
PHPStan, RuboCop, sbt, scalac, tsc, yamllint and others) that ``reviewdog/errorformat`` (MIT), a
Go port of Vim's ``errorformat``, keeps as its formats' test inputs (``fmts/testdata/*.in``, and
the three of ``cmd/errorformat/testdata/*.in``): what a CI job's log holds when those tools run.

Selection and split (fixed 2026-12-06 19:32 UTC from the file names alone, before any file was
read; ``benchmarks/corpus/README.md``): a file is one of those ``*.in`` files. A system is the
tool a file is named after (:func:`tool`: the name without ``.in``; ``golint`` and ``sbt`` have a
file in each folder, and each pair makes one system), 50 systems. The split is by system, a
third held out (``_logset.holdout_systems``: the names with the smallest SHA-256). A record is
one line of a file of the system (every file, in path order), trailing blanks removed. Dropped
as in the thirty-second set: a line with no letter or digit, a line with a control character
other than a tab, one of a program fail2ban has filters for, one equal to a development record
of an earlier real log set (held-out records compared by SHA-256 only, never read), and one
already taken by a system earlier in this set. Per system, of its distinct lines, ``MOST_NET``
evenly spaced ones of those that hold an address shape (``_logs29._NET_SHAPE``) and
``MOST_OTHER`` evenly spaced ones of the rest, in file order (``_logs25._stratified``). Records
are cut at 4,000 characters.

Labels: the rules of the thirtieth set (``_logs30._label30``, which applies the twenty-ninth to
first sets' rules), then any written in ``benchmarks/corpus/README.md`` in the label review of
the development part before any detector ran. Both parts were committed, labelled, before
privkit or Presidio ran on either.

Run once, with a local git directory of the repository:

    python -m benchmarks.corpus._logs33 --git reviewdog/errorformat=DIR
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from benchmarks.corpus import _logset
from benchmarks.corpus._git import git_files
from benchmarks.corpus._logs25 import _stratified
from benchmarks.corpus._logs29 import _NET_SHAPE, _line
from benchmarks.corpus._logs30 import _label30

if TYPE_CHECKING:
    from pathlib import Path

ERRORFORMAT = "reviewdog/errorformat"
SOURCES: dict[str, tuple[str, str]] = {
    ERRORFORMAT: ("ce396c638c56978e525f51310fcf8db98e45f42d", "MIT"),
}
#: The folders whose ``*.in`` files are the formats' test inputs.
FOLDERS = ("cmd/errorformat/testdata/", "fmts/testdata/")
SUFFIX = ".in"
#: The systems, from the file names at the commit (:func:`tool`), fixed 2026-12-06 19:32 UTC
#: before any file was read.
SYSTEMS = (
    "ansible-lint", "bandit", "black", "brakeman", "buf", "cargo-check", "clippy",
    "dotenv-linter", "dotnet", "erb-lint", "eslint", "eslint-compact", "fasterer", "flake8",
    "go-consistent", "golangci-lint", "golint", "gosec", "govet", "grep", "haml-lint", "hlint",
    "isort", "luacheck", "misspell", "msbuild", "mypy", "pep8", "phpstan", "protolint", "psalm",
    "puppet-lint", "pydocstyle", "reek", "remark-lint", "rubocop", "sbt", "sbt-scalastyle",
    "scalac", "scalastyle", "slim-lint", "sorbet", "standardjs", "standardrb", "staticcheck",
    "stylelint", "tsc", "tslint", "typos", "yamllint",
)  # fmt: skip
#: The held-out systems: the 16 (a third) of the 50 whose names have the smallest SHA-256
#: (``_logset.holdout_systems``), fixed 2026-12-06 19:32 UTC before any file was read.
HOLDOUT = frozenset({
    "ansible-lint", "bandit", "buf", "clippy", "dotenv-linter", "flake8", "go-consistent",
    "luacheck", "mypy", "pep8", "phpstan", "remark-lint", "sbt", "slim-lint", "stylelint", "tsc",
})  # fmt: skip
#: Per system, the address-shaped lines and the other lines kept (``_stratified``).
MOST_NET = 10
MOST_OTHER = 20
#: What ``select_parts`` keeps of a system's (already thinned) lines: all of them.
MOST = MOST_NET + MOST_OTHER


def tool(path: str) -> str:
    """The system a file belongs to: its name without ``.in``."""
    return path.rsplit("/", 1)[-1].removesuffix(SUFFIX)


def _inputs(git: Path, commit: str) -> list[str]:
    """The ``*.in`` files directly in the taken folders, in path order."""
    return sorted(
        path
        for folder in FOLDERS
        for path in git_files(git, commit, folder, SUFFIX)
        if "/" not in path[len(folder) :]
    )


# --------------------------------------------------------------------------- reading


def system_lines(gits: dict[str, Path], system: str) -> list[str]:
    """A system's kept lines in file order (``_stratified``); residue left out."""
    commit = SOURCES[ERRORFORMAT][0]
    paths = [p for p in _inputs(gits[ERRORFORMAT], commit) if tool(p) == system]
    lines = _logset.file_lines(gits[ERRORFORMAT], ((commit, p) for p in paths), _line)
    return _stratified(lines, most_net=MOST_NET, most_other=MOST_OTHER, shape=_NET_SHAPE)


#: The set as the shared builder reads it (a line of an earlier set's development part is
#: dropped; its held-out parts are compared by SHA-256 only, no record read).
SET = _logset.LogSet(
    number=33,
    repositories=tuple(SOURCES),
    systems=SYSTEMS,
    holdout=HOLDOUT,
    texts=system_lines,
    label=_label30,
    most=MOST,
    earlier=33,
    holdout_unique=True,
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])

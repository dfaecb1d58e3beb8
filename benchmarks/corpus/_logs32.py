"""Build the thirty-second real-text log set: build and CI console output in a parser's tests.

The text is the console output of compilers, linkers, build tools, linters and test runners that
the Jenkins warnings parsers' library ``jenkinsci/analysis-model`` (MIT) keeps as its parsers'
test inputs (``src/test/resources/edu/hm/hafner/analysis/parser/*.txt`` and ``*.log``, and the
same kinds of file in its ``violations/`` folder): what a CI job's log holds when GCC, Clang,
MSBuild, javac, Maven, Gradle, Kotlin, Sphinx, pylint, Doxygen, IAR, NAG Fortran and some eighty
other tools run. Most files are excerpts of users' real build logs attached to bug reports.

Selection and split (fixed 2026-12-06 16:45 UTC from the file names alone, before any file was
read; ``benchmarks/corpus/README.md``): a file is one of the folder's plain-text files (its
JSON, XML, HTML and serialized reports are not taken). A system is the tool a file's name
begins with (:func:`tool`: the name's leading letters, cut where a lower-case letter meets an
upper-case one, in lower case: ``NagFortranError.txt`` -> ``nag``, ``gcc4ld.txt`` -> ``gcc``,
``maven-enforcer.log`` -> ``maven``); the files named after a bug report (``issue12345.txt``)
make one system, ``issue``. The split is by system, a third held out
(``_logset.holdout_systems``: the names with the smallest SHA-256). A record is one line of a
file of the system (every file, in path order), trailing blanks removed. Dropped: a line with
no letter or digit, a line with a control character other than a tab, one of a program
fail2ban has filters for (``_logs10._FAIL2BAN_PROGRAM``), one equal to a development record of
an earlier real log set (held-out records compared by SHA-256 only, never read), and one
already taken by a system earlier in this set. Per system, of its distinct lines, ``MOST_NET``
evenly spaced ones of those that hold an address shape (``_logs29._NET_SHAPE``) and
``MOST_OTHER`` evenly spaced ones of the rest, in file order (``_logs25._stratified``). Records
are cut at 4,000 characters.

Labels: the rules of the thirtieth set (``_logs30._label30``, which applies the twenty-ninth to
first sets' rules), then any written in ``benchmarks/corpus/README.md`` in the label review of
the development part before any detector ran. Both parts were committed, labelled, before
privkit or Presidio ran on either.

Run once, with a local git directory of the repository:

    python -m benchmarks.corpus._logs32 --git jenkinsci/analysis-model=DIR
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

MODEL = "jenkinsci/analysis-model"
SOURCES: dict[str, tuple[str, str]] = {
    MODEL: ("9b50d2d46b0da0b77a201963327c0a5ce5641e28", "MIT"),
}
#: The parsers' test inputs.
FOLDER = "src/test/resources/edu/hm/hafner/analysis/parser/"
#: The sub-folder whose plain-text inputs are taken too.
SUBFOLDERS = ("violations/",)
#: A plain-text input: console output, not a report in a format of its own.
_PLAIN = re.compile(r"\.(?:txt|log)\Z")
#: The systems, from the file names at the commit (:func:`tool`), fixed 2026-12-06 16:45 UTC
#: before any file was read.
SYSTEMS = (
    "absolute", "acu", "ajc", "all", "ansible", "ant", "apple", "armcc", "bandit", "black",
    "bluepearl", "buckminster", "cadence", "cargo", "cces", "clang", "cmake", "code",
    "codeanalysis", "coolfluxchesscc", "cpplint", "dart", "deprecations", "diabc", "doxygen",
    "drmemory", "ea", "eclipse", "enforcer", "erlc", "error", "errorprone", "flake",
    "flawfinder", "flexsdk", "foodcritic", "gcc", "ghsmulti", "gnat", "gnu", "golint", "govet",
    "gradle", "hpi", "iar", "intelc", "invalids", "issue", "java", "javac", "javadoc", "json",
    "kernel", "kotlin", "llvm", "maven", "mentor", "metrowerks", "mixed", "modelsim", "msbuild",
    "mypy", "nag", "nix", "oelint", "pep", "perforce", "perlcritic", "php", "protolint",
    "puppet", "py", "pydocstyle", "pylint", "qacsource", "rflint", "robocopy", "rubocop", "sbt",
    "scalac", "sphinxbuild", "sphinxbuildlinkcheck", "sunc", "tasking", "taskname", "ticcs",
    "timestamps", "tnsdl", "versioned", "xlc", "xmllint", "yamllint", "yui", "zptlint",
)  # fmt: skip
#: The held-out systems: the 31 (a third) of the 94 whose names have the smallest SHA-256
#: (``_logset.holdout_systems``), fixed 2026-12-06 16:45 UTC before any file was read.
HOLDOUT = frozenset({
    "acu", "ansible", "apple", "armcc", "bandit", "buckminster", "cadence", "cargo", "cmake",
    "diabc", "drmemory", "erlc", "errorprone", "gradle", "hpi", "iar", "issue", "java", "json",
    "kotlin", "maven", "metrowerks", "mixed", "mypy", "pep", "perforce", "php", "puppet",
    "pylint", "rflint", "timestamps",
})  # fmt: skip
#: Per system, the address-shaped lines and the other lines kept (``_stratified``).
MOST_NET = 10
MOST_OTHER = 20
#: What ``select_parts`` keeps of a system's (already thinned) lines: all of them.
MOST = MOST_NET + MOST_OTHER
#: A file name's leading letters, and where a lower-case letter meets an upper-case one.
_LETTERS = re.compile(r"[A-Za-z]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def tool(path: str) -> str:
    """The system a file belongs to: its name's first word, in lower case."""
    word = _LETTERS.match(path.rsplit("/", 1)[-1])
    if word is None:
        return ""
    cut = _CAMEL.search(word.group(0))
    return (word.group(0)[: cut.start()] if cut else word.group(0)).lower()


def _inputs(git: Path, commit: str) -> list[str]:
    """The plain-text inputs of the folder and its taken sub-folders, in path order."""
    out = []
    for path in git_files(git, commit, FOLDER):
        rest = path[len(FOLDER) :]
        inside = "/" not in rest or (rest.startswith(SUBFOLDERS) and rest.count("/") == 1)
        if inside and _PLAIN.search(rest):
            out.append(path)
    return out


# --------------------------------------------------------------------------- reading


def system_lines(gits: dict[str, Path], system: str) -> list[str]:
    """A system's kept lines in file order (``_stratified``); residue left out."""
    commit = SOURCES[MODEL][0]
    paths = [p for p in _inputs(gits[MODEL], commit) if tool(p) == system]
    lines = _logset.file_lines(gits[MODEL], ((commit, p) for p in paths), _line)
    return _stratified(lines, most_net=MOST_NET, most_other=MOST_OTHER, shape=_NET_SHAPE)


#: The set as the shared builder reads it (a line of an earlier set's development part is
#: dropped; its held-out parts are compared by SHA-256 only, no record read). The thirty-first
#: set is another helper's, built at the same time: its texts are not compared.
SET = _logset.LogSet(
    number=32,
    repositories=tuple(SOURCES),
    systems=SYSTEMS,
    holdout=HOLDOUT,
    texts=system_lines,
    label=_label30,
    most=MOST,
    earlier=31,
    holdout_unique=True,
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])

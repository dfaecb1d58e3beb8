"""Build the fifty-first real-text log set: a package manager's command output (npm CLI snapshots).

The text is the snapshot files (expected command output) that the npm command-line client keeps
for its own tests (``npm/cli``; the Artistic License 2.0, ``LICENSE``: use, copying and
redistribution allowed, commercial use included): every ``*.cjs`` file under
``tap-snapshots/test/lib/`` and ``smoke-tests/tap-snapshots/``, but ``docs.js`` (the manual's
text, not output). Each holds ``exports[`<test name>`] = `<output>``` entries: ``npm install``/
``ci``/``audit``/``outdated``/``ls``/``view``/``search``/``publish``/``pack``/``doctor``/
``sbom``/``shrinkwrap``/``config``/``dist-tag``/``fund``/``version`` output, error messages,
update notices, debug-log lines and ``npm explain`` trees. This is package-manager output people
paste into bug reports and CI logs: versions (``1.0.0``, ``^1.0.0``, ``10.8.3``), sizes,
integrity digests, durations, counters and timestamps beside the occasional address.
No earlier set read the repository.

Selection and split (fixed 2026-12-07 17:53 UTC from the file names alone, before any entry was
read; ``benchmarks/corpus/README.md``): a system is a snapshot file, ``npm/<folder>/<name>``
(``npm/commands/audit``, ``npm/utils/error-message``, ``npm/npm``, ``npm/smoke-tests``). The
split is by system, a third held out (``_logset.holdout_systems``: the names with the smallest
SHA-256). A record is one entry's output, its template-literal escapes undone (``\\```,
``\\${``, ``\\\\``), its blank lines at the ends and trailing blanks of its lines removed, at
least 20 characters (the forty-ninth set's ``clean`` and ``keep``), in file order, distinct.
Dropped: an entry with a control character other than a tab or a new line (terminal colour
codes); one that carries the tag of a program fail2ban has filters for
(``_logs10.not_fail2ban``, ``_logs42._FAIL2BAN_MORE``); one equal to a development record of
the first to forty-ninth real log sets (held-out records compared by SHA-256 only, never read);
one already taken by a system earlier in this set. Per system at most ``MOST`` evenly spaced
entries.

Labels: the forty-fourth set's rules, as the forty-ninth set applied them (``_logs44._label44``,
which applies the forty-second set's ``_label42`` and through it the first to forty-first sets'
rules: IP, MAC and e-mail addresses gold, a browser-shaped user agent ``USER_AGENT``, everything
else non-personal; an address of ``0.0.0.0`` ignored), applied to both parts before any detector
ran.

Run once, with a local git directory of the repository:

    python -m benchmarks.corpus._logs51 --git npm/cli=DIR
"""

from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING

from benchmarks.corpus import _logset
from benchmarks.corpus._git import git_files, git_show
from benchmarks.corpus._logs44 import _label44
from benchmarks.corpus._logs49 import clean, keep

if TYPE_CHECKING:
    from pathlib import Path

#: The repository and commit read (its default branch, 2024-10-18).
NPM = "npm/cli"
SOURCES: dict[str, tuple[str, str]] = {
    NPM: ("780afc50e3a345feb1871a28e33fa48235bc3bd5", "Artistic-2.0"),
}
#: The folders of snapshot files.
LIB = "tap-snapshots/test/lib/"
SMOKE = "smoke-tests/tap-snapshots/"
#: The snapshot file left out: the manual's text, not command output.
DOCS = LIB + "docs.js.test.cjs"
#: The most records a system gives (evenly spaced, ``_logs4._select``).
MOST = 6

#: One snapshot entry: ``exports[`name`] = `output```, the output's backquotes escaped.
ENTRY = re.compile(r"^exports\[`(?:[^`\\]|\\.)*`\] = `((?:[^`\\]|\\.)*)`", re.MULTILINE | re.DOTALL)
#: A template literal's escapes: a backslash before a backquote, ``$`` or a backslash.
_ESCAPE = re.compile(r"\\([`$\\])")


def snapshot_paths(gits: dict[str, Path]) -> dict[str, str]:
    """The snapshot files by system (``npm/<folder>/<name>``, ``npm/smoke-tests``)."""
    out: dict[str, str] = {}
    for path in git_files(gits[NPM], SOURCES[NPM][0], "", ".cjs"):
        if path.startswith(LIB) and path != DOCS:
            out["npm/" + path.removeprefix(LIB).removesuffix(".js.test.cjs")] = path
        elif path.startswith(SMOKE):
            out["npm/smoke-tests"] = path
    return out


def systems(gits: dict[str, Path]) -> list[str]:
    """The repository's systems, sorted."""
    return sorted(snapshot_paths(gits))


def entries(text: str) -> list[str]:
    """A snapshot file's entries' output, escapes undone, in file order."""
    return [_ESCAPE.sub(r"\1", m.group(1)) for m in ENTRY.finditer(text)]


def system_texts(gits: dict[str, Path], system: str) -> list[str]:
    """A system's kept entries, distinct, in file order."""
    path = snapshot_paths(gits)[system]
    texts = (clean(e) for e in entries(git_show(gits[NPM], SOURCES[NPM][0], path)))
    return list(dict.fromkeys(t for t in texts if keep(t)))


#: The held-out systems: the 13 (a third) of the 39 systems whose names have the smallest SHA-256
#: (``_logset.holdout_systems``), fixed 2026-12-07 17:53 UTC before any entry was read.
HOLDOUT = frozenset({
    "npm/cli/exit-handler", "npm/cli/update-notifier", "npm/commands/completion",
    "npm/commands/diff", "npm/commands/dist-tag", "npm/commands/fund", "npm/commands/init",
    "npm/commands/publish", "npm/commands/run-script", "npm/commands/search", "npm/commands/team",
    "npm/commands/view", "npm/utils/open-url",
})  # fmt: skip

#: The set as the shared builder reads it.
SET = _logset.LogSet(
    number=51,
    repositories=tuple(SOURCES),
    systems=systems,
    holdout=HOLDOUT,
    texts=system_texts,
    label=_label44,
    most=MOST,
    earlier=50,
    holdout_unique=True,
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])

"""Build the forty-ninth real-text log set: container and Kubernetes command-line output (Docker CLI and Helm golden files).

The text is the golden files (expected command output) that two command-line tools keep for
their own tests: the Docker CLI (``docker/cli``; Apache-2.0, ``LICENSE``), every ``*.golden``
file under a ``testdata/`` folder (``docker info``, ``docker version``, ``docker ps``,
``docker image ls``/``history``/``inspect``/``prune``, ``docker network``/``volume``/``node``/
``service``/``stack``/``swarm``/``secret``/``config``/``plugin``/``context``/``trust``
output, tables and JSON), and Helm (``helm/helm``, the Kubernetes package manager; Apache-2.0,
``LICENSE``), every file under ``pkg/cmd/testdata/output/`` and ``pkg/action/testdata/output/``
(``helm list``/``status``/``history``/``install``/``upgrade``/``rollback``/``search``/
``lint``/``version`` output and rendered manifests). This is machine output people paste into
bug reports and CI logs: versions, chart versions, image digests, sizes, durations, counters and
timestamps beside the occasional address. No earlier set read either repository.

Selection and split (fixed 2026-12-07 17:01 UTC from the file names alone, before any file was
read; ``benchmarks/corpus/README.md``): a system is a command folder, ``docker/<folder>`` for
the Docker CLI (the path of the folder that holds ``testdata/``, ``cli/command/image`` say,
``cli/`` and ``cmd/`` kept) and ``helm/<command>`` for Helm (the file name up to its first
``-``, ``_`` or ``.``: ``list``, ``template``, ``install``, ...). The split is by system, a third
held out (``_logset.holdout_systems``: the names with the smallest SHA-256). A record is one
file, its blank lines at the ends and trailing blanks of its lines removed, at least
``MIN_CHARS`` characters, in path order, distinct. Dropped: a file with a control character
other than a tab or a new line (terminal colour codes); one that carries the tag of a program
fail2ban has filters for (``_logs10.not_fail2ban``, ``_logs42._FAIL2BAN_MORE``); one equal to a
development record of the first to forty-sixth real log sets (the forty-seventh and
forty-eighth, built the same day from other repositories, were not on ``main`` yet; held-out
records compared by SHA-256 only, never read); one already taken by a system earlier in this
set. Per system at most ``MOST`` evenly spaced files.

Labels: the forty-fourth set's rules (``_logs44._label44``, which applies the forty-second
set's ``_label42`` and through it the first to forty-first sets' rules: IP, MAC and e-mail
addresses gold, a browser-shaped user agent ``USER_AGENT``, everything else non-personal; an
address of ``0.0.0.0`` ignored), applied to both parts before any detector ran.

Run once, with local git directories of the repositories:

    python -m benchmarks.corpus._logs49 --git docker/cli=DIR --git helm/helm=DIR
"""

from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING

from benchmarks.corpus import _logset
from benchmarks.corpus._git import git_files, git_show
from benchmarks.corpus._logs10 import not_fail2ban
from benchmarks.corpus._logs42 import _FAIL2BAN_MORE
from benchmarks.corpus._logs44 import _label44

if TYPE_CHECKING:
    from pathlib import Path

#: The repositories and commits read (their default branches, 2026-08-20).
DOCKER = "docker/cli"
HELM = "helm/helm"
SOURCES: dict[str, tuple[str, str]] = {
    DOCKER: ("28f756087eea5fa301f3fbf12b01ae62f91521c2", "Apache-2.0"),
    HELM: ("e9b85e4de16ad45805843fb121748018cf89094b", "Apache-2.0"),
}
#: Helm's folders of expected output.
HELM_FOLDERS = ("pkg/cmd/testdata/output/", "pkg/action/testdata/output/")
#: The most records a system gives (evenly spaced, ``_logs4._select``).
MOST = 6
#: The fewest characters of a record.
MIN_CHARS = 20

#: A Docker CLI golden file: the folder before ``testdata/``.
_DOCKER_GOLDEN = re.compile(r"^(?P<folder>.+?)/testdata/.+\.golden$")
#: A Helm output file's command: its name up to the first ``-``, ``_`` or ``.``.
_HELM_COMMAND = re.compile(r"^[^-_.]+")


def docker_paths(gits: dict[str, Path]) -> dict[str, list[str]]:
    """The Docker CLI's golden files by system (``docker/<folder>``), paths sorted."""
    out: dict[str, list[str]] = {}
    for path in git_files(gits[DOCKER], SOURCES[DOCKER][0], "", ".golden"):
        m = _DOCKER_GOLDEN.match(path)
        if m:
            out.setdefault("docker/" + m.group("folder"), []).append(path)
    return out


def helm_paths(gits: dict[str, Path]) -> dict[str, list[str]]:
    """Helm's output files by system (``helm/<command>``), paths sorted."""
    out: dict[str, list[str]] = {}
    for folder in HELM_FOLDERS:
        for path in git_files(gits[HELM], SOURCES[HELM][0], folder):
            name = path.removeprefix(folder)
            if "/" in name:
                continue
            m = _HELM_COMMAND.match(name)
            if m:
                out.setdefault("helm/" + m.group(0), []).append(path)
    return out


def systems(gits: dict[str, Path]) -> list[str]:
    """Both repositories' systems, sorted."""
    return sorted({**docker_paths(gits), **helm_paths(gits)})


def clean(text: str) -> str:
    """Blank lines at the ends and trailing blanks of the lines removed."""
    lines = [line.rstrip() for line in text.splitlines()]
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return "\n".join(lines)


def keep(text: str) -> bool:
    """A file long enough, without control characters or a fail2ban program's tag."""
    if len(text) < MIN_CHARS or _logset.CONTROL.search(text) or _FAIL2BAN_MORE.search(text):
        return False
    return not_fail2ban(text, "") is not None


def system_texts(gits: dict[str, Path], system: str) -> list[str]:
    """A system's kept files, distinct, in path order."""
    repo = DOCKER if system.startswith("docker/") else HELM
    paths = (docker_paths if repo == DOCKER else helm_paths)(gits)[system]
    texts = (clean(git_show(gits[repo], SOURCES[repo][0], p)) for p in paths)
    return list(dict.fromkeys(t for t in texts if keep(t)))


#: The held-out systems: the 17 (a third) of the 53 systems whose names have the smallest SHA-256
#: (``_logset.holdout_systems``), fixed 2026-12-07 17:01 UTC before any file was read.
HOLDOUT = frozenset({
    "docker/cli/command/manifest", "docker/cli/command/network", "docker/cli/command/swarm",
    "docker/cli/command/task", "docker/cli/command/volume", "docker/cli/compose/loader",
    "docker/e2e/cli-plugins", "helm/chart", "helm/docs", "helm/env", "helm/history",
    "helm/plugin", "helm/repo", "helm/revision", "helm/rollback", "helm/status", "helm/upgrade",
})  # fmt: skip

#: The set as the shared builder reads it.
SET = _logset.LogSet(
    number=49,
    repositories=tuple(SOURCES),
    systems=systems,
    holdout=HOLDOUT,
    texts=system_texts,
    label=_label44,
    most=MOST,
    earlier=47,
    holdout_unique=True,
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])

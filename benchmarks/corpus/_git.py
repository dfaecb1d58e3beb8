"""Reading pinned files of the source repositories' local git directories."""

from __future__ import annotations

import argparse
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable


def git_show(repo: Path | str, commit: str, path: str) -> str:
    """The text of ``path`` at ``commit`` in the git directory ``repo`` (bad UTF-8 replaced)."""
    return subprocess.run(
        ["git", "--git-dir", str(repo), "show", f"{commit}:{path}"],
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8", "replace")


def git_files(repo: Path | str, commit: str, folder: str = "", suffix: str = "") -> list[str]:
    """The paths of the files at ``commit`` (under ``folder``, ending in ``suffix``), sorted."""
    out = subprocess.run(
        ["git", "--git-dir", str(repo), "ls-tree", "-r", "--name-only", commit]
        + ([folder] if folder else []),
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")
    return sorted(p for p in out.splitlines() if p.endswith(suffix))


def git_arguments(argv: list[str], doc: str, needed: Iterable[str]) -> tuple[dict[str, Path], bool]:
    """A builder's command line: ``--git OWNER/NAME=GIT_DIR ...`` for each of ``needed``.

    Returns the git directories by repository and whether ``--names`` (list the names to
    decide, for the review) was given.
    """
    parser = argparse.ArgumentParser(description=doc.splitlines()[0] if doc else None)
    parser.add_argument("--git", action="append", default=[], help="OWNER/NAME=GIT_DIR")
    parser.add_argument("--names", action="store_true", help="list names for the review")
    args = parser.parse_args(argv)
    gits = {k: Path(v) for k, _, v in (g.partition("=") for g in args.git)}
    missing = set(needed) - set(gits)
    if missing:
        raise SystemExit(f"no --git for {sorted(missing)}")
    return gits, args.names


def git_dir_arguments(
    doc: str, repositories: dict[str, str], argv: list[str] | None = None
) -> list[Path]:
    """An older builder's command line: ``--FLAG GIT_DIR`` for each ``FLAG -> OWNER/NAME``.

    Returns the git directories in the order of ``repositories``.
    """
    parser = argparse.ArgumentParser(description=doc.splitlines()[0] if doc else None)
    for flag, repo in repositories.items():
        parser.add_argument(f"--{flag}", type=Path, required=True, help=f"git dir of {repo}")
    args = vars(parser.parse_args(argv))
    return [args[flag.replace("-", "_")] for flag in repositories]


def git_blob(repo: Path | str, commit: str, path: str) -> bytes:
    """The bytes of ``path`` at ``commit`` in the git directory ``repo``."""
    return subprocess.run(
        ["git", "--git-dir", str(repo), "show", f"{commit}:{path}"],
        capture_output=True,
        check=True,
    ).stdout

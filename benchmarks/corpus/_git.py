"""Reading pinned files of the source repositories' local git directories."""

from __future__ import annotations

import subprocess
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path


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

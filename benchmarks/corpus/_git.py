"""Reading pinned files of the source repositories' local git directories."""

from __future__ import annotations

import subprocess
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path


def git_show(repo: Path, commit: str, path: str) -> str:
    """The text of ``path`` at ``commit`` in the git directory ``repo`` (bad UTF-8 replaced)."""
    return subprocess.run(
        ["git", "--git-dir", str(repo), "show", f"{commit}:{path}"],
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8", "replace")

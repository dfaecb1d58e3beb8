"""The docs a newcomer follows: install lines name our distribution, not the unrelated one."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
DIST = "privkit-pii"


def _pyproject() -> dict[str, object]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_distribution_name_is_not_the_taken_pypi_name() -> None:
    project = _pyproject()["project"]
    assert isinstance(project, dict)
    assert project["name"] == DIST
    # The `all` extra refers to this distribution: `privkit[...]` would pull the unrelated one.
    assert all(req.startswith(f"{DIST}[") for req in project["optional-dependencies"]["all"])
    assert project["scripts"] == {"privkit": "privkit.cli:main"}


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_every_install_line_names_the_distribution(doc: Path) -> None:
    text = doc.read_text(encoding="utf-8")
    for line in text.splitlines():
        for match in re.finditer(r"pip install\s+(?:-\S+\s+)*['\"]?([A-Za-z0-9_.-]+)", line):
            name = match.group(1)
            assert not re.fullmatch(r"privkit(\[.*)?", name), f"{doc.name}: {line.strip()}"


def test_missing_dependency_hint_names_the_distribution() -> None:
    from privkit.errors import MissingDependencyError

    assert f"pip install '{DIST}[ner]'" in str(MissingDependencyError("NER", extra="ner"))


def test_readme_says_how_to_install_from_a_checkout() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "From a checkout" in readme
    assert 'pip install -e ".[all]"' in readme


# -- shell snippets --------------------------------------------------------------------------

_MARK = re.compile(r"<!-- shell: (run|skip[^>]*) -->\n```bash\n(.*?)```", re.DOTALL)


def _shell_blocks(doc: Path) -> list[str]:
    return [body for mode, body in _MARK.findall(doc.read_text(encoding="utf-8")) if mode == "run"]


RUNNABLE = [(doc, body) for doc in DOCS for body in _shell_blocks(doc)]


def test_some_shell_snippets_are_run() -> None:
    assert any(doc.name == "getting-started.md" for doc, _ in RUNNABLE)


@pytest.mark.slow
@pytest.mark.parametrize(("doc", "script"), RUNNABLE, ids=lambda x: getattr(x, "name", "sh"))
def test_shell_snippet_runs_as_written(doc: Path, script: str, tmp_path: Path) -> None:
    """Run a ``<!-- shell: run -->`` block with bash in an empty folder, as a reader would."""
    import os
    import subprocess
    import sys

    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    shim = bin_dir / "privkit"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m privkit "$@"\n')
    shim.chmod(0o755)
    work = tmp_path / "work"
    work.mkdir()
    src = str(ROOT / "src")
    env = {
        **os.environ,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        "PYTHONPATH": os.pathsep.join(p for p in (src, os.environ.get("PYTHONPATH")) if p),
        "COLUMNS": "120",
    }
    proc = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script],
        cwd=work, env=env, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, f"{doc.name}:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"

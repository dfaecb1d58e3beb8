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

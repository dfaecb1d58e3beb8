"""The layers import one way: api -> integrations -> policy -> transform/detect -> shared.

Every ``import`` statement of every module counts, lazy ones inside functions and
``TYPE_CHECKING`` blocks included, so a layer cannot reach up even on a rare path.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "privkit"

#: Higher number = higher layer. A module may import its own layer or lower ones.
SHARED, LOWER, POLICY, INTEGRATIONS, API = range(5)
_LAYER_OF_PACKAGE = {
    "detect": LOWER,
    "transform": LOWER,
    "hazmat": SHARED,
    "data": SHARED,
    "policy": POLICY,
    "integrations": INTEGRATIONS,
    "inventory": INTEGRATIONS,  # privkit.inventory uses the table classifier and the policy
}
_API_MODULES = {"__init__", "__main__", "_api", "_demo", "cli", "spark"}
#: The packages the done-when criterion names: none of them imports a higher layer.
_ENGINE = ("detect", "transform", "policy", "keys", "audit")


def _module_name(path: Path) -> str:
    rel = path.relative_to(SRC.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _unit(module: str) -> str:
    """``privkit.policy._planner`` -> ``policy``; ``privkit.keys`` -> ``keys``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _layer(module: str) -> int:
    unit = _unit(module)
    if unit in _LAYER_OF_PACKAGE:
        return _LAYER_OF_PACKAGE[unit]
    if unit in _API_MODULES:
        return API
    return SHARED  # types, errors, keys, audit, _records, _fieldnames, _wiring, _version


def _imports(path: Path) -> list[tuple[int, str]]:
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    return _imports_in(path.read_text(encoding="utf-8"), package)


def _imports_in(source: str, package: str) -> list[tuple[int, str]]:
    """``(line, dotted name)`` of every privkit import in ``source``, wherever it sits."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                name = ".".join([*base, node.module] if node.module else base)
            else:
                name = node.module or ""
            out.append((node.lineno, name))
            out += [(node.lineno, f"{name}.{a.name}") for a in node.names]
    return [(line, name) for line, name in out if name.split(".")[0] == "privkit"]


MODULES = sorted(SRC.rglob("*.py"))


def _graph() -> dict[str, set[str]]:
    """Package-level import graph (units: ``policy``, ``keys``, ``integrations`` ...)."""
    edges: dict[str, set[str]] = {}
    for path in MODULES:
        src = _unit(_module_name(path))
        for _, name in _imports(path):
            if name == "privkit":
                continue
            dst = _unit(name)
            is_unit = (SRC / dst).is_dir() or (SRC / f"{dst}.py").exists()
            if dst != src and is_unit:
                edges.setdefault(src, set()).add(dst)
    return edges


@pytest.mark.parametrize("path", MODULES, ids=_module_name)
def test_no_module_imports_a_higher_layer(path: Path) -> None:
    module = _module_name(path)
    own = _layer(module)
    upward = [
        f"line {line}: {name}"
        for line, name in _imports(path)
        if name != "privkit" and _layer(name) > own
    ]
    assert not upward, f"{module} imports a higher layer: {upward}"


def test_the_engine_packages_never_import_integrations_or_the_api() -> None:
    for path in MODULES:
        module = _module_name(path)
        if _unit(module) not in _ENGINE:
            continue
        bad = [n for _, n in _imports(path) if _layer(n) >= INTEGRATIONS and n != "privkit"]
        assert not bad, f"{module}: {bad}"


def test_no_import_cycles_between_packages() -> None:
    edges = _graph()
    assert edges["integrations"] >= {"policy"}  # the graph is not empty
    cycles = []
    visiting: list[str] = []
    done: set[str] = set()

    def visit(node: str) -> None:
        if node in visiting:
            cycles.append(" -> ".join([*visiting[visiting.index(node) :], node]))
            return
        if node in done:
            return
        visiting.append(node)
        for nxt in sorted(edges.get(node, ())):
            visit(nxt)
        visiting.pop()
        done.add(node)

    for node in sorted(edges):
        visit(node)
    assert not cycles, cycles


def test_the_checker_sees_lazy_and_type_only_imports() -> None:
    source = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from privkit.integrations import tables\n"
        "def f():\n"
        "    from ..integrations.files import protect_file\n"
        "    import privkit.cli\n"
    )
    names = {n for _, n in _imports_in(source, "privkit.policy")}
    assert {"privkit.integrations", "privkit.integrations.files", "privkit.cli"} <= names
    assert max(_layer(n) for n in names) == API

"""The built-in detectors' package: one module per kind of identifier, imports one way.

``privkit/detect/_builtin/`` holds a module per kind (e-mail, phone, URL...), ``_common``
for what several of them read, and helper modules (a leading underscore) for one kind's parts
that read on their own (``_cookie_names``, ``_cookie_records``, ``_cookie_values``). ``_common`` imports none of the detector modules and the
modules' imports have no cycle, so each can be read, and imported, on its own.
"""

from __future__ import annotations

import ast
import pathlib

import privkit.detect._builtin as package
from privkit.detect._builtin import BUILTIN_DETECTORS

PACKAGE_DIR = pathlib.Path(package.__file__).parent
PREFIX = "privkit.detect._builtin."


def _imports() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in sorted(PACKAGE_DIR.glob("*.py")):
        name = path.stem
        tree = ast.parse(path.read_text())
        graph[name] = {
            node.module.removeprefix(PREFIX)
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom)
            and node.module is not None
            and node.module.startswith(PREFIX)
        }
    return graph


def test_common_imports_no_detector_module() -> None:
    assert _imports()["_common"] == set()


def test_helper_modules_import_no_detector_module() -> None:
    # a module named with a leading underscore (``_common``, ``_cookie_names``...) holds what a
    # detector reads; it may read other helpers, never a detector's module
    graph = _imports()
    helpers = {name for name in graph if name.startswith("_") and name != "__init__"}
    assert {"_common", "_cookie_names", "_cookie_records", "_cookie_values"} <= helpers
    for name in helpers:
        assert graph[name] <= helpers, (name, graph[name] - helpers)


def test_the_modules_imports_have_no_cycle() -> None:
    graph = {k: v for k, v in _imports().items() if k != "__init__"}
    done: set[str] = set()

    def visit(node: str, path: tuple[str, ...]) -> None:
        assert node not in path, f"import cycle: {' -> '.join((*path, node))}"
        if node in done:
            return
        for nxt in graph.get(node, ()):
            visit(nxt, (*path, node))
        done.add(node)

    for module in graph:
        visit(module, ())


def test_each_detector_lives_in_a_module_of_its_own_kind() -> None:
    # (privkit.detect renames its public classes' __module__, so read the modules' text)
    homes = {
        path.stem
        for path in PACKAGE_DIR.glob("*.py")
        for cls in BUILTIN_DETECTORS
        if f"\nclass {cls.__name__}(" in path.read_text()
    }
    assert "_common" not in homes
    assert "__init__" not in homes
    assert len(homes) >= 10  # one module per kind, not one module for all

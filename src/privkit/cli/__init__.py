"""The ``privkit`` command line: scan, classify, protect, explain, lint, init, keys, audit, demo.

One module per command group; each registers its commands on the group in ``_main``.
Importing this package imports them all, so ``privkit.cli:main`` (the console script)
sees every command. A new command module is added to the import list below.

Exit codes: one table, ``privkit.cli._main.EXIT_CODES`` (printed by ``privkit --help``).
Errors go to stderr and never contain a personal-data value or key material.
"""

from privkit.cli import (
    _audit,
    _classify,
    _demo,
    _explain,
    _inventory,
    _keys,
    _policy,
    _protect,
    _scan,
)
from privkit.cli._main import main

__all__ = ["main"]

_COMMANDS = (
    _audit,
    _classify,
    _demo,
    _explain,
    _inventory,
    _keys,
    _policy,
    _protect,
    _scan,
)

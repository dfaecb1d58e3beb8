"""The ``privkit`` command line: scan, classify, protect, explain, keys, audit and demo.

One module per command group; each registers its commands on the group in ``_main``.
Importing this package imports them all, so ``privkit.cli:main`` (the console script)
sees every command. A new command module is added to the import list below.

Exit codes: 0 success; 1 a check failed (audit chain broken, new personal data in strict
mode); 2 usage error; 65 bad input data; 66 input missing; 70 internal error; 78 bad
configuration (policy, keys). Errors go to stderr and never contain a personal-data value
or key material.
"""

from privkit.cli import _audit, _classify, _demo, _explain, _keys, _protect, _scan
from privkit.cli._main import main

__all__ = ["main"]

_COMMANDS = (_audit, _classify, _demo, _explain, _keys, _protect, _scan)  # registered on import

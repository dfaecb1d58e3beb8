"""The one JSON-lines form of every file in ``benchmarks/data``.

One record per line, keys in the order the builder put them, non-ASCII text kept as UTF-8 (not
``\\u`` escapes), a newline after every record. Builders write through :func:`write`; a test
checks that every committed data file is exactly what :func:`dumps` makes of its own records.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from pathlib import Path


def dumps(records: Iterable[Mapping[str, Any]]) -> str:
    """The JSON-lines text of ``records``."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def write(path: Path, records: Iterable[Mapping[str, Any]]) -> None:
    """Write ``records`` to ``path`` as JSON lines (UTF-8), replacing the file."""
    path.write_text(dumps(records), encoding="utf-8")

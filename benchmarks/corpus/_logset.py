"""What the numbered log sets' builders share (``_logs10.py`` onwards).

The split by name hash, the earlier sets' texts (so that no record repeats one), and a
system's labelled records. Each builder keeps its own sources, reading and labelling rules.
"""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from pathlib import Path

Labels = tuple[list[dict[str, object]], list[dict[str, object]]]
#: The most characters of a record: a longer text is cut there.
RECORD_CHARS = 4000


def holdout_systems(systems: Iterable[str], share: int = 3) -> frozenset[str]:
    """The ``len(systems) // share`` systems whose names have the smallest SHA-256."""
    names = list(systems)
    ranked = sorted(names, key=text_sha)
    return frozenset(ranked[: len(names) // share])


def text_sha(text: str) -> str:
    """The hex SHA-256 of ``text`` (UTF-8)."""
    return hashlib.sha256(text.encode()).hexdigest()


def _texts(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh if line.strip()]


def earlier(
    data: Path, dev_files: Iterable[str], holdout_files: Iterable[str] = ()
) -> tuple[set[str], set[str]]:
    """The earlier sets' development texts, and the hashes of their held-out texts.

    A held-out text is compared by its hash only: its text is never held here.
    """
    texts = {t for name in dev_files for t in _texts(data / name)}
    hashes = {
        text_sha(t) for name in holdout_files if (data / name).exists() for t in _texts(data / name)
    }
    return texts, hashes


def records(
    prefix: str, system: str, texts: Iterable[str], labeller: Callable[[str, str], Labels]
) -> list[dict[str, object]]:
    """A system's records, ids ``<prefix>-<system>-<n>`` (``/`` in a name written ``-``)."""
    tag = system.replace("/", "-")
    recs: list[dict[str, object]] = []
    for i, full in enumerate(texts):
        text = full[:RECORD_CHARS]
        gold, ignored = labeller(text, system)
        recs.append({
            "id": f"{prefix}-{tag}-{i:03d}", "kind": "log", "source": system,
            "text": text, "spans": gold, "ignored": ignored,
        })  # fmt: skip
    return recs

"""What the numbered log sets' builders share (``_logs10.py`` onwards).

The split by name hash, the earlier sets' texts (so that no record repeats one), a system's
labelled records, the selection of both parts and the command line. Each builder keeps its own
sources, reading and labelling rules.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import TYPE_CHECKING

from benchmarks.corpus._git import git_arguments
from benchmarks.corpus._logs4 import _select, write_parts

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Iterable, Sequence
    from pathlib import Path

Labels = tuple[list[dict[str, object]], list[dict[str, object]]]
#: The development and the held-out records.
Parts = tuple[list[dict[str, object]], list[dict[str, object]]]
#: The most characters of a record: a longer text is cut there.
RECORD_CHARS = 4000
#: A control character other than a tab or a new line: binary residue in a text file.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def holdout_systems(systems: Iterable[str], share: int = 3) -> frozenset[str]:
    """The ``len(systems) // share`` systems whose names have the smallest SHA-256."""
    names = list(systems)
    ranked = sorted(names, key=text_sha)
    return frozenset(ranked[: len(names) // share])


def text_sha(text: str) -> str:
    """The hex SHA-256 of ``text`` (UTF-8)."""
    return hashlib.sha256(text.encode()).hexdigest()


def dev_files(before: int) -> tuple[str, ...]:
    """The development files of the first real log set and of the fourth to ``before - 1``th."""
    return ("real_logs.jsonl", *(f"real_logs{n}_dev.jsonl" for n in range(4, before)))


def holdout_files(before: int) -> tuple[str, ...]:
    """The held-out files of the first and third real log sets and the fourth to ``before - 1``th."""
    return (
        "real_logs_holdout.jsonl",
        "real_logs_holdout3.jsonl",
        *(f"real_logs{n}_holdout.jsonl" for n in range(4, before)),
    )


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


def select_parts(
    systems: Sequence[str],
    holdout: Collection[str],
    texts: Callable[[str], Iterable[str]],
    records: Callable[[str, list[str]], list[dict[str, object]]],
    *,
    most: int,
    earlier: tuple[set[str], set[str]],
    holdout_unique: bool = False,
) -> Parts:
    """The development records, then the held-out ones, a system at a time in ``systems`` order.

    Per system, ``most`` evenly spaced ones (``_logs4._select``) of its ``texts`` that are not
    an earlier set's (``earlier``: development texts, held-out hashes, compared on the first
    ``RECORD_CHARS`` characters) nor already taken by a development system (with
    ``holdout_unique``, by any system before it).
    """
    earlier_texts, earlier_hashes = earlier
    taken: set[str] = set()
    parts: dict[str, list[dict[str, object]]] = {"dev": [], "holdout": []}
    for part in ("dev", "holdout"):
        for system in systems:
            if (system in holdout) != (part == "holdout"):
                continue
            keep = [
                t
                for t in texts(system)
                if t[:RECORD_CHARS] not in earlier_texts
                and (not earlier_hashes or text_sha(t[:RECORD_CHARS]) not in earlier_hashes)
                and t not in taken
            ]
            chosen = _select(keep, most)
            if part == "dev" or holdout_unique:
                taken.update(chosen)
            parts[part] += records(system, chosen)
    return parts["dev"], parts["holdout"]


def main_git(
    argv: list[str],
    doc: str,
    repositories: Iterable[str],
    build: Callable[[dict[str, Path]], Parts],
    outputs: tuple[Path, Path],
) -> None:
    """A builder's command line (``--git OWNER/NAME=GIT_DIR`` each): build, write both parts."""
    gits, _names = git_arguments(argv, doc, repositories)
    dev, hold = build(gits)
    write_parts(zip(outputs, (dev, hold), strict=True))

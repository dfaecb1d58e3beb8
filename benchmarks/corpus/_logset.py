"""What the numbered log sets' builders share (``_logs10.py`` onwards).

The split by name hash, the earlier sets' texts (so that no record repeats one), a system's
labelled records, the selection of both parts and the command line. Each builder declares its
set as a :class:`LogSet` (sources, systems, split, reading and labelling rules, files) and runs
:func:`main` on it; :func:`build` reads the declaration.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.corpus._git import git_arguments, git_blob, git_files
from benchmarks.corpus._logs4 import _select, write_parts

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Iterable, Sequence

    #: The git directories by repository (``OWNER/NAME``), from the command line.
    Gits = dict[str, Path]

#: The folder of the corpora: each set's files, and the earlier sets' it reads.
DATA = Path(__file__).resolve().parents[2] / "benchmarks" / "data"
Labels = tuple[list[dict[str, object]], list[dict[str, object]]]
#: The development and the held-out records.
Parts = tuple[list[dict[str, object]], list[dict[str, object]]]
#: The most characters of a record: a longer text is cut there.
RECORD_CHARS = 4000
#: A control character other than a tab or a new line: binary residue in a text file.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def utf8_text(_path: str, blob: bytes) -> str:
    """A file's text as UTF-8, a byte-order mark dropped (undecodable bytes replaced)."""
    return blob.decode("utf-8", "replace").removeprefix("\ufeff")


def file_lines(
    git: Path,
    files: Iterable[tuple[str, str]],
    read: Callable[[str, str], str | None],
    *,
    decode: Callable[[str, bytes], str] = utf8_text,
) -> list[str]:
    """The lines ``read`` keeps of each file, in file order, binary residue left out.

    ``files`` are (commit, path) pairs in ``git``; a file listed but absent from the snapshot
    is passed over. Each is read as text (``decode(path, blob)``: UTF-8 by default), line by
    line; ``read(line, path)`` gives the line to keep (from its stamp on, say) or None, and a
    kept line with a control character (:data:`CONTROL`) is dropped.
    """
    out: list[str] = []
    for commit, path in files:
        try:
            blob = git_blob(git, commit, path)
        except subprocess.CalledProcessError:
            continue  # listed but absent from the snapshot (4 MiB and more)
        for raw in decode(path, blob).splitlines():
            line = read(raw, path)
            if line is not None and not CONTROL.search(line):
                out.append(line)
    return out


def holdout_systems(systems: Iterable[str], share: int = 3) -> frozenset[str]:
    """The ``len(systems) // share`` systems whose names have the smallest SHA-256."""
    names = list(systems)
    ranked = sorted(names, key=text_sha)
    return frozenset(ranked[: len(names) // share])


def batch_split(second: Collection[str]) -> Callable[[Sequence[str]], frozenset[str]]:
    """The split of a set that grew by a ``second`` batch: :func:`holdout_systems` of each batch."""

    def split(systems: Sequence[str]) -> frozenset[str]:
        first = [s for s in systems if s not in second]
        return holdout_systems(first) | holdout_systems(list(second))

    return split


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
    dropped: dict[str, int] | None = None,
) -> Parts:
    """The development records, then the held-out ones, a system at a time in ``systems`` order.

    Per system, ``most`` evenly spaced ones (``_logs4._select``) of its ``texts`` that are not
    an earlier set's (``earlier``: development texts, held-out hashes, compared on the first
    ``RECORD_CHARS`` characters) nor already taken by a development system (with
    ``holdout_unique``, by any system before it). ``dropped``, when given, counts the texts
    left out by reason ("earlier development", "earlier held-out (hash)", "taken").
    """
    earlier_texts, earlier_hashes = earlier
    taken: set[str] = set()
    counts = dropped if dropped is not None else {}
    for reason in ("earlier development", "earlier held-out (hash)", "taken"):
        counts.setdefault(reason, 0)
    parts: dict[str, list[dict[str, object]]] = {"dev": [], "holdout": []}
    for part in ("dev", "holdout"):
        for system in systems:
            if (system in holdout) != (part == "holdout"):
                continue
            keep = []
            for t in texts(system):
                if t[:RECORD_CHARS] in earlier_texts:
                    counts["earlier development"] += 1
                elif earlier_hashes and text_sha(t[:RECORD_CHARS]) in earlier_hashes:
                    counts["earlier held-out (hash)"] += 1
                elif t in taken:
                    counts["taken"] += 1
                else:
                    keep.append(t)
            chosen = _select(keep, most)
            if part == "dev" or holdout_unique:
                taken.update(chosen)
            parts[part] += records(system, chosen)
    return parts["dev"], parts["holdout"]


def prefixed_systems(
    gits: dict[str, Path],
    sources: dict[str, tuple[str, str]],
    prefixes: dict[str, str],
    wanted: Callable[[str, str], bool],
) -> list[str]:
    """The files a set reads, named ``<prefix>/<path>`` (``prefixes``: repository -> prefix), sorted.

    ``sources``: repository -> (pinned commit, licence); ``wanted(repo, path)`` picks the files.
    """
    names = []
    for repo, prefix in prefixes.items():
        paths = git_files(gits[repo], sources[repo][0])
        names += [f"{prefix}/{p}" for p in paths if wanted(repo, p)]
    return sorted(names)


def prefixed_where(prefixes: dict[str, str], system: str) -> tuple[str, str]:
    """The repository and path of a system named by :func:`prefixed_systems`."""
    prefix, _, path = system.partition("/")
    for repo, name in prefixes.items():
        if name == prefix:
            return repo, path
    raise KeyError(prefix)


def prefixed_holdout(prefixes: dict[str, str], names: Sequence[str]) -> frozenset[str]:
    """A third of each project's files (:func:`holdout_systems` per prefix of ``prefixes``)."""
    out: frozenset[str] = frozenset()
    for prefix in prefixes.values():
        out |= holdout_systems([n for n in names if n.startswith(prefix + "/")])
    return out


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


@dataclass(frozen=True)
class LogSet:
    """A numbered log set as its builder declares it: what :func:`build` and :func:`main` read.

    The set's ordinal names its files (``real_logs<number>_dev.jsonl``,
    ``real_logs<number>_holdout.jsonl`` in :data:`DATA`) and its records' ids
    (``l<number>-<system>-<n>``).
    """

    number: int
    #: The repositories the command line takes a git directory for (``--git OWNER/NAME=DIR``);
    #: none for a set read from committed files.
    repositories: Iterable[str]
    #: The systems (taken in the order of their records' names), or how the git directories
    #: list them.
    systems: Iterable[str] | Callable[[Gits], Iterable[str]]
    #: The held-out systems as written down (checked against ``split`` at every build).
    holdout: frozenset[str]
    #: A system's texts, read from the git directories.
    texts: Callable[[Gits, str], Iterable[str]]
    #: A record's labels (gold spans, ignored spans) from its text and system.
    label: Callable[[str, str], Labels]
    #: The most records a system gives (``select_parts``).
    most: int
    #: The earlier sets whose texts no record repeats: those before this ordinal
    #: (:func:`dev_files`; with ``earlier_holdout``, :func:`holdout_files` by hash too).
    earlier: int
    earlier_holdout: bool = True
    #: The rule that chooses the held-out systems.
    split: Callable[[Sequence[str]], frozenset[str]] = holdout_systems
    #: A held-out text taken by any system before it is not taken again (``select_parts``).
    holdout_unique: bool = False
    #: The name a system's records carry, when the systems are keyed otherwise (a repository).
    source: Callable[[str], str] | None = None

    @property
    def outputs(self) -> tuple[Path, Path]:
        """The development file, then the held-out file."""
        return (
            DATA / f"real_logs{self.number}_dev.jsonl",
            DATA / f"real_logs{self.number}_holdout.jsonl",
        )

    def name(self, system: str) -> str:
        """The name ``system``'s records carry."""
        return self.source(system) if self.source else system


def build(spec: LogSet, gits: Gits) -> Parts:
    """The development and held-out records of a declared set."""
    found = spec.systems(gits) if callable(spec.systems) else spec.systems
    systems = sorted(found, key=spec.name)
    assert spec.split(systems) == spec.holdout  # the split written down is the rule's
    held = holdout_files(spec.earlier) if spec.earlier_holdout else ()
    return select_parts(
        systems,
        spec.holdout,
        lambda system: spec.texts(gits, system),
        lambda system, chosen: records(f"l{spec.number}", spec.name(system), chosen, spec.label),
        most=spec.most,
        earlier=earlier(DATA, dev_files(spec.earlier), held),
        holdout_unique=spec.holdout_unique,
    )


def main(spec: LogSet, doc: str | None, argv: list[str]) -> None:
    """A declared set's command line (``--git OWNER/NAME=GIT_DIR`` each): build, write both parts."""
    main_git(argv, doc or "", spec.repositories, lambda gits: build(spec, gits), spec.outputs)

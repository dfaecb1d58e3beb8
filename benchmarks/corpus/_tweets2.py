"""Build ``benchmarks/data/tweets2_dev.jsonl`` and ``tweets2_holdout.jsonl`` (labels from the corpus).

A second set of real tweets with their annotators' named-entity labels, from the sections of
the Broad Twitter Corpus (Derczynski, Bontcheva and Roberts, COLING 2016) that the first
tweets set (``_tweets.py``: sections H and F) did not read: section A (UK, 2012-01, general
collection, expert annotation), B (UK, 2012-01/02, non-directed tweets, expert) and E
(global, 2014-07, tweets about the MH17 disaster, crowd and expert), from the public
repository ``GateNLP/broad_twitter_corpus`` at commit
``0c45ef7b1924a6b8115bceab388781590b1b553a`` (licence CC-BY-4.0, file ``LICENSE``). Section G
(mainstream news outlets' tweets) is left out: it is not user text.

Text and labels: exactly as the first set (:func:`benchmarks.corpus._tweets.detokenize` and
:func:`~benchmarks.corpus._tweets.label_spans`): ``PER`` -> ``PERSON``, ``LOC`` ->
``LOCATION``, ``ORG`` kept unscored in ``org``.

Split and selection, fixed before any record was read (2026-12-07): a tweet's unit is its
rebuilt text with a leading retweet prefix (``RT @user:``) cut, lower-cased and with runs of
spaces made one (:func:`unit`), so that copies and retweets of one tweet fall in one part; the
tweet is ``dev`` when the SHA-256 of ``btc6:`` + that unit is even, ``held_out`` when odd. In
each part, the tweets whose letters are at least 90 % Latin script, one tweet per unit (the
first in section and file order), ordered by the SHA-256 of ``btc6:<section>:<position>``,
the first 1,000, written in section and file order. Rules and provenance:
benchmarks/corpus/README.md ("Tweets, second set").

Run ``python -m benchmarks.corpus._tweets2 /work/.mirror/GateNLP+broad_twitter_corpus/repo``
(a git directory holding that commit) to rebuild both files.
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.corpus import _jsonl
from benchmarks.corpus._tweets import COMMIT, _git, detokenize, label_spans, latin, read_conll

if TYPE_CHECKING:
    from collections.abc import Iterable

DATA = Path(__file__).resolve().parents[1] / "data"
SECTIONS = ("a", "b", "e")
OUT = {"dev": DATA / "tweets2_dev.jsonl", "held_out": DATA / "tweets2_holdout.jsonl"}
LICENCE = "CC-BY-4.0 (GateNLP/broad_twitter_corpus; Derczynski, Bontcheva, Roberts 2016)"
N = 1000

_RETWEET = re.compile(r"^(?:RT\s+@\w+\s*:\s*)+", re.IGNORECASE)


def unit(text: str) -> str:
    """The split unit of a tweet: its text without a leading retweet prefix, lower case."""
    return " ".join(_RETWEET.sub("", text).lower().split())


def unit_part(salt: str, text: str) -> str:
    """``dev`` or ``held_out``: the parity of the SHA-256 of ``<salt>:`` and the tweet's unit."""
    digest = hashlib.sha256(f"{salt}:{unit(text)}".encode()).digest()
    return "dev" if digest[-1] % 2 == 0 else "held_out"


def part_of(text: str) -> str:
    """``dev`` or ``held_out``: the parity of the SHA-256 of the tweet's unit."""
    return unit_part("btc6", text)


#: A part's candidates: (rank, order read, record).
Chosen = dict[str, list[tuple[str, int, dict[str, object]]]]


def first_ranked(chosen: Chosen, n: int) -> list[dict[str, object]]:
    """Each part's first ``n`` records by rank, written in the order read; ``dev`` first."""
    out: list[dict[str, object]] = []
    for part in ("dev", "held_out"):
        first = sorted(chosen[part], key=lambda c: c[0])[:n]
        out += [rec for _, _, rec in sorted(first, key=lambda c: c[1])]
    return out


def choose(
    files: Iterable[tuple[str, str, list[list[tuple[str, str]]]]],
    *,
    salt: str,
    prefix: str,
    licence: str,
    n: int = N,
) -> list[dict[str, object]]:
    """Both parts' tweets with their spans, from (stem, source, tweets) per file in order.

    Latin-script tweets only, one per unit (the first read), each to its part
    (:func:`unit_part` with ``salt``); a tweet's id is ``<prefix>-<stem>-<position>`` and its
    rank the SHA-256 of ``<salt>:<stem>:<position>``; the first ``n`` of each part by rank
    (:func:`first_ranked`). The second tweets set's rules, which the third set's follow.
    """
    chosen: Chosen = {"dev": [], "held_out": []}
    seen: set[str] = set()
    order = 0
    for stem, source, tweets in files:
        for pos, tweet in enumerate(tweets):
            text, offsets = detokenize([t for t, _ in tweet])
            key = unit(text)
            if not latin(text) or key in seen:
                continue
            seen.add(key)
            spans = label_spans(tweet, offsets, text)
            part = unit_part(salt, text)
            rec = {
                "id": f"{prefix}-{stem}-{pos}",
                "source": source,
                "licence": licence,
                "text": text,
                "part": part,
                "spans": [s for s in spans if s["entity"] != "ORG"],
                "org": [s for s in spans if s["entity"] == "ORG"],
            }
            rank = hashlib.sha256(f"{salt}:{stem}:{pos}".encode()).hexdigest()
            chosen[part].append((rank, order, rec))
            order += 1
    return first_ranked(chosen, n)


def build(repo: Path) -> list[dict[str, object]]:
    """Both parts' tweets with their spans (the rules in the module docstring)."""
    files = (
        (section, f"{section}.conll", read_conll(_git(repo, "show", f"{COMMIT}:{section}.conll")))
        for section in SECTIONS
    )
    return choose(files, salt="btc6", prefix="btc", licence=LICENCE)


def main() -> None:
    records = build(Path(sys.argv[1]))
    for part, path in OUT.items():
        _jsonl.write(path, [r for r in records if r["part"] == part])


if __name__ == "__main__":
    main()

"""Build ``benchmarks/data/tweebank_dev.jsonl`` and ``tweebank_holdout.jsonl`` (labels from the corpus).

A third set of real tweets with their annotators' named-entity labels, from another corpus than
the Broad Twitter Corpus of the first two sets: Tweebank-NER v1.0 (H. Jiang, Y. Hua,
D. Beeferman, D. Roy, "Annotating the Tweebank Corpus on Named Entity Recognition and Building
NLP Models for Social Media Analysis", LREC 2022), the named-entity layer of Tweebank v2
(Y. Liu et al., NAACL 2018: 3,550 English tweets, Tweebank v1's and Gimpel et al. 2011's tweets
and tweets sampled from the Twitter stream of February to July 2016, user names and URLs
anonymised by its authors, e.g. ``@USER333``), from the public repository
``mit-ccc/TweebankNLP`` at commit ``442697870da961db2b3c5a9442ca17beb5fdbfd9``, files
``Tweebank-NER-v1.0/{train,dev,test}.bio`` (pooled; the repository's own split is not used).
Only that folder is read: the repository's ``twitter-stanza/data`` also holds copies of WNUT-17
(off-limits), which are never opened. Licences: the repository's ``LICENSE`` is MIT (its README
shows an Apache-2.0 badge); the tweets' text is Tweebank v2's, CC BY-NC-SA 4.0.

Text and labels: a file has one ``token<TAB>-<TAB>-<TAB>label`` line per token, a blank line
between tweets and a ``-DOCSTART-`` line at its head (:func:`read_bio`). The text is rebuilt
from the tokens and labels become spans exactly as the first tweets set does
(:func:`benchmarks.corpus._tweets.detokenize` and :func:`~benchmarks.corpus._tweets.label_spans`):
``PER`` -> ``PERSON``, ``LOC`` -> ``LOCATION``, ``ORG`` kept unscored in ``org``, ``MISC``
dropped (not scored, not kept). No label is written or changed by the team.

Split and selection, fixed before any record was read (2026-12-07 16:46 UTC; only the format
of a file's first lines was looked at): a tweet's unit is its rebuilt text with a leading
retweet prefix (``RT @user:``) cut, lower-cased and with runs of spaces made one
(:func:`benchmarks.corpus._tweets2.unit`), so copies and retweets of one tweet fall in one
part; the tweet is ``dev`` when the last byte of the SHA-256 of ``tb8:`` + that unit is even,
``held_out`` when odd (:func:`part_of`). In each part, the tweets whose letters are at least
90 % Latin script, one tweet per unit (the first in file order: train, dev, test), ordered by
the SHA-256 of ``tb8:<file>:<position>``, the first 1,000, written in file order. Rules and
provenance: benchmarks/corpus/README.md ("Tweets, third set: Tweebank").

Run ``python -m benchmarks.corpus._tweebank /work/.mirror/mit-ccc+TweebankNLP/repo`` (a git
directory holding that commit) to build both files. They are not committed (and are ignored by
git): the tweets' licence forbids commercial use, and privkit's repository is Apache-2.0, so
only this builder, the split rule and the files' SHA-256 (:data:`SHA256`, checked after a build)
are kept; the measurements in docs/benchmarks.md were made on files with these digests.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from benchmarks.corpus import _jsonl
from benchmarks.corpus._tweets import _git
from benchmarks.corpus._tweets2 import choose, unit_part

COMMIT = "442697870da961db2b3c5a9442ca17beb5fdbfd9"
FOLDER = "Tweebank-NER-v1.0"
FILES = ("train.bio", "dev.bio", "test.bio")
DATA = Path(__file__).resolve().parents[1] / "data"
OUT = {"dev": DATA / "tweebank_dev.jsonl", "held_out": DATA / "tweebank_holdout.jsonl"}
LICENCE = (
    "CC-BY-NC-SA-4.0 text (Tweebank v2, Liu et al. 2018); MIT labels "
    "(mit-ccc/TweebankNLP, Jiang et al. 2022)"
)
N = 1000
#: The SHA-256 of each part's file as measured (docs/benchmarks.md): a build must give these.
SHA256 = {
    "dev": "5b7b43ca95a74f5937522aed33a68693c164ed229bb35c17f84b503f76855dcd",
    "held_out": "6346e577fb3fd1f261dea87e9af810a13375f7e929b82a0e67b2f3b170594b75",
}


def part_of(text: str) -> str:
    """``dev`` or ``held_out``: the parity of the SHA-256 of the tweet's unit."""
    return unit_part("tb8", text)


def read_bio(text: str) -> list[list[tuple[str, str]]]:
    """The tweets of a ``.bio`` file: lists of (token, BIO label), blank lines between tweets."""
    tweets: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    for line in [*text.splitlines(), ""]:
        if line.startswith("-DOCSTART-"):
            continue
        if not line.strip():
            if current:
                tweets.append(current)
            current = []
            continue
        cols = line.split("\t")
        if len(cols) < 2:
            raise ValueError(f"token line {len(current)} has no label column")
        current.append((cols[0], cols[-1].strip()))
    return tweets


def build(repo: Path) -> list[dict[str, object]]:
    """Both parts' tweets with their spans (the rules in the module docstring)."""
    files = (
        (
            name.removesuffix(".bio"),
            f"{FOLDER}/{name}",
            read_bio(_git(repo, "show", f"{COMMIT}:{FOLDER}/{name}")),
        )
        for name in FILES
    )
    return choose(files, salt="tb8", prefix="tb", licence=LICENCE, n=N)


def main() -> None:
    records = build(Path(sys.argv[1]))
    for part, path in OUT.items():
        _jsonl.write(path, [r for r in records if r["part"] == part])
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest != SHA256[part]:
            raise SystemExit(f"{path.name}: SHA-256 {digest} is not the measured file's")


if __name__ == "__main__":
    main()

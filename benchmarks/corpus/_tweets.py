"""Build ``benchmarks/data/tweets_dev.jsonl`` and ``tweets_holdout.jsonl`` (labels from the corpus).

Real tweets with their annotators' named-entity labels: the Broad Twitter Corpus (Derczynski,
Bontcheva and Roberts, COLING 2016), as published in the public repository
``GateNLP/broad_twitter_corpus`` at commit ``0c45ef7b1924a6b8115bceab388781590b1b553a``
(licence CC-BY-4.0, file ``LICENSE``). Only the CoNLL files of sections H (``h.conll``,
non-UK general collection, 2014) and F (``f.conll``, "Twitterati", 2009-2014) are read: the
corpus's authors recommend F as the test section and part of H for development, and their
tweet JSON (with the original text) is not in the repository for either section.

Text: each tweet is rebuilt from its tokens by the fixed rule of :func:`detokenize` (no space
before closing punctuation and clitics, none after opening brackets, ``@`` and ``#`` glued to
the word that follows), nothing else. Labels: the corpus's own BIO labels, as committed by its
annotators, mapped ``PER`` -> ``PERSON`` and ``LOC`` -> ``LOCATION``; ``ORG`` spans are kept
in the record's ``org`` list and are not scored (a PERSON or LOCATION finding on one is a
false finding). A span starts after a leading ``@`` or ``#`` (the name, not the sigil); an
``@`` token labelled like the name after it joins that name's span.

Selection and split, fixed before any detector ran: section H is ``dev``, section F is
``held_out``; in each section, the tweets whose letters are at least 90 % Latin script (the
detectors' model is English; Cyrillic, Arabic, Thai and other scripts are left out), ordered
by the SHA-256 of ``btc:<section>:<position>``, the first 1,000. Rules and provenance:
benchmarks/corpus/README.md ("Tweets").

Run ``python -m benchmarks.corpus._tweets /work/.mirror/GateNLP+broad_twitter_corpus/repo``
(a git directory holding that commit) to rebuild both files.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

from benchmarks.corpus import _jsonl

COMMIT = "0c45ef7b1924a6b8115bceab388781590b1b553a"
DATA = Path(__file__).resolve().parents[1] / "data"
SECTIONS = {"dev": "h", "held_out": "f"}
OUT = {"dev": DATA / "tweets_dev.jsonl", "held_out": DATA / "tweets_holdout.jsonl"}
LICENCE = "CC-BY-4.0 (GateNLP/broad_twitter_corpus; Derczynski, Bontcheva, Roberts 2016)"
ENTITY = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORG"}
N = 1000

_CLOSE = frozenset({",", ".", "!", "?", ":", ";", ")", "]", "}", "%", "…", "”", "’"})
_OPEN = frozenset({"(", "[", "{", "“", "$", "£", "@", "#"})
_CLITICS = frozenset({"'s", "'re", "'ll", "'ve", "'m", "'d", "n't"})
_CLITIC_TAILS = frozenset({"s", "re", "ll", "ve", "m", "d", "t"})
_SIGILS = frozenset({"@", "#"})


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "--git-dir", str(repo), *args], check=True, capture_output=True, text=True
    ).stdout


def read_conll(text: str) -> list[list[tuple[str, str]]]:
    """The tweets of a CoNLL file: lists of (token, BIO label), blank lines between tweets."""
    tweets: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    for line in [*text.splitlines(), ""]:
        if not line.strip():
            if current:
                tweets.append(current)
            current = []
            continue
        token, label = line.rsplit("\t", 1)
        current.append((token, label.strip()))
    return tweets


def _glued(prev: str, token: str) -> bool:
    """Whether ``token`` follows ``prev`` without a space (the rule of :func:`detokenize`)."""
    if token in _CLOSE or token.replace("’", "'").lower() in _CLITICS:
        return True
    if prev == "’" and token.lower() in _CLITIC_TAILS:  # she, apostrophe, s: one word
        return True
    if prev in _SIGILS:
        return token[:1].isalnum() or token[:1] == "_"
    return prev in _OPEN


def detokenize(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """The tweet's text rebuilt from its tokens, and each token's offsets in it."""
    text, offsets = "", []
    for i, token in enumerate(tokens):
        if i and not _glued(tokens[i - 1], token):
            text += " "
        offsets.append((len(text), len(text) + len(token)))
        text += token
    return text, offsets


def label_spans(
    tweet: list[tuple[str, str]], offsets: list[tuple[int, int]], text: str
) -> list[dict[str, object]]:
    """The tweet's labelled spans (the rules in the module docstring), in text order."""
    out: list[dict[str, object]] = []
    open_type = ""
    for i, (_, label) in enumerate(tweet):
        tag, _, kind = label.partition("-")
        start, end = offsets[i]
        sigil_joins = (
            out
            and open_type == kind
            and tag == "B"
            and tweet[i - 1][0] in _SIGILS
            and tweet[i - 1][1] == label
            and offsets[i - 1][1] == start
        )
        if (tag == "I" and open_type == kind) or sigil_joins:
            if sigil_joins:  # "@" + name, both B-PER: the span is the name
                out[-1]["start"] = start
            out[-1]["end"] = end
            continue
        if tag in {"B", "I"} and kind in ENTITY:
            out.append({"start": start, "end": end, "entity": ENTITY[kind]})
            open_type = kind
        else:
            open_type = ""
    for span in out:  # the name, not its sigil
        s, e = int(span["start"]), int(span["end"])  # type: ignore[call-overload]
        while e - s > 1 and text[s] in _SIGILS:
            s += 1
        span["start"] = s
    return out


def latin(text: str) -> bool:
    """Whether at least 90 % of the text's letters are Latin script (and it has letters)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(ord(c) < 0x250 for c in letters) >= 0.9 * len(letters)


def build(repo: Path) -> list[dict[str, object]]:
    """Both parts' tweets with their spans (the rules in the module docstring)."""
    out = []
    for part, section in SECTIONS.items():
        tweets = read_conll(_git(repo, "show", f"{COMMIT}:{section}.conll"))
        chosen = []
        for pos, tweet in enumerate(tweets):
            text, offsets = detokenize([t for t, _ in tweet])
            if not latin(text):
                continue
            key = hashlib.sha256(f"btc:{section}:{pos}".encode()).hexdigest()
            spans = label_spans(tweet, offsets, text)
            rec = {
                "id": f"btc-{section}-{pos}",
                "source": f"{section}.conll",
                "licence": LICENCE,
                "text": text,
                "part": part,
                "spans": [s for s in spans if s["entity"] != "ORG"],
                "org": [s for s in spans if s["entity"] == "ORG"],
            }
            chosen.append((key, pos, rec))
        first = sorted(chosen, key=lambda c: str(c[0]))[:N]
        out += [rec for _, _, rec in sorted(first, key=lambda c: int(c[1]))]  # file order
    return out


def main() -> None:
    records = build(Path(sys.argv[1]))
    for part, path in OUT.items():
        _jsonl.write(path, [r for r in records if r["part"] == part])


if __name__ == "__main__":
    main()

"""Build ``benchmarks/data/web_dev.jsonl`` and ``web_holdout.jsonl`` (labels from the corpus).

Sentences people wrote informally on the web, with their annotators' named-entity labels:
the English Web Treebank's (Bies et al. 2012, as Universal Dependencies ``UD_English-EWT``)
e-mails (Enron), newsgroup posts, Yahoo Answers answers and Google reviews of local businesses,
as annotated by Universal NER (Mayhew et al., NAACL 2024) in the public repository
``UniversalNER/UNER_English-EWT`` at commit ``8ed072de2fd24022cc62458997fe96a8fe191ea4``
(licence CC BY-SA 4.0, file ``LICENSE.txt``), files ``en_ewt-ud-dev.iob2`` and
``en_ewt-ud-test.iob2`` (the repository's ``train`` file is not read). The weblog genre is
left out: its posts are mostly copied news.

Text and labels: a record's text is the sentence's ``# text =`` line as the treebank keeps it;
each token is found in it in order (:func:`offsets`). ``B-PER``/``I-PER`` -> ``PERSON``,
``B-LOC``/``I-LOC`` -> ``LOCATION`` (Universal NER's ``LOC`` holds countries, cities and other
geopolitical places as well as natural places and facilities), an ``I-`` of the same type
extends the span before it; ``ORG`` spans are kept in ``org`` and not scored. No label is
written or changed by the team.

Split and selection, fixed before any record was read (2026-12-07 09:05 UTC): the unit is the
document (``# newdoc id``: one e-mail, one newsgroup post, one question's answers, one
business's reviews), so no document is in both parts; a document is ``dev`` when the last byte
of the SHA-256 of ``ewt7:`` + its id is even, ``held_out`` when odd (:func:`part_of`). In each
part, the sentences of the four genres whose text has 15-350 characters, ordered by the
SHA-256 of ``ewt7:`` + their ``sent_id``, the first 1,000, written in file order (the
repository's dev file, then its test file). Rules and provenance: benchmarks/corpus/README.md
("Web forum, e-mail and review sentences").

Run ``python -m benchmarks.corpus._ewt /work/.mirror/UniversalNER+UNER_English-EWT/repo``
(a git directory holding that commit) to rebuild both files.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from benchmarks.corpus import _jsonl
from benchmarks.corpus._tweets import _git

COMMIT = "8ed072de2fd24022cc62458997fe96a8fe191ea4"
FILES = ("en_ewt-ud-dev.iob2", "en_ewt-ud-test.iob2")
GENRES = ("answers", "email", "newsgroup", "reviews")
DATA = Path(__file__).resolve().parents[1] / "data"
OUT = {"dev": DATA / "web_dev.jsonl", "held_out": DATA / "web_holdout.jsonl"}
LICENCE = "CC-BY-SA-4.0 (UniversalNER/UNER_English-EWT; UD_English-EWT)"
ENTITY = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORG"}
N = 1000


def part_of(doc_id: str) -> str:
    """``dev`` or ``held_out``: the parity of the last byte of the SHA-256 of the document id."""
    digest = hashlib.sha256(f"ewt7:{doc_id}".encode()).digest()
    return "dev" if digest[-1] % 2 == 0 else "held_out"


def rank(sent_id: str) -> str:
    """The sentence's place in its part's selection order."""
    return hashlib.sha256(f"ewt7:{sent_id}".encode()).hexdigest()

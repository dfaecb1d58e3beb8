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

Split and selection, fixed before any record was read (2026-12-07 08:54 UTC): the unit is the
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
from benchmarks.corpus._tweets2 import first_ranked

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


def read_iob2(text: str) -> list[tuple[str, str, str, list[tuple[str, str]]]]:
    """The sentences of an ``.iob2`` file: (document id, sent_id, text, [(token, label)])."""
    out: list[tuple[str, str, str, list[tuple[str, str]]]] = []
    doc = sent = sentence = ""
    tokens: list[tuple[str, str]] = []
    for line in [*text.splitlines(), ""]:
        if line.startswith("# newdoc id = "):
            doc = line.removeprefix("# newdoc id = ").strip()
        elif line.startswith("# sent_id = "):
            sent = line.removeprefix("# sent_id = ").strip()
        elif line.startswith("# text = "):
            sentence = line.removeprefix("# text = ")
        elif line.strip():
            cols = line.split("\t")
            tokens.append((cols[1], cols[2].strip()))
        elif tokens:
            out.append((doc, sent, sentence, tokens))
            tokens = []
    return out


def offsets(text: str, tokens: list[str]) -> list[tuple[int, int]]:
    """Each token's offsets in the sentence's text, found in order (a miss raises)."""
    out, pos = [], 0
    for token in tokens:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if not text.startswith(token, pos):
            raise ValueError(f"token {len(out)} is not where the text continues")
        out.append((pos, pos + len(token)))
        pos += len(token)
    return out


def label_spans(labels: list[str], spans_at: list[tuple[int, int]]) -> list[dict[str, object]]:
    """The sentence's labelled spans: ``B-`` starts one, an ``I-`` of the same type extends it."""
    out: list[dict[str, object]] = []
    open_type = ""
    for label, (start, end) in zip(labels, spans_at, strict=True):
        tag, _, kind = label.partition("-")
        if tag == "I" and open_type == kind:
            out[-1]["end"] = end
            continue
        if tag in {"B", "I"} and kind in ENTITY:
            out.append({"start": start, "end": end, "entity": ENTITY[kind]})
            open_type = kind
        else:
            open_type = ""
    return out


def build(repo: Path) -> list[dict[str, object]]:
    """Both parts' sentences with their spans (the rules in the module docstring)."""
    chosen: dict[str, list[tuple[str, int, dict[str, object]]]] = {"dev": [], "held_out": []}
    order = 0
    for name in FILES:
        for doc, sent, text, tokens in read_iob2(_git(repo, "show", f"{COMMIT}:{name}")):
            if doc.split("-", 1)[0] not in GENRES or not 15 <= len(text) <= 350:
                continue
            spans = label_spans([lab for _, lab in tokens], offsets(text, [t for t, _ in tokens]))
            part = part_of(doc)
            rec = {
                "id": sent,
                "doc": doc,
                "source": name,
                "licence": LICENCE,
                "text": text,
                "part": part,
                "spans": [s for s in spans if s["entity"] != "ORG"],
                "org": [s for s in spans if s["entity"] == "ORG"],
            }
            chosen[part].append((rank(sent), order, rec))
            order += 1
    return first_ranked(chosen, N)


def main() -> None:
    records = build(Path(sys.argv[1]))
    for part, path in OUT.items():
        _jsonl.write(path, [r for r in records if r["part"] == part])


if __name__ == "__main__":
    main()

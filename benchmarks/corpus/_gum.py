"""Build the GUM noisy-text sets (labels from the corpus): committed and local-only parts.

Sentences of the spoken and informal genres of the Georgetown University Multilayer Corpus
(A. Zeldes, "The GUM Corpus: Creating Multilayer Resources in the Classroom", Language
Resources and Evaluation 51(3), 2017), public repository ``amir-zeldes/gum`` at commit
``72ce5ac14978a324c2fd18d49484e65292cbe316``, files ``dep/GUM_<genre>_<name>.conllu`` (the
Universal Dependencies layer, which carries the entity layer in its ``Entity=`` column), with
the entity types the corpus's annotators gave them. The annotations are CC BY 4.0; each
genre's text has its own licence (the repository's ``LICENSE.txt``), so there are two sets:

- ``gum_dev.jsonl`` / ``gum_holdout.jsonl`` (**committed**): the genres whose text licence the
  repository names as CC BY: ``interview`` (Wikinews interviews, CC BY 2.5) and ``court``
  (courtroom transcripts, CC BY 4.0).
- ``gum_local_dev.jsonl`` / ``gum_local_holdout.jsonl`` (**built locally, never committed**,
  as the Tweebank set): ``conversation`` (the Santa Barbara Corpus of Spoken American
  English), ``vlog`` (YouTube vlog transcripts), ``podcast`` (CC BY-NC-SA 4.0), ``speech``
  (political speeches) and ``whow`` (wikiHow, CC BY-NC-SA 3.0): non-commercial, or a text
  licence the repository does not state. The builder checks each local file's SHA-256
  (:data:`SHA256`).

The ``reddit`` genre is not read (its text is not in the repository and must be fetched from
Reddit); nor are the written genres (academic, biographies, essays, fiction, letters, news,
textbooks, travel guides) or the out-of-domain test2 documents (``GENTLE_*``).

Mapping (written before any run, 2026-12-08 04:20 UTC). GUM marks every mention of an entity
(names, nominals such as ``my wife``, pronouns) with a type: person, place, organization,
object, event, time, substance, animal, plant, abstract, quantity. Only proper-name mentions
count:

1. A mention is a proper-name mention when the last token of its minimal span (the corpus's
   ``minspan`` field, the mention's head words: ``candidate Buddy Roemer``, ``Brooklyn, New
   York``) is a proper noun (Penn tag ``NNP`` or ``NNPS``). Its name is the run of proper
   nouns that ends there, read back within the minimal span through proper nouns and, between
   them, function words and punctuation (UPOS ``ADP DET CCONJ PART PUNCT``: ``Isle of Man``,
   ``Martin Luther King Jr.``), starting on a proper noun: ``candidate Buddy Roemer`` ->
   ``Buddy Roemer``, ``the Pennsylvania senator`` -> no name. Nominal and pronoun mentions
   are not names (``my wife``, ``he``, ``the city``), even when they corefer with one.
   (Changed twice after the first development runs, 2026-12-08 04:23-04:24 UTC, no held-out
   record read: first written with UPOS ``PROPN`` for the whole minimal span, but GUM's UPOS
   tags name words such as ``New/ADJ York`` and ``the United/VERB States`` while their Penn
   tag is ``NNP``, and a minimal span holds a title noun before a name, ``LibriVox founder
   Hugh McGuire``.)
2. The labelled span runs from the first to the last token of that name, in the sentence's
   text: the name without its article, modifiers or title noun (``the US`` -> ``US``, ``a
   Mexican artist by the name of Nierman`` holds the nested mention ``Nierman``).
3. ``person`` -> ``PERSON``; ``place`` -> ``LOCATION`` (GUM's places include countries, cities,
   regions, natural places and buildings or facilities named as places); ``organization``
   -> kept in the record's ``org`` list, **not scored** (a PERSON or LOCATION finding on one is
   false). Every other type is dropped (neither scored nor kept). Nested names each count
   (``New York`` inside ``the New York Times`` when the annotators marked it as a place).
4. A span identical to one already kept in the sentence is kept once. Spans are made
   disjoint (added after the first development run, 2026-12-08 04:22 UTC, because the
   runner's shape checks want disjoint spans; written from the development part's 25 nests,
   applied to both parts, no held-out record read): (a) a span holding two or more names of
   its own type, a coordination or list (``Albert and Marcia``), gives way to them; (b) of the
   spans left, nested or overlapping ones keep the outermost (``Sochi, Russia``, ``Ross Sea``,
   ``Pennsylvania Senator Rick Santorum``, and a place inside an organisation's name, as the
   earlier noisy sets label it: ``the University of Copenhagen``); (c) of two on the same
   characters, LOCATION is kept, then ORG (:func:`disjoint`). Nothing is corrected.

Text: the sentence's ``# text =`` line; each word token is found in it in order (a multiword
token's parts share the offsets of its surface form when they do not spell it).

Split and selection (fixed before any run, 2026-12-08 04:20 UTC): the unit is the document, so
no document is in both parts; a document is ``dev`` when the last byte of the SHA-256 of
``gum9:`` + its id (``GUM_vlog_london``) is even, ``held_out`` when odd (:func:`part_of`). In
each part of each set, the sentences whose text has 15-350 characters, ordered by the SHA-256
of ``gum9:`` + their ``sent_id``, the first :data:`N`, written in document and sentence order.

Run ``python -m benchmarks.corpus._gum /work/.mirror/amir-zeldes+gum/repo`` (a git directory
holding that commit) to build all four files. Rules and provenance: benchmarks/corpus/README.md
("Spoken and informal genres: GUM").
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

from benchmarks.corpus import _jsonl
from benchmarks.corpus._tweets import _git
from benchmarks.corpus._tweets2 import first_ranked

COMMIT = "72ce5ac14978a324c2fd18d49484e65292cbe316"
COMMITTED = ("court", "interview")
LOCAL = ("conversation", "podcast", "speech", "vlog", "whow")
TEXT_LICENCE = {
    "court": "CC-BY-4.0",
    "interview": "CC-BY-2.5",
    "conversation": "not stated in the repository (Santa Barbara Corpus)",
    "podcast": "CC-BY-NC-SA-4.0",
    "speech": "not stated in the repository",
    "vlog": "not stated in the repository (YouTube)",
    "whow": "CC-BY-NC-SA-3.0",
}
DATA = Path(__file__).resolve().parents[1] / "data"
OUT = {
    "gum": {"dev": DATA / "gum_dev.jsonl", "held_out": DATA / "gum_holdout.jsonl"},
    "gum_local": {
        "dev": DATA / "gum_local_dev.jsonl",
        "held_out": DATA / "gum_local_holdout.jsonl",
    },
}
ENTITY = {"person": "PERSON", "place": "LOCATION", "organization": "ORG"}
PROPER = frozenset({"NNP", "NNPS"})
BETWEEN = frozenset({"ADP", "DET", "CCONJ", "PART", "PUNCT"})
N = 1000

#: The SHA-256 of each local file as measured (docs/benchmarks.md): a build must give these.
SHA256 = {
    "dev": "b4c4db9da4b615e98b554a0212a8df21b9efe0ac68423a6e9e8686c79fa2bb88",
    "held_out": "13fe0e3a1a8bc3f10a8301124c6774c11a8a896ed39cf82eb8190edd3c18ba33",
}

_OPEN = re.compile(r"\((\d+)-([^()]*)")
_CLOSE = re.compile(r"(\d+)\)")


def part_of(doc_id: str) -> str:
    """``dev`` or ``held_out``: the parity of the last byte of the SHA-256 of the document id."""
    digest = hashlib.sha256(f"gum9:{doc_id}".encode()).digest()
    return "dev" if digest[-1] % 2 == 0 else "held_out"


def rank(sent_id: str) -> str:
    """The sentence's place in its part's selection order."""
    return hashlib.sha256(f"gum9:{sent_id}".encode()).hexdigest()


Token = tuple[str, str, str, str]  # form, UPOS, Penn tag, Entity field


def read_conllu(text: str) -> list[tuple[str, str, list[Token], list[tuple[int, int, str]]]]:
    """A document's sentences: (sent_id, text, word tokens, multiword ranges)."""
    out: list[tuple[str, str, list[Token], list[tuple[int, int, str]]]] = []
    sent = sentence = ""
    tokens: list[Token] = []
    ranges: list[tuple[int, int, str]] = []
    for line in [*text.splitlines(), ""]:
        if line.startswith("# sent_id = "):
            sent = line.removeprefix("# sent_id = ").strip()
        elif line.startswith("# text = "):
            sentence = line.removeprefix("# text = ")
        elif line.startswith("#"):
            continue
        elif line.strip():
            cols = line.split("\t")
            if "." in cols[0]:
                continue
            if "-" in cols[0]:
                first, last = cols[0].split("-")
                ranges.append((int(first), int(last), cols[1]))
                continue
            misc = dict(kv.split("=", 1) for kv in cols[9].split("|") if "=" in kv)
            tokens.append((cols[1], cols[3], cols[4], misc.get("Entity", "")))
        elif tokens:
            out.append((sent, sentence, tokens, ranges))
            tokens, ranges = [], []
    return out


def offsets(
    text: str, tokens: list[Token], ranges: list[tuple[int, int, str]]
) -> list[tuple[int, int]]:
    """Each word token's offsets in the sentence's text, found in order (a miss raises)."""
    surface = {first: (last, form) for first, last, form in ranges}
    out: list[tuple[int, int]] = []
    pos, i = 0, 0
    while i < len(tokens):
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if i + 1 in surface:
            last, form = surface[i + 1]
            if not text.startswith(form, pos):
                raise ValueError(f"multiword token at {i + 1} is not where the text continues")
            parts = [t[0] for t in tokens[i:last]]
            if "".join(parts) == form:
                for part in parts:
                    out.append((pos, pos + len(part)))
                    pos += len(part)
            else:
                out += [(pos, pos + len(form))] * len(parts)
                pos += len(form)
            i = last
            continue
        form = tokens[i][0]
        if not text.startswith(form, pos):
            raise ValueError(f"token {i + 1} is not where the text continues")
        out.append((pos, pos + len(form)))
        pos += len(form)
        i += 1
    return out


def mentions(tokens: list[Token]) -> list[tuple[str, int, int, list[int]]]:
    """Every mention: (type, first token, last token, minimal-span token indices), 0-based."""
    out: list[tuple[str, int, int, list[int]]] = []
    stack: list[tuple[str, str, int, list[int]]] = []
    for i, (*_, field) in enumerate(tokens):
        pos = 0
        while pos < len(field):
            m_open = _OPEN.match(field, pos)
            if m_open:
                ident, rest = m_open.group(1), m_open.group(2)
                fields = rest.split("-")
                etype, minspan = fields[0], fields[4]
                heads = [int(x) - 1 for x in minspan.split(",") if x.isdigit()]
                stack.append((ident, etype, i, heads))
                pos = m_open.end()
                if pos < len(field) and field[pos] == ")":
                    ident, etype, start, heads = stack.pop()
                    out.append((etype, start, i, heads))
                    pos += 1
                continue
            m_close = _CLOSE.match(field, pos)
            if m_close:
                ident = m_close.group(1)
                for k in range(len(stack) - 1, -1, -1):
                    if stack[k][0] == ident:
                        _, etype, start, heads = stack.pop(k)
                        out.append((etype, start, i, heads))
                        break
                pos = m_close.end()
                continue
            pos += 1
    return out


def name_tokens(tokens: list[Token], start: int, heads: list[int]) -> tuple[int, int] | None:
    """The first and last token of a proper-name mention's name (rule 1), or None."""
    idx = sorted(start + h for h in heads if 0 <= start + h < len(tokens))
    if not idx or tokens[idx[-1]][2] not in PROPER:
        return None
    last = first = idx[-1]
    k = last - 1
    while k >= idx[0] and (tokens[k][2] in PROPER or tokens[k][1] in BETWEEN):
        if tokens[k][2] in PROPER:
            first = k
        k -= 1
    return first, last


def sentence_spans(
    text: str, tokens: list[Token], ranges: list[tuple[int, int, str]]
) -> list[dict[str, object]]:
    """The sentence's name spans (PERSON, LOCATION and unscored ORG), in text order."""
    at = offsets(text, tokens, ranges)
    seen: set[tuple[int, int, str]] = set()
    out: list[dict[str, object]] = []
    for etype, start, _end, heads in mentions(tokens):
        if etype not in ENTITY:
            continue
        name = name_tokens(tokens, start, heads)
        if name is None:
            continue
        key = (at[name[0]][0], at[name[1]][1], ENTITY[etype])
        if key in seen:
            continue
        seen.add(key)
        out.append({"start": key[0], "end": key[1], "entity": key[2]})
    return disjoint(out)


def disjoint(spans: list[dict[str, object]]) -> list[dict[str, object]]:
    """Rule 4's disjoint spans: lists give way to their names, then the outermost is kept."""

    def inside(a: dict[str, object], b: dict[str, object]) -> bool:
        return a is not b and int(a["start"]) <= int(b["start"]) < int(b["end"]) <= int(a["end"])

    groups = [
        a
        for a in spans
        if sum(1 for b in spans if inside(a, b) and b["entity"] == a["entity"] and b != a) >= 2
    ]
    left = [s for s in spans if not any(s is g for g in groups)]
    left.sort(key=lambda s: (int(s["start"]), -int(s["end"]), str(s["entity"])))
    out: list[dict[str, object]] = []
    for span in left:
        if out and int(span["start"]) < int(out[-1]["end"]):
            continue
        out.append(span)
    return out


def build(repo: Path, genres: tuple[str, ...]) -> list[dict[str, object]]:
    """Both parts' sentences of ``genres`` with their spans (the module docstring's rules)."""
    names = _git(repo, "ls-tree", "--name-only", COMMIT, "dep/").split()
    chosen: dict[str, list[tuple[str, int, dict[str, object]]]] = {"dev": [], "held_out": []}
    order = 0
    for path in sorted(names):
        stem = path.removeprefix("dep/").removesuffix(".conllu")
        parts = stem.split("_")
        if len(parts) < 3 or parts[0] != "GUM" or parts[1] not in genres:
            continue
        part = part_of(stem)
        for sent, text, tokens, ranges in read_conllu(_git(repo, "show", f"{COMMIT}:{path}")):
            if not 15 <= len(text) <= 350:
                continue
            spans = sentence_spans(text, tokens, ranges)
            rec = {
                "id": sent,
                "doc": stem,
                "genre": parts[1],
                "source": path,
                "licence": f"text {TEXT_LICENCE[parts[1]]}; annotations CC-BY-4.0 (amir-zeldes/gum)",
                "text": text,
                "part": part,
                "spans": [s for s in spans if s["entity"] != "ORG"],
                "org": [s for s in spans if s["entity"] == "ORG"],
            }
            chosen[part].append((rank(sent), order, rec))
            order += 1
    return first_ranked(chosen, N)


def main() -> None:
    repo = Path(sys.argv[1])
    for name, genres in (("gum", COMMITTED), ("gum_local", LOCAL)):
        records = build(repo, genres)
        for part, path in OUT[name].items():
            _jsonl.write(path, [r for r in records if r["part"] == part])
            if name == "gum_local":
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
                if digest != SHA256[part]:
                    raise SystemExit(f"{path.name}: SHA-256 {digest} is not the measured file's")


if __name__ == "__main__":
    main()

"""Build ``benchmarks/data/noisy_comments.jsonl`` from the labels below (hand-written).

Source: Stack Exchange comments of the Computer Science Meta site (``Comments.xml`` of a
Stack Exchange data dump), as committed in the public repository ``ErumMehmood/PhD-TestData``
at commit ``ebdcfdd7b5714d94d2b26816a44ac72be7592d80`` (file SHA-256
``a5dc064fc05e4aaaac3be4a598fff918d6f0b711d75752eb57b81747ede4cb78``). Each comment carries its
own licence (``ContentLicense``: CC BY-SA 3.0 or 4.0). Selection, made before reading: the
comments of 15 to 350 characters (HTML entities decoded), every 13th one in file order, the
first 250. Labelling rules: benchmarks/corpus/README.md ("Noisy user text").

Run ``python -m benchmarks.corpus._noisy_labels path/to/Comments.xml`` to rebuild the file.
"""

from __future__ import annotations

import hashlib
import html
import re
import sys
from pathlib import Path

from benchmarks.corpus import _jsonl

SOURCE_SHA256 = "a5dc064fc05e4aaaac3be4a598fff918d6f0b711d75752eb57b81747ede4cb78"
OUT = Path(__file__).resolve().parents[1] / "data" / "noisy_comments.jsonl"
P, L = "PERSON", "LOCATION"

# Index in the selection -> (surface text, entity); every whole-word occurrence outside a
# URL is labelled. Written from reading the texts, before any detector ran on them.
LABELS: dict[int, list[tuple[str, str]]] = {
    7: [("Kaveh", P)], 12: [("J.D.", P)], 13: [("Raphael", P), ("Victor", P)],
    14: [("OghmaOsiris", P)], 18: [("RanG", P)], 19: [("Daniil", P)], 21: [("Artem", P)],
    22: [("RanG", P)], 26: [("J.D.", P)], 33: [("Kaveh", P)], 35: [("Patrick87", P)],
    40: [("Patrick87", P)], 45: [("Patrick87", P)], 48: [("JeffE", P)], 49: [("Raphael", P)],
    50: [("Gilles", P)], 52: [("Gilles", P)], 54: [("DaveClarke", P)], 55: [("Raphael", P)],
    56: [("Kaveh", P), ("Dave", P)], 58: [("JeffE", P)], 59: [("Dave Clarke", P)],
    61: [("Patrick87", P)], 64: [("Kaveh", P)], 66: [("Patrick87", P)],
    67: [("MatthewRead", P)], 69: [("A.Schulz", P)], 70: [("Raphael", P)], 72: [("NA", L)],
    74: [("Juho", P)], 78: [("dave", P)], 85: [("Iszi", P)], 86: [("Gilles", P)],
    87: [("RanG", P)], 89: [("Kaveh", P)], 91: [("gilles", P)], 93: [("Kaveh", P)],
    94: [("RobertS.Barnes", P)], 95: [("Gilles", P)], 97: [("Raphael", P)],
    99: [("Gilles", P)], 102: [("Gilles", P)], 104: [("wookie919", P)], 105: [("Kaveh", P)],
    106: [("Gilles", P)], 107: [("SaeedAmiri", P), ("Gilles", P)], 110: [("Saeed", P)],
    122: [("Raphael", P)], 123: [("Patrick87", P)], 124: [("Gilles", P)], 126: [("D.W.", P)],
    129: [("WanderingLogic", P)], 133: [("Raphael", P)], 134: [("Patrick87", P)],
    136: [("RickDecker", P)], 137: [("DavidRicherby", P)], 139: [("Matisse", P)],
    140: [("Raphael", P)], 141: [("vzn", P)], 143: [("Gilles", P)], 145: [("Raphael", P)],
    146: [("Gilles", P)], 148: [("Greenonline", P)], 153: [("vzn", P)], 154: [("babou", P)],
    158: [("RanG", P)], 159: [("Raphael", P), ("CarlosLinaresLópez", P)],
    160: [("Raphael", P)], 162: [("Grace", P)], 167: [("Gilles", P)],
    168: [("YuvalFilmus", P)], 172: [("TomvanderZanden", P)], 176: [("Paweł", P)],
    179: [("Gilles", P)], 181: [("Paweł", P)], 182: [("Gilles", P)], 184: [("brandaemon", P)],
    185: [("EvilJS", P)], 190: [("Yuval", P)], 191: [("EJS", P)], 195: [("Paweł", P)],
    196: [("jnat", P)], 197: [("Evil", P)], 199: [("TomvanderZanden", P)],
    202: [("Raphael", P)], 204: [("vzn", P)], 205: [("Raphael", P)],
    208: [("theSongbird", P)], 209: [("D.W.", P)], 220: [("EmilioPisanty", P)],
    222: [("scaaahu", P)], 225: [("Raphael", P)], 226: [("Apass.Jack", P)],
    229: [("ice1000", P)], 232: [("ABD", P), ("Raphael", P)], 239: [("Raphael", P)],
    243: [("Discretelizard", P)], 245: [("Raphael", P)], 249: [("Raphael", P)],
}  # fmt: skip

_ROW = re.compile(
    r'<row Id="(\d+)" PostId="(\d+)"[^>]*? Text="([^"]*)"[^>]*?ContentLicense="([^"]*)"'
)
_URL = re.compile(r"\(?https?://\S+|\]\([^)]*\)")


def select(xml: str, n: int = 250, prefix: str = "csmeta") -> list[dict[str, object]]:
    """The ``n`` comments of a corpus, in file order (the rule in the module docstring).

    Comments of 15 to 350 characters (HTML entities decoded), every ``len // n``-th one, the
    first ``n``; ids are ``prefix-<comment id>``.
    """
    rows = [r for r in _ROW.findall(xml) if 15 <= len(html.unescape(r[2])) <= 350]
    step = len(rows) // n
    return [
        {"id": f"{prefix}-{r[0]}", "post": int(r[1]), "licence": r[3], "text": html.unescape(r[2])}
        for r in rows[::step][:n]
    ]


def spans(text: str, labels: list[tuple[str, str]]) -> list[dict[str, object]]:
    """Every whole-word occurrence of each labelled surface outside URLs."""
    urls = [m.span() for m in _URL.finditer(text)]
    out = []
    for surface, entity in labels:
        pattern = rf"(?<![\w.]){re.escape(surface)}(?!\w)"
        found = [m.span() for m in re.finditer(pattern, text)]
        found = [(s, e) for s, e in found if not any(a <= s < b for a, b in urls)]
        if not found:
            raise ValueError(f"label {surface!r} not found")
        out += [{"start": s, "end": e, "entity": entity} for s, e in found]
    return sorted(out, key=lambda d: d["start"])  # type: ignore[arg-type,return-value]


def build(raw: bytes) -> list[dict[str, object]]:
    """The labelled corpus; the part is ``dev`` for even positions, ``held_out`` for odd."""
    if hashlib.sha256(raw).hexdigest() != SOURCE_SHA256:
        raise ValueError("not the pinned Comments.xml")
    return labelled(select(raw.decode("utf-8")), LABELS)


def labelled(
    selected: list[dict[str, object]], labels: dict[int, list[tuple[str, str]]]
) -> list[dict[str, object]]:
    """The selected comments with their label spans: even positions ``dev``, odd ``held_out``."""
    for i, rec in enumerate(selected):
        rec["part"] = "dev" if i % 2 == 0 else "held_out"
        rec["spans"] = spans(str(rec["text"]), labels.get(i, []))
    return selected


def main() -> None:
    _jsonl.write(OUT, build(Path(sys.argv[1]).read_bytes()))  # checked before the file is touched


if __name__ == "__main__":
    main()

"""Build ``benchmarks/data/noisy_comments2.jsonl`` from the labels below (hand-written).

A second real noisy-text set, chosen for its places. Source: Stack Exchange comments of the
Beer, Wine & Spirits site (``Comments.xml`` of a Stack Exchange data dump, file
``data/Comments.xml``), as committed in the public repository ``michkam89/big-data-pw-project``
at commit ``71ba8229324d82c590ecff700b27b02f32203ff9`` (file SHA-256
``ff1419ed7f57b4804dfd43868619b9c571cf25bf41be79221f0a1dec1057cdd3``). Each comment carries its
own licence (``ContentLicense``: CC BY-SA 3.0 or 4.0). Selection, made before reading: the
comments of 15 to 350 characters (HTML entities decoded), every ``len // 300``-th one in file
order, the first 300 (the rule of ``_noisy_labels.select``). Labelling rules:
benchmarks/corpus/README.md ("Noisy user text, second set").

Run ``python -m benchmarks.corpus._noisy2_labels path/to/Comments.xml`` to rebuild the file.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from benchmarks.corpus import _jsonl
from benchmarks.corpus._noisy_labels import labelled, select

SOURCE_SHA256 = "ff1419ed7f57b4804dfd43868619b9c571cf25bf41be79221f0a1dec1057cdd3"
OUT = Path(__file__).resolve().parents[1] / "data" / "noisy_comments2.jsonl"
P, L = "PERSON", "LOCATION"

# Index in the selection -> (surface text, entity); every whole-word occurrence outside a
# URL is labelled. Written from reading the texts, before any detector ran on them.
LABELS: dict[int, list[tuple[str, str]]] = {
    2: [("Atlanta", L)], 3: [("Ebla", L), ("Syria", L)], 11: [("DanielHedberg", P)],
    15: [("remus", P)], 24: [("Fishtoaster", P)], 32: [("SantaC", P)],
    35: [("CryptcWriter", P)], 39: [("RyanKinal", P)], 41: [("BryanCain", P)],
    46: [("Lichtenstein", L), ("Norway", L), ("Iceland", L)], 47: [("US", L), ("Europe", L)],
    50: [("NZ", L)], 52: [("acheong87", P), ("US", L)], 57: [("Ireland", L), ("UK", L)],
    64: [("Xander", P)], 79: [("Hamburg", L)], 80: [("Papazian", P)],
    82: [("AndrewCheong", P)], 85: [("Japan", L)], 89: [("matt", P)],
    98: [("WayneInYak", P)], 105: [("Utah", L)], 106: [("US", L)],
    109: [("Scotland", L), ("UK", L)], 116: [("Frisbee", P)], 122: [("Ireland", L)],
    123: [("Paparazzi", P)], 124: [("USA", L)], 127: [("RoryAlsop", P)],
    128: [("JamieEltringham", P)], 134: [("UK", L)], 136: [("Super Query Lad", P)],
    138: [("Germany", L)], 143: [("Ontario", L), ("Gregory Mconway", P)],
    144: [("user6035379", P)], 148: [("asia", L), ("Japan", L)], 150: [("Matt", P)],
    155: [("Ken Graham", P)], 163: [("JackAidley", P)], 166: [("KenGraham", P)],
    172: [("Ken Graham", P)], 176: [("Orkney", L), ("central belt", L)],
    177: [("MonicaCellio", P)], 178: [("SteveS", P)], 181: [("Columella", P)],
    187: [("India", L), ("Canada", L)], 188: [("Ken Graham", P)], 196: [("EricShain", P)],
    197: [("USA", L)], 198: [("Rome", L)], 206: [("Ireland", L), ("USA", L), ("Japan", L)],
    207: [("Rod", P)], 208: [("Italy", L)], 212: [("farmersteve", P)],
    220: [("watermark", P)], 226: [("happybuddha", P)],
    234: [("farmersteve", P), ("South Africa", L)], 235: [("BenJones", P)],
    239: [("Ken", P)], 242: [("KenGraham", P)], 243: [("Berlin", L)],
    244: [("North America", L)], 245: [("Eric Shain", P)], 249: [("CanadianCoder", P)],
    252: [("USA", L), ("Europe", L)], 255: [("Minnesota", L)], 257: [("Vietnam", L)],
    263: [("Headblender", P)], 264: [("Ireland", L)], 270: [("EricShain", P)],
    271: [("KenGraham", P)], 275: [("Horotat", P)], 276: [("Italy", L)],
    277: [("IL", L), ("IN", L), ("KY", L), ("OH", L), ("WI", L), ("TN", L), ("MN", L)],
    280: [("EricShain", P)], 287: [("US", L), ("Vietnam", L), ("USA", L)],
    290: [("Belgium", L)], 291: [("wine2beer", P)], 293: [("MattAllegro", P)],
    295: [("RayButterworth", P)], 296: [("EricS", P)], 297: [("KenGraham", P)],
}  # fmt: skip


def build(raw: bytes) -> list[dict[str, object]]:
    """The labelled corpus; the part is ``dev`` for even positions, ``held_out`` for odd."""
    if hashlib.sha256(raw).hexdigest() != SOURCE_SHA256:
        raise ValueError("not the pinned Comments.xml")
    return labelled(select(raw.decode("utf-8"), 300, "beer"), LABELS)


def main() -> None:
    _jsonl.write(OUT, build(Path(sys.argv[1]).read_bytes()))  # checked before the file is touched


if __name__ == "__main__":
    main()

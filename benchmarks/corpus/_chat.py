"""Build ``benchmarks/data/chat_dev.jsonl`` and ``chat_holdout.jsonl`` (labels hand-written).

Real chat transcripts: IRC meeting logs of the Monero project's channels (community, dev,
research lab, Kovri, tini2p and others), as published in the public repository
``monero-project/monero-site`` at commit ``db1cb28c9cb588f5df79b2020a28827a102c4e64``
(``_posts/*logs-for-the-*.md``; repository licence BSD-3-Clause). Each log line is written
there as Markdown, ``**\\<nick>** message``; it is turned back into the IRC line
``<nick> message`` (Markdown backslash escapes undone, trailing spaces cut), nothing else.

Selection and split, fixed before reading: a meeting file is ``dev`` when the SHA-256 of its
path is even, ``held_out`` when odd; in each part, the lines whose message is 15 to 300
characters long, in path order, every ``len // 130``-th one, the first 130. Labelling rules:
benchmarks/corpus/README.md ("Chat transcripts").

Run ``python -m benchmarks.corpus._chat /work/.mirror/monero-project+monero-site/repo`` (a git
directory holding that commit) to rebuild both files.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from pathlib import Path

from benchmarks.corpus import _jsonl
from benchmarks.corpus._noisy_labels import spans

COMMIT = "db1cb28c9cb588f5df79b2020a28827a102c4e64"
DATA = Path(__file__).resolve().parents[1] / "data"
OUT = {"dev": DATA / "chat_dev.jsonl", "held_out": DATA / "chat_holdout.jsonl"}
LICENCE = "BSD-3-Clause (monero-project/monero-site)"
P, L = "PERSON", "LOCATION"
N = 130

_LINE = re.compile(r"^\*\*\\<(?P<nick>[^>]+)>\*\*\s*(?P<msg>.*?)\s*$")
_ESC = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~])")

# Record id -> (surface text, entity); every whole-word occurrence outside a URL is labelled.
# Written from reading the lines, before any detector ran on them.
# The speaker's nick is labelled PERSON by rule 1 unless it is one of BOTS (rule 2); LABELS
# holds the names and places inside the messages.
BOTS = {"monerobux", "_Slack", "tini2p_gitlab"}
LABELS: dict[str, list[tuple[str, str]]] = {
    # dev
    "2016-09-11-dev-meeting:269": [("dEBRUYNE", P), ("NoodleDoodle", P)],
    "2017-03-12-dev-meeting:105": [("hyc", P)],
    "2017-03-26-dev-meeting:219": [("rehrar", P)],
    "2017-06-11-kovri-dev-meeting:264": [("rehrar", P)],
    "2017-09-03-dev-meeting:60": [("Vtnerd", P)],
    "2017-09-16-community-meeting:65": [("Vegas", L)],
    "2017-11-11-community-meeting:60": [("serhack", P)],
    "2017-12-17-dev-meeting:97": [("suraeNoether", P)],
    "2018-01-12-hardware-firmware-meeting:131": [("luigi", P)],
    "2018-01-21-bulletproofs-meeting:342": [("rehrar", P)],
    "2018-01-21-bulletproofs-meeting:520": [("dEBUYNE", P)],
    "2018-03-26-monero-research-lab-meeting:88": [("sarang", P)],
    "2018-04-02-monero-research-lab-meeting:116": [("sgp_", P)],
    "2018-04-28-community-meeting:68": [("erciccione", P)],
    "2018-04-28-community-meeting:265": [("midipoet", P)],
    "2018-05-26-community-meeting:248": [("erciccione_", P)],
    "2018-06-11-monero-research-lab-meeting:29": [("rehrar", P)],
    "2018-07-07-community-meeting:295": [("sgp_", P)],
    "2018-08-20-monero-research-lab-meeting:59": [("sarang", P)],
    "2018-10-29-monero-research-lab-meeting:113": [("lurkinandlearnin", P)],
    "2019-01-05-community-meeting:46": [("pablonero", P)],
    "2019-03-16-community-meeting:299": [("msvb-mob", P)],
    "2019-03-24-dev-meeting:160": [("fluffypony", P)],
    "2019-03-24-dev-meeting:357": [("ErCiccione", P)],
    "2019-03-24-dev-meeting:958": [("ferretinjapan", P)],
    "2019-04-22-monero-research-lab-meeting:146": [("sgp", P)],
    "2019-04-27-community-meeting:178": [("dsc_", P)],
    "2019-06-16-dev-meeting:51": [("hyc", P)],
    "2019-07-01-monero-research-lab-meeting:61": [("isthmus", P)],
    "2019-09-08-dev-meeting:55": [("dEBRUYNE", P)],
    "2019-09-09-monero-research-lab-meeting:110": [("sarang", P)],
    "2019-10-12-community-meeting:58": [("sgp_", P)],
    # held_out
    "2016-01-31-dev-meeting:245": [("moneromooo", P)],
    "2016-05-22-dev-meeting:61": [("moneromooo", P)],
    "2016-08-28-kovri-dev-meeting:81": [("anonimal", P)],
    "2016-11-13-dev-meeting:241": [("tfi_charmers", P)],
    "2017-06-11-dev-meeting:153": [("moneromooo", P)],
    "2017-06-18-community-meeting:583": [("serhack", P)],
    "2017-07-02-community-meeting:197": [("pigeons", P)],
    "2017-08-20-dev-meeting:74": [("fluffypony", P)],
    "2017-09-02-community-meeting:162": [("rehar", P)],
    "2017-09-24-kovri-dev-meeting:55": [("rehrar", P)],
    "2017-09-30-community-meeting:283": [("ErCiccione", P)],
    "2018-01-05-hardware-meeting:130": [("luigi1111", P), ("luigi1111w", P)],
    "2018-01-14-dev-meeting:120": [("hyc", P), ("fluffypony", P)],
    "2018-03-05-monero-research-lab-meeting:75": [("andytoshi", P)],
    "2018-04-14-community-meeting:73": [("rehrar", P)],
    "2018-04-30-monero-research-lab-meeting:17": [("Sarang", P), ("London", L)],
    "2018-05-21-monero-research-lab-meeting:233": [("UkoeHB", P)],
    "2018-06-04-monero-research-lab-meeting:212": [("UkoeHB", P)],
    "2018-06-23-community-meeting:270": [("oneiric_", P)],
    "2018-09-01-community-meeting:29": [("anhdres", P)],
    "2018-09-01-community-meeting:244": [("binaryFate", P)],
    "2018-09-24-monero-research-lab-meeting:92": [("Kyiv", L)],
    "2018-10-08-monero-research-lab-meeting:365": [("rehrar", P)],
    "2018-10-27-community-meeting:150": [("vp11", P)],
    "2018-12-08-community-meeting:48": [("sgp_", P)],
    "2019-04-13-community-meeting:52": [("knueffelbund", P)],
    "2019-04-29-monero-research-lab-meeting:93": [("Sarang", P)],
    "2019-05-25-community-meeting:78": [("needmoney90", P)],
    "2019-06-10-monero-research-lab-meeting:63": [("suraeNoether", P)],
    "2019-08-25-dev-meeting:23": [
        ("luigi1111", P), ("sarang", P), ("fluffypony", P), ("moneromooo", P), ("vtnerd", P),
        ("suraeNoether___", P), ("hyc", P), ("jtgrassie", P), ("selsta", P), ("xiphon", P),
    ],
}  # fmt: skip


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "--git-dir", str(repo), *args], check=True, capture_output=True, text=True
    ).stdout


def select(repo: Path) -> list[dict[str, object]]:
    """The selected lines of both parts (the rule in the module docstring), unlabelled."""
    paths = sorted(
        p
        for p in _git(repo, "ls-tree", "-r", "--name-only", COMMIT, "_posts").splitlines()
        if "logs-for-the-" in p.lower()
    )
    lines: dict[str, list[dict[str, object]]] = {"dev": [], "held_out": []}
    for path in paths:
        digest = int(hashlib.sha256(path.encode()).hexdigest(), 16)
        part = "dev" if digest % 2 == 0 else "held_out"
        meeting = Path(path).stem
        kind = re.search(r"logs-for-the-(.+?)-held-on", meeting, flags=re.IGNORECASE)
        name = f"{meeting[:10]}-{kind[1].lower() if kind else 'meeting'}"
        for no, raw in enumerate(_git(repo, "show", f"{COMMIT}:{path}").splitlines(), 1):
            m = _LINE.match(raw)
            if m is None:
                continue
            nick, msg = _ESC.sub(r"\1", m["nick"]), _ESC.sub(r"\1", m["msg"])
            if 15 <= len(msg) <= 300:
                rec = {"id": f"{name}:{no}", "source": path}
                lines[part].append({**rec, "licence": LICENCE, "text": f"<{nick}> {msg}"})
    out = []
    for part, found in lines.items():
        step = len(found) // N
        out += [{**rec, "part": part} for rec in found[::step][:N]]
    return out


def build(repo: Path) -> list[dict[str, object]]:
    """The labelled corpus, both parts."""
    records = select(repo)
    for rec in records:
        nick = str(rec["text"])[1:].split(">", 1)[0].removesuffix("[m]")
        speaker = [] if nick in BOTS else [(nick, P)]
        found = LABELS.get(str(rec["id"]), [])
        rec["spans"] = spans(str(rec["text"]), [*speaker, *(x for x in found if x != (nick, P))])
    return records


def main() -> None:
    records = build(Path(sys.argv[1]))
    for part, out in OUT.items():
        _jsonl.write(out, [r for r in records if r["part"] == part])


if __name__ == "__main__":
    main()

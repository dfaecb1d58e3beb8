"""Build the ninth real-text set: crawler agents seen in the wild, and a research crawl's WARCs.

The eighth set's agents were ua-parser's test strings; its held-out misses were bot and SDK
agents. This set takes the agents that ``monperrus/crawler-user-agents`` lists as seen in real
server logs (each entry's ``instances``: crawlers, feed readers, link checkers, SDKs and HTTP
libraries) as ``User-Agent`` header lines, split by the entry's pattern; and it takes the
request and response headers of the WARC samples that AllenAI's ``dolma`` ships as test data
(a crawl of research and personal sites, with the sites' own cookies), split by site with the
sixth set's hash (sources, selection and labelling rules: ``benchmarks/corpus/README.md``,
section "Ninth real-text set"). Both files were committed, labelled, before privkit or
Presidio ran on them; the held-out part is measured once.

Run with the local git directories of the repositories (only ``git show`` is used)::

    python -m benchmarks.corpus._http9 --git monperrus/crawler-user-agents=GIT_DIR \
        --git allenai/dolma=GIT_DIR
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.corpus import _http4, _http5, _http6, _http7, _http8, _jsonl
from benchmarks.corpus._git import git_arguments, git_show
from benchmarks.corpus._http4 import ID, NO

if TYPE_CHECKING:
    import re

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
HOLD_OUT = DATA / "http9_holdout.jsonl"
DEV_OUT = DATA / "http9_dev.jsonl"
#: Earlier development sets (their sites are left out; a record repeating one of their cookie
#: values of 8 characters or more is dropped). No held-out file is read.
EARLIER = (*_http8.EARLIER, DATA / "http8_dev.jsonl")

UA_REPO = "monperrus/crawler-user-agents"
UA_COMMIT = "7c7f9f254f16fcbc7d0fcb60d0a188897c00b050"
UA_LICENCE = "MIT"
UA_PATH = "crawler-user-agents.json"
WARC_REPO = "allenai/dolma"
WARC_COMMIT = "669f534823b08d266a8fff01f8a1c916a5a56576"
WARC_LICENCE = "Apache-2.0"
WARC_PATHS = r"^tests/data/warc/[^/]*\.warc\.gz$"


def ua_held_out(pattern: str) -> bool:
    """The agents' split, fixed before any string was read: by the SHA-256 of the entry's
    pattern, 12 of 16 held out (the eighth set's proportion)."""
    return hashlib.sha256(pattern.encode("utf-8")).hexdigest()[0] not in "cdef"


def extract_agents(git: Path) -> tuple[dict[str, list[str]], dict[str, int]]:
    """Distinct agents per part, in file order, and the drop counts.

    An agent found anywhere in the text of an earlier development file (every ``*dev*.jsonl``
    and ``real_logs.jsonl``) is dropped; so is one of several lines or an empty one.
    """
    dev_text = "\n".join(
        json.loads(line)["text"]
        for f in [*sorted(DATA.glob("*dev*.jsonl")), DATA / "real_logs.jsonl"]
        if f != DEV_OUT
        for line in f.read_text(encoding="utf-8").splitlines()
    )
    parts: dict[str, list[str]] = {"dev": [], "holdout": []}
    counts = {"agents": 0, "dev_value": 0, "repeated": 0}
    seen: set[str] = set()
    for entry in json.loads(git_show(git, UA_COMMIT, UA_PATH)):
        for raw in entry.get("instances", []):
            agent = raw.strip()  # header whitespace is not the value
            counts["agents"] += 1
            if not agent or "\n" in agent or agent in seen:
                counts["repeated"] += 1
                continue
            seen.add(agent)
            if agent in dev_text:
                counts["dev_value"] += 1
                continue
            parts["holdout" if ua_held_out(entry["pattern"]) else "dev"].append(agent)
    return parts, counts


def extract_warc(git: Path) -> dict[str, list[tuple[str, str, str, str]]]:
    """The WARC records per part, by the seventh set's capture-and-site rule."""
    sources = {WARC_REPO: (WARC_COMMIT, WARC_LICENCE, WARC_PATHS)}
    return _http7.extract({WARC_REPO: git}, sources=sources, earlier=EARLIER)


# --------------------------------------------------------------------------- reviewed tables

#: Cookie names first seen in this set -> decision (same scheme as ``_http4.COOKIES``).
NEW_COOKIES: dict[str, str | re.Pattern[str]] = {
    # a browser id set on first visit (base64 of 16 random bytes; rule 1)
    "tid": ID,
    # not identifiers: a Shibboleth location hint, a load-balancer member, a BIG-IP pool
    # member (rule 4: routing cookies that name a backend)
    "SHIBLOCATION": NO, "BALANCEID": NO, "BIGipServer~SCS~cs-userdir-pool-443": NO,
}  # fmt: skip
COOKIES: dict[str, str | re.Pattern[str]] = {**_http8.COOKIES, **NEW_COOKIES}


def _label(text: str, system: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    return _http5._label(text, system, COOKIES, _http6.QUERY, _http6.HEADERS)


def _agent_row(rid: str, agent: str) -> dict[str, object]:
    text = f"User-Agent: {agent}"
    return {
        "id": rid, "kind": "log", "source": "ua_header", "text": text,
        "spans": [{"start": len("User-Agent: "), "end": len(text), "entity": "USER_AGENT"}],
        "ignored": [], "repo": UA_REPO, "path": UA_PATH,
    }  # fmt: skip


def main(argv: list[str]) -> None:
    gits, names_only = git_arguments(argv, __doc__ or "", (UA_REPO, WARC_REPO))
    warc = extract_warc(gits[WARC_REPO])
    if names_only:
        names = {n for p in warc.values() for *_, t in p for n, _s, _e in _http4.cookie_pairs(t)}
        print("\n".join(sorted(n for n in names if n not in COOKIES)))
        return
    agents, ua_counts = extract_agents(gits[UA_REPO])
    built = _http4.rows(warc, "h9", _label)
    for part, path in (("holdout", HOLD_OUT), ("dev", DEV_OUT)):
        part_rows = built[part]
        part_rows += [_agent_row(f"h9{part[0]}-ua-{i:04d}", a) for i, a in enumerate(agents[part])]
        _jsonl.write(path, part_rows)
        n = sum(len(r["spans"]) for r in part_rows)  # type: ignore[arg-type]
        print(f"{path.name}: {len(part_rows)} records, {n} spans")
    print(f"warc records: { {k: len(v) for k, v in warc.items()} }; agents {ua_counts}")


if __name__ == "__main__":
    main(sys.argv[1:])

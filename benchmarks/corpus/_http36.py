"""Build the thirty-sixth real-text HTTP set: response headers of many web sites as the students
of two earlier web-security courses recorded them (issue 10, helper H176).

Cookie-id precision is the weakest figure on the HTTP sets' held-out parts (brief of helper
H176). This set takes the raw response headers (``curl -i``/``-I`` output and scripts' dumps,
one file per site) that the students of Old Dominion University's CS 495/595 (Web Security)
courses of spring 2021 and spring 2022 committed to the courses' MIT-licensed repositories
(``phonedude/cs595-s21``, ``phonedude/cs595-s22``; no earlier section or builder names them):
about a hundred sites per student, each with its session, consent, preference, load-balancer,
bot-manager and tracking cookies in ``Set-Cookie`` headers. The twenty-sixth set read the 2023
and 2024 courses' dumps the same way; these are other years, other students, other values.

Split by **site** (:func:`held_out`, fixed at 14:06 UTC 2026-12-07, before any source was
chosen or any record read): a record's site is the registrable domain (the sixth set's
:func:`benchmarks.corpus._http6.site_of`) of the host its file is named for
(:func:`benchmarks.corpus._http26.file_site`), and a site whose name's SHA-256 opens with 0 to
4 is held out (the sixth to eighth, twenty-sixth, thirty-fourth and thirty-fifth sets' rule,
so a site is on the same side in every set split by site). A development record that repeats a
held-out record's cookie value (8 characters or more) is dropped. Sources, selection and
labelling rules: ``benchmarks/corpus/README.md``, section "Thirty-sixth HTTP set". Both files
are committed, labelled, before privkit or Presidio runs on them; the held-out part is measured
once.

Run with the local git directories of the repositories (only ``git`` reads are used)::

    python -m benchmarks.corpus._http36 --git phonedude/cs595-s21=GIT_DIR ... [--names]
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.corpus import _http4, _http6, _http11, _http12, _http26, _http33, _http35
from benchmarks.corpus._http4 import ID, IGN, LOC, NO

if TYPE_CHECKING:
    from benchmarks.corpus._http4 import Records

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
#: Earlier development sets: a record repeating one of their cookie values of 8 characters or
#: more is dropped. Their sites are kept (the dumps are new), as in the twenty-ninth to
#: thirty-fifth sets. No held-out file is read.
EARLIER = tuple(p for p in (*_http35.EARLIER, DATA / "http35_dev.jsonl") if p.exists())


def held_out(site: str) -> bool:
    """The split, fixed before any source was chosen (14:06 UTC 2026-12-07): a site whose
    name's SHA-256 opens with 0 to 4 is held out (the sixth set's rule)."""
    return _http6.held_out(site)


#: repository -> (commit, licence, files: a regex on the path). Every version of the matching
#: files in the commit's history is read (oldest commit first, each file version once); code,
#: pages, pictures and tables are left out by their extension (the twenty-sixth set's
#: ``_NOT_A_DUMP``). The split is by site, so each repository gives to both parts.
SOURCES: dict[str, tuple[str, str, str]] = {
    "phonedude/cs595-s21": (
        "4ae11887b9f869a914bcff83fbfebf7399374b47", "MIT", r"^assignments/[^/]+/[34]/"),
    "phonedude/cs595-s22": (
        "2d594005c865e2985aa990f96330998c3859ecba", "MIT", r"^assignments/[^/]+/[34]/"),
}  # fmt: skip

#: At most this many records per site in the whole set (the sixth set's cap): the students
#: fetched overlapping lists, and one site's many copies would weigh as much as many sites.
PER_SITE = 12


def parts(gits: dict[str, Path]) -> tuple[dict[str, Records], dict[str, int]]:
    """Both parts: every response block of every header dump (the twenty-sixth set's
    ``dump_blocks``) under its file's site, each block once, at most :data:`PER_SITE` records
    per site, each record to its site's part (:func:`held_out`); test hosts and files with no
    site are skipped; a record repeating an earlier development cookie value (8 characters or
    more) is dropped, and a development record repeating a held-out one's."""
    _sites, earlier_values = _http6._earlier(EARLIER)
    out: dict[str, Records] = {"dev": [], "holdout": []}
    counts = {"messages": 0, "no_site": 0, "repeated": 0, "earlier_value": 0, "site_cap": 0,
              "unreadable": 0}  # fmt: skip
    kept: dict[str, int] = {}
    seen: set[str] = set()
    for repo, (commit, _lic, rx) in SOURCES.items():
        git = gits[repo]
        for path, blob in _http11.history_files(git, commit, rx):
            if _http26._NOT_A_DUMP.search(path):
                continue
            try:
                raw = _http11._git(git, "cat-file", "-p", blob)
            except (subprocess.CalledProcessError, UnicodeDecodeError):
                counts["unreadable"] += 1
                continue
            site = _http26.file_site(path)
            for block in _http26.dump_blocks(raw):
                counts["messages"] += 1
                if not site or _http6._TEST_HOST.match(site):
                    counts["no_site"] += 1
                    continue
                if block in seen:
                    counts["repeated"] += 1
                    continue
                if _http12._values(block) & earlier_values:
                    counts["earlier_value"] += 1
                    continue
                if kept.get(site, 0) >= PER_SITE:
                    counts["site_cap"] += 1
                    continue
                seen.add(block)
                kept[site] = kept.get(site, 0) + 1
                part = "holdout" if held_out(site) else "dev"
                out[part].append((repo, path, "curl_response", block))
    _http12.drop_held_out_values(out, counts)
    counts["sites"] = len(kept)
    counts["held_out_sites"] = sum(held_out(s) for s in kept)
    return out, counts


# --------------------------------------------------------------------------- reviewed tables

#: Cookie names first seen in this set -> decision (same scheme as ``_http4.COOKIES``),
#: reviewed once before any detector ran (development names on their samples, held-out names
#: from the name only, as the builder's ``--names`` lists them with counts).
NEW_COOKIES: dict[str, str | re.Pattern[str]] = {}
COOKIES: dict[str, str | re.Pattern[str]] = {**_http35.COOKIES, **NEW_COOKIES}


def _label(text: str, system: str) -> _http4.Labels:
    """The thirty-fifth set's rules with the cookie table extended by :data:`NEW_COOKIES`."""
    return _http33._label(text, system, cookies=COOKIES)


SET = _http12.HttpSet(
    number=36,
    sources=SOURCES,
    label=_label,
    review=_http12.cookie_review(COOKIES),
    is_held_out=held_out,
    parts=parts,
)


if __name__ == "__main__":
    _http12.main(SET, __doc__, sys.argv[1:])

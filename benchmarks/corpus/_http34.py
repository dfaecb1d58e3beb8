"""Build the thirty-fourth real-text HTTP set: browser captures with many sites' cookies.

Issue 10's cookie-id precision on the older HTTP sets' held-out parts stays below the target
while their recall holds (brief of helper H166). This set takes recorded browser traffic (HAR
files, browser-capture, scraper or crawler fixtures, privacy-measurement tools' captures)
from a public repository no earlier section or builder names, to find the classes of false
cookie ids that remain (consent, preference, load-balancer, CSRF, timestamp and A/B-test
cookies).

Split by **site** (:func:`held_out`, fixed at 08:55 UTC 2026-12-07, before any source was
chosen or any record read): a message's site is the registrable domain of its URL (the sixth
set's :func:`benchmarks.corpus._http6.site_of`), and a site whose name's SHA-256 opens with 0
to 4 is held out (the sixth, seventh and eighth sets' rule, so a site is on the same side in
every set split by site). A development record that repeats a held-out record's cookie value
(8 characters or more) is dropped, as one page load's partners echo the same ids. Sources,
selection and labelling rules: ``benchmarks/corpus/README.md``, section "Thirty-fourth HTTP
set". Both files are committed, labelled, before privkit or Presidio runs on them; the
held-out part is measured once.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.corpus import _http4, _http6, _http10, _http11, _http12, _http33
from benchmarks.corpus._http4 import ID, IGN, NO

if TYPE_CHECKING:
    from benchmarks.corpus._http4 import Records

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
#: Earlier development sets: a record repeating one of their cookie values of 8 characters or
#: more is dropped. Their sites are kept (the captures are new), as in the twenty-ninth to
#: thirty-third sets. No held-out file is read.
EARLIER = tuple(p for p in (*_http33.EARLIER, DATA / "http33_dev.jsonl") if p.exists())


def held_out(site: str) -> bool:
    """The split, fixed before any source was chosen (08:55 UTC 2026-12-07): a site whose
    name's SHA-256 opens with 0 to 4 is held out (the sixth set's rule)."""
    return _http6.held_out(site)


#: repository -> (commit, licence, files: a regex on the path). Every version of the matching
#: files in the commit's history is read (oldest commit first, each file version once). Both
#: repositories give to both parts: the split is by site.
SOURCES: dict[str, tuple[str, str, str]] = {
    # Lookyloo's HAR-to-tree library: its test captures (news sites, a CERT's site, a
    # hundred-odd captures of one news site with its partners)
    "Lookyloo/har2tree": (
        "ecab3c33f9c4fdae0468685a0cd2f14b52a1d96f", "BSD-3-Clause", r"^tests/data/.*\.har$"),
    # Lookyloo's capture samples (redirects, cookies, referers, mobile and desktop agents)
    "Lookyloo/capture_samples": (
        "c1cad3673d8dc6f12e01fa8e488fdb5e6aff8931", "MIT", r"^.*\.har$"),
}  # fmt: skip

#: At most this many records per site in the whole set (the sixth set's cap).
PER_SITE = 12


# --------------------------------------------------------------------------- reading


def read(raw: str) -> list[tuple[str, str, str]]:
    """A HAR capture's messages as (kind, block, URL), bodies dropped (the sixth set's reader)."""
    return _http6._har(raw.lstrip("\ufeff"))


def parts(gits: dict[str, Path]) -> tuple[dict[str, Records], dict[str, int]]:
    """Both parts: every capture's messages grouped by site, each record to its site's part
    (:func:`held_out`), the sixth set's pick per capture and site, at most :data:`PER_SITE`
    records per site; test hosts are skipped; a record repeating an earlier development cookie
    value (8 characters or more) is dropped, and a development record repeating a held-out
    one's."""
    _sites, earlier_values = _http6._earlier(EARLIER)
    out: dict[str, Records] = {"dev": [], "holdout": []}
    counts = {"messages": 0, "earlier_value": 0, "site_cap": 0, "unreadable": 0}
    kept: dict[str, int] = {}
    seen: set[str] = set()
    for repo, (commit, _lic, rx) in SOURCES.items():
        git = gits[repo]
        for path, blob in _http11.history_files(git, commit, rx):
            try:
                msgs = read(_http11._git(git, "cat-file", "-p", blob))
            except (subprocess.CalledProcessError, ValueError, KeyError, IndexError, TypeError):
                counts["unreadable"] += 1
                continue
            by_site: dict[str, list[tuple[str, str]]] = {}
            for kind, block, url in msgs:
                counts["messages"] += 1
                site = _http6.site_of(url) if url.startswith("http") else ""
                if site and not _http6._TEST_HOST.match(site):
                    by_site.setdefault(site, []).append((kind, block))
            for site, site_msgs in by_site.items():  # sites in first-seen order
                for kind, block in _http10._pick(site_msgs):
                    if block in seen:
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
                    out[part].append((repo, path, f"har_{kind}", block))
    _http12.drop_held_out_values(out, counts)
    counts["sites"] = len(kept)
    counts["held_out_sites"] = sum(held_out(s) for s in kept)
    return out, counts


# --------------------------------------------------------------------------- reviewed tables

#: Cookie names first seen in this set -> decision (same scheme as ``_http4.COOKIES``),
#: reviewed once before any detector ran (development names on their samples, held-out names
#: from the name only, as the builder's ``--names`` lists them with counts).
NEW_COOKIES: dict[str, str | re.Pattern[str]] = {}
COOKIES: dict[str, str | re.Pattern[str]] = {**_http33.COOKIES, **NEW_COOKIES}


def _label(text: str, system: str) -> _http4.Labels:
    """The thirty-third set's rules with the cookie table extended by :data:`NEW_COOKIES`."""
    return _http33._label(text, system, cookies=COOKIES)


SET = _http12.HttpSet(
    number=34,
    sources=SOURCES,
    label=_label,
    review=_http12.cookie_review(COOKIES),
    is_held_out=held_out,
    read=read,
    parts=parts,
)


if __name__ == "__main__":
    _http12.main(SET, __doc__, sys.argv[1:])

"""Build the seventh real-text set: recorded HTTP traffic, split by page load *and* by site.

The sixth set split by site, but most of its records came from a few page loads whose ad and
cookie-sync partners echo the same browser ids to one another, so 17 of its held-out part's 51
cookie values were also in its development part. This set keeps every page load (a capture
file) wholly in one part, keeps a record only when its own site belongs to that part too, and
drops from the held-out part every record that repeats a cookie value of the development part
or of an earlier development set (sources, licences, selection and labelling rules:
``benchmarks/corpus/README.md``, section "Seventh real-text set"). It reuses the sixth set's
readers (HAR, WARC), site rule and labeller, with the reviewed per-name tables extended by the
names first seen here (:data:`NEW_COOKIES`). Both files were committed, labelled, before privkit
was run on either; the held-out part is measured once, at the end.

Run with the local git directories of the repositories (only ``git show`` is used)::

    python -m benchmarks.corpus._http7 --git OWNER/NAME=GIT_DIR ... [--names]
"""

from __future__ import annotations

import re
import subprocess
import sys
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.corpus import _http4, _http5, _http6
from benchmarks.corpus._git import git_files
from benchmarks.corpus._http4 import ID, NO

if TYPE_CHECKING:
    from collections.abc import Mapping

ROOT = Path(__file__).resolve().parents[2]
DEV_OUT = ROOT / "benchmarks" / "data" / "http7_dev.jsonl"
HOLD_OUT = ROOT / "benchmarks" / "data" / "http7_holdout.jsonl"
#: Earlier development sets (their sites are left out; a record repeating one of their cookie
#: values of 8 characters or more is dropped). No held-out file is read.
EARLIER = (*_http6.EARLIER, ROOT / "benchmarks" / "data" / "http6_dev.jsonl")

#: repository -> (commit, licence, files: a regex on the path)
SOURCES: dict[str, tuple[str, str, str]] = {
    "openzim/warc2zim": (
        "0b03323fc252488bdb967a73a56e785556b4e08b", "GPL-3.0", r"^tests/data/[^/]*\.warc(?:\.gz)?$"),
    "Netflix/pollyjs": (
        "d031861625f58423169b396e5afc8a0110d1b232", "Apache-2.0", r"recording\.har$"),
    "iipc/jwarc": (
        "9b5df862d35ff72ba965190941923b86b27ea6b5", "Apache-2.0",
        r"^test-resources/.*\.warc(?:\.gz)?$"),
    "webrecorder/pywb": (
        "2c706d1eeeaf66f3a1f1a2c6ff5b0a50d59d817d", "GPL-3.0",
        r"^sample_archive/warcs/[^/]*\.warc(?:\.gz)?$"),
}  # fmt: skip

#: WARC 1.1 records (Browsertrix) are read as 1.0 ones, as the sixth set reads 0.17/0.18.
_WARC11 = re.compile(r"(?m)^WARC/1\.1(?=\r?$)")
#: At most this many records per site in the whole set (first in source order).
PER_SITE = 12


def _values(block: str) -> set[str]:
    return {block[s:e] for _n, s, e in _http4.cookie_pairs(block) if e - s >= 8}


def extract(
    gits: dict[str, Path],
    *,
    sources: Mapping[str, tuple[str, str, str]] = SOURCES,
    earlier: tuple[Path, ...] = EARLIER,
) -> dict[str, list[tuple[str, str, str, str]]]:
    """Every selected record per part: (repo, path, system, text), in a fixed order.

    A capture (one file: a page load or a recorded test) goes to the part of its first
    site; of its records, only those whose own site belongs to the same part are kept.
    ``sources`` and ``earlier`` are this set's (the ninth set passes its own).
    """
    earlier_sites, earlier_values = _http6._earlier(earlier)
    parts: dict[str, list[tuple[str, str, str, str]]] = {"dev": [], "holdout": []}
    per_site: dict[str, int] = {}
    seen: set[str] = set()
    for repo, (commit, _lic, rx) in sources.items():
        git = gits[repo]
        for path in [f for f in git_files(git, commit) if re.search(rx, f)]:
            try:
                raw = _http6._blob(git, commit, path)
                if ".warc" in path:
                    text = _WARC11.sub("WARC/1.0", raw.decode("utf-8", "replace"))
                    msgs, system = _http6._warc(text), "warc"
                else:
                    text = raw.decode("utf-8", "replace").lstrip("\ufeff")
                    msgs, system = _http6._har(text), "har"
            except (subprocess.CalledProcessError, ValueError, KeyError, IndexError, zlib.error):
                continue  # absent from the snapshot, or not a readable capture
            by_site: dict[str, list[tuple[str, str]]] = {}
            for kind, block, url in msgs:
                site = _http6.site_of(url) if url.startswith("http") else ""
                if not site or _http6._TEST_HOST.match(site):
                    continue
                by_site.setdefault(site, []).append((kind, block))
            if not by_site:
                continue
            part = "holdout" if _http6.held_out(next(iter(by_site))) else "dev"
            for site, site_msgs in by_site.items():  # sites in first-seen order
                if site in earlier_sites or ("holdout" if _http6.held_out(site) else "dev") != part:
                    continue
                picked = _http5._pick(site_msgs)  # WARC records too: cookie-bearing first
                for kind, block in picked:
                    if per_site.get(site, 0) >= PER_SITE or block in seen:
                        continue
                    if _values(block) & earlier_values:
                        continue
                    seen.add(block)
                    per_site[site] = per_site.get(site, 0) + 1
                    sysname = system if system == "warc" else f"{system}_{kind}"
                    parts[part].append((repo, path, sysname, block))
    # no cookie value in both parts: a held-out record repeating a development value is dropped
    dev_values = set().union(*(_values(t) for *_, t in parts["dev"]))
    parts["holdout"] = [r for r in parts["holdout"] if not _values(r[3]) & dev_values]
    return parts


# --------------------------------------------------------------------------- reviewed tables

#: Cookie names first seen in this set -> decision (same scheme as ``_http4.COOKIES``).
NEW_COOKIES: dict[str, str | re.Pattern[str]] = {
    # visitor and session ids (rule 16): Matomo's visitor id (as the fifth set's ``_pk_id``),
    # a LearnPress guest id, a Crisp chat session
    "_pk_id.121.6c29": ID, "_pk_id.5.e203": ID, "wordpress_lp_guest": ID,
    "crisp-client%2Fsession%2F3688d516-e09f-4b8d-a4f6-dc163392dd11": ID,
    # a LearnPress/WooCommerce-style session record ``<session id>||<expiry>||<hash>``: the id
    # field only (the hash signs it, as Google's ``S=``)
    "wp_learn_press_session_ea5fb8495d529f00b17f76cb4c00c975": re.compile(r"^([0-9a-f]{16,})%7C"),
    # a Set-Cookie whose HAR value is a list (Polly's recordings) is read as the list's text,
    # so its first pair's name carries the list's opening: the same Cloudflare cookie
    "['__cfduid": ID,
    # Matomo's session flag
    "_pk_ses.121.6c29": NO, "_pk_ses.5.e203": NO,
}  # fmt: skip
COOKIES: dict[str, str | re.Pattern[str]] = {**_http6.COOKIES, **NEW_COOKIES}


def _label(text: str, system: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    return _http5._label(text, system, COOKIES, _http6.QUERY, _http6.HEADERS)


def build(gits: dict[str, Path]) -> _http4.Rows:
    return _http4.rows(extract(gits), "h7", _label)


def main(argv: list[str]) -> None:
    _http4.cli(
        argv,
        doc=__doc__ or "",
        sources=SOURCES,
        extract=extract,
        build=build,
        outputs=(DEV_OUT, HOLD_OUT),
    )


if __name__ == "__main__":
    main(sys.argv[1:])

"""Build the thirty-seventh real-text HTTP set: browsing captures in two packet tools' tests
(issue 10, helper H186).

Cookie ids and user agents are the figures the HTTP sets measure (brief of helper H186). The
HAR files, cassettes, header dumps and captures of the usual repositories are used by earlier
sets or were checked by them (``benchmarks/corpus/README.md``). This set takes browsing
traffic that two packet tools keep as test inputs, from repositories no earlier section or
builder names:

* ``andrewf/pcap2har`` (BSD-3-Clause): a converter of packet captures to HAR, whose tests
  hold the HAR files it made of its authors' captured page loads (a news site's front page with
  its ad and analytics partners, GitHub, a packet-capture sharing site, a blog and others):
  browsers' ``Cookie`` headers, ``Set-Cookie`` headers and user agents, as the browser sent
  and received them in plain HTTP;
* ``simsong/tcpflow`` (GPL-3.0): a TCP flow reassembler, whose test captures are its
  authors' page loads and downloads (the sixth set's pcap reader of the twenty-second set,
  :func:`benchmarks.corpus._http22.pcap_msgs`, reads their HTTP/1 headers).

Split by **site** (:func:`held_out`, fixed at 17:06 UTC 2026-12-07, before any record was
read; only counts of files, messages, headers and sites were taken to choose the sources): a
message's site is the registrable domain of its URL (the sixth set's
:func:`benchmarks.corpus._http6.site_of`), and a site whose name's SHA-256 opens with 0 to 4
is held out (the sixth to eighth, twenty-sixth and thirty-fourth to thirty-sixth sets' rule,
so a site is on the same side in every set split by site). A development record that repeats
a held-out record's cookie value (8 characters or more) is dropped. Sources, selection and
labelling rules: ``benchmarks/corpus/README.md``, section "Thirty-seventh HTTP set". Both
files are committed, labelled, before privkit or Presidio runs on them; the held-out part is
measured once.

Run with the local git directories of the repositories (only ``git`` reads are used)::

    python -m benchmarks.corpus._http37 --git andrewf/pcap2har=GIT_DIR ... [--names]
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.corpus import _http6, _http11, _http12, _http22, _http33, _http35, _http36
from benchmarks.corpus._http4 import ID, IGN, NO

if TYPE_CHECKING:
    import re
    from collections.abc import Callable

    from benchmarks.corpus import _http4
    from benchmarks.corpus._http4 import Records

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
#: Earlier development sets: a record repeating one of their cookie values of 8 characters or
#: more is dropped. Their sites are kept (the captures are new), as in the twenty-ninth to
#: thirty-sixth sets. No held-out file is read.
EARLIER = tuple(p for p in (*_http36.EARLIER, DATA / "http36_dev.jsonl") if p.exists())


def held_out(site: str) -> bool:
    """The split, fixed before any record was read (17:06 UTC 2026-12-07): a site whose name's
    SHA-256 opens with 0 to 4 is held out (the sixth set's rule)."""
    return _http6.held_out(site)


#: repository -> (commit, licence, files: a regex on the path). Every version of the matching
#: files in the commit's history is read (oldest commit first, each file version once). The
#: split is by site, so a repository may give to both parts. pcap2har's own captures are not
#: read: its HAR files are the same page loads as it converted them.
SOURCES: dict[str, tuple[str, str, str]] = {
    "andrewf/pcap2har": (
        "b13c49ee91c4c4933f18c8fe38d5bffe6c82fd4e", "BSD-3-Clause (LICENSE)", r"^tests/[^/]+\.har$"),
    "simsong/tcpflow": (
        "8d47b53a54da58e9c9b78efed8b379d98c6113e4", "GPL-3.0 (COPYING)",
        r"^tests/(?:[^/]+/)*[^/]+\.pcap$"),
}  # fmt: skip

#: At most this many records per site in the whole set (the twenty-second set's cap): a page
#: load repeats one site's cookies on every request.
PER_SITE = 24


# --------------------------------------------------------------------------- reading


def _raw(git: Path, blob: str) -> bytes:
    return subprocess.run(
        ["git", "--git-dir", str(git), "cat-file", "-p", blob], capture_output=True, check=True
    ).stdout


def read(path: str, raw: bytes) -> list[tuple[str, str, str]]:
    """A capture's messages as (kind, block, URL), bodies dropped: a HAR file by the
    thirty-fifth set's reader, a packet capture by the twenty-second set's."""
    if path.endswith(".har"):
        return _http35.read(raw.decode("utf-8", "replace"))
    return _http22.pcap_msgs(raw)


def parts(gits: dict[str, Path]) -> tuple[dict[str, Records], dict[str, int]]:
    """Both parts: every capture's messages grouped by site, each record to its site's part
    (:func:`held_out`), the sixth set's pick per capture and site, at most :data:`PER_SITE`
    records per site; test hosts and messages with no site are skipped; a record repeating an
    earlier development cookie value (8 characters or more) is dropped, and a development
    record repeating a held-out one's (the thirty-fifth set's selection)."""
    return select_by_site(
        gits, sources=SOURCES, earlier=EARLIER, is_held_out=held_out, per_site=PER_SITE, read=read
    )


def select_by_site(
    gits: dict[str, Path],
    *,
    sources: dict[str, tuple[str, str, str]],
    earlier: tuple[Path, ...],
    is_held_out: Callable[[str], bool],
    per_site: int,
    read: Callable[[str, bytes], list[tuple[str, str, str]]],
) -> tuple[dict[str, Records], dict[str, int]]:
    """:func:`parts`' selection over any ``sources`` (repository -> (commit, licence, path
    regex); every version of each matching file), ``earlier`` development files, a split,
    a cap per site and a capture reader (path, bytes -> (kind, block, URL) messages)."""
    counts = {"messages": 0, "no_site": 0, "earlier_value": 0, "site_cap": 0, "unreadable": 0}
    sel = _http12.Selection(
        _http6._earlier(earlier)[1], counts, is_held_out=is_held_out, per_site=per_site
    )
    for repo, (commit, _lic, rx) in sources.items():
        git = gits[repo]
        for path, blob in _http11.history_files(git, commit, rx):
            try:
                msgs = read(path, _raw(git, blob))
            except (subprocess.CalledProcessError, ValueError, LookupError, TypeError):
                counts["unreadable"] += 1
                continue
            except AttributeError:  # a HAR entry without its response
                counts["unreadable"] += 1
                continue
            by_site: dict[str, list[tuple[str, str]]] = {}
            for kind, block, url in msgs:
                counts["messages"] += 1
                site = _http6.site_of(url) if url.startswith("http") else ""
                if not site or _http6._TEST_HOST.match(site):
                    counts["no_site"] += 1
                    continue
                by_site.setdefault(site, []).append((kind, block))
            kind_prefix = "har" if path.endswith(".har") else "pcap"
            sel.pick(repo, path, kind_prefix, by_site)
    return sel.finish()


# --------------------------------------------------------------------------- reviewed tables

#: Cookie names first seen in this set -> decision (same scheme as ``_http4.COOKIES``),
#: reviewed once before any detector ran (development names on their samples, held-out names
#: from the name only, as the builder's ``--names`` lists them with counts).
NEW_COOKIES: dict[str, str | re.Pattern[str]] = {
    # ---- development names, decided on their samples (17:10 UTC, before any detector ran)
    # visitor, user and session ids (rules 1, 2, 21, 25): Chartbeat's older visitor id, an
    # opaque random value under a short name, a user id record (``<hex>-<n>-<time>-<n>``), a
    # session value (the client's address glued to a random token, whole)
    **dict.fromkeys(("_chartbeat2", "cvti", "NGUserID", "HopSession"), ID),
    # undecidable (rules 60, 61): an ad server's dotted record under a number, a gzip-base64
    # profile record, a record of colon-joined random tokens whose fields the name does not
    # explain
    **dict.fromkeys(("9793", "MPRF", "MRES"), IGN),
    # not identifiers (rules 4, 35, 59): a previous-path record, a visitor kind, a first-visit
    # flag record, a remember-me flag
    **dict.fromkeys(("dcPrevPath", "passby", "reddit_first", "rememberme"), NO),
    # ---- held-out names, decided from the name only (their values were not read)
    "campaign_click_url": NO,  # a campaign's landing address
    "k": IGN,  # undecidable from the name
}  # fmt: skip
COOKIES: dict[str, str | re.Pattern[str]] = {**_http36.COOKIES, **NEW_COOKIES}


def _label(text: str, system: str) -> _http4.Labels:
    """The thirty-sixth set's rules with the cookie table extended by :data:`NEW_COOKIES`."""
    return _http33._label(text, system, cookies=COOKIES)


SET = _http12.HttpSet(
    number=37,
    sources=SOURCES,
    label=_label,
    review=_http12.cookie_review(COOKIES),
    is_held_out=held_out,
    parts=parts,
)


if __name__ == "__main__":
    _http12.main(SET, __doc__, sys.argv[1:])

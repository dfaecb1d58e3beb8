"""Build the twenty-fourth real-text set: cassettes of clients of a DOI registry, a standards
shop, a consortium's and a standards body's sites, a review site, a genealogy site and two
screening and news-data APIs.

The HAR files, DevTools logs, WARC files, packet captures and cassettes of the usual
repositories are used or were checked by earlier sets (fourth to twenty-third sections of
``benchmarks/corpus/README.md``). This set takes recorded traffic of repositories no earlier
set names: the Relaton gems' umbrella (``relaton/relaton``) and its DOI and W3C fetchers
(``relaton/relaton-doi``, ``relaton/relaton-w3c``) and Metanorma's document compiler
(``metanorma/metanorma-standoc``), whose re-recorded VCR cassettes also fetch Crossref's API,
Techstreet's shop, W3C's and OASIS's sites (the sites the twenty-third set took are left out);
Yelp's Ruby client (``Yelp/yelp-ruby``), FamilySearch's Ruby client (``jimmyz/familysearch-rb``),
a screening API's Python client (``cuenca-mx/quienesquien-python``) and Big Local News's client
(``biglocalnews/bln-python-client``): the session, load-balancer, CDN and visitor cookies
those servers set and the clients send back, in every version the repositories' histories hold.

Split by **site** (:func:`held_out`, fixed at 22:40 UTC 2026-12-05, before any record was
extracted: the registered domain's SHA-256 opens with 0 to 4, the sixth, twentieth, twenty-first
and twenty-third sets' rule, so a site is on the same side in each). Sources, selection and
labelling rules: ``benchmarks/corpus/README.md``, section "Twenty-fourth real-text set". Both
files were committed, labelled, before privkit or Presidio ran on them; the held-out part is
measured once.

Run with the local git directories of the repositories (only ``git`` reads are used)::

    python -m benchmarks.corpus._http24 --git relaton/relaton=GIT_DIR ... \
        --git oscarotero/Embed=GIT_DIR [--names]

(``oscarotero/Embed``, the twenty-first set's source, is read for its cache files' *names*
only: they name that set's held-out sites, which are left out here.)
"""

from __future__ import annotations

import dataclasses
import hashlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.corpus import _http4, _http6, _http12, _http18, _http22, _http23
from benchmarks.corpus._http4 import ID, NO

if TYPE_CHECKING:
    import re

    from benchmarks.corpus._http4 import Records

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
#: Earlier development sets (their sites are left out; a record repeating one of their cookie
#: values of 8 characters or more is dropped). No held-out file is read.
EARLIER = tuple(p for p in (*_http23.EARLIER, DATA / "http23_dev.jsonl") if p.exists())
#: At most this many records per site (the earlier cassette sets' 60).
PER_SITE = 60


def held_out(site: str) -> bool:
    """The split, fixed before extraction (22:40 UTC 2026-12-05): a site (registered domain,
    as ``_http6.site_of`` gives it) whose name's SHA-256 opens with 0 to 4 is held out."""
    return hashlib.sha256(site.encode("utf-8")).hexdigest()[0] in "01234"


_RUBY_VCR = r"^spec/(?:fixtures/)?vcr_cassettes/.*\.ya?ml$"
#: repository -> (commit, licence, files: a regex on the path). Every version of the matching
#: files in the commit's history is read (oldest commit first, each file version once).
SOURCES: dict[str, tuple[str, str, str]] = {
    # the single-site fetchers first: the umbrella gem's history fills a site's cap with
    # cookie-less messages of the same sites (amendment of 23:04 UTC, before any detector ran)
    "relaton/relaton-w3c": ("fe2157e91df1f4c603e615f41211892ac9f33b62", "MIT", _RUBY_VCR),
    "relaton/relaton-doi": ("63f37aa333484e0689d65ee464edba68e04c0dae", "MIT", _RUBY_VCR),
    "relaton/relaton": ("df748fd2e35422549968a784ab0ecf10f82eedc6", "BSD-2-Clause", _RUBY_VCR),
    "metanorma/metanorma-standoc": (
        "baafbfc1170dc101c316f10e601cd607880deaa8", "BSD-2-Clause", _RUBY_VCR),
    "Yelp/yelp-ruby": ("cca275c39dbb01b59fcb40902aa00a482352a35d", "MIT", r"^spec/.*\.ya?ml$"),
    "jimmyz/familysearch-rb": (
        "be6ae2ea6f4ad4734a3355fa5f8fdf8d33f0c7a1", "MIT", r"^spec/.*\.ya?ml$"),
    "cuenca-mx/quienesquien-python": (
        "650036bfaedf42acacdb3ff38b0c69dab45262f9", "MIT", r"^tests/.*\.ya?ml$"),
    "biglocalnews/bln-python-client": (
        "f69d940aa64a5e7ce50c893cfbdc5e2a1e693257", "Apache-2.0", r"^tests/.*\.ya?ml$"),
}  # fmt: skip
#: The tenth to twenty-first sets' held-out sites as their sections name them (the
#: twenty-first's read from its Embed cache files' names, ``_http22._embed_held``) and the
#: twenty-third's as its section names them: left out of both parts, with the earlier
#: development sets' sites. (The twenty-second set is split by capture and names no site.)
HELD_OUT_SITES = _http23.HELD_OUT_SITES | frozenset({
    "iop.org", "nist.gov", "iso.org", "un.org", "myanimelist.net", "jsa.or.jp",
    "bsigroup.com", "cencenelec.eu", "iec.ch", "ecma-international.org", "itu.int",
    "myshopify.com",
})  # fmt: skip


def extract(gits: dict[str, Path]) -> tuple[dict[str, Records], dict[str, int]]:
    """Both parts' records (repo, path, system, text): the twelfth set's selection over every
    source (read as one part), then each record to the part of its site (the site of the
    interaction's URL, for a response as for its request); a development record repeating a
    held-out cookie value of 8 characters or more is dropped (the twenty-third set's way)."""
    site_of: dict[str, str] = {}

    def msgs(raw: str) -> list[tuple[str, str, str]]:
        out = _http23.read(raw)
        for _kind, block, url in out:
            site_of.setdefault(block, _http6.site_of(url) if url.startswith("http") else "")
        return out

    held_sites = HELD_OUT_SITES | frozenset(_http22._embed_held(gits["oscarotero/Embed"]))
    selection = dataclasses.replace(
        SET, earlier=EARLIER, held_out_sites=held_sites, is_held_out=lambda _repo: False,
        read=msgs, per_site=PER_SITE, parts=None,
    )  # fmt: skip
    recs, counts = _http12.extract(selection, gits, "dev")
    parts: dict[str, Records] = {"holdout": [], "dev": []}
    for rec in recs:  # a response goes with its request, to the part of the request's site
        parts["holdout" if held_out(site_of[rec[3]]) else "dev"].append(rec)
    _http12.drop_held_out_values(parts, counts)
    return parts, counts


# --------------------------------------------------------------------------- reviewed tables

#: Cookie names first seen in this set -> decision (same scheme as ``_http4.COOKIES``),
#: reviewed once on development samples (the held-out part's names were counted, not read).
NEW_COOKIES: dict[str, str | re.Pattern[str]] = {
    # development names, decided on their samples (22:50 UTC, before any detector ran)
    "bse": ID,  # Yelp's per-browser session id (32 hex digits)
    "yuv": ID,  # Yelp's unique-visitor id (a long random token)
    # FamilySearch's session id, whole: ``USYS<32 hex>_<session server>`` (rule 21, as
    # Citrix's ``citrix_ns_id``: the server's name is part of the value the site sets)
    "fssessionid": ID,
    # held-out names, decided from the name and documentation only (their values were not read)
    # AWS Application Load Balancer's target-group stickiness cookies (rule 4, as ``AWSALB``)
    "AWSALBTG": NO, "AWSALBTGCORS": NO,
}  # fmt: skip
COOKIES: dict[str, str | re.Pattern[str]] = {**_http23.COOKIES, **NEW_COOKIES}


def _label(text: str, system: str) -> _http4.Labels:
    """The twenty-third set's rules (which carry the fourth to twenty-second sets' and the
    shared last pass) with the cookie table extended by :data:`NEW_COOKIES`."""
    return _http18._label(text, system, cookies=COOKIES)


SET = _http12.HttpSet(
    number=24,
    sources=SOURCES,
    label=_label,
    review=_http12.cookie_review(COOKIES),
    parts=extract,
    more_repositories=("oscarotero/Embed",),
)


if __name__ == "__main__":
    _http12.main(SET, __doc__, sys.argv[1:])

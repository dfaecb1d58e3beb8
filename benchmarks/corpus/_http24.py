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

Split by **site** (:func:`held_out`, fixed at 22:50 UTC 2026-12-05, before any record was
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

import hashlib
import sys
from pathlib import Path

from benchmarks.corpus import _http12, _http23

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
#: Earlier development sets (their sites are left out; a record repeating one of their cookie
#: values of 8 characters or more is dropped). No held-out file is read.
EARLIER = tuple(p for p in (*_http23.EARLIER, DATA / "http23_dev.jsonl") if p.exists())
#: At most this many records per site (the earlier cassette sets' 60).
PER_SITE = 60


def held_out(site: str) -> bool:
    """The split, fixed before extraction (22:50 UTC 2026-12-05): a site (registered domain,
    as ``_http6.site_of`` gives it) whose name's SHA-256 opens with 0 to 4 is held out."""
    return hashlib.sha256(site.encode("utf-8")).hexdigest()[0] in "01234"


if __name__ == "__main__":
    sys.exit("the sources are declared in the next commit")

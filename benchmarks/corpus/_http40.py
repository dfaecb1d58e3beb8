"""Build the fortieth real-text HTTP set: HAR captures that load-testing tools and HAR tools keep
in their tests and examples (issue 10, helper H203).

Cookie ids and user agents are the figures the HTTP sets measure (brief of helper H203: prefer
browser captures rich in ``Cookie`` and ``Set-Cookie`` headers). The HAR files of the usual
repositories are read by earlier sets or were checked by them (``benchmarks/corpus/README.md``).
This set takes the HAR files of eight repositories that no earlier section or builder names,
each under a licence that allows commercial use and redistribution (checked at the pinned
commit):

* ``Blazemeter/taurus`` (Apache-2.0): a load-testing tool's HAR converter test, a browser's
  page load of a demo site with its CDN, font and Twitter widget requests (the twitter.com
  and twimg.com requests carry the browser's Twitter and analytics cookies);
* ``in2bits/harhar`` (Apache-2.0): a HAR library's test capture of a blog with its analytics;
* ``azu/har-extractor`` (MIT): a HAR extractor's fixtures (a Wikipedia page load, a small web
  app with its CDN requests);
* ``peterknezek/har-to-mocks`` (MIT): a mock generator's sample captures (a Google page's
  requests with Google's cookies);
* ``moty-k/har2`` (MIT): a HAR tool's sample (a video-interview web app with its analytics);
* ``ninoseki/playwright-har-tracer`` (MIT): a HAR tracer's test capture (w3.org);
* ``SeldomQA/seldom`` (Apache-2.0): a test framework's HAR-to-case samples;
* ``kevinswiber/harviz`` (Apache-2.0): a HAR visualiser's examples (a quotes API).

Split by **site** (:func:`held_out`, fixed at 21:42 UTC 2026-12-07, before any record was
read; only counts of files, entries, hosts and cookie headers and the hosts' names were taken
to choose the sources): a message's site is the registrable domain of its URL (the sixth set's
:func:`benchmarks.corpus._http6.site_of`), and a site whose name's SHA-256 opens with 0 to 4 is
held out (the sixth to eighth, twenty-sixth and thirty-fourth to thirty-seventh sets' rule, so
a site is on the same side in every set split by site). A development record that repeats a
held-out record's cookie value (8 characters or more) is dropped, and a record that repeats an
earlier development set's cookie value. Sources, selection and labelling rules:
``benchmarks/corpus/README.md``, section "Fortieth HTTP set". Both files are committed,
labelled, before privkit or Presidio runs on them; the held-out part is measured once.

Run with the local git directories of the repositories (only ``git`` reads are used)::

    python -m benchmarks.corpus._http40 --git Blazemeter/taurus=GIT_DIR ... [--names]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.corpus import _http6, _http12, _http33, _http35, _http37
from benchmarks.corpus._http4 import ID, IGN, NO

if TYPE_CHECKING:
    import re

    from benchmarks.corpus import _http4
    from benchmarks.corpus._http4 import Records

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
#: Earlier development sets: a record repeating one of their cookie values of 8 characters or
#: more is dropped (the thirty-seventh set's files and its own). No held-out file is read.
EARLIER = tuple(p for p in (*_http37.EARLIER, DATA / "http37_dev.jsonl") if p.exists())


def held_out(site: str) -> bool:
    """The split, fixed before any record was read (21:42 UTC 2026-12-07): a site whose name's
    SHA-256 opens with 0 to 4 is held out (the sixth set's rule)."""
    return _http6.held_out(site)


_HAR = r"(?:^|/)[^/]+\.har$"
#: repository -> (commit, licence, files: a regex on the path). Every version of the matching
#: files in the commit's history is read (oldest commit first, each file version once). The
#: split is by site, so a repository may give to both parts.
SOURCES: dict[str, tuple[str, str, str]] = {
    "Blazemeter/taurus": ("78b041a9e03abb35ede55dfef4d292a097c3297a", "Apache-2.0 (LICENSE)", _HAR),
    "in2bits/harhar": ("7242b6a689b8763bb95e21cbdcca867ed1f41170", "Apache-2.0 (License.txt)", _HAR),
    "azu/har-extractor": ("f2c045683442818b5de6149606977f53402f088e", "MIT (LICENSE)", _HAR),
    "peterknezek/har-to-mocks": ("b631c5347f9c8688329e8a59101ade85d4b97f9b", "MIT (LICENSE)", _HAR),
    "moty-k/har2": ("d45d80ab6ddd4ce8b78a55c4bfad43a485f91a60", "MIT (LICENSE)", _HAR),
    "ninoseki/playwright-har-tracer": (
        "ba1265a304c9d6b4341bbce190ee5d4fd61f9d7f", "MIT (LICENSE)", _HAR),
    "SeldomQA/seldom": ("f94c550068023a8f6c1bcc079c05f605e192db57", "Apache-2.0 (LICENSE)", _HAR),
    "kevinswiber/harviz": ("9486b09395e433bb3b46223c65e9e555db80000e", "Apache-2.0 (LICENSE)", _HAR),
}  # fmt: skip

#: At most this many records per site in the whole set (the thirty-seventh set's cap).
PER_SITE = _http37.PER_SITE


def read(raw: bytes) -> list[tuple[str, str, str]]:
    """A HAR file's messages as (kind, block, URL), bodies dropped (the thirty-fifth set's
    reader); a byte-order mark before the JSON is dropped."""
    return _http35.read(raw.decode("utf-8-sig", "replace"))


def parts(gits: dict[str, Path]) -> tuple[dict[str, Records], dict[str, int]]:
    """Both parts: every capture's messages grouped by site, each record to its site's part
    (:func:`held_out`), the sixth set's pick per capture and site, at most :data:`PER_SITE`
    records per site; test hosts and messages with no site are skipped; a record repeating an
    earlier development cookie value (8 characters or more) is dropped, and a development
    record repeating a held-out one's (the thirty-seventh set's selection)."""
    return _http37.select_by_site(
        gits,
        sources=SOURCES,
        earlier=EARLIER,
        is_held_out=held_out,
        per_site=PER_SITE,
        read=lambda _path, raw: read(raw),
    )


# --------------------------------------------------------------------------- reviewed tables

#: Cookie names first seen in this set -> decision (same scheme as ``_http4.COOKIES``),
#: reviewed once before any detector ran (development names on their samples, held-out names
#: from the name only, as the builder's ``--names`` lists them with counts).
NEW_COOKIES: dict[str, str | re.Pattern[str]] = {
    # ---- development names, decided on their samples (21:44 UTC, before any detector ran)
    "ANID": ID,  # Google's advertising id (as ``NID``, rule 1)
    # not identifiers (rules 4, 35): Google Analytics' throttle flag (as ``_gat_UA-...`` of
    # the sixth set), an auth module's redirect path and its strategy name (``local``)
    **dict.fromkeys(("_gat_UA-75480942-8", "auth.redirect", "auth.strategy"), NO),
    # ---- held-out names, decided from the name only (their values were not read)
    "_pk_id.447.fbaa": ID,  # Matomo's visitor id (as the fifth and seventh sets' ``_pk_id``)
    "_pk_ses.447.fbaa": NO,  # Matomo's session flag (as ``_pk_ses``)
    "_twitter_sess": ID,  # Twitter's session cookie (a signed session store), whole
    "metrics_token": IGN,  # undecidable from the name
}  # fmt: skip
COOKIES: dict[str, str | re.Pattern[str]] = {**_http37.COOKIES, **NEW_COOKIES}


def _label(text: str, system: str) -> _http4.Labels:
    """The thirty-seventh set's rules with the cookie table extended by :data:`NEW_COOKIES`."""
    return _http33._label(text, system, cookies=COOKIES)


SET = _http12.HttpSet(
    number=40,
    sources=SOURCES,
    label=_label,
    review=_http12.cookie_review(COOKIES),
    is_held_out=held_out,
    parts=parts,
)


if __name__ == "__main__":
    _http12.main(SET, __doc__, sys.argv[1:])

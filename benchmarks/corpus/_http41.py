"""Build the forty-first real-text HTTP set: browser captures kept as test data by HAR viewers,
a HAR replayer and two scrapers (issue 10, helper H217).

Cookie-id precision in browser captures is the weakest held-out HTTP figure (brief of helper
H217): false ids from ad-tech and analytics cookies and query parameters, echoes and sync ids.
The HAR files of the usual repositories are read by earlier sets or were checked by them
(``benchmarks/corpus/README.md``). This set takes the HAR files of four repositories that no
earlier section, builder or ``/work/wt/SOURCES.txt`` names, each under a licence that allows
redistribution (checked at the pinned commit; copyleft allowed, no NC/ND):

* ``rafacesar/simplehar`` (GPL-3, ``package.json``): a HAR viewer's test captures (a Brazilian
  portal with its ad-tech and analytics partners, Twitter, a bootstrap page);
* ``KnisterPeter/harhar`` (BSD, ``pom.xml``): a HAR replayer's test captures (a car-rental
  booking site, a Norwegian newspaper, an image request);
* ``gasu04/panacompra`` (GPL-2.0, ``LICENSE``): a procurement scraper's captures of Panama's
  public-procurement portal with its share-widget requests;
* ``MichalFidor/hartonode`` (MIT, ``package.json``): a HAR-to-script converter's sample.

Split by **site** (:func:`held_out`, fixed at 01:28 UTC 2026-12-08, before any record was read;
only counts of file versions, entries, ``Cookie``, ``Set-Cookie`` and ``User-Agent`` headers and
the hosts' names with counts were taken to choose the sources): the sixth set's rule (a site
whose registrable domain's SHA-256 opens with 0 to 4 is held out), so a site is on the same side
in every set split by site. The fortieth set's selection and reader (:func:`_http40.parts`'s
rules): every version of every HAR file in the pinned commit's history, messages grouped by
site per file, test hosts skipped, at most 24 records per site, a record repeating an earlier
development set's cookie value (8 characters or more, the fortieth set's file included) dropped,
and a development record repeating a held-out one's. Sources, selection and labelling rules:
``benchmarks/corpus/README.md``, section "Forty-first HTTP set". Both files are committed,
labelled, before privkit or Presidio runs on them; the held-out part is measured once.

Run with the local git directories of the repositories (only ``git`` reads are used)::

    python -m benchmarks.corpus._http41 --git rafacesar/simplehar=GIT_DIR ... [--names]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.corpus import _http6, _http12, _http33, _http37, _http40
from benchmarks.corpus._http4 import ID, IGN, LOC, NO

if TYPE_CHECKING:
    import re

    from benchmarks.corpus import _http4
    from benchmarks.corpus._http4 import Records

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
#: Earlier development sets: a record repeating one of their cookie values of 8 characters or
#: more is dropped (the fortieth set's files and its own). No held-out file is read.
EARLIER = tuple(p for p in (*_http40.EARLIER, DATA / "http40_dev.jsonl") if p.exists())


def held_out(site: str) -> bool:
    """The split, fixed before any record was read (01:28 UTC 2026-12-08): a site whose name's
    SHA-256 opens with 0 to 4 is held out (the sixth set's rule)."""
    return _http6.held_out(site)


_HAR = r"(?:^|/)[^/]+\.har$"
#: repository -> (commit, licence, files: a regex on the path). Every version of the matching
#: files in the commit's history is read (oldest commit first, each file version once). The
#: split is by site, so a repository may give to both parts.
SOURCES: dict[str, tuple[str, str, str]] = {
    "rafacesar/simplehar": ("89d205bc88ed5ae04047fe33192d3da6f14a401b", "GPL-3 (package.json)", _HAR),
    "KnisterPeter/harhar": ("d2819a1d5c5526697bc0ec07069f8c4e437aba09", "BSD (pom.xml)", _HAR),
    "gasu04/panacompra": ("a54e4b1505a43bbaaa7757be297978d8de5a29d8", "GPL-2.0 (LICENSE)", _HAR),
    "MichalFidor/hartonode": ("4115853f97755c08a0703c3365ca8e37e257f4f3", "MIT (package.json)", _HAR),
}  # fmt: skip

#: At most this many records per site in the whole set (the thirty-seventh set's cap).
PER_SITE = _http40.PER_SITE


def parts(gits: dict[str, Path]) -> tuple[dict[str, Records], dict[str, int]]:
    """Both parts, by the fortieth set's selection over :data:`SOURCES` and :data:`EARLIER`."""
    return _http37.select_by_site(
        gits,
        sources=SOURCES,
        earlier=EARLIER,
        is_held_out=held_out,
        per_site=PER_SITE,
        read=lambda _path, raw: _http40.read(raw),
    )


# --------------------------------------------------------------------------- reviewed tables

#: Cookie names first seen in this set -> decision (same scheme as ``_http4.COOKIES``),
#: reviewed once before any detector ran (development names on their samples, held-out names
#: from the name only, as the builder's ``--names`` lists them with counts).
NEW_COOKIES: dict[str, str | re.Pattern[str]] = {
    # ---- development names, decided on their samples (01:31 UTC, before any detector ran)
    # ids (rule 1: a per-browser random value): an ad server's user id (a UUID with a suffix),
    # a persistent UUID, an 18-digit visitor id, a timestamp with a random tail, and an ad
    # server's per-campaign 64-bit random numbers (two captures, two values per name)
    **dict.fromkeys(("u2", "puid", "svid", "hid"), ID),
    **dict.fromkeys(("S_8950266", "S_9669374", "S_9728971", "S_9728987", "S_9736370"), ID),
    # undecidable on the sample: gzip-compressed hex records (what they hold is not shown),
    # an ad server's encoded exposure record, a counter whose middle field may be a user number
    **dict.fromkeys(("lp", "mrm_c_ui", "mrm_c_uv", "mrm_p_ui", "mrm_p_uv", "mrm_s", "mrm_s_ui",
                     "mrm_sec", "mrm_sec_ui", "A4", "mojo1"), IGN),
    # not identifiers (rules 4, 35): flags and counters (``1``), a placeholder (``NO_DATA``),
    # visit counters and timestamps, a plug-in version record, empty values
    **dict.fromkeys(("14361-9533-4646", "14361-9533-5050", "14361-9533-5051",
                     "14361-9533-5336", "14361-9533-5343", "14361-9533-5361", "_drt_",
                     "_gauges_unique", "_gauges_unique_day", "_gauges_unique_hour",
                     "_gauges_unique_month", "_gauges_unique_year", "azk-events",
                     "azk-site-views", "azk-views", "azk-voting", "C4", "D1", "eyeblaster",
                     "mojo3", "rts"), NO),
    # ---- held-out names, decided from the name only (their values were not read)
    **dict.fromkeys(("_JSESSIONID", "auth_token", "secure_session", "twid"), ID),
    "geoloc": LOC,
    **dict.fromkeys(("dotcom_user", "ad_partner", "external_referer", "RM5431996648216810886RM",
                     "RM5552524648299760286RM", "s_pers", "s_sess", "session_buffer",
                     "ssExp5180", "ssExp7916", "UOL_VIS"), IGN),
    **dict.fromkeys(("__atssc", "dnt", "eu_cn", "POPhomeUOL", "remember_checked",
                     "remember_checked_on", "twll"), NO),
}  # fmt: skip
COOKIES: dict[str, str | re.Pattern[str]] = {**_http40.COOKIES, **NEW_COOKIES}


def _label(text: str, system: str) -> _http4.Labels:
    """The fortieth set's rules with the cookie table extended by :data:`NEW_COOKIES`."""
    return _http33._label(text, system, cookies=COOKIES)


SET = _http12.HttpSet(
    number=41,
    sources=SOURCES,
    label=_label,
    review=_http12.cookie_review(COOKIES),
    is_held_out=held_out,
    parts=parts,
)

if __name__ == "__main__":
    _http12.main(SET, __doc__, sys.argv[1:])

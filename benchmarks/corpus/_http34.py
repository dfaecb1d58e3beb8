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

from benchmarks.corpus import _http4, _http6, _http11, _http12, _http33
from benchmarks.corpus._http4 import ID, IGN, LOC, NO

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
    counts = {"messages": 0, "earlier_value": 0, "site_cap": 0, "unreadable": 0}
    sel = _http12.Selection(
        _http6._earlier(EARLIER)[1], counts, is_held_out=held_out, per_site=PER_SITE
    )
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
            sel.pick(repo, path, "har", by_site)
    return sel.finish()


# --------------------------------------------------------------------------- reviewed tables

#: Cookie names first seen in this set -> decision (same scheme as ``_http4.COOKIES``),
#: reviewed once before any detector ran (development names on their samples, held-out names
#: from the name only, as the builder's ``--names`` lists them with counts).
NEW_COOKIES: dict[str, str | re.Pattern[str]] = {
    # development names, decided on their samples (before any detector ran)
    # browser, visitor, user and session ids, ad-tech partner uids and opaque random values of
    # unknown cookies (rules 2, 13, 21)
    **dict.fromkeys((
        "__kuid", "__tuid", "_dsuid", "_ecadsid", "_ecaduid", "_ecimp", "_ectracker",
        "adhese2", "ADKUID", "adm_t78Q8VC3dzazWzcFEarT8OPiETfp0Gj6", "adm_t78Q8VC3dzbmt-t0SgOakg",
        "admRtbUidCkey34334Ssp245", "apnxs", "BT", "bt3",
        "btpdb.fhoTFvg.c2lnbmFsIGlkIDNyZCBwYXJ0eQ", "c4d", "CSNUtId", "dmuid",
        "drtn1521080286", "drtn777772938", "e", "eadspuid", "everest_session_v2", "Gdyn",
        "Gtest", "gglck", "ID", "idb", "JEB2", "nyt-a", "pl_user_id", "put_1986", "r_u",
        "rtn1-z", "sessionId", "SOMOID", "tt_viewer", "tvid", "UI", "uid-bp-45", "unruly_m11",
        "user-0", "wui", "ymvw"), ID),
    # id fields inside records (rule 13): Yahoo's ``B`` browser id before its ``&b=``
    # version, a visit record's ``u=`` user id, a DSP's ``<partner>.<id>.<time>`` id, Media.net's
    # id before ``*``, a sync record's partner id after ``=``, a uid after ``UID=``, the
    # user ids of an AppNexus sync record before its trailing timestamp
    "B": re.compile(r"^([^&]{8,})&"),
    "bf_visit": re.compile(r"u%3D([^%&]+)"),
    "dspuuid-D73": re.compile(r"^[^.]+\.([^.]+)\."),
    "mnetCppt": re.compile(r"^([^*]{8,})\*"),
    "opt_cc": re.compile(r"=([^&]{8,})"),
    "EQUser": re.compile(r"UID=([^&;]+)"),
    "syncdata_AN": re.compile(r"(?:^|\|)(\d{10,})(?=\|)"),
    # not identifiers: timestamps and frequency caps, flags, counters, preferences (language,
    # map view), segment and campaign records, sync-status records, test cookies, a
    # load-balancer's persistence cookie (``sto-id-*``, rule 35), a base64 URL, a consent flag
    **dict.fromkeys((
        "351140_728X90__POS148X858", "_cX_segmentInfo", "_ssum", "_xttrk", "_xttrk_all",
        "_xttrk_ids", "ajess1_3200C1364B0B69AC51B7AF34", "bf-browser-language", "capping",
        "cc", "CentralAuthAnon", "ck1", "CN!g!buckets", "collect_emdmpeasy_effitarget",
        "cookieSearch", "css", "cw", "cwc", "dq", "eadspuid.sig", "Gtestem", "has_data",
        "idLang", "ls", "mapviewer.baselayer", "mapviewer.map", "mapviewer.startup.language",
        "mapviewer.startup.map", "MR", "optin", "proxistore_exp_v1.0", "PUBMDCID",
        "PUBRETARGET", "r_pulsepoint_sync", "recs-54e9038cb4fd434eee984cacf426f2a1", "rs",
        "SSPR_11", "sto-id-20480-bh", "sync_c2082958-b691-400d-8bcc-2ff0fad75a1c",
        "traffic-summary-web.localStorageServiceNamespace",
        "travel-time-list-web.localStorageServiceNamespace", "tt_exelate",
        "user_sync_domain", "user_sync_protocol", "vf", "wam-sync", "wbo_temps_reel", "wf",
        "wousq", "wousq_sess"), NO),
    # a geolocation record (address, country, city, coordinates, base64): a place (rule 6)
    "LO": LOC,
    # undecidable (``COOKIE_ID?``): encoded or compressed records (an agent record, zlib
    # payloads) and a short compact value that may be a record or a bucket
    "UA": IGN, "ecdstpds1": IGN, "partner-1496444412_1959-0": IGN, "ajcmp": IGN,
    "ectv": IGN,  # a random fraction: a per-browser sampling draw or a cache buster
    # earlier names refined for values of a shape their rule did not foresee (amendments of
    # the label review, before any detector ran): a bare id with no field after it (``ssi``'s
    # UUID, Gemius' ``__gfp_64b``), an opt-out marker in place of an id (``_rxuuid``'s
    # ``OPTOUT``), a three-field flag record (``ss`` = ``1.s.0``)
    "ssi": re.compile(r"^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[#|:]|$)"),
    "__gfp_64b": re.compile(r"^([^|]{8,})(?:\||$)"),
    "_rxuuid": re.compile(r"rx_uuid%22%3A%22(?!OPTOUT%22)([^%]+)%22"),
    "ss": re.compile(r"^(.{8,})$"),
    # held-out names, decided from the name only (their values were not read)
    **dict.fromkeys((
        "adaptv_unique_user_cookie", "af_usr_216", "ATN", "buid_159402804", "cicouid",
        "DotomiUser", "glck", "glck_pulsepoint_ck", "kmnpid", "netseer_v3_vi", "xid",
        "xtan381060"), ID),
    **dict.fromkeys((
        "__vrrefresh", "_ansscnt", "adImpCount", "cookie_notified", "dtm_test", "dyncdn",
        "live_items_count", "partners", "rscscap", "storage_alerte_tracking",
        "storage_encontinu", "TestIfCookie", "TestIfCookieP", "tuuid_last_update",
        "xtant381060", "xtvrn"), NO),
    **dict.fromkeys((
        "__vrf", "axd", "bd", "bp", "clsu", "cookie", "damd", "euds", "fc", "idrxvr",
        "jncF8A7R", "jncPSDV6", "jncTKHCI", "jncTVE4N", "jncXXEHR", "LIG_D", "pbw", "pdomid",
        "pf", "rds", "rrs", "rtbData0", "rv", "sasd", "sasd2", "smd", "storage_lmd_crm_data",
        "taboola_usg", "tis", "Trk0", "vs", "x-smrt-d"), IGN),
}  # fmt: skip
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

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
    counts = {"messages": 0, "no_site": 0, "repeated": 0, "earlier_value": 0, "site_cap": 0,
              "unreadable": 0}  # fmt: skip
    sel = _http12.Selection(
        _http6._earlier(EARLIER)[1], counts, is_held_out=held_out, per_site=PER_SITE
    )
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
                sel.take(repo, path, "curl_response", site, block)
    return sel.finish()


# --------------------------------------------------------------------------- reviewed tables

#: Cookie names first seen in this set -> decision (same scheme as ``_http4.COOKIES``),
#: reviewed once before any detector ran (development names on their samples, held-out names
#: from the name only, as the builder's ``--names`` lists them with counts).
NEW_COOKIES: dict[str, str | re.Pattern[str]] = {
    # ---- development names, decided on their samples (14:20 UTC, before any detector ran)
    # visitor, browser, device, user and session ids, CSRF and anti-bot tokens (rules 1, 21,
    # 25, 41): opaque random values and UUIDs under id names, session ids, DDoS-Guard's and
    # Akamai Bot Manager's per-browser tokens, F5 BIG-IP ASM's main cookies (``TS01<hash>``)
    **dict.fromkeys((
        "__ddg1", "__Host-js_csrf", "__tdbbrowser", "__tese", "_tabelog_session_id", "ab_uuid",
        "aboutme_anon_id", "abtest-identifier", "ak_bmsc", "anonymous_id", "AS", "authtkt",
        "browser_id", "browserid", "CSRF3-Token", "do_i", "donation-identifier",
        "entrepreneur_permutive", "entrepreneur_permutive_cs", "HBR_SESSION_ID", "idzone",
        "m-b", "m-b_lax", "m-b_strict", "m-s", "ma_k", "Mint", "mo_r", "mx_t", "mx_uuid",
        "MySQL_S", "naver_usersession", "next-sid", "SP", "srv_domainuserid", "SS", "ssid1",
        "ssid2", "TMog", "TS011baee6", "TS01b0be75", "TS01f5b668", "userId", "usn_visitor_id",
        "web50017PreUserGuid", "wordpress_google_apps_login", "wtp-uuid", "X-XAct-ID",
        # an opaque random value under a hashed name (rule 1)
        "bc9bd58fe1b6ef954d6d794db6d30e25e8ff50634d24346cf8006ef422e3c05c6e48b07678e34d08c97ad3f91012c80ac690b50f51fbd49b16e301de58d9c5ca",
    ), ID),
    # whole records whose id is the point (rule 2): <random>-<milliseconds>, <random>,<time>,
    # <uuid base64>|<time>|<signature>, a device record, Django's signed ``sec:sbr<uuid>``,
    # cookie-session stores holding a session or user id (base64 JSON), encrypted sessions
    **dict.fromkeys((
        "__204u", "izclientid", "anon_u", "wdi", "sbr", "__tdbsesh", "_hbr_u",
        "_dribbble_session", "_iubenda_session", "answersproduction-session", "diggSession",
    ), ID),
    # id fields inside records (rule 13): express-session's id (as ``connect.sid``), the
    # visitor uuid of Gannett's ``G`` record, PayPal's visitor ids ``vr``/``vt``, WordPress
    # Tracks' anonymous user id ``_ui``, a user id that is not ``None``
    "nsid": re.compile(r"^s%3A([^.]+)\."),
    "G": re.compile(r"(?:^|%26)i%3D([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"),
    "ts_c": re.compile(r"(?:^|%26)v[rt]%3D([0-9a-f]{32})"),
    "tk_qs": re.compile(r"(?:^|%26)_ui%3D(.+?)(?:%26|$)"),
    "m-uid": re.compile(r"^([0-9A-Za-z_-]{6,})$"),
    # ignored (rules 6, 60, 61): a time as an id, encrypted or opaque records whose fields the
    # name does not explain, a user bucket of random letters, a page-view id, records holding
    # the client's address (Bad Behavior's screener, ``PGMINFO``), a site's own phone numbers
    **dict.fromkeys((
        "__tad", "ss1", "OO", "usr_bkt", "page_uid", "bb2_screener_", "PGMINFO",
        "TOLLFREE_PHONE", "WW_PHONE",
    ), IGN),
    # locations (rule 5): coordinates, cities, regions, zip codes, countries and time zones a
    # CDN or site derived from the client's address
    **dict.fromkeys((
        "aka_locale", "astz", "client_locale", "FTR_Country_Code", "fly_zip", "geo",
        "geoCountry", "gnt_d", "gnt_region", "location", "nuk_customer_time_zone", "nyt-geo",
        "siteCountry", "siteInternational", "steamCountry", "trrgeo", "USER_COUNTRY",
        "USER_COUNTRY_CODE", "USER_COUNTRY_CODE_DEFAULT", "wsjregion", "X-GeoIP-Country-Code",
        "X-GeoIP-Region-Code", "xgeo",
    ), LOC),
    # not identifiers (rules 4, 35, 59): flags, preferences, languages, currencies, editions,
    # buckets and A/B-test arms (``KinjaSetBucket``: a bucket with its time and signature),
    # consent and privacy flags, campaign and referrer records, cache and CDN states, TLS
    # ciphers, load balancers' persistence cookies (F5 ``BIGipServer*``, Citrix ``NSC_*``,
    # Akamai ``akaalb_*``), Akamai's phased-release and adaptive-acceleration cookies
    # (``akacd_*``, ``akaas_*``, as the twenty-sixth set's), signatures of other cookies
    # (``*.sig``), a trace id, a version hash, a time record, empty-valued names
    **dict.fromkeys((
        "__tdbbrowser.sig", "__tdbsesh.sig", "_abby_web_606_talkpage_membership_conversion",
        "_lb", "_lbz", "_TO_AB_Testing", "_TO_Canary", "_TO_GPWEB", "aam", "adEdition",
        "affkey", "AK_TLS_CIPHER_NAME", "akaalb_OReillyALB",
        "akaas_AS_diarioas_diarioas_us_prod", "akaas_AS_tronc_chicago_tribune_prod",
        "akaas_AS_tronc_new_york_daily_news_prod", "akacd_com_us", "akacd_EFD_rollout",
        "akacd_www", "AN", "anoncknm", "AORS_FIRST_CLICK", "AORS_LAST_CLICK", "bang", "be",
        "BFPQuiz", "BIGipServerWEB_HTTPS_PROD.app~WEB_HTTPS_PROD_pool_int",
        "BIGipServer~CUIT~www.columbia.edu-80-pool", "blog_language", "bloglovin[page_type]",
        "bloglovin[referrer_page_type]", "btop_pg", "campaignId", "ccc", "ccpaApplies",
        "cookie_check", "currency", "diggSession.sig", "discount_code", "dottyLn",
        "drupalSGCacheBypass", "dwf_s_a", "ebEventToTrack", "eblang", "enforce_policy",
        "enhanced-sticky-site-nav_1607436916", "explat_test_aa_weekly_lohp_2021_week_11",
        "explat_test_aa_weekly_lohp_2021_week_25", "flash", "fly_preferred_edition",
        "FTR_Cache_Status", "gdpr-kb", "gdprApplies", "geoCurrency", "geoEdition", "gnt_sb",
        "gnt_ub", "hbr_user_experience", "hp", "KinjaBucket", "KinjaSetBucket", "kppid.sig",
        "l7_az", "LANG", "logonLatency", "lohp_header_copy_test_202202",
        "m-ans_frontend_early_version", "marketPref", "mda", "mgref", "mgrefby", "mkv",
        "mobileOverride", "mydottk_languagenr", "new_us_homepage_2", "NSC_tpoztdfb-310+311+263+200-91",
        "NSC_Wjq_Dpssjfsf_Dbdif", "nyt-b3-traceid", "nyt-gdpr", "nyt-purr", "O365Consumer",
        "OO.sig", "optimize_images", "postpagebeta", "PreferencesMsn", "puc", "RecentStocks",
        "redirref", "siteCurrency", "spa_primeHideButton", "split-v2", "split-value",
        "spv_primeHideButton", "ta_l", "trackingParams", "tsrce", "tw_temp_utm", "us_p6_PR",
        "userBucketOf20", "usr_prof_v2", "utm_medium", "Vice-H2-Push-Sig", "visitorType",
        "wwwLn", "x-ab-promoted-home-search-button", "x-cdn", "x-pp-s", "X-Vice-Split-Testing",
        "xpdpp3", "xpnes",
    ), NO),
    # ---- held-out names, decided from the name only (their values were not read)
    # ids: Instagram's device and machine ids, Imperva Incapsula's visitor and session
    # cookies, visitor codes and uuids, session ids, a CSRF token, F5 ASM's main cookies
    **dict.fromkeys((
        "auvid3", "ig_did", "incap_ses_1346_121505", "incap_ses_1351_121505",
        "incap_ses_261_121505", "kameleoonVisitorCode", "login_sid_t", "MAID", "mid", "rvuuid",
        "TS0121e8f2", "TS016c1bc7", "visid_incap_121505", "wikia_session_id", "xing_csrf_token",
    ), ID),
    # locations (rule 5)
    **dict.fromkeys((
        "fastlygeo", "geo_country", "geo_region", "geodata", "GU_geo_continent",
        "location_data", "nbcnews_geolocation", "nok_ip_locale", "nok_ip_region", "wp_country",
    ), LOC),
    # undecidable from the name (opaque names, a tracking record, a journey record)
    **dict.fromkeys(("dewbvip133", "hnpdiudpf1", "hnpdiudpf2", "I2KBRCK", "rplampr",
                     "rvjourney", "wnTrk"), IGN),
    # not identifiers: assignments, buckets and A/B tests, Akamai's phased-release, adaptive
    # acceleration and visitor-prioritization (waiting room) cookies, flags, preferences, a
    # checksum, landing and referrer records, Incapsula's load balancer cookie, a server name,
    # a last-seen time
    **dict.fromkeys((
        "27a8e1ad96d367e69380a6cc7b9d3e83_assignment", "ab_bucket",
        "akaas_AS_liberation_liberation_prod", "akaas_feed", "akacd_Hybrid",
        "akavpau_maintenance", "akavpau_maintenance_vp", "btype", "critical-home-free-desktop",
        "cross_origin_proto", "fresh8_toggle", "ig_nrcb", "inpl_mobile", "land_referrer",
        "land_URL", "MACHINE_LAST_SEEN", "nlbi_121505", "SERVER", "sp_landing", "sp_m",
        "sp_new", "vary", "wp_ak_subs", "wp_ak_v_m", "X-abtest", "xing_csrf_checksum",
    ), NO),
}  # fmt: skip
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

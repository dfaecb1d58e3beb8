"""Build the twenty-sixth real-text set: response and request headers of many web sites as a web
security course's students recorded them, and a shipping client's cassettes.

Issue 10's cookie ids keep their recall on the HTTP sets' held-out parts while precision falls
where a part's cookie vocabulary is new. This set takes headers of kinds of sites the earlier
sets hold little of (sites behind load balancers, web firewalls, CDNs and bot managers, SaaS
portals, government, banking and shopping sites), from repositories no earlier set names (helper
H132). Sources: the MIT-licensed repositories of Old Dominion University's CS 433/533 (Web
Security) courses of 2023 and 2024 (``phonedude/cs533-f23``, ``phonedude/cs533-f24``), whose
students fetched about 100 sites each and committed the raw response headers (``curl -i`` and
scripts' dumps), and the cassettes of the ``friendly_shipping`` gem
(``friendlycart/friendly_shipping``: USPS and freight carriers' APIs).

Run with the local git directories of the repositories (only ``git`` reads are used)::

    python -m benchmarks.corpus._http26 --git phonedude/cs533-f23=GIT_DIR ... [--names]

Split by **site** (:func:`held_out`, fixed at 11:27 UTC 2026-12-06, before any record was read:
the registrable domain's SHA-256 opens with 0 to 4, the twelfth set's test on the site's name).
A split by repository would put the same site's cookies (the students fetched overlapping
lists) in both parts; the unit of a cookie vocabulary is the site. The site of a record is the
registrable domain (:func:`benchmarks.corpus._http6.site_of`) of the URL the dump names for it,
else of its file's name read as a host name.

Sources, selection and labelling rules: ``benchmarks/corpus/README.md``, section
"Twenty-sixth real-text set". Both files are committed, labelled, before privkit or Presidio
runs on them; the held-out part is measured once.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from benchmarks.corpus import _http4, _http6, _http11, _http12, _http18, _http23, _http25
from benchmarks.corpus._http4 import ID, IGN, LOC, NO

if TYPE_CHECKING:
    from benchmarks.corpus._http4 import Records


def held_out(site: str) -> bool:
    """The split, fixed before any record was read (11:27 UTC 2026-12-06): a site whose
    registrable domain's SHA-256 opens with 0 to 4 is held out (the twelfth set's rule)."""
    return hashlib.sha256(site.encode("utf-8")).hexdigest()[0] in "01234"


#: repository -> (commit, licence, files: a regex on the path).
SOURCES: dict[str, tuple[str, str, str]] = {
    "phonedude/cs533-f23": (
        "c65270604c715fa4bd137cb2e22510a29144ccfd", "MIT", r"^assignments/[^/]+/[34]/"),
    "phonedude/cs533-f24": (
        "3ef53ec4049ffca9a7507eee5355ce8a6eaa9b49", "MIT", r"^assignments/[^/]+/[34]/"),
    "friendlycart/friendly_shipping": (
        "9f0a93ff04e281e2b8d9d1e43d53c33a35a27a46", "MIT", r"^spec/cassettes/.*\.ya?ml$"),
}  # fmt: skip


# --------------------------------------------------------------------------- selection

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
#: Earlier development sets (their sites are left out; a record repeating one of their cookie
#: values of 8 characters or more is dropped). No held-out file is read.
EARLIER = tuple(p for p in (*_http25.EARLIER, DATA / "http25_dev.jsonl") if p.exists())
#: The tenth to twenty-fifth sets' held-out sites as their sections name them, left out of both
#: parts (the twenty-fifth's: Nord Pool, Hack Club and the services its API calls, the B3
#: exchange, DocuSign; its weather services are not named there).
HELD_OUT_SITES = _http25.HELD_OUT_SITES | frozenset({
    "nordpoolgroup.com", "hackclub.com", "slack.com", "c9.io", "airtable.com", "b3.com.br",
    "docusign.net", "docusign.com",
})  # fmt: skip
#: At most this many records per site (the earlier sets' 60).
PER_SITE = 60
#: A course file that is not a header dump (code, pages, pictures, tables, dependencies).
_NOT_A_DUMP = re.compile(
    r"(?:^|/)node_modules/|\.(?:png|jpe?g|gif|pdf|js|mjs|css|map|html?|json|py|ts|ico|svg|"
    r"webp|zip|sh|bak|pl|cpp|csv|md|iml|DS_Store|Identifier)$",
    re.IGNORECASE,
)
_STATUS = re.compile(r"^(?:[<>] )?HTTP/\d(?:\.\d)? \d{3}\b")
_MARK = re.compile(r"^[<>] ")
_HEADER = re.compile(r"^(?:[<>] )?[A-Za-z0-9!#$%&'*+.^_`|~-]+:[ \t]?\S")


def dump_blocks(raw: str) -> list[str]:
    """The response header blocks of a header dump (``curl -i`` or ``-I`` output, a script's
    copy with each line opened by ``> `` or ``< ``, which is removed): from a status line
    through the header lines that follow it, up to the first line that is no header (a blank
    line, a body)."""
    out: list[str] = []
    lines = raw.replace("\r\n", "\n").split("\n")
    i = 0
    while i < len(lines):
        if not _STATUS.match(lines[i]):
            i += 1
            continue
        j = i + 1
        while j < len(lines) and _HEADER.match(lines[j]):
            j += 1
        if j > i + 1:
            out.append("\n".join(_MARK.sub("", line) for line in lines[i:j]))
        i = j
    return out


def file_site(path: str) -> str:
    """The site a course file is named for (``paypal_com.txt``, ``amazon.es``,
    ``independent_co_uk_<md5>.txt``, ``yandex_com_.txt``)."""
    name = re.sub(r"\.txt$", "", path.rsplit("/", 1)[-1])
    name = re.sub(r"_[0-9a-f]{32}$", "", name).rstrip("_")
    if "." not in name:
        name = name.replace("_", ".")
    return _http6.site_of("http://" + name + "/")


def _messages(repo: str, path: str, raw: str) -> list[tuple[str, str, str]]:
    """(system, block, site) of a file: a course file's response blocks under the file's
    site, a cassette's messages under their URL's site."""
    if repo.startswith("phonedude/"):
        if _NOT_A_DUMP.search(path):
            return []
        site = file_site(path)
        return [("curl_response", b, site) for b in dump_blocks(raw)]
    out = []
    for kind, block, url in _http23.read(raw):
        site = _http6.site_of(url) if url.startswith("http") else ""
        out.append((f"cassette_{kind}", block, site))
    return out


def extract(gits: dict[str, Path]) -> tuple[dict[str, Records], dict[str, int]]:
    """Both parts' records (repo, path, system, text) in a fixed order, and the drop counts:
    every version of every matching file (oldest commit first), each block once, the earlier
    sets' sites and values left out, at most :data:`PER_SITE` records per site, then each
    record to the part of its site; a development record repeating a held-out cookie value of
    8 characters or more is dropped."""
    earlier_sites, earlier_values = _http6._earlier(EARLIER)
    earlier_sites |= HELD_OUT_SITES
    counts = {"messages": 0, "no_site": 0, "earlier_site": 0, "earlier_value": 0,
              "site_cap": 0, "repeated": 0}  # fmt: skip
    sel = _http12.Selection(earlier_values, counts, is_held_out=held_out, per_site=PER_SITE)
    for repo, (commit, _lic, rx) in SOURCES.items():
        git = gits[repo]
        for path, blob in _http11.history_files(git, commit, rx):
            if repo.startswith("phonedude/") and _NOT_A_DUMP.search(path):
                continue
            try:
                msgs = _messages(repo, path, _http11._git(git, "cat-file", "-p", blob))
            except (subprocess.CalledProcessError, yaml.YAMLError, AttributeError, TypeError):
                continue
            for system, block, site in msgs:
                counts["messages"] += 1
                if not site or _http6._TEST_HOST.match(site):
                    counts["no_site"] += 1
                    continue
                if site in earlier_sites:
                    counts["earlier_site"] += 1
                    continue
                sel.take(repo, path, system, site, block)
    counts["sites"] = len(sel.kept)
    counts["held_out_sites"] = sum(1 for s in sel.kept if held_out(s))
    _http12.drop_held_out_values(sel.parts, counts)
    return sel.parts, counts


# --------------------------------------------------------------------------- reviewed tables

#: Cookie names first seen in this set -> decision (same scheme as ``_http4.COOKIES``),
#: reviewed once (development names on their samples, held-out names from the name and
#: documentation only) before any detector ran.
NEW_COOKIES: dict[str, str | re.Pattern[str]] = {
    # ---- development names, decided on their samples (11:35 UTC, before any detector ran)
    # visitor, browser, device, user and session ids (rules 1, 21, 25)
    "564603": ID, "692303": ID, "6da103": ID,  # opaque random values, purpose unknown (rule 1)
    "56465": IGN, "6da15": IGN,  # <milliseconds>-<9 digits>: a timestamp as an id (rule 6)
    "__dcfduid": ID, "__sdcfduid": ID,  # Discord's device ids
    "__deba": ID,  # opaque random value (rule 1)
    "__Host-GAPS": ID,  # Google accounts' per-browser sign-in state (1:<random>:<random>)
    "__putma": ID,  # a time-based UUID per visitor
    "_b2": ID,  # <random>.<milliseconds>: a visitor id, whole (rule 2)
    "_change_session": ID, "_photo_session_id": ID, "STATSESSID": ID, "unisess": ID,
    "_mc_anon_id": ID, "current_cart_id": ID,  # ids by name (``deleted`` is none, rule 31)
    "_mcid": ID,  # 1.<hex>.<hex>: a visitor id, whole (rule 2)
    "_statid": ID, "atl_uuid": ID, "gbuuid": ID, "gdid": ID, "iutk": ID, "UUID": ID,
    "statistaTrackingUUID": ID, "vmidv1": ID, "wa_ul": ID, "s_fpid": ID, "FTClientSessionId": ID,
    "FTAllocation": ID,  # a random UUID per browser (the allocation is made from it)
    "_wixCIDX": ID,  # Wix's client id
    "_wixRIDX": IGN,  # a UUID whose purpose the name does not tell (request or visitor)
    "_wixUIDX": re.compile(r"^([0-9a-fA-F-]{16,})$"),  # user id; ``null-user-id`` is none
    "_yasc": ID,  # Yandex's per-browser anti-bot token (rule 21)
    "_zm_mtk_guid": ID, "_zm_visitor_guid": ID, "_zm_ssid": ID, "_zm_page_auth": ID,  # Zoom
    "zm_aid": ID, "zm_haid": ID, "zm_htmaid": ID, "zm_tmaid": ID,  # Zoom's account ids
    "ABCGuestID": ID,  # <client address>.<random>: a guest id, whole (rule 2)
    "AEC": ID,  # Google's per-browser anti-abuse token (rule 21)
    "akamai_visit_id": ID,  # a visit id by name (rule 62)
    "Apache": ID,  # Apache mod_usertrack's visitor cookie (<host hash>.<time><random>)
    "atlasId": ID, "bci": ID, "bcomID": ID, "cart_client_id": ID, "cred": ID, "DE3OOK": ID,
    "e9ee03": ID, "ep201": ID, "ep202": ID, "ep203": ID,  # opaque values, purpose unknown
    "cl_b": ID,  # craigslist's browser id (4|<sha1>|<time><random>), whole (rule 2)
    "cookiesession1": ID,  # FortiWeb's per-client session (rule 41)
    "datadome": ID,  # DataDome bot manager's per-browser token (rule 21)
    "INSTAUTH_COOKIE": ID, "kppid": ID, "PV": ID, "SessionAuth": ID, "ssui": ID, "tu": ID,
    "ubh": ID, "usi": ID, "visitorId": ID, "wfcms": ID, "whv": ID, "wikia_beacon_id": ID,
    "statistaContentView": ID, "splituid": ID, "luid": ID,  # nginx userid-style visitor ids
    "offset.prod.sid": re.compile(r"^s%3A([^.]+)\."),  # express-session, as ``connect.sid``
    "pathway": ID, "fb_sessiontraffic": re.compile(r"pathway=([0-9a-fA-F-]{16,})"),
    "ptc": ID,  # RG1.<number>.<time>: a visitor id, whole
    "qrator_msid": ID,  # Qrator's per-session token (a web firewall's, rule 35)
    "stel_ssid": ID, "SWID": ID, "TAUnique": ID, "TealeafAkaSid": ID, "TLTSID": ID,
    "uaid": ID,  # Etsy's anonymous user id
    "uac": re.compile(r"(?:^|&)t=([^&;]{16,})"),  # its token field
    "wa_csrf": ID,  # a CSRF token (rule 21)
    "tinyurl_session": ID, "tinyUUID": ID, "top_session": ID,  # encrypted, id names (rule 60)
    # F5 BIG-IP ASM's main cookies (rule 35, as the fifteenth set's ``TS<hash>``)
    "TS011667c7": ID, "TS011bfe84": ID, "TS01995bdd": ID, "TS01b4334d": ID, "TS01b9bbe9": ID,
    "TS01dc4fc6": ID, "TS01ea13e3": ID, "TS01ef6e9e": ID, "TS01fe3422": ID,
    # ignored (rules 6, 60, 61)
    "__sso_cookie_checker": IGN, "spravka": IGN,  # a record holding the client's address
    "_mitata": IGN, "early-access": IGN, "gootopstay": IGN, "mental": IGN,  # encrypted
    "AccessSession": IGN, "bkng": IGN, "bkng_sso_auth": IGN,  # compressed or binary records
    "AccessSessionSignature": IGN, "AccessSessionTimedSignature": IGN,  # an id's signatures
    "gootop": IGN,  # a record of fields whose CST field the name does not explain
    # locations (rule 5)
    "_chorus_geoip_continent": LOC, "ak_loc": LOC, "aka_client_code": LOC, "bf-geo-country": LOC,
    "bf-geo-region": LOC, "cl_def_hp": LOC, "COUNTRY": LOC, "country_codes": LOC,
    "country_region": LOC, "EDGESCAPE_COUNTRY": LOC, "EDGESCAPE_REGION": LOC, "eptz": LOC,
    "Geo": LOC, "geoip": LOC, "GuestLocation": LOC, "nuk_customer_country_code": LOC,
    "nuk_customer_region_code": LOC, "rb_geolocation": LOC, "springercomcountry": LOC,
    "vr": LOC, "wPzd": LOC, "yandex_gid": LOC,
    # not identifiers: flags, preferences, buckets, timestamps, counters, consent records,
    # routing and request ids (rules 4, 8, 35, 59, 62)
    "__last_online": NO, "__mendel": NO, "_abby_aa_forever": NO, "_change_lang": NO,
    "_dcf": NO, "_implmdnbl": NO, "_policy": NO, "_wixAB3": NO, "_zm_csp_script_nonce": NO,
    "_zm_currency": NO, "ABC_FF": NO, "ABC_LD": NO, "AFTERNICSERVERID": NO,
    "akacd_Homepage_Split_Prod": NO, "Akamai-Request-ID": NO, "at-acbit": NO, "lc-acbit": NO,
    "sess-at-acbit": NO, "ubid-acbit": NO, "x-acbit": NO, "x-wl-uid": NO, "atltestbucketv1": NO,
    "attr_multitouch": NO, "cdp_seg": NO, "aup": NO, "BIT-PersistPP": NO, "ci": NO,
    "connectionspeed": NO, "CookieConsentPolicy": NO, "LSKey-c$CookieConsentPolicy": NO,
    "device_type": NO, "dsl25_frhf": NO, "ealocale": NO, "EDGESCAPE_TIMEZONE": NO,
    "edition": NO, "edition-view": NO, "euconsent-v2": NO, "exp_bucket": NO,
    "exp_bucket_2": NO, "fve": NO, "giu": NO, "gooproperty": NO, "GS_GROUP": NO,
    "GS_RESTRICT": NO, "GS_REVENUE_LOC": NO, "hp_taboola_test": NO, "hpage": NO, "is_gdpr": NO,
    "is_gdpr_b": NO, "lang.prev": NO, "last_browse_page": NO, "LAST_NEWS": NO,
    "main-nginx": NO, "market": NO, "mfd": NO, "mfdp": NO, "mk_ex": NO, "next-i18next": NO,
    "NSC_wt_qse_bttjof.bcsjm.dpn.cs_443": NO, "nuk_customer_location_hint": NO,
    "nuk_ni_statuscode": NO, "nuk_zephr_decisions": NO, "pcm_consent": NO, "px_init": NO,
    "ReferringRequestId": NO, "REFLOC": NO, "region": NO, "renderCtx": NO,
    "require_cookie_consent": NO, "RNikkeiAuth": NO, "RNikkeiUserInfo": NO, "sapphire": NO,
    "searchstate": NO, "seen_locales": NO, "SERVERID116590": NO, "SHOPPINGCART": NO,
    "site_version": NO, "site_version_phase": NO, "skin": NO, "speedpin": NO, "srv_id": NO,
    "ssr-caching": NO, "subreturn": NO, "traceid": NO, "unique_24h": NO, "user_prefs": NO,
    "userab_1": NO, "UserPref": NO, "vi": NO, "wa_lang_pref": NO, "webstats": NO,
    "webuiVisitorStatus": NO, "xp-homepage-modules": NO, "xp-plus-freq": NO, "yp": NO,
    # found once the dumps' ``> `` marks were removed (same review)
    "_csrf": ID, "aka-ca-site-token": ID, "ldsuid": ID, "OH.FLID": ID, "OH.SID": ID,
    "OhpAuth": ID, "OhpToken": ID, "p.UnauthUserCookie": ID, "uprand": ID,
    "sto-id-editor": IGN,  # eight capitals: a balancer's or an id's, not told by the name
    "reuters-geo": LOC,
    "cookie-consent": NO, "CreateFreeAccountButton": NO, "OH.DCAffinity": NO, "UserIndex": NO,
    "wct-aG9tZXBhZ2Vfd2Vic2l0ZV9tZXNzYWdpbmdfdjU_": NO,  # base64 experiment names: buckets
    "wct-bG9jYWxlTmV3VXNlckNoYXQ_": NO, "wct-c2lnbnVwX21haWxjaGVja19hbGxlbmc_": NO,
    # ---- held-out names, decided from the name and documentation only (values not read)
    "_cookie_session": ID, "auvid": ID, "elsevier_user_country": LOC, "last_load_time": NO,
    "overridden_user_tests": NO, "request_id": NO, "single_request_tracker": IGN,
    "__ddg1_": ID,  # DDoS-Guard's visitor id
    "__ddg8_": IGN, "__ddg9_": IGN, "__ddg10_": IGN,  # DDoS-Guard's others: not told by name
    "_auth": ID, "_fcid": ID, "_pinterest_sess": ID, "_session_id2": ID, "ali_apache_id": ID,
    "at-acbes": ID, "sess-at-acbes": ID, "ubid-acbes": ID,  # Amazon's tokens and browser id
    "ccsid": ID, "cna": ID, "csrf_freepik": ID, "esi-permutive-id": ID, "esi-uuid": ID,
    "mrcu": ID,  # Mail.ru's counter visitor id
    "persistent_id": ID, "testUserId": ID, "ukey": ID, "user.uuid.v2": ID, "VisitorId": ID,
    "xman_t": ID,  # AliExpress's session token
    "_fc": IGN, "_swo_vis": IGN, "ak_user": IGN, "browser": IGN, "day1host": IGN,
    "gtinfo": IGN, "idp_marker": IGN, "intl_common_forever": IGN, "lmd_a_c": IGN,
    "lrt_wrk": IGN, "mrhc": IGN, "n_v": IGN, "o": IGN, "oid": IGN, "ug_se_c": IGN,
    "userContext": IGN, "x-acbes": IGN, "xman_f": IGN,
    "cf-ipcountry": LOC, "countryAKA": LOC, "geoCC": LOC,
    "GU_geo_country": LOC, "ht-location": LOC, "ng_geolocation": LOC, "src_countrycode": LOC,
    "wp_geo": LOC,
    "_f_bucket": NO, "_pc_subscriber_origin": NO, "subscriber_origin": NO,
    "_routing_id": NO, "RoutingKeyCookie": NO,  # routing (rule 35)
    "acs_usuc_t": NO, "aep_usuc_f": NO, "xman_us_f": NO, "intl_locale": NO,  # settings
    "akaas_AS_tgam_tgam_prod": NO, "akaas_aud-seg-ocom-prod": NO, "akaas_NBCNews": NO,
    "beacons_enabled": NO, "BIGipServerredirects.ma1.webmd.com-443": NO,
    "BIGipServerredirects.ma1.webmd.com-80": NO,
    "BIGipServer~SVCCENTER~arxiv-web.arxiv.org_http_pool": NO, "detected_bandwidth": NO,
    "economist_has_visited_app_before": NO, "expCtx": NO, "feat__pubx_integration": NO,
    "feat__support_now_donate_copy": NO, "GU_mvt_id": NO,  # an A/B test's bucket number
    "HostSwitchPrg": NO, "OptInPrg": NO, "lc-acbes": NO, "Locale": NO, "ucSearchParams": NO,
    "wp_ak_kywrd_ab": NO, "wp_ak_ob": NO, "wp_ak_om": NO, "wp_ak_signinv2": NO,
    "wp_ak_v_mab": NO, "wp_ak_v_v": NO, "wp_ak_wab": NO, "wp_devicetype": NO,
}  # fmt: skip
COOKIES: dict[str, str | re.Pattern[str]] = {**_http25.COOKIES, **NEW_COOKIES}


def _label(text: str, system: str, *, cookies: _http4.Table = COOKIES) -> _http4.Labels:
    """The twenty-fifth set's rules (which carry the fourth to twenty-fourth sets' and the
    shared last pass) with the cookie table extended by :data:`NEW_COOKIES`, and rule 59."""
    gold, ignored = _http18._label(text, system, cookies=cookies)
    # rule 59: a cookie cleared with ``-`` is no id
    return [g for g in gold if text[g["start"] : g["end"]] != "-"], ignored  # type: ignore[misc]


SET = _http12.HttpSet(
    number=26,
    sources=SOURCES,
    label=_label,
    review=_http12.cookie_review(COOKIES),
    parts=extract,
)


if __name__ == "__main__":
    _http12.main(SET, __doc__, sys.argv[1:])

"""Build the eighth real-text set: a consent crawl's cookies of 212 sites, and 1,738 user agents.

The earlier held-out parts measured few cookie values (the sixth set's 51, a third of them also
in its development part; the seventh set's two) and few distinct agents. This set takes the
cookie records of a published research crawl (the CookieBlock project's example crawl of 13
February 2021: a Firefox/OpenWPM crawler visited sites that use a consent banner and recorded
every cookie it was given, first- and third-party, with its name, domain and value) and renders
the cookies one browser would send to one domain during one site visit as that request's
``Host`` and ``Cookie`` header lines; and it takes ua-parser's test strings (agents its users
reported from real traffic) as ``User-Agent`` header lines. Cookies are split by visited site
(the sixth set's hash), agents by family (sources, selection and labelling rules:
``benchmarks/corpus/README.md``, section "Eighth real-text set"). The cookies reuse the fourth
to seventh sets' labeller with the reviewed per-name tables extended by the names first seen
here (:data:`NEW_COOKIES` for the held-out sites, :data:`DEV_COOKIES` for the others). Both
files were committed, labelled, before privkit or Presidio ran on them; the held-out part is
measured once.

Run with the local git directories of the repositories (only ``git show`` is used)::

    python -m benchmarks.corpus._http8 --git dibollinger/CookieBlock-Consent-Classifier=GIT_DIR \
        --git ua-parser/uap-core=GIT_DIR
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

import yaml

from benchmarks.corpus import _http4, _http5, _http6, _http7, _jsonl
from benchmarks.corpus._git import git_arguments, git_show
from benchmarks.corpus._http4 import ID, IGN, LOC, NO

ROOT = Path(__file__).resolve().parents[2]
HOLD_OUT = ROOT / "benchmarks" / "data" / "http8_holdout.jsonl"
DEV_OUT = ROOT / "benchmarks" / "data" / "http8_dev.jsonl"
DATA = ROOT / "benchmarks" / "data"
#: Every development file of the earlier sets: a cookie value (8 characters or more) found
#: anywhere in their text is dropped here.
DEV_FILES = (
    DATA / "cookies_dev.jsonl",
    DATA / "http4_dev.jsonl",
    DATA / "http5_dev.jsonl",
    DATA / "http6_dev.jsonl",
    DATA / "http7_dev.jsonl",
)
#: Earlier development files whose sites are left out (the seventh set's list and its own).
EARLIER = (*_http7.EARLIER, DATA / "http7_dev.jsonl")

REPO = "dibollinger/CookieBlock-Consent-Classifier"
COMMIT = "a0773e5da5d5d1b608f9cc0f9f7cf7f709d90128"
LICENCE = "MIT"
PATH = "training_data/example_crawl_20210213_153228.json"
#: The user agents: ua-parser's test strings (real agents its users reported), by family.
UA_REPO = "ua-parser/uap-core"
UA_COMMIT = "e3c5e634bee0b14f1a129c991483910739ad9f6c"
UA_LICENCE = "Apache-2.0"
UA_PATHS = ("tests/test_ua.yaml", "test_resources/podcasting_user_agent_strings.yaml")
#: Every development file of the earlier sets (any kind, not this set's own): an agent found in
#: their text is dropped.
ANY_DEV = "*dev*.jsonl"
#: Values shorter than this are flags and counters: they may repeat.
MIN_DISTINCT = 8


def _dev_text() -> str:
    parts = []
    for f in DEV_FILES:
        with f.open(encoding="utf-8") as fh:
            parts += [json.loads(line)["text"] for line in fh]
    return "\n".join(parts)


def extract(
    git: Path, part: str = "holdout", avoid: frozenset[str] = frozenset()
) -> tuple[list[tuple[str, str, str, str]], dict[str, int]]:
    """One part's cookie records (repo, path, system, text) in file order, and the drop counts.

    A visit (the crawl's ``visit_id`` with its first-party site) is held out when its site is
    held out by the sixth set's hash, otherwise it is in the development part; its cookies are
    grouped by cookie domain, in file order, each as ``name=value`` with the first value the
    crawler recorded. A value (8 characters or more) in ``avoid`` (the held-out part's values,
    when the development part is built) is dropped like one of an earlier development file.
    """
    crawl = json.loads(git_show(git, COMMIT, PATH))
    earlier_sites = _http6._earlier(EARLIER)[0]
    dev_text = _dev_text()
    visits: dict[tuple[int, str], dict[str, list[tuple[str, str]]]] = {}
    for cookie in crawl.values():
        first = cookie["first_party_domain"]
        site = _http6.site_of(first) if first.startswith("http") else ""
        if not site or _http6._TEST_HOST.match(site):
            continue
        if ("holdout" if _http6.held_out(site) else "dev") != part:
            continue
        if site in earlier_sites:
            continue
        value = cookie["variable_data"][0]["value"]
        by_domain = visits.setdefault((cookie["visit_id"], site), {})
        by_domain.setdefault(cookie["domain"], []).append((cookie["name"], value))
    counts = {"cookies": 0, "dev_value": 0, "held_out_value": 0, "repeated_value": 0, "kept": 0}
    seen: set[str] = set()
    out: list[tuple[str, str, str, str]] = []
    texts: set[str] = set()
    for by_domain in visits.values():
        for domain, pairs in by_domain.items():
            kept = []
            for name, value in pairs:
                counts["cookies"] += 1
                if len(value) >= MIN_DISTINCT and value in dev_text:
                    counts["dev_value"] += 1
                    continue
                if len(value) >= MIN_DISTINCT and value in avoid:
                    counts["held_out_value"] += 1
                    continue
                if len(value) >= MIN_DISTINCT and value in seen:
                    counts["repeated_value"] += 1
                    continue
                seen.add(value)
                kept.append(f"{name}={value}")
            if not kept:
                continue
            text = f"Host: {domain.lstrip('.')}\nCookie: {'; '.join(kept)}"
            if text in texts:
                continue
            texts.add(text)
            counts["kept"] += len(kept)
            out.append((REPO, PATH, "cookie_jar", text))
    return out, counts


def ua_held_out(family: str) -> bool:
    """The agents' split, fixed before any string was read: by the family's SHA-256, 12 of 16
    held out (the held-out part is the measure; the rest is a development part)."""
    return hashlib.sha256(family.encode("utf-8")).hexdigest()[0] not in "cdef"


def extract_agents(git: Path) -> tuple[dict[str, list[tuple[str, str]]], dict[str, int]]:
    """Distinct agents (path, agent) per part, in file order, and the drop counts."""
    dev_text = "\n".join(
        json.loads(line)["text"]
        for f in [*sorted(DATA.glob(ANY_DEV)), DATA / "real_logs.jsonl"]
        if f != DEV_OUT
        for line in f.read_text(encoding="utf-8").splitlines()
    )
    parts: dict[str, list[tuple[str, str]]] = {"dev": [], "holdout": []}
    counts = {"agents": 0, "dev_value": 0, "repeated": 0}
    seen: set[str] = set()
    for path in UA_PATHS:
        for case in yaml.safe_load(git_show(git, UA_COMMIT, path))["test_cases"]:
            agent = case["user_agent_string"].strip()  # header whitespace is not the value
            counts["agents"] += 1
            if not agent or "\n" in agent or agent in seen:
                counts["repeated"] += 1
                continue
            seen.add(agent)
            if agent in dev_text:
                counts["dev_value"] += 1
                continue
            parts["holdout" if ua_held_out(case["family"]) else "dev"].append((path, agent))
    return parts, counts


def _agent_row(rid: str, path: str, agent: str) -> dict[str, object]:
    text = f"User-Agent: {agent}"
    return {
        "id": rid, "kind": "log", "source": "ua_header", "text": text,
        "spans": [{"start": len("User-Agent: "), "end": len(text), "entity": "USER_AGENT"}],
        "ignored": [], "repo": UA_REPO, "path": path,
    }  # fmt: skip


# --------------------------------------------------------------------------- reviewed tables

#: Cookie names first seen in this set -> decision (same scheme as ``_http4.COOKIES``).
NEW_COOKIES: dict[str, str | re.Pattern[str]] = {
    # browser, visitor, user and session ids; CSRF tokens tied to a session; opaque random
    # values of cookies whose purpose is not known otherwise (rule 18)
    "2c.cId": ID, "__RequestVerificationToken": ID, "__qca": ID, "__thn_ss": ID,
    "__zlcmid": ID, "_auid": ID, "_clck": ID, "_fbp": ID, "_hjid": ID, "_pin_unauth": ID,
    "_rdt_uuid": ID, "_s": ID, "_shopify_s": ID, "_shopify_y": ID, "_uetsid": ID,
    "_uetvid": ID, "_y": ID, "AFFICHE_W": ID, "audience": ID, "auid": ID,
    "aw_website_uuid": ID, "awtracking": ID, "ayl_visitor": ID, "csrftoken": ID,
    "fbSessionId": ID, "fbUserId": ID, "frontend": ID, "frontend_cid": ID,
    "hello_retail_id": ID, "hubspotutk": ID, "intercom-id-lqtvxnd7": ID,
    "intercom-id-znzzqvsf": ID, "intercom-session-lqtvxnd7": ID,
    "intercom-session-znzzqvsf": ID, "laravel_session": ID, "mics_vid": ID, "oktgid": ID,
    "oktsid": ID, "omni_visit_id": ID, "permutive-id": ID, "personalization_id": ID, "sp": ID,
    "sp_t": ID, "t_gid": ID, "taboola_session_id": ID, "thn_id": ID, "tidal_ttid": ID,
    "ubvs": ID, "ubvt": ID, "XSRF-TOKEN": ID,
    # identifier fields inside records
    "__hstc": re.compile(r"^\d+\.([0-9a-f]{32})\."),
    "_mkto_trk": re.compile(r"token:(_mch-[^&]+)"),
    "bcookie": re.compile(r"v=2&([0-9a-f-]{36})"),
    "bscookie": re.compile(r"v=1&([^\"]+)"),
    "CLID": re.compile(r"^([0-9a-f]{32})\."),
    "ioam2018": re.compile(r"^([0-9a-f]{16,}):"),
    "mics_uaid": re.compile(r"^web:\d+:([0-9a-f-]{36})$"),
    "permutive-session": re.compile(r"session_id%22%3A%22([0-9a-f-]{36})%22"),
    "SC_ANALYTICS_GLOBAL_COOKIE": re.compile(r"^([0-9a-f]{32})\|"),
    "ubpv": re.compile(r"%2C([0-9a-f-]{36})"),
    "uid_s": re.compile(r"^s%3A([0-9a-f-]{36})\."),
    # LiveChat's visitor record: its ``lc_session`` field (corrected before the held-out run,
    # after the development run showed the field; first decided from the record's opening)
    "__livechat": re.compile(r"lc_session%3D(S\d+\.[0-9a-f]+)"),
    # the sixth set's rule read ``sa-user-id-v2`` up to the first full stop; here the id is
    # followed by ``%24ip%24`` and the visitor's address, so the id ends at the ``%``
    "sa-user-id-v2": re.compile(r"^s%3A([^.%]+)"),
    # undecidable: a hex-coded session timestamp, encrypted or compressed records, a partner
    # sync map, a signature
    "__atuvs": IGN, "_pinterest_ct_ua": IGN, "cart_sig": IGN, "pux": IGN, "sync-his": IGN,
    "UserMatchHistory": IGN,
    # location
    "country": LOC, "loc": LOC, "weather-data": LOC,
    # not identifiers: flags, counters, timestamps, preferences, consent and privacy records,
    # test cookies, landing pages and referrers, load-balancer and routing cookies, a site's
    # widget id, sync-status records, a product id
    "__atuvc": NO, "__hssc": NO, "__hssrc": NO, "__insp_dct": NO, "__insp_norec_sess": NO,
    "__insp_nv": NO, "__insp_slim": NO, "__insp_targlpt": NO, "__insp_targlpu": NO,
    "__insp_wid": NO, "__sharethis_cookie_test__": NO, "_dlt": NO,
    "_gat_UA-13152289-14": NO, "_gat_UA-83453760-1": NO, "_gat_UA-83453760-2": NO,
    "_hjAbsoluteSessionInProgress": NO, "_hjFirstSeen": NO, "_hjIncludedInPageviewSample": NO,
    "_hjIncludedInSessionSample": NO, "_hjTLDTest": NO, "_icl_current_language": NO,
    "_landing_page": NO, "_orig_referrer": NO, "_shopify_fs": NO, "_shopify_sa_p": NO,
    "_shopify_sa_t": NO, "ARRAffinity": NO, "ARRAffinitySameSite": NO,
    "aw_multi_anim_count": NO, "AWSALBCORS": NO, "beaker_last": NO, "beaker_lp": NO,
    "beaker_refer": NO, "cart_ts": NO, "CookieConsent": NO, "cookietest": NO,
    "django_language": NO, "googtrans": NO, "gt_auto_switch": NO, "hasConsent": NO,
    "lang": NO, "language": NO, "lidc": NO, "matchgoogle": NO, "mics_lts": NO, "mt_mop": NO,
    "OptanonAlertBoxClosed": NO, "OptanonConsent": NO, "SOSYNC": NO, "st_samesite": NO,
    "test": NO, "TiPMix": NO, "usprivacy": NO, "uvc": NO, "website#lang": NO,
    "woocommerce_recently_viewed": NO, "wordpress_test_cookie": NO, "x-ms-routing-name": NO,
    "xtc": NO,
}  # fmt: skip
#: Cookie names first seen in the development part's sites (rule 18, reviewed the same way).
_BEFORE_BAR = re.compile(r"^([^|]{8,})\|")
_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
DEV_COOKIES: dict[str, str | re.Pattern[str]] = {
    # browser, visitor, user and session ids; CSRF and form keys; anti-bot tokens; opaque
    # random values of cookies whose purpose is not known otherwise
    ".ASPXANONYMOUS": ID, "8lcfmzhxc8d6_uid": ID, "__cfruid": ID, "__lc2_cid": ID,
    "__lc2_cst": ID, "__pr.12a5": ID, "__RequestValidationToken2": ID, "__smToken": ID,
    "__smVID": ID, "__stripe_sid": ID, "_ALGOLIA": ID, "_biz_sid": ID, "_biz_uid": ID,
    "_BUID": ID, "_GRECAPTCHA": ID, "_jsuid": ID, "_omappvp": ID, "_PCCID": ID,
    "_PCCSID_451275": ID, "_scid": ID, "_shg_session_id": ID, "_shg_user_id": ID,
    "_vwo_uuid": ID, "aam_uuid": ID, "adiS": ID, "ahoy_visitor": ID, "anj": ID, "APID": ID,
    "Authenticate": ID, "auto": ID, "auto_gid": ID, "b": ID, "B2B_SID": ID,
    "banana_stand_visitor_id": ID, "blaize_session": ID, "blaize_tracking_id": ID,
    "citrix_ns_id": ID, "citrix_ns_id_.newcastle.co.uk_%2F_wat": ID, "cluid": ID,
    "CMSCsrfCookie": ID, "crumb": ID, "cX_G": ID, "cX_P": ID, "cX_S": ID, "dpm": ID,
    "dyn_u": ID, "exp_csrf_token": ID, "form_key": ID, "gckp": ID, "gmid": ID,
    "idp_session": ID, "idp_session_http": ID, "intercom-id-uy01tzdq": ID,
    "intercom-session-uy01tzdq": ID, "JSURFERID": ID, "LPVID": ID, "m": ID,
    "mautic_device_id": ID, "mboxSession": ID, "millenaris_session": ID, "mtc_id": ID,
    "mtc_sid": ID, "na_id": ID, "nmstat": ID, "optiMonkClientId": ID, "ouid": ID,
    "Pookie": ID, "Recite_Session": ID, "rmuid": ID, "rxVisitor": ID, "sd_client_id": ID,
    "seguid": ID, "SEUNCY": ID, "ssupp.vid": ID, "swym-session-id": ID, "swym-swymRegid": ID,
    "ucid": ID, "visions": ID, "wow.anonymousId": ID, "wow.session": ID,
    # identifier fields inside records
    "__gfp_64b": _BEFORE_BAR,
    "__mmapiwsid": re.compile(rf"^({_UUID}):"),
    "_biz_pendingA": re.compile(r"_biz_u%3D([0-9a-f]{32})"),
    "_dd_s": re.compile(rf"(?:^|&)id=({_UUID})"),
    "_TA_TRACKING": re.compile(r"%22deviceId%22:%22([0-9A-F]{32})%22"),
    "_vwo_uuid_v2": re.compile(r"^([0-9A-F]{32,33})\|"),
    "ajs_anonymous_id": re.compile(rf"^%22({_UUID})%22$"),
    "akavpau_ppsd": re.compile(r"id=([0-9a-f]{32})"),
    "AUTOAVALIAR_lead_id": re.compile(r"^([0-9a-f]{24})\|"),
    "AUTOAVALIAR_lead_session_id": re.compile(r"^([0-9a-f]{24})\|"),
    "connect.sid": re.compile(r"^s%3A([^.]+)\."),
    "dtCookie": re.compile(r"_sn_([0-9A-F]{32})"),
    "em_cdn_uid": re.compile(r"u%3D([0-9a-f]{32})"),
    "mbox": re.compile(r"session#([0-9a-f]{32})#"),
    "mboxPC": re.compile(r"^([0-9a-f]{32})\."),
    "nid": _BEFORE_BAR, "nvg58506": _BEFORE_BAR,
    "pbjs-id5id": re.compile(r"%22ID5ID%22%3A%22(ID5-[\w-]+)%22"),
    "RT": re.compile(r"(?:^|&|\")si=([\w-]{8,})"),
    "stimgs": re.compile(r"%22sessionId%22:(\d+)"),
    "tk_ai": re.compile(r"^woo%3A(\w+)$"),
    "trc_cookie_storage": re.compile(r"user-id%3D([0-9a-f-]{36}-tuct\w+)"),
    "um": re.compile(r"%3B(\d{10,})"),
    # the fourth set's ``utag_main`` rule needed a ``ses_id`` field; here values hold ``v_id`` only
    "utag_main": re.compile(r"v_id:([0-9a-f]+)(?:.*ses_id:(?P<ign>\d+))?"),
    # undecidable: encoded, compressed or encrypted records, short session codes, A/B ids,
    # counters whose meaning is not known, a signed Google token, a binary-digit string
    "__kla_id": IGN, "_schn": IGN, "adiV": IGN, "adiVi": IGN, "arv": IGN, "cX_T": IGN,
    "dtPC": IGN, "exp_tracker": IGN, "frc": IGN, "hsk_8180": IGN, "icu": IGN, "OAID": IGN,
    "pCartDate": IGN, "pCartId": IGN, "pID": IGN, "S": IGN, "sc_at": IGN, "stc115292": IGN,
    "stc118821": IGN, "swym-pid": IGN, "WcmsPaywall": IGN, "X-AB": IGN, "xdibx": IGN,
    # location
    "_shopify_country": LOC, "JJCFGEOCC": LOC,
    # not identifiers: flags, counters, timestamps, preferences, consent records, test
    # cookies, referrers and landing pages, load-balancer and routing cookies, sync-status
    # records, empty sync parameters, store caches, page records
    **dict.fromkeys((
        "/app/appautoavaliar_LANGUAGE", "3pi", "__bxtest", "__verify", "_biz_flagsA", "_biz_nA",
        "_first_pageview", "_gat_global", "_gat_gtag_UA_10121910_7", "_gat_gtag_UA_746624_21",
        "_gat_tealium_0", "_gat_tempurTracker", "_gat_UA-13152289-5", "_gat_UA-22886965-30",
        "_gat_UA-23127719-4", "_gat_UA-44578496-1", "_gat_UA-64768501-1", "_gat_UA-75779681-4",
        "_gat_UA-90799357-1", "_omappvs", "_shopify_d", "_vis_opt_s", "_vis_opt_test_cookie",
        "_vwo_ds", "_vwo_sn", "ac3", "ac_enable_tracking", "adiLP", "AKA_A2", "at_check",
        "AUTOAVALIAR_is_private", "AUTOAVALIAR_pb_locked", "AWSELBCORS",
        "BIGipServerwww.dm.mc.us-https.app~www.dm.mc.us-https-https-pool", "bkdc", "callback",
        "car", "cart_currency", "CASID", "cb-enabled", "cd", "cf", "cip", "client.isMobile",
        "CMSCookieLevel", "CMSPreferredCulture", "cnac", "cookiebot-consent--marketing",
        "cookiebot-consent--necessary", "cookiebot-consent--preferences",
        "cookiebot-consent--statistics", "cookies.js", "countryLanguage", "criteo_write_test",
        "cta-popup", "cto_pub_test_tld", "cto_tld_test", "cto_writeable", "currentLanguage",
        "detect_cookie", "devicePixelRatio", "dextp", "dnn_IsMobile", "dtLatC", "dtSa",
        "exp_last_activity", "exp_last_visit", "Fera.Api.ServerNum", "G_ENABLED_IDPS", "gdpr",
        "giftFirstOpen", "gig3pctest", "GoogleAdServingTest", "grohe_internal", "hasGmid",
        "icts", "iom_consent", "is_mobile", "KL_FORMS_MODAL", "lang_aa", "lastSite",
        "LOCALE_IAR", "lpv238052", "mage-banners-cache-storage", "mage-cache-sessid",
        "mage-cache-storage", "mage-cache-storage-section-invalidation", "mage-messages",
        "matchbluekai", "mautic_referer_id", "mboxEdgeCluster", "mmapi.tst", "mt_misc",
        "na_rn", "na_sc_e", "na_sr", "na_srp", "na_tc", "NikonPCT-en_CY", "nostojs",
        "NSC_GSLB_00000069", "NSC_GSLB_00000082", "NSC_Lfoujdp-xxx.ofxdbtumf.dp.vl",
        "NSC_pomjof.ofxdbtumf.dp.vl", "opt_out", "originalreferrer", "outbrain_cid_fetch",
        "pbjs-id5id_last", "player", "pmcsc_sub_unknownip", "private_content_version",
        "product_data_storage", "publicvn#lang", "pvc_visits[0]", "qson",
        "recently_compared_product", "recently_compared_product_previous",
        "recently_viewed_product", "recently_viewed_product_previous", "referrer",
        "referrerLanding", "renderid", "rxvt", "s2_nr", "s_dfa", "s_ppn", "s_ppv", "s_ppvl",
        "section_data_ids", "secure_customer_sig", "shopify_pay_redirect", "SNS",
        "splResizing", "ssupp.visits", "stg_externalReferrer", "stg_last_interaction",
        "stg_returning_visitor", "stg_traffic_source_priority", "store", "swym-cu_ct",
        "swym-currentFilter", "swym-instrumentMap", "swym-np_r", "swym-o_s",
        "TawkConnectionTime", "tempur_tos", "thirdPartyCookiesEnabled", "tmd_gdpr",
        "trustedsite_tm_float_seen", "trustedsite_visit", "usb_previous_pathname",
        "WcmsSsoLastCheckSessionState", "welcome15", "wow.schedule", "wow.utmvalues",
        "X-Magento-Vary", "zte2095"), NO),
}  # fmt: skip
COOKIES: dict[str, str | re.Pattern[str]] = {**_http7.COOKIES, **DEV_COOKIES, **NEW_COOKIES}


#: Values a script writes when it has no id yet.
_PLACEHOLDERS = frozenset({"null", "undefined", "None", "NaN"})
#: The visitor's address a signed ``sa-user-id-v2`` value carries after its id (``%24ip%24``).
_COOKIE_IP = re.compile(r"%24ip%24(\d{1,3}(?:\.\d{1,3}){3})(?![\d])")


def _label(text: str, system: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    gold, ignored = _http5._label(text, system, COOKIES, _http6.QUERY, _http6.HEADERS)
    # a script's placeholder under an id cookie's name is no id (rule 4: placeholders)
    gold = [g for g in gold if text[g["start"] : g["end"]] not in _PLACEHOLDERS]  # type: ignore[misc]
    taken = [(g["start"], g["end"]) for g in gold]
    for m in _COOKIE_IP.finditer(text):
        if not any(a < m.end(1) and m.start(1) < b for a, b in taken):  # type: ignore[operator]
            gold.append({"start": m.start(1), "end": m.end(1), "entity": "IP_ADDRESS"})
    gold.sort(key=lambda g: (g["start"], g["end"]))  # type: ignore[arg-type, return-value]
    return gold, ignored


def main(argv: list[str]) -> None:
    gits, names_only = git_arguments(argv, __doc__ or "", (REPO, UA_REPO))
    recs, counts = extract(gits[REPO])
    held = frozenset(t[s:e] for *_, t in recs for _n, s, e in _http4.cookie_pairs(t))
    dev_recs, dev_counts = extract(gits[REPO], "dev", held)
    if names_only:
        names = sorted(
            {n for *_, t in recs + dev_recs for n, _s, _e in _http4.cookie_pairs(t)}, key=str.lower
        )
        print("\n".join(n for n in names if n not in COOKIES))
        return
    agents, ua_counts = extract_agents(gits[UA_REPO])
    rows = _http4.rows({"holdout": recs}, "h8", _label)["holdout"]
    rows += [_agent_row(f"h8h-ua-{i:04d}", p, a) for i, (p, a) in enumerate(agents["holdout"])]
    dev = _http4.rows({"dev": dev_recs}, "h8", _label)["dev"]
    dev += [_agent_row(f"h8d-ua-{i:04d}", p, a) for i, (p, a) in enumerate(agents["dev"])]
    for path, part_rows in ((HOLD_OUT, rows), (DEV_OUT, dev)):
        _jsonl.write(path, part_rows)
        n = sum(len(r["spans"]) for r in part_rows)  # type: ignore[arg-type]
        print(f"{path.name}: {len(part_rows)} records, {n} spans")
    print(f"cookies: held out {counts}, development {dev_counts}; agents {ua_counts}")


if __name__ == "__main__":
    main(sys.argv[1:])

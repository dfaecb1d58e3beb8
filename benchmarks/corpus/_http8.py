"""Build the eighth real-text set: a consent crawl's cookies of 212 sites, and 1,738 user agents.

The earlier held-out parts measured few cookie values (the sixth set's 51, a third of them also
in its development part; the seventh set's two) and few distinct agents. This set takes the
cookie records of a published research crawl (the CookieBlock project's example crawl of 13
February 2021: a Firefox/OpenWPM crawler visited sites that use a consent banner and recorded
every cookie it was given, first- and third-party, with its name, domain and value) and renders
the cookies one browser would send to one domain during one site visit as that request's
``Host`` and ``Cookie`` header lines; and it takes ua-parser's test strings (agents its users
reported from real traffic) as ``User-Agent`` header lines. Cookies: held-out part only (the
sites held out by the sixth set's hash); agents: split by family (sources, selection and
labelling rules: ``benchmarks/corpus/README.md``, section "Eighth real-text set"). The cookies
reuse the fourth to seventh sets' labeller with the reviewed per-name tables extended by the
names first seen here (:data:`NEW_COOKIES`). Both files were committed, labelled, before
privkit or Presidio ran on them; the held-out part is measured once.

Run with the local git directories of the repositories (only ``git show`` is used)::

    python -m benchmarks.corpus._http8 --git dibollinger/CookieBlock-Consent-Classifier=GIT_DIR \
        --git ua-parser/uap-core=GIT_DIR
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

import yaml

from benchmarks.corpus import _http4, _http5, _http6, _http7
from benchmarks.corpus._git import git_show
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


def _earlier_sites() -> set[str]:
    saved = _http6.EARLIER
    _http6.EARLIER = EARLIER  # type: ignore[misc]
    try:
        return _http6._earlier()[0]
    finally:
        _http6.EARLIER = saved  # type: ignore[misc]


def _dev_text() -> str:
    parts = []
    for f in DEV_FILES:
        with f.open(encoding="utf-8") as fh:
            parts += [json.loads(line)["text"] for line in fh]
    return "\n".join(parts)


def extract(git: Path) -> tuple[list[tuple[str, str, str, str]], dict[str, int]]:
    """The held-out records (repo, path, system, text) in file order, and the drop counts.

    A visit (the crawl's ``visit_id`` with its first-party site) is held out when its site is
    held out by the sixth set's hash; its cookies are grouped by cookie domain, in file order,
    each as ``name=value`` with the first value the crawler recorded.
    """
    crawl = json.loads(git_show(git, COMMIT, PATH))
    earlier_sites = _earlier_sites()
    dev_text = _dev_text()
    visits: dict[tuple[int, str], dict[str, list[tuple[str, str]]]] = {}
    for cookie in crawl.values():
        first = cookie["first_party_domain"]
        site = _http6.site_of(first) if first.startswith("http") else ""
        if not site or _http6._TEST_HOST.match(site) or not _http6.held_out(site):
            continue
        if site in earlier_sites:
            continue
        value = cookie["variable_data"][0]["value"]
        by_domain = visits.setdefault((cookie["visit_id"], site), {})
        by_domain.setdefault(cookie["domain"], []).append((cookie["name"], value))
    counts = {"cookies": 0, "dev_value": 0, "repeated_value": 0, "kept": 0}
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
    "__insp_wid": NO, "__livechat": NO, "__sharethis_cookie_test__": NO, "_dlt": NO,
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
COOKIES: dict[str, str | re.Pattern[str]] = {**_http7.COOKIES, **NEW_COOKIES}


#: The visitor's address a signed ``sa-user-id-v2`` value carries after its id (``%24ip%24``).
_COOKIE_IP = re.compile(r"%24ip%24(\d{1,3}(?:\.\d{1,3}){3})(?![\d])")


def _label(text: str, system: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    gold, ignored = _http5._label(text, system, COOKIES, _http6.QUERY, _http6.HEADERS)
    taken = [(g["start"], g["end"]) for g in gold]
    for m in _COOKIE_IP.finditer(text):
        if not any(a < m.end(1) and m.start(1) < b for a, b in taken):  # type: ignore[operator]
            gold.append({"start": m.start(1), "end": m.end(1), "entity": "IP_ADDRESS"})
    gold.sort(key=lambda g: (g["start"], g["end"]))  # type: ignore[arg-type, return-value]
    return gold, ignored


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--git", action="append", default=[], help="OWNER/NAME=GIT_DIR")
    parser.add_argument("--names", action="store_true", help="list names for the review")
    args = parser.parse_args(argv)
    gits = {k: Path(v) for k, _, v in (g.partition("=") for g in args.git)}
    if set(gits) != {REPO, UA_REPO}:
        raise SystemExit(f"--git must name {REPO} and {UA_REPO}")
    recs, counts = extract(gits[REPO])
    if args.names:
        names = sorted({n for *_, t in recs for n, _s, _e in _http4.cookie_pairs(t)}, key=str.lower)
        print("\n".join(n for n in names if n not in COOKIES))
        return
    agents, ua_counts = extract_agents(gits[UA_REPO])
    rows = _http4.rows({"holdout": recs}, "h8", _label)["holdout"]
    rows += [_agent_row(f"h8h-ua-{i:04d}", p, a) for i, (p, a) in enumerate(agents["holdout"])]
    dev = [_agent_row(f"h8d-ua-{i:04d}", p, a) for i, (p, a) in enumerate(agents["dev"])]
    for path, part_rows in ((HOLD_OUT, rows), (DEV_OUT, dev)):
        with path.open("w", encoding="utf-8") as fh:
            for r in part_rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        n = sum(len(r["spans"]) for r in part_rows)  # type: ignore[arg-type]
        print(f"{path.name}: {len(part_rows)} records, {n} spans")
    print(f"cookies {counts}; agents {ua_counts}")


if __name__ == "__main__":
    main(sys.argv[1:])

"""Build the fifth real-text set: more recorded HTTP traffic, a development and a held-out part.

The fourth set's development part (``_http4``) turned out too narrow: cookie and agent fixes
made on it did not carry over to its held-out part. This set adds captures of other sites and
other clients, from repositories no earlier set used (sources, licences, selection and the
labelling rules: ``benchmarks/corpus/README.md``, section "Fifth real-text set"). It reuses
the fourth set's readers, value locators and labeller (``_http4.label``) with the fourth set's
reviewed per-name tables extended by the names first seen here (:data:`COOKIES`,
:data:`QUERY`). Both files were committed, labelled, before privkit was run on either; the
held-out part is measured once, at the end.

Run with the local git directories of the repositories (only ``git show`` is used)::

    python -m benchmarks.corpus._http5 --git OWNER/NAME=GIT_DIR ... [--names]

``--names`` lists every cookie name, id-like header and query key with a sample value (the
review's input) instead of writing the files.
"""

from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.corpus import _http4
from benchmarks.corpus._git import git_files, git_show
from benchmarks.corpus._http4 import ID, IGN, LOC, NO, _block, _har_msgs, _warc_heads

if TYPE_CHECKING:
    from collections.abc import Mapping

ROOT = Path(__file__).resolve().parents[2]
DEV_OUT = ROOT / "benchmarks" / "data" / "http5_dev.jsonl"
HOLD_OUT = ROOT / "benchmarks" / "data" / "http5_holdout.jsonl"
#: Earlier development sets whose cookie values a record must not repeat (a capture of the
#: same visit published twice); the held-out files of earlier sets are not read.
EARLIER = (
    ROOT / "benchmarks" / "data" / "cookies_dev.jsonl",
    ROOT / "benchmarks" / "data" / "http4_dev.jsonl",
)

#: repository -> (commit, licence, part, files: a regex on the path)
SOURCES: dict[str, tuple[str, str, str, str]] = {
    "sitespeedio/coach-core": (
        "a70c06aec83b6d45d14d594db4f2f4254d4f52ce", "MIT", "dev", r"^test/har/files/.*\.har$"),
    "zalando-incubator/transformer": (
        "fa68c50cda12384aa4ef4009057b56035f1f3412", "MIT", "dev", r"^examples/.*\.har$"),
    "iipc/webarchive-commons": (
        "3921259229850c20bf4ee8f6cd70d56f3bcc0c13", "Apache-2.0", "dev",
        r"^src/test/resources/.*\.warc$"),
    "curlconverter/curlconverter": (
        "6dec0fe534cdae55f804b84bbe26c934731dd53d", "MIT", "dev",
        r"^test/fixtures/curl_commands/.*\.sh$"),
    "ericduran/chromeHAR": ("662442eebea48c88166f7766bbc8ecedaef5e092", "MIT", "dev", r"\.har$"),
    "danielwuz/casper-netsniff": (
        "d23412758f62ec8bad2cc8d3ffb94f26de921a5e", "MIT", "dev", r"\.har$"),
    "sitespeedio/sitespeed.io": (
        "25a71788ef9ac00bde83b2c69a2af489a82dd01b", "MIT", "holdout", r"^test/fixtures/.*\.har$"),
    "mrichman/hargo": ("8fe101f2d50033ff4b8b7502a211a79deb1934bf", "MIT", "dev",
                       r"^test/.*\.har$"),
    "N0taN3rd/node-warc": ("940da6b18a28c3563402d7080e36f2941f07afc2", "MIT", "holdout",
                           r"^test/files/.*\.warc$"),
    "jeromeetienne/har2appcache": (
        "95da88377814fac5d366dfd700e923058024e2c6", "MIT (package.json)", "holdout", r"\.har$"),
    "vegardit/node-har-extract": (
        "49932b704bffae122204743e0fef0161d1211749", "Apache-2.0", "dev", r"\.har$"),
}  # fmt: skip

#: Captures left out: sites whose captures an earlier set has (pagexray's nytimes.com,
#: aftonbladet.se, en.wikipedia.org spdy capture, run.sitespeed.io) and sites of the fourth
#: set's held-out captures (as its README names them), so that no visit is in two sets.
EXCLUDED_SITES = re.compile(
    r"//(?:www\.|run\.)?(?:nytimes\.com|aftonbladet\.se|sitespeed\.io|github\.com|bbc\.com|"
    r"cnn\.com|google\.co\.kr|filamentgroup\.com|nghttp2\.org|enorm-magazin\.de)[/:\"]"
)
EXCLUDED_FILES = re.compile(r"wikipedia\.org\.spdy-wpt")

#: Messages taken per capture (first in file order, distinct): requests with a Cookie header
#: that carry a cookie name not yet taken from this capture, other requests, responses whose
#: Set-Cookie sets a name not yet taken, other responses.
PER_CAPTURE = (25, 4, 25, 3)


def _names(block: str, header: str) -> set[str]:
    found = set()
    for line in block.split("\n")[1:]:
        name, _, value = line.partition(": ")
        if name.lower() != header:
            continue
        pieces = value.split(";") if header == "cookie" else value.split(";")[:1]
        found |= {p.split("=", 1)[0].strip() for p in pieces if "=" in p}
    return found


def _pick(
    msgs: list[tuple[str, str]], *, per_capture: tuple[int, int, int, int] = PER_CAPTURE
) -> list[tuple[str, str]]:
    """The selection rule of one capture over (kind, block) in file order (``per_capture``:
    the counts of :data:`PER_CAPTURE`'s four groups; the sixth set passes its own)."""
    seen: set[str] = set()
    taken_c: set[str] = set()
    taken_s: set[str] = set()
    groups: dict[str, list[tuple[str, str]]] = {"rc": [], "r": [], "sc": [], "s": []}
    a, b, c, d = per_capture
    for kind, block in msgs:
        if block in seen:
            continue
        seen.add(block)
        if kind == "request":
            names = _names(block, "cookie")
            if names:
                if names - taken_c and len(groups["rc"]) < a:
                    taken_c |= names
                    groups["rc"].append((kind, block))
            elif len(groups["r"]) < b:
                groups["r"].append((kind, block))
        else:
            names = _names(block, "set-cookie")
            if names:
                if names - taken_s and len(groups["sc"]) < c:
                    taken_s |= names
                    groups["sc"].append((kind, block))
            elif len(groups["s"]) < d:
                groups["s"].append((kind, block))
    return groups["rc"] + groups["r"] + groups["sc"] + groups["s"]


def _curl_block(raw: str) -> str | None:
    """A ``curl`` command (as copied from a browser's network panel) as a header block."""
    cmd = re.sub(r"\\\r?\n", " ", raw.strip())
    cmd = cmd.split("\n", 1)[0]
    try:
        words = shlex.split(cmd)
    except ValueError:
        return None
    if not words or words[0] != "curl":
        return None
    url, method, heads = "", "GET", []
    i = 1
    while i < len(words):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w in ("-H", "--header"):
            name, sep, value = nxt.partition(":")
            if sep:
                heads.append((name.strip(), value.strip()))
            i += 2
        elif w in ("-b", "--cookie"):
            if "=" in nxt:
                heads.append(("Cookie", nxt))
            i += 2
        elif w in ("-A", "--user-agent"):
            heads.append(("User-Agent", nxt))
            i += 2
        elif w in ("-X", "--request"):
            method = nxt
            i += 2
        elif w.startswith("-"):
            i += 1
        else:
            url = url or w
            i += 1
    if not heads:
        return None
    return _block(f"{method} {url}".rstrip(), heads)


def extract(gits: dict[str, Path]) -> dict[str, list[tuple[str, str, str, str]]]:
    """Every selected record per part: (repo, path, system, text), in a fixed order."""
    parts: dict[str, list[tuple[str, str, str, str]]] = {"dev": [], "holdout": []}
    for repo, (commit, _lic, part, rx) in SOURCES.items():
        git = gits[repo]
        for path in [f for f in git_files(git, commit) if re.search(rx, f)]:
            if EXCLUDED_FILES.search(path):
                continue
            try:
                raw = git_show(git, commit, path).lstrip("\ufeff")
            except subprocess.CalledProcessError:
                continue  # absent from the snapshot (4 MiB or more)
            if path.endswith(".har"):
                try:
                    msgs = _har_msgs(raw)
                except (ValueError, KeyError):
                    continue
                first = msgs[0][1].split("\n", 1)[0] + '"' if msgs else ""
                if EXCLUDED_SITES.search(first.split(" ", 1)[-1]):
                    continue
                parts[part] += [(repo, path, f"har_{k}", b) for k, b in _pick(msgs)]
            elif path.endswith(".warc"):
                parts[part] += [(repo, path, "warc", t) for t in _warc_heads(raw)]
            elif path.endswith(".sh"):
                blk = _curl_block(raw)
                if blk:
                    parts[part].append((repo, path, "curl", blk))
    earlier: set[str] = set()
    for f in EARLIER:
        for line in f.read_text(encoding="utf-8").splitlines():
            text = json.loads(line)["text"]
            earlier |= {text[s:e] for _n, s, e in _http4.cookie_pairs(text) if e - s >= 8}
    for k, recs in parts.items():  # distinct texts, none repeating an earlier cookie value
        seen: set[str] = set()
        parts[k] = [
            r for r in recs
            if not (r[3] in seen or seen.add(r[3]))  # type: ignore[func-returns-value]
            and not any(r[3][s:e] in earlier for _n, s, e in _http4.cookie_pairs(r[3]))
        ]  # fmt: skip
    return parts


# --------------------------------------------------------------------------- reviewed tables

#: Cookie names first seen in this set -> decision (same scheme as ``_http4.COOKIES``: ID,
#: NO, IGN, LOC, or a regex whose group 1 is the identifier). Names of the fourth set's table
#: keep their decisions there.
NEW_COOKIES: dict[str, str | re.Pattern[str]] = {
    # browser, visitor, device, user and session ids; per-session tokens
    "__uis": ID, "__ybots": ID, "__ybotu": ID, "_baga": ID, "_KDST": ID, "_pk_id.17.7abe": ID,
    "ACID": ID, "APISID": ID, "ASPSESSIONIDACCRDTDC": ID, "bm_cnet": ID, "BR_APS": ID,
    "cadata": ID, "cadataIV": ID, "cadataKey": ID, "cadataSig": ID, "chorus_optimize_tracker_id": ID,
    "ckid": ID, "CMID": ID, "d": ID, "DV": ID, "enwikimwuser-sessionId": ID, "guest_id": ID,
    "HSID": ID, "khaos": ID, "km_ai": ID, "mc": ID, "mediaWiki.user.sessionId": ID,
    "NETID01": ID, "opbandit_tracker_id": ID, "OSID": ID, "pa_uid": ID, "PAPVisitorId": ID,
    "put_2242": ID, "put_4106": ID, "raygun4js-userid": ID, "rts_AAAA": ID, "s_fid": ID,
    "SAPISID": ID, "secure_user_id": ID, "SESS0604a0750b9184391a9a453369d107db": ID,
    "SESS25e4d1c28470251bfeb302205eac8558": ID, "SESS6d66a06315545013ae2cc5a35d05f19d": ID,
    "SID": ID, "SIDCC": ID, "skimGUID": ID, "skimSESS": ID, "SNID": ID, "Snoobi_rand": ID,
    "SSID": ID, "tads_uid": ID, "TDID": ID, "tluid": ID, "tuuid": ID, "UC": ID, "uid": ID,
    "umbel_browser_id": ID, "uuid": ID, "uuid2": ID, "uuidc": ID, "VISITOR_INFO1_LIVE": ID,
    "X-OWA-CANARY": ID, "YSC": ID,
    # identifier fields inside values of named or separated fields
    "__uin_cs": re.compile(r"^([^&]+)&"),
    "_rxuuid": re.compile(r"rx_uuid%22%3A%22([^%]+)%22"),
    "i": re.compile(r"^([0-9a-f-]{36})\|"),
    "OX_u": re.compile(r"^([0-9a-f-]{36})_"),
    "PREF": re.compile(r"ID=([0-9a-f]+)"),
    "raygun4js-sid": re.compile(r"^id\|([0-9a-z]+)"),
    # the fourth set's rule read only the ``<hex>||...`` form; a bare UUID is the whole id
    "id": re.compile(r"^([0-9a-f]+(?=\|\|)|[0-9a-f]{8}-[0-9a-f-]{27})"),
    # undecidable: compressed or binary records, encoded agent records, a redacted value,
    # per-session values whose meaning is not known
    "ab": IGN, "cadataTTL": IGN, "cav": IGN, "CMDD": IGN, "CMRUM3": IGN, "CMSC": IGN,
    "CMST": IGN, "cktst": IGN, "eud": IGN, "hl": IGN, "OTZ": IGN, "rud": IGN, "ruds": IGN,
    "sync": IGN, "TDCPM": IGN, "u": IGN, "umbel1-q0": IGN, "umbel1-v0": IGN, "_web_session": IGN,
    # location
    "ctr": LOC,
    # not identifiers: flags, counters, timestamps, preferences, test values, records without
    # an id, load-balancer routing, a site's public API key, ids of banners
    "__uig": NO, "__uqc": NO, "__usd_theverge.com": NO, "__ybota": NO, "__ybotb": NO,
    "__ybotc": NO, "__ybote": NO, "__ybotv": NO, "__ybotz": NO, "_cc_cc": NO, "_pk_ses.17.7abe": NO,
    "ACE_LANSSTYRELSEN": NO, "adaptive_image": NO, "AppcacheVer": NO, "authCookie": NO, "c": NO,
    "cannedbanners_dynamic": NO, "ccShowCookieIcon": NO, "centralnotice_bannercount_fr12": NO,
    "centralnotice_bannercount_fr12-wait": NO, "centralnotice_buckets_by_campaign": NO,
    "CGIC": NO, "chorus_optimize_depth3": NO, "chorus_optimize_session": NO, "ClientId": NO,
    "CMPS": NO, "dph": NO, "DSID": NO, "emptycookie": NO, "fbh": NO, "gcma": NO, "GPS": NO,
    "km_lv": NO, "km_uq": NO, "mkt": NO, "mysamplecookie": NO, "OGP": NO, "OGPC": NO,
    "otherCookie": NO, "OX_plg": NO, "OX_sd": NO, "pa_crosswise_ts": NO, "pa_fbx_ts": NO,
    "pa_google_ts": NO, "pa_mrin_ts": NO, "pa_openx_ts": NO, "pa_pubmatic_ts": NO,
    "pa_rubicon_ts": NO, "pa_twitter_ts": NO, "pa_yahoo_ts": NO, "PBack": NO, "ph": NO,
    "pll_language": NO, "PrivateComputer": NO, "rmxc": NO, "rpb": NO, "rpx": NO, "s_cc": NO,
    "s_nr2": NO, "ses57": NO, "sess": NO, "Snoop_testi": NO, "tads_uid_cd": NO, "tads_zora": NO,
    "tlcookieable": NO, "uls-previous-languages": NO, "UMAP": NO, "umbel_api_key": NO,
    "vis57": NO, "X-BackEndCookie": NO, "x": NO, "y": NO,
}  # fmt: skip
COOKIES: dict[str, str | re.Pattern[str]] = {**_http4.COOKIES, **NEW_COOKIES}

#: Query keys first seen in this set -> label (same scheme as ``_http4.QUERY``).
NEW_QUERY: dict[str, str | re.Pattern[str]] = {
    # echoed visitor and partner user ids (cookie syncing, analytics beacons)
    "fid": "COOKIE_ID", "vid": "COOKIE_ID", "vidn": "COOKIE_ID", "cm_user_id": "COOKIE_ID",
    "external_user_id": "COOKIE_ID", "nuid": "COOKIE_ID", "p_user_id": "COOKIE_ID",
    "put": "COOKIE_ID", "val": "COOKIE_ID", "pdid": "COOKIE_ID", "google_hm": "COOKIE_ID",
    "piggybackCookie": re.compile(r"uid:([\w-]+)"),
    "piggyback": re.compile(r"eid%3D([\w-]+)"),
    "m": re.compile(r"^(pa_\w+)$"),
    "utmcc": re.compile(r"__utma%3D([\d.]+)%3B"),
    # undecidable opaque keys
    "ph": "~QUERY_ID", "asidi": "~QUERY_ID", "other": "~QUERY_ID", "rev": "~QUERY_ID",
    "tc": "~QUERY_ID", "rid": "~QUERY_ID",
}  # fmt: skip
#: Header name -> label of its whole value, for headers first seen in this set.
NEW_HEADERS: dict[str, str] = {
    "x-owa-canary": "COOKIE_ID", "user-token": "AUTH_TOKEN", "x-client-data": "~CLIENT_DATA",
}  # fmt: skip
#: A credential that is a shell variable, a template field, all zeros or a counting run of
#: digits is a dummy (``Bearer $DO_API_TOKEN``, ``{admin_api_key}``, ``123456789``).
_DUMMY = re.compile(r"^(?:\$\w+|\{\w+\}|[0\-]+|1234567\d*|[A-Z][A-Z_]+)$")
#: Keys of the fourth set's table that mean something else here: ``fv`` is a Flash version
#: (``fv=20``) in this set's analytics beacons, not an echoed cookie id.
DROPPED_QUERY = ("fv",)
QUERY: dict[str, str | re.Pattern[str]] = {
    **{k: v for k, v in _http4.QUERY.items() if k not in DROPPED_QUERY},
    **NEW_QUERY,
}


def _label(
    text: str,
    system: str,
    cookies: Mapping[str, str | re.Pattern[str]] = COOKIES,
    query: Mapping[str, str | re.Pattern[str]] = QUERY,
    headers: Mapping[str, str] = NEW_HEADERS,
) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """The fourth set's labeller with this set's tables, headers and dummy credentials.

    The sixth set (``_http6``) passes these tables extended by its own reviewed names.
    """
    gold, ignored = _http4.label(text, system, cookies, query)
    taken = [(g["start"], g["end"]) for g in gold] + [(i["start"], i["end"]) for i in ignored]
    for name, s, e in _http4.header_values(text):
        lab = headers.get(name)
        if lab and text[s:e] and not any(a < e and s < b for a, b in taken):  # type: ignore[operator]
            if lab.startswith("~"):
                ignored.append({"start": s, "end": e, "label": lab[1:]})
            else:
                gold.append({"start": s, "end": e, "entity": lab})
    kept = []
    for g in gold:
        if g["entity"] == "AUTH_TOKEN" and _DUMMY.match(text[g["start"] : g["end"]]):  # type: ignore[misc]
            ignored.append({"start": g["start"], "end": g["end"], "label": "AUTH_PLACEHOLDER"})
        else:
            kept.append(g)
    kept.sort(key=lambda g: (g["start"], g["end"]))  # type: ignore[arg-type, return-value]
    return kept, ignored


def build(gits: dict[str, Path]) -> _http4.Rows:
    return _http4.rows(extract(gits), "h5", _label)


def main(argv: list[str]) -> None:
    _http4.cli(
        argv,
        doc=__doc__ or "",
        sources=SOURCES,
        extract=extract,
        build=build,
        outputs=(DEV_OUT, HOLD_OUT),
    )


if __name__ == "__main__":
    main(sys.argv[1:])

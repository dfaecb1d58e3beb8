"""Build the sixth real-text set: recorded HTTP traffic of many sites, split by site.

The fourth and fifth sets' cookie fixes did not carry over to their held-out parts, because
each development part held few sites (the fifth set's held-out part was mostly one site). This
set takes browser network logs, HAR files and WARC records from repositories no earlier set
used, keeps at most a few messages per site, and splits the parts by *site* (the registrable
domain of each message's URL), by a rule fixed before any record was read (sources, licences,
selection and labelling rules: ``benchmarks/corpus/README.md``, section "Sixth real-text set").
It reuses the fourth set's readers (HAR, WARC, Chrome network events), value locators and
labeller, and the fifth set's labeller extras, with the earlier sets' reviewed per-name tables
extended by the names first seen here (:data:`NEW_COOKIES`, :data:`NEW_QUERY`). Both files
were committed, labelled, before privkit was run on either; the held-out part is measured
once, at the end.

Run with the local git directories of the repositories (only ``git show`` is used)::

    python -m benchmarks.corpus._http6 --git OWNER/NAME=GIT_DIR ... [--names]

``--names`` lists every cookie name, id-like header and query key with a sample value (the
review's input) instead of writing the files.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import zlib
from pathlib import Path
from urllib.parse import urlsplit

from benchmarks.corpus import _http4, _http5
from benchmarks.corpus._git import git_files
from benchmarks.corpus._http4 import ID, IGN, NO, _har_msgs, _perflog_msgs, _warc_heads

ROOT = Path(__file__).resolve().parents[2]
DEV_OUT = ROOT / "benchmarks" / "data" / "http6_dev.jsonl"
HOLD_OUT = ROOT / "benchmarks" / "data" / "http6_holdout.jsonl"
#: Earlier development sets: their sites are left out, and a record repeating one of their
#: cookie values (8 characters or more) is dropped. The held-out files are not read.
EARLIER = (
    ROOT / "benchmarks" / "data" / "cookies_dev.jsonl",
    ROOT / "benchmarks" / "data" / "http4_dev.jsonl",
    ROOT / "benchmarks" / "data" / "http5_dev.jsonl",
)
#: Sites the earlier sets have that their development files do not show by URL: the captures
#: of ``cookies_dev`` and the held-out captures, as the README names them.
EARLIER_SITES = frozenset({
    "nytimes.com", "expressen.se", "aftonbladet.se", "linkedin.com", "verizonwireless.com",
    "wikipedia.org", "mytoys.de", "google.com", "cnn.com", "npr.org", "softwareishard.com",
    "sitespeed.io", "github.com", "bbc.com", "google.co.kr", "filamentgroup.com",
    "nghttp2.org", "enorm-magazin.de", "theverge.com", "thegreenwebfoundation.org",
    "toscrape.com", "documentup.com", "archive.org", "httpbin.org",
})  # fmt: skip
#: Test hosts, not sites.
_TEST_HOST = re.compile(
    r"^(?:localhost|[\d.]+|\[?[0-9a-f:]+\]?|(?:.*\.)?example\.(?:com|org|net))$"
)

#: repository -> (commit, licence, files: a regex on the path)
SOURCES: dict[str, tuple[str, str, str]] = {
    "GoogleChrome/lighthouse": (
        "f8eac394a68b90109078bba44cafbec7ceb9026a", "Apache-2.0",
        r"^core/test/fixtures/.*devtools\.?log\.json(?:\.gz)?$"),
    "chatnoir-eu/chatnoir-resiliparse": (
        "70459f0399718955d7dff1dec30781e07af1bbb7", "Apache-2.0", r"^tests/data/[^/]*\.warc(?:\.gz)?$"),
    "jonluca/har-to-openapi": (
        "b135a2e9d475efe55182f4d498682a48e4e159b3", "MIT", r"^test/data/.*\.har$"),
    "gatling/gatling": (
        "8bb193bdf5d0f54cf803dcbc3c6846306c38c202", "Apache-2.0",
        r"^gatling-recorder/src/test/resources/har/.*\.har$"),
    "webrecorder/har2warc": (
        "dd1e29a0af018113ffbd19795ee6bc390b8889c2", "Apache-2.0", r"^test/data/.*\.har$"),
    "archivesunleashed/aut": (
        "57c9b5ed167f97c9ea5e08ebd1a4a958c6da1818", "Apache-2.0",
        r"^src/test/resources/warc/.*\.warc(?:\.gz)?$"),
    "sdstoehr/har-reader": (
        "9bd84d9369104a9f4229e089be9e5deb9fd228ff", "MIT", r"^src/test/resources/sstoehr\.har$"),
}  # fmt: skip

#: Messages taken per site within one capture (first in file order, distinct), by the fifth
#: set's rule: requests whose Cookie header carries a name not yet taken, other requests,
#: responses whose Set-Cookie sets a name not yet taken, other responses.
PER_SITE_CAPTURE = (6, 2, 6, 1)
#: At most this many records per site in the whole set (first in source order).
PER_SITE = 12


def held_out(site: str) -> bool:
    """The split, fixed before any record was read: by the site's SHA-256, 5 of 16 held out."""
    return hashlib.sha256(site.encode("utf-8")).hexdigest()[0] in "01234"


_EXTRACT = None


def site_of(url: str) -> str:
    """The registrable domain of a URL's host (the public-suffix list bundled with
    ``tldextract``, never fetched); the host itself when it has none."""
    global _EXTRACT  # noqa: PLW0603
    if _EXTRACT is None:
        import tldextract

        _EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    got = _EXTRACT(host)
    return got.top_domain_under_public_suffix or host


def _blob(git: Path, commit: str, path: str) -> bytes:
    raw = subprocess.run(
        ["git", "--git-dir", str(git), "show", f"{commit}:{path}"], capture_output=True, check=True
    ).stdout
    if path.endswith(".gz"):  # concatenated gzip members (one per WARC record)
        out = []
        while raw:
            d = zlib.decompressobj(31)
            out.append(d.decompress(raw))
            raw = d.unused_data
            if not d.eof:
                break
        raw = b"".join(out)
    return raw


def _devtools(raw: bytes) -> list[tuple[str, str, str]]:
    """Chrome network events as (kind, block, URL): each event read by the fourth set's
    reader, its URL found through the event's request id."""
    events = json.loads(raw)
    urls: dict[str, str] = {}
    out = []
    for raw_ev in events:
        ev = raw_ev["message"] if "message" in raw_ev and "method" not in raw_ev else raw_ev
        p = ev.get("params", {})
        rid = p.get("requestId", "")
        if ev.get("method") == "Network.requestWillBeSent":
            urls[rid] = p["request"]["url"]
        elif ev.get("method") == "Network.responseReceived":
            urls.setdefault(rid, p["response"].get("url", ""))
        for kind, block in _perflog_msgs(json.dumps([ev])):
            out.append((kind, block, urls.get(rid, "")))
    return out


def _har(raw: str) -> list[tuple[str, str, str]]:
    """HAR messages as (kind, block, URL): requests and responses alternate in the reader's
    output, the URL is the request line's second word."""
    msgs = _har_msgs(raw)
    out = []
    for i in range(0, len(msgs) - 1, 2):
        url = msgs[i][1].split("\n", 1)[0].split(" ")[1]
        out += [(msgs[i][0], msgs[i][1], url), (msgs[i + 1][0], msgs[i + 1][1], url)]
    return out


_WARC_VERSION = re.compile(r"(?m)^WARC/0\.1[78]\r?$")
_TARGET = re.compile(r"(?m)^WARC-Target-URI: <?([^\s>]+)>?$")


def _warc(raw: str) -> list[tuple[str, str, str]]:
    """WARC request/response headers (the fourth set's reader; WARC 0.17/0.18 records are
    read as 1.0 ones) as (kind, block, URL)."""
    out = []
    for text in _warc_heads(_WARC_VERSION.sub("WARC/1.0", raw)):
        m = _TARGET.search(text)
        kind = "request" if "WARC-Type: request" in text else "response"
        out.append((kind, text, m.group(1) if m else ""))
    return out


def _earlier(earlier: tuple[Path, ...] | None = None) -> tuple[set[str], set[str]]:
    """Sites and cookie values (8 characters or more) of the earlier development sets.

    ``earlier`` names a later set's earlier files (this module's :data:`EARLIER` when left out).
    """
    sites, values = set(EARLIER_SITES), set()
    url = re.compile(r"^(?:[A-Z]+ |WARC-Target-URI: <?)(https?://[^\s>\"]+)", re.MULTILINE)
    host = re.compile(r"(?mi)^(?:host|:authority): (\S+)$")
    for f in EARLIER if earlier is None else earlier:
        for line in f.read_text(encoding="utf-8").splitlines():
            text = json.loads(line)["text"]
            values |= {text[s:e] for _n, s, e in _http4.cookie_pairs(text) if e - s >= 8}
            sites |= {site_of(u) for u in url.findall(text)}
            sites |= {site_of("http://" + h) for h in host.findall(text)}
    sites.discard("")
    return sites, values


def extract(gits: dict[str, Path]) -> dict[str, list[tuple[str, str, str, str]]]:
    """Every selected record per part: (repo, path, system, text), in a fixed order."""
    earlier_sites, earlier_values = _earlier()
    parts: dict[str, list[tuple[str, str, str, str]]] = {"dev": [], "holdout": []}
    per_site: dict[str, int] = {}
    seen: set[str] = set()
    for repo, (commit, _lic, rx) in SOURCES.items():
        git = gits[repo]
        for path in [f for f in git_files(git, commit) if re.search(rx, f)]:
            try:
                raw = _blob(git, commit, path)
                if ".har" in path:
                    msgs, system = _har(raw.decode("utf-8", "replace").lstrip("\ufeff")), "har"
                elif ".warc" in path:
                    msgs, system = _warc(raw.decode("utf-8", "replace")), "warc"
                else:
                    msgs, system = _devtools(raw), "perflog"
            except (subprocess.CalledProcessError, ValueError, KeyError, IndexError, zlib.error):
                continue  # absent from the snapshot, or not a readable capture
            by_site: dict[str, list[tuple[str, str]]] = {}
            for kind, block, url in msgs:
                site = site_of(url) if url.startswith("http") else ""
                if not site or _TEST_HOST.match(site) or site in earlier_sites:
                    continue
                by_site.setdefault(site, []).append((kind, block))
            for site, site_msgs in by_site.items():  # sites in first-seen order
                picked = _http5._pick(site_msgs) if system != "warc" else site_msgs
                for kind, block in picked:
                    if per_site.get(site, 0) >= PER_SITE or block in seen:
                        continue
                    if any(block[s:e] in earlier_values for _n, s, e in _http4.cookie_pairs(block)):
                        continue
                    seen.add(block)
                    per_site[site] = per_site.get(site, 0) + 1
                    part = "holdout" if held_out(site) else "dev"
                    sysname = system if system == "warc" else f"{system}_{kind}"
                    parts[part].append((repo, path, sysname, block))
    return parts


# --------------------------------------------------------------------------- reviewed tables

#: Cookie names first seen in this set -> decision (same scheme as ``_http4.COOKIES``).
_KRTB = re.compile(r"(?:^|&KRTB&)\d+-(?:uid:)?([^&]+)")
_UUID_HEAD = re.compile(r"^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})[#|:]")
_LEAD_NUM = re.compile(r"^(\d{8,})#")
NEW_COOKIES: dict[str, str | re.Pattern[str]] = {
    # browser, visitor, device, user and session ids; ad-tech partner uids; session and CSRF
    # tokens; opaque random values of cookies whose purpose is not known otherwise
    "__mguid_": ID, "__uin_bw": ID, "__uir_bw": ID, "_cc_id": ID, "_cfuvid": ID,
    "_ljtrtb_80": ID, "_nauid": ID, "_rtagid": ID, "_uid": ID, "ADGRX_UID": ID, "admtr": ID,
    "adtheorent-legacy[cuid]": ID, "adtheorent[cuid]": ID, "amp-access": ID, "ANON_ID": ID,
    "ANON_ID_old": ID, "ASP.NET_SessionId": ID, "azk": ID, "bito": ID, "bkpa": ID, "bku": ID,
    "c_user": ID, "CDIUSER": ID, "cnx_userId": ID, "CSRFDesignerToken": ID, "datr": ID,
    "dgzsdl08v4": ID, "did": ID, "EE": ID, "GLOBALID": ID, "gtm_id": ID, "guid": ID,
    "ibkukinet": ID, "idsp_c": ID, "imid": ID, "imid_secure": ID, "intentIQ": ID,
    "iqm.retarget.uid": ID, "KADUSERCOOKIE": ID, "ktcid": ID, "lidid": ID, "ljt_reader": ID,
    "loid": ID, "lu": ID, "mako_uid": ID, "MRM_UID": ID, "newspack-cid": ID, "obuid": ID,
    "ov": ID, "PID": ID, "pid": ID, "ptradfm": ID, "ptrb": ID, "ptrbeeswax": ID, "ptrbsw": ID,
    "ptrc": ID, "ptreps": ID, "ptreq": ID, "ptrmf": ID, "ptrmnt": ID, "ptropenx": ID,
    "ptrpp": ID, "ptrrc": ID, "ptrstk": ID, "ptrt": ID, "ptrz": ID, "recent_write": ID,
    "remixgp": ID, "remixlgck": ID, "remixmvk-fp": ID, "remixstid": ID, "remixstlid": ID,
    "remixuacck": ID, "rlas3": ID, "rubiconUID": ID, "s": ID, "SAMUSERCOOKIE": ID, "SCM": ID,
    "SCMinf": ID, "SCMo": ID, "sd-session-id": ID, "session": ID, "SESSION_ID": ID, "si": ID,
    "ss": ID, "stx_user_id": ID, "suid": ID, "suid_legacy": ID, "tads_uidp_73": ID,
    "TapAd_DID": ID, "tmr_lvid": ID, "TR": ID, "U": ID, "ug1": ID, "uid-bp-159": ID,
    "uid-bp-34673": ID, "uid-bp-36033": ID, "uid-bp-892": ID, "UserID1": ID, "ut-0": ID,
    "ut-0-112": ID, "ut-112-0": ID, "V": ID, "viewer_token": ID, "visit_id": ID, "visitor": ID,
    "visitor-id": ID, "visitor_id": ID, "VP": ID, "vuid": ID, "wfivefivec": ID, "XID": ID,
    "xs": ID, "yandexuid": ID, "yashr": ID, "yuidss": ID, "zuid": ID, "zuuid": ID,
    # identifier fields inside records
    **{f"KRTBCOOKIE_{n}": _KRTB for n in (
        "1003", "107", "1251", "148", "153", "18", "188", "22", "27", "279", "32", "377", "466",
        "52", "632", "80")},
    "A3": re.compile(r"(?:^|&)d=([^&]+)"),
    "ad-id": re.compile(r"^([^|]{8,})"),
    "audit": re.compile(r"^\d\|(.{8,})$"),
    "bounceClientVisit340c": re.compile(r"%22(?:vid|did)%22%3A%22?(\d{8,})"),
    "csync": re.compile(r"^\d+:(.{8,})$"),
    "cu": _UUID_HEAD, "id5": _UUID_HEAD, "ssi": _UUID_HEAD, "zync-uuid": _UUID_HEAD,
    "everest_g_v2": re.compile(r"g_surferid~(\S+)"),
    "FTID": re.compile(r"^([^:]{8,}):"),
    "g": re.compile(r"^(.{8,})_\d{13}$"),
    "ibkukiuno": re.compile(r"(?:^|&)(?:s|l)=(-?[0-9a-f-]{8,})"),
    "IQMID": _LEAD_NUM, "IQPData": _LEAD_NUM,
    "mdata": re.compile(r"^\d\|(\d{8,})\|"),
    "mxpim": re.compile(r"^([^.]{8,})\."),
    "pi": re.compile(r"^(\d{12,})$"),
    "presence": re.compile(r"userFA2(\d+)A2E"),
    "PVID": re.compile(r"^([^:]{8,}):"), "VID": re.compile(r"^([^:]{8,}):"),
    "sa-user-id": re.compile(r"^s%3A([^.]+)\."), "sa-user-id-v2": re.compile(r"^s%3A([^.]+)\."),
    "sa-user-id-v3": re.compile(r"^s%3A([^.]+)\."),
    "session2": re.compile(r"BUID=([0-9a-f-]{36})"),
    "sessionid": re.compile(r"^h-([0-9a-f]+)_"),
    "tads_uidp_82": re.compile(r"^([^&]{8,})&"),
    "yieldmo_id": re.compile(r"^([^%|]{8,})%7C"),
    # refined earlier decisions (rule 13)
    "u": re.compile(r"^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$"),
    "i": re.compile(r"^([^|]{8,})"),
    "id": re.compile(r"^(\d{8,}|[0-9a-f]+(?=\|\|)|[0-9a-f]{8}-[0-9a-f-]{27})"),
    # undecidable: GA4 session state, encrypted or compressed records
    "_ga_PGXNGYWP8E": IGN, "_ga_RTW9M3W5HC": IGN, "hsk_1600": IGN, "pxrc": IGN, "ud": IGN,
    "uids": IGN,
    # not identifiers: flags, counters, timestamps, preferences, consent and privacy records,
    # segment lists, sync-status and pixel records, load-balancer routing, test cookies,
    # template placeholders, event records
    "_cc_aud": NO, "_cc_dc": NO, "_e_4zt1_1": NO, "_gat_UA-58419726-4": NO, "_recent_srs": NO,
    "_recentclicks2": NO, "_ssuma": NO, "ac_r": NO, "act": NO, "ad-privacy": NO, "ar_debug": NO,
    "ASDT": NO, "auth": NO, "AWSALB": NO, "bh": NO, "bitoIsSecure": NO, "bsw_origin_init": NO,
    "C": NO, "ccpa": NO, "cf_ob_info": NO, "cf_use_ob": NO, "check": NO,
    "checkForPermission": NO, "chkChromeAb67Sec": NO, "CMPRO": NO, "CSDT": NO, "data-yl": NO,
    "didts": NO, "DotomiTest": NO, "DPSync3": NO, "earlyhints": NO, "HAPLB3A": NO,
    "IDSYNC": NO, "imid_created": NO, "imid_created_secure": NO, "INGRESSCOOKIE": NO,
    "intentIQCDate": NO, "ipc": NO, "IQver": NO, "KCCH": NO, "KTPCACOOKIE": NO, "locale": NO,
    "loidcreated": NO, "matchcasale": NO, "matchpubmatic": NO, "outbrain": NO, "p": NO,
    "p2": NO, "pb_rtb_ev": NO, "pb_rtb_ev_part": NO, "pc": NO, "PLAY_FLASH": NO, "pmc": NO,
    "ptraa": NO, "ptrunl": NO, "PugT": NO, "re_sync": NO, "receive-cookie-deprecation": NO,
    "referrerSource": NO, "remixcolor_scheme_mode": NO, "remixcurr_audio": NO,
    "remixdark_color_scheme": NO, "remixdt": NO, "remixff": NO, "remixir": NO,
    "remixlang": NO, "remixmdevice": NO, "remixmsts": NO, "remixua": NO, "SERVERID": NO,
    "SPugT": NO, "ssh": NO, "status": NO, "SyncRTB3": NO, "TapAd_3WAY_SYNCS": NO,
    "TapAd_TS": NO, "thirdparty": NO, "tmr_lvidTS": NO, "tp": NO, "ts": NO, "tuuid_lu": NO,
    "uid-bp-2009": NO, "ver": NO, "VISITOR_PRIVACY_METADATA": NO, "wd": NO, "zuuid_k": NO,
    "zuuid_k_lu": NO, "zuuid_lu": NO,
}  # fmt: skip
COOKIES: dict[str, str | re.Pattern[str]] = {**_http5.COOKIES, **NEW_COOKIES}
#: Query keys first seen in this set -> label (same scheme as ``_http4.QUERY``).
#: An echoed id, never a template placeholder (``${NAME}``, ``$UID``, ``_name_``) or a short code.
_QID = re.compile(r"^([0-9A-Za-z][\w.-]{7,})$")
NEW_QUERY: dict[str, str | re.Pattern[str]] = {
    # echoed partner user ids of cookie-sync and beacon URLs
    **dict.fromkeys((
        "127719", "159", "34673", "892", "3pid", "ampid", "bidder_uuid", "bsw_custom_parameter",
        "bsw_param", "buid", "duid", "exid", "ext2", "external_user_id", "google_gid", "obUid",
        "partner_device_id", "partner_uid", "partner_user_id", "partnerUserId", "partneruserid",
        "put", "puid", "puuid", "sessionId", "source_user_id", "src.visitorId", "ssp_user_id",
        "tdid", "u", "uid", "user_id", "userId", "userid", "vxii_pdid", "vxii_rcid", "xid",
        "iiqpcid"), _QID),
    "cid": re.compile(r"^(amp-[\w-]{8,}|\d{6,}\.\d{6,})$"),
    "ev": re.compile(r"^([A-Za-z0-9_-]{16,})$"),
    "lvid": re.compile(r"%3A([0-9a-f]{32})$"),
    "pid": re.compile(r"^([0-9a-f]{30,}\d{10})$"),
    "piggybackCookie": re.compile(r"^(?:uid:)?([0-9A-Za-z][\w-]{7,})$"),
    "ttd_puid": re.compile(r"^([0-9a-f]{8}-[0-9a-f-]{27})"),
    "vk": re.compile(r"^([\w-]{8,}?)(?=\$|$)"),
    # undecidable opaque keys: obfuscated fingerprint fields, ad keys, tokens, encoded records
    **dict.fromkeys((
        "_s", "c", "ci", "data", "ext-param", "GCS2", "google_push", "iv", "k", "key", "memo",
        "source", "source_id", "sv", "t", "tk", "token", "wklz", "iho.", "io.", "iVi.", "JLic",
        "r22LE", "VKo.", "Zo", "ic", "kkdd"), "~QUERY_ID"),
}  # fmt: skip
QUERY: dict[str, str | re.Pattern[str]] = {**_http5.QUERY, **NEW_QUERY}
#: Header name -> label of its whole value (the fifth set's and these).
HEADERS: dict[str, str] = {
    **_http5.NEW_HEADERS, "csrfdesignertoken": "COOKIE_ID", "x-authenticatedas": "~ACCOUNT_ID",
}  # fmt: skip


def _label(text: str, system: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    return _http5._label(text, system, COOKIES, QUERY, HEADERS)


def build(gits: dict[str, Path]) -> _http4.Rows:
    return _http4.rows(extract(gits), "h6", _label)


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

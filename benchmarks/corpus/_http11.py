"""Build the eleventh real-text set: signed-in browser sessions' cookie jars that scrapers replay.

The tenth set's held-out part showed a failure its development part lacks: the cookie jar a
signed-in browser holds on a consumer site (a social site, a video or shopping platform), which
a scraper copies from the browser's developer tools and replays. Such jars carry dozens of
cookies at once: session, user and device ids next to flags, timestamps, A/B buckets, consent
records, analytics and bot-manager cookies. This set takes them from the source code of
scrapers and downloaders (a ``Cookie`` header in a headers mapping, or a mapping of cookie names
to values, as "Copy as cURL" converters write them) in every version of the files the pinned
commit's history holds, and two Ruby VCR cassettes' recordings of signed-in sessions. Each jar is
rendered as one request header block. Split by repository (sources, selection and labelling
rules: ``benchmarks/corpus/README.md``, section "Eleventh real-text set"). The labeller is the
tenth set's with the reviewed per-name tables extended by the names first seen here
(:data:`NEW_COOKIES`, :data:`NEW_HEADERS`). Both files were committed, labelled, before privkit
or Presidio ran on them; the held-out part is measured once.

Run with the local git directories of the repositories (only ``git`` reads are used)::

    python -m benchmarks.corpus._http11 --git OWNER/NAME=GIT_DIR ... [--names]
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from benchmarks.corpus import _http4, _http6, _http10
from benchmarks.corpus._git import git_arguments, git_files, git_show
from benchmarks.corpus._http4 import ID, IGN, LOC, NO

if TYPE_CHECKING:
    from collections.abc import Mapping

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
DEV_OUT = DATA / "http11_dev.jsonl"
HOLD_OUT = DATA / "http11_holdout.jsonl"
#: Earlier development sets (their sites are left out; a record repeating one of their cookie
#: values of 8 characters or more is dropped). No held-out file is read.
EARLIER = (*_http10.EARLIER, DATA / "http10_dev.jsonl")
#: The sites of the tenth set's held-out part as its README names them (its file is not read):
#: left out of both parts, with the sites of its held-out repositories.
TENTH_HELD_OUT_SITES = frozenset({
    "facebook.com", "fbcdn.net", "garmin.com", "pixiv.net", "pximg.net", "nicovideo.jp",
    "nicoseiga.jp", "nimg.jp", "deviantart.com", "amazonaws.com", "donmai.us",
})  # fmt: skip

#: repository -> (commit, licence, part, kind, files: a regex on the path). ``jar``: every
#: version of the matching files in the commit's history; ``cassette``: the Ruby VCR cassettes
#: at the commit. The split is by repository, fixed before any record was read.
SOURCES: dict[str, tuple[str, str, str, str, str]] = {
    "ihmily/DouyinLiveRecorder": (
        "add187f8d8c7ff7d231fcbee45cbb4f1ed247d3a", "MIT", "dev", "jar", r"\.(?:py|ya?ml|ini|toml)$"),
    "Evil0ctal/Douyin_TikTok_Download_API": (
        "8c98fb70328a5b12bae519c04c3d64520a8bc90a", "Apache-2.0", "dev", "jar",
        r"\.(?:py|ya?ml|ini|toml)$"),
    "Johnserf-Seed/f2": (
        "93a4e09a6fc69401bfc7537286cf2fe9176c3660", "Apache-2.0", "dev", "jar",
        r"\.(?:py|ya?ml|ini|toml)$"),
    "Johnserf-Seed/TikTokDownload": (
        "64acbfda8621563da97ed06f133330c3335b1e8d", "MIT", "dev", "jar", r"\.(?:py|ya?ml|ini|toml)$"),
    # added before any detector ran (amendment in the README)
    "CriseLYJ/awesome-python-login-model": (
        "26f842f9ebb8ef3ee199a7838ed19c87570db5dd", "MIT", "dev", "jar", r"\.(?:py|ya?ml|ini|toml)$"),
    "gawkermedia/kinja-post-gem": (
        "0ddbc3e462dd129c0b94d98087520d13b59f96bf", "MIT", "dev", "cassette",
        r"^spec/fixtures/vcr_cassettes/.*\.yml$"),
    "ReaJason/xhs": (
        "f4b62d9f8e4078e631fc6e4ec8e430bc711ee9f0", "MIT", "holdout", "jar", r"\.(?:py|ya?ml|ini|toml)$"),
    "Cloxl/xhshow": (
        "89a1e540db289b39a1aab8a2ccef62e5a77b17e9", "MIT", "holdout", "jar", r"\.(?:py|ya?ml|ini|toml)$"),
    "JoeanAmier/XHS-Downloader": (
        "cfc064f24621bf75da9f6e33d084ebcfa7f4a98e", "GPL-3.0", "holdout", "jar",
        r"\.(?:py|ya?ml|ini|toml)$"),
    "nghuyong/WeiboSpider": (
        "4e6f43bf0b815b427bd9125ddfc69d8da6e4b10b", "MIT", "holdout", "jar", r"\.(?:py|ya?ml|ini|toml)$"),
    "JoeanAmier/KS-Downloader": (
        "3cb4c997a9c25d138a142d88f707a7e070e1f214", "GPL-3.0", "holdout", "jar",
        r"\.(?:py|ya?ml|ini|toml)$"),
    "Bunsly/JobSpy": (
        "13c74a0fedd2d4000c977858b6cb446e4a0b1e3f", "MIT", "holdout", "jar", r"\.(?:py|ya?ml|ini|toml)$"),
    "rngtng/adyen-admin": (
        "e316d09ffcba0d3e68d6854925c941e70b08f3f8", "BSD-2-Clause", "holdout", "cassette",
        r"^spec/fixtures/cassettes/.*\.yml$"),
}  # fmt: skip

#: At most this many records per site in the whole set (first in source and history order).
PER_SITE = 60
#: Values shorter than this are flags and counters: they may repeat.
MIN_DISTINCT = 8
#: A jar is taken when it has at least this many cookie pairs.
MIN_PAIRS = 2
#: How many lines around a jar are searched for the URL that names its site.
URL_WINDOW = 40


# --------------------------------------------------------------------------- reading

_URL = re.compile(r"https?://([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
_SITE_HEADERS = ("host", ":authority", "authority", "origin", "referer")
#: A ``cookie: <value>`` or ``cookie = <value>`` line of a configuration file.
_TEXT_COOKIE = re.compile(r"(?mi)^[ \t]*['\"]?cookie['\"]?[ \t]*[:=][ \t]*['\"]?(.+?)['\"]?[ \t]*$")


def _str(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _name(target: ast.expr) -> str:
    return target.id if isinstance(target, ast.Name) else getattr(target, "attr", "")


def _nearest_host(lines: list[str], at: int) -> str:
    """The host of the URL nearest to line ``at`` (0-based) within :data:`URL_WINDOW` lines."""
    for d in range(URL_WINDOW + 1):
        for i in (at - d, at + d):
            if 0 <= i < len(lines):
                m = _URL.search(lines[i])
                if m:
                    return m.group(1).lower()
    return ""


def _host_of(headers: list[tuple[str, str]], lines: list[str], at: int) -> str:
    for name, value in headers:
        if name.lower() in _SITE_HEADERS:
            m = _URL.search(value)
            host = m.group(1) if m else value.strip().split("/")[0]
            if "." in host and " " not in host:
                return host.lower()
    return _nearest_host(lines, at)


def py_jars(src: str) -> list[tuple[str, list[tuple[str, str]], str]]:
    """(host, other headers, cookie header value) of each jar a Python file assigns.

    A jar is a mapping of string keys to string values holding a ``cookie`` key (a headers
    mapping), or such a mapping, or a string with ``=`` and ``;``, assigned to a name that
    says ``cookie`` (a cookie mapping is joined as a ``Cookie`` header writes it).
    """
    try:
        tree = ast.parse(src)
    except (SyntaxError, ValueError):
        return []
    lines = src.splitlines()
    out = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1):
            continue
        target, val = _name(node.targets[0]), node.value
        if isinstance(val, ast.Dict):
            keys = [_str(k) for k in val.keys]
            vals = [_str(v) for v in val.values]
            if any(k is None for k in keys):
                continue
            pairs = list(zip([k for k in keys if k is not None], vals, strict=True))
            low = [k.lower() for k, _ in pairs]
            if "cookie" in low:
                cookie = pairs[low.index("cookie")][1]
                headers = [(k, v) for k, v in pairs if v is not None and k.lower() != "cookie"]
                if cookie:
                    host = _host_of(headers, lines, node.lineno - 1)
                    out.append((host, headers, cookie))
            elif re.search("cookie", target, re.IGNORECASE) and all(
                v is not None for _, v in pairs
            ):
                cookie = "; ".join(f"{k}={v}" for k, v in pairs)
                out.append((_nearest_host(lines, node.lineno - 1), [], cookie))
        elif re.search("cookie", target, re.IGNORECASE):
            cookie = _str(val)
            if cookie and "=" in cookie and ";" in cookie:
                out.append((_nearest_host(lines, node.lineno - 1), [], cookie))
    return out


def text_jars(src: str) -> list[tuple[str, list[tuple[str, str]], str]]:
    """(host, no headers, cookie header value) of each ``cookie:`` line of a configuration file."""
    lines = src.splitlines()
    out = []
    for m in _TEXT_COOKIE.finditer(src):
        at = src.count("\n", 0, m.start())
        out.append((_nearest_host(lines, at), [], m.group(1)))
    return out


def jar_block(host: str, headers: list[tuple[str, str]], cookie: str) -> str:
    """A jar as a request header block: ``GET https://<host>/``, the headers, then ``Cookie``."""
    first = f"GET https://{host}/" if host else "GET /"
    return _http4._block(first, [*headers, ("Cookie", cookie)])


def _git(git: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "--git-dir", str(git), *args], capture_output=True, check=True
    ).stdout.decode("utf-8", "replace")


def history_files(git: Path, commit: str, rx: str) -> list[tuple[str, str]]:
    """(path, blob) of every version of every matching file in ``commit``'s history, oldest
    commit first, each blob once."""
    log = _git(
        git,
        "log",
        "--no-renames",
        "--reverse",
        "--format=@%H",
        "--name-only",
        "--diff-filter=AM",
        commit,
    )
    out, seen, at = [], set(), ""
    for line in log.splitlines():
        if line.startswith("@"):
            at = line[1:]
            continue
        path = line.strip()
        if not path or not re.search(rx, path):
            continue
        try:
            blob = _git(git, "rev-parse", f"{at}:{path}").strip()
        except subprocess.CalledProcessError:
            continue
        if blob not in seen:
            seen.add(blob)
            out.append((path, blob))
    return out


def _msgs(
    git: Path, commit: str, kind: str, rx: str
) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """(path, system, [(site, block)]) of one source, in a fixed order."""
    out = []
    if kind == "cassette":
        for path in [f for f in git_files(git, commit) if re.search(rx, f)]:
            try:
                msgs = _http10.cassette_msgs(git_show(git, commit, path))
            except (subprocess.CalledProcessError, yaml.YAMLError, AttributeError):
                continue
            by_site: dict[str, list[tuple[str, str]]] = {}
            for k, block, url in msgs:
                site = _http6.site_of(url) if url.startswith("http") else ""
                by_site.setdefault(site, []).append((k, block))
            for site, site_msgs in by_site.items():
                picked = _http10._pick(site_msgs)
                out += [(path, f"cassette_{k}", [(site, b)]) for k, b in picked]
        return out
    for path, blob in history_files(git, commit, rx):
        src = _git(git, "cat-file", "-p", blob)
        if "ookie" not in src:
            continue
        jars = py_jars(src) if path.endswith(".py") else text_jars(src)
        blocks = []
        for host, headers, cookie in jars:
            site = _http6.site_of("https://" + host) if host else ""
            blocks.append((site, jar_block(host, headers, cookie)))
        if blocks:
            out.append((path, "cookie_jar", blocks))
    return out


def _values(block: str) -> set[str]:
    return {block[s:e] for _n, s, e in _http4.cookie_pairs(block) if e - s >= MIN_DISTINCT}


_TEMPLATE = re.compile(r"(?i)^(?:x{3,}|\.{3}|your[\w\s-]*|<[^>]*>|\{[^}]*\}|\$\{?\w+\}?|%s)$")


def _is_jar(block: str) -> bool:
    """At least :data:`MIN_PAIRS` pairs and one value of 8 characters or more, not a template."""
    pairs = _http4.cookie_pairs(block)
    long_real = [
        1 for _n, s, e in pairs if e - s >= MIN_DISTINCT and not _TEMPLATE.match(block[s:e])
    ]
    return len(pairs) >= MIN_PAIRS and bool(long_real)


def extract(
    gits: dict[str, Path],
    part: str,
    avoid_sites: frozenset[str] = frozenset(),
    avoid_values: frozenset[str] = frozenset(),
) -> tuple[list[tuple[str, str, str, str]], dict[str, int]]:
    """One part's records (repo, path, system, text) in a fixed order, and the drop counts.

    ``avoid_sites`` and ``avoid_values`` are the held-out part's sites and cookie values
    (8 characters or more) when the development part is built.
    """
    earlier_sites, earlier_values = _http6._earlier(EARLIER)
    earlier_sites |= TENTH_HELD_OUT_SITES
    recs: list[tuple[str, str, str, str]] = []
    counts = {"messages": 0, "not_a_jar": 0, "earlier_site": 0, "held_out_site": 0,
              "earlier_value": 0, "held_out_value": 0, "nothing_new": 0, "site_cap": 0}  # fmt: skip
    per_site: dict[str, int] = {}
    taken: set[str] = set()
    for repo, (commit, _lic, src_part, kind, rx) in SOURCES.items():
        if src_part != part:
            continue
        for path, system, blocks in _msgs(gits[repo], commit, kind, rx):
            for site, block in blocks:
                counts["messages"] += 1
                values = _values(block)
                if (system == "cookie_jar" and not _is_jar(block)) or (
                    site and _http6._TEST_HOST.match(site)
                ):
                    counts["not_a_jar"] += 1
                elif site in earlier_sites:
                    counts["earlier_site"] += 1
                elif site in avoid_sites:
                    counts["held_out_site"] += 1
                elif values & earlier_values:
                    counts["earlier_value"] += 1
                elif values & avoid_values:
                    counts["held_out_value"] += 1
                elif (not values or values <= taken) and system == "cookie_jar":
                    counts["nothing_new"] += 1  # every id-length value already taken
                elif per_site.get(site, 0) >= PER_SITE:
                    counts["site_cap"] += 1
                elif not any(block == r[3] for r in recs):
                    taken |= values
                    per_site[site] = per_site.get(site, 0) + 1
                    recs.append((repo, path, system, block))
    counts["sites"] = len(per_site)
    return recs, counts


def sites_of(recs: list[tuple[str, str, str, str]]) -> frozenset[str]:
    """The sites of records (their first line's URL; a jar naming no host has none)."""
    return _http10.sites_of(recs) - {""}


# --------------------------------------------------------------------------- reviewed tables

#: Cookie names first seen in this set -> decision (same scheme as ``_http4.COOKIES``),
#: decided from the name, the value's shape and the platform's or a scraper's documentation
#: (rules 1-6, 21, 25); the held-out part's names from their names and documentation only.
NEW_COOKIES: dict[str, str | re.Pattern[str]] = {
    # ByteDance (douyin.com, tiktok.com): session, user, device and login-ticket cookies
    "sessionid": re.compile(r"^(?:h-)?([0-9a-f]{16,})(?=_|$)"),  # the sixth set's ``h-<hex>_``
    # and ByteDance's bare 32-hex session id
    "sessionid_ss": ID,  # ByteDance's session id (SameSite=None copy)
    "sid_tt": ID,  # ByteDance's session id
    "sid_guard": re.compile(r"^([0-9a-f]{16,})%7C"),  # ``<session id>|<time>|<max age>|<expiry>``
    "sid_ucp_v1": ID,  # ByteDance's signed session token (``1.0.0-<base64>``)
    "ssid_ucp_v1": ID,  # ByteDance's signed session token
    "sid_ucp_sso_v1": ID,  # ByteDance SSO's signed session token
    "ssid_ucp_sso_v1": ID,  # ByteDance SSO's signed session token
    "uid_tt": ID,  # ByteDance's user id token
    "uid_tt_ss": ID,  # ByteDance's user id token
    "sso_uid_tt": ID,  # ByteDance SSO's user id token
    "sso_uid_tt_ss": ID,  # ByteDance SSO's user id token
    "toutiao_sso_user": ID,  # ByteDance SSO's user token
    "toutiao_sso_user_ss": ID,  # ByteDance SSO's user token
    "odin_tt": ID,  # ByteDance's account/device token
    "passport_csrf_token": ID,  # a CSRF token tied to the login session (rule 21)
    "passport_csrf_token_default": ID,  # the same CSRF token
    "csrf_session_id": ID,  # douyin's CSRF session id
    "passport_assist_user": ID,  # douyin passport's login assist token
    "passport_auth_mix_state": ID,  # a login flow's random state token
    "d_ticket": ID,  # douyin's login ticket
    "_bd_ticket_crypt_cookie": ID,  # ByteDance ticket guard's per-login ticket
    "bd_ticket_guard_client_data": ID,  # ticket guard's base64 client certificate (per device)
    "cmpl_token": ID,  # TikTok's login completion token
    "msToken": ID,  # ByteDance's per-browser anti-bot token (as ``_abck``, rule 21)
    "__ac_nonce": ID,  # ByteDance's anti-crawler nonce issued to one browser
    "__ac_signature": ID,  # the browser's signature of that nonce (anti-bot token)
    "s_v_web_id": ID,  # ByteDance's captcha verification web id (``verify_...``) of a browser
    "ttcid": ID,  # ByteDance's client id
    "tt_chain_token": ID,  # TikTok's per-browser chain token
    "tt_scid": ID,  # TikTok's opaque random session/captcha id (rule 21: unknown, random)
    "sdid": ID,  # douyin's security device id
    "sdidtest": ID,  # the same device id under a test name
    "UIFID": ID,  # douyin's browser fingerprint id
    "UIFID_TEMP": ID,  # douyin's temporary browser fingerprint id
    "xgplayer_user_id": ID,  # xgplayer's random per-browser user id
    "__tea_cache_tokens_1988": re.compile(r"user_unique_id%22:%22([^%]{8,})%22"),  # Tea SDK's
    # cached record: only its user id field
    "FOLLOW_LIVE_POINT_INFO": re.compile(r"%22(MS4wLjABAAAA[\w-]+)%2F"),  # a user's sec_uid, then times
    "FOLLOW_NUMBER_YELLOW_POINT_INFO": re.compile(r"%22(MS4wLjABAAAA[\w-]+)%2F"),  # the same
    # undecidable (``COOKIE_ID?``): security SDK keys (a truncated uuid), opaque blobs
    "__security_mc_1_s_sdk_cert_key": IGN, "__security_mc_1_s_sdk_crypt_sdk": IGN,
    "__security_mc_1_s_sdk_sign_data_key_sso": IGN,
    "__security_mc_1_s_sdk_sign_data_key_web_protect": IGN,
    "bit_env": IGN, "gulu_source_res": IGN, "n_mh": IGN, "sdk_source_info": IGN,
    "passport_auth_status": IGN, "passport_auth_status_ss": IGN, "tt-target-idc-sign": IGN,
    # Bilibili: browser, user and session ids
    "buvid3": ID,  # Bilibili's browser id
    "buvid4": ID,  # Bilibili's browser id
    "buvid_fp": ID,  # Bilibili's browser fingerprint
    "_uuid": ID,  # Bilibili's browser uuid
    "b_lsid": ID,  # Bilibili's page-session id (``<random hex>_<time hex>``)
    "rpdid": ID,  # Bilibili's encoded device id
    "LIVE_BUVID": ID,  # Bilibili live's browser id
    "CURRENT_PID": ID,  # a per-browser uuid (rule 21: opaque random of an unknown cookie)
    "DedeUserID": ID,  # Bilibili's user id
    "DedeUserID__ckMd5": ID,  # a checksum of that user id (as the id)
    "SESSDATA": ID,  # Bilibili's session
    "bili_jct": ID,  # Bilibili's CSRF token tied to the session
    "bili_ticket": ID,  # Bilibili's signed per-browser web ticket (a JWT)
    # Douyu, Huya/YY, Kuaishou, Weibo, 37wan and others
    "acf_auth": ID,  # Douyu's auth token
    "dy_auth": ID,  # Douyu's auth token
    "acf_did": ID,  # Douyu's device id
    "dy_did": ID,  # Douyu's device id
    "acf_ltkid": ID,  # Douyu's login ticket id
    "acf_stk": ID,  # Douyu's session token key
    "acf_uid": ID,  # Douyu's user id
    "acf_username": ID,  # Douyu's account name (the user's number)
    "dy_teen_mode": re.compile(r"uid%22%3A%22(\d{5,})%22"),  # a record: only its user id
    "acf_nickname": IGN,  # the user's display name (rule 7: user names are ignored)
    "__yamid_new": ID,  # YY/Huya analytics' visitor id
    "_yasids": re.compile(r"([0-9A-Fa-f]{24,})"),  # YY analytics' root session id
    "udb_cred": ID,  # Huya/YY udb's login credential
    "udb_deviceid": ID,  # Huya/YY udb's device id
    "udb_guiddata": ID,  # Huya/YY udb's guid
    "hdjs_session_id": ID,  # Huya analytics' session id (a random number)
    "m_did": ID,  # a device id
    "game_did": ID,  # a device id
    "mfadid": ID,  # a device id (rule 21: opaque random of an unknown cookie)
    "fpk1": ID,  # an encrypted browser fingerprint
    "fpk2": ID,  # a browser fingerprint hash
    "wan_auth37wan": ID,  # 37wan's auth token
    "sid": ID,  # a session id
    "SUB": ID,  # Weibo's login session token
    "SUBP": ID,  # Weibo's login cookie (encrypted account record)
    "WBPSESS": ID,  # Weibo's web session
    # Kinja (a signed-in client's cassettes)
    "KinjaSession": ID,  # Kinja's session id
    "KinjaRememberMe": ID,  # ``<user id>|<session id>``
    "KinjaBurner": re.compile(r"\|([a-z]{3,}(?: [a-z]{3,})+)"),  # a burner account's key words
    # undecidable (``COOKIE_ID?``): random floats that may be sampling numbers or visitor ids
    "__yamid_tt1": IGN, "__yasmid": IGN, "hiido_ui": IGN,
    "_ga_0P9YPW1GQ3": IGN, "_ga_X8R46Y30YM": IGN,  # GA4 session records (as the sixth set)
    # places (``LOCATION``)
    "geocc": LOC,  # a country code
    "store-country-code": LOC,  # a country code
    "store-region": LOC,  # a province code
    # not identifiers (rule 4): flags, counters, preferences, timestamps, versions, A/B keys
    "__live_version__": NO, "__security_server_data_status": NO, "_bd_ticket_crypt_doamin": NO,
    "_rep_cnt": NO, "acf_avatar": NO, "acf_biz": NO, "acf_ct": NO, "acf_groupid": NO,
    "acf_own_room": NO, "acf_phonestatus": NO, "alphaValue": NO, "architecture": NO,
    "b_nut": NO, "b_ut": NO, "bd_ticket_guard_client_web_domain": NO,
    "bili_ticket_expires": NO, "biz_trace_id": NO, "bp_video_offset_623475372": NO,
    "browser_resolution": NO, "clientid": NO, "CURRENT_FNVAL": NO,
    "device_web_cpu_core": NO, "device_web_memory_size": NO, "didv": NO,
    "download_guide": NO, "dy_sheight": NO, "dy_swidth": NO, "enable_web_push": NO,
    "EnhanceDownloadGuide": NO, "FEED_LIVE_VERSION": NO, "FORCE_LOGIN": NO,
    "GIFT_BLOCK_COOKIE": NO, "hd_newui": NO, "hdjs_session_time": NO,
    "header_theme_version": NO, "hevc_supported": NO,
    "Hm_lpvt_51700b6c722f5bb4cf39906a596ea41f": NO, "Hm_lpvt_e99aee90ec1b2106afe7ec3b199020a7": NO,
    "Hm_lvt_51700b6c722f5bb4cf39906a596ea41f": NO, "Hm_lvt_e99aee90ec1b2106afe7ec3b199020a7": NO,
    "home_can_add_dy_2_desktop": NO, "home_feed_column": NO, "huya_flash_rep_cnt": NO,
    "huya_hd_rep_cnt": NO, "huya_ua": NO, "huya_web_rep_cnt": NO, "huyawap_rep_cnt": NO,
    "i-wanna-go-back": NO, "is_staff_user": NO, "IsDouyinActive": NO, "isInLiveRoom": NO,
    "keep": NO, "kpf": NO, "kpn": NO, "live_can_add_dy_2_desktop": NO, "live_use_vvc": NO,
    "LOGIN_STATUS": NO, "login_time": NO, "my_rd": NO, "passport_fe_beating_status": NO,
    "publish_badge_show_info": NO, "pwa2": NO, "sdidshorttest": NO,
    "SEARCH_RESULT_LIST_TYPE": NO, "SelfTabRedDotControl": NO, "SoundValue": NO,
    "store-country-code-src": NO, "store-idc": NO, "store-region-src": NO,
    "strategyABtestKey": NO, "stream_player_status_params": NO,
    "stream_recommend_feed_params": NO, "tiktok_webapp_theme": NO, "tt-target-idc": NO,
    "udb_passdata": NO, "VIDEO_FILTER_MEMO_SELECT": NO, "volume_info": NO,
    "WallpaperGuide": NO, "webcast_leading_last_show_time": NO,
    "webcast_leading_total_show_times": NO, "webcast_local_quality": NO, "xg_device_score": NO,
    "kuaishou.live.bfb1s": ID,  # Kuaishou live's 32-hex value (rule 21: opaque random, unknown)
    "client_key": NO,  # Kuaishou web's application key (the same for every visitor)
    # CriseLYJ/awesome-python-login-model's jars (Baidu, NetEase, GrowingIO and others)
    "BAIDUID": re.compile(r"^([0-9A-Fa-f]{32})"),  # Baidu's browser id (``<hex>:FG=1``)
    "BIDUPSID": ID,  # Baidu's browser id
    "_ntes_nnid": re.compile(r"^([0-9a-f]{32})"),  # NetEase's visitor id, then a timestamp
    "_ntes_nuid": ID,  # NetEase's visitor id
    "JSESSIONID-WYYY": ID,  # NetEase Cloud Music's session id
    "WM_NI": ID,  # NetEase Yidun's per-browser anti-bot token
    "WM_NIKE": ID,  # NetEase Yidun's per-browser anti-bot token
    "WM_TID": ID,  # NetEase Yidun's per-browser anti-bot token
    "ADHOC_MEMBERSHIP_CLIENT_ID1.0": ID,  # a client uuid
    "gr_user_id": ID,  # GrowingIO's per-browser user id
    "grwng_uid": ID,  # GrowingIO's user id
    "bad1b2d9162fab1f80dde1897f7a2972_gr_cs1": ID,  # GrowingIO's signed-in user id
    "bad1b2d9162fab1f80dde1897f7a2972_gr_last_sent_cs1": ID,  # the same user id
    "imClientId": ID, "imClientId_0": ID,  # an instant-messaging client id
    "imId": ID, "imId_0": ID,  # an instant-messaging id
    "__uuid": IGN,  # a timestamp with a random fraction (undecidable)
    "c_flag": IGN,  # 32 hex digits under a flag's name (undecidable)
    "playerid": IGN,  # a number that may be a player instance or a visitor (undecidable)
    "__session_seq": NO, "__uv_seq": NO, "__tlog": NO, "__utmv": NO, "_fecdn_": NO,
    "_iuqxldmzr_": NO, "_mscid": NO, "abtest": NO, "delPer": NO, "FANYI_WORD_SWITCH": NO,
    "fe_work_exp_add": NO, "from_lang_often": NO, "to_lang_often": NO, "H_PS_PSSID": NO,
    "HISTORY_SWITCH": NO, "REALTIME_TRANS_SWITCH": NO, "SOUND_PREFER_SWITCH": NO,
    "SOUND_SPD_SWITCH": NO, "is_lp_user": NO, "need_bind_tel": NO, "new_user": NO,
    "PSINO": NO, "PSTM": NO,
    "Hm_lpvt_64ecd82404c51e03dc91cb9e8c025574": NO, "Hm_lpvt_a2647413544f5a04f00da7eee0d5e200": NO,
    "Hm_lpvt_afd111fa62852d1f37001d1f980b6800": NO, "Hm_lvt_64ecd82404c51e03dc91cb9e8c025574": NO,
    "Hm_lvt_a2647413544f5a04f00da7eee0d5e200": NO, "Hm_lvt_afd111fa62852d1f37001d1f980b6800": NO,
    # held-out names, decided from their names and documentation only
    "_T_WM": ID,  # weibo.cn's mobile visitor id
    "SCF": ID,  # Weibo's login credential
    "SUHB": ID,  # Weibo's login hash
    "a1": ID,  # xiaohongshu's device id (the request signer's input)
    "webId": ID,  # xiaohongshu's web (browser) id
    "gid": ID,  # xiaohongshu's guest/device id
    "web_session": ID,  # xiaohongshu's session
    "abRequestId": ID,  # xiaohongshu's per-browser random uuid
    "access-token-creator.xiaohongshu.com": ID,  # a creator-platform access token
    "customerBeakerSessionId": ID,  # a session id
    "customerClientId": ID,  # a client (user) id
    "galaxy.creator.beaker.session.id": ID,  # a session id
    "galaxy_creator_session_id": ID,  # a session id
    "x-user-id-creator.xiaohongshu.com": ID,  # a user id
    "xhsTracker": ID,  # xiaohongshu's tracker id
    "xhsTrackerId": ID,  # xiaohongshu's tracker id
    "sec_poison_id": ID,  # xiaohongshu's per-browser security token
    "websectiga": ID,  # xiaohongshu's per-browser security token
    "acw_tc": ID,  # Alibaba Cloud WAF's per-client token
    "open-api_worker_plugin_uuid": ID,  # a uuid (rule 21: opaque random of an unknown cookie)
    "OUTFOX_SEARCH_USER_ID_NCOO": ID,  # Youdao's random user id
    "gid.sign": IGN,  # a signature of the gid (undecidable)
    "cache_feeds": IGN,  # unknown content (undecidable)
    "key": IGN,  # unknown (undecidable)
    "Domain": NO, "Path": NO,  # cookie attributes a script left as pairs
    "extra_exp_ids": NO, "extra_exp_ids.sig": NO,  # experiment ids and their signature
    "timestamp2": NO, "timestamp2.sig": NO,  # a timestamp and its signature
    "xhsTracker.sig": NO, "xhsTrackerId.sig": NO,  # keygrip signatures of the tracker cookies
    "unread": NO,  # unread-message content ids
    "webBuild": NO,  # a version
    "xsecappid": NO,  # an application name
}  # fmt: skip
COOKIES: dict[str, str | re.Pattern[str]] = {**_http10.COOKIES, **NEW_COOKIES}
#: Header names first seen in this set -> label of the whole value (rules 4, 5, 8, 23, 26).
NEW_HEADERS: dict[str, str] = {}
# Reviewed and not labelled (rules 5, 8): the jars' headers are standard request headers and
# the Kinja cassettes' server, cache and CDN headers (``x-kinja``, ``x-served-by``, ``x-timer``,
# ``fastly-debug-digest``); no new id-naming header.
HEADERS: dict[str, str] = {**_http10.HEADERS, **NEW_HEADERS}
#: A script's stand-in for a value it has not got (rule 19), beside the eighth and tenth sets'.
_PLACEHOLDER = _TEMPLATE


def _label(
    text: str,
    system: str,
    *,
    cookies: _http4.Table = COOKIES,
    query: _http4.Table = _http10.QUERY,
    headers: Mapping[str, str] = HEADERS,
) -> _http4.Labels:
    """The tenth set's labeller with this set's tables, then rule 19's script stand-ins (a later
    set passes its own, extended, tables)."""
    gold, ignored = _http10._label(text, system, cookies=cookies, query=query, headers=headers)
    gold = [g for g in gold if not _PLACEHOLDER.match(text[g["start"] : g["end"]])]  # type: ignore[index, misc]
    return gold, ignored


def main(argv: list[str]) -> None:
    gits, names_only = git_arguments(argv, __doc__ or "", SOURCES)
    held, counts = extract(gits, "holdout")
    held_values = frozenset(set().union(*(_values(t) for *_, t in held)))
    dev, dev_counts = extract(gits, "dev", sites_of(held), held_values)
    if names_only:
        _http4.names({"dev": dev})
        _names_only(held)
        return
    _http4.write_parts((("holdout", held, HOLD_OUT), ("dev", dev, DEV_OUT)), "h11", _label)
    print(f"held out {counts}; development {dev_counts}")


def _names_only(recs: list[tuple[str, str, str, str]]) -> None:
    """The held-out part's cookie and header names with counts, no values (for the review)."""
    seen: dict[tuple[str, str], int] = {}
    for *_, text in recs:
        for kind, found in (
            ("cookie", _http4.cookie_pairs(text)),
            ("header", _http4.header_values(text)),
        ):
            for n, _s, _e in found:
                seen[kind, n] = seen.get((kind, n), 0) + 1
    for (kind, n), c in sorted(seen.items(), key=lambda x: (x[0][0], x[0][1].lower())):
        print(f"held-{kind}\t{n}\t{c}")


if __name__ == "__main__":
    main(sys.argv[1:])

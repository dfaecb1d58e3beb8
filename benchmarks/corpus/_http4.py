"""Build the fourth real-text set: recorded HTTP traffic, a development and a held-out part.

The text comes from other projects' repositories, pinned by commit; nobody on this team wrote
it (sources, licences, selection and the labelling rules: ``benchmarks/corpus/README.md``,
section "Fourth real-text set"). The parts are split by repository, and within the two
repositories that give to both parts, by capture (chrome-har's perflogs: none, all are
development; crowdsec hub's test logs: by server family). The labeller knows the formats
(header names, cookie names, query keys, log fields) and shares no code with privkit; its
per-name decisions are the reviewed tables below. Both files were committed, labelled, before
privkit was run on either; the held-out part is measured once, at the end.

Run with the local git directories of the repositories (only ``git show`` is used)::

    python -m benchmarks.corpus._http4 --git OWNER/NAME=GIT_DIR ... [--names]

``--names`` lists every cookie name, id-like header and query key with a sample value (the
review's input) instead of writing the files.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from urllib.parse import unquote

from benchmarks.corpus import _jsonl
from benchmarks.corpus._git import git_arguments, git_files, git_show
from benchmarks.corpus._real import _label

ROOT = Path(__file__).resolve().parents[2]
DEV_OUT = ROOT / "benchmarks" / "data" / "http4_dev.jsonl"
HOLD_OUT = ROOT / "benchmarks" / "data" / "http4_holdout.jsonl"

#: repository -> (commit, licence, part)
SOURCES: dict[str, tuple[str, str, str]] = {
    "sitespeedio/chrome-har": ("bb599c6d78715ac752bee17dc642173b38caf1d1", "MIT", "dev"),
    "sigmavirus24/github3.py": ("9eeac0ddb241bf3099a6c904411e3aa23b62fd0d", "BSD-3-Clause", "dev"),
    "betamaxpy/betamax": ("8f3d284103676a43d1481b5cffae96f3a601e0be", "Apache-2.0", "dev"),
    "crowdsecurity/hub": ("b03cb59b2131ebfc5300f5f14828e29967efd1a5", "MIT", "both"),
    "micmro/PerfCascade": ("141951297cfdb13b9692066ba4e6f1c7eebf1248", "MIT", "holdout"),
    "dnaeon/go-vcr": ("e0eabf67b1364a47a61af2dc89b4146a5dd8afbf", "BSD-2-Clause", "holdout"),
    "httprunner/httprunner": ("856d2143672ceab9512ee725b72db93ec340a4a7", "Apache-2.0", "holdout"),
    "SvenskaSpel/har2locust": ("16c593136a87bb9b932a9ba8dcffe9bd74f9a323", "MIT", "holdout"),
    "webrecorder/warcio": ("2a797aa8c6d67e70966ce9d1a690208ab250fbe7", "Apache-2.0", "holdout"),
}

#: Messages taken per capture: requests with a Cookie header, other requests, responses with
#: Set-Cookie, other responses (first distinct ones in file order).
PER_CAPTURE = (10, 4, 8, 3)
#: github3.py cassettes: every 12th file in path order, its first two interactions.
GITHUB3_STEP = 12
#: crowdsec hub access-log tests: the first lines of each test log, and the split by family.
CROWDSEC_LINES = 8
# Not the families fail2ban has filters and test logs for (apache, nginx, haproxy, traefik:
# their lines could copy its off-limits logs); the families of the other fourth set
# (``_logs4``) go by its split: its development families (envoy, litespeed, zoraxy) here, its
# held-out ones (two bunkerweb tests) nowhere.
CROWDSEC_DEV = ("envoy", "litespeed", "zoraxy")
CROWDSEC_HOLD = ("caddy", "aws-alb", "aws-cloudfront", "bunkerweb-http", "base-upsun")
#: Lines longer than this are cut (at a line end, never inside a labelled value: checked).
MAX_CHARS = 6000


# --------------------------------------------------------------------------- reading


def _show(git: Path, commit: str, path: str) -> str:
    return git_show(git, commit, path).removeprefix("\ufeff")


def _block(first: str, headers: list[tuple[str, str]]) -> str:
    """A message as a header block: the request or status line, then ``Name: value`` lines."""
    lines = [first]
    lines += [f"{name}: {part}" for name, value in headers for part in str(value).split("\n")]
    return "\n".join(lines)


def _pick(msgs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The selection rule of one capture over (kind, block) in file order (distinct blocks)."""
    seen: set[str] = set()
    groups: dict[str, list[tuple[str, str]]] = {"rc": [], "r": [], "sc": [], "s": []}
    for kind, block in msgs:
        if block in seen:
            continue
        seen.add(block)
        low = block.lower()
        if kind == "request":
            groups["rc" if "\ncookie: " in low else "r"].append((kind, block))
        else:
            groups["sc" if "\nset-cookie: " in low else "s"].append((kind, block))
    a, b, c, d = PER_CAPTURE
    return groups["rc"][:a] + groups["r"][:b] + groups["sc"][:c] + groups["s"][:d]


def _har_msgs(raw: str) -> list[tuple[str, str]]:
    har = json.loads(raw)
    out: list[tuple[str, str]] = []
    for ent in har["log"]["entries"]:
        rq, rs = ent["request"], ent["response"]
        hv = rq.get("httpVersion") or "HTTP/1.1"
        out.append(("request", _block(f"{rq['method']} {rq['url']} {hv}",
                                      [(h["name"], h["value"]) for h in rq.get("headers", [])])))  # fmt: skip
        status = f"{rs.get('httpVersion') or 'HTTP/1.1'} {rs['status']} {rs.get('statusText', '')}"
        out.append(("response", _block(status.rstrip(),
                                       [(h["name"], h["value"]) for h in rs.get("headers", [])])))  # fmt: skip
    return out


def _perflog_msgs(raw: str) -> list[tuple[str, str]]:
    """Chrome DevTools network events (chrome-har's perflogs) as header blocks."""
    out: list[tuple[str, str]] = []
    for raw_ev in json.loads(raw):
        ev = raw_ev["message"] if "message" in raw_ev and "method" not in raw_ev else raw_ev
        method, p = ev.get("method"), ev.get("params", {})
        if method == "Network.requestWillBeSent":
            rq = p["request"]
            out.append(("request", _block(f"{rq['method']} {rq['url']}",
                                          list(rq.get("headers", {}).items()))))  # fmt: skip
        elif method == "Network.requestWillBeSentExtraInfo":
            out.append(
                ("request", _block("(request, as sent)", list(p.get("headers", {}).items())))
            )
        elif method == "Network.responseReceived":
            rs = p["response"]
            first = f"{rs.get('protocol', '')} {rs.get('status')} {rs.get('statusText', '')}"
            out.append(("response", _block(first.strip(), list(rs.get("headers", {}).items()))))
            if rs.get("requestHeaders"):
                out.append(("request", _block("(request headers)",
                                              list(rs["requestHeaders"].items()))))  # fmt: skip
        elif method == "Network.responseReceivedExtraInfo":
            out.append(("response", _block(f"(response, as received) {p.get('statusCode', '')}",
                                           list(p.get("headers", {}).items()))))  # fmt: skip
    return out


def _cassette_json(raw: str, most: int) -> list[str]:
    """Interactions of a betamax/github3.py JSON cassette, bodies dropped, keys as stored."""
    out = []
    for it in json.loads(raw).get("http_interactions", [])[:most]:
        rq, rs = it["request"], it["response"]
        slim = {
            "request": {
                "method": rq.get("method"),
                "uri": rq.get("uri"),
                "headers": rq.get("headers"),
            },
            "recorded_at": it.get("recorded_at"),
            "response": {
                "status": rs.get("status"),
                "url": rs.get("url"),
                "headers": rs.get("headers"),
            },
        }
        out.append(json.dumps(slim))
    return out


_YAML_BODY = re.compile(r"^(\s*)body: .*$", re.MULTILINE)


def _cassette_yaml(raw: str) -> list[str]:
    """Interactions of a go-vcr YAML cassette as stored, each ``body:`` line emptied."""
    parts = re.split(r"(?m)^    - id: ", raw)
    return [_YAML_BODY.sub(r'\1body: ""', "    - id: " + p).rstrip() for p in parts[1:]]


def _warc_heads(raw: str) -> list[str]:
    """WARC request/response records: the WARC header and the HTTP header, payloads dropped."""
    out = []
    for raw_rec in raw.split("WARC/1.0\r\n" if "\r\n" in raw else "WARC/1.0\n")[1:]:
        rec = raw_rec.replace("\r\n", "\n")
        if "WARC-Type: request" not in rec and "WARC-Type: response" not in rec:
            continue
        head, _, rest = rec.partition("\n\n")
        http, _, _ = rest.partition("\n\n")
        if not re.match(r"(?:HTTP/|[A-Z]+ \S+ HTTP/)", http):
            continue
        out.append("WARC/1.0\n" + head + "\n\n" + http)
    return out


def extract(gits: dict[str, Path]) -> dict[str, list[tuple[str, str, str, str]]]:
    """Every selected record per part: (repo, path, system, text), in a fixed order."""
    parts: dict[str, list[tuple[str, str, str, str]]] = {"dev": [], "holdout": []}
    for repo, (commit, _lic, part) in SOURCES.items():
        git = gits[repo]
        files = git_files(git, commit)
        if repo == "sitespeedio/chrome-har":
            for path in [
                f for f in files if f.startswith("test/perflogs/") and f.endswith(".json")
            ]:
                try:
                    msgs = _perflog_msgs(_show(git, commit, path))
                except (ValueError, KeyError):
                    continue
                parts[part] += [(repo, path, f"perflog_{k}", b) for k, b in _pick(msgs)]
        elif repo == "micmro/PerfCascade":
            for path in [f for f in files if f.startswith("src/test-data/") and f.endswith(".har")]:
                try:
                    msgs = _har_msgs(_show(git, commit, path))
                except (ValueError, KeyError, subprocess.CalledProcessError):
                    continue  # absent from the snapshot (over 4 MiB) or not a HAR
                parts[part] += [(repo, path, f"har_{k}", b) for k, b in _pick(msgs)]
        elif repo in ("httprunner/httprunner", "SvenskaSpel/har2locust"):
            for path in [f for f in files if f.startswith("tests/") and f.endswith(".har")]:
                try:
                    msgs = _har_msgs(_show(git, commit, path))
                except (ValueError, KeyError, subprocess.CalledProcessError):
                    continue
                parts[part] += [(repo, path, f"har_{k}", b) for k, b in _pick(msgs)]
        elif repo == "sigmavirus24/github3.py":
            cas = [f for f in files if f.startswith("tests/cassettes/") and f.endswith(".json")]
            for path in cas[::GITHUB3_STEP]:
                for t in _cassette_json(_show(git, commit, path), 2):
                    parts[part].append((repo, path, "cassette_json", t))
        elif repo == "betamaxpy/betamax":
            cas = [f for f in files if f.endswith(".json") and "cassettes/" in f]
            for path in cas:
                for t in _cassette_json(_show(git, commit, path), 3):
                    parts[part].append((repo, path, "cassette_json", t))
        elif repo == "dnaeon/go-vcr":
            for path in [f for f in files if "fixtures/" in f and f.endswith(".yaml")]:
                for t in _cassette_yaml(_show(git, commit, path))[:6]:
                    parts[part].append((repo, path, "cassette_yaml", t))
        elif repo == "webrecorder/warcio":
            for path in [f for f in files if f.startswith("test/data/") and f.endswith(".warc")]:
                for t in _warc_heads(_show(git, commit, path)):
                    parts[part].append((repo, path, "warc", t))
        elif repo == "crowdsecurity/hub":
            for path in [f for f in files if f.startswith(".tests/") and f.endswith(".log")]:
                d = path.split("/")[1]
                side = ("dev" if d.startswith(CROWDSEC_DEV) else
                        "holdout" if d.startswith(CROWDSEC_HOLD) else None)  # fmt: skip
                if side is None:
                    continue
                lines = [ln for ln in _show(git, commit, path).splitlines() if ln.strip()]
                fam = re.split(r"[-_]", d)[0]
                parts[side] += [(repo, path, f"access_{fam}", ln[:MAX_CHARS])
                                for ln in lines[:CROWDSEC_LINES]]  # fmt: skip
    for k, recs in parts.items():  # distinct texts only
        seen: set[str] = set()
        parts[k] = [r for r in recs if not (r[3] in seen or seen.add(r[3]))]
    return parts


# --------------------------------------------------------------------------- locating values

#: A header line of a block (``Name: value``), a JSON member (``"Name": "v"`` or a list of
#: strings) or a YAML key followed by a block list (``Name:\n    - v``).
_LINE_HDR = re.compile(r"(?m)^([A-Za-z][\w\-]{0,60}|:[a-z]+): (.*)$")
_JSON_HDR = re.compile(
    r'"([A-Za-z][\w\-]{0,60})": (\[(?:"(?:[^"\\]|\\.)*"(?:, )?)*\]|"(?:[^"\\]|\\.)*")'
)
_JSON_STR = re.compile(r'"((?:[^"\\]|\\.)*)"')
_YAML_HDR = re.compile(r"(?m)^(\s+)([A-Za-z][\w\-]{0,60}):\n((?:\1    - .*\n?)+)")
_YAML_ITEM = re.compile(r"(?m)^\s+- (.*)$")


def header_values(text: str) -> list[tuple[str, int, int]]:
    """(lower-case header name, start, end) of every header value in a record, any shape."""
    out: list[tuple[str, int, int]] = []
    if "\n" in text and not text.lstrip().startswith(("{", "[")):
        out += [(m.group(1).lower(), m.start(2), m.end(2)) for m in _LINE_HDR.finditer(text)]
    for m in _JSON_HDR.finditer(text):
        body = m.group(2)
        base = m.start(2)
        out += [(m.group(1).lower(), base + s.start(1), base + s.end(1))
                for s in _JSON_STR.finditer(body)]  # fmt: skip
    for m in _YAML_HDR.finditer(text):
        for s in _YAML_ITEM.finditer(m.group(3)):
            val_s, val_e = m.start(3) + s.start(1), m.start(3) + s.end(1)
            v = text[val_s:val_e]
            if len(v) > 1 and v[0] == v[-1] and v[0] in "\"'":
                val_s, val_e = val_s + 1, val_e - 1
            out.append((m.group(2).lower(), val_s, val_e))
    return out


def cookie_pairs(text: str) -> list[tuple[str, int, int]]:
    """(cookie name, value start, value end) of every pair of every Cookie/Set-Cookie value."""
    out = []
    for name, s, e in header_values(text):
        if name not in ("cookie", "set-cookie"):
            continue
        value = text[s:e]
        pieces = value.split(";") if name == "cookie" else [value.split(";", 1)[0]]
        pos = s
        for piece in pieces:
            at = text.index(piece, pos)
            pos = at + len(piece)
            lead = len(piece) - len(piece.lstrip())
            cname, eq, _ = piece.strip().partition("=")
            if not eq:
                continue
            vs = at + lead + len(cname) + 1
            ve = at + len(piece.rstrip())
            out.append((cname.strip(), vs, ve))
    return out


_URLISH = re.compile(r"(?:https?://|(?<=[ \"'])/)[^\s\"'<>\\]*\?[^\s\"'<>\\]+")


def query_pairs(text: str) -> list[tuple[str, int, int]]:
    """(key, value start, value end) of every ``key=value`` of every URL query in a record."""
    out = []
    for m in _URLISH.finditer(text):
        url = m.group()
        q = url.find("?")
        pos = m.start() + q + 1
        for pair in re.split(r"[&;]", url[q + 1 :].split("#", 1)[0]):
            key, eq, val = pair.partition("=")
            if eq and val:
                vs = pos + len(key) + 1
                out.append((unquote(key), vs, vs + len(val)))
            pos += len(pair) + 1
    return out


def names(parts: dict[str, list[tuple[str, str, str, str]]]) -> None:
    """The review's input: each cookie name, header name and query key with samples."""
    from collections import defaultdict

    for kind in ("cookie", "header", "query"):
        seen: dict[str, list[str]] = defaultdict(list)
        for part, recs in parts.items():
            for _repo, _path, _sys, text in recs:
                found = (cookie_pairs(text) if kind == "cookie" else
                         header_values(text) if kind == "header" else query_pairs(text))  # fmt: skip
                for n, s, e in found:
                    seen[n].append(f"{part[0]}:{text[s:e][:90]}")
        for n in sorted(seen, key=str.lower):
            vals = sorted(set(seen[n]))
            print(f"{kind}\t{n}\t{len(seen[n])}\t" + " || ".join(vals[:3]))


# --------------------------------------------------------------------------- reviewed tables

ID, NO, IGN, LOC = "id", "no", "ign", "loc"
#: Cookie name -> ID (whole value), NO, IGN (ignored, ``COOKIE_ID?``), LOC (ignored,
#: ``LOCATION``), or a regex whose group 1 is the identifier inside the value and whose
#: optional group ``ign`` is ignored. Names not listed are not labelled (reviewed: every
#: name of both parts is here or is a flag/test/empty value).
COOKIES: dict[str, str | re.Pattern[str]] = {
    # browser, visitor, session ids and per-browser tokens
    "6suuid": ID, "__cf_bm": ID, "__cfduid": ID, "__lc_cid": ID, "__lc_cst": ID,
    "__stripe_mid": ID, "__utma": ID, "_calibre_app_session": ID, "_em_v": ID, "_em_vt": ID,
    "_ga": ID, "_gcl_au": ID, "_gd_session": ID, "_gd_visitor": ID, "_gh_sess": ID, "_gid": ID,
    "_izettle-site_session": ID, "_kuid_": ID, "_octo": ID, "BBC-UID": ID, "cf_clearance": ID,
    "ckpf_sscid": ID, "ckpf_uid": ID, "demdex": ID, "end_user_id": ID, "IDE": ID, "IMRID": ID,
    "JSESSIONID": ID, "LDCLGFbrowser": ID, "MUID": ID, "MUIDB": ID, "NID": ID,
    "optimizelyEndUserId": ID, "PHPSESSID": ID, "rsid": ID, "RYANSESSION": ID, "s_vi": ID,
    "sails.sid": ID, "super-secret-cookie": ID, "UID": ID, "vercel_session_id": ID, "v": ID,
    "vt": ID, "MomFriendlySessionCookie": ID,
    # identifier fields inside values of named or separated fields
    "_EDGE_S": re.compile(r"SID=([0-9A-Fa-f]+)"),
    "_SS": re.compile(r"SID=([0-9A-Fa-f]+)"),
    "SRCHUID": re.compile(r"GUID=([0-9A-Fa-f]+)"),
    "MaOMa": re.compile(r"VisitorID=(\d+)"),
    "utag_main": re.compile(r"v_id:([0-9a-f]+).*ses_id:(?P<ign>\d+)"),
    "__gads": re.compile(r"ID=([0-9a-f]+)"),
    "ruid": re.compile(r"^([0-9a-f]+)\^"),
    "id": re.compile(r"^([0-9a-f]+)\|\|"),
    "i00": re.compile(r"^([0-9a-f]+)%3B"),
    "optimizelyPendingLogEvents": re.compile(r"u%3D(oeu[0-9.r]+)"),
    # undecidable
    "s1": IGN, "UIDR": IGN, "h2o_casper": IGN, "akaas_abtesting": IGN,
    "__oauth_redirect_detector": IGN,
    # location
    "GeoIP": LOC, "geoData": LOC, "countryCode": LOC, "fly_geo": LOC,
    # not identifiers (listed for the review's record)
    "1P_JAR": NO, "__cflb": NO, "__utm_parameter": NO, "__utmb": NO, "__utmc": NO, "__utmt": NO,
    "__utmz": NO, "__utmzzses": NO, "_C_ETH": NO, "_EDGE_V": NO, "_gaexp": NO, "_gaexp_rc": NO,
    "_gat": NO, "_HPVN": NO, "_now_no_cache": NO, "AWSELB": NO, "CBS_INTERNAL": NO, "CfP": NO,
    "CONSENT": NO, "CP": NO, "first_page_today": NO, "fly_default_edition": NO,
    "fly_device": NO, "fonts-loaded": NO, "fullCSS": NO, "grunticon": NO, "has_js": NO,
    "initialTrafficSource": NO, "logged_in": NO, "mm_random": NO, "mmcore.tst": NO,
    "optimizelyBuckets": NO, "optimizelySegments": NO, "rdk": NO, "rdk15": NO, "rdk2": NO,
    "ServedBy": NO, "ses15": NO, "ses2": NO, "vis15": NO, "vis2": NO, "SRCHD": NO,
    "SRCHHPGUSR": NO, "SRCHUSR": NO, "t": NO, "test_cookie": NO, "visited": NO,
    "WMF-Last-Access": NO, "WMF-Last-Access-Global": NO, "zdnet_ad": NO,
}  # fmt: skip
#: AMCV_* values without an MCMID field, the ``_dc_gtm_*``/``ck0*``/``csc*``/``csi*`` flags
#: and httpbin's ``cookieN``/``fake`` test values are not identifiers either.
_NO_COOKIE = re.compile(r"^(?:AMCV_|_dc_gtm_|ck0\d$|csc\d|csi\d|cookie\d$|fake$)")

#: Query key -> label, reviewed (keys not listed are not labelled; unlisted id-named keys
#: are ignored by ``_ID_QUERY``).
QUERY: dict[str, str | re.Pattern[str]] = {
    "CID": "COOKIE_ID", "cid": "COOKIE_ID", "b_s_vi": "COOKIE_ID", "ns_alias": "COOKIE_ID",
    "ft": "COOKIE_ID", "fv": "COOKIE_ID", "ga_vid": "COOKIE_ID",
    "cookie": re.compile(r"ID%3D([0-9a-f]+)"),
    "access_token": "AUTH_TOKEN", "ua": "USER_AGENT",
    "ns_setsiteck": "~QUERY_ID", "ga_sid": "~QUERY_ID", "jid": "~QUERY_ID", "sid": "~QUERY_ID",
    "lo": "~LOCATION",
}  # fmt: skip
_ID_QUERY = re.compile(
    r"(?i)^[a-z_]*(?:uid|uuid|guid|visitor|vid|session|sessid|client_?id|device_?id|user_?id)"
    r"[a-z_0-9]*$"
)
#: Header name -> label of its whole value.
HEADERS: dict[str, str] = {
    "x-devtools-emulate-network-conditions-client-id": "~DEVTOOLS_ID",
    "countrycode": "~LOCATION", "x-geoip-country-code": "~LOCATION",
    "x-geoip-country-name": "~LOCATION",
    "x-api-key": "AUTH_TOKEN", "api-key": "AUTH_TOKEN", "x-auth-token": "AUTH_TOKEN",
    "private-token": "AUTH_TOKEN",
}  # fmt: skip
_ID_HEADER = re.compile(r"(?i)(?:visitor|session|device|user|anonymous|browser|install)[-_]?id$")
_PLACEHOLDER = re.compile(r"^(?:<[^>]*>|\*+|x{3,}|redacted|REDACTED|\[REDACTED\]|-)$")


def _auth(value: str, start: int) -> tuple[int, int, str] | None:
    if value.lower().startswith("digest "):
        return (start, start + len(value), "~DIGEST")
    scheme, sp, cred = value.partition(" ")
    if not sp:
        scheme, cred = "", value
    cs = start + len(scheme) + len(sp)
    cred = cred.strip()
    if not cred:
        return None
    if _PLACEHOLDER.match(cred) or len(cred) < 8:  # a redacted or dummy credential
        return (cs, cs + len(cred), "~AUTH_PLACEHOLDER")
    return (cs, cs + len(cred), "AUTH_TOKEN")


# access-log user-agent fields the generic rules do not read
_FORMAT_UA = (
    re.compile(r'"request_User-Agent":"((?:[^"\\]|\\.)+)"'),
    re.compile(r"\[useragent: ([^\]]+)\]"),
    re.compile(r'\[Gzip [^\]]*\](?: \[Sent-to [^\]]*\])? "([^"]+)"'),  # nginx proxy manager
    re.compile(r'HTTP/[0-9.]+" \d{3} \S+ \d+ \d+ \d+ \S+ "[^"]*" "([^"]*)"'),  # envoy default
    re.compile(r'HTTP/[0-9.]+" \d{3} \d+ \d+ - (\S.*)$'),  # nginx catch-all: agent unquoted
    re.compile(r'" "((?:[^"\\]|\\.)*)" (?:[A-Z0-9\-_]+|-) (?:TLS\S*|-) '),  # ALB
    # a combined-format line inside a JSON string (quotes escaped)
    re.compile(r'HTTP/[0-9.]+\\" \d{3} [\d\-]+ \\"[^"\\]*\\" \\"([^"\\]+)\\"'),
)
_RETINA = re.compile(r"@[1-4]x\.(?:png|jpe?g|gif|svg|webp)$", re.IGNORECASE)
_WAF_MATCH = re.compile(r"Matched Data: (\S{20,}) found")
_USER_NAME = re.compile(
    r'user "([^"]+)"|username:(\S+)|"ClientUsername":"([^"-][^"]*)"|"user_id":"([^"]+)"'
)


def label(
    text: str,
    system: str,
    cookies: Mapping[str, str | re.Pattern[str]] = COOKIES,
    query: Mapping[str, str | re.Pattern[str]] = QUERY,
) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """Gold spans and ignored regions of one record, by the rules in the README.

    ``cookies`` and ``query`` are the reviewed per-name tables (the fifth set, ``_http5``,
    passes these tables extended by its own reviewed names).
    """
    spans: list[tuple[int, int, str]] = []
    hv = header_values(text)
    for name, s, e in hv:
        value = text[s:e]
        if not value or value in ("-", '""'):
            continue
        if name == "user-agent":
            spans.append((s, e, "USER_AGENT"))
        elif name.startswith("sec-ch-ua"):
            spans.append((s, e, "~UA_HINT"))
        elif name in ("authorization", "proxy-authorization"):
            got = _auth(value, s)
            if got:
                spans.append(got)
        elif name in HEADERS:
            spans.append((s, e, HEADERS[name]))
        elif _ID_HEADER.search(name):
            spans.append((s, e, "COOKIE_ID"))
    for cname, s0, e0 in cookie_pairs(text):
        s, e, value = s0, e0, text[s0:e0]
        if len(value) > 1 and value[0] == value[-1] == '"':
            s, e, value = s + 1, e - 1, value[1:-1]
        if not value:
            continue
        rule = cookies.get(cname, NO)
        if _NO_COOKIE.match(cname):
            rule = NO
        if rule == ID:
            spans.append((s, e, "COOKIE_ID"))
        elif rule == IGN:
            spans.append((s, e, "~COOKIE_ID?"))
        elif rule == LOC:
            spans.append((s, e, "~LOCATION"))
        elif isinstance(rule, re.Pattern):
            for m in rule.finditer(value):
                spans.append((s + m.start(1), s + m.end(1), "COOKIE_ID"))
                if "ign" in m.groupdict() and m.group("ign"):
                    spans.append((s + m.start("ign"), s + m.end("ign"), "~COOKIE_ID?"))
    for key, s, e in query_pairs(text):
        value = text[s:e]
        rule = query.get(key)
        if isinstance(rule, re.Pattern):
            spans += [(s + m.start(1), s + m.end(1), "COOKIE_ID") for m in rule.finditer(value)]
        elif rule:
            spans.append((s, e, rule))
        elif key == "q" and value.lower() == "isfahan":
            spans.append((s, e, "~LOCATION"))
        elif (key in ("s", "id") and len(value) >= 16 and "/" not in value) or _ID_QUERY.match(key):
            spans.append((s, e, "~QUERY_ID"))
    for rx in _FORMAT_UA:
        spans += [(m.start(1), m.end(1), "USER_AGENT") for m in rx.finditer(text)
                  if m.group(1) not in ("-", "")]  # fmt: skip
    if system == "access_aws" and text.count("\t") > 20:  # CloudFront: field 11 is the agent
        cols, pos = [], 0
        for col in text.split("\t"):
            cols.append((pos, pos + len(col)))
            pos += len(col) + 1
        s, e = cols[10]
        if text[s:e] not in ("-", ""):
            spans.append((s, e, "USER_AGENT"))
    # a fragment of a token a WAF rule quotes: not usable on its own
    spans += [(m.start(1), m.end(1), "~TOKEN_PART") for m in _WAF_MATCH.finditer(text)]
    for m in _USER_NAME.finditer(text):
        g = next(i for i in range(1, 5) if m.group(i))
        spans.append((m.start(g), m.end(g), "~USERNAME"))
    # keep the first of overlapping spans (a header value before a query key inside it)
    kept: list[tuple[int, int, str]] = []
    for sp in sorted(spans, key=lambda x: (x[0], -x[1])):
        if not any(a < sp[1] and sp[0] < b for a, b, _ in kept):
            kept.append(sp)
    gold_g, ign_g = _label(text, system)
    # a retina image name (``logo@2x.png``) has an address's shape but is a file name
    gold_g = [g for g in gold_g if not (g["entity"] == "EMAIL_ADDRESS" and _RETINA.search(
        text, g["start"], g["end"]))]  # type: ignore[arg-type]  # fmt: skip
    taken = [(s, e) for s, e, _ in kept]
    gold = [{"start": s, "end": e, "entity": t} for s, e, t in kept if not t.startswith("~")]
    gold += [
        g for g in gold_g
        if not any(a < g["end"] and g["start"] < b for a, b in taken)  # type: ignore[operator]
    ]  # fmt: skip
    ignored = [{"start": s, "end": e, "label": t[1:]} for s, e, t in kept if t.startswith("~")]
    ignored += ign_g
    gold.sort(key=lambda g: (g["start"], g["end"]))  # type: ignore[arg-type, return-value]
    return gold, ignored


#: A credential's stand-in rather than a credential: a template, a mask, or a test suite's
#: dummy (``<password>``, ``${TOKEN}``, ``xxxxxxxx``, ``DUMMY_SIGNATURE``, ``fakepassword``), or a
#: mask that shows a few characters (``****************aedd``).
CREDENTIAL_STANDIN = re.compile(
    r"(?i)^(?:<[^>]*>|%3C[^%]*%3E|\{\{?\w+\}?\}|\$\{?\w+\}?|%\w+%|\*+|x+|\[redacted\]"
    r"|\w{0,4}\*{4,}\w{0,4}"
    r"|(?:fake|mock|dummy|test|example|sample|your|my)[\w\-]*|[\w\-]*[_\-](?:dummy|placeholder)"
    r"|demo|pass(?:word)?|secret|redacted|changeme|none|null|_{1,3}[A-Za-z][A-Za-z\-]{0,40}_{1,3})$"
)
#: Rule 44 (the eighteenth set's, applied to every HTTP set since 2026-12-05): query keys
#: carrying a request's signature or the signer's access key (rule 22 widened): ``Signature``
#: (AWS and Aliyun signature version 2, CloudStack), ``sig`` (GoGrid, Azure SAS),
#: ``X-Amz-Signature``/``X-Amz-Credential`` (presigned URLs), ``temp_url_sig`` (Swift),
#: ``AWSAccessKeyId``/``AccessKeyId``, ``api_key``/``apiKey``. A stand-in or a value shorter
#: than 8 characters is ignored (``AUTH_PLACEHOLDER``).
SIGNED_QUERY = re.compile(
    r"(?i)^(?:signature|sig|x-amz-signature|x-amz-credential|temp_url_sig|awsaccesskeyid"
    r"|accesskeyid|api_?key)$"
)
#: Rule U (every HTTP set, 2026-12-05; a letter, as the sets number their own rules): a URL's user information (``scheme://user:password@``).
#: The user name is a login (ignored, ``USERNAME``), the password a credential (``AUTH_TOKEN``)
#: unless a stand-in stands there (ignored, ``AUTH_PLACEHOLDER``); nothing in it is an e-mail
#: address, whatever its shape (``password@host.tld`` is no mailbox). User information inside
#: a value labelled as a whole (a user agent's contact URL) is left to that label.
_USERINFO = re.compile(
    r"(?i)(?<![\w+.\-])[a-z][a-z0-9+.\-]{1,15}://"
    r"([^\s/?#@:\"'<>\\]{1,128})(?::([^\s/?#@\"'<>\\]{0,256}))?@(?=[\w\[])"
)
_INSIDE_USERINFO = frozenset({"EMAIL_ADDRESS", "AUTH_TOKEN", "URL"})
#: Rule V (every HTTP set, 2026-12-05, H78): a dotted quad right after a product token in a
#: header that names software (``Server: openresty/1.7.10.1``, ``server: ATS/9.1.10.112``,
#: ``X-Powered-By``, ``Via``) is the software's version, not an address: no label. An address
#: after a path's word in a URL (``/ip/10.1.2.3``) keeps its label.
_SOFTWARE_VERSION = re.compile(
    r"(?im)(?:^[ \t]*|[{,\[][ \t]*)[\"']?(?:server|x-powered-by|via)[\"']?[ \t]*:[ \t]*\[?[ \t]*[\"']?"
    r"(?:[^\n\"']{0,160}[ (,])?[A-Za-z][\w.\-]{0,63}/\Z"
)

Labels = tuple[list[dict[str, object]], list[dict[str, object]]]
#: A reviewed per-name table: cookie name or query key -> decision or label (:data:`COOKIES`,
#: :data:`QUERY`; a later set passes its own, extended, to its labeller).
Table = Mapping[str, str | re.Pattern[str]]


def _credential(
    gold: list[dict[str, object]], ignored: list[dict[str, object]], s: int, e: int, value: str
) -> None:
    if len(value) < 8 or CREDENTIAL_STANDIN.match(value):
        mark = {"start": s, "end": e, "label": "AUTH_PLACEHOLDER"}
        if mark not in ignored:
            ignored.append(mark)
    else:
        gold.append({"start": s, "end": e, "entity": "AUTH_TOKEN"})


def credential_labels(
    text: str, gold: list[dict[str, object]], ignored: list[dict[str, object]]
) -> Labels:
    """Rules 44, U and V on one record's labels (every HTTP set's last step; idempotent)."""
    gold = [
        g for g in gold
        if not (
            g["entity"] == "IP_ADDRESS"
            and _SOFTWARE_VERSION.search(
                text, text.rfind("\n", 0, g["start"]) + 1, g["start"]  # type: ignore[arg-type]
            )
        )
    ]  # fmt: skip
    for key, s, e in query_pairs(text):
        if SIGNED_QUERY.match(key) and e > s:
            gold = [g for g in gold if not (g["start"] < e and s < g["end"])]  # type: ignore[operator]
            _credential(gold, ignored, s, e, text[s:e])
    for m in _USERINFO.finditer(text):
        s, e = m.start(1), m.end(2) if m.group(2) is not None else m.end(1)
        over = [g for g in gold if g["start"] < e and s < g["end"]]  # type: ignore[operator]
        if any(g["entity"] not in _INSIDE_USERINFO for g in over):
            continue
        gold = [g for g in gold if g not in over]
        mark = {"start": m.start(1), "end": m.end(1), "label": "USERNAME"}
        if mark not in ignored:
            ignored.append(mark)
        if m.group(2):
            _credential(gold, ignored, *m.span(2), m.group(2))
    gold.sort(key=lambda g: (g["start"], g["end"]))  # type: ignore[arg-type, return-value]
    return gold, ignored


#: Rule 14 read in nested URLs (every HTTP set's, applied 2026-12-05): a cookie-sync URL carried
#: percent-encoded inside another URL (``?redir=https%3A%2F%2Fsync.example%2Fs%3Fuid%3D<id>``) is
#: a cookie-sync URL too. Its query starts after the first ``%3F`` and ends where the carrying
#: value ends (whitespace, ``&``, ``#``, a quote, ``<``, ``>``, a backslash) or at an encoded
#: fragment (``%23``); pairs are split at ``%26`` and keys at the first ``%3D`` (one level of
#: encoding, either case). Values are matched as written, so an encoded placeholder
#: (``%7BUID%7D``, ``%24UID``) is no id.
_NESTED_URL = re.compile(r"(?i)https?%3A%2F%2F")
_NESTED_END = re.compile(r"[\s&#\"'<>\\]")
_NESTED_SPLIT = re.compile(r"(?i)%26")
_NESTED_Q, _NESTED_FRAG, _NESTED_EQ = (re.compile(rf"(?i){c}") for c in ("%3F", "%23", "%3D"))
#: Rule 14's template placeholders (``${NAME}``, ``$UID``, ``_name_``): never an id.
_NESTED_PLACEHOLDER = re.compile(r"^(?:\$.*|_\w*_)$")


def nested_query_pairs(text: str) -> list[tuple[str, int, int]]:
    """(key, value start, value end) of every pair of every percent-encoded nested URL query."""
    out = []
    for m in _NESTED_URL.finditer(text):
        stop = _NESTED_END.search(text, m.end())
        end = stop.start() if stop else len(text)
        frag = _NESTED_FRAG.search(text, m.end(), end)
        end = frag.start() if frag else end
        q = _NESTED_Q.search(text, m.end(), end)
        if not q:
            continue
        pos = q.end()
        for pair in _NESTED_SPLIT.split(text[pos:end]):
            eqm = _NESTED_EQ.search(pair)
            eq = eqm.start() if eqm else -1
            if 0 < eq < len(pair) - 3:
                vs = pos + eq + 3
                out.append((unquote(pair[:eq]), vs, pos + len(pair)))
            pos += len(pair) + 3
    return out


def nested_sync_labels(
    text: str,
    gold: list[dict[str, object]],
    ignored: list[dict[str, object]],
    table: Mapping[str, str | re.Pattern[str]] | None = None,
) -> Labels:
    """Rule 14's query keys (``_http6.NEW_QUERY``) read in nested URLs (idempotent).

    A span is added only where no gold span or ignored region of the record lies already, and
    never on a template placeholder.
    """
    if table is None:
        from benchmarks.corpus import _http6  # lazy: _http6 imports this module

        table = _http6.NEW_QUERY
    taken = [(g["start"], g["end"]) for g in gold] + [(i["start"], i["end"]) for i in ignored]
    gold, ignored = list(gold), list(ignored)
    for key, s, e in nested_query_pairs(text):
        rule = table.get(key)
        if isinstance(rule, re.Pattern):
            new = [(s + m.start(1), s + m.end(1), "COOKIE_ID") for m in rule.finditer(text[s:e])]
        elif rule:
            new = [(s, e, rule)]
        else:
            continue
        for a, b, lab in new:
            if b <= a or any(x < b and a < y for x, y in taken):  # type: ignore[operator]
                continue
            if _NESTED_PLACEHOLDER.match(text[a:b]):
                continue
            taken.append((a, b))
            if lab.startswith("~"):
                ignored.append({"start": a, "end": b, "label": lab[1:]})
            else:
                gold.append({"start": a, "end": b, "entity": lab})
    gold.sort(key=lambda g: (g["start"], g["end"]))  # type: ignore[arg-type, return-value]
    return gold, ignored


Rows = dict[str, list[dict[str, object]]]
Labeller = Callable[[str, str], tuple[list[dict[str, object]], list[dict[str, object]]]]


def rows(recs: dict[str, list[tuple[str, str, str, str]]], prefix: str, labeller: Labeller) -> Rows:
    """Records of each part, ids ``<prefix><part letter>-<repository>-<n>``, labelled."""
    out: Rows = {}
    for part, part_recs in recs.items():
        part_rows = []
        counts: dict[str, int] = {}
        for repo, path, system, text in part_recs:
            short = repo.split("/")[1].lower().replace(".", "")
            i = counts[short] = counts.get(short, -1) + 1
            gold, ignored = nested_sync_labels(
                text, *credential_labels(text, *labeller(text, system))
            )
            part_rows.append({
                "id": f"{prefix}{part[0]}-{short}-{i:03d}", "kind": "log", "source": system,
                "text": text, "spans": gold, "ignored": ignored, "repo": repo, "path": path,
            })  # fmt: skip
        out[part] = part_rows
    return out


Records = list[tuple[str, str, str, str]]


def write_parts(
    parts: Iterable[tuple[str, Records, Path]], prefix: str, labeller: Labeller
) -> None:
    """Label each part's records, write its file and print its counts (a builder's last step)."""
    for part, recs, path in parts:
        part_rows = rows({part: recs}, prefix, labeller)[part]
        _jsonl.write(path, part_rows)
        n = sum(len(r["spans"]) for r in part_rows)  # type: ignore[arg-type]
        print(f"{path.name}: {len(part_rows)} records, {n} spans")


def review_names(
    dev: Records,
    held: Records,
    names: Callable[[str], list[tuple[str, int, int]]],
    *,
    width: int = 80,
    shown: int = 3,
) -> None:
    """The review's input: the names ``names`` finds in a text (with their values' spans),
    development samples (``shown`` values of ``width`` characters at most) and held-out
    counts (no held-out value)."""
    seen: dict[str, list[str]] = {}
    counts: dict[str, int] = {}
    for part, recs in (("d", dev), ("h", held)):
        for *_, text in recs:
            for n, s, e in names(text):
                counts[f"{part}:{n}"] = counts.get(f"{part}:{n}", 0) + 1
                if part == "d":
                    seen.setdefault(n, []).append(text[s:e][:width])
    for key in sorted(counts, key=str.lower):
        part, n = key.split(":", 1)
        samples = " || ".join(sorted(set(seen.get(n, [])))[:shown]) if part == "d" else ""
        print(f"{part}\t{n}\t{counts[key]}\t{samples}")


def new_cookie_names(text: str, known: Mapping[str, object]) -> list[tuple[str, int, int]]:
    """The cookie pairs of ``text`` whose names ``known`` (a set's review table) lacks."""
    return [(n, s, e) for n, s, e in cookie_pairs(text) if n not in known]


def build(gits: dict[str, Path]) -> Rows:
    return rows(extract(gits), "h4", label)


def cli(
    argv: list[str],
    *,
    doc: str,
    sources: Mapping[str, object],
    extract: Callable[[dict[str, Path]], dict[str, list[tuple[str, str, str, str]]]],
    build: Callable[[dict[str, Path]], Rows],
    outputs: tuple[Path, Path],
) -> None:
    """A set builder's command line: ``--git OWNER/NAME=GIT_DIR ... [--names]``."""
    gits, names_only = git_arguments(argv, doc, sources)
    if names_only:
        names(extract(gits))
        return
    built = build(gits)
    for part, path in zip(("dev", "holdout"), outputs, strict=True):
        part_rows = built[part]
        _jsonl.write(path, part_rows)
        n = sum(len(r["spans"]) for r in part_rows)  # type: ignore[arg-type]
        print(f"{path.name}: {len(part_rows)} records, {n} spans")


def main(argv: list[str]) -> None:
    cli(
        argv,
        doc=__doc__ or "",
        sources=SOURCES,
        extract=extract,
        build=build,
        outputs=(DEV_OUT, HOLD_OUT),
    )


if __name__ == "__main__":
    main(sys.argv[1:])


# --------------------------------------------------------------------------- benchmark help

#: Systems of the set whose records are web-server log lines (the access-log measure).
ACCESS_PREFIX = "access_"


def errors(docs: list, preds: list) -> list[str]:  # type: ignore[type-arg]
    """A detector's misses and false findings on the development part, one line each.

    Used for the development part only; the held-out part's errors are not listed.
    """
    out = []
    for d, ps in zip(docs, preds, strict=True):
        for g in d.spans:
            hit = [p for p in ps if p.overlaps(g)]
            if not any(p.entity == g.entity for p in hit):
                got = ",".join(sorted({p.entity for p in hit})) or "nothing"
                ctx = d.text[max(0, g.start - 30) : g.start].replace("\n", "\\n")
                out.append(
                    f"miss  {g.entity:13s} {d.id} …{ctx}⟦{d.text[g.start : g.end][:70]}⟧ -> {got}"
                )
        for p in set(ps):
            if any(p.entity == g.entity and p.overlaps(g) for g in d.spans):
                continue
            if any(p.overlaps(i) for i in d.ignored):
                continue
            under = ",".join(sorted({g.entity for g in d.spans if g.overlaps(p)})) or "clean"
            ctx = d.text[max(0, p.start - 30) : p.start].replace("\n", "\\n")
            out.append(
                f"false {p.entity:13s} {d.id} …{ctx}⟦{d.text[p.start : p.end][:70]}⟧ on {under}"
            )
    return sorted(out)

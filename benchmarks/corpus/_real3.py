"""Build the third real-text set (second held-out part): access logs and recorded HTTP traffic.

Like ``_real.py``, the text comes from other projects' repositories, pinned by commit; nobody on
this team wrote it. It was chosen for the HTTP side of issue 10 (user agents, cookies, client
IPs, request URLs): Apache, S3, ELB/ALB, CloudFront, Squid and Sinatra access lines, Rails and
database logs, an AWS WAF record, browser captures (HAR) rendered as header blocks, and VCR
cassettes. The generic rules of ``_real._label`` (IPs, MACs, e-mails, user-agent fields) are
applied first, then the format rules below; ``_EXTRA``/``_NOT_PII``/``_IGNORE`` record the
record-by-record review. The file was committed, labelled, before privkit was run on it.

Run once, with local git directories of the five repositories:

    python -m benchmarks.corpus._real3 --rla DIR --alp DIR --oms DIR --har DIR --vcr DIR
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from benchmarks.corpus import _jsonl
from benchmarks.corpus._git import git_show
from benchmarks.corpus._real import _label, _records

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "benchmarks" / "data" / "real_logs_holdout3.jsonl"

#: repository -> (commit, licence)
SOURCES: dict[str, tuple[str, str]] = {
    "wvanbergen/request-log-analyzer": ("b83865d440278583ac8e4901bb33878244fd7c75", "MIT"),
    "dpetzold/aws-log-parser": ("127bed2976c270d7839e5b5f113ccbbcf3b6c447", "Apache-2.0"),
    "microsoft/OMS-Agent-for-Linux": ("8d5d83a08a5e41011a4b5c57fd9c5b26a47e8c63", "MIT"),
    "haralyzer/haralyzer": ("29ffe0d2e26dc97b2adaa329328beb228ba8c356", "MIT"),
    "kevin1024/vcrpy": ("b1fb62bf474d27be3ccafdc6bc1b8a7a1c5c4b8d", "MIT"),
}

#: request-log-analyzer fixtures: file -> (system, most records)
RLA_FILES: dict[str, tuple[str, int]] = {
    "spec/fixtures/apache_combined.log": ("apache_combined", 40),
    "spec/fixtures/apache_common.log": ("apache_common", 40),
    "spec/fixtures/s3_logs/2012-10-05-16-18-11-F9AAC5D1A55AEBAD": ("s3_access", 40),
    "spec/fixtures/s3_logs/2012-10-05-16-26-06-15314AF7F0651839": ("s3_access", 40),
    "spec/fixtures/sinatra.log": ("sinatra", 30),
    "spec/fixtures/syslog_1x.log": ("rails_syslog", 40),
    "spec/fixtures/rails_22.log": ("rails22", 40),
    "spec/fixtures/postgresql.log": ("postgresql", 30),
    "spec/fixtures/mysql_slow_query.log": ("mysql_slow", 30),
}
ALP_FILES: dict[str, str] = {
    "test/data/classic_loadbalancer_http_entry.csv": "elb_classic",
    "test/data/cloudfront-multiple.log": "cloudfront_w3c",
    "test/data/cloudfront_entry.csv": "cloudfront_w3c",
    "test/data/cloudfront_entry2.csv": "cloudfront_w3c",
    "test/data/cloudfront_entry_broken_cookie.csv": "cloudfront_w3c",
    "test/data/cloudfront_entry_cookie_with_encoding.csv": "cloudfront_w3c",
    "test/data/loadbalancer_cloudfront_forward.csv": "alb",
    "test/data/loadbalancer_cloudfront_forward_h2.csv": "alb",
    "test/data/loadbalancer_cloudfront_forward_refused.csv": "alb",
    "test/data/loadbalancer_http2_entry.csv": "alb",
    "test/data/loadbalancer_http2_entry_auth_error.csv": "alb",
    "test/data/loadbalancer_http_entry.csv": "alb",
    "test/data/loadbalancer_https_entry.csv": "alb",
    "test/data/loadbalancer_lambda_entry.csv": "alb",
    "test/data/loadbalancer_secured_websockets_entry.csv": "alb",
    "test/data/loadbalancer_websockets_entry.csv": "alb",
    "test/data/waf_log.json": "aws_waf",
}
OMS_SQUID = "test/code/plugins/squid_log_parser_plugintest.rb"
HAR_FILES = ("tests/data/cnn.har", "tests/data/cnn-chrome.har")
#: HAR messages taken per file: request blocks, response blocks with Set-Cookie, others.
HAR_MOST = (45, 25, 10)
VCR_FILES = (
    "tests/fixtures/migration/new_cassette.json",
    "tests/fixtures/migration/new_cassette.yaml",
    "tests/fixtures/migration/old_cassette.json",
    "tests/fixtures/migration/old_cassette.yaml",
    "tests/integration/cassettes/gzip_httpx_old_format.yaml",
    "tests/integration/cassettes/gzip_requests.yaml",
    "tests/integration/test_tornado_with_decorator_use_cassette.yaml",
    "tests/integration/test_tornado_exception_can_be_caught.yaml",
)

#: Systems whose records are HTTP access-log lines; HTTP traffic (headers) systems.
ACCESS_LOGS = frozenset(
    {"apache_combined", "apache_common", "s3_access", "sinatra", "elb_classic", "alb",
     "cloudfront_w3c", "squid"}
)  # fmt: skip
HTTP_TRAFFIC = frozenset({"har_request", "har_response", "vcr_cassette", "aws_waf"})

# ------------------------------------------------------------------ cookie labelling (reviewed)
#: Cookie names whose values identify a browser, visitor or session (reviewed one by one: random
#: or structured ids, UUIDs, long hex/base64/digit runs). Values of other cookies (flags,
#: counters, timestamps, editions, experiment configuration) are not personal.
ID_COOKIES = frozenset(
    [
        "ug",
        "ug1",
        "optimizelyEndUserId",
        "visitor",
        "obuid",
        "IMRID",
        "s_fid",
        "s_vi",
        "vaguid",
        "__vrf",
        "grvinsights",
        "_chartbeat2",
        "UID",
        "pid",
        "MUID",
        "MUIDB",
        "mc",
        "_uetsid",
        "__qca",
        "_kuid_",
        "ruid",
        "rsid",
        "CMID",
        "CMST",
        "khaos",
        "personalization_id",
        "guest_id",
        "gmid",
        "ucid",
        "ad-id",
        "TDID",
        "user-0",
        "uuid2",
        "i",
        "everest_g_v2",
        "uid",
        "UIKX",
        "bku",
        "IDE",
        "rlas3",
        "rtn1-z",
        "demdex",
        "dpm",
        "UTID",
        "mako_uid",
        "pi",
        "vampid",
        "vdnaWidgetMC",
        "ab",
        "uuid",
        "uuidc",
        "fr",
        "PREF",
        "NID",
    ]
)
#: Cookies that hold personal data privkit has no type for, or whose value is too opaque to
#: call either way (location strings, encoded profile blobs): neither gold nor clean.
IGNORE_COOKIES = frozenset(
    [
        "CG",
        "geoData",
        "vis2",
        "vis15",
        "CMSC",
        "CMDD",
        "eud",
        "ruds",
        "rud",
        "u",
        "TDCPM",
        "pd",
        "_c_IEI",
        "zip",
    ]
)
#: Query-string keys whose values identify a visitor, device or session: ignored regions.
_ID_QUERY_KEY = re.compile(
    r"(?i)^(?:[a-z_]*(?:uid|guid|uuid|userid|user_id|visitor|vid|sid|session|cookie|cid|"
    r"clientid|client_id|deviceid|device_id|did|puid|fpid|gdpr_consent|ord|cb|rnd|ts)[a-z_0-9]*"
    r"|u|i|id|c|s|p|zip)$"
)
_URL = re.compile(r"https?://[^\s\"'<>\]]+|(?<=[ \"])/[^\s\"'<>]*\?[^\s\"'<>]+")


def _cookie_spans(
    text: str, start: int, value: str, *, set_cookie: bool
) -> list[tuple[int, int, str]]:
    """Spans of one ``Cookie``/``Set-Cookie`` header value: id values gold, others as listed."""
    out: list[tuple[int, int, str]] = []
    pieces = [value.split(";", 1)[0]] if set_cookie else value.split(";")
    pos = start
    for piece in pieces:
        off = text.index(piece, pos) if piece else pos
        pos = off + len(piece)
        name, eq, val = piece.strip().partition("=")
        if not eq or not val:
            continue
        vstart = text.index(val, off + piece.index(name) + len(name))
        vend = vstart + len(val)
        if val.startswith('"') and val.endswith('"') and len(val) > 2:
            vstart, vend = vstart + 1, vend - 1
        if name in ID_COOKIES:
            out.append((vstart, vend, "COOKIE_ID"))
        elif name in IGNORE_COOKIES:
            out.append((vstart, vend, "~COOKIE"))
    return out


def _query_ignores(text: str) -> list[tuple[int, int, str]]:
    """Values of id-named query keys in every URL of ``text`` (ignored: opaque ad-call ids)."""
    out = []
    for m in _URL.finditer(text):
        url = m.group()
        q = url.find("?")
        if q < 0:
            continue
        pos = m.start() + q + 1
        for pair in url[q + 1 :].split("&"):
            key, eq, val = pair.partition("=")
            if eq and val and _ID_QUERY_KEY.match(key):
                vs = pos + len(key) + 1
                out.append((vs, vs + len(val), "~QUERY_ID"))
            pos += len(pair) + 1
    return out


_W3C_FIELDS = re.compile(r"^#Fields: (.+)$", re.MULTILINE)
_ALB_UA = re.compile(r'" "((?:[^"\\]|\\.)*)" (?:[A-Z0-9\-_]+|-) (?:TLS\S*|-)(?: |$)')
_S3_UA = re.compile(r'HTTP/[0-9.]+" \d{3} \S+ \S+ \S+ \S+ \S+ "[^"]*" "([^"]*)"')
_YAML_UA = re.compile(
    r"(?im)^\s*user-agent:\s*(?:\[\s*'([^'\n]+)'\s*\]|\n\s*-\s*(.+?)\s*$)|\\\"User-Agent\\\": "
    r"\\\"([^\\\"]+)\\\""
)
_HEADER_COOKIE = re.compile(r"(?im)^(set-cookie|cookie): (.+)$")
_YAML_SET_COOKIE = re.compile(r"'((?:PREF|NID)=[^';]+);")


def _label3(
    text: str, system: str, fields: list[str] | None = None
) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    spans: list[tuple[int, int, str]] = []
    if fields is not None and not text.startswith("#"):  # W3C (CloudFront) positional fields
        cols, pos = [], 0
        for col in text.split("\t"):
            cols.append((pos, pos + len(col)))
            pos += len(col) + 1
        for name, (s, e) in zip(fields, cols, strict=False):
            val = text[s:e]
            if val in ("-", ""):
                continue
            if name == "cs(User-Agent)":
                spans.append((s, e, "USER_AGENT"))
            elif name == "cs(Cookie)":
                spans += _cookie_spans(text, s, val, set_cookie=False)
    if system in ("elb_classic", "alb"):
        m = _ALB_UA.search(text)
        if m and m.group(1) not in ("-", ""):
            spans.append((m.start(1), m.end(1), "USER_AGENT"))
    if system == "s3_access":
        m = _S3_UA.search(text)
        if m and m.group(1) not in ("-", ""):
            spans.append((m.start(1), m.end(1), "USER_AGENT"))
    if system == "vcr_cassette":
        for m in _YAML_UA.finditer(text):
            g = next(i for i in (1, 2, 3) if m.group(i))
            spans.append((m.start(g), m.end(g), "USER_AGENT"))
        for m in _YAML_SET_COOKIE.finditer(text):
            name, _, val = m.group(1).partition("=")
            s = m.start(1) + len(name) + 1
            spans.append((s, s + len(val), "COOKIE_ID"))
    for m in _HEADER_COOKIE.finditer(text):
        spans += _cookie_spans(
            text, m.start(2), m.group(2), set_cookie=m.group(1).lower() == "set-cookie"
        )
    spans += _query_ignores(text)
    # the generic rules fill in IPs, MACs, e-mails and user-agent headers around these
    gold, ignored = _label(text, system)
    taken = [(s, e) for s, e, _ in spans]
    out_gold = [
        {"start": s, "end": e, "entity": ent} for s, e, ent in spans if not ent.startswith("~")
    ]
    out_ign = [
        {"start": s, "end": e, "label": ent[1:]} for s, e, ent in spans if ent.startswith("~")
    ]
    out_gold += [
        g
        for g in gold
        if not any(a < g["end"] and g["start"] < b for a, b in taken)  # type: ignore[operator]
    ]
    out_ign += ignored
    out_gold.sort(key=lambda s: (s["start"], s["end"]))  # type: ignore[arg-type, return-value]
    return out_gold, out_ign


def _har_blocks(raw: str) -> list[tuple[str, str]]:
    """A HAR capture as header blocks: the request line or status line, then ``Name: value``."""
    har = json.loads(raw)
    reqs, with_cookie, others = [], [], []
    seen: set[str] = set()
    for ent in har["log"]["entries"]:
        rq, rs = ent["request"], ent["response"]
        req = "\n".join(
            [f"{rq['method']} {rq['url']} {rq.get('httpVersion', 'HTTP/1.1')}"]
            + [f"{h['name']}: {h['value']}" for h in rq.get("headers", [])]
        )
        resp = "\n".join(
            [
                f"{rs.get('httpVersion', 'HTTP/1.1')} {rs['status']} {rs.get('statusText', '')}".rstrip()
            ]
            + [
                f"{h['name']}: {line}"
                for h in rs.get("headers", [])
                for line in str(h["value"]).split("\n")
            ]
        )
        if req not in seen:
            seen.add(req)
            reqs.append(("har_request", req))
        if resp not in seen:
            seen.add(resp)
            (with_cookie if "set-cookie:" in resp.lower() else others).append(
                ("har_response", resp)
            )
    a, b, c = HAR_MOST
    return reqs[:a] + with_cookie[:b] + others[:c]


# Review corrections: (system, exact substring, entity)
_NOT_PII: set[tuple[str, str]] = set()
_EXTRA: dict[str, list[tuple[str, str]]] = {
    "rails_syslog": [("bd1810833653be11c38ad1e5675635bd", "COOKIE_ID")],  # Rails session id
    "aws_waf": [("curl/7.51.2", "USER_AGENT")],  # the User-Agent header object's value
    # old cassette format: headers as YAML tuples ``[user-agent, <value>]``
    "vcr_cassette": [("python-requests/2.2.1 CPython/2.6.1 Darwin/10.8.0", "USER_AGENT")],
}
_IGNORE: dict[str, list[tuple[str, str]]] = {
    # S3 bucket owner canonical user id: an account id privkit has no type for
    "s3_access": [
        ("300a66dd319290e36b67767f862a7f39072caa70ba33b8d01c4b79ddd8e6d7ef", "ACCOUNT_ID")
    ],
    "aws_waf": [('"args":"usernam=abc"', "USERNAME")],
    # a visitor's ZIP code in CloudFront's cookie field (malformed variants included)
    "cloudfront_w3c": [("98101", "ZIP")],
}


def _apply_review(rec: dict[str, object]) -> None:
    text, src = str(rec["text"]), str(rec["source"])
    spans = [s for s in rec["spans"] if (src, text[s["start"] : s["end"]]) not in _NOT_PII]  # type: ignore[attr-defined]
    for value, ent in _EXTRA.get(src, ()):
        for m in re.finditer(re.escape(value), text):
            if not any(s["start"] < m.end() and m.start() < s["end"] for s in spans):
                spans.append({"start": m.start(), "end": m.end(), "entity": ent})
    rec["spans"] = sorted(spans, key=lambda s: (s["start"], s["end"]))
    for value, label in _IGNORE.get(src, ()):
        for m in re.finditer(re.escape(value), text):
            rec["ignored"].append({"start": m.start(), "end": m.end(), "label": label})  # type: ignore[attr-defined]


def build(rla: Path, alp: Path, oms: Path, har: Path, vcr: Path) -> list[dict[str, object]]:
    raw: list[tuple[str, str, list[str] | None]] = []  # (system, text, W3C fields)
    commit = {k: v[0] for k, v in SOURCES.items()}
    for path, (system, most) in RLA_FILES.items():
        text = git_show(rla, commit["wvanbergen/request-log-analyzer"], path)
        raw += [(system, r, None) for r in _records(text, most)]
    for path, system in ALP_FILES.items():
        text = git_show(alp, commit["dpetzold/aws-log-parser"], path).strip()
        if system == "aws_waf":
            raw.append((system, text, None))
            continue
        fields = None
        if system == "cloudfront_w3c":
            m = _W3C_FIELDS.search(text)
            # the single-entry files use CloudFront's documented default field list
            fields = (m.group(1) if m else _CLOUDFRONT_FIELDS).split()
        raw += [(system, line, fields) for line in text.splitlines() if line.strip()]
    src = git_show(oms, commit["microsoft/OMS-Agent-for-Linux"], OMS_SQUID)
    raw += [("squid", m.group(1), None) for m in re.finditer(r"text = '([^']+)'", src)]
    for path in HAR_FILES:
        text = git_show(har, commit["haralyzer/haralyzer"], path)
        raw += [(system, block, None) for system, block in _har_blocks(text)]
    for path in VCR_FILES:
        text = git_show(vcr, commit["kevin1024/vcrpy"], path).strip()
        raw.append(("vcr_cassette", text[:4000], None))
    out: list[dict[str, object]] = []
    seen: set[str] = set()
    counts: dict[str, int] = {}
    for system, text, fields in raw:
        if text in seen:
            continue
        seen.add(text)
        i = counts[system] = counts.get(system, -1) + 1
        gold, ignored = _label3(text, system, fields)
        rec: dict[str, object] = {
            "id": f"h3-{system}-{i:03d}", "kind": "log", "source": system, "text": text,
            "spans": gold, "ignored": ignored,
        }  # fmt: skip
        _apply_review(rec)
        out.append(rec)
    return out


_CLOUDFRONT_FIELDS = (
    "date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem sc-status "
    "cs(Referer) cs(User-Agent) cs-uri-query cs(Cookie) x-edge-result-type x-edge-request-id "
    "x-host-header cs-protocol cs-bytes time-taken x-forwarded-for ssl-protocol ssl-cipher "
    "x-edge-response-result-type cs-protocol-version"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for flag in ("rla", "alp", "oms", "har", "vcr"):
        parser.add_argument(f"--{flag}", type=Path, required=True)
    args = parser.parse_args()
    recs = build(args.rla, args.alp, args.oms, args.har, args.vcr)
    _jsonl.write(OUT, recs)
    print(f"{OUT.name}: {len(recs)} records, {sum(len(r['spans']) for r in recs)} spans")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()

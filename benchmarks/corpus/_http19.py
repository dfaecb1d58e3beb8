"""Build the nineteenth real-text set: access-log lines of web servers and proxies.

The earlier HTTP sets hold recorded traffic (captures and cassettes) and few access-log lines;
the issue's targets also speak of access logs (over-redaction of access-log lines at most 5%,
IP precision and recall on logs). This set takes the sample and test access-log lines that
two log-shipping projects keep for their parsers: elastic/beats' Apache-2.0 filebeat modules
(``filebeat/module/{apache,haproxy,traefik,iis}``; not ``x-pack/``, not the nginx module)
and DataDog's integrations-core web-server and proxy integrations (the ``sample:`` values of
``<integration>/assets/logs/*_tests.yaml``). Neither repository can be fetched whole here
(too large), so the files were read through the code index at the commits it returned (one
stored version each, pinned in :data:`SOURCES`) and their lines kept in a JSON file that this
module reads (``benchmarks/data/http19_sources.json``, or ``--raw FILE``: a list of
``{"repo", "path", "commit", "lines"}``).

Split by system (the server or proxy: :func:`held_out`, fixed before any file was read, at
11:39 UTC 2026-12-05). Sources, selection and labelling rules: ``benchmarks/corpus/README.md``,
section "Nineteenth real-text set". Both files were committed, labelled, before privkit or
Presidio ran on them; the held-out part is measured once.

    python -m benchmarks.corpus._http19 [--raw FILE]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

from benchmarks.corpus import _http4, _http18

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
DEV_OUT = DATA / "http19_dev.jsonl"
HOLD_OUT = DATA / "http19_holdout.jsonl"
RAW = DATA / "http19_sources.json"

#: The systems listed before extraction (11:39 UTC 2026-12-05), from the file listings only.
SYSTEMS = (
    "apache", "iis", "haproxy", "traefik", "squid", "envoy", "lighttpd", "varnish", "tomcat",
    "gunicorn", "kong", "istio", "nginx_ingress_controller", "traffic_server", "nginx",
    "weblogic",
)  # fmt: skip


def held_out(system: str) -> bool:
    """The split, fixed before extraction (11:39 UTC 2026-12-05): a system whose name's
    SHA-256 opens with 0 to 4 is held out (squid, gunicorn, kong, traffic_server, iis: 5 of
    16), the rest is development."""
    return hashlib.sha256(system.encode("utf-8")).hexdigest()[0] in "01234"


_BEATS = "elastic/beats"
_DD = "DataDog/integrations-core"
#: (repository, path) -> system. The commit of each file is the one the index returned for
#: it (in the raw file and in the README). Licences: beats' ``filebeat/module/`` Apache-2.0,
#: integrations-core BSD-3-Clause.
SOURCES: dict[tuple[str, str], str] = {
    (_BEATS, "filebeat/module/apache/access/test/test.log"): "apache",
    (_BEATS, "filebeat/module/apache/access/test/darwin-2.4.23.log"): "apache",
    (_BEATS, "filebeat/module/apache/access/test/ssl-request.log"): "apache",
    (_BEATS, "filebeat/module/apache/access/test/test-vhost.log"): "apache",
    (_BEATS, "filebeat/module/haproxy/log/test/haproxy.log"): "haproxy",
    (_BEATS, "filebeat/module/haproxy/log/test/default.log"): "haproxy",
    (_BEATS, "filebeat/module/haproxy/log/test/httplog-no-headers.log"): "haproxy",
    (_BEATS, "filebeat/module/haproxy/log/test/tcplog.log"): "haproxy",
    (_BEATS, "filebeat/module/traefik/access/test/test.log"): "traefik",
    # added after the first development run (11:47 UTC), before any detector ran on them:
    # the other stored versions of the files above, and the older apache2 module's
    # ssl_request test (the version the index returned for each path is pinned in the README)
    (_BEATS, "filebeat/module/apache2/ssl_request/test/test.log"): "apache",
    (_BEATS, "filebeat/module/iis/access/test/test.log"): "iis",
    (_BEATS, "filebeat/module/iis/access/test/test-iis-7.2.log"): "iis",
    (_BEATS, "filebeat/module/iis/access/test/test-iis-7.5.log"): "iis",
    (_BEATS, "filebeat/module/iis/access/test/test-ipv6zone.log"): "iis",
    (_BEATS, "filebeat/module/iis/access/test/test-x-forward-for.log"): "iis",
    (_BEATS, "filebeat/module/iis/access/test/test-x-forward-for-extended.log"): "iis",
    (_BEATS, "filebeat/module/iis/access/test/access.log"): "iis",
    (_BEATS, "filebeat/module/iis/access/test/access-full.log"): "iis",
    (_BEATS, "filebeat/module/iis/access/test/access-azure.log"): "iis",
    (_DD, "apache/assets/logs/apache_tests.yaml"): "apache",
    (_DD, "haproxy/assets/logs/haproxy_tests.yaml"): "haproxy",
    (_DD, "envoy/assets/logs/envoy_tests.yaml"): "envoy",
    (_DD, "lighttpd/assets/logs/lighttpd_tests.yaml"): "lighttpd",
    (_DD, "varnish/assets/logs/varnish_tests.yaml"): "varnish",
    (_DD, "nginx/assets/logs/nginx_tests.yaml"): "nginx",
    (_DD, "nginx_ingress_controller/assets/logs/nginx-ingress-controller_tests.yaml"): (
        "nginx_ingress_controller"),
    (_DD, "istio/assets/logs/istio_tests.yaml"): "istio",
    (_DD, "tomcat/assets/logs/tomcat_tests.yaml"): "tomcat",
    (_DD, "weblogic/assets/logs/weblogic_tests.yaml"): "weblogic",
    (_DD, "squid/assets/logs/squid_tests.yaml"): "squid",
    (_DD, "iis/assets/logs/iis_tests.yaml"): "iis",
    (_DD, "gunicorn/assets/logs/gunicorn_tests.yaml"): "gunicorn",
    (_DD, "kong/assets/logs/kong_tests.yaml"): "kong",
    (_DD, "traffic_server/assets/logs/traffic_server_tests.yaml"): "traffic_server",
}  # fmt: skip

#: A line is an access-log line (its system is named ``access_<system>``, so that the
#: benchmark's access-log measure counts it) when it holds a request (a method word before a
#: path, a URL or ``*``), a common-log-format timestamp, or a W3C field list; other lines of
#: these servers (error, start-up and garbage-collection lines) keep the bare system name.
_ACCESS = re.compile(
    r"(?:^|[\s\"])(?:GET|POST|HEAD|PUT|DELETE|OPTIONS|PATCH|CONNECT|PROPFIND|TRACE)\s+"
    r"(?:/|https?://|\*|[\w.\-]+:\d+)"
    r"|\[\d{2}/[A-Z][a-z]{2}/\d{4}:\d{2}:\d{2}:\d{2}"
    r"|^#Fields: "
)
MAX_CHARS = 6000


def extract(raw: list[dict[str, object]]) -> dict[str, list[tuple[str, str, str, str]]]:
    """Records (repo, path, system, text) of each part: every non-empty line of a beats test
    log and every sample of a DataDog test file, in file order; a text is kept once in the
    whole set (held-out part first, so that no development record repeats a held-out one)."""
    parts: dict[str, list[tuple[str, str, str, str]]] = {"holdout": [], "dev": []}
    seen: set[str] = set()
    for want in ("holdout", "dev"):
        for src in raw:
            repo, path = str(src["repo"]), str(src["path"])
            system = SOURCES[(repo, path)]
            part = "holdout" if held_out(system) else "dev"
            if part != want:
                continue
            for line in src["lines"]:  # type: ignore[attr-defined]
                text = str(line).rstrip("\r\n")[:MAX_CHARS]
                if not text.strip() or text in seen:
                    continue
                seen.add(text)
                name = f"access_{system}" if _ACCESS.search(text) else system
                parts[part].append((repo, path, name, text))
    return parts


# --------------------------------------------------------------------------- labelling

#: Rule 46: the user field of a common-log-format line (the token just before the bracketed
#: timestamp with its zone): the name the client signed in with, *ignored* (``USERNAME``), as
#: the fourth set ignores user names.
_CLF_USER = re.compile(
    r"(?:^|\s)(?!-\s)([^\s\[\]\"]{1,64}) \[\d{2}/[A-Z][a-z]{2}/\d{4}:\d{2}:\d{2}:\d{2} [+\-]\d{4}\]"
)
#: Rule 47: a session value carried in a request path (``.../MuseSessionID=0000fx7/...``) or
#: a per-session anti-forgery nonce in a query (Nagios' ``nsp``): *ignored* (``QUERY_ID``),
#: as the fourth set ignores query values it cannot decide; an account or group name in a
#: query (``userGroupName``, ``username``, ``user``) is *ignored* (``USERNAME``).
_PATH_SESSION = re.compile(r"(?i)/[A-Za-z]*session_?id=([^/?&\s\"]{1,200})")
_NONCE_KEYS = frozenset({"nsp"})
_USER_KEYS = re.compile(r"(?i)^(?:user(?:_?name)?|usergroupname|login)$")
#: Rule 49: user-agent fields of two formats the earlier rules do not read: Envoy's (Istio's)
#: default format with the response-code details quoted (``418 - "-" 0 135 11 10 "-"
#: "curl/7.60.0"``), and a combined line with the request time between the size and the
#: referrer (``206 33973115 0.202 "-" "Mozilla/5.0 ..."``).
_MORE_UA = (
    re.compile(r'HTTP/[0-9.]+" \d{3} \S+ "[^"]*" \d+ \d+ \d+ \S+ "[^"]*" "([^"]*)"'),
    re.compile(r'HTTP/[0-9.]+" \d{3} [\d\-]+ \d+\.\d+ "[^"]*" "([^"]*)"'),
)
#: Rule 50: a HAProxy captured-header block (``{docs.example.internal||}``) holds whichever
#: headers the deployment captures; the earlier rules read its first value as the agent. A
#: value with no product token (no ``/``) is a host name, not an agent: not labelled.
_HAPROXY_CAPTURE = re.compile(r"\{([^{}\s|]*)\|*\}")
#: Rules 56-58, written at the review of the records added after the first development run
#: (before any detector ran on them): rule 56, a HAProxy captured-header value that opens
#: with a product token (``{|Mozilla/5.0 (...) Safari/537.36}``) is the ``USER_AGENT``; rule
#: 57, in a combined line whose referrer is an unquoted ``-`` (Traefik's), the quoted field
#: after it is the ``USER_AGENT`` whatever its shape (``"Android"``); rule 58, an OAuth token
#: in a query (``oauth_token``, ``access_token``, ``id_token``, ``auth_token``) is an
#: ``AUTH_TOKEN``.
_CAPTURED_AGENT = re.compile(r"[{|]([A-Za-z][\w.\-]{0,40}/\d[^{}|\r\n]{0,1024})(?=[|}])")
_DASH_REFERRER_UA = re.compile(r'HTTP/[0-9.]+" \d{3} [\d\-]+ - "([^"\r\n]{1,1024})"')
_TOKEN_KEYS = re.compile(r"(?i)^(?:oauth_?token|access_?token|id_?token|auth_?token)$")
#: Rule 51: a credential masked with asterisks, at most four characters left visible
#: (``****************************aedd``), is a placeholder (``AUTH_PLACEHOLDER``).
_MASKED = re.compile(r"^\*{4,}[^*]{0,4}$")
#: Rule 52: a full eight-group IPv6 literal run into a port (``0:0:0:0:0:0:0:1:63,786``) is
#: ambiguous as written: *ignored* (``IP_WITH_PORT``).
_V6_PORT = re.compile(
    r"(?<![\w:])((?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}):\d{1,5}(?:,\d{3})?(?![\w:])"
)

#: Rules 53-55, written when the held-out part's labels were reviewed (before any detector
#: ran on either part): the development part has no W3C extended-format line, the held-out
#: part's IIS lines are of that form, and the earlier rules read none of its fields. A W3C
#: line (it opens with a date and a time and has no quotes; a record is one line, without its
#: ``#Fields`` header) is read by the shape of its fields:
#: rule 53, ``USER_AGENT``: a field that opens with a product token (``Mozilla/5.0+(...)``,
#: ``Twitterbot/1.0``; spaces written as ``+``), not ``HTTP/1.1``;
#: rule 54, ``USERNAME`` (*ignored*): the field between the server port and the client
#: address when it is not ``-`` (``80 toto 123.123.123.123``);
#: rule 55, ``COOKIE_ID``: the pairs of a cookie field (``name=value;+name=value``) decided by
#: the reviewed cookie table, as in a ``Cookie`` header.
_W3C_LINE = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} ")
_W3C_AGENT = re.compile(r"(?<!\S)(?!HTTP/)[A-Za-z][A-Za-z0-9_.\-]{0,40}/\d[^\s]*")
_W3C_USER = re.compile(
    r"(?<=\s)\d{2,5} (?!\d+ )([^\s\-]\S{0,63}) "
    r"(?=(?:\d{1,3}\.){3}\d{1,3}[\s\]]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:]*[\s%]|\[)"
)
_W3C_COOKIE = re.compile(r"(?<!\S)([^\s=/]{1,100}=[^\s]*;\+[^\s]*)")


def _w3c(
    text: str, gold: list[dict[str, object]], ignored: list[dict[str, object]]
) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    def free(s: int, e: int) -> bool:
        return not any(g["start"] < e and s < g["end"] for g in gold)  # type: ignore[operator]

    for m in _W3C_AGENT.finditer(text):
        s, e = m.start(), m.end()
        gold = [g for g in gold if not (s <= g["start"] and g["end"] <= e)]  # type: ignore[operator]
        if free(s, e):
            gold.append({"start": s, "end": e, "entity": "USER_AGENT"})
    ignored.extend(
        {"start": m.start(1), "end": m.end(1), "label": "USERNAME"}
        for m in _W3C_USER.finditer(text)
        if free(m.start(1), m.end(1))
    )
    for m in _W3C_COOKIE.finditer(text):
        pos = m.start(1)
        for pair in m.group(1).split(";+"):
            name, eq, value = pair.partition("=")
            vs = pos + len(name) + len(eq)
            ve = vs + len(value)
            pos += len(pair) + 2
            rule = _http18.COOKIES.get(name, _http4.NO)
            if not eq or not value or _http4._NO_COOKIE.match(name) or not free(vs, ve):
                continue
            if rule == _http4.ID:
                gold.append({"start": vs, "end": ve, "entity": "COOKIE_ID"})
            elif rule == _http4.IGN:
                ignored.append({"start": vs, "end": ve, "label": "COOKIE_ID?"})
            elif isinstance(rule, re.Pattern):
                for c in rule.finditer(value):
                    gold.append(
                        {"start": vs + c.start(1), "end": vs + c.end(1), "entity": "COOKIE_ID"}
                    )
    return gold, ignored


def _label(text: str, system: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """Gold spans and ignored regions of one line: the eighteenth set's rules (which carry the
    fourth to seventeenth sets' and the generic rules of the real corpus), then rules 46-47.

    Rule 48 (written before labelling): a URL in a request line, a referrer or a
    ``request:`` field is not personal data as a whole: a path, a query of names and values
    and a host name are not labelled. What the earlier rules find inside it is labelled as
    anywhere else: an IP literal as host (``IP_ADDRESS``), an e-mail address in a query, a
    credential query value (``api_key``: ``AUTH_TOKEN``), an id query value.
    """
    gold, ignored = _http18._label(text, system)
    for m in _HAPROXY_CAPTURE.finditer(text):
        if "/" not in m.group(1):
            gold = [g for g in gold if not (g["entity"] == "USER_AGENT" and m.start(1) <= g["start"]  # type: ignore[operator]
                                            and g["end"] <= m.end())]  # type: ignore[operator]  # fmt: skip
    kept = []
    for g in gold:
        if g["entity"] == "AUTH_TOKEN" and _MASKED.match(text[g["start"] : g["end"]]):  # type: ignore[misc]
            ignored.append({"start": g["start"], "end": g["end"], "label": "AUTH_PLACEHOLDER"})
            continue
        kept.append(g)
    gold = kept
    for m in _CAPTURED_AGENT.finditer(text):
        if text.rfind("{", 0, m.start(1) + 1) > text.rfind("}", 0, m.start(1)):
            gold = [g for g in gold if not (g["start"] < m.end(1) and m.start(1) < g["end"])]  # type: ignore[operator]
            gold.append({"start": m.start(1), "end": m.end(1), "entity": "USER_AGENT"})
    for key, s, e in _http4.query_pairs(text):
        if e > s and _TOKEN_KEYS.match(key) and len(text[s:e]) >= 8:
            gold = [g for g in gold if not (g["start"] < e and s < g["end"])]  # type: ignore[operator]
            gold.append({"start": s, "end": e, "entity": "AUTH_TOKEN"})
    for rx in (*_MORE_UA, _DASH_REFERRER_UA):
        for m in rx.finditer(text):
            s, e = m.start(1), m.end(1)
            if m.group(1) in ("", "-") or any(g["start"] < e and s < g["end"] for g in gold):  # type: ignore[operator]
                continue
            gold.append({"start": s, "end": e, "entity": "USER_AGENT"})
    if _W3C_LINE.match(text) and '"' not in text:
        gold, ignored = _w3c(text, gold, ignored)
    extra = [(m.start(1), m.end(1), "IP_WITH_PORT") for m in _V6_PORT.finditer(text)]
    for m in _CLF_USER.finditer(text):
        # the user field is the third of ``host ident user``: not a lone client address
        before = text[: m.start(1)].split()
        if len(before) >= 2:
            extra.append((m.start(1), m.end(1), "USERNAME"))
    extra.extend((m.start(1), m.end(1), "QUERY_ID") for m in _PATH_SESSION.finditer(text))
    for key, s, e in _http4.query_pairs(text):
        if e <= s:
            continue
        if key in _NONCE_KEYS:
            extra.append((s, e, "QUERY_ID"))
        elif _USER_KEYS.match(key):
            extra.append((s, e, "USERNAME"))
    for s, e, lab in extra:
        if any(g["start"] < e and s < g["end"] for g in gold):  # type: ignore[operator]
            continue
        if any(i["start"] < e and s < i["end"] for i in ignored):  # type: ignore[operator]
            continue
        ignored.append({"start": s, "end": e, "label": lab})
    gold.sort(key=lambda g: (g["start"], g["end"]))  # type: ignore[arg-type, return-value]
    return gold, ignored


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--raw", type=Path, default=RAW, help="the JSON file of source lines")
    args = parser.parse_args(argv)
    raw = json.loads(args.raw.read_text(encoding="utf-8"))
    parts = extract(raw)
    _http4.write_parts(
        (("dev", parts["dev"], DEV_OUT), ("holdout", parts["holdout"], HOLD_OUT)), "h19", _label
    )


if __name__ == "__main__":
    main(sys.argv[1:])

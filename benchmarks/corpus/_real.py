"""Build the real-text log corpus from public log samples other projects ship (see README).

The text comes from other projects' repositories, pinned by commit; nobody on this team wrote
it. The labels come from the rules below, which know each log format (field positions, JSON
keys, header names) and were then reviewed line by line; ``_NOT_PII`` and ``_EXTRA`` record
the review's corrections. The labeller shares no code with privkit's detectors.

Run once, with local clones of the two repositories (``--lnav``, ``--patterns``):

    python -m benchmarks.corpus._real --lnav /path/to/lnav --patterns /path/to/patterns-core

It writes ``benchmarks/data/real_logs.jsonl`` (development part) and
``benchmarks/data/real_logs_holdout.jsonl`` (held-out part, measured only at the end).
"""

from __future__ import annotations

import argparse
import ipaddress
import re
from pathlib import Path

from benchmarks.corpus import _jsonl
from benchmarks.corpus._git import git_show

ROOT = Path(__file__).resolve().parents[2]
DEV_OUT = ROOT / "benchmarks" / "data" / "real_logs.jsonl"
HOLD_OUT = ROOT / "benchmarks" / "data" / "real_logs_holdout.jsonl"

LNAV_COMMIT = "bb0005f96c8dc486ee0b9005a4562be0ef61c878"
PATTERNS_COMMIT = "7f94275ec8212f7f0aa6eb4ac5dbf3d70cd05cac"

#: lnav test logs (BSD-2-Clause): file under test/ -> (system name, most records taken).
LNAV_FILES: dict[str, tuple[str, int]] = {
    "logfile_access_log.0": ("apache_access", 40),
    "logfile_haproxy.0": ("haproxy", 40),
    "logfile_bro_conn.log.0": ("zeek_conn", 40),
    "logfile_nextcloud.0": ("nextcloud", 40),
    "logfile_vpxd.0": ("vmware_vpxd", 40),
    "logfile_syslog.3": ("macos_syslog", 40),
    "logfile_syslog.0": ("linux_syslog", 40),
    "logfile_cloudflare.1": ("cloudflare", 40),
    "logfile_caddy_log.0": ("caddy", 40),
    "logfile_postgres.0": ("postgres", 40),
    "logfile_mysql_slow.0": ("mysql_slow", 40),
    "logfile_java.0": ("java", 40),
    "logfile_spark.0": ("spark", 60),
    "logfile_uwsgi.0": ("uwsgi", 40),
    "logfile_journald.json": ("journald", 20),
    "logfile_w3c.4": ("incapsula_w3c", 40),
    "logfile_w3c.2": ("iis_w3c", 40),
    "logfile_vdsm.0": ("vdsm", 40),
    "logfile_glog.0": ("glog", 40),
    "logfile_logfmt.0": ("logfmt_k8s", 40),
    "logfile_grafana.0": ("grafana", 40),
    "logfile_tcf.0": ("tcf", 40),
    "logfile_vami.0": ("vmware_vami", 40),
    "logfile_strace_log.1": ("strace", 40),
    "logfile_otel_collector.jsonl": ("otel", 20),
    "logfile_bunyan.0": ("bunyan", 30),
    "logfile_openam.0": ("openam", 10),
    "logfile_zap_console.0": ("zap", 40),
    "logfile_rust_tracing.0": ("rust_tracing", 40),
    "logfile_pino.0": ("pino", 40),
    "logfile_blued.0": ("blued", 40),
    "logfile_docker_compose.0": ("docker_compose", 40),
    "logfile_cxx.0": ("cxx", 40),
    "logfile_procstate.0": ("procstate", 40),
    "logfile_laravel.1": ("laravel", 40),
    "logfile_ecs_log.json": ("ecs_json", 20),
    "logfile_xml_msg.0": ("xml_msg", 20),
    "logfile_epoch.1": ("epoch", 20),
}

#: logstash-patterns-core grok spec files (Apache-2.0): the sample messages they parse.
PATTERN_SPECS = (
    "aws", "bacula", "bind", "bro", "core", "exim", "firewalls", "haproxy", "httpd", "java",
    "junos", "maven", "mcollective", "mongodb", "nagios", "netscreen", "rails3", "redis",
    "shorewall", "squid", "syslog",
)  # fmt: skip


# --------------------------------------------------------------------------- extraction


def _records(text: str, most: int) -> list[str]:
    """Split a log file into records: one line each; indented lines continue a record."""
    out: list[str] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        if out and line[:1] in " \t" and not line.lstrip().startswith("{"):
            out[-1] += "\n" + line
        else:
            if len(out) >= most:
                break
            out.append(line)
    return [r[:4000] for r in out]


_RUBY_STR = re.compile(r"""'((?:[^'\\\n]|\\.){30,})'|"((?:[^"\\\n]|\\.){30,})\"""")


def _spec_messages(src: str) -> list[str]:
    """The sample messages of a grok spec: string literals in ``let``/``subject``/match calls."""
    out = []
    for line in src.splitlines():
        s = line.strip()
        if s.startswith(("expect", "it ", "it(", "context", "describe", "#", "include_examples")):
            continue
        if "=>" in s and "let(" not in s:
            continue  # an expected field value, not a message
        for m in _RUBY_STR.finditer(s):
            if m.group(1) is not None:
                raw = m.group(1).replace("\\'", "'").replace("\\\\", "\\")
            else:
                raw = m.group(2).replace('\\"', '"').replace("\\\\", "\\").replace("\\t", "\t")
            if "#{" in raw or " " not in raw or not any(c.isdigit() for c in raw):
                continue
            out.append(raw)
    seen: set[str] = set()
    return [m for m in out if not (m in seen or seen.add(m))]


# --------------------------------------------------------------------------- labelling


_V4 = re.compile(r"(?<![\w.\-])(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?![\w\-]|\.[0-9])")
_V6 = re.compile(r"(?<![\w:.])[0-9A-Fa-f:]{2,39}(?:%[\w]{1,16})?(?![\w:])")
_MAC = re.compile(
    r"(?<![\w:\-])[0-9A-Fa-f]{2}([:\-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}(?![\w:\-])"
)
_EMAIL = re.compile(
    r"(?<![\w.+\-])[\w.+\-]{1,64}@(?:[\w\-]{1,63}\.){1,8}[^\W\d_]{2,24}(?![\w\-]|\.\w)"
)
# A Message-ID (``id=<local>@<host>``) has an address's shape but names a message.
_MESSAGE_ID = re.compile(r"(?:\bid=|Message-I[Dd]: ?<?)\Z")
# netfilter's MAC= field: destination MAC, source MAC, EtherType as one colon run.
_MAC_RUN = re.compile(r"MAC=((?:[0-9a-f]{2}:){13}[0-9a-f]{2})")
# Words right before a dotted quad that make it a version, not an address.
_VERSION_BEFORE = re.compile(
    r"(?i:version|ver|v|build|release|firmware|python|vdsm|\bjava|jdk|os)[\"'=:/ \-]{0,3}\Z|~\Z"
)
_UA_JSON = re.compile(
    r"""["'](?:user[_\-]?agent|useragent|ClientRequestUserAgent|http\.user_agent|"""
    r"""user_agent\.original)["']\s*:\s*\[?\s*"((?:[^"\\]|\\.){2,})\"""",
    re.IGNORECASE,
)
_UA_HEADER = re.compile(r"(?im)^\s*user-agent:\s*(.+?)\s*$")
_CLF = re.compile(r'"[A-Z]{3,9} [^"]* HTTP/[0-9.]+" [0-9\-]{1,3} [0-9\-]+ "([^"]*)" "([^"]*)"')
_HAPROXY_UA = re.compile(r" \{([^{}]*)\} \{[^{}]*\} \"")


def _label(text: str, system: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    spans: list[tuple[int, int, str]] = []
    ignored: list[tuple[int, int, str]] = []

    def add(s: int, e: int, ent: str) -> None:
        if e > s and not any(a < e and s < b for a, b, _ in spans):
            spans.append((s, e, ent))

    # user agents and cookies first (they contain dotted versions)
    for m in _UA_JSON.finditer(text):
        if m.group(1) not in ("-", "--"):
            add(m.start(1), m.end(1), "USER_AGENT")
    for m in _UA_HEADER.finditer(text):
        add(m.start(1), m.end(1), "USER_AGENT")
    for m in _CLF.finditer(text):
        if m.group(2) not in ("-", ""):
            add(m.start(2), m.end(2), "USER_AGENT")
    for m in _HAPROXY_UA.finditer(text):
        if m.group(1):
            add(m.start(1), m.end(1), "USER_AGENT")
    if system == "incapsula_w3c" and text.startswith('"'):
        fields = [(m.start(1), m.end(1)) for m in re.finditer(r'"([^"]*)"', text)]
        kinds = {12: "USER_AGENT", 13: "COOKIE_ID"}  # cs(User-Agent), cs-sessionid
        for i, ent in kinds.items():
            if i < len(fields) and fields[i][1] > fields[i][0]:
                add(*fields[i], ent)
        if len(fields) > 17 and fields[17][1] > fields[17][0]:
            add(*fields[17], "LOCATION")  # cs-cicode: the visitor's city
    for m in _EMAIL.finditer(text):
        if _MESSAGE_ID.search(text, max(0, m.start() - 14), m.start()):
            ignored.append((m.start(), m.end(), "MESSAGE_ID"))
            add(m.start(), m.end(), "")
        else:
            add(m.start(), m.end(), "EMAIL_ADDRESS")
    for m in _MAC_RUN.finditer(text):
        add(m.start(1), m.start(1) + 17, "MAC_ADDRESS")
        add(m.start(1) + 18, m.start(1) + 35, "MAC_ADDRESS")
    for m in _MAC.finditer(text):
        add(m.start(), m.end(), "MAC_ADDRESS")
    for m in _V4.finditer(text):
        parts = m.group().split(".")
        if any(int(p) > 255 or (len(p) > 1 and p[0] == "0") for p in parts):
            continue
        if _VERSION_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        if text[m.end() : m.end() + 1] == "~":
            continue
        add(m.start(), m.end(), "IP_ADDRESS")
    for m in _V6.finditer(text):
        tok = m.group()
        if tok.count(":") < 2 or _MAC.fullmatch(tok):
            continue
        body = tok.split("%", 1)[0]
        if re.fullmatch(r"[0-9]{1,2}(?::[0-9]{2}){1,3}", body):
            continue  # a clock time
        if body == "::":
            continue  # the unspecified address names no host (or a C++ scope operator)
        try:
            ipaddress.IPv6Address(body)
        except ValueError:
            continue
        add(m.start(), m.end(), "IP_ADDRESS")
    gold = [{"start": s, "end": e, "entity": ent} for s, e, ent in sorted(spans) if ent]
    return gold, [{"start": s, "end": e, "label": lab} for s, e, lab in ignored]


# Review corrections: (system, exact substring of the record, entity) -> dropped / added.
_NOT_PII: set[tuple[str, str]] = {
    ("haproxy", "docs.example.internal||"),  # captured Host header, not a user agent
    ("incapsula_w3c", "Town"),  # a placeholder in the city field
}
_EXTRA: dict[str, list[tuple[str, str]]] = {
    "aws": [
        ("Mozilla/5.0", "USER_AGENT"),  # S3 access log user-agent field
        # Added 2026-12-03 after the held-out part was measured: label misses against the
        # rule written before labelling (the whole value of a user-agent field, whatever
        # its shape): an S3 and an ELB user-agent field.
        ("S3Console/0.4", "USER_AGENT"),
        ("curl/7.38.0 (#56-0ef1d4a5)", "USER_AGENT"),
    ],
    "bro": [  # Zeek http.log user_agent field (tab-separated)
        (
            (
                "Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) "
                "Chrome/42.0.2311.135 Safari/537.36"
            ),
            "USER_AGENT",
        ),
        (
            (
                "Mozilla/5.0 (Windows NT 5.1) AppleWebKit/535.11 (KHTML, like Gecko; X-SBLSP) "
                "Chrome/17.0.963.83 Safari/535.11"
            ),
            "USER_AGENT",
        ),
        (
            "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:81.0) Gecko/20100101 Firefox/81.0",
            "USER_AGENT",
        ),
    ],
    "httpd": [("username%40example.com", "EMAIL_ADDRESS"), ("blargh", "AUTH_TOKEN")],
    "nextcloud": [("elasticsearch-php/8.6.1 (Linux 5.15.0-84-generic; PHP 8.2.11)", "USER_AGENT")],
}
#: Personal but outside privkit's types (user names, visitor ids): neither gold nor clean.
_IGNORE: dict[str, list[tuple[str, str]]] = {
    "nextcloud": [('"user":"jeff"', "USERNAME")],
    "tcf": [('"UserName":"xavier"', "USERNAME")],
    "incapsula_w3c": [
        ("a1f36498-c34a-45b9-b3a5-ee0bd00f91b6", "VISITOR_ID"),
        ("daf5e234-24fc-4a69-985c-ab923529b393", "VISITOR_ID"),
    ],
}


def _apply_review(rec: dict[str, object]) -> None:
    text = str(rec["text"])
    spans = [
        s
        for s in rec["spans"]  # type: ignore[attr-defined]
        if (str(rec["source"]), text[s["start"] : s["end"]]) not in _NOT_PII
    ]
    for value, ent in _EXTRA.get(str(rec["source"]), ()):
        for m in re.finditer(re.escape(value), text):
            if not any(s["start"] < m.end() and m.start() < s["end"] for s in spans):
                spans.append({"start": m.start(), "end": m.end(), "entity": ent})
    rec["spans"] = sorted(spans, key=lambda s: (s["start"], s["end"]))
    for value, label in _IGNORE.get(str(rec["source"]), ()):
        for m in re.finditer(re.escape(value), text):
            rec["ignored"].append({"start": m.start(), "end": m.end(), "label": label})  # type: ignore[attr-defined]


def build(lnav: Path, patterns: Path) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    dev: list[dict[str, object]] = []
    for name, (system, most) in LNAV_FILES.items():
        text = git_show(lnav, LNAV_COMMIT, f"test/{name}")
        for i, rec_text in enumerate(_records(text, most)):
            spans, ignored = _label(rec_text, system)
            dev.append(
                {
                    "id": f"r-{system}-{i:03d}",
                    "kind": "log",
                    "source": system,
                    "text": rec_text,
                    "spans": spans,
                    "ignored": ignored,
                }
            )
    hold: list[dict[str, object]] = []
    for spec in PATTERN_SPECS:
        src = git_show(patterns, PATTERNS_COMMIT, f"spec/patterns/{spec}_spec.rb")
        for i, msg in enumerate(_spec_messages(src)):
            spans, ignored = _label(msg, spec)
            hold.append(
                {
                    "id": f"h-{spec}-{i:03d}",
                    "kind": "log",
                    "source": spec,
                    "text": msg,
                    "spans": spans,
                    "ignored": ignored,
                }
            )
    for rec in dev + hold:
        _apply_review(rec)
    return dev, hold


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lnav", type=Path, required=True, help="git dir of tstack/lnav")
    parser.add_argument("--patterns", type=Path, required=True,
                        help="git dir of logstash-plugins/logstash-patterns-core")  # fmt: skip
    args = parser.parse_args()
    dev, hold = build(args.lnav, args.patterns)
    for path, recs in ((DEV_OUT, dev), (HOLD_OUT, hold)):
        _jsonl.write(path, recs)
        print(f"{path.name}: {len(recs)} records, {sum(len(r['spans']) for r in recs)} spans")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()

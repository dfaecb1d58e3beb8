"""Build the seventh real-text log set: parser test events of SIEM content, dev and held-out parts.

The text comes from the test data of three public repositories, pinned by commit; nobody on this
team wrote it. CrowdStrike's LogScale community content (``CrowdStrike/logscale-community-
content``, public domain under the Unlicense) ships, with each parser of a log source, the raw
events it is tested on (a parser file's top-level ``tests:`` list): firewalls and VPN gateways
(Cisco ASA, Palo Alto, SonicWall, FortiGate), DNS and DHCP servers, browser and endpoint
security, SaaS audit events, container and automation logs. Telegraf (``influxdata/telegraf``,
MIT) ships the Suricata EVE events and the mail and upload webhooks its inputs are tested with.
Apache Metron (``apache/metron``, Apache-2.0) ships the raw inputs its parsers are tested on
(Cisco ASA and ISE, Palo Alto, FireEye, Sourcefire, Lancope StealthWatch, Snort, YAF and Bro
flows, a LEEF feed, WebSphere DataPower, RFC 5424 syslog, AWS ELB). Systems fail2ban has
filters (and test logs) for are left out (Squid).

Selection (fixed before labelling): per system, the distinct test events in path and file
order; with more than ``MOST`` (10), that many evenly spaced ones (``_logs4._select``). A
multi-line event is one record with its line breaks (``_logs4._select`` keeps a record whole,
cut at 4,000 characters by ``_logs4.split_records``). Each system goes wholly to one part by
``_logs4.is_holdout`` (SHA-256 of the system name); the held-out part is measured only once, at
the end.

Labels: the rules of ``_logs6._label6`` (which applies ``_logs5._label5``, ``_logs4._label4`` and
``_real._label``), then the rule of ``_label7`` below, written in ``benchmarks/corpus/README.md``
before labelling. Both files were committed, labelled, before privkit ran on either.

Run once, with local git directories of the three repositories:

    python -m benchmarks.corpus._logs7 --logscale DIR --telegraf DIR --metron DIR
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

from benchmarks.corpus._git import git_files, git_show
from benchmarks.corpus._logs4 import _select, main_dirs, split_records
from benchmarks.corpus._logs6 import _label6

ROOT = Path(__file__).resolve().parents[2]
DEV_OUT = ROOT / "benchmarks" / "data" / "real_logs7_dev.jsonl"
HOLD_OUT = ROOT / "benchmarks" / "data" / "real_logs7_holdout.jsonl"

#: repository -> (commit, licence)
SOURCES: dict[str, tuple[str, str]] = {
    "CrowdStrike/logscale-community-content": (
        "970f85669d8ec0fe07e65f13f7120fbbc26a1bb5",
        "Unlicense (public domain)",
    ),
    "influxdata/telegraf": ("b27263146617cefe16c0b300107b58b111a7fa57", "MIT"),
    "apache/metron": ("1252573eab087e87fb2938f8651c5b0b393aca9e", "Apache-2.0"),
}
#: Most records per system.
MOST = 10

#: LogScale parser files left out: Squid (fail2ban has a filter for it); the second copy of
#: the Palo Alto parser (same tests as ``Log-Sources/Palo-Alto/PAN-Firewall``).
LOGSCALE_SKIP = frozenset(
    {
        "Parsers-Only/Squid-proxy.yaml",
        "Log-Sources/Palo-Alto/PAN-Firewall-Parser-Only/src/parsers/PaloAltoFirewall.yaml",
    }
)
#: Telegraf test files: folder under ``plugins/inputs/`` -> system.
TELEGRAF_DIRS: dict[str, str] = {
    "suricata/testdata/": "suricata_eve_telegraf",
    "webhooks/mandrill/testdata/": "mandrill_webhook",
    "webhooks/filestack/testdata/": "filestack_webhook",
}

#: Apache Metron's raw sample inputs of its parsers' integration tests and parser tests:
#: file -> system (``metron_`` and the parser's name). Left out: Squid (fail2ban), the copies
#: (``SampleInput/AsaOutput`` and ``syslog3164`` repeat lines of ``asa_raw``) and the JSON
#: map tests (not a log system).
_METRON_SAMPLE = "metron-platform/metron-integration-test/src/main/sample/data/"
_METRON_LOGDATA = "metron-platform/metron-parsing/metron-parsers/src/test/resources/logData/"
METRON_FILES: dict[str, str] = {
    _METRON_SAMPLE + "asa/raw/asa_raw": "metron_asa",
    _METRON_SAMPLE + "bro/raw/BroExampleOutput": "metron_bro",
    _METRON_SAMPLE + "leef/raw/leefOutput": "metron_leef",
    _METRON_SAMPLE + "snort/raw/SnortOutput": "metron_snort",
    _METRON_SAMPLE + "syslog5424/raw/Syslog5424Output": "metron_syslog5424",
    _METRON_SAMPLE + "websphere/raw/WebsphereOutput.txt": "metron_websphere",
    _METRON_SAMPLE + "yaf/raw/YafExampleOutput": "metron_yaf",
    _METRON_SAMPLE + "SampleInput/FireeyeExampleOutput": "metron_fireeye",
    _METRON_SAMPLE + "SampleInput/ISESampleOutput": "metron_ise",
    _METRON_SAMPLE + "SampleInput/LancopeExampleOutput": "metron_lancope",
    _METRON_SAMPLE + "SampleInput/PaloaltoOutput": "metron_paloalto",
    _METRON_SAMPLE + "SampleInput/SourcefireExampleOutput": "metron_sourcefire",
    _METRON_LOGDATA + "multi_elb_log.txt": "metron_elb",
}


def logscale_tests(parser_yaml: str) -> list[str]:
    """A LogScale parser file's test events (``[]`` when it has none or does not parse)."""
    try:
        doc = yaml.safe_load(parser_yaml)
    except yaml.YAMLError:
        return []
    if not isinstance(doc, dict):
        return []
    out = []
    for test in doc.get("tests") or ():
        if isinstance(test, str):
            out.append(test)
        elif isinstance(test, dict) and isinstance(test.get("input"), str):
            out.append(test["input"])
    return out


def logscale_system(path: str) -> str:
    """``Log-Sources/Cisco/ASA/src/parsers/ASA_syslog.yaml`` -> ``asa_syslog``."""
    stem = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return re.sub(r"[^a-z0-9]+", "_", stem.lower()).strip("_")


def telegraf_events(text: str) -> list[str]:
    """A Telegraf test file's events: one per JSON line, or the whole file when it is one JSON."""
    text = text.strip()
    try:
        return [json.dumps(json.loads(text))]
    except json.JSONDecodeError:
        return [line for line in text.splitlines() if line.strip()]


# --------------------------------------------------------------------------- labelling

# Added before labelling: the value of a key=value or JSON field naming the id of a person's
# account, session or device in a syslog-style record (``suid=``, ``duid=``, ``sessionid=``,
# ``deviceExternalId=`` of CEF): personal, no type of the scorer fits: ignored. (The JSON form
# is _label6's.)
_KV_ID = re.compile(
    r"(?i)(?<![\w.\-])(?:suid|duid|user_?id|session_?id|sessionid|device_?id|"
    r"deviceExternalId|client_?id)=([^\s;,|]+)"
)

# Found in the label review, before any detector ran: the generic rule takes a word ending in
# "v" before a quad for a version word ("v 1.2.3.4"), so Microsoft DNS's debug log lost the
# peer of its "Rcv" direction field ("UDP Rcv 205.251.192.27"): a quad there is an address.
_RCV_QUAD = re.compile(r"(?<![\w])Rcv {1,3}((?:[0-9]{1,3}\.){3}[0-9]{1,3})(?![\w\-]|\.[0-9])")

# Added before labelling (fields of these formats the earlier rules do not know):
# CEF's requestClientApplication is the client's user agent (up to the next " key=")
_CEF_UA = re.compile(r"(?<![\w])requestClientApplication=(.+?)(?= \w+=|$)")
# a "User-Agent: value" header inside FireEye's "::~~"-separated fields
_FIREEYE_UA = re.compile(r"(?i)(?<![\w\-])User-Agent: ([^:~\r\n]+?)(?=::~|$)")
# a CEF custom string whose label names a visitor's, user's, session's or device's id:
# personal, no type of the scorer fits: ignored
_CEF_CS = re.compile(r"(?<![\w])(cs\d)=(.+?)(?= \w+=|$)")
_CEF_ID_LABEL = re.compile(r"(?i)(?:visitor|user|session|device)[ _]?id|\bvid\b")


def _label7(text: str, system: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    gold, ignored = _label6(text, system)
    for m in _RCV_QUAD.finditer(text):
        s, e = m.start(1), m.end(1)
        if not any(g["start"] < e and s < g["end"] for g in gold):  # type: ignore[operator]
            gold.append({"start": s, "end": e, "entity": "IP_ADDRESS"})
    for rx in (_CEF_UA, _FIREEYE_UA):
        for m in rx.finditer(text):
            s, e = m.start(1), m.end(1)
            if m.group(1).strip() in ("", "-"):
                continue
            gold = [g for g in gold if not (s <= g["start"] and g["end"] <= e)]  # type: ignore[operator]
            if not any(g["start"] < e and s < g["end"] for g in gold):  # type: ignore[operator]
                gold.append({"start": s, "end": e, "entity": "USER_AGENT"})
    gold.sort(key=lambda g: (g["start"], g["end"]))  # type: ignore[arg-type, return-value]
    for m in _CEF_CS.finditer(text):
        lab = re.search(rf"(?<![\w]){m.group(1)}Label=(.+?)(?= \w+=|$)", text)
        if lab and _CEF_ID_LABEL.search(lab.group(1)):
            ignored.append({"start": m.start(2), "end": m.end(2), "label": "PERSONAL_ID"})
    for m in _KV_ID.finditer(text):
        s, e = m.start(1), m.end(1)
        if m.group(1).strip("\"'").lower() in ("", "-", "null", "none", "unknown", "0"):
            continue
        if any(g["start"] < e and s < g["end"] for g in gold):  # type: ignore[operator]
            continue
        ignored.append({"start": s, "end": e, "label": "PERSONAL_ID"})
    return gold, ignored


def build(
    logscale: Path, telegraf: Path, metron: Path
) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    raw: dict[str, list[str]] = {}
    l_commit = SOURCES["CrowdStrike/logscale-community-content"][0]
    for path in git_files(logscale, l_commit):
        if not path.endswith((".yaml", ".yml")) or path in LOGSCALE_SKIP:
            continue
        if "/parsers/" not in path and not path.startswith("Parsers-Only/"):
            continue
        tests = logscale_tests(git_show(logscale, l_commit, path))
        if tests:
            raw.setdefault(logscale_system(path), []).extend(tests)
    t_commit = SOURCES["influxdata/telegraf"][0]
    for folder, system in TELEGRAF_DIRS.items():
        for path in git_files(telegraf, t_commit, f"plugins/inputs/{folder}", ".json"):
            raw.setdefault(system, []).extend(telegraf_events(git_show(telegraf, t_commit, path)))
    m_commit = SOURCES["apache/metron"][0]
    for path, system in METRON_FILES.items():
        raw.setdefault(system, []).extend(git_show(metron, m_commit, path).splitlines())
    return split_records(((s, _select(raw[s], MOST)) for s in sorted(raw)), "l7", _label7)


def main() -> None:
    repositories = {
        "logscale": "CrowdStrike/logscale-community-content",
        "telegraf": "influxdata/telegraf",
        "metron": "apache/metron",
    }
    main_dirs(__doc__ or "", repositories, build, (DEV_OUT, HOLD_OUT))


if __name__ == "__main__":
    main()

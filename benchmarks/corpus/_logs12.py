"""Build the twelfth real-text log set: Splunk Connect for Syslog's device test events.

The text comes from the test modules of Splunk Connect for Syslog (``splunk/splunk-connect-for-syslog``,
``tests/test_*.py``, Apache-2.0), pinned by commit: the raw syslog, CEF, LEEF and key=value
events of network and security devices (firewalls, IDS and IPS, proxies, load balancers, WAFs,
switches and routers, wireless controllers, mail gateways, identity appliances, storage and
management controllers) that the project sends to its syslog server to test how each device's
events are parsed. Nobody on this team wrote them. A test module writes an event as a Jinja
template: the device's text with placeholders for the parts the test fills at run time (the
syslog priority, the time, the host name).

Selection and split (fixed before extraction, written in ``benchmarks/corpus/README.md``): one
system per test module (its name without ``test_``), the modules of SC4S's own machinery and
of systems fail2ban has filters for left out (``SKIP``). A record is one event template: a
string constant of the module with at least one ``{{ name }}`` placeholder that is not a Splunk
search, its placeholders filled with the fixed values of ``FILL``; a template with a placeholder
outside ``FILL`` is dropped. The split is by system, a third of the systems held out
(``holdout_systems``: those whose names have the smallest SHA-256, from the names alone). Per
system, ``MOST`` (12) evenly spaced ones of its distinct events in file order
(``_logs4._select``). Dropped: events of programs that fail2ban has filters for
(``_logs10._FAIL2BAN_PROGRAM``), a text already in a development part of an earlier real log
set, and a held-out text equal to a development one.

Labels: the rules of ``_logs11._label11`` (which applies the tenth to first sets' rules), then
those of ``_label12`` below, written in ``benchmarks/corpus/README.md`` before any detector ran.
Both files were committed, labelled, before privkit or Presidio ran on either.

Run once, with a local git directory of SC4S:

    python -m benchmarks.corpus._logs12 --git splunk/splunk-connect-for-syslog=DIR
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

from benchmarks.corpus import _logset
from benchmarks.corpus._git import git_files, git_show
from benchmarks.corpus._logs10 import _FAIL2BAN_PROGRAM, _overlap
from benchmarks.corpus._logs11 import _label11

REPOSITORY = "splunk/splunk-connect-for-syslog"
COMMIT = "291da935143299910b96ad5d5f6fdce0da047111"
#: Licence of the repository (its License.md): Apache-2.0; the test modules' headers say
#: BSD-2-Clause (the project's LICENSE-BSD2).
LICENCE = "Apache-2.0"
FOLDER = "tests"
#: Test modules that are no device's: SC4S's own machinery (health checks, Kubernetes
#: installs, name cache, plug-in example, load generator, generic parsing tests); and systems
#: fail2ban has filters for (HAProxy, ISC BIND and DHCP, Linux syslog with sshd and PAM).
SKIP = frozenset({
    "common", "common_lite", "healthcheck_healthy", "healthcheck_unit_tests", "loggen",
    "mk8s_config_files", "mk8s_custom_ports", "mk8s_hosts_override", "mk8s_splunk_metadata",
    "name_cache", "plugin_example", "reverse_dns", "haproxy", "isc", "linux_syslog",
})  # fmt: skip
#: The fixed value each placeholder is filled with (a test fills it at run time: a random host
#: name of two five-character parts, the syslog priority, the time of the run in the format
#: the device writes).
FILL = {
    "host": "xk2p7-q9w3m",
    "hostname": "xk2p7-q9w3m",
    "mark": "<134>",
    "bsd": "Jan 25 20:37:54",
    "iso": "2021-01-25T20:37:54.123456+00:00",
    "epoch": "1611607074",
    "time": "20:37:54.123456",
    "date": "2021-01-25",
    "tzoffset": "+0000",
    "tzname": "UTC",
    "year": "2021",
    "pid": "4242",
    "seq": "1",
}
_PLACEHOLDER = re.compile(r"\{\{\s*(\w+)\s*\}\}")
_SEARCH = re.compile(r"^\s*(?:\||search\b)|\bindex\s*=|\bsourcetype\s*=\s*\"")
#: The held-out systems: the 45 (a third) of the 135 whose names have the smallest SHA-256
#: (``holdout_systems``), fixed from the names before any event was read.
HOLDOUT = frozenset({
    "airwatch_rfc3164", "alcatel", "alsid", "arista", "aruba", "aruba_clearpass", "barracuda_waf",
    "broadcom_layer7_api_gateway", "broadcom_sslva", "brocade", "buffalo", "checkpoint",
    "cisco_ace", "cisco_asa", "cisco_dna", "cisco_esa", "cisco_meraki", "cisco_tvcs", "cisco_ucm",
    "cyberark", "cylance_protect", "dell_powerstore", "epic_ehr", "f5_bigip", "fireye",
    "forcepoint_web", "fortinet_ngfw", "fortinet_web", "github_ent", "ibm_datapower",
    "juniper_legacy", "kaspersky", "leef", "netwrix_epp", "nutanix", "polycom", "solace",
    "spectracom_ntp", "splunk", "symantec_brightmail", "tenable", "tintri", "ubiquiti_unifi",
    "vmware", "zscaler_proxy",
})  # fmt: skip
#: Most records per system.
MOST = 12


# --------------------------------------------------------------------------- labelling


# Found in the label review of the development part, before any detector ran (README, "Twelfth
# real-text log set"); applied to both parts.
_Q = r"(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}"
#: A version as the text of an XML element named ...Version (McAfee's <AgentVersion>).
_XML_VERSION = re.compile(r"<(\w*Version)>(" + _Q + r")</\1>")
#: A quad in a file name after a word and "-" (a capture's src-10.1.2.3.cap): an address.
_FILE_QUAD = re.compile(r"(?<=[A-Za-z]-)(" + _Q + r")(?=\.[A-Za-z]{2,5}\b)")
#: A DHCP client id: hardware type 01, then the client's MAC (ISC dhcpd's "uid 01:...").
_DHCP_UID = re.compile(r"\buid (01:)((?:[0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2})\b")
#: A run of five dotted numbers whose first four make a quad: a malformed address (ignored).
_FIVE_PART = re.compile(r"(?<![\w.])(" + _Q + r"\.\d{1,3})(?![\w.])")
#: Where a user-name or id value of key=value text ends: a pipe, an ampersand or the next key.
_VALUE_END = re.compile(r"[|&]|\s+\w[\w.-]*=")


# Added after the first development run, which showed the labeller's own errors (README,
# "Twelfth real-text log set"); applied to both parts before the held-out part was run.
#: A user agent as the value of a key=value key naming one ("userAgent=", "cs-User-Agent=",
#: "ua=", quoted or bare up to the next key).
_UA_KEY = re.compile(
    r"(?<![\w-])(?:[\w-]*user[-_]?agent|ua)=(?:\"([^\"]+)\"|([^\s\"].*?)(?=\s+[\w.-]+=|\||$))",
    re.IGNORECASE | re.MULTILINE,
)
#: A browser's agent string as a whole comma-separated field (Palo Alto and Imperva CSV).
_UA_FIELD = re.compile(
    r"(?<=,)\s?(Mozilla/\d\.\d \([^()]*\)(?:\s[^,\s()]+(?:\s\([^()]*\))?)*)(?=,)"
)
#: A phone number as the value of a key=value key naming one (PhoneNumber="2065551234").
_PHONE_KV = re.compile(r"(?<![\w-])\w*phone_?number=\"?(\+?[\d\s().-]{7,20}\d)\"?", re.IGNORECASE)
#: A full IPv6 address of eight groups, then a port (Citrix's "Vserver a1b2:...:c5d6:123").
_V6_PORT = re.compile(r"(?<![\w:])((?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}):\d{1,5}(?![\w:])")


def _after_run(text: str, gold: list[dict[str, object]]) -> list[dict[str, object]]:
    extra = [
        (m.start(i), m.end(i), "USER_AGENT")
        for m in _UA_KEY.finditer(text)
        for i in (1, 2)
        if m.group(i) and m.group(i).strip() not in ("-", "")
    ]
    extra += [(m.start(1), m.end(1), "USER_AGENT") for m in _UA_FIELD.finditer(text)]
    extra += [(m.start(1), m.end(1), "PHONE_NUMBER") for m in _PHONE_KV.finditer(text)]
    extra += [(m.start(1), m.end(1), "IP_ADDRESS") for m in _V6_PORT.finditer(text)]
    for s, e, ent in extra:
        if ent == "PHONE_NUMBER" and sum(c.isdigit() for c in text[s:e]) < 7:
            continue
        gold = [g for g in gold if not (s <= int(g["start"]) and int(g["end"]) <= e)]  # type: ignore[call-overload]
        if not _overlap(gold, s, e):
            gold.append({"start": s, "end": e, "entity": ent})
    gold.sort(key=lambda g: (int(g["start"]), int(g["end"])))  # type: ignore[call-overload]
    return gold


def _label12(text: str, system: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    gold, ignored = _label11(text, system)
    gold = _after_run(text, gold)
    for g in gold:  # an e-mail value of key=value starts after the "="
        if g["entity"] == "EMAIL_ADDRESS":
            value = text[int(g["start"]) : int(g["end"])]  # type: ignore[call-overload]
            if "=" in value.split("@", 1)[0]:
                g["start"] = int(g["start"]) + value.split("@", 1)[0].rindex("=") + 1  # type: ignore[call-overload]
    drop = [(m.start(2), m.end(2)) for m in _XML_VERSION.finditer(text)]
    gold = [g for g in gold if not any(_overlap([g], s, e) for s, e in drop)]
    extra = [(m.start(1), m.end(1), "IP_ADDRESS") for m in _FILE_QUAD.finditer(text)]
    extra += [(m.start(2), m.end(2), "MAC_ADDRESS") for m in _DHCP_UID.finditer(text)]
    for s, e, ent in extra:
        if not _overlap(gold, s, e):
            gold.append({"start": s, "end": e, "entity": ent})
    gold.sort(key=lambda g: (int(g["start"]), int(g["end"])))  # type: ignore[call-overload]
    kept: list[dict[str, object]] = []
    for i in ignored:  # a user-name or id value ends at a pipe, "&" or the next key
        s, e = int(i["start"]), int(i["end"])  # type: ignore[call-overload]
        cut = _VALUE_END.search(text, s, e)
        e = cut.start() if cut else e
        value = text[s:e]
        if not value.strip() or "=" in value or value[0] in '{"\u201d$':
            continue
        if value.upper().startswith("NT AUTHORITY"):
            continue
        kept.append({**i, "end": e})
    for m in _FIVE_PART.finditer(text):
        s, e = m.start(1), m.end(1)
        gold = [g for g in gold if not _overlap([g], s, e)]
        if not _overlap(kept, s, e):
            kept.append({"start": s, "end": e, "label": "MALFORMED_IP"})
    return gold, kept


# --------------------------------------------------------------------------- building


def templates(source: str) -> list[str]:
    """A test module's event templates, in file order: string constants with a placeholder."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            value = node.value
            if _PLACEHOLDER.search(value) and not _SEARCH.search(value):
                out.append((node.lineno, node.col_offset, value))
    return [v for _, _, v in sorted(out)]


def render(template: str) -> str | None:
    """The template with its placeholders filled from ``FILL``; None if one is not there."""
    if any(m.group(1) not in FILL for m in _PLACEHOLDER.finditer(template)):
        return None
    return _PLACEHOLDER.sub(lambda m: FILL[m.group(1)], template).strip()


def systems(gdir: Path) -> list[str]:
    """The systems: test modules' names without ``test_``, ``SKIP`` left out."""
    names = [
        Path(p).stem.removeprefix("test_")
        for p in git_files(gdir, COMMIT, FOLDER, ".py")
        if p.count("/") == 1 and Path(p).name.startswith("test_")
    ]
    return sorted(n for n in names if n not in SKIP)


def system_texts(gdir: Path, system: str) -> list[str]:
    """A system's rendered events in file order, fail2ban programs' events left out."""
    source = git_show(gdir, COMMIT, f"{FOLDER}/test_{system}.py")
    out = []
    for t in templates(source):
        text = render(t)
        if text and not _FAIL2BAN_PROGRAM.search(text):
            out.append(text)
    return out


SET = _logset.LogSet(
    number=12,
    repositories=(REPOSITORY,),
    systems=lambda gits: systems(gits[REPOSITORY]),
    holdout=HOLDOUT,
    texts=lambda gits, system: system_texts(gits[REPOSITORY], system),
    label=_label12,
    most=MOST,
    earlier=12,
    earlier_holdout=False,
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])

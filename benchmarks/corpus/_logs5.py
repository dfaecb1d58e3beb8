"""Build the fifth real-text log set: security-monitoring test logs, dev and held-out parts.

The text comes from the test data of two public repositories, pinned by commit; nobody on this
team wrote it. Wazuh ships, for its decoders and rules, test files (``ruleset/testing/tests/
*.ini``) that hold sample log lines of the systems it reads (firewalls and VPN gateways, kernel
and system daemons, Windows and Sysmon events, cloud audit trails, mail and security
appliances, ...); Datadog's community integrations ship the sample logs their log pipelines are
tested with (``<integration>/assets/logs/*_tests.yaml``: SaaS audit events, zero-trust access,
CDN and API gateways, ...). Systems that fail2ban also has filters for (sshd, Apache, nginx,
Postfix, Dovecot, Exim, ProFTPd, vsftpd, BIND, Squid, slapd, PAM, Asterisk/FreePBX, ...) and
the rule engine's own feature tests are left out.

Selection (fixed before labelling): per system, the distinct non-blank sample messages in path
and file order; with more than ``_logs4.MOST`` (25), that many evenly spaced ones
(``_logs4._select``). Each system goes wholly to one part by ``_logs4.is_holdout`` (SHA-256 of
the system name); the held-out part is measured only once, at the end.

Labels: the rules of ``_logs4._label4`` (which applies ``_real._label``), then the rules of
``_label5`` below, written in ``benchmarks/corpus/README.md`` before labelling. Both files were
committed, labelled, before privkit ran on either.

Run once, with local git directories of the two repositories:

    python -m benchmarks.corpus._logs5 --wazuh DIR --dd-extras DIR
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

from benchmarks.corpus._git import git_files, git_show
from benchmarks.corpus._logs4 import _label4, _select, main_dirs, split_records

ROOT = Path(__file__).resolve().parents[2]
DEV_OUT = ROOT / "benchmarks" / "data" / "real_logs5_dev.jsonl"
HOLD_OUT = ROOT / "benchmarks" / "data" / "real_logs5_holdout.jsonl"

#: repository -> (commit, licence)
SOURCES: dict[str, tuple[str, str]] = {
    "wazuh/wazuh": ("e0f7c360c052e0d2ca4295c58ef7094185bbb8aa", "GPL-2.0"),
    "DataDog/integrations-extras": ("57e9d599daad03d877fa75c3a4648a6e70ae9860", "BSD-3-Clause"),
}
WAZUH_DIR = "ruleset/testing/tests/"

#: Wazuh test files left out: systems fail2ban has filters (and test logs) for, web access
#: lines (Apache/nginx shapes), and the rule engine's own feature tests (not a log system).
WAZUH_SKIP = frozenset(
    {"apache", "dovecot", "dropbear", "exim", "gitlab", "modsecurity", "named", "nginx",
     "openldap", "pam", "php", "postfix", "proftpd", "sshd", "squid_rules", "vsftpd", "freepbx",
     "web_appsec", "web_rules", "overwrite", "test_expr_negation", "test_expr_negation_geoip",
     "test_features", "test_osmatch_regex", "test_osregex_regex", "test_osregex_regex_geoip",
     "test_pcre2_regex", "test_pcre2_regex_geoip", "test_static_filters",
     "test_static_filters_geoip"}
)  # fmt: skip
#: Wazuh test files that test one system together (file stem -> system).
WAZUH_GROUPS: dict[str, str] = {
    "audit_scp": "auditd",
    "sysmon_eid_1": "sysmon", "sysmon_eid_3": "sysmon", "sysmon_eid_7": "sysmon",
    "sysmon_eid_8": "sysmon", "sysmon_eid_10": "sysmon", "sysmon_eid_11": "sysmon",
    "sysmon_eid_13": "sysmon", "sysmon_eid_20": "sysmon",
    "win-generic_rules": "windows_events", "win_application": "windows_events",
    "win_event_channel": "windows_events", "win_security": "windows_events",
    "windows_baseline_intrusion_detection": "windows_events",
    "f5_big_ip": "f5_bigip", "cloudflare-waf": "cloudflare_waf", "SonicWall": "sonicwall",
}  # fmt: skip
#: Datadog integrations left out (BIND: fail2ban has a filter for it).
DD_SKIP = frozenset({"bind9"})

_WAZUH_LOG = re.compile(r"^log \d+ (?:pass|fail) = (.*)$")


def wazuh_messages(ini: str) -> list[str]:
    """The sample log lines of a Wazuh ruleset test file (``log N pass = <line>``)."""
    return [m.group(1) for line in ini.splitlines() if (m := _WAZUH_LOG.match(line))]


def dd_messages(tests_yaml: str) -> list[str]:
    """The ``sample`` messages of a Datadog log-pipeline test file (non-strings as JSON)."""
    doc = yaml.safe_load(tests_yaml) or {}
    out = []
    for test in doc.get("tests") or ():
        sample = test.get("sample") if isinstance(test, dict) else None
        if sample is None:
            continue
        out.append(sample if isinstance(sample, str) else json.dumps(sample))
    return out


# --------------------------------------------------------------------------- labelling

# the broadcast MAC names no device (like the all-zero one, which _label4 drops)
_BROADCAST_MAC = re.compile(r"(?i)ff([:\-])ff(?:\1ff){4}")
# Cisco's dotted MAC (0011.2233.4455)
_CISCO_MAC = re.compile(r"(?<![\w.])[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?![\w.])")
# A person's or account's name in a field of these formats: ignored (no type for it).
_NAME_KEY = (
    r"(?:[\w\-]*[_.\-])?(?:user_?name|username|user|usr|suser|duser|uname|login(?:_?name)?|"
    r"display_?name|full_?name|first_?name|last_?name|given_?name|family_?name|surname|"
    r"actor_?name|owner_?name|account_?name|TargetUserName|SubjectUserName)"
)
_NAME_FIELD = re.compile(
    rf"""(?i)(?<![\w.\-])["']?{_NAME_KEY}["']?\s*(?:=|:|=>)\s*"""
    r"""(?:\\?"((?:[^"\\]|\\[^"])+)\\?"|'([^']+)'|([^\s"',;}\]\)]+))"""
)
# Added after the first development run (labeller errors, rules applied to both parts):
# an address range's two ends are addresses (the generic pattern skipped a quad glued to "-")
_V4_RANGE = re.compile(
    r"(?<![\w.\-])((?:[0-9]{1,3}\.){3}[0-9]{1,3})-((?:[0-9]{1,3}\.){3}[0-9]{1,3})(?![\w\-]|\.[0-9])"
)
# a dotted number after an OID key is an object identifier ("attributeSyntaxOID": "2.5.5.12")
_OID_BEFORE = re.compile(r"(?i)oid[\"']?\s*[:=]\s*[\"']?\Z")
# "::" glued to a following "~" (FireEye's "key: value::~~" fields) is a field separator:
# what it ends is no IPv6 address ("sdk: 19::~~", "2017::~~"); six hex pairs before it are a MAC
_SEPARATOR_AFTER = re.compile(r"::~")
_MAC_BEFORE_SEP = re.compile(r"[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5}::\Z")
_UNNAMED = frozenset({"-", "", "null", "none", "n/a", "root", "system", "(null)", "unknown"})


def _label5(text: str, system: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    gold, ignored = _label4(text, system)
    gold = [
        g
        for g in gold
        if not (
            g["entity"] == "IP_ADDRESS"
            and (
                _OID_BEFORE.search(text, max(0, int(g["start"]) - 24), int(g["start"]))  # type: ignore[call-overload]
                or _SEPARATOR_AFTER.match(text, int(g["end"]) - 2)  # type: ignore[call-overload]
            )
        )
        and not (
            g["entity"] == "MAC_ADDRESS" and _BROADCAST_MAC.fullmatch(text[g["start"] : g["end"]])  # type: ignore[misc]
        )
    ]
    for m in _SEPARATOR_AFTER.finditer(text):
        mac = _MAC_BEFORE_SEP.search(text, max(0, m.start() - 17), m.start() + 2)
        if mac and not any(g["start"] < mac.end() - 2 and mac.start() < g["end"] for g in gold):  # type: ignore[operator]
            gold.append({"start": mac.start(), "end": mac.end() - 2, "entity": "MAC_ADDRESS"})
    for m in _V4_RANGE.finditer(text):
        for k in (1, 2):
            s, e = m.start(k), m.end(k)
            if all(int(p) <= 255 for p in m.group(k).split(".")) and not any(
                g["start"] < e and s < g["end"]  # type: ignore[operator]
                for g in gold
            ):
                gold.append({"start": s, "end": e, "entity": "IP_ADDRESS"})
    for m in _CISCO_MAC.finditer(text):
        if not any(g["start"] < m.end() and m.start() < g["end"] for g in gold):  # type: ignore[operator]
            gold.append({"start": m.start(), "end": m.end(), "entity": "MAC_ADDRESS"})
    for m in _NAME_FIELD.finditer(text):
        g_i = next(i for i in (1, 2, 3) if m.group(i) is not None)
        s, e = m.start(g_i), m.end(g_i)
        if m.group(g_i).strip().lower() in _UNNAMED:
            continue
        if any(g["start"] < e and s < g["end"] for g in gold):  # type: ignore[operator]
            continue  # an e-mail or address in a user field stays gold
        ignored.append({"start": s, "end": e, "label": "USERNAME"})
    gold.sort(key=lambda g: (g["start"], g["end"]))  # type: ignore[arg-type, return-value]
    return gold, ignored


def build(wazuh: Path, dd: Path) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    raw: dict[str, list[str]] = {}
    w_commit = SOURCES["wazuh/wazuh"][0]
    for path in git_files(wazuh, w_commit, WAZUH_DIR, ".ini"):
        stem = path[len(WAZUH_DIR) : -len(".ini")]
        if stem in WAZUH_SKIP:
            continue
        system = WAZUH_GROUPS.get(stem, stem.replace("-", "_").lower())
        raw.setdefault(system, []).extend(wazuh_messages(git_show(wazuh, w_commit, path)))
    d_commit = SOURCES["DataDog/integrations-extras"][0]
    for path in git_files(dd, d_commit, "", "_tests.yaml"):
        parts = path.split("/")
        if len(parts) != 4 or parts[1:3] != ["assets", "logs"] or parts[0] in DD_SKIP:
            continue
        system = parts[0].replace("-", "_").lower()
        raw.setdefault(system, []).extend(dd_messages(git_show(dd, d_commit, path)))
    return split_records(((s, _select(raw[s])) for s in sorted(raw)), "l5", _label5)


def main() -> None:
    repositories = {
        "wazuh": "wazuh/wazuh",
        "dd-extras": "DataDog/integrations-extras",
    }
    main_dirs(__doc__ or "", repositories, build, (DEV_OUT, HOLD_OUT))


if __name__ == "__main__":
    main()

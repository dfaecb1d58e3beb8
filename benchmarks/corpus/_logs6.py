"""Build the sixth real-text log set: SaaS and cloud audit events, dev and held-out parts.

The text comes from the test data of one public repository, pinned by commit; nobody on this
team wrote it. Panther's detection rules (``panther-labs/panther-analysis``) ship, for each rule,
test events of the log type the rule reads (``rules/<group>/*.yml``: ``LogTypes`` and
``Tests: - Log: {...}``): cloud audit trails (AWS, Azure, GCP, EKS), identity providers and
SaaS audit logs (Okta, OneLogin, Duo, Auth0, Slack, Zoom, Box, Notion, GitHub, ...), endpoint
and network telemetry (CrowdStrike, osquery, VPC flow and DNS, WAF, Umbrella) and security
tools' alerts. No system of it has a fail2ban filter.

Selection (fixed before labelling): per log type (the rule's first ``LogTypes`` entry), the
test events rendered as JSON in path and file order, distinct; with more than ``MOST`` (10),
that many evenly spaced ones (``_logs4._select``). Each system goes wholly to one part by
``_logs4.is_holdout`` (SHA-256 of the system name); the held-out part is measured only once,
at the end.

Labels: the rules of ``_logs5._label5`` (which applies ``_logs4._label4`` and
``_real._label``), then the rule of ``_label6`` below, written in ``benchmarks/corpus/README.md``
before labelling. Both files were committed, labelled, before privkit ran on either.

Run once, with a local git directory of the repository:

    python -m benchmarks.corpus._logs6 --panther DIR
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

from benchmarks.corpus._git import git_files, git_show
from benchmarks.corpus._logs4 import _select, main_dirs, split_records
from benchmarks.corpus._logs5 import _label5

ROOT = Path(__file__).resolve().parents[2]
DEV_OUT = ROOT / "benchmarks" / "data" / "real_logs6_dev.jsonl"
HOLD_OUT = ROOT / "benchmarks" / "data" / "real_logs6_holdout.jsonl"

#: repository -> (commit, licence)
SOURCES: dict[str, tuple[str, str]] = {
    "panther-labs/panther-analysis": ("daa10c888566839e9918dfba1cd652743781e5fe", "Apache-2.0"),
}
#: Most records per system (smaller than the fourth set's 25: many systems, long JSON events).
MOST = 10


def panther_events(rule_yaml: str) -> tuple[str, list[str]]:
    """A rule file's log type and its test events as JSON (``("", [])`` when it has none)."""
    doc = yaml.safe_load(rule_yaml)
    if not isinstance(doc, dict) or not doc.get("LogTypes"):
        return "", []
    out = []
    for test in doc.get("Tests") or ():
        log = test.get("Log") if isinstance(test, dict) else None
        if log is None:
            continue
        out.append(log if isinstance(log, str) else json.dumps(log))
    return str(doc["LogTypes"][0]), out


def system_name(log_type: str) -> str:
    """``Okta.SystemLog`` -> ``okta_systemlog``."""
    return re.sub(r"[^a-z0-9]+", "_", log_type.lower()).strip("_")


# --------------------------------------------------------------------------- labelling

# The value of a key naming the identifier of a person, their account, session or device
# (``userId``, ``actor_id``, ``sessionId``, ``device_id``, ``principalId``, ...): personal,
# but no type of the scorer fits it: ignored (neither gold nor clean).
_ID_KEY = (
    r"[\w.\-]*?(?:user|actor|member|principal|person|employee|session|device|"
    r"advertising|ad)[_\-]?(?:id|uid|guid|uuid)"
)
_ID_FIELD = re.compile(rf"""(?i)"{_ID_KEY}"\s*:\s*(?:"((?:[^"\\]|\\.)+)"|(-?\d+))""")


# Added after the first development run (labeller errors, rules applied to both parts):
# a user agent under a JSON key that ends in user-agent after a path (".../userAgent"), as the
# value of a {"Name": "UserAgent", "Value": ...} pair, or in Salesforce's BROWSER_TYPE field
_UA6 = (
    re.compile(r'(?i)"[^"]*/user[_\-]?agent"\s*:\s*"\[?((?:[^"\\\]]|\\.)+)\]?"'),
    re.compile(r'(?i)"Name"\s*:\s*"user[_\-]?agent"\s*,\s*"Value"\s*:\s*"((?:[^"\\]|\\.)+)"'),
    re.compile(r'"BROWSER_TYPE"\s*:\s*"((?:[^"\\]|\\.)+)"'),
)
# a dotted number as the value of a JSON key naming a version is a version, not an address
_VERSION_KEY = re.compile(r'(?i)version"\s*:\s*"\Z')
# a visitor's city field is a LOCATION (as geo_city); region, country and location ignored
_CITY = re.compile(r'"city"\s*:\s*"([^"\\]+)"')
_PLACE = re.compile(r'"(?:region|country|location)"\s*:\s*"([^"\\]+)"')
# placeholder people's names of the test events (personal in shape, no type of the scorer)
_PEOPLE = re.compile(r"\b(?:(?:Homer|Marge|Bart|Lisa|Maggie) Simpson|John Doe|Jane Doe)\b")


def _label6(text: str, system: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    gold, ignored = _label5(text, system)
    gold = [
        g
        for g in gold
        if not (
            g["entity"] == "IP_ADDRESS"
            and _VERSION_KEY.search(text, max(0, int(g["start"]) - 16), int(g["start"]))  # type: ignore[call-overload]
        )
    ]
    extra = [(m.start(1), m.end(1), "USER_AGENT") for rx in _UA6 for m in rx.finditer(text)]
    extra += [(m.start(1), m.end(1), "LOCATION") for m in _CITY.finditer(text)]
    for s, e, ent in extra:
        gold = [g for g in gold if not (s <= g["start"] and g["end"] <= e)]  # type: ignore[operator]
        if not any(g["start"] < e and s < g["end"] for g in gold):  # type: ignore[operator]
            gold.append({"start": s, "end": e, "entity": ent})
    gold.sort(key=lambda g: (g["start"], g["end"]))  # type: ignore[arg-type, return-value]
    ignored += [
        {"start": m.start(1), "end": m.end(1), "label": "LOCATION"} for m in _PLACE.finditer(text)
    ]
    ignored += [
        {"start": m.start(), "end": m.end(), "label": "PERSON"} for m in _PEOPLE.finditer(text)
    ]
    for m in _ID_FIELD.finditer(text):
        g_i = 1 if m.group(1) is not None else 2
        s, e = m.start(g_i), m.end(g_i)
        if m.group(g_i).strip().lower() in ("", "-", "null", "none", "unknown", "0"):
            continue
        if any(g["start"] < e and s < g["end"] for g in gold):  # type: ignore[operator]
            continue  # an e-mail or address as the id stays gold
        ignored.append({"start": s, "end": e, "label": "PERSONAL_ID"})
    return gold, ignored


def build(panther: Path) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    raw: dict[str, list[str]] = {}
    commit = SOURCES["panther-labs/panther-analysis"][0]
    for path in git_files(panther, commit, "rules/"):
        if not path.endswith((".yml", ".yaml")):
            continue
        log_type, events = panther_events(git_show(panther, commit, path))
        if log_type:
            raw.setdefault(system_name(log_type), []).extend(events)
    return split_records(((s, _select(raw[s], MOST)) for s in sorted(raw)), "l6", _label6)


def main() -> None:
    repositories = {
        "panther": "panther-labs/panther-analysis",
    }
    main_dirs(__doc__ or "", repositories, build, (DEV_OUT, HOLD_OUT))


if __name__ == "__main__":
    main()

"""Build the eighth real-text log set: Windows event text and appliance logs, dev and held-out parts.

The text comes from the data and test files of three public repositories, pinned by commit;
nobody on this team wrote it. OTRF's Security Datasets (``OTRF/Security-Datasets``, MIT) are
Windows event logs recorded in a lab while attacks were simulated, exported as JSON lines in
zip files; each event carries the text Windows renders for it (``Message``: "An account was
successfully logged on." and its ``Label:`` value lines), from the Security, Sysmon,
PowerShell, System, WMI, Task Scheduler, Exchange monitoring and other channels. RAPIDS CLX
(``rapidsai/clx``, Apache-2.0) tests its Windows event parser on Splunk ``WinEventLog`` events
(the ``_raw`` text: header lines, then ``Message=`` and the rendered text) and its Splunk
notable-event parser on search results that quote a FireEye CEF alert with ``::~~``-separated
HTTP header fields. napalm-logs (``napalm-automation/napalm-logs``, Apache-2.0) tests its
parsers on syslog messages of network operating systems (Junos, EOS, IOS, IOS-XR, NX-OS,
NetIron, SONiC, Opengear, FortiOS, Huawei VRP).

Selection (fixed before labelling): OTRF: every zip file under ``datasets/`` whose path holds
``windows`` or ``compound`` and a ``/host/`` folder or ``compound``, of at most ``ZIP_MOST``
bytes (the larger ones are long captures of the same event kinds), read in path order; each
JSON event with a ``Message`` string is a record of the system ``<channel>_<event id>``
(``security_4624``, ``microsoft_windows_sysmon_operational_1``); per system the distinct
messages in order, ``WIN_MOST`` (3) evenly spaced ones when there are more
(``_logs4._select``). CLX: the ``_raw`` text of each ``TEST_DATA`` event of
``test_windows_event_parser.py`` (system ``splunk_wineventlog``) and each ``TEST_DATA<n>``
string of ``test_splunk_notable_parser.py`` (system ``splunk_notable``). napalm-logs: each
``tests/config/<os>/**/syslog.msg`` line, system ``napalm_<os>``. At most ``MOST`` (10) records
for the CLX and napalm-logs systems. Each system goes wholly to one part by
``_logs4.is_holdout`` (SHA-256 of the system name); the held-out part is measured only once,
at the end.

Labels: the rules of ``_logs7._label7`` (which applies ``_label6``, ``_label5``, ``_label4``
and ``_real._label``), then the rules of ``_label8`` below, written in
``benchmarks/corpus/README.md`` before labelling. Both files were committed, labelled, before
privkit or Presidio ran on either.

Run once, with local git directories of the three repositories:

    python -m benchmarks.corpus._logs8 --otrf DIR --clx DIR --napalm DIR
"""

from __future__ import annotations

import ast
import io
import json
import re
import subprocess
import zipfile
from pathlib import Path

from benchmarks.corpus._git import git_files, git_show
from benchmarks.corpus._logs4 import _select, main_dirs, split_records
from benchmarks.corpus._logs7 import _label7

ROOT = Path(__file__).resolve().parents[2]
DEV_OUT = ROOT / "benchmarks" / "data" / "real_logs8_dev.jsonl"
HOLD_OUT = ROOT / "benchmarks" / "data" / "real_logs8_holdout.jsonl"

#: repository -> (commit, licence)
SOURCES: dict[str, tuple[str, str]] = {
    "OTRF/Security-Datasets": ("d9d40ef123d2c87d5d3df28c96bcab4f0faccc87", "MIT"),
    "rapidsai/clx": ("68c14f460b5d3ab41ade9b2450126db0d2536745", "Apache-2.0"),
    "napalm-automation/napalm-logs": ("1778d79ccd0eaa0d5205d369637e8f557365fa65", "Apache-2.0"),
}
#: Most records per Windows event system (channel and event id; there are about 250).
WIN_MOST = 3
#: Most records per CLX or napalm-logs system.
MOST = 10
#: Largest OTRF zip file read, in bytes.
ZIP_MOST = 1_500_000

_CLX_WIN = "python/clx/tests/test_windows_event_parser.py"
_CLX_NOTABLE = "python/clx/tests/test_splunk_notable_parser.py"


def otrf_zips(repo: Path, commit: str) -> list[str]:
    """The OTRF zip files read (windows or compound host datasets, at most ``ZIP_MOST`` bytes)."""
    out = subprocess.run(
        ["git", "--git-dir", str(repo), "ls-tree", "-r", "-l", commit, "datasets/"],
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")
    paths = []
    for line in out.splitlines():
        meta, path = line.split("\t", 1)
        size = meta.split()[3]
        if not path.endswith(".zip") or not size.isdigit() or int(size) > ZIP_MOST:
            continue
        if ("windows" in path and "/host/" in path) or "compound" in path:
            paths.append(path)
    return sorted(paths)


def win_system(channel: str, event_id: object) -> str:
    """``Microsoft-Windows-Sysmon/Operational``, 1 -> ``microsoft_windows_sysmon_operational_1``."""
    slug = re.sub(r"[^a-z0-9]+", "_", channel.lower()).strip("_")
    return f"{slug}_{event_id}"


def otrf_messages(data: bytes) -> list[tuple[str, str]]:
    """A zip file's (system, rendered message) pairs, in file and line order."""
    out = []
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for name in sorted(zf.namelist()):
            if not name.endswith(".json"):
                continue
            for line in zf.read(name).decode("utf-8", "replace").splitlines():
                try:
                    ev = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if not isinstance(ev, dict):
                    continue
                msg, channel = ev.get("Message"), ev.get("Channel")
                if isinstance(msg, str) and msg.strip() and isinstance(channel, str):
                    out.append((win_system(channel, ev.get("EventID")), msg))
    return out


def _py_strings(source: str, names: tuple[str, ...]) -> list[str]:
    """The string values (or list items) assigned to ``names`` at a test module's top level."""
    out: list[str] = []
    for node in ast.parse(source).body:
        if not isinstance(node, ast.Assign):
            continue
        if not any(isinstance(t, ast.Name) and t.id in names for t in node.targets):
            continue
        value = ast.literal_eval(node.value)
        out += [value] if isinstance(value, str) else [v for v in value if isinstance(v, str)]
    return out


_RAW = re.compile(r'"_raw":"((?:[^"\\]|\\.)*)"')
_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", '"': '"', "\\": "\\", "/": "/"}


def _unescape(value: str) -> str:
    """A JSON string's escapes read leniently (an unknown ``\\x`` stays as written)."""
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(0)), value)


def clx_events(win_test: str, notable_test: str) -> dict[str, list[str]]:
    """CLX's Splunk Windows events (``_raw``) and notable-event strings, by system.

    Some events are not valid JSON (``\\d`` in a path), so ``_raw`` is read by pattern.
    """
    win = [
        _unescape(m.group(1))
        for s in _py_strings(win_test, ("TEST_DATA",))
        if (m := _RAW.search(s))
    ]
    names = tuple(f"TEST_DATA{i}" for i in range(1, 10))
    return {"splunk_wineventlog": win, "splunk_notable": _py_strings(notable_test, names)}


# --------------------------------------------------------------------------- labelling

# Written before labelling (rules for Windows event text):
# a SID of a domain or local account (S-1-5-21-<domain>-<RID>), wherever it appears
# ("Security ID:", a registry path under HKU\, a Sysmon field): a person's or machine's
# account id, personal, no type of the scorer: ignored. Well-known SIDs (S-1-5-18,
# S-1-5-32-544, S-1-0-0, service SIDs S-1-5-80-...) name no person: not labelled.
_ACCOUNT_SID = re.compile(r"(?<![\w\-])S-1-5-21(?:-[0-9]+){3,4}(?![\w\-])")
# an account name in the rendered text: the value of an "Account Name:", "User Name:",
# "Target User Name:" or "User:" line (or "User = " field of WMI and PowerShell), or a
# DOMAIN\name "Security ID:" value (Splunk renders the SID so): ignored, like the user-name fields of the earlier sets; a machine account
# (ending in "$"), the system's own accounts and "-" are not labelled.
_WIN_NAME = re.compile(
    r"(?im)(?:^[ \t]*|;[ \t]*)(?:Account Name|User Name|Target User Name|Client User Name|"
    r"User|UserName|Connected User|Security ID|Account Whose Credentials Were Used|"
    r"Logon Account|Member Name)(?::[ \t]*| = )([^\r\n\t;]+?)[ \t]*(?=;|\r?$)"
)
_SYSTEM_ACCOUNTS = re.compile(
    r"(?i)(?:-|NULL SID|SYSTEM|LOCAL SERVICE|NETWORK SERVICE|ANONYMOUS LOGON|Everyone|"
    r"(?:NT AUTHORITY|NT SERVICE|BUILTIN|Window Manager|Font Driver Host)\\.*|"
    r"DWM-[0-9]+|UMFD-[0-9]+|S-1-[0-9\-]+|.*\$)"
)
# napalm-logs (found while writing the rules, before labelling): a dotted quad after "area" is
# an OSPF area id, not an address ("area 0.0.0.0")
_AREA = re.compile(r"(?i)\barea \Z")
# Found in the label review of the development part, before any detector ran (rules applied to
# both parts): a dotted quad is no address as the value of a key naming a version
# ("ModuleVersion = '0.3.0.0'"), in a Windows Error Reporting problem-signature field ("P2:
# 0.0.0.0", the application's version), after an "(OID):" label ("Syntax (OID): 2.5.5.15"), or
# as the version field of a CEF header ("CEF:0|FireEye|MPS|1.2.3.123|"); a dotted triple
# after "SystemID" is an IS-IS system id, not a MAC address; a user-name value that begins
# its line is the next line's key (PowerShell's empty "Connected User =" before "Shell ID").
_NOT_AN_ADDRESS = re.compile(
    r"(?i)(?:version[\"']?\s*[:=]\s*[\"']?|^[ \t]*P[0-9]{1,2}:[ \t]*|\(OID\):[ \t]*|"
    r"CEF:[0-9]+\|[^|\r\n]*\|[^|\r\n]*\|)\Z",
    re.MULTILINE,
)
_SYSTEM_ID = re.compile(r"(?i)system-?id \Z")


def _line_start(text: str, span: dict[str, object]) -> int:
    return text.rfind("\n", 0, int(span["start"])) + 1  # type: ignore[call-overload]


def _not_pii(text: str, g: dict[str, object]) -> bool:
    """Whether a generic rule's span is one the rules above say is no address or MAC."""
    s = int(g["start"])  # type: ignore[call-overload]
    before = text[_line_start(text, g) : s][-80:]
    if g["entity"] == "IP_ADDRESS":
        return bool(_AREA.search(before) or _NOT_AN_ADDRESS.search(before))
    return g["entity"] == "MAC_ADDRESS" and bool(_SYSTEM_ID.search(before))


def _label8(text: str, system: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    gold, ignored = _label7(text, system)
    gold = [g for g in gold if not _not_pii(text, g)]
    ignored = [
        i
        for i in ignored
        if not (i["label"] == "USERNAME" and not text[_line_start(text, i) : i["start"]].strip())  # type: ignore[misc]
    ]
    for m in _ACCOUNT_SID.finditer(text):
        if not any(g["start"] < m.end() and m.start() < g["end"] for g in gold):  # type: ignore[operator]
            ignored.append({"start": m.start(), "end": m.end(), "label": "PERSONAL_ID"})
    for m in _WIN_NAME.finditer(text):
        s, e = m.start(1), m.end(1)
        if _SYSTEM_ACCOUNTS.fullmatch(m.group(1)):
            # the system's own account: not a person's name ("User: NT AUTHORITY\SYSTEM",
            # of which the earlier sets' user-name rule took "NT")
            ignored = [
                i
                for i in ignored
                if not (i["label"] == "USERNAME" and s <= i["start"] < e)  # type: ignore[operator]
            ]
            continue
        if any(g["start"] < e and s < g["end"] for g in gold):  # type: ignore[operator]
            continue  # an e-mail (a user principal name) stays gold
        ignored.append({"start": s, "end": e, "label": "USERNAME"})
    return gold, ignored


def build(
    otrf: Path, clx: Path, napalm: Path
) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    raw: dict[str, list[str]] = {}
    most: dict[str, int] = {}
    o_commit = SOURCES["OTRF/Security-Datasets"][0]
    for path in otrf_zips(otrf, o_commit):
        data = subprocess.run(
            ["git", "--git-dir", str(otrf), "show", f"{o_commit}:{path}"],
            capture_output=True,
            check=True,
        ).stdout
        try:
            pairs = otrf_messages(data)
        except zipfile.BadZipFile:
            continue
        for system, msg in pairs:
            raw.setdefault(system, []).append(msg)
            most[system] = WIN_MOST
    c_commit = SOURCES["rapidsai/clx"][0]
    for system, events in clx_events(
        git_show(clx, c_commit, _CLX_WIN), git_show(clx, c_commit, _CLX_NOTABLE)
    ).items():
        raw.setdefault(system, []).extend(events)
    n_commit = SOURCES["napalm-automation/napalm-logs"][0]
    for path in git_files(napalm, n_commit, "tests/config/", "syslog.msg"):
        system = "napalm_" + path.split("/")[2]
        raw.setdefault(system, []).extend(git_show(napalm, n_commit, path).splitlines())
    return split_records(
        ((s, _select(raw[s], most.get(s, MOST))) for s in sorted(raw)), "l8", _label8
    )


def main() -> None:
    repositories = {
        "otrf": "OTRF/Security-Datasets",
        "clx": "rapidsai/clx",
        "napalm": "napalm-automation/napalm-logs",
    }
    main_dirs(__doc__ or "", repositories, build, (DEV_OUT, HOLD_OUT))


if __name__ == "__main__":
    main()

"""Build the twenty-eighth real-text log set: security products' sample logs in Microsoft Sentinel's repository.

The text is the raw sample events that ``Azure/Azure-Sentinel`` (MIT) keeps under ``Sample
Data/`` for its data connectors and parsers: CEF events of an OT intrusion detector (Radiflow
iSID), a file-sanitising gateway (Votiro), an endpoint product (WithSecure) and an identity
platform (ForgeRock); an automated penetration tester (RidgeBot); syslog of a SIEM (Exabeam);
VMware SASE's secure web gateway (web, DLP and health logs), SD-WAN edge firewall and
orchestrator audit logs; and the ``SyslogMessage`` of syslog events of a network access
controller (Forescout), an intrusion prevention sensor (McAfee NSP), a DLP product (Digital
Guardian), an authentication service (Symantec VIP), a device manager (Ivanti UEM) and Oracle
Database audit records.

The repository is too large to fetch here; its files were read from the code index, each at the
commit the index stores (pinned with each file), and the chosen lines copied, as the files have
them, into ``benchmarks/data/real_logs28_lines.jsonl`` (one object a file: system, path, commit,
and its lines joined by new lines as ``text``). This module reads that file.

Selection and split (fixed 2026-12-06 05:46 UTC from the systems' names and file names alone,
before any file was read; ``benchmarks/corpus/README.md``): a system is one product's sample
file (or files) under ``Sample Data/`` (``SOURCES``), chosen as security or network products no
earlier log set has (products of vendors whose other products earlier sets hold, and systems
fail2ban has filters for, were not taken); the split is by system, a third held out
(``_logset.holdout_systems``: the names with the smallest SHA-256). Per file, its first
``LINES`` lines, or JSON events' ``SyslogMessage``, or (a JSON array of events without one) its
first ``JSON_EVENTS`` events as compact JSON lines. A record is one line, trailing blanks
removed. Dropped: a line with a control character other than a tab, one of a program fail2ban
has filters for, one equal to a development record of an earlier real log set or to one of its
lines, one whose SHA-256 is that of a held-out record of an earlier set or of one of its lines
(hashes only), and a repeated line. Records are cut at 4,000 characters.

Labels: the rules of the twenty-seventh set (``_logs27._label27``), then ``_label28``'s, written
in the label review of the development part before any detector ran. Both parts were committed,
labelled, before privkit or Presidio ran on either.

Run once:

    python -m benchmarks.corpus._logs28
"""

from __future__ import annotations

import functools
import json
import re
import sys
from pathlib import Path

from benchmarks.corpus import _logset
from benchmarks.corpus._logs4 import write_parts
from benchmarks.corpus._logs10 import _FAIL2BAN_PROGRAM, _overlap
from benchmarks.corpus._logs27 import _label27, pick_parts

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
LINES_FILE = DATA / "real_logs28_lines.jsonl"

REPOSITORY = "Azure/Azure-Sentinel"
LICENCE = "MIT"
#: The systems and their sample files under ``Sample Data/``, fixed from the file names before
#: any file was read.
SOURCES: dict[str, tuple[str, ...]] = {
    "cef/forgerock": ("Sample Data/ForgeRock_CEF.txt",),
    "cef/radiflow_isid": ("Sample Data/CEF/RadiflowIsid_RawLogs.txt",),
    "cef/votiro": ("Sample Data/CEF/VotiroSampleData.txt",),
    "cef/withsecure": ("Sample Data/CEF/WithSecureViaConnectorSampleData.txt",),
    "ridgesecurity/ridgebot": ("Sample Data/RidgeSecurity_RawLogs.txt",),
    "syslog/digital_guardian": ("Sample Data/Syslog/DigitalGuardianDLPEvent.json",),
    "syslog/exabeam": ("Sample Data/Syslog/Exabeam.txt",),
    "syslog/forescout": ("Sample Data/Syslog/Forescout.json",),
    "syslog/ivanti_uem": ("Sample Data/Syslog/IvantiUEM.json",),
    "syslog/mcafee_nsp": ("Sample Data/Syslog/McAfeeNSP.json",),
    "syslog/oracle_db_audit": ("Sample Data/Syslog/OracleDatabaseAudit.txt",),
    "syslog/symantec_vip": ("Sample Data/Syslog/SymantecVIP.json",),
    "vmware_sase/cws_dlp": ("Sample Data/VMwareSASE_SDWAN/cwsdlplogs.txt",),
    "vmware_sase/cws_web": ("Sample Data/VMwareSASE_SDWAN/cwsweblogs.txt",),
    "vmware_sase/efs_fw": (
        "Sample Data/VMwareSASE_SDWAN/efs_fwlogs.txt",
        "Sample Data/VMwareSASE_SDWAN/efs_fwlogs2.txt",
    ),
    "vmware_sase/health": (
        "Sample Data/VMwareSASE_SDWAN/cwshealth.txt",
        "Sample Data/VMwareSASE_SDWAN/searchapi_health.txt",
    ),
    "vmware_sase/vco_audit": ("Sample Data/VMwareSASE_SDWAN/vecoauditlogs.txt",),
}
SYSTEMS = tuple(sorted(SOURCES))
#: The held-out systems: the 5 (a third) of the 17 whose names have the smallest SHA-256
#: (``_logset.holdout_systems``), fixed 2026-12-06 05:46 UTC before any file was read.
HOLDOUT = frozenset({
    "cef/radiflow_isid", "ridgesecurity/ridgebot", "syslog/forescout", "syslog/mcafee_nsp",
    "syslog/oracle_db_audit",
})  # fmt: skip
#: Records taken from each file: the first ``LINES`` non-empty lines of its first 16,000
#: characters (one page of the code index); of a JSON file, the first ``LINES`` events'
#: ``SyslogMessage`` strings (a file without that field gives nothing). Fixed with the split,
#: before any file was read.
LINES = 6
#: A file that holds a JSON array of events rather than lines or syslog messages (VMware SASE's
#: samples, seen when the first two of them were read, before any held-out file was): its first
#: ``JSON_EVENTS`` events, each written as one line of compact JSON (``json.dumps`` with
#: ``(",", ":")`` separators, keys in the file's order), the form a JSON-lines log gives them.
JSON_EVENTS = 4
#: Most records per system (every distinct line of at most two files).
MOST = 2 * LINES


# --------------------------------------------------------------------------- reading


@functools.cache
def _entries() -> tuple[dict[str, object], ...]:
    """The committed source entries, in file order."""
    with LINES_FILE.open(encoding="utf-8") as fh:
        return tuple(json.loads(line) for line in fh if line.strip())


def system_lines(system: str) -> list[str]:
    """A system's copied lines in file order, binary residue and fail2ban programs left out."""
    entries = [e for e in _entries() if e["system"] == system]
    paths = [str(e["path"]) for e in entries]
    assert paths == sorted(paths)
    assert set(paths) <= set(SOURCES[system])
    out: list[str] = []
    for entry in entries:
        lines = str(entry["text"]).split("\n")
        assert len(lines) <= LINES
        for raw in lines:
            line = raw.rstrip()
            if _logset.CONTROL.search(line) or _FAIL2BAN_PROGRAM.search(line):
                continue
            out.append(line)
    return out


# --------------------------------------------------------------------------- labelling


# Written in the label review of the development part, before any detector ran (README,
# "Twenty-eighth real-text log set"); applied to both parts.
#: A user-agent field holding a null word (VMware SASE's ``"userAgent":"None"``): no agent.
_NULL_AGENT = re.compile(r"^(?:None|null|NULL|N/?A|Unknown|-)$")
#: A user in Symantec VIP's ``for user [user12]`` / ``[ABC\user29]``: a user name; ignored.
_VIP_USER = re.compile(r"\bfor user \[([^\]\s]{1,80})\]")
#: An SD-WAN tunnel's IKE identity or site name in VMware SASE's audit detail
#: (``"nvsTunnelIkeIdValue":"S13575.L19C1.E2871.Ve04a@velocloud.net"``): shaped like a mailbox,
#: but the edge's machine identity (a user-FQDN IKE id); ignored as a host account.
#: (The detail is a JSON string inside the event, so its quotes may be escaped.)
_IKE_ID = re.compile(
    r'"nvsTunnel(?:IkeIdValue|SiteName)\\?":\\?"(?:[^"@\\]{0,80} )?([^"\s@\\]{1,80}@[^"\s@\\]{1,120})\\?"'
)


def _label28(text: str, system: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    gold, ignored = _label27(text, system)
    moved: list[tuple[int, int, str]] = [(*m.span(1), "USERNAME") for m in _VIP_USER.finditer(text)]
    moved += [(*m.span(1), "HOST_ACCOUNT") for m in _IKE_ID.finditer(text)]
    for g in gold:
        s, e = int(g["start"]), int(g["end"])  # type: ignore[call-overload]
        if g["entity"] == "USER_AGENT" and _NULL_AGENT.match(text[s:e]):
            moved.append((s, e, "PLACEHOLDER"))
    for s, e, label in moved:
        gold = [g for g in gold if not _overlap([g], s, e)]
        if not _overlap(ignored, s, e):
            ignored.append({"start": s, "end": e, "label": label})
    gold.sort(key=lambda g: (int(g["start"]), int(g["end"])))  # type: ignore[call-overload]
    ignored.sort(key=lambda i: (int(i["start"]), int(i["end"])))  # type: ignore[call-overload]
    return gold, ignored


# --------------------------------------------------------------------------- building


def build() -> tuple[_logset.Parts, dict[str, int]]:
    """Both parts, and the counts of the lines dropped by reason (no text printed)."""
    assert _logset.holdout_systems(SYSTEMS) == HOLDOUT
    return pick_parts(
        28, SYSTEMS, holdout=HOLDOUT, lines_of=system_lines, most=MOST, label=_label28
    )


def main(argv: list[str]) -> None:
    """Build both parts, write them, print the counts (never a record)."""
    if argv:
        raise SystemExit(__doc__)
    (dev, hold), dropped = build()
    outputs = (DATA / "real_logs28_dev.jsonl", DATA / "real_logs28_holdout.jsonl")
    write_parts(zip(outputs, (dev, hold), strict=True))
    print(f"development {len(dev)} records, held-out {len(hold)} records; dropped: {dropped}")


if __name__ == "__main__":
    main(sys.argv[1:])

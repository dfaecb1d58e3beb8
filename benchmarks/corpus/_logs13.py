"""Build the thirteenth real-text log set: forensic, database and mobile logs, split by system.

The text comes from the test data of three projects that parse logs nobody on this team wrote,
pinned by commit: plaso's parser test files (``log2timeline/plaso``, ``test_data/``, Apache-2.0:
Android logcat, iOS lockdownd, sysdiagnose and logd logs, macOS Santa, application firewall,
Wi-Fi and system logs, ChromeOS and Linux syslog, SELinux and enriched auditd records, apt and
dpkg logs, TeamViewer, SCCM, setupapi, McAfee, Symantec and Trend Micro logs, the Windows
firewall, Siemens WinCC, Atlassian application and access logs, IDS alerts, PowerShell
transcripts, cloud audit JSON lines, container logs, Google Drive sync, glog, popularity-contest),
pgbadger's fixtures (``darold/pgbadger``, ``t/fixtures/``, PostgreSQL licence: PostgreSQL server
logs as stderr, syslog, CSV and JSON, pgbouncer, RDS, Cloud SQL, CloudNativePG and Heroku) and
mtools' test logs (``rueckstiess/mtools``, ``mtools/test/logfiles/``, Apache-2.0: mongod 2.x to
4.2 and mongos).

Selection and split (fixed before extraction, written in ``benchmarks/corpus/README.md``): the
systems and their files are ``SYSTEMS``; the split is by system, a third held out
(``holdout_systems``: those whose names have the smallest SHA-256, from the names alone). A record
is one line of a system's files (gzip and bzip2 files decompressed, files read in the order of
``SYSTEMS``). Dropped: a line with a control character other than a tab (binary residue), a line
of a program that fail2ban has filters for (``_logs10._FAIL2BAN_PROGRAM``), a line already in a
development part of an earlier real log set, and a held-out line equal to a development one. Per
system, ``MOST`` (20) evenly spaced ones of its distinct lines (``_logs4._select``). Records are
cut at 4,000 characters.

Labels: the rules of ``_logs12._label12`` (which applies the eleventh to first sets' rules), then
those of ``_label13`` below, written in ``benchmarks/corpus/README.md`` before any detector ran.
Both files were committed, labelled, before privkit or Presidio ran on either.

Run once, with local git directories of the three repositories:

    python -m benchmarks.corpus._logs13 --git log2timeline/plaso=DIR --git darold/pgbadger=DIR \
        --git rueckstiess/mtools=DIR
"""

from __future__ import annotations

import bz2
import gzip
import re
import sys
from typing import TYPE_CHECKING

from benchmarks.corpus import _logset
from benchmarks.corpus._logs10 import _overlap, not_fail2ban
from benchmarks.corpus._logs12 import _label12

if TYPE_CHECKING:
    from pathlib import Path

PLASO = "log2timeline/plaso"
PGBADGER = "darold/pgbadger"
MTOOLS = "rueckstiess/mtools"
#: repository -> (commit, licence as its LICENSE file states it).
SOURCES: dict[str, tuple[str, str]] = {
    PLASO: ("4ea03ef9a48dad5284c371ac9b537a184b3eea9c", "Apache-2.0"),
    PGBADGER: ("a1ad95a035a0c2d246fe632eb1c361d4bde0ddae", "PostgreSQL"),
    MTOOLS: ("a5e45ef7aebeeb459a2162d3399faf631222cd9a", "Apache-2.0"),
}
_P = "test_data/"
_G = "t/fixtures/"
_M = "mtools/test/logfiles/"
#: system -> (repository, files in reading order). Fixed from the files' names before any line
#: was read. Left out: plaso's and mtools' files of systems fail2ban has filters for (sshd,
#: vsftpd, Apache, Squid), earlier sets' systems from other sources (AWS ELB, IIS, CloudTrail),
#: binary or UTF-16 files (Ivanti ``.vc0``, OneDrive), chat logs (XChat), shell histories and
#: files whose system the name does not tell.
SYSTEMS: dict[str, tuple[str, tuple[str, ...]]] = {
    "android-logcat": (PLASO, (_P + "android_logcat.log",)),
    "ios-lockdownd": (PLASO, (_P + "ios_lockdownd.log",)),
    "ios-sysdiagnose": (PLASO, (_P + "ios_sysdiag.log",)),
    "ios-logd": (PLASO, (_P + "logd.0.log",)),
    "macos-santa": (PLASO, (_P + "santa.log", _P + "santa2.log")),
    "macos-appfirewall": (PLASO, (_P + "appfirewall.log",)),
    "macos-wifi": (PLASO, (_P + "wifi.log", _P + "wifi_turned_over.log")),
    "macos-syslog": (PLASO, (_P + "syslog/syslog_osx",)),
    "chromeos-syslog": (PLASO, (_P + "syslog/syslog_chromeos",)),
    "linux-syslog": (
        PLASO,
        tuple(
            _P + "syslog/" + n
            for n in (
                "syslog",
                "syslog_cron.log",
                "syslog_rsyslog",
                "syslog_rsyslog_ForwardFormat",
                "syslog_rsyslog_SysklogdFileFormat",
                "syslog_rsyslog_SyslogProtocol23Format",
                "syslog_rsyslog_TraditionalForwardFormat",
                "syslog_rsyslog_traditional",
            )
        ),
    ),
    "selinux": (PLASO, (_P + "selinux.log",)),
    "auditd-enriched": (PLASO, (_P + "audit_enriched.log",)),
    "apt-history": (PLASO, (_P + "apt_history.log",)),
    "dpkg": (PLASO, (_P + "dpkg.log",)),
    "postgresql-plaso": (PLASO, (_P + "postgresql.log",)),
    "teamviewer": (
        PLASO,
        tuple(
            _P + "teamviewer/" + n
            for n in (
                "TeamViewer15_Logfile.log",
                "Connections.txt",
                "connections_incoming.txt",
            )
        ),
    ),
    "sccm": (PLASO, (_P + "sccm_various.log",)),
    "setupapi": (PLASO, (_P + "setupapi.dev.log", _P + "setupapi.setup.log")),
    "mcafee-access-protection": (PLASO, (_P + "AccessProtectionLog.txt",)),
    "symantec-av": (PLASO, (_P + "Symantec.Log",)),
    "windows-firewall": (PLASO, (_P + "windows_firewall.log",)),
    "wincc": (PLASO, (_P + "wincc_sys.log", _P + "wincc_simatic_s7_proto_suite.log")),
    "atlassian-app": (
        PLASO,
        tuple(
            _P + n
            for n in (
                "atlassian-bitbucket.log",
                "atlassian-bitbucket-audit.log",
                "atlassian-confluence.log",
                "atlassian-jira.log",
            )
        ),
    ),
    "atlassian-access": (
        PLASO,
        tuple(
            _P + n
            for n in (
                "atlassian-bitbucket-access.log",
                "confluence_access.log",
                "confluence_access_post7.11.log",
                "jira_access.log",
                "jira_access_months.log",
                "jira_access_post9.4.log",
            )
        ),
    ),
    "ids-alert-fast": (PLASO, (_P + "snort3_alert_fast.log", _P + "suricata_alert_fast.log")),
    "powershell-transcript": (
        PLASO,
        (
            _P + "powershell_transcript.txt",
            _P + "powershell_transcript_ger.txt",
        ),
    ),
    "gcp-logging": (PLASO, (_P + "jsonl/gcp_logging.jsonl",)),
    "azure-activity": (PLASO, (_P + "jsonl/azure_activity_log.jsonl",)),
    "microsoft-audit": (PLASO, (_P + "jsonl/microsoft_audit_log.jsonl",)),
    "container-runtime": (
        PLASO,
        (
            _P + "cri.log",
            _P
            + "docker/containers/e7d0b7ea5ccf08366e2b0c8afa2318674e8aefe802315378125d2bb83fe3110c"
            "/container-json.log",
        ),
    ),
    "google-drive-sync": (
        PLASO,
        (
            _P + "gdrive_synclog/sync_log.log",
            _P + "gdrive_synclog/sync_log-osx.log",
        ),
    ),
    "glog": (PLASO, (_P + "googlelog_test.INFO",)),
    "trendmicro": (PLASO, (_P + "OfcUrlf.log", _P + "pccnt35.log")),
    "popularity-contest": (PLASO, (_P + "popcontest1.log",)),
    "postgresql-stderr": (
        PGBADGER,
        tuple(
            _G + n
            for n in (
                "anonymize.log",
                "begin_end.log",
                "multiline_param.log",
                "postgresql_param_range.log",
                "stmt_type.log",
                "weeknumber.log",
                "pg-timezones.log",
                "light.postgres.log.bz2",
                "tempfile_only.log.gz",
                "queryid.log.gz",
                "pg_vacuums.log.gz",
            )
        ),
    ),
    "postgresql-syslog": (PGBADGER, (_G + "pg-syslog.1.bz2", _G + "pg-syslog.2.gz")),
    "postgresql-csvlog": (
        PGBADGER,
        (_G + "pg_rawcsv.log", _G + "csv_statement_without_duration.log"),
    ),
    "postgresql-jsonlog": (PGBADGER, (_G + "pg_vacuums.json.gz",)),
    "pgbouncer": (PGBADGER, (_G + "pgbouncer.log.gz", _G + "pgbouncer.1.21.log.gz")),
    "postgresql-rds": (PGBADGER, (_G + "rds.log.bz2",)),
    "postgresql-cloudsql": (PGBADGER, (_G + "cloudsql.log.gz",)),
    "postgresql-cnpg": (PGBADGER, (_G + "cnpg.log.gz",)),
    "postgresql-heroku": (PGBADGER, (_G + "logplex.gz",)),
    "mongodb-2": (
        MTOOLS,
        tuple(
            _M + n
            for n in (
                "mongod_225.log",
                "mongod-2411.log",
                "mongod_26.log",
                "mongod_278.log",
                "mongod_278_partial.log",
            )
        ),
    ),
    "mongodb-3": (
        MTOOLS,
        tuple(
            _M + n
            for n in (
                "client/mongod_3.0.5_noclientmetadata.log",
                "mongod_306_ctime.log",
                "mongod_328.log",
                "mongod_3_4-9_connection_stats.log",
                "client/mongod_3.6.23.log",
                "rsinfo_36.log",
                "sharding_360_CSRS.log",
                "sharding_360_shard.log",
            )
        ),
    ),
    "mongodb-4.0": (
        MTOOLS,
        tuple(
            _M + n
            for n in (
                "mongod_4.0.10_allowdiskuse.log",
                "mongod_4.0.10_reapedcursor.log",
                "mongod_4.0.10_slowcheckpoints.log",
                "mongod_4.0.10_slowdns.log",
                "mongod_4.0.10_slowoplogs.log",
                "mongod_4.0.10_slowtransactions.log",
                "mongod_4.0.10_storagestats.log",
            )
        ),
    ),
    "mongodb-4.2": (
        MTOOLS,
        (_M + "client/mongod_4.2.11.log", _M + "client/mongod_4.2.18_x509.log"),
    ),
    "mongos": (MTOOLS, (_M + "mongos.log", _M + "sharding_360_mongos.log")),
}
#: The held-out systems: the 16 (a third) of the 48 whose names have the smallest SHA-256
#: (``holdout_systems``), fixed from the names before any line was read.
HOLDOUT = frozenset({
    "apt-history", "atlassian-app", "chromeos-syslog", "ios-sysdiagnose", "linux-syslog",
    "macos-syslog", "macos-wifi", "mcafee-access-protection", "mongodb-4.2", "mongos",
    "popularity-contest", "postgresql-cloudsql", "postgresql-heroku", "postgresql-syslog", "sccm",
    "selinux",
})  # fmt: skip
#: Most records per system.
MOST = 20


# --------------------------------------------------------------------------- labelling


# Found in the label review of the development part, before any detector ran (README,
# "Thirteenth real-text log set"); applied to both parts.
#: The limited broadcast address names no host (like 0.0.0.0 and ::): clean.
_BROADCAST = "255.255.255.255"
#: PostgreSQL's session id (its start time and pid in hex) as a JSON log's "session_id": clean.
_PG_SESSION = re.compile(r'"session_id":"([0-9a-f]{1,8}\.[0-9a-f]{1,8})"')
#: A person's account name in a home directory's path (/Users/x, /home/x, C:\Users\x): ignored.
_HOME = re.compile(r"(?:/[Uu]sers/|/home/|[A-Za-z]:\\+[Uu]sers\\+)([A-Za-z][\w.-]*)(?=[/\\'\"]|$)")
_SYSTEM_ACCOUNTS = frozenset({"public", "default", "all users", "shared", "root", "user"})
#: A Windows account written DOMAIN\name after the word "account": the name is ignored.
_ACCOUNT = re.compile(r"\baccount '[\w.-]+\\+([\w.-]+)'")
#: A TeamViewer id (9-10 digits, or grouped 1 234 567 890) in TeamViewer's logs: a device's
#: id, ignored (DEVICE_ID).
_TV_ID = re.compile(r"(?<![\d.:/-])(\d{9,10}|\d \d{3} \d{3} \d{3})(?![\d.:/-])")
#: Symantec's CSV log: the sixth field is the user's name (ignored unless SYSTEM).
_SYMANTEC_USER = re.compile(r"^(?:[^,]*,){5}([^,]+),")


# Added after the first development run, which showed the labeller's own errors (README,
# "Thirteenth real-text log set"); applied to both parts before the held-out part was run.
#: The agent of a Bitbucket access line: the second quoted string of its "referrer" "agent"
#: field between pipes.
_UA_PIPE_PAIR = re.compile(r'\| "[^"\n]*" "([^"\n]+)" \|')
#: The agent that ends an access line (one with an HTTP version): a product token and the
#: rest of the line, right after the request's closing quote, a referrer URL or a "-".
_UA_LINE_END = re.compile(
    r'(?:HTTP/\d(?:\.\d)?"|\shttps?://\S+|\s-) ([A-Za-z][\w.\-]*/\d[^\s]*(?: [^|\n]*)?)$',
    re.MULTILINE,
)


def _agents(text: str, gold: list[dict[str, object]]) -> list[dict[str, object]]:
    if "HTTP/" not in text:
        return gold
    found = [m.span(1) for m in _UA_PIPE_PAIR.finditer(text)]
    found += [m.span(1) for m in _UA_LINE_END.finditer(text)]
    for s, e in found:
        gold = [g for g in gold if not (s <= int(g["start"]) and int(g["end"]) <= e)]  # type: ignore[call-overload]
        if not _overlap(gold, s, e):
            gold.append({"start": s, "end": e, "entity": "USER_AGENT"})
    gold.sort(key=lambda g: (int(g["start"]), int(g["end"])))  # type: ignore[call-overload]
    return gold


def _label13(text: str, system: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    gold, ignored = _label12(text, system)
    gold = _agents(text, gold)
    gold = [
        g
        for g in gold
        if text[int(g["start"]) : int(g["end"])] != _BROADCAST  # type: ignore[call-overload]
    ]
    clean = [(m.start(1), m.end(1)) for m in _PG_SESSION.finditer(text)]
    ignored = [
        i
        for i in ignored
        if not text[int(i["start"]) : int(i["end"])].replace(".", "").isdigit()  # type: ignore[call-overload]
        and not any(_overlap([i], s, e) for s, e in clean)
    ]
    extra = [
        (m.start(1), m.end(1), "USERNAME")
        for m in _HOME.finditer(text)
        if m.group(1).lower() not in _SYSTEM_ACCOUNTS
    ]
    extra += [(m.start(1), m.end(1), "USERNAME") for m in _ACCOUNT.finditer(text)]
    if system == "teamviewer":
        extra += [(m.start(1), m.end(1), "DEVICE_ID") for m in _TV_ID.finditer(text)]
    if system == "symantec-av":
        m = _SYMANTEC_USER.match(text)
        if m and m.group(1) != "SYSTEM":
            extra.append((m.start(1), m.end(1), "USERNAME"))
    for s, e, label in extra:
        if not _overlap(gold, s, e) and not _overlap(ignored, s, e):
            ignored.append({"start": s, "end": e, "label": label})
    ignored.sort(key=lambda i: (int(i["start"]), int(i["end"])))  # type: ignore[call-overload]
    return gold, ignored


# --------------------------------------------------------------------------- building


def decode(path: str, blob: bytes) -> str:
    """A file's text: gzip and bzip2 decompressed, a UTF-16 byte-order mark honoured."""
    if path.endswith((".gz", "logplex.gz")):
        blob = gzip.decompress(blob)
    elif path.endswith(".bz2"):
        blob = bz2.decompress(blob)
    if blob.startswith((b"\xff\xfe", b"\xfe\xff")):
        return blob.decode("utf-16", "replace")
    return blob.decode("utf-8", "replace").removeprefix("\ufeff")


def system_lines(gits: dict[str, Path], system: str) -> list[str]:
    """A system's lines in file order; binary residue and fail2ban programs' lines left out."""
    repo, paths = SYSTEMS[system]
    commit = SOURCES[repo][0]
    files = [(commit, path) for path in paths]
    return _logset.file_lines(gits[repo], files, not_fail2ban, decode=decode)


SET = _logset.LogSet(
    number=13,
    repositories=tuple(SOURCES),
    systems=SYSTEMS,
    holdout=HOLDOUT,
    texts=system_lines,
    label=_label13,
    most=MOST,
    earlier=13,
    earlier_holdout=False,
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])

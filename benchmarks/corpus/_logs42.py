"""Build the forty-second real-text log set: a host IDS's rule-test log entries (OSSEC).

The text is the log entries that OSSEC (``ossec/ossec-hids``, the host-based intrusion
detection system; GPL-2.0, ``LICENSE``, copyright Trend Micro Inc.) keeps in
``etc/rules/log-entries/`` to test its rules against: one file per system or rule group, the
lines as the systems wrote them (Cisco IOS and its IDS, a DNS server ``ns1``, FTP servers and
their transfer logs, mail servers and filters, a VPN concentrator, a web-security proxy, IIS,
Apache's error log, Samba, telnet, web worms' requests, ...). No earlier set read this folder;
the earlier sets that looked at ``ossec/ossec-hids`` looked at ``contrib/`` only and used
nothing. The same folder was carried into forks (``wazuh/wazuh``, whose
``ruleset/testing/tests/`` the fifth set read, never this folder; ``openarmor/openarmor-hids``).

Selection and split (fixed 2026-12-07 14:10 UTC from the file names alone, before any line was
read; ``benchmarks/corpus/README.md``): a system is a file of the folder (its name, 45 names;
the numbered ones are named by the OSSEC rule ids they test). The split is by system, a third
held out (``_logset.holdout_systems``: the 15 names with the smallest SHA-256). A record is a
line of the file, trailing blanks removed, at least ``MIN_CHARS`` characters, in file order.
Dropped: a line with a control character other than a tab or a new line; one that carries the
tag of a program fail2ban has filters for (``_logs10._FAIL2BAN_PROGRAM``, and for this set the
further programs of ``_FAIL2BAN_MORE``: UW and Courier IMAP/POP, sendmail, xinetd, wu-ftpd and
other ``ftpd`` daemons, qmail, perdition, stunnel, ``pam_unix``), so that no record can be a
copy of fail2ban's off-limits test logs; one equal to a development record of an earlier real
log set (held-out records compared by SHA-256 only, never read); one already taken by a system
earlier in this set. Six systems keep no line (``sshd``, ``imapd``, ``ftpd`` and three
numbered files of such programs). Per system at most ``MOST`` evenly spaced lines.

Labels: the thirty-seventh set's rules (``_logs37._label37``, which applies the thirtieth to
first sets' rules: IP, MAC and e-mail addresses gold, a browser-shaped user agent
``USER_AGENT``, everything else non-personal), applied to both parts before any detector ran,
and one rule written in the label review of the development part before any detector ran
(``_label42``): an e-mail-shaped login (``local@domain.tld``) that the earlier sets' rule of a
``password fail <user>`` login took as a user name (ignored) is an ``EMAIL_ADDRESS`` (vpopmail's
``vchkpw-pop3: password fail keith1@xxxx.com:<ip>``: a virtual mailbox's login is its address).

Run once, with a local git directory of the repository:

    python -m benchmarks.corpus._logs42 --git ossec/ossec-hids=DIR
"""

from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING

from benchmarks.corpus import _logset
from benchmarks.corpus._logs10 import not_fail2ban
from benchmarks.corpus._logs37 import _label37

if TYPE_CHECKING:
    from pathlib import Path

#: The repository and commit read (``ossec/ossec-hids``'s default branch, 2026-08-12).
OSSEC = "ossec/ossec-hids"
SOURCES: dict[str, tuple[str, str]] = {
    OSSEC: ("7f06fe0d7047e6b6b4ece86f82248660f89c3dbe", "GPL-2.0"),
}
#: The folder of the rule-test log entries.
FOLDER = "etc/rules/log-entries/"
#: The systems: the folder's files, fixed 2026-12-07 14:10 UTC from file names alone.
SYSTEMS = (
    "101", "1101", "1301_1302_1303", "1401", "1402", "1602", "1603", "1607", "1609", "1901",
    "1902", "1903", "1905", "201", "202", "204", "2501", "2601", "301", "401", "403", "408",
    "409", "access-control", "apache-error.logs", "cisco-ios-ids", "ciscoios", "ftpd", "iis6",
    "imapd", "kernel", "mail-alerts", "mail-errors", "ns1", "proftpd", "smbd", "spamd", "sshd",
    "symantecws", "telnetd", "unkown", "vpn.log", "vpopmail", "worms", "xferlog",
)  # fmt: skip
#: The held-out systems: the 15 (a third) of the 45 whose names have the smallest SHA-256
#: (``_logset.holdout_systems``), fixed 2026-12-07 14:10 UTC before any line was read.
HOLDOUT = frozenset({
    "101", "1101", "1602", "1607", "1902", "1903", "201", "409", "mail-alerts", "mail-errors",
    "ns1", "smbd", "spamd", "symantecws", "unkown",
})  # fmt: skip
#: The most records a system gives (evenly spaced, ``_logs4._select``).
MOST = 40
#: The fewest characters of a record.
MIN_CHARS = 20
#: Further programs fail2ban has filters for (UW IMAP ``uwimap-auth``, Courier, sendmail,
#: ``xinetd-fail``, ``wuftpd`` and other FTP daemons, qmail, perdition, stunnel,
#: ``pam-generic``): their tagged lines are left out too.
_FAIL2BAN_MORE = re.compile(
    r"\b(?:imapd|ipop3d|pop3d|sendmail|sm-mta|xinetd|courier\w*|wu-ftpd|ftpd|qmail\w*|"
    r"perdition|stunnel|pam_unix)(?:\[\d+\])?[:(]"
)


def log_line(line: str, path: str) -> str | None:
    """A log entry (long enough, not a fail2ban program's)."""
    line = line.rstrip()
    if len(line) < MIN_CHARS or _FAIL2BAN_MORE.search(line):
        return None
    return not_fail2ban(line, path)


def system_lines(gits: dict[str, Path], system: str) -> list[str]:
    """A system's kept lines, distinct, in file order; residue left out."""
    commit = SOURCES[OSSEC][0]
    lines = _logset.file_lines(gits[OSSEC], [(commit, FOLDER + system)], log_line)
    return list(dict.fromkeys(lines))


#: An e-mail-shaped token: a local part, ``@``, a domain with a letter TLD.
_EMAIL_SHAPE = re.compile(r"[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}")


def _label42(text: str, system: str) -> _logset.Labels:
    """``_label37``, and an e-mail-shaped login it took as a user name as ``EMAIL_ADDRESS``."""
    gold, ignored = _label37(text, system)
    for m in _EMAIL_SHAPE.finditer(text):
        start, end = m.span()
        if any(int(g["start"]) < end and start < int(g["end"]) for g in gold):  # type: ignore[call-overload]
            continue
        inside = [i for i in ignored if start <= int(i["start"]) and int(i["end"]) <= end]  # type: ignore[call-overload]
        if not inside:
            continue
        ignored = [i for i in ignored if i not in inside]
        gold.append({"start": start, "end": end, "entity": "EMAIL_ADDRESS"})
    gold.sort(key=lambda g: (int(g["start"]), int(g["end"])))  # type: ignore[call-overload]
    return gold, ignored


#: The set as the shared builder reads it (a line of an earlier set's development part is
#: dropped; its held-out parts are compared by SHA-256 only, no record read).
SET = _logset.LogSet(
    number=42,
    repositories=tuple(SOURCES),
    systems=SYSTEMS,
    holdout=HOLDOUT,
    texts=system_lines,
    label=_label42,
    most=MOST,
    earlier=42,
    holdout_unique=True,
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])

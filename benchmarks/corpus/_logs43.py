"""Build the forty-third real-text log set: log samples in a host IDS's decoder comments (Wazuh).

The text is the sample log lines that Wazuh (``wazuh/wazuh``, the host-based intrusion detection
system forked from OSSEC; GPL-2.0, ``LICENSE``, copyright Wazuh Inc. and Trend Micro Inc.)
writes in the XML comments of its decoders, ``ruleset/decoders/<nnnn>-<system>_decoders.xml``:
one file per system (Squid, BIND ``named``, unbound, Snort, FireEye, Symantec, ProFTPD,
Pure-FTPd, vsftpd, Serv-U, firewalls, VPNs, mail servers, web servers, ...), each decoder's
comment giving the lines it was written for, as the systems wrote them. No earlier set read this
folder: the fifth set read the same repository's ``ruleset/testing/tests/*.ini`` only, and the
forty-second OSSEC's ``etc/rules/log-entries/``.

Selection and split (fixed 2026-12-07 14:58 UTC from the file names alone; before that, while
choosing the source, the first 60 lines of ``0305-squid_decoders.xml`` were read, 3 access-log
and 6 cache-log samples, and Squid fell to the held-out part; ``benchmarks/corpus/README.md``):
a system is a file of the folder, named by its file name without the number prefix and the
``_decoders.xml`` (``-decoders.xml``) suffix (120 names). The split is by system, a third held
out (``_logset.holdout_systems``: the 40 names with the smallest SHA-256). A record is a line of
an XML comment (``<!-- ... -->``) of the file, except the licence comment (one holding
``Copyright``), its leading blanks and a leading ``-`` bullet removed, trailing blanks removed,
at least ``MIN_CHARS`` characters, with a digit, not starting with ``<`` (commented-out XML); a
sample wrapped over comment lines gives one record per line. Files in path order, lines in file
order. Dropped: a line with a control character other than a tab; one that carries the tag of a
program fail2ban has filters for (``_logs42.log_line``), so that no record can be a copy of
fail2ban's off-limits test logs; one equal to a development record of an earlier real log set
(held-out records compared by SHA-256 only, never read); one already taken by a system earlier
in this set. Per system at most ``MOST`` evenly spaced lines.

Labels: the forty-second set's rules (``_logs42._label42``, which applies the thirty-seventh to
first sets' rules: IP, MAC and e-mail addresses gold, a browser-shaped user agent
``USER_AGENT``, an e-mail-shaped login an ``EMAIL_ADDRESS``, everything else non-personal),
applied to both parts before any detector ran, and one rule written in the label review of the
development part before any detector ran (``_label43``): an IPv4 address written after
Symantec's ``(IP)-`` field tag, which the earlier rules took as part of a hyphenated token, is an
``IP_ADDRESS`` (``...,(IP)-192.0.2.7,host,...``: the tag names the field, the address is whole).

Run once, with a local git directory of the repository:

    python -m benchmarks.corpus._logs43 --git wazuh/wazuh=DIR
"""

from __future__ import annotations

import re
import subprocess
import sys
from typing import TYPE_CHECKING

from benchmarks.corpus import _logset
from benchmarks.corpus._git import git_files
from benchmarks.corpus._logs42 import _label42, log_line

if TYPE_CHECKING:
    from pathlib import Path

#: The repository and commit read (the commit the fifth set read its rule tests from).
WAZUH = "wazuh/wazuh"
SOURCES: dict[str, tuple[str, str]] = {
    WAZUH: ("e0f7c360c052e0d2ca4295c58ef7094185bbb8aa", "GPL-2.0"),
}
#: The folder of the decoders.
FOLDER = "ruleset/decoders/"
#: The systems: the folder's files, fixed 2026-12-07 14:58 UTC from file names alone.
SYSTEMS = (
    "wazuh", "json", "wazuh-api", "active-response", "aix-ipsec", "apache", "arpwatch",
    "asterisk", "auditd", "barracuda", "checkpoint", "checkpoint-smart1", "cimserver",
    "cisco-estreamer", "cisco-ftd", "pix", "cisco-asa", "cisco-ios", "cisco-vpn", "clamav",
    "courier", "dovecot", "dragon-nids", "dropbear", "fortigate", "fortiddos", "fortimail",
    "fortiauth", "freeipa", "ftpd", "grandstream", "horde", "hp", "imapd", "imperva", "kernel",
    "mailscanner", "mysql", "named", "netscaler", "netscreen", "nginx", "ntpd", "openbsd",
    "openldap", "openvpn", "oscap", "ossec", "pam", "portsentry", "postfix", "postgresql",
    "proftpd", "puppet", "pure-ftpd", "racoon", "redis", "roundcube", "rsa-auth-manager",
    "rshd", "samba", "sendmail", "serv-u", "snort", "solaris", "sonicwall", "sophos", "squid",
    "ssh", "su", "sudo", "suhosin", "symantec", "telnet", "trend-osce", "unbound", "unix",
    "vm-pop3", "vmware", "vpopmail", "vsftpd", "web-accesslog", "huawei-usg", "mariadb", "dpkg",
    "windows", "wordpress", "zeus", "sqlserver", "identity_guard", "mongodb", "docker",
    "jenkins", "vshell", "qualysguard", "cylance", "owncloud", "proxmox-ve", "exim", "openvas",
    "pfsense", "kaspersky", "azure", "panda-paps", "mcafee", "perdition", "nextcloud", "junos",
    "freepbs", "paloalto", "sophos_fw", "msexchange-log", "f5_bigip", "gitlab", "arbor",
    "fireeye", "oracledb", "aws-eks-authenticator", "eset-remote", "macos",
)  # fmt: skip
#: The held-out systems: the 40 (a third) of the 120 whose names have the smallest SHA-256
#: (``_logset.holdout_systems``), fixed 2026-12-07 14:58 UTC.
HOLDOUT = frozenset({
    "active-response", "aix-ipsec", "arpwatch", "checkpoint", "cisco-asa", "cisco-estreamer",
    "cisco-ftd", "cisco-ios", "cisco-vpn", "clamav", "courier", "dovecot", "dropbear",
    "f5_bigip", "fortiddos", "fortimail", "huawei-usg", "jenkins", "json", "mailscanner",
    "mongodb", "mysql", "netscaler", "netscreen", "openbsd", "openvas", "perdition",
    "portsentry", "postfix", "redis", "sendmail", "serv-u", "sophos_fw", "sqlserver", "squid",
    "su", "sudo", "unbound", "vsftpd", "windows",
})  # fmt: skip
#: The most records a system gives (evenly spaced, ``_logs4._select``).
MOST = 40
#: The fewest characters of a record.
MIN_CHARS = 20

_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)
_BULLET = re.compile(r"^\s*(?:-\s*)?")
_SUFFIX = re.compile(r"[_-]decoders\.xml$")
_PREFIX = re.compile(r"^\d+-")


def system_name(path: str) -> str:
    """A decoder file's system: its name without the number prefix and the suffix."""
    return _SUFFIX.sub("", _PREFIX.sub("", path.rsplit("/", 1)[-1]))


def comment_lines(text: str) -> list[str]:
    """The sample lines of a decoder file's comments (the rule of the module's docstring)."""
    out: list[str] = []
    for comment in _COMMENT.findall(text):
        if "Copyright" in comment:
            continue
        for raw in comment.splitlines():
            line = _BULLET.sub("", raw).rstrip()
            if len(line) < MIN_CHARS or line.startswith("<") or not re.search(r"\d", line):
                continue
            out.append(line)
    return out


def system_lines(gits: dict[str, Path], system: str) -> list[str]:
    """A system's kept lines, distinct, in file order."""
    commit = SOURCES[WAZUH][0]
    git = gits[WAZUH]
    paths = [p for p in git_files(git, commit, FOLDER) if system_name(p) == system]
    lines: list[str] = []
    for path in paths:
        blob = subprocess.run(
            ["git", "--git-dir", str(git), "show", f"{commit}:{path}"],
            capture_output=True,
            check=True,
        ).stdout
        for line in comment_lines(_logset.utf8_text(path, blob)):
            kept = log_line(line, path)
            if kept is not None and not _logset.CONTROL.search(kept):
                lines.append(kept)
    return list(dict.fromkeys(lines))


#: An IPv4 address after Symantec's ``(IP)-`` field tag.
_IP_TAGGED = re.compile(
    r"(?<=\(IP\)-)(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.])"
)


def _label43(text: str, system: str) -> _logset.Labels:
    """``_label42``, and an IPv4 address after an ``(IP)-`` field tag as ``IP_ADDRESS``."""
    gold, ignored = _label42(text, system)
    for m in _IP_TAGGED.finditer(text):
        start, end = m.span()
        if any(int(g["start"]) < end and start < int(g["end"]) for g in gold):  # type: ignore[call-overload]
            continue
        ignored = [
            i
            for i in ignored
            if not (int(i["start"]) < end and start < int(i["end"]))  # type: ignore[call-overload]
        ]
        gold.append({"start": start, "end": end, "entity": "IP_ADDRESS"})
    gold.sort(key=lambda g: (int(g["start"]), int(g["end"])))  # type: ignore[call-overload]
    return gold, ignored


#: The set as the shared builder reads it (a line of an earlier set's development part is
#: dropped; its held-out parts are compared by SHA-256 only, no record read).
SET = _logset.LogSet(
    number=43,
    repositories=tuple(SOURCES),
    systems=SYSTEMS,
    holdout=HOLDOUT,
    texts=system_lines,
    label=_label43,
    most=MOST,
    earlier=43,
    holdout_unique=True,
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])

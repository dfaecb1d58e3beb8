"""Build the forty-first real-text log set: a network monitor's test baselines (Zeek logs).

The text is the log output that Zeek (``zeek/zeek``, the network security monitor formerly
called Bro; BSD-3-Clause, ``COPYING``) keeps as the expected results of its protocol analysers'
tests: ``testing/btest/Baseline/scripts.base.protocols.<protocol>.<test>/<name>.log``, the
tab-separated logs (``conn.log``, ``http.log``, ``dns.log``, ``ssl.log``, ``smtp.log``,
``weird.log``, ...) that Zeek wrote when each test replayed its packet capture, with time
stamps masked by the test tool (``XXXXXXXXXX.XXXXXX``). The twenty-second HTTP set read this
repository's packet captures (``testing/btest/Traces``), never these text baselines.

Selection and split (fixed 2026-12-07 12:35 UTC from the file names alone, before any record
was read; ``benchmarks/corpus/README.md``): a system is a protocol, the ``<protocol>`` part
of the test folders' names (``scripts.base.protocols.<protocol>.*``) of the 41 protocols with
at least one ``*.log`` file directly in such a folder. The split is by system, a third held
out (``_logset.holdout_systems``: the 13 names with the smallest SHA-256). A record is a line
of a system's ``*.log`` files that is not a header or footer (``#`` first), trailing blanks
removed, at least ``MIN_CHARS`` characters. Files in path order, lines in file order.
Dropped as in the fortieth set: a line with a control character other than a tab or a new
line, one that carries the tag of a program fail2ban has filters for, one equal to a
development record of an earlier real log set (held-out records compared by SHA-256 only,
never read), and one already taken by a system earlier in this set. Per system, of its
distinct lines, ``MOST_NET`` evenly spaced ones of those with an address shape
(``_logs29._NET_SHAPE``) and ``MOST_OTHER`` of the rest, in file order
(``_logs25._stratified``).

Labels: the thirty-seventh set's rules (``_logs37._label37``, which applies the thirtieth to
first sets' rules: IP, MAC and e-mail addresses gold, everything else non-personal), applied
to both parts before any detector ran.

Run once, with a local git directory of the repository:

    python -m benchmarks.corpus._logs41 --git zeek/zeek=DIR
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from benchmarks.corpus import _logset
from benchmarks.corpus._git import git_files
from benchmarks.corpus._logs10 import not_fail2ban
from benchmarks.corpus._logs25 import _stratified
from benchmarks.corpus._logs29 import _NET_SHAPE
from benchmarks.corpus._logs37 import _label37

if TYPE_CHECKING:
    from pathlib import Path

#: The repository and commit read (``zeek/zeek``'s default branch, 2026-08-21; the commit the
#: twenty-second HTTP set read its captures from).
ZEEK = "zeek/zeek"
SOURCES: dict[str, tuple[str, str]] = {
    ZEEK: ("a13de64fbbdb01f90961c04719b308fbbb6d199e", "BSD-3-Clause"),
}
#: The folder of the test baselines.
BASELINE = "testing/btest/Baseline/"
#: The test folders' prefix before the protocol name.
PREFIX = "scripts.base.protocols."
#: The systems: protocols with a ``*.log`` baseline, fixed 2026-12-07 12:35 UTC from file
#: names alone, before any record was read.
SYSTEMS = (
    "dce-rpc", "dhcp", "dnp3", "dns", "ftp", "gnutella", "http", "icmp", "igmp", "imap", "irc",
    "krb", "ldap", "login", "modbus", "mqtt", "mysql", "ncp", "netbios", "ntp", "pop3",
    "postgresql", "quic", "radius", "rdp", "redis", "rfb", "rpc", "sip", "smb", "smtp", "snap",
    "snmp", "socks", "ssh", "ssl", "syslog", "tcp", "vlan", "websocket", "xmpp",
)  # fmt: skip
#: The held-out systems: the 13 (a third) of the 41 whose names have the smallest SHA-256
#: (``_logset.holdout_systems``), fixed 2026-12-07 12:35 UTC before any record was read.
HOLDOUT = frozenset({
    "ftp", "krb", "login", "mqtt", "mysql", "pop3", "quic", "redis", "rfb", "smtp", "snap",
    "syslog", "tcp",
})  # fmt: skip
#: Per system, the address-shaped lines and the other lines kept (``_stratified``).
MOST_NET = 30
MOST_OTHER = 10
#: What ``select_parts`` keeps of a system's (already thinned) lines: all of them.
MOST = MOST_NET + MOST_OTHER
#: The fewest characters of a record: a shorter line is a field or two, not an entry.
MIN_CHARS = 30


def system_paths(paths: list[str], system: str) -> list[str]:
    """The ``*.log`` files directly in a system's test folders, in path order."""
    out = []
    for path in paths:
        if not path.startswith(BASELINE) or not path.endswith(".log"):
            continue
        parts = path[len(BASELINE) :].split("/")
        if len(parts) != 2 or not parts[0].startswith(PREFIX):
            continue
        if parts[0][len(PREFIX) :].split(".")[0] == system:
            out.append(path)
    return sorted(out)


def log_line(line: str, _path: str) -> str | None:
    """A log entry (not a ``#`` header or footer, long enough, not a fail2ban program's)."""
    line = line.rstrip()
    if line.startswith("#") or len(line) < MIN_CHARS:
        return None
    return not_fail2ban(line, "")


def system_lines(gits: dict[str, Path], system: str) -> list[str]:
    """A system's kept lines in file order (``_stratified``); residue left out."""
    commit = SOURCES[ZEEK][0]
    paths = system_paths(git_files(gits[ZEEK], commit, BASELINE), system)
    lines = _logset.file_lines(gits[ZEEK], ((commit, p) for p in paths), log_line)
    return _stratified(lines, most_net=MOST_NET, most_other=MOST_OTHER, shape=_NET_SHAPE)


#: The set as the shared builder reads it (a line of an earlier set's development part is
#: dropped; its held-out parts are compared by SHA-256 only, no record read).
SET = _logset.LogSet(
    number=41,
    repositories=tuple(SOURCES),
    systems=SYSTEMS,
    holdout=HOLDOUT,
    texts=system_lines,
    label=_label37,
    most=MOST,
    earlier=41,
    holdout_unique=True,
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])

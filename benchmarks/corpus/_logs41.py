"""Build the forty-first real-text log set: a network monitor's test baselines (Zeek logs).

The text is the log output that Zeek (``zeek/zeek``, the network security monitor formerly
called Bro; BSD-3-Clause, ``COPYING``) keeps as the expected results of its protocol analysers'
tests: ``testing/btest/Baseline/scripts.base.protocols.<protocol>.<test>/<name>.log``, the
tab-separated logs (``conn.log``, ``http.log``, ``dns.log``, ``ssl.log``, ``smtp.log``,
``weird.log``, ...) that Zeek wrote when each test replayed its packet capture, with time
stamps masked by the test tool (``XXXXXXXXXX.XXXXXX``). The twenty-second HTTP set read this
repository's packet captures (``testing/btest/Traces``), never these text baselines.

Selection and split (fixed 2026-12-07 12:26 UTC from the file names alone, before any record
was read but one ``smtp.log`` printed while reading the format; ``benchmarks/corpus/README.md``): a system is a protocol, the ``<protocol>`` part
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
to both parts before any detector ran. The first sets' rule that the whole value of a
user-agent field is ``USER_AGENT`` is applied through the files' ``#fields`` headers (a
``user_agent`` column's value, unless unset; a cut log's header of names alone counts too): ``_label37`` finds only browser-shaped agents
without a field name next to them, and this column rule was added after the first
development run showed ``curl/...`` and ``python-requests/...`` agents unlabelled (before
any run on the held-out part; ``_label41``).

Run once, with a local git directory of the repository:

    python -m benchmarks.corpus._logs41 --git zeek/zeek=DIR
"""

from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING

from benchmarks.corpus import _logset
from benchmarks.corpus._git import git_files
from benchmarks.corpus._logs10 import not_fail2ban
from benchmarks.corpus._logs25 import _stratified
from benchmarks.corpus._logs29 import _NET_SHAPE
from benchmarks.corpus._logs37 import _label37

if TYPE_CHECKING:
    from collections.abc import Callable
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
#: The systems: protocols with a ``*.log`` baseline, fixed 2026-12-07 12:26 UTC from file
#: names alone, before any record was read.
SYSTEMS = (
    "dce-rpc", "dhcp", "dnp3", "dns", "ftp", "gnutella", "http", "icmp", "igmp", "imap", "irc",
    "krb", "ldap", "login", "modbus", "mqtt", "mysql", "ncp", "netbios", "ntp", "pop3",
    "postgresql", "quic", "radius", "rdp", "redis", "rfb", "rpc", "sip", "smb", "smtp", "snap",
    "snmp", "socks", "ssh", "ssl", "syslog", "tcp", "vlan", "websocket", "xmpp",
)  # fmt: skip
#: The held-out systems: the 13 (a third) of the 41 whose names have the smallest SHA-256
#: (``_logset.holdout_systems``), fixed 2026-12-07 12:26 UTC before any record was read.
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


#: The columns whose values are user agents (``http.log``, ``smtp.log``, ``websocket.log``).
AGENT_FIELDS = frozenset({"user_agent"})
#: The values that stand for no value in a Zeek log (``#unset_field``, ``#empty_field``).
UNSET = frozenset({"-", "(empty)"})
#: The user-agent spans of the lines read, by line (filled by ``system_lines``; a line's
#: header is its file's last ``#fields`` line before it).
_AGENTS: dict[str, list[tuple[int, int]]] = {}


#: The header ``zeek-cut -m`` writes in a cut log: field names only, tab-separated.
_CUT_HEADER = re.compile(r"[a-z][a-z0-9_.]*(?:\t[a-z][a-z0-9_.]*)+")


def agent_spans(line: str, fields: list[str]) -> list[tuple[int, int]]:
    """The spans of ``line``'s values in the ``AGENT_FIELDS`` columns (tab-separated)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for i, value in enumerate(line.split("\t")):
        if i < len(fields) and fields[i] in AGENT_FIELDS and value not in UNSET:
            spans.append((start, start + len(value)))
        start += len(value) + 1
    return spans


def _fields_reader() -> Callable[[str, str], str | None]:
    """``log_line``, noting each kept line's user-agent spans from its file's ``#fields``."""
    fields: list[str] = []
    current = [""]

    def read(raw: str, path: str) -> str | None:
        if path != current[0]:
            current[0] = path
            fields.clear()
        header = _CUT_HEADER.fullmatch(raw.rstrip()) is not None
        if raw.startswith("#fields\t"):
            fields[:] = raw.rstrip().split("\t")[1:]
        elif header:
            fields[:] = raw.rstrip().split("\t")
        line = log_line(raw, path)
        if line is not None:
            _AGENTS.setdefault(line, [] if header else agent_spans(line, fields))
        return line

    return read


def system_lines(gits: dict[str, Path], system: str) -> list[str]:
    """A system's kept lines in file order (``_stratified``); residue left out."""
    commit = SOURCES[ZEEK][0]
    paths = system_paths(git_files(gits[ZEEK], commit, BASELINE), system)
    lines = _logset.file_lines(gits[ZEEK], ((commit, p) for p in paths), _fields_reader())
    return _stratified(lines, most_net=MOST_NET, most_other=MOST_OTHER, shape=_NET_SHAPE)


def _label41(text: str, system: str) -> _logset.Labels:
    """``_label37``, and the whole value of a user-agent column as ``USER_AGENT``."""
    gold, ignored = _label37(text, system)
    for start, end in _AGENTS.get(text, []):
        gold = [g for g in gold if not (int(g["start"]) < end and start < int(g["end"]))]  # type: ignore[call-overload]
        gold.append({"start": start, "end": end, "entity": "USER_AGENT"})
    gold.sort(key=lambda g: (int(g["start"]), int(g["end"])))  # type: ignore[call-overload]
    return gold, ignored


#: The set as the shared builder reads it (a line of an earlier set's development part is
#: dropped; its held-out parts are compared by SHA-256 only, no record read).
SET = _logset.LogSet(
    number=41,
    repositories=tuple(SOURCES),
    systems=SYSTEMS,
    holdout=HOLDOUT,
    texts=system_lines,
    label=_label41,
    most=MOST,
    earlier=41,
    holdout_unique=True,
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])

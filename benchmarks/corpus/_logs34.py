"""Build the thirty-fourth real-text log set: network and security devices' logs in a SIEM's rules.

The text is the sample log lines that the Prelude SIEM's log analyser rules
(``Prelude-SIEM/prelude-lml-rules``, GPL-2.0) keep above each rule as its test input, one
``#LOG:`` comment line each (``ruleset/*.rules``): what firewalls (Check Point, Cisco ASA,
NetScreen, SonicWall, DrayTek Vigor, ZyXEL, IPSO, netfilter, ipchains, ipfw), load balancers
and content switches (Cisco ACE and CSS, F5 BIG-IP), VPN concentrators (Cisco, Juniper),
intrusion detection and prevention systems (Cisco IPS, Arbor), honeypots, a web application
firewall, a proxy, RADIUS, PPP, ARP watchers, wireless access points and Linux network drivers
write to syslog.

Selection and split (fixed 2026-12-06 22:17 UTC from the rule files' names and their counts of
``#LOG:`` lines alone, before any line was read; ``benchmarks/corpus/README.md``): a system is a
rule file of a network or security device or service (``SYSTEMS``: the file name without
``.rules``); the files of host programs (mail, FTP, web and database servers, PAM, sudo, shells,
Windows event forwarders, antivirus, monitoring) are not taken, nor the files with no ``#LOG:``
line (``fortigate``, ``pcre``, ``zywall``). The split is by system, a third held out
(``_logset.holdout_systems``: the names with the smallest SHA-256). A record is the text after
``#LOG:`` of a line of the system's file that begins so, trailing blanks removed. Dropped as in
the thirty-third set: a line with no letter or digit, a line with a control character other than
a tab, one of a program fail2ban has filters for, one equal to a development record of an
earlier real log set (held-out records compared by SHA-256 only, never read), and one already
taken by a system earlier in this set. Per system, of its distinct lines, ``MOST_NET`` evenly
spaced ones of those that hold an address shape (``_logs29._NET_SHAPE``) and ``MOST_OTHER``
evenly spaced ones of the rest, in file order (``_logs25._stratified``). Records are cut at
4,000 characters.

Labels: the rules of the thirtieth set (``_logs30._label30``, which applies the twenty-ninth to
first sets' rules), then any written in ``benchmarks/corpus/README.md`` in the label review of
the development part before any detector ran. Both parts were committed, labelled, before
privkit or Presidio ran on either.

Run once, with a local git directory of the repository:

    python -m benchmarks.corpus._logs34 --git Prelude-SIEM/prelude-lml-rules=DIR
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from benchmarks.corpus import _logset
from benchmarks.corpus._git import git_files
from benchmarks.corpus._logs25 import _stratified
from benchmarks.corpus._logs29 import _NET_SHAPE
from benchmarks.corpus._logs29 import _line as _log_line
from benchmarks.corpus._logs30 import _label30

if TYPE_CHECKING:
    from pathlib import Path

PRELUDE = "Prelude-SIEM/prelude-lml-rules"
SOURCES: dict[str, tuple[str, str]] = {
    PRELUDE: ("2f98a9ac4c5c36ee5c37984f487bab0ed747cbf5", "GPL-2.0"),
}
#: The folder of the rule files (``unsupported/`` below it holds three more).
FOLDER = "ruleset/"
SUFFIX = ".rules"
#: What begins a sample log line in a rule file.
MARK = "#LOG:"
#: The systems: the rule files of network and security devices and services, fixed 2026-12-06
#: 22:17 UTC from the file names and their ``#LOG:`` counts before any line was read.
SYSTEMS = (
    "arbor", "arpwatch", "bonding", "checkpoint", "cisco-ace", "cisco-asa", "cisco-common",
    "cisco-css", "cisco-ips", "cisco-ips-2", "cisco-ips-4200", "cisco-router", "cisco-vpn",
    "f5-bigip", "grsecurity", "honeyd", "honeytrap", "ipchains", "ipfw", "ipso", "juniper-vpn",
    "kojoney", "linksys-wap11", "modsecurity", "netfilter", "netscreen", "openhostapd",
    "portsentry", "ppp", "radiusd", "rishi", "sonicwall", "squid", "vigor", "xg45-datapower",
    "zyxel",
)  # fmt: skip
#: The held-out systems: the 12 (a third) of the 36 whose names have the smallest SHA-256
#: (``_logset.holdout_systems``), fixed 2026-12-06 22:17 UTC before any line was read.
HOLDOUT = frozenset({
    "arpwatch", "checkpoint", "cisco-asa", "cisco-ips-2", "cisco-vpn", "honeyd", "netfilter",
    "netscreen", "portsentry", "squid", "vigor", "xg45-datapower",
})  # fmt: skip
#: Per system, the address-shaped lines and the other lines kept (``_stratified``).
MOST_NET = 20
MOST_OTHER = 10
#: What ``select_parts`` keeps of a system's (already thinned) lines: all of them.
MOST = MOST_NET + MOST_OTHER


def system(path: str) -> str:
    """The system a rule file belongs to: its name without ``.rules``."""
    return path.rsplit("/", 1)[-1].removesuffix(SUFFIX)


def _line(raw: str, path: str) -> str | None:
    """A sample line's log text (after ``#LOG:``), or None for any other line of a rule file."""
    if not raw.startswith(MARK):
        return None
    return _log_line(raw[len(MARK) :].lstrip(), path)


# --------------------------------------------------------------------------- reading


def system_lines(gits: dict[str, Path], name: str) -> list[str]:
    """A system's kept lines in file order (``_stratified``); residue left out."""
    commit = SOURCES[PRELUDE][0]
    paths = [p for p in git_files(gits[PRELUDE], commit, FOLDER, SUFFIX) if system(p) == name]
    lines = _logset.file_lines(gits[PRELUDE], ((commit, p) for p in paths), _line)
    return _stratified(lines, most_net=MOST_NET, most_other=MOST_OTHER, shape=_NET_SHAPE)


#: The set as the shared builder reads it (a line of an earlier set's development part is
#: dropped; its held-out parts are compared by SHA-256 only, no record read).
SET = _logset.LogSet(
    number=34,
    repositories=tuple(SOURCES),
    systems=SYSTEMS,
    holdout=HOLDOUT,
    texts=system_lines,
    label=_label30,
    most=MOST,
    earlier=34,
    holdout_unique=True,
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])

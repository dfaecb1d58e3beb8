"""Build the fifty-seventh real-text log set: netfilter firewall logs and a firewall's documentation.

Two firewall projects whose test data and documentation are made of netfilter log lines
(``MAC=`` link-layer headers, source and destination addresses) and the addresses a firewall's
rules name, each read at a pinned commit:

* psad (``mrash/psad``, the port-scan attack detector that reads iptables' ``LOG`` lines;
  GPL-2.0, ``LICENSE``): the iptables log files its test suite replays
  (``test/scans/iptables/*``: scans, sweeps, pings, IGMP, IPv6 neighbour solicitations,
  reputation matches, lines of Shorewall's and of a plain ``LOG`` prefix).
* Shorewall (``Whissi/shorewall``, a mirror of the Shorewall project's tree): the English
  documentation (``docs/*.xml``, not a translation ``*_<ll>.xml``; each page's legal notice: GNU
  Free Documentation License 1.2 or later, no Invariant Sections, no Front-Cover or Back-Cover
  Texts), read as its literal blocks (``<programlisting>``, ``<screen>``, ``<literallayout>``:
  configuration files' rows, shell sessions, ``shorewall show`` output, the log lines the FAQ
  and the troubleshooting pages explain).

No earlier set read either repository (earlier sets read netfilter and Shorewall lines as SIEM
and log-normaliser samples, and generated iptables/UFW lines).

Selection and split (fixed 2026-12-08 01:23 UTC from the file names alone, before any record was
read; while choosing the sources the heads of five psad test files, psad's ``LICENSE`` head,
a count of address-shaped strings per Shorewall page and the legal notice of ``docs/FAQ.xml``
were seen): a system is a file, named ``psad/<path>`` or ``shorewall/<path>``. The split is by
system, a third of each project's files held out (:func:`split`: ``_logset.holdout_systems`` of
each project's files, the names with the smallest SHA-256). A record is, of a psad file, one
line (trailing blanks gone); of a Shorewall page, one literal block (``_logs56.docbook_blocks``:
CDATA as is, other markup removed, entities unescaped), a block longer than ``MAX_LINES``
lines cut into pieces (``_logs56.pieces``); at least 20 characters, distinct per file, in file
order. Dropped: a record with a control character other than a tab or a new line; one carrying
the tag of a program fail2ban has filters for (``_logs48.keep``); one equal to a development
record of an earlier real log set (held-out records compared by SHA-256 only, never read); one
already taken by a system earlier in this set. Per system at most ``MOST`` evenly spaced records.

Labels: the fifty-sixth set's rules (``_logs56._label56``: the first to fifty-fifth sets' rules,
IP, MAC and e-mail addresses gold, everything else non-personal, an address of ``0.0.0.0``
ignored, an all-zero or broadcast MAC no device; a netfilter ``MAC=`` run's first two groups of
six octets the destination and source MACs), applied to both parts before any detector ran.
Rules written for this set (``_label57``), before any record was read, applied to both parts:

1. A netfilter ``MAC=`` field (iptables' and nftables' ``LOG`` target, ulogd's ``LOGEMU``) is
   the frame's link-layer header as colon-separated octets, in either case. Of an Ethernet
   header (exactly 14 octets: destination, source, EtherType) octets 1-6 and 7-12 are each a
   ``MAC_ADDRESS`` (17 characters each; the colon between them and the EtherType are
   non-personal), unless all-zero or broadcast (no device, as before: neither gold nor ignored).
   A run of 6 octets is one MAC. A run of any other length (another link layer) is ignored
   whole (``MAC_RUN``).
2. A group (multicast) destination names a set of receivers, not a device: a MAC whose first
   octet has its lowest bit set (``01:00:5e:...`` for IPv4 groups, ``33:33:...`` for IPv6
   groups) in a ``MAC=`` run's destination place or as the value of ``MACDST=`` is ignored
   (``MAC_GROUP``; an earlier gold span there dropped). A source is never a group; a group MAC
   elsewhere keeps the earlier rules' label.
3. The two ends of an IPv4 address range written with a hyphen (``192.168.1.10-192.168.1.20``,
   Shorewall's ``iprange``) are each an ``IP_ADDRESS`` (the earlier expression skipped an
   address touching a hyphen).
4. A MAC address written without leading zeros (six colon-separated groups of one or two hex
   digits, at least one of one digit: ``0:4:e2:20:20:33``, as tcpdump, ``ifconfig`` and the BSDs
   print them) is a ``MAC_ADDRESS`` (unless all-zero or broadcast). This rule was added at the
   label review of the development part, before any detector ran, when that review found
   tcpdump's link-level lines and an ``ifconfig`` ``HWaddr`` the earlier rules left unlabelled
   (the forty-third set's README named the gap).
5. Interface and zone names, rule actions, log prefixes (``Shorewall:net2fw:DROP:``), ports,
   protocol numbers, TTLs, packet ids and kernel timestamps are non-personal.

Run once, with local git directories of the two repositories:

    python -m benchmarks.corpus._logs57 --git mrash/psad=DIR --git Whissi/shorewall=DIR
"""

from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING

from benchmarks.corpus import _logset
from benchmarks.corpus._git import git_show
from benchmarks.corpus._logs48 import keep
from benchmarks.corpus._logs56 import _label56, docbook_blocks, pieces

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

#: The repositories and commits read (the default branches' newest stored snapshots).
PSAD = "mrash/psad"
SHOREWALL = "Whissi/shorewall"
SOURCES: dict[str, tuple[str, str]] = {
    PSAD: ("8720f6aacc6139f6d017ba8443b49eeab7ebf04c", "GPL-2.0 (LICENSE)"),
    SHOREWALL: (
        "6b5889177b3ee998961022cd4ec2e585c8810aba",
        "GFDL-1.2-or-later, no Invariant Sections (each page's legal notice)",
    ),
}
#: The systems' prefixes by repository.
PREFIX = {PSAD: "psad", SHOREWALL: "shorewall"}
#: The most records a system gives (evenly spaced, ``_logs4._select``).
MOST = 6
#: The most lines a record holds (a longer block is cut, ``_logs56.pieces``).
MAX_LINES = 40
_TRANSLATION = re.compile(r"_[a-z]{2}\.xml\Z")


def _wanted(repo: str, path: str) -> bool:
    """Whether a file of ``repo`` is read (the module docstring's list)."""
    folder, _, name = path.rpartition("/")
    if repo == PSAD:
        return folder == "test/scans/iptables"
    return folder == "docs" and name.endswith(".xml") and not _TRANSLATION.search(name)


def _where(system: str) -> tuple[str, str]:
    """The repository and path of a system's file."""
    return _logset.prefixed_where(PREFIX, system)


def systems(gits: dict[str, Path]) -> list[str]:
    """The files read, named ``<prefix>/<path>``, sorted."""
    return _logset.prefixed_systems(gits, SOURCES, PREFIX, _wanted)


def split(names: Sequence[str]) -> frozenset[str]:
    """A third of each project's files: ``_logset.holdout_systems`` per prefix."""
    return _logset.prefixed_holdout(PREFIX, names)


def file_records(path: str, text: str) -> list[str]:
    """A file's records by its kind (the module docstring's reading)."""
    if path.endswith(".xml"):
        return [p for b in docbook_blocks(text) for p in pieces(b)]
    return [line.rstrip() for line in text.splitlines()]


def system_records(gits: dict[str, Path], system: str) -> list[str]:
    """A file's kept records, distinct, in file order."""
    repo, path = _where(system)
    text = git_show(gits[repo], SOURCES[repo][0], path)
    return list(dict.fromkeys(r for r in file_records(path, text) if keep(r)))


_OCTET = r"[0-9A-Fa-f]{2}"
#: Rule 1: a netfilter ``MAC=`` field's run of colon-separated octets (possessive: read once).
_MAC_FIELD = re.compile(rf"(?<![\w-])MAC=({_OCTET}(?::{_OCTET})*+)(?![0-9A-Za-z:])")
#: Rule 2: the value of a ``MACDST=`` field.
_MACDST = re.compile(rf"(?<![\w-])MACDST=((?:{_OCTET}:){{5}}{_OCTET})(?![0-9A-Za-z:])")
#: Rule 4: a MAC without leading zeros (one group of one digit at least; possessive groups).
_SHORT_MAC = re.compile(
    r"(?<![\w:.-])(?=(?:[0-9A-Fa-f]{2}:)*+[0-9A-Fa-f](?![0-9A-Fa-f]))"
    r"([0-9A-Fa-f]{1,2}+(?::[0-9A-Fa-f]{1,2}+){5})(?![\w:.-])"
)
#: Rule 3: an IPv4 address range written with a hyphen.
_V4 = r"(?:\d{1,3}\.){3}\d{1,3}"
_RANGE = re.compile(rf"(?<![\w.-])({_V4})-({_V4})(?![\w-]|\.\d)")


def _valid_v4(text: str) -> bool:
    parts = text.split(".")
    return all(int(p) <= 255 and not (len(p) > 1 and p[0] == "0") for p in parts)


def _label57(text: str, system: str) -> _logset.Labels:
    """``_label56``, then the netfilter and firewall rules (module docstring)."""
    gold, ignored = _label56(text, system)

    def overlaps(span: dict[str, object], start: int, end: int) -> bool:
        return int(span["start"]) < end and start < int(span["end"])  # type: ignore[call-overload]

    def clear(start: int, end: int) -> None:
        nonlocal gold, ignored
        gold = [g for g in gold if not overlaps(g, start, end)]
        ignored = [i for i in ignored if not overlaps(i, start, end)]

    def put(start: int, end: int, *, destination: bool) -> None:
        clear(start, end)
        digits = re.sub(r"[^0-9A-Fa-f]", "", text[start:end]).lower()
        if not (digits.strip("0") and digits.strip("f")):
            return  # all-zero or broadcast: no device (the earlier rules' verdict)
        if destination and int(digits[:2], 16) & 1:
            ignored.append({"start": start, "end": end, "label": "MAC_GROUP"})
            return
        gold.append({"start": start, "end": end, "entity": "MAC_ADDRESS"})

    for m in _MAC_FIELD.finditer(text):
        start, end = m.span(1)
        octets = (end - start + 1) // 3
        if octets == 14:
            clear(start, end)
            put(start, start + 17, destination=True)
            put(start + 18, start + 35, destination=False)
        elif octets == 6:
            put(start, end, destination=True)
        else:
            clear(start, end)
            ignored.append({"start": start, "end": end, "label": "MAC_RUN"})
    for m in _MACDST.finditer(text):
        put(*m.span(1), destination=True)
    for m in _SHORT_MAC.finditer(text):
        if not any(overlaps(i, *m.span(1)) for i in ignored):
            put(*m.span(1), destination=False)
    for m in _RANGE.finditer(text):
        for group in (1, 2):
            if _valid_v4(m.group(group)):
                start, end = m.span(group)
                if not any(overlaps(i, start, end) for i in ignored):
                    clear(start, end)
                    gold.append({"start": start, "end": end, "entity": "IP_ADDRESS"})
    gold.sort(key=lambda g: (int(g["start"]), int(g["end"])))  # type: ignore[call-overload]
    ignored.sort(key=lambda i: (int(i["start"]), int(i["end"])))  # type: ignore[call-overload]
    return gold, ignored


#: The held-out systems: 43 of the 130 files (8 of psad's 25, 35 of Shorewall's 105), a third of each
#: project's files, those whose names have the smallest
#: SHA-256 (:func:`split`), fixed 2026-12-08 01:23 UTC before any record was read.
HOLDOUT = frozenset({
    "psad/test/scans/iptables/fin_scan_1000_1150",
    "psad/test/scans/iptables/fwknop_spa_pkt",
    "psad/test/scans/iptables/ipv6_tcp_connect_nmap_default_scan",
    "psad/test/scans/iptables/ms_sql_server_sig_match",
    "psad/test/scans/iptables/null_scan_1000_1150",
    "psad/test/scans/iptables/reputation_scan",
    "psad/test/scans/iptables/topera_ipv6_syn_scan_with_ip_opts",
    "psad/test/scans/iptables/udp_scan_1000_1150",
    "shorewall/docs/Anti-Spoofing.xml",
    "shorewall/docs/Audit.xml",
    "shorewall/docs/Build.xml",
    "shorewall/docs/CompiledPrograms.xml",
    "shorewall/docs/ConnectionRate.xml",
    "shorewall/docs/Docker.xml",
    "shorewall/docs/Dynamic.xml",
    "shorewall/docs/Events.xml",
    "shorewall/docs/GnuCopyright.xml",
    "shorewall/docs/IPSEC-2.6.xml",
    "shorewall/docs/IPv6Support.xml",
    "shorewall/docs/Install.xml",
    "shorewall/docs/Internals.xml",
    "shorewall/docs/KVM.xml",
    "shorewall/docs/Laptop.xml",
    "shorewall/docs/Manpages.xml",
    "shorewall/docs/Manpages6.xml",
    "shorewall/docs/MyNetwork.xml",
    "shorewall/docs/OpenVZ.xml",
    "shorewall/docs/PPTP.xml",
    "shorewall/docs/PacketMarking.xml",
    "shorewall/docs/PortKnocking.xml",
    "shorewall/docs/ProxyARP.xml",
    "shorewall/docs/QOSExample.xml",
    "shorewall/docs/Shorewall-init.xml",
    "shorewall/docs/Shorewall_Doesnt.xml",
    "shorewall/docs/Shorewall_Squid_Usage.xml",
    "shorewall/docs/Shorewall_and_Routing.xml",
    "shorewall/docs/VPNBasics.xml",
    "shorewall/docs/blacklisting_support.xml",
    "shorewall/docs/bridge-Shorewall-perl.xml",
    "shorewall/docs/quotes.xml",
    "shorewall/docs/samba.xml",
    "shorewall/docs/shorewall_extension_scripts.xml",
    "shorewall/docs/whitelisting_under_shorewall.xml",
})  # fmt: skip

#: The set as the shared builder reads it.
SET = _logset.LogSet(
    number=57,
    repositories=tuple(SOURCES),
    systems=systems,
    holdout=HOLDOUT,
    texts=system_records,
    label=_label57,
    most=MOST,
    earlier=57,
    split=split,
    holdout_unique=True,
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])

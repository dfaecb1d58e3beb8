"""Build the fifty-ninth real-text log set: routing daemons' documentation and samples.

Two routing projects whose documentation is made of the text their programs print and read,
each read at a pinned commit:

* FRRouting (``FRRouting/frr``, the BGP/OSPF/IS-IS/PIM/VRRP routing suite): the
  reStructuredText documentation (``doc/**/*.rst``: the user guide, the developer guide and the
  manual pages), read as its literal blocks: ``vtysh`` sessions and ``show`` output (``show ip
  bgp``, ``show ip route``, ``show ip ospf neighbor``, EVPN tables with router MACs), routers'
  configuration (``router bgp``, ``neighbor 192.0.2.1 remote-as``), debug log lines, topotest
  and build sessions. Licence: the manual's permission notice (``doc/user/index.rst``: verbatim
  and modified copies allowed, the GNU Zebra manual's terms ``COPYING`` names for the
  documentation); a few pages carry an SPDX header (GPL-2.0-only, GPL-2.0-or-later).
* keepalived (``acassen/keepalived``, the VRRP and LVS health-checking daemon; GPL-2.0-or-later,
  ``COPYING``): the sample configurations and notes (``doc/samples/*``, ``doc/NOTE*``), read as
  paragraphs (runs of non-blank lines): ``virtual_server`` and ``vrrp_instance`` blocks with real
  and virtual addresses, ``notification_email`` lists, notify scripts.

No earlier set read either repository (earlier sets read other routing and VRRP text only as
generated lines or other projects' pages, never these).

Selection and split (fixed 2026-12-08 04:20 UTC from the file names alone, before any block
was read; while choosing the sources, FRR's ``COPYING``, the permission notice of
``doc/user/index.rst``, the SPDX header lines of FRR's pages and the head of keepalived's
``doc/samples/keepalived.conf.sample`` were seen): a system is a file, named ``frr/<path>`` or
``keepalived/<path>``. The split is by system, a third of each project's files held out
(:func:`split`: ``_logset.holdout_systems`` of each project's files, the names with the
smallest SHA-256). A record is, of an FRR page, one literal block (``_logs48.literal_blocks``:
the indented block after ``::``, or a ``code-block``'s body; dedented, blank ends and trailing
blanks gone); of a keepalived file, one paragraph (``_logs54.paragraphs``); a block longer than
``MAX_LINES`` lines cut into pieces (``_logs56.pieces``); at least 20 characters, distinct per
file, in file order. Dropped: a record with a control character other than a tab or a new
line; one carrying the tag of a program fail2ban has filters for (``_logs48.keep``); one equal to
a development record of an earlier real log set (held-out records compared by SHA-256 only,
never read); one already taken by a system earlier in this set. Per system at most ``MOST``
evenly spaced records.

Labels: the fifty-eighth set's rules (``_logs58._label58``: the first to fifty-seventh sets'
rules, IP, MAC and e-mail addresses gold, everything else non-personal, an address of
``0.0.0.0`` ignored, an all-zero or broadcast MAC no device, a MAC mask ignored, a group MAC as
a flow's destination match ignored; an IPv4 range's two ends; a MAC without leading zeros),
applied to both parts before any detector ran. Rules written for this set (``_label59``) at the
label review of the development part (the labeller's spans and the address-shaped strings it
left unlabelled, read before any detector ran), applied to both parts:

1. A dotted quad in 0.0.0.0/8 other than ``0.0.0.0`` names no host (RFC 1122): an OSPF area id
   (``area 0.0.0.10``, ``msr2 ... 0.0.0.0 0.0.0.1``), an access list's wildcard mask
   (``10.0.20.0 0.0.0.255``) is non-personal, an earlier gold span there dropped (the
   thirty-first set's rule for every system of this set; an earlier ignored span kept).
2. An e-mail-shaped ``name@YYYY-MM-DD`` (a YANG module's revision, ``ietf-rip@2018-02-03.yang``)
   is a module name and revision, non-personal, an earlier gold span there dropped.
3. reStructuredText's literal-block marker ``::`` ending a line of prose (``could be::``,
   ``Example output:::``) is no IPv6 address: a gold ``::`` or ``<1-4 hex letters>::`` that ends
   its line, on a line with no digit, is dropped.
4. The CLI grammar's IPv6 placeholder, every group one capital letter (``neighbor <A:B::C:D>``,
   the IPv6 counterpart of ``A.B.C.D``), names no address but has an address's shape: ignored
   (``PLACEHOLDER``), an earlier gold span there dropped.

Run once, with local git directories of the two repositories:

    python -m benchmarks.corpus._logs59 --git FRRouting/frr=DIR --git acassen/keepalived=DIR
"""

from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING

from benchmarks.corpus import _logset
from benchmarks.corpus._git import git_show
from benchmarks.corpus._logs48 import keep, literal_blocks
from benchmarks.corpus._logs54 import paragraphs
from benchmarks.corpus._logs56 import pieces
from benchmarks.corpus._logs58 import _label58

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

#: The repositories and commits read (the default branches' newest stored snapshots).
FRR = "FRRouting/frr"
KEEPALIVED = "acassen/keepalived"
SOURCES: dict[str, tuple[str, str]] = {
    FRR: (
        "fbfc8222da75dff28696b0d17f257cdf0808ba21",
        "the manual's permission notice (doc/user/index.rst); two pages GPL-2.0 (SPDX)",
    ),
    KEEPALIVED: ("9cbce3e2117fd7dfbddf3cd4c45dad6283189176", "GPL-2.0-or-later (COPYING)"),
}
#: The systems' prefixes by repository.
PREFIX = {FRR: "frr", KEEPALIVED: "keepalived"}
#: The most records a system gives (evenly spaced, ``_logs4._select``).
MOST = 15


def _wanted(repo: str, path: str) -> bool:
    """Whether a file is read: an FRR documentation page, a keepalived sample or note."""
    if repo == FRR:
        return path.startswith("doc/") and path.endswith(".rst")
    return path.startswith(("doc/samples/", "doc/NOTE"))


def _where(system: str) -> tuple[str, str]:
    """The repository and path of a system's file."""
    return _logset.prefixed_where(PREFIX, system)


def systems(gits: dict[str, Path]) -> list[str]:
    """The files read, named ``<prefix>/<path>``, sorted."""
    return _logset.prefixed_systems(gits, SOURCES, PREFIX, _wanted)


def split(names: Sequence[str]) -> frozenset[str]:
    """A third of each project's files: ``_logset.holdout_systems`` per prefix."""
    return _logset.prefixed_holdout(PREFIX, names)


def file_blocks(repo: str, text: str) -> list[str]:
    """A file's blocks by its project (the module docstring's reading), cut into pieces."""
    blocks = literal_blocks(text) if repo == FRR else paragraphs(text)
    return [p for b in blocks for p in pieces(b)]


def system_records(gits: dict[str, Path], system: str) -> list[str]:
    """A file's kept records, distinct, in file order."""
    repo, path = _where(system)
    text = git_show(gits[repo], SOURCES[repo][0], path)
    return list(dict.fromkeys(p for p in file_blocks(repo, text) if keep(p)))


#: Rule 1: a dotted quad whose first octet is 0.
_ZERO_NET = re.compile(r"0\.\d{1,3}\.\d{1,3}\.\d{1,3}")
#: Rule 2: a local part, ``@`` and an ISO date (a YANG module's revision), a file suffix after.
_REVISION = re.compile(r"[^@\s]+@\d{4}-\d{2}-\d{2}(?:\.[A-Za-z]+)?")
#: Rule 3: the rST marker: ``::`` or a hex-letter word and ``::``.
_MARKER = re.compile(r"[A-Fa-f]{0,4}::")
#: Rule 4: the CLI's IPv6 placeholder, every group one capital letter.
_PLACEHOLDER = re.compile(r"[A-Z]?(?::[A-Z]?){2,7}")


def _label59(text: str, system: str) -> _logset.Labels:
    """``_label58``, then this set's rules (module docstring)."""
    gold, ignored = _label58(text, system)
    kept: list[dict[str, object]] = []
    for g in gold:
        start, end = int(g["start"]), int(g["end"])  # type: ignore[call-overload]
        value = text[start:end]
        if g["entity"] == "IP_ADDRESS" and value != "0.0.0.0" and _ZERO_NET.fullmatch(value):  # noqa: S104
            continue
        if g["entity"] == "EMAIL_ADDRESS" and _REVISION.fullmatch(value):
            continue
        if g["entity"] == "IP_ADDRESS" and _MARKER.fullmatch(value):
            line_start = text.rfind("\n", max(0, start - 300), start) + 1
            line_end = text.find("\n", end, end + 1)
            if (line_end == end or end == len(text)) and not any(
                c.isdigit() for c in text[line_start:start]
            ):
                continue
        if g["entity"] == "IP_ADDRESS" and "::" in value and _PLACEHOLDER.fullmatch(value):
            ignored.append({"start": start, "end": end, "label": "PLACEHOLDER"})
            continue
        kept.append(g)
    ignored.sort(key=lambda i: (int(i["start"]), int(i["end"])))  # type: ignore[call-overload]
    return kept, ignored


#: The held-out systems: 72 of the 217 files (62 of FRR's 187 pages, 10 of keepalived's 30
#: files), a third of each project's files, those whose names have the smallest SHA-256
#: (:func:`split`), fixed 2026-12-08 04:20 UTC before any block was read.
HOLDOUT = frozenset({
    "frr/doc/developer/bgp-typecodes.rst",
    "frr/doc/developer/building-frr-for-centos7.rst",
    "frr/doc/developer/building-frr-for-debian8.rst",
    "frr/doc/developer/building-frr-for-fedora.rst",
    "frr/doc/developer/building-frr-for-freebsd10.rst",
    "frr/doc/developer/building-frr-for-freebsd14.rst",
    "frr/doc/developer/building-frr-for-openbsd6.rst",
    "frr/doc/developer/building-frr-for-opensuse.rst",
    "frr/doc/developer/building-frr-for-ubuntu1404.rst",
    "frr/doc/developer/building-frr-for-ubuntu1604.rst",
    "frr/doc/developer/building-frr-for-ubuntu1804.rst",
    "frr/doc/developer/building-libunwind-note.rst",
    "frr/doc/developer/cli.rst",
    "frr/doc/developer/cross-compiling.rst",
    "frr/doc/developer/hooks.rst",
    "frr/doc/developer/index.rst",
    "frr/doc/developer/library.rst",
    "frr/doc/developer/modules.rst",
    "frr/doc/developer/northbound/demos.rst",
    "frr/doc/developer/northbound/northbound.rst",
    "frr/doc/developer/northbound/ppr-basic-test-topology.rst",
    "frr/doc/developer/northbound/ppr-mpls-basic-test-topology.rst",
    "frr/doc/developer/northbound/retrofitting-configuration-commands.rst",
    "frr/doc/developer/ospf-adj-pacing.rst",
    "frr/doc/developer/ospf-dead-timer-reset.rst",
    "frr/doc/developer/ospf-lsa-pacing.rst",
    "frr/doc/developer/packaging-debian.rst",
    "frr/doc/developer/path-internals-daemon.rst",
    "frr/doc/developer/testing.rst",
    "frr/doc/developer/topotest-multicast.rst",
    "frr/doc/developer/topotests.rst",
    "frr/doc/developer/zebra.rst",
    "frr/doc/manpages/frr-bfdd.rst",
    "frr/doc/manpages/frr-eigrpd.rst",
    "frr/doc/manpages/frr-ospf6d.rst",
    "frr/doc/manpages/frr-pbrd.rst",
    "frr/doc/manpages/frr-sharpd.rst",
    "frr/doc/manpages/frr.rst",
    "frr/doc/manpages/index.rst",
    "frr/doc/user/basic.rst",
    "frr/doc/user/basics.rst",
    "frr/doc/user/bmp.rst",
    "frr/doc/user/config-include.rst",
    "frr/doc/user/eigrpd.rst",
    "frr/doc/user/fabricd.rst",
    "frr/doc/user/frr-reload.rst",
    "frr/doc/user/glossary.rst",
    "frr/doc/user/installation.rst",
    "frr/doc/user/isisd.rst",
    "frr/doc/user/mgmtd.rst",
    "frr/doc/user/nexthop_groups.rst",
    "frr/doc/user/nhrpd.rst",
    "frr/doc/user/ospf_fundamentals.rst",
    "frr/doc/user/prior-config-files.rst",
    "frr/doc/user/sbfd.rst",
    "frr/doc/user/scripting.rst",
    "frr/doc/user/setup.rst",
    "frr/doc/user/sharp.rst",
    "frr/doc/user/snmp.rst",
    "frr/doc/user/unreachability.rst",
    "frr/doc/user/vnc.rst",
    "frr/doc/user/vrrp.rst",
    "keepalived/doc/NOTES",
    "keepalived/doc/samples/keepalived.conf.SSL_GET",
    "keepalived/doc/samples/keepalived.conf.UDP_CHECK",
    "keepalived/doc/samples/keepalived.conf.inhibit",
    "keepalived/doc/samples/keepalived.conf.misc_check",
    "keepalived/doc/samples/keepalived.conf.quorum",
    "keepalived/doc/samples/keepalived.conf.track_interface",
    "keepalived/doc/samples/keepalived.conf.virtual_server_group",
    "keepalived/doc/samples/keepalived.conf.vrrp.routes",
    "keepalived/doc/samples/keepalived.conf.vrrp.rules",
})  # fmt: skip

#: The set as the shared builder reads it.
SET = _logset.LogSet(
    number=59,
    repositories=tuple(SOURCES),
    systems=systems,
    holdout=HOLDOUT,
    texts=system_records,
    label=_label59,
    most=MOST,
    earlier=59,
    split=split,
    holdout_unique=True,
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])

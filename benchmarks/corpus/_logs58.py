"""Build the fifty-eighth real-text log set: a virtual switch's and a virtual network's documentation.

Two software-defined-networking projects whose documentation is made of the text their
programs print and read, each read at a pinned commit:

* Open vSwitch (``openvswitch/ovs``; Apache-2.0, ``LICENSE``, whose header 109 of the 116
  pages carry): the reStructuredText documentation (``Documentation/**/*.rst``): OpenFlow
  flow tables as ``ovs-ofctl dump-flows`` prints them (``dl_src=``, ``nw_dst=``,
  ``set_field:...->eth_dst``), datapath flows (``eth(src=...,dst=...)``, ``ipv4(src=...)``),
  ``ofproto/trace`` output, the MAC learning table (``fdb/show``), ``ovs-vsctl`` sessions, the
  Faucet tutorial's controller logs and configuration, conntrack sessions, installation shell
  sessions.
* OVN (``ovn-org/ovn``, Open Virtual Network; Apache-2.0, ``LICENSE``, whose header 59 of the
  62 pages carry): the same folder (``Documentation/**/*.rst``): ``ovn-nbctl show`` and
  ``ovn-sbctl show`` output with logical ports' MAC and IP addresses, ``ovn-trace`` output,
  the OpenStack tutorial's ``openstack`` command sessions and tables, sandbox sessions.

No earlier set read either repository (earlier sets read other virtual-switch and SDN text
only as generated lines, never these projects' pages).

Selection and split (fixed 2026-12-08 03:46 UTC from the file names alone, before any block
was read; while choosing the sources, a count of address-shaped strings per page of both
folders, the licence header of ``Documentation/tutorials/faucet.rst`` and the copyright line of
``Documentation/faq/index.rst`` were seen): a system is a page, named ``ovs/<path>`` or
``ovn/<path>``. The split is by system, a third of each project's pages held out
(:func:`split`: ``_logset.holdout_systems`` of each project's pages, the names with the
smallest SHA-256). A record is one literal block of a page (``_logs48.literal_blocks``: the
indented block after ``::``, or a ``code-block``'s body; dedented, blank ends and trailing
blanks gone), a block longer than ``MAX_LINES`` lines cut into pieces (``_logs56.pieces``); at
least 20 characters, distinct per page, in file order. Dropped: a record with a control
character other than a tab or a new line; one carrying the tag of a program fail2ban has
filters for (``_logs48.keep``); one equal to a development record of an earlier real log set
(held-out records compared by SHA-256 only, never read); one already taken by a system earlier
in this set. Per system at most ``MOST`` evenly spaced records.

Labels: the fifty-seventh set's rules (``_logs57._label57``: the first to fifty-sixth sets'
rules, IP, MAC and e-mail addresses gold, everything else non-personal, an address of
``0.0.0.0`` ignored, an all-zero or broadcast MAC no device, a MAC mask after a slash or a
``mask`` key ignored; a netfilter ``MAC=`` run's first two groups of six octets the
destination and source MACs, a group destination ignored; an IPv4 range's two ends; a MAC
without leading zeros), applied to both parts before any detector ran. Rules written for this
set (``_label58``), applied to both parts before any detector ran (see the README section for
when each was written):

1. An address written as a hexadecimal number (``load:0xc0a80001->NXM_OF_IP_SRC[]``,
   ``reg0=0xa000001``) or inside a hexadecimal field's value (``cookie=0x...``,
   ``metadata=0x...``, ``tun_id=0x...``) is a number, non-personal (no rule needed: nothing
   earlier labels it).
2. OpenFlow and datapath field names, port numbers, bridge, port and logical switch names,
   UUIDs, VLAN ids, conntrack zones, marks and labels are non-personal.
3. A group (multicast) MAC address (its first octet's lowest bit set: ``01:80:c2:00:00:00``,
   ``01:00:5e:...``, ``33:33:...``) names a set of receivers, not a device, where a flow
   matches on it: as the value of a destination match field (``dl_dst=``, ``eth_dst=``,
   ``eth.dst ==`` or ``=``, ``dst=`` inside a datapath ``eth(...)``), or followed by a slash and
   a mask (a match pattern, in any field): ignored (``MAC_GROUP``, an earlier gold span there
   dropped), as the fifty-seventh set's rule 2 ignores a netfilter destination's. A unicast
   MAC there, and a group MAC elsewhere, keep the earlier rules' label. This rule was written
   at the label review of the development part, before any detector ran.

Run once, with local git directories of the two repositories:

    python -m benchmarks.corpus._logs58 --git openvswitch/ovs=DIR --git ovn-org/ovn=DIR
"""

from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING

from benchmarks.corpus import _logset
from benchmarks.corpus._git import git_show
from benchmarks.corpus._logs48 import keep, literal_blocks
from benchmarks.corpus._logs56 import pieces
from benchmarks.corpus._logs57 import _label57

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

#: The repositories and commits read (the default branches' newest stored snapshots).
OVS = "openvswitch/ovs"
OVN = "ovn-org/ovn"
SOURCES: dict[str, tuple[str, str]] = {
    OVS: (
        "d6a632a9b16e5dca2e51eefded3a545e68ea6ba3",
        "Apache-2.0 (LICENSE; the header of most pages)",
    ),
    OVN: (
        "2411e964d3e21ea3d1bb2be6f42d86ff88cc57d6",
        "Apache-2.0 (LICENSE; the header of most pages)",
    ),
}
#: The systems' prefixes by repository.
PREFIX = {OVS: "ovs", OVN: "ovn"}
#: The most records a system gives (evenly spaced, ``_logs4._select``).
MOST = 15
#: The folder read in each repository.
FOLDER = "Documentation/"


def _wanted(_repo: str, path: str) -> bool:
    """Whether a file is read: a reStructuredText page of the documentation folder."""
    return path.startswith(FOLDER) and path.endswith(".rst")


def _where(system: str) -> tuple[str, str]:
    """The repository and path of a system's page."""
    return _logset.prefixed_where(PREFIX, system)


def systems(gits: dict[str, Path]) -> list[str]:
    """The pages read, named ``<prefix>/<path>``, sorted."""
    return _logset.prefixed_systems(gits, SOURCES, PREFIX, _wanted)


def split(names: Sequence[str]) -> frozenset[str]:
    """A third of each project's pages: ``_logset.holdout_systems`` per prefix."""
    return _logset.prefixed_holdout(PREFIX, names)


def system_records(gits: dict[str, Path], system: str) -> list[str]:
    """A page's kept records, distinct, in file order."""
    repo, path = _where(system)
    page = git_show(gits[repo], SOURCES[repo][0], path)
    return list(dict.fromkeys(p for b in literal_blocks(page) for p in pieces(b) if keep(p)))


_OCTET = r"[0-9A-Fa-f]{2}"
_MAC = rf"(?:{_OCTET}:){{5}}{_OCTET}"
#: Rule 3: a MAC as a destination match field's value (group 1), or before a slash and a mask
#: (group 2); the look back inside ``eth(`` is bounded.
_MATCHED_MAC = re.compile(
    rf"(?<![\w.])(?:(?:dl_dst|eth_dst)=|eth\.dst\s*==?\s*\{{?|eth\([^()\n]{{0,40}}?\bdst=)"
    rf"({_MAC})(?![0-9A-Za-z:])|(?<![0-9A-Za-z:])({_MAC})/{_MAC}(?![0-9A-Za-z:])"
)


def _label58(text: str, system: str) -> _logset.Labels:
    """``_label57``, then this set's rules (module docstring)."""
    gold, ignored = _label57(text, system)
    changed = False
    for m in _MATCHED_MAC.finditer(text):
        group = 1 if m.group(1) is not None else 2
        start, end = m.span(group)
        if not int(text[start : start + 2], 16) & 1 or not text[start:end].lower().strip("f:"):
            continue  # a unicast or the broadcast MAC: the earlier rules' label
        gold = [g for g in gold if not (int(g["start"]) < end and start < int(g["end"]))]  # type: ignore[call-overload]
        ignored.append({"start": start, "end": end, "label": "MAC_GROUP"})
        changed = True
    if changed:
        ignored.sort(key=lambda i: (int(i["start"]), int(i["end"])))  # type: ignore[call-overload]
    return gold, ignored


#: The held-out systems: 58 of the 178 pages (38 of Open vSwitch's 116, 20 of OVN's 62), a third
#: of each project's pages, those whose names have the smallest SHA-256 (:func:`split`), fixed
#: 2026-12-08 03:46 UTC before any block was read.
HOLDOUT = frozenset({
    "ovn/Documentation/faq/general.rst",
    "ovn/Documentation/howto/docker.rst",
    "ovn/Documentation/howto/index.rst",
    "ovn/Documentation/internals/bugs.rst",
    "ovn/Documentation/internals/charter.rst",
    "ovn/Documentation/internals/committer-emeritus-status.rst",
    "ovn/Documentation/internals/contributing/backporting-patches.rst",
    "ovn/Documentation/internals/contributing/coding-style.rst",
    "ovn/Documentation/internals/contributing/inclusive-language.rst",
    "ovn/Documentation/internals/contributing/submitting-patches.rst",
    "ovn/Documentation/internals/documentation.rst",
    "ovn/Documentation/internals/index.rst",
    "ovn/Documentation/internals/release-process.rst",
    "ovn/Documentation/ref/ovn-sim.1.rst",
    "ovn/Documentation/topics/index.rst",
    "ovn/Documentation/topics/test-development.rst",
    "ovn/Documentation/topics/vif-plug-providers/vif-plug-providers.rst",
    "ovn/Documentation/tutorials/index.rst",
    "ovn/Documentation/tutorials/ovn-rbac.rst",
    "ovn/Documentation/tutorials/ovn-sandbox.rst",
    "ovs/Documentation/faq/general.rst",
    "ovs/Documentation/faq/releases.rst",
    "ovs/Documentation/faq/terminology.rst",
    "ovs/Documentation/faq/vxlan.rst",
    "ovs/Documentation/howto/dpdk.rst",
    "ovs/Documentation/howto/ipsec.rst",
    "ovs/Documentation/howto/libvirt.rst",
    "ovs/Documentation/howto/qos.rst",
    "ovs/Documentation/howto/ssl.rst",
    "ovs/Documentation/internals/charter.rst",
    "ovs/Documentation/internals/committer-grant-revocation.rst",
    "ovs/Documentation/internals/contributing/coding-style.rst",
    "ovs/Documentation/internals/contributing/documentation-style.rst",
    "ovs/Documentation/internals/contributing/submitting-patches.rst",
    "ovs/Documentation/internals/mailing-lists.rst",
    "ovs/Documentation/internals/maintainers.rst",
    "ovs/Documentation/internals/release-process.rst",
    "ovs/Documentation/intro/install/afxdp.rst",
    "ovs/Documentation/intro/install/bash-completion.rst",
    "ovs/Documentation/intro/install/debian.rst",
    "ovs/Documentation/intro/install/distributions.rst",
    "ovs/Documentation/intro/install/dpdk.rst",
    "ovs/Documentation/intro/install/netbsd.rst",
    "ovs/Documentation/intro/install/rhel.rst",
    "ovs/Documentation/intro/why-ovs.rst",
    "ovs/Documentation/ref/ovs-actions.7.rst",
    "ovs/Documentation/ref/ovs-ctl.8.rst",
    "ovs/Documentation/ref/ovs-pki.8.rst",
    "ovs/Documentation/topics/bonding.rst",
    "ovs/Documentation/topics/dpdk/phy.rst",
    "ovs/Documentation/topics/dpdk/qos.rst",
    "ovs/Documentation/topics/dpdk/vdev.rst",
    "ovs/Documentation/topics/fuzzing/ovs-fuzzing-infrastructure.rst",
    "ovs/Documentation/topics/language-bindings.rst",
    "ovs/Documentation/topics/networking-namespaces.rst",
    "ovs/Documentation/topics/ovs-extensions.rst",
    "ovs/Documentation/topics/ovsdb-replication.rst",
    "ovs/Documentation/topics/tracing.rst",
})  # fmt: skip

#: The set as the shared builder reads it.
SET = _logset.LogSet(
    number=58,
    repositories=tuple(SOURCES),
    systems=systems,
    holdout=HOLDOUT,
    texts=system_records,
    label=_label58,
    most=MOST,
    earlier=58,
    split=split,
    holdout_unique=True,
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])

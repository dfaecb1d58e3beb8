"""Build the thirtieth real-text log set: network appliances' CLI output in Ansible's tests.

The text is the command output and configuration text that the Ansible collection
``ansible-collections/community.network`` (GPL-3.0) feeds its network modules' unit tests
(``tests/unit/plugins/modules/<platform>_fixtures/*`` and ``tests/unit/plugins/cliconf/fixtures/
<platform>/*``): what switches, routers, wireless controllers and SD-WAN gear print for
versions, system information, interfaces, LLDP neighbours, VLANs, memory and running
configurations (Cisco AireOS, Apcon, Aruba, Lenovo CNOS and ENOS, Ericsson ECCLI, Ubiquiti
EdgeOS and EdgeSwitch, Extreme EXOS, SLX-OS and VOSS, Ruckus ICX, Brocade IronWare and NOS,
Westermo WeOS 4). Most are real outputs pasted into a test, some with addresses and names
replaced.

Selection and split (fixed 2026-12-06 11:28 UTC from the fixture folders' names alone, before
any file was read; ``benchmarks/corpus/README.md``): a system is a platform whose fixtures are
command-line text (``SYSTEMS``); folders of JSON API payloads (``avi``, ``ingate``, ``opx``) and
of NETCONF XML replies (``ce``) were not taken, nor the cliconf folder of Cisco IOS, a platform
many earlier sets hold. The split is by system, a third held out (``_logset.holdout_systems``:
the names with the smallest SHA-256). A record is one line of a fixture file of the platform
(every file, in path order), trailing blanks removed. Dropped: a line with no letter or digit
(table rules), a line with a control character other than a tab, one of a program fail2ban has
filters for (``_logs10._FAIL2BAN_PROGRAM``), one equal to a development record of an earlier real
log set (held-out records compared by SHA-256 only, never read), and one already taken by a
system earlier in this set. Per system, of its distinct lines, ``MOST_NET`` evenly spaced ones of
those that hold an address shape (``_logs29._NET_SHAPE``) and ``MOST_OTHER`` evenly spaced ones of
the rest, in file order (``_logs25._stratified``). Records are cut at 4,000 characters.

Labels: the rules of the twenty-ninth set (``_logs29._label29``, which applies the
twenty-eighth to first sets' rules), then any written in ``benchmarks/corpus/README.md`` in the
label review of the development part before any detector ran. Both parts were committed,
labelled, before privkit or Presidio ran on either.

Run once, with a local git directory of the repository:

    python -m benchmarks.corpus._logs30 --git ansible-collections/community.network=DIR
"""

from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING

from benchmarks.corpus import _logset
from benchmarks.corpus._git import git_files
from benchmarks.corpus._logs10 import _overlap
from benchmarks.corpus._logs25 import _stratified
from benchmarks.corpus._logs29 import _NET_SHAPE, _label29, _line

if TYPE_CHECKING:
    from pathlib import Path

ANSIBLE = "ansible-collections/community.network"
SOURCES: dict[str, tuple[str, str]] = {
    ANSIBLE: ("e68d1cfb39b6247eb867a0e05ab3300a62bd1a04", "GPL-3.0-or-later"),
}
#: The platforms whose fixtures are command-line text, fixed from the folders' names before any
#: file was read.
SYSTEMS = (
    "aireos", "apconos", "aruba", "cnos", "eccli", "edgeos", "edgeswitch", "enos", "exos",
    "icx", "ironware", "nos", "slxos", "voss", "weos4",
)  # fmt: skip
#: The held-out systems: the 5 (a third) of the 15 whose names have the smallest SHA-256
#: (``_logset.holdout_systems``), fixed 2026-12-06 11:28 UTC before any file was read.
HOLDOUT = frozenset({"apconos", "aruba", "exos", "nos", "slxos"})
#: Per system, the address-shaped lines and the other lines kept (``_stratified``).
MOST_NET = 20
MOST_OTHER = 10
#: What ``select_parts`` keeps of a system's (already thinned) lines: all of them.
MOST = MOST_NET + MOST_OTHER


def _folders(system: str) -> tuple[str, ...]:
    """A platform's fixture folders: its modules' fixtures, then its cliconf fixtures."""
    return (
        f"tests/unit/plugins/modules/{system}_fixtures/",
        f"tests/unit/plugins/cliconf/fixtures/{system}/",
    )


# --------------------------------------------------------------------------- labelling


# Written in the label review of the development part, before any detector ran (README,
# "Thirtieth real-text log set"); applied to both parts.
#: A dotted quad that is the value of a label ending in "Version" written with a leader of dots
#: (Cisco AireOS' ``Product Version.......... 8.2.110.0``, ``Bootloader Version....``): a
#: release; clean.
_LEADER_VERSION = re.compile(
    r"\bVersion\.{2,}[ \t]*((?:\d{1,3}\.){3}\d{1,3})(?![\w.])", re.IGNORECASE
)


def _label30(text: str, system: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    gold, ignored = _label29(text, system)
    for m in _LEADER_VERSION.finditer(text):
        gold = [g for g in gold if not _overlap([g], *m.span(1))]
    return gold, ignored


# --------------------------------------------------------------------------- reading


def system_lines(gits: dict[str, Path], system: str) -> list[str]:
    """A system's kept lines in file order (``_stratified``); residue left out."""
    commit = SOURCES[ANSIBLE][0]
    paths = [p for folder in _folders(system) for p in git_files(gits[ANSIBLE], commit, folder)]
    lines = _logset.file_lines(gits[ANSIBLE], ((commit, p) for p in paths), _line)
    return _stratified(lines, most_net=MOST_NET, most_other=MOST_OTHER, shape=_NET_SHAPE)


#: The set as the shared builder reads it (a line of an earlier set's development part is
#: dropped; its held-out parts are compared by SHA-256 only, no record read).
SET = _logset.LogSet(
    number=30,
    repositories=tuple(SOURCES),
    systems=SYSTEMS,
    holdout=HOLDOUT,
    texts=system_lines,
    label=_label30,
    most=MOST,
    earlier=30,
    holdout_unique=True,
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])

"""Build the thirty-first real-text log set: network OSes' output in Ansible's platform collections.

The text is the command output and configuration text that seven of Ansible's network platform
collections feed their modules' unit tests (``tests/unit/modules/network/<platform>/fixtures/``,
GPL-3.0): what a Cisco ASA firewall, Cisco IOS, IOS XR and NX-OS routers and switches, Arista
EOS switches, Juniper Junos devices and VyOS routers print for ``show running-config``, access
lists, object groups, routing, interfaces, neighbours, logging and versions (the Junos ones
mostly as NETCONF XML replies, the NX-OS ones partly as NX-API JSON). Most are real outputs
pasted into a test, some with addresses and names replaced.

Selection and split (fixed 2026-12-06 16:46 UTC from the repositories' fixture folder names
alone, before any file was read; ``benchmarks/corpus/README.md``): a system is one collection,
named by its platform (``SYSTEMS``); its records come from its modules' fixture folder only
(``tests/unit/modules/network/<platform>/fixtures/``, every file below it, in path order); the
cliconf fixtures of ``cisco.ios`` are not taken (two of its folders, ``nos`` and ``slxos``, are
platforms of the thirtieth set's held-out part). The split is by system, a third held out
(``_logset.holdout_systems``: the names with the smallest SHA-256): ``eos`` and ``ios``. A record
is one line of a fixture file, trailing blanks removed. Dropped: a line with no letter or digit,
a line with a control character other than a tab, one of a program fail2ban has filters for
(``_logs10._FAIL2BAN_PROGRAM``), one equal to a development record of an earlier real log set
(held-out records compared by SHA-256 only, never read), and one already taken by a system
earlier in this set. Per system, of its distinct lines, ``MOST_NET`` evenly spaced ones of those
that hold an address shape (``_logs29._NET_SHAPE``) and ``MOST_OTHER`` evenly spaced ones of the
rest, in file order (``_logs25._stratified``). Records are cut at 4,000 characters.

Labels: the rules of the thirtieth set (``_logs30._label30``, which applies the twenty-ninth to
first sets' rules), then any written in ``benchmarks/corpus/README.md`` in the label review of
the development part before any detector ran. Both parts were committed, labelled, before
privkit or Presidio ran on either.

Run once, with local git directories of the seven repositories:

    python -m benchmarks.corpus._logs31 --git ansible-collections/cisco.asa=DIR ...
"""

from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING

from benchmarks.corpus import _logset
from benchmarks.corpus._git import git_files
from benchmarks.corpus._logs10 import _overlap
from benchmarks.corpus._logs25 import _stratified
from benchmarks.corpus._logs29 import _NET_SHAPE, _line
from benchmarks.corpus._logs30 import _label30

if TYPE_CHECKING:
    from pathlib import Path

#: Each system's repository, its commit (the fetched snapshot's head) and licence.
SOURCES: dict[str, tuple[str, str, str]] = {
    "asa": ("ansible-collections/cisco.asa", "c52384917876c0b84ff5a87e79d12934436d0c0b", "GPL-3.0-or-later"),
    "eos": ("ansible-collections/arista.eos", "666e4205bd04c3bf7790494ed61b41721f7dc8c7", "GPL-3.0-or-later"),
    "ios": ("ansible-collections/cisco.ios", "ad788df8dd80377725425dfa9012546822588c81", "GPL-3.0-or-later"),
    "iosxr": ("ansible-collections/cisco.iosxr", "a8c78ef03ab52c028b594ba47aaf7390e02b522e", "GPL-3.0-or-later"),
    "junos": ("ansible-collections/junipernetworks.junos", "7fd982c74a925cce4f939ae879adadd8bf2c4c6b", "GPL-3.0-or-later"),
    "nxos": ("ansible-collections/cisco.nxos", "154aa540bebd880f2cdc17b9f9c2a480dd804a3f", "GPL-3.0-or-later"),
    "vyos": ("ansible-collections/vyos.vyos", "b148fe4ff90e2cbe5ee576ee39b01707e092fd9d", "GPL-3.0-or-later"),
}  # fmt: skip
#: The systems, fixed from the repositories' names before any file was read.
SYSTEMS = tuple(sorted(SOURCES))
#: The held-out systems: the 2 (a third) of the 7 whose names have the smallest SHA-256
#: (``_logset.holdout_systems``), fixed 2026-12-06 16:46 UTC before any file was read.
HOLDOUT = frozenset({"eos", "ios"})
#: Per system, the address-shaped lines and the other lines kept (``_stratified``).
MOST_NET = 30
MOST_OTHER = 10
#: What ``select_parts`` keeps of a system's (already thinned) lines: all of them.
MOST = MOST_NET + MOST_OTHER


# --------------------------------------------------------------------------- labelling


# Written in the label review of the development part, before any detector ran (README,
# "Thirty-first real-text log set"); applied to both parts.
#: Eight colon-separated groups of exactly two hex digits: an EUI-64 (a Fibre Channel port's or
#: node's World Wide Name, ``pwwn 50:06:01:61:47:e4:22:97``). The first set's rule makes an
#: EUI-64 written with colons a ``MAC_ADDRESS``; the IPv6 shape of a later rule had taken it.
_EUI64 = re.compile(r"(?<![\w:.])[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){7}(?![\w:])")
#: A dotted quad in 0.0.0.0/8 other than 0.0.0.0 (``<name>0.0.0.20</name>``, Junos' OSPF areas
#: in XML): that block names no host (RFC 1122); the form area ids and other 32-bit ids take.
_ZERO_BLOCK = re.compile(r"(?<![\w.])0\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\w.])")


def _label31(text: str, system: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    gold, ignored = _label30(text, system)
    for m in _ZERO_BLOCK.finditer(text):
        if m.group() != "0.0.0.0":  # noqa: S104 - a label, no binding
            gold = [g for g in gold if not _overlap([g], *m.span())]
    for m in _EUI64.finditer(text):
        digits = m.group().replace(":", "").lower()
        gold = [g for g in gold if not _overlap([g], *m.span())]
        if digits.strip("0") and digits.strip("f") and not _overlap(ignored, *m.span()):
            gold.append({"start": m.start(), "end": m.end(), "entity": "MAC_ADDRESS"})
    gold.sort(key=lambda g: (int(g["start"]), int(g["end"])))  # type: ignore[call-overload]
    return gold, ignored


# --------------------------------------------------------------------------- reading


def system_lines(gits: dict[str, Path], system: str) -> list[str]:
    """A system's kept lines in file order (``_stratified``); residue left out."""
    repo, commit, _licence = SOURCES[system]
    folder = f"tests/unit/modules/network/{system}/fixtures/"
    paths = git_files(gits[repo], commit, folder)
    lines = _logset.file_lines(gits[repo], ((commit, p) for p in paths), _line)
    return _stratified(lines, most_net=MOST_NET, most_other=MOST_OTHER, shape=_NET_SHAPE)


#: The set as the shared builder reads it (a line of an earlier set's development part is
#: dropped; its held-out parts are compared by SHA-256 only, no record read).
SET = _logset.LogSet(
    number=31,
    repositories=tuple(repo for repo, _c, _l in SOURCES.values()),
    systems=SYSTEMS,
    holdout=HOLDOUT,
    texts=system_lines,
    label=_label31,
    most=MOST,
    earlier=31,
    holdout_unique=True,
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])

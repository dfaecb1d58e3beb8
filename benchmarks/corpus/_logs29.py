"""Build the twenty-ninth real-text log set: network gear's command output in a parser's tests.

The text is the raw command output that ``networktocode/ntc-templates`` (Apache-2.0) checks its
TextFSM templates against (``tests/<platform>/<command>/*.raw``): what switches, routers and
wireless controllers of vendors no earlier log set has print for ARP and neighbour tables, MAC
address tables, DHCP leases, log buffers, interfaces, LLDP neighbours, versions and system
status (Alcatel-Lucent AOS, Allied Telesis AlliedWare Plus, Aruba AOS-CX and ArubaOS, Avaya
ERS, Brocade and Ruckus FastIron, D-Link, Ericsson IPOS, Extreme EXOS, HPE Comware and
ProCurve, MikroTik RouterOS, Vyatta/VyOS, ZTE ZXROS). Most are operators' real outputs pasted
into a test, some with addresses and names replaced.

Selection and split (fixed 2026-12-06 08:41 UTC from the platforms' folder names alone, before
any file was read; ``benchmarks/corpus/README.md``): a system is a platform folder of
``tests/`` (``SYSTEMS``), chosen as network gear of vendors no earlier real log set holds
(platforms of vendors that earlier sets hold, such as Cisco, Juniper, Arista, Fortinet, Palo
Alto, Check Point, WatchGuard, Huawei, Ubiquiti, Dell and Linux, were not taken). The split is
by system, a third held out (``_logset.holdout_systems``: the names with the smallest SHA-256).
A record is one line of a ``.raw`` file under the platform's folder (every file, in path order),
trailing blanks removed. Dropped: a line with no letter or digit (table rules), a line with a
control character other than a tab, one of a program fail2ban has filters for
(``_logs10._FAIL2BAN_PROGRAM``), one equal to a development record of an earlier real log set
(held-out records compared by SHA-256 only, never read), and one already taken by a system
earlier in this set. Per system, of its distinct lines, ``MOST_NET`` evenly spaced ones of those
that hold an address shape (``_NET_SHAPE``: ``_logs25._ADDRESS_SHAPE`` or a MAC written as three
groups of four hex digits) and ``MOST_OTHER`` evenly spaced ones of the rest, in file order
(``_logs25._stratified`` with these numbers). Records are cut at 4,000 characters.

Labels: the rules of the twenty-eighth set (``_logs28._label28``, which applies the
twenty-seventh to first sets' rules), then ``_label29``'s, written in
``benchmarks/corpus/README.md`` in the label review of the development part before any detector
ran. Both parts were committed, labelled, before privkit or Presidio ran on either.

Run once, with a local git directory of the repository:

    python -m benchmarks.corpus._logs29 --git networktocode/ntc-templates=DIR
"""

from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING

from benchmarks.corpus import _logset
from benchmarks.corpus._git import git_files
from benchmarks.corpus._logs10 import _overlap, not_fail2ban
from benchmarks.corpus._logs25 import _ADDRESS_SHAPE, _stratified
from benchmarks.corpus._logs28 import _label28

if TYPE_CHECKING:
    from pathlib import Path

NTC = "networktocode/ntc-templates"
SOURCES: dict[str, tuple[str, str]] = {
    NTC: ("d0bc5a480fe935afb6d9f6806c795a0390aaec90", "Apache-2.0"),
}
#: The platform folders of ``tests/``, fixed from the folder names before any file was read.
SYSTEMS = (
    "alcatel_aos", "allied_telesis_awplus", "aruba_aoscx", "aruba_os", "avaya_ers",
    "brocade_fastiron", "dlink_ds", "ericsson_ipos", "extreme_exos", "hp_comware", "hp_procurve",
    "mikrotik_routeros", "ruckus_fastiron", "vyatta_vyos", "zte_zxros",
)  # fmt: skip
#: The held-out systems: the 5 (a third) of the 15 whose names have the smallest SHA-256
#: (``_logset.holdout_systems``), fixed 2026-12-06 08:41 UTC before any file was read.
HOLDOUT = frozenset({
    "aruba_os", "brocade_fastiron", "dlink_ds", "hp_comware", "mikrotik_routeros",
})  # fmt: skip
#: Per system, the address-shaped lines and the other lines kept (``_stratified``).
MOST_NET = 20
MOST_OTHER = 10
#: What ``select_parts`` keeps of a system's (already thinned) lines: all of them.
MOST = MOST_NET + MOST_OTHER
#: An address shape (not privkit's rules): the twenty-fifth set's, or a MAC in three groups of
#: four hex digits (``0011.2233.4455``, ``0011-2233-4455``).
_NET_SHAPE = re.compile(
    rf"{_ADDRESS_SHAPE.pattern}|(?<![\w.-])[0-9A-Fa-f]{{4}}([.-])[0-9A-Fa-f]{{4}}\1[0-9A-Fa-f]{{4}}(?![\w.-])"
)
#: A letter or a digit: a line without one is a table's rule.
_ALNUM = re.compile(r"[A-Za-z0-9]")


# --------------------------------------------------------------------------- labelling


# Written in the label review of the development part, before any detector ran (README,
# "Twenty-ninth real-text log set"); applied to both parts.
#: A MAC in a switch vendor's grouping: HPE ProCurve's two groups of six hex digits
#: (``0015b2-a45078``) or three groups of four joined by ``-`` (Comware's ``0015-b2a4-5078``;
#: the dotted ``0015.b2a4.5078`` is the fifth set's rule already).
_VENDOR_MAC = re.compile(
    r"(?<![\w.:-])(?:[0-9A-Fa-f]{6}-[0-9A-Fa-f]{6}|[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4})"
    r"(?![\w.:-])"
)
#: A colon-hex MAC that ends a line with a colon (an LLDP neighbour's ``Port bb:bb:...:bb:``).
_MAC_LINE_COLON = re.compile(r"(?<![\w:-])[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5}(?=:$)")
#: A dotted quad before an arrow (a tunnel's ``Bypass->10.0.0.1->10.0.0.2``).
_QUAD_ARROW = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?=->)")
#: A dotted quad after a firmware, hardware or software key (``FW:5.8.0.3``, ``PoE Module FW:
#: 4.1.0.4``), or after the model in a ``System Description`` value (``Alcatel-Lucent
#: Enterprise OAW-AP1201H 1.0.0.10``): a version; clean.
_VERSION_QUAD = re.compile(
    r"(?:\b[FHS]W *: *"
    r"|\bSystem Descr(?:iption)? *[:=] *[^,\n]{0,120}?\b[A-Za-z][\w-]{0,30}\d[\w-]{0,30} )"
    r"((?:\d{1,3}\.){3}\d{1,3})(?![\w.])"
)
#: An IS-IS neighbour's system id, three dotted groups of four hex digits that open a row whose
#: SNPA column holds the neighbour's MAC later on the line: a router id, not a MAC; ignored.
_SYSTEM_ID = re.compile(
    r"^ {0,8}([0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?= ).{0,120}"
    r" [0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4} "
)


def _label29(text: str, system: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    gold, ignored = _label28(text, system)
    for m in _VERSION_QUAD.finditer(text):
        gold = [g for g in gold if not _overlap([g], *m.span(1))]
    for m in _SYSTEM_ID.finditer(text):
        gold = [g for g in gold if not _overlap([g], *m.span(1))]
        if not _overlap(ignored, *m.span(1)):
            ignored.append({"start": m.start(1), "end": m.end(1), "label": "SYSTEM_ID"})
    added = [(m.span(), "MAC_ADDRESS") for m in _VENDOR_MAC.finditer(text)]
    added += [(m.span(), "MAC_ADDRESS") for m in _MAC_LINE_COLON.finditer(text)]
    added += [(m.span(), "IP_ADDRESS") for m in _QUAD_ARROW.finditer(text)]
    for (s, e), entity in added:
        if entity == "IP_ADDRESS" and any(int(p) > 255 for p in text[s:e].split(".")):
            continue
        if not _overlap(gold, s, e) and not _overlap(ignored, s, e):
            gold.append({"start": s, "end": e, "entity": entity})
    gold.sort(key=lambda g: (int(g["start"]), int(g["end"])))  # type: ignore[call-overload]
    ignored.sort(key=lambda i: (int(i["start"]), int(i["end"])))  # type: ignore[call-overload]
    return gold, ignored


# --------------------------------------------------------------------------- reading


def _line(raw: str, path: str) -> str | None:
    line = raw.rstrip()
    if not _ALNUM.search(line):
        return None
    return not_fail2ban(line, path)


def system_lines(gits: dict[str, Path], system: str) -> list[str]:
    """A system's kept lines in file order (``_stratified``); residue left out."""
    commit = SOURCES[NTC][0]
    paths = git_files(gits[NTC], commit, f"tests/{system}/", ".raw")
    lines = _logset.file_lines(gits[NTC], ((commit, p) for p in paths), _line)
    return _stratified(lines, most_net=MOST_NET, most_other=MOST_OTHER, shape=_NET_SHAPE)


#: The set as the shared builder reads it (a line of an earlier set's development part is
#: dropped; its held-out parts are compared by SHA-256 only, no record read).
SET = _logset.LogSet(
    number=29,
    repositories=tuple(SOURCES),
    systems=SYSTEMS,
    holdout=HOLDOUT,
    texts=system_lines,
    label=_label29,
    most=MOST,
    earlier=29,
    holdout_unique=True,
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])

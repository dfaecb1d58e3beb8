"""Build the fifty-fifth real-text log set: link-layer tools' documented output (Bluetooth, ARP, LLDP).

Three projects whose output is made of hardware addresses, each read at a pinned commit:

* BlueZ, the Linux Bluetooth stack (``bluez/bluez``; GPL-2.0-or-later ``COPYING``, LGPL-2.1
  ``COPYING.LIB``; the pages name the GPL or LGPL): the literal blocks of its documentation
  pages (``doc/*.rst``, not the ``doc/qualification/`` conformance tables): ``btmon`` dumps
  of HCI traffic with device addresses (BD_ADDR, a MAC address in form), ``bluetoothctl``,
  ``hcitool``, ``hciconfig``, ``btmgmt`` and ``l2ping`` sessions, the D-Bus API pages' object
  paths (``/org/bluez/hci0/dev_00_11_22_33_44_55``) and examples.
* arp-scan, the ARP scanner (``royhills/arp-scan``; GPL-3.0-or-later, ``COPYING``): the
  expected outputs its test scripts compare against (the here-documents of the ``check-*``
  scripts: IP address, MAC address and vendor per line), the code blocks of ``README.md`` and
  ``NEWS.md`` and the examples of its manual pages (``*.1.dist``, ``*.1``, ``*.5``).
* lldpd, the LLDP/CDP/EDP/SONMP daemon (``lldpd/lldpd``; ISC, ``LICENSE``): the expected
  ``lldpcli`` outputs of its integration tests (the triple-quoted strings of
  ``tests/integration/test_*.py``: neighbours' chassis and port ids, management addresses, in
  text, key-value, JSON and XML), the code blocks of ``README.md`` and the examples of its
  manual pages (``src/**/*.8.in``).

No earlier set read any of them (earlier sets read other projects' bluetoothd and hostapd
lines, and OSSEC's arpwatch decoder samples).

Selection and split (fixed 2026-12-07 23:52 UTC from the file names alone, before any block
was read; while choosing the sources the head of ``check-decode``, one example of
``arp-scan.1.dist``, the head of ``tests/integration/test_lldpcli.py`` and the header of
``doc/btmon.rst`` were seen): a system is a file, named ``bluez/<path>``, ``arp-scan/<path>``
or ``lldpd/<path>``. The split is by system, a third held out (``_logset.holdout_systems``:
the names with the smallest SHA-256). A record is one block of a file: of an ``.rst`` page a
literal block (``_logs48.literal_blocks``), then its example runs (:func:`example_runs`: the
``:Example ...:`` fields and indented ``| ...`` line blocks BlueZ's command pages give each
command's examples in), of a Markdown file a fenced or indented block
(``_logs53.markdown_blocks``), of a shell script a here-document's body (:func:`heredocs`), of
a Python test a triple-quoted string (:func:`triple_quoted`), of a manual page an example
(:func:`roff_examples`: between ``.nf`` / ``.EX`` / ``.Bd`` and ``.fi`` / ``.EE`` / ``.Ed``,
request lines dropped, ``\\-`` and ``\\e`` unescaped); dedented, trailing blanks gone, at
least ``MIN_CHARS`` characters, distinct per file, in file order. Dropped: a block with a
control character other than a tab or a new line; one carrying the tag of a program fail2ban
has filters for (``_logs48.keep``); one equal to a development record of an earlier real log
set (held-out records compared by SHA-256 only, never read); one already taken by a system
earlier in this set. Per system at most ``MOST`` evenly spaced blocks.

Labels: the fifty-fourth set's rules (``_logs54._label54``: the first to fifty-third sets'
rules, IP, MAC and e-mail addresses gold, a browser-shaped user agent ``USER_AGENT``,
everything else non-personal, an address of ``0.0.0.0`` ignored, an all-zero or broadcast MAC
no device; a DHCP client id's and link-layer DUID's MAC gold, other long octet runs ignored),
applied to both parts before any detector ran. Rules written for this set (``_label55``),
before any block was read, applied to both parts:

1. A Bluetooth device address is a MAC address, whatever the record calls it (``BD_ADDR``,
   ``Address:``, ``Device``, ``bdaddr``; public, random, resolvable): six colon-separated
   octets are the earlier rules' ``MAC_ADDRESS``.
2. A BlueZ D-Bus object path spells a device's address with underscores after ``dev_``
   (``/org/bluez/hci0/dev_00_11_22_33_44_55``, also a mesh node's or a transport's path
   under it): the six underscore-separated octets are a ``MAC_ADDRESS``; a placeholder
   (``dev_XX_XX_XX_XX_XX_XX``) is none.
3. A run of six hex octets written without separators after a word naming an address
   (``bdaddr``, ``addr``, ``address``, ``mac``, ``BD_ADDR``, ``chassis``) as twelve hex digits
   is a ``MAC_ADDRESS`` (as the fifty-fourth set's hardware-address keys).
4. Keys and other hex data (link keys, IRKs, LTKs, UUIDs, hex dumps of packets) are
   non-personal: they are neither addresses nor one of the labelled kinds, and a MAC-shaped
   run inside a hex dump's bytes (``00 11 22 33 44 55``, space-separated) is not labelled.

Run once, with local git directories of the three repositories:

    python -m benchmarks.corpus._logs55 --git bluez/bluez=DIR --git royhills/arp-scan=DIR \\
        --git lldpd/lldpd=DIR
"""

from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING

from benchmarks.corpus import _logset
from benchmarks.corpus._git import git_show
from benchmarks.corpus._logs48 import keep, literal_blocks
from benchmarks.corpus._logs53 import _block, markdown_blocks
from benchmarks.corpus._logs54 import _label54

if TYPE_CHECKING:
    from pathlib import Path

#: The repositories and commits read (the default branches' newest stored snapshots).
BLUEZ = "bluez/bluez"
ARP_SCAN = "royhills/arp-scan"
LLDPD = "lldpd/lldpd"
SOURCES: dict[str, tuple[str, str]] = {
    BLUEZ: ("690c16df606733626a0a7d6bc2b83a3244d4ced1", "GPL-2.0-or-later / LGPL-2.1"),
    ARP_SCAN: ("a0466d5fc7fa8a1e5625b7aae568ffb384e3f5a5", "GPL-3.0-or-later"),
    LLDPD: ("da2ab0b596f838e934de3ce6d71b9dae6c04b8cc", "ISC"),
}
#: The systems' prefixes by repository.
PREFIX = {BLUEZ: "bluez", ARP_SCAN: "arp-scan", LLDPD: "lldpd"}
#: The most records a system gives (evenly spaced, ``_logs4._select``).
MOST = 4


def _wanted(repo: str, path: str) -> bool:
    """Whether a file of ``repo`` is read (the module docstring's list)."""
    name = path.rsplit("/", 1)[-1]
    if repo == BLUEZ:
        return path.startswith("doc/") and path.count("/") == 1 and path.endswith(".rst")
    if repo == ARP_SCAN:
        return (
            "/" not in path and (name.startswith("check-") or name in ("README.md", "NEWS.md"))
        ) or re.search(r"\.(?:1\.dist|1|5)$", path) is not None
    return (
        (path.startswith("tests/integration/test_") and path.endswith(".py"))
        or path == "README.md"
        or (path.startswith("src/") and path.endswith(".8.in"))
    )


#: A here-document's opener: ``<<WORD``, ``<<'WORD'``, ``<<-WORD`` (the word captured).
_HEREDOC = re.compile(r"""<<-?\s*["']?(\w+)["']?""")


def heredocs(script: str) -> list[str]:
    """A shell script's here-documents' bodies, dedented, in file order."""
    lines = script.splitlines()
    out: list[str] = []
    i = 0
    while i < len(lines):
        m = _HEREDOC.search(lines[i])
        i += 1
        if m is None or lines[i - 1].lstrip().startswith("#"):
            continue
        body = []
        while i < len(lines) and lines[i].strip() != m.group(1):
            body.append(lines[i])
            i += 1
        i += 1
        out.append(_block(body))
    return out


#: A triple-quoted string literal (either quote), with an optional prefix (``f``, ``r``, ``b``).
_TRIPLE = re.compile(r'(?<![\w"\'])[rRbBfFuU]{0,2}("""|\'\'\')(.*?)\1', re.DOTALL)


def triple_quoted(source: str) -> list[str]:
    """A Python file's triple-quoted strings (docstrings too), dedented, in file order."""
    return [_block(m.group(2).splitlines()) for m in _TRIPLE.finditer(source)]


_ROFF_OPEN = re.compile(r"^\.(?:nf|EX|Bd)\b")
_ROFF_CLOSE = re.compile(r"^\.(?:fi|EE|Ed)\b")


def roff_examples(page: str) -> list[str]:
    """A manual page's examples: the lines between ``.nf``/``.EX``/``.Bd`` and their close."""
    out: list[str] = []
    body: list[str] | None = None
    for line in page.splitlines():
        if body is None:
            if _ROFF_OPEN.match(line):
                body = []
        elif _ROFF_CLOSE.match(line):
            out.append(_block(body))
            body = None
        elif not line.startswith((".", "'")):
            body.append(line.replace("\\-", "-").replace("\\e", "\\").replace("\\&", ""))
    return out


#: A line of a page's example run: an ``:Example ...:`` field or an indented line block (``| ...``).
_EXAMPLE_LINE = re.compile(r"^(?::Example\b[^\n]*:\s*$|\s+\| )")


def example_runs(page: str) -> list[str]:
    """A page's example runs: maximal runs of ``:Example ...:`` fields and indented ``| `` lines.

    BlueZ's command pages (``bluetoothctl-*.rst``) give each command's examples so, outside
    any literal block: a field naming the example, then the command as a line block.
    """
    out: list[str] = []
    run: list[str] = []
    for line in [*page.splitlines(), ""]:
        if _EXAMPLE_LINE.match(line):
            run.append(line.strip())
        elif run:
            out.append(_block(run))
            run = []
    return out


def _where(system: str) -> tuple[str, str]:
    """The repository and path of a system's file."""
    return _logset.prefixed_where(PREFIX, system)


def systems(gits: dict[str, Path]) -> list[str]:
    """The files read, named ``<prefix>/<path>``, sorted."""
    return _logset.prefixed_systems(gits, SOURCES, PREFIX, _wanted)


def file_blocks(path: str, text: str) -> list[str]:
    """A file's blocks by its kind (the module docstring's reading)."""
    name = path.rsplit("/", 1)[-1]
    if path.endswith(".rst"):
        blocks = literal_blocks(text)
        return blocks + [b for b in example_runs(text) if b not in blocks]
    if path.endswith(".md"):
        return markdown_blocks(text)
    if path.endswith(".py"):
        return triple_quoted(text)
    if name.startswith("check-"):
        return heredocs(text)
    return roff_examples(text)


def system_blocks(gits: dict[str, Path], system: str) -> list[str]:
    """A file's kept blocks, distinct, in file order."""
    repo, path = _where(system)
    text = git_show(gits[repo], SOURCES[repo][0], path)
    return list(dict.fromkeys(b for b in file_blocks(path, text) if keep(b)))


_OCTET = r"[0-9A-Fa-f]{2}"
#: Rule 2: a D-Bus object path's device element (six underscore-separated octets).
_DBUS_DEV = re.compile(rf"(?<![0-9A-Za-z])dev_((?:{_OCTET}_){{5}}{_OCTET})(?![0-9A-Za-z])")
#: Rule 3: twelve bare hex digits after a word naming an address.
_BARE_AFTER_ADDR = re.compile(
    r"(?i)(?<![\w-])(?:bd_?addr|addr|address|mac|chassis(?:id)?)\b[\"']?\s*[:=]?\s*[\"']?"
    r"([0-9A-Fa-f]{12})(?![0-9A-Za-z])"
)


def _label55(text: str, system: str) -> _logset.Labels:
    """``_label54``, then the link-layer addresses' rules (module docstring)."""
    gold, ignored = _label54(text, system)

    def overlaps(span: dict[str, object], start: int, end: int) -> bool:
        return int(span["start"]) < end and start < int(span["end"])  # type: ignore[call-overload]

    def put_mac(start: int, end: int) -> None:
        nonlocal gold
        if any(overlaps(i, start, end) for i in ignored):
            return
        digits = re.sub(r"[^0-9A-Fa-f]", "", text[start:end]).lower()
        if not (digits.strip("0") and digits.strip("f")):
            return  # all-zero or broadcast: no device (the earlier rules' verdict)
        gold = [g for g in gold if not overlaps(g, start, end)]
        gold.append({"start": start, "end": end, "entity": "MAC_ADDRESS"})

    for m in _DBUS_DEV.finditer(text):
        put_mac(*m.span(1))
    for m in _BARE_AFTER_ADDR.finditer(text):
        put_mac(*m.span(1))
    gold.sort(key=lambda g: (int(g["start"]), int(g["end"])))  # type: ignore[call-overload]
    return gold, ignored


#: The held-out systems: 45 (a third) of the 135 files, those whose names have the smallest SHA-256
#: (``_logset.holdout_systems``), fixed 2026-12-07 23:52 UTC before any block was read.
HOLDOUT = frozenset({
    "arp-scan/README.md",
    "arp-scan/arp-fingerprint.1",
    "arp-scan/arp-scan.1.dist",
    "arp-scan/check-error",
    "arp-scan/check-packet",
    "arp-scan/check-run1",
    "arp-scan/mac-vendor.5",
    "bluez/doc/assigned-numbers.rst",
    "bluez/doc/bluetoothctl-admin.rst",
    "bluez/doc/bluetoothctl-advertise.rst",
    "bluez/doc/bluetoothctl-assistant.rst",
    "bluez/doc/bluetoothctl-le.rst",
    "bluez/doc/bluetoothctl-transport.rst",
    "bluez/doc/btattach.rst",
    "bluez/doc/btmon-cs.rst",
    "bluez/doc/btmon-hci-init.rst",
    "bluez/doc/btmon-le-audio.rst",
    "bluez/doc/btmon-mgmt.rst",
    "bluez/doc/hcitool.rst",
    "bluez/doc/org.bluez.Adapter.rst",
    "bluez/doc/org.bluez.AdminPolicyStatus.rst",
    "bluez/doc/org.bluez.AdvertisementMonitorManager.rst",
    "bluez/doc/org.bluez.Agent.rst",
    "bluez/doc/org.bluez.AgentManager.rst",
    "bluez/doc/org.bluez.Call.rst",
    "bluez/doc/org.bluez.GattManager.rst",
    "bluez/doc/org.bluez.GattProfile.rst",
    "bluez/doc/org.bluez.GattService.rst",
    "bluez/doc/org.bluez.LEAdvertisement.rst",
    "bluez/doc/org.bluez.MediaAssistant.rst",
    "bluez/doc/org.bluez.MediaFolder.rst",
    "bluez/doc/org.bluez.MediaItem.rst",
    "bluez/doc/org.bluez.MediaPlayer.rst",
    "bluez/doc/org.bluez.NetworkServer.rst",
    "bluez/doc/org.bluez.obex.AgentManager.rst",
    "bluez/doc/org.bluez.obex.ObjectPush.rst",
    "bluez/doc/rctest.rst",
    "bluez/doc/rfcomm-protocol.rst",
    "bluez/doc/sco-protocol.rst",
    "bluez/doc/sdptool.rst",
    "lldpd/tests/integration/test_basic.py",
    "lldpd/tests/integration/test_configinventory.py",
    "lldpd/tests/integration/test_interfaces.py",
    "lldpd/tests/integration/test_med.py",
    "lldpd/tests/integration/test_pcap.py",
})  # fmt: skip

#: The set as the shared builder reads it.
SET = _logset.LogSet(
    number=55,
    repositories=tuple(SOURCES),
    systems=systems,
    holdout=HOLDOUT,
    texts=system_blocks,
    label=_label55,
    most=MOST,
    earlier=55,
    holdout_unique=True,
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])

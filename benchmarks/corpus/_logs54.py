"""Build the fifty-fourth real-text log set: a DHCP server's documented configuration, leases and logs.

The text is the documentation that ISC Kea, the DHCPv4/DHCPv6 server, ships in its own
repository (``isc-projects/kea``, the ISC's GitHub mirror; MPL-2.0, ``COPYING``, which covers
the repository, its documentation with it, as the forty-eighth set read BIND 9's): the literal
blocks of the Administrator Reference Manual and the manual pages (``doc/sphinx/**/*.rst``) and
the example configuration files (``doc/examples/**``). Their text is what a DHCP administrator
reads and writes: the servers' configuration with subnets, pools, relays, option data, host
reservations by MAC address, client identifier and DUID, high-availability peers and control
sockets; the control channel's commands and their answers (``lease4-get``, ``lease6-get-all``,
``reservation-get``, ``ha-heartbeat``, statistics), the memfile lease files (CSV), the servers'
log lines (``kea-dhcp4``, ``kea-dhcp6``, ``kea-dhcp-ddns``, the legal log), ``keactrl`` and
``kea-admin`` sessions, ``perfdhcp`` output. No earlier set read this repository (the
twenty-fifth set looked at it and left it unused; its legal-log page was printed then, two
lines, by another helper).

Selection and split (fixed 2026-12-07 21:40 UTC from the file names alone, before any block
was read; only the comment lines at the head of ``doc/examples/kea4/reservations.json`` were
seen while choosing the source): a system is a documentation page, named
``kea-arm/<path under doc/sphinx/>``, or an example file, named ``kea-examples/<path under
doc/examples/>``. The split is by system, a third held out (``_logset.holdout_systems``: the
names with the smallest SHA-256). A record is one block: of a page, a literal block
(``_logs48.literal_blocks``: the indented block after ``::``, or a ``code-block``'s body); of a
Markdown example file, a fenced or indented block (``_logs53.markdown_blocks``); of another
example file (JSON, nginx/httpd/stunnel configuration, NETCONF XML), a paragraph (a run of
non-blank lines), dedented, trailing blanks gone; at least ``MIN_CHARS`` characters, in file
order, distinct. Dropped: a block with a control character other than a tab or a new line;
one that carries the tag of a program fail2ban has filters for (``_logs48.keep``); one equal
to a development record of an earlier real log set (held-out records compared by SHA-256
only, never read); one already taken by a system earlier in this set (the example files
``all-keys.json`` and ``all-keys-netconf.json`` share most paragraphs: a held-out record is
never a development one). Per system at most ``MOST`` evenly spaced blocks.

Labels: the fifty-third set's rules (``_logs53._label53``: the first to fifty-second sets'
rules, IP, MAC and e-mail addresses gold, a browser-shaped user agent ``USER_AGENT``,
everything else non-personal, an address of ``0.0.0.0`` ignored; a URL's password before its
host no address), applied to both parts before any detector ran. Four rules written for this
set (``_label54``), before any block was read, applied to both parts:

1. A DHCP client identifier of hardware type 1 (Ethernet): a run of exactly seven
   colon-separated two-hex-digit octets whose first is ``01`` (``"client-id":
   "01:11:22:33:44:55:66"``, a log line's ``cid=[01:...]``, a lease file's ``client_id``
   column) holds the client's MAC address: its last six octets are a ``MAC_ADDRESS`` (as the
   twelfth set labels ISC dhcpd's ``uid 01:...``).
2. A DUID of link-layer type with hardware type 1: ``00:01:00:01`` and four time octets
   (DUID-LLT) or ``00:03:00:01`` (DUID-LL), then six octets: the six are the device's MAC
   address, a ``MAC_ADDRESS`` (as the forty-seventh set labels tcpdump's ``hwaddr type 1``).
3. Any other run of seven, or nine or more, colon-separated two-hex-digit octets (other DUIDs,
   client identifiers of other types, hex option data) is an identifier or data, no MAC and
   no IPv6 address: ignored ``DEVICE_ID`` (anything an earlier rule labelled inside it
   dropped); eight octets stay the earlier sets' EUI-64 rule's (a ``MAC_ADDRESS``).
4. The value of a key naming a hardware address (``hw-address``, ``hwaddr``, ``hw_address``,
   ``hardware ethernet``; quoted or not) written as twelve bare hex digits or six
   hyphen-separated octets is a ``MAC_ADDRESS`` (the colon form is the earlier rules').

Run once, with a local git directory of the repository:

    python -m benchmarks.corpus._logs54 --git isc-projects/kea=DIR
"""

from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING

from benchmarks.corpus import _logset
from benchmarks.corpus._git import git_files, git_show
from benchmarks.corpus._logs48 import keep, literal_blocks
from benchmarks.corpus._logs53 import _block, _label53, markdown_blocks

if TYPE_CHECKING:
    from pathlib import Path

#: The repository and commit read (the default branch's newest stored snapshot).
KEA = "isc-projects/kea"
SOURCES: dict[str, tuple[str, str]] = {
    KEA: ("d179a1e32a1391f635e187b8b4f8cf6c7b144c29", "MPL-2.0"),
}
#: The folders read: (the systems' prefix, folder, file suffix).
FOLDERS: tuple[tuple[str, str, str], ...] = (
    ("kea-arm", "doc/sphinx/", ".rst"),
    ("kea-examples", "doc/examples/", ""),
)
#: The most records a system gives (evenly spaced, ``_logs4._select``).
MOST = 4


def paragraphs(text: str) -> list[str]:
    """A file's paragraphs (runs of non-blank lines), each dedented, trailing blanks gone."""
    out: list[str] = []
    run: list[str] = []
    for line in [*text.splitlines(), ""]:
        if line.strip():
            run.append(line)
        elif run:
            out.append(_block(run))
            run = []
    return out


def _where(system: str) -> str:
    """The path of a system's file."""
    prefix, _, rest = system.partition("/")
    for name, folder, _suffix in FOLDERS:
        if name == prefix:
            return folder + rest
    raise KeyError(prefix)


def systems(gits: dict[str, Path]) -> list[str]:
    """The pages and example files, named ``<prefix>/<path under the folder>``, sorted."""
    commit = SOURCES[KEA][0]
    names = []
    for prefix, folder, suffix in FOLDERS:
        paths = git_files(gits[KEA], commit, folder, suffix)
        names += [f"{prefix}/{p.removeprefix(folder)}" for p in paths]
    return sorted(names)


def system_blocks(gits: dict[str, Path], system: str) -> list[str]:
    """A file's kept blocks, distinct, in file order."""
    path = _where(system)
    page = git_show(gits[KEA], SOURCES[KEA][0], path)
    if path.endswith(".rst"):
        blocks = literal_blocks(page)
    elif path.endswith(".md"):
        blocks = markdown_blocks(page)
    else:
        blocks = paragraphs(page)
    return list(dict.fromkeys(b for b in blocks if keep(b)))


_OCTET = r"[0-9A-Fa-f]{2}"
#: A run of colon-separated two-hex-digit octets, not part of a longer one.
_OCTET_RUN = re.compile(rf"(?<![\w:.]){_OCTET}(?::{_OCTET})+(?![\w:])")
#: Rule 1: a client identifier of hardware type 1 (seven octets, the first ``01``).
_CLIENT_ID = re.compile(rf"01:((?:{_OCTET}:){{5}}{_OCTET})")
#: Rule 2: a DUID-LLT or DUID-LL of hardware type 1: its last six octets.
_DUID_LL = re.compile(
    rf"00:01:00:01:(?:{_OCTET}:){{4}}((?:{_OCTET}:){{5}}{_OCTET})"
    rf"|00:03:00:01:((?:{_OCTET}:){{5}}{_OCTET})"
)
#: Rule 4: a hardware-address key's value of twelve bare hex digits or six hyphenated octets.
_HW_KEY = re.compile(
    r"""(?i)(?<![\w-])(?:hw[-_]?address|hwaddr|hardware ethernet)["']?\s*[:=]?\s*["']?"""
    rf"([0-9A-Fa-f]{{12}}|{_OCTET}(?:-{_OCTET}){{5}})(?![\w:-])"
)


def _label54(text: str, system: str) -> _logset.Labels:
    """``_label53``, then the DHCP identifiers' rules (module docstring)."""
    gold, ignored = _label53(text, system)

    def outside(span: dict[str, object], start: int, end: int) -> bool:
        return not (int(span["start"]) < end and start < int(span["end"]))  # type: ignore[call-overload]

    def put_mac(start: int, end: int) -> None:
        nonlocal gold
        if any(not outside(i, start, end) for i in ignored):
            return
        gold = [g for g in gold if outside(g, start, end)]
        gold.append({"start": start, "end": end, "entity": "MAC_ADDRESS"})

    for m in _OCTET_RUN.finditer(text):
        value = m.group(0)
        octets = value.count(":") + 1
        if octets < 7 or octets == 8:
            continue
        client = _CLIENT_ID.fullmatch(value) if octets == 7 else None
        duid = _DUID_LL.fullmatch(value)
        inner = client or duid
        if inner is not None:
            group = inner.lastindex or 1
            put_mac(m.start() + inner.start(group), m.start() + inner.end(group))
            continue
        start, end = m.span()
        gold = [g for g in gold if outside(g, start, end)]
        ignored = [i for i in ignored if outside(i, start, end)]
        ignored.append({"start": start, "end": end, "label": "DEVICE_ID"})
    for m in _HW_KEY.finditer(text):
        digits = m.group(1).replace("-", "").lower()
        if digits.strip("0") and digits.strip("f"):
            put_mac(*m.span(1))
    gold.sort(key=lambda g: (int(g["start"]), int(g["end"])))  # type: ignore[call-overload]
    ignored.sort(key=lambda i: (int(i["start"]), int(i["end"])))  # type: ignore[call-overload]
    return gold, ignored


#: The held-out systems: 52 (a third) of the 156 files, those whose names have the smallest
#: SHA-256 (``_logset.holdout_systems``), fixed 2026-12-07 21:40 UTC before any block was read.
HOLDOUT = frozenset({
    "kea-arm/arm/acknowledgments.rst", "kea-arm/arm/admin.rst", "kea-arm/arm/classify.rst",
    "kea-arm/arm/config.rst", "kea-arm/arm/ctrl-channel.rst", "kea-arm/arm/ext-gss-tsig.rst",
    "kea-arm/arm/ext-netconf.rst", "kea-arm/arm/hooks-class-cmds.rst",
    "kea-arm/arm/hooks-flex-option.rst", "kea-arm/arm/hooks-host-cache.rst",
    "kea-arm/arm/hooks-legal-log.rst", "kea-arm/arm/hooks-mysql.rst",
    "kea-arm/arm/hooks-ping-check.rst", "kea-arm/arm/hooks-rbac.rst",
    "kea-arm/arm/hooks-run-script.rst", "kea-arm/arm/hooks.rst", "kea-arm/arm/intro.rst",
    "kea-arm/arm/keactrl.rst", "kea-arm/arm/security.rst",
    "kea-arm/grammar/grammar-d2-parser.rst", "kea-arm/index.rst", "kea-arm/man/kea-lfc.8.rst",
    "kea-arm/man/kea-netconf.8.rst", "kea-arm/man/kea-shell.8.rst", "kea-arm/man/keactrl.8.rst",
    "kea-examples/ddns/sample1.json", "kea-examples/https/httpd2/kea-httpd2.conf",
    "kea-examples/kea4/all-keys.json", "kea-examples/kea4/backends.json",
    "kea-examples/kea4/classify2.json", "kea-examples/kea4/dhcpv4-over-dhcpv6.json",
    "kea-examples/kea4/global-reservations.json", "kea-examples/kea4/mysql-reservations.json",
    "kea-examples/kea4/single-subnet.json", "kea-examples/kea6/all-keys.json",
    "kea-examples/kea6/all-options.json", "kea-examples/kea6/backends.json",
    "kea-examples/kea6/config-backend.json", "kea-examples/kea6/duid.json",
    "kea-examples/kea6/ha-hot-standby-server1-with-tls.json", "kea-examples/kea6/hooks-rbac.json",
    "kea-examples/kea6/leases-expiration.json", "kea-examples/kea6/pgsql-reservations.json",
    "kea-examples/kea6/softwire46.json", "kea-examples/kea6/stateless.json",
    "kea-examples/kea6/tee-times.json",
    "kea-examples/netconf/kea-dhcp6-operations/BAD-translator.xml",
    "kea-examples/netconf/kea-dhcp6-operations/startup.xml",
    "kea-examples/netconf/kea-dhcp6-operations/twopools.xml",
    "kea-examples/template-ha-mt-tls/info.md",
    "kea-examples/template-power-user-home/kea-dhcp4-1.conf",
    "kea-examples/template-power-user-home/kea-dhcp4-2.conf",
})  # fmt: skip

#: The set as the shared builder reads it.
SET = _logset.LogSet(
    number=54,
    repositories=tuple(SOURCES),
    systems=systems,
    holdout=HOLDOUT,
    texts=system_blocks,
    label=_label54,
    most=MOST,
    earlier=54,
    holdout_unique=True,
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])

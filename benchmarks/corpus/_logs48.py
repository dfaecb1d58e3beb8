"""Build the forty-eighth real-text log set: DNS servers' documented logs, zone checks and configuration.

The text is the literal blocks of the reStructuredText documentation that four DNS servers ship
in their own repositories: BIND 9 (``isc-projects/bind9``, the ISC's GitHub mirror; MPL-2.0,
``LICENSE``: ``doc/``: the reference manual, the manual pages, the DNSSEC guide, the release
notes and the change log), PowerDNS (``PowerDNS/pdns``; GPL-2.0, ``COPYING``: the authoritative
server's ``docs/``, the Recursor's ``pdns/recursordist/docs/`` and dnsdist's
``pdns/dnsdistdist/docs/``), Knot DNS (``CZ-NIC/knot``; GPL-2.0-or-later, ``COPYING``:
``doc/``) and Unbound (``NLnetLabs/unbound``; BSD-3-Clause, ``LICENSE``: ``doc/``). Their
blocks are what a DNS server's administrator reads and writes: the servers' own log lines
(``named``'s query, transfer, DNSSEC and ``rndc`` messages, the Recursor's and dnsdist's
structured lines, ``knotd``'s), the zone checkers' and control tools' output
(``named-checkzone``, ``named-checkconf``, ``rndc``, ``dig``, ``pdnsutil``, ``knotc``,
``unbound-control``, ``delv``), zone files and the configuration that names hosts, networks and
addresses (ACLs, ``allow-transfer``, ``also-notify``, forwarders, ``newServer``, ``addACL``,
remotes, ``access-control``, ...). No earlier set read one of the four repositories (the
twenty-fifth set read CoreDNS's, another server).

Selection and split (fixed 2026-12-07 16:46 UTC from the file names alone, before any block was
read; ``benchmarks/corpus/README.md``): a system is a ``.rst`` page of one of the folders
above, named ``<project>/<path under the folder>`` (``bind9/arm/logging.rst``,
``pdns-recursor/settings.rst``). The split is by system, a third held out
(``_logset.holdout_systems``: the names with the smallest SHA-256). A record is one literal
block of the page (the indented block after a paragraph ending ``::``, or the body of a
``code-block``, ``code``, ``sourcecode`` or ``parsed-literal`` directive, its options left
out), dedented, blank lines at its ends and trailing blanks of its lines removed, at least
``MIN_CHARS`` characters, in file order, distinct. Dropped: a block with a control character
other than a tab or a new line; one that carries the tag of a program fail2ban has filters for
(``_logs10._FAIL2BAN_PROGRAM`` and ``_logs42._FAIL2BAN_MORE``, which name ``named`` itself: a
syslog line tagged ``named[pid]:``), so that no record can be a copy of fail2ban's off-limits
test logs; one equal to a development record of an earlier real log set (held-out records
compared by SHA-256 only, never read); one already taken by a system earlier in this set. Per
system at most ``MOST`` evenly spaced blocks.

Labels: the forty-fourth set's rules (``_logs44._label44``, which applies the forty-second
set's ``_label42`` and through it the first to forty-first sets' rules: IP, MAC and e-mail
addresses gold, a browser-shaped user agent ``USER_AGENT``, everything else non-personal; an
address of ``0.0.0.0`` ignored), applied to both parts before any detector ran.

Run once, with local git directories of the repositories:

    python -m benchmarks.corpus._logs48 --git isc-projects/bind9=DIR --git PowerDNS/pdns=DIR \
        --git CZ-NIC/knot=DIR --git NLnetLabs/unbound=DIR
"""

from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING

from benchmarks.corpus import _logset
from benchmarks.corpus._git import git_files, git_show
from benchmarks.corpus._logs10 import not_fail2ban
from benchmarks.corpus._logs42 import _FAIL2BAN_MORE
from benchmarks.corpus._logs44 import _label44

if TYPE_CHECKING:
    from pathlib import Path

#: The repositories and commits read (each default branch's newest stored snapshot).
BIND = "isc-projects/bind9"
PDNS = "PowerDNS/pdns"
KNOT = "CZ-NIC/knot"
UNBOUND = "NLnetLabs/unbound"
SOURCES: dict[str, tuple[str, str]] = {
    BIND: ("bf74540dfe23bcb77afa62f65d1a290535435747", "MPL-2.0"),
    PDNS: ("20096dc7c96883e6f92ed91ce8fa6e911f50bca0", "GPL-2.0"),
    KNOT: ("242eeaa135f1f4477169c663aa8bd4578009f122", "GPL-2.0-or-later"),
    UNBOUND: ("7fb79b0677a03d6922c29880854e8fdeb271679e", "BSD-3-Clause"),
}
#: The documentation folders read: (project name of the systems, repository, folder).
FOLDERS: tuple[tuple[str, str, str], ...] = (
    ("bind9", BIND, "doc/"),
    ("pdns", PDNS, "docs/"),
    ("pdns-recursor", PDNS, "pdns/recursordist/docs/"),
    ("dnsdist", PDNS, "pdns/dnsdistdist/docs/"),
    ("knot", KNOT, "doc/"),
    ("unbound", UNBOUND, "doc/"),
)
#: The most records a system gives (evenly spaced, ``_logs4._select``).
MOST = 3
#: The fewest characters of a record.
MIN_CHARS = 20

#: A directive whose body is a literal block (its options follow it, ``:name: value``).
_DIRECTIVE = re.compile(r"^(\s*)\.\.\s+(?:code-block|code|sourcecode|parsed-literal)::")
#: A directive's option line.
_OPTION = re.compile(r"^\s*:[\w-]+:")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def literal_blocks(page: str) -> list[str]:
    """A page's literal blocks: dedented, blank ends and trailing blanks gone, in file order.

    A block opens after a line ending ``::`` that is no comment (``.. name::`` directives other
    than the literal ones are no opener) or after a literal directive and its options; it is
    the lines after, indented deeper than the opener, blank lines inside kept.
    """
    lines = page.expandtabs(8).splitlines()
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        directive = _DIRECTIVE.match(line)
        opener = directive is not None or (
            stripped.endswith("::") and not stripped.startswith("..")
        )
        i += 1
        if not opener:
            continue
        base = _indent(line)
        if directive is not None:
            while i < len(lines) and lines[i].strip() and _OPTION.match(lines[i]):
                i += 1
        body: list[str] = []
        while i < len(lines) and (not lines[i].strip() or _indent(lines[i]) > base):
            body.append(lines[i].rstrip())
            i += 1
        while body and not body[0]:
            body.pop(0)
        while body and not body[-1]:
            body.pop()
        if not body:
            continue
        cut = min(_indent(b) for b in body if b)
        out.append("\n".join(b[cut:] for b in body))
    return out


def keep(block: str) -> bool:
    """A block long enough, without binary residue or a fail2ban program's tag."""
    if len(block) < MIN_CHARS or _logset.CONTROL.search(block) or _FAIL2BAN_MORE.search(block):
        return False
    return not_fail2ban(block, "") is not None


def _where(system: str) -> tuple[str, str]:
    """The repository and path of a system's page."""
    project, _, rest = system.partition("/")
    for name, repo, folder in FOLDERS:
        if name == project:
            return repo, folder + rest
    raise KeyError(project)


def systems(gits: dict[str, Path]) -> list[str]:
    """The ``.rst`` pages of the folders, named ``<project>/<path under the folder>``, sorted."""
    names = []
    for project, repo, folder in FOLDERS:
        paths = git_files(gits[repo], SOURCES[repo][0], folder, ".rst")
        names += [f"{project}/{p.removeprefix(folder)}" for p in paths]
    return sorted(names)


def system_blocks(gits: dict[str, Path], system: str) -> list[str]:
    """A page's kept blocks, distinct, in file order."""
    repo, path = _where(system)
    page = git_show(gits[repo], SOURCES[repo][0], path)
    return list(dict.fromkeys(b for b in literal_blocks(page) if keep(b)))


#: The held-out systems: 183 (a third) of the 551 pages, those whose names have the smallest SHA-256
#: (``_logset.holdout_systems``), fixed 2026-12-07 16:46 UTC before any block was read.
HOLDOUT = frozenset({
    "bind9/arm/catz.inc.rst", "bind9/arm/changelog.rst", "bind9/arm/chapter1.rst",
    "bind9/arm/chapter3.rst", "bind9/arm/config-auth.inc.rst", "bind9/arm/config-resolve.inc.rst",
    "bind9/arm/dns-ops.inc.rst", "bind9/arm/index.rst", "bind9/arm/logging-categories.inc.rst",
    "bind9/arm/reference.rst", "bind9/arm/rpz.inc.rst", "bind9/arm/troubleshooting.inc.rst",
    "bind9/arm/tsig.inc.rst", "bind9/changelog/changelog-9.21.1.rst",
    "bind9/changelog/changelog-9.21.12.rst", "bind9/changelog/changelog-9.21.13.rst",
    "bind9/changelog/changelog-9.21.15.rst", "bind9/changelog/changelog-9.21.18.rst",
    "bind9/changelog/changelog-9.21.25.rst", "bind9/changelog/changelog-9.21.8.rst",
    "bind9/changelog/changelog-history.rst", "bind9/man/ddns-confgen.rst",
    "bind9/man/dnssec-importkey.rst", "bind9/man/dnssec-keygen.rst", "bind9/man/dnssec-ksr.rst",
    "bind9/man/dnssec-revoke.rst", "bind9/man/host.rst", "bind9/man/mdig.rst",
    "bind9/man/named-rrchecker.rst", "bind9/man/named.rst", "bind9/man/nslookup.rst",
    "bind9/man/nsupdate.rst", "bind9/man/rndc-confgen.rst", "bind9/man/synthrecord.rst",
    "bind9/man/tsig-keygen.rst", "bind9/notes/notes-9.21.0.rst", "bind9/notes/notes-9.21.1.rst",
    "bind9/notes/notes-9.21.10.rst", "bind9/notes/notes-9.21.12.rst",
    "bind9/notes/notes-9.21.14.rst", "bind9/notes/notes-9.21.16.rst",
    "bind9/notes/notes-9.21.17.rst", "bind9/notes/notes-9.21.20.rst",
    "bind9/notes/notes-9.21.3.rst", "bind9/notes/notes-9.21.8.rst", "bind9/notes/notes-9.21.9.rst",
    "dnsdist/advanced/acl.rst", "dnsdist/advanced/ebpf.rst", "dnsdist/advanced/snmp.rst",
    "dnsdist/advanced/timedipsetrule.rst", "dnsdist/advanced/tls-certificates-management.rst",
    "dnsdist/advanced/tls-sessions-management.rst", "dnsdist/guides/cache.rst",
    "dnsdist/guides/dns-over-https.rst", "dnsdist/guides/dns-over-quic.rst",
    "dnsdist/guides/downstreams.rst", "dnsdist/guides/dynblocks.rst", "dnsdist/guides/index.rst",
    "dnsdist/guides/serverpools.rst", "dnsdist/manpages/index.rst", "dnsdist/reference/actions.rst",
    "dnsdist/reference/config.rst", "dnsdist/reference/dnscrypt.rst",
    "dnsdist/reference/netmask.rst", "dnsdist/reference/netmaskgroup.rst",
    "dnsdist/reference/ottrace.rst", "dnsdist/reference/selectors.rst",
    "dnsdist/reference/snmp.rst", "dnsdist/reference/svc.rst", "dnsdist/reference/web.rst",
    "dnsdist/reference/yaml-support-structures.rst", "dnsdist/rules-actions.rst",
    "dnsdist/security-advisories/powerdns-advisory-for-dnsdist-2024-03.rst",
    "dnsdist/security-advisories/powerdns-advisory-for-dnsdist-2025-02.rst",
    "dnsdist/security-advisories/powerdns-advisory-for-dnsdist-2025-03.rst",
    "dnsdist/security-advisories/powerdns-advisory-for-dnsdist-2026-02.rst",
    "dnsdist/security-advisories/powerdns-advisory-for-dnsdist-2026-04.rst",
    "dnsdist/statistics.rst", "knot/index.rst", "knot/man_keymgr.rst", "knot/man_knsec3hash.rst",
    "knot/man_knsupdate.rst", "knot/man_kxdpgun.rst", "knot/reference.rst", "knot/requirements.rst",
    "pdns-recursor/appendices/FAQ.rst", "pdns-recursor/appendices/structuredlogging.rst",
    "pdns-recursor/appendices/yamlconversion.rst", "pdns-recursor/changelog/4.2.rst",
    "pdns-recursor/changelog/4.7.rst", "pdns-recursor/changelog/4.9.rst",
    "pdns-recursor/changelog/5.5.rst", "pdns-recursor/changelog/index.rst",
    "pdns-recursor/getting-started.rst", "pdns-recursor/http-api/endpoint-rpz-stats.rst",
    "pdns-recursor/http-api/endpoint-servers-config.rst", "pdns-recursor/http-api/index.rst",
    "pdns-recursor/indexTOC.rst", "pdns-recursor/lua-config/protobuf.rst",
    "pdns-recursor/lua-config/rpz.rst", "pdns-recursor/lua-config/sortlist.rst",
    "pdns-recursor/lua-scripting/dnsrecord.rst", "pdns-recursor/lua-scripting/ffi.rst",
    "pdns-recursor/lua-scripting/logging.rst", "pdns-recursor/manpages/index.rst",
    "pdns-recursor/manpages/rec_control.1.rst", "pdns-recursor/performance.rst",
    "pdns-recursor/security-advisories/powerdns-advisory-2010-02.rst",
    "pdns-recursor/security-advisories/powerdns-advisory-2016-02.rst",
    "pdns-recursor/security-advisories/powerdns-advisory-2016-04.rst",
    "pdns-recursor/security-advisories/powerdns-advisory-2017-08.rst",
    "pdns-recursor/security-advisories/powerdns-advisory-2018-04.rst",
    "pdns-recursor/security-advisories/powerdns-advisory-2018-09.rst",
    "pdns-recursor/security-advisories/powerdns-advisory-2019-01.rst",
    "pdns-recursor/security-advisories/powerdns-advisory-2020-01.rst",
    "pdns-recursor/security-advisories/powerdns-advisory-2022-01.rst",
    "pdns-recursor/security-advisories/powerdns-advisory-2022-02.rst",
    "pdns-recursor/security-advisories/powerdns-advisory-2023-01.rst",
    "pdns-recursor/security-advisories/powerdns-advisory-2023-02.rst",
    "pdns-recursor/security-advisories/powerdns-advisory-2025-08.rst",
    "pdns-recursor/security-advisories/powerdns-advisory-2026-03.rst",
    "pdns-recursor/security-advisories/powerdns-advisory-2026-10.rst",
    "pdns-recursor/security-advisories/powerdns-advisory-2026-11.rst", "pdns/appendices/EOL.rst",
    "pdns/appendices/backend-writers-guide.rst", "pdns/appendices/index.rst",
    "pdns/backends/generic-sqlite3.rst", "pdns/backends/lmdb.rst", "pdns/backends/pipe.rst",
    "pdns/catalog.rst", "pdns/changelog/4.8.rst", "pdns/changelog/index.rst",
    "pdns/common/api/dataformat.rst", "pdns/common/api/endpoint-api.rst",
    "pdns/common/api/endpoint-servers.rst", "pdns/common/license.rst", "pdns/common/secpoll.rst",
    "pdns/dnssec/modes-of-operation.rst", "pdns/guides/algoroll.rst", "pdns/guides/alias.rst",
    "pdns/guides/basic-database.rst", "pdns/guides/index.rst", "pdns/guides/kskrollcdnskey.rst",
    "pdns/guides/virtual-instances.rst", "pdns/http-api/autoprimaries.rst",
    "pdns/http-api/index.rst", "pdns/http-api/networks.rst", "pdns/http-api/views.rst",
    "pdns/indexTOC.rst", "pdns/lua-records/index.rst", "pdns/lua-records/reference/dnsheader.rst",
    "pdns/lua-records/reference/index.rst", "pdns/lua-records/reference/misc.rst",
    "pdns/lua-records/reference/netmask.rst", "pdns/manpages/calidns.1.rst",
    "pdns/manpages/dnspcap2calidns.1.rst", "pdns/manpages/dnspcap2protobuf.1.rst",
    "pdns/manpages/dnsscan.1.rst", "pdns/manpages/index.rst", "pdns/manpages/ixfrdist.1.rst",
    "pdns/manpages/nproxy.1.rst", "pdns/manpages/pdns_notify.1.rst",
    "pdns/manpages/zone2json.1.rst", "pdns/manpages/zone2sql.1.rst", "pdns/migration.rst",
    "pdns/operating.rst", "pdns/running.rst",
    "pdns/security-advisories/powerdns-advisory-2008-02.rst",
    "pdns/security-advisories/powerdns-advisory-2008-03.rst",
    "pdns/security-advisories/powerdns-advisory-2015-01.rst",
    "pdns/security-advisories/powerdns-advisory-2015-03.rst",
    "pdns/security-advisories/powerdns-advisory-2016-01.rst",
    "pdns/security-advisories/powerdns-advisory-2016-02.rst",
    "pdns/security-advisories/powerdns-advisory-2017-04.rst",
    "pdns/security-advisories/powerdns-advisory-2018-02.rst",
    "pdns/security-advisories/powerdns-advisory-2018-03.rst",
    "pdns/security-advisories/powerdns-advisory-2018-05.rst",
    "pdns/security-advisories/powerdns-advisory-2019-05.rst",
    "pdns/security-advisories/powerdns-advisory-2019-06.rst",
    "pdns/security-advisories/powerdns-advisory-2021-01.rst",
    "pdns/security-advisories/powerdns-advisory-2026-06.rst", "pdns/views.rst",
    "unbound/unbound-host.rst"
})  # fmt: skip

#: The set as the shared builder reads it.
SET = _logset.LogSet(
    number=48,
    repositories=tuple(SOURCES),
    systems=systems,
    holdout=HOLDOUT,
    texts=system_blocks,
    label=_label44,
    most=MOST,
    earlier=47,
    holdout_unique=True,
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])

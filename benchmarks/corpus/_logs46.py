"""Build the forty-sixth real-text log set: an FTP server's documented log and configuration excerpts (ProFTPD).

The text is the preformatted blocks (``<pre>``) of the documentation that ProFTPD
(``proftpd/proftpd``, the FTP/FTPS/SFTP server; GPL-2.0, ``COPYING``) ships in its own
repository under ``doc/``: the how-tos (``doc/howto/``), the contributed modules' and the core
modules' pages (``doc/contrib/``, ``doc/modules/``), the utilities' pages (``doc/utils/``) and
the FAQ. Its blocks are what an FTP server's administrator reads and writes: the server's own
log lines (session, transfer, ``mod_ban``, ``mod_tls``, ``mod_sftp``, debug and forensic logs,
``ftptop`` and ``ftpwho`` output), and the configuration that names hosts, networks and
addresses (``Allow from``, ``MasqueradeAddress``, ``PassivePorts``, virtual hosts, SQL and
Redis servers, ...). No earlier set read ``proftpd/proftpd``. The RFCs the folder carries
(``doc/rfc/``) are the IETF's text, not ProFTPD's, and are left out.

Selection and split (fixed 2026-12-07 15:38 UTC from the file names alone, before any block was
read; ``benchmarks/corpus/README.md``): a system is an HTML page of ``doc/`` outside
``doc/rfc/`` (its path under ``doc/``, 144 names). The split is by system, a third held out
(``_logset.holdout_systems``: the 48 names with the smallest SHA-256). A record is one ``<pre>``
block of the page, its tags removed and its HTML entities read (``&lt;`` as ``<``), blank lines
at its ends and trailing blanks of its lines removed, at least ``MIN_CHARS`` characters, in file
order, distinct. Dropped: a block with a control character other than a tab or a new line;
one that carries the tag of a program fail2ban has filters for (``_logs10._FAIL2BAN_PROGRAM``
and ``_logs42._FAIL2BAN_MORE``, which name ``proftpd`` itself: a syslog line tagged
``proftpd[pid]:``), so that no record can be a copy of fail2ban's off-limits test logs; one
equal to a development record of an earlier real log set (held-out records compared by SHA-256
only, never read); one already taken by a system earlier in this set. Per system at most
``MOST`` evenly spaced blocks.

Labels: the forty-fourth set's rules (``_logs44._label44``, which applies the forty-second
set's ``_label42`` and through it the first to forty-first sets' rules: IP, MAC and e-mail
addresses gold, a browser-shaped user agent ``USER_AGENT``, everything else non-personal; an
address of ``0.0.0.0`` ignored), applied to both parts before any detector ran.

Run once, with a local git directory of the repository:

    python -m benchmarks.corpus._logs46 --git proftpd/proftpd=DIR
"""

from __future__ import annotations

import html
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

#: The repository and commit read (``proftpd/proftpd``'s default branch, 2026-08-22).
PROFTPD = "proftpd/proftpd"
SOURCES: dict[str, tuple[str, str]] = {
    PROFTPD: ("1dbfb9d7c06df22a6f6b610b014b72b190ab6f86", "GPL-2.0"),
}
#: The documentation folder read, and the folder of IETF texts left out.
FOLDER = "doc/"
RFC = "doc/rfc/"
#: The most records a system gives (evenly spaced, ``_logs4._select``).
MOST = 5
#: The fewest characters of a record.
MIN_CHARS = 20

#: A preformatted block of a page.
_PRE = re.compile(r"<pre\b[^>]*>(.*?)</pre>", re.IGNORECASE | re.DOTALL)
#: An HTML tag inside a block.
_TAG = re.compile(r"<[^>]+>")


def pre_blocks(page: str) -> list[str]:
    """A page's ``<pre>`` blocks: tags removed, entities read, blank ends and trailing blanks gone."""
    out = []
    for m in _PRE.finditer(page):
        text = html.unescape(_TAG.sub("", m.group(1)))
        lines = [line.rstrip() for line in text.splitlines()]
        while lines and not lines[0].strip():
            lines.pop(0)
        while lines and not lines[-1].strip():
            lines.pop()
        out.append("\n".join(lines))
    return out


def keep(block: str) -> bool:
    """A block long enough, without binary residue or a fail2ban program's tag."""
    if len(block) < MIN_CHARS or _logset.CONTROL.search(block) or _FAIL2BAN_MORE.search(block):
        return False
    return not_fail2ban(block, "") is not None


def systems(gits: dict[str, Path]) -> list[str]:
    """The pages (paths under ``doc/``) outside ``doc/rfc/``, sorted."""
    commit = SOURCES[PROFTPD][0]
    paths = git_files(gits[PROFTPD], commit, FOLDER, ".html")
    return sorted(p.removeprefix(FOLDER) for p in paths if not p.startswith(RFC))


def system_blocks(gits: dict[str, Path], system: str) -> list[str]:
    """A page's kept blocks, distinct, in file order."""
    commit = SOURCES[PROFTPD][0]
    page = git_show(gits[PROFTPD], commit, FOLDER + system)
    return list(dict.fromkeys(b for b in pre_blocks(page) if keep(b)))


#: The held-out systems: the 48 (a third) of the 144 pages whose names have the smallest SHA-256
#: (``_logset.holdout_systems``), fixed 2026-12-07 15:38 UTC before any block was read.
HOLDOUT = frozenset({
    "contrib/ftpquota.html", "contrib/mod_digest.html", "contrib/mod_dynmasq.html",
    "contrib/mod_ifsession.html", "contrib/mod_load.html", "contrib/mod_log_forensic.html",
    "contrib/mod_quotatab_sql.html", "contrib/mod_rewrite.html", "contrib/mod_shaper.html",
    "contrib/mod_site_misc.html", "contrib/mod_snmp.html", "contrib/mod_sql_passwd.html",
    "contrib/mod_tls.html", "contrib/mod_tls_memcache.html", "contrib/mod_unique_id.html",
    "contrib/mod_wrap2.html", "contrib/mod_wrap2_redis.html", "directives/index.html",
    "faq.html", "howto/AWS.html", "howto/AuthFiles.html", "howto/Authentication.html",
    "howto/BCP.html", "howto/Chroot.html", "howto/Classes.html", "howto/ConfigFile.html",
    "howto/DNS.html", "howto/DSO.html", "howto/Debugging.html", "howto/Globbing.html",
    "howto/Radius.html", "howto/Redis.html", "howto/Rewrite.html", "howto/SQL.html",
    "howto/Scoreboard.html", "howto/Stopping.html", "howto/TLS.html", "howto/Versioning.html",
    "howto/Vhost.html", "modules/mod_auth.html", "modules/mod_auth_file.html",
    "modules/mod_lang.html", "modules/mod_log.html", "modules/mod_memcache.html",
    "modules/mod_redis.html", "modules/mod_systemd.html", "utils/ftpshut.html",
    "utils/ftptop.html",
})  # fmt: skip

#: The set as the shared builder reads it.
SET = _logset.LogSet(
    number=46,
    repositories=tuple(SOURCES),
    systems=systems,
    holdout=HOLDOUT,
    texts=system_blocks,
    label=_label44,
    most=MOST,
    earlier=45,
    holdout_unique=True,
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])

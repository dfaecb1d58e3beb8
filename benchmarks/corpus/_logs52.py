"""Build the fifty-second real-text log set: MySQL's general, binary and raw logs, its wire traffic and InnoDB status in a toolkit's tests.

The text is sample files that Percona Toolkit (``percona/percona-toolkit``; GPL-2.0,
``COPYING``) keeps for its tests of MySQL log parsers and monitors, none of them read by the
twenty-fifth set (which took the same repository's ``t/lib/samples/slowlogs/``, ``errlogs/`` and
``simple-tcprequests/`` and the Galera log explainer's logs): the MySQL server's general query
logs (``t/lib/samples/genlogs/``: connects with ``user@host on``, queries, quits), the
``mysqlbinlog`` dumps of binary logs (``binlogs/``: ``server id``, positions, thread ids,
statements), raw logs (``rawlogs/``), ``tcpdump -x`` captures of MySQL client/server traffic
(``tcpdump/``: timestamps, ``IP host.port > host.3306`` lines and hex dumps), and the
``SHOW ENGINE INNODB STATUS`` / processlist samples of the foreign-key error logger, the
deadlock logger and the query killer (``t/pt-fk-error-logger/samples/``,
``t/pt-deadlock-logger/samples/``, ``t/pt-kill/samples/``: ``MySQL thread id ..., query id ...
<host> <ip> <user>``). This is what a MySQL administrator pastes from a server: addresses of
clients among thread ids, positions, hex and counters.

Selection and split (fixed 2026-12-07 17:54 UTC from the file names alone, before any file was
read; ``benchmarks/corpus/README.md``): a system is one sample file, named ``<folder>/<file>``
(``FOLDERS``: ``genlogs/genlog001.txt``, ``pt-kill/filter001.txt``), ``.sql``, ``.pl``, ``.sh``
and ``.conf`` files left out (table definitions and scripts). The split is by system, a third
held out (``_logset.holdout_systems``: the names with the smallest SHA-256). A record is the
file, blank lines at its ends and trailing blanks of its lines removed, cut at 4,000 characters
(``_logset.RECORD_CHARS``), at least ``MIN_CHARS`` characters. Dropped: a file with a control
character other than a tab or a new line; one that carries the tag of a program fail2ban has
filters for (``_logs10.not_fail2ban``, ``_logs42._FAIL2BAN_MORE``: ``mysqld`` among them);
one equal to a development record of an earlier real log set (held-out records compared by
SHA-256 only, never read); one already taken by a system earlier in this set.

Labels: the forty-seventh set's rules (``_logs47._label47``: the forty-fourth set's
``_label44``, which applies the forty-second set's ``_label42`` and through it the first to
forty-first sets' rules: IP, MAC and e-mail addresses gold, a browser-shaped user agent
``USER_AGENT``, everything else non-personal, an address of ``0.0.0.0`` ignored; then
tcpdump's ``<IPv4>.<port>`` endpoint before `` >`` or ``:``, the address only, gold), applied
to both parts before any detector ran. A MySQL account (``root@localhost``, ``user@1.2.3.4``)
is no e-mail address; the IPv4 host of one is an ``IP_ADDRESS``.

Run once, with a local git directory of the repository:

    python -m benchmarks.corpus._logs52 --git percona/percona-toolkit=DIR
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from benchmarks.corpus import _logset
from benchmarks.corpus._git import git_files, git_show
from benchmarks.corpus._logs47 import _label47
from benchmarks.corpus._logs49 import clean, keep

if TYPE_CHECKING:
    from pathlib import Path

#: The repository and commit read (the twenty-fifth set's commit, 2024-03-26).
PERCONA = "percona/percona-toolkit"
SOURCES: dict[str, tuple[str, str]] = {
    PERCONA: ("8d0f14c1800a06c12f8967a5564015d16c40609d", "GPL-2.0"),
}
#: The folders read: the systems' prefix, then the folder.
FOLDERS: dict[str, str] = {
    "genlogs": "t/lib/samples/genlogs/",
    "binlogs": "t/lib/samples/binlogs/",
    "rawlogs": "t/lib/samples/rawlogs/",
    "tcpdump": "t/lib/samples/tcpdump/",
    "pt-kill": "t/pt-kill/samples/",
    "pt-fk-error-logger": "t/pt-fk-error-logger/samples/",
    "pt-deadlock-logger": "t/pt-deadlock-logger/samples/",
}
#: Files left out: table definitions, scripts and configuration.
SKIP_SUFFIXES = (".sql", ".pl", ".sh", ".conf")
#: Each system (file) gives its one record.
MOST = 1
#: The fewest characters of a record (``_logs49.keep``).
MIN_CHARS = 20


def systems(gits: dict[str, Path]) -> list[str]:
    """The sample files, named ``<folder>/<path under the folder>``, sorted."""
    commit = SOURCES[PERCONA][0]
    return sorted(
        f"{prefix}/{path.removeprefix(folder)}"
        for prefix, folder in FOLDERS.items()
        for path in git_files(gits[PERCONA], commit, folder)
        if not path.endswith(SKIP_SUFFIXES)
    )


def system_texts(gits: dict[str, Path], system: str) -> list[str]:
    """A file's record, cleaned, when kept."""
    prefix, _, rest = system.partition("/")
    text = clean(git_show(gits[PERCONA], SOURCES[PERCONA][0], FOLDERS[prefix] + rest))
    return [text] if keep(text) else []


#: The held-out systems: the 28 (a third) of the 84 files whose names have the smallest SHA-256
#: (``_logset.holdout_systems``), fixed 2026-12-07 17:54 UTC before any file was read.
HOLDOUT = frozenset({
    "binlogs/binlog001.txt", "binlogs/binlog005.txt", "binlogs/binlog007.txt",
    "binlogs/binlog008.txt", "binlogs/binlog010.txt", "genlogs/pt-1573-general-log-system.log",
    "pt-deadlock-logger/bug_1195034.txt", "pt-fk-error-logger/is003-fke.txt",
    "pt-fk-error-logger/is003.txt", "pt-fk-error-logger/is005.txt", "pt-kill/filter001.txt",
    "pt-kill/kill-recset011-001.txt", "rawlogs/rawlog002.txt", "tcpdump/tcpdump000.txt",
    "tcpdump/tcpdump008.txt", "tcpdump/tcpdump009.txt", "tcpdump/tcpdump011.txt",
    "tcpdump/tcpdump012.txt", "tcpdump/tcpdump014.txt", "tcpdump/tcpdump016.txt",
    "tcpdump/tcpdump019.txt", "tcpdump/tcpdump021.txt", "tcpdump/tcpdump024.txt",
    "tcpdump/tcpdump030.txt", "tcpdump/tcpdump031.txt", "tcpdump/tcpdump036.txt",
    "tcpdump/tcpdump041.txt", "tcpdump/tcpdump042.txt",
})  # fmt: skip

#: The set as the shared builder reads it.
SET = _logset.LogSet(
    number=52,
    repositories=tuple(SOURCES),
    systems=systems,
    holdout=HOLDOUT,
    texts=system_texts,
    label=_label47,
    most=MOST,
    earlier=50,
    holdout_unique=True,
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])

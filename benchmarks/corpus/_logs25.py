"""Build the twenty-fifth real-text log set: cluster, messaging, RADIUS and database servers' logs.

The text comes from seven repositories that commit log lines nobody on this team wrote, pinned by
commit: the Galera cluster nodes' error logs (MySQL/Percona XtraDB Cluster, ``WSREP`` membership,
state transfers, the Kubernetes operator's entrypoint) and the MySQL slow, error and TCP-request
logs in Percona Toolkit's tests (``percona/percona-toolkit``, GPL-2.0); the NATS server's log
lines in its documentation (``nats-io/nats.docs``, Apache-2.0: cluster routes, gateways, leaf
nodes, Docker and NATS Streaming); RabbitMQ's log lines in its documentation
(``rabbitmq/rabbitmq-website``, Apache-2.0 and MPL-2.0); FreeRADIUS' ``radsniff`` test outputs
and documentation (``FreeRADIUS/freeradius-server``, GPL-2.0); Serf's agent logs in its
documentation (``hashicorp/serf``, MPL-2.0); Patroni's logs in its documentation
(``patroni/patroni``, MIT); and CoreDNS' logs in its plugins' documentation
(``coredns/coredns``, Apache-2.0).

Selection and split (fixed 2026-12-05 22:18 UTC from the systems' names and file paths, before
any line was extracted; ``benchmarks/corpus/README.md``): the systems and their files are
``SYSTEMS``; the split is by system, a third held out (``holdout_systems``: the names with the
smallest SHA-256). A record is one line: every line of a log file (``_LOG_FILE``: Percona's log
samples and FreeRADIUS' test outputs); of a documentation page only a line that carries a log
stamp (``_STAMP``), from the stamp on. Dropped: a line with no word of three letters (``_WORD``),
a line with a control character other than a tab, a line of a program fail2ban has filters for
(``_logs10._FAIL2BAN_PROGRAM``), a line already in a part of an earlier real log set
(development parts compared as text, held-out parts by SHA-256 only, never read), and a line
already taken for a system earlier in this set. Per system, of its distinct lines, ``MOST_NET``
(60) evenly spaced ones of those that hold an address shape (``_ADDRESS_SHAPE``: a dotted quad,
a colon-hex MAC, an IPv6 ``::``, an ``@`` between a word and a dotted domain) and ``MOST_OTHER``
(60) evenly spaced ones of the rest, in file order (``_stratified``): the set is built to
measure IP/MAC/e-mail precision and recall, so half its records hold an address-shaped string.
Records are cut at 4,000 characters.

Labels: the rules of the twenty-second set (``_logs22._label22``, which applies the twentieth
to first sets' rules: ``0.0.0.0`` and the broadcast address ignored), then ``_label25``'s three
(the IPv6 loopback before a port, an address in a quoted node name, an Erlang node's log file
name no e-mail), written in ``benchmarks/corpus/README.md`` before any detector ran. Both parts were committed, labelled,
before privkit or Presidio ran on either.

Run once, with local git directories of the repositories:

    python -m benchmarks.corpus._logs25 --git percona/percona-toolkit=DIR \
        --git nats-io/nats.docs=DIR --git rabbitmq/rabbitmq-website=DIR \
        --git FreeRADIUS/freeradius-server=DIR --git hashicorp/serf=DIR \
        --git patroni/patroni=DIR --git coredns/coredns=DIR
"""

from __future__ import annotations

import re
import subprocess
import sys
from typing import TYPE_CHECKING

from benchmarks.corpus import _logset
from benchmarks.corpus._git import git_blob, git_files
from benchmarks.corpus._logs4 import _select
from benchmarks.corpus._logs10 import _FAIL2BAN_PROGRAM, _overlap
from benchmarks.corpus._logs22 import _label22
from benchmarks.corpus._logset import CONTROL

if TYPE_CHECKING:
    from pathlib import Path

PERCONA = "percona/percona-toolkit"
NATS = "nats-io/nats.docs"
#: repository -> (commit, licence as its LICENSE or COPYING file states it).
SOURCES: dict[str, tuple[str, str]] = {
    PERCONA: ("8d0f14c1800a06c12f8967a5564015d16c40609d", "GPL-2.0"),
    NATS: ("98856081c8843d9fa238b3ea96e1f72d07f31113", "Apache-2.0"),
    "rabbitmq/rabbitmq-website": (
        "0acf2a429b51aa35667af4369b8353317ebea524", "Apache-2.0 AND MPL-2.0"
    ),
    "FreeRADIUS/freeradius-server": ("65a80881caf496281707f2c52ef68ae5a4e518ce", "GPL-2.0"),
    "hashicorp/serf": ("a24f620f9e5b291f6d4610e275086250463eeb64", "MPL-2.0"),
    "patroni/patroni": ("de6b22c800a4e5edb351482f0bf64415271003f6", "MIT"),
    "coredns/coredns": ("4b26cced32717eac6dd725e308d7415c8b9db147", "Apache-2.0"),
}  # fmt: skip
_G = "src/go/pt-galera-log-explainer/tests/logs/"
_S = "t/lib/samples/"
_N = "running-a-nats-service/"
#: system -> (repository, files or folders (a name ending in ``/``: every file under it)).
#: Fixed from the files' names before any line was read. Left out: the copy of
#: ``operator_ambiguous_ips/node3.log`` under ``operator_concurrent_ssts/`` (the same blob),
#: RabbitMQ's ``versioned_docs/`` (copies of ``docs/``), Percona's ``pt-summary`` and
#: ``pt-mysql-summary`` samples (command output, no log).
SYSTEMS: dict[str, tuple[str, tuple[str, ...]]] = {
    "galera-conflict": (PERCONA, (_G + "conflict/",)),
    "galera-merge-rotated-daily": (PERCONA, (_G + "merge_rotated_daily/",)),
    "galera-operator-ambiguous-ips": (PERCONA, (_G + "operator_ambiguous_ips/",)),
    "galera-operator-concurrent-ssts": (PERCONA, (
        _G + "operator_concurrent_ssts/node1.log", _G + "operator_concurrent_ssts/node2.log",
    )),
    "galera-operator-split": (PERCONA, (_G + "operator_split/",)),
    "galera-upgrade": (PERCONA, (_G + "upgrade/",)),
    "mysql-slow-logs": (PERCONA, (_S + "slowlogs/",)),
    "mysql-error-logs": (PERCONA, (_S + "errlogs/",)),
    "mysql-tcp-requests": (PERCONA, (_S + "simple-tcprequests/",)),
    "nats-docs-clustering": (NATS, (_N + "configuration/clustering/",)),
    "nats-docs-running": (NATS, (_N + "running/",)),
    "nats-docs-gateways-leafnodes": (NATS, (
        _N + "configuration/gateways/", _N + "configuration/leafnodes/",
    )),
    "nats-docs-other": (NATS, (
        _N + "clients.md", _N + "installation.md", _N + "configuration/securing_nats/",
        _N + "nats_admin/",
    )),
    "nats-streaming-docs": (NATS, ("legacy/stan/",)),
    "rabbitmq-docs": ("rabbitmq/rabbitmq-website", ("docs/",)),
    "freeradius-radsniff-tests": ("FreeRADIUS/freeradius-server", ("src/tests/radsniff/",)),
    "freeradius-docs": ("FreeRADIUS/freeradius-server", ("doc/antora/",)),
    "serf-docs": ("hashicorp/serf", ("docs/", "README.md")),
    "patroni-docs": ("patroni/patroni", ("docs/", "docker/README.md", "kubernetes/README.md")),
    "coredns-plugin-docs": ("coredns/coredns", ("plugin/", "README.md")),
}  # fmt: skip
#: The held-out systems: the 6 (a third) of the 20 whose names have the smallest SHA-256
#: (``holdout_systems``), fixed from the names before any line was extracted (2026-12-05 22:44
#: UTC; README, "Twenty-fifth real-text log set", says what was seen before).
HOLDOUT = frozenset({
    "freeradius-radsniff-tests", "galera-conflict", "galera-merge-rotated-daily",
    "galera-operator-split", "galera-upgrade", "mysql-tcp-requests",
})  # fmt: skip
#: Per system, the address-shaped lines and the other lines kept (``_stratified``).
MOST_NET = 60
MOST_OTHER = 60
#: What ``select_parts`` keeps of a system's (already thinned) lines: all of them.
MOST = MOST_NET + MOST_OTHER
#: The files read whole, line by line: log samples and test outputs (not documentation).
_LOG_FILE = re.compile(r"\.log$|^t/lib/samples/|^src/tests/radsniff/")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
#: Where a log line starts in a documentation page: an ISO date and time, a Go ``yyyy/mm/dd
#: hh:mm:ss`` (NATS, Serf), a MySQL ``yymmdd hh:mm:ss``, a syslog ``Mon dd hh:mm:ss host``, or a
#: bracketed level before a word (CoreDNS' ``[INFO] 10.0.0.1:53 - ...``).
_STAMP = re.compile(
    r"\b\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}"
    r"|\b\d{4}/\d{2}/\d{2} \d{2}:\d{2}:\d{2}\b"
    r"|\b\d{6} [ \d]\d:\d{2}:\d{2}\b"
    rf"|\b{_MONTH} [ \d]\d \d{{2}}:\d{{2}}:\d{{2}} [\w.-]"
    r"|\[(?:INFO|WARNING|ERROR|DEBUG|FATAL|INF|WRN|ERR|DBG)\] (?=\S)"
)
#: A word of three letters: a line without one (after its stamp) is a bare time or number row.
_WORD = re.compile(r"(?!(?:UTC|GMT)\b)[A-Za-z]{3,}")
#: An address shape (not privkit's rules): a dotted quad, a colon-hex MAC, an IPv6 ``::`` between
#: hex digits, or an ``@`` between a word character and a dotted domain.
_ADDRESS_SHAPE = re.compile(
    r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])"
    r"|\b[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5}\b"
    r"|[0-9A-Fa-f]::|::[0-9A-Fa-f]"
    r"|\w@[\w-]+\.[\w.-]*[A-Za-z]"
)


# Written in the label review of the development part, before any detector ran (README,
# "Twenty-fifth real-text log set"); applied to both parts.
#: The IPv6 loopback before a port (NATS' client ``[INF] ::1:63283 - cid:7``): the generic rules
#: do not take ``::1`` when a colon and a port follow it.
_LOOPBACK_PORT = re.compile(r"(?<![\w:.])(::1)(?=:\d{1,5}\b)(?!:\d{1,5}:)")
#: An address that a hyphenated word follows inside a quoted name (Citus' ``'172.19.0.7-demoted'``):
#: the host's address, which the generic rules do not end before a hyphen.
_QUOTED_ADDRESS_NAME = re.compile(
    r"(?<=['\"])((?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3})-[A-Za-z]{1,32}(?=['\"])"
)
#: A log file named after an Erlang node (``rabbit@localhost.log``, ``rabbit@host_upgrade.log``):
#: a file name, not a mailbox.
_NODE_LOG_FILE = re.compile(r"[\w.-]{1,64}@[\w.-]{1,253}\.log\b")


def _label25(text: str, system: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    gold, ignored = _label22(text, system)
    for m in _NODE_LOG_FILE.finditer(text):
        s, e = m.span()
        gold = [g for g in gold if not (g["entity"] == "EMAIL_ADDRESS" and _overlap([g], s, e))]
    for m in [*_LOOPBACK_PORT.finditer(text), *_QUOTED_ADDRESS_NAME.finditer(text)]:
        if not _overlap(gold, *m.span(1)) and not _overlap(ignored, *m.span(1)):
            gold.append({"start": m.start(1), "end": m.end(1), "entity": "IP_ADDRESS"})
    gold.sort(key=lambda g: (int(g["start"]), int(g["end"])))  # type: ignore[call-overload]
    return gold, ignored


def _paths(git: Path, commit: str, spec: str) -> list[str]:
    """The file ``spec`` names, or every file under it when it ends in ``/``, sorted."""
    if not spec.endswith("/"):
        return [spec]
    return sorted(git_files(git, commit, spec))


def _doc_page(path: str) -> bool:
    return path.endswith((".md", ".mdx", ".rst", ".adoc", ".markdown", ".txt", ".html"))


def _stratified(
    lines: list[str],
    *,
    most_net: int = MOST_NET,
    most_other: int = MOST_OTHER,
    shape: re.Pattern[str] = _ADDRESS_SHAPE,
) -> list[str]:
    """``most_net`` evenly spaced ``shape``d lines and ``most_other`` others, in file order.

    By default the twenty-fifth set's numbers and address shape; a later set passes its own.
    """
    uniq = _select(lines, len(lines) + 1)
    net = _select([t for t in uniq if shape.search(t)], most_net)
    other = _select([t for t in uniq if not shape.search(t)], most_other)
    keep = set(net) | set(other)
    return [t for t in uniq if t in keep]


def system_lines(gits: dict[str, Path], system: str) -> list[str]:
    """A system's kept lines in file order (``_stratified``); residue left out."""
    repo, specs = SYSTEMS[system]
    commit = SOURCES[repo][0]
    out: list[str] = []
    for spec in specs:
        for path in _paths(gits[repo], commit, spec):
            whole = bool(_LOG_FILE.search(path))
            if not whole and not _doc_page(path):
                continue  # code, images, configuration
            try:
                blob = git_blob(gits[repo], commit, path)
            except subprocess.CalledProcessError:
                continue  # listed but absent from the snapshot
            text = blob.decode("utf-8", "replace").removeprefix("\ufeff")
            for raw in text.splitlines():
                if whole:
                    line, at = raw.rstrip(), 0
                else:
                    m = _STAMP.search(raw)
                    if m is None:
                        continue
                    line, at = raw[m.start() :].rstrip(), m.end() - m.start()
                if not line.strip() or not _WORD.search(line, at) or CONTROL.search(line):
                    continue
                if _FAIL2BAN_PROGRAM.search(line):
                    continue
                out.append(line)
    return _stratified(out)


#: The set as the shared builder reads it (a line of an earlier set's development part is
#: dropped; its held-out parts are compared by SHA-256 only, no record read).
SET = _logset.LogSet(
    number=25,
    repositories=tuple(SOURCES),
    systems=SYSTEMS,
    holdout=HOLDOUT,
    texts=system_lines,
    label=_label25,
    most=MOST,
    earlier=25,
    holdout_unique=True,
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])

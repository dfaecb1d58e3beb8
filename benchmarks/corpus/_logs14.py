"""Build the fourteenth real-text log set: cloud, cluster, scheduler and kernel logs, by system.

The text comes from the test data of four projects that read logs nobody on this team wrote,
pinned by commit: os-loganalyze's sample logs (``openstack/os-loganalyze``,
``os_loganalyze/tests/samples/``, Apache-2.0: OpenStack CI runs' Cinder, Nova and Neutron
service logs with request, user and tenant ids, devstack's ``stack.sh`` log, the CI node's
syslog and a Jenkins console), syzkaller's crash-report test data (``google/syzkaller``,
``pkg/report/testdata/<os>/report/``, Apache-2.0: kernel consoles with oops, panic, KASAN,
lockdep and hung-task reports of Linux, FreeBSD, OpenBSD, NetBSD, Fuchsia, gVisor, Darwin and
Starnix), Open XDMoD's test artifacts (``ubccr/xdmod``, ``tests/artifacts/xdmod/``, LGPL-3.0:
Slurm ``sacct`` output, PBS/Torque, SGE, UGE and LSF accounting logs, an Open OnDemand access
log) and Ambari Log Search's test logs (``apache/ambari``, ``ambari-logsearch/docker/test-logs/``,
Apache-2.0: Ambari audit, HDFS audit, ZooKeeper, Storm worker, SmartSense agent, Log Search
JSON and a cluster node's system messages).

Selection and split (fixed before extraction, written in ``benchmarks/corpus/README.md``): the
systems and their files are ``SYSTEMS``; a syzkaller folder stands for every report in it, and
Linux's reports are divided into crash families by the first word of the report's ``TITLE:``
line (``linux_family``), syzkaller's name for the crash. The split is by system, a third held
out (``holdout_systems``: those whose names have the smallest SHA-256, from the names alone). A
record is one line of a system's files (gzip decompressed, files read in the order of
``SYSTEMS``). Dropped: syzkaller's own header of a report (its ``TITLE:``, ``TYPE:`` ...
lines before the first blank line), a line with a control character other than a tab, a line
of a program that fail2ban has filters for (``_logs10._FAIL2BAN_PROGRAM``), a line already in a
development part of an earlier real log set, and a held-out line equal to a development one.
Per system, ``MOST`` (40) evenly spaced ones of its distinct lines (``_logs4._select``).
Records are cut at 4,000 characters.

Labels: the rules of ``_logs13._label13`` (which applies the twelfth to first sets' rules),
then those of ``_label14`` below, written in ``benchmarks/corpus/README.md`` before any
detector ran. Both files were committed, labelled, before privkit or Presidio ran on either.

Run once, with local git directories of the four repositories:

    python -m benchmarks.corpus._logs14 --git openstack/os-loganalyze=DIR \
        --git google/syzkaller=DIR --git ubccr/xdmod=DIR --git apache/ambari=DIR
"""

from __future__ import annotations

import gzip
import re
import sys
from typing import TYPE_CHECKING

from benchmarks.corpus import _logset
from benchmarks.corpus._git import git_blob, git_files
from benchmarks.corpus._logs10 import _FAIL2BAN_PROGRAM, _overlap
from benchmarks.corpus._logs13 import _label13

if TYPE_CHECKING:
    from pathlib import Path

LOGANALYZE = "openstack/os-loganalyze"
SYZKALLER = "google/syzkaller"
XDMOD = "ubccr/xdmod"
AMBARI = "apache/ambari"
#: repository -> (commit, licence as its LICENSE file states it). os-loganalyze's commit is the
#: last before the repository was retired (its samples removed); Ambari's the last before Log
#: Search moved to its own repository (its test logs removed).
SOURCES: dict[str, tuple[str, str]] = {
    LOGANALYZE: ("d80e6a55e050fdfb71ea439810ac69853acaec9f", "Apache-2.0"),
    SYZKALLER: ("1e72964b0111319984575e60f266d1fa0a98abb5", "Apache-2.0"),
    XDMOD: ("33015b5d1ec986be955ab0ed1c04edfef5e67523", "LGPL-3.0"),
    AMBARI: ("b145740dced09143d6cbeae5c52a8ec99a30f234", "Apache-2.0"),
}
_O = "os_loganalyze/tests/samples/"
_S = "pkg/report/testdata/"
_X = "tests/artifacts/xdmod/"
_XS = _X + "unit/shredder/"
_A = "ambari-logsearch/docker/test-logs/"
#: Linux's crash families: system -> the first words of the reports' TITLE lines.
LINUX_FAMILIES: dict[str, tuple[str, ...]] = {
    "kernel-linux-info": ("INFO:",),
    "kernel-linux-bug": ("BUG:",),
    "kernel-linux-kasan": ("KASAN:",),
    "kernel-linux-warning": ("WARNING:", "WARNING"),
    "kernel-linux-panic": ("kernel", "PANIC:", "Kernel"),
    "kernel-linux-gpf": ("general",),
    "kernel-linux-lockdep": ("possible", "inconsistent"),
    "kernel-linux-sanitizers": ("KMSAN:", "KFENCE:", "UBSAN:", "KCSAN:", "memory"),
}
#: system -> (repository, files in reading order; a path ending in "/" is every file of that
#: folder, in the numeric order of its names). Fixed from the files' names before any line was
#: read. Left out: os-loganalyze's gzip copy of ``screen-c-api.txt``, its HTML and config
#: fixtures; syzkaller's ``all/`` reports (the other folders' copies) and Linux's ``guilty``
#: and ``decompile`` folders (inputs of other tests); XDMoD's reference logs stored as missing
#: blobs and its JSON outputs; Ambari's ``secure-log.txt`` (sshd, which fail2ban has filters for).
SYSTEMS: dict[str, tuple[str, tuple[str, ...]]] = {
    "openstack-cinder-api": (
        LOGANALYZE,
        (_O + "screen-c-api.txt", _O + "devstack@c-api.service.log.txt"),
    ),
    "openstack-cinder-volume": (LOGANALYZE, (_O + "devstack@c-vol.service.log.txt",)),
    "openstack-nova-api": (
        LOGANALYZE,
        (_O + "screen-n-api.txt.gz", _O + "screen-n-api-2.txt.gz"),
    ),
    "openstack-neutron-l3": (LOGANALYZE, (_O + "screen-neutron-l3.txt.gz",)),
    "openstack-neutron-server": (LOGANALYZE, (_O + "screen-q-svc.txt.gz",)),
    "devstack-stack-sh": (LOGANALYZE, (_O + "devstacklog.txt.gz",)),
    "openstack-ci-syslog": (LOGANALYZE, (_O + "syslog.txt",)),
    "jenkins-console": (LOGANALYZE, (_O + "console.html.gz",)),
    **dict.fromkeys(LINUX_FAMILIES, (SYZKALLER, (_S + "linux/report/",))),
    "kernel-linux-other": (SYZKALLER, (_S + "linux/report/",)),
    "kernel-freebsd": (SYZKALLER, (_S + "freebsd/report/",)),
    "kernel-openbsd": (SYZKALLER, (_S + "openbsd/report/",)),
    "kernel-netbsd": (SYZKALLER, (_S + "netbsd/report/",)),
    "kernel-fuchsia": (SYZKALLER, (_S + "fuchsia/report/",)),
    "kernel-gvisor": (SYZKALLER, (_S + "gvisor/report/",)),
    "kernel-darwin": (SYZKALLER, (_S + "darwin/report/",)),
    "kernel-starnix": (SYZKALLER, (_S + "starnix/report/",)),
    "slurm-sacct": (
        XDMOD,
        tuple(
            _XS + "slurm/input/" + n
            for n in (
                "accounting-logs.log",
                "accounting-logs-with-job-arrays.log",
                "non-ended-job-state.log",
                "unknown-job-state.log",
                "utf8-multibyte-chars.log",
            )
        ),
    ),
    "slurm-sacct-reference": (
        XDMOD,
        (_X + "referencedata/phillips.log", _X + "referencedata/pozidriv.log"),
    ),
    "pbs-accounting": (XDMOD, (_XS + "pbs/input/accounting-logs.log",)),
    "sge-accounting": (XDMOD, (_XS + "sge/input/accounting-logs.log",)),
    "uge-accounting": (XDMOD, (_XS + "uge/input/accounting-logs.log",)),
    "lsf-accounting": (
        XDMOD,
        (_XS + "lsf/input/accounting-logs.log", _XS + "lsf/input/utf8-multibyte-chars.log"),
    ),
    "ondemand-access": (XDMOD, (_X + "etlv2/dataendpoint/input/webserverlogfile/test.log",)),
    "ambari-audit": (AMBARI, (_A + "ambari-server/ambari-audit.log",)),
    "hdfs-audit": (AMBARI, (_A + "hdfs-audit/hdfs-audit.log",)),
    "zookeeper": (AMBARI, (_A + "zookeeper/zookeeper-test-log.txt",)),
    "storm-worker": (
        AMBARI,
        (
            _A + "storm/worker-logs/streamline-1-TestAgg-2-3/6700/worker.log",
            _A + "storm/worker-logs/streamline-1-TestAgg-2-3/6701/worker.log",
        ),
    ),
    "smartsense-hst-agent": (AMBARI, (_A + "smartsense/hst-agent-test-log.txt",)),
    "logsearch-json": (AMBARI, (_A + "logsearch/logsearch-test-log.json",)),
    "cluster-node-messages": (AMBARI, (_A + "system_message/message_logs.txt",)),
}
#: The held-out systems: the 12 (a third) of the 38 whose names have the smallest SHA-256
#: (``holdout_systems``), fixed from the names before any line was read (2026-12-05 09:22 UTC).
HOLDOUT = frozenset({
    "cluster-node-messages", "kernel-gvisor", "kernel-linux-bug", "kernel-linux-gpf",
    "kernel-linux-kasan", "kernel-linux-lockdep", "kernel-linux-panic", "openstack-cinder-volume",
    "openstack-neutron-server", "pbs-accounting", "uge-accounting", "zookeeper",
})  # fmt: skip
#: Most records per system.
MOST = 40
#: A line of syzkaller's header of a report (``TITLE: ...``, ``CORRUPTED: Y``).
_HEADER = re.compile(r"^[A-Z][A-Z_]*:")


def linux_family(title: str) -> str:
    """The Linux crash family of a report whose TITLE line is ``title``."""
    first = title.split(" ", 1)[0]
    for name, words in LINUX_FAMILIES.items():
        if first in words:
            return name
    return "kernel-linux-other"


# --------------------------------------------------------------------------- labelling


# Found in the label review of the development part, before any detector ran (README,
# "Fourteenth real-text log set"); applied to both parts.
_Q = r"(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}"
#: An address the generic rules miss: a Swift ring device ``z1-127.0.0.1:6012`` and a sed
#: replacement's group reference before it (``\1127.0.0.1``).
_IP_GLUED = re.compile(r"(?:\bz\d+-|\\\d)(" + _Q + r")(?![\d.])")
#: An SSH protocol extension's name (``keepalive@openssh.com``): no mailbox, clean.
_SSH_EXTENSION = re.compile(r"^[\w.-]+@(?:openssh\.com|libssh\.org)$")
#: OpenStack's request context ``[req-<uuid> <user> <project>]``: the user (a name or a
#: Keystone id) is ignored; the project (tenant) is clean.
_OS_CONTEXT = re.compile(r"\[req-[0-9a-f-]{36} ([\w.-]+) [\w.-]+\]")
#: A Keystone user id in a request body (``u'user_id': u'<hex>'``, ``"user_id": "<hex>"``).
_OS_USER_ID = re.compile(r"""\buser_id['"]?:\s*u?['"]([0-9a-f]{32})['"]""")
#: The user of an HPC scheduler's accounting record: Slurm ``sacct`` output's ninth field,
#: SGE's and UGE's fourth (``queue:host:group:owner:``), PBS/Torque's ``user=``.
_SACCT_USER = re.compile(r"^(?:[^|\n]*\|){8}([^|\n]+)\|")
_SGE_OWNER = re.compile(r"^[^:\s]+:[^:\s]+:[^:\s]+:([^:\s]+):")
_PBS_USER = re.compile(r"(?:^|[\s;])user=([\w.-]+)")
#: A Common Log Format line's authenticated user (``ip - user [date]``).
_CLF_USER = re.compile(r"^\S+ \S+ ([^\s\[-][^\s\[]*) \[\d")


# Added after the first development run, which showed the labeller's own error (README,
# "Fourteenth real-text log set"); applied to both parts before the held-out part was run.
#: The value of OpenStack's token header (``X-Auth-Token: <token>``, ``X-Subject-Token``): the
#: credential the client sends, as the earlier sets label a bearer token.
_OS_TOKEN = re.compile(r"\bX-(?:Auth|Subject)-Token:\s?([A-Za-z0-9+/=_\-.]{16,})", re.IGNORECASE)


def _tokens(text: str, gold: list[dict[str, object]]) -> list[dict[str, object]]:
    for m in _OS_TOKEN.finditer(text):
        s, e = m.span(1)
        if not _overlap(gold, s, e):
            gold.append({"start": s, "end": e, "entity": "AUTH_TOKEN"})
    return gold


def _user_spans(text: str, system: str) -> list[tuple[int, int]]:
    found = [m.span(1) for m in _OS_CONTEXT.finditer(text)]
    found += [m.span(1) for m in _OS_USER_ID.finditer(text)]
    found += [m.span(1) for m in _CLF_USER.finditer(text)]
    found += [m.span(1) for m in _PBS_USER.finditer(text)]
    if system.startswith("slurm-"):
        found += [m.span(1) for m in _SACCT_USER.finditer(text)]
    if system in ("sge-accounting", "uge-accounting"):
        found += [m.span(1) for m in _SGE_OWNER.finditer(text)]
    return [(s, e) for s, e in found if text[s:e] not in ("-", "unknown", "None")]


def _label14(text: str, system: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    gold, ignored = _label13(text, system)
    gold = [
        g
        for g in gold
        if not (
            g["entity"] == "EMAIL_ADDRESS"
            and _SSH_EXTENSION.match(text[int(g["start"]) : int(g["end"])])  # type: ignore[call-overload]
        )
    ]
    ignored = [
        i
        for i in ignored
        if not (
            i["label"] == "USERNAME"
            and (
                int(i["end"]) - int(i["start"]) < 2  # type: ignore[call-overload]
                or "(" in text[int(i["start"]) : int(i["end"])]  # type: ignore[call-overload]
            )
        )
    ]
    for m in _IP_GLUED.finditer(text):
        s, e = m.span(1)
        if not _overlap(gold, s, e):
            gold.append({"start": s, "end": e, "entity": "IP_ADDRESS"})
    gold = _tokens(text, gold)
    for s, e in _user_spans(text, system):
        if not _overlap(gold, s, e) and not _overlap(ignored, s, e):
            ignored.append({"start": s, "end": e, "label": "USERNAME"})
    gold.sort(key=lambda g: (int(g["start"]), int(g["end"])))  # type: ignore[call-overload]
    ignored.sort(key=lambda i: (int(i["start"]), int(i["end"])))  # type: ignore[call-overload]
    return gold, ignored


# --------------------------------------------------------------------------- building


def _report_lines(text: str) -> tuple[str, list[str]]:
    """A syzkaller report's TITLE and its console lines (its header left out)."""
    lines = text.splitlines()
    title = ""
    if lines and _HEADER.match(lines[0]):
        title = lines[0].partition(":")[2].strip()
        while lines and lines[0].strip():
            lines.pop(0)
    return title, lines


def _paths(git: Path, commit: str, path: str) -> list[str]:
    if not path.endswith("/"):
        return [path]
    names = git_files(git, commit, path)
    return sorted(names, key=lambda p: (len(p.rsplit("/", 1)[1]), p))


def system_lines(gits: dict[str, Path], system: str) -> list[str]:
    """A system's lines in file order; binary residue and fail2ban programs' lines left out."""
    repo, paths = SYSTEMS[system]
    commit = SOURCES[repo][0]
    out = []
    for spec in paths:
        for path in _paths(gits[repo], commit, spec):
            blob = git_blob(gits[repo], commit, path)
            if path.endswith(".gz"):
                blob = gzip.decompress(blob)
            text = blob.decode("utf-8", "replace").removeprefix("\ufeff")
            lines = text.splitlines()
            if repo == SYZKALLER:
                title, lines = _report_lines(text)
                if spec.endswith("linux/report/") and linux_family(title) != system:
                    continue
            for raw in lines:
                line = raw.rstrip("\r\n")
                if _logset.CONTROL.search(line) or _FAIL2BAN_PROGRAM.search(line):
                    continue
                out.append(line)
    return out


SET = _logset.LogSet(
    number=14,
    repositories=tuple(SOURCES),
    systems=SYSTEMS,
    holdout=HOLDOUT,
    texts=system_lines,
    label=_label14,
    most=MOST,
    earlier=14,
    earlier_holdout=False,
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])

"""Build the twentieth real-text log set: JVM and distributed systems' logs, by system.

The text comes from six repositories that commit logs nobody on this team wrote, pinned by
commit: os-log-merger's debugging scenarios (``openstack/os-log-merger``, ``contrib/``,
Apache-2.0: the Nova, Neutron and probe logs of a live-migration and a router/VM-creation
debugging session on Red Hat OpenStack nodes), sperf's test data (``DataStax-Toolkit/sperf``,
``tests/testdata/``, Apache-2.0: Apache Cassandra 2.1-3.11 and DataStax Enterprise system,
debug and output logs of three-node clusters, the OpsCenter agent's and daemon's logs, the
search nodes' Tomcat log, a GC log), Apache Eagle's Hadoop logs (``apache/eagle``,
Apache-2.0: HDFS audit logs and a Hadoop security log of a sandbox cluster), sparklens' Spark
event log (``qubole/sparklens``, Apache-2.0), the ZooKeeper client session in
``keitaroinc/docker-zookeeper``'s README (Apache-2.0) and the log lines of Apache ZooKeeper's
own web documentation (``apache/zookeeper``, Apache-2.0), and the Kafka, ZooKeeper and Connect
container output quoted in Confluent's Docker images' documentation
(``confluentinc/cp-docker-images``, ``docs/``, Apache-2.0), and the ZooKeeper servers' logs of
dbtester's benchmark runs on Google Compute Engine (``coreos/dbtester``, ``bench-results/``,
Apache-2.0: three-node ZooKeeper 3.4 ensembles, one system per run).

Selection and split (fixed 2026-12-05 14:04 UTC from the systems' names and file paths, before
any line was extracted; ``benchmarks/corpus/README.md``): the systems and their files are
``SYSTEMS``; the split is by system, a third held out (``holdout_systems``: the names with the
smallest SHA-256). A record is one line of a system's files (gzip rotations and os-log-merger's
merged outputs left out), or, in a documentation file (``.md``, ``.mdx``, ``.rst``), one line with a
``YYYY-MM-DD hh:mm:ss`` time stamp. Dropped: a line with a control character other than a tab,
a line of a program fail2ban has filters for (``_logs10._FAIL2BAN_PROGRAM``), a line already in
a part of an earlier real log set (development parts compared as text, held-out parts by
SHA-256 only, never read), and a line already taken for a system earlier in this set
(development systems first, in name order). Per system, ``MOST`` (40) evenly spaced ones of its
distinct lines (``_logs4._select``). Records are cut at 4,000 characters.

Labels: the rules of ``_logs18._label18`` (which applies the eighteenth to first sets' rules),
then those of ``_label20`` below, written in ``benchmarks/corpus/README.md`` before any detector
ran. Both parts were committed, labelled, before privkit or Presidio ran on either.

Run once, with local git directories of the repositories:

    python -m benchmarks.corpus._logs20 --git openstack/os-log-merger=DIR \
        --git DataStax-Toolkit/sperf=DIR --git apache/eagle=DIR --git qubole/sparklens=DIR \
        --git keitaroinc/docker-zookeeper=DIR --git apache/zookeeper=DIR \
        --git confluentinc/cp-docker-images=DIR --git coreos/dbtester=DIR
"""

from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING

from benchmarks.corpus import _logset
from benchmarks.corpus._git import git_files
from benchmarks.corpus._logs10 import _FAIL2BAN_PROGRAM, _overlap
from benchmarks.corpus._logs14 import _Q
from benchmarks.corpus._logs18 import _label18

if TYPE_CHECKING:
    from pathlib import Path

MERGER = "openstack/os-log-merger"
SPERF = "DataStax-Toolkit/sperf"
EAGLE = "apache/eagle"
SPARKLENS = "qubole/sparklens"
KEITARO = "keitaroinc/docker-zookeeper"
CONFLUENT = "confluentinc/cp-docker-images"
DBTESTER = "coreos/dbtester"
ZOOKEEPER = "apache/zookeeper"
#: repository -> (commit, licence as its LICENSE file states it). os-log-merger's commit is the
#: last before the repository was retired (its files removed); Eagle's second commit is the
#: last before its HDFS audit samples were removed.
SOURCES: dict[str, tuple[str, str]] = {
    MERGER: ("6b87af03cd779097f09a5dfc5f69afd0af1e75e7", "Apache-2.0"),
    SPERF: ("0916ce1849dd7131d684d95c8c972fd1e1a8d773", "Apache-2.0"),
    EAGLE: ("df0e91de65cf9428f0f735065eba580e37183030", "Apache-2.0"),
    SPARKLENS: ("7f2ea4bac91eff4435923881c263e6d42caa0949", "Apache-2.0"),
    KEITARO: ("e74b78fb9460b7c5662f6ed49cad70534c814063", "Apache-2.0"),
    ZOOKEEPER: ("53a78e36f99602162643303ab330377fc383b41f", "Apache-2.0"),
    CONFLUENT: ("1c2ecaeabdea6b8b848efe498d4259bf73f5acf9", "Apache-2.0"),
    DBTESTER: ("fdc0843a19a815c9837f011269f2018f89a75e94", "Apache-2.0"),
}
#: Eagle's commit that still holds the HDFS audit samples of its user-profile training data.
EAGLE_OLD = "6065291ffb8372e3debfbab00b9d4c49b9a9d120"
_LM = "contrib/debug-live-migration/logs/"
_RV = "contrib/debug-router-net-vm-creation/logs/"
#: os-log-merger's hosts (its ``osp7_*`` folders are copies of these three, left out).
_MERGER_HOSTS = (
    _LM + "hp-ms-01-c29/var/log/",
    _LM + "hp-ms-01-c30/var/log/",
    _RV + "controller1/var/log/",
    _RV + "networker2/var/log/",
    _RV + "networker3/var/log/",
)
_T = "tests/testdata/"
_DSE = _T + "diag/DSE_CLUSTER/"
_DSE_NODES = ("10.101.33.205", "10.101.35.102", "10.101.35.71")
_CASS_NODES = ("10.101.34.191", "10.101.34.223", "10.101.35.67")


#: dbtester's benchmark runs with ZooKeeper server logs (its ``bench-<run>`` folders are copies).
_DBTESTER_RUNS = (
    "2016041201", "2016041202", "2016041401", "2016041501", "2016041502", "2016050502",
    "2016050503", "2016050504",
)  # fmt: skip


def _merger(name: str) -> tuple[str, tuple[str, ...]]:
    """An os-log-merger system: the file ``name`` (a ``*`` is any text) of every host."""
    return MERGER, tuple(host + name for host in _MERGER_HOSTS)


#: system -> (repository, files in reading order; a ``*`` in a name matches any text, a file
#: absent at the commit is skipped, ``@<commit>:`` pins another commit). Fixed from the files' names before any line was read.
#: Left out: gzip rotations, os-log-merger's ``mergedlogs*.log`` (merged copies of the other
#: files) and Ansible's log, sperf's configuration files, OpsCenter's HTTP access log (an
#: access log, the HTTP sets' ground) and its repair-service log, sparklens' JSON outputs.
SYSTEMS: dict[str, tuple[str, tuple[str, ...]]] = {
    "nova-api": _merger("nova/nova-api.log"),
    "nova-compute": _merger("nova/nova-compute.log"),
    "nova-conductor": _merger("nova/nova-conductor.log"),
    "nova-scheduler": _merger("nova/nova-scheduler.log"),
    "nova-cert": _merger("nova/nova-cert.log"),
    "nova-consoleauth": _merger("nova/nova-consoleauth.log"),
    "nova-novncproxy": _merger("nova/nova-novncproxy.log"),
    "nova-manage": _merger("nova/nova-manage.log"),
    "neutron-server": _merger("neutron/server.log"),
    "neutron-dhcp-agent": _merger("neutron/dhcp-agent.log"),
    "neutron-l3-agent": _merger("neutron/l3-agent.log"),
    "neutron-metadata-agent": _merger("neutron/metadata-agent.log"),
    "neutron-openvswitch-agent": _merger("neutron/openvswitch-agent.log"),
    "neutron-ovs-cleanup": _merger("neutron/ovs-cleanup.log"),
    "neutron-netns-cleanup": _merger("neutron/neutron-netns-cleanup.log"),
    "neutron-ns-metadata-proxy": _merger("neutron/neutron-ns-metadata-proxy-*.log"),
    "probe-arpdumper": _merger("neutron/arpdumper.log"),
    "probe-fdbshow": _merger("neutron/fdbshow.log"),
    "probe-pinger": _merger("neutron/pinger.log"),
    "probe-qvodumper": _merger("neutron/qvodumper.log"),
    "probe-tapdumper": _merger("neutron/tapdumper.log"),
    "probe-vmlife": _merger("nova/vmlife.log"),
    "cassandra21-system": (SPERF, (_T + "cassandra21/system.log",)),
    "cassandra22-system": (SPERF, (_T + "cassandra22/system.log",)),
    "cassandra30-system": (SPERF, (_T + "cassandra30/system.log",)),
    "cassandra311-system": (SPERF, (_T + "cassandra311/system.log",)),
    "cassandra-cluster-system": (
        SPERF,
        tuple(f"{_T}diag/cassandra/nodes/{n}/logs/cassandra/system.log" for n in _CASS_NODES),
    ),
    "cassandra-tarball": (
        SPERF,
        tuple(
            f"{_T}sample_table_tarball/nodes/10.1.1.10/logs/cassandra/{f}.log"
            for f in ("system", "debug")
        ),
    ),
    "dse-system": (
        SPERF,
        (
            *(f"{_DSE}nodes/{n}/logs/cassandra/system.log" for n in _DSE_NODES),
            _T + "dse68/nodes/172.17.0.2/logs/cassandra/system.log",
        ),
    ),
    "dse-debug": (
        SPERF,
        (
            *(f"{_DSE}nodes/{n}/logs/cassandra/debug.log" for n in _DSE_NODES),
            _T + "dse68/nodes/172.17.0.2/logs/cassandra/debug.log",
        ),
    ),
    "dse-output": (
        SPERF,
        (
            *(f"{_DSE}nodes/{n}/logs/cassandra/output.log" for n in _DSE_NODES),
            _T + "output.log",
            _T + "simple-output.log",
        ),
    ),
    "dse-statuslogger": (
        SPERF,
        (_T + "statuslogger68_debug.log", _T + "statusloggernew_debug.log"),
    ),
    "opscenter-agent": (
        SPERF,
        tuple(f"{_DSE}nodes/{n}/logs/opsagent/agent.log" for n in _DSE_NODES),
    ),
    "dse-search-tomcat": (
        SPERF,
        tuple(f"{_DSE}nodes/{n}/logs/solr/tomcat/catalina.2020-01-10.log" for n in _DSE_NODES),
    ),
    "opscenterd": (SPERF, (_DSE + "opscenterd/opscenterd_logs/opscenterd.log",)),
    "opscenterd-gc": (SPERF, (_DSE + "opscenterd/gc.log.0.current",)),
    "hdfs-audit": (
        EAGLE,
        (
            f"@{EAGLE_OLD}:eagle-assembly/src/main/lib/userprofile/data/hdfs-audit.txt",
            f"@{EAGLE_OLD}:eagle-assembly/src/main/lib/userprofile/data/hdfs-audit4.txt",
            f"@{EAGLE_OLD}:eagle-security/eagle-security-hdfs-auditlog/src/main/resources/auditlog/auditlog.1",
            "eagle-security/eagle-security-hdfs-auditlog/src/test/resources/securityAuditLog",
        ),
    ),
    "hadoop-security": (
        EAGLE,
        ("eagle-security/eagle-security-hdfs-authlog/src/main/resources/security_log.sample",),
    ),
    "spark-eventlog": (SPARKLENS, ("src/test/event-history-test-files/local-1532512550423",)),
    "zookeeper-client": (KEITARO, ("README.md",)),
    "zookeeper-docs": (ZOOKEEPER, ("zookeeper-website/app/pages/_docs/docs/_mdx/*.mdx",)),
    "kafka-docker-docs": (CONFLUENT, ("docs/*.rst",)),
    **{
        f"zookeeper-bench-{run}": (DBTESTER, (f"bench-results/{run}/*zk*-database.log",))
        for run in _DBTESTER_RUNS
    },
}  # fmt: skip
#: The held-out systems: the 16 (a third) of the 50 whose names have the smallest SHA-256
#: (``holdout_systems``), fixed from the names before any line was extracted (2026-12-05 14:04
#: UTC; README, "Twentieth real-text log set", says which lines were seen before).
HOLDOUT = frozenset({
    "cassandra-cluster-system", "cassandra-tarball", "dse-statuslogger", "dse-system",
    "neutron-l3-agent", "neutron-metadata-agent", "neutron-netns-cleanup", "nova-novncproxy",
    "opscenterd", "probe-tapdumper", "probe-vmlife", "zookeeper-bench-2016041502",
    "zookeeper-bench-2016050503", "zookeeper-bench-2016050504", "zookeeper-client",
    "zookeeper-docs",
})  # fmt: skip
#: Most records per system.
MOST = 40
#: A documentation line that is a log line: it holds a ``YYYY-MM-DD hh:mm:ss`` time stamp.
_DOC_LOG_LINE = re.compile(r"\b\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d")


# --------------------------------------------------------------------------- labelling


# Written in the label review of the development part, before any detector ran (README,
# "Twentieth real-text log set"); applied to both parts.
#: The unspecified and broadcast addresses (``0.0.0.0``, ``255.255.255.255``, IPv6's
#: ``0:0:0:0:0:0:0:0`` and ``[::]``): a listener's wildcard, a thread name's bind address. The
#: earlier sets disagree (gold in the first and fourth to eighth, clean from the tenth on) and
#: privkit reports them tagged ``unspecified``/``reserved``: this set ignores them (neither gold
#: nor clean), so its scores count host addresses only.
_UNSPECIFIED = re.compile(
    r"(?<![\w.])(?:0\.0\.0\.0|255\.255\.255\.255)(?![\w.])"
    r"|(?<![\w:])0(?::0){7}(?![\w.])|(?<=\[)::(?=\])"
)
#: A socket address in a JVM thread name, after a hyphen or the opening bracket: Cassandra's
#: ``[ACCEPT-localhost/127.0.0.1]`` and ``[MessagingService-Outgoing-/10.101.35.71-Gossip]``.
_THREAD_ADDRESS = re.compile(r"(?:(?<=-)|(?<=\[))(?:[A-Za-z][\w.-]{0,60})?/(" + _Q + r")(?![\d.])")
#: An HDFS block pool id ``BP-<n>-<address>-<ms>``: the address is written inside an id, neither
#: gold nor clean (as the eighteenth set's Db2 application ids).
_BLOCK_POOL = re.compile(r"\bBP-\d{1,12}-(" + _Q + r")-\d{10,16}\b")


# Added after the first development run, which showed the labeller's own errors (README,
# "Twentieth real-text log set"); applied to both parts before the held-out part was run.
#: A version inside a package's file name (``snappy-java-1.1.1.7.jar`` in a JVM class path):
#: a quad right before a package or archive extension is no address.
_FILE_VERSION = re.compile(
    r"(" + _Q + r")\.(?:jar|war|ear|zip|tar|tgz|gz|rpm|deb|whl|egg|pom)(?![\w])"
)
#: The value of a ``User-Agent`` header in a logged request (OpenStack's clients log their
#: requests as ``curl`` lines: ``-H "User-Agent: python-keystoneclient"``): the client's agent.
_UA_HEADER = re.compile(r"\bUser-Agent: ([^\s\"']{1,200})")


def _label20(text: str, system: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    gold, ignored = _label18(text, system)
    for m in _FILE_VERSION.finditer(text):
        s, e = m.span(1)
        gold = [g for g in gold if not _overlap([g], s, e)]
    for m in _UA_HEADER.finditer(text):
        s, e = m.span(1)
        if not _overlap(gold, s, e) and not _overlap(ignored, s, e):
            gold.append({"start": s, "end": e, "entity": "USER_AGENT"})
    for m in _THREAD_ADDRESS.finditer(text):
        s, e = m.span(1)
        if not _overlap(gold, s, e) and not _overlap(ignored, s, e):
            gold.append({"start": s, "end": e, "entity": "IP_ADDRESS"})
    for rule, label in ((_UNSPECIFIED, "UNSPECIFIED_ADDRESS"), (_BLOCK_POOL, "IP_IN_NAME")):
        for m in rule.finditer(text):
            s, e = m.span(m.lastindex or 0)
            gold = [g for g in gold if not _overlap([g], s, e)]
            ignored = [i for i in ignored if not _overlap([i], s, e)]
            ignored.append({"start": s, "end": e, "label": label})
    gold.sort(key=lambda g: (int(g["start"]), int(g["end"])))  # type: ignore[call-overload]
    ignored.sort(key=lambda i: (int(i["start"]), int(i["end"])))  # type: ignore[call-overload]
    return gold, ignored


# --------------------------------------------------------------------------- building


def _paths(git: Path, commit: str, spec: str) -> list[tuple[str, str]]:
    """(commit, path) of the files ``spec`` names: ``@<commit>:`` pins another commit."""
    if spec.startswith("@"):
        commit, _, spec = spec[1:].partition(":")
    folder = spec.rsplit("/", 1)[0] + "/" if "/" in spec else ""
    pattern = re.compile(re.escape(spec).replace(r"\*", ".*") + "$")
    return [(commit, p) for p in git_files(git, commit, folder) if pattern.match(p)]


def system_lines(gits: dict[str, Path], system: str) -> list[str]:
    """A system's lines in file order; binary residue and fail2ban programs' lines left out."""
    repo, specs = SYSTEMS[system]
    files = [f for spec in specs for f in _paths(gits[repo], SOURCES[repo][0], spec)]
    return _logset.file_lines(gits[repo], files, _log_line)


def _log_line(line: str, path: str) -> str | None:
    """A line, unless a fail2ban program's or, in documentation, one with no time stamp."""
    if path.endswith((".md", ".mdx", ".rst")) and not _DOC_LOG_LINE.search(line):
        return None
    return None if _FAIL2BAN_PROGRAM.search(line) else line


SET = _logset.LogSet(
    number=20,
    repositories=tuple(SOURCES),
    systems=SYSTEMS,
    holdout=HOLDOUT,
    texts=system_lines,
    label=_label20,
    most=MOST,
    earlier=20,
    holdout_unique=True,
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])

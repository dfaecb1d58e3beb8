"""Build the twenty-second real-text log set: data, storage and cluster systems' logs, by system.

The text comes from two repositories that commit logs nobody on this team wrote, pinned by
commit: the Google Cloud Ops Agent's logging-processor test inputs
(``GoogleCloudPlatform/ops-agent``, ``transformation_test/testdata/*/input.log``, Apache-2.0:
HBase, Flink, Hadoop, Kafka, Elasticsearch, MySQL, PostgreSQL, Couchbase, CouchDB, SAP HANA,
WildFly, Solr, Oracle DB, Vault, Redis and Varnish log lines), and the fake data roots of
Canonical's hotsos (``canonical/hotsos``, ``tests/unit/fake_data_root/``, Apache-2.0: the
sosreport-style captures of lab deployments: Ceph cluster, audit, manager, OSD and
ceph-volume logs, ``journalctl`` exports, Juju machine and unit agents' logs, a Pacemaker log,
and the pod logs of a Sunbeam OpenStack's MySQL server, MySQL routers, charm containers, OVN
databases and Traefik).

Selection and split (fixed 2026-12-05 16:39 UTC from the systems' names and file paths, before
any line was extracted; ``benchmarks/corpus/README.md``): the systems and their files are
``SYSTEMS``; the split is by system, a third held out (``holdout_systems``: the names with the
smallest SHA-256). A record is one line of a system's files. Dropped: a line with a control
character other than a tab, a line of a program fail2ban has filters for
(``_logs10._FAIL2BAN_PROGRAM``), a line already in a part of an earlier real log set
(development parts compared as text, held-out parts by SHA-256 only, never read), and a line
already taken for a system earlier in this set (development systems first, in name order). Per
system, ``MOST`` (40) evenly spaced ones of its distinct lines (``_logs4._select``). Records are
cut at 4,000 characters.

Labels: the rules of ``_logs20._label20`` (which applies the twentieth to first sets' rules) and
the twenty-first set's user-name rule, then those of ``_label22`` below, written in
``benchmarks/corpus/README.md`` before any detector ran. Both parts were committed, labelled,
before privkit or Presidio ran on either.

Run once, with local git directories of the repositories:

    python -m benchmarks.corpus._logs22 --git GoogleCloudPlatform/ops-agent=DIR \
        --git canonical/hotsos=DIR
"""

from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING

from benchmarks.corpus import _logset
from benchmarks.corpus._git import git_files
from benchmarks.corpus._logs10 import _overlap, not_fail2ban
from benchmarks.corpus._logs20 import _label20
from benchmarks.corpus._logs21 import _LINUX_HOME, _QUOTED_ACCOUNT

if TYPE_CHECKING:
    from pathlib import Path

OPSAGENT = "GoogleCloudPlatform/ops-agent"
HOTSOS = "canonical/hotsos"
#: repository -> (commit, licence as its LICENSE file states it).
SOURCES: dict[str, tuple[str, str]] = {
    OPSAGENT: ("588c4b962526c18cc104d00a87ca83fcb9c19f94", "Apache-2.0"),
    HOTSOS: ("57b256c4ad434f5fe335d14447ec7d73ea831d50", "Apache-2.0"),
}
_T = "transformation_test/testdata/logging_processor-"
_F = "tests/unit/fake_data_root/"
_POD = _F + "sunbeam/sos_commands/kubernetes/cluster-info/openstack/podlogs/"


def _ops(*names: str) -> tuple[str, tuple[str, ...]]:
    """An Ops Agent system: the ``input.log`` of each named processor test."""
    return OPSAGENT, tuple(f"{_T}{n}/input.log" for n in names)


def _hot(*paths: str) -> tuple[str, tuple[str, ...]]:
    """A hotsos system: the files (under the fake data roots; ``*`` matches any text)."""
    return HOTSOS, tuple(_F + p for p in paths)


#: system -> (repository, files in reading order; a ``*`` in a name matches any text, ``.xz``
#: files are skipped). Fixed from the files' names before any line was read. Left out: the
#: Ops Agent's inputs of systems earlier sets cover (Apache, nginx, IIS, Jetty and Tomcat
#: access logs, Cassandra, ZooKeeper, MongoDB, RabbitMQ, Windows events, Active Directory) and
#: its generic parser tests; hotsos' OpenStack service logs (the twentieth set's systems),
#: syslog, kern.log, dmesg, auth.log, apt, dpkg and cloud-init logs (earlier sets' kinds), its
#: RabbitMQ server log, and Juju's charm code.
SYSTEMS: dict[str, tuple[str, tuple[str, ...]]] = {
    "opsagent-hbase": _ops("hbase-system"),
    "opsagent-flink": _ops("flink"),
    "opsagent-hadoop": _ops("hadoop"),
    "opsagent-kafka": _ops("kafka"),
    "opsagent-elasticsearch-gc": _ops("elasticsearch-gc"),
    "opsagent-elasticsearch-json": _ops("elasticsearch-json", "elasticsearch-json-ecs"),
    "opsagent-mysql-error": _ops("mysql-error"),
    "opsagent-mysql-general": _ops("mysql-general"),
    "opsagent-mysql-slow": _ops("mysql-slow"),
    "opsagent-postgresql": _ops("postgresql"),
    "opsagent-couchbase": _ops("couchbase-general", "couchbase-goxcdr"),
    "opsagent-couchdb": _ops("couchdb"),
    "opsagent-saphana": _ops("saphana"),
    "opsagent-wildfly": _ops("wildfly_system"),
    "opsagent-solr": _ops("solr"),
    "opsagent-oracledb": _ops("oracledb_alert", "oracledb_audit"),
    "opsagent-vault-audit": _ops("vault-audit"),
    "opsagent-redis": _ops("redis"),
    "opsagent-varnish": _ops("varnish"),
    "ceph-cluster-log": _hot("storage/ceph-mon/var/log/ceph/ceph.log", "storage/ceph-mon/var/log/ceph/ceph.log.1"),
    "ceph-audit-log": _hot("storage/ceph-mon/var/log/ceph/ceph.audit.log"),
    "ceph-mgr": _hot("storage/ceph-mon/var/log/ceph/ceph-mgr.*.log"),
    "ceph-osd": _hot("openstack/var/log/ceph/ceph-osd.0.log", "openstack/var/log/ceph/ceph-osd.log.1"),
    "ceph-volume": _hot("openstack/var/log/ceph/ceph-volume.log", "openstack/var/log/ceph/ceph-volume-systemd.log"),
    "journalctl-host": _hot("openstack/sos_commands/logs/journalctl_--no-pager"),
    "journalctl-boot": _hot(
        "openstack/sos_commands/logs/journalctl_--no-pager_--catalog_--boot",
        "openstack/sos_commands/logs/journalctl_--no-pager_--catalog_--boot_-1",
    ),
    "journalctl-cloud-init": _hot("*/sos_commands/cloud_init/journalctl_--no-pager_--unit_cloud-init"),
    "journalctl-kube-daemons": _hot("kubernetes/sos_commands/kubernetes/journalctl_--no-pager_--unit_*"),
    "journalctl-other-units": _hot(
        "*/sos_commands/juju/journalctl_--no-pager_--unit_*",
        "*/sos_commands/openvswitch/journalctl_--no-pager_--unit_*",
        "*/sos_commands/snap/journalctl_--no-pager_--unit_*",
        "*/sos_commands/fwupd/journalctl_--no-pager_--unit_*",
    ),
    "juju-machine": _hot("*/var/log/juju/machine-[0-9]*.log"),
    "juju-machine-lock": _hot("*/var/log/juju/machine-lock.log"),
    "juju-unit-ceph-osd": _hot("openstack/var/log/juju/unit-ceph-osd-*.log"),
    "juju-unit-nova-compute": _hot("openstack/var/log/juju/unit-nova-compute-*.log"),
    "juju-unit-neutron-openvswitch": _hot("openstack/var/log/juju/unit-neutron-openvswitch-*.log"),
    "juju-unit-kubernetes": _hot(
        "kubernetes/var/log/juju/unit-kubernetes-master-*.log",
        "kubernetes/var/log/juju/unit-canal-*.log",
        "kubernetes/var/log/juju/unit-containerd-*.log",
    ),
    "juju-unit-rabbitmq": _hot("rabbitmq/var/log/juju/unit-rabbitmq-server-*.log"),
    "juju-unit-vault": _hot("vault/var/log/juju/unit-vault-0.log", "vault/var/log/juju/unit-vault-hacluster-*.log"),
    "juju-unit-mysql-router": _hot("vault/var/log/juju/unit-vault-mysql-router-*.log"),
    "sunbeam-mysql-server": (HOTSOS, (_POD + "mysql-0/*_-c_mysql",)),
    "sunbeam-mysql-router": (HOTSOS, (_POD + "*-mysql-router-0/*_-c_mysql-router",)),
    "sunbeam-charms": (HOTSOS, (_POD + "*/*_-c_charm",)),
    "sunbeam-ovn": (HOTSOS, (_POD + "ovn-central-0/*", _POD + "ovn-relay-0/*_-c_ovsdb-server")),
    "sunbeam-traefik": (HOTSOS, (_POD + "traefik*/*_-c_traefik",)),
    "pacemaker": _hot("vault/var/log/pacemaker/pacemaker.log"),
}  # fmt: skip
#: The held-out systems: the 14 (a third) of the 44 whose names have the smallest SHA-256
#: (``holdout_systems``), fixed from the names before any line was extracted (2026-12-05 16:39
#: UTC; README, "Twenty-second real-text log set", says what was seen before).
HOLDOUT = frozenset({
    "ceph-mgr", "ceph-osd", "journalctl-other-units", "juju-machine-lock",
    "juju-unit-mysql-router", "opsagent-elasticsearch-gc", "opsagent-hadoop", "opsagent-hbase",
    "opsagent-mysql-error", "opsagent-mysql-slow", "opsagent-oracledb", "opsagent-solr",
    "opsagent-varnish", "opsagent-vault-audit",
})  # fmt: skip
#: Most records per system.
MOST = 40


# --------------------------------------------------------------------------- labelling


# Written in the label review of the development part, before any detector ran (README,
# "Twenty-second real-text log set"); applied to both parts.
#: An IPv6 address right after a Juju address scope (``local-machine:::1``,
#: ``local-cloud:fe80::1``): the generic rules do not start an address after a colon.
_SCOPED_V6 = re.compile(
    r"\b(?:local-machine|local-cloud|local-fan|public|cloud-local):"
    r"((?:[0-9a-fA-F]{1,4})?::(?:[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{1,4}){0,6})?)(?![\w:])"
)
#: An account at a host and port (``user@host:3306`` in a MySQL ``--uri``, a shell's password
#: prompt): a connection string's account, not a mailbox. The e-mail span is dropped and the
#: account is an ignored user name.
_ACCOUNT_AT_PORT = re.compile(
    r"(?<![\w.@-])([\w.-]{1,64})@[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}:\d{1,5}\b"
)


def _label22(text: str, system: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    gold, ignored = _label20(text, system)
    for m in _SCOPED_V6.finditer(text):
        if not _overlap(gold, *m.span(1)) and not _overlap(ignored, *m.span(1)):
            gold.append({"start": m.start(1), "end": m.end(1), "entity": "IP_ADDRESS"})
    for m in _ACCOUNT_AT_PORT.finditer(text):
        s, e = m.span()
        gold = [g for g in gold if not (g["entity"] == "EMAIL_ADDRESS" and _overlap([g], s, e))]
        if not _overlap(ignored, *m.span(1)):
            ignored.append({"start": m.start(1), "end": m.end(1), "label": "USERNAME"})
    for m in [*_LINUX_HOME.finditer(text), *_QUOTED_ACCOUNT.finditer(text)]:
        if not _overlap(gold, *m.span(1)) and not _overlap(ignored, *m.span(1)):
            ignored.append({"start": m.start(1), "end": m.end(1), "label": "USERNAME"})
    gold.sort(key=lambda g: (int(g["start"]), int(g["end"])))  # type: ignore[call-overload]
    ignored.sort(key=lambda i: (int(i["start"]), int(i["end"])))  # type: ignore[call-overload]
    return gold, ignored


# --------------------------------------------------------------------------- building


def _paths(git: Path, commit: str, spec: str) -> list[str]:
    """The files ``spec`` names at ``commit`` (``*`` is any text, ``[0-9]`` a digit), sorted."""
    folder = spec.split("*", 1)[0].rsplit("/", 1)[0] + "/"
    pattern = re.compile(re.escape(spec).replace(r"\*", ".*").replace(r"\[0\-9\]", "[0-9]") + "$")
    return [p for p in git_files(git, commit, folder) if pattern.match(p) and not p.endswith(".xz")]


def system_lines(gits: dict[str, Path], system: str) -> list[str]:
    """A system's lines in file order; binary residue and fail2ban programs' lines left out."""
    repo, specs = SYSTEMS[system]
    commit = SOURCES[repo][0]
    files = [(commit, p) for spec in specs for p in _paths(gits[repo], commit, spec)]
    return _logset.file_lines(gits[repo], files, not_fail2ban)


SET = _logset.LogSet(
    number=22,
    repositories=tuple(SOURCES),
    systems=SYSTEMS,
    holdout=HOLDOUT,
    texts=system_lines,
    label=_label22,
    most=MOST,
    earlier=22,
    holdout_unique=True,
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])

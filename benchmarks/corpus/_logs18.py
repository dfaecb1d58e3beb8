"""Build the eighteenth real-text log set: Datadog integrations' log-pipeline samples.

The text is the ``samples:`` of the log pipelines of ``DataDog/integrations-core``
(BSD-3-Clause): the lines each integration's pipeline is checked against, most of them taken
from the system's own logs by the integration's authors (Hadoop HDFS, YARN and MapReduce, Spark,
Kafka, ZooKeeper, Cassandra, Scylla, Hive, Presto, PostgreSQL, PgBouncer, ProxySQL, Redis,
RabbitMQ, ActiveMQ, IBM MQ, TIBCO EMS, Tomcat, JBoss/WildFly, WebLogic, WebSphere, Elasticsearch,
Solr, Consul, Vault, etcd, CoreDNS, Ceph, GlusterFS, Slurm, Airflow, Argo CD, Ray, Milvus ...), one
system per integration folder.

The repository is too large to fetch here; its files were read from the code index, each at the
commit the index stores (pinned in the source file), and the samples copied, as the files have
them, into ``benchmarks/data/real_logs18_samples.yaml`` (the processors whose ``source`` is the
raw ``message``; for ``cisco_aci`` and ``temporal``, whose pipelines have no such samples, the
``sample:`` entries of the tests file). This module reads that file.

Selection and split (fixed 2026-12-05 11:40 UTC from the integration names alone, before any
sample was extracted; ``benchmarks/corpus/README.md``): the split is by system, a third held out
(``holdout_systems``: the names with the smallest SHA-256). A record is one sample, trailing new
lines removed. Dropped: a sample with a control character other than a tab or a new line, one of
a program fail2ban has filters for (``_logs10._FAIL2BAN_PROGRAM``), one already in a development
part of an earlier real log set (held-out parts compared by SHA-256 only, never read), and one
already taken for a system earlier in this set (development systems first, in name order).
Per system at most ``MOST`` (40) evenly spaced distinct samples; records cut at 4,000 characters.

Labels: the rules of ``_logs16._label16`` (which applies the sixteenth to first sets' rules),
then those of ``_label18`` below, written in ``benchmarks/corpus/README.md`` before any detector
ran. Both parts were committed, labelled, before privkit or Presidio ran on either.

Run once:

    python -m benchmarks.corpus._logs18
"""

from __future__ import annotations

import functools
import re
import sys
from pathlib import Path

import yaml

from benchmarks.corpus import _logset
from benchmarks.corpus._logs10 import _FAIL2BAN_PROGRAM, _overlap
from benchmarks.corpus._logs14 import _Q
from benchmarks.corpus._logs16 import _label16

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
SAMPLES = DATA / "real_logs18_samples.yaml"

REPOSITORY = "DataDog/integrations-core"
LICENCE = "BSD-3-Clause"
#: The integrations (folder names), fixed before extraction.
SYSTEMS = (
    "activemq", "aerospike", "airflow", "ambari", "argocd", "cassandra", "ceph", "cisco_aci",
    "clickhouse", "cockroachdb", "confluent_platform", "consul", "coredns", "couch", "druid",
    "elastic", "etcd", "flink", "gearmand", "glusterfs", "hazelcast", "hdfs_datanode",
    "hdfs_namenode", "hive", "ibm_ace", "ibm_db2", "ibm_mq", "ibm_was", "ignite",
    "jboss_wildfly", "kafka", "kyototycoon", "mapreduce", "marklogic", "milvus",
    "octopus_deploy", "pgbouncer", "postgres", "presto", "proxysql", "rabbitmq", "ray",
    "redisdb", "rethinkdb", "scylla", "slurm", "solr", "sonarqube", "spark", "supervisord",
    "teamcity", "temporal", "tenable", "tibco_ems", "tomcat", "vault", "velero", "vertica",
    "voltdb", "weblogic", "yarn", "zk",
)  # fmt: skip
#: The held-out systems: the 20 (a third) of the 62 whose names have the smallest SHA-256
#: (``holdout_systems``), fixed from the names before any sample was extracted.
HOLDOUT = frozenset({
    "airflow", "argocd", "confluent_platform", "couch", "hazelcast", "hdfs_datanode",
    "hdfs_namenode", "ibm_ace", "ibm_was", "ignite", "mapreduce", "milvus", "redisdb",
    "rethinkdb", "slurm", "solr", "sonarqube", "tenable", "tomcat", "vertica",
})  # fmt: skip
#: Most records per system.
MOST = 40


# --------------------------------------------------------------------------- reading


def file_samples(entry: dict[str, object]) -> list[str]:
    """One source file's samples in file order: message processors' ``samples``, tests' ``sample``."""
    out: list[str] = []
    for proc in entry.get("processors") or []:  # type: ignore[attr-defined]
        if proc.get("source") == "message":
            out += [s for s in proc.get("samples") or [] if isinstance(s, str)]
    for test in entry.get("tests") or []:  # type: ignore[attr-defined]
        if isinstance(test.get("sample"), str):
            out.append(test["sample"])
    return [s.rstrip("\n") for s in out]


def system_samples(entries: list[dict[str, object]]) -> dict[str, list[str]]:
    """Each system's samples (the folder of the file's path), binary residue and fail2ban left out."""
    out: dict[str, list[str]] = {}
    for entry in entries:
        system = str(entry["path"]).split("/", 1)[0]
        for text in file_samples(entry):
            if _logset.CONTROL.search(text) or _FAIL2BAN_PROGRAM.search(text):
                continue
            out.setdefault(system, []).append(text)
    return out


@functools.cache
def _samples() -> dict[str, list[str]]:
    """Each system's samples in the committed source entries (``SAMPLES``)."""
    samples = system_samples(yaml.safe_load(SAMPLES.read_text(encoding="utf-8")))
    assert set(samples) <= set(SYSTEMS)
    return samples


# --------------------------------------------------------------------------- labelling

# Written in the label review of the development part, before any detector ran (README,
# "Eighteenth real-text log set"); applied to both parts.
#: A user named in a Java/JVM service's prose or fields: ActiveMQ's ``<user> requested`` and
#: Artemis' ``User <user>(<role>)@``, Hive's ``ugi=<user>``, PgBouncer's ``<db>/<user>@<ip>``
#: and ``user=<user>``, IBM MQ's ``User(<user>)``, Ambari's audit ``User(<user>)`` and
#: ``Failed to authenticate <user>:``, VoltDB's ``Authenticated user <user> from``, TIBCO EMS'
#: ``[<user>@<host>]``, a PostgreSQL RDS prefix's ``:<user>@<db>:`` (the access line's
#: authenticated user is ``_logs14``'s rule).
_SERVICE_USER = re.compile(
    r"\| (?P<a>[\w.-]{1,40}) requested "
    r"|\bUser (?P<b>[\w.-]{1,40})\([\w.-]{0,40}\)@"
    r"|\bugi=(?P<c>[\w.-]{1,40})"
    r"|\b[\w()-]{1,40}/(?P<d>[\w().-]{1,40})@\d"
    r"|\bUser\((?P<e>[\w.-]{1,40})\)"
    r"|\bFailed to authenticate (?P<f>[\w.-]{1,40}):"
    r"|\bAuthenticated user (?P<g>[\w.-]{1,40}) from "
    r"|\[(?P<h>[\w.-]{1,40})@[\w.-]{1,60}\]:"
    r"|:(?P<i>[\w.-]{1,40})@[\w.-]{1,40}:\["
)
#: Names a field gives that are placeholders or system accounts, not people's accounts.
_NOT_USERS = frozenset({"(nouser)", "-", "root", "admin", "anonymous", "guest", "postgres"})


#: An Erlang date read as an IPv6 address by an earlier rule (RabbitMQ's ``8-Mar-2018::14:09:27``).
_ERLANG_DATE = re.compile(r"^\d{4}::\d\d:\d\d:\d\d$")
#: A version written as a dotted quad: IBM MQ's ``VRMF(9.0.0.0)``, ``V9.0.0.0``, ``Version :- 9.0.0.0``.
_VERSION_BEFORE = re.compile(r"(?:VRMF\(|(?<![A-Za-z])[Vv]|\bVersion\s{0,20}:-?\s{0,5})$")
#: A Java ``InetAddress`` written ``name/address`` (``host = yarn-container/172.18.0.2``).
_NAME_SLASH_IP = re.compile(r"(?:^|(?<=[\s=(]))[A-Za-z][\w.-]{0,60}/(" + _Q + r")(?![\w.])")
#: An address glued after a word and a hyphen in an object name (Cisco ACI's
#: ``tacacsplusprovider-10.19.24.1``).
_WORD_HYPHEN_IP = re.compile(r"(?<=[A-Za-z]-)(" + _Q + r")(?![\d.])")
#: An address written inside a name or an id, neither gold nor clean: an EC2 host name
#: (``ip-172-29-187-90``) and Db2's application id (``APPID: 9.26.54.62.45837.070518182042``).
_IP_IN_NAME = re.compile(r"\bip(?:-\d{1,3}){4}\b|\bAPPID\s?: (\d{1,3}(?:\.\d{1,3}){3}\.\d+\.\d+)")
#: Time zones an earlier rule read as the user of an access line (``... 18:11:35.727 UTC [5237]``).
_ZONES = frozenset({"UTC", "GMT"})


def _label18(text: str, system: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    gold, ignored = _label16(text, system)
    gold = [
        g
        for g in gold
        if not (
            g["entity"] == "IP_ADDRESS"
            and (
                _ERLANG_DATE.match(text[int(g["start"]) : int(g["end"])])  # type: ignore[call-overload]
                or _VERSION_BEFORE.search(text[max(0, int(g["start"]) - 30) : int(g["start"])])  # type: ignore[call-overload]
            )
        )
    ]
    ignored = [
        i for i in ignored
        if not (i["label"] == "USERNAME" and text[int(i["start"]) : int(i["end"])] in _ZONES)  # type: ignore[call-overload]
    ]  # fmt: skip
    for m in [*_NAME_SLASH_IP.finditer(text), *_WORD_HYPHEN_IP.finditer(text)]:
        s, e = m.span(1)
        if not _overlap(gold, s, e) and not _overlap(ignored, s, e):
            gold.append({"start": s, "end": e, "entity": "IP_ADDRESS"})
    for m in _IP_IN_NAME.finditer(text):
        s, e = m.span(1) if m.group(1) else m.span()
        gold = [g for g in gold if not _overlap([g], s, e)]
        ignored.append({"start": s, "end": e, "label": "IP_IN_NAME"})
    gold.sort(key=lambda g: (int(g["start"]), int(g["end"])))  # type: ignore[call-overload]
    for m in _SERVICE_USER.finditer(text):
        name = next(k for k, v in m.groupdict().items() if v is not None)
        s, e = m.span(name)
        if text[s:e] in _NOT_USERS:
            continue
        if not _overlap(gold, s, e) and not _overlap(ignored, s, e):
            ignored.append({"start": s, "end": e, "label": "USERNAME"})
    ignored.sort(key=lambda i: (int(i["start"]), int(i["end"])))  # type: ignore[call-overload]
    return gold, ignored


# --------------------------------------------------------------------------- building


# ``_select`` keeps records whole: it only strips a trailing new line.
SET = _logset.LogSet(
    number=18,
    repositories=(),
    systems=SYSTEMS,
    holdout=HOLDOUT,
    texts=lambda _gits, system: _samples().get(system, []),
    label=_label18,
    most=MOST,
    earlier=17,
    holdout_unique=True,
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])

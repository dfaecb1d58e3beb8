"""Build the seventeenth real-text log set: the test logs of Elastic Filebeat's modules.

The text comes from ``elastic/beats``' ``filebeat/module/<module>/<fileset>/test/*.log`` files
(the Apache-2.0 part of the repository, not ``x-pack/``): service, database, system and error
logs (Apache and IIS error logs, auditd, Elasticsearch server, GC, slow, audit and deprecation
logs, HAProxy's TCP log, Icinga, Kafka, Kibana, Logstash, MongoDB, MySQL error and slow logs,
NATS, osquery results, PostgreSQL, Redis, Santa, Linux auth and syslog). Left out: the
``nginx`` module (part of it is on ``/work/shared/OFF-LIMITS.md``), the HTTP access-log
filesets (``apache/access``, ``iis/access``, HAProxy's HTTP logs, ``traefik``; another helper's
set), and the modules that live under ``x-pack/`` today (Elastic License 2.0) even where the
index holds an old copy under ``filebeat/module/``.

Selection and split (fixed 2026-12-05 11:40 UTC from the fileset names alone, before any file
was read; written in ``benchmarks/corpus/README.md``): the 26 filesets of ``SYSTEMS``; the 8
(a third, rounded down) whose names have the smallest SHA-256 are held out
(``holdout_systems``; written down in ``HOLDOUT``). Per fileset the first two test files by
path (``FILES``; HAProxy's two non-HTTP ones), of each the first ``LINES`` (20) non-empty lines
of its first 16,000 characters (one index page). A record is one line, cut at 4,000 characters.
The beats repository is too large to mirror here: the lines were copied from the code index's
stored copies at the commits in ``FILES`` into ``benchmarks/data/beats_filebeat_lines.jsonl``
(one object a file: path, commit, lines), which this builder reads. Dropped: a line with a
control character other than a tab, one already in a development part of an earlier log set
(held-out parts compared by SHA-256 only) and a held-out line equal to a development one.

Labels: the rules of ``_logs16._label16`` (which applies the sixteenth to first sets' rules),
then those of ``_label17`` below, written in ``benchmarks/corpus/README.md`` before any
detector ran. Both parts were committed, labelled, before privkit or Presidio ran on either.

    python -m benchmarks.corpus._logs17
"""

from __future__ import annotations

import hashlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
SOURCE = DATA / "beats_filebeat_lines.jsonl"
DEV_OUT = DATA / "real_logs17_dev.jsonl"
HOLD_OUT = DATA / "real_logs17_holdout.jsonl"

REPO = "elastic/beats"
LICENCE = "Apache-2.0"
_M = "filebeat/module/"
#: fileset -> its test files (the first two by path; HAProxy's two that are not HTTP logs).
FILES: dict[str, tuple[str, ...]] = {
    "apache/error": ("sublevel.log", "test.log"),
    "auditd/log": ("audit-cent7-node.log", "audit-rhel6.log"),
    "elasticsearch/audit": ("test-access.log", "test-audit-711.log"),
    "elasticsearch/deprecation": (
        "elasticsearch_deprecation.log",
        "es_deprecation-json.800.log",
    ),
    "elasticsearch/gc": ("gc.log", "test-docker.log"),
    "elasticsearch/server": ("elasticsearch-json.800.log", "elasticsearch-json.800.mixed.log"),
    "elasticsearch/slowlog": (
        "auditlog_index_indexing_slowlog.log",
        "auditlog_index_indexing_slowlog_2.log",
    ),
    "haproxy/log": ("default.log", "tcplog.log"),
    "icinga/debug": ("test.log",),
    "icinga/main": ("test.log",),
    "iis/error": ("error.log", "iis_error_url.log"),
    "kafka/log": ("controller-2.0.0.log", "server-2.0.0.log"),
    "kibana/audit": ("test-audit-711.log", "test-audit-713.log"),
    "kibana/log": ("log.624.log", "log.830.log"),
    "logstash/log": ("logstash-json.log", "logstash-plain-7.4.log"),
    "logstash/slowlog": ("slowlog-json.log", "slowlog-plain.log"),
    "mongodb/log": ("mongodb-debian-3.2.11.log", "mongodb-debian-4.4.4-json.log"),
    "mysql/error": ("error.log", "mariadb-10.4.8.log"),
    "mysql/slowlog": ("mariadb-10.1.21.log", "mariadb-10.2.12.log"),
    "nats/log": ("test.log",),
    "osquery/result": ("osqueryd.results.darwin.log", "osqueryd.results.sample.log"),
    "postgresql/log": ("postgresql-10-default.log", "postgresql-10-min-duration-statement.log"),
    "redis/log": ("redis-5.0.3.log", "redis-darwin-3.0.2.log"),
    "santa/log": ("santa.log",),
    "system/auth": ("secure-rhel7.log", "test.log"),
    "system/syslog": ("darwin-syslog-sample.log", "darwin-syslog.log"),
}
SYSTEMS = tuple(sorted(FILES))
#: The held-out filesets: the 8 (a third, rounded down) of the 26 whose names have the smallest
#: SHA-256 (``holdout_systems``), fixed from the names before any file was read
#: (2026-12-05 11:40 UTC).
HOLDOUT = frozenset({
    "elasticsearch/audit", "elasticsearch/deprecation", "haproxy/log", "icinga/debug",
    "icinga/main", "iis/error", "kafka/log", "logstash/log",
})  # fmt: skip
#: Lines taken from the head of each file.
LINES = 20


def holdout_systems(systems: list[str] | tuple[str, ...], share: int = 3) -> frozenset[str]:
    """The ``len(systems) // share`` systems whose names have the smallest SHA-256."""
    ranked = sorted(systems, key=lambda s: hashlib.sha256(s.encode()).hexdigest())
    return frozenset(ranked[: len(systems) // share])

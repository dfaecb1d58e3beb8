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
(one object a file: fileset, path, commit, and its lines joined by new lines as ``text``),
which this builder reads. Dropped: a line with a
control character other than a tab, one already in a development part of an earlier log set
(held-out parts compared by SHA-256 only) and a held-out line equal to a development one.

Labels: the rules of ``_logs16._label16`` (which applies the sixteenth to first sets' rules),
then those of ``_label17`` below, written in ``benchmarks/corpus/README.md`` before any
detector ran. Both parts were committed, labelled, before privkit or Presidio ran on either.

    python -m benchmarks.corpus._logs17
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from benchmarks.corpus import _logset
from benchmarks.corpus._logs10 import _FAIL2BAN_PROGRAM, _overlap
from benchmarks.corpus._logs16 import _label16

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
SOURCE = DATA / "beats_filebeat_lines.jsonl"

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
#: Most records per fileset (two files of ``LINES``).
MOST = 40


# --------------------------------------------------------------------------- reading


def fileset_lines(fileset: str) -> list[str]:
    """A fileset's copied lines in file order: its files' first ``LINES`` non-empty lines."""
    wanted = {f"{_M}{fileset}/test/{name}" for name in FILES[fileset]}
    out: list[str] = []
    seen: set[str] = set()
    with SOURCE.open(encoding="utf-8") as fh:
        for raw in fh:
            entry = json.loads(raw)
            if entry["fileset"] != fileset:
                continue
            assert entry["path"] in wanted, entry["path"]
            seen.add(entry["path"])
            lines = [ln for ln in entry["text"].split("\n") if ln.strip()][:LINES]
            out += [ln for ln in lines if not _logset.CONTROL.search(ln)]
    assert seen == wanted, sorted(wanted - seen)
    return out


# --------------------------------------------------------------------------- labelling


# Written in the label review of the development part, before any detector ran (README,
# "Seventeenth real-text log set"); applied to both parts.
#: A browser add-on's id in an osquery ``firefox_addons`` row (``"identifier":"x@mozilla.org"``):
#: e-mail-shaped, but an add-on's name, not a mailbox. Neither gold nor clean: ignored.
_ADDON_ID = re.compile(r'"identifier":"([^"@\s]{1,64}@[^"@\s]{1,255})"')


def _label17(text: str, system: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    gold, ignored = _label16(text, system)
    for m in _ADDON_ID.finditer(text):
        s, e = m.span(1)
        gold = [g for g in gold if not _overlap([g], s, e)]
        ignored.append({"start": s, "end": e, "label": "EMAIL_ADDRESS"})
    ignored.sort(key=lambda i: (int(i["start"]), int(i["end"])))  # type: ignore[call-overload]
    return gold, ignored


# --------------------------------------------------------------------------- building


SET = _logset.LogSet(
    number=17,
    repositories=(),
    systems=SYSTEMS,
    holdout=HOLDOUT,
    texts=lambda _gits, system: [
        t for t in fileset_lines(system) if not _FAIL2BAN_PROGRAM.search(t)
    ],
    label=_label17,
    most=MOST,
    earlier=17,
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])

"""Build the twenty-fourth real-text log set: Android, Hadoop, Spark, Flink and Linux agents' logs.

The text comes from nine repositories that commit log lines nobody on this team wrote, pinned by
commit: the logcat, bug-report, monkey, kernel and ANR-trace lines in the tests of Android's log
analysis library (``aosp/loganalysis``, Apache-2.0 by its files' headers), the logcat and iOS
device-log lines in NativeScript CLI's tests (``NativeScript/nativescript-cli``, Apache-2.0), the
Hadoop, YARN, EMR and Dataproc log lines in mrjob's tests (``Yelp/mrjob``, Apache-2.0), the
Kyuubi, Spark and Hive metastore log lines of Kyuubi's documentation (``apache/kyuubi``,
Apache-2.0), the Flink log lines of the Flink Kubernetes operator's documentation and tests
(``apache/flink-kubernetes-operator``, Apache-2.0), Celeborn's documentation
(``apache/celeborn``, Apache-2.0), the Azure Linux agent's logs in its tests
(``Azure/WALinuxAgent``, Apache-2.0) and cloud-init's tests (``canonical/cloud-init``,
Apache-2.0 or GPL-3.0).

Selection and split (fixed 2026-12-05 19:27 UTC from the systems' names and file paths, before
any line was extracted; ``benchmarks/corpus/README.md``): the systems and their files are
``SYSTEMS``; the split is by system, a third held out (``holdout_systems``: the names with the
smallest SHA-256). A record is one line of a system's files that carries a log stamp
(``_STAMP``: a date and time, a Hadoop ``yy/mm/dd`` time, a logcat ``mm-dd`` time, a syslog
time, a kernel time or a brief logcat ``X/tag(pid):`` head), from the stamp on; inside a string
of code the line ends where the string does (``_in_string``). Dropped: a line with no word
of three letters after its stamp (``_WORD``: a bare time, a test's input to a time parser), a
line with a control character other than a tab, a line already in a part of an earlier real log set (development
parts compared as text, held-out parts by SHA-256 only, never read), and a line already taken
for a system earlier in this set. Per system, ``MOST`` (120) evenly spaced ones of its distinct
lines (``_logs4._select``). Records are cut at 4,000 characters.

Labels: the rules of the twenty-second set (``_logs22._label22``, which applies the twentieth
to first sets' rules), written in ``benchmarks/corpus/README.md`` before any detector ran.
Both parts were committed, labelled, before privkit or Presidio ran on either.

Run once, with local git directories of the repositories:

    python -m benchmarks.corpus._logs24 --git aosp/loganalysis=DIR \
        --git NativeScript/nativescript-cli=DIR --git Yelp/mrjob=DIR --git apache/kyuubi=DIR \
        --git apache/flink-kubernetes-operator=DIR --git apache/celeborn=DIR \
        --git Azure/WALinuxAgent=DIR --git canonical/cloud-init=DIR
"""

from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING

from benchmarks.corpus import _logset
from benchmarks.corpus._git import git_files
from benchmarks.corpus._logs22 import _label22

if TYPE_CHECKING:
    from pathlib import Path


#: repository -> (commit, licence as its LICENSE file or its files' headers state it).
SOURCES: dict[str, tuple[str, str]] = {
    "aosp/loganalysis": ("e64f495107aaa91f2e40e7e5c92c700d58115fa3", "Apache-2.0"),
    "NativeScript/nativescript-cli": ("9322fdc8583416ff4b82fa0f84c6076a91c60518", "Apache-2.0"),
    "Yelp/mrjob": ("091572e87bc24cc64be40278dd0f5c3617c98d4b", "Apache-2.0"),
    "apache/kyuubi": ("cfbbeec429db0115ce42fbaf91f13c6eb9092762", "Apache-2.0"),
    "apache/flink-kubernetes-operator": ("6e9caeb48118934f4311534725196c52159eaa21", "Apache-2.0"),
    "apache/celeborn": ("7b050089b837055a3813b26f05b1fce88aa32e0b", "Apache-2.0"),
    "Azure/WALinuxAgent": ("a976115fd7254f4f9f54cc33528f0817b07b7976", "Apache-2.0"),
    "canonical/cloud-init": ("04eacd06ee60de9dbb9e7be784be20dab7342c1a", "Apache-2.0 OR GPL-3.0"),
}
_AOSP = "tests/src/com/android/loganalysis/parser/"
_NS = "lib/common/test/unit-tests/"
#: system -> (repository, files or folders (a name ending in ``/``: every file under it)).
#: Fixed from the files' names before any line was read.
SYSTEMS: dict[str, tuple[str, tuple[str, ...]]] = {
    "aosp-logcat-parser-tests": ("aosp/loganalysis", (_AOSP + "LogcatParserTest.java",)),
    "aosp-bugreport-tests": ("aosp/loganalysis", (_AOSP + "BugreportParserTest.java",)),
    "aosp-monkey-tests": ("aosp/loganalysis", (
        _AOSP + "SmartMonkeyLogParserTest.java", _AOSP + "MonkeyLogParserTest.java",
    )),
    "aosp-kernel-traces-tests": ("aosp/loganalysis", (
        _AOSP + "KernelLogParserTest.java", _AOSP + "TracesParserTest.java",
    )),
    "nativescript-logcat-sample": (
        "NativeScript/nativescript-cli", (_NS + "mobile/android/valid-sample.txt",)
    ),
    "nativescript-android-log-filter": (
        "NativeScript/nativescript-cli", (_NS + "android-log-filter.ts",)
    ),
    "nativescript-device-log-provider": (
        "NativeScript/nativescript-cli", (_NS + "mobile/device-log-provider.ts",)
    ),
    "nativescript-ios-log-filter": ("NativeScript/nativescript-cli", (
        _NS + "ios-log-filter.ts", "test/services/ios-log-filter.ts",
    )),
    "nativescript-ios-debugger-port": (
        "NativeScript/nativescript-cli", ("test/services/ios-debugger-port-service.ts",)
    ),
    "mrjob-hadoop-step-logs": ("Yelp/mrjob", (
        "tests/logs/test_step.py", "tests/logs/test_log4j.py", "tests/logs/test_mixin.py",
        "tests/logs/test_history.py", "tests/logs/test_wrap.py",
    )),
    "mrjob-hadoop-task-logs": ("Yelp/mrjob", (
        "tests/logs/test_task.py", "tests/logs/test_spark.py", "tests/logs/test_errors.py",
        "tests/logs/test_bootstrap.py",
    )),
    "mrjob-dataproc": ("Yelp/mrjob", ("tests/test_dataproc.py",)),
    "kyuubi-server-docs": ("apache/kyuubi", (
        "docs/monitor/logging.md", "docs/deployment/engine_share_level.md",
    )),
    "kyuubi-spark-connector-docs": ("apache/kyuubi", ("docs/connector/",)),
    "kyuubi-hive-metastore-docs": ("apache/kyuubi", ("docs/deployment/hive_metastore.md",)),
    "flink-operator-docs": ("apache/flink-kubernetes-operator", ("docs/content/docs/",)),
    "flink-operator-resource-test": ("apache/flink-kubernetes-operator", (
        (
            "flink-kubernetes-operator/src/test/java/org/apache/flink/kubernetes/operator/"
            "resources/ClusterResourceManagerTest.java"
        ),
    )),
    "celeborn-docs": ("apache/celeborn", ("README.md", "docs/deploy.md", "docs/deploy_on_k8s.md")),
    "waagent-e2e-log": ("Azure/WALinuxAgent", (
        "tests_e2e/tests/lib/agent_log.py", "tests_e2e/tests/agent_firewall/agent_firewall.py",
    )),
    "waagent-event-tests": ("Azure/WALinuxAgent", ("tests/common/test_event.py",)),
    "cloud-init-datasource-tests": ("canonical/cloud-init", (
        "tests/unittests/sources/test_cloudstack.py", "tests/unittests/net/test_dhcp.py",
        "tests/unittests/sources/helpers/test_ec2.py", "tests/unittests/sources/test_ec2.py",
    )),
    "cloud-init-analyze": ("canonical/cloud-init", (
        "tests/unittests/analyze/", "tests/unittests/test_log.py", "doc/rtd/explanation/analyze.rst",
    )),
}  # fmt: skip
#: The held-out systems: the 7 (a third) of the 22 whose names have the smallest SHA-256
#: (``holdout_systems``), fixed from the names before any line was extracted (2026-12-05 19:27
#: UTC; README, "Twenty-fourth real-text log set", says what was seen before).
HOLDOUT = frozenset({
    "aosp-kernel-traces-tests", "cloud-init-datasource-tests", "flink-operator-resource-test",
    "kyuubi-server-docs", "nativescript-android-log-filter", "nativescript-device-log-provider",
    "nativescript-ios-debugger-port",
})  # fmt: skip
#: Most records per system.
MOST = 120
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
#: Where a log line starts: an ISO date and time, a Hadoop ``yy/mm/dd hh:mm:ss``, a logcat
#: ``mm-dd hh:mm:ss.mmm``, a syslog ``Mon dd hh:mm:ss host``, a kernel ``<n>[ secs]`` or a
#: brief logcat head ``X/tag( pid):``.
_STAMP = re.compile(
    r"\b\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}"
    r"|\b\d{2}/\d{2}/\d{2} \d{2}:\d{2}:\d{2}\b"
    r"|\b\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}\b"
    rf"|\b{_MONTH} [ \d]\d \d{{2}}:\d{{2}}:\d{{2}} [\w.-]"
    r"|<\d>\[ {0,12}\d{1,8}\.\d{1,9}\]"
    r"|\b[VDIWEFA]/[^\s(/]{1,64} {0,16}\( {0,6}\d{1,6}\): "
)
#: A word after the stamp (not a time zone): a line without one is a bare time, no log line.
_WORD = re.compile(r"(?!(?:UTC|GMT)\b)[A-Za-z]{3,}")
#: The file name endings whose lines are code: a stamp inside a string ends with the string.
_CODE = (".java", ".py", ".ts", ".scala")


def _paths(git: Path, commit: str, spec: str) -> list[str]:
    """The file ``spec`` names, or every file under it when it ends in ``/``, sorted."""
    if not spec.endswith("/"):
        return [spec]
    return sorted(git_files(git, commit, spec))


def _in_string(line: str, start: int) -> str:
    """The text from ``start`` to the end of the string literal it is inside, if it is in one.

    The literal's quote is the last ``"``, ``'`` or backquote before ``start`` when the text
    before holds an odd number of it; a trailing ``\\n`` escape is dropped.
    """
    head = line[:start]
    quotes = [(head.rfind(q), q) for q in "\"'`"]
    at, quote = max(quotes)
    if at < 0 or head.count(quote) % 2 == 0:
        return line[start:]
    i = start
    while True:
        j = line.find(quote, i)
        if j < 0:
            out = line[start:]
            break
        if line[j - 1] != "\\":
            out = line[start:j]
            break
        i = j + 1
    return re.sub(r"(?:\\[nrt])+$", "", out)


def system_lines(gits: dict[str, Path], system: str) -> list[str]:
    """A system's log lines in file order; binary residue left out."""
    repo, specs = SYSTEMS[system]
    commit = SOURCES[repo][0]
    files = [(commit, p) for spec in specs for p in _paths(gits[repo], commit, spec)]
    return _logset.file_lines(gits[repo], files, _log_line)


def _log_line(raw: str, path: str) -> str | None:
    """A line from its stamp on (to the end of its string literal in code), or None.

    None without a stamp, or for a bare time: no word after the stamp (a test's input to a
    time parser).
    """
    m = _STAMP.search(raw)
    if m is None:
        return None
    line = _in_string(raw, m.start()) if path.endswith(_CODE) else raw[m.start() :]
    line = line.rstrip()
    return line if _WORD.search(line, m.end() - m.start()) else None


#: The set as the shared builder reads it (a line of an earlier set's development part is
#: dropped; its held-out parts are compared by SHA-256 only, no record read).
SET = _logset.LogSet(
    number=24,
    repositories=tuple(SOURCES),
    systems=SYSTEMS,
    holdout=HOLDOUT,
    texts=system_lines,
    label=_label22,
    most=MOST,
    earlier=24,
    holdout_unique=True,
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])

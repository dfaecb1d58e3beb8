"""Build the twenty-third real-text log set: Ceph daemons' and clients' logs from new sources.

The text comes from five repositories that commit Ceph log lines nobody on this team wrote,
pinned by commit: a BlueStore OSD's log that a Ceph developer committed to his fork
(``somnathr/ceph``, ``ceph-osd.0.log``, LGPL-2.1 by the fork's ``COPYING``), Rook's
troubleshooting pages and a test's captured librados output (``rook/rook``, Apache-2.0),
MicroCeph's captured ``rbd mirror`` failure (``canonical/microceph``, AGPL-3.0), the Ceph
resiliency pages of OpenStack-Helm (``openstack/openstack-helm``, Apache-2.0) and the log
lines quoted in the RADOS tests of Red Hat's Ceph CI (``red-hat-storage/cephci``, MIT).
Canonical's hotsos (the twenty-second set's Ceph source) is not used.

Selection and split (fixed 2026-12-05 17:47 UTC from the systems' names and file paths, before
any line was extracted; ``benchmarks/corpus/README.md``): the systems and their files are
``SYSTEMS``; the split is by system, a third held out (``holdout_systems``: the names with the
smallest SHA-256). A record is one line of a system's files: every line of a log file, and of
a page or a test only the lines that carry a Ceph log stamp (``_STAMP``: a date and time, a
syslog time, or ``log_channel(``), from the stamp on (a time in code is no
log line). Dropped: a line with a control character
other than a tab, a line already in a part of an earlier real log set (development parts
compared as text, held-out parts by SHA-256 only, never read), and a line already taken for a
system earlier in this set. Per system, ``MOST`` (150) evenly spaced ones of its distinct
lines (``_logs4._select``). Records are cut at 4,000 characters.

Labels: the rules of the twenty-second set (``_logs22._label22``, which applies the twentieth
to first sets' rules), written in ``benchmarks/corpus/README.md`` before any detector ran.
Both parts were committed, labelled, before privkit or Presidio ran on either.

Run once, with local git directories of the repositories:

    python -m benchmarks.corpus._logs23 --git somnathr/ceph=DIR --git rook/rook=DIR \
        --git canonical/microceph=DIR --git openstack/openstack-helm=DIR \
        --git red-hat-storage/cephci=DIR
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

#: repository -> (commit, licence as its LICENSE or COPYING file states it).
SOURCES: dict[str, tuple[str, str]] = {
    "somnathr/ceph": ("cd67fc1444989987f3c64b648b8ca5ff12184c70", "LGPL-2.1"),
    "rook/rook": ("d0c3b9ce6d64ff0c47074437aab7314b7adf7f2c", "Apache-2.0"),
    "canonical/microceph": ("79f99b50a1abf05ca8abb463b0fcb3f749f13c89", "AGPL-3.0"),
    "openstack/openstack-helm": ("0ee5adeffcaefb6f7a78bb23bf845414672e6827", "Apache-2.0"),
    "red-hat-storage/cephci": ("0bfad3ffb0f0c81118971ac314f0ff9a1b3c727e", "MIT"),
}
#: system -> (repository, files or folders (a name ending in ``/``: every file under it),
#: whether every line is a log line). Fixed from the files' names before any line was read.
SYSTEMS: dict[str, tuple[str, tuple[str, ...], bool]] = {
    "ceph-osd-bluestore": ("somnathr/ceph", ("ceph-osd.0.log",), True),
    "rook-librados": ("rook/rook", ("pkg/daemon/ceph/client/image_test.go",), False),
    "rook-troubleshooting": ("rook/rook", (
        "Documentation/Troubleshooting/ceph-common-issues.md",
        "Documentation/Storage-Configuration/Advanced/ceph-osd-mgmt.md",
    ), False),
    "microceph-rbd-mirror": (
        "canonical/microceph", ("microceph/ceph/test_assets/rbd_mirror_promote_secondary_failure.txt",), True
    ),
    "openstack-helm-ceph-resiliency": (
        "openstack/openstack-helm", ("doc/source/testing/ceph-resiliency/",), False
    ),
    "cephci-rados-tests": ("red-hat-storage/cephci", ("tests/rados/",), False),
}  # fmt: skip
#: The held-out systems: the 2 (a third) of the 6 whose names have the smallest SHA-256
#: (``holdout_systems``), fixed from the names before any line was extracted (2026-12-05 17:47
#: UTC; README, "Twenty-third real-text log set", says what was seen before).
HOLDOUT = frozenset({"microceph-rbd-mirror", "rook-librados"})
#: Most records per system.
MOST = 150
#: Where a log line starts inside a page or a test: a date and time that a Ceph thread id or
#: a Rook level (``I |``) follows, a syslog time that a host and a program follow, or a cluster
#: log channel (a time in code, ``'2022-07-20 09:40:10')``, is no log line).
_STAMP = re.compile(
    r"\b\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:[+-]\d{4}|Z)? {1,2}"
    r"(?:[0-9a-f]{12,16} |[IWEDN] \| )"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d \d{2}:\d{2}:\d{2} [\w.-]{1,64} "
    r"[\w.@-]{1,64}\[\d{1,10}\]: "
    r"|\blog_channel\("
)


def _paths(git: Path, commit: str, spec: str) -> list[str]:
    """The file ``spec`` names, or every file under it when it ends in ``/``, sorted."""
    if not spec.endswith("/"):
        return [spec]
    return sorted(git_files(git, commit, spec))


def system_lines(gits: dict[str, Path], system: str) -> list[str]:
    """A system's log lines in file order; binary residue left out."""
    repo, specs, whole = SYSTEMS[system]
    commit = SOURCES[repo][0]
    files = [(commit, p) for spec in specs for p in _paths(gits[repo], commit, spec)]
    return _logset.file_lines(gits[repo], files, _whole_line if whole else _from_stamp)


def _whole_line(line: str, _path: str) -> str:
    return line


def _from_stamp(line: str, _path: str) -> str | None:
    """A line from its Ceph log stamp on (:data:`_STAMP`), or None without one."""
    m = _STAMP.search(line)
    return None if m is None else line[m.start() :]


SET = _logset.LogSet(
    number=23,
    repositories=tuple(SOURCES),
    systems=SYSTEMS,
    holdout=HOLDOUT,
    texts=system_lines,
    label=_label22,
    most=MOST,
    earlier=23,
    holdout_unique=True,
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])

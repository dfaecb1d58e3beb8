"""Build the thirty-eighth real-text log set: security appliances' events in two parsers' tests.

The text is the event lines that two open parsers of security appliances' logs keep as their
test inputs: ``jcustenborder/palo-alto-syslog-parser`` (Apache-2.0), a parser of the syslog
lines a Palo Alto Networks firewall (PAN-OS) sends, whose tests keep one JSON case per line
as a listener received it (``input.rawMessage``) in a folder per PAN-OS log type (``traffic``,
``threat``, ``system``, ``config``, ``userid``); and ``Graylog2/graylog-plugin-cef``
(Apache-2.0), a Common Event Format (CEF) input for Graylog, whose fixtures keep CEF events
(``testString``) taken from a vendor's CEF guide (F5 ASM, a web-application firewall), from
OSSEC (a host IDS), from a forensic tool's guide (log2timeline) and from users' bug reports.

Selection and split (fixed 2026-12-07 06:03 UTC from the folder and file names alone, before
any record was read; ``benchmarks/corpus/README.md``): a system is a PAN-OS log type, the
folder of the parser's test cases (``paloalto-<type>``; the ``authentication``, ``gtp``,
``hipmatch`` and ``tunnel`` folders hold no case), or a family of CEF fixtures by its file
name's source (``f5-asm-cef``: the ``arcsight-f5-asm-...`` guide's examples; ``ossec-cef``;
``log2timeline-cef``: the ``sans_log2timeline_...`` page; ``cef-issue-reports``: the
``issue_<n>_comment_<id>`` events users posted). The fixtures written for the codec's own tests
(``cef_*``, ``ext_*``, ``v24_*``, ``spaced_values``: one made-up vendor) are no system. The
split is by system, a third held out (``_logset.holdout_systems``: the names with the smallest
SHA-256). A record is one event: a PAN-OS case's ``input.rawMessage`` (the syslog line with its
``<PRI>`` as the listener received it) or a CEF fixture's ``testString``, files in path order,
trailing blanks removed (the fixtures are JSON with trailing commas, read as such). Dropped as in
the thirty-seventh set: an event with a control character other than a tab or a new line, one
that carries the tag of a program fail2ban has filters for, one equal to a development record
of an earlier real log set (held-out records compared by SHA-256 only, never read), and one
already taken by a system earlier in this set. Per system, of its distinct events,
``MOST_NET`` evenly spaced ones of those with an address shape (``_logs29._NET_SHAPE``) and
``MOST_OTHER`` of the rest, in file order (``_logs25._stratified``).

Labels: the thirty-seventh set's rules (``_logs37._label37``, which applies the thirtieth to
first sets' rules: IP, MAC and e-mail addresses gold, everything else non-personal), applied
to both parts before any detector ran; rules found in the label review of the development
part are written in ``benchmarks/corpus/README.md`` before the parts were committed.

Run once, with local git directories of the repositories:

    python -m benchmarks.corpus._logs38 --git jcustenborder/palo-alto-syslog-parser=DIR \
        --git Graylog2/graylog-plugin-cef=DIR
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from typing import TYPE_CHECKING

from benchmarks.corpus import _logset
from benchmarks.corpus._git import git_blob, git_files
from benchmarks.corpus._logs10 import not_fail2ban
from benchmarks.corpus._logs25 import _stratified
from benchmarks.corpus._logs29 import _NET_SHAPE
from benchmarks.corpus._logs37 import _label37

if TYPE_CHECKING:
    from pathlib import Path

PANOS = "jcustenborder/palo-alto-syslog-parser"
CEF = "Graylog2/graylog-plugin-cef"
SOURCES: dict[str, tuple[str, str]] = {
    PANOS: ("c62abc871caf33885e79f13b5ad77e70a9912987", "Apache-2.0"),
    CEF: ("011559a94a1c3d6714ec5ee48ac6e3dbdf070fa5", "Apache-2.0"),
}
#: The folder of the PAN-OS parser's test cases, a folder per log type.
PANOS_CASES = "src/test/resources/com/github/jcustenborder/netty/syslog/"
#: The folder of the CEF input's fixtures.
CEF_FIXTURES = "src/test/resources/fixtures/"
#: The systems, fixed 2026-12-07 06:03 UTC from the folder and file names alone, before any
#: record was read: the PAN-OS log types with a test case, and the CEF fixtures' sources (the
#: file-name prefix of each family).
PANOS_TYPES = ("config", "system", "threat", "traffic", "userid")
CEF_FAMILIES = {
    "f5-asm-cef": "arcsight-f5-asm-",
    "ossec-cef": "ossec_",
    "log2timeline-cef": "sans_log2timeline_",
    "cef-issue-reports": "issue_",
}
SYSTEMS = (*(f"paloalto-{t}" for t in PANOS_TYPES), *CEF_FAMILIES)
#: The held-out systems: the 3 (a third) of the 9 whose names have the smallest SHA-256
#: (``_logset.holdout_systems``), fixed 2026-12-07 06:03 UTC before any record was read.
HOLDOUT = frozenset({"log2timeline-cef", "paloalto-config", "paloalto-userid"})
#: Per system, the address-shaped events and the other events kept (``_stratified``).
MOST_NET = 30
MOST_OTHER = 10
#: What ``select_parts`` keeps of a system's (already thinned) events: all of them.
MOST = MOST_NET + MOST_OTHER
#: A comma that closes a JSON object or array early (the fixtures' trailing commas).
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")


def _json(blob: bytes) -> object:
    """A test file's JSON, trailing commas allowed."""
    return json.loads(_TRAILING_COMMA.sub(r"\1", blob.decode("utf-8", "replace")))


def _event(git: Path, commit: str, path: str, system: str) -> str | None:
    """The event a test file holds, or None (no string where the system's files keep it)."""
    try:
        case = _json(git_blob(git, commit, path))
    except (subprocess.CalledProcessError, ValueError):
        return None
    if not isinstance(case, dict):
        return None
    if system.startswith("paloalto-"):
        given = case.get("input")
        text = given.get("rawMessage") if isinstance(given, dict) else None
    else:
        text = case.get("testString")
    if not isinstance(text, str):
        return None
    text = text.rstrip()
    if not text or _logset.CONTROL.search(text):
        return None
    return not_fail2ban(text, path)


def system_paths(gits: dict[str, Path], system: str) -> tuple[str, str, list[str]]:
    """A system's repository, commit and test files, in path order."""
    if system.startswith("paloalto-"):
        commit = SOURCES[PANOS][0]
        folder = f"{PANOS_CASES}{system.removeprefix('paloalto-')}/"
        return PANOS, commit, git_files(gits[PANOS], commit, folder, ".json")
    commit = SOURCES[CEF][0]
    prefix = CEF_FIXTURES + CEF_FAMILIES[system]
    paths = [p for p in git_files(gits[CEF], commit, CEF_FIXTURES, ".json") if p.startswith(prefix)]
    return CEF, commit, paths


def system_lines(gits: dict[str, Path], system: str) -> list[str]:
    """A system's kept events in file order (``_stratified``)."""
    repo, commit, paths = system_paths(gits, system)
    events = [e for p in paths if (e := _event(gits[repo], commit, p, system)) is not None]
    return _stratified(events, most_net=MOST_NET, most_other=MOST_OTHER, shape=_NET_SHAPE)


#: The set as the shared builder reads it (an event of an earlier set's development part is
#: dropped; its held-out parts are compared by SHA-256 only, no record read).
SET = _logset.LogSet(
    number=38,
    repositories=tuple(SOURCES),
    systems=SYSTEMS,
    holdout=HOLDOUT,
    texts=system_lines,
    label=_label37,
    most=MOST,
    earlier=38,
    holdout_unique=True,
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])

"""Build the thirty-fifth real-text log set: a mail server's (Postfix's) log lines in a parser's tests.

The text is the log lines that ``whyscream/postfix-grok-patterns`` (BSD-3-Clause), the Grok
patterns with which Logstash and Elasticsearch read Postfix's logs, keeps as its test inputs:
each ``test/<group>_<nnnn>.yaml`` file holds one line of a Postfix daemon's syslog message (the
text after the syslog header and the ``postfix/<daemon>[pid]:`` tag) as its ``data`` value, with
the pattern that must read it and the fields it must yield. The groups are Postfix's daemons
(``smtpd``, ``smtp``, ``postscreen``, ``cleanup``, ``qmgr``, ``anvil``, ``bounce``, ``lmtp``,
``pipe``, ``local``, ``virtual``, ``tlsproxy``, ``dnsblog`` and others) and three groups of
shared parts of their lines (``tls_features``, ``command_counter_data``, ``delays``).

Selection and split (fixed 2026-12-07 00:59 UTC from the test files' names alone, before any
test file was read; ``benchmarks/corpus/README.md``): a system is a group, the file name without
``_<nnnn>.yaml`` (``system``); every ``test/*.yaml`` file is taken (``test/test.rb``, the
runner, and ``test/logstash-patterns-core``, a submodule not in the tree, are no test files).
The split is by system, a third held out (``_logset.holdout_systems``: the names with the
smallest SHA-256). A record is a test file's ``data`` value (a YAML string of one line; a value of
more lines is no record), trailing blanks removed. Dropped as in the thirty-fourth set: a line with no letter or digit, a line with a
control character other than a tab, one that carries the tag of a program fail2ban has filters
for (``_logs10._FAIL2BAN_PROGRAM``: ``postfix/<daemon>[pid]:``; the test lines carry no tag), one
equal to a development record of an earlier real log set (held-out records compared by SHA-256
only, never read), and one already taken by a system earlier in this set. Per system, of its
distinct lines, ``MOST_NET`` evenly spaced ones of those that hold an address shape
(``_logs29._NET_SHAPE``) and ``MOST_OTHER`` evenly spaced ones of the rest, in file order
(``_logs25._stratified``); no group has more files than both together. Records are cut at
4,000 characters.

Labels: the rules of the thirtieth set (``_logs30._label30``, which applies the twenty-ninth to
first sets' rules), then those written in ``benchmarks/corpus/README.md`` in the label review of
the development part before any detector ran (``_label35``): the tenth set's VERP and SRS rule
(a return path's local part runs on over ``=``), an IPv6 address glued after a service's name
and a colon inside parentheses (anvil's ``(smtpd:2001:db8::3)``), and the ``uid=`` value of an
LDAP distinguished name ignored as a user name. Both parts were committed, labelled, before
privkit or Presidio ran on either.

Run once, with a local git directory of the repository:

    python -m benchmarks.corpus._logs35 --git whyscream/postfix-grok-patterns=DIR
"""

from __future__ import annotations

import ipaddress
import re
import sys
from typing import TYPE_CHECKING

import yaml

from benchmarks.corpus import _logset
from benchmarks.corpus._git import git_files
from benchmarks.corpus._logs10 import _VERP_LOCAL, _overlap
from benchmarks.corpus._logs25 import _stratified
from benchmarks.corpus._logs29 import _NET_SHAPE
from benchmarks.corpus._logs29 import _line as _log_line
from benchmarks.corpus._logs30 import _label30

if TYPE_CHECKING:
    from pathlib import Path

POSTFIX = "whyscream/postfix-grok-patterns"
SOURCES: dict[str, tuple[str, str]] = {
    POSTFIX: ("e9f1a59ccd97199f32ddbaa7b35334df05a4fd88", "BSD-3-Clause"),
}
#: The folder of the test files.
FOLDER = "test/"
SUFFIX = ".yaml"
#: A test file's number after its group's name.
_NUMBER = re.compile(r"_\d+\.yaml$")
#: The systems: the test files' groups, fixed 2026-12-07 00:59 UTC from the file names alone.
SYSTEMS = (
    "anvil", "bounce", "cleanup", "command_counter_data", "delays", "discard", "dnsblog",
    "error", "lmtp", "local", "master", "pickup", "pipe", "postdrop", "postmap", "postscreen",
    "postsuper", "qmgr", "relay", "scache", "script", "sendmail", "smtp", "smtpd",
    "tls_features", "tlsmgr", "tlsproxy", "trivial_rewrite", "verify", "virtual",
)  # fmt: skip
#: The held-out systems: the 10 (a third) of the 30 whose names have the smallest SHA-256
#: (``_logset.holdout_systems``), fixed 2026-12-07 00:59 UTC before any test file was read.
HOLDOUT = frozenset({
    "discard", "dnsblog", "local", "pickup", "pipe", "postscreen", "script", "sendmail",
    "smtpd", "tlsmgr",
})  # fmt: skip
#: Per system, the address-shaped lines and the other lines kept (``_stratified``).
MOST_NET = 30
MOST_OTHER = 10
#: What ``select_parts`` keeps of a system's (already thinned) lines: all of them.
MOST = MOST_NET + MOST_OTHER


def system(path: str) -> str:
    """The group a test file belongs to: its name without ``_<nnnn>.yaml``."""
    return _NUMBER.sub("", path.rsplit("/", 1)[-1])


def _data(text: str) -> str | None:
    """A test file's ``data`` value, or None when the file holds no string there."""
    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError:
        return None
    value = doc.get("data") if isinstance(doc, dict) else None
    return value if isinstance(value, str) else None


def _file_text(path: str, blob: bytes) -> str:
    """A test file's record as the one line ``_logset.file_lines`` reads (its ``data``)."""
    value = _data(_logset.utf8_text(path, blob))
    return "" if value is None or "\n" in value else value


# --------------------------------------------------------------------------- labels

# Found in the label review of the development part, before any detector ran (README; the
# rules apply to both parts):
#: An address glued after a service's name and a colon inside parentheses, as Postfix's anvil
#: keys its counters (``for (smtpd:2001:db8::3)``); an IPv6 one is gold (a quad is already).
_SERVICE_ADDRESS = re.compile(r"\((?:[A-Za-z][\w-]{0,30}):([0-9A-Fa-f:.]{2,45})\)")
#: The ``uid=`` value of an LDAP distinguished name (``uid=jdoe,ou=people,dc=example``): a
#: user name, ignored.
_DN_UID = re.compile(r"\buid=([^,=\s]{1,64}),(?:ou|dc|o|cn)=")


def _label35(text: str, system: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    gold, ignored = _label30(text, system)
    for g in gold:  # a VERP / SRS return path: the whole local part (the tenth set's rule)
        if g["entity"] == "EMAIL_ADDRESS":
            at = int(g["start"])  # type: ignore[call-overload]
            run = _VERP_LOCAL.search(text, max(0, at - 80), at)
            if run and "=" in run.group():
                g["start"] = run.start()
    for m in _SERVICE_ADDRESS.finditer(text):
        try:
            address = ipaddress.ip_address(m.group(1))
        except ValueError:
            continue
        if address.version == 6 and not address.is_unspecified and not _overlap(gold, *m.span(1)):
            gold.append({"start": m.start(1), "end": m.end(1), "entity": "IP_ADDRESS"})
    for m in _DN_UID.finditer(text):
        gold = [g for g in gold if not _overlap([g], *m.span(1))]
        if not _overlap(ignored, *m.span(1)):
            ignored.append({"start": m.start(1), "end": m.end(1), "label": "USERNAME"})
    gold.sort(key=lambda g: (int(g["start"]), int(g["end"])))  # type: ignore[call-overload]
    ignored.sort(key=lambda i: (int(i["start"]), int(i["end"])))  # type: ignore[call-overload]
    return gold, ignored


# --------------------------------------------------------------------------- reading


def system_lines(gits: dict[str, Path], name: str) -> list[str]:
    """A system's kept lines in file order (``_stratified``); residue left out."""
    commit = SOURCES[POSTFIX][0]
    paths = [p for p in git_files(gits[POSTFIX], commit, FOLDER, SUFFIX) if system(p) == name]
    lines = _logset.file_lines(
        gits[POSTFIX], ((commit, p) for p in paths), _log_line, decode=_file_text
    )
    return _stratified(lines, most_net=MOST_NET, most_other=MOST_OTHER, shape=_NET_SHAPE)


#: The set as the shared builder reads it (a line of an earlier set's development part is
#: dropped; its held-out parts are compared by SHA-256 only, no record read).
SET = _logset.LogSet(
    number=35,
    repositories=tuple(SOURCES),
    systems=SYSTEMS,
    holdout=HOLDOUT,
    texts=system_lines,
    label=_label35,
    most=MOST,
    earlier=35,
    holdout_unique=True,
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])

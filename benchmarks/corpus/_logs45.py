"""Build the forty-fifth real-text log set: F5 BIG-IP event lines of a telemetry agent's tests.

The text is the BIG-IP event and syslog lines that F5's Telemetry Streaming
(``F5Networks/f5-telemetry-streaming``, the BIG-IP extension that listens for the LTM, ASM, AFM,
APM, AVR and CGNAT event logs and the system's syslog and forwards them to SIEMs; Apache-2.0,
``LICENSE``, copyright F5, Inc.) keeps in its unit tests and its documentation: the raw lines its
event listener parses and normalizes (``key="value",...`` lines of the security modules, RFC 3164
syslog lines of ``tmm``, ``mcpd``, ``httpd(pam_audit)``, ``apmd``, ...), and the example
request-log and AVR events of ``examples/output/``. No earlier set read this repository (the
twenty-eighth's F5 lines came from ``layer-3-communications/f5-syslog``).

Selection and split (fixed 2026-12-07 15:40 UTC before any line was labelled;
``benchmarks/corpus/README.md``): a record is (a) a single-quoted JavaScript string of at least
``MIN_CHARS`` characters in a ``test/**/*.js`` file (``\\'``, ``\\"`` and ``\\\\`` read as
``'``, ``"`` and ``\\``) that begins with a syslog priority (``<134>``) or holds a
``key="value",key`` pair; (b) a line of a ``*.rst`` or ``*.md`` file of the same shape (blanks
around it removed); (c) the whole text of a JSON file of ``examples/output/request_logs/`` or
``examples/output/avr/`` (blanks around it removed). In file order, distinct. A system is the file
(its name without folder and suffix). The split is by system, a third held out
(``_logset.holdout_systems``: the names with the smallest SHA-256). Dropped: a record with a
control character, one equal to a development record of an earlier real log set (the first to
forty-fourth; held-out records compared by SHA-256 only, never read), one already taken by a
system earlier in this set. Per system at most ``MOST`` evenly spaced records.

Labels: the forty-second set's rules (``_logs42._label42``: IP, MAC and e-mail addresses gold,
a browser-shaped user agent ``USER_AGENT``, everything else non-personal), applied to both parts
before any detector ran, and one rule written in the label review of the development part
before any detector ran (``_label45``), applied to both parts: an IPv4 address that is the last
part of a BIG-IP object path (``context_name="/Common/10.10.10.140"``, a virtual server, pool
member or node named by its address, a port or route domain after it) is an ``IP_ADDRESS``.

Run once, with a local git directory of the repository:

    python -m benchmarks.corpus._logs45 --git F5Networks/f5-telemetry-streaming=DIR
"""

from __future__ import annotations

import ipaddress
import re
import subprocess
import sys
from typing import TYPE_CHECKING

from benchmarks.corpus import _logset
from benchmarks.corpus._git import git_blob
from benchmarks.corpus._logs42 import _label42

if TYPE_CHECKING:
    from pathlib import Path

#: The repository and commit read (``main``, 2025-09-02).
TELEMETRY = "F5Networks/f5-telemetry-streaming"
SOURCES: dict[str, tuple[str, str]] = {
    TELEMETRY: ("5dbc517b547e07b9b27dfb95736d3a0059ca04e1", "Apache-2.0"),
}
#: The most records a system gives (evenly spaced, ``_logs4._select``).
MOST = 25
#: The fewest characters of a JavaScript string record.
MIN_CHARS = 40
#: The folders whose JSON files are whole records.
JSON_FOLDERS = ("examples/output/request_logs/", "examples/output/avr/")

#: A single-quoted JavaScript string (on one line).
_JS_STRING = re.compile(r"'((?:[^'\\\n]|\\.)*)'")
#: A log line's shape: a syslog priority first, or a ``key="value",key`` pair.
_SHAPE = re.compile(r'^<\d{1,3}>|\w="[^"]*",\w')
#: A JavaScript escape this reading undoes.
_ESCAPE = re.compile(r"\\(['\"\\])")


def _kind(path: str) -> str | None:
    if path.startswith("test/") and path.endswith(".js"):
        return "js"
    if path.endswith((".rst", ".md")):
        return "doc"
    if path.startswith(JSON_FOLDERS) and path.endswith(".json"):
        return "json"
    return None


def texts_of(path: str, text: str) -> list[str]:
    """A file's records, in file order (module docstring: (a), (b), (c))."""
    kind = _kind(path)
    if kind == "json":
        return [text.strip()]
    if kind == "doc":
        return [s for s in (line.strip() for line in text.splitlines()) if _SHAPE.search(s)]
    if kind == "js":
        out = []
        for m in _JS_STRING.finditer(text):
            value = _ESCAPE.sub(r"\1", m.group(1))
            if len(value) >= MIN_CHARS and _SHAPE.search(value):
                out.append(value)
        return out
    return []


def system_of(path: str) -> str:
    """A file's system: its name without folder and suffix."""
    return path.rsplit("/", 1)[-1].rsplit(".", 1)[0]


def _files(git: Path, commit: str) -> list[str]:
    listing = subprocess.run(
        ["git", f"--git-dir={git}", "ls-tree", "-r", "--name-only", commit],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return sorted(p for p in listing.splitlines() if _kind(p))


def all_records(gits: dict[str, Path]) -> list[tuple[str, str]]:
    """Every kept (system, text), distinct by text, in file order."""
    commit = SOURCES[TELEMETRY][0]
    git = gits[TELEMETRY]
    out: dict[str, str] = {}
    for path in _files(git, commit):
        text = git_blob(git, commit, path).decode("utf-8", errors="replace")
        for record in texts_of(path, text):
            if record and not _logset.CONTROL.search(record):
                out.setdefault(record, system_of(path))
    return [(system, text) for text, system in out.items()]


def systems(gits: dict[str, Path]) -> list[str]:
    """The files that give a record, sorted."""
    return sorted({system for system, _ in all_records(gits)})


def system_lines(gits: dict[str, Path], system: str) -> list[str]:
    """A file's records, in file order."""
    return [text for name, text in all_records(gits) if name == system]


#: An IPv4 address as the last part of a BIG-IP object path (``/Common/10.1.2.3:80``).
_OBJECT_IP = re.compile(r"/[A-Za-z][\w.-]*/(\d{1,3}(?:\.\d{1,3}){3})(?![\w.])")


def _label45(text: str, system: str) -> _logset.Labels:
    """``_label42``, and an IPv4 address ending a BIG-IP object path as ``IP_ADDRESS``."""
    gold, ignored = _label42(text, system)
    for m in _OBJECT_IP.finditer(text):
        start, end = m.span(1)
        try:
            ipaddress.IPv4Address(m.group(1))
        except ValueError:
            continue
        if any(int(g["start"]) < end and start < int(g["end"]) for g in gold):  # type: ignore[call-overload]
            continue
        ignored = [i for i in ignored if not (int(i["start"]) < end and start < int(i["end"]))]  # type: ignore[call-overload]
        gold.append({"start": start, "end": end, "entity": "IP_ADDRESS"})
    gold.sort(key=lambda g: (int(g["start"]), int(g["end"])))  # type: ignore[call-overload]
    return gold, ignored


#: The held-out systems: 6 (a third) of the 20 files, those whose names have the smallest SHA-256
#: (``_logset.holdout_systems``), checked at every build.
HOLDOUT = frozenset({
    "apm_request_log", "asm_request_log", "avr_afm_data", "avr_dns_data", "avr_tcp_data",
    "eventListenerTestsData",
})  # fmt: skip

#: The set as the shared builder reads it.
SET = _logset.LogSet(
    number=45,
    repositories=tuple(SOURCES),
    systems=systems,
    holdout=HOLDOUT,
    texts=system_lines,
    label=_label45,
    most=MOST,
    earlier=45,
    holdout_unique=True,
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])

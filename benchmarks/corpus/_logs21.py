"""Build the twenty-first real-text log set: macOS update and Windows driver-setup logs.

The text comes from two repositories, pinned by commit: the example logs of a macOS update
tool (``Macjutsu/super``, ``Example-Logs/``, Apache-2.0: ``/var/log/install.log`` excerpts,
``installer -list`` and ``softwareupdate`` output, MDM ``log show`` output and the tool's own log,
from Apple-silicon Macs updated from macOS 12 and 13 by user authentication or a Jamf Pro MDM),
and the log excerpts of Microsoft's driver documentation (``MicrosoftDocs/windows-driver-docs``,
CC-BY-4.0: ``setupapi.dev.log`` and ``setupapi.app.log`` lines, and WPP software-trace lines as
``tracefmt`` and TraceView print them, in the pages' code blocks), and, in a second batch, the
crash report of an Ubuntu 22.04 GNOME desktop that apport's tests read (``canonical/apport``,
GPL-2.0: ``tests/data/jammy_usr_bin_sleep.1000.crash``, its base64 core dump left out).

Selection and split (fixed before extraction, written in ``benchmarks/corpus/README.md``): the
systems are ``SYSTEMS``, from the repositories' file names; the split is by system, a third
held out (``holdout_systems``: those whose names have the smallest SHA-256, from the names
alone). A record is one non-blank line of a system's files (for the documentation, a line of a
fenced code block that is a SetupAPI log line, ``_SETUPAPI``, or a WPP trace line, ``_WPP``).
Dropped: a record with a control character other than a tab, one already in a part of an
earlier real log set (development parts compared as text, held-out parts by SHA-256 only, never
read), and a held-out record equal to a development one. Per system, ``MOST`` (60) evenly spaced
ones of its distinct records (``_logs4._select``). Records are cut at 4,000 characters.

Labels: the rules of ``_logs19._label19`` (which applies the earlier sets' rules), then those of
``_label21`` below, written in ``benchmarks/corpus/README.md`` before any detector ran. Both
files were committed, labelled, before privkit or Presidio ran on either.

Run once, with local git directories of the repositories:

    python -m benchmarks.corpus._logs21 --git Macjutsu/super=DIR \
        --git MicrosoftDocs/windows-driver-docs=DIR --git canonical/apport=DIR
"""

from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING

from benchmarks.corpus import _logset
from benchmarks.corpus._git import git_blob, git_files
from benchmarks.corpus._logs10 import _overlap
from benchmarks.corpus._logs19 import _label19

if TYPE_CHECKING:
    from pathlib import Path

SUPER = "Macjutsu/super"
APPORT = "canonical/apport"
DRIVER_DOCS = "MicrosoftDocs/windows-driver-docs"
#: repository -> (commit, licence as its licence file states it).
SOURCES: dict[str, tuple[str, str]] = {
    # the last commit with Example-Logs/ (removed from the tree later)
    SUPER: ("c74158f11e67785910bf7a6a4c78e0fb423d447d", "Apache-2.0"),
    DRIVER_DOCS: ("825aa15f476fc33a3e80abd3db387b025771f6f8", "CC-BY-4.0"),
    APPORT: ("d7b9734ba58330d551bac2468752116f732cb0a2", "GPL-2.0"),
}
_X = "Example-Logs/"
_D = "windows-driver-docs-pr/"
#: system -> (repository, how its records are read, file-name endings or page folders).
SYSTEMS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "macos-install-log": (SUPER, "named", ("/installer.log",)),
    "macos-installer-list": (SUPER, "named", ("/installerList.log",)),
    "macos-softwareupdate": (SUPER, "named", ("/asu.log",)),
    "macos-mdm-log-show": (SUPER, "named", ("/mdmCommand.log", "/mdmWorkflow.log")),
    "macos-super-script": (SUPER, "named", ("/super.log",)),
    # SetupAPI text-log lines of the pages that name such a log
    "windows-setupapi-docs": (
        DRIVER_DOCS,
        "setupapi",
        (_D + "install/", _D + "devtest/", _D + "develop/"),
    ),
    # WPP trace lines of the tracing tools' pages
    "windows-wpp-trace-docs": (DRIVER_DOCS, "wpp", (_D + "devtest/",)),
    # WPP trace lines of the device pages (mobile broadband, display, USB, network, ...)
    "windows-wpp-device-docs": (DRIVER_DOCS, "wpp-other", (_D + "devtest/",)),
    # A second batch, added at 14:08 UTC after the first build's label review of the
    # development part (no detector had run): an Ubuntu desktop's crash report that apport's
    # tests read (split by the same rule applied to the batch alone: 1 // 3 = 0 held out).
    "ubuntu-apport-crash": (APPORT, "crash", ("tests/data/jammy_usr_bin_sleep.1000.crash",)),
}
#: The second batch's systems (their own split).
SECOND_BATCH = ("ubuntu-apport-crash",)
#: The held-out systems: the 2 (a third) of the 8 whose names have the smallest SHA-256
#: (``holdout_systems``), fixed from the names before any record was read (2026-12-05 14:04 UTC).
HOLDOUT = frozenset({"macos-install-log", "windows-wpp-device-docs"})
#: Most records per system.
MOST = 60


# --------------------------------------------------------------------------- reading

#: A fenced code block's opening or closing line in Markdown.
_FENCE = re.compile(r"^\s{0,3}(?:```|~~~)")
#: A SetupAPI text-log line: a section's header or footer (``>>>  [...]``, ``>>>  Section
#: start``, ``<<<  Section end``, ``<<<  [Exit status: ...]``), a log's header
#: (``[Device Install Log]``, ``[Boot Session: ...]``), or an entry: an optional ``!``/``!!!``
#: level, spaces, a three-letter event category and a colon (``     dvi: ...``).
_SETUPAPI = re.compile(
    r"^(?:>>>  |<<<  |\[(?:Device Install Log|Boot Session|SetupAPI)|[ !]{3,8}[a-z]{3}: )"
)
#: A WPP software-trace line as ``tracefmt`` prints it: an optional ``[cpu]``, the process and
#: thread ids in hex, ``::``, then the time (``[0]0AF4.0C64::07/25/2003-13:55:39.998 ...``).
_WPP = re.compile(r"^\s{0,8}(?:\[\d{1,3}\])?[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}::")
#: A continuation line of a crash report's base64 field (``CoreDump: base64``): not text.
_BASE64_LINE = re.compile(r"^ [A-Za-z0-9+/=]{24,}$")
#: A page that names a SetupAPI text log (``setupapi.dev.log``, ``setupapi.app.log``, ...).
_SETUPAPI_NAMED = re.compile(r"(?i)setupapi\.(?:dev|app|offline)\.log|SetupAPI text log")


def code_block_lines(text: str, line: re.Pattern[str]) -> list[str]:
    """The lines of a Markdown page's fenced code blocks that ``line`` matches at their start."""
    out: list[str] = []
    inside = False
    for raw in text.splitlines():
        if _FENCE.match(raw):
            inside = not inside
            continue
        if inside and line.match(raw):
            out.append(raw.rstrip())
    return out


def _blob(gits: dict[str, Path], repo: str, path: str) -> str:
    text = git_blob(gits[repo], SOURCES[repo][0], path).decode("utf-8", "replace")
    return text.removeprefix("\ufeff")


def system_records(gits: dict[str, Path], system: str) -> list[str]:
    """A system's records in file order; binary residue left out."""
    repo, how, files = SYSTEMS[system]
    commit = SOURCES[repo][0]
    out: list[str] = []
    if how == "named":
        for path in git_files(gits[repo], commit, _X):
            if path.endswith(files):
                out += [ln.rstrip("\r") for ln in _blob(gits, repo, path).splitlines()]
    elif how == "setupapi":
        for path in git_files(gits[repo], commit, _D, ".md"):
            if path.startswith(files):
                text = _blob(gits, repo, path)
                if _SETUPAPI_NAMED.search(text):
                    out += code_block_lines(text, _SETUPAPI)
    elif how == "crash":
        for path in files:
            out += [
                ln.rstrip("\r")
                for ln in _blob(gits, repo, path).splitlines()
                if not _BASE64_LINE.match(ln)
            ]
    else:  # wpp: the pages under the folders; wpp-other: every other page
        for path in git_files(gits[repo], commit, _D, ".md"):
            if path.startswith(files) == (how == "wpp"):
                out += code_block_lines(_blob(gits, repo, path), _WPP)
    return [r for r in out if r.strip() and not _logset.CONTROL.search(r)]


# --------------------------------------------------------------------------- labelling

# Written in the label review of the development part, before any detector ran (README,
# "Twenty-first real-text log set"); applied to both parts.
#: A Linux home folder's name in a path (``/home/<name>``, at the path's end or before ``/``):
#: a user name, ignored as the earlier sets ignore ``/Users/<name>/``.
_LINUX_HOME = re.compile(r"(?<![\w/])/home/([a-z_][a-z0-9_.-]{0,31})(?=/|\s|$)")
#: An account named in quotes after its word: ``user name is "build"``, ``for user "build"``,
#: ``local account "build"``, ``API account "super"`` (ignored: a login name).
_QUOTED_ACCOUNT = re.compile(r"(?i)\b(?:user name is|user|account) \"([^\"\s]{1,40})\"")
#: A crash report's ``Uname:`` field: the kernel's name and release, not a user name (an
#: earlier set's ``uname`` rule ignores its first word; that span is dropped here).
_UNAME_FIELD = re.compile(r"^Uname: ", re.MULTILINE)


def _label21(text: str, system: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    gold, ignored = _label19(text, system)
    kernels = {m.end() for m in _UNAME_FIELD.finditer(text)}
    ignored = [i for i in ignored if int(i["start"]) not in kernels]  # type: ignore[call-overload]
    for m in [*_LINUX_HOME.finditer(text), *_QUOTED_ACCOUNT.finditer(text)]:
        if not _overlap(gold, *m.span(1)) and not _overlap(ignored, *m.span(1)):
            ignored.append({"start": m.start(1), "end": m.end(1), "label": "USERNAME"})
    gold.sort(key=lambda g: (int(g["start"]), int(g["end"])))  # type: ignore[call-overload]
    ignored.sort(key=lambda i: (int(i["start"]), int(i["end"])))  # type: ignore[call-overload]
    return gold, ignored


# --------------------------------------------------------------------------- building


SET = _logset.LogSet(
    number=21,
    repositories=tuple(SOURCES),
    systems=SYSTEMS,
    holdout=HOLDOUT,
    texts=system_records,
    label=_label21,
    most=MOST,
    earlier=20,
    split=_logset.batch_split(SECOND_BATCH),
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])

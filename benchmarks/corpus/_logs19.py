"""Build the nineteenth real-text log set: device and desktop logs.

The text comes from five repositories, pinned by commit: AOSP's logblame sample
(``aosp-mirror/platform_development``, ``tools/logblame/sample.txt``, Apache-2.0: a phone's
``logcat -v long`` output), Battery Historian's tests (``google/battery-historian``,
Apache-2.0: ``logcat -v threadtime`` lines of bugreports, ``dmesg`` and ftrace kernel lines),
Sentry's Apple crash report parser (``getsentry/apple-crash-report-parser``, Apache-2.0: iOS
and macOS crash reports), Mandiant's unified log parser (``mandiant/macos-UnifiedLogs``,
Apache-2.0: the messages its tests expect from real macOS log archives), a Windows 7
sandbox's DISM log (``DieterReuter/win7-printing-sandbox``, MIT) and, in a second batch, two
plaso test files (``log2timeline/plaso``, Apache-2.0: an iPhone's App Privacy Report and
Windows 11's Program Compatibility Assistant files).

Selection and split (fixed before extraction, written in ``benchmarks/corpus/README.md``): the
systems are ``SYSTEMS``, from the repositories' file names; the split is by system, a third
held out (``holdout_systems``: those whose names have the smallest SHA-256, from the names
alone). A record is one logcat entry (``-v long``: its ``[ header ]`` line and message lines),
one Go raw-string literal of a logcat or kernel line, one non-blank line of a crash report or of
the DISM log, or one Rust string literal a unified-log test expects (a message: at least 20
characters with a space, no ``%{`` format string, no test-data path). Dropped: a record with a
control character other than a tab, one already in a part of an earlier real log set
(development parts compared as text, held-out parts by SHA-256 only, never read), and a
held-out record equal to a development one. Per system, ``MOST`` (60) evenly spaced ones of its
distinct records (``_logs4._select``). Records are cut at 4,000 characters.

Labels: the rules of ``_logs16._label16`` (which applies the earlier sets' rules), then those
of ``_label19`` below, written in ``benchmarks/corpus/README.md`` before any detector ran. Both
files were committed, labelled, before privkit or Presidio ran on either.

Run once, with local git directories of the repositories:

    python -m benchmarks.corpus._logs19 --git aosp-mirror/platform_development=DIR ...
"""

from __future__ import annotations

import json
import re
import sys
from typing import TYPE_CHECKING

from benchmarks.corpus import _logset
from benchmarks.corpus._git import git_blob, git_files
from benchmarks.corpus._logs10 import _overlap
from benchmarks.corpus._logs16 import _label16

if TYPE_CHECKING:
    from pathlib import Path

AOSP = "aosp-mirror/platform_development"
HISTORIAN = "google/battery-historian"
CRASH = "getsentry/apple-crash-report-parser"
UNIFIED = "mandiant/macos-UnifiedLogs"
DISM = "DieterReuter/win7-printing-sandbox"
PLASO = "log2timeline/plaso"
#: repository -> (commit, licence as its LICENSE file states it).
SOURCES: dict[str, tuple[str, str]] = {
    AOSP: ("88f7870b2c652922dc2afb01c076737e8bc50130", "Apache-2.0"),
    HISTORIAN: ("d2356ba4fd5f69a631fdf766b2f23494b50f6744", "Apache-2.0"),
    CRASH: ("de380d83477a68f4f69fe5f83310e0be13c4f112", "Apache-2.0"),
    UNIFIED: ("88534750ca31cc6c01f8e0e7e43b18adfe8f2a5e", "Apache-2.0"),
    DISM: ("4054cf54a985b4cfe2d353e0cd195400d1f728e0", "MIT"),
    PLASO: ("4ea03ef9a48dad5284c371ac9b537a184b3eea9c", "Apache-2.0"),
}
#: system -> (repository, how its records are read, the files or the file-name prefix).
SYSTEMS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "android-logcat-long": (AOSP, "logcat-long", ("tools/logblame/sample.txt",)),
    "android-bugreport-logcat": (HISTORIAN, "go-logcat", ()),
    "android-kernel": (HISTORIAN, "go-kernel", ("dmesg/dmesg_test.go", "kernel/kernel_test.go")),
    # Added at 11:45 UTC, after the first build printed its sizes (one span in the development
    # part), from its name; the split rule over the 11 names holds out the same three.
    "android-batterystats": (HISTORIAN, "go-checkin", ()),
    "apple-crash-header": (CRASH, "crash-header", ()),
    "apple-crash-threads": (CRASH, "crash-threads", ()),
    "macos-unified-big-sur": (UNIFIED, "rust-messages", ("tests/big_sur_",)),
    "macos-unified-high-sierra": (UNIFIED, "rust-messages", ("tests/high_sierra_",)),
    "macos-unified-monterey": (UNIFIED, "rust-messages", ("tests/monterey_",)),
    "macos-unified-tahoe": (UNIFIED, "rust-messages", ("tests/tahoe_",)),
    "windows-dism": (DISM, "lines", ("dism.log",)),
    # A second batch, added at 11:47 UTC after the first development measure, from the file
    # names of plaso's test data the thirteenth set left unused (split by the same rule
    # applied to the batch alone: 2 // 3 = 0 held out).
    "ios-app-privacy-report": (PLASO, "lines", ("test_data/ios_app_privacy_report.ndjson",)),
    "windows-pca": (
        PLASO,
        "lines",
        ("test_data/PcaAppLaunchDic.txt", "test_data/PcaGeneralDb0.txt"),
    ),
}
#: The second batch's systems (their own split).
SECOND_BATCH = ("ios-app-privacy-report", "windows-pca")
#: The held-out systems: the 3 (a third) of the 10 whose names have the smallest SHA-256
#: (``holdout_systems``), fixed from the names before any record was read (2026-12-05 11:42 UTC).
HOLDOUT = frozenset({"android-logcat-long", "macos-unified-high-sierra", "macos-unified-monterey"})
#: Most records per system.
MOST = 60


# --------------------------------------------------------------------------- reading

#: ``logcat -v threadtime``: ``MM-DD HH:MM:SS.mmm  pid  tid L tag: message``.
_THREADTIME = re.compile(r"\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} +\d+ +\d+ [VDIWEFA] ")
#: A kernel line: ``<6>[24448.456280] ...`` (dmesg) or ``task-pid [cpu] flags "time" event:``.
_KERNEL = re.compile(r"<\d>\[ *\d+\.\d+\] |\S+-\d+ +\[\d{3}\] \S{4} ")
#: A Go raw-string literal on one line.
_GO_RAW = re.compile(r"`([^`\n]*)`")
#: A Go interpreted string literal.
_GO_STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
#: A ``dumpsys batterystats --checkin`` line: version, optional uid, then the record's kind
#: (``h`` history, ``hsp`` history string pool, ``i`` info, ``l`` last).
_CHECKIN = re.compile(r"\d{1,2},(?:\d+,)?(?:h|hsp|i|l),")
#: A Rust string literal (escapes inside).
_RS_STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
#: Where a crash report's threads begin: its first thread or exception backtrace.
_CRASH_THREADS = re.compile(r"^(?:Thread \d+|Last Exception Backtrace|Exception Backtrace)")


def logcat_long(text: str) -> list[str]:
    """``logcat -v long`` entries: a ``[ header ]`` line and its message lines, blank-separated."""
    out: list[str] = []
    entry: list[str] = []
    for line in [*text.splitlines(), ""]:
        if line.startswith("--------- "):
            continue
        if line.startswith("[ ") and line.rstrip().endswith("]"):
            if entry:
                out.append("\n".join(entry).rstrip())
            entry = [line.rstrip()]
        elif line.strip() and entry:
            entry.append(line.rstrip())
    if entry:
        out.append("\n".join(entry).rstrip())
    return out


def rust_messages(text: str) -> list[str]:
    """A Rust test file's string literals that are messages (escapes decoded)."""
    out = []
    for m in _RS_STRING.finditer(text):
        try:
            value = json.loads('"' + m.group(1).replace("\\'", "'") + '"')
        except json.JSONDecodeError:
            continue
        value = value.rstrip("\n")
        if len(value) < 20 or " " not in value or "%{" in value or "test_data/" in value:
            continue
        out.append(value)
    return out


def _blob(gits: dict[str, Path], repo: str, path: str) -> str:
    text = git_blob(gits[repo], SOURCES[repo][0], path).decode("utf-8", "replace")
    return text.removeprefix("\ufeff")


def system_records(gits: dict[str, Path], system: str) -> list[str]:
    """A system's records in file order; binary residue left out."""
    repo, how, files = SYSTEMS[system]
    commit = SOURCES[repo][0]
    out: list[str] = []
    if how == "logcat-long":
        out = logcat_long(_blob(gits, repo, files[0]))
    elif how == "go-logcat":
        for path in git_files(gits[repo], commit, "", "_test.go"):
            out += [
                m.group(1)
                for m in _GO_RAW.finditer(_blob(gits, repo, path))
                if _THREADTIME.match(m.group(1))
            ]
    elif how == "go-checkin":
        for path in git_files(gits[repo], commit, "", "_test.go"):
            text = _blob(gits, repo, path)
            raw = [m.group(1) for m in _GO_RAW.finditer(text)]
            for m in _GO_STRING.finditer(text):
                try:
                    raw.append(json.loads('"' + m.group(1) + '"'))
                except json.JSONDecodeError:
                    continue
            out += [r for r in raw if _CHECKIN.match(r)]
    elif how == "go-kernel":
        for path in files:
            out += [
                m.group(1)
                for m in _GO_RAW.finditer(_blob(gits, repo, path))
                if _KERNEL.match(m.group(1))
            ]
    elif how in ("crash-header", "crash-threads"):
        for path in git_files(gits[repo], commit, "tests/fixtures/", ".txt"):
            lines = [ln.rstrip("\r") for ln in _blob(gits, repo, path).splitlines()]
            cut = next((i for i, ln in enumerate(lines) if _CRASH_THREADS.match(ln)), len(lines))
            out += lines[:cut] if how == "crash-header" else lines[cut:]
    elif how == "rust-messages":
        for path in git_files(gits[repo], commit, "tests/", ".rs"):
            if path.startswith(files[0]):
                out += rust_messages(_blob(gits, repo, path))
    else:  # lines
        for path in files:
            out += [ln.rstrip("\r") for ln in _blob(gits, repo, path).splitlines()]
    return [r for r in out if r.strip() and not _logset.CONTROL.search(r)]


# --------------------------------------------------------------------------- labelling

# Written in the label review of the development part, before any detector ran (README,
# "Nineteenth real-text log set"); applied to both parts.
#: An IMEI (15 digits, Luhn) or IMEISV (16 digits) after the word.
_IMEI = re.compile(r"(?i)\bIMEI(?:SV)?\b[^0-9\n]{0,12}(\d{15,16})\b")
#: An Android ID (SSAID): 16 hexadecimal digits after ``android_id`` or ``Android ID``.
_ANDROID_ID = re.compile(r"(?i)\bandroid[_ ]?id\b[\"']?\s{0,2}[:=]\s{0,2}[\"']?([0-9a-f]{16})\b")
_UUID = r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"
#: A mobile advertising ID after its word.
_AD_ID = re.compile(
    r"(?i)\b(?:advertising[_ ]?id|adid|gaid|aaid|idfa|idfv)\b[\"']?\s{0,2}[:=]\s{0,2}[\"']?("
    + _UUID
    + ")"
)
#: A device's persistent id in an Apple crash report's header: ``CrashReporter Key`` (a
#: per-device hash) and ``Beta Identifier`` (per device and vendor); a device serial number
#: after ``serialno``/``Serial Number``/``ro.serialno``/``androidboot.serialno``.
_DEVICE_KEY = re.compile(
    r"^(?:CrashReporter Key|Beta Identifier): +([0-9A-Fa-f-]{16,64})\s*$", re.MULTILINE
)
_SERIAL = re.compile(
    r"(?i)(?:\bserialno|\bserial number|\bserial_number)\b[\"'\]]?\s{0,2}[:=]\s{0,2}[\"'\[]?"
    r"([A-Za-z0-9]{6,24})\b"
)
#: An address whose local part is a mask (``XXX@gmail.com``): a redacted account, nobody's.
_MASKED_EMAIL = re.compile(r"[Xx*]{2,}@")
#: Android's placeholder MAC (what apps read since Android 6), the same on every phone.
_PLACEHOLDER_MAC = "02:00:00:00:00:00"
#: A user's home folder in a path: ``/Users/<name>/``, ``C:\\Users\\<name>\\`` (ignored).
_HOME_USER = re.compile(r"(?:/Users/|[A-Za-z]:\\+Users\\+)([^/\\\s'\"]{1,40})(?=[/\\])")
_NOT_HOME = frozenset({"Shared", "Public", "Default", "All Users", "Guest"})
#: An app's data container or bundle folder id in an iOS path (per install; ignored).
_CONTAINER = re.compile(
    r"/(?:Application|Containers/(?:Bundle|Data)/Application|Devices)/(" + _UUID + r")(?=/)"
)


#: The site a person had open when a page's resources were fetched (App Privacy Report's
#: ``"context"``, Safari's network activity): browsing, ignored (the set scores no domains).
_VISITED_SITE = re.compile(r'"context":"([^"]+)"')


def luhn_ok(digits: str) -> bool:
    """Whether a run of digits passes the Luhn check (an IMEI's check digit)."""
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _label19(text: str, system: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    gold, ignored = _label16(text, system)
    gold = [
        g
        for g in gold
        if not (
            g["entity"] == "MAC_ADDRESS"
            and text[int(g["start"]) : int(g["end"])].lower() == _PLACEHOLDER_MAC  # type: ignore[call-overload]
        )
    ]
    masked = [
        g
        for g in gold
        if g["entity"] == "EMAIL_ADDRESS" and _MASKED_EMAIL.match(text, int(g["start"]))  # type: ignore[call-overload]
    ]
    gold = [g for g in gold if g not in masked]
    ignored += [{"start": g["start"], "end": g["end"], "label": "MASKED_EMAIL"} for g in masked]
    extra: list[tuple[int, int, str]] = []
    for m in _IMEI.finditer(text):
        value = m.group(1)
        if len(value) == 16 or luhn_ok(value):
            extra.append((*m.span(1), "IMEI"))
    extra += [(*m.span(1), "ANDROID_ID") for m in _ANDROID_ID.finditer(text)]
    extra += [(*m.span(1), "ADVERTISING_ID") for m in _AD_ID.finditer(text)]
    extra += [(*m.span(1), "DEVICE_ID") for m in _DEVICE_KEY.finditer(text)]
    extra += [
        (*m.span(1), "DEVICE_ID")
        for m in _SERIAL.finditer(text)
        if any(c.isdigit() for c in m.group(1)) and set(m.group(1)) != {"0"}
    ]
    for s, e, ent in extra:
        gold = [g for g in gold if not (s <= int(g["start"]) and int(g["end"]) <= e)]  # type: ignore[call-overload]
        if not _overlap(gold, s, e):
            gold.append({"start": s, "end": e, "entity": ent})
    for m in _HOME_USER.finditer(text):
        if m.group(1) not in _NOT_HOME and not _overlap(ignored, *m.span(1)):
            ignored.append({"start": m.start(1), "end": m.end(1), "label": "USERNAME"})
    for m in _VISITED_SITE.finditer(text):
        if not _overlap(gold, *m.span(1)):
            ignored.append({"start": m.start(1), "end": m.end(1), "label": "VISITED_SITE"})
    for m in _CONTAINER.finditer(text):
        if not _overlap(gold, *m.span(1)):
            ignored.append({"start": m.start(1), "end": m.end(1), "label": "CONTAINER_ID"})
    gold.sort(key=lambda g: (int(g["start"]), int(g["end"])))  # type: ignore[call-overload]
    ignored.sort(key=lambda i: (int(i["start"]), int(i["end"])))  # type: ignore[call-overload]
    return gold, ignored


# --------------------------------------------------------------------------- building


SET = _logset.LogSet(
    number=19,
    repositories=tuple(SOURCES),
    systems=SYSTEMS,
    holdout=HOLDOUT,
    texts=system_records,
    label=_label19,
    most=MOST,
    earlier=17,
    split=_logset.batch_split(SECOND_BATCH),
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])

"""Build the twenty-seventh real-text log set: security appliances' events in Elastic's integration tests.

The text is the raw events that ``elastic/integrations`` (Elastic License 2.0) checks its ingest
pipelines against (``packages/<package>/data_stream/<stream>/_dev/test/pipeline/*.log``) for
security appliances: Cisco ASA and Firepower Threat Defense syslog, Cisco ISE, Citrix NetScaler
WAF (CEF and native), F5 BIG-IP telemetry (JSON), FortiProxy ``key=value``, Juniper SRX
structured syslog, Palo Alto PAN-OS CSV, SonicWall ``key=value``, Sophos UTM and XG, WatchGuard
Firebox; held out: Barracuda WAF, CEF (Elastic's own and Forcepoint NGFW), Check Point, FireEye
NX, FortiGate and FortiMail. Most are vendors' or customers' real events with the addresses moved
into documentation and GeoIP test ranges (``81.2.69.0/24``, ``89.160.20.0/24``,
``216.160.83.0/24``, ``67.43.156.0/24``, ``175.16.199.0/24``) and names replaced.

The repository is too large to fetch here (about 2 GB); its files were read from the code index,
each at the commit the index stores (pinned with each file), and the chosen lines copied, as the
files have them, into ``benchmarks/data/real_logs27_lines.jsonl`` (one object a file: system, path,
commit, and its lines joined by new lines as ``text``). This module reads that file.

Selection and split (fixed 2026-12-06 03:38 UTC from the systems' names alone, before any file was
read; ``benchmarks/corpus/README.md``): a system is a package's data stream (``cisco_asa/log``);
the split is by system, a third held out (``_logset.holdout_systems``: the names with the smallest
SHA-256). Per system, its pipeline-test files in path order, at most four (``FILES``); of each, the
first three non-empty lines (``LINES``) of the first 16,000 characters (one page of the index).
A record is one line, trailing blanks removed. Dropped: a line with a control character other
than a tab, one of a program fail2ban has filters for (``_logs10._FAIL2BAN_PROGRAM``), one equal
to a development record of an earlier real log set or to one of its lines, one whose SHA-256 is
that of a held-out record of an earlier set or of one of its lines (compared by hash only, no
held-out record read), and one already taken for a system earlier in this set (development
systems first). Records are cut at 4,000 characters.

Labels: the rules of the twenty-fifth set (``_logs25._label25``, which applies the twenty-second
to first sets' rules), then ``_label27``'s, written in ``benchmarks/corpus/README.md`` in the
label review of the development part before any detector ran. Both parts were committed,
labelled, before privkit or Presidio ran on either.

Run once:

    python -m benchmarks.corpus._logs27
"""

from __future__ import annotations

import functools
import json
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.corpus import _logset
from benchmarks.corpus._logs4 import write_parts
from benchmarks.corpus._logs10 import _FAIL2BAN_PROGRAM, _overlap
from benchmarks.corpus._logs25 import _label25

if TYPE_CHECKING:
    from collections.abc import Callable, Container, Sequence

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
LINES_FILE = DATA / "real_logs27_lines.jsonl"

REPOSITORY = "elastic/integrations"
LICENCE = "Elastic License 2.0"
#: The systems: ``<package>/<data stream>`` of ``elastic/integrations`` whose pipeline tests hold
#: a security appliance's raw events, fixed from the packages' names before any file was read.
SYSTEMS = (
    "barracuda/waf", "cef/log", "checkpoint/firewall", "cisco_asa/log", "cisco_ftd/log",
    "cisco_ise/log", "citrix_waf/log", "f5_bigip/log", "fireeye/nx", "fortinet_fortigate/log",
    "fortinet_fortimail/log", "fortinet_fortiproxy/log", "juniper_srx/log", "panw/panos",
    "sonicwall_firewall/log", "sophos/utm", "sophos/xg", "watchguard_firebox/log",
)  # fmt: skip
#: The held-out systems: the 6 (a third) of the 18 whose names have the smallest SHA-256
#: (``_logset.holdout_systems``), fixed 2026-12-06 03:38 UTC before any file was read.
HOLDOUT = frozenset({
    "barracuda/waf", "cef/log", "checkpoint/firewall", "fireeye/nx", "fortinet_fortigate/log",
    "fortinet_fortimail/log",
})  # fmt: skip
#: Files read per system (in path order), and lines taken from each (the first non-empty ones).
FILES = 4
LINES = 3
#: Most records per system (``FILES`` x ``LINES``: every distinct line kept).
MOST = FILES * LINES


# --------------------------------------------------------------------------- reading


@functools.cache
def _entries() -> tuple[dict[str, object], ...]:
    """The committed source entries, in file order."""
    with LINES_FILE.open(encoding="utf-8") as fh:
        return tuple(json.loads(line) for line in fh if line.strip())


def system_lines(system: str) -> list[str]:
    """A system's copied lines in file order, binary residue and fail2ban programs left out."""
    entries = [e for e in _entries() if e["system"] == system]
    paths = [str(e["path"]) for e in entries]
    assert paths == sorted(paths)
    assert len(entries) <= FILES
    out: list[str] = []
    for entry in entries:
        lines = str(entry["text"]).split("\n")
        assert len(lines) <= LINES
        for raw in lines:
            line = raw.rstrip()
            if _logset.CONTROL.search(line) or _FAIL2BAN_PROGRAM.search(line):
                continue
            out.append(line)
    return out


def earlier_lines(before: int) -> tuple[set[str], set[str]]:
    """The earlier sets' development texts and lines, and the hashes of held-out texts and lines.

    A held-out text and each of its lines are kept as SHA-256 hashes only: no held-out text is
    held here or printed.
    """
    texts: set[str] = set()
    for name in _logset.dev_files(before):
        for text in _logset._texts(DATA / name):
            texts.add(text)
            texts.update(line.rstrip() for line in text.splitlines())
    hashes: set[str] = set()
    for name in _logset.holdout_files(before):
        path = DATA / name
        if not path.exists():
            continue
        for text in _logset._texts(path):
            hashes.add(_logset.text_sha(text))
            hashes.update(_logset.text_sha(line.rstrip()) for line in text.splitlines())
    return texts, hashes


# --------------------------------------------------------------------------- labelling


# Written in the label review of the development part, before any detector ran (README,
# "Twenty-seventh real-text log set"); applied to both parts.
#: An RFC 5424 structured-data element's id, ``name@<enterprise number>``, right after its ``[``
#: (Juniper's ``[junos@2636.1.1.1.2.28``, a placeholder ``[junos@xxxx.1.1.x.x.xxx``): the
#: vendor's registered number, not a mailbox; clean.
_SD_ID = re.compile(r"(?<=\[)[A-Za-z][\w.-]{0,31}@[\dx]{1,10}(?:\.[\dx]{1,10}){0,12}(?=[\s\]])")
#: A Message-ID in a mail appliance's ``mailid="<local@host>"`` (Sophos XG): ignored, as the
#: tenth set ignores a ``message_id``.
_MAIL_ID = re.compile(r'\bmailid="<([^<>"\s@]{1,200}@[^<>"\s@]{1,200})>"')
#: A machine account in Cisco ISE's ``AD-Hostname=<host>@<domain>``: shaped like an address,
#: but the appliance's own computer account; ignored.
_HOST_ACCOUNT = re.compile(r"\bAD-Hostname=([\w.-]{1,64}@[\w.-]{1,128})")
#: A local or domain user in Cisco ASA/FTD messages (``LOCAL\alice.johnson``,
#: ``(host1\foobar)``): a person's account name; ignored, as earlier sets ignore user names.
_CISCO_USER = re.compile(r"(?<![\w\\])[A-Za-z][\w-]{0,15}\\([A-Za-z][\w.-]{1,40})")
_CISCO = re.compile(r"%(?:ASA|FTD)-\d-\d{6}:")
#: Cisco ISE's administrator field (``AdminName=someadmin,``): a user name; ignored.
_ADMIN_NAME = re.compile(r"\bAdminName=([^,\s]{1,64}),")
#: A password in a request's query (``passwd=123456789234&``): a secret, not one of the measured
#: kinds; ignored.
_PASSWORD_ARG = re.compile(r"[?&]passw(?:or)?d=([^&\s\"]{1,128})")
#: A user agent field holding a placeholder (F5's ``"UserAgent":"USER_AGENT"``), no agent.
_PLACEHOLDER = re.compile(r"^[A-Z][A-Z_]{2,40}$")


def _label27(text: str, system: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    gold, ignored = _label25(text, system)
    for m in _SD_ID.finditer(text):
        gold = [g for g in gold if not _overlap([g], *m.span())]
    moved: list[tuple[int, int, str]] = [
        (*m.span(1), "MESSAGE_ID") for m in _MAIL_ID.finditer(text)
    ]
    moved += [(*m.span(1), "HOST_ACCOUNT") for m in _HOST_ACCOUNT.finditer(text)]
    if _CISCO.search(text):
        moved += [(*m.span(1), "USERNAME") for m in _CISCO_USER.finditer(text)]
    moved += [(*m.span(1), "USERNAME") for m in _ADMIN_NAME.finditer(text)]
    moved += [(*m.span(1), "PASSWORD") for m in _PASSWORD_ARG.finditer(text)]
    for g in gold:
        s, e = int(g["start"]), int(g["end"])  # type: ignore[call-overload]
        if g["entity"] == "USER_AGENT" and _PLACEHOLDER.match(text[s:e]):
            moved.append((s, e, "PLACEHOLDER"))
    for s, e, label in moved:
        gold = [g for g in gold if not _overlap([g], s, e)]
        if not _overlap(ignored, s, e):
            ignored.append({"start": s, "end": e, "label": label})
    gold.sort(key=lambda g: (int(g["start"]), int(g["end"])))  # type: ignore[call-overload]
    ignored.sort(key=lambda i: (int(i["start"]), int(i["end"])))  # type: ignore[call-overload]
    return gold, ignored


# --------------------------------------------------------------------------- building


def pick_parts(
    number: int,
    systems: Sequence[str],
    *,
    holdout: Container[str],
    lines_of: Callable[[str], list[str]],
    most: int,
    label: Callable[[str, str], tuple[list[dict[str, object]], list[dict[str, object]]]],
) -> tuple[_logset.Parts, dict[str, int]]:
    """A copied-lines log set's two parts (the 27th's way, the 28th's too), and the drops.

    :func:`_logset.select_parts` over each system's lines (``lines_of``) cut to a record's
    length, no line taken twice by any system, each chosen line labelled by ``label``.
    """
    dropped: dict[str, int] = {}
    parts = _logset.select_parts(
        systems,
        holdout,
        lambda system: [line[: _logset.RECORD_CHARS] for line in lines_of(system)],
        lambda system, chosen: _logset.records(f"l{number}", system, chosen, label),
        most=most,
        earlier=earlier_lines(number),
        holdout_unique=True,
        dropped=dropped,
    )
    return parts, dropped


def build() -> tuple[_logset.Parts, dict[str, int]]:
    """Both parts, and the counts of the lines dropped by reason (no text printed)."""
    systems = sorted(SYSTEMS)
    assert _logset.holdout_systems(systems) == HOLDOUT
    return pick_parts(
        27, systems, holdout=HOLDOUT, lines_of=system_lines, most=MOST, label=_label27
    )


def main(argv: list[str]) -> None:
    """Build both parts, write them, print the counts (never a record)."""
    if argv:
        raise SystemExit(__doc__)
    (dev, hold), dropped = build()
    outputs = (DATA / "real_logs27_dev.jsonl", DATA / "real_logs27_holdout.jsonl")
    write_parts(zip(outputs, (dev, hold), strict=True))
    print(f"development {len(dev)} records, held-out {len(hold)} records; dropped: {dropped}")


if __name__ == "__main__":
    main(sys.argv[1:])

"""Build the ninth real-text log set: Windows event messages as rendered for people.

The text comes from the sample and test files of three public repositories, pinned by commit;
nobody on this team wrote it. Cribl's pack for Splunk universal-forwarder Windows events
(``criblpacks/cribl-splunk-forwarder-windows-classic-events-to-json``, Apache-2.0) ships one
sample per event kind: Splunk's classic ``WinEventLog`` text (header lines ``LogName=``,
``EventCode=``, ``ComputerName=``, ``User=``, ``Sid=``, then ``Message=`` and the text Windows
renders) of Security, System, Application and PowerShell events. Cribl's Windows events pack
(``criblpacks/cribl-windows-events``, Apache-2.0) ships classic events and NXLog
``MSWinEventLog`` lines (the rendered text flattened into one Snare-style syslog line).
Positive Technologies' XP rules (``vxcontrol/xp-rules``, Apache-2.0) test their Windows
event-log normalisations on events exported as JSON, some with the ``RenderingInfo``
``Message``.

Selection and split (fixed before extraction, written in ``benchmarks/corpus/README.md``): the
development part is the Splunk-forwarder pack, the held-out part the two other repositories
(a split by source). A record is one event's text: the whole ``_raw`` of a Cribl sample, or
the ``RenderingInfo`` ``Message`` of an xp-rules event; system ``<source>_<channel>_<event
id>`` (``uf_security_4624``). Per system the distinct texts in path order, ``MOST`` (3) evenly
spaced ones when there are more. A text already in a development part of an earlier real log
set is dropped, and so is a held-out text equal to a development text of this set.

Labels: the rules of ``_logs8._label8`` (which applies ``_label7`` ... ``_real._label``), then
the rules of ``_label9`` below, written in ``benchmarks/corpus/README.md`` before extraction.
Both files were committed, labelled, before privkit or Presidio ran on either.

Run once, with local git directories of the three repositories:

    python -m benchmarks.corpus._logs9 --uf DIR --cribl DIR --xp DIR
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from benchmarks.corpus import _logset
from benchmarks.corpus._git import git_files, git_show
from benchmarks.corpus._logs4 import _select, main_dirs
from benchmarks.corpus._logs8 import _ACCOUNT_SID, _SYSTEM_ACCOUNTS, _label8, win_system

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
DEV_OUT = DATA / "real_logs9_dev.jsonl"
HOLD_OUT = DATA / "real_logs9_holdout.jsonl"

#: repository -> (commit, licence, part, system prefix)
SOURCES: dict[str, tuple[str, str, str, str]] = {
    "criblpacks/cribl-splunk-forwarder-windows-classic-events-to-json": (
        "46e04770bc908fcb31857bd025eca75524e4030f", "Apache-2.0", "dev", "uf",
    ),
    "criblpacks/cribl-windows-events": (
        "e94da46b95ad17e80f8f8780d559fcfc6bed9f3c", "Apache-2.0", "holdout", "cribl",
    ),
    "vxcontrol/xp-rules": (
        "e800a357e6322217511e4b6fa9360cf96d885863", "Apache-2.0", "holdout", "xp",
    ),
}  # fmt: skip
#: Most records per system (source, channel and event id).
MOST = 3
#: Development parts of the earlier real log sets: a text found in one is dropped.
EARLIER_DEV = _logset.dev_files(9)

_CLASSIC_CHANNEL = re.compile(r"(?m)^LogName=([^\r\n]+?)\r?$")
_CLASSIC_ID = re.compile(r"(?m)^EventCode=([0-9]+)\r?$")
_SNARE = re.compile(r"MSWinEventLog\t[0-9]+\t([^\t]+)\t[0-9]+\t[^\t]*\t([0-9]+)\t")
_XML_MESSAGE = re.compile(r"<RenderingInfo\b.*?<Message>(.*?)</Message>", re.DOTALL)
_XML_CHANNEL = re.compile(r"<Channel>([^<]+)</Channel>")
_XML_ID = re.compile(r"<EventID\b[^>]*>([0-9]+)</EventID>")


def event_key(raw: str) -> tuple[str, str, str] | None:
    """A Cribl sample event's (channel, event id, text), or None when it has no rendered text.

    Classic ``WinEventLog`` text and ``MSWinEventLog`` lines are kept whole; a rendered-XML
    event gives its ``RenderingInfo`` message; XML without one and the other samples (network
    and host monitors, registry, DNS debug log, performance counters) give None.
    """
    channel, event_id = _CLASSIC_CHANNEL.search(raw), _CLASSIC_ID.search(raw)
    if channel and event_id and "\nMessage=" in raw:
        return channel.group(1), event_id.group(1), raw
    if snare := _SNARE.search(raw):
        return snare.group(1), snare.group(2), raw
    msg, x_channel, x_id = _XML_MESSAGE.search(raw), _XML_CHANNEL.search(raw), _XML_ID.search(raw)
    if msg and x_channel and x_id:
        return x_channel.group(1), x_id.group(1), html.unescape(msg.group(1))
    return None


def cribl_events(text: str, prefix: str) -> list[tuple[str, str]]:
    """A Cribl sample file's (system, text) pairs, in file order."""
    try:
        events = json.loads(text)
    except json.JSONDecodeError:
        return []
    out = []
    for ev in events if isinstance(events, list) else []:
        raw = ev.get("_raw") if isinstance(ev, dict) else None
        if isinstance(raw, str) and (key := event_key(raw)) is not None:
            channel, event_id, body = key
            if body.strip():
                out.append((f"{prefix}_{win_system(channel, event_id)}", body))
    return out


def xp_message(text: str, prefix: str) -> tuple[str, str] | None:
    """An xp-rules test event's (system, rendered message), or None when it has none."""
    try:
        ev = json.loads(text)
    except json.JSONDecodeError:
        return None
    event = ev.get("Event") if isinstance(ev, dict) else None
    if not isinstance(event, dict):
        return None
    info, system = event.get("RenderingInfo"), event.get("System")
    if not isinstance(info, dict) or not isinstance(system, dict):
        return None
    msg, channel, event_id = info.get("Message"), system.get("Channel"), system.get("EventID")
    if isinstance(event_id, dict):
        event_id = event_id.get("text")
    if not (isinstance(msg, str) and msg.strip() and isinstance(channel, str) and event_id):
        return None
    return f"{prefix}_{win_system(channel, event_id)}", msg


# --------------------------------------------------------------------------- labelling

# Written before extraction (README, "Ninth real-text log set"): user-name values the eighth
# set's rules do not reach, ignored like them: a classic header "User=" line and PowerShell's
# "UserId=" context line; a task XML <Author> / <UserId> element (and AD FS's <UserId>); in a
# flattened one-line message (NXLog MSWinEventLog), the value after a name label up to the
# next run of two or more spaces. The system's own accounts stay clean.
_KV_USER = re.compile(r"(?m)^[ \t]*(?:User|UserId)=([^\r\n]*?)[ \t]*\r?$")
_XML_USER = re.compile(r"<(Author|UserId)>([^<]+)</\1>")
_FLAT_USER = re.compile(
    r"(?:Account Name|User Name|User|Security ID):[ \t]+(\S(?:[^\t\r\n]*?\S)?)(?= {2,}|\t|$)"
)
_MORE_SYSTEM = re.compile(r"(?i)NOT_TRANSLATED|N/A|NT SERVICE\\.*|NT AUTHORITY\\.*|.*\\SYSTEM")
# USER_AGENT: the text of an XML element whose name ends in UserAgent or UserAgentString.
_XML_UA = re.compile(r"<([\w:]*UserAgent(?:String)?)>([^<]+)</\1>")
# Found in the label review of the development part, before any detector ran (rules applied to
# both parts): a placeholder is no agent (AD FS's "<UserAgentString>N/A"); a task's <Author>
# that is a resource reference ("$(@%systemroot%\system32\sppc.dll,-200)") names no one; a
# span an earlier set's rule ignored is clean when its value is the system's own account
# ("User=NOT_TRANSLATED", PowerShell's "UserId=AD\SYSTEM", "User = AD\SYSTEM").
_PLACEHOLDER = re.compile(r"N/A|-|\s*")
_RESOURCE = re.compile(r"\$\(@.*\)")


def _system_account(value: str) -> bool:
    value = value.strip()
    if _ACCOUNT_SID.fullmatch(value):
        return False  # a domain or local account's SID stays ignored
    return bool(_SYSTEM_ACCOUNTS.fullmatch(value) or _MORE_SYSTEM.fullmatch(value))


def _overlaps(spans: list[dict[str, object]], s: int, e: int) -> bool:
    return any(int(x["start"]) < e and s < int(x["end"]) for x in spans)  # type: ignore[call-overload]


def _label9(text: str, system: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    gold, ignored = _label8(text, system)
    for m in _XML_UA.finditer(text):
        s, e = m.start(2), m.end(2)
        if _PLACEHOLDER.fullmatch(m.group(2).strip()):
            continue
        gold = [g for g in gold if not _overlaps([g], s, e)]
        gold.append({"start": s, "end": e, "entity": "USER_AGENT"})
    gold.sort(key=lambda g: int(g["start"]))  # type: ignore[call-overload]
    found: list[tuple[int, int, str]] = []
    found += [(m.start(1), m.end(1), m.group(1)) for m in _KV_USER.finditer(text)]
    found += [(m.start(2), m.end(2), m.group(2)) for m in _XML_USER.finditer(text)]
    if "MSWinEventLog" in text:
        found += [(m.start(1), m.end(1), m.group(1)) for m in _FLAT_USER.finditer(text)]
    ignored = [i for i in ignored if not _system_account(text[i["start"] : i["end"]])]  # type: ignore[misc]
    for s, e, raw in found:
        value = raw.strip()
        if not value or _system_account(value) or _RESOURCE.fullmatch(value):
            continue
        if _overlaps(gold, s, e) or _overlaps(ignored, s, e):
            continue  # an e-mail-shaped name stays gold; a span already ignored stays once
        ignored.append({"start": s, "end": e, "label": "USERNAME"})
    return gold, ignored


# --------------------------------------------------------------------------- building


def build(
    uf: Path, cribl: Path, xp: Path
) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    raw: dict[str, dict[str, list[str]]] = {"dev": {}, "holdout": {}}
    repo_dirs = {
        "criblpacks/cribl-splunk-forwarder-windows-classic-events-to-json": uf,
        "criblpacks/cribl-windows-events": cribl,
        "vxcontrol/xp-rules": xp,
    }
    for repo, (commit, _licence, part, prefix) in SOURCES.items():
        gdir = repo_dirs[repo]
        if prefix == "xp":
            paths = [
                p
                for p in git_files(gdir, commit, "", ".txt")
                if "/eventlog/" in p and re.search(r"/tests/raw_[0-9]+\.txt$", p)
            ]
            pairs = [xp_message(git_show(gdir, commit, p), prefix) for p in paths]
            events = [pair for pair in pairs if pair is not None]
        else:
            events = []
            for p in git_files(gdir, commit, "data/samples/", ".json"):
                events += cribl_events(git_show(gdir, commit, p), prefix)
        for system, text in events:
            raw[part].setdefault(system, []).append(text)
    earlier, _hashes = _logset.earlier(DATA, EARLIER_DEV)
    dev_texts: set[str] = set()
    parts: dict[str, list[dict[str, object]]] = {}
    for part in ("dev", "holdout"):
        selected = []
        for system in sorted(raw[part]):
            keep = [
                t
                for t in raw[part][system]
                if t[:4000] not in earlier and (part == "dev" or t not in dev_texts)
            ]
            chosen = _select(keep, MOST)
            if chosen:
                selected.append((system, chosen))
        if part == "dev":
            dev_texts = {t for _, ts in selected for t in ts}
        parts[part] = [
            r for system, texts in selected for r in _logset.records("l9", system, texts, _label9)
        ]
    return parts["dev"], parts["holdout"]


def main() -> None:
    repositories = {
        "uf": "criblpacks/cribl-splunk-forwarder-windows-classic-events-to-json",
        "cribl": "criblpacks/cribl-windows-events",
        "xp": "vxcontrol/xp-rules",
    }
    main_dirs(__doc__ or "", repositories, build, (DEV_OUT, HOLD_OUT))


if __name__ == "__main__":
    main()

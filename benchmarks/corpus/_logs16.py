"""Build the sixteenth real-text log set: network and security appliances' sample events.

The text comes from the test data of eleven small parser libraries, pinned by commit: Layer 3
Communications' Haskell decoders of appliance syslog (``layer-3-communications/pan-os-syslog``,
``fortios-syslog``, ``f5-syslog``, ``cisco-asa-syslog``, ``cisco-ftd-syslog``,
``common-event-format``, ``common-event-format-acos``, ``fortiedr-log-parser``; BSD-3-Clause:
Palo Alto PAN-OS traffic, threat, system, User-ID, correlation and GlobalProtect records,
FortiGate traffic, UTM and event records, F5 BIG-IP SSL and ASM lines, Cisco ASA and Firepower
Threat Defense messages, CEF of A10, CrowdStrike and Palo Alto, FortiEDR syslog) and uSIEM's
Rust parsers (``u-siem/usiem-sonicwall``, ``usiem-paloalto``, ``usiem-opnsense``,
``usiem-pulsesecure``; MIT: SonicWall, PAN-OS, OPNsense ``filterlog`` test events and Pulse
Secure's admin and user-access log files).

Selection and split (fixed before extraction, written in ``benchmarks/corpus/README.md``): the
systems and where their events are are ``SYSTEMS``, from the repositories' file names and the
names of the Haskell bindings (``traffic_*``, ``threat_*`` ...), before any event was read. The
split is by system, a third held out (``holdout_systems``: those whose names have the smallest
SHA-256, from the names alone). A record is one event: the string a Haskell binding builds
(its string literals joined, Haskell escapes decoded), a Rust test's ``let log = "..."``
literal, or a line of a Pulse Secure log file. Dropped: an event with a control character other
than a tab, one of a program that fail2ban has filters for (``_logs10._FAIL2BAN_PROGRAM``), one
already in a part of an earlier real log set (development parts compared as text, held-out
parts by SHA-256 only, never read), and a held-out event equal to a development one. Per
system, ``MOST`` (40) evenly spaced ones of its distinct events (``_logs4._select``). Records
are cut at 4,000 characters.

Labels: the rules of ``_logs14._label14`` (which applies the fourteenth to first sets' rules),
then those of ``_label16`` below, written in ``benchmarks/corpus/README.md`` before any
detector ran. Both files were committed, labelled, before privkit or Presidio ran on either.

Run once, with local git directories of the repositories:

    python -m benchmarks.corpus._logs16 --git layer-3-communications/pan-os-syslog=DIR ...
"""

from __future__ import annotations

import json
import re
import sys
from typing import TYPE_CHECKING

from benchmarks.corpus import _logset
from benchmarks.corpus._git import git_blob
from benchmarks.corpus._logs10 import _FAIL2BAN_PROGRAM, _overlap
from benchmarks.corpus._logs14 import _label14

if TYPE_CHECKING:
    from pathlib import Path

_L3 = "layer-3-communications/"
PANOS = _L3 + "pan-os-syslog"
FORTIOS = _L3 + "fortios-syslog"
F5 = _L3 + "f5-syslog"
ASA = _L3 + "cisco-asa-syslog"
FTD = _L3 + "cisco-ftd-syslog"
CEF = _L3 + "common-event-format"
ACOS = _L3 + "common-event-format-acos"
FORTIEDR = _L3 + "fortiedr-log-parser"
SONICWALL = "u-siem/usiem-sonicwall"
USIEM_PAN = "u-siem/usiem-paloalto"
OPNSENSE = "u-siem/usiem-opnsense"
PULSE = "u-siem/usiem-pulsesecure"
#: repository -> (commit, licence as its LICENSE file states it).
SOURCES: dict[str, tuple[str, str]] = {
    PANOS: ("fcadc6a2e17927ef2d8e57da0d500c4579374991", "BSD-3-Clause"),
    FORTIOS: ("1d508f7ce4eea081833a69442484f802b586553e", "BSD-3-Clause"),
    F5: ("7bcf0da0786dd616c332912f30b478af61508193", "BSD-3-Clause"),
    ASA: ("166342a3fa3a7f59f17cb927f76776ad126ff081", "BSD-3-Clause"),
    FTD: ("3c88ef5d4401f98f880c9f638a8e468418a1642e", "BSD-3-Clause"),
    CEF: ("0ce2aae2019cdfae5f2d74ba53ac982503227597", "BSD-3-Clause"),
    ACOS: ("b2718184ee3a5d13fa6cbf3c675625779c4f33c1", "BSD-3-Clause"),
    FORTIEDR: ("025a26001b93a6a8bc992e57096dd69c3edbd7cd", "BSD-3-Clause"),
    SONICWALL: ("fd3460f5063dd6c99745719d666743f73de4b1bc", "MIT"),
    USIEM_PAN: ("ea90dd507df1238519d901e9acb3ec80ad8a86fe", "MIT"),
    OPNSENSE: ("d146ecbbcf8ce27c929b0843ce9f80576457617b", "MIT"),
    PULSE: ("8a79a2bebd644bfdfd3e42c8c35467b791c5fe5f", "MIT"),
}
_S = "common/Sample.hs"
_T = "test/Main.hs"
_U = "u-siem/"
#: system -> (repository, ((file, binding-name prefixes or () for every event), ...)). A
#: Haskell file's events are its bindings whose names start with a prefix; a Rust file's are
#: its ``let log = "..."`` literals; a ``.log``/``.txt`` file's are its lines.
SYSTEMS: dict[str, tuple[str, tuple[tuple[str, tuple[str, ...]], ...]]] = {
    "panos-traffic": (PANOS, ((_S, ("traffic_",)),)),
    "panos-threat": (PANOS, ((_S, ("threat_",)),)),
    "panos-system-user": (PANOS, ((_S, ("system_", "user_", "correlation_")),)),
    "panos-globalprotect": (PANOS, ((_S, ("gp_",)),)),
    "fortigate-traffic": (FORTIOS, ((_S, ("traffic_",)),)),
    "fortigate-utm": (FORTIOS, ((_S, ("utm_",)),)),
    "fortigate-event": (FORTIOS, ((_S, ("event_",)),)),
    "f5-ssl": (F5, ((_S, ("ssl_",)),)),
    "f5-asm": (F5, ((_S, ("asm_",)),)),
    "cisco-ftd": (FTD, ((_S, ("sample",)),)),
    "cisco-asa": (ASA, ((_T, ("msg",)),)),
    "cef-a10": (CEF, ((_S, ("sampleA10",)),)),
    "cef-crowdstrike": (CEF, ((_S, ("sampleCrowdstrike",)),)),
    "cef-panos": (CEF, ((_S, ("samplePan",)),)),
    "fortiedr": (FORTIEDR, ((_T, ("ex",)),)),
    "sonicwall": (
        SONICWALL,
        (
            ("src/parsers/mod.rs", ()),
            ("src/parsers/def_event.rs", ()),
            ("src/bin/benchmark.rs", ()),
        ),
    ),
    "panos-usiem": (
        USIEM_PAN,
        (("src/parsers/mod.rs", ()), ("src/bin/benchmark.rs", ())),
    ),
    "opnsense-filterlog": (OPNSENSE, (("src/parsers/firewall.rs", ()),)),
    "pulse-admin": (
        PULSE,
        (
            ("logs/admin/admin_standard.log", ()),
            ("logs/admin/admin_welf.log", ()),
            ("logs/admin/mixed.log", ()),
        ),
    ),
    "pulse-user-access": (
        PULSE,
        (
            ("logs/user_access/access_mixed.txt", ()),
            ("logs/user_access/access_syslog_standard.log", ()),
            ("logs/user_access/access_ui.log", ()),
            ("logs/user_access/access_welf.log", ()),
        ),
    ),
}
#: The A10 CEF sample of ``common-event-format-acos`` belongs with ``cef-a10``.
EXTRA: dict[str, tuple[str, str, tuple[str, ...]]] = {"cef-a10": (ACOS, _S, ("sampleA10",))}
#: The held-out systems: the 6 (a third) of the 20 whose names have the smallest SHA-256
#: (``holdout_systems``), fixed from the names before any event was read (2026-12-05 10:22 UTC).
HOLDOUT = frozenset({
    "cef-a10", "cef-crowdstrike", "cisco-asa", "cisco-ftd", "f5-ssl", "fortigate-event",
})  # fmt: skip
#: Most records per system.
MOST = 40


# --------------------------------------------------------------------------- reading

#: A Haskell string literal (escapes and string gaps inside).
_HS_STRING = re.compile(r'"((?:[^"\\\n]|\\.|\\\s*\n\s*\\)*)"')
#: A NeatInterpolation quasi-quote (``[text| ... |]``): its text is taken as it stands.
_HS_QUASI = re.compile(r"\[text\|(.*?)\|\]", re.DOTALL)
#: A top-level Haskell binding ``name = ...``.
_HS_BINDING = re.compile(r"^([a-z]\w*) =", re.MULTILINE)
_HS_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "'": "'", "&": ""}
#: A Rust test's event literal.
_RS_LOG = re.compile(r'let log = "((?:[^"\\]|\\.)*)";')


def hs_unescape(body: str) -> str:
    """A Haskell string literal's value: escapes decoded, string gaps removed."""
    out = []
    i = 0
    while i < len(body):
        c = body[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        nxt = body[i + 1]
        if nxt.isspace():  # a string gap: "\   \"
            j = body.index("\\", i + 1)
            i = j + 1
        elif nxt.isdigit():
            m = re.match(r"\d+", body[i + 1 :])
            assert m
            out.append(chr(int(m.group())))
            i += 1 + len(m.group())
        else:
            out.append(_HS_ESCAPES.get(nxt, nxt))
            i += 2
    return "".join(out)


def hs_events(text: str, prefixes: tuple[str, ...]) -> list[str]:
    """The strings of a Haskell module's bindings whose names start with one of ``prefixes``."""
    found = list(_HS_BINDING.finditer(text))
    out = []
    for k, m in enumerate(found):
        if not m.group(1).startswith(prefixes):
            continue
        end = found[k + 1].start() if k + 1 < len(found) else len(text)
        body = "\n".join(
            ln for ln in text[m.end() : end].splitlines() if not ln.lstrip().startswith("--")
        )
        quoted = _HS_QUASI.search(body)
        if quoted:  # NeatInterpolation's [text|...|] with its new lines replaced by ""
            lines = [ln for ln in quoted.group(1).splitlines() if ln.strip()]
            indent = min(len(ln) - len(ln.lstrip()) for ln in lines)
            out.append("".join(ln[indent:] for ln in lines).rstrip())
            continue
        out.append("".join(hs_unescape(s.group(1)) for s in _HS_STRING.finditer(body)))
    return [e for e in out if e]


def rs_events(text: str) -> list[str]:
    """A Rust file's ``let log = "..."`` literals, escapes decoded."""
    return [json.loads('"' + m.group(1).replace("\\'", "'") + '"') for m in _RS_LOG.finditer(text)]


def system_events(gits: dict[str, Path], system: str) -> list[str]:
    """A system's events in file order; binary residue and fail2ban programs' lines left out."""
    repo, files = SYSTEMS[system]
    specs = [(repo, path, prefixes) for path, prefixes in files]
    if system in EXTRA:
        specs.append(EXTRA[system])
    out = []
    for rep, path, prefixes in specs:
        text = git_blob(gits[rep], SOURCES[rep][0], path).decode("utf-8", "replace")
        text = text.removeprefix("\ufeff")
        if path.endswith(".hs"):
            events = hs_events(text, prefixes)
        elif path.endswith(".rs"):
            events = rs_events(text)
        else:
            events = [ln.rstrip("\r\n") for ln in text.splitlines()]
        for event in events:
            if _logset.CONTROL.search(event) or _FAIL2BAN_PROGRAM.search(event):
                continue
            out.append(event)
    return out


# --------------------------------------------------------------------------- labelling

# Found in the label review of the development part, before any detector ran (README,
# "Sixteenth real-text log set"); applied to both parts.
#: The user of an appliance's ``key=value`` record: Pulse Secure's and SonicWall's ``user=``
#: and ``usr=``, FortiGate's ``user=``/``srcuser=``/``dstuser=``, CEF's ``suser=``/``duser=``,
#: Cisco's ``User: ``; quoted or bare up to the next space.
_KV_USER = re.compile(
    r"""(?:(?<=\s)|(?<=^)|(?<=,)|(?<=;))(?:user|usr|srcuser|dstuser|suser|duser|Users?)"""
    r"""(?:=|: )("[^"\n]{1,80}"|[^\s"=,;|]{1,80})"""
)
#: Pulse Secure's prose form of the signed-in user: ``Default Network::<user>(<realm>)`` and
#: ``for <user>/<realm> from``.
_PULSE_USER = re.compile(r"::([\w.@-]{1,60})\(|\bfor ([\w.@-]{1,60})/[\w .-]{1,60} from ")
#: A ``domain\\user`` pair in a PAN-OS CSV field (``example\\jdoe``): the user is ignored.
_DOMAIN_USER = re.compile(r"(?:^|,)[A-Za-z][\w.-]{0,30}\\{1,2}([A-Za-z][\w.$-]{0,40})(?=,)")
#: A browser's agent string in any position (a CSV field, a request's escaped ``User-Agent:``
#: header, Pulse Secure's prose ``... with Mozilla/5.0 (...) Gecko/20100101 Firefox/87.0.``):
#: ``Mozilla/N.N (...)`` and its product tokens and comments.
_BROWSER_AGENT = re.compile(
    r"(?<![\w/])Mozilla/\d{1,2}\.\d{1,2} \([^()\n]{1,200}\)"
    r"(?: [\w.!+-]{1,40}/[\w.!+-]{1,40}| \([^()\n]{1,200}\)| like Gecko){0,10}"
)
#: PAN-OS GlobalProtect's CSV record: the user (9th field after the type) and the endpoint's
#: name (11th); User-ID's: the user after the address (9th) and the record's last field.
_GP_FIELDS = re.compile(r",GLOBALPROTECT,((?:[^,\n]*,){8})([^,\n]*),[^,\n]*,([^,\n]*),")
_USERID_FIELDS = re.compile(r",USERID,(?:[^,\n]*,){5}([^,\n]*),.*,([^,\n]+)$")
_NOT_USERS = frozenset({
    "", "-", "N/A", "n/a", "none", "None", "unknown", "No Authentication Required",
    "System", "system", "admin", "root",
})  # fmt: skip


def _unquoted(text: str, g: dict[str, object]) -> dict[str, object]:
    """A user-agent span without the quotes an earlier rule took in (``"Mozilla/..."``)."""
    s, e = int(g["start"]), int(g["end"])  # type: ignore[call-overload]
    if g["entity"] == "USER_AGENT" and e - s > 2 and text[s] == text[e - 1] == '"':
        return {**g, "start": s + 1, "end": e - 1}
    return g


def _label16(text: str, system: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    gold, ignored = _label14(text, system)
    # An earlier set's ``user`` rule read prose: a span glued to a word (``User|s)``,
    # ``user|name``) or after the word ``User `` (``User Accounts``) is no user name.
    ignored = [
        i
        for i in ignored
        if not (
            i["label"] == "USERNAME"
            and (
                text[int(i["start"]) - 1 : int(i["start"])].isalpha()  # type: ignore[call-overload]
                or text[max(0, int(i["start"]) - 5) : int(i["start"])].lower() == "user "  # type: ignore[call-overload]
            )
        )
    ]
    found = [m.span(1) if m.group(1) else m.span(2) for m in _PULSE_USER.finditer(text)]
    for m in _KV_USER.finditer(text):
        s, e = m.span(1)
        if text[s] == '"':
            s, e = s + 1, e - 1
        found.append((s, e))
    found += [m.span(1) for m in _DOMAIN_USER.finditer(text)]
    for m in _GP_FIELDS.finditer(text):
        found.append(m.span(2))
        if m.group(3):
            ignored.append({"start": m.start(3), "end": m.end(3), "label": "DEVICE_NAME"})
    for m in _USERID_FIELDS.finditer(text):
        found += [m.span(1), m.span(2)]
    gold = [_unquoted(text, g) for g in gold]
    for m in _BROWSER_AGENT.finditer(text):
        end = m.start() + len(m.group().rstrip("."))  # a sentence's full stop is not the agent's
        if not _overlap(gold, m.start(), end):
            gold.append({"start": m.start(), "end": end, "entity": "USER_AGENT"})
    gold.sort(key=lambda g: (int(g["start"]), int(g["end"])))  # type: ignore[call-overload]
    for s, e in found:
        if text[s:e] in _NOT_USERS or text[s:e].startswith("$"):
            continue
        if not _overlap(gold, s, e) and not _overlap(ignored, s, e):
            ignored.append({"start": s, "end": e, "label": "USERNAME"})
    ignored.sort(key=lambda i: (int(i["start"]), int(i["end"])))  # type: ignore[call-overload]
    return gold, ignored


# --------------------------------------------------------------------------- building


SET = _logset.LogSet(
    number=16,
    repositories=tuple(SOURCES),
    systems=SYSTEMS,
    holdout=HOLDOUT,
    texts=system_events,
    label=_label16,
    most=MOST,
    earlier=15,
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])

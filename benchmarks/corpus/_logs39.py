"""Build the thirty-ninth real-text log set: network security appliances' events in a log parser's tests.

The text is the event lines that the Araqne log platform's parsers of network and security
appliances' syslog keep in their Java unit tests (``sportsbitenews/logdb``, a copy of the
Araqne ``logdb`` repository, Apache-2.0): firewalls and UTMs (Korean vendors' SECUI, NexG,
AhnLab, WINS, Future Systems, Samsung, Oullim, ICTIS; Cyberoam, WatchGuard, Fortinet, Palo Alto
Networks, Juniper NetScreen and SRX), VPN gateways (Juniper's and SecuWiz's SSL VPNs), intrusion
prevention and DDoS systems (WINS Sniper, TippingPoint, IBM Proventia, Snort, Radware
DefensePro, RioRey, Juniper IDP), web-application firewalls and gateways (Penta Wapples,
Piolink WebFront, MonitorApp WebInsight, Imperva SecureSphere, Symantec's web gateway, Citrix
NetScaler), network access control (Genians, ForeScout CounterACT), a wireless intrusion
prevention system (AirTight SpectraGuard) and a network malware appliance (FireEye).

Selection and split (fixed 2026-12-07 09:10 UTC from the test files' paths and class names
alone, before any record was read; ``benchmarks/corpus/README.md``): a system is a vendor's
product, the test classes of ``SYSTEM_FILES`` (a product two classes test, such as Juniper
SRX's old and new formats, is one system). Test classes of products that are no network gear
(mail, database-access, DRM, web-shell and host monitors, an anti-virus engine, management
consoles, the internal key-value parser, Apache and OpenSSH log files) are no system, nor are
two products whose kind the names do not tell (Tricubelab CubeDefense, XN Systems NeoBox).
The split is by system, a third held out (``_logset.holdout_systems``: the names with the
smallest SHA-256). A record is one string-literal expression of a system's test files (literals
that ``+`` joins, read as one; comments skipped; Java escapes decoded) of at least
``MIN_CHARS`` characters: the tests keep each sample line as such a literal and their asserted
field values are shorter. Files in the order of ``SYSTEM_FILES``, literals in file order,
trailing blanks removed. Dropped as in the thirty-eighth set: a record with a control
character other than a tab or a new line, one that carries the tag of a program fail2ban has
filters for, one equal to a development record of an earlier real log set (held-out records
compared by SHA-256 only, never read), and one already taken by a system earlier in this set.
Per system, of its distinct records, ``MOST_NET`` evenly spaced ones of those with an address
shape (``_logs29._NET_SHAPE``) and ``MOST_OTHER`` of the rest, in file order
(``_logs25._stratified``).

Labels: the thirty-seventh set's rules (``_logs37._label37``, which applies the thirtieth to
first sets' rules: IP, MAC and e-mail addresses gold, everything else non-personal), applied
to both parts before any detector ran.

Run once, with a local git directory of the repository:

    python -m benchmarks.corpus._logs39 --git sportsbitenews/logdb=DIR
"""

from __future__ import annotations

import re
import subprocess
import sys
from typing import TYPE_CHECKING

from benchmarks.corpus import _logset
from benchmarks.corpus._git import git_blob
from benchmarks.corpus._logs10 import not_fail2ban
from benchmarks.corpus._logs25 import _stratified
from benchmarks.corpus._logs29 import _NET_SHAPE
from benchmarks.corpus._logs37 import _label37

if TYPE_CHECKING:
    from pathlib import Path

#: The repository and commit read (``sportsbitenews/logdb``'s default branch, 2016-04-04).
LOGDB = "sportsbitenews/logdb"
SOURCES: dict[str, tuple[str, str]] = {
    LOGDB: ("ac1755a93db1ce592841b0c6fb210b5c533bdecf", "Apache-2.0"),
}
_KR = "araqne-krsyslog-parser/src/test/java/org/araqne/logparser/krsyslog/"
_SY = "araqne-syslog-parser/src/test/java/org/araqne/logparser/syslog/"
_SN = "araqne-snmptrap-parser/src/test/java/org/araqne/logparser/snmptrap/"
#: The systems and their test files, fixed 2026-12-07 09:10 UTC from paths and class names
#: alone, before any record was read.
SYSTEM_FILES: dict[str, tuple[str, ...]] = {
    "ahnlab-trusguard": (f"{_KR}ahnlab/TrusGuardLogParserTest.java",),
    "citrix-netscaler-mpx": (f"{_KR}citrix/NetScalerMpxParserTest.java",),
    "cyberoam-utm": (f"{_KR}cyberoam/CyberoamParserTest.java",),
    "futuresystems-weguardia": (f"{_KR}futuresystems/WeguardiaLogParserTest.java",),
    "genians-nac": (
        f"{_KR}geninetworks/GenianNacSnmpLogParserTest.java",
        f"{_KR}geninetworks/GenianNacSysLogParserTest.java",
    ),
    "ictis-iwall": (f"{_KR}ictis/IWallParserTest.java",),
    "monitorapp-webinsight": (f"{_KR}monitorapp/WebInsightParserTest.java",),
    "nexg-fw": (f"{_KR}nexg/NexgFwParserTest.java",),
    "nexg-vforce-utm": (f"{_KR}nexg/VForceUtmParserTest.java",),
    "oullim-secureworks": (f"{_KR}oullim/SecureWorksLogParserTest.java",),
    "penta-wapples": (
        f"{_KR}penta/WapplesSyslogParserTest.java",
        f"{_SN}pentasecurity/WapplesLogParserTest.java",
    ),
    "piolink-webfront": (f"{_KR}piolink/WebFrontLogParserTest.java",),
    "samsung-exshield": (f"{_KR}samsung/ExshieldCsvParserTest.java",),
    "secui-mf2": (f"{_KR}secui/Mf2LogParserTest.java",),
    "secui-mfi": (f"{_KR}secui/MfiLogParserTest.java",),
    "secui-nxg": (f"{_KR}secui/NxgLogParserTest.java",),
    "secuwiz-ssl-vpn": (f"{_KR}secuwiz/SecuwizSslLogParserTest.java",),
    "watchguard-firebox": (f"{_KR}watchguard/WatchGuardParserTest.java",),
    "wins-sniper-ips": (f"{_KR}winstechnet/SniperLogParserTest.java",),
    "airtight-spectraguard": (f"{_SY}airtight/SpectraGuardLogParserTest.java",),
    "fireeye-nx": (f"{_SY}fireeye/FireeyeLogParserTest.java",),
    "forescout-counteract": (f"{_SY}forescout/CounterActLogParserTest.java",),
    "fortinet-fortigate": (f"{_SY}fortinet/FortigateLogParserTest.java",),
    "hp-tippingpoint-ips": (f"{_SY}hp/TippingPointIpsLogParserTest.java",),
    "ibm-proventia-ids": (f"{_SY}ibm/ProventiaIdsLogParserTest.java",),
    "imperva-securesphere": (f"{_SY}imperva/SecureSphereParserTest.java",),
    "juniper-netscreen": (f"{_SY}juniper/NetScreenLogParserTest.java",),
    "juniper-ssl-vpn": (f"{_SY}juniper/SSLLogParserTest.java",),
    "juniper-srx": (
        f"{_SY}juniper/SrxLogParserTest.java",
        f"{_SY}juniper/SrxNewLogParserTest.java",
    ),
    "juniper-idp-attack": (
        f"{_SY}juniper/attack/JuniperAttackLogParserTest.java",
        f"{_SY}juniper/attack/JuniperAttackLogPatternTest.java",
    ),
    "juniper-session": (f"{_SY}juniper/session/JuniperSessionLogParserTest.java",),
    "paloalto-panos": (f"{_SY}paloaltonetworks/PaloAltoLogParserTest.java",),
    "radware-defensepro": (f"{_SY}radware/DefenseProLogParserTest.java",),
    "riorey-ddos": (
        f"{_SY}riorey/RioreyDdosLogParserTest.java",
        f"{_SY}riorey/RioreySysLogParserTest.java",
    ),
    "sourcefire-snort": (f"{_SY}sourcefire/SnortLogParserTest.java",),
    "symantec-swg": (f"{_SY}symantec/SwgLogParserTest.java",),
}
SYSTEMS = tuple(SYSTEM_FILES)
#: The held-out systems: the 12 (a third) of the 36 whose names have the smallest SHA-256
#: (``_logset.holdout_systems``), fixed 2026-12-07 09:10 UTC before any record was read.
HOLDOUT = frozenset({
    "ahnlab-trusguard", "fireeye-nx", "imperva-securesphere", "juniper-srx", "nexg-fw",
    "nexg-vforce-utm", "paloalto-panos", "radware-defensepro", "riorey-ddos", "samsung-exshield",
    "sourcefire-snort", "symantec-swg",
})  # fmt: skip
#: Per system, the address-shaped records and the other records kept (``_stratified``).
MOST_NET = 30
MOST_OTHER = 10
#: What ``select_parts`` keeps of a system's (already thinned) records: all of them.
MOST = MOST_NET + MOST_OTHER
#: The fewest characters of a record: a shorter literal is an asserted value or a name.
MIN_CHARS = 40
#: A Java comment, a character literal or a string literal (escapes inside), in source order.
_TOKEN = re.compile(r"//[^\n]*|/\*.*?\*/|'(?:[^'\\\n]|\\.)*'|\"((?:[^\"\\\n]|\\.)*)\"", re.DOTALL)
#: What may stand between two literals of one expression: a plus and blanks.
_JOIN = re.compile(r"\s*\+\s*")
#: A Java escape: a Unicode one or a one-character one.
_ESCAPE = re.compile(r"\\(u+[0-9a-fA-F]{4}|[0-7]{1,3}|.)")
_SIMPLE = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "s": " "}


def _unescape(body: str) -> str:
    """A Java string literal's value."""

    def one(m: re.Match[str]) -> str:
        e = m.group(1)
        if e[0] == "u":
            return chr(int(e.lstrip("u"), 16))
        if e[0] in "01234567":
            return chr(int(e, 8))
        return _SIMPLE.get(e, e)

    return _ESCAPE.sub(one, body)


def java_strings(source: str) -> list[str]:
    """The values of a Java source's string-literal expressions (``+``-joined literals as one)."""
    out: list[str] = []
    parts: list[str] = []
    end = -1
    for m in _TOKEN.finditer(source):
        body = m.group(1)
        if body is None:  # a comment or a character literal ends an expression
            if parts:
                out.append("".join(parts))
            parts, end = [], -1
            continue
        if parts and not _JOIN.fullmatch(source, end, m.start()):
            out.append("".join(parts))
            parts = []
        parts.append(_unescape(body))
        end = m.end()
    if parts:
        out.append("".join(parts))
    return out


def _record(text: str) -> str | None:
    """A literal as a record, or None (short, binary residue, a fail2ban program's)."""
    text = text.rstrip()
    if len(text) < MIN_CHARS or _logset.CONTROL.search(text):
        return None
    return not_fail2ban(text, "")


def system_lines(gits: dict[str, Path], system: str) -> list[str]:
    """A system's kept records in file order (``_stratified``)."""
    commit = SOURCES[LOGDB][0]
    texts: list[str] = []
    for path in SYSTEM_FILES[system]:
        try:
            source = git_blob(gits[LOGDB], commit, path).decode("utf-8", "replace")
        except subprocess.CalledProcessError:
            continue
        texts += [r for t in java_strings(source) if (r := _record(t)) is not None]
    return _stratified(texts, most_net=MOST_NET, most_other=MOST_OTHER, shape=_NET_SHAPE)


#: The set as the shared builder reads it (a record of an earlier set's development part is
#: dropped; its held-out parts are compared by SHA-256 only, no record read).
SET = _logset.LogSet(
    number=39,
    repositories=tuple(SOURCES),
    systems=SYSTEMS,
    holdout=HOLDOUT,
    texts=system_lines,
    label=_label37,
    most=MOST,
    earlier=39,
    holdout_unique=True,
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])

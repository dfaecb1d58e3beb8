"""Build the fortieth real-text log set: the sample lines of a log normaliser library's definitions.

The text is the sample log lines that Wallix's ``pylogsparser`` (``wallix/pylogsparser``, a
Python log normalisation library, LGPL-2.1) keeps with its normalisers: each normaliser's XML
definition (``normalizers/<name>.xml``) lists examples (``<example><text>``) that its own test
checks, and ``tests/test_log_samples.py`` normalises further sample lines, a test function per
product. The products are web proxies and URL filters (Squid, SquidGuard, DansGuardian), a
web-application firewall (DenyAll rWeb), firewalls and UTMs (Cisco ASA, Check Point's LEA
export, Arkoon FAST360, Linux netfilter), anti-virus and mail filters (Symantec, BitDefender),
a mail server (Postfix), Microsoft Exchange's message tracking and mailbox store, Windows
security audit events (and Snare's syslog form of them), an access bastion (Wallix
AdminBastion), directory, name and address servers (OpenLDAP, BIND, ISC dhcpd), SSH and PAM,
web and file servers (Apache, IIS, xferlog, Amazon S3), VMware ESX and syslog headers.

Selection and split (fixed 2026-12-07 11:20 UTC from the file names and test function names
alone, before any record was read; ``benchmarks/corpus/README.md``): a system is a product,
the normaliser files and test functions of ``SYSTEM_FILES`` and ``SYSTEM_TESTS`` (a product
two or more normalisers describe, such as Cisco ASA's header and messages, or the Windows
audit events in English and French, is one system). Normalisers that parse no log of their
own (GeoIP, referer, URL and user-agent helpers, the shared callbacks and tag types, the
template) are no system, nor is fail2ban's (``Fail2ban.xml``, ``test_fail2ban``: the program
whose test logs are off-limits). The split is by system, a third held out
(``_logset.holdout_systems``: the names with the smallest SHA-256). A record is the text of an
example of a system's normaliser files (XML entities decoded), or the first argument of a
``self.aS(...)`` call in one of its test functions when it is a string literal; at least
``MIN_CHARS`` characters, trailing blanks removed. Normaliser files in the order of
``SYSTEM_FILES``, examples in file order, then the test functions' lines in file order.
Dropped as in the thirty-ninth set: a record with a control character other than a tab or a
new line, one that carries the tag of a program fail2ban has filters for, one equal to a
development record of an earlier real log set (held-out records compared by SHA-256 only,
never read), and one already taken by a system earlier in this set. Per system, of its
distinct records, ``MOST_NET`` evenly spaced ones of those with an address shape
(``_logs29._NET_SHAPE``) and ``MOST_OTHER`` of the rest, in file order
(``_logs25._stratified``).

Labels: the thirty-seventh set's rules (``_logs37._label37``, which applies the thirtieth to
first sets' rules: IP, MAC and e-mail addresses gold, everything else non-personal), applied
to both parts before any detector ran.

Run once, with a local git directory of the repository:

    python -m benchmarks.corpus._logs40 --git wallix/pylogsparser=DIR
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING

from benchmarks.corpus import _logset
from benchmarks.corpus._git import git_blob
from benchmarks.corpus._logs10 import not_fail2ban
from benchmarks.corpus._logs25 import _stratified
from benchmarks.corpus._logs29 import _NET_SHAPE
from benchmarks.corpus._logs37 import _label37

if TYPE_CHECKING:
    from pathlib import Path

#: The repository and commit read (``wallix/pylogsparser``'s default branch, 2013-11-06).
PYLOGSPARSER = "wallix/pylogsparser"
SOURCES: dict[str, tuple[str, str]] = {
    PYLOGSPARSER: ("224a16f1bb07db98ff6de21ca1de1930db262813", "LGPL-2.1"),
}
_N = "normalizers/"
_W3 = "eventlog_security_audit_windows2003"
_W8 = "eventlog_security_audit_windows2008"
#: The systems and their normaliser files, fixed 2026-12-07 11:20 UTC from file names alone,
#: before any record was read.
SYSTEM_FILES: dict[str, tuple[str, ...]] = {
    "amazon-s3": (f"{_N}s3.xml",),
    "apache": (f"{_N}apache.xml",),
    "arkoon-fast360": (f"{_N}arkoonFAST360.xml",),
    "bind-named": (f"{_N}named.xml", f"{_N}named-2.xml"),
    "bitdefender": (f"{_N}bitdefender.xml",),
    "checkpoint-lea": (f"{_N}LEA.xml",),
    "cisco-asa": (f"{_N}cisco-asa_header.xml", f"{_N}cisco-asa_msg.xml"),
    "dansguardian": (f"{_N}dansguardian.xml",),
    "denyall-rweb": (f"{_N}deny_event.xml", f"{_N}deny_traffic.xml"),
    "dhcpd": (f"{_N}dhcpd.xml",),
    "iis": (f"{_N}IIS.xml",),
    "msexchange-2003-is-mailboxstore": (
        f"{_N}MSExchange2003ISMailboxStore.xml",
        f"{_N}MSExchange2003ISMailboxStoreFR.xml",
    ),
    "msexchange-2003-message-tracking": (f"{_N}MSExchange2003MessageTracking.xml",),
    "msexchange-2007-message-tracking": (f"{_N}MSExchange2007MessageTracking.xml",),
    "netfilter": (f"{_N}netfilter.xml",),
    "openldap": (f"{_N}openLDAP.xml", f"{_N}openLDAP-extras.xml"),
    "pam": (f"{_N}pam.xml",),
    "postfix": (f"{_N}postfix.xml",),
    "snare": (f"{_N}snare.xml",),
    "squid": (f"{_N}squid.xml",),
    "squidguard": (f"{_N}squidguard.xml",),
    "sshd": (f"{_N}sshd.xml",),
    "symantec": (f"{_N}symantec.xml",),
    "syslog": (f"{_N}syslog.xml",),
    "vmware-esx": (f"{_N}VMWare_ESX4-ESXi4.xml",),
    "wallix-adminbastion": (f"{_N}wabauth.xml", f"{_N}wabObjects.xml"),
    "windows-security-audit": tuple(
        f"{_N}{stem}{suffix}.xml"
        for stem in (_W3, _W8)
        for suffix in ("_en", "_en_2", "_en_3", "_en_4", "_fr", "_fr_2", "_fr_3", "_fr_4")
        if not (stem == _W8 and suffix.endswith("_4"))
    ),
    "xferlog": (f"{_N}xferlog.xml",),
}
#: The test file whose sample lines the systems' test functions normalise.
TEST_FILE = "tests/test_log_samples.py"
#: The systems' test functions in ``TEST_FILE`` (fixed with ``SYSTEM_FILES``).
SYSTEM_TESTS: dict[str, tuple[str, ...]] = {
    "amazon-s3": ("test_S3",),
    "apache": ("test_apache",),
    "arkoon-fast360": ("test_arkoonFAST360",),
    "bind-named": ("test_bind9",),
    "bitdefender": ("test_bitdefender",),
    "checkpoint-lea": ("test_lea",),
    "cisco-asa": ("test_cisco_asa",),
    "dansguardian": ("test_dansguardian",),
    "denyall-rweb": ("test_deny_event",),
    "dhcpd": ("test_dhcpd",),
    "iis": ("test_IIS",),
    "msexchange-2003-is-mailboxstore": ("test_MSExchangeISMailboxStore2003",),
    "msexchange-2003-message-tracking": ("test_MSExchange2003MTL",),
    "msexchange-2007-message-tracking": ("test_MSExchange2007MTL",),
    "netfilter": ("test_netfilter",),
    "openldap": ("test_openLDAP",),
    "pam": ("test_pam",),
    "postfix": ("test_postfix",),
    "snare": ("test_Snare",),
    "squid": ("test_squid",),
    "squidguard": (),
    "sshd": ("test_sshd",),
    "symantec": ("test_symantec8", "test_symantec9"),
    "syslog": ("test_simple_syslog", "test_syslog_with_timezone"),
    "vmware-esx": ("test_vmwareESX4_ESXi4",),
    "wallix-adminbastion": ("test_simple_wabauth", "test_wabObjects"),
    "windows-security-audit": ("test_eventlogW3EN", "test_eventlogW8EN"),
    "xferlog": ("test_xferlog",),
}
SYSTEMS = tuple(SYSTEM_FILES)
#: The held-out systems: the 9 (a third) of the 28 whose names have the smallest SHA-256
#: (``_logset.holdout_systems``), fixed 2026-12-07 11:20 UTC before any record was read.
HOLDOUT = frozenset({
    "bind-named", "checkpoint-lea", "cisco-asa", "msexchange-2007-message-tracking", "netfilter",
    "postfix", "squid", "vmware-esx", "wallix-adminbastion",
})  # fmt: skip
#: Per system, the address-shaped records and the other records kept (``_stratified``).
MOST_NET = 30
MOST_OTHER = 10
#: What ``select_parts`` keeps of a system's (already thinned) records: all of them.
MOST = MOST_NET + MOST_OTHER
#: The fewest characters of a record: a shorter example is a field's value, not a line.
MIN_CHARS = 30


def xml_examples(source: bytes) -> list[str]:
    """The texts of a normaliser definition's examples (``<example><text>``), in file order."""
    root = ET.fromstring(source)  # noqa: S314 - a pinned repository's file, read once offline
    return [t.text or "" for ex in root.iter("example") for t in ex.findall("text")]


#: A test function's first line in the test class (four blanks of indent).
_FUNCTION = re.compile(r"^    def (\w+)\(", re.MULTILINE)
#: A ``self.aS(`` call whose first argument is one string literal (Python 2 source: a
#: ``u`` or ``r`` prefix, double or single quotes, or three of either) that a comma ends.
_AS_CALL = re.compile(
    r"self\.aS\(\s*([uUrR]{0,2}(?:\"\"\"[\s\S]*?\"\"\"|'''[\s\S]*?'''|"
    r"\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'))\s*,"
)


def test_lines(source: str, functions: tuple[str, ...]) -> list[str]:
    """The string-literal first arguments of ``self.aS(...)`` calls in ``functions``, in order.

    The test file is Python 2 source, so it is not parsed: a function runs from its ``def``
    line to the next one, and each literal alone is read as Python (``ast.literal_eval``).
    """
    out: list[str] = []
    starts = list(_FUNCTION.finditer(source))
    for i, m in enumerate(starts):
        if m.group(1) not in functions:
            continue
        body = source[m.end() : starts[i + 1].start() if i + 1 < len(starts) else len(source)]
        for call in _AS_CALL.finditer(body):
            value = ast.literal_eval(call.group(1))
            if isinstance(value, str):
                out.append(value)
    return out


def _record(text: str) -> str | None:
    """An example as a record, or None (short, binary residue, a fail2ban program's)."""
    text = text.rstrip()
    if len(text) < MIN_CHARS or _logset.CONTROL.search(text):
        return None
    return not_fail2ban(text, "")


def system_lines(gits: dict[str, Path], system: str) -> list[str]:
    """A system's kept records in file order (``_stratified``)."""
    commit = SOURCES[PYLOGSPARSER][0]
    texts: list[str] = []
    for path in SYSTEM_FILES[system]:
        try:
            blob = git_blob(gits[PYLOGSPARSER], commit, path)
        except subprocess.CalledProcessError:
            continue
        texts += [r for t in xml_examples(blob) if (r := _record(t)) is not None]
    if SYSTEM_TESTS[system]:
        source = git_blob(gits[PYLOGSPARSER], commit, TEST_FILE).decode("utf-8", "replace")
        texts += [
            r for t in test_lines(source, SYSTEM_TESTS[system]) if (r := _record(t)) is not None
        ]
    return _stratified(texts, most_net=MOST_NET, most_other=MOST_OTHER, shape=_NET_SHAPE)


#: The set as the shared builder reads it (a record of an earlier set's development part is
#: dropped; its held-out parts are compared by SHA-256 only, no record read).
SET = _logset.LogSet(
    number=40,
    repositories=tuple(SOURCES),
    systems=SYSTEMS,
    holdout=HOLDOUT,
    texts=system_lines,
    label=_label37,
    most=MOST,
    earlier=40,
    holdout_unique=True,
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])

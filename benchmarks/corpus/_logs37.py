"""Build the thirty-seventh real-text log set: a mail server's (Exim's) main log in its test suite.

The text is the main log lines that the Exim mail transfer agent's test suite (``Exim/exim``,
GPL-2.0-or-later) keeps as the expected output of its tests: each ``test/log/<nnnn>`` file holds
the main log Exim wrote while it ran test ``<nnnn>`` (message arrivals ``<=``, deliveries
``=>``, deferrals ``==``, bounces ``**``, SMTP connections, rejections and ACL warnings, TLS
and DKIM lines), after the suite's munging of times, message ids, process ids and the test
host's own addresses. A test belongs to the group whose folder holds its script
(``test/scripts/<group>/<nnnn>``): ``0000-Basic``, ``2100-OpenSSL``, ``4500-DKIM``,
``5400-cutthrough`` and so on.

Selection and split (fixed 2026-12-07 03:44 UTC from the file names alone, before any log file
was read; ``benchmarks/corpus/README.md``): a system is a test group, the folder name under
``test/scripts/``; the systems are the 120 groups that hold the script of at least one test with
a main log file (``test/log/<nnnn>``, four digits; a variant such as ``2102.openssl_1_1_1`` is no
main log file of its own). The split is by system, a third held out
(``_logset.holdout_systems``: the names with the smallest SHA-256). A record is a line of a main
log file, trailing blanks removed. Dropped as in the thirty-fifth set: a line with no letter or
digit, a line with a control character other than a tab, one that carries the tag of a program
fail2ban has filters for (``_logs10._FAIL2BAN_PROGRAM``; Exim's main log lines carry no tag),
one equal to a development record of an earlier real log set (the first to thirty-fifth; the
thirty-sixth was built at the same time; held-out records compared by SHA-256 only, never read), and one already taken by a system earlier in this set. Per system, of
its distinct lines, ``MOST_NET`` evenly spaced ones of those that hold an address shape
(``_logs29._NET_SHAPE``: IP, MAC and e-mail addresses) and ``MOST_OTHER`` evenly spaced ones of
the rest, in file order (``_logs25._stratified``). Records are cut at 4,000 characters.

Labels: the rules of the thirtieth set (``_logs30._label30``, which applies the twenty-ninth to
first sets' rules), then the two written in ``benchmarks/corpus/README.md`` in the label review
of the development part before any detector ran (``_label37``): an internationalised e-mail
address whose local part or domain holds a combining mark (Devanagari, Tamil, Malayalam or
Sinhala vowel signs) is one address, as one in Greek or Korean letters already is; and an IPv6
address that a colon and a blank end (``for ::1: Connection refused``) is an address. Both parts
were committed, labelled, before privkit or Presidio ran on either.

Run once, with a local git directory of the repository:

    python -m benchmarks.corpus._logs37 --git Exim/exim=DIR
"""

from __future__ import annotations

import ipaddress
import re
import sys
import unicodedata
from typing import TYPE_CHECKING

from benchmarks.corpus import _logset
from benchmarks.corpus._git import git_files
from benchmarks.corpus._logs10 import _overlap
from benchmarks.corpus._logs25 import _stratified
from benchmarks.corpus._logs29 import _NET_SHAPE
from benchmarks.corpus._logs29 import _line as _log_line
from benchmarks.corpus._logs30 import _label30

if TYPE_CHECKING:
    from pathlib import Path

EXIM = "Exim/exim"
SOURCES: dict[str, tuple[str, str]] = {
    EXIM: ("13835a3c1e057efad7da269c0f93bf2eac850205", "GPL-2.0-or-later"),
}
#: The folder of the main log files, and the folder of the test scripts by group.
LOGS = "test/log/"
SCRIPTS = "test/scripts/"
#: A main log file's name, and a test script's: the test's four-digit number.
_NUMBER = re.compile(r"\d{4}")
#: The systems: the test groups with a main log file, fixed 2026-12-07 03:44 UTC from the file
#: names alone, before any log file was read.
SYSTEMS = (
    "0000-Basic", "0997-no-DSN-info", "0998-DSN-info", "1000-Basic-ipv6", "1020-Linklocal-ipv6",
    "1090-TCP-Fast-Open", "1100-Basic-TLS", "1187-srv-smtps", "1188-TLS-TFO", "1199-TLS-ALPN",
    "2000-GnuTLS", "2090-GnuTLS-ALPN", "2100-OpenSSL", "2190-OpenSSL-ALPN", "2200-testdb",
    "2500-dsearch", "2550-dnsdb", "2600-SQLite", "2610-MySQL", "2620-Postgresql", "3000-Perl",
    "3400-plaintext", "3418-plaintext-event", "3450-plaintext-GnuTLS", "3460-plaintext-OpenSSL",
    "3500-CRAM-MD5", "3550-dovecot", "3600-SPA", "3700-TLS-auth", "3720-external-auth-GnuTLS",
    "3721-external-auth-OpenSSL", "3800-Cyrus-SASL", "3820-Gnu-SASL", "3825-gsasl-plaintext",
    "3828-gsasl-scram-sha-256", "3829-gsasl-scram-plus", "3900-Dovecot", "4000-scanning",
    "4006_scan_clamd", "4007_scan_avast", "4008_scan_cmdline", "4009_scan_sophie",
    "4010_scan_fsecure", "4011_scan_ave", "4012_scan_fprotd", "4013_scan_fprot6d",
    "4014_scan_sock", "4015-scan-ipv6", "4017_scan_avast_multiline", "4020-socks",
    "4027-TFO-socks", "4030-proxy-protocol", "4032-xclient", "4034-xclient-tls", "4040-wellknown",
    "4050-pipe-conn", "4056-pipe-conn-auth", "4058-pipe-conn-tfo", "4060-pipe-conn-tls",
    "4064-tls-pipe-conn-auth", "4068-pipe-conn-tfo", "4110-exim-filter", "4190-sieve-filter",
    "4200-International", "4210-GnuTLS-International", "4220-OpenSSL-International", "4500-DKIM",
    "4520-TLS-DKIM", "4540-DKIM-Ed25519", "4550-DKIM-Bounces", "4560-ARC", "4600-SPF",
    "4608-SPF-libspf2", "4620-SRS", "4650-DMARC", "4690-DMARC-ARC", "4700-dsn-info",
    "4710-esmtp-limits", "4800-dnssec-dnslookup", "5000-maildir", "5050-mbx",
    "5100-lmtp-transport", "5200-queryprogram", "5210-queryprogram-filter", "5300-ipliteral",
    "5400-cutthrough", "5410-cutthrough-OpenSSL", "5420-cutthrough-GnuTLS", "5500-PRDR",
    "5600-OCSP-OpenSSL", "5612-OCSP-OpenSSL-multileaf", "5615-OCSP-OpenSSL-1.3",
    "5650-OCSP-GnuTLS", "5665-OCSP-GnuTLS-multileaf", "5670-OCSP-GnuTLS-1.3", "5680-OCSP",
    "5700-events", "5704-events-filter", "5709_dnsdb_events", "5710-GnuTLS-events",
    "5720-OpenSSL-events", "5730-OCSP-GnuTLS-events", "5740-OCSP-OpenSSL-events", "5800-DANE",
    "5820-DANE-GnuTLS", "5840-DANE-OpenSSL", "5846-DANE-OpenSSL-OCSP", "5860-DANE-OpenSSL-events",
    "5880-DANE-GnuTLS-events", "5890-Resume-GnuTLS", "5891-Resume-GnuTLS-OCSP",
    "5892-Resume-OpenSSL", "5893-Resume-OpenSSL-OCSP", "5894-Resume-OpenSSL-TLS1.3",
    "5895-Resume-OpenSSL-TLS1.3-OCSP", "5900-queuefile-transport", "9000-LDAP", "9350-Dovecot",
    "9400-local_scan", "9900-testing",
)  # fmt: skip
#: The held-out systems: the 40 (a third) of the 120 whose names have the smallest SHA-256
#: (``_logset.holdout_systems``), fixed 2026-12-07 03:44 UTC before any log file was read.
HOLDOUT = frozenset({
    "0000-Basic", "0998-DSN-info", "1100-Basic-TLS", "2200-testdb", "2500-dsearch", "2550-dnsdb",
    "3418-plaintext-event", "3550-dovecot", "3600-SPA", "3700-TLS-auth",
    "3828-gsasl-scram-sha-256", "4010_scan_fsecure", "4011_scan_ave", "4017_scan_avast_multiline",
    "4027-TFO-socks", "4030-proxy-protocol", "4032-xclient", "4034-xclient-tls", "4050-pipe-conn",
    "4190-sieve-filter", "4220-OpenSSL-International", "4500-DKIM", "4520-TLS-DKIM",
    "4540-DKIM-Ed25519", "4560-ARC", "4620-SRS", "4700-dsn-info", "4800-dnssec-dnslookup",
    "5050-mbx", "5210-queryprogram-filter", "5410-cutthrough-OpenSSL",
    "5612-OCSP-OpenSSL-multileaf", "5650-OCSP-GnuTLS", "5700-events", "5709_dnsdb_events",
    "5860-DANE-OpenSSL-events", "5890-Resume-GnuTLS", "5892-Resume-OpenSSL",
    "5894-Resume-OpenSSL-TLS1.3", "5895-Resume-OpenSSL-TLS1.3-OCSP",
})  # fmt: skip
#: Per system, the address-shaped lines and the other lines kept (``_stratified``).
MOST_NET = 10
MOST_OTHER = 3
#: What ``select_parts`` keeps of a system's (already thinned) lines: all of them.
MOST = MOST_NET + MOST_OTHER


def groups(git: Path, commit: str) -> dict[str, str]:
    """The group of each test number, from the script folders' file names."""
    out: dict[str, str] = {}
    for path in git_files(git, commit, SCRIPTS):
        parts = path[len(SCRIPTS) :].split("/")
        if len(parts) == 2 and _NUMBER.fullmatch(parts[1]):
            out[parts[1]] = parts[0]
    return out


def log_paths(git: Path, commit: str, name: str) -> list[str]:
    """The main log files of a group's tests, in test order."""
    group = groups(git, commit)
    return [
        p
        for p in git_files(git, commit, LOGS)
        if _NUMBER.fullmatch(p[len(LOGS) :]) and group.get(p[len(LOGS) :]) == name
    ]


# --------------------------------------------------------------------------- labels

# Found in the label review of the development part, before any detector ran (README; the
# rules apply to both parts):
#: An address-like run: a local part of at most 64 characters, an at sign, a domain; what
#: ends or opens a field (blank, angle bracket, parenthesis, comma, colon, quote) bounds it.
_RUN = re.compile(r"(?<![^\s<(\[,;:\"'])([^\s<>()\[\],;:\"'@]{1,64})@([^\s<>()\[\],;:\"'@]+)")
#: An IPv6 address that a colon and a blank end (``for ::1: Connection refused``).
_V6_BEFORE_COLON = re.compile(r"(?<![\w:.])([0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})(?=:\s)")


def _mail_char(c: str) -> bool:
    """A letter or digit of any script, a combining mark, or ``. _ + -``."""
    return c.isalnum() or c in "._+-" or unicodedata.category(c).startswith("M")


def _international(local: str, domain: str) -> bool:
    """An internationalised address: non-ASCII, every character a mail one, a dotted domain."""
    labels = domain.split(".")
    return (
        not (local + domain).isascii()
        and all(_mail_char(c) for c in local + domain)
        and len(labels) >= 2
        and all(labels)
        and not any(c in "_+" for c in domain)
    )


def _label37(text: str, system: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    gold, ignored = _label30(text, system)
    for m in _RUN.finditer(text):
        local, domain = m.group(1), m.group(2).rstrip(".")
        if not _international(local, domain):
            continue
        start, end = m.start(1), m.start(2) + len(domain)
        gold = [
            g for g in gold if not (g["entity"] == "EMAIL_ADDRESS" and _overlap([g], start, end))
        ]
        if not _overlap(gold, start, end):
            gold.append({"start": start, "end": end, "entity": "EMAIL_ADDRESS"})
    for m in _V6_BEFORE_COLON.finditer(text):
        try:
            address = ipaddress.ip_address(m.group(1))
        except ValueError:
            continue
        if address.version == 6 and not address.is_unspecified and not _overlap(gold, *m.span(1)):
            gold.append({"start": m.start(1), "end": m.end(1), "entity": "IP_ADDRESS"})
    gold.sort(key=lambda g: (int(g["start"]), int(g["end"])))  # type: ignore[call-overload]
    return gold, ignored


# --------------------------------------------------------------------------- reading


def system_lines(gits: dict[str, Path], name: str) -> list[str]:
    """A system's kept lines in file order (``_stratified``); residue left out."""
    commit = SOURCES[EXIM][0]
    paths = log_paths(gits[EXIM], commit, name)
    lines = _logset.file_lines(gits[EXIM], ((commit, p) for p in paths), _log_line)
    return _stratified(lines, most_net=MOST_NET, most_other=MOST_OTHER, shape=_NET_SHAPE)


#: The set as the shared builder reads it (a line of an earlier set's development part is
#: dropped; its held-out parts are compared by SHA-256 only, no record read).
SET = _logset.LogSet(
    number=37,
    repositories=tuple(SOURCES),
    systems=SYSTEMS,
    holdout=HOLDOUT,
    texts=system_lines,
    label=_label37,
    most=MOST,
    earlier=36,  # the thirty-sixth set is built beside this one, not on main yet
    holdout_unique=True,
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])

"""Build the forty-fourth real-text log set: a mail filter's received-header fixtures (SpamAssassin).

The text is the ``Received:`` trace headers that Apache SpamAssassin (``apache/spamassassin``,
the mail filter behind ``spamd``; Apache-2.0, ``LICENSE``) keeps in its test suite to test its
relay parser and its trust path: ``t/rcvd_parser.t`` (142 header samples as single lines, each
beside the relay SpamAssassin must parse from it: mail servers' headers written by sendmail,
Postfix, qmail, Exim, CommuniGate, Microsoft SMTPSVC, Lotus, fetchmail, webmail front ends,
...) and ``t/trust_path.t`` (the ``Received:`` headers of its trust-path cases, folded over
lines). These are the lines a mail filter reads and logs for every message (the relay, its
reverse name, HELO, ident, envelope sender and recipient). No earlier set read
``apache/spamassassin``.

Selection and split (fixed 2026-12-07 15:12 UTC before any header was labelled;
``benchmarks/corpus/README.md``): a record is a header sample of ``t/rcvd_parser.t`` (a
single-quoted Perl string before ``=>``, its ``\\'`` and ``\\\\`` read as ``'`` and ``\\``) or a
``Received:`` header of ``t/trust_path.t`` (its folded lines joined by one blank), in file order,
distinct, at least ``MIN_CHARS`` characters. A system is the site that wrote the header: the
last two labels of the host after the header's first `` by `` (lower case), or that host as
written when it has no dot or is an address literal, or ``none`` when the header names no
receiving host. The split is by system, a third held out (``_logset.holdout_systems``: the
names with the smallest SHA-256). Dropped: a record equal to a development record of an earlier
real log set (the first to forty-second; held-out records compared by SHA-256 only, never
read), one already taken by a system earlier in this set. Per system at most ``MOST`` evenly
spaced records.

Labels: the forty-second set's rules (``_logs42._label42``: IP, MAC and e-mail addresses gold,
a browser-shaped user agent ``USER_AGENT``, everything else non-personal), applied to both
parts before any detector ran. An ident before an address (``(foobar@213.228.20.149)``) is no
e-mail address (its domain is an address): the address is labelled, the ident is not. Four
rules written in the label review of the development part before any detector ran
(``_label44``), applied to both parts: the receiving server's id in angle brackets
(``with SMTP id <21.000575A0@email.ebgames.com>``) is a message id, ignored ``MESSAGE_ID`` as the
first and tenth sets ignore one (not an e-mail address); a four-part number after an opening
parenthesis and a product name (``(ecelerity 2.1.1.3 r(11743))``, ``(NAVGW 2.5.2.12)``; not
after ``HELO``, ``EHLO`` or ``LHLO``) is the product's version, ignored ``VERSION`` (not an IP
address); an IPv6 address after the literal's ``IPv6:`` tag (``[IPv6:2001:4f8:3:bb::25]``) is an
``IP_ADDRESS``; and an IPv4 address glued to its port by a dot in brackets
(``[63.251.66.24.63559]``) is an ``IP_ADDRESS`` (the port is not).

Run once, with a local git directory of the repository:

    python -m benchmarks.corpus._logs44 --git apache/spamassassin=DIR
"""

from __future__ import annotations

import ipaddress
import re
import sys
from typing import TYPE_CHECKING

from benchmarks.corpus import _logset
from benchmarks.corpus._git import git_blob
from benchmarks.corpus._logs42 import _label42

if TYPE_CHECKING:
    from pathlib import Path

#: The repository and commit read (``apache/spamassassin``'s trunk mirror, 2024-10-24).
SPAMASSASSIN = "apache/spamassassin"
SOURCES: dict[str, tuple[str, str]] = {
    SPAMASSASSIN: ("f7fe7b82a2db63ee1406d74d88ce564b69881954", "Apache-2.0"),
}
#: The test scripts read.
PARSER = "t/rcvd_parser.t"
TRUST = "t/trust_path.t"
#: The most records a system gives (evenly spaced, ``_logs4._select``).
MOST = 25
#: The fewest characters of a record.
MIN_CHARS = 20

#: A header sample of ``rcvd_parser.t``: a single-quoted Perl string, then ``=>``.
_SAMPLE = re.compile(r"^\s*'((?:[^'\\]|\\.)*)'\s*=>\s*$")
#: A ``Received:`` header's first line in ``trust_path.t``.
_RECEIVED = re.compile(r"^(\s*)Received:\s")
#: The receiving host: the word after the first `` by ``.
_BY = re.compile(r"\sby\s+\[?([^\s;()\]]+)", re.IGNORECASE)
#: An address literal (IPv4 or IPv6 digits, dots and colons).
_LITERAL = re.compile(r"^[0-9a-fA-F:.]+$")


def _perl_single(body: str) -> str:
    return re.sub(r"\\([\\'])", r"\1", body)


def parser_samples(text: str) -> list[str]:
    """The header samples of ``rcvd_parser.t``, in file order."""
    out = []
    for line in text.splitlines():
        m = _SAMPLE.match(line)
        if m:
            out.append(_perl_single(m.group(1)).strip())
    return out


def trust_headers(text: str) -> list[str]:
    """The ``Received:`` headers of ``trust_path.t``, folded lines joined by one blank."""
    out: list[str] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        m = _RECEIVED.match(lines[i])
        if not m:
            i += 1
            continue
        indent = len(m.group(1))
        parts = [lines[i].strip()]
        i += 1
        while i < len(lines) and lines[i].strip():
            lead = len(lines[i]) - len(lines[i].lstrip())
            if lead <= indent:
                break
            parts.append(lines[i].strip())
            i += 1
        out.append(" ".join(parts))
    return out


def site(header: str) -> str:
    """The system of a header: the receiving host's last two labels (``none`` without one)."""
    m = _BY.search(header)
    if not m:
        return "none"
    host = m.group(1).lower().rstrip(".")
    if "." not in host or _LITERAL.match(host):
        return host
    return ".".join(host.split(".")[-2:])


def all_headers(gits: dict[str, Path]) -> list[str]:
    """Every kept header of both scripts, distinct, in file order."""
    commit = SOURCES[SPAMASSASSIN][0]
    git = gits[SPAMASSASSIN]
    found = parser_samples(git_blob(git, commit, PARSER).decode("utf-8"))
    found += trust_headers(git_blob(git, commit, TRUST).decode("utf-8"))
    kept = [h for h in found if len(h) >= MIN_CHARS and not _logset.CONTROL.search(h)]
    return list(dict.fromkeys(kept))


def systems(gits: dict[str, Path]) -> list[str]:
    """The sites, sorted."""
    return sorted({site(h) for h in all_headers(gits)})


def system_lines(gits: dict[str, Path], system: str) -> list[str]:
    """A site's headers, in file order."""
    return [h for h in all_headers(gits) if site(h) == system]


#: A receiving server's id in angle brackets (`` id <local@host>``): a message id.
_QUEUE_ID = re.compile(r"\bid <([^<>\s]+@[^<>\s]+)>")
#: A product's four-part version after an opening parenthesis (not a HELO argument).
_VERSION = re.compile(
    r"\((?!(?:HELO|EHLO|LHLO)\b)[A-Za-z][\w-]* (\d+\.\d+\.\d+\.\d+)(?![\d.])", re.IGNORECASE
)
#: An IPv6 literal's address after its ``IPv6:`` tag.
_V6_TAG = re.compile(r"\[IPv6:([0-9A-Fa-f:.]+)\]")
#: An IPv4 address glued to a port by a dot, in brackets.
_V4_DOT_PORT = re.compile(r"\[(\d{1,3}(?:\.\d{1,3}){3})\.\d{1,5}\]")


def _valid(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


def _label44(text: str, system: str) -> _logset.Labels:
    """``_label42``, then the four rules of this set's label review (module docstring)."""
    gold, ignored = _label42(text, system)

    def overlaps(span: dict[str, object], start: int, end: int) -> bool:
        return int(span["start"]) < end and start < int(span["end"])  # type: ignore[call-overload]

    for pattern, label in ((_QUEUE_ID, "MESSAGE_ID"), (_VERSION, "VERSION")):
        for m in pattern.finditer(text):
            start, end = m.span(1)
            gold = [g for g in gold if not overlaps(g, start, end)]
            ignored = [i for i in ignored if not overlaps(i, start, end)]
            ignored.append({"start": start, "end": end, "label": label})
    for pattern in (_V6_TAG, _V4_DOT_PORT):
        for m in pattern.finditer(text):
            start, end = m.span(1)
            if not _valid(m.group(1)) or any(overlaps(g, start, end) for g in gold):
                continue
            ignored = [i for i in ignored if not overlaps(i, start, end)]
            gold.append({"start": start, "end": end, "entity": "IP_ADDRESS"})
    gold.sort(key=lambda g: (int(g["start"]), int(g["end"])))  # type: ignore[call-overload]
    ignored.sort(key=lambda i: (int(i["start"]), int(i["end"])))  # type: ignore[call-overload]
    return gold, ignored


#: The held-out systems: 33 (a third) of the 99 sites, those whose names have the smallest SHA-256
#: (``_logset.holdout_systems``), checked at every build.
HOLDOUT = frozenset({
    "arcor.de", "arsecandle.org", "bgca.org", "compata.com", "ctyme.com", "ed10.com",
    "elsevier.com", "example.net", "fooooo.org", "inetsiteworld.net", "iomartmail.com",
    "kundenserver.de", "localhost", "m80.net", "microsoft.com", "montana.edu", "mtahq.org",
    "mydomain.com", "nebrwesleyan.edu", "neosinteractive.com", "none", "osuosl.org",
    "penguintowne.org", "pinwand.net", "puryear-it.com", "rackshack.net", "thestar.ca",
    "tiscali.com", "treehousei.com", "ucsc.edu", "uid", "umich.edu", "wpi.edu",
})  # fmt: skip

#: The set as the shared builder reads it.
SET = _logset.LogSet(
    number=44,
    repositories=tuple(SOURCES),
    systems=systems,
    holdout=HOLDOUT,
    texts=system_lines,
    label=_label44,
    most=MOST,
    earlier=43,
    holdout_unique=True,
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])

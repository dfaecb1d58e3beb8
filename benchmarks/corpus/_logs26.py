"""Build the twenty-sixth real-text log set: the Libreswan IPsec daemon's logs in its test suite.

The text comes from one repository that commits log lines nobody on this team wrote, pinned by
commit: Libreswan's test suite (``libreswan/libreswan``, GPL-2.0), whose ``testing/pluto/<test>/``
folders hold each test host's expected console (``<host>.console.txt``: ``west``, ``east``,
``road``, ``north``, ``nic``). The console interleaves the test's shell commands and their output
with the log lines that the IKE daemon ``pluto`` writes to the console (``"<connection>" #<serial>:
<message>``): IKE exchanges with peers' addresses and ports (``192.1.2.23:UDP/500``), the
connection's subnets (``192.0.1.0/24===192.0.2.0/24``), the peers' identities (``@east``,
certificate subjects with an ``E=`` e-mail), NAT traversal, address pools, opportunistic
encryption with public-looking addresses, dead-peer detection.

Selection and split (fixed 2026-12-06 01:08 UTC from the test folders' names, before any line was
extracted; ``benchmarks/corpus/README.md``): a system is a test family, the part of a test
folder's name before its first ``-`` (``ikev2-...``: ``libreswan-ikev2``), for the 29 families of
16 console files or more; the other families are one system, ``libreswan-other``. The split is by
system, a third held out (``_logset.holdout_systems``: the names with the smallest SHA-256). A
record is one line of a console file that ``pluto`` wrote (``_PLUTO``: a quoted connection name,
perhaps an instance number and a state serial, then a colon; perhaps after an ``IMPAIR:`` or a
three-digit whack code), and nothing else (shell commands, prompts and other programs' output are
left out). Dropped: a line with no word of three letters after the name (``_WORD``), a line with
a control character other than a tab, a line already in a part of an earlier real log set
(development parts compared as text, held-out parts by SHA-256 only, never read), and a line
already taken for a system earlier in this set. Per system, of its distinct lines, ``MOST_NET``
(30) evenly spaced ones of those that hold an address shape (``_logs25._ADDRESS_SHAPE``) and
``MOST_OTHER`` (20) evenly spaced ones of the rest, in file order (``_logs25._stratified`` with
these numbers). Records are cut at 4,000 characters.

Labels: the rules of the twenty-fifth set (``_logs25._label25``), then ``_label26``'s, written in
``benchmarks/corpus/README.md`` in the label review of the development part before any detector
ran. Both parts were committed, labelled, before privkit or Presidio ran on either.

Run once, with a local git directory of the repository:

    python -m benchmarks.corpus._logs26 --git libreswan/libreswan=DIR
"""

from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING

from benchmarks.corpus import _logset
from benchmarks.corpus._git import git_files
from benchmarks.corpus._logs4 import _select
from benchmarks.corpus._logs10 import _overlap
from benchmarks.corpus._logs25 import _ADDRESS_SHAPE, _label25

if TYPE_CHECKING:
    from pathlib import Path

LIBRESWAN = "libreswan/libreswan"
#: repository -> (commit, licence as its COPYING file states it).
SOURCES: dict[str, tuple[str, str]] = {
    LIBRESWAN: ("0c4e3eccfbb2cdfa1e21c154ee847a141a611a4f", "GPL-2.0"),
}
#: The test families with a system of their own (16 console files or more at the commit); every
#: other family's tests are ``libreswan-other``. Fixed from the folders' names before any line
#: was read.
FAMILIES = (
    "addconn", "addresspool", "ah", "algo", "basic", "certoe", "check", "compress", "crossing",
    "delete", "dnsoe", "dpd", "fips", "host", "ikev1", "ikev2", "impair", "interop", "ipsec",
    "ipv6", "nat", "newoe", "nss", "pfkeyv2", "psk", "whack", "x509", "xauth", "xfrm",
)  # fmt: skip
OTHER = "libreswan-other"
SYSTEMS: tuple[str, ...] = (*(f"libreswan-{f}" for f in FAMILIES), OTHER)
#: The held-out systems: the 10 (a third) of the 30 whose names have the smallest SHA-256
#: (``holdout_systems``), fixed from the names before any line was extracted (2026-12-06 01:08
#: UTC; README, "Twenty-sixth real-text log set", says what was seen before).
HOLDOUT = frozenset({
    "libreswan-certoe", "libreswan-dpd", "libreswan-ikev1", "libreswan-impair",
    "libreswan-interop", "libreswan-ipsec", "libreswan-ipv6", "libreswan-nat",
    "libreswan-xauth", "libreswan-xfrm",
})  # fmt: skip
#: Per system, the address-shaped lines and the other lines kept (``_stratified``).
MOST_NET = 30
MOST_OTHER = 20
MOST = MOST_NET + MOST_OTHER
_TESTS = "testing/pluto/"
#: A line ``pluto`` wrote: a quoted connection name (an instance number ``[1]`` perhaps, a state
#: serial ``#12`` perhaps), then a colon and a space; perhaps after ``IMPAIR: `` or a whack code.
_PLUTO = re.compile(r'(?:\d{3} |[A-Z]{2,16}: )?"[^"\r\n]{1,200}"(?:\[\d{1,6}\])?(?: #\d{1,9})?: ')
#: A word of three letters: a line without one (after the connection name) is a bare number row.
_WORD = re.compile(r"[A-Za-z]{3,}")


def _family(path: str) -> str:
    """The system of a console file: its test folder's family, or ``libreswan-other``."""
    test = path.removeprefix(_TESTS).split("/", 1)[0]
    family = test.split("-", 1)[0]
    return f"libreswan-{family}" if family in FAMILIES else OTHER


def pluto_line(raw: str) -> str | None:
    """The line when ``pluto`` wrote it (``_PLUTO`` at its start, a word after), else None."""
    line = raw.rstrip()
    m = _PLUTO.match(line)
    if m is None or not _WORD.search(line, m.end()):
        return None
    return line


def _stratified(lines: list[str]) -> list[str]:
    """``MOST_NET`` evenly spaced address-shaped lines and ``MOST_OTHER`` others, in file order."""
    uniq = _select(lines, len(lines) + 1)
    net = _select([t for t in uniq if _ADDRESS_SHAPE.search(t)], MOST_NET)
    other = _select([t for t in uniq if not _ADDRESS_SHAPE.search(t)], MOST_OTHER)
    keep = set(net) | set(other)
    return [t for t in uniq if t in keep]


# Written in the label review of the development part, before any detector ran (README,
# "Twenty-sixth real-text log set"); applied to both parts.
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
#: A connection's end in pluto's notation: an address that ``...`` (the two ends), ``---`` (the
#: next hop) or ``[`` (the end's identity, ``192.1.2.45[@west]``) borders, which the generic rules
#: do not take when a dot or a bracket touches it: the host's address.
_CONNECTION_END = re.compile(
    rf"(?:(?<=\.\.\.)|(?<![\w.]))({_OCTET}(?:\.{_OCTET}){{3}})(?![\w])(?!\.\w)"
)
#: The unspecified and broadcast addresses stay ignored, as the inherited rules do.
_UNSPECIFIED = frozenset({"0.0.0.0", "255.255.255.255"})  # noqa: S104 - labels, no binding
#: An IPv6 range's end before its ports (``2001:db8:1:2::45:0-65535``): the address ends before
#: ``:0``, the first port of the range.
_PORT_TAIL = re.compile(r"(?<=[0-9A-Fa-f]):\d{1,5}$")
_PORT_RANGE_REST = re.compile(r"-\d{1,5}(?![\w:.])")
#: A certificate subject's place and organisation (``C=CA, ST=Ontario, L=Toronto, O=Libreswan,
#: OU=Test Department``): real places and a real organisation, neither personal data nor log
#: vocabulary; ignored (``LOCATION``, ``ORGANIZATION``), as earlier sets ignore a place.
_DN_PLACE = re.compile(r"(?<![\w=])(C|ST|L|O|OU)=([^,'\"\]\r\n=]{1,64})(?=[,'\"\]]|$)")
_DN_LABEL = {
    "C": "LOCATION",
    "ST": "LOCATION",
    "L": "LOCATION",
    "O": "ORGANIZATION",
    "OU": "ORGANIZATION",
}


def _label26(text: str, system: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    gold, ignored = _label25(text, system)
    for g in gold:
        s, e = int(g["start"]), int(g["end"])  # type: ignore[call-overload]
        tail = _PORT_TAIL.search(text, s, e)
        if (
            g["entity"] == "IP_ADDRESS"
            and "::" in text[s:e]
            and tail
            and _PORT_RANGE_REST.match(text, e)
        ):
            g["end"] = tail.start()
    for m in _CONNECTION_END.finditer(text):
        if _overlap(gold, *m.span(1)) or _overlap(ignored, *m.span(1)):
            continue
        if m.group(1) in _UNSPECIFIED:
            ignored.append({"start": m.start(1), "end": m.end(1), "label": "UNSPECIFIED_ADDRESS"})
        else:
            gold.append({"start": m.start(1), "end": m.end(1), "entity": "IP_ADDRESS"})
    for m in _DN_PLACE.finditer(text):
        if not _overlap(gold, *m.span(2)):
            ignored.append({"start": m.start(2), "end": m.end(2), "label": _DN_LABEL[m.group(1)]})
    gold.sort(key=lambda g: (int(g["start"]), int(g["end"])))  # type: ignore[call-overload]
    ignored.sort(key=lambda g: (int(g["start"]), int(g["end"])))  # type: ignore[call-overload]
    return gold, ignored


def system_lines(gits: dict[str, Path], system: str) -> list[str]:
    """A system's kept lines in file order (``_stratified``)."""
    commit = SOURCES[LIBRESWAN][0]
    paths = [
        p
        for p in sorted(git_files(gits[LIBRESWAN], commit, _TESTS))
        if p.endswith("console.txt") and _family(p) == system
    ]
    lines = _logset.file_lines(
        gits[LIBRESWAN], ((commit, p) for p in paths), lambda raw, _path: pluto_line(raw)
    )
    return _stratified(lines)


#: The set as the shared builder reads it (a line of an earlier set's development part is
#: dropped; its held-out parts are compared by SHA-256 only, no record read).
SET = _logset.LogSet(
    number=26,
    repositories=tuple(SOURCES),
    systems=SYSTEMS,
    holdout=HOLDOUT,
    texts=system_lines,
    label=_label26,
    most=MOST,
    earlier=26,
    holdout_unique=True,
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])

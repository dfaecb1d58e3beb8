# ruff: noqa: E501, SIM905, PLR2004 - regex tables, word lists and numeric address ranges
"""IP and MAC addresses."""

from __future__ import annotations

import ipaddress
import re
import string
import urllib.parse
from typing import TYPE_CHECKING

from privkit._memo import BoundedMemo
from privkit.detect._base import (
    Pattern,
    PatternDetector,
    ScanState,
    context_window,
)
from privkit.types import EntityType, Finding

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

from privkit.detect._builtin._common import (
    _HEX,
    _HEX_RUN,
    _HEX_RUN_AFTER_COLON,
    _HEXCHARS,
    _IPV4_QUAD,
    _NOT_TLDS,
    _OCTET,
    _SPACED_WORD,
    HTTP_CLIENTS,
    _finding,
    _glued_word,
    _labelled_colon,
    _machine_line_at,
    _scan_lines,
    _ScanAware,
    _sd_id,
    _tld_delegated,
    _whole_line,
    header_version,
)

# Colon-separated hex groups (IPv6 and colon MACs share this pass). It starts at the first
# colon, a fast literal search; the group before it is taken by ``extend_back``. A letter of
# a script written without spaces may follow ("2001:db8::1吗"); a zone id is ASCII.
# An address that ends in an IPv4 tail may be followed by its port ("[AF_INET6]::ffff:192.0.2.1:
# 50165", OpenVPN's peer): after the dotted tail a colon and digits cannot be another group.
# (After hex groups they could: "2001:db8::1:443" is read as the address it spells.)
_V4_TAIL = r"[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}(?![0-9]|\.[0-9])"
_COLON_RUN = (
    r":(?:[0-9A-Fa-f]{0,4}+:){1,7}+"
    rf"(?:{_V4_TAIL}(?=:[0-9]{{1,5}}(?![\w:.]))"
    rf"|(?:{_V4_TAIL}|[0-9A-Fa-f]{{1,8}}+)?"
    rf"(?:%[0-9A-Za-z_\-]{{1,32}}+)?(?!{_SPACED_WORD}|\.\w|:[\w:]))"
)


# A port as tcpdump names it without "-n": an /etc/services name ("mysql", "https",
# "netbios-ns", "x11"), lower-case letters, digits and inner hyphens.
_SERVICE = r"[a-z][a-z0-9]{0,14}(?:-[a-z0-9]{1,14}){0,2}"


def _named_port(m: re.Match[str]) -> bool:
    """Whether a flow's end writes its port as a service's name (``192.0.2.7.mysql``)."""
    return not m.group(0)[-1].isdigit()


def _flow_pair(
    text: str,
    left: re.Match[str],
    right: re.Match[str],
    version: Callable[[tuple[int, int]], bool],
) -> bool:
    """Whether ``<left> > <right>`` is a flow's two ends, not two versions compared.

    A named end reads as a version glued to a word (``1.2.3.4.Final``): the flow decides for
    it. A numeric end still passes the version test; two named ends count only after
    tcpdump's ``IP `` (``IP 192.0.2.1.http > 192.0.2.9.https:``).
    """
    named_left, named_right = _named_port(left), _named_port(right)
    if not named_left and version(left.span(1)):
        return False
    if not named_right and version(right.span(1)):
        return False
    return (
        not (named_left and named_right) or text[max(0, left.start() - 3) : left.start()] == "IP "
    )


_MAC_COLON = re.compile(r"[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5}(?:(?::[0-9A-Fa-f]{2}){2})?")


_MAC_SHAPE = re.compile(
    r"[0-9A-Fa-f]{2}([:\-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}(?:\1[0-9A-Fa-f]{2}\1[0-9A-Fa-f]{2})?"
    r"|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?:\.[0-9A-Fa-f]{4})?"
    # switch vendors' groupings: HPE ProCurve's "0015b2-a45078", Comware's "0015-b2a4-5078"
    r"|[0-9A-Fa-f]{6}-[0-9A-Fa-f]{6}|[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}"
)


def _ip_tags(addr: ipaddress.IPv4Address | ipaddress.IPv6Address) -> tuple[str, ...]:
    version = f"ipv{addr.version}"
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    if addr.is_unspecified:
        scope = "unspecified"
    elif addr.is_loopback:
        scope = "loopback"
    elif addr.is_link_local:
        scope = "link_local"
    elif addr.is_multicast:
        scope = "multicast"
    elif any(addr in net for net in _DOC_NETS if net.version == addr.version):
        scope = "documentation"
    elif addr.is_global:
        scope = "public"
    elif addr.is_private:
        scope = "private"
    else:
        scope = "reserved"
    return (version, scope)


def _zero_padded(parts: list[str]) -> bool:
    """Whether a quad is written zero-padded to three digits an octet.

    ``192.168.000.001``, ``010.000.000.001``: fixed-width columns of router and firewall
    tables. A round count in thousands groups (``100.000.000.000``: its last two groups
    ``000``) is no address; the all-zero quad is.
    """
    return all(len(p) == 3 for p in parts) and (parts[2:] != ["000", "000"] or parts[0] == "000")


def _quad_octets(value: str) -> tuple[int, ...] | None:
    """The four octets of a dotted quad, or ``None``.

    No leading zeros, but for the zero-padded layout of :func:`_zero_padded`.
    """
    parts = value.split(".")
    if len(parts) != 4 or not all(p.isdigit() for p in parts):
        return None
    if any(len(p) > 1 and p[0] == "0" for p in parts) and not _zero_padded(parts):
        return None
    return tuple(int(p) for p in parts)


def _ipv4_tags(value: str) -> tuple[str, ...] | None:
    """Validate dotted-quad IPv4 (:func:`_quad_octets`, octets <= 255) and tag its scope."""
    octets = _quad_octets(value)
    if octets is None:
        return None
    a, b, c, d = octets
    if a > 255 or b > 255 or c > 255 or d > 255:
        return None
    if a == 0:
        scope = "unspecified" if b == c == d == 0 else "reserved"
    elif a == 127:
        scope = "loopback"
    elif a == 169 and b == 254:
        scope = "link_local"
    elif 224 <= a <= 239:
        scope = "multicast"
    elif (a, b, c) in ((192, 0, 2), (198, 51, 100), (203, 0, 113)):
        scope = "documentation"
    elif a == 10 or (a == 172 and 16 <= b <= 31) or (a == 192 and b == 168):
        scope = "private"
    elif (
        a >= 240
        or (a == 100 and 64 <= b <= 127)
        or (a == 198 and b in (18, 19))
        or (a == 192 and b == 0 and c in (0, 2))
    ):
        scope = "reserved"
    else:
        scope = "public"
    return ("ipv4", scope)


_DOC_NETS = tuple(
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
)


_ASCII_LETTERS = frozenset(string.ascii_letters)


# Symbols that never follow an address: a "::" glued to one is a field separator
# ("sdk: 19::~~os: 1::~~", FireEye's key-value records), not the end of a compressed IPv6.
_AFTER_SEPARATOR = frozenset("~!@#$^*+?`")


def _separator_colons(text: str, end: int) -> bool:
    """Whether the colon run ending at ``end`` ends in a ``::`` field separator."""
    return (
        text[end - 2 : end] == "::" and text[end : end + 1] in _AFTER_SEPARATOR and end < len(text)
    )


def _glued_before(before: str) -> bool:
    """``IpAddressDetector._VERSION_GLUE_BEFORE.search(before)``, by looking at its end.

    The expression is anchored at the end: ``~``, or an ASCII letter then ``-``, ``_`` or ``.``.
    """
    last = before[-1:]
    return last == "~" or (last in ("-", "_", ".") and before[-2:-1] in _ASCII_LETTERS)


class IpAddressDetector(_ScanAware):
    """IPv4 and IPv6 addresses in every textual form, validated by :mod:`ipaddress`.

    Version strings (``1.2.3.4.5``, ``v1.2.3.4``) and out-of-range octets are rejected; a
    port, brackets and CIDR suffixes are left out of the span; IPv6 zone ids are kept.
    Tags give the version and scope: ``public``, ``private``, ``loopback``, ``link_local``,
    ``multicast``, ``documentation``, ``reserved`` or ``unspecified``.
    """

    entity = EntityType.IP_ADDRESS
    name = "ip_address"
    scan_literals = (" > ", "ip ", "passive mode (", "port ")
    # ("vrmf": IBM's version, release, modification and fix level, "VRMF(9.0.0.0)")
    _VERSION_WORDS = frozenset(
        {"version", "ver", "release", "build", "firmware", "oid", "v", "vrmf"}
    )
    patterns = (
        Pattern(
            "ipv4",
            # (a letter of a script written without spaces may touch it: "是192.168.0.1吗";
            # a word character before it is refused by ``evaluate``, ``_glued_word``)
            rf"\.[0-9]{{1,3}}+\.[0-9]{{1,3}}+\.[0-9]{{1,3}}+(?!{_SPACED_WORD}|\.[0-9])",
            0.9,
            not_after=r"0-9_.",
            extend_back="0123456789",
            extend_max=3,
            prefilter=(".",),
        ),
        Pattern(
            "ipv6",
            # Possessive repetitions: a run of colons or hex is rejected without backtracking.
            _COLON_RUN,
            0.9,
            not_after=r"_:.",  # and a word character of a spaced script (``evaluate``)
            extend_back=_HEXCHARS,
            extend_max=4,
            prefilter=(":",),
        ),
    )

    def __init__(self) -> None:
        self._cache: BoundedMemo[str, tuple[str, ...] | None] = BoundedMemo(65536)

    def find(self, state: ScanState, /) -> Iterator[Finding]:
        yield from super().find(state)
        text = state.text
        if state.present((" > ",)) or (state.present(("ip ",)) and "IP " in text):
            yield from self._flows(text)
            yield from self._segments(text)  # (a search for "RT6 (": none, nothing read)
        if state.present(("passive mode (",)) or (state.present(("port ",)) and "PORT " in text):
            yield from self._ftp_hosts(text)
        if "::" in text:
            yield from self._after_key(text)
            yield from self._dotted_ports(text)
        if text.count(":") >= 8:  # a key's colon and the address's seven
            yield from self._full_after_key(text)
            if "/" in text:
                yield from self._java_endpoints(text)
        if ".." in text:
            yield from self._after_dots(text)
        if "%" in text:
            yield from self._after_escapes(text)
        if "\\" in text:
            yield from self._after_references(text)
        if "_" in text or "-" in text:
            yield from self._in_identifiers(text)
        yield from self._bracketed_endpoints(text)

    # A quad right after a regular expression's group reference: sed writing a setting
    # ("s|^\\(auth_host = \\).*$|\\1127.0.0.1|"). The main pattern reads the reference's
    # digit as the address's first ("1127") and refuses it; the quad after it is judged alone.
    _AFTER_REFERENCE = re.compile(
        rf"\\[1-9]({_OCTET}\.{_OCTET}\.{_OCTET}\.{_OCTET})(?![\w]|\.[0-9])"
    )

    def _after_references(self, text: str) -> Iterator[Finding]:
        pattern = self.patterns[0]
        for m in self._AFTER_REFERENCE.finditer(text):
            run = m.group()[1:].partition(".")[0]
            if len(run) <= 3 and int(run) <= 255:
                continue  # "\11.2.3.4": the main pattern reads the whole run as a quad
            # (not ``evaluate``: the reference's digit right before would read as a glued word)
            tags = self._tags(m.group(1), v6=False)
            if tags is not None and not self._is_version(text, *m.span(1)):
                yield _finding(self, text, *m.span(1), pattern, tags=tags)

    # A quad glued by "_" or "-" into an identifier, right after a word naming an endpoint,
    # a direction or a transport: Splunk's "connection_11.3.99.62_8089_host12", Check Point's
    # "packet_capture_name="src-10.160.59.141.cap"", Juniper's "Connection error
    # tcp_10.181.123.45". The main pattern refuses a quad after "_" (a longer word's tail) and
    # after a letter and "-" or before ".cap" (a package's or file's version: "lib_1.2.3.4",
    # "pkg-1.2.3.4.tar"); after such a word it is the endpoint's address whatever follows (a
    # port "_8089", an extension). Other words keep the version reading, and a configured
    # object's name stays a name, as the labels keep host names ("server = server_192.168.1.59",
    # Cisco's AAA server; "peer-192.0.2.7" is the main pattern's). A search for the glue
    # character, then a bounded look at the word before: linear.
    _GLUED_QUAD = re.compile(rf"[_\-]({_IPV4_QUAD})(?![A-Za-z0-9])")
    _ENDPOINT_WORD = re.compile(
        r"(?<![A-Za-z])(?i:src|dst|source|dest|destination|tcp|udp|sctp|icmp|connection|conn"
        r"|remote)\Z"
    )

    def _in_identifiers(self, text: str) -> Iterator[Finding]:
        pattern = self.patterns[0]
        for m in self._GLUED_QUAD.finditer(text):
            glue = m.start()
            if not text[glue - 1 : glue].isalpha() or (
                self._ENDPOINT_WORD.search(text, max(0, glue - 12), glue) is None
            ):
                continue
            start, end = m.span(1)
            if text[glue] == "-" and self.evaluate(text, start, end, pattern) is not None:
                continue  # "peer-192.0.2.7": the main pattern's already
            tags = self._tags(m.group(1), v6=False)
            if tags is not None:
                yield _finding(self, text, start, end, pattern, tags=tags)

    # A quad right after a percent-escape: a quoted address in a URL-encoded record
    # ('s:13:"92.103.209.40"' written "s%3A13%3A%2292.103.209.40%22"), "ip%3D10.0.0.1",
    # "for%2010.0.0.1". The main pattern reads the escape's last digit or letter as part of
    # the address and refuses it; here the escape is read decoded, and the quad is judged as
    # in the decoded text (a product's version after an encoded "/" stays a version:
    # "Chrome%2F120.0.0.0"). A search for "%" and a bounded window around each quad: linear.
    _AFTER_ESCAPE = re.compile(rf"%[0-9A-Fa-f]{{2}}({_IPV4_QUAD})")
    _ESCAPE_WINDOW = 48  # characters decoded on either side of the quad

    def _after_escapes(self, text: str) -> Iterator[Finding]:
        pattern, reach = self.patterns[0], self._ESCAPE_WINDOW
        for m in self._AFTER_ESCAPE.finditer(text):
            start, end = m.span(1)
            before = urllib.parse.unquote(text[max(0, start - reach) : start])
            after = urllib.parse.unquote(text[end : end + reach])
            probe = before + m.group(1) + after
            found = self._evaluate(probe, len(before), len(before) + end - start, pattern, None)
            if found is not None and found.end - found.start == end - start:
                yield _finding(self, text, start, end, pattern, tags=found.evidence.tags)

    # A quad right after two or more dots: strongSwan's "established between
    # 198.51.100.1[id]...203.0.113.9[id]", ranges written "a..b". A version never follows "..";
    # the main pattern refuses any quad after a dot (it may be a longer dotted number's tail).
    _AFTER_DOTS = re.compile(rf"\.\.({_OCTET}\.{_OCTET}\.{_OCTET}\.{_OCTET})(?![\w]|\.[0-9])")

    _QUAD_BEFORE = re.compile(rf"(?:(?<![\w.])|(?<=\.\.)){_OCTET}\.{_OCTET}\.{_OCTET}\.{_OCTET}\Z")

    def _after_dots(self, text: str) -> Iterator[Finding]:
        pattern = self.patterns[0]
        for m in self._AFTER_DOTS.finditer(text):
            at = m.start()
            while text[at - 1 : at] == ".":  # the whole run of dots ("...")
                at -= 1
            if text[at - 1 : at].isdigit() and not self._QUAD_BEFORE.search(
                text, max(0, at - 15), at
            ):
                continue  # "1.2.3...1.2.4.0": a range of versions, not of addresses
            found = self.evaluate(text, *m.span(1), pattern)
            if found is not None:
                yield found

    # A compressed IPv6 address right after a key and a colon ("src:2001:db8::1",
    # "client_ip:fe80::1%eth0"): the colon pass reads the key's colon as the address's first
    # and the key as a group, and refuses the whole run. Each colon that follows a letter and
    # opens a hex group is tried as the key's; the address after it is checked as usual
    # (``evaluate``; the short forms never stand alone after a key's colon). Only a
    # compressed address (its own "::"): the "::" that ``find`` asks of the text is then a
    # necessary condition, so a batch's other texts never open this pass for a run of full
    # groups ("[IPv6:1111:...:8888:9999]" read as eight groups and a port). An address that
    # opens with its "::" follows the key's colon too (Juju's address scopes:
    # "local-machine:::1", "local-cloud:::ffff:10.0.0.1"): three colons, the key's and the
    # address's two, then a group (a path "std::vector" has two).
    _KEY_COLON = re.compile(r":(?:[0-9A-Fa-f]{1,4}:|(?=::[0-9A-Fa-f]))")
    _V6_AFTER_KEY = re.compile(_HEX + r"{0,4}" + _COLON_RUN)

    def _after_key(self, text: str) -> Iterator[Finding]:
        pattern, resume = self.patterns[1], 0
        for m in self._KEY_COLON.finditer(text):
            at = m.start()
            if at < resume or not (
                text[at - 1 : at].isalpha()
                or text[at - 1 : at] == "_"
                or text[at - 4 : at].lower() == "ipv6"  # "[IPv6:2001:db8::25]" (SMTP, RFC 5321)
            ):
                continue
            run = self._V6_AFTER_KEY.match(text, at + 1)
            if run is None:
                continue
            resume = run.end()
            found = self.evaluate(text, at + 1, run.end(), pattern)
            if found is not None and "::" in text[found.start : found.end]:
                yield found

    # A compressed IPv6 address and its port joined by a full stop, as F5 BIG-IP writes a pool
    # member, a node or a virtual server ("member /Common/2001:db8::10.80 monitor status up",
    # "/Common/vs6 2001:db8::20.443"). The colon pass refuses a run glued to ".<digits>"
    # (elsewhere no address's end). From each "::" (a literal search), the run around it is
    # read (bounded: 39 characters back), then the port: digits, no further dotted number (an
    # embedded IPv4 tail "::ffff:10.0.0.1" goes on). A short form ("1::2.5") stays a number.
    _DOT_PORT6 = re.compile(r"([0-9A-Fa-f:]{2,39}+)\.([0-9]{1,5}+)(?![\w.]|:[\w:])")
    _V6_RUN_CHARS = frozenset(_HEXCHARS + ":")

    def _dotted_ports(self, text: str) -> Iterator[Finding]:
        pattern, at, resume = self.patterns[1], text.find("::"), 0
        while at >= 0:
            start = at
            while start > max(0, at - 37) and text[start - 1] in self._V6_RUN_CHARS:
                start -= 1
            prev = text[start - 1 : start]
            m = None
            if start >= resume and not (prev.isalnum() or prev in "_:."):
                m = self._DOT_PORT6.match(text, start)
            if m is not None and int(m.group(2)) <= 65535:
                resume = m.end()
                value = m.group(1)
                tags = self._v6_host(value)
                if tags is not None and not self._short_v6(value):
                    yield _finding(self, text, *m.span(1), pattern, tags=tags)
            at = text.find("::", max(at + 2, resume))

    # The same for a full address, eight groups and no "::" ("src:2001:db8:0:0:0:0:0:1",
    # "[IPv6:2001:db8:0:0:0:0:0:25]"): its own gate is the count of colons. A run of exactly
    # eight groups of 1-4 hex digits right after a colon (a search for ":", each run read
    # once, so linear); the key before that colon is a word that is no hex group (a ninth
    # group would make the run no address: "a:1:2:3:4:5:6:7:8", "dead:beef:..."), and
    # neither a ninth group, nor a port, nor a word may follow it. Times ("12:30:45:123")
    # and colon MACs (six groups, or eight of two digits: refused by ``evaluate``) never
    # fill it. Each answer reads the run and at most 32 characters before it: a text's own.
    _FULL_RUN = re.compile(
        r":((?:[0-9A-Fa-f]{1,4}+:){7}+[0-9A-Fa-f]{1,4}+(?:%[0-9A-Za-z_\-]{1,32}+)?)"
        rf"(?!{_SPACED_WORD}|\.\w|:[\w:])"
    )
    _KEY_BEFORE = re.compile(r"\w{1,32}\Z")
    _HEX_KEY = re.compile(r"[0-9A-Fa-f]{1,4}")

    # (Not _common._labelled_colon: a key is any word but a 1-4 hex group: "12345", "x:eth0".)
    def _full_after_key(self, text: str) -> Iterator[Finding]:
        pattern = self.patterns[1]
        for m in self._FULL_RUN.finditer(text):
            at = m.start()
            key = self._KEY_BEFORE.search(text, max(0, at - 32), at)
            if key is None or self._HEX_KEY.fullmatch(key.group()):
                continue  # no key, or one more group of the same run
            found = self.evaluate(text, *m.span(1), pattern)
            if found is not None:
                yield found

    # Java prints a socket address as "[host]/<address>:<port>", IPv6 in its full eight-group
    # form, and log4j layouts glue the thread's name to the logging class with a colon
    # ("[QuorumPeer[myid=2]/2001:db8:0:0:0:0:0:17:2181:QuorumPeer@670]", ZooKeeper's
    # "[%t:%C{1}@%L]"). The colon pattern refuses a run followed by ":<word>"; after the slash,
    # eight groups, a port and a colon before a letter, the eight groups are the address.
    # Anchored on the slash (a literal the search skips to; what stands before it, not a
    # word character or a colon, is read after a match), each run read once.
    _JAVA_ENDPOINT = re.compile(
        r"/((?:[0-9A-Fa-f]{1,4}+:){7}+[0-9A-Fa-f]{1,4}+(?:%[0-9A-Za-z_\-]{1,32}+)?)"
        r":[0-9]{1,5}+:(?=[A-Za-z])"
    )

    def _java_endpoints(self, text: str) -> Iterator[Finding]:
        pattern = self.patterns[1]
        for m in self._JAVA_ENDPOINT.finditer(text):
            at = m.start()
            if at > 0 and (text[at - 1].isalnum() or text[at - 1] in "_:"):
                continue  # glued to a word or a colon run: "a/..." is a path's
            tags = self._tags(m.group(1), v6=True)
            if tags is not None and "unspecified" not in tags:  # (a port follows: a wildcard)
                yield _finding(self, text, *m.span(1), pattern, tags=tags)

    # FTP writes a data connection's host and port as six comma-separated numbers (RFC 959):
    # "227 Entering Passive Mode (192,0,2,208,195,149)", "PORT 192,0,2,208,4,1". The first
    # four are the address; the span covers them as written.
    _FTP_HOST = re.compile(
        rf"(?:Passive Mode \(|(?<![\w-])PORT )({_OCTET},{_OCTET},{_OCTET},{_OCTET}),[0-9]{{1,3}},[0-9]{{1,3}}(?![0-9,])"
    )

    def _ftp_hosts(self, text: str) -> Iterator[Finding]:
        pattern = self.patterns[0]
        for m in self._FTP_HOST.finditer(text):
            tags = self._tags(m.group(1).replace(",", "."), v6=False)
            if tags is not None:
                yield _finding(self, text, *m.span(1), pattern, tags=tags)

    # tcpdump and flow printers write an endpoint as the quad and the port joined by a dot
    # ("IP 192.0.2.10.51234 > 198.51.100.7.443: Flags [S]"). Five dotted groups are no
    # address by themselves (a version, a French phone number), so only in a flow: after
    # "IP ", or as either end of "<end> > <end>". The span is the quad; the port is left out.
    # Anchored on those two literals (a search for each), never a scan of the whole text.
    # Without "-n" tcpdump names a well-known port by its service ("IP 192.0.2.7.mysql >
    # 198.51.100.3.51234:", ".https", ".netbios-ns"): a lower-case name then, which ends at
    # the flow's " >" or its closing ":" (a dotted host name, "4.3.2.1.in-addr.arpa", goes on).
    _FLOW_END = re.compile(
        rf"(?<![\w.])({_OCTET}\.{_OCTET}\.{_OCTET}\.{_OCTET})\."
        rf"(?:[0-9]{{1,5}}(?![\w]|\.[0-9])|{_SERVICE}(?=:|\s|\Z))"
    )
    _FLOW_START = re.compile(
        rf"(?<![\w.])({_OCTET}\.{_OCTET}\.{_OCTET}\.{_OCTET})\.(?:[0-9]{{1,5}}|{_SERVICE})\Z"
    )
    # The same for IPv6 (tcpdump's "IP6 2001:db8::9.51234 > 2001:db8::5.22:"): the colon
    # pattern refuses an address glued to ".<digits>", which elsewhere is no address's end.
    _FLOW6_END = re.compile(
        r"(?<![\w:.])([0-9A-Fa-f:]{2,39}(?:%[\w\-]{1,16})?)\.[0-9]{1,5}(?=[:,]?(?:\s|\Z))"
    )
    _FLOW6_START = re.compile(r"(?<![\w:.])([0-9A-Fa-f:]{2,39}(?:%[\w\-]{1,16})?)\.[0-9]{1,5}\Z")
    # A flow with no ports (ICMPv6, a routing or hop-by-hop header): "<v6> > <v6>: ". Only
    # where tcpdump opens the IPv6 header's line: right after "IP6 " or after the verbose
    # header's "payload length <n>) " ("... payload length 64) a::2 > e::2: [icmp6 sum ok]").
    # Each end is an address by ``ipaddress`` alone: in a flow the short forms ("a::1") the
    # colon pass refuses elsewhere (names in code) are hosts. The right end's run takes the
    # flow's closing colon too (possessive; "af00:::" is "af00::" and the colon).
    _FLOW6_BARE_START = re.compile(
        r"(?:IP6 |payload length [0-9]{1,6}\) )([0-9A-Fa-f:]{2,39}+(?:%[\w\-]{1,16}+)?)\Z"
    )
    _FLOW6_BARE_END = re.compile(r"[0-9A-Fa-f:]{3,40}+(?=\s|\Z)")
    # An IPv6 routing header's segment (or address) list, "RT6 (len=6, type=4, ..., [0]b2::2,
    # [1]3::d6, [2]2::f1:0)": each entry's index in brackets glued to the address. Read after
    # each "RT6 (" only, up to its closing parenthesis (bounded).
    _SEGMENT = re.compile(r"\[[0-9]{1,3}\]([0-9A-Fa-f:]{2,39}+)(?=[,)])")
    SEGMENT_REACH = 1200  # characters of a routing header's list read after its "RT6 ("
    # A mail server's peer in brackets with its client port glued by a dot, as the flow
    # printers write an endpoint ("from relay.example.net ([192.0.2.10.51234]) by ..."): the
    # quad alone in the brackets, the port left out. The port is a client's (1024 to 65535:
    # four or five digits, no leading zero); five short dotted groups (a version's or a
    # section's "[1.2.3.4.5]") are no address, nor is a quad beside a version word.
    _BRACKETED_ENDPOINT = re.compile(
        rf"\[({_OCTET}\.{_OCTET}\.{_OCTET}\.{_OCTET})\.([1-9][0-9]{{3,4}})\]"
    )

    def _bracketed_endpoints(self, text: str) -> Iterator[Finding]:
        if "[" not in text:
            return
        pattern = self.patterns[0]
        for m in self._BRACKETED_ENDPOINT.finditer(text):
            if not 1024 <= int(m.group(2)) <= 65535 or self._is_version(text, *m.span(1)):
                continue
            tags = self._tags(m.group(1), v6=False)
            if tags is not None:
                yield _finding(self, text, *m.span(1), pattern, tags=tags)

    def _flows(self, text: str) -> Iterator[Finding]:
        ends: dict[int, re.Match[str]] = {}
        # (each quad's verdict by its span, asked once: the quad after "IP " is the left
        # end of its flow's " > " too; the verdict reads only the text around the span)
        versions: dict[tuple[int, int], bool] = {}

        def version(span: tuple[int, int]) -> bool:
            verdict = versions.get(span)
            if verdict is None:
                verdict = versions[span] = self._is_version(text, *span)
            return verdict

        at = text.find("IP ")
        while at >= 0:
            m = self._FLOW_END.match(text, at + 3)
            if m is not None and not _named_port(m) and not version(m.span(1)):
                ends[m.start()] = m  # (a named end is taken with its flow's other end below)
            at = text.find("IP ", at + 3)
        at = text.find(" > ")
        while at >= 0:
            right = self._FLOW_END.match(text, at + 3)
            left = None if right is None else self._FLOW_START.search(text, max(0, at - 34), at)
            if (
                left is not None and right is not None and _flow_pair(text, left, right, version)
            ):  # a version compared with another ("1.2.3.4.5 > 1.2.3.4.4") is no flow
                ends[left.start()] = left
                ends[right.start()] = right
            elif right is None and at > 0 and text[at - 1] in _HEXCHARS:
                yield from self._flow6(text, at)
            at = text.find(" > ", at + 3)
        pattern = self.patterns[0]
        for key in sorted(ends):
            m = ends[key]
            tags = self._tags(m.group(1), v6=False)
            if tags is not None:
                yield _finding(self, text, *m.span(1), pattern, tags=tags)

    def _flow6(self, text: str, at: int) -> Iterator[Finding]:
        """The two IPv6 ends of a flow ``<v6>.<port> > <v6>.<port>`` around ``at`` (" > ")."""
        right = self._FLOW6_END.match(text, at + 3)
        left = None if right is None else self._FLOW6_START.search(text, max(0, at - 46), at)
        if left is None or right is None:
            yield from self._bare_flow6(text, at)
            return
        found = []
        for m in (left, right):
            value = m.group(1)
            if "::" not in value and value.count(":") != 7:
                return
            tags = self._classify(value, v6=True)
            if tags is None:
                return  # both ends must be addresses: a flow, not a version comparison
            found.append(_finding(self, text, *m.span(1), self.patterns[1], tags=tags))
        yield from found

    def _v6_host(self, value: str) -> tuple[str, ...] | None:
        """Tags of an IPv6 address written in a flow or a routing header (no MAC, no version)."""
        if ("::" not in value and value.count(":") != 7) or _MAC_COLON.fullmatch(value):
            return None
        try:
            return _ip_tags(ipaddress.IPv6Address(value))
        except ValueError:
            return None

    def _bare_flow6(self, text: str, at: int) -> Iterator[Finding]:
        """The two ends of a port-less flow ``<v6> > <v6>:`` around ``at`` (" > ")."""
        left = self._FLOW6_BARE_START.search(text, max(0, at - 64), at)
        right = None if left is None else self._FLOW6_BARE_END.match(text, at + 3)
        if left is None or right is None or not right.group().endswith(":"):
            return
        ends = ((left.group(1), left.start(1)), (right.group()[:-1], right.start()))
        found = []
        for value, start in ends:
            tags = self._v6_host(value.split("%", 1)[0])
            if tags is None:
                return  # both ends must be addresses
            found.append(
                _finding(self, text, start, start + len(value), self.patterns[1], tags=tags)
            )
        yield from found

    def _segments(self, text: str) -> Iterator[Finding]:
        """The addresses of each routing header's list ``RT6 (..., [0]<v6>, [1]<v6>)``."""
        at = text.find("RT6 (")
        while at >= 0:
            close = text.find(")", at + 5, at + 5 + self.SEGMENT_REACH)
            stop = close if close >= 0 else min(len(text), at + 5 + self.SEGMENT_REACH)
            for m in self._SEGMENT.finditer(text, at + 5, stop + 1):
                tags = self._v6_host(m.group(1))
                if tags is not None:
                    yield _finding(self, text, *m.span(1), self.patterns[1], tags=tags)
            at = text.find("RT6 (", stop)

    def __getstate__(self) -> dict[str, object]:
        return {}

    def __setstate__(self, state: dict[str, object]) -> None:
        del state
        self.__init__()  # type: ignore[misc]

    # A word naming an address right before a value: "ip: ::", "IPv6 address ::".
    _ADDRESS_WORD = re.compile(
        r"(?i:\b(?:ip(?:v6)?|address|addr)\b)[ \t]{0,2}[:=]?[ \t]{0,2}(?:is[ \t])?\Z"
    )

    def _evaluate(
        self, text: str, start: int, end: int, pattern: Pattern, state: ScanState | None
    ) -> Finding | None:
        value = text[start:end]
        if pattern.name == "ipv6" and self._not_v6(text, start, end, value, state):
            return None
        if _glued_word(text, start):
            return None  # "x1.2.3.4", "é1.2.3.4", "g::1": part of a longer word
        if text[start - 1 : start] == "@" and _sd_id(text, start, end):
            return None  # "[junos@67.43.156.15 source-address=": a syslog SD-ID's number
        if pattern.name == "ipv4" and self._v6_tail(text, start):
            return None  # "10:9:8:7:6:5:4:3:42.42.42.42": the tail of a malformed IPv6
        tags = self._value_tags(text, start, end, pattern, state)
        if tags is None and value.endswith(":") and not value.endswith("::"):
            value = value[:-1]  # "2001:db8::1: connection refused"
            end -= 1
            tags = self._classify(value, v6=True)
        if tags is None and pattern.name == "ipv6":
            head, _, port = value.rpartition(":")
            if port.isdigit() and head and not head.endswith(":"):
                tags = self._classify(head, v6=True)  # "[client 2001:db8::1:8443]": a port
                if tags is not None:
                    value, end = head, start + len(head)
        if (
            tags is None
            or (
                pattern.name == "ipv4"
                # "4.3.2.1.in-addr.arpa", "93.108.242.140.rev.example.pt": a host name's labels
                and not (text[end : end + 1] == "." and self._host_name_after(text, end))
                and self._is_version(text, start, end)
            )
            or self._wildcard_socket(text, end, tags)
            or (pattern.name == "ipv4" and self._names_no_host(text, start, value))
        ):
            return None
        return _finding(self, text, start, end, pattern, tags=tags)

    def _value_tags(
        self, text: str, start: int, end: int, pattern: Pattern, state: ScanState | None
    ) -> tuple[str, ...] | None:
        """The tags of the value at ``start``..``end``, or ``None`` when it is no address.

        A short form of hex letters (:meth:`_letter_short`) counts where ``::`` alone would:
        ``fc::`` alone on its line, ``ip ::a``.
        """
        value = text[start:end]
        tags = self._tags(value, v6=pattern.name == "ipv6")
        if (
            tags is None
            and pattern.name == "ipv6"
            and self._letter_short(value)
            and self._unspecified(text, start, end, state)
        ):
            return self._v6_host(value)
        return tags

    # Five or more hex groups joined by colons right before a quad: an IPv6 address with an
    # embedded IPv4 (RFC 4291 2.2), one the IPv6 pattern refused ("7:6:5:4:3:42.42.42.42",
    # "fe80:0:0:0:2acf:daff:abcd:1.2.3.4": too many groups; "1:2:3:4:5::6:7:1.2.3.4", a "::"
    # among them). Its last 32 bits alone are no address of their own. A clock's three or
    # four fields ("12:00:01:10.0.0.1") are fewer.
    _V6_HEAD = re.compile(r"(?:[0-9A-Fa-f]{1,4}:{1,2}){5}\Z")

    def _v6_tail(self, text: str, start: int) -> bool:
        """Whether the quad at ``start`` ends a colon run of five or more hex groups."""
        return text[start - 1 : start] == ":" and (
            self._V6_HEAD.search(text, max(0, start - 30), start) is not None
        )

    # An OSPF area's identifier written as a dotted quad after its keyword (IOS XR's
    # "area 0.0.0.3", Junos' "area 0.0.0.2 {", "area-id 0.0.0.1"): the keyword right before
    # it, blanks, ":" or "=" between. A wildcard mask: a quad in 0.0.0.0/8 (a block that names
    # no host) right after an address and one blank ("deny ipv4 10.233.0.0 0.0.255.255"), the
    # mask of the address before it. Both searched in a bounded window before the quad.
    _AREA_KEY = re.compile(
        r"(?<![\w-])(?i:area)(?:[-_]?(?i:id))?(?:[ \t]{0,4}[:=][ \t]{0,4}|[ \t]{1,4})\Z"
    )
    _ADDRESS_BEFORE = re.compile(rf"(?<![\w.]){_OCTET}\.{_OCTET}\.{_OCTET}\.{_OCTET}[ \t]\Z")

    def _names_no_host(self, text: str, start: int, value: str) -> bool:
        """Whether the dotted quad ``value`` at ``start`` is an area id or a wildcard mask."""
        if self._AREA_KEY.search(text, max(0, start - 16), start):
            return True
        return (
            value.startswith("0.")
            and value != "0.0.0.0"  # noqa: S104 - the unspecified address keeps its reading
            and self._ADDRESS_BEFORE.search(text, max(0, start - 17), start) is not None
        )

    # A port (or netstat's "*") right after an unspecified address, the address closed by a
    # bracket or not ("0.0.0.0:8080", "[0:0:0:0:0:0:0:0]:9042", "0.0.0.0:*"), or Java's
    # "<host>/<address>:<port>" whose address is unspecified too ("0.0.0.0/0.0.0.0:2181",
    # ZooKeeper's "NIOServerCxn.Factory:0.0.0.0/0.0.0.0:2181").
    _WILDCARD_PORT = re.compile(
        r"\]?:(?:[0-9]{1,5}+|\*)(?![0-9.])|/0\.0\.0\.0:[0-9]{1,5}+(?![0-9.])"
    )

    def _wildcard_socket(self, text: str, end: int, tags: tuple[str, ...] | None) -> bool:
        """Whether an unspecified address ending at ``end`` is a socket's wildcard host.

        A server binds ``0.0.0.0:<port>`` (or ``[::]:<port>``) to listen on every interface of
        its own host: no peer's or person's address, and no set's labels take it for one
        (listeners, ZooKeeper's and Tomcat's thread names, netstat's ``0.0.0.0:*``). The
        unspecified address written alone, in a field or a flow ("ClientIP":"0.0.0.0", a NAT
        field), is still reported, tagged ``unspecified``; ``::`` with a port never was.
        """
        return (
            tags is not None
            and "unspecified" in tags
            and self._WILDCARD_PORT.match(text, end) is not None
        )

    def _unspecified(self, text: str, start: int, end: int, state: ScanState | None) -> bool:
        """Whether ``::`` (the unspecified IPv6 address) at ``start`` is a value.

        (The same test takes a short form of hex letters, :meth:`_letter_short`.)

        It is all of its line, or stands alone right after a word naming an address in a
        sentence (``my IP is ::``). Elsewhere two colons are a separator or code ("Server
        listening on :: port 22", ``std::``), and in a log record a field no address filled
        ("Source Address: ::").
        """
        return _whole_line(text, start, end) or (
            self._standing_alone(text, start, end)
            and self._ADDRESS_WORD.search(text, max(0, start - 24), start) is not None
            and not _machine_line_at(text, start, -1, _scan_lines(state))
        )

    # The year and clock of an Erlang date ("7-Jun-2015::03:42:13", the "::" between them).
    _ERLANG_TIME = re.compile(r"[0-9]{4}::[0-9]{2}:[0-9]{2}:[0-9]{2}")

    def _not_v6(self, text: str, start: int, end: int, value: str, state: ScanState | None) -> bool:
        """Whether a colon run is no IPv6 address whatever its groups hold."""
        if value == "::":
            return not self._unspecified(text, start, end, state)
        if _separator_colons(text, end):
            return True  # "2017::~~": a value, then the record's "::" separator
        if "::" not in value and value.count(":") < 6:
            # Without "::" an IPv6 address has seven colons (six before an embedded IPv4
            # quad), one more with a port: "10:12:01", "a:b:c" are times and labels.
            return True
        if _MAC_COLON.fullmatch(value) or (
            text[start - 1 : start] == "-" and self._ERLANG_TIME.fullmatch(value)
        ):
            # aa:bb:cc:dd:ee:ff (and the EUI-64 form) is a MAC address; "7-Jun-2015::03:42:13"
            # Erlang's (RabbitMQ's) date and time
            return True
        if (
            text[end : end + 1] == "("
            and value.count(":") == 2
            and "::" in value
            and not value.rpartition(":")[2][:1].isdigit()
        ):
            # "f32::add(x)", "dead::beef()": a function path in code. A function's name never
            # starts with a digit: "::1(0)", "1::2(64)" are an address and a count after it
            # (tcpdump's node information reply, "node addresses [A] ::1(0) ...").
            return True
        return self._short_v6(value) and not self._standing_alone(text, start, end)

    # A key or word ending in one of these names a version: "version", "appVersion",
    # "os_ver", "fw_ver", "build", "release"... ("sdkVersion":"10.2.0.1", "build: 6.1.7601.1").
    # A bare "fw" is not one: in firewall logs it names the firewall, by its address
    # (SonicWall's "fw=203.0.113.9"); a firmware version keyed "fw" may be read as an address.
    _VERSION_KEY = re.compile(r"(?i:version|ver|vers|release|build|firmware|rev|revision|oid)\Z")
    # A package identity or file name around the quad: "~6.1.1.0", "6.1.1.0~", "pkg-1.2.3.4",
    # "lib_1.2.3.4", "1.2.3.4-rc1", "1.2.3.4_x64".
    _VERSION_GLUE_BEFORE = re.compile(r"(?:~|[A-Za-z][\-_]|[A-Za-z]\.)\Z")
    _VERSION_GLUE_AFTER = re.compile(r"~|[\-_][A-Za-z]|\.[A-Za-z]")
    _DASH_NUMBER = re.compile(r"-([0-9]{1,6})(?![0-9.])")
    # A parameter of a Windows Error Reporting problem signature, one a line under its
    # "Problem signature:" heading: "P1: launcher.exe", "P2: 0.0.0.0" (the application's
    # version), "P5: 10.0.20348.1607" (the module's). No parameter holds an address.
    _SIGNATURE_FIELD = re.compile(r"P[0-9]{1,2}:[ \t]{1,4}\Z")
    _SIGNATURE_HEADING = "problem signature"
    #: The heading stands within this many characters before the parameter's line.
    SIGNATURE_REACH = 400

    def _signature_parameter(self, text: str, start: int, end: int) -> bool:
        """Whether the quad at ``start`` is the whole value of a problem signature's line."""
        m = self._SIGNATURE_FIELD.search(text, max(0, start - 8), start)
        if m is None or text[end : end + 1] not in ("", "\r", "\n"):
            return False
        at = m.start()
        if at > 0 and text[at - 1] not in "\r\n":
            return False
        window = text[max(0, at - self.SIGNATURE_REACH) : at].lower()
        return self._SIGNATURE_HEADING in window

    # The rest of a host name after a quad: labels, then a top-level domain.
    _HOST_AFTER = re.compile(
        r"\.(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.){1,6}([A-Za-z]{2,24})(?![\w\-]|\.\w)"
    )

    def _host_name_after(self, text: str, end: int) -> bool:
        """Whether the quad ending at ``end`` starts a host name (a reverse-DNS name).

        A PTR name spells an address in its first labels (``4.3.2.1.in-addr.arpa``, a
        provider's ``93.108.242.140.rev.example.pt``); a file name after a version ends in an
        extension (``1.2.3.4.tar.gz``), which is not a delegated top-level domain.
        """
        m = self._HOST_AFTER.match(text, end)
        if m is None:
            return False
        tld = m.group(1).lower()
        return tld == "arpa" or (tld not in _NOT_TLDS and _tld_delegated(tld))

    def _build_suffix(self, text: str, start: int, end: int) -> bool:
        """Whether ``-N`` after a quad is a build or package revision, not a range's end.

        ``10.0.0.1-254`` is a range (its end above the last octet); ``1.11.33.0-0`` and
        ``1.2.3.4-1`` are a version and its build or revision.
        """
        if text[end : end + 1] != "-":
            return False  # (the usual case, without a regex call)
        dash = self._DASH_NUMBER.match(text, end)
        if dash is None:
            return False
        last = int(text[text.rfind(".", start, end) + 1 : end])
        return not last < int(dash.group(1)) <= 255

    def _is_version(self, text: str, start: int, end: int) -> bool:  # noqa: PLR0911
        """Whether a dotted quad reads as a version number rather than an address.

        A version follows a version word or key (``build 10.0.0.1``, ``"appVersion":"5.1.0.2"``,
        ``v1.2.3.4``), sits inside a package identity or file name (``~6.1.1.0~``,
        ``pkg-1.2.3.4.tar``, ``1.2.3.4-rc1``), or comes right after a product name
        (``Chrome/58.0.3029.110``), or is a CEF or LEEF header's device-version field
        (``CEF:0|FireEye|MPS|1.2.3.123|``) or a Windows Error Reporting problem signature's
        parameter (``P2: 0.0.0.0``).
        """
        if header_version(text, start):
            return True  # "CEF:0|FireEye|MPS|1.2.3.123|": the device version of the header
        if text[start - 1 : start] in (" ", "\t") and self._signature_parameter(text, start, end):
            return True  # "Problem signature:\r\nP1: app.exe\r\nP2: 0.0.0.0": a version
        before = text[max(0, start - 24) : start]
        if self._packaged_or_listed(text, start, end, before):
            return True
        tail = before[-4:]  # up to 4 separators between the word and the quad
        # (a closing parenthesis too: "Syntax (OID):\t2.5.5.15", a label's last word; a
        # quote escaped in a JSON string: v=\"99.0.0.0\", a brand's version in a client hint;
        # an XML element's tag: "<AgentVersion>5.1.0.2", its name the key; and an opening
        # parenthesis: IBM MQ's "VRMF(9.0.0.0)", a field written as a call)
        j = len(before) - len(tail) + len(tail.rstrip(" \t:=/#\"')\\>("))
        if j == 0 or not before[j - 1].isalpha():
            return False
        if before[j - 1] in "vV" and j == len(before):
            return True  # "v1.2.3.4"
        if before.isascii():  # the letters before: one rstrip (at most 24 of them)
            i = max(len(before[:j].rstrip(string.ascii_letters)), j - 24)
        else:
            i = j - 1
            while i > 0 and j - i < 24 and before[i - 1].isalpha():
                i -= 1
        word = before[i:j]
        if before[j:] == "/":
            # "Edg/120.0.0.0", "YaBrowser/23.1.1.1": a product token's version. Interface and
            # direction names before an address are lowercase or upper case ("inside/",
            # "OUTSIDE/"); product names are capitalised or mixed case. A lowercase token that
            # opens a quoted string is a client's agent ("git/1.7.4.1", "python-requests/..."):
            # an interface name is never quoted. A path's release directory names a release
            # (".../2.x/updates/2.5.0.0"). Else a path's last part after a folder that a slash
            # opens is an object named by its address, not a product's version (BIG-IP's
            # "/Common/10.10.10.140", a pool member "/Common/10.1.1.5:80"). An HTTP client's
            # own lower-case name is a product however it stands ("agent curl/7.68.0.1").
            return word.lower() in self._RELEASE_DIRECTORIES or (
                not self._object_path(text, start - len(before) + i, end)
                and (
                    (not word.islower() and not word.isupper())
                    or (word.islower() and self._quoted_token(before, i))
                    or self._CLIENT_PRODUCT.search(before) is not None
                    or self._software_header(text, start - len(before) + i)
                )
            )
        if j == len(before):
            return False
        return self._version_word(word)

    # An HTTP client's name right before the slash ("curl/", "python-requests/"), not glued
    # to a longer word or path ("mycurl/", "bin/curl/" stays a path's folder).
    _CLIENT_PRODUCT = re.compile(r"(?i)(?<![\w.\-/])" + HTTP_CLIENTS + r"/\Z")

    # What may follow an object path's address: a port, a route domain, the value's end.
    _OBJECT_PATH_END = frozenset(":%\"',; \t\r\n)]}")

    def _object_path(self, text: str, word_start: int, end: int) -> bool:
        """Whether the quad ending at ``end`` is the last part of ``/<folder>/<quad>``.

        The folder (the word at ``word_start``) opens with a slash, and the quad ends the
        path: a port, route domain, quote, separator or blank after it, or the text's end
        (BIG-IP's ``/Common/10.10.10.140``, ``/Common/10.1.1.5:80``, ``/Common/10.1.1.5%2``).
        A product token is never inside a path; a release directory goes on (``/Chrome/
        Application/120.0.6099.130/``: a slash after the quad).
        """
        return text[word_start - 1 : word_start] == "/" and (
            end == len(text) or text[end] in self._OBJECT_PATH_END
        )

    # A switch unit's image keys, upper case before a colon (Avaya ERS' "HW:13  FW:5.8.0.3",
    # "PoE Module FW:         4.1.0.4"): firmware, software, hardware revisions. Lower case
    # "fw=" is a firewall's address in WebTrends-style records ("fw=10.0.0.9"): not these.
    _IMAGE_KEY = re.compile(r"(?<![A-Za-z])[FHS]W:[ \t]{0,16}\Z")
    # An SNMP or LLDP system description's key on the quad's line ("System Description =
    # Alcatel-Lucent Enterprise OAW-AP1201H 1.0.0.10,", "sysDescr: ...", a dot leader's
    # "System Description ........ Acme ..."): the value names the device's product and its
    # software release, so a quad in it after a word is the release. Bounded window of the
    # line before the quad.
    _SYSTEM_DESCRIPTION = re.compile(
        r"(?i:\bsys(?:tem)?[ _]?descr(?:iption)?)[\"']?(?:[ \t.]{0,40}[:=]| ?\.{3,40} )[^\n:=]{0,120}"
        r"[A-Za-z][\w\-]{0,40} \Z"
    )
    # (A word every such key holds, searched first: led by its letter, not by a "\b" tried
    # at every character of the window.)
    _DESCRIPTION_WORD = re.compile(r"(?i:descr)")

    def _device_release(self, text: str, start: int) -> bool:
        """Whether the quad at ``start`` is a device's image or release (``_IMAGE_KEY``, ...).

        After an upper-case image key (``FW:5.8.0.3``) or after a word in a system
        description's value (``_SYSTEM_DESCRIPTION``).
        """
        lo = max(0, start - 20)
        if text.rfind("W:", lo, start) >= 0 and self._IMAGE_KEY.search(text, lo, start):
            return True  # (the key's "W:" looked for first: most quads have none before)
        lo = max(0, start - 200)
        return (
            text[start - 1 : start] == " "
            and self._DESCRIPTION_WORD.search(text, lo, start) is not None
            and self._SYSTEM_DESCRIPTION.search(text, lo, start) is not None
        )

    def _packaged_or_listed(self, text: str, start: int, end: int, before: str) -> bool:
        """Whether the quad is a package's or a listing's version (``pkg-1.2.3.4``, ``:-``).

        Glued into a package identity or file name (``~6.1.1.0~``, ``pkg-1.2.3.4``,
        ``1.2.3.4-rc1``), unless the name before the hyphen ends in an endpoint's word
        (``tacacsplusprovider-10.19.24.1``); with a build suffix (``1.2.3.4-1``); under a
        version key of an aligned listing (``Version           :- 9.0.0.0``); or a device's
        image or release (:meth:`_device_release`: ``FW:5.8.0.3``).
        """
        if self._device_release(text, start):
            return True
        if (
            (
                _glued_before(before)
                and not self._ENDPOINT_NAME.search(before)
                and not self._PAIR_BEFORE.search(text, max(0, start - 26), start)
            )
            or (
                self._VERSION_GLUE_AFTER.match(text, end)
                and not self._thread_suffix(text, start, end)
                and not self._named_end(text, end)
            )
            or self._build_suffix(text, start, end)
        ):
            return True
        # (_ALIGNED_KEY's end read first: one to four blanks after ":", ":-" or a dot leader)
        lead = before.rstrip(" \t")
        if not (0 < len(before) - len(lead) <= 4 and lead[-1:] in (":", "-", ".")):
            return False
        aligned = self._ALIGNED_KEY.search(text, max(0, start - 72), start)
        return aligned is not None and self._version_word(aligned.group(1))

    # What may stand before the "/" of a bare Java socket address ("/10.0.0.1", an
    # InetSocketAddress without a host name): the start, a space, a bracket, a separator, a
    # hyphen of a thread name. Not a letter, digit, "." or "/" (a path: "pkg/1.2.3.4-rc1").
    _SOCKET_SLASH_AFTER = frozenset(" \t\r\n[(=,:;\"'-")
    # The connection's kind after the address: a capitalised word ("-Gossip", "-Small"),
    # not a release's tag ("-rc1", "-beta", "-SNAPSHOT", "-Final.jar").
    _THREAD_KIND = re.compile(r"-[A-Z][a-z]{2,15}(?![\w.\-])")

    def _thread_suffix(self, text: str, start: int, end: int) -> bool:
        """Whether ``-<word>`` after a bare Java socket address ends a JVM thread's name.

        Cassandra names its messaging threads for the peer, then the connection's kind:
        ``[MessagingService-Outgoing-/10.101.35.71-Gossip]``, ``...-/10.0.0.2-Small``. The
        quad is the peer's address; ``pkg/1.2.3.4-rc1``, ``/1.2.3.4-beta`` stay versions.
        """
        return (
            text[start - 1 : start] == "/"
            and (start < 2 or text[start - 2] in self._SOCKET_SLASH_AFTER)
            and self._THREAD_KIND.match(text, end) is not None
        )

    # Two addresses joined by a short word into one name: Libreswan's connection
    # "192.1.2.45-to-192.1.2.23", a tunnel "10.0.0.1-via-10.0.0.2". A version is never
    # followed by a word and a second quad. Bounded: a word of eight letters at most.
    _PAIR_AFTER = re.compile(rf"-[a-z]{{1,8}}-{_IPV4_QUAD}")
    _PAIR_BEFORE = re.compile(rf"(?<![\w.]){_IPV4_QUAD}-[a-z]{{1,8}}-\Z")
    # A host's address and a word for its state or role, as a name's last part: Citus' node
    # "'172.19.0.7-demoted'", "10.0.0.5-primary", "10.1.1.1-old". The word ends the name
    # (a quote, bracket, space, comma or the end follows), is lower case and is no release's
    # tag ("-beta", "-rc", "-final", "-snapshot": those stay versions, ``_RELEASE_TAGS``).
    _STATE_AFTER = re.compile(r"-([a-z]{3,20})(?=[\s'\"\])},;:]|\Z)")
    _RELEASE_TAGS = frozenset(
        "alpha beta pre preview dev devel snapshot final release stable nightly canary lts "
        "patch hotfix build rel ga incubating generic default lowlatency server desktop "
        "linux win windows osx darwin noarch amd arm all bin src dist full lite min slim "
        "bundle community enterprise oss debug".split()
    )

    def _named_end(self, text: str, end: int) -> bool:
        """Whether ``-<word>`` after a quad ends a name built on the address, not a version's tag.

        Either a second address follows the word (``192.1.2.45-to-192.1.2.23``) or the word
        ends the name and is no release's tag (``'172.19.0.7-demoted'``; ``1.2.3.4-beta``
        stays a version).
        """
        if self._PAIR_AFTER.match(text, end):
            return True
        m = self._STATE_AFTER.match(text, end)
        return m is not None and m.group(1) not in self._RELEASE_TAGS

    def _version_word(self, word: str) -> bool:
        """Whether the letters ``word`` name a version (``build``, ``VRMF``, ``appVersion``)."""
        return word.lower() in self._VERSION_WORDS or self._version_key(word)

    # A key of a listing whose values are aligned in a column, then a colon (IBM's ":-"):
    # "Version           :- 9.0.0.0", "Version      : 10.0.17763.1" (more spaces than the
    # four separators ``_is_version`` reads after a word), or a leader of dots (Cisco
    # AireOS' and EdgeSwitch's "Product Version..................... 8.2.110.0"). Searched
    # in a bounded window.
    _ALIGNED_KEY = re.compile(r"([A-Za-z]{2,24})(?:[ \t]{2,48}:-?|\.{3,60})[ \t]{1,4}\Z")
    # An object name that ends in a word naming an endpoint, then a hyphen: the address of
    # the endpoint follows, not a package's version (Cisco ACI's distinguished names
    # "uni/userext/tacacsext/tacacsplusprovider-10.19.24.1", "peer-192.0.2.7").
    # A short word must stand alone ("ip-", not "zip-" or "gzip-").
    _ENDPOINT_NAME = re.compile(
        r"(?i:provider|server|host|peer|node|gateway|router|neighbou?r|member|endpoint|addr"
        r"|address|(?<![A-Za-z])(?:ip|gw|prov))-\Z"
    )

    _TOKEN_CHARS = frozenset(string.ascii_letters + string.digits + "-._")
    # Path directories whose entries are releases (a repository's "updates/2.5.0.0", a
    # download site's "releases/1.2.3.4"): a quad right after one is a release's version.
    _RELEASE_DIRECTORIES = frozenset(
        {"updates", "releases", "release", "versions", "builds", "snapshots", "tags"}
    )

    # A header whose value is product tokens ("Server: openresty/1.13.6.2", "X-Powered-By:
    # PHP/5.6.40.1", "Via: 1.1 varnish/6.0.0.1"), as a line or a JSON member, up to the token
    # whose version follows: a quad after "<token>/" there is the software's version, whatever
    # the token's case. Matched from the line's start (160 characters of value at most).
    _SOFTWARE_HEADER = re.compile(
        r"[ \t]*[\"']?(?i:server|x-powered-by|via|x-server|x-generator|x-aspnet-version)[\"']?"
        r"[ \t]*:[ \t]*\[?[ \t]*[\"']?(?:[^\n\"']{0,160}[ (,])?\Z"
    )

    def _software_header(self, text: str, word_start: int) -> bool:
        """Whether a product token is written in a header that names software.

        The token's last letters start at ``word_start``; its line, up to the token, must
        read as :attr:`_SOFTWARE_HEADER`.
        """
        tok = word_start
        while tok > 0 and word_start - tok < 64 and text[tok - 1] in self._TOKEN_CHARS:
            tok -= 1
        line_start = text.rfind("\n", max(0, tok - 240), tok) + 1
        return self._SOFTWARE_HEADER.match(text, line_start, tok) is not None

    def _quoted_token(self, before: str, i: int) -> bool:
        """Whether the product token whose last letters start at ``i`` opens a quoted string.

        The token (letters, digits, ``-``, ``.``, ``_``) runs back from ``i`` to a double or
        single quote (``"git/``, ``'python-requests/``).
        """
        while i > 0 and before[i - 1] in self._TOKEN_CHARS:
            i -= 1
        return i > 0 and before[i - 1] in "\"'"

    # Short version suffixes, which end many other words: "Server", "Resolver", "Driver",
    # "Receiver" end in "ver", "prev" in "rev", "Android" in "oid".
    _SHORT_VERSION_SUFFIXES = frozenset({"ver", "vers", "rev", "oid"})

    def _version_key(self, word: str) -> bool:
        """Whether the letters ``word`` end in a version key (``appVersion``, ``os_ver``).

        A short suffix counts only as a word of its own or a camel-case part
        (``osVer``, ``fwRev``): ``DnsServer``, ``resolver`` and ``driver`` name endpoints.
        """
        m = self._VERSION_KEY.search(word)
        if m is None:
            return False
        at = m.start()
        if at == 0 or m.group().lower() not in self._SHORT_VERSION_SUFFIXES:
            return True
        return word[at].isupper() and word[at - 1].islower()

    def _tags(self, value: str, *, v6: bool) -> tuple[str, ...] | None:
        """:meth:`_classify`, memoised by value (bounded: cleared when full)."""
        tags = self._cache.get(value, ())
        if tags == ():
            tags = self._cache.put(value, self._classify(value, v6=v6))
        return tags

    def _classify(self, value: str, *, v6: bool) -> tuple[str, ...] | None:
        if not v6:
            return _ipv4_tags(value)
        if not self._plausible_v6(value):
            return None
        try:
            addr = ipaddress.ip_address(value)
        except ValueError:
            return None
        return _ip_tags(addr)

    @staticmethod
    def _plausible_v6(value: str) -> bool:
        body = value.split("%", 1)[0]
        groups = body.split(":")
        if "::" not in body and all(len(g) == 2 for g in groups):
            return False  # aa:bb:cc:dd:ee:ff:00:11 is an EUI-64 MAC address
        if body in ("::", "::1"):
            return True  # (where "::" stands is checked by ``_not_v6``)
        filled = [g for g in groups if g]
        if len(filled) >= 3 or any(len(g) >= 3 for g in filled) or "." in body:
            return True
        # A short form ("1::8", "::8", "2::"): each group holds a digit, or one group is all
        # decimal digits ("f::1", "cc::2": no name in code is all digits, so the run is no
        # path); "a::b", "ab::cd", "::a", "fc::" are names in code (``_letter_short`` takes
        # them where ``::`` alone is an address). Where it stands is checked by
        # ``_standing_alone``.
        return all(any(c.isdigit() for c in g) for g in filled) or any(g.isdigit() for g in filled)

    @staticmethod
    def _letter_short(value: str) -> bool:
        """One group of one or two hex letters around ``::``, lower case (``::a``, ``fc::``).

        Code and chat write the same (Ruby's ``::A``, C++'s ``::f``, an emoticon's ``::D``): it
        is an address only where ``::`` alone is one (:meth:`_unspecified`), and written in
        lower case, as RFC 5952 (4.3) writes addresses. Two such groups (``a::b``, ``ab::cd``)
        stay a path in code wherever they stand.
        """
        body = value.split("%", 1)[0]
        filled = [g for g in body.split(":") if g]
        return (
            "::" in body
            and len(filled) == 1
            and len(filled[0]) < 3
            and filled[0].isalpha()
            and filled[0].islower()
        )

    @staticmethod
    def _short_v6(value: str) -> bool:
        """One or two groups of at most two characters around "::" (``1::8``, ``::8``)."""
        body = value.split("%", 1)[0]
        if "." in body or body == "::1":
            return False
        filled = [g for g in body.split(":") if g]
        return len(filled) < 3 and all(len(g) < 3 for g in filled)

    _ALONE_BEFORE = frozenset(" \t\r\n=\"'(,;")
    _ALONE_AFTER = frozenset(" \t\r\n\"');,")

    def _standing_alone(self, text: str, start: int, end: int) -> bool:
        """Whether a short form stands as a value of its own, not inside code or a record.

        Before it: the start, white space, ``=``, a quote, ``(``, ``,`` or ``;``, or ``[``
        that follows none of these (``host [1::8]:80``; ``a[1::2]`` is a slice). After it:
        the end, white space, a quote, ``)``, ``;``, ``,``, ``]`` after such a ``[``, a
        prefix length (``/64``), or a full stop or colon that ends the sentence.
        """
        before = text[start - 1 : start]
        bracket = before == "["
        if bracket:
            outer = text[start - 2 : start - 1]
            if outer and outer not in self._ALONE_BEFORE and outer not in "/@":
                return False
        elif before and before not in self._ALONE_BEFORE:
            return False
        after = text[end : end + 1]
        if not after or after in self._ALONE_AFTER or (bracket and after == "]"):
            return True
        nxt = text[end + 1 : end + 2]
        if after == "/":
            return nxt.isdigit()
        return after in ".:" and (not nxt or nxt in " \t\r\n")


#: Words that name a hardware address (MacAddressDetector's context without the words that
#: say whose it is: "client", "station", "wifi").
_MAC_WORD = re.compile(
    r" (?:mac|hwaddr|hw addr|ether\w*|bssid|lladdr|chaddr|hardware address|bt addr|bluetooth"
    r"|calling station|cli)"
    r"(?: |$)"
)


def _link_state_field(text: str, start: int, end: int) -> bool:
    """Whether a Cisco-dot value is a field of a BGP link-state prefix as FRRouting prints it.

    ``[1][0.0.0.0][6][0][0][0300.0000.0001]`` (a node), ``[2][0.0.0.0][6][0][0]
    [0300.0000.0001][0300.0000.0002][192.0.2.1][192.0.2.2]`` (a link): the prefix's type
    (one digit, 1 to 6) in brackets, then its fields each in brackets, glued; an IS-IS router's
    system id stands among them as a Cisco-dot MAC of decimal digits (its IGP Router-ID). The
    value is bracketed and follows two bracketed fields or more after the type; the fields
    are walked back one by one (16 at most, 64 characters each), without white space.
    """
    if text[start - 1 : start] != "[" or text[end : end + 1] != "]":
        return False
    i, fields = start - 1, 0
    while fields < 16 and i > 0 and text[i - 1] == "]":
        j = text.rfind("[", max(0, i - 66), i - 1)
        if j < 0 or any(c in text[j + 1 : i - 1] for c in " \t\r\n[]"):
            return False
        i, fields = j, fields + 1
    if fields < 3:
        return False
    return text[i + 1 : i + 3] in {f"{n}]" for n in "123456"} and not (
        i > 0 and (text[i - 1].isalnum() or text[i - 1] in "_]")
    )


class MacAddressDetector(PatternDetector):
    """MAC addresses (EUI-48 and EUI-64): colon, hyphen, Cisco-dot, and bare with context.

    All-zero and broadcast addresses are rejected. Tags: ``universal`` or
    ``locally_administered`` (randomised), and ``multicast``.
    """

    entity = EntityType.MAC_ADDRESS
    name = "mac_address"
    context = ("mac", "hwaddr", "hw addr", "ether", "bssid", "wifi", "wlan", "bluetooth", "bt addr",
               "hardware address", "lladdr", "chaddr", "station", "cli", "calling station",
               "client",
               # IS-IS's system id, written as a Cisco-dot MAC: "system-id 0300.0000.0001", BGP
               # link-state's node descriptor "IGP Router-ID: 0300.0000.0001" (an OSPF router's
               # is a dotted quad, no MAC shape)
               "is-is", "isis", "system id", "system-id", "igp router-id")  # fmt: skip
    negative_context = ("sha", "md5", "hash", "checksum", "crc", "commit", "digest", "trace",
                        "span", "request id", "nonce")  # fmt: skip
    context_boost = 0.6
    patterns = (
        Pattern(
            "mac_colon", _COLON_RUN, 0.9, not_after=r"_:.", extend_back=_HEXCHARS, extend_max=4
        ),
        Pattern(
            "mac_hyphen",
            rf"-{_HEX}{{2}}-{_HEX}{{2}}-{_HEX}{{2}}-{_HEX}{{2}}-{_HEX}{{2}}"
            rf"(?:-{_HEX}{{2}}-{_HEX}{{2}})?(?![\w\-]|:(?!\s|$)|\.\w)",
            0.9,
            not_after=r"\w\-.",  # (a colon only after a label: ``_after_label``)
            extend_back=_HEXCHARS,
            extend_max=2,
            prefilter=("-",),
        ),
        Pattern(
            "mac_cisco",
            # A full stop may end the sentence after it; another dotted group may not.
            rf"\.{_HEX}{{4}}\.{_HEX}{{4}}(?:\.{_HEX}{{4}})?(?![\w\-]|:(?!\s|$)|\.[\w.\-:])",
            0.8,
            not_after=r"\w.\-",  # (a colon only after a label: ``_after_label``)
            extend_back=_HEXCHARS,
            extend_max=4,
            prefilter=(".",),
        ),
        Pattern(
            "mac_grouped",
            # Switch vendors' groupings of the twelve digits: HPE ProCurve's two groups of six
            # ("0015b2-a45078") and Comware's (H3C's) three of four joined by "-"
            # ("0015-b2a4-5078"), as their ARP and MAC tables print them. A UUID's groups
            # are glued to more groups by "-": refused by the look-ahead and ``not_after``.
            rf"-(?:{_HEX}{{6}}|{_HEX}{{4}}-{_HEX}{{4}})(?![\w\-]|:(?!\s|$)|\.\w)",
            0.8,
            not_after=r"\w:\-.",
            extend_back=_HEXCHARS,
            extend_max=6,
            prefilter=("-",),
        ),
        Pattern("mac_bare", _HEX_RUN, 0.2, requires_context=True, min_length=12, max_length=12),
        Pattern(
            "mac_bare_labelled",
            _HEX_RUN_AFTER_COLON,
            0.2,
            requires_context=True,
            min_length=12,
            max_length=12,
            prefilter=(":",),
        ),
    )
    _BARE, _BARE_LABELLED = patterns[-2:]

    # A link-layer header printed as one colon run: netfilter's ``MAC=`` field is the
    # destination MAC, the source MAC and (14 octets) the EtherType. It starts at the first
    # colon like the other colon passes; ``_MAC_RUN_BACK`` takes the octet before it.
    _MAC_RUN = re.compile(
        rf":{_HEX}{{2}}(?::{_HEX}{{2}}){{10}}(?::{_HEX}{{2}}:{_HEX}{{2}})?+(?![\w:]|\.\w)"
    )
    _MAC_RUN_NOT_AFTER = re.compile(r"[\w:.\-]")
    _MAC_RUN_BACK = (frozenset(_HEXCHARS), 2)
    _MAC_RUN_PATTERN = Pattern("mac_header", _MAC_RUN.pattern, 0.6)

    # Six (EUI-48) or eight (EUI-64) octets with single spaces ("00 1a 2b 3c 4d 5e"), as some
    # tools and forms print them. Spaced hex bytes are also every hex dump's layout: so only
    # near a word that names a MAC address (``_SPACED_WORDS``), and never a stretch of a
    # longer run of bytes (a byte before or after it refuses the whole run).
    _SPACED = re.compile(
        rf"(?<![^\w]{_HEX}{{2}} )(?<!^{_HEX}{{2}} )(?<!\w){_HEX}{{2}}(?: {_HEX}{{2}}){{5}}"
        rf"(?:(?: {_HEX}{{2}}){{2}})?"
        rf"(?!\w| {_HEX}{{2}}(?!\w))"
    )
    _PAIRS = re.compile(r"[0-9a-f]{2} [0-9a-f]{2} [0-9a-f]{2}")
    scan_literals = ("mac", "hwaddr", "hw addr", "ether", "bssid", "lladdr", "chaddr",
                     "hardware address", "bt addr", "bluetooth")  # fmt: skip
    _SPACED_WORDS = frozenset(scan_literals)
    _SPACED_PATTERN = Pattern("mac_spaced", _SPACED.pattern, 0.6)

    def find(self, state: ScanState, /) -> Iterator[Finding]:
        yield from super().find(state)
        text = state.text
        if state.present(self.scan_literals):
            yield from self._spaced(state)
        if "dev_" in text:
            yield from self._dbus_devices(text)
        if "mac-address=" in text:
            yield from self._keyfile_bytes(text)
        if ":" not in text:
            return
        if "uid 01:" in text:
            yield from self._client_ids(text)
        if "00:01:00:01:" in text or "00:03:00:01:" in text:
            yield from self._duids(text)
        if self._BRIDGE_HINT.search(text) is not None:
            yield from self._bridge_ids(text)
        spans = state.spans(self._MAC_RUN, self._MAC_RUN_NOT_AFTER, back=self._MAC_RUN_BACK)
        for start, end in spans:
            if end - start in (35, 41):  # 12 or 14 two-digit octets and their colons
                yield from self._header(text, start)

    def _spaced(self, state: ScanState) -> Iterator[Finding]:
        """Spaced octets in the 64 characters after each MAC word (never a whole-text pass)."""
        text, low = state.text, state.lower
        rx, spans = self._SPACED, set()
        for word in self.scan_literals:
            if not state.present((word,)):
                continue  # (the prefilter's one pass knows; no search for an absent word)
            at = low.find(word) if len(low) == len(text) else -1
            while at >= 0:
                after = at + len(word)
                # (three spaced pairs first: a cheap search, where most windows end)
                m = None
                if self._PAIRS.search(low, after, after + 64) is not None:
                    m = rx.search(text, after, after + 64)
                # The window's end hides what follows: the match must stand in the whole text.
                if m is not None and (whole := rx.match(text, m.start())) is not None:
                    spans.add(whole.span())
                at = low.find(word, after)
        for start, end in sorted(spans):
            found = self.evaluate(text, start, end, self._SPACED_PATTERN)
            if found is not None and self._SPACED_WORDS.intersection(found.evidence.context):
                yield found

    # BSD tools drop each octet's leading zero ("ether 0:1a:2b:3:4d:5e", arp -a's
    # "(192.0.2.1) at 0:1a:2b:3:4d:5e on en0"): read after those words. tcpdump's link-level
    # lines ("-e") print them too, with no word: the frame's source and destination side by
    # side ("0:4:e2:20:20:3 > 0:c0:a8:50:b2:57", older releases a space alone), the first after
    # the packet's time stamp ("13:35:12.159321 0:4:e2:20:20:3 ..."). There a run with a
    # two-digit group (not "1:2:3:4:5:6", a count's shape) is read beside another six-group
    # run or after such a stamp (looks of 24 characters).
    _UNPADDED = re.compile(r"[0-9A-Fa-f]{1,2}(?::[0-9A-Fa-f]{1,2}){5}")
    _UNPADDED_BEFORE = re.compile(r"(?i:ether|lladdr|hwaddr|mac|address|\) at)[ \t:=]{1,3}\Z")
    _UNPADDED_BESIDE = re.compile(
        r"(?<![\w:.])[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6} \Z"
        r"|(?<![\w:.-])[0-9A-Fa-f]{1,2}(?::[0-9A-Fa-f]{1,2}){5}(?: > | )\Z"
    )
    _UNPADDED_PAIR_AFTER = re.compile(
        r"(?: > | )[0-9A-Fa-f]{1,2}(?::[0-9A-Fa-f]{1,2}){5}(?![\w:.-])"
    )
    _TWO_DIGITS = re.compile(r"[0-9A-Fa-f]{2}")

    def _unpadded(self, text: str, start: int, value: str) -> bool:
        """Whether a colon run is a MAC written without leading zeros.

        After a MAC word; with a two-digit group, beside another such run or after a packet's
        time stamp.
        """
        if self._UNPADDED.fullmatch(value) is None:
            return False
        if self._UNPADDED_BEFORE.search(text, max(0, start - 12), start) is not None:
            return True
        if self._TWO_DIGITS.search(value) is None:
            return False
        end = start + len(value)
        return (
            self._UNPADDED_BESIDE.search(text, max(0, start - 24), start) is not None
            or self._UNPADDED_PAIR_AFTER.match(text, end, end + 24) is not None
        )

    # ISC dhcpd's client identifier ("DHCPACK on 192.0.2.5 to 00:50:56:13:60:56 via eth1
    # uid 01:00:50:56:13:60:56"): the hardware type (01, Ethernet), then the client's MAC. The
    # seven octets are no MAC as a whole; the last six are. Found from each "uid 01:" only.
    _CLIENT_ID = re.compile(rf"uid 01:({_HEX}{{2}}(?::{_HEX}{{2}}){{5}})(?![\w:]|\.\w)")
    _CLIENT_ID_PATTERN = Pattern("mac_client_id", _CLIENT_ID.pattern, 0.8)

    def _client_ids(self, text: str) -> Iterator[Finding]:
        """The MAC inside each DHCP client identifier ``uid 01:<mac>``."""
        at = text.find("uid 01:")
        while at >= 0:
            m = self._CLIENT_ID.match(text, at)
            if m is not None and (at == 0 or not text[at - 1].isalnum()):
                found = self.evaluate(text, *m.span(1), self._CLIENT_ID_PATTERN)
                if found is not None:
                    yield found
            at = text.find("uid 01:", at + 7)

    # A DHCPv6 DUID of a link-layer type with hardware type 1, Ethernet (RFC 8415): DUID-LLT
    # ("00:01:00:01", four octets of time, then the MAC) and DUID-LL ("00:03:00:01", then the
    # MAC), as DHCP servers print and store them ("duid=[00:01:00:01:19:ef:e6:3b:00:0c:01:02:
    # 03:04]"). The whole run is no MAC (fourteen or ten octets); its last six octets are the
    # device's address. Other DUIDs (an enterprise number, a UUID) hold none.
    _DUID = re.compile(
        rf"(?<![\w:.\-])00:(?:01:00:01(?::{_HEX}{{2}}){{4}}|03:00:01)"
        rf":({_HEX}{{2}}(?::{_HEX}{{2}}){{5}})(?![\w:]|\.\w)"
    )
    _DUID_PATTERN = Pattern("mac_duid", _DUID.pattern, 0.8)

    def _duids(self, text: str) -> Iterator[Finding]:
        """The MAC inside each link-layer DUID of hardware type 1 (LLT or LL)."""
        for m in self._DUID.finditer(text):
            found = self.evaluate(text, *m.span(1), self._DUID_PATTERN)
            if found is not None:
                yield found

    # A BlueZ D-Bus object path names a Bluetooth device by its address, the colons written
    # as underscores after "dev_" ("/org/bluez/hci0/dev_00_1A_7D_DA_71_13", also the paths
    # under it: ".../dev_00_1A_7D_DA_71_13/sep1/fd0"), as bluetoothd, bluetoothctl and the
    # D-Bus tools print it. Six underscore-separated octets right after "dev_" are that
    # address; more or fewer octets, or a word glued before "dev_", are some other name.
    _DBUS_DEVICE = re.compile(
        rf"(?<![\w.\-])dev_({_HEX}{{2}}(?:_{_HEX}{{2}}){{5}})(?![0-9A-Za-z_])"
    )
    _DBUS_DEVICE_PATTERN = Pattern("mac_dbus", _DBUS_DEVICE.pattern, 0.8)

    def _dbus_devices(self, text: str) -> Iterator[Finding]:
        """The address in each BlueZ D-Bus object path's ``dev_XX_XX_XX_XX_XX_XX``."""
        for m in self._DBUS_DEVICE.finditer(text):
            found = self.evaluate(text, *m.span(1), self._DBUS_DEVICE_PATTERN)
            if found is not None:
                yield found

    # NetworkManager's keyfiles of its first format write a MAC address as the list of its
    # six bytes in decimal, each followed by a semicolon (GKeyFile's integer list:
    # "mac-address=0;26;43;60;77;94;", also "cloned-mac-address="), as old connection files
    # and NetworkManager's keyfile tests keep them. Exactly six numbers of 0 to 255 after a
    # MAC key are the address (the finding spans the numbers and the semicolons between);
    # five or seven numbers, a number over 255, a number glued to a letter or a full stop, or
    # a word glued before the key are none.
    _KEYFILE_BYTES = re.compile(
        r"(?<![\w\-])(?:cloned-)?mac-address=((?:\d{1,3};){5}\d{1,3});?(?![\w;.\-])"
    )
    _KEYFILE_BYTES_PATTERN = Pattern("mac_keyfile_bytes", _KEYFILE_BYTES.pattern, 0.8)

    def _keyfile_bytes(self, text: str) -> Iterator[Finding]:
        """The address in each keyfile ``mac-address=`` list of six decimal bytes."""
        for m in self._KEYFILE_BYTES.finditer(text):
            octets = [int(n) for n in m.group(1).split(";")]
            if max(octets) > 255 or (len(set(octets)) == 1 and octets[0] in (0, 255)):
                continue  # no byte, or all-zero / broadcast: no device
            tags: tuple[str, ...] = ("eui48",
                    "locally_administered" if octets[0] & 2 else "universal")  # fmt: skip
            if octets[0] & 1:
                tags += ("multicast",)
            yield _finding(self, text, *m.span(1), self._KEYFILE_BYTES_PATTERN, tags=tags)

    # A spanning-tree bridge identifier: the bridge's priority (four hex digits), a full stop,
    # then its MAC address, and in a port's BPDU the port id after another full stop (tcpdump's
    # "root-id 8000.00:19:06:ea:b8:80", "bridge-id 8001.00:19:06:ea:b8:80.8005"). The full stop
    # before the MAC keeps the colon pass from it (a dotted name or number glued to it is no
    # address); here the priority says what it is. The MAC alone is the finding.
    _BRIDGE_ID = re.compile(
        rf"(?<![\w.:\-]){_HEX}{{4}}\.({_HEX}{{2}}(?::{_HEX}{{2}}){{5}})(?:\.{_HEX}{{4}})?"
        rf"(?![\w:\-]|\.\w)"
    )
    _BRIDGE_ID_PATTERN = Pattern("mac_bridge_id", _BRIDGE_ID.pattern, 0.8)
    # What every bridge id holds: a full stop before a MAC's first two octets. A literal-led
    # search (hundreds of MB/s) so the whole id is looked for only in the texts that hold one.
    _BRIDGE_HINT = re.compile(rf"\.{_HEX}{{2}}:{_HEX}{{2}}:")

    def _bridge_ids(self, text: str) -> Iterator[Finding]:
        """The MAC inside each spanning-tree bridge id ``<priority>.<mac>[.<port>]``."""
        for m in self._BRIDGE_ID.finditer(text):
            found = self.evaluate(text, *m.span(1), self._BRIDGE_ID_PATTERN)
            if found is not None:
                yield found

    def _header(self, text: str, start: int) -> Iterator[Finding]:
        """Split a ``dst:src[:type]`` run into its two MAC addresses (the EtherType is not one).

        A run of twelve or fourteen octets is ambiguous by itself (two MACs, or some other
        12- or 14-byte value: tcpdump's ARP hardware address of a bad length, "who-has
        192.0.2.1 (30:30:...:30) tell"), so both forms need a MAC context word (netfilter's
        ``MAC=`` names its field); a constant half (broadcast, all-zero) is skipped as usual.
        """
        pattern = self._MAC_RUN_PATTERN
        for s in (start, start + 18):
            found = self.evaluate(text, s, s + 17, pattern)
            if found is not None and found.evidence.context:
                yield found

    # A log line's thread id: Ceph's (and other C++ daemons') line prefix is the time, the
    # thread's id in hex (a pthread_t, 12 hex digits on x86-64 and arm64: "7f96a3b82700",
    # "fffbe2ddc880") and the message's debug level ("2018-01-21 21:52:35.071524 7f96a3b82700
    # 0 librados: client.admin ..."). Twelve hex digits between a time and a level are that id,
    # whatever word ("client") stands near: a bare MAC address is refused there.
    _TIME_BEFORE = re.compile(r"\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})? {1,2}\Z")
    _LEVEL_AFTER = re.compile(r" {1,3}-?\d{1,2} ")

    def _thread_id(self, text: str, start: int, end: int) -> bool:
        """Whether the bare run at ``start:end`` is a log line prefix's thread id."""
        return (
            self._LEVEL_AFTER.match(text, end) is not None
            and self._TIME_BEFORE.search(text, max(0, start - 24), start) is not None
        )

    # A byte dump's label right before a bare or spaced run: tcpdump prints an option's or a
    # TLV's payload as "data <hex>" ("(vendor-specific-info enterprise 30065 (code 1 len 6
    # data 417269737461))": six bytes of text, "Arista"), and a MAC word near it ("(client-ID
    # hwaddr ...") names the next field, not these bytes. Twelve hex digits labelled as data
    # or a payload are those bytes; a MAC is labelled by its own word ("hwaddr 001a2b3c4d5e").
    _PAYLOAD_BEFORE = re.compile(r"(?<![\w\-])(?i:data|payload|hexdata|hex)[ \t]?[:=]?[ \t]?\Z")

    def _payload(self, text: str, start: int) -> bool:
        """Whether the bare or spaced run at ``start`` is labelled as a byte dump."""
        return self._PAYLOAD_BEFORE.search(text, max(0, start - 12), start) is not None

    def _after_label(self, text: str, start: int, pattern: Pattern) -> int:
        """Where a MAC starts after a label glued to it by a colon; -1: glued to no label.

        A hyphen or Cisco-dot MAC after a colon stands after a label ("mac:00-1a-...") or
        not at all (:func:`_labelled_colon`). A colon run starts at the label's colon, and
        ``extend_back`` takes the label's last hex letters as a first group ("AC:00:1a:...",
        seven groups and no MAC): the address starts after that colon.
        """
        if pattern.name in ("mac_hyphen", "mac_cisco", "mac_bare_labelled"):
            glued = text[start - 1 : start] == ":"
            return -1 if glued and not _labelled_colon(text, start - 1) else start
        if pattern.name != "mac_colon" or (
            text[start] != ":" and not (start > 0 and _glued_word(text, start))
        ):
            return start
        colon = text.find(":", start, start + 5)  # the run's first colon (extend_max=4)
        return colon + 1 if colon >= 0 and _labelled_colon(text, colon) else start

    def evaluate(  # noqa: C901, PLR0912 - one refusal per layout rule, in order
        self, text: str, start: int, end: int, pattern: Pattern, /
    ) -> Finding | None:
        start = self._after_label(text, start, pattern)
        if start < 0 or (pattern.name == "mac_colon" and _glued_word(text, start)):
            return None  # glued to a word of a spaced script (not_after leaves it here)
        # a bare run after its label ("mac:001a2b3c4d5e") is read as a bare run
        pattern = self._BARE if pattern is self._BARE_LABELLED else pattern
        if pattern.name == "mac_colon" and _separator_colons(text, end):
            end -= 2  # "mc: d8:d5:d7:d7:df:d6::~~": the MAC, then the record's separator
        elif (
            pattern.name == "mac_colon"
            and end - start in (18, 24)  # six (EUI-48) or eight (EUI-64) octets and a colon
            and text[end - 1] == ":"
            and text[end : end + 1] in ("", " ", "\t", "\r", "\n")
        ):
            end -= 1  # "Port bb:bb:bb:bb:bb:bb:": a label's colon after the MAC
        value = text[start:end]
        # (a D-Bus path's octets, ``_dbus_devices``, are read with colons)
        value = value.replace("_", ":") if pattern.name == "mac_dbus" else value
        if pattern.name not in ("mac_bare", "mac_spaced") and _MAC_SHAPE.fullmatch(value) is None:
            if not (pattern.name == "mac_colon" and self._unpadded(text, start, value)):
                return None
            value = ":".join(g.zfill(2) for g in value.split(":"))
        hexdigits = value.replace(":", "").replace("-", "").replace(".", "").replace(" ", "")
        hexdigits = hexdigits.lower()
        if pattern.name in ("mac_bare", "mac_spaced") and (
            (
                pattern.name == "mac_bare"
                and (len(hexdigits) != 12 or self._thread_id(text, start, end))
            )
            or self._payload(text, start)  # a byte dump's bytes ("len 6 data <hex>")
        ):
            return None
        if len(hexdigits) not in (12, 16) or (
            len(set(hexdigits)) == 1
            and (hexdigits[0] in "0f" or pattern.name in ("mac_bare", "mac_spaced"))
        ):
            # All-zero and broadcast name no device; a bare or spaced constant run is no
            # address at all. A written MAC of one repeated digit ("aa:aa:aa:aa:aa:aa", a
            # test's or a document's stand-in) stands where a device's address was: found.
            return None
        base = pattern.score
        cisco = "." in value
        if cisco or pattern.name == "mac_grouped":
            base = 0.35 if hexdigits.isdigit() else 0.8
        if cisco and hexdigits.isdigit() and _link_state_field(text, start, end):
            base = 0.8  # an IS-IS system id in BGP link-state's node descriptor
        if pattern.name == "mac_bare" and hexdigits.isdigit():
            # Twelve decimal digits are a number (a thread id, a count, a timestamp) unless a
            # word naming a hardware address is near: "client", "station" or "wifi" alone say
            # whose number it is, not that it is an address ("[pid 4321:tid 140123456789]
            # [client 203.0.113.9:51234]").
            if _MAC_WORD.search(context_window(text, start, end)) is None:
                return None
            base = 0.1
        first = int(hexdigits[:2], 16)
        tags: tuple[str, ...] = ("eui64" if len(hexdigits) == 16 else "eui48",
                "locally_administered" if first & 2 else "universal")  # fmt: skip
        if first & 1:
            tags += ("multicast",)
        if cisco:
            tags += ("cisco",)
        return _finding(self, text, start, end, pattern, base=base, tags=tags)

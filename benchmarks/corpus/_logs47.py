"""Build the forty-seventh real-text log set: a packet analyser's output of real captures (tcpdump's tests).

The text is the expected output that tcpdump (``the-tcpdump-group/tcpdump``, the command-line
packet analyser; BSD-3-Clause, ``LICENSE``) keeps with its tests (``tests/*.out``): what
``tcpdump -r`` prints for the captures in ``tests/`` (``*.pcap``, ``*.pcapng``), one line (and
with ``-v`` its indented continuation lines, with ``-x``/``-X`` its hex dump) per packet. It is
the form in which a firewall's packet log is read (OpenBSD's ``pflog`` is read with ``tcpdump
-e -r``) and in which network appliances' and routers' traffic is inspected: addresses glued to
ports by a dot (``192.0.2.1.1234 > 198.51.100.2.53:``), link-layer addresses with ``-e``, and
the dotted-quad fields of routing, DHCP, DNS, NTP, RADIUS and SNMP messages (router ids,
netmasks, OIDs). The captures were taken on networks by tcpdump's contributors and users; the
test list (``tests/TESTLIST``) names for each test its capture, its expected output and its
options. No earlier set read ``the-tcpdump-group/tcpdump``.

Selection and split (fixed 2026-12-07 16:45 UTC from the test list's names alone, before any
output was read; ``benchmarks/corpus/README.md``): a system is a capture named in the test list
(its file name), with all the tests that read it. A capture whose name marks a fuzzing or
memory-safety case (:data:`FUZZ`: ``oobr``, ``overflow``, ``asan``, ``crash``, ``cve``,
``segfault``, ...) is left out: its packets are crafted to break the decoder, not captured.
That leaves 414 captures; the split is by system, a third held out
(``_logset.holdout_systems``: the 138 names with the smallest SHA-256). A record is one
packet's output (:func:`packets`: the line that starts with tcpdump's packet counter, ``-#``,
which the test harness always sets, the counter removed, with the lines up to the next
packet), trailing blanks removed, in test-list order of the capture's tests and in file order,
distinct. Dropped: a packet with a control character other than a tab or a new line; one that
carries the tag of a program fail2ban has filters for (``_logs10._FAIL2BAN_PROGRAM`` and
``_logs42._FAIL2BAN_MORE``: a decoded syslog message, say), so that no record can be a copy of
fail2ban's off-limits test logs; one equal to a development record of an earlier real log set
(held-out records compared by SHA-256 only, never read); one already taken by a system earlier
in this set. Per system at most ``MOST`` evenly spaced packets.

Labels: the forty-fourth set's rules (``_logs44._label44``, which applies the forty-second
set's ``_label42`` and through it the first to forty-first sets' rules: IP, MAC and e-mail
addresses gold, a browser-shaped user agent ``USER_AGENT``, everything else non-personal; the
unspecified and broadcast addresses ignored, a dotted quad in 0.0.0.0/8 no address), and the
first set's rule for tcpdump (``_logs4._TCPDUMP_ADDR``): the IPv4 address of an
``<address>.<port>`` endpoint before `` >`` or ``:`` is an ``IP_ADDRESS`` (the address only;
``0.0.0.0`` and ``255.255.255.255`` ignored, as the twentieth set's rule does, and a
0.0.0.0/8 address not gold), applied to both parts before any detector ran.

Run once, with a local git directory of the repository:

    python -m benchmarks.corpus._logs47 --git the-tcpdump-group/tcpdump=DIR
"""

from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING

from benchmarks.corpus import _logset
from benchmarks.corpus._git import git_show
from benchmarks.corpus._logs4 import _TCPDUMP_ADDR
from benchmarks.corpus._logs10 import not_fail2ban
from benchmarks.corpus._logs42 import _FAIL2BAN_MORE
from benchmarks.corpus._logs44 import _label44, _valid

if TYPE_CHECKING:
    from pathlib import Path

#: The repository and commit read (``the-tcpdump-group/tcpdump``'s default branch, 2026-04-29).
TCPDUMP = "the-tcpdump-group/tcpdump"
SOURCES: dict[str, tuple[str, str]] = {
    TCPDUMP: ("39b50f76672bca4af7d7eb52604c5b692c6b6b2c", "BSD-3-Clause"),
}
#: The test folder and its list of tests (name, capture, expected output, options).
FOLDER = "tests/"
TESTLIST = FOLDER + "TESTLIST"
#: The most records a system gives (evenly spaced, ``_logs4._select``).
MOST = 4
#: A capture's name that marks a fuzzing or memory-safety case: crafted packets, left out.
FUZZ = re.compile(
    r"oobr|overflow|ubsan|asan|crash|fuzz|overread|cve|heap|infinite|inf-loop|pointer-loop"
    r"|segfault|uaf|msan|[-_]oob",
    re.IGNORECASE,
)
#: The packet counter tcpdump's ``-#`` prints at the start of a packet's first line.
_COUNTER = re.compile(r" {0,4}(\d{1,6})  (?=\S)")
#: The unspecified and broadcast IPv4 addresses, and the 0.0.0.0/8 block (no host).
_NO_HOST = re.compile(r"0\.\d{1,3}\.\d{1,3}\.\d{1,3}|255\.255\.255\.255")

# Added after the first development run, which showed the labeller's own errors (README,
# "Forty-seventh real-text log set"); applied to both parts before the held-out part was run.
#: A colon MAC (six octets) or EUI-64 (eight) glued to its key by a colon (``src:``,
#: ``BSSID:``, ``SA:``, ``GN_ADDR:``): the earlier rules' MAC shape refuses a colon before it.
#: The key is a word of letters (``_`` too) after a blank, a bracket or a punctuation mark, of
#: three letters or more or with one that is no hex digit, so that no octet of a longer colon
#: run is taken for a key (a two-hex-letter key such as ``DA:`` is so left out).
_MAC_AFTER_KEY = re.compile(
    r"(?:^|(?<=[\s(\[,;]))(?=[A-Za-z_]{0,15}[G-Zg-z_]|[A-Za-z_]{3})[A-Za-z_]{2,16}:"
    r"([0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5}(?:(?::[0-9A-Fa-f]{2}){2})?)(?![\w:])",
    re.MULTILINE,
)
#: An EUI-64 written as eight colon octets (Babel's router id): the first set's rule makes it a
#: ``MAC_ADDRESS`` (``_logs31._EUI64``), the IPv6 shape of a later rule had taken it.
_EUI64 = re.compile(r"(?<![\w.:])[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){7}(?![\w:])")
#: An IPv6 address glued to its key by a colon (RPL's ``dagid:5431::``); the key has a letter
#: that is no hex digit (``dead:beef::1`` is one address), and six or eight two-digit octets are
#: a MAC's or an EUI-64's shape (``_MAC_AFTER_KEY``), not this one.
_V6_AFTER_KEY = re.compile(
    r"(?:^|(?<=[\s(\[,;]))(?=[A-Za-z_]{0,15}[G-Zg-z_])[A-Za-z_]{2,16}:([0-9A-Fa-f:]{2,39})(?=[,;)\]\s]|$)",
    re.MULTILINE,
)
_OCTETS = re.compile(r"[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5}(?:(?::[0-9A-Fa-f]{2}){2})?")
#: A DHCPv6 DUID's link-layer address of hardware type 1 (Ethernet), printed as twelve bare hex
#: digits (``hwaddr type 1 000c2938f368``, ``hwaddr/time type 1 time 418384703 000c2938f368``):
#: the client's or server's MAC address.
_DUID_HWADDR = re.compile(
    r"\bhwaddr(?:/time)? type 1 (?:time \d{1,10} )?([0-9A-Fa-f]{12})(?![\w:])"
)


def tests(testlist: str) -> list[tuple[str, str]]:
    """The (capture, expected output) of each test of the test list, in its order."""
    out = []
    for line in testlist.splitlines():
        fields = line.split()
        if len(fields) >= 3 and not fields[0].startswith("#"):
            out.append((fields[1], fields[2]))
    return out


def packets(output: str) -> list[str]:
    """An expected output's packets: each from a counter line (counter removed) to the next.

    A counter line starts with the packet's number, one more than the last (``1`` first); the
    lines before the first packet are dropped; trailing blanks of each line are removed.
    """
    out: list[list[str]] = []
    for raw in output.splitlines():
        line = raw.rstrip()
        m = _COUNTER.match(line)
        if m and int(m.group(1)) == len(out) + 1:
            out.append([line[m.end() :]])
        elif out:
            out[-1].append(line)
    return ["\n".join(p).strip("\n") for p in out]


def keep(packet: str) -> bool:
    """A packet without binary residue or a fail2ban program's tag."""
    if not packet.strip() or _logset.CONTROL.search(packet) or _FAIL2BAN_MORE.search(packet):
        return False
    return not_fail2ban(packet, "") is not None


def _testlist(gits: dict[str, Path]) -> list[tuple[str, str]]:
    return tests(git_show(gits[TCPDUMP], SOURCES[TCPDUMP][0], TESTLIST))


def systems(gits: dict[str, Path]) -> list[str]:
    """The captures the test list names, fuzzing cases left out, sorted."""
    return sorted({pcap for pcap, _ in _testlist(gits) if not FUZZ.search(pcap)})


def system_packets(gits: dict[str, Path], system: str) -> list[str]:
    """A capture's kept packets over its tests' outputs (test-list order), distinct."""
    commit = SOURCES[TCPDUMP][0]
    found: list[str] = []
    for pcap, output in _testlist(gits):
        if pcap == system:
            found += (
                p for p in packets(git_show(gits[TCPDUMP], commit, FOLDER + output)) if keep(p)
            )
    return list(dict.fromkeys(found))


def _label47(text: str, system: str) -> _logset.Labels:
    """``_label44``, then tcpdump's ``<IPv4>.<port>`` endpoints (module docstring)."""
    gold, ignored = _label44(text, system)

    def overlaps(spans: list[dict[str, object]], start: int, end: int) -> bool:
        return any(int(s["start"]) < end and start < int(s["end"]) for s in spans)  # type: ignore[call-overload]

    for m in _TCPDUMP_ADDR.finditer(text):
        start, end = m.span(1)
        value = m.group(1)
        if any(int(p) > 255 or (len(p) > 1 and p[0] == "0") for p in value.split(".")):
            continue
        if overlaps(gold, start, end) or overlaps(ignored, start, end):
            continue
        if _NO_HOST.fullmatch(value):
            if value in ("0.0.0.0", "255.255.255.255"):  # noqa: S104 - labels, no binding
                ignored.append({"start": start, "end": end, "label": "IP_ADDRESS"})
            continue
        gold.append({"start": start, "end": end, "entity": "IP_ADDRESS"})
    for pattern, entity in (
        (_EUI64, "MAC_ADDRESS"),
        (_MAC_AFTER_KEY, "MAC_ADDRESS"),
        (_V6_AFTER_KEY, "IP_ADDRESS"),
        (_DUID_HWADDR, "MAC_ADDRESS"),
    ):
        for m in pattern.finditer(text):
            start, end = m.span(m.lastindex or 0)
            value = m.group(m.lastindex or 0)
            digits = value.replace(":", "").lower()
            if entity == "IP_ADDRESS" and (
                value.count(":") < 2 or not _valid(value) or _OCTETS.fullmatch(value)
            ):
                continue
            if entity == "MAC_ADDRESS" and not (digits.strip("0") and digits.strip("f")):
                # all-zero or broadcast: no device, as the earlier rules leave a MAC of these
                # out (an EUI-64 of them is no IPv6 address either)
                gold = [g for g in gold if not overlaps([g], start, end)]
                continue
            if overlaps(ignored, start, end):
                continue
            gold = [g for g in gold if not overlaps([g], start, end)]
            gold.append({"start": start, "end": end, "entity": entity})
    gold.sort(key=lambda g: (int(g["start"]), int(g["end"])))  # type: ignore[call-overload]
    ignored.sort(key=lambda i: (int(i["start"]), int(i["end"])))  # type: ignore[call-overload]
    return gold, ignored


#: The held-out systems: the 138 (a third) of the 414 captures whose names have the smallest
#: SHA-256 (``_logset.holdout_systems``), fixed 2026-12-07 16:45 UTC before any output was read.
HOLDOUT = frozenset({
    "802.1ad_QinQ.pcap", "802_15_4_beacon.pcap", "AoE_Linux.pcap", "DECnet_Phone.pcap",
    "EIGRP_adjacency.pcap", "EIGRP_goodbye.pcap", "EIGRP_subnet_up.pcap", "HSRP_election.pcap",
    "IGMP_V1.pcap", "IGMP_V2.pcap", "ISIS_external_lsp.pcap", "LACP.pcap", "LINKTYPE_IPV4.pcap",
    "LINKTYPE_IPV6.pcap", "LINKTYPE_USER2_PKTAP.pcap", "MSTP_Intra-Region_BPDUs.pcap",
    "NHRP_registration.pcap", "OLSRv1_HNA_sgw_1.pcap", "OSPFv2_Capture_FINAL.pcapng",
    "OSPFv3_broadcast_adjacency.pcap", "OSPFv3_multipoint_adjacencies.pcap",
    "PIM_register_register-stop.pcap", "PIMv2_hellos.pcap", "RADIUS-RFC4675.pcap",
    "RADIUS-RFC5176.pcap", "accecn_handshake.pcap", "babel.pcap", "babel_auth.pcap",
    "babel_pad1.pcap", "babel_rfc6126bis.pcap", "bcm-li.pcap", "bfd-lag.pcap",
    "bfd-raw-auth-md5.pcap", "bfd-raw-auth-sha1.pcap", "bfd-sbfd.pcap",
    "bgp-enhanced-route-refresh.pcapng", "bgp-evpn.pcap", "bgp-extended-msg.pcapng",
    "bgp-extended-optional-parameters-length.pcapng", "bgp-large-community.pcap",
    "bgp-ovs.pcapng", "bgp-shutdown-communication.pcapng", "bgp-ub.pcap",
    "bigtcp-ipv4-geneve-ipv6.pcap", "bigtcp-ipv4.pcap", "bigtcp-ipv6-vxlan-ipv6.pcap",
    "brcm-tag-prepend.pcap", "chdlc-slarp.pcap", "dcb_pfc.pcap",
    "dccp_partial_csum_v4_simple.pcap", "dhcp-mud.pcap", "dhcp-rfc4388.pcap",
    "dhcpv6-AFTR-Name-RFC6334.pcap", "dhcpv6-ia-pd.pcap",
    "dhcpv6-vendor-specific-information.pcap", "dns-zlip-1.pcap", "dns_fwdptr.pcap",
    "dns_tcp.pcap", "dns_tcp_8053.pcap", "dns_udp.pcap", "dns_udp_2.pcap", "dsa.pcap",
    "edsa-high-vid.pcap", "erspan-type-ii-1.pcap", "erspan-type-iii-ft-0.pcap",
    "erspan-type-iii-ft-7.pcap", "erspan-type-iii-pb-1.pcap", "esp_truncated.pcap", "evb.pcap",
    "forces1.pcap", "gso-ipv4-geneve-ipv4.pcap", "gso-ipv4-geneve-ipv6.pcap",
    "gso-ipv6-geneve-ipv6.pcap", "gso-ipv6-vxlan-ipv4.pcap", "gso-ipv6-vxlan-ipv6.pcap",
    "icmp6-rfc8335.pcap", "icmpv6-ns-nonce.pcap", "ieee802.11_exthdr.pcap",
    "ieee802.11_meshid.pcap", "ieee802.11_rx-stbc.pcap", "ikev2-id-short.pcap", "ios_nhrp.pcap",
    "ipoib.pcap", "ipv4_invalid_hdr_length.pcap", "ipv4_invalid_total_length.pcap",
    "ipv4_tcp_http_xml.pcap", "ipv4_tcp_http_xml_tso.pcap", "ipv6-bad-version.pcap",
    "ipv6-too-long-jumbo.pcap", "ipx-invalid-length.pcap", "isis-seg-fault-2.pcapng",
    "isis_poi.pcap", "isis_poi2.pcap", "isup.pcap", "juniper_monitor_invalid_cookie_length.pcap",
    "kday1.pcap", "kday2.pcap", "ldp-common-session.pcap", "lldp_mudurl.pcap", "loopback.pcap",
    "lspping-fec-ldp.pcap", "lspping-fec-rsvp.pcap", "lwres_with_extra.pcap",
    "macsec-changed.pcap", "macsec-integonly.pcap", "mpls-ldp-hello.pcap", "mptcp-aa-echo.pcap",
    "mptcp-aa-v1.pcap", "mptcp-fclose.pcap", "mptcp-v0.pcap", "msnlb2.pcapng", "nhrp.pcapng",
    "ntp-time-ef.pcap", "ntp-time.pcap", "of10_inv_OFPST_FLOW.pcap", "ospf-gmpls.pcap",
    "ospf-sr.pcapng", "pgm_zmtp1.pcap", "ppp_error_hexdump.pcap", "pppoe.pcap", "pppoes.pcap",
    "ptp_ethernet.pcap", "quic_handshake_truncated.pcap", "relts-0x80000000.pcap",
    "ripv2_auth.pcap", "rpl-14-dao.pcap", "sflow_expanded.pcap", "someip2.pcap",
    "syslog_udp.pcap", "tcp-handshake-nano.pcap", "tcp_eight_lowest_weight_flags_set.pcap",
    "tcp_rst_data.pcap", "tftp.pcap", "timed_1.pcap", "timestamp_invalid_micro.pcap",
    "truncated-aack.pcap", "vsock-1.pcapng", "vxlan_port_8472.pcap",
})  # fmt: skip

#: The set as the shared builder reads it.
SET = _logset.LogSet(
    number=47,
    repositories=tuple(SOURCES),
    systems=systems,
    holdout=HOLDOUT,
    texts=system_packets,
    label=_label47,
    most=MOST,
    earlier=47,
    holdout_unique=True,
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])

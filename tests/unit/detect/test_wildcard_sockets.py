"""The unspecified address as a socket's wildcard host (issue 10, helper H103).

A server that listens on every interface binds ``0.0.0.0:<port>`` (``[::]:<port>``, Java's
``/0:0:0:0:0:0:0:0:<port>``); ZooKeeper names its threads for that socket
(``NIOServerCxn.Factory:0.0.0.0/0.0.0.0:2181``), Tomcat's AJP connector, HDFS data nodes,
Vault, NATS, Galera and container health endpoints print it, netstat lists ``0.0.0.0:*``. It
is the host's own wildcard, no peer's or person's address, and no real log set labels it one
(every such span in the development parts is clean or ignored). The unspecified address
without a port (a field no address filled, a NAT field, a flow's end) is still reported,
tagged ``unspecified``, by the recorded decision; an address with a port is reported as ever.
"""

from __future__ import annotations

import pytest
from tests.unit.detect._patterns import found

from privkit.detect import Scanner

#: The unspecified address as a value compared against (not a bind address).
ANY = "0.0.0.0"  # noqa: S104


class TestWildcardSocket:
    @pytest.mark.parametrize(
        "text",
        [
            "Health service listening on 0.0.0.0:81",
            "binding to port NIOServerCxn.Factory:0.0.0.0/0.0.0.0:2181",
            "[QuorumPeer[myid=1]/0:0:0:0:0:0:0:0:2181:QuorumPeer@670] - LOOKING",
            "starting listener: listener_address=0.0.0.0:8201",
            "INFO: JK: ajp13 listening on /0.0.0.0:8009",
            "(b04ac56c, 'tcp://0.0.0.0:4567') listening at tcp://0.0.0.0:4567",
            "addr [0:0:0:0:0:0:0:0]:9042",
            "tcp        0      0 0.0.0.0:22      0.0.0.0:*       LISTEN",
            "Listening on [::]:8080",
        ],
    )
    def test_a_wildcard_bind_is_no_address(self, text):
        assert found(text, "IP_ADDRESS") == []

    @pytest.mark.parametrize(
        ("text", "addresses"),
        [
            # the peers beside the wildcard stay addresses
            ("peer 10.0.0.1:2888 and 0.0.0.0:3888", ["10.0.0.1"]),
            ("DataXceiver for client /0.0.0.0:50010 at 10.1.2.3:50010", ["10.1.2.3"]),
            ("gcomm://0.0.0.0:4567,10.0.0.2:4567", ["10.0.0.2"]),
            ("from 203.0.113.9:8080", ["203.0.113.9"]),
            # no port: the recorded decision (reported, tagged) is unchanged
            ('{"LocalAddressIP4":"0.0.0.0","event_simpleName":"x"}', [ANY]),
            ("bind 0.0.0.0 port 80", [ANY]),
            # a flow's end (tcpdump writes the port after a dot): unchanged
            ("0.0.0.0.68 > 255.255.255.255.67: BOOTP/DHCP", [ANY, "255.255.255.255"]),
            # a longer dotted number after the colon is no port
            ("0.0.0.0:1.2 ratio", [ANY]),
        ],
    )
    def test_other_addresses_are_unchanged(self, text, addresses):
        assert [v for _, v in found(text, "IP_ADDRESS")] == addresses

    def test_the_unspecified_address_alone_keeps_its_tag(self):
        text = '"ClientIP":"0.0.0.0"'
        tags = [f.evidence.tags for f in Scanner().scan(text) if f.entity_type == "IP_ADDRESS"]
        assert tags == [("ipv4", "unspecified")]

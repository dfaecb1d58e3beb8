"""Java socket addresses glued to a log4j thread name (issue 10, lead's probe).

Java prints a socket address as ``[host]/<address>:<port>``, IPv6 in its full eight-group
form, and ZooKeeper-style layouts (``[%t:%C{1}@%L]``) glue the thread's name to the logging
class with a colon: ``[QuorumPeer[myid=2]/2001:db8:0:0:0:0:0:17:2181:QuorumPeer@670]``. The
eight groups there are an address whatever follows the port; the IPv4 form was already read.
Runs that are no address (more groups, no slash, no port, a time) stay unreported.
"""

from __future__ import annotations

import pytest
from tests.unit.detect._patterns import found


class TestJavaSocketAddressInThreadName:
    @pytest.mark.parametrize(
        ("text", "address"),
        [
            (
                (
                    "2024-01-02 10:00:00,123 - INFO  [QuorumPeer[myid=2]/2001:db8:0:0:0:0:0:17:2181:"
                    "QuorumPeer@670] - LOOKING"
                ),
                "2001:db8:0:0:0:0:0:17",
            ),
            (
                "[LearnerHandler-/fe80:0:0:0:a00:27ff:fe4e:66a1%eth0:40386:LearnerHandler@535]",
                "fe80:0:0:0:a00:27ff:fe4e:66a1%eth0",
            ),
            ("[QuorumPeer[myid=2]/10.1.2.3:2181:QuorumPeer@670] - LOOKING", "10.1.2.3"),
        ],
    )
    def test_address_before_port_and_class(self, text, address):
        assert found(text, "IP_ADDRESS") == [("IP_ADDRESS", address)]

    @pytest.mark.parametrize(
        "text",
        [
            "[Worker/1:2:3:4:5:6:7:8:9:2181:Main@1]",  # nine groups: no address
            "[Worker 2001:db8:0:0:0:0:0:17:2181:Main@1]",  # no slash: not Java's socket form
            "[Worker/2001:db8:0:0:0:0:0:17:Main@1]",  # no port before the class
            "see a/2001:db8:0:0:0:0:0:17:2181:Main@1",  # the slash glued to a word: a path
            "x:/2001:db8:0:0:0:0:0:17:2181:Main@1",  # after a colon: a longer colon run
        ],
    )
    def test_other_runs_stay_unreported(self, text):
        assert found(text, "IP_ADDRESS") == []

    def test_unspecified_before_a_port_is_a_wildcard_listener(self):
        # the unspecified address written in full before a port: the server's own wildcard
        # bind, as "0.0.0.0:2181" is (test_wildcard_sockets.py)
        text = "[QuorumPeer[myid=1]/0:0:0:0:0:0:0:0:2181:FastLeaderElection@774]"
        assert found(text, "IP_ADDRESS") == []

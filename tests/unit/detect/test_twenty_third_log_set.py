"""Ceph daemons' and clients' logs (issue 10, twenty-third log set's development work).

A Ceph log line's prefix is its time, the writing thread's id in hex (12 digits, a pthread_t)
and the message's debug level: ``2018-01-21 21:52:35.071524 7f96a3b82700  0 librados:
client.admin ...``. The thread id is no bare MAC address, whatever word (``client``) stands
near; a MAC address in a Ceph or network log, colon-separated or bare after a MAC word, stays.
"""

from __future__ import annotations

import pytest
from tests.unit.detect._patterns import found


class TestThreadIds:
    @pytest.mark.parametrize(
        "text",
        [
            "2018-01-21 21:52:35.071524 7f96a3b82700  0 librados: client.admin authentication error",
            "2022-01-01T00:00:00.123+0000 7f202e527700  0 client.4123 ms_handle_reset on v2:10.5.0.2:6800/1234",
            "debug 2021-07-05T16:00:36.742+0000 7f202e527700  0 log_channel(audit) log [DBG] : from='client.14976'",
            "-45> 2025-04-28T11:02:10.419+0800 fffbe2ddc880  5 bluestore(/var/lib/ceph/osd/ceph-16) client",
            "2026-09-30T11:49:26.642+0300 713008a466c0 -1 osd.0 771 heartbeat_check: client",
            "2016-08-11 17:34:12.099883 7f71f23f5700 20 client.0 mgrc ms_handle_reset",
            "Mar 20 10:16:29 n06 ceph-mgr[916]: 2024-03-20T10:16:29.089+0000 7f09a4e47280 -1 client.admin",
        ],
    )  # fmt: skip
    def test_a_log_prefix_thread_id_is_no_mac(self, text):
        assert found(text, "MAC_ADDRESS") == []


class TestMacsInCephAndNetworkLogs:
    @pytest.mark.parametrize(
        ("text", "mac"),
        [
            # a bare MAC after a MAC word, with no debug level after it
            ("2024-01-01 12:00:01 DHCPACK client mac 001a2b3c4d5e 10 leases", "001a2b3c4d5e"),
            ("12:00:01 client 001a2b3c4d5e connected", "001a2b3c4d5e"),
            ("client mac 001a2b3c4d5e  0 retries", "001a2b3c4d5e"),
            # after a time but before a word, not a level
            ("12:00:01 client mac 001a2b3c4d5e  up", "001a2b3c4d5e"),
            # colon-separated, anywhere in a Ceph line (cephadm's host facts, a daemon's line)
            (
                (
                    "2024-01-01T00:00:00.000+0000 7f202e527700  0 [cephadm DEBUG] "
                    '"mac_address": "52:54:00:12:34:56"'
                ),
                "52:54:00:12:34:56",
            ),
            ("2024-01-01 00:00:00.000 00:1a:2b:3c:4d:5e  0 mac", "00:1a:2b:3c:4d:5e"),
        ],
    )
    def test_a_mac_address_is_found(self, text, mac):
        assert ("MAC_ADDRESS", mac) in found(text, "MAC_ADDRESS")

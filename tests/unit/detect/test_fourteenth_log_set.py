"""Kernel consoles, cloud services and cluster logs (issue 10, fourteenth log set's development work).

A kernel console's bracketed uptime stamp (``[  484.511718]``, even before "Call Trace") and
the ``pid.tid`` after one (Fuchsia's ``[00131.346] 01102.01116>``) are no phone numbers, nor
is a number with a zero-padded field of a dump (``0045 00000000``); a quad right after a path's
release directory (``.../updates/2.5.0.0``) is a release; a quad right after a regular
expression's group reference (``\\1127.0.0.1``, sed writing a setting) is an address; an SSH
protocol extension's name (``keepalive@openssh.com``) is no mailbox; a transaction id in the
quoted field after an access line's referrer (Swift's servers) is no user agent. Phone numbers
after a phone word, addresses in other paths, mailboxes at the same domains and agents in that
field stay as they were.
"""

from __future__ import annotations

import pytest
from tests.unit.detect._patterns import found


class TestKernelConsoleStampsAreNoPhones:
    @pytest.mark.parametrize(
        "text",
        [
            "[  484.511718][    C1] Call Trace:",
            "[ 1722.511384] general protection fault: 0000 [#1] SMP KASAN",
            "[00131.346] 01102.01116>   R8:     0x6ef13e",
            "[00121.386] 05209.05460> panic: payload too large",
            "0xffffd9800000e080 0045 00000000                0x0",
        ],
    )
    def test_console_numbers_are_not_phones(self, text):
        assert found(text, "PHONE_NUMBER") == []

    @pytest.mark.parametrize(
        ("text", "phone"),
        [
            ("call me at 0207 946 0018", "0207 946 0018"),
            ("[support] phone: +44 20 7946 0018", "+44 20 7946 0018"),
            ("[00131.346] call +44 20 7946 0018 now", "+44 20 7946 0018"),
        ],
    )
    def test_phone_numbers_stay(self, text, phone):
        assert ("PHONE_NUMBER", phone) in found(text, "PHONE_NUMBER")


class TestReleaseDirectories:
    @pytest.mark.parametrize(
        "text",
        [
            "Base url(http://public-repo-1.hortonworks.com/HDP/debian7/2.x/updates/2.5.0.0)",
            "fetch https://example.org/releases/1.2.3.4/app.tar.gz",
            "see /var/cache/builds/10.0.1.7/log",
        ],
    )
    def test_a_quad_after_a_release_directory_is_a_version(self, text):
        assert found(text, "IP_ADDRESS") == []

    @pytest.mark.parametrize(
        ("text", "ip"),
        [
            ("GET http://ipinfo.io/8.8.8.8/json", "8.8.8.8"),
            ("GET /api/hosts/10.1.2.3 HTTP/1.1", "10.1.2.3"),
            ("route via gw/10.0.0.1 now", "10.0.0.1"),
        ],
    )
    def test_addresses_in_other_paths_stay(self, text, ip):
        assert ("IP_ADDRESS", ip) in found(text, "IP_ADDRESS")


class TestAddressAfterGroupReference:
    def test_sed_replacement_address(self):
        text = r"sed -i -e 's|^\(auth_host[ \t]*=[ \t]*\).*$|\1127.0.0.1|' /etc/swift/test.conf"
        assert found(text, "IP_ADDRESS") == [("IP_ADDRESS", "127.0.0.1")]

    @pytest.mark.parametrize(
        "text",
        [
            r"s/\11.2.3/x/",  # the reference then three numbers: no quad after it
            r"C:\1.2.3.4.5\bin",  # a longer dotted run: a version
            r"s|x|\21.2.3.4-rc1|",  # a release's name
        ],
    )
    def test_no_address_after_a_reference(self, text):
        assert found(text, "IP_ADDRESS") == []


class TestSshExtensionNames:
    @pytest.mark.parametrize(
        "name",
        [
            "keepalive@openssh.com",
            "hostkeys-prove-00@openssh.com",
            "no-more-sessions@openssh.com",
            "chacha20-poly1305@openssh.com",
            "ssh-ed25519-cert-v01@openssh.com",
            "curve25519-sha256@libssh.org",
            "kex-strict-s-v00@openssh.com",
        ],
    )
    def test_extension_names_are_no_mailboxes(self, name):
        text = f"debug1: server_input_global_request: rtype {name} want_reply 1"
        assert found(text, "EMAIL_ADDRESS") == []

    @pytest.mark.parametrize(
        "address", ["openssh@openssh.com", "jdoe@openssh.com", "keepalive@example.com"]
    )
    def test_mailboxes_stay(self, address):
        assert found(f"mail {address} today", "EMAIL_ADDRESS") == [("EMAIL_ADDRESS", address)]


class TestTransactionIdIsNoAgent:
    def test_swift_server_line(self):
        text = (
            '127.0.0.1 - - [09/Jun/2014:15:51:42 +0000] "DELETE /sdb1/154/AUTH_2023/glance/1e3" '
            '204 - "DELETE http://127.0.0.1:8080/sdb1/237/AUTH_2023" '
            '"tx86cd978ef68c4c67b894c-005395d80e" "obj-server 32473" 0.0018'
        )
        assert found(text, "USER_AGENT") == []

    @pytest.mark.parametrize(
        ("text", "agent"),
        [
            ('1.2.3.4 - - [x] "GET / HTTP/1.1" 200 12 "-" "curl/7.1"', "curl/7.1"),
            (
                '1.2.3.4 - - [x] "GET / HTTP/1.1" 200 12 "-" "Go-http-client/1.1"',
                "Go-http-client/1.1",
            ),
            (
                '1.2.3.4 - - [x] "GET / HTTP/1.1" 200 12 "-" "facebookexternalhit"',
                "facebookexternalhit",
            ),
        ],
    )
    def test_agents_stay(self, text, agent):
        assert ("USER_AGENT", agent) in found(text, "USER_AGENT")

"""Configured host names and configuration markers (issue 10, the fifty-ninth log set's
development part, helper H234).

FRRouting's and keepalived's documentation names servers in configuration, not in sentences:
a router's command gives a cache server by its transport and port (``rpki cache tcp
rpki-validator.example.org 8282 preference 2``), an SMTP check the name it says in HELO
(``helo_name "mail.example.com"``). Those are machines' names, as after any host key, not
sites named in prose. keepalived opens a line with ``@name`` to make it conditional
(``@high priority 170``): a marker, no mention of a user. Values below are written for the
tests.
"""

from __future__ import annotations

import pytest

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner
from privkit.detect._ner import mention_findings


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)


def _found(scanner: Scanner, text: str, kind: str) -> list[str]:
    return [text[f.start : f.end] for f in scanner.scan(text) if f.entity_type.value == kind]


@pytest.mark.parametrize(
    "text",
    [
        "  rpki cache tcp rpki-validator.example.org 8282 preference 2\n",
        "rpki cache ssh cache.example.com 22 rtr-ssh ./ssh_key/id_rsa ./ssh_key/id_rsa.pub\n",
        "  rpki cache ssh cache.example.com source 198.51.100.2 22 rtr-ssh ./key\n",
        "router# logging host transport udp syslog.example.net 514\n",
        "    helo_name mail.example.com\n",
        '        helo_name "smtp.example.org"\n',
        "smtp_helo_name = relay.example.net\n",
        "HELO-NAME: gateway.example.com\n",
    ],
)
def test_a_configured_servers_name_is_no_url(scanner: Scanner, text: str) -> None:
    assert _found(scanner, text, "URL") == []


@pytest.mark.parametrize(
    "text",
    [
        "Visit example.com 24 hours a day.\n",
        "You can reach the team at example.org for help.\n",
        "The tcp example.com page explains it.\n",
        "connect over tcp example.com for help\n",
    ],
)
def test_a_site_named_in_a_sentence_is_still_a_url(scanner: Scanner, text: str) -> None:
    assert _found(scanner, text, "URL") == ["example.com" if "com" in text else "example.org"]


def test_a_true_value_beside_a_configured_host_is_still_found(scanner: Scanner) -> None:
    text = (
        "rpki cache tcp cache.example.org 8282 preference 2 ! admin jane.doe@example.com\n"
        "  helo_name mail.example.com\n  smtp_server 192.0.2.44\n"
    )
    assert _found(scanner, text, "EMAIL_ADDRESS") == ["jane.doe@example.com"]
    assert _found(scanner, text, "IP_ADDRESS") == ["192.0.2.44"]
    assert _found(scanner, text, "URL") == []


def _mentions(text: str) -> list[str]:
    return [text[f.start : f.end] for f in mention_findings(text, 0, score=0.85)]


@pytest.mark.parametrize(
    "text",
    [
        "@high net_namespace high\n@low net_namespace low\n",
        (
            "vrrp_script check_VI_0 {\n@high   script /etc/keepalived/check_high.sh\n"
            "@low    script /etc/keepalived/check_low.sh\n}\n"
        ),
        "vrrp_instance VI_1 {\n    virtual_router_id 1\n@high   priority 170\n@low    priority 85\n}\n",
        "  @main   router_id main_router\n  }\n",
        '@east    notification_email_from "ops"\n@west    smtp_connect_timeout 30\n',
    ],
)
def test_a_configuration_marker_is_no_mention(text: str) -> None:
    assert _mentions(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("@bob thanks for the fix\n@alice sure thing\n", ["bob", "alice"]),
        ("vrrp_instance VI_1 {\n@ravi please check priority 170 here\n}\n", ["ravi"]),
        ("Ping @carol about the priority 170 setting.\n}\n", ["carol"]),
        ("@dave priority 170\nthanks for looking.\n", ["dave"]),  # (no configuration next to it)
    ],
)
def test_a_mention_beside_configuration_is_still_found(text: str, expected: list[str]) -> None:
    assert _mentions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("*> [1][0.0.0.0][6][0][0][0300.0000.0001]\n", ["0300.0000.0001"]),
        ("BGP routing table entry for [1][0.0.0.0][6][0][0][0300.0000.0001]\n", ["0300.0000.0001"]),
        (
            "*> [2][0.0.0.0][6][0][0][0300.0000.0001][0300.0000.0002][192.0.2.1][192.0.2.2]\n",
            ["0300.0000.0001", "0300.0000.0002"],
        ),
        ("[1][0][1][1920.0000.2004]", ["1920.0000.2004"]),
        # no link-state prefix: another type, a word glued before it, too few fields, blanks
        ("call [7][0][0][0300.0000.0001]\n", []),
        ("x[1][0][0][0300.0000.0001]\n", []),
        ("[1][0][0300.0000.0001]\n", []),
        ("[1][0 0][6][0300.0000.0001]\n", []),
        ("[1][0][0][0300.0000.0001] \n", ["0300.0000.0001"]),
        ("[1][0][0][(0300.0000.0001)]\n", []),
    ],
)
def test_a_link_state_prefixs_system_id_is_a_mac(
    scanner: Scanner, text: str, expected: list[str]
) -> None:
    assert _found(scanner, text, "MAC_ADDRESS") == expected


def test_a_link_state_prefixs_addresses_are_still_found(scanner: Scanner) -> None:
    text = "*> [2][0.0.0.0][6][0][0][0300.0000.0001][0300.0000.0002][192.0.2.1][192.0.2.2]\n"
    assert _found(scanner, text, "IP_ADDRESS") == ["0.0.0.0", "192.0.2.1", "192.0.2.2"]  # noqa: S104

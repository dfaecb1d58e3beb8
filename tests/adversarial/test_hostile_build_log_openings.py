"""Hostile inputs for the build-log openings (2026-12-06): linear time, no hiding place.

A diagnostic location (``path.ext:12:5: ``) and a transfer line (``Downloading: URL``) open a
log record, where a link's path is not reported. The path is read for at most 256 characters
at a line's start; the personal parts of a link, an e-mail address and an IP address written
after or inside such an opening are still found.
"""

from __future__ import annotations

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner
from privkit.detect._ner import log_record


@pytest.fixture(scope="module")
def patterns() -> Scanner:
    return Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "a." * (40 * n),  # dots without a line number
        lambda n: "a.b" * (20 * n) + ":1: x",  # a path longer than the bound
        lambda n: "src/a.c:1:" * (10 * n),  # locations glued without a space
        lambda n: "Downloading from " + "x" * (40 * n),  # a repository name without its end
        lambda n: "src/a.c:1: x\n" * (4 * n),  # many lines, each a location
    ],
    ids=["dots", "long-path", "glued", "long-repository", "many-lines"],
)
def test_openings_stay_linear(patterns, make) -> None:
    grows_linearly(make, log_record)
    grows_linearly(make, patterns.scan)


@pytest.mark.parametrize(
    ("text", "value", "entity"),
    [
        # a link's user information, a personal query value, an e-mail address in its query
        ("src/a.c:1:1: see https://jane:pw@example.org/x", "jane:pw", "URL"),
        ("Downloading: https://r.example.com/a?email=jane@example.org", "jane@example.org",
         "EMAIL_ADDRESS"),
        ("Downloaded: https://r.example.com/a?user=jane.doe", "jane.doe", "URL"),
        # an e-mail address or an IP address written as the location's path
        ("jane@example.org:12: hi", "jane@example.org", "EMAIL_ADDRESS"),
        ("203.0.113.7:12: refused", "203.0.113.7", "IP_ADDRESS"),
        # an address after a location far longer than the bound
        ("a" * 300 + ".c:1: from 198.51.100.4", "198.51.100.4", "IP_ADDRESS"),
    ],
)  # fmt: skip
def test_personal_data_is_not_hidden(patterns, text, value, entity) -> None:
    got = [(text[f.start : f.end], f.entity_type.value) for f in patterns.scan(text)]
    assert (value, entity) in got

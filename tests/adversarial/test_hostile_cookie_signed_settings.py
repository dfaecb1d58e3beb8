"""Hostile inputs for H52's rules: a signed setting and an id-named header hide no id.

A signed cookie is let through only when its record decodes to printable text whose letter
and digit runs are all words: a random id, a number or binary data anywhere in the record
keeps the whole value reported, whatever the cookie's name. An id-named header reports its
value whatever the id looks like; long inputs cost linear time.
"""

from __future__ import annotations

import base64

import pytest
from tests.adversarial._linear import grows_linearly
from tests.unit.detect._patterns import cookie_values

from privkit.detect import Scanner


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


SID = "6f34e666e71445c9d39d8d06a347a13f"
DIGEST = "9e107d9d372bb6826bd81d3542a419d6e1f8a2c4"


def signed(record: bytes) -> str:
    return base64.b64encode(record).decode("ascii") + "--" + DIGEST


@pytest.mark.parametrize(
    "name", ["_zendesk_cookie", "prefs", "settings", "theme", "locale", "flash", "consent"]
)
def test_no_name_lets_a_signed_id_through(scanner, name) -> None:
    value = signed(b'{"device_tokens":{"' + SID.encode() + b'":1}}')
    assert cookie_values(scanner, f"Cookie: {name}={value}") == [value]


@pytest.mark.parametrize(
    "record",
    [
        b'{"device_tokens":{},"u":"' + SID[:8].encode() + b'"}',  # a short random run
        b'{"device_tokens":{},"n":123456}',  # a number of six digits
        b'{"device_tokens":{}}' + bytes(range(128, 160)),  # binary after words
        b'{"device_tokens":{},"k":"QzXkWvBnMpLr"}',  # scrambled letters
    ],
)
def test_an_id_inside_words_is_reported_whole(scanner, record) -> None:
    value = signed(record)
    assert cookie_values(scanner, f"Set-Cookie: _zendesk_cookie={value}; path=/") == [value]


def test_a_random_value_under_a_word_record_shape_is_reported(scanner) -> None:
    value = "ZGV2aWNlX3Rva2Vucw" + SID + "--" + DIGEST  # not valid base64 as a whole record
    assert cookie_values(scanner, f"Cookie: _zendesk_cookie={value}") == [value]


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "Cookie: prefs=" + signed(b'{"flag":true,' * n + b"}"),
        lambda n: "\n".join(f"X-Session-Id-{i}: {SID}" for i in range(n)),
        lambda n: "X-Session-Id: " + "a" * n,
    ],
    ids=["long-signed-record", "many-headers", "long-header-value"],
)
def test_the_rules_stay_linear(scanner, make) -> None:
    grows_linearly(make, scanner.scan)

"""Hostile inputs for H58's rules: a routing name or an unsigned token hides no id.

A cookie named in routing words is let through only when no word of its name names an id; a
random value under a name that merely contains such letters inside a word, an id word glued
to a routing word, or an F5-like value with one character off stays reported. An unsigned
token is let through only when both parts decode to words and the claims name no id. Long
names, values and token parts cost linear time.
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


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


@pytest.mark.parametrize(
    "name",
    [
        "route_session",  # an id word beside routing words
        "backendUserId",
        "pool-visitor",
        "lb_device",
        "serverToken",
        "affinity_csrf",
        "rerouted",  # routing letters inside another word
        "nodejs_app",
        "poolside",
        "x443",  # a port glued to a word is no port word
        "_443",  # a port alone is no pool's name
    ],
)
def test_a_random_value_under_a_non_routing_name_is_reported(scanner, name) -> None:
    assert cookie_values(scanner, f"Set-Cookie: {name}={SID}; path=/") == [SID]
    assert cookie_values(scanner, f"Cookie: a=1; {name}={SID}") == [SID]


@pytest.mark.parametrize(
    "value",
    [
        b64(b'{"alg":"none"}') + "." + b64(b'{"uid":"' + SID.encode() + b'"}'),
        b64(b'{"alg":"none"}') + "." + b64(b'{"n":1234567}'),
        b64(b'{"alg":"none"}') + "." + b64(bytes(range(128, 176))),  # binary claims
        b64(b'{"alg":"none"}') + "." + SID,  # claims that do not decode to text
        b64(b'{"alg":"none"}') + "." + b64(b"{}") + "." + b64(SID.encode()),  # signed
        SID[:16] + "." + SID[16:],  # two random halves
    ],
)
def test_a_token_carrying_anything_random_is_reported(scanner, value) -> None:
    assert cookie_values(scanner, f"Cookie: login={value}") == [value]


@pytest.mark.parametrize(
    "make",
    [
        lambda n: f"Set-Cookie: {'route_' * n}x={SID}; path=/",
        lambda n: f"Cookie: {'; '.join(f'pool{i}_lb={SID}' for i in range(n))}",
        lambda n: "Cookie: login=" + b64(b'{"alg":"none",' + b'"k":"word",' * n + b"}") + ".e30",
        lambda n: f"Set-Cookie: site={'9' * n}.{'1' * n}.0000; path=/",
    ],
    ids=["long-name", "many-routing-cookies", "long-token", "long-f5-like-value"],
)
def test_the_rules_stay_linear(scanner, make) -> None:
    grows_linearly(make, scanner.scan)

"""Hostile inputs for H46's no-randomness rules: placeholders and backend names hide no id.

A cookie value is let through as a placeholder only when its letters and digits carry no
randomness (one character repeated, or counted in order), and as a backend's name only when
it is an upper-case word and a short counter. The cookie's name plays no part: a routing- or
placeholder-sounding name over a random value is still reported, and an id glued to a count,
to zeros or to a backend's name is reported whole. Long counted values cost linear time.
"""

from __future__ import annotations

import pytest
from tests.adversarial._linear import grows_linearly
from tests.unit.detect._patterns import cookie_values

from privkit.detect import Scanner


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


SID = "6f34e666e71445c9d39d8d06a347a13f"


# Names in routing words alone ("backend_server", "route", "lb_node") were here until the
# fifteenth set's rule (H58): such a cookie names the server that serves the browser, as the
# load balancers' own prefixes ("BIGipServer", "X-Mapping-") already did; a routing word
# beside an id word ("route_session", "lb_visitor") is still reported
# (tests/adversarial/test_hostile_cookie_routing_names.py).
@pytest.mark.parametrize(
    "name",
    ["SRVAPI", "placeholder", "zeroes", "counter", "hover_session", "session-id",
     "backend_session", "route_uid"],
)  # fmt: skip
def test_no_name_lets_a_random_value_through(scanner, name) -> None:
    for text in (f"Cookie: {name}={SID}", f"Set-Cookie: {name}={SID}; Path=/"):
        assert cookie_values(scanner, text) == [SID]


@pytest.mark.parametrize(
    "value",
    [
        "0123456789abcdef" + SID,  # an id after a count
        SID + "0123456789abcdef",  # ... or before it
        "000-" + SID + "-0000000",  # an id between zero groups
        "0000000000000000" + SID[:8],
        "SERV149" + SID,  # an id after a backend's name
        "SERV" + SID[:3].upper(),  # letters after the counter's digits: not a counter
        "0123456789" * 3 + "x",  # one stray character breaks the count
        "ABCDEFGHJ123",  # more letters than a backend's word
        "SERV" + "1" * 20,  # a long number is no counter
    ],
)
def test_an_id_glued_to_a_placeholder_is_reported_whole(scanner, value) -> None:
    assert cookie_values(scanner, f"Cookie: session-id={value}; lang=en") == [value]


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "Cookie: sid=" + "0123456789abcdef" * n,
        lambda n: "Cookie: sid=" + "0-" * n + "0",
        lambda n: "Cookie: sid=" + "0123456789abcdef" * n + "x",
        lambda n: "Cookie: " + "; ".join(f"s{i}=SERV{i % 1000}" for i in range(n)),
    ],
    ids=["counted", "zeros", "counted-then-stray", "backends"],
)
def test_no_randomness_rules_stay_linear(scanner, make) -> None:
    grows_linearly(make, scanner.scan)

"""Two cookie classes of the forty-first HTTP set's development part (helper H217).

* An id built from the client's address and more id material (comScore's ``UID=<n>-<address>-
  <time>``): the whole value is one cookie id, over the address inside it, whatever the
  cookie's name (the thirty-second set's rule had only WebTrends' name).
* A history: an item's number (six digits at most) with two times or more
  (``azk-views=146300:1389625757,1390000070``, when an ad zone was seen) is no id.
"""

from __future__ import annotations

import pytest
from tests.unit.detect._patterns import found, request_cookie, set_cookie

SID = "f3K9xQ2mZ7pL4vR8tW1yB6nC"


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("UID", "21210511-198.51.100.57-1398221543"),  # comScore: a number, the address, a time
        ("vid", "a7f3c9e1-203.0.113.9"),  # a token, then the address
        ("trk", "x9Kq2Lm7-198.51.100.4-Zt5w"),  # a token on both sides
        ("Apache", "4f2a9c-192.0.2.44:7d3b1e"),  # a colon after the address
    ],
)
@pytest.mark.parametrize("wrap", [request_cookie, set_cookie])
def test_an_id_built_from_an_address_is_one_cookie_id(name, value, wrap) -> None:
    text = wrap(name, value)
    got = found(text)
    assert ("COOKIE_ID", value) in got
    inside = [(e, v) for e, v in got if v != value and v in value]
    assert inside == []  # the address inside is no finding of its own


@pytest.mark.parametrize(
    "value",
    [
        "198.51.100.23",  # the address alone
        "198.51.100.23:8080",  # an address and a port
    ],
)
def test_an_address_with_little_else_stays_an_address(value) -> None:
    text = request_cookie("last_ip", value)
    assert ("IP_ADDRESS", value.split(":")[0]) in found(text)


def test_an_id_beside_an_address_id_is_still_found() -> None:
    text = f"GET / HTTP/1.1\nCookie: UID=21210511-198.51.100.57-1398221543; sid={SID}\n"
    assert [v for e, v in found(text) if e == "COOKIE_ID"] == [
        "21210511-198.51.100.57-1398221543",
        SID,
    ]


@pytest.mark.parametrize(
    "value",
    [
        "146300%3A1389625757%2C1390000070",  # encoded: a zone and two times it was seen
        "146300:1389625757,1390000070",
        "123456:1700000000,1700000500,1700000900",
        "42|1700000000|1700003600",
        "9876:1389625757:20240105",  # a time and a date
    ],
)
@pytest.mark.parametrize("wrap", [request_cookie, set_cookie])
def test_a_history_of_times_is_no_id(value, wrap) -> None:
    assert [v for e, v in found(wrap("azk-views", value)) if e == "COOKIE_ID"] == []


@pytest.mark.parametrize(
    "value",
    [
        "8123456789:1700000000:1700000500",  # a ten-digit number with two times: a visitor's
        "250622224.374371830.1394561817.1396647638.1396650831.12",  # __utma's shape
        "1234567:1389625757,1390000070",  # a seven-digit number: longer than an item's
    ],
)
def test_a_longer_number_with_times_is_still_an_id(value) -> None:
    text = f"GET / HTTP/1.1\nCookie: vis={value}; sid={SID}\n"
    assert value in [v for e, v in found(text) if e == "COOKIE_ID"]

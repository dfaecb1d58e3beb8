"""The thirty-fifth vector set's development classes (issue 10): IPv4 written zero-padded to
three digits an octet, the IPv4 tail of a malformed IPv6 address, and card numbers cut into
groups of five.

Each class is shown in several shapes, with the look-alikes next to it that must stay
unflagged (version numbers, OIDs, times, round counts in thousands groups, columns of a
record) and the true values beside them that must still be found.
"""

from __future__ import annotations

import pytest

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner

PATTERNS = Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)


def _found(text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in PATTERNS.scan(text) if f.entity_type.value == entity]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The router at 192.168.000.001 answered.", "192.168.000.001"),
        ("000.000.000.000", "000.000.000.000"),
        ("gateway=010.000.000.001", "010.000.000.001"),
        ("permit ip host 172.016.005.020 any", "172.016.005.020"),
        ("Contact: 203.000.113.009.", "203.000.113.009"),
    ],
)
def test_zero_padded_quads_are_addresses(text, value):
    assert _found(text, "IP_ADDRESS") == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Budget: 100.000.000.000 euros",  # a round count in thousands groups
        "It cost 250.000.000.000 won",
        "version 001.002.003.004",  # a version word
        "build 010.020.030.040 shipped",
        "OID 1.3.6.1.4.1.311",
        "released at 12:34:56 today",
        "192.168.01.1",  # padded unevenly: not the fixed-width layout
        "010.0.0.1",
        "256.000.000.001",  # an octet over 255
    ],
)
def test_look_alikes_of_zero_padded_quads_are_no_addresses(text):
    assert _found(text, "IP_ADDRESS") == []


def test_an_address_next_to_a_padded_version_is_still_found():
    text = "version 001.002.003.004 on 192.168.000.001 and 10.0.0.1"
    assert _found(text, "IP_ADDRESS") == ["192.168.000.001", "10.0.0.1"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("40128 88888 88188 1", "40128 88888 88188 1"),
        ("value=40128-88888-88188-1", "40128-88888-88188-1"),
        ("Contact: 40128 88888 88188 1.", "40128 88888 88188 1"),
        ("I paid with 60110 91105 24835 8 yesterday.", "60110 91105 24835 8"),
        ("card 45395 78763 62148 6", "45395 78763 62148 6"),
    ],
)
def test_card_numbers_cut_into_fives_are_cards(text, value):
    assert _found(text, "CREDIT_CARD") == [value]


@pytest.mark.parametrize(
    "text",
    [
        "40128 88888 88188 2",  # fails the Luhn check
        "GET /x 200 40128 88888 88188 1 0.003",  # columns of a record
        "12345 67890 12345 6",
        "40128 8888 88188 1",  # groups of mixed widths opening with five
        "ports 40128 88888 88188",  # five-digit ports, no brand or check
        "took 37828 22463 10005 ms",  # equal fives: as likely three columns
    ],
)
def test_look_alikes_of_fives_are_no_cards(text):
    assert _found(text, "CREDIT_CARD") == []


def test_a_card_in_fours_beside_a_column_of_fives_is_still_found():
    text = "200 40128 88888 88188 1 0 card 4111 1111 1111 1111"
    assert _found(text, "CREDIT_CARD") == ["4111 1111 1111 1111"]


@pytest.mark.parametrize(
    "text",
    [
        "10:9:8:7:6:5:4:3:42.42.42.42",  # nine groups
        "9:8:7:6:5:4:3:42.42.42.42",
        "7:6:5:4:3:42.42.42.42",  # five groups and no "::": too few for an IPv6
        "fe80:0:0:0:2acf:daff:abcd:1.2.3.4",
        "fe80:0:0:0:2acf:daff:abcd:1.2.3.4%en1",
    ],
)
def test_the_ipv4_tail_of_a_malformed_ipv6_is_no_address(text):
    assert _found(text, "IP_ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("fe80:0:0:0:2acf:daff:1.2.3.4", "fe80:0:0:0:2acf:daff:1.2.3.4"),
        ("client ::ffff:192.0.2.1 connected", "::ffff:192.0.2.1"),
        ("64:ff9b::192.0.2.33", "64:ff9b::192.0.2.33"),
        ("at 12:00:01:10.0.0.1 done", "10.0.0.1"),  # a clock's fields are fewer than five
        ("ip:10.0.0.1", "10.0.0.1"),
        ("ping fe80::1%eth0 now", "fe80::1%eth0"),
    ],
)
def test_embedded_ipv4_and_quads_after_short_colon_runs_are_found(text, value):
    assert _found(text, "IP_ADDRESS") == [value]

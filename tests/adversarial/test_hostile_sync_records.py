"""Hostile inputs for H170's rules: partner-sync records, agent query fields, beacon cookie
copies, ad-request visitor ids, tab-separated records and address-time ids.

The rules spare an item only by its own shape (a partner's name and a time), cut an agent only
at its own query's ``&``, and read ids only where a copy, a ``_vid`` key, a tab after an id key
or an address-and-time shape says so: an id beside a spared item is still reported, and long
records or queries cost linear time.
"""

from __future__ import annotations

import random
import string

import pytest
from tests.adversarial._linear import grows_linearly
from tests.unit.detect._patterns import cookie_values, set_cookie

from privkit.detect import Scanner


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


RNG = random.Random(1700)
TOKEN = "".join(RNG.choice(string.ascii_letters + string.digits) for _ in range(24))
UUID = "6d0e1f2a-3b4c-4d5e-8f60-718293a4b5c6"


@pytest.mark.parametrize(
    "item", [f"zeta:{TOKEN}", f"sid:{TOKEN}", f"{TOKEN}", f"eta:1701234567{TOKEN}"]
)
def test_an_id_among_partner_times_is_reported(scanner, item) -> None:
    record = f"{UUID}|alpha.tv:1701234567;{item};bravo:1701234568"
    encoded = record.replace("|", "%7C").replace(":", "%3A").replace(";", "%3B")
    found = cookie_values(scanner, set_cookie("syncrec", encoded))
    assert UUID in found
    assert any(TOKEN in f for f in found)


def test_an_agent_query_field_does_not_swallow_an_id_after_it(scanner) -> None:
    text = f"GET https://px.test/i?ua=&sessionid={TOKEN}&x=1 HTTP/1.1"
    kinds = {(text[f.start : f.end], f.entity_type.value) for f in scanner.scan(text)}
    assert (TOKEN, "COOKIE_ID") in kinds
    assert not any(kind == "USER_AGENT" for _value, kind in kinds)


def test_a_copy_key_elsewhere_in_the_query_takes_nothing_else(scanner) -> None:
    text = f"GET https://stats.test/__utm.gif?utmcc=__utmz%3D1.2.3%3B&note=utmcc%3D{TOKEN} HTTP/1.1"
    assert all(TOKEN not in v for v in cookie_values(scanner, text))


def test_long_records_and_queries_cost_linear_time(scanner) -> None:
    def record(n: int) -> str:
        items = "%3B".join(f"p{i}%3A1701234567" for i in range(n // 2))
        copies = "%3B%2B".join(f"__utmz{i}%3D1.2.3" for i in range(n // 4))
        return (
            f"HTTP/1.1 200 OK\nSet-Cookie: syncrec={UUID}%7C{items}\n"
            f"GET https://s.test/__utm.gif?utmcc={copies}&ua=&ub=&ga_vid=1.2 HTTP/1.1\n"
        )

    grows_linearly(record, scanner.scan)

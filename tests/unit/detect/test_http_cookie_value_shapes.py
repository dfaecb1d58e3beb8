"""Cookie values that name no browser by their shape, whatever the cookie is named (issue 10,
helper H135, the twenty-seventh HTTP set).

A new site's cookie names are in no table, so these rules read the value: NetScaler's
persistence value (eight "f"s, then the service's address and port encrypted in 32 or 36
hex digits), a backend's host name and instance number ("flexocentral-q910-4"), a site's hash
then counts and a time ("255837392.1.10.1568465140", under a name that names no id), and
URL-safe base64 padded with underscores that decodes to a word ("ZXhjbHVkZWQ_": "excluded").
A random value of the same alphabet and length stays an id.
"""

from __future__ import annotations

import base64
import random
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.unit.detect._patterns import request_cookie, set_cookie

from privkit.detect import Scanner
from privkit.detect._builtin._cookie_values import _backend_name, _hash_counts

NETSCALER = "ffffffff090a8e0845525d5f4f58455e445a4a423660"


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


def _ids(scanner: Scanner, text: str) -> list[str]:
    return [text[f.start : f.end] for f in scanner.scan(text) if f.entity_type == "COOKIE_ID"]


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("lbsrv", NETSCALER),  # NetScaler's persistence value under a site's own name
        ("pool_x", "ffffffffaf1c3a1d45525d5f4f58455e445a4a42"),  # without the port
        ("xq", "flexocentral-q910-4"),  # a backend's host name and instance
        ("xq", "bender19-6"),
        ("srvroute", "p3plamfosv1-05"),
        ("web", "appserver-2"),
        ("site_state", "255837392.1.10.1568465140"),  # a site's hash, counts, a time
        ("hs_state", "128002579.1.1613227880360"),  # the time in milliseconds
        ("grp-x", "ZXhjbHVkZWQ_"),  # "excluded", padded with underscores
        ("grp-y", "dGVzdA__"),  # "test"
        ("grp-z", "Y29udHJvbA__"),  # "control"
    ],
)
@pytest.mark.parametrize("render", [set_cookie, request_cookie])
def test_value_shapes_that_name_no_browser(scanner, render, name, value):
    assert _ids(scanner, render(name, value)) == []


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("lbsrv", "fffffff0090a8e0845525d5f4f58455e445a4a42"),  # seven "f"s: a random value
        ("lbsrv", "0a8e08ffffffff45525d5f4f58455e445a4a4211"),
        ("lbsrv", "ffffffff090a8e0845525d5f4f58455e445a4a"),  # 38 digits: not NetScaler's
        ("lbsrv", "ffffffff090a8e0845525d5f4f58455e445a4a4236601"),  # 45
        ("xq", "a1b2c3d4e5f6g7h8-1"),  # a random token then a number
        ("xq", "3cbce9b1-ab38-50d4-93fd-42278f351a6a"),  # a UUID
        ("xq", "c9k2m8q4z1-73"),
        ("site_state", "255837392.1325773505.1613229491.1613229491.1613229491.1"),  # __utma
        ("visitor_id", "255837392.1.10.1568465140"),  # the name names an id
        ("site_state", "255837392.1.10.9999999999"),  # no time last
        ("grp-x", "q83vEjRWeJq83vEjRWeJmA__"),  # random bytes, padded with underscores
        ("grp-x", "ZXhjbHVkZWQ"),  # no padding: eleven characters, judged as before
    ],
)
def test_near_misses_stay_ids(scanner, name, value):
    text = set_cookie(name, value)
    assert _ids(scanner, text) == [value]


def test_the_value_beside_a_routing_value_is_still_read(scanner):
    text = request_cookie("lbsrv", NETSCALER) + "Cookie: sid=f3K9xQ2mZ7pL4vR8tW1yB6nC\n"
    assert _ids(scanner, text) == ["f3K9xQ2mZ7pL4vR8tW1yB6nC"]


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 2**32), fs=st.integers(0, 8))
def test_forty_hex_digits_are_routing_only_after_eight_fs(scanner, seed, fs):
    rnd = random.Random(seed)
    rest = "".join(rnd.choice("0123456789abcde") for _ in range(40 - fs))
    value = "f" * fs + rest  # a random value after ``fs`` "f"s (no "f" right after them)
    found = _ids(scanner, set_cookie("lbsrv", value))
    assert found == ([] if fs == 8 else [value])


@settings(max_examples=60, deadline=None)
@given(data=st.binary(min_size=6, max_size=48))
def test_random_bytes_padded_with_underscores_stay_ids(scanner, data):
    rnd = random.Random(data)
    raw = bytes(rnd.getrandbits(8) for _ in range(16 + len(data) % 8))
    value = base64.urlsafe_b64encode(raw).decode().replace("=", "_")
    assert _ids(scanner, set_cookie("grp-x", value)) == [value]


@settings(max_examples=80, deadline=None)
@given(seed=st.integers(0, 2**32), n=st.integers(1, 99))
def test_random_tokens_with_an_instance_number_stay_ids(seed, n):
    rnd = random.Random(seed)
    token = "".join(rnd.choice(string.ascii_lowercase) for _ in range(8))
    token += "".join(rnd.choice(string.digits) for _ in range(3))
    token = "".join(rnd.sample(token, len(token)))
    value = f"{rnd.choice(string.ascii_lowercase)}{token}-{n}"
    assert not _backend_name(value)  # three digits or more in the name: a random token


@settings(max_examples=80, deadline=None)
@given(
    head=st.integers(100_000, 4_294_967_295),
    middle=st.integers(100_000, 2_147_483_647),
    when=st.integers(1_000_000_000, 2_147_483_647),
)
def test_a_long_number_between_hash_and_time_is_no_counter(head, middle, when):
    assert _hash_counts(f"{head}.1.{when}")
    assert not _hash_counts(f"{head}.{middle}.{when}")

"""The thirty-third vector set's builder (``benchmarks/corpus/_vectors33.py``).

The checks every vector set's parts share are in ``test_vector_parts.py``. The snippets below
are written here, in the sources' shapes; none is a held-out record.
"""

from __future__ import annotations

import json

from benchmarks.corpus import _vectors33 as v33


def _values(items):
    return [(v[1], v[2]) for v in items]


def test_the_split_is_fixed_by_the_salted_hash():
    assert v33.split([r[0] for r in v33.SUITES]) == ([v33.WTFORMS[0]], [v33.IP_ADDRESS[0]])


def test_wtforms_parametrized_lists_labelled_by_the_function_name():
    src = """
import pytest

SHARED = ["http://user@example.org", "http://example.net/a"]


@pytest.mark.parametrize("url_val", ["http://example.org/", None, "https://example.com?q=1"])
def test_valid_url_passes(url_val, dummy_form, dummy_field):
    validator = url()


@pytest.mark.parametrize("url_val", ["http://-example.org/", "example.org"])
def test_bad_url_raises(url_val, dummy_form, dummy_field):
    validator = url()


@pytest.mark.parametrize("url_val", SHARED)
def test_userinfo_rejected_by_default(url_val):
    pass


@pytest.mark.parametrize("url_val", ["http://example.edu/"])
def test_something_else(url_val):
    pass


def test_custom_schemes_allowlist(dummy_form, dummy_field):
    dummy_field.data = "ftp://example.com/file.txt"
"""
    items = v33.wtforms_items(src, "tests/validators/test_url.py")
    assert {v[0] for v in items} == {v33.URL}
    assert _values(items) == [
        ("http://example.org/", True),
        ("https://example.com?q=1", True),
        ("http://-example.org/", False),
        ("example.org", False),
        ("http://user@example.org", False),
        ("http://example.net/a", False),
    ]


def test_ip_address_data_files():
    src = json.dumps(
        [
            {"address": "2001:db8::7", "conditions": ["x"]},
            {"address": 7, "conditions": []},
            {"conditions": []},
        ]
    )
    assert _values(v33.ip_address_items(src, "test/data/valid-ipv6-addresses.json")) == [
        ("2001:db8::7", True)
    ]
    assert _values(v33.ip_address_items(src, "test/data/invalid-ipv6-addresses.json")) == [
        ("2001:db8::7", False)
    ]


def test_settle_drops_conventional_addresses_refused_under_an_option():
    kept = v33.settle(
        [
            (v33.IP, "2001:db8::7", True, "passes", "p"),
            (v33.IP, "2001:db8::7", False, "raises", "p"),  # a valid address: no negative
            (v33.IP, "198.51.100.1000", False, "raises", "p"),
            (v33.EMAIL, "", False, "raises", "p"),  # the empty value: out
        ]
    )
    assert _values(kept) == [("2001:db8::7", True), ("198.51.100.1000", False)]

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


def test_the_second_batch_is_split_by_its_own_salt():
    assert v33.split([r[0] for r in v33.SUITES_B], v33.SPLIT_SALT_B) == (
        [v33.FLANKER[0]],
        [v33.YUP[0]],
    )


def test_flanker_fixture_lines():
    src = "# Valid Dataset\n#\nann@example.org\n\n  bo.b@example.net  \n"
    assert _values(v33.flanker_items(src, "tests/fixtures/mailbox_valid.txt")) == [
        ("ann@example.org", True),
        ("bo.b@example.net", True),
    ]
    items = v33.flanker_items("ftp://example.org/a\n", "tests/fixtures/url_invalid.txt")
    assert [(v[0], v[1], v[2]) for v in items] == [(v33.URL, "ftp://example.org/a", False)]


def test_yup_string_schemas_of_claimed_types():
    src = """
  it('should check EMAIL', () => {
    let v = string().email();

    return expect(v.isValid('ann@example.org')).resolves.toBe(true);
  });

  it('should check URL', function () {
    let v = string().url();

    return Promise.all([
      expect(v.isValid('https://example.org/a')).resolves.toBe(true),
      expect(v.isValid('example')).resolves.toBe(
        false,
      ),
      expect(v.isValid('https://x.org', { strict: true })).resolves.toBe(false),
    ]);
  });

  it('should check UUID', function () {
    let v = string().uuid();
    return expect(v.isValid('ann@example.org')).resolves.toBe(false);
  });
"""
    items = v33.yup_items(src, "test/string.ts")
    assert [(v[0], v[1], v[2]) for v in items] == [
        (v33.EMAIL, "ann@example.org", True),
        (v33.URL, "https://example.org/a", True),
        (v33.URL, "example", False),
    ]

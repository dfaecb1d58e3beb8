"""The twenty-third vector set's builder (``benchmarks/corpus/_vectors23.py``).

The checks every vector set's parts share are in ``test_vector_parts.py``. The snippets below
are written here, in the sources' shapes; none is a held-out record.
"""

from __future__ import annotations

import shutil

import pytest
from benchmarks.corpus import _vectors23 as v23


def test_the_split_is_fixed_by_the_salted_hash():
    assert v23.split([r[0] for r in v23.SUITES]) == (
        [v23.VALIBOT[0], v23.JOI[0]],
        [v23.ZOD[0], v23.GARDE[0]],
    )
    assert v23.split([r[0] for r in v23.SUITES_B], v23.SPLIT_SALT_B) == (
        [v23.PYDANTIC[0], v23.MARSHMALLOW[0]],
        [v23.OZZO[0], v23.CLASS_VALIDATOR[0]],
    )


def test_rule_2_keeps_values_as_text_writes_them():
    assert v23.gold_ok(v23.IMEI, "490154203237518")
    assert v23.gold_ok(v23.IMEI, "49-015420-323751-8")
    assert not v23.gold_ok(v23.IMEI, "490154203237519")  # the Luhn check
    assert not v23.gold_ok(v23.IMEI, "4901542-03237518")  # not 2-6-6-1
    assert v23.gold_ok(v23.DATE, "2023-07-11T17:26:27Z")
    assert not v23.gold_ok(v23.DATE, "0000-01-01")  # no calendar has year 0
    assert v23.gold_ok(v23.URL, "https://example.org/a")
    assert not v23.gold_ok(v23.URL, "file:///etc/hosts")
    assert v23.gold_ok(v23.PHONE, "+1 (555) 010-0100")
    assert not v23.gold_ok(v23.PHONE, "+12345")
    assert not v23.gold_ok(v23.IP, "10.0.0.0/8")  # a CIDR block
    assert not v23.gold_ok(v23.MAC, "00:11:22:33:44:55:66:77")  # EUI-64


def test_rule_3_keeps_refused_values_that_are_still_of_the_type_out_of_the_negatives():
    assert not v23.negative_ok(v23.IMEI, " 49 015420 323751 8")
    assert v23.negative_ok(v23.IMEI, "49015420323751")
    assert not v23.negative_ok(v23.PHONE, "+1 555 010 0100")
    assert v23.negative_ok(v23.PHONE, "+12a4")
    vecs = [("IMEI", "490154203237518", True, "c", "p"),
            ("IMEI", "490154203237518", False, "c", "p"),
            ("IMEI", "4901542032375", False, "c", "p"),
            ("EMAIL_ADDRESS", "a@b.cd", True, "c", "p"),
            ("EMAIL_ADDRESS", "a@b.cd", False, "c", "p")]  # fmt: skip
    # the refused IMEI is still one (rule 3); the e-mail address labelled both ways is out
    assert [(v, ok) for _t, v, ok, _c, _p in v23.settle(vecs)] == [
        ("490154203237518", True), ("4901542032375", False)]  # fmt: skip


def test_zod_reads_direct_calls_loops_and_each():
    src = """
test("a", () => {
  const ip = z.string().ipv4();
  expect(ip.safeParse("10.1.2.3").success).toBe(true);
  expect(ip.safeParse("10.1.2").success).toBe(false);
  expect(() => ip.parse("x.y")).toThrow();
  const narrow = z.mac({ delimiter: ":" });
  expect(narrow.safeParse("00-11-22-33-44-55").success).toBe(false);
  const good = ["+15550100100", "+4930123456"];
  const bad = ["+1"];
  const tel = z.e164();
  expect(good.every((n) => tel.safeParse(n).success)).toBe(true);
  expect(bad.every((n) => tel.safeParse(n).success === false)).toBe(true);
  for (const n of ["4111 1111", "abc"]) {
    expect(() => z.creditCard().parse(n)).toThrow();
  }
  z.date().parse("2020-01-01");
});
const valid: [string, string][] = [["Visa", "4111111111111111"]];
test.each(valid)("card %s", (_label, n) => {
  expect(z.creditCard().parse(n)).toBe(n);
});
"""
    got = [(t, v, ok) for t, v, ok, _c, _p in v23.zod_items(src, "p")]
    assert got == [
        ("IP_ADDRESS", "10.1.2.3", True), ("IP_ADDRESS", "10.1.2", False),
        ("IP_ADDRESS", "x.y", False),
        ("PHONE_NUMBER", "+15550100100", True), ("PHONE_NUMBER", "+4930123456", True),
        ("PHONE_NUMBER", "+1", False),
        ("CREDIT_CARD", "4111 1111", False), ("CREDIT_CARD", "abc", False),
        ("CREDIT_CARD", "4111111111111111", True),
    ]  # fmt: skip


def test_garde_reads_top_level_tests_only():
    src = """
#[test]
fn ip_v4_invalid() {
    util::check_fail!(&[TestIpV4 { field: "::1", inner: &["::1"] }], &())
}

#[test]
fn url_tuple_valid() {
    util::check_ok(&[Tuple("https://example.org/\\u{e9}")], &())
}

mod length {
    #[test]
    fn url_valid() {
        let url: Url = "https://example.com".parse().unwrap();
    }
}
"""
    got = [(t, v, ok) for t, v, ok, _c, _p in v23.garde_items(src, "p")]
    assert got == [("URL", "https://example.org/\u00e9", True)]


@pytest.mark.skipif(shutil.which("node") is None, reason="node runs joi's test file")
def test_joi_keeps_narrowing_options_and_defaults_only():
    src = """
'use strict';
const Lab = require('@hapi/lab');
const Joi = require('../..');
const Helper = require('../helper');
const { describe, it } = exports.lab = Lab.script();
describe('string', () => {
    it('validates', () => {
        Helper.validate(Joi.string().email(), [['a@example.com', true], ['a@', false, 'x']]);
        Helper.validate(Joi.string().email({ tlds: false }), [['a@example.zz', true]]);
        Helper.validate(Joi.string().ip({ version: ['ipv4'] }), [['10.0.0.1', true], ['::1', false]]);
        Helper.validate(Joi.string().uri().allow('x'), [['x', true]]);
    });
});
"""
    import subprocess

    def fake_show(_git, _commit, _path):
        return src

    orig = v23.git_show
    v23.git_show = fake_show
    try:
        got = [(t, v, ok) for t, v, ok, _c, _p in v23.joi("unused")]
    finally:
        v23.git_show = orig
    assert subprocess is not None
    assert got == [("EMAIL_ADDRESS", "a@example.com", True), ("EMAIL_ADDRESS", "a@", False),
                   ("IP_ADDRESS", "10.0.0.1", True)]  # fmt: skip


def test_parametrized_tests_give_their_named_argument_and_the_written_address():
    src = """
import pytest

@pytest.mark.parametrize('value,name,email', [
    ('Jane Roe <jane@example.org>', 'Jane Roe', 'jane@example.org'),
    pytest.param(' ann@example.org', 'ann', 'ann@example.org', id='space'),
])
def test_address_valid(value, name, email):
    pass

@pytest.mark.parametrize('value', ['10.0.0.1', b'\\x01\\x01\\x01\\x01', 16843009])
def test_ipv4address_success(value):
    pass

@pytest.mark.parametrize('value', ['1.2.3.4.5'])
def test_ipv4address_fails(value):
    pass
"""
    got = [(t, v, ok) for t, v, ok, _c, _p in v23.parametrized_items(src, "tests/test_networks.py")]
    assert got == [("EMAIL_ADDRESS", "jane@example.org", True),
                   ("EMAIL_ADDRESS", "ann@example.org", True)]  # fmt: skip
    got = [
        (t, v, ok)
        for t, v, ok, _c, _p in v23.parametrized_items(src, "tests/test_networks_ipaddress.py")
    ]
    assert got == [("IP_ADDRESS", "10.0.0.1", True)]  # narrowed refusals are no negatives


def test_ozzo_reads_the_table_rows_of_claimed_rules():
    src = """
		{"Email", Email, "a@example.com", "example.com", "must be a valid email address"},
		{"IPv4", IPv4, "10.0.0.1", "::1", "must be a valid IPv4 address"},
		{"UUID", UUID, "x", "y", "z"},
"""
    got = [(t, v, ok) for t, v, ok, _c, _p in v23.ozzo_items(src)]
    assert got == [("EMAIL_ADDRESS", "a@example.com", True),
                   ("EMAIL_ADDRESS", "example.com", False), ("IP_ADDRESS", "10.0.0.1", True)]  # fmt: skip


@pytest.mark.skipif(shutil.which("node") is None, reason="node evaluates the arrays")
def test_class_validator_pairs_each_decorator_with_its_block_arrays():
    src = """
describe('IsIP', () => {
  const validValues = ['10.0.0.1', null];
  const invalidValues = ['1.2.3'];
  class MyClass {
    @IsIP()
    someProperty: string;
  }
});
describe('IsPhoneNumber', () => {
  const validValues = ['+49 30 1234567'];
  const invalidValues = ['030 1234567'];
  class MyClass {
    @IsPhoneNumber('DE')
    someProperty: string;
  }
});
"""
    got = [(t, v, ok) for t, v, ok, _c, _p in v23.class_validator_items(src)]
    assert got == [("IP_ADDRESS", "10.0.0.1", True), ("IP_ADDRESS", "1.2.3", False),
                   ("PHONE_NUMBER", "+49 30 1234567", True)]  # fmt: skip

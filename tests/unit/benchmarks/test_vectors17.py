"""The seventeenth vector set's builder (``benchmarks/corpus/_vectors17.py``).

The checks every vector set's parts share are in ``test_vector_parts.py``.
"""

from __future__ import annotations

import pytest
from benchmarks.corpus import _vectors17 as v17


def test_the_split_is_fixed_by_the_salted_hash():
    dev, hold = v17.split([r[0] for r in v17.SUITES])
    assert dev == [v17.JSON_SCHEMA[0], v17.EGULIAS[0], v17.MINGRAMMER[0], v17.IPADDRJS[0]]
    assert hold == [v17.COMMONREGEX_RS[0], v17.NETADDR[0], v17.JQUERY_PAYMENT[0]]


@pytest.mark.parametrize(
    ("etype", "value", "gold"),
    [("IP_ADDRESS", "192.168.0.1", True), ("IP_ADDRESS", "0xc0.168.1.1", False),
     ("IP_ADDRESS", "3232235777", False), ("IP_ADDRESS", "fe80::1%eth0", True),
     ("MAC_ADDRESS", "3D-F2-C9-A6-B3-4F", True), ("MAC_ADDRESS", "001b.7749.54fd", True),
     ("MAC_ADDRESS", "001b774954fd", False), ("CREDIT_CARD", "4111 1111 1111 1111", True),
     ("CREDIT_CARD", "0000-0000-0000-0000", False), ("US_SSN", "000-00-0000", False),
     ("US_SSN", "123-45-6789", True), ("CRYPTO", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", True),
     ("CRYPTO", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3", False),
     ("IBAN_CODE", "GB82 WEST 1234 5698 7654 32", True), ("EMAIL_ADDRESS", "a@b", True)],
)  # fmt: skip
def test_a_valid_value_passes_its_types_check(etype, value, gold):
    assert v17.gold_ok(etype, value) is gold


@pytest.mark.parametrize(
    ("etype", "value", "negative"),
    [("IP_ADDRESS", " 192.168.0.1", False), ("IP_ADDRESS", "1024.0.0.1", True),
     ("DATE_TIME", "06/19/1963", False), ("DATE_TIME", "2023-W01", True),
     ("URL", "http://example.com/%6G", False), ("URL", "1http://example.com", True),
     ("EMAIL_ADDRESS", "te..st@example.com", True)],
)  # fmt: skip
def test_a_refused_value_is_a_negative_unless_still_of_the_type(etype, value, negative):
    assert v17.negative_ok(etype, value) is negative


def test_go_lists_give_valid_and_whole_type_failing_values():
    src = """
func TestCommonRegex_Emails(t *testing.T) {
	tests := []string{
		"john@example.net",
	}
	failingTests := []string{
		"john.smith@gmail..com",
	}
}

func TestCommonRegex_VISACreditCards(t *testing.T) {
	tests := []string{
		"4111 1111 1111 1111",
	}
	failingTests := []string{
		"5500 0000 0000 0004",
	}
}
"""
    got = {(t, v, ok) for t, v, ok, _c, _p in v17.mingrammer_items(src)}
    assert got == {("EMAIL_ADDRESS", "john@example.net", True),
                   ("EMAIL_ADDRESS", "john.smith@gmail..com", False),
                   ("CREDIT_CARD", "4111 1111 1111 1111", True)}  # fmt: skip


def test_php_providers_give_one_literal_rows_only():
    src = """
    public static function getValidEmails()
    {
        return array(
            ['fab\\'ien@symfony.com'],
            [sprintf('example@%s.com', str_repeat('x', 40))],
        );
    }

    public static function getInvalidEmails()
    {
        return [
            ['test@example..com'],
            ['test@' . chr(226) . '.org'],
        ];
    }
"""
    got = [(v, ok) for _t, v, ok, _c, _p in v17.egulias_items(src, "p")]
    assert got == [("fab'ien@symfony.com", True), ("test@example..com", False)]


def test_js_checks_and_parse_calls():
    src = """
        equal(IPv4.isValid('1024.0.0.1'), false);
        equal(IPv6.isValid('2001:db8:F53A::1'), true);
        deepEqual(IPv4.parse('192.168.1.1').octets, [192, 168, 1, 1]);
        throws(() => {
            IPv4.parse('10.0.0.wtf');
        });
"""
    got = {(v, ok) for _t, v, ok, _c, _p in v17.ipaddrjs_items(src)}
    assert got == {("1024.0.0.1", False), ("2001:db8:F53A::1", True), ("192.168.1.1", True),
                   ("10.0.0.wtf", False)}  # fmt: skip


def test_rust_cases_locate_expected_values_in_docs_and_tests():
    src = """
/// let text = String::from("mail a@b.io or c@d.io");
/// assert_eq!(vec!["a@b.io", "c@d.io"], commonregex::internet::email(&text));
    fn none() {
        let text = String::from("no address here");
        assert_eq!(vec![], email(&text));
    }
"""
    got = v17.commonregex_rs_cases(src, "p")
    assert got == [("EMAIL_ADDRESS", "mail a@b.io or c@d.io", [(5, 11), (15, 21)], "email", "p"),
                   ("EMAIL_ADDRESS", "no address here", [], "email", "p")]  # fmt: skip


def test_coffee_card_specs():
    src = """
    it 'should fail', ->
      topic = $.payment.validateCardNumber '4242424242424241'
      assert.equal topic, false
    it 'should pass', ->
      assert($.payment.validateCardNumber('4111111111111111'), 'visa')
      assert(!$.payment.validateCardNumber('41111'), 'short')
"""
    got = {(v, ok) for _t, v, ok, _c, _p in v17.jquery_payment_items(src)}
    assert got == {("4242424242424241", False), ("4111111111111111", True), ("41111", False)}

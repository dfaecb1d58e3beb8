"""The thirty-fifth vector set's builder (``benchmarks/corpus/_vectors35.py``).

The checks every vector set's parts share are in ``test_vector_parts.py``. The snippets below
are written here, in the sources' shapes; none is a held-out record.
"""

from __future__ import annotations

from benchmarks.corpus import _vectors35 as v35


def _values(items):
    return [(v[1], v[2]) for v in items]


def test_the_split_is_fixed_by_the_salted_hash_per_type():
    assert v35.split([v35.IPADDRESS[0], v35.SEANCFOLEY[0]], "vectors35-ip:") == (
        [v35.IPADDRESS[0]],
        [v35.SEANCFOLEY[0]],
    )
    assert v35.split([v35.SWIFTCC[0], v35.CREDITCARDJS[0]], "vectors35-card:") == (
        [v35.CREDITCARDJS[0]],
        [v35.SWIFTCC[0]],
    )


def test_rule_2_addresses_zone_mapped_and_leading_zero_quads():
    for ok in ("192.0.2.7", "2001:db8::1", "fe80::1%eth0", "::ffff:192.0.2.1", "010.000.002.001"):
        assert v35.ip_address(ok), ok
    for bad in ("256.0.0.1", "1.2.3", "0x0a.0.0.1", "[::1]", "1.2.3.4:80", "0000.1.1.1"):
        assert not v35.ip_address(bad), bad


def test_rule_3_bracketed_ported_and_prefixed_addresses_are_neither():
    for layout in ("[::1]", "[2001:db8::1]:443", "192.0.2.1:8080", "10.0.0.0/8", "::1/128"):
        assert v35.address_layout(layout), layout
    assert not v35.address_layout("1.2.3.4::")
    vecs = [
        (v35.IP, "[::1]:443", True, "c", "p"),
        (v35.IP, "[::1]:443", False, "c", "p"),
        (v35.IP, "10.0.0.0/8", False, "c", "p"),
        (v35.IP, "016.016.016.016", False, "c", "p"),
        (v35.IP, "1.2.3.4::", False, "c", "p"),
        (v35.IP, "192.0.2.1", True, "c", "p"),
        (v35.IP, "192.0.2.1", False, "c", "p"),
        (v35.IP, "192.000.002.001", True, "c", "p"),
    ]
    # a refused address is no negative, so the accepted one stays gold
    assert _values(v35.settle(vecs)) == [
        ("1.2.3.4::", False),
        ("192.0.2.1", True),
        ("192.000.002.001", True),
    ]


def test_ipaddress_calls_and_error_helpers():
    src = """
    def test_leading_zeros(self):
        self.assertInstancesEqual("000.000.000.000", "0.0.0.0")
        self.assertInstancesEqual(3232235521, "192.168.0.1")

    def test_x(self):
        addr = ipaddress.ip_address('192.0.2.9')
        with self.assertRaises(ValueError):
            ipaddress.IPv4Address("192.0.2.300")
        self.assertEqual(x, ipaddress.IPv6Address("2001:db8::5"))

    def test_bad(self):
        assertBadSplit("42.42.42")
        assertBadOctet("1.2.3.4e0", "4e0")
        assertBadPart('1234:axy::b', "axy")
"""
    assert _values(v35.ipaddress_items(src, "test_ipaddress.py")) == [
        ("000.000.000.000", True),
        ("0.0.0.0", True),  # noqa: S104
        ("192.168.0.1", True),
        ("192.0.2.9", True),
        ("2001:db8::5", True),
        ("42.42.42", False),
        ("1.2.3.4e0", False),
        ("1234:axy::b", False),
    ]


def test_java_calls_with_a_literal_verdict_only():
    src = """
        ipv4test(true, "192.0.2.1");
        ipv6test(0,"1:2");
        ipv6test(1,"::1", true);
        ipv4test(isLenient(), "1.2.3");
        ipv6test(pass, x);
    """
    assert _values(v35.seancfoley_items(src, "T.java")) == [
        ("192.0.2.1", True),
        ("1:2", False),
        ("::1", True),
    ]


def test_creditcardjs_single_argument_calls_and_the_brand_table():
    src = """
  const CREDIT_CARDS = {
    visa: '4111111111111111',
    amex: '378282246310005',
  }
      expect(isValid('4012888888881881')).toBeTruthy()
      expect(isValid('4012888888881881', { cards: ['foo'] })).toBeFalsy()
      expect(isValid('40128888888818811351')).toBe(false)
      expect(isValid('foobar')).toBeFalsy()
"""
    assert _values(v35.creditcardjs_items(src, "src/creditcard.test.js")) == [
        ("4012888888881881", True),
        ("40128888888818811351", False),
        ("foobar", False),
        ("4111111111111111", True),
        ("378282246310005", True),
    ]


def test_swift_valid_and_invalid_tables():
    src = """
    func testValidData() {
        let values: [(CreditCardType, String)] = [
            (.visa, "4111111111111111"),
        ]
    }

    func testInvalidData() {
        let values: [(CreditCardType, String)] = [
            (.visa, "4111111111111112"),
        ]
    }
"""
    assert _values(v35.swiftcc_items(src, "T.swift")) == [
        ("4111111111111111", True),
        ("4111111111111112", False),
    ]


def test_libuv_ip4_asserts_and_ip6_lists_with_the_zone_suffix():
    src = """
  ASSERT_OK(uv_ip4_addr("127.0.0.1", TEST_PORT, &addr));
  ASSERT_EQ(UV_EINVAL, uv_ip4_addr("255.255.255.256", TEST_PORT, &addr));
#define GOOD_ADDR_LIST(X)                                                     \\
    X("fe80::1")                                                              \\

#define BAD_ADDR_LIST(X)                                                      \\
    X("abcde::1")                                                             \\

"""
    assert _values(v35.libuv_items(src, "test/test-ip6-addr.c")) == [
        ("127.0.0.1", True),
        ("255.255.255.256", False),
        ("fe80::1", True),
        ("fe80::1%en1", True),
        ("abcde::1", False),
        ("abcde::1%en1", False),
    ]

"""The thirty-sixth vector set's builder (``benchmarks/corpus/_vectors36.py``).

The checks every vector set's parts share are in ``test_vector_parts.py``. The snippets below
are written here, in the sources' shapes; none is a held-out record.
"""

from __future__ import annotations

from benchmarks.corpus import _vectors36 as v36


def _values(items):
    return [(v[1], v[2]) for v in items]


def test_the_split_is_fixed_by_the_salted_hash():
    assert v36.split([r[0] for r in v36.SUITES]) == (
        [v36.PHPIP[0], v36.IPLIB[0], v36.RUBYIPADDR[0]],
        [v36.RUSTCIDR[0], v36.NODEIP[0], v36.DARSYN[0]],
    )


def test_every_suite_names_its_files_and_a_permissive_licence():
    for repo in (*v36.SUITES, v36.NETIPX, v36.IPY, v36.IPTOOLS):
        assert v36.FILES[repo[0]], repo[0]
        assert len(repo[1]) == 40
        assert repo[2] in {"MIT", "BSD-2-Clause", "BSD-3-Clause"}


def test_php_providers_invalid_by_name_rows_without_labels_or_packed_bytes():
    src = """
class IPv4Test extends TestCase
{
    public function validAddresses()
    {
        return [
            'human readable' => ['192.0.2.7', '192.0.2.7', '3221225991'],
            // ['192.0.2.99', 'commented out'],
            [inet_pton('198.51.100.1'), '198.51.100.1'],
        ];
    }
    public function invalidAddresses()
    {
        return [['abc'], ['192.0.2.300'], [pack('H*', 'c0000207')]];
    }
    public function testConstructValid($ip) { $x = new IPv4('203.0.113.5'); }
}
"""
    assert _values(v36.phpip_items(src, "IPv4Test.php")) == [
        ("192.0.2.7", True),
        ("192.0.2.7", True),
        ("3221225991", True),
        ("198.51.100.1", True),
        ("198.51.100.1", True),
        ("abc", False),
        ("192.0.2.300", False),
    ]
    # numbers and labels drop out by rule 2; one value of each kind is kept
    kept = _values(v36.settle(v36.phpip_items(src, "IPv4Test.php")))
    assert ("3221225991", True) not in kept
    assert ("abc", False) in kept


def test_ip_lib_providers_by_name_prefix():
    src = """
    public function validAddressesProvider()
    {
        return array(
            array('f::1', 'f::1', '000f:0000:0000:0000:0000:0000:0000:0001'),
        );
    }
    public function invalidAddressesProvider()
    {
        return array(array('1::1::1'), array(0));
    }
    public function casesProvider() { return array(array('0.0.0.0377', true)); }
"""
    assert _values(v36.iplib_items(src, "ValidTest.php")) == [
        ("f::1", True),
        ("f::1", True),
        ("000f:0000:0000:0000:0000:0000:0000:0001", True),
        ("1::1::1", False),
    ]


def test_ruby_constructor_raises_rows_and_printed_forms():
    src = """
  def test_s_new
    [
      ["0:0:0:1::"],
    ].each { |args| assert_nothing_raised { IPAddr.new(*args) } }
    a = IPAddr.new("3ffe:505:2::")
    assert_equal("3ffe:505:2::", a.to_s)
    assert_raise(IPAddr::InvalidAddressError) { IPAddr.new("192.168.0.256") }
    assert_raise(IPAddr::InvalidPrefixError) { IPAddr.new("::1/129") }
    e = assert_raise(IPAddr::InvalidAddressError) {
      IPAddr.new("192.168.2.1").ip6_arpa
    }
    assert_raise(IPAddr::InvalidAddressError) do
      IPAddr.new('INVALID')
    end
  end
  def test_other
    ["1", "255.255.255.0"].each { |x| assert_raise(IPAddr::InvalidPrefixError) { a.prefix = x } }
  end
"""
    assert _values(v36.rubyipaddr_items(src, "test/test_ipaddr.rb")) == [
        ("0:0:0:1::", True),
        ("3ffe:505:2::", True),
        ("3ffe:505:2::", True),
        ("192.168.0.256", False),
        ("INVALID", False),
    ]


def test_rust_inet_tests_parse_and_should_panic():
    src = """
#[test]
fn parse_v4_localhost() {
\ttest_v4("127.0.0.1", Ipv4Addr::new(127, 0, 0, 1), 32);
}

#[test]
#[should_panic(expected = "invalid length")]
fn parse_v4_33bit() {
\t"192.0.2.0/33".parse::<Ipv4Inet>().unwrap();
}

#[test]
fn order_v6() {
\ttest_v6_order(Ordering::Less, "::", "::1");
\tassert_eq!(format_cidr_fixed!("{}", "::1".parse::<IpInet>().unwrap()), "::1");
}
"""
    assert _values(v36.rustcidr_items(src, "src/inet/tests.rs")) == [
        ("127.0.0.1", True),
        ("192.0.2.0/33", False),
        ("::1", True),
        ("::", True),
        ("::1", True),
    ]


def test_node_ip_helpers_and_outputs():
    src = """
    assert.equal(ip.isPrivate('10.0.0.1'), true);
    assert.equal(ip.toString(ip.toBuffer('::ffff:127.0.0.1')), '::ffff:7f00:1');
    assert.equal(ip.normalizeToLong('127.0.0.1'), 2130706433);
    assert.equal(ip.normalizeToLong('1.2.3.4.5'), -1);
    assert.equal(ipv4Subnet.firstAddress, '192.168.1.129');
    const buf = ip.toBuffer('127.0.0.1', buf, offset);
    const addr = ip.address(nic, 'ipv6');
"""
    assert sorted(_values(v36.nodeip_items(src, "test/api-test.js"))) == sorted(
        [
            ("10.0.0.1", True),
            ("::ffff:127.0.0.1", True),
            ("127.0.0.1", True),
            ("127.0.0.1", True),
            ("1.2.3.4.5", False),
            ("::ffff:7f00:1", True),
            ("192.168.1.129", True),
        ]
    )


def test_darsyn_providers_and_category_keys():
    src = """
    public static function getValidProtocolIpAddresses()
    {
        return [['192.0.2.7', 'c0000207', '192.0.2.7']];
    }
    public static function getInvalidIpAddresses()
    {
        return [['abc'], [pack('H*', '00')], [123]];
    }
    public static function getCategorizedIpAddresses()
    {
        return ['198.51.100.1' => self::DOCUMENTATION];
    }
    public static function getInvalidCidrValues() { return [['12']]; }
"""
    assert _values(v36.darsyn_items(src, "tests/DataProvider/IPv4.php")) == [
        ("192.0.2.7", True),
        ("c0000207", True),
        ("192.0.2.7", True),
        ("abc", False),
        ("198.51.100.1", True),
    ]


def test_rule_1b_readers():
    go = 'a := mustIP("10.0.0.1"); b := netip.MustParseAddr("fc::"); c := net.ParseIP("::1")'
    assert _values(v36.netipx_items(go, "netipx_test.go")) == [
        ("10.0.0.1", True),
        ("fc::", True),
        ("::1", True),
    ]
    py = """
class parseAddress(unittest.TestCase):
    okValues = [('::1', 1),
                ('0.0.0.1', 1)]

    def testBad(self):
        self.assertRaises(ValueError, IPy.parseAddress, '1.2.3.256')
        ip = IPy.IP('192.0.2.1')
"""
    assert _values(v36.ipy_items(py, "test/test_IPy.py")) == [
        ("::1", True),
        ("0.0.0.1", True),
        ("1.2.3.256", False),
        ("192.0.2.1", True),
    ]
    php = """
    public function getTestConstructorExceptionData(): array { return [['256.0.0.1']]; }
    public function getToStringData(): array { return [['127.0.0.1', '127.0.0.1']]; }
"""
    assert _values(v36.iptools_items(php, "tests/IPTest.php")) == [
        ("256.0.0.1", False),
        ("127.0.0.1", True),
        ("127.0.0.1", True),
    ]

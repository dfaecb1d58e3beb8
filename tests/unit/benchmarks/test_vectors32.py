"""The thirty-second vector set's builder (``benchmarks/corpus/_vectors32.py``).

The checks every vector set's parts share are in ``test_vector_parts.py``. The snippets below
are written here, in the sources' shapes; none is a held-out record.
"""

from __future__ import annotations

from benchmarks.corpus import _vectors32 as v32


def _values(items):
    return [(v[1], v[2]) for v in items]


def test_the_split_is_fixed_by_the_salted_hash():
    assert v32.split([r[0] for r in v32.SUITES]) == (
        [v32.MISSING_VALIDATORS[0], v32.INTERVENTION[0]],
        [v32.GOOKIT[0], v32.DPT[0]],
    )


def test_ruby_specs_read_default_validators_only():
    src = """
  let(:klass) do
    Class.new do
      validates :mac, mac_address: true
    end
  end
    it { is_expected.to allow_value('00:1b:44:11:3a:b7').for(:mac) }
    it { is_expected.not_to allow_value('00:1b:44:11:3a').for(:mac) }
    it { is_expected.to allow_value(1234).for(:mac) }
  let(:klass) do
    Class.new do
      validates :mac, mac_address: { strict: true }
    end
  end
    it { is_expected.not_to allow_value('00-1b-44-11-3a-b7').for(:mac) }
"""
    assert _values(v32.missing_validators_items(src, "spec/validators/mac_address_spec.rb")) == [
        ("00:1b:44:11:3a:b7", True),
        ("00:1b:44:11:3a", False),
    ]


def test_php_data_provider_rows():
    src = """
        yield [true, '490154203237518'];
        yield [false, '490154203237519'];
        // yield [true, 'x'] is a comment only when the row is not written
"""
    assert _values(v32.intervention_items(src, "tests/Rules/ImeiTest.php")) == [
        ("490154203237518", True),
        ("490154203237519", False),
    ]


def test_go_asserts_and_ranged_lists():
    src = """
	is.True(IsMAC("00:1b:44:11:3a:b7"))
	is.False(IsIPv6("1.2.3.4.5"))
	is.True(IsString("x", 3))
	is.False(IsIP("10.0.0.1", 4))
	okTests := []string{
		"https://example.org/a",
		"http://example.net",
	}
	for _, str := range okTests {
		is.True(IsFullURL(str), str)
	}
"""
    assert _values(v32.gookit_items(src, "validators_test.go")) == [
        ("00:1b:44:11:3a:b7", True),
        ("1.2.3.4.5", False),
        ("https://example.org/a", True),
        ("http://example.net", True),
    ]


def test_java_literals_variables_arrays_and_disabled_methods():
    src = """
public class IMSIIdentifierTest {
    @Test
    public void testValid() {
        Identifier identifier = new IMSIIdentifier();
        String v = "310150123456789"; // ok
        assertTrue(identifier.isOfThisType(v));
        v = "31015012345678A";
        assertFalse(identifier.isOfThisType(v));
        String[] more = {
                "262011234567890",
        };
        for (String m : more) {
            assertTrue(identifier.isOfThisType(m), m);
        }
        // assertTrue(identifier.isOfThisType("999999999999999"));
        /* assertFalse(identifier.isOfThisType("123")); */
    }
    @Disabled
    @Test
    public void testSkipped() {
        assertTrue(identifier.isOfThisType("460001234567890"));
    }
    @Test
    public void testOffset() {
        identifier.isOfThisTypeWithOffset("x 460001234567891");
    }
}
"""
    path = v32._DPT_DIR + "IMSIIdentifierTest.java"
    items = v32.dpt_items(src, path)
    assert {v[0] for v in items} == {v32.IMSI}
    assert _values(items) == [
        ("310150123456789", True),
        ("31015012345678A", False),
        ("262011234567890", True),
    ]


def test_mac_layouts_and_imsi_rule():
    assert v32.mac_value("0015-b2a4-5078")
    assert v32.mac_value("0015b2-a45078")
    assert v32.mac_value("00:15:b2:a4:50:78")
    assert not v32.mac_value("00 15 b2 a4 50 78")
    assert not v32.mac_value("0015b2:a45078")
    assert not v32.mac_value("0015b2a45078")
    kept = v32.settle(
        [
            (v32.MAC, "0015b2.a45078", True, "c", "p"),  # out: neither gold nor negative
            (v32.MAC, "0015-b2a4-5078", False, "c", "p"),  # refused layout: no negative
            (v32.MAC, "0015-b2a4:5078", False, "c", "p"),
            (v32.IMSI, "310150123456789", True, "c", "p"),
            (v32.IMSI, "31015012345678", True, "c", "p"),
            (v32.IMSI, "3101501234567890", True, "c", "p"),  # 16 digits: out
            (v32.IMEI, "", False, "c", "p"),  # the empty value: out
        ]
    )
    assert _values(kept) == [
        ("0015-b2a4:5078", False),
        ("310150123456789", True),
        ("31015012345678", True),
    ]


def test_the_second_batch_is_split_by_its_own_salt():
    assert v32.split([r[0] for r in v32.SUITES_B], v32.SPLIT_SALT_B) == (
        [v32.GOLIDATORS[0]],
        [v32.IP_REGEX[0]],
    )


def test_golidators_tables_of_claimed_types():
    src = """
var (
	Ipv4Cases = [2]StrTestRecord{
		{"198.51.100.7", true},
		{"198.51.100", false},
	}
	Ipv4CidrCases = [1]StrTestRecord{
		{"198.51.100.0/24", true},
	}
)
var CreditCardCases = [1]IntTestRecord{
	{4539578763621486, true},
}
"""
    assert _values(v32.golidators_items(src, "p")) == [
        ("198.51.100.7", True),
        ("198.51.100", False),
        ("4539578763621486", True),
    ]


def test_ip_regex_fixture_arrays():
    src = """
const v6 = [
	'2001:db8::7',
	'fe80::1%eth0',
];

const v6not = [
	'2001:db8:::7',
];

const v6extract = {
	'see 2001:db8::9 here': ['2001:db8::9'],
};
"""
    assert _values(v32.ip_regex_items(src, "test.js")) == [
        ("2001:db8::7", True),
        ("fe80::1%eth0", True),
        ("2001:db8:::7", False),
    ]

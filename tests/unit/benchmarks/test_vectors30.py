"""The thirtieth vector set's builder (``benchmarks/corpus/_vectors30.py``).

The checks every vector set's parts share are in ``test_vector_parts.py``. The snippets below
are written here, in the sources' shapes; none is a held-out record.
"""

from __future__ import annotations

from benchmarks.corpus import _vectors30 as v30


def _values(items):
    return [(v[1], v[2]) for v in items]


def test_the_split_is_fixed_by_the_salted_hash():
    assert v30.split([r[0] for r in v30.SUITES]) == (
        [v30.NETADDR[0], v30.IBAN4J[0]],
        [v30.MACADDR[0], v30.IPADDRESS[0]],
    )


def test_netaddr_reads_valid_and_invalid_tables_and_must_ip():
    src = """
func TestParseIP(t *testing.T) {
	var validIPs = []struct {
		in  string
		ip  IP
	}{
		{
			in: "198.51.100.7",
			ip: IP{uint128{0, 1}, z4},
		},
	}
	var invalidIPs = []string{
		// a comment "not.a.value"
		"10.0.0.300",
	}
}

func TestParseIPError(t *testing.T) {
	tests := []struct{ ip string }{{ip: "host.invalid"}}
}

func TestOther(t *testing.T) { x := mustIP("2001:db8::7") }
"""
    assert _values(v30.netaddr_items(src, "p")) == [
        ("198.51.100.7", True),
        ("10.0.0.300", False),
        ("host.invalid", False),
        ("2001:db8::7", True),
    ]


def test_iban4j_reads_rows_default_checks_and_leaves_configured_refusals_out():
    src = """
            new Iban.Builder().countryCode(CountryCode.DE).build(),
            "DE44500105175407324931"
        IbanUtil.validate("GB82WEST12345698765432", IbanFormat.None);
        assertThrows(IbanFormatException.class, () -> IbanUtil.validate("GB00"));
        assertTrue(IbanUtil.isValid("FR7630006000011234567890189"));
        assertFalse(IbanUtil.isValid("FR00"));
        assertFalse(IbanUtil.isValid("FR7630006000011234567890189", config));
        String validIban2 = "NL91ABNA0417164300";
        String invalidIban = "NL00ABNA0417164300";
        String ibanWithInvalidNationalCheckDigit = "PT50000201231234567890154";
"""
    assert _values(v30.iban4j_items(src, "p")) == [
        ("DE44500105175407324931", True),
        ("GB82WEST12345698765432", True),
        ("GB00", False),
        ("FR7630006000011234567890189", True),
        ("FR00", False),
        ("NL91ABNA0417164300", True),
        ("NL00ABNA0417164300", False),
    ]


def test_a_refused_iban_passing_mod97_is_no_negative():
    assert not v30.negative_ok(v30.IBAN, "de44 5001 0517 5407 3249 31")
    assert v30.negative_ok(v30.IBAN, "DE00500105175407324931")
    kept = v30.settle(
        [
            (v30.IBAN, "DE44500105175407324931", True, "c", "p"),
            (v30.IBAN, "DE44 5001 0517 5407 3249 31", False, "c", "p"),
            (v30.IBAN, "DE00500105175407324931", False, "c", "p"),
        ]
    )
    assert _values(kept) == [("DE44500105175407324931", True), ("DE00500105175407324931", False)]


def test_macaddr_reads_tests_by_their_asserted_outcome():
    src = """
#[test]
fn ok_case() {
    let addr = MacAddr6::from_str("02-00-5E-10-00-01");
    assert!(addr.is_ok());
}

#[test]
fn err_case() {
    assert!(MacAddr6::from_str("02-00-5E-10-00").is_err());
}

#[test]
fn mixed_case() {
    assert!(MacAddr6::from_str("02:00:5e:10:00:02").is_ok());
    assert!(MacAddr6::from_str("zz").is_err());
}
"""
    assert _values(v30.macaddr_items(src, "p")) == [
        ("02-00-5E-10-00-01", True),
        ("02-00-5E-10-00", False),
    ]


def test_ipaddress_reads_setup_lists_and_constructors():
    src = """
class T < Minitest::Test
  def setup
    @valid_ipv4 = {
      "198.51.100.0/24" => ["198.51.100.0", 24],
      "198.51.100.9" => ["198.51.100.9", 32]}
    @invalid_ipv4 = ["198.51.100.256",
                     "198.51"]
    @valid_ipv4_range = ["198.51.100.1-9"]
    @valid_mapped = "::203.0.113.4"
  end

  def test_x
    ip = @klass.new("203.0.113.5/24")
  end
end
"""
    assert _values(v30.ipaddress_items(src, "p")) == [
        ("198.51.100.0/24", True),
        ("198.51.100.9", True),
        ("198.51.100.256", False),
        ("198.51", False),
        ("::203.0.113.4", True),
        ("203.0.113.5/24", True),
    ]

"""The twentieth vector set's builder (``benchmarks/corpus/_vectors20.py``).

The checks every vector set's parts share are in ``test_vector_parts.py``. The snippets below
are written here, in the sources' shapes; none is a held-out record.
"""

from __future__ import annotations

from benchmarks.corpus import _vectors20 as v20


def test_telekom_normalized_needs_an_e164_result():
    src = """
        where:
        number                    | countryCode | expectedResult
        null                      | "DE"        | null
        "0040(0171) 1 2 3 4 567"  | "DE"        | "+4017112345678"
        "301112222"               | "DE"        | "301112222"
        "0301112222"              | null        | null     | "+49301112222"
"""
    values = [c[1] for c in v20.telekom_normalized_cases(src, "p")]
    assert values == ["0040(0171) 1 2 3 4 567", "0301112222"]


def test_telekom_wrapper_skips_error_rows():
    src = """
            "+49301112222"  | "DE"       | "301112222"
            "00"            | "DE"       | "TOO_SHORT_AFTER_IDD" // because
            "0"             | "DE"       | "NOT_A_NUMBER" // because
"""
    assert [c[1] for c in v20.telekom_wrapper_cases(src, "p")] == ["+49301112222"]


def test_telekom_validity_takes_plain_true_rows_only():
    src = """
        "0151 11112222"     | "DE"       | true // <--
        "0151 1111"         | "DE"       | false
        "0301"              | "DE"       | false           | [false, true, true]
        "+49301 110"        | "FR"       | false            | true  // <--
"""
    assert [c[1] for c in v20.telekom_validity_cases(src, "p")] == ["0151 11112222"]


def test_telnum_yaml_reads_the_three_forms_unquoted():
    src = """:BE:
  '0':
    :e164_formatted: "+32411112222"
    :national_formatted: '0411 11 22 22'
    :international_formatted: +32 411 11 22 22
"""
    values = [c[1] for c in v20.telnum_yaml_cases(src)]
    assert values == ["+32411112222", "0411 11 22 22", "+32 411 11 22 22"]


def test_telnum_tests_skip_refuted_invalid_and_nil_lines():
    src = """
    assert TelephoneNumber.valid?("3175550000", "US")
    refute TelephoneNumber.valid?("441112222333", "GB")
    assert_nil TelephoneNumber.parse('192938347739293838', :us).location
    invalid_number = "1111111111"
    assert_equal 'Tokyo', TelephoneNumber.parse('+81311112222').timezone
    assert_equal "(317) 555-0000", formatter.national_number
"""
    values = [c[1] for c in v20.telnum_test_cases(src, "p")]
    assert values == ["3175550000", "+81311112222", "(317) 555-0000"]


def test_brick_reads_constants_and_providers_but_invalid_ones():
    src = """
    private const NZ_NUMBER = '+6431112222';
    public static function providerValidNumbers(): array
    {
        return [
            ['+441111222333'],
            ['+33 1 11 22 33 44'],
        ];
    }

    public static function providerNotPossibleNumbers(): array
    {
        return [
            ['+1 650 253 00000'],
        ];
    }
"""
    values = [c[1] for c in v20.brick_cases(src)]
    assert values == ["+6431112222", "+441111222333", "+33 1 11 22 33 44"]


def test_awesome_reads_valid_parses_formats_and_finds():
    src = """
	it( 'valid', ( ) =>
	{
		var pn = parsePhoneNumber( '0707111222', { regionCode: 'SE' } );
		expect( pn.valid ).toBe( true );
		expect( pn.number.e164 ).toBe( '+46707111222' );
	} );
	it( 'invalid', ( ) =>
	{
		var pn = parsePhoneNumber( '0707111', { regionCode: 'SE' } );
		expect( pn.valid ).toBe( false );
	} );
	const text =
		'Call 0707-111 222 now';
	it( 'finds', ( ) =>
	{
		const res = findNumbers( text, { defaultRegionCode: 'SE' } );
		expect( res[ 0 ].phoneNumber.number?.e164 ).toBe( '+46707111222' );
	} );
	it( 'finds nothing', ( ) =>
	{
		const res = findNumbers( 'version 1.2.3' );
		expect( res.length ).toBe( 0 );
	} );
"""
    got = [(c[1], c[2]) for c in v20.awesome_cases(src, "p")]
    assert got == [
        ("0707111222", [(0, 10)]),
        ("+46707111222", [(0, 12)]),
        ("Call 0707-111 222 now", [(5, 17)]),
        ("version 1.2.3", []),
    ]

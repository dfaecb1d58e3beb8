"""The thirty-fourth vector set's builder (``benchmarks/corpus/_vectors34.py``).

The checks every vector set's parts share are in ``test_vector_parts.py``. The snippets below
are written here, in the sources' shapes; none is a held-out record.
"""

from __future__ import annotations

from benchmarks.corpus import _vectors34 as v34


def _values(items):
    return [(v[1], v[2]) for v in items]


def test_the_split_is_fixed_by_the_salted_hash():
    assert v34.split([r[0] for r in v34.SUITES]) == (
        [v34.GUMP[0], v34.IBANDIT[0]],
        [v34.LAMINAS[0], v34.IBAN_VALIDATE[0]],
    )


def test_gump_providers_calls_and_fields_labelled_by_the_method_name():
    src = """<?php
class ExampleTest extends BaseTestCase
{
    const RULE = 'valid_ip';

    public function testSuccess($input)
    {
        $this->assertTrue($this->validate(self::RULE, $input));
    }

    public function successProvider()
    {
        return [
            [ '192.0.2.7' ],
            ['198.51.100.1'],
        ];
    }

    public function errorProvider()
    {
        return [
            [ '192.0.2.300' ],
        ];
    }

    public function testFailure()
    {
        $this->assertNotTrue($this->validate(self::RULE, '10.0.0'));
    }

    public function testSuccessWithField()
    {
        $this->assertTrue(GUMP::is_valid([
            'ip' => '203.0.113.9'
        ], [
            'ip' => 'valid_ip'
        ]));
    }

    public function testWhenInputIsEmptyAndNotRequiredIsSuccess()
    {
        $this->assertTrue($this->validate(self::RULE, '0.0.0.0'));
    }
}
"""
    items = v34.gump_items(src, "tests/Validators/ValidIpValidatorTest.php")
    assert {v[0] for v in items} == {v34.IP}
    assert _values(items) == [
        ("192.0.2.7", True),
        ("198.51.100.1", True),
        ("192.0.2.300", False),
        ("10.0.0", False),
        ("203.0.113.9", True),
    ]


def test_ibandit_shared_example_blocks():
    src = """
    it_behaves_like "a country's IBAN", "GB" do
      let(:valid_iban) { "GB33 BUKB 2020 1555 5555 55" }
      let(:invalid_iban) { "GBXX33 BUKB 2020 1555 5555 55" }
    end

    context "with a Dutch IBAN" do
      let(:iban_code) { "NL02ABNA0123456789" }
    end
"""
    assert _values(v34.ibandit_items(src, "spec/ibandit/iban_spec.rb")) == [
        ("GB33 BUKB 2020 1555 5555 55", True),
        ("GBXX33 BUKB 2020 1555 5555 55", False),
    ]


def test_laminas_assertions_rows_arrays_and_providers():
    src = """<?php
final class IpTest extends TestCase
{
    public function testBasic(): void
    {
        $validator = new Ip();
        self::assertTrue($validator->isValid('192.0.2.1'));
        self::assertFalse($validator->isValid("192.0.2.256"));
    }

    public static function rows(): array
    {
        return [
            'named' => ['198.51.100.2', true],
            ['198.51.100.300', false],
        ];
    }

    public function testTable(): void
    {
        $validator = new Ip(['allowipv6' => false]);
        $ips = [
            '2001:db8::1' => true,
            '2001:db8:::1' => false, // three colons
        ];
        foreach ($ips as $ip => $expected) {
            self::assertSame($expected, $validator->isValid($ip));
        }
    }

    public function testList(): void
    {
        $addresses = [
            '203.0.113.5', // a comment
            '203.0.113.6',
        ];
        foreach ($addresses as $input) {
            self::assertFalse(
                $validator->isValid($input),
            );
        }
    }

    public static function invalidIpV4Addresses(): array
    {
        return [
            'missing' => ['111.111.111'],
        ];
    }
}
"""
    items = v34.laminas_items(src, "test/IpTest.php")
    assert {v[0] for v in items} == {v34.IP}
    assert sorted(_values(items)) == sorted(
        [
            ("192.0.2.1", True),
            ("192.0.2.256", False),
            ("198.51.100.2", True),
            ("198.51.100.300", False),
            ("2001:db8::1", True),
            ("2001:db8:::1", False),
            ("203.0.113.5", False),
            ("203.0.113.6", False),
            ("111.111.111", False),
        ]
    )


def test_iban_validate_lets_and_registry_examples():
    src = """
#[test]
fn test_invalid_format() {
    let invalid_formats = &[
        "DE4450051",
        "XX",
    ];
}

#[test]
fn test_valid_iban() {
    let valid_ibans = ["DE44500105175407324931"];
}

#[test]
fn test_unknown_country() -> Result<(), ParseIbanError> {
    let iban_unknown_string = "ZZ2112345678";
    Ok(())
}

fn helper() {
    let x = "DE44500105175407324931";
}
"""
    assert _values(v34.iban_validate_items(src, "iban_validate/tests/parse.rs")) == [
        ("DE4450051", False),
        ("XX", False),
        ("DE44500105175407324931", True),
        ("ZZ2112345678", False),
    ]
    reg = """
    RegistryExample {
        country_code: "DE",
        iban_electronic: "DE89370400440532013000",
        iban_print: "DE89 3704 0044 0532 0130 00",
    },
"""
    assert _values(v34.iban_validate_items(reg, "x/registry_examples_generated.rs")) == [
        ("DE89370400440532013000", True),
        ("DE89 3704 0044 0532 0130 00", True),
    ]


def test_settle_drops_refusals_that_are_values_of_the_type():
    kept = v34.settle(
        [
            (v34.IP, "2001:db8::7", False, "errorProvider", "p"),  # refused under an option
            (v34.URL, "tcp://example.org", True, "successProvider", "p"),  # no web scheme
            (v34.IBAN, "GB33BUKB20201555555555", True, "it_behaves_like", "p"),
            (v34.IBAN, "GB34BUKB20201555555555", False, "it_behaves_like", "p"),
        ]
    )
    assert _values(kept) == [("GB33BUKB20201555555555", True), ("GB34BUKB20201555555555", False)]


def test_the_second_batch_is_split_by_its_own_salt():
    assert v34.split([r[0] for r in v34.SUITES_B], v34.SPLIT_SALT_B) == (
        [v34.GOVALIDATOR[0]],
        [v34.YII[0]],
    )


def test_govalidator_input_lists_of_claimed_types():
    src = """
var (
	_alpha = inputs{
		"abc": true,
	}
	_emailList = inputs{
		"ann@example.org":   true,
		"ann.example.org":   false,
	}
	_ipList = inputs{"192.0.2.4": true, "192.0.2.x": false}
)
"""
    items = v34.govalidator_items(src, "helper_test.go")
    assert [(v[0], v[1], v[2]) for v in items] == [
        (v34.EMAIL, "ann@example.org", True),
        (v34.EMAIL, "ann.example.org", False),
        (v34.IP, "192.0.2.4", True),
        (v34.IP, "192.0.2.x", False),
    ]


def test_yii_rows_of_the_passed_and_failed_providers():
    src = """<?php
final class UrlTest extends RuleTestCase
{
    public static function dataValidationPassed(): array
    {
        $rule = new Url();
        return [
            ['https://example.org/a', [$rule]],
            [
                'http://example.net',
                [$rule],
            ],
            'named' => ['https://example.com', new Url()],
        ];
    }

    public static function dataValidationFailed(): array
    {
        $errors = ['' => ['bad']];
        return [
            ['example', [new Url()], $errors],
        ];
    }

    public static function dataOptions(): array
    {
        return [['https://example.edu', [new Url()]]];
    }
}
"""
    items = v34.yii_items(src, "tests/Rule/UrlTest.php")
    assert [(v[0], v[1], v[2]) for v in items] == [
        (v34.URL, "https://example.org/a", True),
        (v34.URL, "http://example.net", True),
        (v34.URL, "example", False),
    ]

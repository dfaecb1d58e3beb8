"""The twenty-ninth vector set's builder (``benchmarks/corpus/_vectors29.py``).

The checks every vector set's parts share are in ``test_vector_parts.py``. The snippets below
are written here, in the sources' shapes; none is a held-out record.
"""

from __future__ import annotations

from benchmarks.corpus import _vectors29 as v29


def _values(items):
    return [(v[1], v[2], region) for v, region in items]


def test_the_split_is_fixed_by_the_salted_hash():
    assert v29.split([r[0] for r in v29.SUITES]) == (
        [v29.GIGGSEY[0], v29.RUST[0]],
        [v29.TREVOR[0], v29.EXPHONE[0]],
    )


def test_region_codes_as_tests_write_them():
    assert v29._region("RegionCode::NZ") == "NZ"
    assert v29._region("'gb'") == "GB"
    assert v29._region("Some(country::DE)") == "DE"
    assert v29._region("RegionCodeFixture.us()") == "US"
    assert v29._region("RegionCode::ZZ") is None
    assert v29._region("RegionCode::UN001") is None
    assert v29._region("None") is None
    assert v29._fixture_region("self::$gbMobile") == "GB"
    assert v29._fixture_region("PhoneNumberFixture.it_number()") == "IT"
    assert v29._fixture_region("$number") is None


def test_a_number_is_gold_only_when_valid_for_its_stated_region():
    assert v29.valid_for_region("020 7946 0018", "GB")
    assert not v29.valid_for_region("020 7946 0018", "US")
    assert v29.valid_for_region("+44 20 7946 0018", None)
    assert not v29.valid_for_region("020 7946 0018", None)
    ok = (v29.PHONE, "020 7946 0018", True, "c", "p")
    refused = (v29.PHONE, "+49 1234", False, "c", "p")
    assert v29.regional([(ok, "GB"), (ok, "US"), (refused, None)]) == [ok, refused]


def test_giggsey_reads_parses_formats_and_skips_failing_methods():
    src = """
    public function testParseNational(): void
    {
        self::assertEquals(self::$gbNumber, $this->phoneUtil->parse('020 7946 0018', RegionCode::GB));
        self::assertEquals(
            '020 7946 0018',
            $this->phoneUtil->format(self::$gbNumber, PhoneNumberFormat::NATIONAL)
        );
        self::assertTrue($this->phoneUtil->isPossibleNumber('0161 496 0000', 'GB'));
    }

    public function testFailedParse(): void
    {
        $this->phoneUtil->parse('0161 496 0001', RegionCode::GB);
        $this->fail('no');
    }

    public function testIssue(): void
    {
        $number = '0113 496 0000';
        $phoneNumber = $this->phoneUtil->parse($number, 'GB');
    }

    public static function validPolishNumbers(): array
    {
        return [
            ['22 222 22 22'],
        ];
    }
"""
    assert _values(v29.giggsey_items(src, "p")) == [
        ("020 7946 0018", True, "GB"),
        ("020 7946 0018", True, "GB"),
        ("0161 496 0000", True, "GB"),
        ("0113 496 0000", True, "GB"),
        ("22 222 22 22", True, "PL"),
    ]


def test_rust_reads_cases_parses_and_validator_rows():
    src = """
    #[case(Source::Default, country::NZ, "03 331 6005")]
    // #[case(Source::Plus, country::NZ, "03 331 6006")]
    fn t() {
        assert_eq!(x, parser::parse(Some(country::DE), "030 1234567").unwrap());
        assert_eq!(
            "020 7946 0018",
            parser::parse(Some(country::GB), "+44 2079460018")
        );
    }
    #[case(parsed("+61406823897"), Some(AU), Type::Mobile)]
    #[case(country::US, "+1 6502530000", true)]
    #[case(None, "+44 791234567", false)]
    #[case(country::GB, "+1 6502530000", false)]
"""
    assert _values(v29.rust_items(src, "p")) == [
        ("03 331 6005", True, "NZ"),
        ("030 1234567", True, "DE"),
        ("+61406823897", True, None),
        ("020 7946 0018", True, "GB"),
        ("+1 6502530000", True, "US"),
        ("+44 791234567", False, None),
    ]


def test_trevor_reads_known_theories_under_the_file_country_sampled():
    rows = "".join(f'    [InlineData("0301234{n:03d}", "30", "1234{n:03d}")]\n' for n in range(20))
    src = (
        "    [Theory]\n"
        + rows
        + "    public void Parse_Known_GeographicPhoneNumber_30_Ndc(string v)\n"
        '    [Theory]\n    [InlineData("0301")]\n    public void Parse_Invalid_Number(string v)\n'
    )
    path = (
        "test/PhoneNumbers.Data.Tests/Parsers/DefaultPhoneNumberParserTests_DE_GeographicNumber.cs"
    )
    got = _values(v29.trevor_items(src, path))
    assert len(got) == v29.SAMPLE_PER_FILE
    assert {r for _, _, r in got} == {"DE"}
    assert {v for v, _, _ in got} < {f"0301234{n:03d}" for n in range(20)}
    src = 'var n = PhoneNumber.Parse("+442079460018");\n        Assert.NotNull(n);'
    assert _values(
        v29.trevor_items(src, "test/PhoneNumbers.Tests/PhoneNumber_Parse_Europe_Tests.cs")
    ) == [("+442079460018", True, None)]


def test_the_sample_is_a_fixed_order_of_distinct_values():
    values = [f"01{n:08d}" for n in range(30)]
    assert v29.sample(values) == v29.sample(list(reversed(values)) + values)
    assert len(v29.sample(values, 5)) == 5


def test_exphone_reads_parses_possible_numbers_and_formats():
    src = """
        {result, phone_number} = parse("03 331 6005", RegionCodeFixture.nz())
        assert :ok == result
        assert is_possible_number?("(650) 253-0000", RegionCodeFixture.us())
        refute is_possible_number?("253-000", RegionCodeFixture.us())
        assert "020 7031 3000" ==
                 format(PhoneNumberFixture.gb_number(), PhoneNumberFormats.national())
"""
    assert _values(v29.exphone_items(src, "p")) == [
        ("03 331 6005", True, "NZ"),
        ("(650) 253-0000", True, "US"),
        ("020 7031 3000", True, "GB"),
    ]

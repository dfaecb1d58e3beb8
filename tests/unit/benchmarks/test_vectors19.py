"""The nineteenth vector set's builder (``benchmarks/corpus/_vectors19.py``).

The checks every vector set's parts share are in ``test_vector_parts.py``. The snippets below
are written here, in the sources' shapes; none is a held-out record.
"""

from __future__ import annotations

from benchmarks.corpus import _vectors19 as v19


def test_anyrule_takes_the_phone_rules_examples_only():
    src = """{
    title: '手机号(mobile phone)中国(宽松)',
    rule: /^1\\d{10}$/,
    examples: ['13800000000', '+8613900000000']
},
{
    title: '日期',
    rule: /x/,
    examples: ['1990-12-12']
},"""
    values = [c[1] for c in v19.anyrule_cases(src)]
    assert values == ["13800000000", "+8613900000000"]


def test_hutool_skips_the_err_names_and_asserted_false_literals():
    src = """
		final String mobile = "13800000000";
		final String errMobile = "138000000001";
		tels.add("021-12345678");
		errTels.add("021 12345678");
		assertFalse(PhoneUtil.isMobile("12000000000"));
		assertTrue(PhoneUtil.isTel400800("400-800-8000"));
		assertEquals("你好，我的电话是：13900000000", result);
"""
    cases = v19.hutool_cases(src, "p")
    got = [(c[1], c[2]) for c in cases]
    assert ("13800000000", [(0, 11)]) in got
    assert ("021-12345678", [(0, 12)]) in got
    assert ("400-800-8000", [(0, 12)]) in got
    assert ("你好，我的电话是：13900000000", [(9, 20)]) in got
    assert all(c[1] not in {"138000000001", "021 12345678", "12000000000"} for c in cases)


def test_hutool_validator_needs_an_asserted_true_result():
    src = """
		final boolean m1 = Validator.isMobile("13800000000");
		assertTrue(m1);
		final boolean m2 = Validator.isMobile("12345");
		assertFalse(m2);
"""
    assert [c[1] for c in v19.hutool_validator(src, "p")] == ["13800000000"]


def test_pyunit_lines_carry_the_expected_values():
    src = '''data = """
    我的电话是13800000000,
    没有号码
    """
    x = [{'value': '13800000000'}]'''
    cases = v19.pyunitphone_cases(src)
    assert [(c[1], c[2]) for c in cases] == [
        ("我的电话是13800000000,", [(5, 16)]),
        ("没有号码", []),
    ]


def test_deidentify_brat_lines_with_digits_and_no_phone_are_negatives():
    txt = "Bel 06-11111111 morgen.\nOp 3 maart.\nGeen cijfers."
    ann = "T1\tPhone_fax 4 15\t06-11111111\nT2\tDate 27 34\t3 maart"
    cases = v19.deidentify_brat_cases(txt, ann, "p")
    assert [(c[1], c[2]) for c in cases] == [
        ("Bel 06-11111111 morgen.", [(4, 15)]),
        ("Op 3 maart.", []),
    ]


def test_carr_phone_reads_parse_calls_not_refuted_ones():
    src = """
    parse_test('+31 6 11111111', '31', '6', '11111111')
    pn = Phoner::Phone.parse('+385915125486')
    assert_nil Phoner::Phone.parse('+38591512')
"""
    assert [c[1] for c in v19.carrphone_cases(src, "p")] == ["+31 6 11111111", "+385915125486"]


def test_phonelib_reads_asserted_validity_only():
    src = """
      expect(Phonelib.valid?('+1 202 000 0000')).to be true
      expect(Phonelib.valid?('+1 000')).to be false
      expect(Phonelib.invalid?('+44 20 0000 0000')).to be false
      @phone = Phonelib.parse('+49 30 000000')
      expect(@phone.valid?).to be true
"""
    assert [c[1] for c in v19.phonelib_cases(src)] == [
        "+1 202 000 0000",
        "+44 20 0000 0000",
        "+49 30 000000",
    ]


def test_phoneparser_reads_parses_formats_finds_and_empty_finds():
    src = """
      testNumber = '0412 345 678';
      expect(format(testNumber), equals('+61 412 345 678'));
      var x = PhoneNumber.parse('+33 6 00 00 00 00');
      expect(find('call 0412 345 678 now').first.group(0), equals('0412 345 678'));
      expect(find('version 1.2.3').isEmpty, equals(true));
"""
    got = [(c[1], c[2]) for c in v19.phoneparser_cases(src, "p")]
    assert ("0412 345 678", [(0, 12)]) in got
    assert ("+61 412 345 678", [(0, 15)]) in got
    assert ("+33 6 00 00 00 00", [(0, 17)]) in got
    assert ("call 0412 345 678 now", [(5, 17)]) in got
    assert ("version 1.2.3", []) in got

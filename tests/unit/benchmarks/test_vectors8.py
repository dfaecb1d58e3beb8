"""The eighth vector set's builder (``benchmarks/corpus/_vectors8.py``), on made-up inputs."""

from __future__ import annotations

from benchmarks.corpus import _vectors7 as v7
from benchmarks.corpus import _vectors8 as v8

P = "PHONE_NUMBER"


class TestSettle:
    def test_a_span_of_few_digits_leaves_its_case_out(self):
        assert v8.settle([(P, "call 3615 now", [(5, 9)], "c", "p")]) == []

    def test_a_text_labelled_both_ways_is_left_out(self):
        cases = [(P, "0612345678", [(0, 10)], "c", "p"), (P, "0612345678", [], "c", "p")]
        assert v8.settle(cases) == []

    def test_digits_of_any_script_count(self):
        text = "+\u0664\u0664\u0663\u0663\u0663\u0663\u0663\u0663\u0663"
        assert v8.settle([(P, text, [(0, len(text))], "c", "p")])


class TestMeddocan:
    TEXT = "NHC: 1234567.\nTeléfono: 93 416 97 00. Fax: 93 416 97 01\nSin datos.\n"
    ANN = (
        "T1\tID_SUJETO_ASISTENCIA 5 12\t1234567\n"
        "T2\tNUMERO_TELEFONO 24 36\t93 416 97 00\n"
        "T3\tNUMERO_FAX 43 55\t93 416 97 01\n"
    )

    def test_phone_and_fax_lines_are_gold_and_identifier_lines_negatives(self):
        anns = v8.brat(self.ANN)
        assert anns is not None
        got = v8.meddocan_cases(self.TEXT, anns, "r.txt")
        assert got == [
            (P, "NHC: 1234567.", [], "identifier line", "r.txt"),
            (P, "Teléfono: 93 416 97 00. Fax: 93 416 97 01", [(10, 22), (29, 41)],
             "annotation", "r.txt"),
        ]  # fmt: skip

    def test_a_report_without_a_phone_gives_nothing(self):
        anns = v8.brat("T1\tID_SUJETO_ASISTENCIA 5 12\t1234567\n")
        assert anns is not None
        assert v8.meddocan_cases(self.TEXT, anns, "r.txt") == []

    def test_offsets_that_miss_their_text_leave_the_report_out(self):
        anns = v8.brat("T2\tNUMERO_TELEFONO 25 37\t93 416 97 00\n")
        assert anns is not None
        assert v8.meddocan_cases(self.TEXT, anns, "r.txt") == []

    def test_a_fragmented_annotation_is_refused(self):
        assert v8.brat("T1\tCALLE 1 3;5 9\tab cd\n") is None


class TestReaders:
    def test_phonyjs_values_and_labels(self):
        src = (
            'expect(validateNL("06 1234 5678").isValid).toBe(true);\n'
            "expect(validateNL('061234567').isValid).toBe(false);\n"
            'expect(validateNL("").isValid).toBe(false);\n'
            'expect(validateIT("abc")).toBe(false);\n'
        )
        assert v8.phonyjs_cases(src, "p") == [
            (P, "06 1234 5678", [(0, 12)], "toBe", "p"),
            (P, "061234567", [], "toBe", "p"),
        ]

    def test_located_drops_a_value_inside_another(self):
        assert v8.located("(541) 754-3010 is", ["(541) 754-3010", "754-3010"]) == [(0, 14)]
        assert v8.located("abc", ["x"]) is None

    def test_phony_country_names_with_qualifiers(self):
        assert v8.phony_country("Brasil") == "br"
        assert v8.phony_country("United Kingdom (of Great Britain)") == "gb"
        assert v8.phony_country("Bulgaria") == ""

    def test_libphonenumberjs_spans_negatives_and_matcher_helper(self):
        src = (
            "findNumbers('Call +7 (800) 555-35-35 now', 'US', metadata).should.deep.equal([{\n"
            "  phone: '8005553535', startsAt : 5, endsAt : 23 }])\n"
            "findNumbers('2133734253a', 'US', metadata).should.deep.equal([])\n"
            "test('+54 9 343 555 1212', 'AR', '93435551212')\n"
            "test('call 0343 15-555-1212', 'AR', '93435551212')\n"
        )
        got = v8.libphonenumberjs_cases(v7.ts_tokens(src), "p")
        assert got == [
            (P, "Call +7 (800) 555-35-35 now", [(5, 23)], "findNumbers", "p"),
            (P, "2133734253a", [], "findNumbers", "p"),
            (P, "+54 9 343 555 1212", [(0, 18)], "test", "p"),
        ]

    def test_phileas_span_forms(self):
        src = (
            "@Test public void a() { final PhoneNumberRulesFilter filter = "
            "new PhoneNumberRulesFilter(c);\n"
            '  final Filtered filtered = filter.filter(s, p, "context", PIECE, "n (123) 456-7890.");\n'
            "  Assertions.assertTrue(checkSpan(filtered.getSpans().get(0), 2, 16, "
            "FilterType.PHONE_NUMBER)); }\n"
            "@Test public void b() { new PhoneNumberRulesFilter(c);\n"
            '  filter.filter(s, p, "context", PIECE, "n 020 7946 0958.");\n'
            '  Assertions.assertEquals("020 7946 0958", filtered.getSpans().get(0).getText()); }\n'
            "@Test public void c() { new PhoneNumberRulesFilter(c);\n"
            '  filter.filter(s, p, "context", PIECE, "no number");\n'
            "  Assertions.assertEquals(0, filtered.getSpans().size()); }\n"
            "@Test public void d() { new IdentifierFilter(c);\n"
            '  filter.filter(s, p, "context", PIECE, "id AB4736021");\n'
            "  Assertions.assertEquals(1, filtered.getSpans().size()); }\n"
        )
        assert v8.phileas_cases(src, "p") == [
            (P, "n (123) 456-7890.", [(2, 16)], "filter", "p"),
            (P, "n 020 7946 0958.", [(2, 15)], "filter", "p"),
            (P, "no number", [], "filter", "p"),
        ]

"""The fourteenth vector set's builder (``benchmarks/corpus/_vectors14.py``).

The checks every vector set's parts share are in ``test_vector_parts.py``.
"""

from __future__ import annotations

import pytest
from benchmarks.corpus import _vectors14 as v14


def test_the_split_is_the_salted_hash_order():
    repos = [v14.DMAP[0], v14.DATADOG[0], v14.GREAT_EXPECTATIONS[0], v14.LANGKIT[0],
             v14.DATA_PREPPER[0]]  # fmt: skip
    assert v14.split(repos) == (repos[:3], repos[3:])
    assert v14.split(list(reversed(repos))) == (repos[:3], repos[3:])


class TestValueSpan:
    def test_the_one_token_with_an_at_sign_without_final_punctuation(self):
        assert v14.value_span("write to a.b@c.io.", "EMAIL_ADDRESS") == (9, 17)
        assert v14.value_span("a@b.io or c@d.io", "EMAIL_ADDRESS") is None

    @pytest.mark.parametrize(
        ("line", "value"),
        [("this has a ssn 111-11-1111 that is valid", "111-11-1111"),
         ("call me at (555) 123-4567?", "(555) 123-4567"),
         ("my card: 4111 1111 1111 1111 exp 12/25", "4111 1111 1111 1111"),
         ("tel +1 650-253-0000.", "+1 650-253-0000")],
    )  # fmt: skip
    def test_the_stretch_with_most_digits(self, line, value):
        span = v14.value_span(line, "PHONE_NUMBER")
        assert span is not None
        assert line[slice(*span)] == value

    def test_two_stretches_as_long_give_nothing(self):
        assert v14.value_span("123-45 or 678-90", "US_SSN") is None


def test_rego_verdicts_give_values_and_sentences():
    src = """
    classifier_ssn.output.column == false with input as {"column": "000123456"}
    classifier_ssn.output.message == true with input as {"message": "a ssn 111-11-1111 here"}
    classifier_age.output.message == true with input as {"message": "42"}
    """
    vecs, cases = v14.dmap_items(src, "p")
    assert vecs == [("US_SSN", "000123456", False, "ssn false", "p")]
    assert cases == [("US_SSN", "a ssn 111-11-1111 here", [(6, 17)], "ssn true", "p")]


def test_rust_lists_follow_the_loop_assertion_and_the_luhn_test_makes_wrong_numbers():
    src = """
    let good = vec!["4111 1111 1111 1111", "4222222222222"];
    for c in good { assert!(LuhnChecksum.is_valid_match(c)); }
    assert!(!LuhnChecksum.is_valid_match("12ab"));
    """
    got = v14.datadog_items(src, "CREDIT_CARD", "p")
    assert ("CREDIT_CARD", "4111 1111 1111 1111", True, "good", "p") in got
    assert ("CREDIT_CARD", "4111 1111 1111 1114", False, "wrong_credit_card", "p") in got
    assert all(v[1] != "12ab" for v in got)  # not a written card number


def test_expectation_examples_give_valid_and_invalid_strings():
    src = """
class E:
    examples = [{"data": {"ok": ["a", "b", 3], "some_other": ["a", "x"], "bad_ones": ["y", "z"],
                          "mixed": ["p", "q"]},
                 "tests": [{"in": {"column": "ok"}, "out": {"success": True}},
                           {"in": {"column": "some_other", "mostly": 1}, "out": {"success": False}},
                           {"in": {"column": "bad_ones"}, "out": {"success": False}},
                           {"in": {"column": "mixed"}, "out": {"success": False}},
                           {"in": {"column": "ok", "region": "CH"}, "out": {"success": False}}]}]
"""
    got = {(v, ok) for _t, v, ok, _c, _p in v14.ge_items(src, "IP_ADDRESS", True, "p")}
    assert got == {("a", True), ("b", True), ("x", False), ("y", False), ("z", False)}
    assert {(v, ok) for _t, v, ok, _c, _p in v14.ge_items(src, "IP_ADDRESS", False, "p")} == {
        ("a", True), ("b", True)}  # fmt: skip


class TestDataPrepper:
    def test_junit_csv_rows(self):
        assert v14.csv_row("a b, 'c, d' ,e") == ["a b", "c, d", "e"]

    def test_masked_stretches_are_gold_typed_by_shape(self):
        src = """
    @CsvSource({
        "mail a@b.io from 1.2.3.4,mail *** from ***",
        "nothing 12,nothing 12",
    })
    void testMany(String message, String expected) {
        when(mockConfig.getPatterns()).thenReturn(List.of("%{EMAIL_ADDRESS}", "%{IP_ADDRESS_V4}"));
    }
"""
        got = v14.data_prepper_cases(src)
        assert ("EMAIL_ADDRESS", "mail a@b.io from 1.2.3.4", [(5, 11)]) in [c[:3] for c in got]
        assert ("IP_ADDRESS", "mail a@b.io from 1.2.3.4", [(17, 24)]) in [c[:3] for c in got]
        assert ("IP_ADDRESS", "nothing 12", []) in [c[:3] for c in got]

    def test_custom_patterns_are_left_out(self):
        src = """
    @CsvSource({
        "abc 12,\\\\d+,abc ***",
    })
    void testPattern(String message, String pattern, String expected) {
    }
"""
        assert v14.data_prepper_cases(src) == []

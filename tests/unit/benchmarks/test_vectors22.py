"""The twenty-second vector set's builder (``benchmarks/corpus/_vectors22.py``).

The checks every vector set's parts share are in ``test_vector_parts.py``. The snippets below
are written here, in the sources' shapes; none is a held-out record.
"""

from __future__ import annotations

from benchmarks.corpus import _vectors22 as v22


def test_the_split_is_fixed_by_the_salted_hashes():
    assert v22.split([r[0] for r in v22.SUITES]) == (
        [v22.PHP_CARD[0], v22.CREDITCARDS[0], v22.CREDITCARDS_TYPES[0], v22.PAYMENT[0]],
        [v22.ACTIVE_MERCHANT[0], v22.GO_CREDIT_CARD[0], v22.PURIFLOW[0]],
    )
    assert v22.split([r[0] for r in v22.SUITES_B], v22.SPLIT_SALT_B) == (
        [v22.LARAVEL_CARD[0], v22.PYDANTIC_EXTRA[0]],
        [v22.RS_CARD[0], v22.CLEAVE[0]],
    )


def test_rule_2_keeps_card_numbers_as_text_writes_them():
    assert v22.card_number("4111 1111 1111 1111")
    assert v22.card_number("3782-822463-10005")
    assert not v22.card_number("4111111111111112")  # the Luhn check
    assert not v22.card_number("41111111111")  # eleven digits
    assert not v22.card_number("0000000000000000")  # one digit
    assert not v22.card_number("4111  1111 1111 1111")  # two separators
    vecs = [("CREDIT_CARD", "4111111111111112", True, "c", "p"),
            ("CREDIT_CARD", "4111111111111112", False, "c", "p"),
            ("CREDIT_CARD", "4111111111111111", True, "c", "p"),
            ("CREDIT_CARD", "4111111111111111", False, "c", "p")]  # fmt: skip
    assert [(v, ok) for _t, v, ok, _c, _p in v22.gold(vecs)] == [
        ("4111111111111112", False), ("4111111111111111", True)]  # fmt: skip


def test_creditcards_types_reads_brand_tests_and_full_groupings():
    src = """
  t.ok(visa.test('4111111111111111'), 'normal')
  t.notOk(mc.test('5611111111111113'), 'invalid 5 range')
  t.deepEqual(amex.group('378282246310005'), [
      '3782',
      '822463',
      '10005'
    ], 'full number')
  t.deepEqual(amex.group('378282'), ['3782', '82'], 'partial group')
"""
    got = [(v, c) for _t, v, _ok, c, _p in v22.creditcards_types_items(src, "p")]
    assert got == [("4111111111111111", "test"), ("3782 822463 10005", "group")]


def test_laravel_reads_the_three_lists():
    src = """
    public function validNumbers(): Collection
    {
        return collect([
            '4111111111111111', // a comment 'x'
        ]);
    }
    public function numbersWithInvalidLength(): Collection
    {
        return collect([
            '4111',
        ]);
    }
"""
    got = [(v, ok) for _t, v, ok, _c, _p in v22.laravel_items(src, "p")]
    assert got == [("4111111111111111", True), ("4111", False)]


def test_puriflow_aligns_placeholders_and_reads_negatives():
    src = """class S {
    def "one"() {
        given:
        def msg = "card 4111 1111 1111 1111 ok"
        then:
        sanitized(msg, res) == "card [MASKED_CARD] ok"
    }
    def "two"() {
        given:
        def msg = "1234 5678 is no card"
        expect:
        !detector.detect(msg).found()
    }
}"""
    got = v22.puriflow_cases(src, "p", "CREDIT_CARD")
    assert got == [
        ("CREDIT_CARD", "card 4111 1111 1111 1111 ok", [(5, 24)], "detect", "p"),
        ("CREDIT_CARD", "1234 5678 is no card", [], "detect", "p"),
    ]

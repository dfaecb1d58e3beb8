"""An unseparated run of digits that is a whole text on its own: a phone number when its plan writes it so (H60).

The measures are ``python -m benchmarks.bench_detect_vectors --dev12``, ``--dev6``,
``--dev8``, ``--dev4`` and ``--dev``; these tests pin the mechanism with numbers written here.
"""

import pytest
from tests.unit.detect._patterns import SCANNER, found

PHONE = "PHONE_NUMBER"


def _tags(text: str) -> list[tuple[str, ...]]:
    return [f.evidence.tags for f in SCANNER.scan(text) if f.entity_type == PHONE]


class TestARunAloneIsReadInThePlansThatWriteItSo:
    @pytest.mark.parametrize(
        ("text", "region"),
        [("4156667777", "US"),  # North America: ten digits, no trunk prefix
         ("  2014125632\n", "US"),  # white space around a value on its own
         ("9876543210", "IN"),  # India's mobiles: the plan leaves the trunk 0 optional
         ("3201234567", "IT"),  # Italy's mobiles: no trunk prefix in the plan
         ("612345678", "ES"),  # Spain's mobiles
         ("４１５６６６７７７７", "US")],  # full-width digits, read as their ASCII twins
    )  # fmt: skip
    def test_valid_as_written_in_a_closed_plan(self, text, region):
        assert found(text, PHONE) == [(PHONE, text.strip())]
        assert _tags(text) == [(region,)]

    @pytest.mark.parametrize(
        ("text", "region"),
        [("85293785433", "HK"), ("17876729999", "PR"), ("13612145896", "US")],
    )
    def test_a_calling_code_written_without_plus(self, text, region):
        assert found(text, PHONE) == [(PHONE, text)]
        assert _tags(text) == [(region,)]

    def test_each_text_of_a_batch_is_read_on_its_own(self):
        texts = ["4156667777", "order 4156667777", "4156667777 units", "note"]
        got = [
            [t[f.start : f.end] for f in fs if f.entity_type == PHONE]
            for t, fs in zip(texts, SCANNER.scan_many(texts), strict=True)
        ]
        assert got == [["4156667777"], [], [], []]


class TestWhatARunAloneIsNot:
    @pytest.mark.parametrize(
        "text",
        ["1733385600", "1500000000",  # a Unix time in seconds (Brazil's plan holds it valid)
         "1733385600123",  # in milliseconds
         "2121234567",  # a North American exchange starting with 1: valid nowhere read
         "412345678",  # Australia's mobile without its trunk 0: that plan writes the 0
         "912345678",  # a Spanish landline: a fixed line is dialled from a directory
         "32012345678",  # "+32" then a trunk 0: no international number is written so
         "980112222",  # nine digits read with a calling code: too short for one
         "12345678901234567",  # a long id
         "20240131"],  # a compact date
    )  # fmt: skip
    def test_no_phone_number(self, text):
        assert found(text, PHONE) == []

    @pytest.mark.parametrize(
        "text",
        ["id 4156667777", "order 4156667777 shipped", "ref: 9876543210",
         "2024-01-01 12:00:01 INFO user 4156667777 logged in"],
    )  # fmt: skip
    def test_a_run_with_words_around_it_still_needs_a_phone_word(self, text):
        assert found(text, PHONE) == []

    def test_a_phone_word_still_reads_it_in_a_sentence(self):
        assert found("call me on 4156667777", PHONE) == [(PHONE, "4156667777")]


class TestACallingCodeThenTheNationalNumberAlone:
    @pytest.mark.parametrize(
        ("text", "region"),
        [("91 9876543210", "IN"), ("44 2079460018", "GB"), ("55 11912345678", "BR")],
    )
    def test_valid_in_the_codes_plan(self, text, region):
        assert found(text, PHONE) == [(PHONE, text)]
        assert _tags(text) == [(region,)]

    @pytest.mark.parametrize(
        "text",
        ["2024 1234567890",  # a year: no calling code has four digits
         "12 3456789012",  # valid in no plan read
         "see 91 9876543210"],  # not alone: words around need a phone word
    )  # fmt: skip
    def test_no_phone_number(self, text):
        assert found(text, PHONE) == []


class TestARecordsFieldIsReadByItsName:
    def test_the_finding_names_its_reading(self):
        from privkit.detect import PhoneDetector

        (f,) = [f for f in SCANNER.scan("4156667777") if f.entity_type == PHONE]
        assert f.evidence.pattern == PhoneDetector.RUN_ALONE

    def test_a_records_classification_reads_fields_by_name(self):
        import privkit

        (column,) = privkit.classify({"order_id": 4155551234})
        assert column.entity is None

    def test_a_column_of_runs_is_read_by_its_name(self):
        pd = pytest.importorskip("pandas")
        import privkit

        ids = [4155551234, 9876543210, 2025550153, 3125550111]
        df = pd.DataFrame({"order_id": ids, "phone": ids})
        entities = {c.name: c.entity for c in privkit.classify(df)}
        assert entities["order_id"] is None
        assert str(entities["phone"]) == PHONE

    @pytest.mark.parametrize(
        ("record", "kept"),
        [({"amount": "2025550153"}, True), ({"order_id": 4155551234}, True),
         ({"phone": "4155551234"}, False), ({"note": "call 4155551234"}, False)],
    )  # fmt: skip
    def test_a_run_alone_in_a_field_needs_its_name(self, record, kept):
        import privkit

        policy = privkit.Policy.redact_all("a")
        out = privkit.protect(record, policy=policy, purpose="a")
        assert (out == record) is kept

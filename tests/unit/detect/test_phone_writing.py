"""Phone numbers as people write them: other digits and separators, glued words, labels far back.

The measures are ``python -m benchmarks.bench_detect_vectors --dev6`` and ``--dev8``; these
tests pin each mechanism with numbers written here.
"""

import pytest
from tests.unit.detect._patterns import found

from privkit.detect._builtin.phone import ascii_digits

PHONE = "PHONE_NUMBER"

# The decimal digits of other scripts a number may be written in (the zero of each).
ZEROS = {"devanagari": 0x966, "full-width": 0xFF10, "arabic-indic": 0x660,
         "eastern-arabic": 0x6F0, "bengali": 0x9E6, "thai": 0xE50}  # fmt: skip


def _in(zero: int, text: str) -> str:
    """``text`` with its ASCII digits written in the script whose zero is ``zero``."""
    return "".join(chr(zero + int(c)) if c.isdigit() else c for c in text)


class TestDigitsOfOtherScriptsAsTheirAsciiTwins:
    @pytest.mark.parametrize("script", sorted(ZEROS))
    @pytest.mark.parametrize(
        "text",
        ["phone 1111111111", "Tel. No: 2401151230", "call 9876543210 today",
         "my number is (415) 666-7777", "+44 20 7946 0018", "Tel.: 06 12 34 56 78",
         "abc+14156667777def", "Tfno.+34679802102", "+ (36) 1 441-4000",
         "llamar al teléfono de citas previas del hospital 942 56 21 60",
         "version 2401151230", "1111111111"],
    )  # fmt: skip
    def test_a_number_is_found_where_its_ascii_twin_is(self, script, text):
        twin = _in(ZEROS[script], text)
        assert [(e, len(v)) for e, v in found(twin, PHONE)] == [
            (e, len(v)) for e, v in found(text, PHONE)
        ]

    def test_the_twin_keeps_the_offsets_into_the_original_text(self):
        text = "phone ११११११११११ today"
        assert found(text, PHONE) == [(PHONE, "११११११११११")]


class TestLabelledDigitsThatReadAsAStamp:
    @pytest.mark.parametrize(
        ("text", "number"),
        [("phone 1111111111", "1111111111"), ("Tel. No: 2401151230", "2401151230"),
         ("phone ११११११११११", "११११११११११"), ("फोन नंबर ११११११११११", "११११११११११")],
    )  # fmt: skip
    def test_a_phone_word_right_before_makes_them_a_number(self, text, number):
        assert found(text, PHONE) == [(PHONE, number)]

    @pytest.mark.parametrize(
        "text",
        ["081109 203615 148 INFO dfs.DataNode: served block", "at 2401151230 phone",
         "phone service restarted; 2401151230 INFO done"],
    )  # fmt: skip
    def test_a_stamp_without_the_label_right_before_stays_a_stamp(self, text):
        assert found(text, PHONE) == []


class TestSeparatorsOfOtherKinds:
    @pytest.mark.parametrize(
        ("text", "number"),
        [("Tél\u00a0: 06\u00a012\u00a034\u00a056\u00a078", "06\u00a012\u00a034\u00a056\u00a078"),
         ("Tél : 06\u202f12\u202f34\u202f56\u202f78", "06\u202f12\u202f34\u202f56\u202f78"),
         ("call 415\u2011666\u20117777", "415\u2011666\u20117777"),
         ("call 415\u2013666\u20137777", "415\u2013666\u20137777"),
         ("+44\u00a020\u00a07946\u00a00018", "+44\u00a020\u00a07946\u00a00018")],
    )  # fmt: skip
    def test_no_break_spaces_and_dashes_part_groups_as_spaces_and_hyphens_do(self, text, number):
        assert found(text, PHONE) == [(PHONE, number)]

    @pytest.mark.parametrize("text", ["pages 1990\u20132000", "2020\u201312\u201301 10:00"])
    def test_ranges_and_dates_so_written_are_not(self, text):
        assert found(text, PHONE) == []

    def test_folding_keeps_offsets(self):
        text = "Tél : 06\u202f12\u202f34\u202f56\u202f78"
        folded = ascii_digits(text)
        assert folded == "Tél : 06 12 34 56 78"
        assert len(folded) == len(text)


class TestInternationalFormGluedToWords:
    @pytest.mark.parametrize(
        ("text", "number"),
        [("abc+14156667777def", "+14156667777"), ("+14156667777def", "+14156667777"),
         ("+14156667777É", "+14156667777"), ("abc+14156667777", "+14156667777"),
         ("É+14156667777.", "+14156667777"), ("É+14156667777 def", "+14156667777"),
         ("Navarra Tfno.+34679802102 E-mail: x", "+34679802102"),
         ("(Tel.+34679802102)", "+34679802102"), ("abc+1-415-666-7777def", "+1-415-666-7777")],
    )  # fmt: skip
    def test_a_valid_number_after_a_plus_is_read_out_of_the_word(self, text, number):
        assert found(text, PHONE) == [(PHONE, number)]

    @pytest.mark.parametrize(
        "text",
        ["https://example.com/search?q=abc+14156667777", "q=abc+14156667777&x=1",
         "user+14156667777@example.com", "id_+14156667777", "dGVzdA+14156667777xyZ",
         "token:aGVsbG8+14156667777d29ybGQ=", "abc+12345678def", "abc+4420794600180def",
         "a1+14156667777def", "xJ3kQ9wLmZ+14156667777Rt/Uv==", "/srv/abc+14156667777.log"],
    )  # fmt: skip
    def test_a_plus_inside_a_url_an_address_an_id_or_base64_is_not(self, text):
        assert found(text, PHONE) == []


class TestPlusSetApart:
    @pytest.mark.parametrize(
        ("text", "number"),
        [("+ (36) 1 441-4000", "+ (36) 1 441-4000"), ("+ 36 1 441 4000", "+ 36 1 441 4000"),
         ("Tel: + 44 20 7946 0018", "+ 44 20 7946 0018")],
    )  # fmt: skip
    def test_a_plus_and_one_space_open_the_number(self, text, number):
        assert found(text, PHONE) == [(PHONE, number)]

    @pytest.mark.parametrize("text", ["2 + 36 1 441 4000", "x + (36) 1 441-4000", "+ 12 345 678"])
    def test_a_sum_or_an_invalid_number_is_not(self, text):
        assert found(text, PHONE) == []


class TestPlusBeforeTheInternationalPrefix:
    def test_plus_then_00_is_read_as_the_plus(self):
        text = "Tfno. +0034948255400 Fax +0034948296500"
        assert found(text, PHONE) == [(PHONE, "+0034948255400"), (PHONE, "+0034948296500")]

    def test_a_short_run_after_it_is_not(self):
        assert found("+0012345", PHONE) == []

    @pytest.mark.parametrize(
        "text", ["call 0000 4351 9500 1", "Contact: LV80 BANK 0000 4351 9500 1."]
    )
    def test_zeros_without_the_plus_are_no_prefix_written_twice(self, text):
        assert found(text, PHONE) == []


class TestPhoneWordFurtherBackInTheClause:
    @pytest.mark.parametrize(
        ("text", "number"),
        [(("deberá llamar para cita previa al teléfono de atención y citas previas del hospital "
          "942 56 21 60"), "942 56 21 60"),
         ("debera pedir cita al telefono de cita previa del servicio de pediatria 901 598 663.",
          "901 598 663"),
         (("Please ring the telephone line of our customer service department in Madrid: "
          "912 345 678"), "912 345 678")],
    )  # fmt: skip
    def test_only_words_between_the_phone_word_and_the_number(self, text, number):
        assert found(text, PHONE) == [(PHONE, number)]

    @pytest.mark.parametrize(
        "text",
        [  # a digit, a full stop or a number's own label between; too many words; a log line
            "al teléfono del hospital, planta 3, habitación 12, cama 942 56 21 60",
            (
                "el teléfono del hospital no funciona bien desde ayer. La cita será el día "
                "942 56 21 60"
            ),
            "phone support asked about the order of the client 912 345 678",
            (
                "the mobile app was downloaded by many people all around the world last year "
                "912 345 678"
            ),
            (
                "2024-01-01 12:00:00 INFO phone gateway says the outbound queue depth is now "
                "912 345 678"
            ),
            "telefono de la oficina principal del hospital universitario de la ciudad 1234 5678",
        ],
    )
    def test_anything_else_between_or_a_log_record_keeps_it_out(self, text):
        assert found(text, PHONE) == []

    def test_the_phone_word_is_the_evidence(self):
        from tests.unit.detect._patterns import SCANNER

        text = "al teléfono de atención y citas previas del hospital 942 56 21 60"
        (f,) = [f for f in SCANNER.scan(text) if f.entity_type.value == PHONE]
        assert f.evidence.context[0] == "teléfono"
        assert f.evidence.tags == ("ES",)


class TestNumbersListedAfterOneLabel:
    def test_a_hyphen_with_a_space_each_side_parts_two_numbers(self):
        text = "Madrid Tlf. 917277336 - 606409021 E-mail: x"
        assert found(text, PHONE) == [(PHONE, "917277336"), (PHONE, "606409021")]

    def test_what_follows_the_hyphen_must_be_a_number_itself(self):
        assert found("tel 020 7946 0018 - 20 minutes", PHONE) == [(PHONE, "020 7946 0018")]

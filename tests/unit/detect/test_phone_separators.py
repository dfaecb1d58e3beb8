"""Phone numbers parted by other dashes, spaces and invisible characters, joined to their
phone word by a hyphen, labelled in French by "portable", and Germany's tariff digit set
apart; spans of years are no numbers (H97).

The measures are ``python -m benchmarks.bench_detect_vectors --dev6`` (the hyphen after a
word, the tariff digit) and the log and HTTP development parts (no new phone finding); these
tests pin each class with numbers written here, and the log shapes each must leave alone.
"""

import pytest
from tests.unit.detect._patterns import SCANNER, found

from privkit.detect._builtin.phone import ascii_digits

PHONE = "PHONE_NUMBER"

# Shapes of log and machine text no rule here may read as a phone number.
LOG_SHAPES = [
    "081109 203615 148 INFO dfs.DataNode$PacketResponder: Received block",
    "2024-01-05T10:15:30.123Z level=info msg=started",
    "2024-01-05 10:15:30,123 INFO [main] version 1.2.3 build 20240105",
    "pid=12345 tid=67890 count=1234567 range=1000-2000",
    "request_id=8f14e45fceea167a5a36dedd4bea2543 seq=4294967295",
]


def _tags(text: str) -> list[tuple[str, ...]]:
    return [f.evidence.tags for f in SCANNER.scan(text) if f.entity_type == PHONE]


class TestOtherDashesAndSpaces:
    @pytest.mark.parametrize(
        "sep",
        ["\u2014",  # em dash
         "\u2015",  # horizontal bar
         "\ufe63",  # small hyphen-minus
         "\uff0d",  # full-width hyphen-minus, with ASCII digits
         "\u3000"],  # ideographic space, with ASCII digits
    )  # fmt: skip
    def test_between_groups(self, sep):
        number = f"415{sep}666{sep}7777"
        assert found(f"Call me at {number}.", PHONE) == [(PHONE, number)]

    @pytest.mark.parametrize(
        ("text", "number"),
        [("Call 020 7946 0018\u2014OK?", "020 7946 0018"),  # a dash of prose after the number
         ("call me at 555-1234\u2014thanks", "555-1234")],
        # (a soft hyphen shows nothing: test_invisible_characters.py)
    )  # fmt: skip
    def test_a_dash_before_a_word_stays_a_dash(self, text, number):
        assert found(text, PHONE) == [(PHONE, number)]

    @pytest.mark.parametrize("space", ["\u00a0", "\u2009", "\u202f"])
    def test_after_an_area_code_in_parentheses(self, space):
        # The whole number, not "666-7777" after the area code
        number = f"(415){space}666-7777"
        assert found(f"Call me at {number}.", PHONE) == [(PHONE, number)]

    @pytest.mark.parametrize(
        "text",
        ["Build 2019\u20142020 and 2021\u20142022 runs",
         "pages 1204\u20141317 of volume 415\u2014666",
         "10:15:30\u201410:16:00 run",
         "Total\u00a0(2019)\u00a0123\u00a0456 rows",
         "(v2.1)\u00a01234-5678",
         *LOG_SHAPES],
    )  # fmt: skip
    def test_not_a_number(self, text):
        assert found(text, PHONE) == []


class TestInvisibleCharacters:
    @pytest.mark.parametrize(
        "number",
        ["415\u00ad666\u00ad7777",  # soft hyphens
         "+44 20 7946\u200b0018",  # a zero-width space where a page broke the line
         "+44\u200b20\u200b7946\u200b0018",
         "415\u2060666\u20607777",  # word joiners
         "020\ufeff7946\ufeff0018"],  # zero-width no-break spaces
    )  # fmt: skip
    def test_inside_a_number(self, number):
        assert found(f"Call me at {number}.", PHONE) == [(PHONE, number)]

    def test_one_character_for_one(self):
        assert ascii_digits("415\u00ad666\u200b7777") == "415-666 7777"
        assert ascii_digits("0018\u2014OK 415\u2014666") == "0018\u2014OK 415-666"

    @pytest.mark.parametrize(
        "text",
        ["version\u200b1.2.3\u200b4567", "build\u00ad2024\u00ad0105", "id\u200b12\u200b34"],
    )
    def test_not_a_number(self, text):
        assert found(text, PHONE) == []


class TestAPhoneWordJoinedByAHyphen:
    @pytest.mark.parametrize(
        ("text", "number"),
        [("Phone-415-666-7777", "415-666-7777"),
         ("My phone-415-666-7777", "415-666-7777"),
         ("Tel-020 7946 0018", "020 7946 0018"),  # the whole number, not "7946 0018"
         ("mobile-07700 900123", "07700 900123"),
         ("Fax - 020 7946 0018", "020 7946 0018"),
         ("My number-415-666-7777", "415-666-7777")],
    )  # fmt: skip
    def test_read(self, text, number):
        assert found(text, PHONE) == [(PHONE, number)]

    @pytest.mark.parametrize(
        "text",
        ["mobile-20231011.log rotated",  # digit groups a date could be: no layout of a phone
         "fax-1.2.3-456789 build",  # a version
         "tel-2023-10-11 12:00:01 started",
         "telemetry-415-666-7777", "hotel-415-666-7777",  # not a phone word
         "build-415-666-7777", "id-415-666-7777",  # an id's parts after another word
         "order number-415-666-7777", "serial number-123-456-7890",
         *LOG_SHAPES],
    )  # fmt: skip
    def test_not_a_number(self, text):
        assert found(text, PHONE) == []


class TestPortableInFrench:
    @pytest.mark.parametrize(
        ("text", "number"),
        [("Mon portable : 06 12 34 56 78", "06 12 34 56 78"),  # a space before the colon
         ("Portable: 0612345678", "0612345678"),
         ("Mon portable est le 06 12 34 56 78", "06 12 34 56 78")],
    )  # fmt: skip
    def test_read(self, text, number):
        # (The region tag of a national layout follows the plans' order, not the word:
        # "DE" before "FR", as for "Téléphone : 06 12 34 56 78".)
        assert found(text, PHONE) == [(PHONE, number)]

    @pytest.mark.parametrize(
        "text",
        ["Portable: yes, version 10.15.7 build 19H2",
         "portable build 20231011123",
         "2024-01-05 10:15:30 INFO portable-runtime 1.2.3 pid 12345678"],
    )  # fmt: skip
    def test_not_a_number(self, text):
        assert found(text, PHONE) == []


class TestGermanTariffDigit:
    @pytest.mark.parametrize(
        ("text", "number"),
        [("0900-1 123123", "0900-1 123123"),  # a value alone
         ("0900-1 123 123", "0900-1 123 123"),
         ("(0)900-1 123123", "(0)900-1 123123"),
         ("0 900-1 123 123", "0 900-1 123 123"),
         ("Hotline: 0180-5 123456 (14 ct/min)", "0180-5 123456"),
         ("Rufen Sie an: 0900 1 123123", "0900 1 123123"),  # the plan's own layout
         ("Infoline 0137-9 123456", "0137-9 123456")],
    )  # fmt: skip
    def test_read(self, text, number):
        assert found(text, PHONE) == [(PHONE, number)]
        assert _tags(text) == [("DE",)]

    @pytest.mark.parametrize(
        "text",
        ["0301-5 123456",  # Berlin's open plan split at random: the plan sets no digit apart
         "Berlin 030-1 234567",
         "0800-1 234567",  # valid, but the plan writes 0800 1234567
         "build 0900-1 123123 done",
         *LOG_SHAPES],
    )  # fmt: skip
    def test_not_a_number(self, text):
        assert found(text, PHONE) == []


class TestSpansOfYears:
    @pytest.mark.parametrize(
        "text",
        ["tel aviv 2023-2024 season", "Tel-Aviv 2023\u20142024 season", "phone plan 2019/2020"],
    )
    def test_not_a_number(self, text):
        assert found(text, PHONE) == []

    def test_other_groups_of_four_stay_numbers(self):
        assert found("Tel: 2123-2124", PHONE) == [(PHONE, "2123-2124")]

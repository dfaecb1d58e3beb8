"""Phone numbers a mark of their own says are numbers: a trunk "(0)" after a calling code,
letters for digits, an area code in parentheses glued to words, ``ext:``, a placeholder
after "+", and the plans a value on its own is read in (H86).

The measures are ``python -m benchmarks.bench_detect_vectors --dev6``, ``--dev8``,
``--dev12`` and ``--dev16``; these tests pin the mechanisms with numbers written here, and
the log shapes each must leave alone.
"""

import pytest
from tests.unit.detect._patterns import SCANNER, found

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


class TestACallingCodeThenTrunkZeroInParentheses:
    @pytest.mark.parametrize(
        ("text", "number"),
        [("64(0)64123456", "64(0)64123456"),
         ("Hello 44(0)2079460018, thanks", "44(0)2079460018"),
         ("call 44 (0) 20 7946 0018", "44 (0) 20 7946 0018"),
         ("33(0)612345678", "33(0)612345678")],
    )  # fmt: skip
    def test_read_as_the_number_after_plus(self, text, number):
        assert found(text, PHONE) == [(PHONE, number)]

    @pytest.mark.parametrize(
        "text",
        ["1(0)1234567",  # North America dials 1 at home, not 0: no "(0)" is written there
         "49(0)1234",  # too short a number after the mark
         "f(0)123456", "arr[1](0)12345678",  # code: a call, an index
         *LOG_SHAPES],
    )  # fmt: skip
    def test_not_a_number(self, text):
        assert found(text, PHONE) == []


class TestVanityNumbers:
    @pytest.mark.parametrize(
        ("text", "number", "region"),
        [("0800 DDA 005", "0800 DDA 005", "GB"),  # a toll-free line alone
         ("0900 DDA 6005", "0900 DDA 6005", "GB"),  # premium rate
         ("Flowers at 1-800-FLOWERS today", "1-800-FLOWERS", "US"),
         ("call 800-GOT-JUNK", "800-GOT-JUNK", "US"),
         ("(888) GOT-JUNK", "(888) GOT-JUNK", "US"),
         ("Call +1 800 FLOWERS now", "+1 800 FLOWERS", "US"),
         ("+44 800 DDA 005", "+44 800 DDA 005", "GB")],
    )  # fmt: skip
    def test_letters_read_as_the_keypad_digits(self, text, number, region):
        assert found(text, PHONE) == [(PHONE, number)]
        assert _tags(text) == [(region,)]

    @pytest.mark.parametrize(
        "text",
        ["I once lived at Suite 842 GRASSE France",  # "0842 ..." without its trunk 0
         "800 BROADWAY",  # a street number and its street in capitals
         "0800 ABC 123 ERR",  # valid only in Germany's open plan: not read
         "2024 INFO 1234 started", "HTTP/1.1 200 OK 5123",
         "10:15:30 0800 FOO 1234 x",  # in a log record
         "1-800-flowers",  # lower case: any word after digits
         *LOG_SHAPES],
    )  # fmt: skip
    def test_not_a_vanity_number(self, text):
        assert found(text, PHONE) == []


class TestAParenthesisedAreaCodeGluedToWords:
    @pytest.mark.parametrize(
        "text",
        ["abc(415)6667777def", "(415)6667777def", "(415)6667777É", "tel(415) 666-7777"],
    )
    def test_read_whole(self, text):
        number = text[text.index("(") :].rstrip("defÉ")
        assert found(text, PHONE) == [(PHONE, number)]

    @pytest.mark.parametrize(
        "text",
        ["size(512)1024000ms",  # an exchange starting with 1: no valid number
         "ts=1 fn(415)6667777x level=info",  # a log record
         "abc(123)4567890def",  # an area code starting with 1
         *LOG_SHAPES],
    )  # fmt: skip
    def test_not_a_number(self, text):
        assert found(text, PHONE) == []


class TestExtensionAfterAColon:
    @pytest.mark.parametrize(
        ("text", "number"),
        [("call 415-666-7777 ext:12", "415-666-7777 ext:12"),
         ("call 415-666-7777ext:12", "415-666-7777ext:12")],
    )  # fmt: skip
    def test_extension_part_of_the_number(self, text, number):
        assert found(text, PHONE) == [(PHONE, number)]

    def test_a_port_after_a_colon_is_no_extension(self):
        assert found("host 10.1.2.3 text:8080 port 443", PHONE) == []


class TestPlaceholderAfterPlus:
    def test_valid_zeros_after_a_plus(self):
        text = "+33600000000 is an international phone number"
        assert found(text, PHONE) == [(PHONE, "+33600000000")]

    @pytest.mark.parametrize(
        "text",
        ["0045 00000000",  # a zero-padded field of a dump
         "+0000000000", "+4400000000000",  # valid in no plan
         "(00) 00000000 (ra=00000000)"],
    )  # fmt: skip
    def test_zero_padding_stays_out(self, text):
        assert found(text, PHONE) == []


class TestPlansOfAValueOnItsOwn:
    @pytest.mark.parametrize(
        ("text", "region"),
        [("6123 4567", "HK"), ("5123 4567", "HK"), ("6123-6123", "HK"),  # 4-4, alone
         ("13800138000", "CN"), ("18612345678", "CN")],  # China's mobiles, unseparated
    )  # fmt: skip
    def test_read_alone(self, text, region):
        assert found(text, PHONE) == [(PHONE, text)]
        assert _tags(text) == [(region,)]

    @pytest.mark.parametrize(
        "text",
        ["138 1234 5678",  # a Chinese mobile in groups: a column of counts as often
         "id 6123 4567", "order 13800138000",  # words around: a phone word is needed
         "1234 5678",  # valid in no plan read
         "10512345678",  # eleven digits, not a Chinese mobile's (nor +1 then ten)
         "1733385600",  # a Unix time
         *LOG_SHAPES],
    )  # fmt: skip
    def test_not_read(self, text):
        assert found(text, PHONE) == []

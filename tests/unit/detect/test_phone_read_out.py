"""Phone numbers the phone sets' development parts and written probes still missed (H108):
digits spaced one by one, a hyphen with a space each side after a calling code and its
trunk "(0)", and two numbers of one contact parted by a slash.

The measure is ``python -m benchmarks.bench_detect_vectors --dev6`` (libphonenumber's
matcher tests read a number spaced one by one after "call"), and the log and HTTP
development parts (no new phone finding); these tests pin each class with numbers written
here, and the shapes of machine text each must leave alone.
"""

import pytest
from tests.unit.detect._patterns import SCANNER, found

PHONE = "PHONE_NUMBER"


class TestDigitsOneByOne:
    @pytest.mark.parametrize(
        ("text", "number"),
        [("Phone: 0 7 7 0 0 9 0 0 1 2 3", "0 7 7 0 0 9 0 0 1 2 3"),
         ("call me at 0 2 0 7 9 4 6 0 0 1 8 tomorrow", "0 2 0 7 9 4 6 0 0 1 8"),
         ("Tel: 4 1 5 5 5 5 1 2 3 4", "4 1 5 5 5 5 1 2 3 4"),
         # a few spaces where the number's groups part
         ("Hi there, call 0 2  0 7 9 4  6 0 0 1 8 to reach me!", "0 2  0 7 9 4  6 0 0 1 8"),
         ("mi teléfono es 6 1 2 3 4 5 6 7 8", "6 1 2 3 4 5 6 7 8"),
         # an extension after it stays out of the span
         ("phone 0 7 7 0 0 9 0 0 1 2 3 ext 5", "0 7 7 0 0 9 0 0 1 2 3")],
    )  # fmt: skip
    def test_found_with_a_phone_word(self, text, number):
        assert found(text, PHONE) == [(PHONE, number)]

    @pytest.mark.parametrize(
        "text",
        ["0 7 7 0 0 9 0 0 1 2 3",  # alone: a row of small numbers as often
         "scores: 1 2 3 4 5 6 7 8 9 0",  # no phone word
         "order 4 1 5 5 5 5 1 2 3 4",  # a negative word
         "the phone showed 0 0 0 0 0 0 0 0 0 0",  # no number of any plan
         "Tel: 4 1 5 5 5 5 1 2 3 4 5 6 7 8 9 1",  # sixteen digits
         # log records: counts in a row, "call" right before them or a phone word further off
         "2024-01-01 12:00:01 INFO call 0 2 0 7 9 4 6 0 0 1 8",
         "2024-01-01 12:00:01 INFO phone pool 0 2 0 7 9 4 6 0 0 1 8 free",
         "081109 203615 148 INFO dfs.DataNode call 4 1 5 5 5 5 1 2 3 4"],
    )  # fmt: skip
    def test_not_found(self, text):
        assert found(text, PHONE) == []

    def test_a_long_line_reads_no_further_than_its_reach(self):
        # a megabyte-long line of such candidates is machine text, read in a bounded window
        text = "x " * 200 + "call me at 0 2 0 7 9 4 6 0 0 1 8 " + "y " * 200
        assert found(text, PHONE) == []


class TestSpacedHyphenAfterTheTrunkMark:
    @pytest.mark.parametrize(
        ("text", "number"),
        [("Bel ons op +31 (0) 20 - 123 45 67", "+31 (0) 20 - 123 45 67"),
         ("Telefoon: +31 (0)20 - 123 4567", "+31 (0)20 - 123 4567"),
         ("Mobiel +31 (0)6 - 12345678", "+31 (0)6 - 12345678"),
         ("Call +44 (0) 20 - 7946 0018", "+44 (0) 20 - 7946 0018"),
         ("+31 6 - 1234 5678", "+31 6 - 1234 5678"),
         ("+31 (0) 20 - 123 45 67", "+31 (0) 20 - 123 45 67")],
    )  # fmt: skip
    def test_found(self, text, number):
        assert found(text, PHONE) == [(PHONE, number)]

    @pytest.mark.parametrize(
        "text",
        ["+0100 - 1234567 bytes",  # a time zone's offset, then a count
         "+1200 - 5551234",
         "+5 - 3 = 2, +99 - 1234 - 5678",  # sums
         "12:00:00 +0530 - 12345678 ms"],
    )  # fmt: skip
    def test_not_found(self, text):
        assert found(text, PHONE) == []

    def test_a_list_keeps_two_numbers(self):
        text = "Tel. +31 20 123 4567 - +31 6 12345678"
        assert found(text, PHONE) == [(PHONE, "+31 20 123 4567"), (PHONE, "+31 6 12345678")]


class TestTwoNumbersPartedByASlash:
    @pytest.mark.parametrize(
        ("text", "numbers"),
        [("联系方式：13581722337/010-86485564", ["13581722337", "010-86485564"]),
         ("Tel: 06-12345678/020-1234567", ["06-12345678", "020-1234567"]),
         ("Phone: 415-555-1234/415-555-5678", ["415-555-1234", "415-555-5678"]),
         ("Tel: +44 20 7946 0018/+44 7700 900123", ["+44 20 7946 0018", "+44 7700 900123"]),
         ("Contact: (020) 7946 0018/07700 900123 (mobile)", ["(020) 7946 0018", "07700 900123"]),
         # no number after: the other line's last digit (test_phone_alternate_lines.py)
         ("call 415-555-1234/5", ["415-555-1234"])],
    )  # fmt: skip
    def test_found(self, text, numbers):
        assert found(text, PHONE) == [(PHONE, n) for n in numbers]

    @pytest.mark.parametrize(
        "text",
        ["rx 12345678/23456789 bytes",  # a counter's two values
         "2023-01-05/2023-02-05",  # a span of dates
         "Phone: 2023-01-05/2023-02-05",
         "see 0201234567/0612345678",  # no phone word
         "order 06-12345678/020-1234567",  # a negative word
         "files at 12345678/23456789/foo",  # a path
         "GET /api/0612345678/0201234567 HTTP/1.1",
         "2024-01-01 12:00:01 INFO id 06-12345678/020-1234567 done"],
    )  # fmt: skip
    def test_not_found(self, text):
        assert found(text, PHONE) == []

    def test_without_a_pair_the_candidate_reads_as_before(self):
        # a slash after the digits was never a number's end: a shorter candidate stands
        text = "Tel: +44 20 7946 0018/ab"
        assert found(text, PHONE) == [(PHONE, "+44 20 7946")]

    def test_scan_many_agrees(self):
        texts = [
            "Tel: 06-12345678/020-1234567",
            "rx 12345678/23456789",
            "Phone: 0 7 7 0 0 9 0 0 1 2 3",
        ]
        assert [[(f.start, f.end) for f in fs] for fs in SCANNER.scan_many(texts)] == [
            [(f.start, f.end) for f in SCANNER.scan(t)] for t in texts
        ]

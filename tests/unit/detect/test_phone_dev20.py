"""Phone numbers on their own in layouts a mark says are phone numbers (H122): the trunk 0 in
parentheses, North America's exit code 011, DIN 5008's direct-dial suffix, a slash then
spaced groups, a calling code in parentheses without "+", digits read out one by one after a
prefix, two or three numbers parted by a space or a comma; and Belarus's trunk 8 before its
area code's 0.

The measure is ``python -m benchmarks.bench_detect_vectors --dev20`` (and the older phone
sets' development parts); these tests pin each class with numbers written here, and the
values of the same shapes each must leave alone. A value on its own is a whole text, or a
text of a batch the scanner joins (``scan_many``).
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.unit.detect._patterns import SCANNER, found

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner
from privkit.detect._builtin.phone import PhoneDetector

PHONE = "PHONE_NUMBER"


def phones_many(texts: list[str]) -> list[list[str]]:
    """The covered text of each phone finding of each text, the texts scanned as a batch."""
    scanner = Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)
    return [
        [t[f.start : f.end] for f in fs if f.entity_type.value == PHONE]
        for t, fs in zip(texts, scanner.scan_many(texts), strict=True)
    ]


# (text, the numbers found in it)
CLASSES = {
    "trunk": [("(0)6 12345678", ["(0)6 12345678"]),
              ("(0)20 7946 0018", ["(0)20 7946 0018"]),
              (" (0)6-12345678 ", ["(0)6-12345678"]),
              ("(0) 6 12345678", ["(0) 6 12345678"]),
              ("(0) 1187654321", ["(0) 1187654321"]),
              ("0 (80) 26411128", ["0 (80) 26411128"])],
    "exit": [("011 33 1 46 64 79 98", ["011 33 1 46 64 79 98"]),
             ("011-44-20-7946-0018", ["011-44-20-7946-0018"])],
    "din": [("0221 123456-0", ["0221 123456-0"]),
            ("030 1234567-89", ["030 1234567-89"])],
    "slash": [("0221/12 34 56", ["0221/12 34 56"]),
              ("089/123 456 78", ["089/123 456 78"])],
    "code": [("(86)13581722337", ["(86)13581722337"]),
             ("(44) 20 7946 0018", ["(44) 20 7946 0018"])],
    "one": [("0176 3 0 6 9 6544", ["0176 3 0 6 9 6544"]),
            ("0612 3 4 5 6 7 8", ["0612 3 4 5 6 7 8"])],
    "runs": [("0612345678 0201234567", ["0612345678", "0201234567"]),
             ("01051369070 18716521010", ["01051369070", "18716521010"]),
             ("13581722337,13912345678", ["13581722337", "13912345678"]),
             ("0612345678, 0201234567, 0301234567", ["0612345678", "0201234567", "0301234567"])],
}  # fmt: skip

# Values of the same shapes that are no phone number, or too short to tell.
REFUSED = {
    "trunk": ["(0) 1234567", "(0) 12345678", "(0)1 2345", "(0)0 00000000", "(0)"],
    "exit": ["011 1 2 3", "011 0 123 456 789"],
    "din": ["2024 123456-0", "0221 12-0"],
    "slash": ["05/12 10 30", "05/12 10 30 00", "0221/2024 12", "01/2024 12 30"],
    "code": ["(1) 2345 6789", "(12) 3456789012", "(44) 1234", "(7) 3"],
    "one": ["0 1 2 3 4 5 6 7", "010 1 2 3 4"],
    "runs": ["1733385600 1733385700",  # Unix times
             "1234567890 1234567891",
             "2147483647 4294967295",  # counts: each alone is read as a run alone is
             "1000000000,2000000000",
             "0000000000 0000000000"],
}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "numbers"), [case for cases in CLASSES.values() for case in cases]
)
def test_value_alone_is_found(text, numbers):
    assert found(text, PHONE) == [(PHONE, n) for n in numbers]


@pytest.mark.parametrize("text", [text for texts in REFUSED.values() for text in texts])
def test_same_shape_refused(text):
    assert found(text, PHONE) == []


def test_found_alike_in_a_batch():
    texts = [case[0] for cases in CLASSES.values() for case in cases]
    refused = [text for texts in REFUSED.values() for text in texts]
    got = phones_many([*texts, *refused])
    want = [case[1] for cases in CLASSES.values() for case in cases]
    assert got == [*want, *[[] for _ in refused]]


class TestOnlyAlone:
    """In running text without a phone word the layouts are read as before: not at all."""

    @pytest.mark.parametrize(
        "text",
        ["rows 0612345678 0201234567 copied",
         "took 0176 3 0 6 9 6544 ms",
         "ratio (86)13581722337 of",
         "2024-01-01 12:00:01 INFO moved 0221/12 34 56 bytes"],
    )  # fmt: skip
    def test_in_text(self, text):
        before = [f for f in SCANNER.scan(text) if f.entity_type.value == PHONE]
        assert all(f.evidence.pattern != "phone_alone_marked" for f in before)

    def test_a_long_text_is_one_length_test(self):
        text = "0612345678 0201234567 " * 100
        det = PhoneDetector()
        assert all(f.evidence.pattern != "phone_alone_marked" for f in det(text))


class TestTrunk8Belarus:
    @pytest.mark.parametrize(
        ("text", "number"),
        [("8 0152 45-09-11", "8 0152 45-09-11"),
         ("Тел. 8 0152 45-09-11", "8 0152 45-09-11"),
         ("звоните 8-0152-45-09-11 днём", "8-0152-45-09-11")],
    )  # fmt: skip
    def test_found(self, text, number):
        assert found(text, PHONE) == [(PHONE, number)]

    @pytest.mark.parametrize(
        "text",
        ["8 0000 45-09-11",  # no area code of the plan
         "build 8 0000 00-00-00"],
    )  # fmt: skip
    def test_refused(self, text):
        assert found(text, PHONE) == []


# A value read out one digit at a time can hold more digits than any number
# ("0176 3 0 6 9 6 5 4 4 1 2 12345", 21): phonenumbers refuses to parse it with an exception,
# which must never reach the caller (found on review: the mobile reading did not catch it).
@pytest.mark.parametrize(
    "text", ["01761 3 0 6 9 6 5 4 4 1 2 12345", "017612 3 0 6 9 6 5 4 4 1 2 12345"]
)
def test_too_many_digits_read_one_by_one_is_no_error(text):
    assert found(text, PHONE) == []
    assert phones_many([text, text]) == [[], []]


_DIGITS = st.text(alphabet="0123456789", min_size=1, max_size=14)
# The marked layouts' shapes with any digits in them (each part may run past a number's length).
_LAYOUTS = st.one_of(
    st.text(alphabet="0123456789 ()-/.,+\n", max_size=60),
    st.builds(lambda a, b: f"(0){a} {b}", _DIGITS, _DIGITS),
    st.builds(
        lambda a, ds, last: "0" + a + "".join(f" {d}" for d in ds) + last,
        st.from_regex(r"[1-9][0-9]{1,4}", fullmatch=True),
        st.text("0123456789", min_size=3, max_size=10),
        st.from_regex(r"( [0-9]{2,5})?", fullmatch=True),
    ),
    st.builds(lambda a, b: f"011 {a} {b}", _DIGITS, _DIGITS),
    st.builds(lambda a, b, c: f"0{a} {b}-{c}", _DIGITS, _DIGITS, _DIGITS),
    st.builds(lambda a, b, c: f"0{a}/{b} {c}", _DIGITS, _DIGITS, _DIGITS),
    st.builds(lambda a, b: f"({a}){b}", _DIGITS, _DIGITS),
    st.builds(lambda a, b: f"{a} {b}", _DIGITS, _DIGITS),
)


@settings(max_examples=400, deadline=None)
@given(_LAYOUTS)
def test_any_short_value_of_phone_characters_scans_without_error(text):
    # Short texts are read in the marked layouts, alone and in a batch: whatever the digits,
    # a scan returns findings inside the text and raises nothing.
    alone = [value for _, value in found(text, PHONE)]
    for spans in (alone, *phones_many([text, "x", text])):
        assert all(span in text for span in spans)

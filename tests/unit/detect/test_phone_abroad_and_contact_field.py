"""Two phone readings of H167 (the twenty-ninth vector set's development part: phone libraries'
tests of national layouts): a number dialled abroad after another plan's international prefix
(North America's 011, Australia's 0011, Japan's 010: ``011 44 20 7946 0958``), and a number
that is a field of a contact line in prose, between commas after a word (``Jane Roe, 912 345
678, Madrid``), read as a value on its own is.

The measure is ``python -m benchmarks.bench_detect_vectors --dev29`` and written probes; these
tests pin the mechanisms with values written here.
"""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.unit.detect._patterns import found

from privkit.detect._builtin.phone import PhoneDetector

# --- a number dialled abroad ---------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    ["011 44 20 7946 0958", "01164 3 331 6005", "0011 1 650 253 0000", "0011 16502530000",
     "010 44 20 7946 0958", "011-33-1-42-68-53-00"],
)  # fmt: skip
@pytest.mark.parametrize(
    "carrier", ["{v}", "The form field held {v} when it was saved.", "Jane Roe, {v}, London."]
)
def test_a_number_after_a_foreign_international_prefix_is_found_whole(value, carrier):
    assert found(carrier.format(v=value), "PHONE_NUMBER") == [("PHONE_NUMBER", value)]


@pytest.mark.parametrize(
    "body",
    [
        "011442079460958",  # unseparated: an id as often (the national readings decide it)
        "011 999 12 34 56",  # no calling code 999
        "011 44 20 79",  # too short for the plan
        "0012 44 20 7946 0958",  # no such prefix
        "011 44 20 7946 0958 1234",  # too long for the plan
    ],
)
def test_the_abroad_reading_refuses_other_groups(body):
    assert PhoneDetector()._abroad(body) is None


@settings(max_examples=60, deadline=None)
@given(
    prefix=st.sampled_from(["011", "0011", "010"]),
    region=st.sampled_from(["GB", "FR", "DE", "AU", "JP", "BR", "IN", "US"]),
)
def test_a_valid_number_after_any_such_prefix_is_found(prefix, region):
    # Invariant: the example number of a plan, in its international layout after a foreign
    # international prefix instead of "+", is found whole in prose.
    num = phonenumbers.example_number(region)
    intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    value = f"{prefix} {intl[1:]}"
    assert found(f"The form field held {value} when it was saved.", "PHONE_NUMBER") == [
        ("PHONE_NUMBER", value)
    ]


# --- a contact line's field ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Jane Roe, 912 345 678, Madrid.", "912 345 678"),
        ("Jane Roe, 6521 8000, Singapore", "6521 8000"),
        ("Roe, Jane, 2087654321; Boise", "2087654321"),
        ("Write to Mr. Roe, 345 678 9012, in Milan.", "345 678 9012"),
        ("Call Jane Roe, 912 345 678, Madrid.", "912 345 678"),  # a phone word changes nothing
    ],
)
def test_a_number_that_is_a_contact_lines_field_is_found(text, number):
    assert found(text, "PHONE_NUMBER") == [("PHONE_NUMBER", number)]


@pytest.mark.parametrize(
    "text",
    [
        "In 2019, 12 345 678, as before.",  # a comma after a digit, an amount's layout
        "We counted the visitors, 12 345 678, in the year.",  # an amount: two digits, threes
        "Jane Roe, 1733385600, London.",  # a Unix time
        "Jane Roe, 912 345 678 visitors came.",  # not the whole field
        "2024-01-01 10:00:00 INFO user, 912 345 678, done",  # a log record's field
        "Jane Roe, 2024 01 02, London.",  # a date
        "Jane Roe,912 345 678, London.",  # no space after the comma: a CSV cell
        "Order shipped, 912 345 678, today.",  # a word that names another number before it
        "Invoice paid, 2087654321, thanks.",
        "Account holder Roe, 912 345 678, Madrid",
    ],
)
def test_other_fields_stay_out(text):
    assert found(text, "PHONE_NUMBER") == []


@settings(max_examples=60, deadline=None)
@given(digits=st.from_regex(r"[1-9][0-9]{8}", fullmatch=True))
def test_a_field_is_read_no_more_loosely_than_a_value_alone(digits):
    # Invariant: a contact line's field is a number only when the same digit groups written
    # alone are one (the field borrows the value-alone reading, never a looser one).
    value = f"{digits[:3]} {digits[3:6]} {digits[6:]}"
    in_field = found(f"Jane Roe, {value}, Madrid.", "PHONE_NUMBER")
    alone = found(value, "PHONE_NUMBER")
    assert not in_field or alone == [("PHONE_NUMBER", value)]

"""Phone readings of H171 (where Presidio finds a number on the vector sets' development parts
and privkit did not): a "+" written before another plan's international prefix (``+011 44 20
7946 0958``), a number dialled abroad as a key's value (``value=011 44 20 7946 0958``), a
trunk-prefixed number of four subscriber digits after a long area code as a key's value
(``value=08031 4567``), and an extension's mark in the abbreviations libphonenumber reads
(``extn``, ``xtn``, ``xt``), also typed in full-width letters (U+FF45 U+FF58 U+FF54 for ``ext``).

A key's unseparated run stays out (an id as often: ``logid=0100032001``), as before.

The measure is ``python -m benchmarks.bench_detect_vectors --dev29`` (and ``--dev16``) and
written probes; these tests pin the mechanisms with values written here.
"""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.unit.detect._patterns import found

from privkit.detect._builtin.phone import PhoneDetector, ascii_digits

CARRIERS = ["{v}", "Contact: {v}.", "The form field held {v} when it was saved.",
            "Jane Roe, {v}, London."]  # fmt: skip

# --- "+" then a dial-out prefix --------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    ["+011 44 20 7946 0958", "+01133 1 42 68 53 00", "+0011 61 2 9374 4000",
     "+010 49 30 901820", "+011442079460958"],
)  # fmt: skip
@pytest.mark.parametrize("carrier", CARRIERS)
def test_a_plus_before_a_dial_out_prefix_is_read_as_the_number_after_it(value, carrier):
    assert found(carrier.format(v=value), "PHONE_NUMBER") == [("PHONE_NUMBER", value)]


@pytest.mark.parametrize(
    "text",
    [
        "+011 999 12 34 56",  # no calling code 999
        "+011 44 20 79",  # too short for the plan
        "+0110 1234 5678",  # no calling code opens with 0
        "+012 44 20 7946 0958",  # no such prefix
        "offset +0115 ms",  # a signed count
    ],
)
def test_other_plus_zero_values_stay_out(text):
    assert found(text, "PHONE_NUMBER") == []


def test_the_abroad_reading_needs_separators_only_without_a_plus():
    d = PhoneDetector()
    assert d._abroad("+011442079460958") == "GB"
    assert d._abroad("011442079460958") is None  # unchanged: the national readings decide


# --- a number dialled abroad as a key's value ------------------------------------------------


@pytest.mark.parametrize("key", ["value=", "contact=", "x="])
@pytest.mark.parametrize(
    "number",
    ["011 44 20 7946 0958", "0011 61 2 9374 4000", "0011 61293744000", "010 33 1 42 68 53 00"],
)
def test_a_number_dialled_abroad_after_a_key_is_found(key, number):
    assert found(key + number, "PHONE_NUMBER") == [("PHONE_NUMBER", number)]


@pytest.mark.parametrize(
    "text",
    [
        "id=7 value=011442079460958",  # one run: an id as often
        "logid=0110032001",  # a FortiGate-style log id
        "id=7 value=0011 99912345678",  # no calling code 999
        "id=7 value=0011 4420794",  # too short for the plan
        "id=7 value=0012 44 20 7946 0958",  # no such prefix
    ],
)
def test_other_dial_out_values_after_a_key_stay_out(text):
    assert found(text, "PHONE_NUMBER") == []


def test_the_abroad_layout_is_a_keys_layout():
    layout = PhoneDetector._keyed_layout
    assert layout("abroad", "0011 61293744000")
    assert not layout("bare", "0011 61293744000")


# --- four subscriber digits after a long area code, as a key's value --------------------------


@pytest.mark.parametrize("number", ["08031 4567", "04131 2345", "03841-7654"])
def test_a_short_subscriber_number_after_a_long_area_code_is_a_keys_value(number):
    assert found("value=" + number, "PHONE_NUMBER") == [("PHONE_NUMBER", number)]


@pytest.mark.parametrize(
    "text",
    [
        "id=7 value=030-1234",  # a short area code and four digits: too short a layout for a key
        "id=7 value=0803 4567",  # nine characters: the same
        "id=7 value=08031 456",  # three subscriber digits
        "id=7 value=080314567",  # one run
        "logid=0100 0320",  # eight digits
    ],
)
def test_shorter_values_after_a_key_stay_out(text):
    assert found(text, "PHONE_NUMBER") == []


# --- an extension's mark ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    ["+44 20 7946 0958 extn 12", "+44 20 7946 0958xtn12", "+442079460958xt 7",
     "+44 20 7946 0958 ｅｘｔ 12", "+442079460958ｅｘｔｎ12", "+442079460958ｘｔｎ12",
     "+442079460958ＥＸＴ12"],
)  # fmt: skip
@pytest.mark.parametrize("carrier", CARRIERS)
def test_an_extension_in_any_of_its_marks_is_part_of_the_number(value, carrier):
    assert found(carrier.format(v=value), "PHONE_NUMBER") == [("PHONE_NUMBER", value)]


@pytest.mark.parametrize(
    "text",
    [
        "ｅｘｔ 1234567",  # no number before the mark
        "build 20240131ｅｘｔ2",  # no phone layout before it
        "Ｅｘｃｅｌ 2019",  # full-width letters not after a digit
    ],
)
def test_full_width_letters_alone_find_nothing(text):
    assert found(text, "PHONE_NUMBER") == []


def test_the_fold_keeps_offsets_and_leaves_other_lines():
    text = "Ｅｘｃｅｌ\n+442079460958ｅｘｔ12"
    folded = ascii_digits(text)
    assert folded == "Ｅｘｃｅｌ\n+442079460958ext12"
    assert len(folded) == len(text)
    assert ascii_digits("Ｅｘｃｅｌ ｆｉｌｅ") is None  # no digit before the letters: not folded


@settings(max_examples=40, deadline=None)
@given(
    region=st.sampled_from(["GB", "FR", "DE", "AU", "JP", "BR", "NZ", "ZA"]),
    prefix=st.sampled_from(["011", "0011", "010"]),
)
def test_a_plus_and_any_dial_out_prefix_before_a_valid_number_is_found(region, prefix):
    # Invariant: a plan's example number in its international layout, a "+" and a foreign
    # international prefix before its calling code, is found whole in prose.
    num = phonenumbers.example_number(region)
    intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    value = f"+{prefix} {intl[1:]}"
    assert found(f"The form field held {value} when it was saved.", "PHONE_NUMBER") == [
        ("PHONE_NUMBER", value)
    ]

"""A text that is one key and its value (H204): when the key names no kind of value
(``value=``, ``input:``, ``note =``), the value is read as a value on its own is (valid in a
closed plan, no amount, date or Unix time); a key that names an id, a time, a count, an order,
a record or another entity type keeps it out, and so does any text longer than the pair.

The measure is ``python -m benchmarks.bench_detect_vectors --dev29`` (the ``value=`` carrier);
these tests pin the mechanism with values written here.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.unit.detect._patterns import found

from privkit.detect import Scanner
from privkit.types import EntityType


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("value=02079460018", "02079460018"),  # Britain, trunk 0, unseparated
        ("value=612 345 678", "612 345 678"),  # Spain's mobile in groups
        ("input: 0612345678", "0612345678"),  # the Netherlands' mobile
        ("value = 4156667777", "4156667777"),  # North America, unseparated
        ('answer="0612345678"', "0612345678"),  # quoted
        ("value=02079460018\n", "02079460018"),  # a line break after it
        ("field: 02079460018.", "02079460018"),  # a full stop ending the text
        ("hotel=02079460018", "02079460018"),  # (a key that names no kind of value)
    ],
)
def test_a_lone_pairs_value_is_read_as_a_value_alone(text, value):
    assert found(text, "PHONE_NUMBER") == [("PHONE_NUMBER", value)]


@pytest.mark.parametrize(
    "text",
    [
        "logid=0100032001",  # a key that names an id
        "session_id=0612345678",
        "DeviceId: 0612345678",
        "time = 1625849194",  # a time (and a Unix time)
        "value=1625849194",  # a Unix time under any key
        "order=0612345678",  # a negative word of the detector
        "port: 0612345678",
        "zip=0612345678",  # another entity type's name
        "Episodio: 3471234567.",  # a clinical record's episode number
        "value=1 234 567",  # an amount in thousands
        "value=2024 01 02",  # a date
        "value=12345678",  # no closed plan's number
        "a value=02079460018",  # more than the pair: a word before the key
        "value=02079460018 and more",  # and after the value
        "value=02079460018&next=1",  # a query string's first pair
        "x9=02079460018",  # a key with a digit
        "me:4155550132",  # a colon glued to the value: a chat's, read as before
    ],
)
def test_other_keys_and_longer_texts_stay_out(text):
    assert found(text, "PHONE_NUMBER") == []


def test_each_text_of_a_batch_is_read_alone():
    # scan_many joins texts with a NUL: each pair is a text of its own
    sc = Scanner(entities={EntityType.PHONE_NUMBER})
    texts = ["value=02079460018", "logid=0100032001", "value=0612345678"]
    got = [
        [t[f.start : f.end] for f in fs]
        for t, fs in zip(texts, list(sc.scan_many(texts)), strict=True)
    ]
    assert got == [["02079460018"], [], ["0612345678"]]


@settings(max_examples=60, deadline=None)
@given(
    body=st.from_regex(r"[0-9]{7,13}|[0-9]{2,4}( [0-9]{2,4}){1,3}", fullmatch=True),
    key=st.sampled_from(["value", "input", "field", "v"]),
)
def test_a_generic_keys_value_is_a_number_only_when_the_same_digits_alone_are(body, key):
    # Invariant: under a key that names nothing, the value is found exactly when the same
    # digits written alone are.
    alone = found(body, "PHONE_NUMBER") == [("PHONE_NUMBER", body)]
    assert (found(f"{key}={body}", "PHONE_NUMBER") == [("PHONE_NUMBER", body)]) == alone

"""A national number in two groups as a key's value (H159, found on the first and third vector
sets' development parts): the area code with its trunk ``0`` set apart from the subscriber's
number by one space or hyphen (``value=078-7642116``, ``value=030 1234567``). After a generic
key (``=``) only a phone layout is read, as before; this two-group layout is one, an id,
counter or port after a key is not written with a leading zero group. A bare run of digits
after a key stays out, as do a group of zeros, a short subscriber group and more groups.

The measure is ``python -m benchmarks.bench_detect_vectors --dev`` and ``--dev3`` and written
probes; these tests pin the mechanism with values written here.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.unit.detect._patterns import found

from privkit.detect._builtin.phone import PhoneDetector


@pytest.mark.parametrize("key", ["value=", "phone_2=", "contact="])
@pytest.mark.parametrize(
    "number", ["020 7946018", "030-1234567", "0161 4960123", "089-12345678", "07700 900123"]
)
def test_a_trunk_prefixed_two_group_number_after_a_key_is_found(key, number):
    assert found(key + number, "PHONE_NUMBER") == [("PHONE_NUMBER", number)]


@pytest.mark.parametrize(
    "text",
    [
        "id=7 value=0307946018",  # one run of digits after a key: an id as often
        "id=7 value=00-1234567",  # a group of zeros, no area code
        "id=7 value=030-1234",  # the subscriber group is short
        "id=7 value=030-123456789",  # a subscriber group longer than any plan's
        "id=7 value=3071-234567",  # no trunk zero
        "id=7 value=030.1234567",  # a full stop is no separator of this layout
        "fd:03 1966589",  # a colon is no key's "=" here (device and inode)
    ],
)
def test_other_values_after_a_key_stay_out(text):
    assert found(text, "PHONE_NUMBER") == []


def test_the_layout_is_a_key_s_only_with_a_national_reading():
    layout = PhoneDetector._keyed_layout
    assert layout("national", "030-1234567")
    assert layout("national", "020 7946 0018")  # three groups, as before
    assert not layout("national", "0301234567")
    assert not layout("bare", "030-1234567")  # not read as a national number: out


@settings(max_examples=80, deadline=None)
@given(
    area=st.from_regex(r"0[1-9][0-9]{0,3}", fullmatch=True),
    subscriber=st.from_regex(r"[0-9]{5,8}", fullmatch=True),
    sep=st.sampled_from(" -"),
)
def test_the_key_never_takes_more_than_the_value(area, subscriber, sep):
    # Whatever is read after the key, a finding is inside the value: the key and its "=" are
    # never part of it, and the layout test agrees with the expression it names.
    value = f"{area}{sep}{subscriber}"
    text = f"value={value}"
    for _e, cand in found(text, "PHONE_NUMBER"):
        assert cand in value
    if 10 <= len(value) <= 13:
        assert PhoneDetector._keyed_layout("national", value)

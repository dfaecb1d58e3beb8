"""A North American number after a dial-out prefix (H154, the twenty-fifth vector set's
development part: an autolinker's tests of "external line prefixes"): an outside line's access
code of one to three digits, then the number in the prefix's own separator
(``88-613-555-0123``, ``999.613.555.0123``), or after a space, a ``1 `` maybe, the area code in
parentheses or the groups parted by one hyphen or full stop (``9 1 (613) 555-0123``). The number
is found, the prefix left out, with or without a phone word, alone, as a key's value and in a
sentence.

The measure is ``python -m benchmarks.bench_detect_vectors --dev25`` and written probes; these
tests pin the mechanism with values written here.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.unit.detect._patterns import found

CARRIERS = ("{v}", "value={v}", "The form field held {v} when it was saved.", "test {v}")


@pytest.mark.parametrize("carrier", CARRIERS)
@pytest.mark.parametrize(
    ("value", "number"),
    [("88-613-555-0123", "613-555-0123"), ("999.613.555.0123", "613.555.0123"),
     ("8-212-555-0199", "212-555-0199"), ("9 1 (613) 555-0123", "(613) 555-0123"),
     ("9 (613) 555-0123", "(613) 555-0123"), ("9 1 613-555-0123", "613-555-0123"),
     ("88 1 212.555.0199", "212.555.0199")],
)  # fmt: skip
def test_the_number_after_the_prefix_is_found(carrier, value, number):
    assert found(carrier.format(v=value), "PHONE_NUMBER") == [("PHONE_NUMBER", number)]


@pytest.mark.parametrize(
    "text",
    [
        "200.200.200.0200",  # three octets and full stops open an address, not a number
        "value=10.20.213.0123",
        "1234-613-555-0123",  # four digits before: an id's group, no access code
        "88-613-555-0123-1",  # more groups after the number
        "88-613-555-012",  # the subscriber group is short
        "88-113-555-0123",  # no area code starts with 1
        "88-613-155-0123",  # no exchange starts with 1
        "88-613.555-0123",  # the prefix's separator is not the number's
        "v1.613.555.0123",  # a version's head
    ],
)
def test_other_digit_groups_stay_out(text):
    assert found(text, "PHONE_NUMBER") == []


@settings(max_examples=80, deadline=None)
@given(
    prefix=st.from_regex(r"[0-9]{1,3}", fullmatch=True),
    area=st.from_regex(r"[2-9][0-9]{2}", fullmatch=True),
    sep=st.sampled_from("-."),
)
def test_a_prefixed_number_is_found_once_with_or_without_its_prefix(prefix, area, sep):
    # Whatever the prefix's digits, the number is found once: after the prefix, or whole
    # where the prefix belongs to it (the calling code 1, an international access code
    # such as 00 or 011, read before the dial-out prefix was).
    number = f"{area}{sep}555{sep}0123"
    text = f"The form field held {prefix}{sep}{number} when it was saved."
    assert [c for _e, c in found(text, "PHONE_NUMBER")] in (
        [number], [f"{prefix}{sep}{number}"])  # fmt: skip

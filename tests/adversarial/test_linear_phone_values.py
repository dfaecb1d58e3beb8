"""Hostile inputs for the phone layouts of the fourth vector set: the scan stays linear.

Numbers after ``=``, calling codes in parentheses and capitalised extensions are candidates
the phone pattern now takes; runs of them must cost time in proportion to their length.
"""

import time

import pytest

from privkit.detect import Scanner


@pytest.mark.parametrize(
    "text",
    [
        "a=0 12 " * 150_000,  # a run of short keyed numbers
        "v=020 7946 0018 " * 60_000,  # many keyed phone numbers
        "(+" * 400_000,  # opening parentheses and plus signs, no digits
        "(+4" * 300_000,
        "(+41) 22 730 5989EXT" * 40_000,  # extensions glued to the next number
        "=" + "1 " * 400_000,  # one long run of digit groups after a key
    ],
)
def test_phone_candidates_stay_linear(text):
    scanner = Scanner(entities=["PHONE_NUMBER"])
    t0 = time.process_time()
    found = scanner.scan(text)
    assert time.process_time() - t0 < 20 * len(text) / 1e6
    assert all(text[f.start : f.end] for f in found)

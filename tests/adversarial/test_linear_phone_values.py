"""Hostile inputs for the phone and e-mail forms of the fourth vector set: scans stay linear.

Numbers after ``=``, calling codes in parentheses, capitalised extensions and local parts
ending in an RFC 5322 special are candidates the patterns now take; runs of them must cost
time in proportion to their length.
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


@pytest.mark.parametrize(
    "text",
    [
        "!@" * 400_000,  # an at sign after a special character, no domain
        ("{" * 70 + "!@example.com ") * 10_000,  # runs longer than a local part
        ("~" * 63 + "@a.co ") * 10_000,
        "|@x." * 200_000,
    ],
)
def test_special_local_parts_stay_linear(text):
    scanner = Scanner(entities=["EMAIL_ADDRESS"])
    t0 = time.process_time()
    found = scanner.scan(text)
    assert time.process_time() - t0 < 20 * len(text) / 1e6
    assert all(text[f.start : f.end] for f in found)

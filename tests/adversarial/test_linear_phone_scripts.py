"""Hostile inputs for the phone forms of the sixth vector set: scans stay linear.

Digits of other scripts are folded to ASCII in one pass, context windows next to CJK
text get spaces around each character, numbers glued to CJK text and slashed national
numbers ("030/1234567") are candidates;
runs of each must cost time in proportion to their length.
"""

import time

import pytest

from privkit.detect import Scanner
from privkit.detect._base import context_window


@pytest.mark.parametrize(
    "text",
    [
        "९" * 800_000,  # one run of Devanagari digits
        "٠١٢ " * 200_000,  # Arabic-Indic digit groups
        "＋１（" * 250_000,  # full-width plus, digit and bracket
        "（1" * 400_000,  # a full-width bracket before each digit
        "电话1" * 250_000,  # a CJK phone word glued to each digit
        "我的电话是13912345678" * 20_000,  # many numbers glued to CJK text
        "电" * 400_000 + "13912345678",  # a long CJK run before one number
        "\\1" * 400_000,  # backslashes before digits
        "0/" * 400_000,  # a trunk zero before each slash
        "01/23456 " * 80_000,  # many short slashed numbers
        "0123/" + "4" * 800_000,  # a subscriber number that never ends
        "(+49)" * 160_000 + " 89/12345678",  # calling codes in parentheses before one number
        "0049 " * 160_000 + "89/12345678",  # international prefixes before one number
        "(+49) 1/" * 100_000,  # a calling code, an area code and a slash, no number
        "030/12345-" * 80_000,  # subscriber numbers and hyphens, no suffix
    ],
)
def test_phone_candidates_in_other_scripts_stay_linear(text):
    scanner = Scanner(entities=["PHONE_NUMBER"])
    t0 = time.process_time()
    found = scanner.scan(text)
    assert time.process_time() - t0 < 20 * len(text) / 1e6
    assert all(text[f.start : f.end] for f in found)


def test_context_windows_in_cjk_text_stay_bounded():
    text = "电话" * 500_000
    t0 = time.process_time()
    for start in range(0, 1000, 10):
        window = context_window(text, start, start + 2)
        assert len(window) < 400
    assert time.process_time() - t0 < 0.5

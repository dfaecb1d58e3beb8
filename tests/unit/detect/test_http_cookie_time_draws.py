"""A Unix time and a number drawn beside it, "<time>.<ten digits>" (H224).

niconico's ``nicosid=1628299959.2144286437`` (echoed in its ``X-niconico-sid`` header) is
a visit's time and a random number: ten digits after the dot are no fraction of a second
(nanoseconds take nine), and the second number read as a time is years away and not a whole
number of minutes away. Times alone, two times a lifetime apart, a leading number that is
no time and versions stay unfound.
"""

from __future__ import annotations

import pytest
from tests.unit.detect._patterns import found

SID = "f3K9xQ2mZ7pL4vR8tW1yB6nC"


def cookies(text: str) -> list[str]:
    return [v for _, v in found(text, "COOKIE_ID")]


@pytest.mark.parametrize(
    "value",
    ["1628299959.2144286437", "1645994061.2131309964", "1646107831.1896898449",
     "1700000000.9876543210", "1500000001.3141592653"],
)  # fmt: skip
@pytest.mark.parametrize("name", ["nicosid", "visit", "uid"])
def test_a_time_and_a_drawn_number_is_an_id(name: str, value: str) -> None:
    assert cookies(f"Set-Cookie: {name}={value}; expires=Tue, 05-Aug-2031 01:00:00 GMT") == [value]
    assert cookies(f"Cookie: theme=dark; {name}={value}") == [value]


def test_its_header_echo_is_found_too() -> None:
    value = "1628299959.2144286437"
    text = f"Set-Cookie: nicosid={value}; path=/\nX-niconico-sid: {value}\n"
    assert cookies(text) == [value, value]


@pytest.mark.parametrize(
    "value",
    [
        "1628299959",  # a time alone
        "1628299959.1628300059",  # two times 100 seconds apart
        "1628299959.1943659959",  # created and expires, ten years (315,360,000 s) apart
        "1628299959.1691371959",  # two years on to the second: a lifetime
        "1.2144286437",  # a version or a number with a fraction
        "2024.1231235959",  # not a time first
    ],
)
# A time with a fraction ("1628299959.123456789") was reported before this rule under a name
# privkit does not know, and still is: not this rule's.
def test_times_and_lifetimes_stay_unfound(value: str) -> None:
    assert cookies(f"Set-Cookie: nicosid={value}; path=/") == []
    assert cookies(f"Cookie: nicosid={value}; uid={SID}") == [SID]


def test_an_id_beside_a_time_draw_is_still_found() -> None:
    value = "1628299959.2144286437"
    assert cookies(f"Cookie: last=1628299959; nicosid={value}; uid={SID}") == [value, SID]

"""Cookie values that are settings by class (issue 10, the false cookie ids left on the HTTP
sets' development parts, helper H84).

A record of counts around one number of five to nine digits (PubMatic's ``pi=160065:3``, VK's
``remixua=15|585|170|117747548``) is a setting; two such numbers, a number of ten digits or
more, letters, or a name that names an id keep the value an identifier. A list of numbers
each closed by a colon (Google's OneGoogle settings ``OGPC=19008076-1:``, ``OGP=-19008076:``)
is a setting; a 64-bit number in it, an id-named name or letters keep it an identifier.
"""

from __future__ import annotations

import random

import pytest
from tests.unit.detect._patterns import cookie_values

from privkit.detect import Scanner


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


def _cookie(name: str, value: str) -> str:
    return f"GET / HTTP/1.1\nHost: example.org\nCookie: {name}={value}; theme=dark\n"


# --- a record of counts around one number ---------------------------------------------------


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("pi", "160065:3"),  # PubMatic: a publisher's number and a count
        ("remixua", "15%7C585%7C170%7C117747548"),  # VK: sizes and a 32-bit hash, encoded
        ("remixua", "15|585|170|117747548"),
        ("pc", "2^0^482113"),
        ("seen", "12,4,99517"),
    ],
)
def test_counter_record_is_no_id(scanner: Scanner, name: str, value: str) -> None:
    assert cookie_values(scanner, _cookie(name, value)) == []


@pytest.mark.parametrize(
    ("name", "value", "ids"),
    [
        ("uid", "160065:3", ["160065:3"]),  # the name names an id
        ("x", "123456|654321", ["123456", "654321"]),  # two numbers of an id's size
        ("x", "9876543210:3", ["9876543210:3"]),  # ten digits: more than 32 bits
        ("mdata", "1|10594366291053968077|1716250543922", ["10594366291053968077"]),
        ("KRTBCOOKIE_18", "22947-1991787323755250491", ["22947-1991787323755250491"]),
        ("x", "ab160065:3", ["ab160065:3"]),  # letters: not a record of numbers
        ("x", "3355-880053-452614-68856", ["3355-880053-452614-68856"]),
    ],
)
def test_id_shaped_numbers_stay_ids(
    scanner: Scanner, name: str, value: str, ids: list[str]
) -> None:
    assert cookie_values(scanner, _cookie(name, value)) == ids


@pytest.mark.parametrize("seed", range(8))
def test_random_long_number_with_counts_stays_an_id(scanner: Scanner, seed: int) -> None:
    # a 64-bit random id between counts is an id, whatever the counts around it
    rng = random.Random(seed)
    big = str(rng.randrange(10**17, 10**19))
    value = f"{rng.randrange(1, 99)}|{big}|{rng.randrange(1, 9)}"
    assert cookie_values(scanner, _cookie("st", value)) == [big]


# --- a list of numbers each closed by a colon (Google's OneGoogle settings) -----------------


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("OGPC", "19008076-1:"),
        ("OGP", "-19008076:"),
        ("OGPC", "19022519-1:19008076-1:"),
        ("prefs", "5061451-2:5061452-1:"),
    ],
)
def test_colon_closed_number_list_is_no_id(scanner: Scanner, name: str, value: str) -> None:
    assert cookie_values(scanner, _cookie(name, value)) == []


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("OGP", "-8584853563404126885:"),  # a 64-bit number: an id's size
        ("sid", "19008076-1:"),  # the name names an id
        ("OGPC", "19008076-1"),  # not closed by a colon: judged as before
        ("OGPC", "a9f3c2e1-1:"),  # letters: an opaque token
    ],
)
def test_colon_list_look_alikes_stay_ids(scanner: Scanner, name: str, value: str) -> None:
    assert cookie_values(scanner, _cookie(name, value)) == [value]

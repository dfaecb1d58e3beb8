"""Cookie values written in words and numbers are not identifiers (issue 10, twentieth HTTP
set's development work: the false cookie ids left on the development parts).

A page's title or a search kept in a cookie is a phrase (words between spaces or ``+``, in
any script, with long words); a list of words between commas is a setting; a site's or a
report suite's name written as one long word is a name; a record of numbers with decimal
fractions, and a time with a counter after a letter, are numbers. Identifiers of the same
lengths (random letters, base64, hex, UUIDs) are still reported.
"""

from __future__ import annotations

import base64
import random
import string
import uuid

import pytest
from tests.unit.detect._patterns import cookie_values

from privkit.detect import Scanner


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


@pytest.mark.parametrize(
    "value",
    [
        # phrases: a page's name, a title, a search (percent- or plus-encoded)
        "URBANARA%20-%20Hochwertige%20Heimtextilien%20%26%20Wohnaccessoires",
        "Produkte+und+Preise+im+%C3%9Cberblick",
        "Startseite%20%7C%20Mein%20Konto%20%7C%20Bestellungen",
        # a list of words
        "paris%2Clondon%2Cnew%20york",
        # a name written as one long word; a word wrapped in separators; a word and a count
        "bitdefenderproduction",
        "__rootsid",
        "setstatuscode~~3",
        # numbers: a record with a fraction, a time with a counter
        "3%241613228710%3A35.49656035%3A%3A",
        "1613315158b43",
    ],
)
def test_words_and_numbers_are_no_identifier(scanner: Scanner, value: str) -> None:
    assert cookie_values(scanner, f"Cookie: a=1; x_state={value}") == []


def _random(alphabet: str, n: int, rng: random.Random) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


@pytest.mark.parametrize("seed", range(5))
def test_identifiers_of_the_same_lengths_are_still_reported(scanner: Scanner, seed: int) -> None:
    rng = random.Random(seed)
    ids = [
        _random(string.ascii_letters + string.digits, 22, rng),
        base64.b64encode(rng.randbytes(24)).decode(),
        rng.randbytes(16).hex(),
        str(uuid.UUID(int=rng.getrandbits(128))),
        f"{rng.randint(1_500_000_000, 1_700_000_000)}b{rng.randbytes(6).hex()}",
    ]
    for value in ids:
        assert cookie_values(scanner, f"Cookie: sid={value}") == [value], value


def test_random_lower_case_letters_are_no_long_word(scanner: Scanner) -> None:
    # random letters have rare letters, few vowels and consonant runs: not words joined
    rng = random.Random(20)
    values = [_random(string.ascii_lowercase, 24, rng) for _ in range(200)]
    kept = [v for v in values if cookie_values(scanner, f"Cookie: sid={v}") == [v]]
    assert len(kept) >= 199


def test_a_phrase_of_random_letters_is_no_phrase(scanner: Scanner) -> None:
    # base64 pieces between "+" change case inside a word: not a language's words
    value = "AbCdEfGh+IjKlMnOp+QrStUvWx"
    assert cookie_values(scanner, f"Cookie: sid={value}") == [value]

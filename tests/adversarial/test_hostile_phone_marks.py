"""Hostile inputs for H86's phone marks: vanity numbers, an area code in parentheses glued to
words, a calling code before "(0)", and "ext:".

Each pattern bounds its repetitions and its groups are parted by one separator of a class
its groups do not hold, so runs of near-misses cost time in proportion to their length, and
no finding shows a value.
"""

from __future__ import annotations

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "0800 DDA " * (40 * n),  # vanity groups that never end
        lambda n: "1-800-FLOWERS-" * (30 * n),  # glued vanity numbers
        lambda n: "A1 B2 C3 " * (40 * n),  # letters and digits in short groups
        lambda n: "abc(415)6667777" * (20 * n),  # glued area codes
        lambda n: "(415)(415)(415)" * (20 * n),  # parentheses without numbers
        lambda n: "64(0)" * (60 * n),  # trunk marks without numbers
        lambda n: "64(0)64123456 " * (20 * n),  # many numbers
        lambda n: "415-666-7777ext:" * (20 * n),  # extensions without digits
        lambda n: "PORT 10,1,2,3,19,137 " * (20 * n),  # a word between numbers (FTP's PORT)
    ],
    ids=["vanity-groups", "vanity-glued", "short-groups", "glued-area", "parens", "trunk",
         "trunk-numbers", "ext-colon", "ftp-ports"],
)  # fmt: skip
def test_phone_marks_stay_linear(scanner, make) -> None:
    grows_linearly(make, scanner.scan)


def test_no_value_is_shown(scanner) -> None:
    text = "Call 1-800-FLOWERS, abc(415)6667777def or 64(0)64123456 today"
    found = scanner.scan(text)
    assert len([f for f in found if f.entity_type == "PHONE_NUMBER"]) == 3
    assert all("FLOWERS" not in repr(f) and "6667777" not in repr(f) for f in found)

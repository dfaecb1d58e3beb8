"""Hostile inputs for the person's title before a one-word person (``_ner._PERSON_TITLE_BEFORE``).

The promise (H235): the title is read in a bounded window before the entity
(``_ner.TITLE_REACH`` characters), so long runs of titles, periods and spaces cost linear time.
"""

from __future__ import annotations

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import _ner


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "Mr. " * n + "Chomsky",
        lambda n: "Professor " * n + "Chomsky",
        lambda n: "Dr" * n + " Chomsky",
        lambda n: " " * n + "Chomsky",
    ],
)
def test_the_title_window_grows_linearly(make) -> None:
    def scan(text: str) -> object:
        start = text.rindex("Chomsky")
        return [_ner._titled_surname(text, start, "Chomsky") for _ in range(50)]

    grows_linearly(make, scan)


def test_a_title_far_before_is_not_read() -> None:
    text = "Professor" + " " * 40 + "Chomsky"
    assert not _ner._titled_surname(text, text.index("Chomsky"), "Chomsky")
    text = "Professor Chomsky"
    assert _ner._titled_surname(text, 10, "Chomsky")

"""Hostile inputs for the threat-title rule of the NER filters (``_ner._threat_title``).

The promise: a name is not dropped because a threat noun stands somewhere after it in the text
(another line, after lower-case prose, glued into a longer word), and the check stays linear
on lines dense with capitalised words and threat nouns.
"""

from __future__ import annotations

import pytest
from tests.adversarial._linear import grows_linearly
from tests.unit.detect._patterns import kept_entities

from privkit.detect import _ner


@pytest.mark.parametrize(
    "text",
    [
        "John Smith\nBuffer Overflow Attempt",  # the title on the next line
        "John Smith wrote about the Buffer Overflow",  # lower-case words before the noun
        "John Smith Overflowing Buffers",  # the noun inside a longer word
        "John Smith A B C D E F G H I J K L M N Vulnerability",  # past twelve words
        "John Smith, Injection",  # a comma between: a list, not a title
    ],
)
def test_name_not_hidden(text: str) -> None:
    assert kept_entities(text, [("John Smith", "PERSON")]) == ["John Smith"]


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "Aaaa " * (200 * n) + "x",
        lambda n: ("Aaaa " * 11 + "Vulnerability ") * (20 * n),
        lambda n: "A" * (100 * n) + " Overflow",
    ],
)
def test_linear(make) -> None:
    grows_linearly(
        make, lambda text: [_ner._threat_title(text, i, "x") for i in range(0, len(text), 97)]
    )

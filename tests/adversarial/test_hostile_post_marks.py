"""Hostile posts for the eighth noisy set's rules: place-holder handles, post marks, chat words.

Each reading stays linear in the text's length (pattern-level checks, no model).
"""

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import _ner


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "RT @USER1: " * n + "john smith",
        lambda n: "@" + "USER" * n + " ok",
        lambda n: "#" + "Ab" * n + " @" + "a" * n,
        lambda n: "RT " * n + "@",
    ],
)
def test_post_marks_and_place_holders_read_in_linear_time(make):
    grows_linearly(make, _ner.prepare)
    grows_linearly(make, lambda t: _ner.mention_findings(t, 0, score=0.85))


@pytest.mark.parametrize(
    "make",
    [lambda n: "lo" * n + "a", lambda n: "ha" * n + "x", lambda n: "a" * n + "b" * n],
)
def test_chat_words_read_in_linear_time(make):
    grows_linearly(make, _ner._chat_word)

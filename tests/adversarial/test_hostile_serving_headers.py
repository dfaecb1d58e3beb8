"""Hostile inputs for the serving-header rule (``_ner._serving_header``).

The promise: a person's name is hidden only on a line that opens with a serving header's
name (a CDN's, a cache's, a backend's), never when a part of the name says whose data the
header carries; and the check reads a bounded piece of the entity's line, so it stays linear
on long lines of header-like tokens.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from tests.adversarial._linear import grows_linearly
from tests.unit.detect._patterns import kept_entities

from privkit.detect import _ner

_NAMES = ("Anna Smith", "John Miller", "Maria Garcia", "Wei Zhang", "Jan Novak")
_SERVING = st.sampled_from(["cdn", "cache", "edge", "pop", "backend", "proxy", "node"])
_DATA = st.sampled_from(["user", "client", "customer", "author", "email", "name", "from"])


@given(name=st.sampled_from(_NAMES), serving=_SERVING, data=_DATA, pad=st.text(" ", max_size=4))
def test_a_users_header_keeps_its_name(name: str, serving: str, data: str, pad: str) -> None:
    text = f"HTTP/1.1 200 OK\nX-{serving}-{data}:{pad} {name}\nVary: Accept"
    assert kept_entities(text, [(name, "PERSON")]) == [name]


@given(name=st.sampled_from(_NAMES), serving=_SERVING, words=st.text("ab -", max_size=30))
def test_a_name_in_a_sentence_stays(name: str, serving: str, words: str) -> None:
    text = f"The {serving} {words} was set up by {name} yesterday."
    assert kept_entities(text, [(name, "PERSON")]) == [name]


def test_the_check_is_linear_on_long_lines() -> None:
    def scan(text: str) -> None:
        for at in range(0, len(text), 12):
            _ner._serving_header(text, at, 0)
            _ner._serving_header(text, at, max(0, at - 300))

    grows_linearly(lambda n: "X-cdn-a.b-c" * n + ": Paris", scan)

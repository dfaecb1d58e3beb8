"""E-mail addresses written in words: ``jane at example dot com``.

Support tickets, chat and mailing lists write an address so to keep it from harvesters, and
crawlers' agents give their owner's so. The word "at" stands for the at sign and "dot" for a
dot; at least one dot of the domain must be the word, so prose ("looking at example.com") and
stack traces ("at org.example.Main") stay out.
"""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.unit.detect._patterns import found

from privkit.detect._builtin.email import _PROSE_DETERMINERS


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("write to jane at example dot com please", "jane at example dot com"),
        (
            "john dot smith at mail dot example dot org",
            "john dot smith at mail dot example dot org",
        ),
        ("JANE AT EXAMPLE DOT COM", "JANE AT EXAMPLE DOT COM"),
        ("mail: j_doe99 at example dot org, thanks", "j_doe99 at example dot org"),
        ("(Crawl Test; someone at example dot net)", "someone at example dot net"),
        ("jane.doe at example dot co dot uk.", "jane.doe at example dot co dot uk"),
        ("reach me\tat  example  dot  io", "me\tat  example  dot  io"),  # tabs, two spaces
        # a "dot" opening the text is no dot of the local part (found by the batch fuzz: the
        # walk back read the text's last character as the label before it)
        (" dot  jane at example dot com 2", "jane at example dot com"),
        # the first "at" leads to no address ("smith" is no top-level domain); the second does
        ("email me at john dot smith at gmail dot com", "john dot smith at gmail dot com"),
    ],
)
def test_an_address_in_words_is_found_whole(text, value):
    assert found(text, "EMAIL_ADDRESS") == [("EMAIL_ADDRESS", value)]


@pytest.mark.parametrize(
    "text",
    [
        "looking at example.com today",  # no dot written as a word
        "    at org.example.Main.run(Main.java:3)",  # a stack trace's frame
        "look at this dot com bubble",  # a determiner after "at"
        "she worked at a dot com",
        "they met at their dot org booth",
        "jane at example dot pdf",  # not a top-level domain
        "x at y dot zz",
        "me at john dot smith",
        "the dot com era at work",  # no "at" between address and domain
        "-jane at example dot com",  # a local part starts with a letter or a digit
        "jane at example dot com-x",
    ],
)
def test_prose_and_code_with_the_words_are_not_addresses(text):
    assert found(text, "EMAIL_ADDRESS") == []


_LABEL = st.text(string.ascii_lowercase, min_size=2, max_size=10)


@given(
    local=st.lists(_LABEL, min_size=1, max_size=3),
    # (no word a sentence puts after "at", which the rule reads as prose: "aa at no dot com")
    host=_LABEL.filter(lambda w: w not in _PROSE_DETERMINERS),
    tld=st.sampled_from(["com", "org", "net", "io", "de", "co dot uk"]),
    before=st.sampled_from(["", "mail ", "Contact: ", "(", "write to "]),
    after=st.sampled_from(["", " please", ")", ". Thanks", ", or call"]),
)
def test_planted_addresses_in_words_are_covered(local, host, tld, before, after):
    value = f"{' dot '.join(local)} at {host} dot {tld}"
    text = before + value + after
    start = len(before)
    spans = [(f[1], text.find(f[1])) for f in found(text, "EMAIL_ADDRESS")]
    assert any(s <= start and s + len(v) >= start + len(value) for v, s in spans), text

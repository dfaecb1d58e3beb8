"""A product agent that ends a sentence stops before the sentence's full stop.

``product/version`` takes dots in its version, so in prose the match ran over the full stop
("... with curl/7.68.0."). No version ends in a dot; a field's value (a header line, a quoted
access-log field) is still the agent whatever its shape, dot included.
"""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from privkit.detect import Scanner

AGENTS = Scanner(entities={"USER_AGENT"})
FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0"


def agents(text: str) -> list[str]:
    return [text[f.start : f.end] for f in AGENTS.scan(text)]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("The probe came from curl/8.4.0.", "curl/8.4.0"),
        ("The probe came from curl/8.4.0. Then it stopped.", "curl/8.4.0"),
        ("Seen with Wget/1.21.4.\nNext line", "Wget/1.21.4"),
        ('He wrote "curl/8.4.0." in the ticket', "curl/8.4.0"),
        ("(sent by python-requests/2.31.0.)", "python-requests/2.31.0"),
        (f"The browser was {FIREFOX}.", FIREFOX),
        (f"The browser was {FIREFOX}...", FIREFOX),
    ],
)
def test_a_sentence_full_stop_is_not_the_agents(text, agent):
    assert agents(text) == [agent]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        # a header's value is the agent whatever its shape: the dot stays
        ("User-Agent: curl/8.4.0.", "curl/8.4.0."),
        (f"User-Agent: {FIREFOX}.", f"{FIREFOX}."),
        # a dot inside the version, or before a word character, is the version's
        ("Built with curl/8.4.0.1rc ok", "curl/8.4.0.1rc"),
        ("curl/8.4.0-DEV. ok", "curl/8.4.0-DEV"),
    ],
)
def test_a_fields_value_and_a_versions_own_dots_stay(text, agent):
    assert agents(text) == [agent]


@given(
    version=st.lists(st.integers(0, 999), min_size=1, max_size=4).map(
        lambda parts: ".".join(map(str, parts))
    ),
    stops=st.integers(1, 3),
    after=st.sampled_from(["", " ", "\n", '"', ")", " Next."]),
)
def test_prose_agents_end_at_their_last_digit(version, stops, after):
    text = f"The request came from curl/{version}" + "." * stops + after
    assert agents(text) == [f"curl/{version}"]

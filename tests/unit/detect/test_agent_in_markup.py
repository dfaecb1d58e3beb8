"""An app's user agent inside markup: a table cell, code, emphasis, typographic quotes.

An app's agent ("Acme%20Banking/3.40.4 (iPhone; iOS 17.6; Scale/3.00)", "MyApp/1
CFNetwork/1404.0.5 Darwin/22.3.0") is found from its platform part or its CFNetwork part,
then read back over the product's name, which must open a field: white space, a quote, a
key's sign or a bracket before it. Markup opens fields too: the agent behind "<td>", "`",
"|", "**" or a typographic quote was missed, or found without the app's name.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.unit.detect._patterns import found

AGENTS = [
    "Acme%20Banking/3.40.4 (iPhone; iOS 17.6; Scale/3.00)",
    "MyApp/1 CFNetwork/1404.0.5 Darwin/22.3.0",
    "Shop/2.1.0 (Android 14; Pixel 8)",
]
MARKUP = [("<td>", "</td>"), ("`", "`"), ("| ", " |"), ("|", "|"), ("**", "**"), ("<", ">"),
          ("\u2018", "\u2019"), ("\u201c", "\u201d"), ("\u00ab", "\u00bb"), ("~", "~")]  # fmt: skip


@given(st.sampled_from(AGENTS), st.sampled_from(MARKUP))
def test_an_agent_in_markup_is_found_whole(agent, marks):
    text = f"UA {marks[0]}{agent}{marks[1]} seen"
    assert found(text, "USER_AGENT") == [("USER_AGENT", agent)]


@pytest.mark.parametrize(
    "text",
    [
        "see https://example.org/x/MyApp/1 CFNetwork/1404.0.5 Darwin/22.3.0",  # a path's part
        "build#MyApp/1 CFNetwork/1404.0.5 Darwin/22.3.0",
    ],
)
def test_a_name_glued_to_other_signs_is_left_out(text):
    assert found(text, "USER_AGENT") == [("USER_AGENT", "CFNetwork/1404.0.5 Darwin/22.3.0")]

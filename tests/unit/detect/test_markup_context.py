"""HTML element names in a value's context window (`<span>`, `</td>`) are markup, not labels.

The MAC and device-id detectors read "span" as a tracing word (a span id is no device's),
so a MAC address in a ``<span>`` was refused. A window now reads the names of HTML's
text-level and table elements as spaces; attributes and other element names still label
their values.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.unit.detect._patterns import vector_values

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner
from privkit.detect._base import context_sides

PATTERNS = Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)
# (Left: an app's agent with a percent-encoded name, found only alone or after a label.)
_VALUES = [v for v in vector_values() if "%20" not in v]


@given(
    st.sampled_from(_VALUES),
    st.sampled_from(["span", "td", "b", "code", "li", "div", "p", "strong"]),
)
def test_a_value_the_detectors_find_alone_is_found_in_an_html_element(value, tag):
    text = f"<tr><{tag}>{value}</{tag}></tr>"
    start = text.index(value)
    end = start + len(value)
    assert any(f.start < end and f.end > start for f in PATTERNS.scan(text))


@pytest.mark.parametrize(
    "text",
    [
        "<span>001a.2b3c.4d5e</span>",
        '<td><span class="mac">001a.2b3c.4d5e</span></td>',
        "<SPAN>001a.2b3c.4d5e</SPAN>",
    ],
)
def test_a_mac_address_in_a_span(text):
    assert [f.entity_type.value for f in PATTERNS.scan(text)] == ["MAC_ADDRESS"]


def test_the_word_span_still_refuses():
    assert not PATTERNS.scan("trace 7 span 001a.2b3c.4d5e")


def test_attributes_and_other_element_names_stay():
    before, after = context_sides('<td class="phone"><phone>555 0100</phone></td>', 25, 33)
    assert 'class="phone"' in before
    assert "<phone>" in before
    assert "<td" not in before
    assert "</phone>" in after
    assert "</td" not in after

"""A measure's or a counter's label before a colon is a field, not a name (H172).

Appliances and servers report their load as labelled measures ("CPU Usage : 4", "Memory
Utilization: 40", "Session Rate : 4/s"), and the model read the label's capitalised words as
an organisation. A label ending in such a noun, before a colon (padded to its column or not),
is a field's label. Texts are written for the test in the same shapes; no corpus line is
copied here.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.unit.detect._patterns import kept_entities

_NOUNS = ["Usage", "Utilization", "Utilisation", "Uptime", "Duration", "Rate", "Time",
          "Sessions", "Connections", "Packets", "Bytes"]  # fmt: skip


class TestMeasureLabels:
    @pytest.mark.parametrize(
        ("line", "value"),
        [("SYSTEM: quoxeld unknown 0.0.0.0:0 (CPU Usage : 4)", "CPU Usage"),
         ("Memory Utilization: 40 percent", "Memory Utilization"),
         ("Packet Rate    : 100 pps", "Packet Rate"),
         ("Total Time: 40 seconds", "Total Time")],
    )  # fmt: skip
    def test_dropped(self, line, value):
        assert kept_entities(line, [(value, "ORG")]) == []

    @pytest.mark.parametrize(
        ("line", "value", "label"),
        [("Anna Smith: the usage is fine", "Anna Smith", "PERSON"),
         ("CPU Usage Corp announced a merger", "CPU Usage Corp", "ORG"),
         ("Usage of Quoxel Labs tools grew", "Quoxel Labs", "ORG"),
         ("Anna Rate said hello", "Anna Rate", "PERSON")],
    )  # fmt: skip
    def test_kept(self, line, value, label):
        assert kept_entities(line, [(value, label)]) == [value]

    @given(
        st.from_regex(r"[A-Z][a-z]{2,9}|[A-Z]{2,4}", fullmatch=True),
        st.sampled_from(_NOUNS),
        st.sampled_from([": ", " : ", "     : "]),
        st.integers(0, 10**6),
    )
    def test_any_label(self, word, noun, colon, number):
        label = f"{word} {noun}"
        assert kept_entities(f"({label}{colon}{number})", [(label, "ORG")]) == []

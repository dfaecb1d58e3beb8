"""Hostile inputs for the column-header rule (``_ner._column_header``).

The promise: a name in a table is never hidden by the header rule unless its own last word is
a field noun: not by padding it with column gaps, not by a header row above it, not by tabs;
and the check reads only the blanks around a cell, so it stays linear on long rows of cells.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from tests.adversarial._linear import grows_linearly
from tests.unit.detect._patterns import kept_entities

from privkit.detect import _ner

_NAMES = ("Anna Smith", "John Miller", "Maria Garcia", "Wei Zhang", "Jan Novak")
_GAP = st.one_of(st.text(" ", min_size=2, max_size=30), st.just("\t"))


@given(
    name=st.sampled_from(_NAMES),
    before=_GAP,
    after=_GAP,
    indent=st.text(" ", max_size=30),
)
def test_a_name_cell_stays(name: str, before: str, after: str, indent: str) -> None:
    text = f"Port Name{before}Owner Status\n{indent}Gi1/0/1{before}{name}{after}up"
    assert kept_entities(text, [(name, "PERSON")]) == [name]


@given(name=st.sampled_from(_NAMES), gap=_GAP)
def test_a_name_alone_on_its_line_stays(name: str, gap: str) -> None:
    text = f"Name{gap}Status\n{name}"
    assert kept_entities(text, [(name, "PERSON")]) == [name]


def test_the_check_is_linear_on_long_rows() -> None:
    def scan(text: str) -> None:
        for at in range(0, len(text), 12):
            _ner._column_header(text, at, at + 9, 0)

    grows_linearly(lambda n: "Port Name   " * n, scan)

"""Column headers and abbreviated field labels (issue 10, thirty-seventh log set's work).

A table's header row names its columns: a cell whose last word is a field noun ("Port Name",
"Admin Status") opening its line or standing after a column gap, with the line's end or
another gap after it, is a header, not a name or a place; a label padded to its value's
column and ending in an abbreviated field noun ("System Descr : ArubaOS") is a field's label.
"""

from __future__ import annotations

import time

import pytest
from tests.unit.detect._patterns import kept_entities

from privkit.detect import _ner


class TestColumnHeaders:
    @pytest.mark.parametrize(
        ("text", "cell", "label"),
        [
            ("Port Name", "Port Name", "GPE"),
            ("Port Name          Status   Speed", "Port Name", "GPE"),
            ("  Port Name\tStatus", "Port Name", "GPE"),
            ("Port   Admin Status   Oper", "Admin Status", "ORG"),
            ("Unit  Display Name", "Display Name", "PERSON"),
            ("Interface\tPort Description\tVLAN", "Port Description", "ORG"),
        ],
    )
    def test_a_header_cell_ending_in_a_field_noun_is_no_name(self, text, cell, label):
        assert kept_entities(text, [(cell, label)]) == []

    @pytest.mark.parametrize(
        ("text", "name", "label"),
        [
            # in a sentence: text before and after it
            ("Meeting with Port Name tomorrow", "Port Name", "GPE"),
            ("I asked John Name about it", "John Name", "PERSON"),
            # one blank before it is no column gap
            ("owner Jane Name", "Jane Name", "PERSON"),
            # a cell whose last word is no field noun
            ("Anna Smith          0612 345678", "Anna Smith", "PERSON"),
            ("Name          Email\nAnna Smith    anna@example.com", "Anna Smith", "PERSON"),
        ],
    )
    def test_a_name_stays(self, text, name, label):
        assert kept_entities(text, [(name, label)]) == [name]

    def test_the_header_check_reads_only_around_the_cell(self):
        # a long line of header-shaped cells: no search back over the line per cell
        text = "x" * 200 + "  Port Name" * 20_000
        started = time.perf_counter()
        assert _ner._column_header(text, len(text) - 9, len(text), 0)
        assert not _ner._column_header(text, 100, 109, 0)
        for at in range(202, len(text), 11 * 997):
            _ner._column_header(text, at + 2, at + 11, 0)
        assert time.perf_counter() - started < 2


class TestAbbreviatedFieldLabels:
    @pytest.mark.parametrize(
        ("text", "label"),
        [
            ("  System Descr : ArubaOS (MODEL: 315), Version Aruba AP", "Descr"),
            ("Port Description : uplink to core", "Port Description"),
            ("Display Name: printer-3", "Display Name"),
        ],
    )
    def test_a_padded_label_ending_in_a_field_noun_is_no_name(self, text, label):
        assert kept_entities(text, [(label, "PERSON")]) == []

    def test_a_name_after_the_label_stays(self):
        text = "Contact Name : Anna Smith"
        assert kept_entities(text, [("Anna Smith", "PERSON")]) == ["Anna Smith"]

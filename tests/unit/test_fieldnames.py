"""Field names: reading a field's value under its name (``field_findings``), called directly."""

from __future__ import annotations

import dataclasses

from hypothesis import given
from hypothesis import strategies as st

from privkit._fieldnames import RUN_ALONE, _within, field_findings
from privkit.types import EntityType, Evidence, Finding

PHONE = EntityType.PHONE_NUMBER


def _finding(start: int, end: int, pattern: str = "phone") -> Finding:
    return Finding(PHONE, start, end, 0.9, "phone", Evidence(pattern))


def _scanner(table: dict[str, list[Finding]]):
    """A ``scan_many`` that answers from ``table`` and records the texts it was given."""
    seen: list[str] = []

    def scan_many(texts: list[str]) -> list[list[Finding]]:
        seen.extend(texts)
        return [list(table.get(t, [])) for t in texts]

    return scan_many, seen


class TestFieldFindings:
    def test_a_value_without_context_is_scanned_once(self):
        scan_many, seen = _scanner({"555 0100": [_finding(0, 8)]})
        assert field_findings(scan_many, [("", "555 0100")]) == [[_finding(0, 8)]]
        assert seen == ["555 0100"]

    def test_findings_of_the_named_reading_map_onto_the_value(self):
        scan_many, seen = _scanner({"phone: 5550100": [_finding(7, 14)]})
        assert field_findings(scan_many, [("phone: ", "5550100")]) == [[_finding(0, 7)]]
        assert seen == ["phone: 5550100"]  # covered whole: nothing left to read alone

    def test_a_value_the_named_reading_leaves_uncovered_is_read_alone_too(self):
        scan_many, seen = _scanner({"tel: call 5550100 ": [_finding(10, 17)]})
        assert field_findings(scan_many, [("tel: ", "call 5550100 ")]) == [[_finding(5, 12)]]
        assert seen == ["tel: call 5550100 ", "call 5550100 "]

    def test_white_space_around_a_covered_value_needs_no_second_reading(self):
        scan_many, seen = _scanner({"tel:  5550100\n": [_finding(6, 13)]})
        field_findings(scan_many, [("tel: ", " 5550100\n")])
        assert seen == ["tel:  5550100\n"]

    def test_no_items_no_scan(self):
        scan_many, seen = _scanner({})
        assert field_findings(scan_many, []) == []
        assert seen == []

    def test_the_name_never_removes_a_finding_of_the_value_alone(self):
        # "ssn: (415) 555-0132": the label refuses the number; alone, it is one
        scan_many, _ = _scanner({"(415) 555-0132": [_finding(0, 14)]})
        assert field_findings(scan_many, [("ssn: ", "(415) 555-0132")]) == [[_finding(0, 14)]]

    def test_a_finding_of_the_value_alone_inside_a_named_one_is_not_added(self):
        # (it adds nothing, and as another category it would compete for the span)
        value = "ssn 536-90-1234 ok"
        ssn = Finding(EntityType.US_SSN, 9, 20, 0.9, "ssn", Evidence("ssn"))
        scan_many, _ = _scanner(
            {"ssn: " + value: [ssn], value: [_finding(6, 15), _finding(16, 18)]}
        )
        assert field_findings(scan_many, [("ssn: ", value)]) == [
            [dataclasses.replace(ssn, start=4, end=15), _finding(16, 18)]
        ]

    def test_a_finding_of_both_readings_is_kept_once(self):
        value = "call 555 0100"
        scan_many, _ = _scanner({"tel: " + value: [_finding(10, 18)], value: [_finding(5, 13)]})
        assert field_findings(scan_many, [("tel: ", value)]) == [[_finding(5, 13)]]

    def test_runs_read_only_because_they_stand_alone_are_dropped_in_both_readings(self):
        run = _finding(0, 10, RUN_ALONE)
        scan_many, _ = _scanner({"4156667777": [run], "ssn: 4156667777": []})
        assert field_findings(scan_many, [("ssn: ", "4156667777"), ("", "4156667777")]) == [[], []]

    def test_results_keep_the_order_of_the_items(self):
        scan_many, _ = _scanner({"a": [_finding(0, 1)], "ip: b": [_finding(4, 5)]})
        out = field_findings(scan_many, [("ip: ", "b"), ("", "a"), ("ip: ", "c")])
        assert out == [[_finding(0, 1)], [_finding(0, 1)], []]


@given(
    spans=st.lists(st.tuples(st.integers(0, 30), st.integers(1, 10)), max_size=6),
    start=st.integers(0, 40),
    length=st.integers(1, 10),
)
def test_inside_the_union_of_spans_is_each_character_covered(spans, start, length):
    findings = [_finding(s, s + n) for s, n in spans]
    covered = {i for f in findings for i in range(f.start, f.end)}
    end = start + length
    assert _within(findings)(start, end) == all(i in covered for i in range(start, end))

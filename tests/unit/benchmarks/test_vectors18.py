"""The eighteenth vector set's builder (``benchmarks/corpus/_vectors18.py``).

The checks every vector set's parts share are in ``test_vector_parts.py``.
"""

from __future__ import annotations

import hashlib

from benchmarks.corpus import _vectors18 as v18


def test_the_split_is_the_smallest_repository_hash():
    def h(repo: str) -> str:
        return hashlib.sha256(repo.encode()).hexdigest()

    repos = [v18.DATEPARSE[0], v18.NATTY[0], v18.TIMEFHUMAN[0], v18.PARSEDATETIME[0]]
    assert min(repos, key=h) == v18.PARSEDATETIME[0]


def test_go_rows_are_gold_when_a_date_alone_and_error_rows_negative_without_a_date():
    src = """
var testInputs = []dateTest{
	{in: "oct 7, 1970", out: "1970-10-07 00:00:00 +0000 UTC"},
	{in: "1332151919", out: "2012-03-19 10:11:59 +0000 UTC"},
	{in: `2009-08-12T22:15Z`, out: "x", loc: "America/Denver"},
}
var testParseErrors = []dateTest{
	{in: "3", err: true},
	{in: "29-06-2016", err: true},
}
"""
    got = v18.dateparse_cases(src)
    assert [(c[1], c[2], c[3]) for c in got] == [
        ("oct 7, 1970", [(0, 11)], "testInputs"),
        ("2009-08-12T22:15Z", [(0, 17)], "testInputs"),
        ("3", [], "testParseErrors"),
    ]


def test_natty_validate_calls_and_cpan_lines():
    src = 'validateDate("feb 1979", 2, 1, 1979);\nvalidateDate(reference, "in 3 days", 3, 3);\n'
    src += 'validateDateTime(reference, "jan 24, 2011 12am", 1, 24, 2011, 0, 0, 0);\n'
    assert [c[1] for c in v18.natty_cases(src, "p")] == ["feb 1979", "jan 24, 2011 12am"]
    cpan = "# comment\n now\n dec 25\n"
    assert [c[1] for c in v18.natty_cpan_cases(cpan)] == ["dec 25"]


def test_python_calls_and_parametrized_tuples():
    src = """
import pytest
@pytest.mark.parametrize("a, b", [("July 2019", 1), ("5p", 2)])
def test(a, b):
    timefhuman("7-17-18")
    with pytest.raises(ValueError):
        timefhuman("blah")
"""
    got = v18.python_cases(src, "p", "t", frozenset({"timefhuman"}))
    assert sorted((c[1], bool(c[2])) for c in got) == [
        ("7-17-18", True), ("July 2019", True), ("blah", False)
    ]  # fmt: skip


def test_a_text_labelled_both_ways_is_left_out():
    cases = [("DATE_TIME", "a", [(0, 1)], "x", "p"), ("DATE_TIME", "a", [], "x", "p")]
    assert v18._unlabelled_twice(cases) == []

"""The vector sets' shared held-out filter (``benchmarks.corpus._vectors4.new_cases``)."""

from __future__ import annotations

from benchmarks.corpus._vectors4 import new_cases


def _dev(etype, text, span, *, valid=True):
    return {"type": etype, "text": text, "value_span": list(span), "valid": valid}


DEV = [
    _dev("URL", "see a.io now", (4, 8)),
    _dev("URL", "no link here", (0, 12), valid=False),
]


def test_a_case_is_kept_when_one_of_its_values_is_new():
    cases = [
        ("URL", "A.IO and b.io", [(0, 4), (9, 13)], "c", "p"),
        ("URL", "go to a . io", [(6, 12)], "c", "p"),
    ]
    assert new_cases(cases, DEV) == cases[:1]  # white space and case do not count


def test_a_negative_is_kept_when_its_text_is_new():
    cases = [("URL", "No link  here", [], "c", "p"), ("URL", "nothing", [], "c", "p")]
    assert new_cases(cases, DEV) == cases[1:]


def test_an_invalid_records_value_does_not_count_as_held():
    cases = [("URL", "x", [(0, 1)], "c", "p")]
    dev = [_dev("URL", "x and more", (0, 1), valid=False)]
    assert new_cases(cases, dev) == cases


def test_the_type_counts_unless_untyped():
    cases = [("EMAIL_ADDRESS", "a.io", [(0, 4)], "c", "p")]
    assert new_cases(cases, DEV) == cases
    assert new_cases(cases, DEV, typed=False) == []

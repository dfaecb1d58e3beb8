"""URLs after a tab, in tab-separated machine text (issue 10, helper H230).

A tab makes a line machine text (``privkit.detect._ner.structured_line``): a URL in one of its
columns is a field, so only its personal parts are reported (the user information, the values of
personal query keys), each cut at the tab that ends the column; the next column's value is no
part of it. On the development texts, 43 lines hold a tab and a URL: all tables, event logs and
access logs (docs/benchmarks.md, H230's section).
"""

from __future__ import annotations

import pytest
from tests.unit.detect._patterns import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ts\thttps://example.com/a?uid=991234\t200\tMozilla", [("URL", "991234")]),
        ("ts\thttps://example.com/a?token=abc123def456\tcol2=x", [("URL", "abc123def456")]),
        ("ts\twww.example.com/a?session=abcdef123456\tnext", [("URL", "abcdef123456")]),
        ("ref\thttps://jane:s3cret@example.com/x\t200", [("URL", "jane:s3cret")]),
        ("reqsubchart\t0.1.0\thttps://example.com/charts\tunpacked", []),  # no personal part
        ("a\thttp://www.example.org/projects/calendar/\t1.1\tMozilla", []),
    ],
)
def test_personal_parts_cut_at_the_tab(text, expected):
    assert found(text) == expected


def test_neighbouring_columns_still_found():
    text = "jane\tjane@example.com\thttps://example.com/u?uid=991234\t10.0.0.1\tactive"
    assert found(text) == [
        ("EMAIL_ADDRESS", "jane@example.com"),
        ("URL", "991234"),
        ("IP_ADDRESS", "10.0.0.1"),
    ]


def test_address_in_a_query_after_a_tab():
    text = "10.0.0.1\t-\tGET\thttps://example.com/login?email=jane%40example.com&next=/\t302"
    assert found(text) == [("IP_ADDRESS", "10.0.0.1"), ("EMAIL_ADDRESS", "jane%40example.com")]

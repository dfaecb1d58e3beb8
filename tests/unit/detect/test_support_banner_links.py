"""A program's banner line pointing to its maker's support is no personal link.

A network OS's ``show version`` opens with its banner ("Technical Support:
http://www.vendor.example/techsupport"), in command output that has no record fields around
it; the link is the vendor's. Only a line opened by the label is read so: the link's query
values are still read for personal ones, and the words elsewhere on a line leave the link.
"""

from __future__ import annotations

import pytest
from tests.adversarial._linear import grows_linearly
from tests.unit.detect._patterns import SCANNER, found

BANNER = (
    "Vendor OS Software, R900 Software (R900-K9-M), Version 15.2(4)M3, RELEASE SOFTWARE\n"
    "Technical Support: http://www.vendor.example/techsupport\n"
    "Copyright (c) 1986-2012 by Vendor Systems, Inc.\n"
    "Compiled Thu 26-Jul-12 19:34 by build_team\n"
)


@pytest.mark.parametrize(
    "text",
    [BANNER,
     "Technical Support: http://www.vendor.example/techsupport",
     "  Technical Support: https://support.vendor.example/"],
)  # fmt: skip
def test_the_banner_support_link_is_no_finding(text):
    assert found(text, "URL") == []


@pytest.mark.parametrize(
    "text",
    ["Anna wrote: Technical Support: https://anna.example/me",  # not the line's opening
     "technical support: https://anna.example/me",  # a note's words, not a banner's label
     "My page: https://anna.example/me"],
)  # fmt: skip
def test_other_lines_keep_their_link(text):
    assert [t for _, t in found(text, "URL")] == ["https://anna.example/me"]


def test_the_query_is_still_read():
    text = "Technical Support: https://help.vendor.example/u?email=jane.roe@example.com"
    assert found(text, "EMAIL_ADDRESS") == [("EMAIL_ADDRESS", "jane.roe@example.com")]


def test_stays_linear():
    grows_linearly(
        lambda n: "Technical Support: http://a.example/b\n" * (n // 40 + 1), SCANNER.scan
    )

"""Event messages of a mail store and of Windows' security audit, as a normaliser's samples keep them.

The fortieth log set (the sample lines of a log normaliser library's definitions): an event
template's pointer to its vendor's help page ("For more information, click <link>."), and the
field list of a rendered Windows security event whose template explains the fields below them.
Values here are written for the tests in the products' documented layouts; no corpus line is
copied.
"""

from __future__ import annotations

import pytest
from tests.unit.detect._patterns import found


class TestClickForMoreInformation:
    """A record's "For more information, click <link>." points to the vendor's help page."""

    @pytest.mark.parametrize(
        "text",
        [
            (
                "jdoe@mail.example failed an operation because the user did not have rights.\n\n"
                "The folder ID is in the data section of this event.\n"
                "Event ID: 1016\n\n"
                "For more information, click http://www.vendor.example/redirect.asp."
            ),
            (
                "The store driver could not be loaded.\nDriver Version: 3.1\n\n"
                "For more details click on https://help.vendor.example/kb/4411 now."
            ),
        ],
    )
    def test_the_help_link_is_not_reported(self, text):
        assert found(text, "URL") == []

    @pytest.mark.parametrize(
        "text",
        [
            "For more information, click https://jane.example/blog/post-1.",  # one line
            "Hi Anna,\nclick https://anna.example/posts for my photos.\nBest, Tom",
            "Ticket Number: 48213\nThe user says: click https://social.example/jane.roe now.",
        ],
    )
    def test_other_links_after_click_are_reported(self, text):
        start = text.index("http")
        end = start + len(text[start:].split()[0].rstrip("."))
        assert found(text, "URL") == [("URL", text[start:end])]

"""Mail traces: a ``Received:`` header's value names machines, not sites, people or companies.

A mail filter (SpamAssassin, rspamd) parses and logs each ``Received:`` header's value, and a
raw message folds the header over lines: ``from <client> (<rdns> [<address>]) by <server>
(<software>) with <protocol> id <queue id>; <date>``. The forty-fourth log set's development
part (SpamAssassin's received-header test fixtures) holds such traces without their header's
name, where the receiving server's name read as a site named in a sentence (a URL) and the
mail software's name (``XMail``, ``SpamAssassin``) as a person or a company. Records are written
for the test in the same shapes; no corpus line is copied here.
"""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.unit.detect._patterns import found, kept_entities

from privkit.detect._ner import header_or_machine_line, mail_trace


class TestMailTrace:
    """A trace line is machine text; a sentence with the same words is not."""

    @pytest.mark.parametrize(
        "line",
        [
            "from relay7.example.net ([198.51.100.7]) by mx2.example.org with esmtp; 4 Mar 2009",
            "from spooler by post.example.com (Mercury/32 v4.01a) ID MO00123; 2 Jan 2008 09:00:00",
            "(from WORKPC [203.0.113.9]) by gw.example.co.uk (AVGW 1.2.3) with SMTP id Q123",
            "\tby inbound.example.org (Postfix) with ESMTPS id 4FA0C2B1",
            "Received: from helper by lists.example.edu with local (Exim 4.96) id 1aBcDe-000123-Xy",
            "from [192.0.2.33] by webmail.example.net (via HTTP); Thu, 5 Mar 2009 11:00:00 +0100",
        ],
    )
    def test_trace_lines_are_machine_text(self, line):
        assert header_or_machine_line(line)

    @pytest.mark.parametrize(
        "line",
        [
            "from the station by noon; then we walk",
            "He was hired by example.com with a raise",
            "I heard from example.org by way of a friend with news",
            "Sent from my phone",
            "by the river with Anna and Tom",
        ],
    )
    def test_sentences_are_not(self, line):
        assert not header_or_machine_line(line)

    @pytest.mark.parametrize(
        "line",
        [
            "from mailhost.example.net (10.1.2.3) by relay.example.org with SMTP; 3 Jan 2007",
            "from localhost by filter.example.com with SpamAssassin (version 3.4.6); 9 May 2021",
            "from list.example.net ([203.0.113.4]:2510) by mx.example.org with [XMail 1.27 ESMTP]",
        ],
    )
    def test_server_names_are_no_urls(self, line):
        assert found(line, "URL") == []

    def test_site_in_a_sentence_stays(self):
        text = "Our new shop is at example.com with free delivery; come by soon"
        assert ("URL", "example.com") in found(text)

    def test_software_name_is_no_person(self):
        line = "from list.example.net ([203.0.113.4]) by mx.example.org with [XMail 1.27 ESMTP]"
        assert kept_entities(line, [("XMail", "PERSON")]) == []
        assert kept_entities("I met Anna by the river", [("Anna", "PERSON")]) == ["Anna"]


class TestBracketedEndpoint:
    """A peer's address in brackets with its port glued by a dot: the address alone."""

    @pytest.mark.parametrize(
        ("text", "address"),
        [
            ("from relay.example.net ([198.51.100.23.40112]) by mx.example.org", "198.51.100.23"),
            ("client [203.0.113.77.65000] rejected", "203.0.113.77"),
        ],
    )
    def test_address_without_port(self, text, address):
        assert found(text, "IP_ADDRESS") == [("IP_ADDRESS", address)]

    @pytest.mark.parametrize(
        "text",
        [
            "firmware version [1.2.3.4.5] installed",
            "section [12.4.1.3.2] of the manual",
            "values [1.2.3.4.5.6] listed",
            "peer [198.51.100.23.25] on the service port",
            "peer [198.51.100.23.70000] out of range",
        ],
    )
    def test_other_dotted_groups_are_not(self, text):
        assert found(text, "IP_ADDRESS") == []


# The trace line as one expression: the specification ``mail_trace`` reads in three bounded
# steps (the expression's two lazy spans made it read a line once per "by" in it).
_TRACE_AS_ONE = re.compile(
    r"[ \t]*(?:Received:[ \t]*)?\(?(?:from[ \t]+\S[^\n]{0,1000}?[ \t])?"
    r"by[ \t]+\[?[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,126}\]?[,;]?[ \t]"
    r"[^\n]{0,1000}?(?:\b(?:with|via)[ \t]+\S|\bid[ \t]+\S|;)"
)
_TRACE_WORDS = ["from", "by", "a.b", "mx.example.org", "[192.0.2.1]", "[a.b]", "with", "via",
                "id", "x", ";", ",", "(", "Received:", "by-x", "by mx.example.org", "with ESMTP",
                "id Q1"]  # fmt: skip


@given(
    st.sampled_from(["", "from a.b ", "Received: from x ", "(from y ", "\t", "by "]),
    st.lists(
        st.tuples(st.sampled_from(_TRACE_WORDS), st.sampled_from(["", " ", "  ", "\t"])),
        min_size=1,
        max_size=16,
    ),
)
def test_mail_trace_reads_as_the_one_expression(opening, parts):
    line = opening + "".join(word + gap for word, gap in parts)
    assert mail_trace(line) == ("by" in line and _TRACE_AS_ONE.match(line) is not None)

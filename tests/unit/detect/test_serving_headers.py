"""NER findings in HTTP header values (issue 10, forty-second HTTP set's development leftovers).

A header of a server's or a proxy's own bookkeeping (a CDN's, a cache's, an edge's or point of
presence's, a backend's: ``X-CDN-nazwa.pl-location: LA``, ``x-edge-location: Paris``) carries a
machine's value, no person's name or place; a header that carries a user's data
(``X-User-Name``, ``From``, ``X-Proxy-User``, ``X-Client-Region``) and a name in prose are
still found.
"""

from __future__ import annotations

import pytest
from tests.unit.detect._patterns import kept_entities

from privkit.detect import _ner

RESPONSE = "HTTP/1.1 200 OK\nServer: nginx\nX-Cache: MISS\n{line}\nContent-Type: text/html"


class TestServingHeaders:
    @pytest.mark.parametrize(
        ("line", "value", "entity"),
        [
            ("X-CDN-nazwa.pl-location: LA", "LA", "GPE"),
            ("x-edge-location: Paris", "Paris", "GPE"),
            ("X-Served-By: Frankfurt", "Frankfurt", "GPE"),
            ("x-amz-cf-pop: Dublin", "Dublin", "GPE"),
            ("X-Origin-Region: Frankfurt", "Frankfurt", "GPE"),
            ("X-Backend-Server: Jupiter Mars", "Jupiter Mars", "PERSON"),
            ("x-cache-node:  Madrid", "Madrid", "GPE"),
            ("Akamai-Cache-Status: Sydney", "Sydney", "GPE"),
        ],
    )
    def test_a_serving_headers_value_is_no_name_or_place(self, line, value, entity):
        assert kept_entities(RESPONSE.format(line=line), [(value, entity)]) == []

    @pytest.mark.parametrize(
        ("line", "value", "entity"),
        [
            ("X-User-Name: John Smith", "John Smith", "PERSON"),
            ("From: Maria Garcia", "Maria Garcia", "PERSON"),
            ("X-Proxy-User: Anna Schmidt", "Anna Schmidt", "PERSON"),
            ("X-Client-Region: Paris", "Paris", "GPE"),
            ("X-Author-Name: Peter Miller", "Peter Miller", "PERSON"),
            ("X-Cache-Contact: Wei Zhang", "Wei Zhang", "PERSON"),
        ],
    )
    def test_a_users_data_in_a_header_is_still_found(self, line, value, entity):
        assert kept_entities(RESPONSE.format(line=line), [(value, entity)]) == [value]

    def test_a_name_in_prose_beside_a_serving_header_is_still_found(self):
        text = "X-Cache: HIT\nThe cache was set up by John Smith in Los Angeles last week."
        items = [("John Smith", "PERSON"), ("Los Angeles", "GPE")]
        assert kept_entities(text, items) == ["John Smith", "Los Angeles"]

    def test_prose_that_mentions_a_cdn_is_no_header(self):
        text = "Our CDN edge is run by John Smith: he lives in Paris."
        items = [("John Smith", "PERSON"), ("Paris", "GPE")]
        assert kept_entities(text, items) == ["John Smith", "Paris"]

    def test_a_line_longer_than_the_reach_is_not_read_back(self):
        text = "Age: 0\nX-Cache-Info: " + "a" * (_ner.SERVING_HEADER_REACH + 10) + " Paris"
        assert not _ner._serving_header(text, text.index("Paris"), 7)
        assert _ner._serving_header("Age: 0\nX-Cache-Info: Paris", 21, 7)

    @pytest.mark.parametrize(
        "text",
        [
            "Hi all,\nRe-routing: Anna Schmidt takes it from here\nthanks",
            "Edge-server: Anna Schmidt",
            "Notes from the call.\nCache-owner Anna Schmidt: will check",
        ],
    )
    def test_a_label_opening_a_prose_line_is_no_header_block(self, text):
        assert kept_entities(text, [("Anna Schmidt", "PERSON")]) == ["Anna Schmidt"]

    def test_a_serving_header_last_in_its_block_is_read_by_the_line_before(self):
        text = "HTTP/1.1 200 OK\nAge: 0\nX-Edge-Location: Paris"
        assert kept_entities(text, [("Paris", "GPE")]) == []

"""Security and network products' sample logs: a service's display name after its change of state.

A device manager reports a Windows service's change of state with the service's display name
right after the colon (the twenty-eighth log set's development part: ``Message: Service stopped:
<name> (<short name>)``); the model reads a title-cased name such as "Client License Service" as
an organisation. The name is the component's. Records are written for the test in the same
shape; no corpus line is copied here.
"""

import pytest
from tests.unit.detect._patterns import kept_entities

from privkit.detect import _ner


class TestServiceStateChange:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            (
                "uem01.example.net  Alert: Service monitor  Message: Service stopped: Contoso Licence Broker (CLBSvc)",
                "Contoso Licence Broker",
            ),
            ("host1 Message: Service started: Acme Update Agent", "Acme Update Agent"),
            ("2024-05-01 10:00:01 Driver failed: Globex Storage Filter", "Globex Storage Filter"),
            ("node3 daemon restarted:  Initech Sync", "Initech Sync"),
        ],
    )
    def test_the_name_after_a_state_change_is_the_components(self, text, name):
        assert _ner._service_event(text, text.index(name))
        assert kept_entities(text, [(name, "ORG")]) == []

    @pytest.mark.parametrize(
        ("text", "name", "label"),
        [
            # the state change is not right before the name
            ("Service stopped: escalated to Acme Corp by the on-call", "Acme Corp", "ORG"),
            # no change of state: a customer-service sentence
            ("Customer service: Acme Corp called back", "Acme Corp", "ORG"),
            # the person is before the state change, not after it
            ("Jane Morgan reported: Service stopped", "Jane Morgan", "PERSON"),
            # a word glued before "service" is another word
            ("Selfservice stopped: Jane Morgan", "Jane Morgan", "PERSON"),
        ],
    )
    def test_near_misses_keep_their_reading(self, text, name, label):
        assert not _ner._service_event(text, text.index(name))
        assert kept_entities(text, [(name, label)]) == [name]


class TestPanosZoneColumns:
    """PAN-OS CSV: the two columns after ``vsys<N>`` are the source and destination zones.

    A class left from earlier development text (the sixteenth and fourth log sets: a zone read
    as a place); the records here are written for the test.
    """

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            (
                "1,2024/05/01 10:00:00,0123,TRAFFIC,end,2049,2024/05/01 10:00:00,198.51.100.7,203.0.113.9,0.0.0.0,0.0.0.0,Allow-Web,,,web-browsing,vsys1,Berlin-Office,Untrust,ethernet1/2,ethernet1/1,Log-All",
                "Berlin-Office",
            ),
            (
                "1,2024/05/01 10:00:00,0123,THREAT,url,2049,2024/05/01,198.51.100.7,203.0.113.9,0.0.0.0,0.0.0.0,Rule-1,,,ssl,vsys12,Trust,Paris,ethernet1/2,ethernet1/1,Log-All",
                "Paris",
            ),
        ],
    )
    def test_a_zone_is_no_place(self, text, name):
        assert _ner._zone_column(text, text.index(name), text.index(name) + len(name))
        assert kept_entities(text, [(name, "GPE")]) == []

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            # a later column: the country and city a log enrichment added, far from vsys
            ("...,vsys1,Trust,Untrust,ethernet1/2,ethernet1/1,Log-All,US,Seattle,tcp", "Seattle"),
            # part of a column, not the whole of it
            ("...,vsys1,Trust,Lyon office,ethernet1/1", "Lyon"),
            # no vsys before: an ordinary CSV of places
            ("id,city,country\n1,Madrid,Spain", "Madrid"),
        ],
    )
    def test_other_columns_keep_their_reading(self, text, name):
        assert not _ner._zone_column(text, text.index(name), text.index(name) + len(name))
        assert kept_entities(text, [(name, "GPE")]) == [name]

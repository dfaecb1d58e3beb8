"""Names the model reads in the log sets' development parts after every earlier rule (H137).

Two classes were left across the log sets' development parts: a library's or a server's name
right before its release or an index's operation (``Cassandra version: 2.2.15``, ``Lucene
flush took 0.3 seconds``) read as a person; and a word of a JSON key naming a measure, as
Spark's event log names a task's metrics (``"Executor Deserialize Time": 203``), read as a
person. Records are written for the test in the same shapes; no corpus line is copied here.
"""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.unit.detect._patterns import kept_entities

from privkit.detect import _ner

_LOG = "INFO  [main] 2019-01-07 10:00:00,299 StorageService.java:570 - "


class TestProductBeforeItsOperation:
    """A one-word name before a release or an index's operation names software, in logs."""

    @pytest.mark.parametrize(
        ("line", "value"),
        [
            ("Cassandra version: 2.2.15", "Cassandra"),
            ("Lucene flush took 0.321 seconds", "Lucene"),
            ("Lucene merge took 1.231 seconds", "Lucene"),
            ("Scylla compaction finished in 12 ms", "Scylla"),
            ("Ubuntu release 22.04 detected", "Ubuntu"),
        ],
    )
    def test_software_not_found(self, line, value):
        assert kept_entities(_LOG + line, [(value, "PERSON")]) == []

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            # prose: the rule reads log records and machine text only
            ("Cassandra version two of the essay was better, she said.", "Cassandra"),
            # two words: a person's name
            (_LOG + "Cassandra Wilson version 2 uploaded", "Cassandra Wilson"),
            # the noun is not right after the name
            (_LOG + "login by Cassandra, version 2", "Cassandra"),
        ],
    )
    def test_person_kept(self, text, value):
        assert kept_entities(text, [(value, "PERSON")]) == [value]

    @pytest.mark.parametrize(
        ("text", "value", "want"),
        [
            ("Cassandra version: 3.0.19", "Cassandra", True),
            ("Lucene flush took 0.6 sec", "Lucene", True),
            ("Cassandra's version: 3.0.19", "Cassandra", False),
            ("Anna flushed the cache", "Anna", False),
        ],
    )
    def test_noun_right_after(self, text, value, want):
        end = text.index(value) + len(value)
        assert _ner._modifies_tech_noun(value, text, end) is want


_METRIC = '{"Event":"SparkListenerTaskEnd","Task Metrics":{"Executor Deserialize Time":203}}'


class TestMeasureKey:
    """Words of a JSON key naming a measure are the field's name, not a person's."""

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            (_METRIC, "Deserialize"),
            ('{"Executor Deserialize CPU Time": 2}', "Deserialize"),
            ('{"Shuffle Bytes Written": 0, "x": 1}', "Shuffle"),
            ('{"Remote Blocks Fetched" : 4}', "Remote Blocks"),
            ('{"Result Serialization Time":1}', "Result Serialization Time"),
        ],
    )
    def test_key_word_not_found(self, text, value):
        assert kept_entities(text, [(value, "PERSON")]) == []

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            # a name as the whole key, or a key not ending in a measure's noun
            ('{"Alice Smith": {"visits": 3}}', "Alice Smith"),
            ('{"Alice Smith Account": 3}', "Alice Smith"),
            # "Read" alone ends a surname, not a measure
            ('{"John Read": 4}', "John Read"),
            ('{"John Read": 4}', "John"),
            # a value, not a key: the measure's words are the value's
            ('{"owner": "Alice Time", "n": 1}', "Alice Time"),
            ('{"owner": "Alice Count"}', "Alice"),
        ],
    )
    def test_name_kept(self, text, value):
        assert kept_entities(text, [(value, "PERSON")]) == [value]

    @given(
        name=st.sampled_from(["Alice Smith", "Maria Garcia", "Wei Zhang", "John Read"]),
        tail=st.sampled_from(["Time", "Count", "Size", "Bytes Read", "Duration"]),
    )
    def test_a_name_as_a_value_is_kept_whatever_its_last_word(self, name, tail):
        text = f'{{"Task Metrics": {{"owner": "{name} {tail}", "Run Time": 3}}}}'
        assert kept_entities(text, [(name, "PERSON")]) == [name]

    @given(
        words=st.lists(
            st.sampled_from(["Executor", "Shuffle", "Peak", "Deserialize"]), min_size=1, max_size=4
        ),
        tail=st.sampled_from(["Time", "Count", "Size", "Latency", "Records Read"]),
    )
    def test_every_word_of_a_measure_key_is_dropped(self, words, tail):
        key = " ".join([*words, tail])
        text = f'{{"Task Metrics":{{"{key}":12,"Other":0}}}}'
        assert kept_entities(text, [(words[0], "PERSON")]) == []

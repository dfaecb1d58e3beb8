"""Mechanisms found on the twentieth real log set (benchmarks/corpus/_logs20.py, development part).

Each class has positives and near-miss negatives written here, in shapes beyond the ones that
revealed the gap; the corpus records are not copied into tests.
"""

import pytest
from tests.unit.detect._patterns import found

from privkit.detect._base import normalize_words


class TestJavaThreadSocketAddresses:
    """A bare Java socket address in a thread name, the connection's kind glued after it."""

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            (
                "DEBUG [MessagingService-Outgoing-/192.0.2.71-Gossip] Unable to connect",
                "192.0.2.71",
            ),
            ("INFO [MessagingService-Incoming-/198.51.100.4-Small] closed", "198.51.100.4"),
            ("peer /203.0.113.9-Large dropped", "203.0.113.9"),
            ("[Outbound(/10.1.2.3-Urgent)] x", "10.1.2.3"),
        ],
    )
    def test_the_address_is_found(self, text, value):
        assert found(text, "IP_ADDRESS") == [("IP_ADDRESS", value)]

    @pytest.mark.parametrize(
        "text",
        [
            "fetched pkg/1.2.3.4-rc1 from the mirror",
            "unpacked /1.2.3.4-beta into opt",
            "release /2.0.0.1-SNAPSHOT built",
            "copied /5.6.7.8-Final.jar away",
            "see ./1.2.3.4-Gossip for notes",
            "installed openjdk-11.0.2.9-Linux today",
        ],
    )
    def test_a_release_tag_stays_a_version(self, text):
        assert found(text, "IP_ADDRESS") == []


class TestMaskedTokenConstants:
    """A constant's name on a placeholder word, logged where a secret was, is no credential."""

    @pytest.mark.parametrize(
        "text",
        [
            'curl -i -X GET http://keystone/v3/auth -H "X-Auth-Token: TOKEN_REDACTED"',
            "X-Subject-Token: {SHA1}_TOKEN_MASKED",
            "token=<PASSWORD_FILTERED> user=alice",
            "api_key=YOUR_API_KEY",
            'Authorization: Token "__SECRET_REDACTED__"',
        ],
    )
    def test_no_token(self, text):
        assert found(text, "AUTH_TOKEN") == []

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ('-H "X-Auth-Token: gAAAAABX3kqZ8f2Lw9sP0qRt"', "gAAAAABX3kqZ8f2Lw9sP0qRt"),
            ("X-Auth-Token: Redacted9f2Lw9sP0qRtZ1", "Redacted9f2Lw9sP0qRtZ1"),
            ("X-Auth-Token: REDACTEDq8Zr2LmN4vB7", "REDACTEDq8Zr2LmN4vB7"),
        ],
    )
    def test_a_real_token_is_found(self, text, value):
        assert found(text, "AUTH_TOKEN") == [("AUTH_TOKEN", value)]


class TestWholeContextWords:
    """A context word written with a trailing space matches whole: "work" is not "Worker"."""

    def test_normalised_forms(self):
        assert normalize_words(("tel", "phone", "work ")) == (" tel ", " phone", " work ")

    @pytest.mark.parametrize(
        "text",
        [
            "[GC Worker End (ms): Min: 2109063.6, Avg: 2109063.6, Max: 2109063.6, Diff: 0.1]",
            "[GC Worker Start (ms): Min: 3140592.7, Avg: 3140592.8, Max: 3140592.9]",
            "Workload took 2109063.6 ms, 3140592.7 ms",
            "workers 2109063.6, 2109064.1",
        ],
    )
    def test_a_longer_word_gives_no_context(self, text):
        assert found(text, "PHONE_NUMBER") == []

    @pytest.mark.parametrize(
        "text",
        [
            "work: 030 1234567",
            "Work 030 1234567, home 030 7654321",
            "my work number is 030 1234567",
        ],
    )
    def test_the_word_itself_still_labels_a_number(self, text):
        assert found(text, "PHONE_NUMBER") != []


class TestLicenceTermsAreNoNames:
    """A licence notice's defined terms, alone, are no organisation or person."""

    @pytest.mark.parametrize("value", ["License", "Licence", "Licensor", "LICENSE"])
    def test_alone_no_entity(self, value):
        from privkit.detect._ner import _bad_shape
        from privkit.types import EntityType

        for entity in (EntityType.ORGANIZATION, EntityType.PERSON):
            assert _bad_shape(entity, value, lower_case=False)

    @pytest.mark.parametrize("value", ["Apache License", "Mozilla Licensing Ltd", "Lisa Licensor"])
    def test_a_name_with_them_is_still_read(self, value):
        from privkit.detect._ner import _bad_shape
        from privkit.types import EntityType

        assert not _bad_shape(EntityType.ORGANIZATION, value, lower_case=False)

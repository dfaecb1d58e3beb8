"""Forensic, database and console logs (issue 10, thirteenth log set's development work).

A client's agent quoted in an access log's field (``"git/2.44.0"``) ends in its version, not
in an address, though its product name is lowercase; a word right before `` = `` is the key
of a console's counters (``Verloren = 1``), and one before an abbreviation's dot and a colon
is a label (``in Millisek.:``), not a name or a place; a present participle of an English
word (``Creating``) is a log record's own vocabulary; a document printed with bare keys
(MongoDB's ``os: { type: "Darwin" }``) has keys as JSON has; a token key's ``id:<number>``
names a stored token, and a Compute Engine instance's number a server; an access line's agent
field is found in pipe-separated and unquoted layouts. Interface names before an address, an
unquoted lowercase product, a name after ``=``, names under a person's key, token values,
app instances and lines without an agent stay as they were.
"""

from __future__ import annotations

import pytest
from tests.unit.detect._patterns import found, kept_entities

from privkit.detect import _ner


class TestQuotedAgentsAreNoAddresses:
    @pytest.mark.parametrize(
        "text",
        [
            '10.1.2.3 | "GET /x.git/info/refs HTTP/1.1" | "" "git/1.7.4.1" | 200 |',
            "agent='python-requests/2.1.0.1' sent",
            'ua "okhttp/3.12.1.0"',
        ],
    )
    def test_a_quoted_lowercase_product_ends_in_a_version(self, text):
        assert [v for _, v in found(text, "IP_ADDRESS")] in ([], ["10.1.2.3"])

    @pytest.mark.parametrize(
        ("text", "ip"),
        [
            ("permitted tcp inside/10.10.123.45(51763)", "10.10.123.45"),
            ("Deny tcp src outside:10.0.0.7/50240 dst inside/192.168.1.2(23)", "192.168.1.2"),
            ("route via gw/10.0.0.1 now", "10.0.0.1"),
        ],
    )
    def test_unquoted_interface_names_keep_their_address(self, text, ip):
        assert ("IP_ADDRESS", ip) in found(text, "IP_ADDRESS")


class TestKeysAndLabelsAreNoNames:
    def test_a_word_before_a_spaced_assignment_is_a_key(self):
        text = "    Pakete: Gesendet = 1, Empfangen = 0, Verloren = 1"
        assert kept_entities(text, [("Verloren", "PERSON"), ("Empfangen", "PERSON")]) == []

    def test_a_comparison_is_no_assignment(self):
        text = "if Anna == 1 then stop"
        assert kept_entities(text, [("Anna", "PERSON")]) == ["Anna"]

    def test_a_name_after_an_assignment_stays_found(self):
        text = "Owner = Anna Berg, Team = Ops"
        assert kept_entities(text, [("Anna Berg", "PERSON")]) == ["Anna Berg"]

    def test_an_abbreviated_label_before_a_colon_is_a_key(self):
        text = "Ca. Zeitangaben in Millisek.:"
        assert kept_entities(text, [("Millisek", "GPE")]) == []

    def test_a_place_that_ends_a_sentence_stays_found(self):
        text = "She moved to Lisbon. Then she wrote: hello"
        assert kept_entities(text, [("Lisbon", "GPE")]) == ["Lisbon"]


class TestParticiples:
    WORDS = frozenset({"create", "load", "king", "ping", "bring"})

    @pytest.mark.parametrize("word", ["creating", "loading"])
    def test_a_present_participle_of_an_english_word_is_english(self, word):
        assert _ner._english_word(word, self.WORDS)

    @pytest.mark.parametrize("word", ["ewing", "fleming", "pering"])
    def test_short_or_unknown_stems_are_not(self, word):
        assert not _ner._english_word(word, self.WORDS)


class TestBareKeyDocuments:
    TEXT = 'I NETWORK [conn2] client metadata: { os: { type: "Darwin", name: "Darwin" } }'

    def test_the_key_of_a_bare_key_document_is_read(self):
        at = self.TEXT.index("Darwin")
        assert _ner._json_value_key(self.TEXT, at) == "type"
        assert _ner._json_value_key(self.TEXT, self.TEXT.rindex("Darwin")) == "name"

    def test_a_category_value_is_no_name_and_a_name_value_stays(self):
        # the value of "type" is the record's category; "name" may hold a person's name
        found_ = kept_entities(self.TEXT, [("Darwin", "PERSON")])
        assert found_ == []
        text = 'I ACCESS [conn9] auth: { mechanism: "x", user: "Anna Berg" }'
        assert kept_entities(text, [("Anna Berg", "PERSON")]) == ["Anna Berg"]

    def test_text_that_goes_on_before_the_value_is_no_key(self):
        text = '{ msg: "hello Anna" }'
        assert _ner._json_value_key(text, text.index("Anna")) is None


class TestIdsOfTokensAndServers:
    def test_a_token_named_by_its_number_is_no_token(self):
        text = "200 | 175 | 52 | access-token:id:263466287238, async, protocol:2, refs |"
        assert found(text, "AUTH_TOKEN") == []

    def test_a_token_value_stays_found(self):
        text = "access_token=9f8e7d6c5b4a39281706f5e4d3c2b1a0 x"
        assert found(text, "AUTH_TOKEN") == [("AUTH_TOKEN", "9f8e7d6c5b4a39281706f5e4d3c2b1a0")]

    def test_a_compute_engine_instance_is_no_device(self):
        text = '{"labels": {"instance_id": "866011396029255273", "zone": "us-central1-a"}}'
        assert found(text, "DEVICE_ID") == []

    @pytest.mark.parametrize(
        "text",
        [
            "instance_id=3f2c9a1b-7d4e-4c1a-9b2e-1a2b3c4d5e6f",
            "device_id=866011396029255273",
        ],
    )
    def test_app_instances_and_devices_stay_found(self, text):
        assert len(found(text, "DEVICE_ID")) == 1


class TestAgentsOfAccessLines:
    @pytest.mark.parametrize(
        ("text", "agent"),
        [
            (
                '1.2.3.4 | "POST /r.git/git-upload-pack HTTP/1.1" | "" "git/2.44.0" | 200 |',
                "git/2.44.0",
            ),
            ('10.0.2.1:598 - - [x] "GET /readiness HTTP/1.1" kube-probe/1.27', "kube-probe/1.27"),
            (
                "u exec-1 10.1.1.1 GET /i.jspa HTTP/1.1 200 9ms 10 http://localhost/ Mozilla/5.0",
                "Mozilla/5.0",
            ),
            ("u exec-2 10.1.1.1 GET /login HTTP/1.1 200 5ms 87 - curl/7.85.0", "curl/7.85.0"),
        ],
    )
    def test_the_agent_field_is_found_whatever_its_shape(self, text, agent):
        assert ("USER_AGENT", agent) in found(text, "USER_AGENT")

    @pytest.mark.parametrize(
        "text",
        [
            "GET /x HTTP/1.1 200 - see docs/1.2 now",
            '"GET /x HTTP/1.1" 200 12 then went on',
            "listening on http://localhost/ build/2.1",
        ],
    )
    def test_no_agent_where_the_line_holds_none(self, text):
        assert found(text, "USER_AGENT") == []

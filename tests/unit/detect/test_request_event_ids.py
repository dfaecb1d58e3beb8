"""What a key's id numbers: a person's device or session, or a request, event or appliance.

Found on the development parts of the log sets (benchmarks/corpus/_logs5.py, _logs7.py);
the rules are written in docs/benchmarks.md, "Request, event and appliance ids". Each class
has positives and near-miss negatives written here; no corpus record is copied.
"""

import time

import pytest
from tests.unit.detect._patterns import SCANNER, found


class TestDeviceKeyOwner:
    """A device key's value is a device id unless its key numbers something else."""

    @pytest.mark.parametrize(
        "text",
        [
            # an incident's, event's, log's or message's serial number
            'action="blocked" incidentserialno=1732094418 msg="web filter"',
            "type=utm eventserialnumber=40417729 level=notice",
            '{"log_serial_no": "A7730019224", "level": "warn"}',
            'msgSerialNo="889312744" subtype="virus"',
            # an infrastructure instance (a server farm, a cluster)
            "Farm Instance ID: 4d3c2b1a9e8f",
            "cluster_instance_id=6f5e4d3c2b1a0998 state=up",
            # a certificate's serial number
            "cert_serial_number=04A1B2C3D4E5F60718 issuer=CA",
        ],
    )
    def test_an_event_or_infrastructure_key_names_no_device(self, text):
        assert found(text, "DEVICE_ID") == []

    @pytest.mark.parametrize(
        "text",
        [
            # FortiOS names itself twice: devname= and device_id= (its serial)
            "date=2024-01-02 devname=FW-EDGE-01 device_id=FGT60F9Z21004567 log_id=0100032001",
            # a CEF or LEEF record's bare SerialNumber is the appliance writing it
            "LEEF:2.0|Acme|NGFW|10.2|deny|x7C|SerialNumber=013201009876|cat=TRAFFIC|src=192.0.2.4",
            "CEF:0|Acme|NGFW|10.2|100|deny|5|serial_number=PA3220X77123 src=192.0.2.4",
            # serialNumber among an X.509 name's attributes: the subject's registration number
            "subject=CN=shop.example,O=Example Ltd,C=GB,serialNumber=08123456,postalCode=N1",
        ],
    )
    def test_the_appliance_writing_the_record_is_no_persons_device(self, text):
        assert found(text, "DEVICE_ID") == []

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            # a device id without the appliance's own name beside it stays (fail closed)
            ("device_id=FGT60F9Z21004567 action=login", "FGT60F9Z21004567"),
            ('{"device_name": "Ana\'s iPad", "device_id": "c5d1e2f3a4b5"}', "c5d1e2f3a4b5"),
            # a laptop's serial in an inventory record stays
            ('{"serial_number": "C02ZK1ABMD6R", "model": "MacBook Pro"}', "C02ZK1ABMD6R"),
            # a person's device word wins over an event word
            ("event_user_device_id=a3f9c2e8b71d4e05 status=ok", "a3f9c2e8b71d4e05"),
            ("userdeviceid=a3f9c2e8b71d4e05 event=1", "a3f9c2e8b71d4e05"),
            ("client_device_id=8f14e45fceea167a", "8f14e45fceea167a"),
            # "login" is no "log": the key's device word follows no owner word
            ("logindeviceid=5e6f7a8b9c0d1e2f", "5e6f7a8b9c0d1e2f"),
            # in a CEF record a device serial named as such stays
            ("CEF:0|Acme|MDM|1|7|enrol|3|deviceSerialNumber=F2LXK9ZZHG7F", "F2LXK9ZZHG7F"),
            # a serial number outside a CEF/LEEF record or a certificate name stays
            ("serialNumber=600413485 owner=ana", "600413485"),
        ],
    )
    def test_a_persons_device_stays(self, text, value):
        assert found(text, "DEVICE_ID") == [("DEVICE_ID", value)]


class TestSessionNumbers:
    """A short number under a session name outside a Cookie header or a URL is no cookie id."""

    @pytest.mark.parametrize(
        "text",
        [
            "policyid=7 sessionid=2045531 proto=6 action=close",
            'msg="SSL alert" session_id=7a0c9e11 policyid=0',
            "pam_unix: sessionid=42 opened",
            "sid=000123456789 state=established",
        ],
    )
    def test_a_connections_session_number_is_no_cookie(self, text):
        assert found(text, "COOKIE_ID") == []

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            # a Cookie header's value is read as a cookie, whatever its length
            ("Cookie: sessionid=2045531; theme=dark", "2045531"),
            # a URL's query keeps it (the session rides in the URL)
            ("GET /cart?sessionid=2045531 HTTP/1.1", "2045531"),
            ("GET /a?x=1&sid=2045531 HTTP/1.1", "2045531"),
            # 13 digits or more, or 13 hex digits or more, can be a session id
            ("sessionid=a3f9c2e8b71d4e05c3 proto=6", "a3f9c2e8b71d4e05c3"),
            ("session_id=4819203746152 action=login", "4819203746152"),
            ("PHPSESSID=9d2f1b7c4e8a0f36 host=shop", "9d2f1b7c4e8a0f36"),
        ],
    )
    def test_a_session_cookie_stays(self, text, value):
        assert found(text, "COOKIE_ID") == [("COOKIE_ID", value)]


class TestContactInUserAgent:
    """A crawler's contact address inside its agent's comment is part of the agent."""

    AGENT = "SeznamBot/3.2 (+http://napoveda.seznam.cz; admin@seznam.cz)"

    @pytest.mark.parametrize(
        "text",
        [
            '{"http.useragent": "' + AGENT + '"}',
            'user_agent="' + AGENT + '" status=200',
            '192.0.2.1 - - [10/Oct/2024:13:55:36 +0000] "GET / HTTP/1.1" 200 5 "-" "' + AGENT + '"',
        ],
    )
    def test_the_agent_is_reported_whole(self, text):
        assert [f for f in found(text) if f[0] != "IP_ADDRESS"] == [("USER_AGENT", self.AGENT)]
        (agent,) = [f for f in SCANNER.scan(text) if f.entity_type.value == "USER_AGENT"]
        assert "contact_email" in agent.evidence.tags

    def test_an_address_beside_the_agent_stays(self):
        text = '{"user_agent": "' + self.AGENT + '", "email": "jo@example.com"}'
        assert ("EMAIL_ADDRESS", "jo@example.com") in found(text)
        assert ("USER_AGENT", self.AGENT) in found(text)

    @pytest.mark.parametrize(
        "text",
        [
            "user_agent=curl/8.1 email=jo@example.com",
            "User-Agent: Bot/1 (+http://x.example; ops@x.example; a=b; jo@example.com)",
        ],
    )
    def test_an_address_outside_the_comment_stays_an_address(self, text):
        assert ("EMAIL_ADDRESS", "jo@example.com") in found(text)

    def test_an_address_alone_is_an_address(self):
        assert found("contact admin@seznam.cz today") == [("EMAIL_ADDRESS", "admin@seznam.cz")]

    def test_hostile_agent_full_of_addresses_runs_in_linear_time(self):
        text = "User-Agent: Bot/1 (" + "; ".join(f"a{i}@x.example" for i in range(40_000)) + ")"
        t0 = time.process_time()
        SCANNER.scan(text)
        assert time.process_time() - t0 < 20 * len(text) / 1e6


def test_hostile_device_keys_run_in_linear_time():
    text = " ".join(f"Farm Instance ID: {i:012x}" for i in range(20_000))
    text += " " + "x" * 200_000 + "serialno=" + "A" * 10
    t0 = time.process_time()
    SCANNER.scan(text)
    assert time.process_time() - t0 < 20 * len(text) / 1e6


def test_the_appliance_rule_reads_only_the_keys_own_record():
    """Another record's ``devname=`` or CEF header says nothing of this record's device id."""
    other = "devname=FW-EDGE-01 device_id=FGT60F9Z21004567 log_id=0100032001"
    mine = '{"deviceID": "8kQbXr2mWz7LpN4vTc9aHs"}'
    joined = f"{other}\x00{mine}"
    assert ("DEVICE_ID", "8kQbXr2mWz7LpN4vTc9aHs") in found(joined)
    assert ("DEVICE_ID", "FGT60F9Z21004567") not in found(joined)
    cef = "CEF:0|Acme|NGFW|10.2|100|deny|5|src=192.0.2.4\nserialNumber=C02ZK1ABMD6R owner=ana"
    assert found(cef, "DEVICE_ID") == [("DEVICE_ID", "C02ZK1ABMD6R")]

"""Security appliances' syslog: a structured-data element's SD-ID is no address and no mailbox.

RFC 5424 names a vendor's structured-data element ``<name>@<private enterprise number>``
right after the element's ``[`` (Juniper SRX: ``[junos@2636.1.1.1.2.28 source-address="..."``).
A number of four parts reads as an IPv4 address, and ``name@<dotted number>`` as a mailbox
(the twenty-seventh log set's development part: a test file's number replaced by an address, and
a placeholder ``junos@xxxx.1.1.x.x.xxx``). Positives and near misses in formats beyond those
lines; no corpus line is copied here.
"""

import pytest
from tests.unit.detect._patterns import found


class TestStructuredDataId:
    """The SD-ID's number is neither reported nor allowed to hide the element's own values."""

    @pytest.mark.parametrize(
        "text",
        [
            '<14>1 2024-05-01T08:00:00Z fw01 RT_FLOW - RT_FLOW_SESSION_DENY [junos@10.20.30.40 source-address="198.51.100.7" destination-port="22"]',
            '<165>1 2024-05-01T08:00:00Z srx RT_IDP - IDP_ATTACK_LOG_EVENT [junos@2636.1.1 epoch-time="1714550400" source-address="198.51.100.7"]',
            '<11>1 2024-05-01T08:00:00Z srx RT_AAMW - AAMW_ACTION_LOG [junos@xxxx.1.1.x.x.xxx hostname="h1" client-ip="198.51.100.7"]',
            # a second element after the first, glued by its "]"
            '<14>1 2024-05-01T08:00:00Z h app - - [origin@32473 ip="198.51.100.7"][meta@192.0.2.5 sequenceId="12"]',
        ],
    )
    def test_number_is_not_reported_and_the_parameters_still_are(self, text):
        reported = [f for f in found(text) if f[0] in {"IP_ADDRESS", "EMAIL_ADDRESS"}]
        assert reported == [("IP_ADDRESS", "198.51.100.7")]

    @pytest.mark.parametrize(
        ("text", "kind", "value"),
        [
            # no parameter after it: a bracketed user@host, not an element
            ("contact [admin@10.1.2.3] for access", "IP_ADDRESS", "10.1.2.3"),
            # glued to a word before the "[": no structured data there
            ('x[junos@10.2.3.4 a="b"]', "IP_ADDRESS", "10.2.3.4"),
            ('see ([ops@10.2.3.5 a="b"]', "IP_ADDRESS", "10.2.3.5"),
            # a mailbox in brackets keeps its reading: a real domain is no enterprise number
            (
                '<14>1 2024 h app - - [jdoe@example.com key="v"]',
                "EMAIL_ADDRESS",
                "jdoe@example.com",
            ),
            # a parameter's value is a value, whatever its shape
            (
                '<14>1 2024 h app - - [junos@2636.1 user="jdoe@example.org"]',
                "EMAIL_ADDRESS",
                "jdoe@example.org",
            ),
        ],
    )
    def test_near_misses_are_still_reported(self, text, kind, value):
        assert (kind, value) in found(text, kind)


class TestFortinetApplianceSerial:
    """A Fortinet record without ``devname=`` still names its own appliance in ``device_id=``.

    FortiGate writes ``devname=`` beside ``devid=`` (the rule before this one); FortiWeb and
    FortiMail open with ``date=... time=...`` and carry ``log_id=``, and their ``device_id=``
    is the appliance's serial, not a person's device.
    """

    @pytest.mark.parametrize(
        "text",
        [
            "date=2021-06-01 time=12:00:00 log_id=20000008 msg_id=000012345678 device_id=FV400D3A17000000 vd=root type=attack",
            "<190>date=2023-01-30,time=16:09:15.246,device_id=FEXX01TM00000001,log_id=0400003064,type=virus",
            "2026-01-01T00:00:00Z 192.0.2.1 date=2026-01-01 time=00:00:00 logid=0100032002 device_id=FAZVM0000000001 type=event",
        ],
    )
    def test_serial_of_the_writing_appliance_is_not_a_device_id(self, text):
        assert found(text, "DEVICE_ID") == []

    @pytest.mark.parametrize(
        "text",
        [
            # a log id but no Fortinet header: an app's record of a user's device
            "2021-06-01 app=tracker device_id=8f14e45fceea167a5a36dedd4bea2543 user=x log_id=5",
            # the header but no log id
            "date=2021-06-01 time=12:00:00 event=install device_id=8f14e45fceea167a5a36dedd4bea2543",
            # the fields inside a request's query, not a record's header
            "GET /collect?date=2021-06-01 time=1 device_id=8f14e45fceea167a5a36dedd4bea2543 logid=7",
        ],
    )
    def test_a_device_id_elsewhere_is_still_reported(self, text):
        assert found(text, "DEVICE_ID") == [("DEVICE_ID", "8f14e45fceea167a5a36dedd4bea2543")]

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

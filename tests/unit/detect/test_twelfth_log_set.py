"""Appliances' records (issue 10, twelfth log set's and ninth set's development work).

A dotted quad as the text of an XML element named for a version (McAfee ePO's
``<AgentVersion>1.1.1.103</AgentVersion>``) is that version, as under a key of the same name;
a value masked by the appliance (``sessionid=***********``) holds no identifier; ISC dhcpd's
client id ``uid 01:<mac>`` holds the client's MAC; a URL without a query that a rendered event
names in its message or on a label line is a service, not a visited page; a CIM InstanceID
(``HPQ:HP_WinPowerRedundancySet:1``) keys a managed object, not a device. The address next to
the version, a session id written out, a query value and a link outside a record stay found.
"""

from __future__ import annotations

import pytest
from tests.unit.detect._patterns import found


class TestVersionElements:
    def test_a_quad_in_a_version_element_is_a_version(self):
        text = "<IPAddress>172.16.23.123</IPAddress><AgentVersion>1.1.1.103</AgentVersion>"
        assert found(text, "IP_ADDRESS") == [("IP_ADDRESS", "172.16.23.123")]

    def test_a_quad_in_an_address_element_stays_an_address(self):
        text = "<Server>10.20.30.40</Server><SourceIPV4>213.211.198.58</SourceIPV4>"
        assert found(text, "IP_ADDRESS") == [
            ("IP_ADDRESS", "10.20.30.40"),
            ("IP_ADDRESS", "213.211.198.58"),
        ]


class TestMaskedValues:
    def test_a_masked_session_value_is_no_cookie_id(self):
        text = (
            'Command "login tenant_name=Owner,password=***********,challenge_response=***********,'
            'token=1c81504d124245d,client_port=-1,sessionid=***********,session_x=1"'
        )
        assert found(text, "COOKIE_ID") == []

    def test_a_session_id_written_out_stays_found(self):
        text = "Command login sessionid=9f2c4e7a1b8d3f6e0a5c2b7d9e4f1a3c,x=1"
        assert found(text, "COOKIE_ID") == [("COOKIE_ID", "9f2c4e7a1b8d3f6e0a5c2b7d9e4f1a3c")]


class TestDhcpClientIds:
    def test_the_mac_inside_a_client_id_is_found(self):
        text = "dhcpd[42]: DHCPACK on 192.168.1.125 via eth1 uid 01:00:50:56:13:60:56"
        assert found(text, "MAC_ADDRESS") == [("MAC_ADDRESS", "00:50:56:13:60:56")]

    @pytest.mark.parametrize(
        "text",
        ["uid 01:00:00:00:00:00:00 x", "xuid 01:00:50:56:13:60:56", "uid 02:00:50:56:13:60:56"],
    )
    def test_no_mac_in_other_runs(self, text):
        assert found(text, "MAC_ADDRESS") == []


RECORD = (
    "08/30/2022 12:02:48 PM\r\nLogName=Security\r\nSourceName=AD FS Auditing\r\n"
    "EventCode=299\r\nEventType=0\r\nType=Information\r\nComputerName=myhost.example.com\r\n"
    "TaskCategory=Printers\r\nOpCode=Info\r\nRecordNumber=68107055\r\n"
    "Keywords=Audit Success, Classic\r\n"
    "Message=A token was successfully issued for the relying party '{url}'. \r\r\n\r\r\n"
    "Instance ID: 1a36f933-1236-44d8-910a-123e1e955afb \r\r\n\r\r\n"
    "Relying party: {url}"
)


class TestServiceUrlsInRecords:
    def test_a_service_named_in_a_records_message_is_no_personal_url(self):
        text = RECORD.format(url="https://manage.example.com/WarpAuthAPI")
        assert found(text, "URL") == []

    def test_a_query_value_in_it_stays_found(self):
        text = RECORD.format(url="https://manage.example.com/a?user=9f2c4e7a1b8d3f6e0a5c")
        assert found(text, "URL")

    @pytest.mark.parametrize(
        ("text", "url"),
        [
            (
                "He said 'https://example.com/users/jane' yesterday",
                "https://example.com/users/jane",
            ),
            ("Hi Bob,\nProfile: https://example.com/u/jane\nThanks", "https://example.com/u/jane"),
        ],
    )
    def test_a_link_outside_a_record_stays_found(self, text, url):
        assert found(text, "URL") == [("URL", url)]


class TestManagedObjects:
    def test_a_cim_instance_id_is_no_device(self):
        text = 'HP_WinPowerRedundancySet.InstanceID="HPQ:HP_WinPowerRedundancySet:1"'
        assert found(text, "DEVICE_ID") == []

    def test_a_device_id_of_the_same_shape_stays_found(self):
        text = "device_id=android:abc_def:12345678"
        assert found(text, "DEVICE_ID") == [("DEVICE_ID", "android:abc_def:12345678")]


class TestOAuthClients:
    def test_an_oauth_client_identifier_is_no_device(self):
        text = (
            "Message=OAuth Confidential Client '72e8f123-66c6-47e0-a5fe-db08dfbed491' was "
            "successfully authenticated.\r\n\r\nRequest Details:\r\n    Client IP: 10.1.2.3\r\n"
            "    Client Identifier: 72e8f008-66c6-47e0-a5fe-db08dfbed123"
        )
        assert found(text, "DEVICE_ID") == []

    def test_a_client_id_without_oauth_stays_a_device(self):
        text = "app launch: Client Identifier: 72e8f008-66c6-47e0-a5fe-db08dfbed123"
        assert found(text, "DEVICE_ID") == [("DEVICE_ID", "72e8f008-66c6-47e0-a5fe-db08dfbed123")]

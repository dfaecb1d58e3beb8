"""Network gear's events: whose identifier a key names, a dump's offset, a signature's title.

The thirty-ninth log set (network security appliances' syslog in a log parser's tests) and the
rule written in the corpus README before it was applied: a UUID, serial or id under a key is
a device id when the key names a person's device or says nothing of whose it is; not when the
key names a rule, session, zone, object, access point or other piece of infrastructure, nor
when the record says the bare key is the appliance's own (Cisco's ``%FTD-1-430003:`` tag before
``DeviceUUID:``, ScreenOS's ``NetScreen device_id=``) or an access point's (a wireless
controller's record with the access point's ``apMac``/``apName`` keys). Values here are
written for the tests in the vendors' documented layouts; no corpus line is copied.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.unit.detect._patterns import found, kept_entities

UUID = "4fd5b3a2-7c1e-11ee-9a3f-b5c6d7e8f901"
SERIAL = "0133012007000002"


def _devices(text: str) -> list[str]:
    return [v for _k, v in found(text, "DEVICE_ID")]


class TestApplianceOwnKey:
    """A bare device key in an appliance's own message is the appliance's, not a person's."""

    @pytest.mark.parametrize(
        "text",
        [
            f"%FTD-1-430003: DeviceUUID: {UUID}, InstanceID: 3, SrcIP: 10.2.3.4",
            f"<166>%ASA-6-430002: DeviceUUID: {UUID}, ConnectionID: 7, DstIP: 192.0.2.9",
            f"Jan 1 10:00:00 fw %FTD-6-430002: EventPriority: Low, DeviceUUID: {UUID}, Rule: x",
            (
                f"isg1000: NetScreen device_id={SERIAL}  [Root]system-notification-00257(traffic): "
                "start_time=x src=10.0.0.1"
            ),
            f"ssg5: NetScreen device_id=fw-{SERIAL}  [Root]system-alert-00016: Port scan",
        ],
    )
    def test_appliance_key_is_not_reported(self, text):
        assert _devices(text) == []

    @pytest.mark.parametrize(
        "text",
        [
            # no tag: nothing says whose device it is
            f"DeviceUUID: {UUID} registered",
            f"device_id={SERIAL} logged in",
            # the tag is on another line: it says nothing of this record
            f"%FTD-1-430003: ConnectionID: 1\nDeviceUUID: {UUID}",
            # a key of a person's device stays one inside a tagged message
            f"%FTD-1-430003: ClientDeviceUUID: {UUID}, user jdoe",
            f"%FOO-5-LOGIN: user_device_id={SERIAL} from 10.0.0.2",
            # a product word before the key that is no ScreenOS header
            f"NetScreenX device_id={SERIAL}",
            # a percent sign that opens no tag
            f"50% done, device_id={SERIAL}",
        ],
    )
    def test_near_misses_are_still_reported(self, text):
        assert _devices(text) != []


class TestAccessPointSerial:
    """A wireless controller's record about an access point: its bare serial key is the AP's."""

    @pytest.mark.parametrize(
        "text",
        [
            (
                'Core: @@301,apConnected,"apMac"="00:11:22:33:44:55","apName"="AP-Lobby",'
                '"model"="R510","serialNumber"="361903001234","apIpAddress"="10.9.8.7"'
            ),
            "wlc: ap_name=AP-2F ap_mac=00:11:22:33:44:56 serial_number=361903001235 up",
            '{"ap-name": "lobby", "serialNo": "361903001236"}',
        ],
    )
    def test_access_point_serial_is_not_reported(self, text):
        assert _devices(text) == []

    @pytest.mark.parametrize(
        "text",
        [
            # no access point's key in the record
            '"model"="iPhone14,2","serialNumber"="361903001234","user"="jdoe"',
            # the access point's key on another line
            'ap_name=AP-2F\n"serialNumber"="361903001234"',
            # a word that only ends in "ap": no access point's key
            'snap_name=x "serialNumber"="361903001234"',
            # a key of a person's device beside the access point's keys
            "apMac=00:11:22:33:44:55 client_serial_number=361903001237",
        ],
    )
    def test_near_misses_are_still_reported(self, text):
        assert _devices(text) != []


class TestKeyOfInfrastructure:
    """A UUID or id under a key naming a session, zone, object or piece of gear is no device's."""

    @pytest.mark.parametrize(
        "key",
        [
            "session_device_id",
            "zoneDeviceId",
            "apDeviceUUID",
            "controller_device_id",
            "switchDeviceId",
            "tenant_device_uuid",
            "object_device_id",
            "deviceGroupId",
            "device_profile_uuid",
            "vsys_device_id",
            "domainDeviceId",
        ],
    )
    def test_key_naming_infrastructure(self, key):
        assert _devices(f"{key}={UUID} mobile app") == []

    @pytest.mark.parametrize(
        "key", ["device_id", "deviceUUID", "client_device_uuid", "user_device_id", "udid"]
    )
    def test_key_of_a_device_keeps_it(self, key):
        assert _devices(f"{key}={UUID} mobile app") == [UUID]

    def test_uuid_in_device_context_under_its_own_key(self):
        # the context word is another key's; the value's own key names a session
        assert _devices(f"device app session: sessionUUID={UUID}") == []
        assert _devices(f"device app: client_id={UUID}") == [UUID]

    @settings(max_examples=60, deadline=None)
    @given(st.sampled_from(["user", "client", "mobile", "phone", "customer", "laptop"]))
    def test_personal_word_wins_over_infrastructure(self, word):
        # a key of a person's device keeps its value whatever else it names
        assert _devices(f"{word}_session_device_id={UUID} app") == [UUID]


class TestDumpOffset:
    """A hex dump's row from its offset on is no phone number."""

    @pytest.mark.parametrize(
        "text",
        [
            'data="0180 54 20 35 2e 31 29 20 41 70 70"',
            "0190 69 74 2f 35 33 37 2e 33 36 20 28 4b",
            "payload 0040 12 34 56 78 9a bc de f0",
        ],
    )
    def test_dump_row_is_not_a_phone(self, text):
        assert found(text, "PHONE_NUMBER") == []

    @pytest.mark.parametrize(
        "text",
        [
            "Call 0180 54 20 35 today",
            "Tel: 0180 54 20 35",
            # one group after it is no run of bytes
            "Call 0180 54 20 35 or ab",
        ],
    )
    def test_phone_is_still_reported(self, text):
        assert found(text, "PHONE_NUMBER") != []


class TestThreatTitle:
    """A name read inside an IPS or anti-virus signature's title is the title's, not a name."""

    @pytest.mark.parametrize(
        ("text", "items"),
        [
            (
                "11984: HTTP: Apache Default Configuration Information Disclosure Vulnerability",
                [("Apache Default Configuration", "ORG")],
            ),
            (
                "SMB: Windows Server Service Buffer Overflow Attempt",
                [("Windows Server Service", "ORG")],
            ),
            ("Siemens AG Remote Code Execution Vulnerability", [("Siemens AG", "ORG")]),
            ("alert: Oracle WebLogic Deserialization Vulnerabilities", [("Oracle", "ORG")]),
            ("Cisco Denial of Service", [("Cisco", "ORG")]),
        ],
    )
    def test_title_is_not_reported(self, text, items):
        assert kept_entities(text, items) == []

    @pytest.mark.parametrize(
        ("text", "items"),
        [
            ("Microsoft Corporation reported a flaw.", [("Microsoft Corporation", "ORG")]),
            # lower-case words between the name and the noun: prose, not a title
            ("Acme Corp found the overflow in a Windows Exploit", [("Acme Corp", "ORG")]),
            # the noun glued to a longer word
            ("see StackOverflow and Acme Corp", [("StackOverflow", "ORG")]),
            ("Ask Siemens AG about Overflowing", [("Siemens AG", "ORG")]),
        ],
    )
    def test_names_outside_titles_are_kept(self, text, items):
        assert kept_entities(text, items) == [items[0][0]]

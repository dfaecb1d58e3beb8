"""Mechanisms found on the sixth real log set (benchmarks/corpus/_logs6.py, development part).

Each class has positives and near-miss negatives written here, in shapes beyond the ones that
revealed the gap; the corpus records are not copied into tests.
"""

import pytest
from tests.unit.detect._patterns import found


class TestHexUuidWord:
    """``uuid`` names a format with or without hyphens: 32 hex digits need a device word too."""

    @pytest.mark.parametrize(
        "text",
        [
            '{"item_uuid": "9f3a6c1e2b7d4e8fa0c5b1d2e3f40516", "action": "reveal"}',
            'vault_uuid="1c2b3a4d5e6f708192a3b4c5d6e7f809" op=read',
            "uuid: 4e5d6c7b8a9f0e1d2c3b4a5968778695",
        ],
    )
    def test_a_record_uuid_is_no_device_id(self, text):
        assert found(text, "DEVICE_ID") == []

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            (
                '{"device": {"uuid": "a1b2c3d4e5f60718293a4b5c6d7e8f90"}}',
                "a1b2c3d4e5f60718293a4b5c6d7e8f90",
            ),
            ("device_uuid=0f1e2d3c4b5a69788796a5b4c3d2e1f0", "0f1e2d3c4b5a69788796a5b4c3d2e1f0"),
        ],
    )
    def test_near_a_device_word_it_is(self, text, value):
        assert found(text, "DEVICE_ID") == [("DEVICE_ID", value)]


class TestCustomerIdAbbreviation:
    """A 32-hex ``cid`` alone (an EDR's customer id) is no device id; with a device word it is."""

    @pytest.mark.parametrize(
        "text",
        [
            '{"cid": "3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b", "event_simpleName": "DnsRequest"}',
            "cid=00000000007b1c2d3e4f5a6b7c8d9e0f tenant=acme",
        ],
    )
    def test_alone_it_is_not(self, text):
        assert found(text, "DEVICE_ID") == []

    @pytest.mark.parametrize(
        "text",
        [
            '{"device_cid": "5b6c7d8e9fa0b1c2d3e4f5a6b7c8d9e0"}',
            "device cid 5b6c7d8e9fa0b1c2d3e4f5a6b7c8d9e0 enrolled",
        ],
    )
    def test_with_a_device_word_it_is(self, text):
        assert found(text, "DEVICE_ID") == [("DEVICE_ID", "5b6c7d8e9fa0b1c2d3e4f5a6b7c8d9e0")]

    def test_a_keyed_device_id_is_still_found(self):
        text = '{"cid": "abc", "device_id": "7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a29"}'
        assert ("DEVICE_ID", "7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a29") in found(text, "DEVICE_ID")


class TestNullUserAgent:
    """A JSON ``null`` (or other literal) under a user-agent key is no user agent."""

    @pytest.mark.parametrize(
        "text",
        [
            '{"operationType": "Update", "userAgent": null, "initiatedBy": {"app": "x"}}',
            '{"user_agent": none, "ip": "-"}',
            '{"userAgent": null}',
        ],
    )
    def test_a_literal_is_not_an_agent(self, text):
        assert found(text, "USER_AGENT") == []

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ('{"userAgent": "okhttp/4.9.0", "next": null}', "okhttp/4.9.0"),
            ('{"user_agent": "Nullsoft Agent 2", "id": 1}', "Nullsoft Agent 2"),
            ('user_agent="gPXE/0.9.7" status=200', "gPXE/0.9.7"),
        ],
    )
    def test_an_agent_is_still_found(self, text, value):
        assert found(text, "USER_AGENT") == [("USER_AGENT", value)]

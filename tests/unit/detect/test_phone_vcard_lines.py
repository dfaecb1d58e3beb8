"""Phone numbers in contact lines (H162, found on the twenty-seventh vector set's
development part).

- A vCard property line whose name is a phone word, with its parameters before the value
  (``TEL;TYPE=work,voice:+44 20 7946 0018``, ``item1.TEL;PREF=1:...``), labels its value as
  ``tel:`` does; other property names do not.

The measure is ``python -m benchmarks.bench_detect_vectors --dev27``; these tests pin the
mechanism with values written here.
"""

from __future__ import annotations

import pytest
from tests.unit.detect._patterns import found

from privkit.detect._builtin.phone import _vcard_label

PHONE = "PHONE_NUMBER"


class TestVcardLines:
    @pytest.mark.parametrize(
        ("text", "number"),
        [
            ("TEL;TYPE=HOME,VOICE:555-123-4567", "555-123-4567"),
            ("TEL;HOME;VOICE:0161 496 0000", "0161 496 0000"),
            ("item1.TEL;PREF=1;TYPE=cell:07700900123", "07700900123"),
            ("tel;type=work:4156667777", "4156667777"),
            ("BEGIN:VCARD\nVERSION:3.0\nTEL;TYPE=WORK:020 7946 0018\nEND:VCARD", "020 7946 0018"),
        ],
    )
    def test_a_tel_line_s_value_is_a_phone(self, text, number):
        assert found(text, PHONE) == [(PHONE, number)]

    @pytest.mark.parametrize(
        "text",
        [
            "NOTE;LANGUAGE=en:4156667777",  # a property that names no phone
            "hotel;type=x:4156667777",  # a phone word inside another word
            "X-ID;TYPE=a:4156667777",
            "TEL;TYPE=WORK:12345",  # too short for a number
        ],
    )
    def test_other_lines_stay_out(self, text):
        assert found(text, PHONE) == []

    def test_the_label_is_the_line_s_name(self):
        assert _vcard_label("TEL;TYPE=HOME:4156667777", 14) == "tel"
        assert _vcard_label("x\nITEM2.TEL;PREF=1:4156667777", 19) == "tel"
        assert _vcard_label("TEL:4156667777", 4) == ""  # (no parameters: the window reads it)
        assert _vcard_label("NOTE;A=1:4156667777", 9) == ""
        assert _vcard_label("say TEL;A=1:4156667777", 12) == ""  # not the line's opening

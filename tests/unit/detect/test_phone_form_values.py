"""Phone numbers as form values and contact lines (H162, found on the twenty-seventh vector
set's development part and the earlier sets' ``value={v}`` carrier).

- A form field's value under a generic key, the whole text but for the key
  (``value=4156667777``, ``value="020 7946 0018"``, ``defaultValue=...``), is read as the value
  alone is: the key says the text is a field's value, not what it holds. A key that names
  another kind (``id=``, ``port=``) and a generic key inside a longer text (a record's
  ``value=...`` among other fields) are read as before.
- A vCard property line whose name is a phone word, with its parameters before the value
  (``TEL;TYPE=work,voice:+44 20 7946 0018``, ``item1.TEL;PREF=1:...``), labels its value as
  ``tel:`` does; other property names do not.

The measure is ``python -m benchmarks.bench_detect_vectors --dev27`` (and the ``value={v}``
carrier of every vector set's development part); these tests pin the mechanisms with values
written here.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.unit.detect._patterns import found

from privkit.detect._builtin.phone import _form_value, _vcard_label

PHONE = "PHONE_NUMBER"


class TestFormValues:
    @pytest.mark.parametrize(
        "text",
        [
            "value=4156667777",
            'value="4156667777"',
            "value='020 7946 0018'",
            "VALUE=07700900123",
            "defaultValue=4156667777",
            "data-value=4156667777",
            "  value = 4156667777 \n",
            "input=+44 20 7946 0018",
        ],
    )
    def test_a_generic_key_s_whole_value_is_read_as_alone(self, text):
        assert [v for _t, v in found(text, PHONE)] == [
            v for _t, v in found(text.split("=", 1)[1].strip(" \n\"'"), PHONE)
        ]
        assert found(text, PHONE)

    @pytest.mark.parametrize(
        "text",
        [
            "id=4156667777",  # a key that names another kind
            "port=4156667777",
            "order_value=4156667777",  # not a generic key: a value of an order
            "n=1 value=4156667777",  # a record's field among others
            "value=4156667777 n=1",
            "value=4156667777 and more text after it",
            'value="4156667777',  # a quote opened and not closed
            "value=1733385600",  # a Unix time alone is none either
            "value=12345",  # too short for any plan
        ],
    )
    def test_other_keys_and_longer_texts_stay_out(self, text):
        assert found(text, PHONE) == []

    def test_the_form_value_test_reads_the_key_and_the_text_s_ends(self):
        assert _form_value("value=4156667777", 6, 16)
        assert _form_value("x\x00value=4156667777\x00y", 8, 18)  # (the scanner's join)
        assert not _form_value("x value=4156667777", 8, 18)
        assert not _form_value("value=4156667777.", 6, 16)
        assert not _form_value("4156667777", 0, 10)

    @settings(max_examples=60, deadline=None)
    @given(
        number=st.from_regex(r"\+?[0-9]{2,4}(?:[ \-][0-9]{2,5}){0,3}", fullmatch=True),
        key=st.sampled_from(["value=", "val=", "data=", "answer=", "entry="]),
    )
    def test_a_form_value_is_read_as_the_same_value_alone(self, number, key):
        assert [v for _t, v in found(key + number, PHONE)] == [v for _t, v in found(number, PHONE)]


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

"""The twenty-seventh vector set's builder (``benchmarks/corpus/_vectors27.py``).

The checks every vector set's parts share are in ``test_vector_parts.py``. The snippets below
are written here, in the sources' shapes; none is a held-out record.
"""

from __future__ import annotations

from benchmarks.corpus import _vectors27 as v27


def test_the_split_is_fixed_by_the_salted_hash():
    assert v27.split([r[0] for r in v27.SUITES]) == (
        [v27.VOBJECT[0], v27.MONICA[0]],
        [v27.LOCALIZED[0], v27.INTL_TEL_INPUT[0]],
    )


def test_a_vcard_tel_line_gives_its_value_and_a_case():
    src = (
        "$card = <<<VCF\nBEGIN:VCARD\nTEL;TYPE=WORK,VOICE:+44 20 7946 0000\n"
        "item2.TEL:020 7946 0001\nEND:VCARD\nVCF;\n"
        '$in = "BEGIN:VCARD\\r\\nTEL;VALUE=uri:01632 960000\\r\\nEND:VCARD\\r\\n";\n'
        "$v = new VCard(['TEL' => '0161 496 0000']); $v->add('TEL', '0113 496 0000');\n"
    )
    vecs, cases = v27.vcard_items(src, "p")
    assert [v[1] for v in vecs] == ["+44 20 7946 0000", "020 7946 0001", "01632 960000",
                                    "0161 496 0000", "0113 496 0000"]  # fmt: skip
    texts = {c[1]: c[2] for c in cases}
    line = "TEL;TYPE=WORK,VOICE:+44 20 7946 0000"
    assert line[slice(*texts[line][0])] == "+44 20 7946 0000"
    assert texts["TEL;VALUE=uri:01632 960000"] == [(14, 26)]


def test_monica_reads_form_data_only_under_a_phone_type():
    src = """
    public function it_saves_a_phone()
    {
        ContactInformationType::factory()->create(['type' => 'phone']);
        $request = ['data' => '0117 496 0000'];
    }

    private function executeService()
    {
        $request = ['data' => '45322322'];
    }
"""
    vecs, _cases = v27.monica_items(src, "p")
    assert [v[1] for v in vecs] == ["0117 496 0000"]


def test_localized_reads_accepted_phones_and_no_refusal():
    src = """
        $this->assertTrue(XxValidation::phone('0491 570 006'));
        $this->assertTrue(XxValidation::phoneDigits('03-1234-0000'));
        $this->assertFalse(XxValidation::phone('0491 570 00'));
        $this->assertTrue(XxValidation::phone('0491 570 006', true));
"""
    assert [v[1] for v in v27.localized_items(src, "p")] == ["0491 570 006", "03-1234-0000"]


def test_intl_tel_input_reads_numbers_put_into_the_field_and_their_display():
    src = """
      ({ iti, input } = initIntlTelInput({ inputValue: "+447700900000" }));
      expect(input.value).toEqual("07700 900000");
      expect(input.value).toEqual("07700 9");
      expect(input.value).toEqual("01632 960000");
      expect(iti.getNumber()).toEqual("+447700900000");
      iti.setNumber("+12015550123");
      await user.type(input, "+1 201-555-0199");
      expect(iti.isValidNumber()).toBe(true);
      await user.type(input, "+1 201-555-01");
      expect(iti.isValidNumber()).toBe(false);
"""
    got = [(v[1], v[3]) for v in v27.intl_tel_input_items(src, "p")]
    assert got == [("+447700900000", "put"), ("+12015550123", "put"),
                   ("+447700900000", "getNumber"), ("07700 900000", "input.value"),
                   ("+1 201-555-0199", "isValidNumber")]  # fmt: skip

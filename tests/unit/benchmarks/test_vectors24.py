"""The twenty-fourth vector set's builder (``benchmarks/corpus/_vectors24.py``).

The checks every vector set's parts share are in ``test_vector_parts.py``. The snippets below
are written here, in the sources' shapes; none is a held-out record.
"""

from __future__ import annotations

from benchmarks.corpus import _vectors24 as v24


def test_the_split_is_fixed_by_the_salted_hash():
    assert v24.split([r[0] for r in v24.SUITES]) == (
        [v24.GO_MASKER[0], v24.DATAPREP[0]],
        [v24.RELAY[0], v24.VRL[0]],
    )
    assert v24.split([r[0] for r in v24.SUITES_B], v24.SPLIT_SALT_B) == (
        [v24.GO_EMAILADDRESS[0]],
        [v24.PHONENUMBER[0]],
    )


def test_rule_2b_keeps_phone_numbers_as_text_writes_them():
    assert v24.gold_ok(v24.PHONE, "(555) 010-0100")
    assert v24.gold_ok(v24.PHONE, "+1 (555) 010-0100")
    assert not v24.gold_ok(v24.PHONE, "(05-)55   01-0--100")  # separators side by side
    assert not v24.negative_ok(v24.PHONE, "(05-)55   01-0--100")
    assert v24.negative_ok(v24.PHONE, "555 ACME CO")
    assert not v24.gold_ok(v24.CARD, "1234567890123456")  # the Luhn check


def test_go_email_reads_parse_rows_and_find_cases():
    src = """
func TestParse(t *testing.T) {
\t\t{"valid_1", args{"someone@example.org"}, &EmailAddress{"someone", "example.org"}, false},
\t\t{"invalid_1", args{"someone@"}, nil, true},
}

func TestFind(t *testing.T) {
\t\t{"1", args{[]byte(`Write to a@example.org now.`), false}, []*EmailAddress{{"a", "example.org"}}},
\t\t{"2", args{[]byte(`Write to b@example.org now.`), true}, nil},
\t\t{"3", args{[]byte(`Write to c@example.zzz now.`), false}, nil},
}
"""
    vecs, cases = v24.go_email_items(src)
    assert [(v, ok) for _t, v, ok, _c, _p in vecs] == [
        ("someone@example.org", True), ("someone@", False)]  # fmt: skip
    assert [(text, spans) for _t, text, spans, _c, _p in cases] == [
        ("Write to a@example.org now.", [(9, 22)])]  # fmt: skip


def test_dataprep_reads_asserts_series_and_default_cleaning():
    src = """
@pytest.fixture(scope="module")
def df_x() -> pd.DataFrame:
    return pd.DataFrame({"messy_ip": ["10.1.2.3", "999.1.1.1", np.nan]})


def test_clean_default(df_x):
    df_check = df_x.copy()
    df_check["messy_ip_clean"] = ["10.1.2.3", np.nan, np.nan]


def test_validate_value():
    assert validate_ip("10.9.8.7") == True
    assert validate_ip("nope") == False
"""
    got = [(v, ok, c) for _t, v, ok, c, _p in v24.dataprep_items(src, "ip", "p")]
    assert ("10.9.8.7", True, "validate") in got
    assert ("nope", False, "validate") in got
    assert ("10.1.2.3", True, "test_clean_default") in got
    assert ("999.1.1.1", False, "test_clean_default") in got
    assert len(got) == 4  # np.nan is no text


def test_vrl_redact_case_marks_the_redacted_span():
    src = """
        us_social_security_number{
             args: func_args![
                 value: "id 078-05-1120 here",
                 filters: vec!["us_social_security_number"],
             ],
             want: Ok("id [REDACTED] here"),
"""
    cases = v24.vrl_redact_cases(src)
    assert [(text[s:e]) for _t, text, spans, _c, _p in cases for s, e in spans] == ["078-05-1120"]

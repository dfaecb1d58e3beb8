"""The twenty-eighth vector set's builder (``benchmarks/corpus/_vectors28.py``).

The checks every vector set's parts share are in ``test_vector_parts.py``. The snippets below
are written here, in the sources' shapes; none is a held-out record.
"""

from __future__ import annotations

from benchmarks.corpus import _vectors28 as v28


def test_the_split_is_fixed_by_the_salted_hash():
    assert v28.split([r[0] for r in v28.SUITES]) == (
        [v28.GOPII[0], v28.LOGTAPE[0], v28.GODLP[0]],
        [v28.DLPSCAN[0], v28.MEDIQUEST[0]],
    )


def test_replaced_parts_are_typed_and_extended_over_what_the_mask_keeps():
    tokens = {"<mail>": "EMAIL_ADDRESS", "<iban>": "IBAN_CODE", "***": None}
    text = 'to a.b@example.org, acct "GB82WEST12345698765432", pw=hunter2'
    out = 'to <mail>, acct "<iban>5432", pw=***'
    got = v28.replaced_spans(text, out, tokens)
    assert [(t, text[s:e]) for t, s, e in got] == [
        ("EMAIL_ADDRESS", "a.b@example.org"),
        ("IBAN_CODE", "GB82WEST12345698765432"),
    ]
    assert v28.replaced_spans("nothing here", "something else <mail>", tokens) == []


def test_a_case_keeps_only_spans_that_pass_their_check():
    text = "cards 4111 1111 1111 1111 and 1234-5678-9012-3456"
    typed = [("CREDIT_CARD", 6, 25), ("CREDIT_CARD", 30, 49)]
    assert v28._case(text, typed, "c", "p") == [("CREDIT_CARD", text, [(6, 25)], "c", "p")]
    assert v28._case(text, typed[1:], "c", "p") == []


def test_logtape_reads_matches_replacements_messages_and_fields():
    src = """
test("US_SSN_PATTERN", () => {
  const { pattern, replacement } = US_SSN_PATTERN;
  assert.match("078-05-1120", pattern);
  assert.strictEqual(
    "SSN: 078-05-1120 ok".replaceAll(pattern, replacement as string),
    "SSN: XXX-XX-XXXX ok",
  );
});

test("redactByPattern(TextFormatter)", () => {
  { // one
    const record: LogRecord = {
      rawMessage:
        "mail = ann@example.net, id = 7",
    };
    assert.strictEqual(
      output,
      "[INFO] mail = REDACTED@EMAIL.ADDRESS, id = 7",
    );
  }
});
const data = { email: "bob@example.com", phone: "555-010-0199", cards: ["4111111111111111"] };
"""
    vecs, cases = v28.logtape_items(src, "p")
    assert {(v[0], v[1]) for v in vecs} == {
        ("US_SSN", "078-05-1120"), ("EMAIL_ADDRESS", "bob@example.com"),
        ("PHONE_NUMBER", "555-010-0199"), ("CREDIT_CARD", "4111111111111111"),
    }  # fmt: skip
    assert [(c[0], c[1][c[2][0][0] : c[2][0][1]]) for c in cases] == [
        ("US_SSN", "078-05-1120"), ("EMAIL_ADDRESS", "ann@example.net")]  # fmt: skip


def test_godlp_spans_are_the_masked_runs_glued_to_text():
    yml = """TestList:
  - RuleID: 2
    In:  邮件是ann@example.com
    Out: 邮件是a**@***********
  - RuleID: 7
    In:  abc
    Out: a**
"""
    (case,) = v28.godlp_items(yml, "p")
    assert case[0] == "EMAIL_ADDRESS"
    assert [case[1][s:e] for s, e in case[2]] == ["ann@example.com"]


def test_locators_find_written_values_and_skip_evasions():
    text = "SSN 078-05-1120, card 4111-1111-1111-1111, host 192.0.2.7"
    assert [text[s:e] for s, e in v28.locate("US_SSN", text)] == ["078-05-1120"]
    assert [text[s:e] for s, e in v28.locate("CREDIT_CARD", text)] == ["4111-1111-1111-1111"]
    assert [text[s:e] for s, e in v28.locate("IP_ADDRESS", text)] == ["192.0.2.7"]
    assert v28.locate("CREDIT_CARD", "card 4111--1111--1111--1111") == []


def test_rust_tests_give_cases_only_under_a_positive_assertion():
    src = r"""
#[test]
fn found() {
    let matches = scan_text("mail me: ann@example.org").unwrap();
    assert!(matches.iter().any(|m| m.sub_category == "Email Address"));
}

#[test]
fn not_found() {
    let matches = scan_text("mail me: bob@example.org").unwrap();
    assert!(!matches.iter().any(|m| m.sub_category == "Email Address"));
}
"""
    cases = v28.dlpscan_tests(src, "p")
    assert [(c[0], c[1]) for c in cases] == [("EMAIL_ADDRESS", "mail me: ann@example.org")]


def test_labelled_lines_mark_every_occurrence_of_the_expected_values():
    labels = (
        '{"path":"positives/a.txt","expected":[{"sub_category":"USA SSN","text":"078-05-1120"}]}'
    )
    texts = {"tests/corpus/positives/a.txt": "intro\nSSN 078-05-1120 (078-05-1120)\n"}
    (case,) = v28.dlpscan_labelled(labels, texts, "p")
    assert case[1] == "SSN 078-05-1120 (078-05-1120)"
    assert case[2] == [(4, 15), (17, 28)]


def test_mediquest_pairs_become_cases():
    src = """(deftest scrub-test
  (are [expected input] (= expected (sut/scrub input sut/default-re->replacement))
    "{email: <email>, rest}"  "{email: ann@example.org, rest}"
    "pw=*****"                 "pw=hunter2"))"""
    cases = v28.mediquest_items(src, "p")
    assert [(c[0], c[1][c[2][0][0] : c[2][0][1]]) for c in cases] == [
        ("EMAIL_ADDRESS", "ann@example.org")]  # fmt: skip

"""The twenty-sixth vector set's builder (``benchmarks/corpus/_vectors26.py``).

The checks every vector set's parts share are in ``test_vector_parts.py``. The snippets below
are written here, in the sources' shapes; none is a held-out record.
"""

from __future__ import annotations

from benchmarks.corpus import _vectors26 as v26


def test_the_split_is_fixed_by_the_salted_hash():
    assert v26.split([r[0] for r in v26.SUITES]) == (
        [v26.VUELIDATE[0], v26.GO_PII[0]],
        [v26.EMAIL_ADDRESS[0], v26.CARD_SANITIZER[0]],
    )


def test_an_email_alone_is_one_value_and_a_text_is_a_case():
    assert v26.alone("EMAIL_ADDRESS", "someone@example.org")
    assert v26.alone("EMAIL_ADDRESS", '"some one"@example.org')
    assert not v26.alone("EMAIL_ADDRESS", "Write to someone@example.org today")
    assert not v26.alone("EMAIL_ADDRESS", "@example.org")
    text = "Write to someone@example.org or +15550100100, (ref 12)."
    assert v26.token_spans("EMAIL_ADDRESS", text) == [(9, 28)]
    assert v26.token_spans("PHONE_NUMBER", text) == [(32, 44)]


def test_a_refusal_for_white_space_around_an_accepted_value_is_no_negative():
    vecs = [("EMAIL_ADDRESS", "a@example.org", True, "c", "p"),
            ("EMAIL_ADDRESS", " a@example.org", False, "c", "p"),
            ("EMAIL_ADDRESS", "a@", False, "c", "p")]  # fmt: skip
    assert [v[1] for v in v26.settle(vecs)] == ["a@example.org", "a@"]


def test_vuelidate_reads_default_checks_and_url_lists():
    mac = """
    expect(macAddress()('de:ad:be:ef:ba:ad')).toBe(true)
    expect(macAddress(';')('00;00;00;00;00;00')).toBe(true)
    expect(macAddress()('he:ll:ow:or:ld:00')).toBe(false)
"""
    got = v26.vuelidate_items(mac, "x/macAddress.spec.js")
    assert [v[1:3] for v in got] == [("de:ad:be:ef:ba:ad", True), ("he:ll:ow:or:ld:00", False)]
    url = """
  const correctUrls = [
    'http://example.org/a',
    'http://-.~_!$&\\'()@example.com'
  ]
  const incorrectUrls = [
    'http://'
  ]
"""
    got = v26.vuelidate_items(url, "x/url.spec.js")
    assert [v[1:3] for v in got] == [("http://example.org/a", True),
                                     ("http://-.~_!$&'()@example.com", True), ("http://", False)]  # fmt: skip


def test_go_pii_rows_cases_and_literals():
    src = """
func TestX(t *testing.T) {
	tests := []struct{}{
		{
			name:       "Email in content",
			fieldName:  "text",
			value:      "Write to someone@example.org soon",
			shouldMask: true,
		},
		{
			name:       "Some phone",
			value:      "+15550100100",
			shouldMask: true,
		},
		{
			name:       "Not a credit card (too short)",
			value:      "1234 5678",
			shouldMask: false,
		},
		{
			name:       "Order id",
			value:      "ORD-1",
			shouldMask: false,
		},
	}
}

func TestPhoneNumberVariations(t *testing.T) {
	tests := []struct{}{
		{"Somewhere", "5550100100"},
	}
}

func TestMultiple(t *testing.T) {
	text := "Mail b@example.org or call +15550100111 now"
}
"""
    vecs, cases = v26.go_pii_items(src, "x_test.go")
    assert ("PHONE_NUMBER", "+15550100100", True) in [v[:3] for v in vecs]
    assert ("CREDIT_CARD", "1234 5678", False) in [v[:3] for v in vecs]
    assert ("PHONE_NUMBER", "5550100100", True) in [v[:3] for v in vecs]
    assert not any(v[1] == "ORD-1" for v in vecs)
    assert [(c[0], c[1], c[2]) for c in cases] == [
        ("EMAIL_ADDRESS", "Write to someone@example.org soon", [(9, 28)]),
        ("EMAIL_ADDRESS", "Mail b@example.org or call +15550100111 now", [(5, 18)]),
        ("PHONE_NUMBER", "Mail b@example.org or call +15550100111 now", [(27, 39)])]  # fmt: skip


def test_email_address_asserts_and_options():
    src = """
  def test_valid
    assert EmailAddress.valid?("a+b@example.org", host_validation: :a), "x"
    assert EmailAddress.valid?("c@example.org", local_format: :relaxed)
    assert !EmailAddress.valid?("d@example.org")
    refute EmailAddress.valid?("e.@example.org", host_validation: :syntax)
    assert true, EmailAddress.valid?("f@example.org")
    assert_equal true, EmailAddress.valid?("g@example.org")
    assert "h@example.org".match(EmailAddress::Address::STANDARD_REGEX)
    assert_nil "i example.org".match(EmailAddress::Address::CONVENTIONAL_REGEX)
  end

  def test_cases
    %w[j@example.org k@example.org].each do |address|
      assert EmailAddress.valid?(address, host_validation: :syntax), "x"
    end
  end
"""
    got = [v[1:3] for v in v26.email_address_items(src, "t.rb")]
    assert sorted(got) == sorted([
        ("a+b@example.org", True), ("e.@example.org", False), ("g@example.org", True),
        ("j@example.org", True), ("k@example.org", True), ("h@example.org", True),
        ("i example.org", False)])  # fmt: skip


def test_card_sanitizer_cases_are_checked_against_the_expected_output():
    test = """
  private static final String[] cardNumbers = {\r
      "4111 1111 1111 1111",\r
  };\r
\r
  @Test\r
  void one() {\r
    String input = "card 4111-1111-1111-1111 "\r
        + "and 12/12/2020";\r
    String expectedOutput = "card 411111xxxxxx1111 "\r
        + "and 12/12/2020";\r
    assertThat(output.cardNumberMatches().get(0).maskedPayload()).isEqualTo("411111xxxxxx1111");\r
  }\r
\r
  @Test\r
  void two() {\r
    String input = "card 4111-1111-1111-1111";\r
    String expectedOutput = "card 4111-1111-1111-1111";\r
    assertThat(output.cardNumberMatches().get(0).maskedPayload()).isEqualTo("411111xxxxxx1111");\r
  }\r
"""
    luhn = """
  @ParameterizedTest
  @ValueSource(strings = {
      "4111111111111111"
  })
  void visaNumbersTest(String cardNumber) {
    assertThat(LuhnValidator.getInstance().isValid(cardNumber)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "4111111111111112"
  })
  void invalidCardNumbersTest(String cardNumber) {
    assertThat(LuhnValidator.getInstance().isValid(cardNumber)).isFalse();
  }
"""
    text = "Some text.\nPaid with ${number-0} on 12/12/2020.\n"
    vecs, cases = v26.card_items(test, luhn, text)
    assert [v[1:3] for v in vecs] == [("4111 1111 1111 1111", True),
                                      ("4111111111111111", True), ("4111111111111112", False)]  # fmt: skip
    assert [(c[1], c[2]) for c in cases] == [
        ("card 4111-1111-1111-1111 and 12/12/2020", [(5, 24)]),
        ("Paid with 4111 1111 1111 1111 on 12/12/2020.", [(10, 29)])]  # fmt: skip

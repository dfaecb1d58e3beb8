"""The twenty-fifth vector set's builder (``benchmarks/corpus/_vectors25.py``).

The checks every vector set's parts share are in ``test_vector_parts.py``. The snippets below
are written here, in the sources' shapes; none is a held-out record.
"""

from __future__ import annotations

from benchmarks.corpus import _vectors25 as v25


def test_the_split_is_fixed_by_the_salted_hash():
    assert v25.split([r[0] for r in v25.SUITES]) == (
        [v25.IBANNET[0], v25.AUTO_LINKER[0]],
        [v25.FLUENTVALIDATION[0], v25.SWIFTVALIDATORS[0]],
    )


def test_string_literals_are_unescaped():
    assert v25._unescape(r"\"a\\b\"@example.org") == '"a\\b"@example.org'
    assert v25._unescape(r"\u00e9t\u{e9}") == "\u00e9t\u00e9"


def test_ibannet_rows_are_labelled_by_their_method():
    src = """
    [Theory]
    [InlineData("GB82WEST12345698765432", 0)]
    public void When_validating_it_should_use_structure_validator_of_first(string iban, int i)
    {
    }

    [Theory]
    [InlineData("GB82WEST12345698765431")]
    public void Given_that_iban_is_invalid_when_validating_it_should_fail(string iban)
    {
    }

    [Theory]
    [InlineData("GB82WEST12345698765432")]
    public void When_formatting_it_should_return(string iban)
    {
    }

    [Fact]
    public void When_validating_iban_that_allows_x_it_should_validate()
    {
        const string ibanValue = "GB82WEST12345698765432";
    }
"""
    assert [(v, ok) for _t, v, ok, _c, _p in v25.ibannet_items(src, "x.cs")] == [
        ("GB82WEST12345698765432", True), ("GB82WEST12345698765431", False),
        ("GB82WEST12345698765432", True)]  # fmt: skip


def test_ibannet_registry_reads_the_iban_examples_only():
    src = """
            Iban = new PatternDescriptor(new Patterns.GB())
            {
                Example = "GB82WEST12345698765432"
            },
            Bban = new PatternDescriptor(new SwiftPattern("4!a6!n8!n"), 4)
            {
                Example = "WEST12345698765432"
            },
"""
    assert [v for _t, v, *_ in v25.ibannet_registry(src)] == ["GB82WEST12345698765432"]


def test_auto_linker_reads_lists_and_linked_phone_numbers():
    parser = """
  def valid_scheme_urls,
    do: [
      "https://www.example.org"
    ]

  def invalid_scheme_urls,
    do: [
      "http://a | http://b"
    ]

  def valid_non_scheme_urls,
    do: [
      "example.org"
    ]

  def invalid_non_scheme_urls,
    do: [
      "a..b"
    ]

  def valid_phone_nunbers,
    do: [
      "555 010-0100"
    ]

  def invalid_phone_numbers,
    do: [
      "5550"
    ]
"""
    link = """
  test "phone number" do
    assert AutoLinker.link("call (555) 010-0100 now", phone: true) ==
             ~s{call <a href="#" class="phone-number" data-phone="5550100100">(555) 010-0100</a> now}
  end

  test "short" do
    text = "see x555"
    expected = "see <a href=\\"#\\" class=\\"phone-number\\" data-phone=\\"555\\">x555</a>"
    assert AutoLinker.link(text, phone: true) == expected
  end

  test "prefixes" do
    valid = [
      "8 (555) 010-0100"
    ]
  end
"""
    vecs, cases = v25.auto_linker_items(parser, link)
    assert ("URL", "https://www.example.org", True) in [v[:3] for v in vecs]
    assert ("PHONE_NUMBER", "8 (555) 010-0100", True) in [v[:3] for v in vecs]
    assert ("PHONE_NUMBER", "5550", False) in [v[:3] for v in vecs]
    # x555 is three digits: no gold span (rule 2), so no case
    assert [(text, spans) for _t, text, spans, _c, _p in cases] == [
        ("call (555) 010-0100 now", [(5, 19)])]  # fmt: skip


def test_fluentvalidation_rows_and_card_lines():
    email = """
\t[Theory]
\t[InlineData("someone@example.org")]
\tpublic void Valid_email_addresses_regex(string email) {
\t}

\t[Theory]
\t[InlineData("someone@")]
\tpublic void Fails_email_validation_aspnetcore_compatible(string email) {
\t}
"""
    card = """
\t\tvalidator.Validate(new Person { CreditCard = "4111111111111111" }).IsValid.ShouldBeTrue();
\t\tvalidator.Validate(new Person { CreditCard = "4111111111111112" }).IsValid.ShouldBeFalse();
"""
    assert [v[:3] for v in v25.fluentvalidation_items(email, card)] == [
        ("EMAIL_ADDRESS", "someone@example.org", True), ("EMAIL_ADDRESS", "someone@", False),
        ("CREDIT_CARD", "4111111111111111", True), ("CREDIT_CARD", "4111111111111112", False)]  # fmt: skip


def test_swift_reads_test_cases_of_one_claimed_check():
    src = """
            TestCase(name: "isEmail",
                     message: "m",
                     validator: Validator.isEmail(),
                     valid: [
                        "someone@example.org"
                ],
                     invalid: [
                        "someone@",
                        nil
                ]
            ),
            TestCase(name: "both",
                     message: "m",
                     validator: Validator.isEmail() || Validator.isIP(),
                     valid: [
                        "10.1.2.3"
                ],
                     invalid: [
                ]
            ),
"""
    assert [v[:3] for v in v25.swift_items(src)] == [
        ("EMAIL_ADDRESS", "someone@example.org", True), ("EMAIL_ADDRESS", "someone@", False)]  # fmt: skip

"""The twenty-first vector set's builder (``benchmarks/corpus/_vectors21.py``).

The checks every vector set's parts share are in ``test_vector_parts.py``. The snippets below
are written here, in the sources' shapes; none is a held-out record.
"""

from __future__ import annotations

from benchmarks.corpus import _vectors21 as v21


def test_django_reads_the_url_lists_and_default_validator_rows():
    src = """
VALID_URLS = [
    "http://a.example/",
    "http://b." "example/",
]
INVALID_URLS = [None, 56, "http://"]
TEST_DATA = [
    (validate_email, "jo@example.org", None),
    (validate_email, "jo@%s.us" % ("a" * 3), None),
    (validate_email, "jo@", ValidationError),
    (EmailValidator(allowlist=["x"]), "jo@x", None),
    (URLValidator(EXTENDED_SCHEMES), "git://x.example/", None),
    (URLValidator(), "http://c.example", None),
    (validate_slug, "jo@example.org", ValidationError),
]
"""
    got = [(t, v, ok) for t, v, ok, _c, _p in v21.django_items(src)]
    assert got == [
        ("URL", "http://a.example/", True), ("URL", "http://b.example/", True),
        ("URL", "http://", False), ("EMAIL_ADDRESS", "jo@example.org", True),
        ("EMAIL_ADDRESS", "jo@aaa.us", True), ("EMAIL_ADDRESS", "jo@", False),
        ("URL", "http://c.example", True),
    ]  # fmt: skip


def test_rust_email_reads_the_test_module_only():
    src = r"""
/// assert!(EmailAddress::is_valid("doc@example.org"));
#[cfg(test)]
mod tests {
    fn t1() { is_valid("\"a b\"@example.org", None); }
    fn t2() { expect("a@b@example.org", Error::X, None); }
    fn t3() { valid_with_options("w@[1.2.3.4]", Options {}, None); }
    fn t4() { let e = EmailAddress::from_str("f@example.org").unwrap(); }
}
"""
    got = [(v, ok) for _t, v, ok, _c, _p in v21.rust_email_items(src)]
    assert got == [('"a b"@example.org', True), ("a@b@example.org", False),
                   ("f@example.org", True)]  # fmt: skip


def test_email_validator_labels_by_the_rfc_and_default_contexts():
    src = """
    context 'one' do
      [
        'a@example.org',
        "#{v}b@example.org",
        'no-at-sign',
      ].each do |email|
          it "ok" do
            expect(RfcUser.new(:email => email)).to be_valid
          end
    context 'two' do
      [
        'c@@example.org',
      ].each do |email|
          it "bad" do
            expect(DefaultUser.new(:email => email)).not_to be_valid
          end
    context 'three' do
      [
        'd@example.org',
      ].each do |email|
          it "loose" do
            expect(DefaultUser.new(:email => email)).to be_valid
          end
"""
    got = [(v, ok) for _t, v, ok, _c, _p in v21.email_validator_items(src)]
    assert got == [("a@example.org", True), ("c@@example.org", False)]


def test_vefo_reads_both_lists_and_percent_literals():
    src = """
    [
      "a@example.org",
      # a comment
      %("b c"@example.org),
    ].each do |address|
      describe address do
        it { should_not have_errors_on_email }
      end
    end
    [
      'd@@example.org' # why
    ].each do |address|
      describe address do
        it { should have_errors_on_email.because("x") }
      end
    end
"""
    got = [(v, ok) for _t, v, ok, _c, _p in v21.vefo_items(src)]
    assert got == [("a@example.org", True), ('"b c"@example.org', True),
                   ("d@@example.org", False)]  # fmt: skip


def test_valid_url_reads_both_polarities():
    src = """
    t.ok(is_web_uri('http://a.example/'), 'x');
    t.ok(!is_https_uri("http://b.example/"), "y");
"""
    got = [(v, ok) for _t, v, ok, _c, _p in v21.valid_url_items(src, "test/is_web_uri.js")]
    assert got == [("http://a.example/", True), ("http://b.example/", False)]


def test_in_scope_keeps_web_schemes_only():
    vecs = [("URL", "http://a.example/", True, "c", "p"), ("URL", "git://a.example/", True, "c", "p"),
            ("URL", "http://a b", True, "c", "p"), ("URL", "http://a b", False, "c", "p"),
            ("URL", "foo", False, "c", "p"), ("EMAIL_ADDRESS", "x", False, "c", "p")]  # fmt: skip
    assert [(v[1], v[2]) for v in v21.in_scope(vecs)] == [
        ("http://a.example/", True), ("http://a b", False), ("x", False)]  # fmt: skip

"""The thirty-first vector set's builder (``benchmarks/corpus/_vectors31.py``).

The checks every vector set's parts share are in ``test_vector_parts.py``. The snippets below
are written here, in the sources' shapes; none is a held-out record.
"""

from __future__ import annotations

from benchmarks.corpus import _vectors31 as v31


def _values(items):
    return [(v[1], v[2]) for v in items]


def test_the_split_is_fixed_by_the_salted_hash():
    assert v31.split([r[0] for r in v31.SUITES]) == (
        [v31.EMAIL_VALIDATE[0], v31.CHECKMAIL[0]],
        [v31.SCALA_URI[0], v31.LIBPHONENUMBER[0]],
    )


def test_email_validate_reads_literal_examples_only():
    src = """
examples :: [Example]
examples =
    let d = "x" in
    [ valid "ann.lee@example.org"
    , invalid "ann..lee@example.org" `why` "consecutive dots"
    , valid "\\"ann \\\\\\"q\\\\\\" lee\\"@example.org"
    --, invalid "commented@example.org"
    , valid ("a@" <> d)
    , invalid "tab\\tx@example.org"
    ]
"""
    assert _values(v31.email_validate_items(src, "p")) == [
        ("ann.lee@example.org", True),
        ("ann..lee@example.org", False),
        ('"ann \\"q\\" lee"@example.org', True),
        ("\x85", False),
    ]


def test_checkmail_reads_format_flags():
    src = """
		{mail: "bo@example.net", format: true, account: false},
		{mail: " bo@example.net", format: false, account: false},
		{mail: "bo@@example.net", format: false, account: false},
"""
    items = v31.checkmail_items(src, "p")
    assert _values(items) == [
        ("bo@example.net", True),
        (" bo@example.net", False),
        ("bo@@example.net", False),
    ]
    # Rule 3: white space around a refused address makes it no negative.
    assert _values(v31.settle(items)) == [("bo@example.net", True), ("bo@@example.net", False)]


def test_email_comments_and_spaces_are_out_either_way():
    assert v31.email_written('"two words"@example.org')
    assert not v31.email_written("(c)ann@example.org")
    assert not v31.email_written("ann @ example.org")
    kept = v31.settle(
        [
            (v31.EMAIL, "ann(c)@example.org", True, "c", "p"),
            (v31.EMAIL, "ann(c@example.org", False, "c", "p"),
            (v31.EMAIL, "a b@example.org", False, "c", "p"),
            (v31.EMAIL, '"a b"@example.org', True, "c", "p"),
        ]
    )
    assert _values(kept) == [('"a b"@example.org', True)]


def test_scala_uri_reads_parse_arguments():
    src = """
    val url = Url.parse("https://example.org/a?b=c")
    an[UriParsingException] should be thrownBy Url.parse("http://exa mple.org")
    val other = Url.parse(s"http://$host/x")
    val urn = Urn.parse("urn:isbn:0451450523")
"""
    assert _values(v31.scala_uri_items(src, "p")) == [
        ("https://example.org/a?b=c", True),
        ("http://exa mple.org", False),
    ]


def test_libphonenumber_reads_validity_and_parse_tables():
    src = """
func TestParse(t *testing.T) {
	var tests = []struct {
		input       string
		err         error
	}{
		{input: "020 7946 0958", err: nil},
		{input: "12", err: ErrNotANumber},
	}
}

func Test_IsValidNumber(t *testing.T) {
	var tests = []struct {
		input   string
		isValid bool
	}{
		{
			input:   "+44 20 7946 0959",
			isValid: true,
		}, {
			input:   "+44 20 79",
			isValid: false,
		},
	}
}

func Test_IsValidNumberForRegion(t *testing.T) {
	var tests = []struct {
		input   string
		isValid bool
	}{
		{input: "020 7946 0960", isValid: false},
		{input: "020 7946 0961", isValid: true},
	}
}
"""
    assert _values(v31.libphonenumber_items(src, "p")) == [
        ("+44 20 7946 0959", True),
        ("+44 20 79", False),
        ("020 7946 0961", True),
        ("020 7946 0958", True),
    ]

"""E-mail addresses in RFC 5321/5322 edge shapes (issue 10, the thirty-third vector set's
development part; ``python -m benchmarks.bench_detect_vectors --dev33``).

A quoted local part with any number of escaped quotes, a quoted local part before an address
literal, and a local part holding RFC 5322 specials with ``$ & ? * '`` are mailboxes someone
receives mail at: found whole. Dotless domains (``admin@mailserver1``), digit or one-letter
top-level labels and an IPv4 domain without brackets stay out (docs/benchmarks.md, H219's
section: 34 ``user@host`` shapes on the 50th-56th log sets' development parts, none a mailbox).
"""

from __future__ import annotations

import logging

import pytest
from tests.unit.detect._patterns import SCANNER, found

from privkit.detect._builtin.email import EmailDetector

WIKIPEDIA = '"very.(),:;<>[]\\".VERY.\\"very@\\\\ \\"very\\".unusual"@strange.example.com'


class TestQuotedLocalPart:
    @pytest.mark.parametrize(
        "value",
        [
            WIKIPEDIA,
            '"john doe"@example.com',
            '"x\\"y\\"z\\"w\\"v\\"u"@example.com',  # more escaped quotes than the old cap (4)
            '"a\\\\"@example.com',  # an escaped backslash before the closing quote
            '"a\\\\\\"b"@example.com',  # an escaped backslash, then an escaped quote
            '"Abc\\@def"@example.com',
            '"Fred\\ Bloggs"@example.com',
            '"very.unusual.@.unusual.com"@example.com',
            '"jöhn doe"@exämple.com',  # IDN: a Unicode quoted local part and domain
        ],
    )
    @pytest.mark.parametrize("carrier", ["{}", "Contact: {}.", "value={}", "mail {} today"])
    def test_found_whole(self, value, carrier):
        assert found(carrier.format(value), "EMAIL_ADDRESS") == [("EMAIL_ADDRESS", value)]

    @pytest.mark.parametrize(
        "value",
        ['"john doe"@[192.0.2.1]', '"a\\"b"@[IPv6:2001:db8::1]', '"jane"@[2001:db8::25]'],
    )
    def test_before_an_address_literal(self, value):
        assert found(f"Write to {value} today.") == [("EMAIL_ADDRESS", value)]

    @pytest.mark.parametrize(
        "text",
        [
            'Contact: "\\"@example.com',  # the closing quote is escaped: no quoted string
            '"a" + user + "@example.com"',  # string concatenation in code
            '"@timestamp": "2026-12-08"',  # a JSON key
            'x"john"@example.com',  # glued to a word
            '"john doe"@[192.0.2.256]',  # no IPv4 address inside the brackets
            '"john doe"@[2001:db8::1]x',  # a literal glued to a word
            '"' + "a" * 65 + '"@example.com',  # longer than a local part
            '"john\ndoe"@example.com',  # across a line
            '"first\\\\"last"@example.com',  # a string closed after an escaped backslash
        ],
    )
    def test_no_quoted_address(self, text):
        assert [v for _, v in found(text, "EMAIL_ADDRESS") if v.startswith('"')] == []

    def test_the_nearest_closed_string_is_the_local_part(self):
        text = 'say "hi" to "jo"@example.com'
        assert found(text, "EMAIL_ADDRESS") == [("EMAIL_ADDRESS", '"jo"@example.com')]

    def test_a_plain_address_next_to_a_quoted_one_is_found(self):
        text = 'cc "john doe"@example.com, jane@example.org'
        assert found(text, "EMAIL_ADDRESS") == [
            ("EMAIL_ADDRESS", '"john doe"@example.com'),
            ("EMAIL_ADDRESS", "jane@example.org"),
        ]


class TestSpecialLocalPart:
    @pytest.mark.parametrize(
        "value",
        [
            "my|'`!#_~%$&{}?^+-*@host.com",
            "a'b!@example.com",
            "what?!@example.com",
            "{jane}*@example.com",
            "{}~!@example.com",
            "jane!@example.com",
        ],
    )
    @pytest.mark.parametrize("carrier", ["{}", "Contact: {}.", "value={}"])
    def test_found_whole(self, value, carrier):
        assert found(carrier.format(value), "EMAIL_ADDRESS") == [("EMAIL_ADDRESS", value)]

    @pytest.mark.parametrize(
        "text",
        [
            "j***@example.com",  # an address already masked
            "HOST$@CORP.EXAMPLE.COM",  # a machine account's principal
            "price$@example.com",
            "Contact: {^c\\@**Dog^}@cartoon.com.",  # an at sign inside the run
        ],
    )
    def test_no_address_in_these_runs(self, text):
        assert found(text, "EMAIL_ADDRESS") == []

    def test_a_query_key_stays_out(self):
        text = "https://x.example/?q={a}&to=jane@example.com"
        assert ("EMAIL_ADDRESS", "jane@example.com") in found(text)

    def test_an_opening_apostrophe_quotes_the_address(self):
        assert found("'{jane}!@example.com' sent", "EMAIL_ADDRESS") == [
            ("EMAIL_ADDRESS", "{jane}!@example.com")
        ]


class TestShapesLeftOut:
    # Dotless domains write shell prompts, SSH targets, database accounts, npm tags, SIP URIs
    # and systemd units far more often than mailboxes; no delegated top-level domain has a
    # digit or one letter; an IPv4 domain needs brackets (RFC 5321) and the IP is found.
    @pytest.mark.parametrize(
        "text",
        [
            "admin@mailserver1", "postbox@com", "Connect\troot@localhost on db1",
            "npm ls cat:dog@latest", "sip:alice@atlanta", "getty@tty1.service started",
            "first.last@example.123", "+@b.c", "deploy@10.0.0.5",
        ],
    )  # fmt: skip
    def test_no_address(self, text):
        assert found(text, "EMAIL_ADDRESS") == []

    def test_an_ipv4_domain_leaves_its_address(self):
        assert found("foobar@192.168.0.1") == [("IP_ADDRESS", "192.168.0.1")]


class TestNoValueOutside:
    TEXTS = (
        WIKIPEDIA,
        '"john doe"@[192.0.2.999]',
        '"john doe"@[IPv6:2001:db8::zz]',
        "my|'`!#_~%$&{}?^+-*@host.com",
        '"' + "\\" * 200 + '"@example.com',
    )

    def test_no_value_in_a_repr_exception_or_log(self, caplog):
        detector = EmailDetector()
        with caplog.at_level(logging.DEBUG):
            for text in self.TEXTS:
                for f in SCANNER.scan(text):
                    assert text[f.start : f.end] not in repr(f)
        assert "john" not in repr(detector)
        assert all("john" not in r.getMessage() and "host.com" not in r.getMessage()
                   for r in caplog.records)  # fmt: skip

    def test_a_bad_literal_is_refused_without_raising(self):
        m = EmailDetector._LITERAL.match("[192.0.2.999]")
        assert m is not None
        assert EmailDetector._literal_ok(m) is False


class TestEscapedQuotedLocalPart:
    """A quoted local part inside a JSON or C string, its quotes escaped once (H225)."""

    @pytest.mark.parametrize(
        "value",
        [
            '\\"john doe\\"@example.com',
            '\\"jo\\\\\\"hn\\"@example.com',  # an address-level escaped quote inside: \\\"
            '\\"Fred Bloggs\\"@[192.0.2.1]',  # before an address literal
            '\\"jöhn doe\\"@exämple.com',
        ],
    )
    @pytest.mark.parametrize(
        "carrier",
        [
            "{}",
            "Write to {} today.",
            '{{"to": "{}", "subject": "hi"}}',
            "2026-12-08T01:00:00Z INFO mail sent to={} status=ok",
            'body="{{\\"rcpt\\": \\"x\\", \\"to\\": {}}}"',
        ],
    )
    def test_found_whole(self, value, carrier):
        text = carrier.format(value)
        assert found(text, "EMAIL_ADDRESS") == [("EMAIL_ADDRESS", value)]

    @pytest.mark.parametrize(
        "text",
        [
            'Contact: "\\"@example.com',  # the closing quote escaped, the string opened unescaped
            '{"to": "\\"@example.com"}',  # one escaped quote: no opening
            '{"@timestamp": "2026-12-08", "msg": "\\"x\\"@y"}',  # a key; no domain
            '{"a": "\\"a\\" + user + \\"@example.com"}',  # escaped string concatenation
            '{"x": "a\\"jo\\"@example.com"}',  # glued to a word
            '{"a": "\\"\\", \\"@example.com"}',  # an escaped quote before the opening one
            '{"x": "\\"jo\\nhn\\"@example.com"}',  # another escape of the enclosing string
            '{"x": "\\"' + "a" * 65 + '\\"@example.com"}',  # longer than a local part
            '\\\\"john\\\\"@example.com',  # escaped twice: not read
        ],
    )
    def test_no_escaped_quoted_address(self, text):
        assert [v for _, v in found(text, "EMAIL_ADDRESS") if '"' in v] == []

    def test_the_unescaped_form_is_unchanged(self):
        text = '{"to": "jane@example.org"} "john doe"@example.com'
        assert found(text, "EMAIL_ADDRESS") == [
            ("EMAIL_ADDRESS", "jane@example.org"),
            ("EMAIL_ADDRESS", '"john doe"@example.com'),
        ]

    def test_a_plain_address_next_to_it_is_found(self):
        text = '{"to": "\\"john doe\\"@example.com", "cc": "jane@example.org"}'
        assert found(text, "EMAIL_ADDRESS") == [
            ("EMAIL_ADDRESS", '\\"john doe\\"@example.com'),
            ("EMAIL_ADDRESS", "jane@example.org"),
        ]

    def test_no_value_in_repr(self):
        text = '{"to": "\\"john doe\\"@example.com"}'
        (finding,) = SCANNER.scan(text)
        assert "john" not in repr(finding)

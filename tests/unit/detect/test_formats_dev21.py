"""E-mail and URL forms found on the twenty-first set of validator test vectors (issue 10).

The measure is ``python -m benchmarks.bench_detect_vectors --dev21``; these tests pin each
mechanism with values written here.
"""

import pytest
from tests.unit.detect._patterns import found


class TestUntaggedIpv6Literal:
    @pytest.mark.parametrize(
        "value", ["jane@[2001:db8::25]", "jane@[2001:DB8:0:0:0:0:0:1]", "j@[::ffff:192.0.2.1]"]
    )
    def test_an_ipv6_literal_without_its_tag_is_one_address(self, value):
        assert found(f"Write to {value} today.") == [("EMAIL_ADDRESS", value)]

    @pytest.mark.parametrize(
        "text",
        ["jane@[2001:db8::12345]", "jane@[2001:dg8::1]", "jane@[2001:db8:0:0:0:0:1]",
         "jane@[::ffff:192.0.2.256]", "items@[::1]x", "see http://jane@[2001:db8::1]/x"],
    )  # fmt: skip
    def test_no_ipv6_address_or_a_url_user_is_no_address(self, text):
        assert found(text, "EMAIL_ADDRESS") == []


class TestLocalhostMailbox:
    @pytest.mark.parametrize(
        ("text", "value"),
        [("Mail root@localhost, please.", "root@localhost"),
         ("email@localhost", "email@localhost"), ("To: jane@LOCALHOST", "jane@LOCALHOST")],
    )  # fmt: skip
    def test_a_mailbox_at_localhost_is_an_address(self, text, value):
        assert found(text, "EMAIL_ADDRESS") == [("EMAIL_ADDRESS", value)]

    def test_a_longer_name_is_the_plain_patterns(self):
        text = "from root@localhost.localdomain"
        assert found(text, "EMAIL_ADDRESS") == [("EMAIL_ADDRESS", "root@localhost.localdomain")]

    @pytest.mark.parametrize(
        "text",
        ["connect user@localhost:5432 now",  # a connection string's user and host
         "postgresql://postgres@localhost/db",  # a URL's user name
         "user@localhostname", "user@localhost-1", "'root'@'localhost'",  # MySQL's account
         "x.@localhost", ".x@localhost", "a@@localhost", "@localhost"],
    )  # fmt: skip
    def test_other_forms_are_no_address(self, text):
        assert found(text, "EMAIL_ADDRESS") == []


class TestUrlUserinfoQuotes:
    @pytest.mark.parametrize(
        "url",
        ["http://-.~_!$&'()*+,;=:%40:80%2f::::::@example.com",
         "https://o'brien:secret@example.org/path"],
    )  # fmt: skip
    def test_an_apostrophe_of_the_user_information_is_the_urls(self, url):
        assert found(f"Open {url} now.", "URL") == [("URL", url)]

    @pytest.mark.parametrize(
        "text",
        ["'http://example.com',jane@example.org", "['http://example.com','jane@example.org']"],
    )
    def test_an_apostrophe_closing_a_quoted_url_ends_it(self, text):
        assert all("'" not in value for _t, value in found(text, "URL"))
        assert found(text, "EMAIL_ADDRESS") == [("EMAIL_ADDRESS", "jane@example.org")]

    def test_an_apostrophe_in_a_path_still_ends_the_url(self):
        assert found("Open http://example.com/it's there.", "URL") == [
            ("URL", "http://example.com/it")
        ]

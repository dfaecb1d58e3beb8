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
    # A name at ``localhost`` (no dot) is no e-mail address, like any one-label host: in text it
    # is an account on a machine far more often than someone's mailbox (a shell prompt, an
    # Erlang node, a database account), and Presidio's recognizer does not report it either.
    @pytest.mark.parametrize(
        "text",
        ["Mail root@localhost, please.", "node: rabbit@localhost started",
         "[root@localhost ~]# ls", "email@localhost", "connect user@localhost:5432 now",
         "'root'@'localhost'"],
    )  # fmt: skip
    def test_a_name_at_localhost_is_no_address(self, text):
        assert found(text, "EMAIL_ADDRESS") == []

    def test_a_longer_name_is_the_plain_patterns(self):
        text = "from root@localhost.localdomain"
        assert found(text, "EMAIL_ADDRESS") == [("EMAIL_ADDRESS", "root@localhost.localdomain")]


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

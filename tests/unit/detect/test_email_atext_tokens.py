"""E-mail local parts holding "=" or "/" (issue 10, helper H230).

RFC 5322 ``atext`` allows ``=`` and ``/`` in a local part (``customer/department=shipping@``,
a rewritten return path ``return-a29585-...=3793289289=8@``), but logs and URLs put ``=``
after a key (``user=jane@``) and ``/`` between a path's segments (``/users/jane@``). The token
before the at sign is read whole when its first "="-part names no key, when it stands in angle
brackets, or (after a key) when the key's value is such a token in its turn; keys, paths,
queries and key=value pairs stay out (``privkit.detect._builtin.email._atext_start``).
"""

from __future__ import annotations

import pytest
from tests.unit.detect._patterns import found

from privkit.detect._builtin.email import _atext_local

CARRIERS = ["{}", "Contact: {}.", "The form field held {} when it was saved.", '{{"to": "{}"}}']


class TestLocalPartWithEqualsOrSlash:
    @pytest.mark.parametrize(
        "value",
        [
            "customer/department=shipping@example.com",  # RFC 3696's example
            "user+mailbox/department=shipping@example.com",
            "return-a29585-508277-508354-65bcb682=3793289289=8@bounce.example.net",  # a bulk return path
            "list-return-123-jane=example.org@lists.example.net",  # a VERP address, qmail's
            "!#$%&'*+-/=?^_`{}|~@example.org",  # every atext special
            "cdburgess+!#$%&'*-/=?+_{}|~test@mail.example.com",
            "yes+this=is&a%valid!email@example.com",
            "~jane/dev-list@lists.example.org",  # a user's list, as sourcehut names them
        ],
    )
    @pytest.mark.parametrize("carrier", CARRIERS)
    def test_found_whole(self, value, carrier):
        assert found(carrier.format(value), "EMAIL_ADDRESS") == [("EMAIL_ADDRESS", value)]

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("value=user+mailbox/department=shipping@example.com", "user+mailbox/department=shipping@example.com"),
            ("returnPath=return-77-a1b2=42=8@bounce.example.net", "return-77-a1b2=42=8@bounce.example.net"),
            ("list=~jane/dev-list@lists.example.org", "~jane/dev-list@lists.example.org"),
            ("from=<user=tag@example.com>", "user=tag@example.com"),  # an angle-addr holds the address alone
            ("orig_to=<a/b@example.org>,", "a/b@example.org"),
            ("<bob&sue@example.com>", "bob&sue@example.com"),
        ],
    )  # fmt: skip
    def test_after_a_key_or_in_angle_brackets(self, text, value):
        assert found(text, "EMAIL_ADDRESS") == [("EMAIL_ADDRESS", value)]

    def test_rewritten_return_paths_unchanged(self):
        for value in (
            "SRS0=HHH=TT=example.org=jane@forwarder.example.net",
            "prvs=0123456789=jane@example.com",
            "bounces+123-jane=example.org@lists.example.net",
        ):
            assert found(f"from=<{value}>", "EMAIL_ADDRESS") == [("EMAIL_ADDRESS", value)]
            assert found(f"from={value} size=1", "EMAIL_ADDRESS") == [("EMAIL_ADDRESS", value)]


class TestPrefixesStayOut:
    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("from=<jane@example.com>", "jane@example.com"),
            ("user=jane@example.com", "jane@example.com"),
            ("mailto=jane@example.com", "jane@example.com"),
            ("to=<jane@example.com>, orig_to=<j.doe@example.com>", None),
            ("status=sent to=jane@example.com relay=local", "jane@example.com"),
            ("--email=jane@example.com", "jane@example.com"),  # a command's option
            ("-Dmail.user=jane@example.com", "jane@example.com"),  # a Java property
            ("items.0.email=jane@example.com", "jane@example.com"),  # a flattened path
            ("AD-Hostname=jane@example.com", "jane@example.com"),
            ("$email=jane@example.com", "jane@example.com"),
            ("|user=jane@example.com|", "jane@example.com"),  # a table's cell
            ("`user=jane@example.com`", "jane@example.com"),  # a code span
            ("--from='jane@example.com'", "jane@example.com"),  # a quote opens the value
            ("GET /users/jane@example.com HTTP/1.1", "jane@example.com"),  # a URL's path
            ("/path/a/jane@example.com", "jane@example.com"),
            ("projects/p/serviceAccounts/jane@example.com", "jane@example.com"),
            ("db/jane@db.example.com", "jane@db.example.com"),  # PgBouncer's db/user@host
            ('url_param="?flag=403&email=jane@example.com"', "jane@example.com"),  # a query
            ("see #email=jane@example.com", "jane@example.com"),  # a fragment's pair
            ("key=v|to=jane@example.com", "jane@example.com"),  # a piped record's pair
            ("q=^x&to=`a~@example.com", "`a~@example.com"),  # a query's pair (H225's look-alike)
            ("{{base}}/jane@example.com", "jane@example.com"),  # a template's path
            ("/api/{user}/jane@example.com", "jane@example.com"),
            ("subject=/C=US/ST=CA/emailAddress=jane@example.com", "jane@example.com"),
            ("C=US/ST=CA/emailAddress=jane@example.com", "jane@example.com"),  # a subject's pairs
            ("C=US/emailAddress=jane@example.com", "jane@example.com"),
            ("cn=jane/o=org@example.com", "org@example.com"),
            ("1=jane@example.com", "jane@example.com"),  # a numbered key
            ("to=user=tag@example.com", "tag@example.com"),  # key=key=value: undecided
            ("to=list=example.org@lists.example.net", "example.org@lists.example.net"),  # the same
        ],
    )
    def test_key_path_and_query_not_swallowed(self, text, value):
        got = found(text, "EMAIL_ADDRESS")
        if value is None:
            assert got == [
                ("EMAIL_ADDRESS", "jane@example.com"),
                ("EMAIL_ADDRESS", "j.doe@example.com"),
            ]
        else:
            assert got == [("EMAIL_ADDRESS", value)]

    def test_kerberos_service_principal_still_out(self):
        assert found("cifs/files.example.com@EXAMPLE.COM", "EMAIL_ADDRESS") == []

    def test_glued_to_a_word_or_longer_than_a_local_part(self):
        # (a non-ASCII letter before the token, or a token over 64 characters: the plain part)
        assert found("éa/b=c@example.com", "EMAIL_ADDRESS") == [("EMAIL_ADDRESS", "c@example.com")]
        long = "a+" + "b" * 70 + "=c@example.com"
        assert found(long, "EMAIL_ADDRESS") == [("EMAIL_ADDRESS", "c@example.com")]


class TestNeighboursStillFound:
    def test_address_next_to_a_key_value_prefix(self):
        text = "user=jane@example.com customer/department=shipping@example.org"
        assert found(text, "EMAIL_ADDRESS") == [
            ("EMAIL_ADDRESS", "jane@example.com"),
            ("EMAIL_ADDRESS", "customer/department=shipping@example.org"),
        ]

    def test_path_then_address(self):
        text = "/a/b/jane@example.com, ~joe/list@lists.example.org"
        assert found(text, "EMAIL_ADDRESS") == [
            ("EMAIL_ADDRESS", "jane@example.com"),
            ("EMAIL_ADDRESS", "~joe/list@lists.example.org"),
        ]

    def test_token_glued_to_an_address_before_is_not_read(self):
        # (an at sign before the token: the run is no token of its own)
        assert found("a@b.com/x=c@example.com", "EMAIL_ADDRESS") == [
            ("EMAIL_ADDRESS", "a@b.com"),
            ("EMAIL_ADDRESS", "c@example.com"),
        ]


class TestTokenRule:
    @pytest.mark.parametrize(
        ("token", "angle", "start"),
        [
            ("customer/department=shipping", False, 0),
            ("value=customer+x/department=shipping", False, 6),
            ("user=jane", False, -1),
            ("|a+b=c", False, 1),  # (the cell's mark stays out)
            ("|user=c", False, -1),
            ("user=jane", True, 0),
            ("C=US/emailAddress=jane", True, -1),
            ("a/b", False, -1),
            ("~a/b", False, 0),
            ("/a=b", False, -1),
            ("a//b=c", False, -1),
        ],
    )
    def test_start(self, token, angle, start):
        assert _atext_local(token, angle=angle) == start

"""Records a PHP framework serialises into a cookie, and addresses after a percent-escape (H44).

CodeIgniter keeps its session in a cookie as a PHP-serialised array, percent-encoded, with a
signature after it: the session id is the cookie's id; the client's address in it is an
address, its agent and times are neither; the record is no single id.
"""

from __future__ import annotations

import pytest

from privkit.detect import Scanner
from privkit.detect._builtin import CookieDetector
from privkit.detect._builtin._cookie_records import _php_record


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


def found(scanner: Scanner, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type.value, text[f.start : f.end]) for f in scanner.scan(text)]


SID = "6f34e666e71445c9d39d8d06a347a13f"
SIG = "975095f1c7acc727ec25d04e9f8d79a5"


def _php(fields: list[tuple[str, str]]) -> str:
    body = "".join(f's:{len(k)}:"{k}";' + (v if v[:2] in ("i:", "b:") else f's:{len(v)}:"{v}";')
                   for k, v in fields)  # fmt: skip
    return f"a:{len(fields)}:{{{body}}}"


def _encode(raw: str) -> str:
    from urllib.parse import quote_plus

    return quote_plus(raw, safe="")


SESSION = [
    ("session_id", SID),
    ("ip_address", "198.51.100.27"),
    ("user_agent", "Mozilla/4.0 (compatible; MSIE 5.5; Windows 98)"),
    ("last_activity", "i:1372917195;"),
]


class TestPhpRecord:
    def test_a_session_record_is_read_as_its_fields(self) -> None:
        decoded = _php_record(_encode(_php(SESSION)) + SIG)
        assert decoded is not None
        assert f'"session_id": "{SID}"' in decoded
        assert '"last_activity": "1372917195"' in decoded

    @pytest.mark.parametrize(
        "value",
        [
            'a:2:{s:1:"a";s:1:"b";}',  # fewer fields than it says
            'a:1:{s:5:"a";s:1:"b";}',  # a string shorter than its length
            'a:1:{s:1:"a";s:1:"b";}trailing',  # words after the record
            "abcdef0123456789",  # a value that merely starts with "a"
            "a:1:{" * 20 + "}" * 20,  # nested past any site's record
        ],
    )
    def test_what_is_not_one_whole_record_is_none(self, value: str) -> None:
        assert _php_record(value) is None

    def test_only_the_session_id_is_the_cookie_id(self) -> None:
        value = _encode(_php(SESSION)) + SIG
        assert [value[s:e] for s, e in CookieDetector._spans(value)] == [SID]

    def test_in_a_set_cookie_header_the_id_and_the_address_are_found(self, scanner) -> None:
        text = f"Set-Cookie: ci_session={_encode(_php(SESSION))}{SIG}; path=/"
        assert found(scanner, text) == [("COOKIE_ID", SID), ("IP_ADDRESS", "198.51.100.27")]

    def test_an_unencoded_record_with_a_user_id_gives_the_id(self, scanner) -> None:
        raw = _php([("user_id", "i:4616793;"), ("theme", "dark")])
        assert [raw[s:e] for s, e in CookieDetector._spans(raw)] == ["4616793"]

    def test_a_record_without_an_id_field_gives_nothing(self, scanner) -> None:
        text = "Cookie: prefs=" + _encode(_php([("theme", "dark"), ("lang", "en")]))
        assert found(scanner, text) == []


class TestAddressAfterEscape:
    @pytest.mark.parametrize(
        ("text", "address"),
        [
            ("Cookie: s=%22198.51.100.27%22", "198.51.100.27"),  # a quoted address, encoded
            ("GET /log?q=ip%3D10.20.30.40&x=1", "10.20.30.40"),  # an encoded key's "="
            ("forwarded: for%20203.0.113.9%20by", "203.0.113.9"),  # an encoded space
            ("GET /r?u=http%3A%2F%2F192.0.2.14%2Fadmin", "192.0.2.14"),  # a link's host
        ],
    )
    def test_an_address_after_an_escape_is_found(self, scanner, text, address) -> None:
        assert ("IP_ADDRESS", address) in found(scanner, text)

    @pytest.mark.parametrize(
        "text",
        [
            "GET /x?ua=Mozilla%2F5.0+Chrome%2F120.0.0.0+Safari%2F537.36",  # a product's version
            "GET /x?v=version%3D10.0.0.1",  # a version key, encoded
            "GET /x?f=pkg%2Dlib%2D1.2.3.4",  # a package's file name
            "GET /x?n=%22300.1.2.3%22",  # no address
            # a client hint's brand version, its quotes JSON-escaped, then percent-encoded
            "sec-ch-ua: %22Not)A%3BBrand%5C%22%3Bv%3D%5C%2299.0.0.0%5C%22",
            '{"sec-ch-ua": "\\"Not)A;Brand\\";v=\\"99.0.0.0\\""}',  # the same, JSON-escaped
        ],
    )
    def test_a_version_or_no_address_after_an_escape_is_not(self, scanner, text) -> None:
        assert "IP_ADDRESS" not in [e for e, _ in found(scanner, text)]


class TestTokenHeader:
    """A header line named for a token carries a credential (``Echo-Token: <t>``)."""

    @pytest.mark.parametrize(
        ("text", "token"),
        [
            ("GET https://x.test/a\nEcho-Token: CE490D00-F25A-4B73-3CAA-2D3A543EB043\n",
             "CE490D00-F25A-4B73-3CAA-2D3A543EB043"),
            ("X-Session-Token: 9b1deb4d3b7d4bad9bdd2b0d7b3dcb6d", "9b1deb4d3b7d4bad9bdd2b0d7b3dcb6d"),
            ("    x-amz-security-token: FwoGZXIvYXdzEJr//wEaDH7kx8Q=",
             "FwoGZXIvYXdzEJr//wEaDH7kx8Q="),
        ],
    )  # fmt: skip
    def test_a_token_header_value_is_a_credential(self, scanner, text, token) -> None:
        assert found(scanner, text) == [("AUTH_TOKEN", token)]

    @pytest.mark.parametrize(
        "text",
        [
            "X-CSRF-Token: 8f3a9b2c1d4e5f60718293a4b5c6d7e8",  # a form's guard, no credential
            "Echo-Token: echo-system-token",  # the credential's name in its place
            "Echo-Token: ****************",  # masked
            "the token: 9b1deb4d3b7d4bad9bdd2b0d7b3dcb6d",  # prose, not a header's name
        ],
    )
    def test_what_is_no_credential_is_not_reported(self, scanner, text) -> None:
        assert "AUTH_TOKEN" not in [e for e, _ in found(scanner, text)]

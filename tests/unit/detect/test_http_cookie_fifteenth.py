"""Routing cookies and unsigned tokens (issue 10, fifteenth HTTP set's development work).

A load balancer's cookie names the server that serves the browser, whatever its value looks
like: its name says so in words (a route, a backend, a pool, a balancer, a port), or its
value is F5's encoding of the pool member. A token in the JWT layout without a signature whose
parts decode to words and an empty claim set is a placeholder, not an id.
"""

from __future__ import annotations

import base64
import json

import pytest
from tests.unit.detect._patterns import cookie_values

from privkit.detect import Scanner
from privkit.detect._builtin._cookie_names import _name_words, _routing_name
from privkit.detect._builtin._cookie_records import _unsigned_setting


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


RANDOM = "02f0803383-3a83-4dtoV59Fta8KggV6yJ0bFdMH0dhmhWfBwOOstvfPrY4nVmg59Zhwl-yuZo36iJf0yCYP4"
HEX = "26484D0F5DA32D2D6AF64AA1C9DBBA16"


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


class TestRoutingNames:
    @pytest.mark.parametrize(
        "name",
        [
            "LTMD-COOKIE-LIBRARY-P80",  # an F5 LTM cookie named for its pool and port
            "web-pool-443",
            "APP-COOKIE-P443",  # a port marked as one
            "BackendRoute",
            "sticky_node",
            "ROUTEID",
            "app_lb",
            "upstream-server",
            "ApplicationGatewayAffinity",  # Azure Application Gateway's
        ],
    )
    def test_a_name_in_routing_words_holds_no_id(self, scanner, name) -> None:
        assert _routing_name(name, _name_words(name))
        assert cookie_values(scanner, f"Set-Cookie: {name}={RANDOM}; path=/; Secure") == []
        assert cookie_values(scanner, f"Cookie: {name}={HEX}; lang=en") == []

    @pytest.mark.parametrize(
        "name",
        [
            "server_session_id",  # an id word beside the routing word
            "JSessionId_9401",  # a session named with the server's port
            "node_uid",
            "lb_visitor",
            "PHPSESSID",
            "TRACKID",
            "prov",
            "start",
            "site_443_token",
            "KRTBCOOKIE_80",  # a partner's number, no port: PubMatic's partner ids
            "_ljtrtb_80",
        ],
    )
    def test_an_id_word_or_no_routing_word_keeps_the_id(self, scanner, name) -> None:
        assert not _routing_name(name, _name_words(name))
        assert cookie_values(scanner, f"Set-Cookie: {name}={HEX}; path=/") == [HEX]

    @pytest.mark.parametrize(
        "value",
        [
            "1677787402.36895.0000",
            "rd5o00000000000000000000ffffc0000201o80",
            "vi20010db8000000000000000000000001.8080",
        ],
    )
    def test_f5s_pool_member_encoding_is_no_id_under_any_name(self, scanner, value) -> None:
        assert cookie_values(scanner, f"Set-Cookie: website={value}; path=/") == []

    def test_near_f5_values_stay_ids(self, scanner) -> None:
        for value in (
            "1677787402.36895.0000a",
            "1677787402x.36895.0000",
            "rd5o" + "f" * 31 + "o80",  # 31 hex digits
            "rd5o9f3ac1d27e55b08c4a1f6d3e2b7c90a1o80x",
            "vi9f3ac1d27e55b08c4a1f6d3e2b7c90a1.8080.1",
        ):
            assert cookie_values(scanner, f"Set-Cookie: website={value}; path=/") == [value]


class TestUnsignedTokens:
    def test_a_header_and_an_empty_claim_set_are_no_id(self, scanner) -> None:
        value = (
            "IlsndHlwJyA9PiAnSldUJywgJ2FsZycgPT4gJ0hTMjU2J10i.e30="  # "['typ' => 'JWT', ...]".{}
        )
        assert _unsigned_setting(value)
        assert cookie_values(scanner, f"set-cookie: ALT_LOGIN={value}; path=/") == []
        jwt = b64(b'{"typ":"JWT","alg":"none"}') + "." + b64(b"{}") + "."
        assert cookie_values(scanner, f"Cookie: login={jwt}") == []

    @pytest.mark.parametrize(
        "claims",
        [
            {"sub": "1234567890"},  # a user number
            {"session_id": "c0ffee"},  # an id-named claim
            {"nonce": "Xk9fQ2pLmZ7w"},  # a random run
        ],
    )
    def test_claims_with_an_id_stay_an_id(self, scanner, claims) -> None:
        value = b64(b'{"typ":"JWT","alg":"none"}') + "." + b64(json.dumps(claims).encode())
        assert not _unsigned_setting(value)
        assert cookie_values(scanner, f"Cookie: login={value}") == [value]

    @pytest.mark.parametrize("tail", [b"\x8f", b"\xff\xfe", b"\xc3\xa9"])
    def test_a_part_with_a_byte_past_ascii_stays_an_id(self, scanner, tail) -> None:
        # A few bytes that are no text pass the readable-words test; one past ASCII made
        # the part's decoding raise (a fuzz run of mutated development texts found it).
        value = b64(b'{"typ":"JWT","alg":"none"}' + tail) + "." + b64(b"{}")
        assert not _unsigned_setting(value)
        assert cookie_values(scanner, f"Cookie: prefs={value}") == [value]

    def test_a_signed_token_stays_an_id(self, scanner) -> None:
        value = b64(b'{"typ":"JWT","alg":"HS256"}') + "." + b64(b"{}") + ".c2lnbmF0dXJlX3JhbmRvbQ"
        assert not _unsigned_setting(value)
        assert cookie_values(scanner, f"Cookie: login={value}") == [value]

"""Cookie values of sites' first responses (issue 10, helper H176, the thirty-sixth HTTP set).

Three classes found on that set's development part: a TLS cipher suite's name a CDN echoes
in a cookie is a setting; a preference record written by .NET's ``UrlTokenEncode`` (base64url
without its padding, the padding's count as a last digit) is judged decoded, as other base64
records are; an owner's id glued to a word before it in a one-case name (``domainuserid``)
names an id even beside a routing word (``srv_``).
"""

from __future__ import annotations

import pytest
from tests.unit.detect._patterns import SCANNER, cookie_values, request_cookie, set_cookie

# JSON records written by .NET's UrlTokenEncode (values written for these tests)
SETTINGS_PAD2 = (
    "eyJIb21lIjp7IlRpbGVzIjpbXSwiUmVnaW9uIjp7Ik1hcmtldCI6ImZyLWZyIiwiUHJvbXB0IjpmYWxzZX19LCJW"
    "ZXJzaW9uIjozfQ2"
)  # {"Home":{"Tiles":[],"Region":{"Market":"fr-fr","Prompt":false}},"Version":3}
SETTINGS_PAD1 = "eyJIb21lIjp7IlJlZ2lvbiI6eyJNYXJrZXQiOiJkZS1kZSJ9fSwiVmVyIjoxMn01"
ID_RECORD = "eyJ2aXNpdG9ySWQiOiI4ZjJjMWU5YTdiNmQ0YzNlIiwiUmVnaW9uIjoiZnIifQ2"  # visitorId
HEX40 = "5e0d2c9a41b7f3e8d6c5b4a3928170f6e5d4c3b2"


class TestCipherSuite:
    @pytest.mark.parametrize(
        "value",
        [
            "ECDHE-RSA-AES256-GCM-SHA384",
            "TLS_AES_128_GCM_SHA256",
            "TLS_CHACHA20_POLY1305_SHA256",
            "ECDHE-ECDSA-CHACHA20-POLY1305",
            "DHE-RSA-AES128-SHA",
        ],
    )
    def test_a_cipher_suites_name_is_no_id(self, value) -> None:
        assert cookie_values(SCANNER, set_cookie("edge_tls_cipher", value)) == []

    @pytest.mark.parametrize(
        "value",
        [
            "ECDHE-RSA-Q7fK2mXc9LpR4tZw8N",  # a random part among the words
            "AES-TOKEN-9b1f7c2e5d8a4f63b0e1",
        ],
    )
    def test_other_words_keep_the_value_judged(self, value) -> None:
        assert cookie_values(SCANNER, set_cookie("edge_session", value)) == [value]


class TestUrlTokenEncoded:
    @pytest.mark.parametrize("value", [SETTINGS_PAD2, SETTINGS_PAD1])
    def test_a_record_of_settings_is_no_id(self, value) -> None:
        assert cookie_values(SCANNER, set_cookie("SitePrefs", value)) == []
        assert cookie_values(SCANNER, request_cookie("SitePrefs", value)) == []

    def test_a_record_naming_an_id_stays(self) -> None:
        assert cookie_values(SCANNER, set_cookie("SitePrefs", ID_RECORD)) == [ID_RECORD]

    def test_an_opaque_value_of_that_length_stays(self) -> None:
        value = "Zq8Xv3Kp0Lm7Nw2Rt5Ys9Bc4Hd6Jf1Gx0"  # 33 characters ending in 0: not a record
        assert cookie_values(SCANNER, set_cookie("visit", value)) == [value]


class TestGluedOwnerId:
    @pytest.mark.parametrize("name", ["srv_domainuserid", "node_networkuserid", "lb_fbclientid"])
    def test_a_glued_owner_id_beside_a_routing_word_is_an_id(self, name) -> None:
        assert cookie_values(SCANNER, set_cookie(name, HEX40)) == [HEX40]

    @pytest.mark.parametrize("name", ["srv_id", "backend_serverid", "route_nodeid"])
    def test_a_routing_words_own_id_stays_a_server_name(self, name) -> None:
        assert cookie_values(SCANNER, set_cookie(name, "web-07")) == []

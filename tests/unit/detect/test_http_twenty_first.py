"""Signed settings, signatures, routing names and software versions in HTTP headers (issue 10,
twenty-first HTTP set's development work: an embed library's cached responses of many sites).

A signed token whose claims hold no identifier (a paywall's meter) is a setting; a digest
field after the id it signs (``u=<uuid>&h=<digest>``, percent-encoded) is reported with that
id, as one finding; a cookie named for a routing word glued to "id" (``BACKENDID``) names a
server; a quad after a product token in a header that names software (``Server:
openresty/1.13.6.2``) is the software's version. Tokens with a subject or a random value,
identifiers of the same shapes, and addresses in other headers are still reported.
"""

from __future__ import annotations

import base64
import json
import random
import string
import uuid

import pytest
from tests.unit.detect._patterns import cookie_values

from privkit.detect import Scanner


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


def _b64(obj: object) -> str:
    raw = json.dumps(obj, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _jwt(claims: object, header: object | None = None, seed: int = 0) -> str:
    rng = random.Random(seed)
    sig = base64.urlsafe_b64encode(rng.randbytes(32)).decode().rstrip("=")
    head = {"alg": "HS256", "typ": "JWT"} if header is None else header
    return f"{_b64(head)}.{_b64(claims)}.{sig}"


def _ips(scanner: Scanner, text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in scanner.scan(text) if f.entity_type.value == "IP_ADDRESS"
    ]


class TestSignedSetting:
    @pytest.mark.parametrize(
        "claims",
        [
            {"urls": [], "cnt": 0, "max": 4, "exp": 202002},  # a paywall's meter
            {"consent": True, "purposes": ["ads", "analytics"], "v": 2},
            {"theme": "dark", "lang": "en"},
        ],
    )
    def test_a_signed_token_of_settings_is_no_identifier(
        self, scanner: Scanner, claims: dict[str, object]
    ) -> None:
        value = _jwt(claims, {"alg": "HS256", "typ": "JWT", "ver": 1})
        assert cookie_values(scanner, f"Set-Cookie: pay_ent_smp={value}; path=/") == []

    @pytest.mark.parametrize(
        "claims",
        [
            {"sub": "1234567", "exp": 1617726121},  # a subject
            # an issue or expiry time to the second: one issuance's ticket
            {"consent": True, "iat": 1617722521},
            {"exp": 1723921544, "iat": 1723662284, "plt": -1},
            {"jti": "a8f3k2m9x7q1w4e6", "exp": 1617726121},  # the token's own id
            {"user_id": 42},  # an id-named claim
            {"cnt": 3, "n": "Zx8Qk2LmP0aWv7Rt"},  # a random value
            {"cnt": 3, "seq": 73912645018},  # a long number under no time key
            {"data": {"visitorId": "a1b2c3d4e5f6"}},  # nested
        ],
    )
    def test_a_signed_token_with_an_identity_is_reported(
        self, scanner: Scanner, claims: dict[str, object]
    ) -> None:
        value = _jwt(claims)
        assert cookie_values(scanner, f"Set-Cookie: s={value}; path=/") == [value]

    def test_a_token_whose_header_does_not_decode_is_reported(self, scanner: Scanner) -> None:
        rng = random.Random(7)
        head = "eyJ" + "".join(rng.choice(string.ascii_letters) for _ in range(40))
        sig = base64.urlsafe_b64encode(rng.randbytes(24)).decode()
        value = f"{head}.{_b64({'cnt': 1})}.{sig}"
        assert cookie_values(scanner, f"Set-Cookie: s={value}; path=/") == [value]

    def test_a_header_without_an_algorithm_is_no_signed_setting(self, scanner: Scanner) -> None:
        value = _jwt({"cnt": 0}, {"typ": "JWT", "uid": "a8f3k2m9x7q1w4e6"})
        assert cookie_values(scanner, f"Set-Cookie: s={value}; path=/") == [value]


class TestSignatureAfterAnId:
    def test_a_digest_after_an_encoded_id_is_reported_with_it(self, scanner: Scanner) -> None:
        rng = random.Random(1)
        uid = str(uuid.UUID(int=rng.getrandbits(128)))
        digest = base64.b64encode(rng.randbytes(32)).decode().replace("+", "%2B")
        digest = digest.replace("/", "%2F").replace("=", "%3D")
        value = f"u%3D{uid}%26h%3D{digest}"
        assert cookie_values(scanner, f"Set-Cookie: scribd_ubtc={value}; path=/") == [
            f"{uid}%26h%3D{digest}"
        ]

    def test_settings_after_an_encoded_id_stay_out(self, scanner: Scanner) -> None:
        uid = str(uuid.UUID(int=random.Random(2).getrandbits(128)))
        value = f"u%3D{uid}%26lang%3Den-US"
        assert cookie_values(scanner, f"Set-Cookie: pref={value}; path=/") == [uid]

    def test_a_digest_field_alone_is_still_judged_as_a_value(self, scanner: Scanner) -> None:
        digest = base64.b64encode(random.Random(3).randbytes(24)).decode()
        digest = digest.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
        value = f"lang%3Den%26h%3D{digest}"
        assert cookie_values(scanner, f"Set-Cookie: pref={value}; path=/") == [digest]


class TestRoutingNameGluedToId:
    @pytest.mark.parametrize(
        ("name", "value"),
        [
            ("BACKENDID", "bender19-6"),
            ("BACKENDID3", "flexocentral-q910-4"),
            ("ROUTEID", ".node7x2k"),
            ("upstreamid", "web-eu-3k9a"),
        ],
    )
    def test_a_routing_word_glued_to_id_names_a_server(
        self, scanner: Scanner, name: str, value: str
    ) -> None:
        assert cookie_values(scanner, f"Set-Cookie: {name}={value}; path=/") == []

    @pytest.mark.parametrize("name", ["BACKENDSESSIONID", "backend_session_id", "SERVERTOKEN"])
    def test_a_name_that_also_names_an_id_keeps_its_id(self, scanner: Scanner, name: str) -> None:
        rng = random.Random(4)
        value = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(26))
        assert cookie_values(scanner, f"Set-Cookie: {name}={value}; path=/") == [value]


class TestSoftwareVersionInHeaders:
    @pytest.mark.parametrize(
        "text",
        [
            "HTTP/1.1 200 OK\nserver: openresty/1.13.6.2\ndate: Sun, 23 Feb 2020 00:01:17 GMT",
            "Server: nginx/1.21.6.1",
            "x-powered-by: PHP/5.6.40.1",
            "via: 1.1 varnish/6.0.0.1, 1.1 squid/3.5.27.1",
            '{"Server": "nginx/1.2.3.4", "Date": "x"}',
            "Server: Apache/2.4.41 (Ubuntu) mod_wsgi/4.6.8.1",
        ],
    )
    def test_a_product_version_is_no_address(self, scanner: Scanner, text: str) -> None:
        assert _ips(scanner, text) == []

    @pytest.mark.parametrize(
        ("text", "address"),
        [
            ("HTTP/1.1 200 OK\nserver: openresty/1.13.6.2\nx-real-ip: 203.0.113.9", "203.0.113.9"),
            ("x-forwarded-for: 198.51.100.23", "198.51.100.23"),
            ("GET /ip/10.1.2.3 HTTP/1.1", "10.1.2.3"),
            ("connect to server: backend/10.0.0.5 failed", "10.0.0.5"),
            ("x-served-by: cache/192.0.2.44", "192.0.2.44"),
        ],
    )
    def test_addresses_elsewhere_are_still_reported(
        self, scanner: Scanner, text: str, address: str
    ) -> None:
        assert _ips(scanner, text) == [address]

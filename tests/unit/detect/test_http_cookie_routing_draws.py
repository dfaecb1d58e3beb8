"""A routing cookie's value that is a browser's random draw (H224).

The Open Cookie Database files SurveyMonkey's ``ep201`` as a load balancer's cookie, and
privkit's name table reads it so; but its value is twenty random bytes in base64, a fresh one
per response (two different ones in one response): far more than a balancer needs to name a
server of its pool. A documented routing name keeps holding no id for a server's short
value, hex, a word, a number; privkit's own routing rules are untouched.
"""

from __future__ import annotations

import pytest
from tests.unit.detect._patterns import found

SID = "f3K9xQ2mZ7pL4vR8tW1yB6nC"


def cookies(text: str) -> list[str]:
    return [v for _, v in found(text, "COOKIE_ID")]


@pytest.mark.parametrize(
    "value",
    ["72qI6/thSBRXcYCkeSFGprHKYNY=", "lVyxLMzTRkJE2XFE0SonAM92+Tk=",
     "W14owsOyAdXuiKXNfa1FiiOZioM=", "Kq2mZ7pL4vR8tW1yB6nCx9Jd3Hs0aQ",
     "q_2mZ7pL4vR8tW1yB6nC-9Jd3Hs0aQe5Ut"],
)  # fmt: skip
def test_a_random_draw_under_a_documented_routing_name_is_an_id(value: str) -> None:
    assert cookies(f'set-cookie: ep201="{value}"; Domain=.example.com; Path=/') == [value]
    assert cookies(f"Set-Cookie: ep201={value}; Path=/; Secure") == [value]
    assert cookies(f"Cookie: theme=dark; ep201={value}") == [value]


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("ep201", "web-04"),  # a server's name
        ("ep201", "srv12"),
        ("ep201", "1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b"),  # hex: a server name's digest
        ("x-ms-gateway-slice", "estsfd"),  # Azure's slice names
        ("x-ms-gateway-slice", "prod-scus3"),
        ("AlteonP", "ARoFqWZBBAqo3EHqHLDe5g$$"),  # 16 bytes and marks: a balancer's server
        ("ep201", "abcdefghijklmnopqrstuvwxyzabcdef"),  # one case, no digit: not a draw
        ("ep201", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123"),  # no lower-case letter
        ("ep201", "Q2mZ7pL4vR8tW1yB6n"),  # under twenty bytes
    ],
)
def test_a_routing_value_that_names_a_server_stays_unfound(name: str, value: str) -> None:
    assert cookies(f"Set-Cookie: {name}={value}; Path=/") == []
    assert cookies(f"Cookie: {name}={value}; uid={SID}") == [SID]


def test_privkit_routing_names_are_untouched() -> None:
    # a name privkit's own rules read as routing keeps no id, whatever its value
    value = "72qI6/thSBRXcYCkeSFGprHKYNY="
    assert cookies(f"Set-Cookie: SERVERID={value}; Path=/") == []
    assert cookies(f"Set-Cookie: backend_server={value}; Path=/") == []


def test_an_id_beside_a_routing_draw_is_still_found() -> None:
    value = "72qI6/thSBRXcYCkeSFGprHKYNY="
    assert cookies(f'Cookie: ep201="{value}"; uid={SID}; x-ms-gateway-slice=estsfd') == [
        value,
        SID,
    ]

"""Hostile inputs for H161's rules: quoted cookie pairs and typed stand-ins.

Quotes of earlier pairs' values (``a="1"; t="...``) keep a later token-named cookie a cookie
(reported as ``COOKIE_ID``), but a quote that closes a JSON string before a token key still
takes the key out of the header (a credential, ``AUTH_TOKEN``). The typed digits
``1234567890`` make a value a stand-in only inside the value: in the cookie's name, in a
neighbouring pair, or as the digits alone they spare nothing. Long headers of quoted pairs
cost linear time.
"""

from __future__ import annotations

import pytest
from tests.adversarial._linear import grows_linearly
from tests.unit.detect._patterns import cookie_values, set_cookie

from privkit.detect import Scanner


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


SID = "6f34e666e71445c9d39d8d06a347a13f9Qx"


def _types_at(scanner: Scanner, text: str, value: str) -> set[str]:
    at = text.index(value)
    return {
        f.entity_type.value for f in scanner.scan(text) if f.start < at + len(value) and at < f.end
    }


@pytest.mark.parametrize(
    "text",
    [
        f'{{"headers": {{"cookie": "a=\\"1\\"", "auth_token": "{SID}"}}}}',
        f'{{"cookie": "a=1", "x": "y", "access_token": "{SID}"}}',
        f"cookie_name: a\nauth_token={SID}\n",
    ],
)
def test_token_key_outside_a_cookie_header_stays_a_credential(scanner, text) -> None:
    assert "AUTH_TOKEN" in _types_at(scanner, text, SID)


@pytest.mark.parametrize(
    "name", ["sess_1234567890", "1234567890_token", "X-APPLE-WEBAUTH-1234567890"]
)
def test_digits_in_the_name_spare_no_value(scanner, name) -> None:
    assert cookie_values(scanner, set_cookie(name, SID)) == [SID]


def test_stand_in_beside_an_id_spares_only_itself(scanner) -> None:
    text = f'Cookie: a="pcs-1234567890="; sessionid="{SID}"; b="tok-1234567890~"\n'
    assert cookie_values(scanner, text) == [SID]


@pytest.mark.parametrize("value", ["1234567890", "12345678901234567890"])
def test_digits_alone_judged_as_before(scanner, value) -> None:
    # a number under a session name: the stand-in rule takes no part (the digits alone)
    assert cookie_values(scanner, set_cookie("sessionid", value)) == cookie_values(
        Scanner(), set_cookie("sessionid", value)
    )


def test_many_quoted_pairs_every_token_reported(scanner) -> None:
    pairs = "; ".join(f'X-T{i}-TOKEN="v=2:t={SID}{i:04d}"' for i in range(40))
    text = f"GET / HTTP/1.1\nCookie: {pairs}\n"
    found = cookie_values(scanner, text)
    assert len(found) == 40
    assert all("AUTH_TOKEN" not in _types_at(scanner, text, f"{SID}{i:04d}") for i in (0, 39))


def test_quoted_pairs_linear(scanner) -> None:
    def make(n: int) -> str:
        return "Cookie: " + "; ".join(f'c{i}="v"; web_token="{SID}"' for i in range(n // 40)) + "\n"

    grows_linearly(make, scanner.scan)


def test_stand_ins_linear(scanner) -> None:
    def make(n: int) -> str:
        return "Cookie: " + "; ".join(f"sessionid=x-1234567890-{i}" for i in range(n // 25)) + "\n"

    grows_linearly(make, scanner.scan)

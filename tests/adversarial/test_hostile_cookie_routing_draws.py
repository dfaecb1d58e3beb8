"""Hostile input for H224's rules: base64 runs under a documented routing name, times
with drawn numbers and base64 records of base64 fields cost linear time; an id beside them is
still reported."""

from __future__ import annotations

import pytest
from tests.adversarial._linear import grows_linearly
from tests.unit.detect._patterns import cookie_values

from privkit.detect import Scanner

SID = "f3K9xQ2mZ7pL4vR8tW1yB6nC"


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


@pytest.mark.parametrize("value", ["Ab1+" * 200, "=" * 300, "A" * 600 + "==", "aB3/" * 7])
def test_an_id_beside_a_routing_value_is_still_reported(scanner, value) -> None:
    assert SID in cookie_values(scanner, f'Cookie: ep201="{value}"; uid={SID}')


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "Cookie: " + "; ".join(f"ep201=Kq2mZ7pL4vR8tW1yB6nC{i:06d}x" for i in range(n)),
        lambda n: f'Set-Cookie: ep201="{"Ab1+" * n}"; path=/',
        lambda n: f"Set-Cookie: ep201={'A1b' * n}{'=' * n}; path=/",
        lambda n: "Cookie: " + "; ".join(f"x-ms-gateway-slice={'aB3' * 9}" for _ in range(n)),
    ],
    ids=["many-draws", "long-draw", "long-padding", "many-slices"],
)
def test_the_rule_stays_linear(scanner, make) -> None:
    grows_linearly(make, scanner.scan)


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "Cookie: " + "; ".join(f"nicosid=16282{i:05d}.2144286437" for i in range(n)),
        lambda n: f"Set-Cookie: nicosid=1628299959.{'2' * n}; path=/",
        lambda n: f"Set-Cookie: nicosid={'1628299959.' * n}2144286437; path=/",
    ],
    ids=["many-time-draws", "long-draw-digits", "many-dotted-times"],
)
def test_the_time_draw_rule_stays_linear(scanner, make) -> None:
    grows_linearly(make, scanner.scan)


def _b64(raw: bytes) -> str:
    import base64

    return base64.b64encode(raw).decode()


@pytest.mark.parametrize(
    "make",
    [
        lambda n: f"Set-Cookie: sess={_b64(b'&'.join([b'Ab1+'] * n))}; path=/",
        lambda n: f"Set-Cookie: sess={_b64(b'Mg==&' + b'aB3x' * n)}; path=/",
        lambda n: f"Set-Cookie: sess={_b64(b'--'.join([b'aB3xQ9z/' * 8] * n))}; path=/",
        lambda n: "Cookie: " + "; ".join(f"s{i}={_b64(b'Mg==&' + b'aB3x' * 9)}" for i in range(n)),
    ],
    ids=["many-fields", "long-field", "many-long-fields", "many-records"],
)
def test_the_encoded_fields_rule_stays_linear(scanner, make) -> None:
    grows_linearly(make, scanner.scan)

"""Hostile input for H229's cookie rules: ";"-joined queries, a time and a random draw, and
ids echoed in base64, many and long, cost linear time; a random id beside them is still
reported."""

from __future__ import annotations

import base64

import pytest
from tests.adversarial._linear import grows_linearly
from tests.unit.detect._patterns import cookie_values

from privkit.detect import Scanner

SID = "f3K9xQ2mZ7pL4vR8tW1yB6nC"
AASP = "C4F8DBD63FDA6E707EC04DC8C5C54A51D10CB5E6FC501A8D548184356ABC257C11D8F15CDC21D89A"
TOKEN = base64.b64encode(b"\x00" + AASP.encode() + b"|1").decode()


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


@pytest.mark.parametrize(
    "prefix",
    ["GET /m?" + ";".join(f"k{i}=v{i:08d}" for i in range(200)) + " HTTP/1.1\n",
     "Set-Cookie: XSRF-TOKEN=1697313924|" + "aB" * 200 + "\n",
     f"Set-Cookie: aasp={AASP}\n" + "".join(f"scnt: {TOKEN}\n" for _ in range(50))],
)  # fmt: skip
def test_an_id_beside_the_rules_is_still_reported(scanner, prefix) -> None:
    assert SID in cookie_values(scanner, f"{prefix}Cookie: sid={SID}")


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "GET /m?a=1;" + ";".join(f"userid=Ab{i:010d}x" for i in range(n)) + " HTTP/1.1",
        lambda n: ";".join(f"userid=Ab{i:010d}x" for i in range(n)),  # no "?": each key looks back
        lambda n: "GET /m?" + "a" * 2000 + "".join(f";userid=Ab{i:010d}x" for i in range(n)),
        lambda n: f"GET /m?a=1;userid={'Ab1' * n} HTTP/1.1",
        lambda n: "Cookie: " + "; ".join(f"XSRF-TOKEN{i}=1697313924|opmme{i:06d}NFFGFlx" for i in range(n)),
        lambda n: f"Set-Cookie: XSRF-TOKEN=1697313924|{'aB' * n}; path=/",
        lambda n: "Set-Cookie: s=1697313924|x\n" + "X-Id: 1697313924.1\n" * n,
        lambda n: f"Set-Cookie: aasp={AASP}\n" + "".join(f"scnt: {TOKEN}\n" for _ in range(n)),
        lambda n: f"Set-Cookie: aasp={AASP}\nscnt: " + "A" * (8 * n) + TOKEN,
        lambda n: f"Set-Cookie: aasp={AASP}\nscnt: " + TOKEN.replace("=", "") * n,
        lambda n: "Cookie: " + "; ".join(f"u{i}=Q{i:019d}zZ" for i in range(n)) + "\nx: " + "QUFB" * n,
        lambda n: "GET /sync?" + "&".join(f"x{i}=Ab{i:06d}.Cd{i:06d}" for i in range(n)),
        lambda n: f"GET /sync?x={'Ab12Cd34.' * n}Ef56 HTTP/1.1",
        lambda n: f"GET /sync?x={'a1' * n}.{'b2' * n} HTTP/1.1",
        lambda n: ":authority: www.example.com\n:path: /x?" + "&".join(f"k{i}=Ab{i:010d}x" for i in range(n)),
        lambda n: "".join(f":authority: s{i}.example.com\n:path: /x?k=Ab{i:010d}x\n" for i in range(n)),
        lambda n: ":authority: sync.example.com\n" + "\n" * n + ":path: /x?" + "&k=Ab1234567890x" * n,
        lambda n: ":path: /x?k=Ab1234567890x\n" + ":authority: a\n" * n,
        lambda n: "Cookie: s=" + base64.b64encode(b"{" + b",".join(b'"a%dcsrfx":"v"' % i for i in range(n)) + b"}").decode(),
        lambda n: "Cookie: s=%7B%22" + "c" * n + "srf%22%3A%22Ab12Cd34Ef56%22%7D",
    ],
    ids=["many-semicolon-pairs", "semicolon-pairs-no-query", "far-query-mark", "long-semicolon-value",
         "many-stamped", "long-draw", "many-time-heads", "many-encoded-echoes", "long-base64-run",
         "repeated-tokens", "many-ids-and-base64", "many-dotted", "long-dotted-chain",
         "long-dotted-pieces", "pseudo-many-keys", "pseudo-many-blocks", "pseudo-far-authority",
         "pseudo-many-authorities", "many-csrf-like-keys", "long-csrf-key"],
)  # fmt: skip
def test_the_rules_stay_linear(scanner, make) -> None:
    grows_linearly(make, scanner.scan)

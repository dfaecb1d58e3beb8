"""Hostile input for the cookie value shapes that name no browser (helper H135): routing
values, backend names, hash-and-counts records and underscore-padded base64, many and long,
cost linear time; a random id beside them is still reported."""

from __future__ import annotations

import pytest
from tests.adversarial._linear import grows_linearly
from tests.unit.detect._patterns import cookie_values

from privkit.detect import Scanner

SID = "f3K9xQ2mZ7pL4vR8tW1yB6nC"


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


@pytest.mark.parametrize(
    "value",
    [
        "ffffffff090a8e0845525d5f4f58455e445a4a42",
        "flexocentral-q910-4",
        "255837392.1.10.1568465140",
        "ZXhjbHVkZWQ_",
    ],
)
def test_an_id_beside_a_shape_is_still_reported(scanner, value) -> None:
    assert cookie_values(scanner, f"Cookie: lb={value}; sid={SID}") == [SID]


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "Cookie: " + "; ".join(f"n{i}=ffffffff{i:032x}" for i in range(n)),
        lambda n: (
            "Cookie: " + "; ".join(f"b{i}=backend{i % 90}-x{i % 7}-{i % 9}" for i in range(n))
        ),
        lambda n: "Cookie: " + "; ".join(f"h{i}=2558{i:05d}.1.10.1568465140" for i in range(n)),
        lambda n: "Cookie: " + "; ".join(f"w{i}=ZXhjbHVkZWQ_" for i in range(n)),
        lambda n: f"Set-Cookie: x={'f' * n}-1; path=/",
        lambda n: f"Set-Cookie: x={'1.' * n}1568465140; path=/",
        lambda n: f"Set-Cookie: x={'A' * (4 * n)}__; path=/",
    ],
    ids=[
        "netscaler",
        "backends",
        "hash-counts",
        "padded",
        "long-name-dash",
        "long-dots",
        "long-b64",
    ],
)
def test_the_shapes_stay_linear(scanner, make) -> None:
    grows_linearly(make, scanner.scan)

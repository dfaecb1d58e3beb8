"""Hostile inputs for H166's rules: signature, setting-named, quoted-word and time cookies.

The rules spare a value only by its own cookie's name or its own shape: an id cookie beside a
``.sig`` or setting-named cookie is still reported, a name that hides a setting word inside
another word or names an id keeps its value, and a base64 value longer than a time's four
bytes is never read as a time. Long headers of such pairs cost linear time.
"""

from __future__ import annotations

import random
import string

import pytest
from tests.adversarial._linear import grows_linearly
from tests.unit.detect._patterns import cookie_values

from privkit.detect import Scanner


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


RNG = random.Random(1660)
SID = "".join(RNG.choice(string.ascii_letters + string.digits) for _ in range(32))


@pytest.mark.parametrize(
    "neighbour",
    ["x.sig=Zq8sdfh3kj2h4kjhQ0aZ", "site_theme=BE_20160301_10", "ns=%22dark-mode%22",
     "wousq=|_1496444397", "rec=a&g=Z7HctQ"],
)  # fmt: skip
def test_an_id_beside_a_spared_cookie_is_reported(scanner, neighbour) -> None:
    text = f"GET / HTTP/1.1\nCookie: {neighbour}; sessionid={SID}; {neighbour}\n"
    assert cookie_values(scanner, text) == [SID]


@pytest.mark.parametrize(
    "name",
    ["sig", "sigma", "theme_uid", "lang_session", "timezone_visitor_id", "mapsid", "basemap_token",
     "user_lang_uid", "sig_session"],
)  # fmt: skip
def test_names_that_name_an_id_keep_it(scanner, name) -> None:
    text = f"GET / HTTP/1.1\nCookie: {name}={SID}\n"
    assert cookie_values(scanner, text) == [SID]


@pytest.mark.parametrize("value", [f"%22{SID}%22", f"_{SID}", "Z7HctQZ7HctQ", "Z7HctQ8fK2"])
def test_id_shapes_near_a_spared_shape_are_reported(scanner, value) -> None:
    text = f"GET / HTTP/1.1\nCookie: visitor_id={value}\n"
    assert cookie_values(scanner, text) == [value]


def test_long_headers_cost_linear_time(scanner) -> None:
    def make(n: int) -> str:
        pairs = "; ".join(
            f"p{i}.sig=Zq8sdf{i:06d}; m{i}.map=BE_2016_{i}; q{i}=%22a-b-{i}%22; t{i}=|_1496444397"
            for i in range(n // 4)
        )
        return f"GET / HTTP/1.1\nCookie: {pairs}\n"

    grows_linearly(make, scanner.scan)

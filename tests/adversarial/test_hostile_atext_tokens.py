"""Hostile inputs for local parts holding "=" or "/" (H230): linear time.

From each at sign whose plain local part follows an ``atext`` break, ``_atext_start`` walks
back over at most 64 characters of one token and checks that token (at most 64 characters)
with a few fixed scans: the cost per at sign is bounded, however the text repeats.
"""

from __future__ import annotations

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner


@pytest.fixture(scope="module")
def patterns() -> Scanner:
    return Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "a=b@c.co " * (4 * n),  # many key=value addresses
        lambda n: "a/b=c@d.co " * (3 * n),  # many tokens read whole
        lambda n: "=" * (30 * n) + "a@example.com",  # one long run of breaks
        lambda n: "a=" * (15 * n) + "b@example.com",  # a long run of key=value parts
        lambda n: "x/" * (15 * n) + "y=z@example.com",  # a long path, once
        lambda n: ("a=" * 40 + "b@c.co ") * n,  # many runs at the walk's reach
        lambda n: "=@a.co/" * (4 * n),  # breaks glued to at signs
        lambda n: "<k=v@a.co>" * (3 * n),  # many angle-addrs
        lambda n: ("~a/" * 30 + "b@c.co ") * n,  # list-like paths at the reach
        lambda n: "?k=1&e=a@b.co " * (2 * n),  # many query pairs
    ],
    ids=["kv-many", "token-many", "breaks", "kv-run", "path", "reach", "glued", "angle",
         "tilde", "query"],
)  # fmt: skip
def test_atext_tokens_stay_linear(patterns, make) -> None:
    grows_linearly(make, patterns.scan)


def test_token_found_in_hostile_company(patterns) -> None:
    text = "a=b@c.co " * 300 + "customer/department=shipping@example.com"
    values = [text[f.start : f.end] for f in patterns.scan(text)]
    assert "customer/department=shipping@example.com" in values

"""Hostile inputs for quoted local parts and special local parts (H219): linear time.

A quoted local part with escapes is the classic catastrophic-backtracking trap. Here the
opening quote is found by one bounded walk back from each ``"@`` (``_quote_opening``: each
character within 130 read once), and the local part is checked by an atomic group whose two
alternatives start with different characters. A special local part is walked back over at most
64 characters from each at sign.
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
        lambda n: '\\"@a.co' * (4 * n),  # escaped quotes, each a closing candidate
        lambda n: '"' + '\\"' * (20 * n) + '"@example.com',  # one run of escaped quotes
        lambda n: ("\\" * 40 + '"@a.co ') * n,  # long backslash runs before each quote
        lambda n: '"a\\"b\\"c"@x.co ' * (2 * n),  # many valid quoted addresses
        lambda n: ('"' + '\\"' * 30 + '"@a.co ') * n,  # many long runs of escaped quotes
        lambda n: '"' + "a" * (30 * n) + '"@example.com',  # too long, once
        lambda n: '"x"@[' + "1." * (10 * n),  # an address literal without an end
        lambda n: '"j"@[192.0.2.1] ' * (2 * n),  # many literals
        lambda n: "{|}~!" * (6 * n) + "@example.com",  # a long special run
        lambda n: "a!@b.co " * (4 * n),  # many special addresses
        lambda n: "$&?*'" * (6 * n) + "@example.com",  # extra signs without a special
    ],
    ids=["escaped", "run", "backslashes", "valid", "runs", "long", "literal-open", "literals",
         "specials", "special-many", "extras"],
)  # fmt: skip
def test_quoted_and_special_locals_stay_linear(patterns, make) -> None:
    grows_linearly(make, patterns.scan)


def test_quoted_address_found_in_hostile_company(patterns) -> None:
    text = '\\"@a.co ' * 200 + '"jo\\"hn"@example.com'
    values = [text[f.start : f.end] for f in patterns.scan(text)]
    assert '"jo\\"hn"@example.com' in values


@pytest.mark.parametrize(
    "make",
    [
        lambda n: '\\"a\\"@a.co ' * (2 * n),  # many escaped quoted addresses (H225)
        lambda n: '"' + '\\\\\\"' * (20 * n) + '\\"@example.com',  # a run of inner escapes
        lambda n: ('\\"' + "\\\\\\\\" * 60 + '\\"@a.co ') * n,  # long escaped backslash runs
        lambda n: '\\"@a.co' * (4 * n),  # escaped closing quotes only
        lambda n: ('{"x": "' + '\\\\\\"' * 80 + '\\"@a.co"} ') * n,  # at the reach's end
    ],
    ids=["escaped-many", "escaped-run", "escaped-backslashes", "escaped-closings", "reach"],
)
def test_escaped_quoted_locals_stay_linear(patterns, make) -> None:
    grows_linearly(make, patterns.scan)

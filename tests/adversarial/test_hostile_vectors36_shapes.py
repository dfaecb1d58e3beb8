"""Hostile inputs for the thirty-sixth vector set's rules: short IPv6 forms of hex letters
(``f::1``, ``fc::``, ``::a``) and the IPv4 tail after a colon run holding a ``::``.

The letter-only check reads the value alone and the bounded look before it (an address word
within 24 characters); the tail check reads at most 30 characters before each quad. Long runs
of colons, hex letters and quads must cost linear time.
"""

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import PATTERN_ENTITIES, Scanner

PATTERNS = Scanner(entities=PATTERN_ENTITIES)


@pytest.mark.parametrize(
    "build",
    [
        lambda n: "ip ::a " * n,  # address words and letter forms
        lambda n: "fc::\n" * n,  # letter forms each alone on a line
        lambda n: "f::1 cc::2 " * n,
        lambda n: "a::" * n,  # one long run of letter groups and colons
        lambda n: "1:2::" * n + "1.2.3.4",  # a long colon run with "::" before a quad
        lambda n: "1:2:3:4:5::6:7:1.2.3.4 " * n,  # many malformed addresses
        lambda n: "::" * n + "10.0.0.1",
    ],
)
def test_short_forms_and_tails_stay_linear(build):
    grows_linearly(lambda n: build(n // 4 + 1), PATTERNS.scan)

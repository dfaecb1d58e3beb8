"""Hostile inputs for unpadded MACs beside each other or after a packet's time stamp.

Each six-group run is read once by the colon pass; the looks before and after it are bounded
(24 characters): long chains of unpadded runs, stamps and ``>`` must cost linear time.
"""

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import PATTERN_ENTITIES, Scanner

PATTERNS = Scanner(entities=PATTERN_ENTITIES)


@pytest.mark.parametrize(
    "build",
    [
        lambda n: "0:1b:e2:7:a0:31 > " * n,  # a chain of unpadded runs
        lambda n: "0:1b:e2:7:a0:31 " * n,
        lambda n: "08:14:55.300121 " * n + "0:1b:e2:7:a0:31",  # stamps, then one run
        lambda n: "1:2:3:4:5:" * n + "6 > 1:2:3:4:5:6",  # one long colon run
        lambda n: "08:14:55.300121 0:1b:e2:7:a0:31 0:c:29:4f:b2:9 ip\n" * n,
    ],
)
def test_unpadded_pairs_linear(build):
    grows_linearly(build, PATTERNS.scan)

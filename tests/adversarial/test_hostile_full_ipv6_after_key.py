"""Hostile inputs for a full IPv6 address after a key's colon ("src:2001:db8:0:0:0:0:0:1").

The pass opens on a count of colons, then reads each run of colon-separated hex groups once:
long colon-hex runs, many keys, times and colon MACs must cost linear time, and a run of
nine or more groups is never read as an address (or as eight groups and a port).
"""

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import PATTERN_ENTITIES, Scanner

PATTERNS = Scanner(entities=PATTERN_ENTITIES)


def _ips(text):
    return [
        text[f.start : f.end] for f in PATTERNS.scan(text) if f.entity_type.value == "IP_ADDRESS"
    ]


@pytest.mark.parametrize(
    "build",
    [
        lambda n: "k:" + "1:" * n + "1",  # one colon-hex run after a key
        lambda n: "k:" + "abcd:" * n,
        lambda n: "src:dead:" * n,  # a key on every other group
        lambda n: "a_b:" * n + "1:2:3:4:5:6:7",  # keys, then seven groups only
        lambda n: "src:2001:db8:0:0:0:0:0:1 " * n,  # many addresses
        lambda n: "2024-01-01T10:11:12 t:12:30:45:123 k:v " * n,  # log timestamps, key:value
        lambda n: "mac:aa:bb:cc:dd:ee:ff:00:11 " * n,  # EUI-64 MACs
    ],
)
def test_colon_runs_stay_linear(build):
    grows_linearly(lambda n: build(n // 4 + 1), PATTERNS.scan)


@pytest.mark.parametrize("groups", [9, 10, 16, 200])
@pytest.mark.parametrize("key", ["src:", "[IPv6:", "ip6:", "src_ip:"])
def test_a_long_colon_hex_run_is_no_address(key, groups):
    text = key + ":".join(f"{i % 0xFFFF:x}" for i in range(1, groups + 1))
    assert _ips(text) == []


def test_each_key_finds_its_own_address_among_many():
    text = " ".join(f"k{i}:2001:db8:0:0:0:0:0:{i:x}" for i in range(1, 300))
    assert len(_ips(text)) == 299

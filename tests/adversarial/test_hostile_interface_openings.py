"""Hostile inputs for the network interface opening (2026-12-06): linear time, no hiding place.

A network interface's name and a colon (``eth0: ``, ``ath0/sis0: ``) open a log record, where
the model's lower-case places are not trusted. The opening is read at a line's start with
bounded repeats; the addresses and e-mail addresses written after it are still found.
"""

from __future__ import annotations

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner
from privkit.detect._ner import log_record


@pytest.fixture(scope="module")
def patterns() -> Scanner:
    return Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "eth0" * (20 * n),  # units glued without a colon
        lambda n: "enp0s" + "0s" * (20 * n) + ": x",  # slots beyond the bound
        lambda n: "ath0/" * (20 * n) + ": x",  # bridged names without an end
        lambda n: "eth0: x\n" * (10 * n),  # many lines, each an opening
    ],
    ids=["glued", "long-slots", "long-bridge", "many-lines"],
)
def test_opening_stays_linear(patterns, make) -> None:
    grows_linearly(make, log_record)
    grows_linearly(make, patterns.scan)


@pytest.mark.parametrize(
    ("text", "value", "entity"),
    [
        ("eth0: DHCPACK from 203.0.113.7", "203.0.113.7", "IP_ADDRESS"),
        ("ath0/sis0: sent ADD notification for 02:1a:2b:3c:4d:5e", "02:1a:2b:3c:4d:5e",
         "MAC_ADDRESS"),
        ("wlan0: EAP identity jane@example.org", "jane@example.org", "EMAIL_ADDRESS"),
        ("tun0: peer 2001:db8::7 up", "2001:db8::7", "IP_ADDRESS"),
    ],
)  # fmt: skip
def test_personal_data_is_not_hidden(patterns, text, value, entity) -> None:
    got = [(text[f.start : f.end], f.entity_type.value) for f in patterns.scan(text)]
    assert (value, entity) in got

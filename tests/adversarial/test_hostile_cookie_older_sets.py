"""Hostile input for H149's cookie rules: names glued to "id", mixed groups, numbers that read
as times under an id's name, zero-heavy packed records. Long and many values cost linear time,
and a packed record beside an id hides no id."""

from __future__ import annotations

import base64

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import Scanner


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


def _ids(scanner: Scanner, text: str) -> list[str]:
    return [text[f.start : f.end] for f in scanner.scan(text) if f.entity_type == "COOKIE_ID"]


def test_a_packed_record_beside_an_id_hides_no_id(scanner) -> None:
    packed = base64.b64encode(bytes(4) + b"dM\xca\x02o7\x04K" + bytes(40)).decode()
    text = f"GET / HTTP/1.1\nCookie: c={packed}; kppid=w1rmt_w9su3; pgv_pvid=1579199280\n"
    assert _ids(scanner, text) == ["w1rmt_w9su3", "1579199280"]


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "Cookie: " + "; ".join(f"k{i % 7}pid=w{i % 9}rmt_w9su3" for i in range(n)),
        lambda n: "Cookie: kppid=" + "a1b2c_" * n + "a1b2c",
        lambda n: "Cookie: kppid=" + "a1b2c3" * n,
        lambda n: "Cookie: " + "; ".join(f"pv{'x' * (i % 5)}id=1579199280" for i in range(n)),
        lambda n: "Cookie: c=" + base64.b64encode(bytes(n * 3)).decode(),
        lambda n: "Cookie: c=" + base64.b64encode(b"\x01\x02\x00" * n).decode(),
        lambda n: "Cookie: r=%7B%22pageId%22%3A%22" + "a1" * n + "%22%7D",
    ],
    ids=[
        "many-glued-names",
        "long-groups",
        "long-mixed-run",
        "many-time-numbers",
        "long-zero-record",
        "long-short-fields",
        "long-page-id",
    ],
)
def test_the_rules_stay_linear(scanner, make) -> None:
    grows_linearly(make, scanner.scan)

"""A Server-Timing header's metrics are no identifiers (issue 10, twenty-fifth HTTP set, helper
H121: its development part's only false cookie ids before the change).

Cloudflare writes the figures of the TCP connection that carried a response as a query in a
Server-Timing description (``cfL4;desc="?proto=TCP&rtt=...&cid=<16 hex>&ts=..."``): ``cid``
there is the connection's id, not Google Analytics' client id. A query key in a Server-Timing
line is no client id, wherever the header is written (a cassette's line, a HAR's JSON, a
dumped string); the same key and value in a URL's query, and cookies on the next lines, are
still reported.
"""

from __future__ import annotations

import json
import random
import string

import pytest
from tests.unit.detect._patterns import cookie_values

from privkit.detect import Scanner

CID = "6143a730689510c2"
DESC = (
    'cfL4;desc="?proto=TCP&rtt=36523&min_rtt=34779&rtt_var=11137&sent=6&recv=8&lost=0'
    f"&retrans=0&sent_bytes=2836&recv_bytes=1858&delivery_rate=115553&cwnd=251"
    f'&unsent_bytes=0&cid={CID}&ts=412&x=0"'
)


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


@pytest.mark.parametrize(
    "text",
    [
        f"HTTP/1.1 200 OK\nServer-Timing: {DESC}\nServer: cloudflare",
        f"HTTP/1.1 200 OK\nserver-timing:\n- {DESC}\nserver: cloudflare",  # a YAML list
        json.dumps({"name": "server-timing", "value": DESC}),  # a HAR header
        f'Server-Timing: cfCacheStatus;desc="DYNAMIC", {DESC}',
    ],
)
def test_connection_metrics_are_no_id(scanner: Scanner, text: str) -> None:
    assert cookie_values(scanner, text) == []


def test_same_key_in_a_url_is_still_an_id(scanner: Scanner) -> None:
    ga = "1611304118.1716249600"
    text = (
        f"HTTP/1.1 302 Found\nServer-Timing: {DESC}\n"
        f"Location: https://www.google-analytics.com/collect?v=1&cid={ga}&t=pageview\n"
        "Set-Cookie: __cf_bm=Yk2q0x8Zp3LmN7tR4vW9sB1cD6fH0jK5eG8iU2oA3yQ-1736018539-1.0.1.1-x;"
        " path=/"
    )
    found = cookie_values(scanner, text)
    assert ga in found
    assert CID not in found
    assert any(v.startswith("Yk2q0x8Zp3") for v in found)


@pytest.mark.parametrize("seed", range(5))
def test_random_connection_ids_in_timing_lines(scanner: Scanner, seed: int) -> None:
    rng = random.Random(seed)
    cid = "".join(rng.choice("0123456789abcdef") for _ in range(16))
    uid = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(24))
    text = f"Server-Timing: {DESC.replace(CID, cid)}\nCookie: uid={uid}"
    assert cookie_values(scanner, text) == [uid]


def test_a_one_line_har_far_from_its_start(scanner: Scanner) -> None:
    headers = [{"name": f"x-pad-{i}", "value": "p" * 40} for i in range(60)]
    headers.append({"name": "server-timing", "value": DESC})
    text = json.dumps({"headers": headers})  # one line, the header 3,000 characters in
    assert cookie_values(scanner, text) == []


def test_a_name_far_before_the_query_is_not_read(scanner: Scanner) -> None:
    # a page's URL after a long line that once named the header: its client id is kept
    ga = "1611304118.1716249600"
    text = "Server-Timing mentioned " + "x" * 200 + f" https://h.example/c?v=1&cid={ga}"
    assert cookie_values(scanner, text) == [ga]

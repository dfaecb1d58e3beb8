"""Hostile input for the session header with a glued letter (``X-ASESSIONID``, helper H146):
many and long header lines cost linear time, and a look-alike name hides no id beside it."""

from __future__ import annotations

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import Scanner


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


def _ids(scanner: Scanner, text: str) -> list[str]:
    return [text[f.start : f.end] for f in scanner.scan(text) if f.entity_type == "COOKIE_ID"]


def test_a_look_alike_header_hides_no_session_id_beside_it(scanner) -> None:
    text = "HTTP/1.1 200\nX-Possessionid: 1ibllm7\nX-ASESSIONID: 10pwwge\nX-Obsession-Id: 72u44h"
    assert _ids(scanner, text) == ["10pwwge"]


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "HTTP/1.1 200\n" + "\n".join(f"X-ASESSIONID: {i:06d}q7z" for i in range(n)),
        lambda n: f"HTTP/1.1 200\nX-ASESSIONID: {'a1B2' * n}",
        lambda n: "HTTP/1.1 200\nX-" + "a-" * n + "asessionid: 1ibllm7",
        lambda n: "HTTP/1.1 200\n" + "X-AASESSIONID: 1ibllm7\n" * n,
        lambda n: "HTTP/1.1 200\nX-" + "asession" * n + "id: 1ibllm7",
    ],
    ids=["many-headers", "long-value", "many-pieces", "many-look-alikes", "session-run"],
)
def test_the_header_stays_linear(scanner, make) -> None:
    grows_linearly(make, scanner.scan)

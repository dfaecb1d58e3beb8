"""Hostile input for H155's cookie rules: short values under session headers, values in a wide
alphabet under an id's name, random letters in groups. Long and many values cost linear time,
and a value of one kind beside an id hides no id."""

from __future__ import annotations

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import Scanner


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


def _ids(scanner: Scanner, text: str) -> list[str]:
    return [text[f.start : f.end] for f in scanner.scan(text) if f.entity_type == "COOKIE_ID"]


def test_the_new_shapes_beside_ids_hide_none(scanner) -> None:
    text = (
        "GET / HTTP/1.1\nCookie: rpdid=|(kR~u|Y)0J'lmuk~J|Ru); "
        'uid=7f3c2a9e-41d0-4b8a-9c6e-2d5f8a1b3c7e; b="pxkrt wubny qdzlm hvjst"\n'
        "X-ASESSIONID: 1k9zq\n"
    )
    assert _ids(scanner, text) == [
        "|(kR~u|Y)0J'lmuk~J|Ru)",
        "7f3c2a9e-41d0-4b8a-9c6e-2d5f8a1b3c7e",
        "pxkrt wubny qdzlm hvjst",
        "1k9zq",
    ]


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "".join(f"X-ASESSIONID: {i % 9}k9zq\n" for i in range(n)),
        lambda n: "X-Session-Id: " + "qxbrt" * n + "\n",
        lambda n: "Cookie: rpdid=" + "|(kR~u'" * n,
        lambda n: "Cookie: " + "; ".join(f"r{i % 7}pdid=|(kR~u|Y)0J'lm" for i in range(n)),
        lambda n: 'Cookie: b="' + "pxkrt " * n + 'pxkrt"',
        lambda n: 'Cookie: b="' + " ".join("pxkrt wubny qdzlm hvjst" for _ in range(n)) + '"',
    ],
    ids=[
        "many-session-headers",
        "long-session-value",
        "long-wide-alphabet",
        "many-wide-alphabet-names",
        "many-letter-groups",
        "many-group-values",
    ],
)
def test_the_rules_stay_linear(scanner, make) -> None:
    grows_linearly(make, scanner.scan)

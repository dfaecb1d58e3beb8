"""Hostile inputs for return paths and SMTP replies (2026-12-07): linear time, no hiding place.

A return path's local part runs on over ``=`` from a sender rewriting tag (``SRS0=``,
``prvs=``) or, for a VERP address, from a part with a ``+`` (``_return_path_start``): the walk
back is bounded by a local part's 64 characters, and a rewritten address is covered whole, so
the person's own address inside it (``...=jane@`` / ``...+jane=example.org@``) is never left in
clear. In an SMTP reply, a one-word person that is no census name is the server's word; the
reply's addresses are still found.
"""

from __future__ import annotations

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner
from privkit.detect._ner import _smtp_reply_word


@pytest.fixture(scope="module")
def patterns() -> Scanner:
    return Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "=" * (20 * n) + "a@example.org",  # one long run of signs
        lambda n: "SRS0=a=b=c=d@example.org " * (2 * n),  # many tagged addresses
        lambda n: "a+b=example.org@x.org " * (2 * n),  # many VERP addresses
        lambda n: "x=a@b.org=" * (4 * n),  # addresses glued by signs
        lambda n: "SRS0=" * (20 * n) + "jane@example.org",  # tags without an end
    ],
    ids=["signs", "srs", "verp", "glued", "tags"],
)
def test_return_paths_stay_linear(patterns, make) -> None:
    grows_linearly(make, patterns.scan)


def test_smtp_reply_words_stay_linear() -> None:
    def scan(text: str) -> None:
        for i in range(0, len(text), 97):
            _smtp_reply_word(text, i, "Greylisted")

    grows_linearly(lambda n: "450 4.7.1 x " * (20 * n), scan)
    grows_linearly(lambda n: "x" * (200 * n), scan)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("from=<SRS0=HHH=TT=example.org=jane@srs.example.net>",
         "SRS0=HHH=TT=example.org=jane@srs.example.net"),
        ("from=<prvs=0123456789=jane@example.org>", "prvs=0123456789=jane@example.org"),
        ("from=<owner-list+jane=example.org@lists.example.net>",
         "owner-list+jane=example.org@lists.example.net"),
        ("from=<SRS0=" + "a" * 70 + "=jane@srs.example.net>", "jane@srs.example.net"),
        ("said: 550 5.1.1 <jane@example.org>: Greylisted", "jane@example.org"),
    ],
)  # fmt: skip
def test_personal_data_is_not_hidden(patterns, text, value) -> None:
    got = [text[f.start : f.end] for f in patterns.scan(text)]
    assert any(value in g for g in got)

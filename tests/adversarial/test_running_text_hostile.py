"""Hostile inputs for the running-text URL, IPv4 and e-mail rules: each runs in linear time.

Every case octuples the input and checks the time grows well under quadratically (the
pattern of ``tests/adversarial/test_http9_hostile.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import Scanner

if TYPE_CHECKING:
    from collections.abc import Callable


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner(entities=["URL", "IP_ADDRESS", "EMAIL_ADDRESS"])


@pytest.mark.parametrize(
    "make",
    [
        # bare domain names in a sentence, one after another
        lambda n: "my site is " + " and ".join(f"site{i}.com" for i in range(n)),
        # one long dotted run: each ".com" walks back over the labels before it
        lambda n: "see " + ".".join("com" for _ in range(n)) + " now",
        lambda n: "visit " + "a.xyz." * n,
        lambda n: "x-" * n + ".com",
        # a sentence of many links (the word count asked again without them)
        lambda n: "test " + " ".join(f"http://h{i}.example.org/p" for i in range(n)),
        # Han letters glued to addresses, URLs and quads
        lambda n: "邮箱是" + "文".join(f"u{i}@example.com谢" for i in range(n)),
        lambda n: "是" * 60 + "a@" + "例.com中" * n,
        lambda n: "地址" + "是".join(f"192.168.{i % 256}.1" for i in range(n)),
        lambda n: "地址" + "是".join(f"2001:db8::{i:x}%eth{i}" for i in range(n)),
        lambda n: "是" + "1:" * n + "吗",
        lambda n: "访问" + "和".join(f"www.e{i}.com" for i in range(n)),
        # a line opening with a link in angle brackets, then many more
        lambda n: (
            "<http://a.example.com/> " + " ".join(f"http://h{i}.example.org/" for i in range(n))
        ),
        # one-label hosts in prose
        lambda n: "see " + " ".join(f"http://host{i}:80/x" for i in range(n)),
        # the at sign spelled out: many addresses, long spelled domains, signs with no address
        lambda n: "mail " + ", ".join(f"u{i}(at)example.org" for i in range(n)),
        lambda n: "a [at] " + "b [dot] " * n + "org",
        lambda n: "(at)" * n + "x.org",
        lambda n: "a" * 60 + "(at)" + "b-" * n,
        # links in brackets: wiki and Markdown links opening lines, brackets glued after
        lambda n: "\n".join(f"[http://h{i}.example.org/ t]" for i in range(n)),
        lambda n: "[" + "x" * n + "](http://example.org/)" + ")" * n,
        lambda n: "see (http://example.org/" + "a" * n + ")" + "b" * n,
        # international hosts after www.
        lambda n: "visit " + " ".join(f"www.münchen{i}.de" for i in range(n)),
        lambda n: "www." + "ü." * n + "com",
    ],
)
def test_running_text_rules_stay_linear(scanner: Scanner, make: Callable[[int], str]) -> None:
    grows_linearly(make, scanner.scan)

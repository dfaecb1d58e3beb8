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
        lambda n: "mail " + ", ".join(f"u{i}&#64;example.org" for i in range(n)),
        lambda n: "&#64;" * n + "x.org",
        lambda n: "a&#x40;" + "b&#46;" * n + "org",
        # links in brackets: wiki and Markdown links opening lines, brackets glued after
        lambda n: "\n".join(f"[http://h{i}.example.org/ t]" for i in range(n)),
        lambda n: "[" + "x" * n + "](http://example.org/)" + ")" * n,
        lambda n: "see (http://example.org/" + "a" * n + ")" + "b" * n,
        # international hosts after www.
        lambda n: "visit " + " ".join(f"www.münchen{i}.de" for i in range(n)),
        lambda n: "www." + "ü." * n + "com",
        # ports after hosts without a scheme; colons and digits that open no port
        lambda n: "see " + " ".join(f"www.e{i}.com:80{i % 10}/p" for i in range(n)),
        lambda n: "see example.com" + ":1" * n,
        lambda n: "www.example.com:" + "12:" * n,
        lambda n: "served at " + " and ".join(f"site{i}.com:8080" for i in range(n)),
        # hosts of other top-level domains before a path; dotted runs that are no host
        lambda n: "see " + " ".join(f"shop{i}.berlin/menu" for i in range(n)),
        lambda n: "x" + ".club" * n + "/",
        lambda n: "run " + " ".join(f"setup{i}.py/x v1.{i}.3/y" for i in range(n)),
        lambda n: "/".join(f"dir{i}.bar" for i in range(n)) + "/",
        # quoted origins and sites with queries on one line
        lambda n: " ".join(f'"http://h{i}.example.com"' for i in range(n)),
        lambda n: "links " + " ".join(f"e{i}.com?q={i}" for i in range(n)),
        lambda n: "k=v " + "example.com?q=1 " * n,
        # hosts of other letters before a path: long runs walked back over, glued or not
        lambda n: "see " + "ü" * n + ".de/x",
        lambda n: "x_" + "ü." * n + "de/x",
        lambda n: " ".join(f"bücher{i}.de/k" for i in range(n)),
        lambda n: "ü" + "a.de/" * n,
        lambda n: "«" + "https://example.com/a»" * n,
    ],
)
def test_running_text_rules_stay_linear(scanner: Scanner, make: Callable[[int], str]) -> None:
    grows_linearly(make, scanner.scan)


@pytest.mark.parametrize(
    "line",
    [
        "2024-05-01 10:00:01 INFO building setup.py/ in /srv/app v1.2.3/",
        "ERROR cannot open notes.md/x: not a directory",
        "copying build/lib.linux-x86_64-3.12/pkg.data/x.json",
        "Downloaded archive.tar/ (2.1 MB) from cache v2.0.1/",
        "GET /static/app.bar/main.js HTTP/1.1",
        "served at example.com:8080:12:30",
        'tag="v1.2.3" file="setup.py"',
    ],
)
def test_versions_and_file_names_in_logs_are_no_urls(scanner: Scanner, line: str) -> None:
    values = [line[f.start : f.end] for f in scanner.scan(line) if f.entity_type.value == "URL"]
    assert not any(
        v.split("/")[0].endswith((".py", ".md", ".tar", ".bar", ".data")) for v in values
    )
    assert not any("v1.2.3" in v or "v2.0.1" in v for v in values)

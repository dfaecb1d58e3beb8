"""Hostile inputs for the user agent's escaped-break end (issue 10, helper H160).

Header blocks of escaped breaks and agents full of break-like runs: the scan stays linear in
the input's size, and no reported agent holds a break that a header line follows.
"""

from __future__ import annotations

import pytest

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner

from ._linear import grows_linearly

PATTERNS = Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)
AGENTS = Scanner(entities={"USER_AGENT"})


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "User-Agent: a/1" + "\\r" * n + "\n",
        lambda n: "User-Agent: a/1 " + "%0A " * n + "Host: x\n",
        lambda n: "User-Agent: b/2::~~Accept: */*::~~" * n,
        lambda n: "User-Agent: c/3 (" + "#015" * n + ")\n",
        lambda n: ("x-agent: d/4\\r\\n" + " " * 3) * n,
    ],
)
def test_escaped_breaks_stay_linear(make) -> None:
    grows_linearly(make, PATTERNS.scan)


@pytest.mark.parametrize("brk", ["::~~", "\\r\\n", "#015#012", "%0D%0A", "\\x0d\\x0a"])
def test_no_agent_runs_over_a_header_break(brk: str) -> None:
    block = brk.join(
        ["GET / HTTP/1.1", "User-Agent: scanner/9.9 (probe)", "Accept: */*", "Host: a.example"]
    )
    for f in AGENTS.scan(block * 3):
        value = (block * 3)[f.start : f.end]
        assert brk not in value
        assert "Accept" not in value

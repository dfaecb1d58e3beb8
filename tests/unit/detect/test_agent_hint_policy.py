"""A client hint's allow-list in a policy header is no user agent (issue 10, helper H132).

``Permissions-Policy: ch-ua=(self)`` and ``...,ch-ua=*,ch-ua-mobile=*`` allow the ``ch-ua``
hint to origins; the ``ua=`` field reading took the allow-list for an agent. The hint a
browser sends (``Sec-CH-UA: "Chromium";v="118"``) and a ``ua=`` field holding an agent are
read as before.
"""

from __future__ import annotations

import pytest

from privkit.detect import Scanner


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner(entities={"USER_AGENT"})


def _agents(scanner: Scanner, text: str) -> list[str]:
    return [text[f.start : f.end] for f in scanner.scan(text)]


@pytest.mark.parametrize(
    "line",
    [
        "Permissions-Policy: ch-ua=(self), geolocation=()",
        'permissions-policy: ch-ua=(self "https://cdn.example")',
        "Permissions-Policy: ch-ua-platform-version=*,ch-ua=*,ch-ua-mobile=*,ch-ua-arch=*",
        "Feature-Policy: ch-ua=()",
    ],
)
def test_policy_allow_list_is_no_agent(scanner: Scanner, line: str) -> None:
    assert _agents(scanner, f"HTTP/1.1 200 OK\n{line}\nContent-Type: text/html\n") == []


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("ua=(compatible; MSIE 9.0; Windows NT 6.1)", "(compatible; MSIE 9.0; Windows NT 6.1)"),
        ("sec-ch-ua=(self) ua=Mozilla/5.0 (X11; Linux x86_64)", "Mozilla/5.0 (X11; Linux x86_64)"),
        ("User-Agent: (iPhone; iOS 17.1) MyApp/2.0", "(iPhone; iOS 17.1) MyApp/2.0"),
    ],
)
def test_agent_fields_are_read_as_before(scanner: Scanner, text: str, agent: str) -> None:
    assert agent in _agents(scanner, f"GET / HTTP/1.1\n{text}\n")

"""A user agent ends at an escaped line break of a header block (issue 10, helper H160).

A WAF, IDS or proxy that logs a captured request writes its header block into one line and
keeps the line breaks as escapes: the text of ``\\r\\n``, nginx's ``\\x0D\\x0A``, rsyslog's
``#015#012``, URL encoding (``%0D%0A``), or FireEye's ``::~~`` between the lines of its
``channel`` field. A ``User-Agent:`` header's value ran on over those breaks into the next
headers (``Accept: */*``, ``Host: ...``), which are no agent. The agent now ends at the first
break; an agent without one, and one whose comment holds a backslash, read as before.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from privkit.detect import Scanner


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner(entities={"USER_AGENT"})


def _agents(scanner: Scanner, text: str) -> list[str]:
    return [text[f.start : f.end] for f in scanner.scan(text)]


BREAKS = ["::~~", "\\r\\n", "\\n", "\\x0D\\x0A", "#015#012", "%0D%0A", "%0a"]


@pytest.mark.parametrize("brk", BREAKS)
@pytest.mark.parametrize(
    "agent",
    [
        "WinHttpClient",
        "curl/7.68.0",
        "Java/1.8.0_151",
        "MyScanner (internal)",
        "Drupal/10.1.5 (+https://www.drupal.org/) GuzzleHttp/7",
        "Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 6.1)",
    ],
)
def test_agent_ends_at_the_break(scanner: Scanner, brk: str, agent: str) -> None:
    text = (
        f"cs6=GET /gate.php HTTP/1.1{brk}Host: evil.example.net{brk}User-Agent: {agent}"
        f"{brk}Accept: */*{brk}{brk} dvchost=fe-mps-01"
    )
    assert _agents(scanner, text) == [agent]


@pytest.mark.parametrize("brk", BREAKS)
def test_agent_at_the_block_end(scanner: Scanner, brk: str) -> None:
    text = f'request="GET / HTTP/1.1{brk}User-Agent: sqlmap/1.5{brk}{brk}"'
    assert _agents(scanner, text) == ["sqlmap/1.5"]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        # no escaped break: the whole value, as before
        ("User-Agent: MyScanner (internal) extra/2\n", "MyScanner (internal) extra/2"),
        ("user_agent=curl/8.4.0 status=200", "curl/8.4.0"),
        # a backslash in a comment that no header line follows is the agent's
        ("User-Agent: MyApp/1.0 (C:\\new\\app)\n", "MyApp/1.0 (C:\\new\\app)"),
        # a "%0A" that no header line follows stays (an agent's own encoded text)
        ("User-Agent: Tool/1.0 (a%0Ab)\n", "Tool/1.0 (a%0Ab)"),
    ],
)
def test_agents_without_a_header_break_read_as_before(
    scanner: Scanner, text: str, agent: str
) -> None:
    assert _agents(scanner, text) == [agent]


@given(
    agent=st.from_regex(r"[A-Za-z][A-Za-z0-9]{1,12}/[0-9]{1,3}\.[0-9]{1,3}", fullmatch=True),
    brk=st.sampled_from(BREAKS),
    header=st.from_regex(r"[A-Z][a-z]{2,10}(-[A-Z][a-z]{2,8})?", fullmatch=True),
)
def test_no_agent_holds_a_break(agent: str, brk: str, header: str) -> None:
    # invariant: whatever follows the break, no reported agent holds it
    scanner = Scanner(entities={"USER_AGENT"})
    text = f"GET / HTTP/1.1{brk}User-Agent: {agent}{brk}{header}: value{brk}{brk}"
    found = _agents(scanner, text)
    assert found == [agent]
    assert all(brk not in a for a in found)


@pytest.mark.parametrize("brk", BREAKS)
def test_each_header_block_of_a_line_gives_its_agent(brk: str) -> None:
    """Several header blocks in one line, each with an agent of no known shape: the header's
    value stops at the break, so the search goes on and finds the next block's agent (cut
    only after the match, the first value hid the others and they were left)."""
    scanner = Scanner(entities={"USER_AGENT"})
    agents = ["WinHttpClient", "NSISDL", "Updater", "Microsoft-CryptoAPI/6.1"]
    text = "alert: " + "".join(
        f"cs3=GET /a HTTP/1.1{brk}User-Agent: {a}{brk}Host: x.example{brk}{brk}" for a in agents
    )
    assert _agents(scanner, text) == agents


# An encoded agent (spaces written %20, as CloudFront writes it) inside a header list written
# into one tab-separated field (CloudFront real-time logs' cs-headers, "Name:value" pairs
# joined by "%0A") ends at its header's encoded break, not at the field's end (helper H196).
@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (
            (
                "1700000000.123\t192.0.2.9\tGET\tHost:d1.example.net%0AUser-Agent:Mozilla/5.0%20"
                "(X11;%20Linux%20x86_64;%20rv:90.0)%20Gecko/20100101%20Firefox/90.0%0AAccept:"
                "text/html%0AReferer:http://example.org/\t3"
            ),
            "Mozilla/5.0%20(X11;%20Linux%20x86_64;%20rv:90.0)%20Gecko/20100101%20Firefox/90.0",
        ),
        (
            "x\tUser-Agent:NSPlayer%2F12.0.7601%20WMFSDK%2F12.0%0d%0aAccept:*/*\ty",
            "NSPlayer%2F12.0.7601%20WMFSDK%2F12.0",
        ),
        # negatives: an encoded agent as a field of its own, or with a %0A inside its comment
        # that no header line follows, reads to its field's end as before
        (
            (
                "2020-01-01\tLAX1\tMozilla/5.0%20(Windows%20NT%2010.0)%20Gecko/20100101%20Firefox/"
                "91.0\t-"
            ),
            "Mozilla/5.0%20(Windows%20NT%2010.0)%20Gecko/20100101%20Firefox/91.0",
        ),
        (
            "2020-01-01 GET / 192.0.2.1 Mozilla/5.0+(Windows+NT+10.0;+a%0Ab)+Gecko/20100101 - 200",
            "Mozilla/5.0+(Windows+NT+10.0;+a%0Ab)+Gecko/20100101",
        ),
    ],
)
def test_encoded_agent_ends_at_its_header_break(scanner: Scanner, text: str, agent: str) -> None:
    assert _agents(scanner, text) == [agent]

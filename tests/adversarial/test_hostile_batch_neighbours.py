"""A neighbour in a batch cannot change what is found in a text.

``scan_many`` reads a batch's texts joined (``"\\n\\x00\\n"`` between them) and takes the
prefilter's candidate starts once the join is long enough. Whoever writes one record of a
batch (a log line, a form field) writes the neighbours' context too: if a finding of another
text depended on it, a hostile record before a card or a phone number could hide it. Each
text's findings must be those of the text read alone, whatever comes before or after it,
and with the prefilter or without it.

Two ways this failed, both found by a fuzz run of this kind: a handle's at sign before an
address (``@jane@example.org``) was taken into the address everywhere but at a text's
first character, and a number after a colon that follows a letter of a script written
without spaces (``电话:0044 20 7946 0958``) had no prefilter core, so a long neighbour hid it.
Two more, found by fuzzing mutated development texts: an app's agent opening a text
(``a/5.0 (Macintosh; ...)``) was taken only at the text's first character, not after the
join's newline; and the access-log agent field, gated on ``http/`` anywhere in the text,
ran on a line without a request when a neighbour held ``HTTP/1.1``. And a host name of
three labels after a colon and a space (``: sub.example.com``) was read as following a
sentence's word at the text's first characters only.
"""

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from privkit.detect import PATTERN_ENTITIES, Scanner

# Values of many kinds, context words, separators and characters of other scripts.
_PIECES = [
    "Ada Lovelace", "jane.doe@example.com", "@jane", "@", "203.0.113.7", "10.0.0.1:8080",
    "2001:db8::1", "fe80::1%eth0", "+1 415-555-0132", "(415) 555-0132", "0044 20 7946 0958",
    "+44 (0)20 7946 0958", "tel:", "phone", "fax", "ext. 12", "4111 1111 1111 1111",
    "378282246310005", "00:1A:2B:3C:4D:5E", "001a.2b3c.4d5e", "490154203237518",
    "89014103211118510720", "https://example.com/a?b=c&email=x@y.com", "www.example.org",
    "Mozilla/5.0 (X11; Linux x86_64)", "sessionid=abc123def456ghi789", "078-05-1120", "SSN",
    "GB82 WEST 1234 5698 7654 32", "1A1zP1eP5QGefi2DMPTfTL5SDMDPfLaS", "2024-01-02 10:11:12",
    "081109 203615 148", "version 10.0.19041.1", "android_id=9774d56d682e549c",
    "6D92078A-8246-4BA4-AE5B-76104861E7DC", "中文:", "电话", "カ", "ไทย", "é", "\u200d", "\x00",
    "x" * 70, "1" * 30, " ", "  ", "\n", ", ", ":", "=", "/", "-", "_", ".", "(", ")", "?",
]  # fmt: skip
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)


@pytest.fixture(scope="module")
def scanners():
    return Scanner(entities=PATTERN_ENTITIES), Scanner(entities=PATTERN_ENTITIES, prefilter=False)


def _spans(found):
    return sorted((f.entity_type.value, f.start, f.end) for f in found)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(before=st.lists(_TEXT, max_size=3), text=_TEXT, after=st.lists(_TEXT, max_size=2))
@example(before=["x" * 120], text="ok 中文:0044 20 7946 0958 ok", after=[])
@example(before=["hello"], text="@anna_k_jane.doe@example.com said hi", after=["@x"])
@example(
    before=[": "],
    text="a/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 Safari/537.36\n",
    after=[],
)
@example(
    before=[],
    text='"DELETE /s/x" 204 - "DELETE http://127.0.0.1:8080/s" "tx86cd中7b8-00" "obj 3" 0.1',
    after=["HTTP/1.1 200 OK\nServer: Apache/2.2.22 (Debian)"],
)
# (a neighbour's zero-width space after a digit folded every line of the join, this text's
# leading BOM too)
@example(before=[], text="\ufeff0 23 123 45", after=["<CoNTACT: vg96vpvg000\u200b0012345678901.>"])
# (a name of three labels after a colon opening the text was read as following a word)
@example(before=["x"], text=": usergroups.example.com\nCookie: a=b", after=[])
def test_a_texts_findings_do_not_depend_on_its_neighbours(scanners, before, text, after):
    fast, plain = scanners
    alone = _spans(fast.scan(text))
    assert _spans(plain.scan(text)) == alone
    batch = [*before, text, *after]
    assert _spans(list(fast.scan_many(batch))[len(before)]) == alone
    # a long neighbour makes the join take the prefilter's starts
    padded = ["y" * 400, *batch]
    assert _spans(list(fast.scan_many(padded))[len(before) + 1]) == alone

"""``scan`` and ``scan_many`` give one answer: a text's findings never depend on its batch.

``scan_many`` joins a batch's texts (``"\\n\\x00\\n"`` between them) and runs the patterns
once. Whatever a detector reads around a candidate must stop at the NUL, and a pass that a
test of the whole text opens must find nothing that the test does not require. Each class
below is one way this failed on the vector development sets (docs/benchmarks.md, "One
answer for a text, batched or not").
"""

import pytest

from privkit.detect import PATTERN_ENTITIES, Scanner
from privkit.detect._builtin import PhoneDetector
from privkit.detect._scanner import _JOIN


def _spans(found):
    return [(f.entity_type.value, f.start, f.end, f.evidence.tags) for f in found]


@pytest.fixture(params=[True, False], ids=["prefilter", "re"])
def scanner(request):
    return Scanner(entities=PATTERN_ENTITIES, prefilter=request.param)


def _agree(scanner, texts):
    """Each text's findings alone and in the batch (and a long batch: the prefilter's path)."""
    alone = [_spans(scanner.scan(t)) for t in texts]
    padded = [*texts, "x" * 300]
    assert [_spans(f) for f in scanner.scan_many(texts)] == alone
    assert [_spans(f) for f in scanner.scan_many(padded)][: len(texts)] == alone
    return alone


class TestContextOfANeighbour:
    """A phone word in the next text is no context of a number that is a whole text."""

    @pytest.mark.parametrize("number", ["222 123 456", "9123-4567", "670.97.10.26"])
    def test_a_number_alone_keeps_its_reading_next_to_a_phone_word(self, scanner, number):
        alone = _agree(scanner, [number, "call me on"])
        assert alone[0] == _spans(scanner.scan(number))
        assert [e for e, *_ in alone[0]] == ["PHONE_NUMBER"]

    def test_context_possible_stops_at_the_join(self):
        det = PhoneDetector()
        number = "222 123 456"
        joined = _JOIN.join([number, "call me"])
        assert not det.context_possible(joined, 0, len(number))
        joined = _JOIN.join(["call me", number])
        start = joined.index(number)
        assert not det.context_possible(joined, start, start + len(number))
        assert det.context_possible("call me " + number, 8, 8 + len(number))


class TestScriptOfANeighbour:
    """The script of another text suggests no region for a number."""

    @pytest.mark.parametrize("number", ["(02229) 411128", "०८०४१२३४५६७"])
    def test_the_region_is_the_texts_own(self, scanner, number):
        alone = _agree(scanner, ["मेरा नाम राम है", number, "मेरा नाम राम है"])
        assert [tags for *_, tags in alone[1]] == [("DE",)]


class TestIpv6AfterAKey:
    """The key-colon pass reads compressed addresses only, the ones its "::" gate needs."""

    LITERAL = "test@[IPv6:1111:2222:3333:4444:5555:6666:7777:8888:9999]"

    def test_nine_groups_in_an_address_literal_are_no_address(self, scanner):
        alone = _agree(scanner, [self.LITERAL, "listening on ::1"])
        assert [e for e, *_ in alone[0]] == []  # no eight groups and a "port" out of nine

    def test_another_compressed_address_in_the_text_opens_no_partial_one(self, scanner):
        text = self.LITERAL + " from ::1"
        assert [(s, e) for _, s, e, _ in _spans(scanner.scan(text))] == [(len(text) - 3, len(text))]

    @pytest.mark.parametrize(
        ("text", "value"),
        [("src:2001:db8::1", "2001:db8::1"), ("[IPv6:2001:db8::25]", "2001:db8::25")],
    )
    def test_a_compressed_address_after_a_key_is_still_found(self, scanner, text, value):
        alone = _agree(scanner, [text, "10.0.0.1", "a:b:c"])
        assert [text[s:e] for _, s, e, _ in alone[0]] == [value]


class TestFullIpv6AfterAKey:
    """A full address (eight groups, no "::") right after a key's colon, on both paths."""

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("src:2001:db8:0:0:0:0:0:1", "2001:db8:0:0:0:0:0:1"),
            ("dst:fe80:0:0:0:202:b3ff:fe1e:8329 len 40", "fe80:0:0:0:202:b3ff:fe1e:8329"),
            ("from [IPv6:2001:db8:0:0:0:0:0:25] by mx", "2001:db8:0:0:0:0:0:25"),
            ("client_ip:fe80:0:0:0:0:0:0:1%eth0 up", "fe80:0:0:0:0:0:0:1%eth0"),
            ("src:2001:db8:0:0:0:0:0:1: connection refused", "2001:db8:0:0:0:0:0:1"),
        ],
    )
    def test_is_found_alone_and_in_a_batch(self, scanner, text, value):
        alone = _agree(scanner, [text, "10.0.0.1", "listening on ::1", "a:b:c"])
        assert [text[s:end] for e, s, end, _ in alone[0] if e == "IP_ADDRESS"] == [value]

    @pytest.mark.parametrize(
        "text",
        [
            "test@[IPv6:1111:2222:3333:4444:5555:6666:7777:8888:9999]",  # a ninth group
            "key:dead:beef:cafe:babe:1:2:3:4:5",
            "src:2001:db8:0:0:0:0:0:1:443",  # eight groups and a port: nine groups
            "src:2001:db8:0:0:0:0:0:12345",  # a group of five digits
            "t:12:30:45:123 at 2024-01-01T10:11:12 k:v:k:v:k:v:k:v:k:v",  # times, key:value
            "mac:aa:bb:cc:dd:ee:ff:00:11",  # an EUI-64 MAC address
            "key:1:2:3:4:5:6:7:8::~~os:1::~~",  # a value, then the record's "::" separator
        ],
    )
    def test_a_run_that_is_no_address_gives_no_ip(self, scanner, text):
        alone = _agree(scanner, [text, "listening on ::1"])
        assert [e for e, *_ in alone[0] if e == "IP_ADDRESS"] == []


class TestAnAtSignBeforeAnAddress:
    """A handle's at sign right before an address is not the address's, at a text's start or not.

    An at sign with a run before it joins the chain (``aa@a.com.js@a.com``); with nothing
    before it (``@jane@example.org``, a handle) it stayed out only at position 0 of the text
    read, so a text read alone and the same text in a batch (after the separator) differed.
    """

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("@anna_k_jane.doe@example.com said hi", "anna_k_jane.doe@example.com"),
            ("cc @jane@example.org", "jane@example.org"),
            ("follow @alice@mastodon.social now", "alice@mastodon.social"),
            ("(@bob.smith@example.net)", "bob.smith@example.net"),
            ("mail aa@a.com.js@a.com", "aa@a.com.js@a.com"),  # a chain keeps its run
        ],
    )
    def test_alone_and_in_a_batch(self, scanner, text, value):
        alone = _agree(scanner, ["hello", text, "@x"])
        assert [text[s:e] for kind, s, e, _ in alone[1] if kind == "EMAIL_ADDRESS"] == [value]

    @pytest.mark.parametrize("before", ["", " ", "x ", "\n", "(", ". "])
    def test_wherever_the_text_starts(self, scanner, before):
        text = before + "@jane.doe@example.com"
        found = [text[f.start : f.end] for f in scanner.scan(text)]
        assert found == ["jane.doe@example.com"]


class TestAnAppAgentAtALinesStart:
    """An app's agent (``a/5.0 (Macintosh; ...)``) opening a line is found as at a text's start.

    The product before the version is taken when a field's separator or the text's start
    comes before it; a newline was not one, so a text opening with the agent, read alone,
    had it, and the same text in a batch (after the separator's newline) did not.
    """

    @pytest.mark.parametrize("before", ["", "\n", "\r\n", "log:\n", " "])
    def test_at_a_lines_start(self, scanner, before):
        text = before + "a/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36"
        found = [text[f.start : f.end] for f in scanner.scan(text)]
        assert found == ["a/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36"]

    def test_alone_and_in_a_batch(self, scanner):
        text = "MyApp/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36\n"
        alone = _agree(scanner, [": ", text, "x"])
        assert [kind for kind, *_ in alone[1]] == ["USER_AGENT"]

    def test_a_product_inside_a_word_is_not_taken(self, scanner):
        # no separator before the product's run: the app pattern finds nothing
        text = "x#a/5.0 (Macintosh; Intel Mac OS X 10_15_7)"
        assert [f for f in scanner.scan(text) if f.evidence.pattern == "app_sdk"] == []


class TestAnAccessLinesAgentField:
    """The quoted field after a referrer is an agent only on a line that holds its request.

    The access-log agent pattern runs only where the text holds ``http/`` (its prefilter),
    which need not be inside the match; a neighbour's ``HTTP/1.1`` in a batch's join made a
    line of another text without one (Swift's ``"DELETE /x" 204 - "ref" "field"``) read as
    an access line there and not when read alone.
    """

    LINE = '"DELETE /sdb1/x" 204 - "DELETE http://127.0.0.1:8080/sdb1" "tx86cd中b894c-00" "p 1"'

    def test_no_request_protocol_on_the_line_no_agent(self, scanner):
        alone = _agree(scanner, [self.LINE, "HTTP/1.1 200 OK"])
        assert [kind for kind, *_ in alone[0]] == ["IP_ADDRESS"]
        alone = _agree(scanner, ["HTTP/1.1 200 OK", self.LINE])
        assert [kind for kind, *_ in alone[1]] == ["IP_ADDRESS"]

    def test_the_protocol_on_another_line_is_not_the_lines(self, scanner):
        text = "HTTP/1.1 200 OK\n" + self.LINE
        assert [f.entity_type.value for f in scanner.scan(text)] == ["IP_ADDRESS"]

    def test_with_its_request_the_field_is_the_agent(self, scanner):
        line = '1.2.3.4 - - "GET /a HTTP/1.1" 200 12 "http://ref.example/" "gPXE/0.9.7"'
        alone = _agree(scanner, [line, "x"])
        got = [line[s:e] for kind, s, e, _ in alone[0] if kind == "USER_AGENT"]
        assert got == ["gPXE/0.9.7"]

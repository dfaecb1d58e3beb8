"""Signatures, times and servers in cookies, redacted agents and HTTP start lines (issue 10,
twenty-second HTTP set's development work: HTTP headers in network analysers' packet captures).

A cookie named for another cookie of its header with a signature word after it
(``visitor_id413862-hash``) is that cookie's digest; a cookie named for a time that holds a
number (``session-id-time=2082787201l``) is a time; a cookie value that is a server's host
name and port (``mc-sm17.websys.aol.com/13769``) names a server; an agent written as a run of
``x`` is a capture's redaction; an HTTP status line's reason phrase ("Switching Protocols")
and a vendor's ``<Name>-Server`` header are machine text for the model. Identifiers of the
same shapes, signatures without their cookie, agents of other repeated letters and prose
lines are still read as before.
"""

from __future__ import annotations

import random
import string

import pytest
from tests.unit.detect._patterns import cookie_values

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner
from privkit.detect._ner import header_or_machine_line


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)


def _token(seed: int, n: int = 26, alphabet: str = string.ascii_lowercase + string.digits) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(alphabet) for _ in range(n))


def _agents(scanner: Scanner, text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in scanner.scan(text) if f.entity_type.value == "USER_AGENT"
    ]


class TestSiblingSignature:
    @pytest.mark.parametrize("word", ["hash", "sig", "signature", "hmac", "digest"])
    @pytest.mark.parametrize("sep", ["-", "_", "."])
    def test_a_cookie_signing_an_earlier_cookie_is_reported_with_it(
        self, scanner: Scanner, word: str, sep: str
    ) -> None:
        digest = _token(1, 64, "0123456789abcdef")
        session = _token(2)
        text = (
            f"Cookie: visitor_id413862=286585660; visitor_id413862{sep}{word}={digest}; "
            f"pardot={session}"
        )
        assert cookie_values(scanner, text) == ["286585660", session]

    def test_a_signature_without_its_cookie_is_judged_on_its_own(self, scanner: Scanner) -> None:
        digest = _token(3, 64, "0123456789abcdef")
        text = f"Cookie: other=1; visitor-hash={digest}"
        assert cookie_values(scanner, text) == [digest]

    def test_a_cookie_named_like_a_signature_of_a_later_cookie_is_judged_on_its_own(
        self, scanner: Scanner
    ) -> None:
        digest = _token(4, 40, "0123456789abcdef")
        text = f"Cookie: sid-hash={digest}; sid=286585660"
        assert digest in cookie_values(scanner, text)

    def test_an_id_cookie_whose_name_only_ends_in_a_signature_word_is_reported(
        self, scanner: Scanner
    ) -> None:
        value = _token(5)
        text = f"Cookie: lang=en; user_hash={value}"
        assert cookie_values(scanner, text) == [value]


class TestTimeCookie:
    @pytest.mark.parametrize(
        "pair",
        [
            "session-id-time=2082787201l",  # a Unix time with a type letter after it
            "session-id-time=2082787201",
            "last_visit_time=1696029484123",
            "cart.ts=1700000000",
        ],
    )
    def test_a_time_cookie_holding_a_number_is_no_identifier(
        self, scanner: Scanner, pair: str
    ) -> None:
        assert cookie_values(scanner, f"Cookie: {pair}; a=1") == []

    @pytest.mark.parametrize(
        "pair",
        [
            "session-id=262-4470426-8212015",  # the session id beside it is still reported
            "session-time=8f3a9c2e71b04d55a6",  # not a number: judged as any value
            "timeid=2082787201123456",  # a name that ends in no time word
        ],
    )
    def test_ids_beside_and_ids_of_other_shapes_are_still_reported(
        self, scanner: Scanner, pair: str
    ) -> None:
        assert cookie_values(scanner, f"Cookie: {pair}") == [pair.split("=", 1)[1]]


class TestServedHost:
    @pytest.mark.parametrize(
        "value",
        ["mc-sm17.websys.aol.com/13769", "node3.pool.example.net:8080", "web12.dc1.shop.de/4"],
    )
    def test_a_host_name_and_port_is_no_identifier(self, scanner: Scanner, value: str) -> None:
        assert cookie_values(scanner, f"Cookie: MC_NPID={value}; x=1") == []

    @pytest.mark.parametrize(
        "value",
        [
            "k3j4h5g6f7d8s9a0/13769",  # no dots: a random value and a number
            "a8f.k3j4h5g6f7d8s9a0q2/17",  # one dot: not a host name of a server
            "mc-sm17.websys.aol.com/13769abc9f8e7d6c",  # more after the number
        ],
    )
    def test_values_of_other_shapes_are_still_reported(self, scanner: Scanner, value: str) -> None:
        assert cookie_values(scanner, f"Cookie: sid={value}") == [value]


class TestRedactedAgent:
    @pytest.mark.parametrize("value", ["xxxxxxxxxxxxxxxxxx", "XXXXXXXX", "xxxx"])
    def test_a_run_of_x_is_a_redaction(self, scanner: Scanner, value: str) -> None:
        assert _agents(scanner, f"GET / HTTP/1.1\nUser-Agent: {value}\nHost: a.com") == []

    @pytest.mark.parametrize(
        "value",
        ["AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "xxxxxxxx-agent", "xxx", "curl/8.4.0"],
    )
    def test_other_agents_are_still_reported(self, scanner: Scanner, value: str) -> None:
        assert _agents(scanner, f"GET / HTTP/1.1\nUser-Agent: {value}\nHost: a.com") == [value]


class TestStartLine:
    @pytest.mark.parametrize(
        "line",
        [
            "HTTP/1.1 101 Switching Protocols",
            "HTTP/1.0 200 OK",
            "HTTP/2 404 Not Found",
            "GET /a/b?c=d HTTP/1.1",
            "CONNECT www.example.org:443 HTTP/1.1",
            "SimplyCom-Server: Apache",
            "Akamai-Cache: HIT",
        ],
    )
    def test_a_start_line_or_vendor_header_is_machine_text(self, line: str) -> None:
        assert header_or_machine_line(line)

    @pytest.mark.parametrize(
        "line",
        [
            "Follow-up: call Anna",
            "HTTP was designed by Tim Berners-Lee",
            "GET well soon, Anna",
            "Anna said the server was down",
        ],
    )
    def test_prose_is_not(self, line: str) -> None:
        assert not header_or_machine_line(line)

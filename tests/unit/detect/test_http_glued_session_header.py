"""A header named for a session id with a vendor's letter glued onto "session" (issue 10,
helper H146, the twenty-ninth HTTP set's development part).

Atlassian's servers send the session's id with every response as ``X-ASESSIONID: <id>``
(a short base-36 id), as Java's servlets name their cookie ``JSESSIONID``: one letter glued
onto "session". The header is read as any header named for a session id (the value judged as
a cookie's value: a word, a placeholder or a short number is none). Two letters or more glued
there make another word (``obsession``, ``possession``), and such a header is not read.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from privkit.detect import Scanner


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


def _ids(scanner: Scanner, text: str) -> list[str]:
    return [text[f.start : f.end] for f in scanner.scan(text) if f.entity_type == "COOKIE_ID"]


def _response(header: str) -> str:
    return f"HTTP/1.1 201\nserver: nginx\n{header}\ncache-control: no-cache"


@pytest.mark.parametrize("name", ["X-ASESSIONID", "x-asessionid", "X-A-SessionId", "JSESSIONID",
                                  "X-JSESSION-ID", "X-Jsession_Id"])  # fmt: skip
@pytest.mark.parametrize("value", ["1ibllm7", "10pwwge", "8409E5CFEB79DB1479000DD33CCA16AC"])
def test_a_session_header_with_a_glued_letter_holds_the_id(scanner, name, value):
    assert _ids(scanner, _response(f"{name}: {value}")) == [value]


@pytest.mark.parametrize("name", ["X-Possessionid", "X-Obsession-Id", "X-Concession-ID",
                                  "X-ABSESSIONID", "X-Sessionsid"])  # fmt: skip
def test_two_glued_letters_or_another_word_name_no_session(scanner, name):
    assert _ids(scanner, _response(f"{name}: 1ibllm7")) == []


@pytest.mark.parametrize("value", ["session", "none", "12345", "null", "<id>", "${SESSION}"])
def test_a_word_a_short_number_or_a_placeholder_is_no_id(scanner, value):
    assert _ids(scanner, _response(f"X-ASESSIONID: {value}")) == []


def test_the_session_id_beside_other_headers(scanner):
    text = (
        "HTTP/1.1 200\nx-arequestid: 1086x86119x1\nx-asen: SEN-2594513\n"
        "x-asessionid: 1ibllm7\nx-ausername: jordan"
    )
    assert _ids(scanner, text) == ["1ibllm7"]


def test_the_header_is_read_where_a_session_header_was_before(scanner):
    assert _ids(scanner, _response("X-Session-Id: 1ibllm7")) == ["1ibllm7"]


_VALUE = st.from_regex(r"[0-9A-Za-z]{1,12}", fullmatch=True)


@given(letter=st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"), value=_VALUE)
def test_one_glued_letter_reads_as_the_plain_session_header(scanner, letter, value):
    glued = _ids(scanner, _response(f"X-{letter}SESSIONID: {value}"))
    assert glued == _ids(scanner, _response(f"X-SESSIONID: {value}"))


@given(glued=st.from_regex(r"[A-Za-z]{2,4}", fullmatch=True), value=_VALUE)
def test_two_or_more_glued_letters_never_read_as_the_session(scanner, glued, value):
    assert _ids(scanner, _response(f"X-{glued}SESSIONID: {value}")) == []

"""Signed settings and id-named headers (issue 10, fourteenth HTTP set's development work).

A server that signs a cookie writes ``<base64 record>--<hex digest>``: the digest is random
whatever the record holds, so a signed record of settings (Zendesk's ``_zendesk_cookie``,
``{"device_tokens":{}}``) is no id, while a signed record holding an id stays one. A service
may echo its session id in a header of its own (``TNS_SESSIONID: <id>``): the header's value is
that id.
"""

from __future__ import annotations

import base64

import pytest
from tests.unit.detect._patterns import cookie_values

from privkit.detect import Scanner
from privkit.detect._builtin._cookie_records import _empty_signed_record


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


DIGEST = "475022cc997e69578b2d9a10ef8a78a673ab36cd"
SID = "46170dd18aab5091df572ed248543aa1"


def signed(record: bytes, digest: str = DIGEST) -> str:
    return base64.b64encode(record).decode("ascii") + "--" + digest


class TestSignedSettings:
    @pytest.mark.parametrize(
        "record",
        [
            b'\x04\x08I"\x19{"device_tokens":{}}\x06:\x06ET',  # Zendesk's, as Ruby marshals it
            b'{"flash":{},"locale":"en"}',
            b'{"theme":"dark","sidebar":"collapsed"}',
        ],
    )
    def test_a_signed_record_of_settings_is_no_id(self, scanner, record) -> None:
        value = signed(record)
        assert _empty_signed_record(value)
        assert cookie_values(scanner, f"Set-Cookie: _zendesk_cookie={value}; path=/; secure") == []
        assert cookie_values(scanner, f"Cookie: _app_prefs={value}; lang=en") == []

    def test_a_sha256_digest_and_encoded_padding_are_read(self, scanner) -> None:
        value = signed(b'{"flash":{}}', "0" * 63 + "1").replace("=", "%3D")
        assert cookie_values(scanner, f"Cookie: prefs={value}") == []

    @pytest.mark.parametrize(
        "record",
        [
            b'{"session_id":"' + SID.encode() + b'"}',  # a Rails session record
            b'\x04\x08{\x06I"\x0fsession_id\x06:\x06ETI"%' + SID.encode() + b"\x06;\x00T",
            b'{"user_id":4815162342}',  # a user's number
            b'{"token":"kYXcPMxuCHoWqzBe"}',  # random letters
            bytes(range(200, 232)),  # binary: an encrypted record
        ],
    )
    def test_a_signed_record_holding_an_id_is_reported(self, scanner, record) -> None:
        value = signed(record)
        assert not _empty_signed_record(value)
        assert cookie_values(scanner, f"Set-Cookie: _app_session={value}; path=/") == [value]

    def test_without_a_digest_it_is_judged_as_before(self, scanner) -> None:
        value = base64.b64encode(b'{"device_tokens":{}}').decode() + "--short"
        assert not _empty_signed_record(value)


class TestIdHeaders:
    @pytest.mark.parametrize(
        "name", ["TNS_SESSIONID", "X-Session-Id", "x-session-id", "X-Visitor-ID", "browser_id",
                 "X-Anonymous-Id", "Session-ID"],
    )  # fmt: skip
    def test_a_header_named_for_a_session_id_holds_one(self, scanner, name) -> None:
        text = f"GET https://console.example.org/rest/scan\n{name}: {SID}\nAccept: */*"
        assert cookie_values(scanner, text) == [SID]

    @pytest.mark.parametrize(
        "line",
        [
            f"X-Request-Id: {SID}",  # a request's id, not a session's
            f"X-Correlation-Id: {SID}",
            "TNS_SESSIONID: SESSIONID",  # a filter's stand-in
            "X-Session-Id: 12345",  # a few digits
            "X-Session-Id: none",
        ],
    )
    def test_other_headers_and_placeholders_are_not(self, scanner, line) -> None:
        assert cookie_values(scanner, f"GET https://console.example.org/\n{line}\n") == []

    def test_a_cookie_pair_is_read_as_a_cookie(self, scanner) -> None:
        text = f"GET https://console.example.org/\nCookie: TNS_SESSIONID={SID}\n"
        assert cookie_values(scanner, text) == [SID]

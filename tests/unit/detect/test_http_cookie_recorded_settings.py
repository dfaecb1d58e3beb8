"""Cookie values that a recorder or a settings record wrote, not a browser's id (issue 10,
helper H158, the thirty-second HTTP set).

A recorder's filter writes a name in angle brackets where it took a value out
(``<set_cookie_dsc>``, ``<SESSION_ID>``): a placeholder under any cookie name, as the template
fields ``${GDPR}`` and ``{{uid}}`` already were. A protocol-buffer record in base64 (Google's
consent cookie ``SOCS``, YouTube's ``VISITOR_PRIVACY_METADATA``) that holds small numbers and
settings (a country, a language, a build's label) is a setting; one that holds a random
string, a large number or fixed-width random bits stays an id.
"""

from __future__ import annotations

import base64
import random
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.unit.detect._patterns import request_cookie, set_cookie

from privkit.detect import Scanner
from privkit.detect._builtin._cookie_records import _protobuf_setting, _protobuf_texts, _varint
from privkit.detect._builtin._cookie_values import _dated_label, _template_field


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


def _ids(scanner: Scanner, text: str) -> list[str]:
    return [text[f.start : f.end] for f in scanner.scan(text) if f.entity_type == "COOKIE_ID"]


def _varint_bytes(n: int) -> bytes:
    out = bytearray()
    while True:
        low, n = n & 0x7F, n >> 7
        out.append(low | (0x80 if n else 0))
        if not n:
            return bytes(out)


def _field(number: int, value: int | bytes) -> bytes:
    if isinstance(value, int):
        return _varint_bytes(number << 3) + _varint_bytes(value)
    return _varint_bytes(number << 3 | 2) + _varint_bytes(len(value)) + value


def _b64(raw: bytes, *, url_safe: bool = False) -> str:
    out = base64.urlsafe_b64encode(raw) if url_safe else base64.b64encode(raw)
    return out.decode("ascii")


# a consent record as Google writes it: a flag, a nested record with a build's label and a
# language, a nested time
SOCS_LIKE = _b64(
    _field(1, 1)
    + _field(2, _field(1, 1) + _field(2, b"gws_20230810-0_RC2") + _field(3, b"en") + _field(4, 1))
    + _field(3, _field(1, 1700000000)),
    url_safe=True,
)
# a privacy record: a country code and small numbers
PRIVACY_LIKE = _b64(_field(1, b"DE") + _field(2, _field(2, b"") + _field(4, 75)))


class TestRecorderPlaceholders:
    @pytest.mark.parametrize(
        "value",
        ["<set_cookie_dsc>", "<SESSION_ID>", "<REDACTED>", "<JSESSIONID>", "<TOKEN_2>",
         "<api.key-2>", "<_SESSION>"],
    )  # fmt: skip
    @pytest.mark.parametrize("name", ["dsc", "sid", "_session_id", "JSESSIONID"])
    def test_a_name_in_angle_brackets_is_no_id(self, scanner, name, value) -> None:
        assert _ids(scanner, set_cookie(name, value)) == []
        assert _ids(scanner, request_cookie(name, value)) == []

    @pytest.mark.parametrize(
        "value",
        ["<a9f8e7d6c5b4a3f2e1>", "<Zx81kQ_p0Lm3Wq>", "<" + "ab12" * 5 + ">"],
    )
    def test_random_characters_in_angle_brackets_stay_an_id(self, scanner, value) -> None:
        assert _ids(scanner, set_cookie("sid", value)) == [value]

    def test_the_template_reader(self) -> None:
        assert _template_field("<SESSION_ID>")
        assert _template_field("%3CSESSION_ID%3E")
        assert _template_field("${GDPR}")
        assert not _template_field("<a9f8e7d6c5b4a3f2e1>")
        assert not _template_field("SESSION_ID")
        assert not _template_field("")

    @settings(max_examples=60, deadline=None)
    @given(st.text(alphabet=string.ascii_letters + string.digits, min_size=16, max_size=40))
    def test_a_random_value_without_brackets_is_no_template(self, value) -> None:
        assert not _template_field(value)


class TestProtobufSettings:
    @pytest.mark.parametrize(
        ("name", "value"),
        [("SOCS", SOCS_LIKE), ("VISITOR_PRIVACY_METADATA", PRIVACY_LIKE),
         ("pref_record", _b64(_field(1, 3) + _field(2, b"en-US") + _field(5, 1700000000123)))],
    )  # fmt: skip
    def test_a_record_of_settings_is_no_id(self, scanner, name, value) -> None:
        assert _ids(scanner, set_cookie(name, value)) == []

    @pytest.mark.parametrize(
        "raw",
        [
            _field(1, b"Ab12Cd34Ef5xq9") + _field(5, 1700000000),  # a random string: an id
            _field(1, 0x9F3A61C2D4E58B17) + _field(2, b"en"),  # a 64-bit random number
            b"\x09" + bytes(range(200, 208)) + _field(2, b"en"),  # fixed 64 bits (wire type 1)
        ],
    )
    def test_a_record_holding_an_id_stays_an_id(self, scanner, raw) -> None:
        value = _b64(raw)
        assert _ids(scanner, set_cookie("visitor_record", value)) == [value]

    def test_the_reader_reads_whole_messages_only(self) -> None:
        assert _protobuf_texts(_field(1, b"en") + _field(2, 7)) == [b"en"]
        assert _protobuf_texts(_field(1, b"en")[:-1]) is None  # cut short
        assert _protobuf_texts(b"") is None
        assert _protobuf_texts(_varint_bytes(65 << 3) + b"\x01") is None  # field number > 64
        assert _varint(b"\xff" * 11, 0) is None
        assert _varint(b"\x96\x01", 0) == (150, 2)

    def test_short_records_are_not_read(self) -> None:
        assert not _protobuf_setting(_field(1, 3), lambda _t: True)

    def test_a_builds_label(self) -> None:
        assert _dated_label("gws_20230810-0_RC2")
        assert _dated_label("web-20240112.03")
        assert not _dated_label("gws_20231310-0_RC2")  # no month 13
        assert not _dated_label("a8f3e2d1c0b9a8f7e6")

    @settings(max_examples=200, deadline=None)
    @given(st.binary(min_size=12, max_size=48))
    def test_random_bytes_are_rarely_a_settings_record(self, raw) -> None:
        # random bytes that do read as a whole message hold only small numbers and settings
        # text: the invariant is that whatever reads as settings has no long random string
        texts = _protobuf_texts(raw)
        if _protobuf_setting(raw, lambda t: len(t) < 6):
            assert texts is not None
            assert all(len(t) < 6 for t in texts)

    def test_random_ids_of_every_length_stay_ids(self, scanner) -> None:
        rng = random.Random(158)
        alphabet = string.ascii_letters + string.digits + "-_"
        kept = 0
        for n in range(16, 64, 4):  # base64 of 12 to 47 random bytes, URL-safe or not
            for _ in range(25):
                value = "".join(rng.choice(alphabet) for _ in range(n))
                kept += _ids(scanner, set_cookie("vid", value)) == [value]
        assert kept == 12 * 25

"""Cookie ids in signed-in browsers' cookie jars (issue 10, eleventh HTTP set's development work).

A jar may hold a cookie without a name (a bare ``douyin.com``): the pairs after it are still
read. A JSON string holding JSON, percent-encoded, is a structured value; a trace's cookie
follows one request, not a browser.
"""

from __future__ import annotations

import pytest
from tests.unit.detect._patterns import cookie_values

from privkit.detect import Scanner
from privkit.detect._builtin._cookie_names import _not_id_name
from privkit.detect._builtin._cookie_records import _blob
from privkit.detect._builtin._cookie_values import EMPTY_DIGESTS


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


SID = "6f34e666e71445c9d39d8d06a347a13f"
TOKEN = "lKfc9qATIFKJ9_UT6GpjnH3aXhZh6x5pUp4pknx9OmVJazLzv"


class TestNamelessCookies:
    @pytest.mark.parametrize(
        "bare", ["douyin.com", "x", "  spaced  ", "douyin.com;;", "a.b.c-d_e"], ids=str.strip
    )
    def test_the_pairs_after_a_cookie_without_a_name_are_read(self, scanner, bare):
        text = f"Cookie: csrf_session_id={SID}; {bare}; msToken={TOKEN}; lang=en"
        assert cookie_values(scanner, text) == [SID, TOKEN]

    @pytest.mark.parametrize("gap", ["see the notes below", "x y;"], ids=["prose", "words"])
    def test_reading_stops_at_what_is_no_cookie(self, scanner, gap):
        # Words after the pairs are not read as more pairs ("Cookie: sid=...; see the notes").
        text = f"Cookie: csrf_session_id={SID}; {gap} msToken={TOKEN}"
        assert cookie_values(scanner, text) == [SID]

    def test_a_hostile_run_of_bare_pieces_stays_linear(self, scanner):
        text = "Cookie: " + "a; " * 50_000 + f"sid={SID}"
        assert cookie_values(scanner, text) == [SID]


class TestStructuredJsonStrings:
    VALUE = (
        "%22%7B%5C%22cookie_enabled%5C%22%3Atrue%2C%5C%22screen_width%5C%22%3A1463%2C"
        "%5C%22effective_type%5C%22%3A%5C%224g%5C%22%7D%22"
    )

    def test_a_json_string_holding_json_is_decoded(self):
        assert (
            _blob(self.VALUE) == '{"cookie_enabled":true,"screen_width":1463,"effective_type":"4g"}'
        )

    def test_its_settings_are_no_id(self, scanner):
        text = f"Cookie: stream_recommend_feed_params={self.VALUE}; sid={SID}"
        assert cookie_values(scanner, text) == [SID]

    def test_an_id_inside_it_is_reported(self, scanner):
        value = "%22%7B%5C%22user_id%5C%22%3A%5C%22" + SID + "%5C%22%7D%22"
        assert cookie_values(scanner, f"Cookie: prefs={value}") == [SID]

    @pytest.mark.parametrize("value", ["%22%7Bnot json", '"{"', "%22%7B%7D"])
    def test_a_broken_one_is_no_structure(self, value):
        assert _blob(value) in (None, "{}")


class TestTraceCookies:
    @pytest.mark.parametrize(
        "name", ["biz_trace_id", "traceparent", "x-trace", "TraceId", "_trace"]
    )
    def test_a_trace_names_no_id(self, name):
        assert _not_id_name(name)

    @pytest.mark.parametrize("name", ["contrace", "sid", "tracking_id", "ttwid", "__utma"])
    def test_other_names_still_do(self, name):
        assert not _not_id_name(name)

    def test_a_trace_cookie_beside_an_id_cookie(self, scanner):
        text = f"Cookie: biz_trace_id=9a3d5c7e1f; sessionid={SID}"
        assert cookie_values(scanner, text) == [SID]


def test_google_analytics_custom_variables_are_no_id(scanner):
    text = (
        "Cookie: __utma=253067679.1853429123.1601234567.1601234567.1601234567.1; "
        "__utmv=253067679.|1=Is%20Registered=No=1"
    )
    assert cookie_values(scanner, text) == [
        "253067679.1853429123.1601234567.1601234567.1601234567.1"
    ]


@pytest.mark.parametrize(
    "digest",
    [
        "d41d8cd98f00b204e9800998ecf8427e",  # MD5("")
        "DA39A3EE5E6B4B0D3255BFEF95601890AFD80709",  # SHA-1(""), upper case
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",  # SHA-256("")
    ],
)
def test_the_digest_of_nothing_is_no_id(scanner, digest):
    # The same for every browser: a value hashed from an empty string.
    text = f"Set-Cookie: KinjaBurner={digest}; Path=/\nSet-Cookie: sid={SID}"
    assert cookie_values(scanner, text) == [SID]


def test_empty_digests_are_the_published_constants():
    import hashlib

    assert {hashlib.new(n, b"").hexdigest() for n in ("md5", "sha1", "sha256")} == EMPTY_DIGESTS


@pytest.mark.parametrize(
    ("value", "is_id"),
    [
        ("%223%2F20230729%2F0%22", False),  # "3/20230729/0": a step, a day, a count
        ("1/20241104/2", False),
        ("20240101/1712345678", False),  # a day and a time
        ("7251923062323415098/3", True),  # a long number: an id
        ("3/20231399/0", True),  # no day: eight digits of something else
    ],
)
def test_numbers_dates_and_slashes(scanner, value, is_id):
    text = f"Cookie: download_guide={value}"
    assert bool(cookie_values(scanner, text)) is is_id

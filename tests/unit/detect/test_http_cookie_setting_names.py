"""Signature, preference, quoted-word and time cookies (issue 10, helper H166, the thirty-fourth
HTTP set).

A cookie is no persistent identifier in these classes, read from its name or its value's
shape (corpus README, "Thirty-fourth HTTP set"): a signature cookie named ``<name>.sig`` (the
HMAC Node.js's ``cookies``/``keygrip`` write of another cookie), a preference named as one (a
last name word naming a language, theme, time zone, currency, layout, map...; no word naming
an id), a value of words inside quotes (``%22traffic-summary-web%22``), and a Unix time
written after a separator (``|_1496444397``) or as the canonical base64 of its four bytes
(``g=Z7HctQ``). Ids under other names, and ids of other shapes, are reported as before.
"""

from __future__ import annotations

import base64
import random
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.unit.detect._patterns import cookie_values, request_cookie, set_cookie

from privkit.detect import Scanner
from privkit.detect._builtin._cookie_names import _not_id_name, _setting_cookie
from privkit.detect._builtin._cookie_values import _base64_time, _other_time


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


RNG = random.Random(166)
ID = "".join(RNG.choice(string.ascii_letters + string.digits) for _ in range(27))


def _b64_time(seconds: int) -> str:
    return base64.b64encode(seconds.to_bytes(4, "big")).decode("ascii").rstrip("=")


class TestSignatureCookie:
    @pytest.mark.parametrize("name", ["eadspuid.sig", "session.sig", "koa.sess.sig"])
    def test_alone_in_its_set_cookie_is_no_id(self, scanner, name) -> None:
        assert cookie_values(scanner, set_cookie(name, ID)) == []

    def test_beside_its_cookie_the_cookie_stays(self, scanner) -> None:
        text = f"GET / HTTP/1.1\nCookie: eadspuid={ID}; eadspuid.sig=Zq8sdfh3kj2h4kjhQ0aZ\n"
        assert cookie_values(scanner, text) == [ID]

    @pytest.mark.parametrize("name", [".sig", "sig", "session_sig", "sigid", "uid.sign"])
    def test_other_names_are_judged_as_before(self, name) -> None:
        assert not _not_id_name(name)


class TestSettingNames:
    @pytest.mark.parametrize(
        "name",
        ["mapviewer.map", "mapviewer.baselayer", "bf-browser-language", "site_theme",
         "user_timezone", "shop-currency", "page_layout", "editorFont", "reader_zoom"],
    )  # fmt: skip
    def test_setting_name_holds_no_id(self, scanner, name) -> None:
        assert _setting_cookie(name, "BE_20160301_10x")
        assert cookie_values(scanner, request_cookie(name, "BE_20160301_10x")) == []

    @pytest.mark.parametrize(
        "name", ["lang_uid", "theme_session_id", "map_user_id", "mapId", "langToken", "bitmap_sid"]
    )
    def test_a_word_naming_an_id_keeps_the_id(self, scanner, name) -> None:
        assert not _setting_cookie(name, "BE_20160301_10x")
        assert cookie_values(scanner, request_cookie(name, ID)) == [ID]

    @pytest.mark.parametrize("name", ["language_pack", "mapping", "tzid", "fontawesome", "uid"])
    def test_setting_word_not_last_or_not_whole(self, name) -> None:
        assert not _setting_cookie(name, "BE_20160301_10x")

    @pytest.mark.parametrize(
        "value",
        ["a=1&uid=x", "%7B%22uid%22%3A%22x%22%7D", "eyJ1aWQiOiJ4In0", "v1|abcdef", "a:b",
         "x" * 65, "abc--0123456789abcdef"],
    )  # fmt: skip
    def test_a_structured_value_is_judged_as_any_other(self, value) -> None:
        assert not _setting_cookie("site_theme", value)


class TestQuotedWords:
    @pytest.mark.parametrize(
        "value", ["%22traffic-summary-web%22", "%22dark-mode%22", "%27travel-time-list-web%27"]
    )
    def test_words_in_encoded_quotes_are_words(self, scanner, value) -> None:
        assert cookie_values(scanner, request_cookie("ns", value)) == []

    def test_an_id_in_encoded_quotes_stays(self, scanner) -> None:
        value = f"%22{ID}%22"
        assert cookie_values(scanner, request_cookie("ns", value)) == [value]


class TestOtherTimes:
    @pytest.mark.parametrize("value", ["_1496444397", "-1496444397", "_1496444397123"])
    def test_time_after_a_separator(self, value) -> None:
        assert _other_time(value)

    @pytest.mark.parametrize("value", ["_0496444397", "-8587051624805987613", "_149644439x", "_"])
    def test_other_numbers_are_not(self, value) -> None:
        assert not _other_time(value)

    def test_record_time_is_no_id(self, scanner) -> None:
        assert cookie_values(scanner, request_cookie("wousq", "|_1496444397")) == []

    @pytest.mark.parametrize("seconds", [1_000_000_000, 1_739_709_621, 2_147_483_647])
    def test_base64_time(self, seconds) -> None:
        value = _b64_time(seconds)
        assert _base64_time(value)
        assert _base64_time(value + "==")

    def test_base64_time_field_is_no_id(self, scanner) -> None:
        value = f"{ID}&g={_b64_time(1_739_709_621)}"
        assert cookie_values(scanner, request_cookie("rec", value)) == [ID]

    @pytest.mark.parametrize(
        "value",
        [
            _b64_time(999_999_999),  # before 2001
            base64.b64encode((3_000_000_000).to_bytes(4, "big")).decode()[:6],  # after 2038
            "Z7HctR",  # low bits set: no encoder writes it
            "Z7HctQAA",  # eight characters that are no padding
            "Z7Hct",
            "Z7HctQ=",
        ],
    )
    def test_not_a_base64_time(self, value) -> None:
        assert not _base64_time(value)

    @settings(max_examples=200, deadline=None)
    @given(st.integers(min_value=1_000_000_000, max_value=2_147_483_647))
    def test_every_time_in_range_reads_as_one(self, seconds) -> None:
        assert _base64_time(_b64_time(seconds))
        assert _base64_time(
            base64.urlsafe_b64encode(seconds.to_bytes(4, "big")).decode().rstrip("=")
        )

    @settings(max_examples=200, deadline=None)
    @given(st.binary(min_size=8, max_size=32))
    def test_longer_values_never_read_as_a_time(self, raw) -> None:
        assert not _base64_time(base64.b64encode(raw).decode().rstrip("="))

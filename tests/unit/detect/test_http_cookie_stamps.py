"""Signed and stamped cookie records (issue 10, helper H42).

A record that writes its id, then when it was made, signs or stamps itself there: after the
time come its lifetime and expiry date (no id) and its signature (TikTok's
``1|<id>|<time>|<signature>``, ByteDance's ``<session id>|<time>|<max age>|<date>``, Google's
``ID=<id>:T=<time>:S=<signature>``). A field keyed as a signature (``crc``, ``sig``, ``S``)
signs the id before it. A signature is as unique to the browser as the id it signs, so it is
reported with that id, as one finding, not as an identifier of its own.
"""

from __future__ import annotations

import pytest
from tests.unit.detect._patterns import cookie_values

from privkit.detect import Scanner
from privkit.detect._builtin import CookieDetector
from privkit.detect._builtin._cookie_names import _signature_key
from privkit.detect._builtin._cookie_values import _lifetime, _stamp


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


def spans(value: str) -> list[str]:
    return [value[s:e] for s, e in CookieDetector._spans(value)]


ID = "Qm7xT2vKp9LzR4wNc8YbHs1JdF6gAe3UoXiV0tEq5nM"
HEX = "4b9e0c7a1f2d83e6b5a9c0d7e4f1a2b3c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3"
SESSION = "9c4e1a7b3d5f2e8c6a0b4d7f1e3c5a9b"


class TestAfterTheStamp:
    @pytest.mark.parametrize(
        ("value", "want"),
        [
            # TikTok's ttwid: the id, its time and its signature, one finding
            (f"1%7C{ID}%7C1690000000%7C{HEX}", [f"{ID}%7C1690000000%7C{HEX}"]),
            (f"1|{ID}|1690000000|{HEX}", [f"{ID}|1690000000|{HEX}"]),
            # a lifetime in seconds and an expiry date are no id and no signature
            (f"{SESSION}%7C1690990657%7C5184000%7CMon%2C+29-Jan-2024+08%3A11%3A10+GMT", [SESSION]),
            (f"{SESSION}|1690990657|15525213|Mon, 29-Jan-2024 08:11:10 GMT", [SESSION]),
            # a long number after the time in milliseconds: reported with the id (fail closed)
            (f"{ID}%7C1716249600000%7C3543285472339979644", [f"{ID}%7C1716249600000%7C3543285472339979644"]),
            (f"{SESSION}%7C%7C1715849590%7C%7C{HEX[:32]}", [f"{SESSION}%7C%7C1715849590%7C%7C{HEX[:32]}"]),
            (
                f"ID={SESSION[:16]}:T=1713868229:RT=1713868229:S=ALNI_MZ0vaDLqS7ojil37yQ",
                [f"{SESSION[:16]}:T=1713868229:RT=1713868229:S=ALNI_MZ0vaDLqS7ojil37yQ"],
            ),
        ],
        ids=["ttwid", "ttwid-plain", "sid_guard", "sid_guard-plain", "ms", "double-bar", "google"],
    )  # fmt: skip
    def test_the_signature_after_the_time_is_one_finding_with_the_id(self, value, want):
        assert spans(value) == want

    def test_an_id_after_a_time_that_comes_first_is_kept_alone(self):
        # No id before the time: the record is not signed there ("<time>|<id>").
        assert spans(f"1690000000|{ID}") == [ID]

    def test_a_number_under_an_id_key_is_no_stamp(self):
        # "VisitorID=1611304118" names an id, not a time: what follows is read as before.
        assert spans(f"sid={SESSION}:VisitorID=1611304118:x={ID}") == [SESSION, ID]
        assert spans(f"{SESSION}|VisitorID=1611304118|x={ID}") == [SESSION, "1611304118", ID]

    def test_fields_joined_by_bars(self):
        value = f"{SESSION[:16]}||t=1453212385|et=730|cs=002213fd48a75e87873745c50e"
        assert spans(value) == [value]

    def test_fields_joined_by_ampersands_are_read_by_their_keys(self):
        # "&" fields say what they hold by name: a later id field stays one of its own.
        value = f"s={SESSION}&ts=1453212385&vid={ID}"
        assert spans(value) == [SESSION, ID]

    def test_in_a_cookie_header(self, scanner):
        text = (
            f"Cookie: ttwid=1%7C{ID}%7C1690000000%7C{HEX}; "
            f"sid_guard={SESSION}%7C1690990657%7C5184000%7CMon%2C+29-Jan-2024+08%3A11%3A10+GMT; "
            f"msToken={SESSION[::-1]}"
        )
        assert cookie_values(scanner, text) == [
            f"{ID}%7C1690000000%7C{HEX}",
            SESSION,
            SESSION[::-1],
        ]

    @pytest.mark.parametrize(
        ("value", "stamp"),
        [
            ("1690000000", True),
            ("1716249600000", True),
            ("5184000", False),
            ("2990000000", False),
            ("16900000ab", False),
        ],
    )
    def test_stamp(self, value, stamp):
        assert _stamp(value) is stamp

    @pytest.mark.parametrize(
        ("value", "lifetime"), [("730", True), ("5184000", True), ("94608000", True),
                                ("123456789", False), ("7d", False)],
    )  # fmt: skip
    def test_lifetime(self, value, lifetime):
        assert _lifetime(value) is lifetime


class TestSignatureFields:
    def test_yahoo_signs_with_an_upper_case_s(self):
        d = "AQABBLDnS2YCEP0BAiV73bn_K-xx9-QrPBQFEgEBAQE5TWZVZtxW0iMA_eMAAA"
        value = f"d={d}&S=AQAAArreTu35nXbnURfFRA"
        assert spans(value) == [f"{d}&S=AQAAArreTu35nXbnURfFRA"]

    def test_a_signature_without_an_id_before_it_stays_reported(self):
        assert spans("crc=412da8382809449c8f8c67a0359306f2&v=1") == [
            "412da8382809449c8f8c67a0359306f2"
        ]

    def test_a_lower_case_s_is_a_session_of_its_own(self):
        value = f"uid={SESSION}&s=4cbf9cf5-32e4-4779-a6d8-664c790f3f21&h=&v=0"
        assert spans(value) == [SESSION, "4cbf9cf5-32e4-4779-a6d8-664c790f3f21"]

    def test_a_checksum_field(self):
        value = f"uid={SESSION}&crc=412da8382809449c8f8c67a0359306f2"
        assert spans(value) == [value[4:]]

    @pytest.mark.parametrize(
        ("key", "want"),
        [("S", True), ("s", False), ("sig", True), ("Signature", True), ("crc32", True),
         ("checksum", True), ("hmac", True), ("sid", False), ("hash", False), ("Sig2", False)],
    )  # fmt: skip
    def test_signature_key(self, key, want):
        assert _signature_key(key) is want


class TestEchoesOfASignedId:
    def test_the_id_of_a_signed_record_is_found_where_it_is_echoed(self, scanner):
        text = (
            f"Cookie: ttwid=1%7C{ID}%7C1690000000%7C{HEX}\n"
            f"Referer: https://x.test/p?web_id={ID}&a=1"
        )
        assert cookie_values(scanner, text) == [f"{ID}%7C1690000000%7C{HEX}", ID]

    def test_an_id_signed_with_google_s(self, scanner):
        gid = SESSION[:16] + "ab"
        text = f"Cookie: __gads=ID={gid}:T=1713868229:S=ALNI_MZ0vaDLqS7o\nX-Ad: id={gid}"
        assert cookie_values(scanner, text) == [f"{gid}:T=1713868229:S=ALNI_MZ0vaDLqS7o", gid]

"""Cookie ids in signed-in browsers' jars: what a value's shape cannot say alone (helper H42).

A random fraction is an id only under a name that names one; a cookie named for a device is
still the browser's cookie (``COOKIE_ID``, not the device-id detector's ``DEVICE_ID``); a
list of several records each with a bare ``id`` lists things, not the visitor.
"""

from __future__ import annotations

import base64
import json

import pytest

from privkit.detect import Scanner
from privkit.detect._builtin._cookie_names import _id_key, _not_id_name
from privkit.detect._builtin._cookie_records import _json_ids


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


def found(scanner: Scanner, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type.value, text[f.start : f.end]) for f in scanner.scan(text)]


SID = "6f34e666e71445c9d39d8d06a347a13f"


class TestFractions:
    @pytest.mark.parametrize(
        ("name", "value"),
        [
            ("hd_newui", "0.2103068903976506"),  # a sampling draw (Math.random())
            ("xg_device_score", "8.208487995540095"),  # a score
            ("ratio", "-0.53120"),
        ],
    )
    def test_a_fraction_under_another_name_is_no_id(self, scanner, name, value):
        text = f"Cookie: {name}={value}; sid={SID}"
        assert found(scanner, text) == [("COOKIE_ID", SID)]

    @pytest.mark.parametrize("name", ["hdjs_session_id", "visitor", "_ym_uid", "userId", "session"])
    def test_a_fraction_under_an_id_name_is_one(self, scanner, name):
        text = f"Cookie: {name}=0.4929014850884579"
        assert found(scanner, text) == [("COOKIE_ID", "0.4929014850884579")]

    @pytest.mark.parametrize("value", ["0.2103068903976506x", "1234.5678901", "0.21.03068903976"])
    def test_other_shapes_are_judged_as_before(self, scanner, value):
        text = f"Cookie: hd_newui={value}"
        assert found(scanner, text) != []


class TestDeviceNamedCookies:
    @pytest.mark.parametrize(
        "pair",
        ["udb_deviceid=w_610934293339279360", "mautic_device_id=ibmvxq338nv6a99gypcdxyi"],
    )
    def test_a_cookie_named_for_a_device_is_a_cookie_id(self, scanner, pair):
        text = f"Cookie: a=1; {pair}; b=2"
        assert found(scanner, text) == [("COOKIE_ID", pair.split("=", 1)[1])]

    def test_a_set_cookie_too(self, scanner):
        text = "Set-Cookie: udb_deviceid=w_610934293339279360; Path=/"
        assert found(scanner, text) == [("COOKIE_ID", "w_610934293339279360")]

    @pytest.mark.parametrize(
        "text",
        [
            "device_id=w_610934293339279360",
            "GET /x?partner_device_id=VIrPMMM55qMh2zUfx_sv HTTP/1.1",
            '{"device_id": "w_610934293339279360"}',
        ],
    )
    def test_outside_a_cookie_header_it_stays_a_device_id(self, scanner, text):
        assert [e for e, _ in found(scanner, text)] == ["DEVICE_ID"]


class TestListedThings:
    def test_the_ids_of_listed_records_are_no_visitor_id(self, scanner):
        value = (
            "%5B%7B%22id%22%3A%227090470170187827208%22%2C%22u%22%3A669%7D%2C"
            "%7B%22id%22%3A%227251923062323415098%22%2C%22u%22%3A83%7D%5D"
        )
        assert found(scanner, f"Cookie: SelfTabRedDotControl={value}; sid={SID}") == [
            ("COOKIE_ID", SID)
        ]

    def test_a_single_record_keeps_its_id(self):
        assert list(_json_ids([{"id": SID, "u": 1}])) == [SID]
        assert list(_json_ids({"id": SID})) == [SID]

    def test_named_ids_of_listed_records_are_kept(self):
        # "uid", "visitorId" name a person's id whatever the list holds
        node = [{"id": "7090470170187827208", "uid": SID}, {"id": "72519230623", "uid": "77"}]
        assert list(_json_ids(node)) == [SID, "77"]

    def test_a_record_under_an_id_key_keeps_its_id(self):
        node = {"vid": [{"id": SID}, {"id": "a8f3"}]}
        assert list(_json_ids(node)) == [SID, "a8f3"]


class TestPublicKeys:
    """A public key the browser made for itself names the browser, as a device id does."""

    @staticmethod
    def encoded(record: dict[str, object]) -> str:
        return base64.b64encode(json.dumps(record, separators=(",", ":")).encode()).decode()

    KEY = "BExnYGjDEAkq+v4lOiwjtHZ/GShQ5qlygI2IKjr13J+Dz3bp43jWss77nBS7glNmMxGme7rWhHOivBoVcgObbXU="

    def test_a_base64_record_holding_a_public_key_is_reported_whole(self, scanner):
        value = self.encoded({"guard-version": 2, "guard-ree-public-key": self.KEY, "web": 1})
        text = f"Cookie: bd_ticket_guard_client_data={value}; lang=en"
        assert found(scanner, text) == [("COOKIE_ID", value)]

    def test_percent_encoded_too(self, scanner):
        value = self.encoded({"publicKey": self.KEY}).replace("=", "%3D")
        assert found(scanner, f"Cookie: client_data={value}") == [("COOKIE_ID", value)]

    def test_a_record_of_settings_stays_a_setting(self, scanner):
        value = self.encoded({"guard-version": 2, "iteration-version": 1, "theme": "dark"})
        assert found(scanner, f"Cookie: client_data={value}") == []

    @pytest.mark.parametrize(
        ("key", "named"),
        [("publicKey", True), ("ree-public-key", True), ("pub_key", False), ("pubkey", True),
         ("public_key_version", False), ("keyboard", False)],
    )  # fmt: skip
    def test_key_names(self, key, named):
        assert _id_key(key) is named


class TestWordsJoinedByAmpersands:
    @pytest.mark.parametrize("value", ["webh5&0.0.1&websocket", "web&1.2&h5", "flash&html5&v2"])
    def test_a_client_descriptor_is_no_id(self, scanner, value):
        assert found(scanner, f"Cookie: huya_ua={value}; sid={SID}") == [("COOKIE_ID", SID)]

    @pytest.mark.parametrize("value", ["kx9Qm2&Zr8Lw4tYp3", f"{SID}&web", "a8f3c9e21b&4d7e&0c1f"])
    def test_random_parts_joined_by_ampersands_stay_ids(self, scanner, value):
        assert found(scanner, f"Cookie: c={value}") == [("COOKIE_ID", value)]

    def test_a_cookie_named_like_an_agent_field_is_no_agent(self, scanner):
        # "*_ua" in a Cookie header names the site's cookie, not the User-Agent header
        assert found(scanner, "Cookie: huya_ua=webh5&0.0.1&websocket") == []
        assert found(scanner, "user_agent=gPXE/0.9.7") == [("USER_AGENT", "gPXE/0.9.7")]

    def test_a_browser_agent_inside_a_cookie_is_still_an_agent(self, scanner):
        agent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"
        assert found(scanner, f"Cookie: ua={agent}; b=2") == [("USER_AGENT", agent)]


class TestVersionCookies:
    @pytest.mark.parametrize(
        "name",
        ["private_content_version", "__live_version__", "FEED_LIVE_VERSION",
         "header_theme_version", "app_ver", "sessionVersion"],
    )  # fmt: skip
    def test_a_cookie_named_for_a_version_is_no_id(self, name):
        assert _not_id_name(name)

    # ("server" names a routing cookie since the fifteenth set's rule: "observer" keeps the
    # letters "ver" inside another word)
    @pytest.mark.parametrize("name", ["observer", "clever_uid", "ver_id", "deliverid", "river"])
    def test_other_names_are_not(self, name):
        assert not _not_id_name(name)

    def test_in_a_header(self, scanner):
        text = f"Cookie: private_content_version=5d5407e244e58847c74128c206ce36e1; sid={SID}"
        assert found(scanner, text) == [("COOKIE_ID", SID)]

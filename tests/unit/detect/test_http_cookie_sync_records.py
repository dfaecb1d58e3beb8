"""Partner-sync records and agent query fields (issue 10, helper H170, the thirty-fifth HTTP
set).

A partner-sync record lists, after the browser's id, the partners it was matched with and
when (``<uuid>|partner-a.tv:1700000000;partner-b:1700000001``): each item is a partner's name
and a Unix time, the same for every browser synced at that second, not an id. The id before
them is still reported, and so is an item whose value is an id or whose key names one.
"""

from __future__ import annotations

import pytest
from tests.unit.detect._patterns import cookie_values, set_cookie

from privkit.detect import Scanner

UUID = "3f1c2b7a-5d4e-4c6b-9a8f-2e7d1c0b9a34"


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


def _encoded(record: str) -> str:
    return record.replace("|", "%7C").replace(":", "%3A").replace(";", "%3B")


class TestSyncRecord:
    @pytest.mark.parametrize("encode", [False, True])
    def test_partner_times_are_no_ids_and_the_id_stays(self, scanner, encode) -> None:
        record = f"{UUID}|alpha.tv:1701234567;bravo:1701234568;charlie_v2:1701234569"
        value = _encoded(record) if encode else record
        assert cookie_values(scanner, set_cookie("syncrec", value)) == [UUID]

    def test_a_time_in_milliseconds_and_a_counter_too(self, scanner) -> None:
        record = f"{UUID}|delta:1701234567890;echo:3"
        assert cookie_values(scanner, set_cookie("syncrec", _encoded(record))) == [UUID]

    def test_an_item_whose_value_is_an_id_stays(self, scanner) -> None:
        record = f"{UUID}|alpha.tv:1701234567;bravo:Q7fK2mXc9LpR4tZw8NvB"
        found = cookie_values(scanner, set_cookie("syncrec", _encoded(record)))
        assert UUID in found
        assert any("Q7fK2mXc9LpR4tZw8NvB" in f for f in found)

    def test_a_number_under_an_id_key_stays(self, scanner) -> None:
        record = f"{UUID}|alpha.tv:1701234567;uid:1701234569"
        found = cookie_values(scanner, set_cookie("syncrec", _encoded(record)))
        assert any("1701234569" in f for f in found)


def _agents(scanner: Scanner, text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in scanner.scan(text) if f.entity_type.value == "USER_AGENT"
    ]


class TestAgentQueryField:
    def test_an_empty_agent_field_holds_no_agent(self, scanner) -> None:
        text = "GET https://px.test/i?c=7&ua=&ub=&uc=&pa=zq81726354&ct=1701234567890& HTTP/1.1"
        assert _agents(scanner, text) == []

    @pytest.mark.parametrize("key", ["ua", "user_agent", "useragent"])
    def test_the_agent_ends_at_the_next_query_field(self, scanner, key) -> None:
        agent = "Mozilla%2F5.0+(X11%3B+Linux+x86_64)+Firefox%2F121.0"
        text = f"GET https://px.test/i?c=7&{key}={agent}&sw=1280&sh=720 HTTP/1.1"
        assert _agents(scanner, text) == [agent]

    def test_an_agent_header_keeps_its_whole_value(self, scanner) -> None:
        agent = "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0&beta"
        text = f"GET / HTTP/1.1\nUser-Agent: {agent}\n"
        assert _agents(scanner, text) == [agent]


def _cookie_ids(scanner: Scanner, text: str) -> list[str]:
    return [text[f.start : f.end] for f in scanner.scan(text) if f.entity_type.value == "COOKIE_ID"]


class TestBeaconCookieCopy:
    UTMA = "173272373.1987654321.1701234567.1701234567.1701234567.3"

    def test_the_visitor_cookie_in_the_beacon_query_is_found(self, scanner) -> None:
        text = (
            "GET https://stats.test/__utm.gif?utmwv=5.6.2&utmn=81726354&utmac=UA-9876-2"
            f"&utmcc=__utma%3D{self.UTMA}%3B%2B__utmz%3D173272373.1701234567.1.1."
            "utmcsr%3D(direct)%7Cutmccn%3D(direct)%7Cutmcmd%3D(none)%3B&utmu=q~ HTTP/1.1"
        )
        assert _cookie_ids(scanner, text) == [self.UTMA]

    def test_a_copy_of_settings_alone_holds_no_id(self, scanner) -> None:
        text = (
            "GET https://stats.test/__utm.gif?utmwv=5.6.2&utmcc=__utmz%3D173272373.1701234567"
            ".1.1.utmcsr%3D(direct)%7Cutmccn%3D(direct)%7Cutmcmd%3D(none)%3B&utmu=q~ HTTP/1.1"
        )
        assert _cookie_ids(scanner, text) == []

    def test_the_key_outside_a_query_is_no_copy(self, scanner) -> None:
        text = f"note: utmcc=__utma%3D{self.UTMA}%3B was seen"
        assert self.UTMA not in _cookie_ids(scanner, text)


class TestAdRequestVisitorId:
    CLIENT = "1293847561.1701234567"

    def test_the_analytics_client_id_under_ga_vid_is_found(self, scanner) -> None:
        text = (
            "GET https://ads.test/pagead/ads?client=ca-pub-1&correlator=5512098344771&frm=20"
            f"&ga_vid={self.CLIENT}&ga_sid=1701234567&ga_hid=1942 HTTP/1.1"
        )
        assert _cookie_ids(scanner, text) == [self.CLIENT]

    @pytest.mark.parametrize("value", ["1701234567", "video-1293847561", "1293847561.17"])
    def test_other_values_under_a_vid_key_are_not(self, scanner, value) -> None:
        text = f"GET https://ads.test/pagead/ads?client=ca-pub-1&ga_vid={value}&frm=20 HTTP/1.1"
        assert _cookie_ids(scanner, text) == []

    def test_a_video_id_key_is_no_visitor(self, scanner) -> None:
        text = f"GET https://cdn.test/embed?vid={self.CLIENT}&autoplay=1 HTTP/1.1"
        assert _cookie_ids(scanner, text) == []


class TestTabSeparatedRecord:
    @staticmethod
    def _b64(raw: bytes) -> str:
        import base64

        return base64.b64encode(raw).decode("ascii")

    def test_a_record_naming_its_user_id_by_a_tab_is_an_id(self, scanner) -> None:
        value = self._b64(
            b"user_guid\t9a1f3c2e5b7d11eea1b20242ac120002\taudience_id\t"
            b"9a1f3c2e-5b7d-11ee-a1b2-0242ac120002\tcreated_date\t1701234567"
        )
        assert cookie_values(scanner, set_cookie("aud-0", value)) == [value]

    def test_a_tab_separated_record_of_settings_is_none(self, scanner) -> None:
        value = self._b64(b"theme\tdark\tlanguage\tfrench\tlayout\tcompact\tregion\twestern")
        assert cookie_values(scanner, set_cookie("prefs-0", value)) == []


class TestAddressAndTimeId:
    @pytest.mark.parametrize("value", ["198.51.100.4.1504447757305", "192.0.2.17.1701234567890123"])
    def test_an_address_and_a_time_joined_is_the_browser_id(self, scanner, value) -> None:
        assert cookie_values(scanner, set_cookie("trk", value)) == [value]

    @pytest.mark.parametrize(
        "value", ["1.2.3.4.5", "10.20.30.40.1701", "1701234567.1701234568.3", "1.0.0.4.20231105"]
    )
    def test_short_numbers_and_times_stay_none(self, scanner, value) -> None:
        assert cookie_values(scanner, set_cookie("trk", value)) == []

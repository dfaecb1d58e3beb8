"""Cookie ids and agents in real traffic (issue 10, ninth HTTP set's development work).

Random base64url tokens are ids even when ``-``/``_`` split them into short runs; letters
that break the grammar of words are random; a known record's id field is its id; a list
field's item shaped like an id is one; test cookies, Magento's context hash and pages named
in words are not ids; a header's whole agent keeps the address and version inside it.
"""

from __future__ import annotations

import base64

import pytest

from privkit.detect import Scanner
from privkit.detect._builtin._common import _word_shaped
from privkit.detect._builtin._cookie_names import _not_id_name
from privkit.detect._builtin._cookie_values import _base64url_token


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


def found(scanner: Scanner, text: str, entity: str = "COOKIE_ID") -> list[str]:
    return [text[f.start : f.end] for f in scanner.scan(text) if f.entity_type.value == entity]


class TestRandomTokens:
    @pytest.mark.parametrize(
        "value", ["_zoRHK-KM24", "1CEEH_K-AJc", "wWr_iG5tT-o", "oeznenCLDjY", "kYXcPMxuCHo"]
    )
    def test_youtube_style_ids_are_reported(self, scanner: Scanner, value: str) -> None:
        assert found(scanner, f"Cookie: YSC={value}; hl=en") == [value]

    @pytest.mark.parametrize(
        "value",
        ["3-1rh7|7QO.0.1", "18y3~2ijc", "eBayItemId", "iPhoneUser", "XMLHttpRequest",
         "Nashville-Public-Radio", "en_US-x", "ab12-cd34"],
    )  # fmt: skip
    def test_codes_and_words_are_not(self, scanner: Scanner, value: str) -> None:
        assert found(scanner, f"Cookie: s={value}") == []

    def test_base64url_token_needs_both_cases_and_an_inner_separator(self) -> None:
        assert _base64url_token("_zoRHK-KM24")
        assert not _base64url_token("abcdef-ghijk")  # one case only
        assert not _base64url_token("ABCDEFGHIJKL")  # no separator: judged elsewhere
        assert not _base64url_token("-AbCdEfGhIj")  # a separator at an end only
        assert not _base64url_token("Ab~Cd~Ef~Gh~Ij")

    def test_word_grammar(self) -> None:
        assert _word_shaped("McDonalds")
        assert _word_shaped("XMLHttpRequest")
        assert not _word_shaped("oeznenCLDjY")
        assert not _word_shaped("TestA")


class TestKnownRecordsAndLists:
    MKTO = "id:096-SLE-656&token:_mch-scaladays.org-1613230323337-42925"

    def test_marketo_reports_its_token_not_the_sites_account(self, scanner: Scanner) -> None:
        token = "_mch-scaladays.org-1613230323337-42925"
        assert found(scanner, f"Cookie: a=1; _mkto_trk={self.MKTO}") == [token]
        assert found(scanner, f"_mkto_trk={self.MKTO} next") == [token]

    def test_marketo_without_a_token_is_not_reported(self, scanner: Scanner) -> None:
        assert found(scanner, "Cookie: _mkto_trk=id:096-SLE-656") == []

    def test_an_id_shaped_item_of_a_list_field_is_reported(self, scanner: Scanner) -> None:
        text = "Cookie: um=c3de=1615821720%3B4950597004393045529"
        assert found(scanner, text) == ["4950597004393045529"]

    def test_a_list_of_settings_stays_unreported(self, scanner: Scanner) -> None:
        assert found(scanner, "Cookie: OptanonX=groups=C0001%3A1%2CC0002%3A0&v=6") == []

    def test_json_with_encoded_quotes_is_read_as_json(self, scanner: Scanner) -> None:
        settings = "{%22disabledForms%22:{}%2C%22viewedForms%22:{%22Twj2uU%22:2183073}}"
        assert found(scanner, f"Cookie: KL_FORMS_MODAL={settings}") == []
        with_id = "{%22userId%22:%22a81f3c9e27d44b6f%22%2C%22n%22:1}"
        assert found(scanner, f"Cookie: prefs={with_id}") == ["a81f3c9e27d44b6f"]

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("GET https://p.test/tap.php?v=7726&nid=2242&put=206405715201&expires=365",
             "206405715201"),
            ("GET https://p.test/tap.php?nid=4106&put=pa_9XaGwna1CSIKdXwO7", "pa_9XaGwna1CSIKdXwO7"),
        ],
    )  # fmt: skip
    def test_a_sync_pixels_put_value_is_reported(
        self, scanner: Scanner, text: str, value: str
    ) -> None:
        assert found(scanner, text) == [value]

    def test_a_put_flag_is_not(self, scanner: Scanner) -> None:
        assert found(scanner, "GET /api?put=true&x=1") == []

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("Location: https://a.test/ad/u?dsp_user_mapping=true&127719=55e4232b8169dc7667dc517610ca4f&r=x",
             "55e4232b8169dc7667dc517610ca4f"),
            ("GET /b?34673=Zkvnr8AoIpgAAC6oAh7JqAAAChMAAAAB HTTP/1.1", "Zkvnr8AoIpgAAC6oAh7JqAAAChMAAAAB"),
        ],
    )  # fmt: skip
    def test_an_id_under_a_numeric_partner_key_is_reported(
        self, scanner: Scanner, text: str, value: str
    ) -> None:
        assert found(scanner, text) == [value]

    @pytest.mark.parametrize(
        "text",
        ["GET /a?v=2&1=abc&2=12345678&3=20240101120000 HTTP/1.1", "GET /img?1700000000000=1 HTTP/1.1",
         "GET /c?7=summer-sale-banner HTTP/1.1"],
    )  # fmt: skip
    def test_short_or_plain_values_under_numeric_keys_are_not(
        self, scanner: Scanner, text: str
    ) -> None:
        assert found(scanner, text) == []


class TestNotIds:
    @pytest.mark.parametrize(
        "name",
        ["criteo_write_test", "cookietest", "_hjTLDTest", "__sharethis_cookie_test__",
         "wordpress_test_cookie", "X-Magento-Vary"],
    )  # fmt: skip
    def test_names_that_never_hold_an_id(self, name: str) -> None:
        assert _not_id_name(name)

    @pytest.mark.parametrize("name", ["test_uid", "latest_session_id", "contest", "tid"])
    def test_names_that_may(self, name: str) -> None:
        assert not _not_id_name(name)

    def test_a_page_name_with_colons_is_words(self, scanner: Scanner) -> None:
        assert found(scanner, "Cookie: s_ppn=it%3Amain%3Ashowhomepage") == []

    def test_base64_of_readable_text_encoded_is_a_setting(self, scanner: Scanner) -> None:
        title = "UHLDvGZlbiBTaWUgamV0enQgSWhyZSBLw7xuZGlndW5nIG9kZXIgQXVmaGVidW5nc3ZlcnRyYWcgLSBoZWxwY2hlY2s%3D"
        assert found(scanner, f"Cookie: __insp_targlpt={title}") == []

    @pytest.mark.parametrize("encoded", [True, False])
    def test_an_encrypted_envelope_stays_an_id(self, scanner: Scanner, encoded: bool) -> None:

        raw = b'{"iv":"R6Ilkapl37w7zsllmp72Dw==","value":"4xiL1Gdn68sUWD32gV1L9utyZ3","mac":"9f8e"}'
        value = base64.b64encode(raw).decode()
        value = value.replace("=", "%3D") if encoded else value
        assert found(scanner, f"Cookie: laravel_session={value}") == [value]


class TestAgentsKeepWhatTheyHold:
    @pytest.mark.parametrize(
        "agent",
        ["Embedly +support@embed.ly", "yp-crawl@attinteractive.com", "newspaper/0.1.0.7",
         "robot;Owler;ops@owler.example",
         "MicrosoftPrototypeCrawler (How's my crawling? mailto:newbiecrawler@hotmail.example)",
         "Mozilla/5.0 (X11; U; Linux i686 (x86_64); en-US; rv:1.9.0.17) Gecko We"],
    )  # fmt: skip
    def test_a_header_value_is_one_agent(self, scanner: Scanner, agent: str) -> None:
        text = f"User-Agent: {agent}"
        assert [(f.entity_type.value, text[f.start : f.end]) for f in scanner.scan(text)] == [
            ("USER_AGENT", agent)
        ]

    @pytest.mark.parametrize(
        "text",
        [
            "User-Agent: Bot/1 (+http://x.example; ops@x.example; a=b; jo@example.com)",
            "User-Agent: Bot/1 (+http://x.example; 'quoted' jo@example.com)",
        ],
    )
    def test_an_address_after_a_field_or_quote_stays_an_address(
        self, scanner: Scanner, text: str
    ) -> None:
        assert "jo@example.com" in found(scanner, text, "EMAIL_ADDRESS")

    @pytest.mark.parametrize(
        "text",
        ["User-Agent: proxy 10.1.2.3 foo", "GET /a/10.1.2.3 HTTP/1.1", "via 10.0.0.1/1.2.3.4"],
    )
    def test_a_quad_that_is_no_version_stays_an_address(self, scanner: Scanner, text: str) -> None:
        assert found(scanner, text, "IP_ADDRESS")

"""Cookie ids and the values around them in cookie-sync and analytics URLs (issue 10).

A sync URL carries the browser's id and the partner's own names for its side of the
exchange (the publisher, the site, the account); a template field a partner left unfilled
holds no id even after a label (``uid:_wfivefivec_``); a bare ``cid`` is a client id only in
a client id's length; Google Analytics' client id is one even when both its numbers read as
times. Signature and checksum fields beside an id stay reported (they link a browser's
requests as the id does).
"""

from __future__ import annotations

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import Scanner

UUID = "6e8a0aba-38c6-4cad-9ea3-ccd7ce8917a3"


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner(entities=["COOKIE_ID"])


def cookie_ids(scanner: Scanner, text: str) -> set[str]:
    return {text[f.start : f.end] for f in scanner.scan(text)}


class TestPartySideKeys:
    @pytest.mark.parametrize(
        "text",
        [
            "GET https://a.adx.opera.com/pub/sync?pubid=pub8006743166848 HTTP/1.1",
            "GET https://s.test/usersync?publisher_id=a1b2c3d4e5f6a7b8c9 HTTP/1.1",
            "GET https://s.test/sync?site_id=9f8e7d6c5b4a3f2e1d0c HTTP/1.1",
            "GET https://s.test/cm?account=ACC0012345678XYZ&gdpr=0 HTTP/1.1",
        ],
    )
    def test_the_partners_own_ids_are_not_the_browsers(self, scanner: Scanner, text: str) -> None:
        assert not cookie_ids(scanner, text)

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            # the browser's id beside the publisher's is still found
            ("GET https://a.test/pub/sync?pubid=pub8006743166848&uid=a1b2c3d4e5f6a7b8c9 HTTP/1.1",
             "a1b2c3d4e5f6a7b8c9"),
            # under any other key of the sync URL, as before
            (f"GET https://a.test/sync?tdid={UUID}&pubid=77 HTTP/1.1", UUID),
            # a partner's user id names the partner but also says "uid": it is an id
            ("GET https://a.test/sync?partner_uid=Zkvnr8AoIpgAAC6oAh7JqA HTTP/1.1",
             "Zkvnr8AoIpgAAC6oAh7JqA"),
        ],
    )  # fmt: skip
    def test_browser_ids_in_the_same_urls(self, scanner: Scanner, text: str, value: str) -> None:
        assert value in cookie_ids(scanner, text)


class TestLabelledTemplates:
    @pytest.mark.parametrize(
        "value", ["uid:_wfivefivec_", "uid:%24%7BUID%7D", "id=${PARTNER_UID}", "uid:[UID]"]
    )
    def test_a_template_after_a_label_is_no_id(self, scanner: Scanner, value: str) -> None:
        text = f"GET https://ads.test/Pug?vcode=bz0y&piggybackCookie={value}&gdpr=0 HTTP/1.1"
        assert not cookie_ids(scanner, text)

    @pytest.mark.parametrize("value", ["uid:uTIxs7oUmYBDXH3K04FkDJ", "uid:_a1b2c3d4e5f6a7b8_x"])
    def test_an_id_after_a_label_is_still_an_id(self, scanner: Scanner, value: str) -> None:
        text = f"GET https://ads.test/Pug?vcode=bz0y&piggybackCookie={value}&gdpr=0 HTTP/1.1"
        assert cookie_ids(scanner, text)


class TestClientIdKey:
    def test_a_short_code_under_cid_is_an_account(self, scanner: Scanner) -> None:
        assert not cookie_ids(scanner, "GET https://c.media.test/dmedianet.js?cid=8CUIG2452")

    @pytest.mark.parametrize(
        "value",
        [
            "1611304118.1716249600",  # both numbers read as Unix times
            "1916123485.1453212385",
            "735405231.1453212385",
            UUID,
            "0A1B2C3D4E5F60718293A4B5C6D7E8F9",  # Bing's MUID
        ],
    )
    def test_client_ids_under_cid(self, scanner: Scanner, value: str) -> None:
        text = f"GET https://www.google-analytics.com/collect?v=1&t=pageview&cid={value}&tid=UA-1"
        assert value in cookie_ids(scanner, text)

    def test_the_ga_shape_needs_a_client_id_key(self, scanner: Scanner) -> None:
        assert not cookie_ids(scanner, "GET https://a.test/p?build=1611304118.1716249600")

    def test_a_campaign_word_is_still_no_client_id(self, scanner: Scanner) -> None:
        assert not cookie_ids(scanner, "GET https://a.test/landing?cid=summer_sale_2024")


class TestSignaturesStayReported:
    @pytest.mark.parametrize(
        ("header", "signature"),
        [
            (("Cookie: A3=d=AQABBLDnS2YCEP0BAiV73bn_K-xx9-QrPBQFEgEBAQE5TWZVZtxW0iMA_eMAAA"
              "&S=AQAAArreTu35nXbnURfFRArZuNk"), "AQAAArreTu35nXbnURfFRArZuNk"),
            ("Cookie: __gads=ID=2972027d826f6a1d:T=1467211472:S=ALNI_MZxElG5fpCK0TWB-4iqE2co",
             "ALNI_MZxElG5fpCK0TWB-4iqE2co"),
        ],
    )  # fmt: skip
    def test_a_signature_beside_an_id_is_reported(
        self, scanner: Scanner, header: str, signature: str
    ) -> None:
        # the signature is as unique to the browser as the id it signs: left in clear, it
        # would link the requests the redacted id no longer links (fail closed); it is
        # reported with the id it signs, as one finding
        at = header.index(signature)
        covering = [
            f for f in scanner.scan(header) if f.start <= at and at + len(signature) <= f.end
        ]
        assert [f.entity_type.value for f in covering] == ["COOKIE_ID"]


def test_many_party_keys_and_labelled_values_scan_in_linear_time() -> None:
    scanner = Scanner(entities=["COOKIE_ID"])

    def make(n: int) -> str:
        pairs = [
            f"pubid=pub{i:013d}&piggybackCookie=uid:_x{'y' * 30}_&cid={i:09d}AB" for i in range(n)
        ]
        return f"GET https://a.test/pub/sync?{'&'.join(pairs)} HTTP/1.1"

    assert not cookie_ids(scanner, make(500))
    assert not cookie_ids(scanner, make(4000))
    grows_linearly(make, scanner.scan)


class TestRoutingAndSessionStateCookies:
    HASH = "530d488b2ed39b7373cf6ed3ec622e07417407ae0299c9a1e73cd7e7404b5ffd"

    @pytest.mark.parametrize(
        "pair",
        [
            f"ARRAffinity={HASH}",  # Azure App Service: the instance that served the page
            f"ARRAffinitySameSite={HASH}",
            "__hssc=128002579.1.1613227880360",  # HubSpot's session state, as __utmb
        ],
    )
    def test_not_identifiers(self, scanner: Scanner, pair: str) -> None:
        assert not cookie_ids(scanner, f"Host: a.test\nCookie: {pair}")

    @pytest.mark.parametrize(
        ("pair", "value"),
        [
            (f"visitor={HASH}", HASH),  # the same value under another name is an id
            ("hubspotutk=6e8a0aba38c64cad9ea3ccd7ce8917a3", "6e8a0aba38c64cad9ea3ccd7ce8917a3"),
            (("__hstc=128002579.6e8a0aba38c64cad9ea3ccd7ce8917a3.1613227880360.1613227880360."
              "1613227880360.1"), "6e8a0aba38c64cad9ea3ccd7ce8917a3"),
        ],
    )  # fmt: skip
    def test_visitor_ids_beside_them_are_still_found(
        self, scanner: Scanner, pair: str, value: str
    ) -> None:
        text = f"Host: a.test\nCookie: ARRAffinity={self.HASH}; __hssc=1.2.3; {pair}"
        assert any(value in found for found in cookie_ids(scanner, text))

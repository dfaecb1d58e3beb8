"""Query values that carry no personal data (issue 10, thirteenth HTTP set's development work).

In machine text a URL reports only its personal parts, among them the values of query keys
that name personal data. Three kinds of value under such a key carry none: a name key
qualified by a thing (``domain-name=``, ``service_name=``), a cassette filter's placeholder
(``Signature=DUMMY_SIGNATURE``, ``api_key=xxxxxxxxxx``) and, in a URL that addresses DNS
zones or records, a ``name`` that is a record's or a zone's name (``name=_acme-challenge.
example.com.``). Anything with an e-mail address, randomness or a person's name in it is
still reported.
"""

from __future__ import annotations

import pytest

from privkit.detect import Scanner


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner(entities={"URL"})


def urls(scanner: Scanner, text: str) -> list[str]:
    return [text[f.start : f.end] for f in scanner.scan(text)]


def request(url: str) -> str:
    return f"GET {url}\nAccept: */*\nUser-Agent: python-requests/2.25.1"


class TestThingNames:
    @pytest.mark.parametrize(
        "url",
        [
            "https://api.example.net/dns/get-zone-info.json?domain-name=shop-example.com",
            "https://api.example.com/1/product?service_name=domain",
            "https://api.example.com/v1/files?file_name=report.pdf",
            "https://api.example.com/v1/find?zone-name=example.org&host_name=web1",
        ],
    )
    def test_a_name_qualified_by_a_thing_is_no_persons(self, scanner, url) -> None:
        assert urls(scanner, request(url)) == []

    @pytest.mark.parametrize("key", ["user_name", "customer_name", "display-name", "first_name"])
    def test_a_name_qualified_by_a_person_is_still_reported(self, scanner, key) -> None:
        assert urls(scanner, request(f"https://api.example.com/v1/find?{key}=jsmith")) == ["jsmith"]


class TestPlaceholders:
    @pytest.mark.parametrize(
        "query",
        [
            "Signature=DUMMY_SIGNATURE&SignatureMethod=HMAC-SHA1",
            "auth-sid=DUMMY_AUTH_SID",
            "api-key=DUMMY_API_KEY",
            "api_key=xxxxxxxxxx&api_action=domain.list",
            "token=YOUR_API_TOKEN",
            "session_id=REDACTED",
        ],
    )
    def test_a_filter_placeholder_is_no_credential(self, scanner, query) -> None:
        assert urls(scanner, request(f"https://dns.example.com/api/?{query}")) == []

    @pytest.mark.parametrize(
        "value",
        ["DUMMY_9f8a7b6c5d4e", "dummy_signature", "xxxxxxxxxy", "Qm9iU2lnbmF0dXJl", "DUMMYX1"],
    )
    def test_a_value_with_randomness_is_still_reported(self, scanner, value) -> None:
        assert urls(scanner, request(f"https://api.example.com/?Signature={value}")) == [value]


class TestDnsRecordNames:
    @pytest.mark.parametrize(
        "url",
        [
            "https://dns.api.example.net/dns/v1/zones/abc123:getRecordSet?name=localhost.example.com.&type=A",
            "https://api.example.ch/dns/v1/domains/example.com/records?record_type=A&name=localhost",
            "https://api.example.com/api/?Type=TXT&Name=_acme-challenge.fqdn&DomainID=1019812",
            "https://api.example.io/dns/zones/example.stream/recordsets?name=filter.thisdoesnotexist",
            "https://dns.example.io/v1/domains?name=example.com.",
            "https://dns.example.com/v2/zones?name=example.test",
        ],
    )
    def test_a_record_name_in_a_dns_url_is_no_persons(self, scanner, url) -> None:
        assert urls(scanner, request(url)) == []

    @pytest.mark.parametrize(
        "url",
        [
            "https://api.example.com/v1/people?name=docs",  # no DNS in the URL
            "https://api.example.com/v1/people?type=person&name=jdoe",  # no record type
            "https://api.example.com/dns/v1/zones?name=Jane+Doe",  # no DNS name
            "https://api.example.com/dns/v1/zones?name=Jane%20Doe",
        ],
    )
    def test_a_name_elsewhere_is_still_reported(self, scanner, url) -> None:
        value = url.rsplit("name=", 1)[1]
        assert urls(scanner, request(url)) == [value]
